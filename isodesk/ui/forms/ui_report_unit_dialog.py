# GENERATED from forms/report_unit_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_unit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_ReportUnitDialog(object):
    def setupUi(self, ReportUnitDialog):
        if not ReportUnitDialog.objectName():
            ReportUnitDialog.setObjectName(u"ReportUnitDialog")
        ReportUnitDialog.resize(620, 380)
        self.main_layout = QVBoxLayout(ReportUnitDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(ReportUnitDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(ReportUnitDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ReportUnitDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.issue_decision_label = QLabel(ReportUnitDialog)
        self.issue_decision_label.setObjectName(u"issue_decision_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issue_decision_label)

        self.issue_decision_edit = QLineEdit(ReportUnitDialog)
        self.issue_decision_edit.setObjectName(u"issue_decision_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issue_decision_edit)

        self.audit_date_label = QLabel(ReportUnitDialog)
        self.audit_date_label.setObjectName(u"audit_date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.audit_date_label)

        self.audit_date_edit = DateEdit(ReportUnitDialog)
        self.audit_date_edit.setObjectName(u"audit_date_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.audit_date_edit)

        self.announce_decision_label = QLabel(ReportUnitDialog)
        self.announce_decision_label.setObjectName(u"announce_decision_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.announce_decision_label)

        self.announce_decision_edit = QLineEdit(ReportUnitDialog)
        self.announce_decision_edit.setObjectName(u"announce_decision_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.announce_decision_edit)

        self.guides_label = QLabel(ReportUnitDialog)
        self.guides_label.setObjectName(u"guides_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.guides_label)

        self.guides_spin = QSpinBox(ReportUnitDialog)
        self.guides_spin.setObjectName(u"guides_spin")
        self.guides_spin.setMaximum(999)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.guides_spin)

        self.internal_label = QLabel(ReportUnitDialog)
        self.internal_label.setObjectName(u"internal_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.internal_label)

        self.internal_spin = QSpinBox(ReportUnitDialog)
        self.internal_spin.setObjectName(u"internal_spin")
        self.internal_spin.setMaximum(999)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.internal_spin)

        self.tthc_label = QLabel(ReportUnitDialog)
        self.tthc_label.setObjectName(u"tthc_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tthc_label)

        self.tthc_spin = QSpinBox(ReportUnitDialog)
        self.tthc_spin.setObjectName(u"tthc_spin")
        self.tthc_spin.setMaximum(999)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tthc_spin)

        self.notes_label = QLabel(ReportUnitDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QLineEdit(ReportUnitDialog)
        self.notes_edit.setObjectName(u"notes_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ReportUnitDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(ReportUnitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.issue_decision_label.setBuddy(self.issue_decision_edit)
        self.audit_date_label.setBuddy(self.audit_date_edit)
        self.announce_decision_label.setBuddy(self.announce_decision_edit)
        self.guides_label.setBuddy(self.guides_spin)
        self.internal_label.setBuddy(self.internal_spin)
        self.tthc_label.setBuddy(self.tthc_spin)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportUnitDialog)

        QMetaObject.connectSlotsByName(ReportUnitDialog)
    # setupUi

    def retranslateUi(self, ReportUnitDialog):
        ReportUnitDialog.setWindowTitle(QCoreApplication.translate("ReportUnitDialog", u"Subordinate unit", None))
        self.hint_label.setText(QCoreApplication.translate("ReportUnitDialog", u"One row of Appendix I of the report: the unit's own QMS decisions and its number of guides and procedures.", None))
        self.name_label.setText(QCoreApplication.translate("ReportUnitDialog", u"Unit name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ReportUnitDialog", u"e.g. Trung t\u00e2m C\u00f4ng ngh\u1ec7 th\u00f4ng tin", None))
        self.issue_decision_label.setText(QCoreApplication.translate("ReportUnitDialog", u"Decision issuing the system:", None))
        self.issue_decision_edit.setPlaceholderText(QCoreApplication.translate("ReportUnitDialog", u"e.g. 94/Q\u0110-TTCNTT ng\u00e0y 11/12/2023", None))
        self.audit_date_label.setText(QCoreApplication.translate("ReportUnitDialog", u"Internal audit date:", None))
        self.announce_decision_label.setText(QCoreApplication.translate("ReportUnitDialog", u"Decision announcing the system:", None))
        self.announce_decision_edit.setPlaceholderText(QCoreApplication.translate("ReportUnitDialog", u"e.g. 95/Q\u0110-TTCNTT ng\u00e0y 11/12/2023", None))
        self.guides_label.setText(QCoreApplication.translate("ReportUnitDialog", u"Guides:", None))
        self.internal_label.setText(QCoreApplication.translate("ReportUnitDialog", u"Internal procedures:", None))
        self.tthc_label.setText(QCoreApplication.translate("ReportUnitDialog", u"TTHC procedures:", None))
        self.notes_label.setText(QCoreApplication.translate("ReportUnitDialog", u"Notes:", None))
    # retranslateUi

