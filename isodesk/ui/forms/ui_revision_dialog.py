# GENERATED from forms/revision_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RevisionDialog(object):
    def setupUi(self, RevisionDialog):
        if not RevisionDialog.objectName():
            RevisionDialog.setObjectName(u"RevisionDialog")
        RevisionDialog.resize(720, 600)
        self.main_layout = QVBoxLayout(RevisionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_label = QLabel(RevisionDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet(u"font-weight: bold;")

        self.main_layout.addWidget(self.info_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.drafted_label = QLabel(RevisionDialog)
        self.drafted_label.setObjectName(u"drafted_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.drafted_label)

        self.drafted_combo = QComboBox(RevisionDialog)
        self.drafted_combo.setObjectName(u"drafted_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.drafted_combo)

        self.reviewed_label = QLabel(RevisionDialog)
        self.reviewed_label.setObjectName(u"reviewed_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewed_label)

        self.reviewed_combo = QComboBox(RevisionDialog)
        self.reviewed_combo.setObjectName(u"reviewed_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewed_combo)

        self.approved_label = QLabel(RevisionDialog)
        self.approved_label.setObjectName(u"approved_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approved_label)

        self.approved_combo = QComboBox(RevisionDialog)
        self.approved_combo.setObjectName(u"approved_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approved_combo)

        self.decision_label = QLabel(RevisionDialog)
        self.decision_label.setObjectName(u"decision_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision_combo = QComboBox(RevisionDialog)
        self.decision_combo.setObjectName(u"decision_combo")
        self.decision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.decision_combo.setMinimumContentsLength(30)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_combo)

        self.effective_label = QLabel(RevisionDialog)
        self.effective_label.setObjectName(u"effective_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.effective_label)

        self.effective_layout = QHBoxLayout()
        self.effective_layout.setObjectName(u"effective_layout")
        self.effective_layout.setContentsMargins(0, 0, 0, 0)
        self.effective_check = QCheckBox(RevisionDialog)
        self.effective_check.setObjectName(u"effective_check")

        self.effective_layout.addWidget(self.effective_check)

        self.effective_date = QDateEdit(RevisionDialog)
        self.effective_date.setObjectName(u"effective_date")
        self.effective_date.setCalendarPopup(True)
        self.effective_date.setDisplayFormat(u"dd/MM/yyyy")

        self.effective_layout.addWidget(self.effective_date)

        self.effective_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.effective_layout.addItem(self.effective_spacer)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.effective_layout)

        self.summary_label = QLabel(RevisionDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(RevisionDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setMaximumSize(QSize(16777215, 60))

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summary_edit)


        self.main_layout.addLayout(self.form_layout)

        self.changes_group = QGroupBox(RevisionDialog)
        self.changes_group.setObjectName(u"changes_group")
        self.changes_layout = QVBoxLayout(self.changes_group)
        self.changes_layout.setObjectName(u"changes_layout")
        self.changes_table = QTableWidget(self.changes_group)
        self.changes_table.setObjectName(u"changes_table")
        self.changes_table.setAlternatingRowColors(True)
        self.changes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_table.horizontalHeader().setStretchLastSection(True)
        self.changes_table.verticalHeader().setVisible(False)

        self.changes_layout.addWidget(self.changes_table)

        self.changes_buttons_layout = QHBoxLayout()
        self.changes_buttons_layout.setObjectName(u"changes_buttons_layout")
        self.changes_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.add_change_button = QPushButton(self.changes_group)
        self.add_change_button.setObjectName(u"add_change_button")

        self.changes_buttons_layout.addWidget(self.add_change_button)

        self.remove_change_button = QPushButton(self.changes_group)
        self.remove_change_button.setObjectName(u"remove_change_button")

        self.changes_buttons_layout.addWidget(self.remove_change_button)

        self.changes_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changes_buttons_layout.addItem(self.changes_spacer)


        self.changes_layout.addLayout(self.changes_buttons_layout)


        self.main_layout.addWidget(self.changes_group)

        self.error_label = QLabel(RevisionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b3261e;")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RevisionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.drafted_label.setBuddy(self.drafted_combo)
        self.reviewed_label.setBuddy(self.reviewed_combo)
        self.approved_label.setBuddy(self.approved_combo)
        self.decision_label.setBuddy(self.decision_combo)
        self.summary_label.setBuddy(self.summary_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RevisionDialog)

        QMetaObject.connectSlotsByName(RevisionDialog)
    # setupUi

    def retranslateUi(self, RevisionDialog):
        RevisionDialog.setWindowTitle(QCoreApplication.translate("RevisionDialog", u"Revision", None))
        self.info_label.setText("")
        self.drafted_label.setText(QCoreApplication.translate("RevisionDialog", u"Drafted by:", None))
        self.reviewed_label.setText(QCoreApplication.translate("RevisionDialog", u"Checked by:", None))
        self.approved_label.setText(QCoreApplication.translate("RevisionDialog", u"Approved by:", None))
        self.decision_label.setText(QCoreApplication.translate("RevisionDialog", u"Issuing decision:", None))
#if QT_CONFIG(tooltip)
        self.decision_combo.setToolTip(QCoreApplication.translate("RevisionDialog", u"The decision (Quy\u1ebft \u0111\u1ecbnh) of the issued-documents register that puts this revision in force", None))
#endif // QT_CONFIG(tooltip)
        self.effective_label.setText(QCoreApplication.translate("RevisionDialog", u"Effective from:", None))
        self.effective_check.setText(QCoreApplication.translate("RevisionDialog", u"Known", None))
        self.summary_label.setText(QCoreApplication.translate("RevisionDialog", u"Summary:", None))
        self.changes_group.setTitle(QCoreApplication.translate("RevisionDialog", u"Change log", None))
        self.add_change_button.setText(QCoreApplication.translate("RevisionDialog", u"Add line", None))
        self.remove_change_button.setText(QCoreApplication.translate("RevisionDialog", u"Remove line", None))
        self.error_label.setText("")
    # retranslateUi

