# GENERATED from forms/audit_round_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_round_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_AuditRoundDialog(object):
    def setupUi(self, AuditRoundDialog):
        if not AuditRoundDialog.objectName():
            AuditRoundDialog.setObjectName(u"AuditRoundDialog")
        AuditRoundDialog.resize(1000, 680)
        self.main_layout = QVBoxLayout(AuditRoundDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.year_spin_label = QLabel(AuditRoundDialog)
        self.year_spin_label.setObjectName(u"year_spin_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_spin_label)

        self.year_spin = QSpinBox(AuditRoundDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)
        self.year_spin.setMaximumSize(QSize(120, 16777215))

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.start_edit_label = QLabel(AuditRoundDialog)
        self.start_edit_label.setObjectName(u"start_edit_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_edit_label)

        self.start_edit = DateEdit(AuditRoundDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_edit_label = QLabel(AuditRoundDialog)
        self.end_edit_label.setObjectName(u"end_edit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.end_edit_label)

        self.end_edit = DateEdit(AuditRoundDialog)
        self.end_edit.setObjectName(u"end_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.purpose_edit_label = QLabel(AuditRoundDialog)
        self.purpose_edit_label.setObjectName(u"purpose_edit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purpose_edit_label)

        self.purpose_edit = QPlainTextEdit(AuditRoundDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setMaximumSize(QSize(16777215, 64))
        self.purpose_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.criteria_edit_label = QLabel(AuditRoundDialog)
        self.criteria_edit_label.setObjectName(u"criteria_edit_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.criteria_edit_label)

        self.criteria_edit = QPlainTextEdit(AuditRoundDialog)
        self.criteria_edit.setObjectName(u"criteria_edit")
        self.criteria_edit.setMaximumSize(QSize(16777215, 64))
        self.criteria_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.criteria_edit)

        self.processes_edit_label = QLabel(AuditRoundDialog)
        self.processes_edit_label.setObjectName(u"processes_edit_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.processes_edit_label)

        self.processes_edit = QLineEdit(AuditRoundDialog)
        self.processes_edit.setObjectName(u"processes_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.processes_edit)

        self.leader_combo_label = QLabel(AuditRoundDialog)
        self.leader_combo_label.setObjectName(u"leader_combo_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.leader_combo_label)

        self.leader_combo = QComboBox(AuditRoundDialog)
        self.leader_combo.setObjectName(u"leader_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.leader_combo)


        self.main_layout.addLayout(self.form_layout)

        self.lists_layout = QHBoxLayout()
        self.lists_layout.setObjectName(u"lists_layout")
        self.departments_box = QVBoxLayout()
        self.departments_box.setObjectName(u"departments_box")
        self.departments_label = QLabel(AuditRoundDialog)
        self.departments_label.setObjectName(u"departments_label")
        self.departments_label.setWordWrap(True)

        self.departments_box.addWidget(self.departments_label)

        self.departments_list = QListWidget(AuditRoundDialog)
        self.departments_list.setObjectName(u"departments_list")

        self.departments_box.addWidget(self.departments_list)


        self.lists_layout.addLayout(self.departments_box)

        self.members_box = QVBoxLayout()
        self.members_box.setObjectName(u"members_box")
        self.members_label = QLabel(AuditRoundDialog)
        self.members_label.setObjectName(u"members_label")
        self.members_label.setWordWrap(True)

        self.members_box.addWidget(self.members_label)

        self.members_list = QListWidget(AuditRoundDialog)
        self.members_list.setObjectName(u"members_list")

        self.members_box.addWidget(self.members_list)


        self.lists_layout.addLayout(self.members_box)

        self.clauses_box = QVBoxLayout()
        self.clauses_box.setObjectName(u"clauses_box")
        self.clauses_label = QLabel(AuditRoundDialog)
        self.clauses_label.setObjectName(u"clauses_label")
        self.clauses_label.setWordWrap(True)

        self.clauses_box.addWidget(self.clauses_label)

        self.clauses_list = QListWidget(AuditRoundDialog)
        self.clauses_list.setObjectName(u"clauses_list")

        self.clauses_box.addWidget(self.clauses_list)


        self.lists_layout.addLayout(self.clauses_box)


        self.main_layout.addLayout(self.lists_layout)

        self.error_label = QLabel(AuditRoundDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AuditRoundDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.year_spin_label.setBuddy(self.year_spin)
        self.start_edit_label.setBuddy(self.start_edit)
        self.end_edit_label.setBuddy(self.end_edit)
        self.purpose_edit_label.setBuddy(self.purpose_edit)
        self.criteria_edit_label.setBuddy(self.criteria_edit)
        self.processes_edit_label.setBuddy(self.processes_edit)
        self.leader_combo_label.setBuddy(self.leader_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditRoundDialog)

        QMetaObject.connectSlotsByName(AuditRoundDialog)
    # setupUi

    def retranslateUi(self, AuditRoundDialog):
        AuditRoundDialog.setWindowTitle(QCoreApplication.translate("AuditRoundDialog", u"Audit round", None))
        self.year_spin_label.setText(QCoreApplication.translate("AuditRoundDialog", u"Year:", None))
        self.start_edit_label.setText(QCoreApplication.translate("AuditRoundDialog", u"From:", None))
        self.end_edit_label.setText(QCoreApplication.translate("AuditRoundDialog", u"To:", None))
        self.purpose_edit_label.setText(QCoreApplication.translate("AuditRoundDialog", u"Purpose:", None))
        self.criteria_edit_label.setText(QCoreApplication.translate("AuditRoundDialog", u"Criteria:", None))
        self.processes_edit_label.setText(QCoreApplication.translate("AuditRoundDialog", u"Processes and procedures:", None))
        self.leader_combo_label.setText(QCoreApplication.translate("AuditRoundDialog", u"Head of the audit team:", None))
        self.departments_label.setText(QCoreApplication.translate("AuditRoundDialog", u"Departments audited:", None))
        self.members_label.setText(QCoreApplication.translate("AuditRoundDialog", u"Team members (certified auditors):", None))
        self.clauses_label.setText(QCoreApplication.translate("AuditRoundDialog", u"Clauses of TCVN ISO 9001:2015:", None))
    # retranslateUi

