# GENERATED from forms/risk_entry_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_entry_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RiskEntryDialog(object):
    def setupUi(self, RiskEntryDialog):
        if not RiskEntryDialog.objectName():
            RiskEntryDialog.setObjectName(u"RiskEntryDialog")
        RiskEntryDialog.resize(1080, 660)
        self.main_layout = QVBoxLayout(RiskEntryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(16)
        self.columns_layout.setObjectName(u"columns_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.group_label = QLabel(RiskEntryDialog)
        self.group_label.setObjectName(u"group_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.group_label)

        self.group_combo = QComboBox(RiskEntryDialog)
        self.group_combo.setObjectName(u"group_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.group_combo)

        self.issue_label = QLabel(RiskEntryDialog)
        self.issue_label.setObjectName(u"issue_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issue_label)

        self.issue_edit = QPlainTextEdit(RiskEntryDialog)
        self.issue_edit.setObjectName(u"issue_edit")
        self.issue_edit.setMaximumSize(QSize(16777215, 64))
        self.issue_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issue_edit)

        self.impact_label = QLabel(RiskEntryDialog)
        self.impact_label.setObjectName(u"impact_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.impact_label)

        self.impact_edit = QPlainTextEdit(RiskEntryDialog)
        self.impact_edit.setObjectName(u"impact_edit")
        self.impact_edit.setMaximumSize(QSize(16777215, 64))
        self.impact_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.impact_edit)

        self.kind_label = QLabel(RiskEntryDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(RiskEntryDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.grading_label = QLabel(RiskEntryDialog)
        self.grading_label.setObjectName(u"grading_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.grading_label)

        self.grading_layout = QHBoxLayout()
        self.grading_layout.setObjectName(u"grading_layout")
        self.likelihood_combo = QComboBox(RiskEntryDialog)
        self.likelihood_combo.setObjectName(u"likelihood_combo")

        self.grading_layout.addWidget(self.likelihood_combo)

        self.severity_combo = QComboBox(RiskEntryDialog)
        self.severity_combo.setObjectName(u"severity_combo")

        self.grading_layout.addWidget(self.severity_combo)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.grading_layout)

        self.level_label = QLabel(RiskEntryDialog)
        self.level_label.setObjectName(u"level_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level_combo = QComboBox(RiskEntryDialog)
        self.level_combo.setObjectName(u"level_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.level_combo)

        self.opportunity_label = QLabel(RiskEntryDialog)
        self.opportunity_label.setObjectName(u"opportunity_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.opportunity_label)

        self.opportunity_edit = QPlainTextEdit(RiskEntryDialog)
        self.opportunity_edit.setObjectName(u"opportunity_edit")
        self.opportunity_edit.setMaximumSize(QSize(16777215, 52))
        self.opportunity_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.opportunity_edit)

        self.target_label = QLabel(RiskEntryDialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_edit = QLineEdit(RiskEntryDialog)
        self.target_edit.setObjectName(u"target_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.target_edit)

        self.department_label = QLabel(RiskEntryDialog)
        self.department_label.setObjectName(u"department_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_combo = QComboBox(RiskEntryDialog)
        self.department_combo.setObjectName(u"department_combo")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.department_combo)

        self.procedure_label = QLabel(RiskEntryDialog)
        self.procedure_label.setObjectName(u"procedure_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.procedure_label)

        self.procedure_combo = QComboBox(RiskEntryDialog)
        self.procedure_combo.setObjectName(u"procedure_combo")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.procedure_combo)

        self.tthc_field_label = QLabel(RiskEntryDialog)
        self.tthc_field_label.setObjectName(u"tthc_field_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.tthc_field_label)

        self.tthc_field_edit = QLineEdit(RiskEntryDialog)
        self.tthc_field_edit.setObjectName(u"tthc_field_edit")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.tthc_field_edit)

        self.notes_label = QLabel(RiskEntryDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QLineEdit(RiskEntryDialog)
        self.notes_edit.setObjectName(u"notes_edit")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.columns_layout.addLayout(self.form_layout)

        self.actions_layout = QVBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_label = QLabel(RiskEntryDialog)
        self.actions_label.setObjectName(u"actions_label")

        self.actions_layout.addWidget(self.actions_label)

        self.actions_table = QTableWidget(RiskEntryDialog)
        self.actions_table.setObjectName(u"actions_table")

        self.actions_layout.addWidget(self.actions_table)

        self.actions_buttons = QHBoxLayout()
        self.actions_buttons.setObjectName(u"actions_buttons")
        self.add_action_button = QPushButton(RiskEntryDialog)
        self.add_action_button.setObjectName(u"add_action_button")

        self.actions_buttons.addWidget(self.add_action_button)

        self.remove_action_button = QPushButton(RiskEntryDialog)
        self.remove_action_button.setObjectName(u"remove_action_button")

        self.actions_buttons.addWidget(self.remove_action_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_buttons.addItem(self.actions_spacer)


        self.actions_layout.addLayout(self.actions_buttons)

        self.actions_hint = QLabel(RiskEntryDialog)
        self.actions_hint.setObjectName(u"actions_hint")

        self.actions_layout.addWidget(self.actions_hint)


        self.columns_layout.addLayout(self.actions_layout)

        self.columns_layout.setStretch(0, 4)
        self.columns_layout.setStretch(1, 6)

        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(RiskEntryDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RiskEntryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.group_label.setBuddy(self.group_combo)
        self.issue_label.setBuddy(self.issue_edit)
        self.impact_label.setBuddy(self.impact_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.grading_label.setBuddy(self.likelihood_combo)
        self.level_label.setBuddy(self.level_combo)
        self.opportunity_label.setBuddy(self.opportunity_edit)
        self.target_label.setBuddy(self.target_edit)
        self.department_label.setBuddy(self.department_combo)
        self.procedure_label.setBuddy(self.procedure_combo)
        self.tthc_field_label.setBuddy(self.tthc_field_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskEntryDialog)

        QMetaObject.connectSlotsByName(RiskEntryDialog)
    # setupUi

    def retranslateUi(self, RiskEntryDialog):
        RiskEntryDialog.setWindowTitle(QCoreApplication.translate("RiskEntryDialog", u"Risk or opportunity", None))
        self.group_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Group:", None))
        self.issue_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Issue / process:", None))
        self.impact_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Expected impact:", None))
        self.kind_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Kind:", None))
        self.grading_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Likelihood \u00d7 impact:", None))
        self.level_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Risk level:", None))
        self.opportunity_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Opportunity (benefit):", None))
        self.target_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Target set:", None))
        self.department_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Department:", None))
        self.procedure_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Procedure:", None))
        self.tthc_field_label.setText(QCoreApplication.translate("RiskEntryDialog", u"TTHC field:", None))
        self.notes_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Notes:", None))
        self.actions_label.setText(QCoreApplication.translate("RiskEntryDialog", u"Actions to address it:", None))
        self.add_action_button.setText(QCoreApplication.translate("RiskEntryDialog", u"Add action", None))
        self.remove_action_button.setText(QCoreApplication.translate("RiskEntryDialog", u"Remove action", None))
        self.actions_hint.setText(QCoreApplication.translate("RiskEntryDialog", u"Deadlines and dates as dd/mm/yyyy.", None))
    # retranslateUi

