# GENERATED from forms/nonconformity_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nonconformity_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_NonconformityDialog(object):
    def setupUi(self, NonconformityDialog):
        if not NonconformityDialog.objectName():
            NonconformityDialog.setObjectName(u"NonconformityDialog")
        NonconformityDialog.resize(1180, 690)
        self.main_layout = QVBoxLayout(NonconformityDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.state_label = QLabel(NonconformityDialog)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)

        self.main_layout.addWidget(self.state_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.raised_on_edit_label = QLabel(NonconformityDialog)
        self.raised_on_edit_label.setObjectName(u"raised_on_edit_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.raised_on_edit_label)

        self.raised_on_edit = DateEdit(NonconformityDialog)
        self.raised_on_edit.setObjectName(u"raised_on_edit")

        self.left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.raised_on_edit)

        self.department_combo_label = QLabel(NonconformityDialog)
        self.department_combo_label.setObjectName(u"department_combo_label")

        self.left_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.department_combo_label)

        self.department_combo = QComboBox(NonconformityDialog)
        self.department_combo.setObjectName(u"department_combo")

        self.left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.department_combo)

        self.source_combo_label = QLabel(NonconformityDialog)
        self.source_combo_label.setObjectName(u"source_combo_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.source_combo_label)

        self.source_combo = QComboBox(NonconformityDialog)
        self.source_combo.setObjectName(u"source_combo")

        self.left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.source_combo)

        self.description_edit_label = QLabel(NonconformityDialog)
        self.description_edit_label.setObjectName(u"description_edit_label")

        self.left_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_edit_label)

        self.description_edit = QPlainTextEdit(NonconformityDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaximumSize(QSize(16777215, 80))
        self.description_edit.setTabChangesFocus(True)

        self.left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.requirement_edit_label = QLabel(NonconformityDialog)
        self.requirement_edit_label.setObjectName(u"requirement_edit_label")

        self.left_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requirement_edit_label)

        self.requirement_edit = QLineEdit(NonconformityDialog)
        self.requirement_edit.setObjectName(u"requirement_edit")

        self.left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requirement_edit)

        self.found_by_edit_label = QLabel(NonconformityDialog)
        self.found_by_edit_label.setObjectName(u"found_by_edit_label")

        self.left_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.found_by_edit_label)

        self.found_by_edit = QLineEdit(NonconformityDialog)
        self.found_by_edit.setObjectName(u"found_by_edit")

        self.left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.found_by_edit)

        self.confirmation_edit_label = QLabel(NonconformityDialog)
        self.confirmation_edit_label.setObjectName(u"confirmation_edit_label")

        self.left_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confirmation_edit_label)

        self.confirmation_edit = QLineEdit(NonconformityDialog)
        self.confirmation_edit.setObjectName(u"confirmation_edit")

        self.left_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.confirmation_edit)

        self.correction_edit_label = QLabel(NonconformityDialog)
        self.correction_edit_label.setObjectName(u"correction_edit_label")

        self.left_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.correction_edit_label)

        self.correction_edit = QPlainTextEdit(NonconformityDialog)
        self.correction_edit.setObjectName(u"correction_edit")
        self.correction_edit.setMaximumSize(QSize(16777215, 60))
        self.correction_edit.setTabChangesFocus(True)

        self.left_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.correction_edit)

        self.cause_category_combo_label = QLabel(NonconformityDialog)
        self.cause_category_combo_label.setObjectName(u"cause_category_combo_label")

        self.left_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cause_category_combo_label)

        self.cause_category_combo = QComboBox(NonconformityDialog)
        self.cause_category_combo.setObjectName(u"cause_category_combo")

        self.left_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.cause_category_combo)

        self.cause_edit_label = QLabel(NonconformityDialog)
        self.cause_edit_label.setObjectName(u"cause_edit_label")

        self.left_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.cause_edit_label)

        self.cause_edit = QPlainTextEdit(NonconformityDialog)
        self.cause_edit.setObjectName(u"cause_edit")
        self.cause_edit.setMaximumSize(QSize(16777215, 60))
        self.cause_edit.setTabChangesFocus(True)

        self.left_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.cause_edit)


        self.columns_layout.addLayout(self.left_form)

        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.action_edit_label = QLabel(NonconformityDialog)
        self.action_edit_label.setObjectName(u"action_edit_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.action_edit_label)

        self.action_edit = QPlainTextEdit(NonconformityDialog)
        self.action_edit.setObjectName(u"action_edit")
        self.action_edit.setMaximumSize(QSize(16777215, 70))
        self.action_edit.setTabChangesFocus(True)

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.action_edit)

        self.owner_combo_label = QLabel(NonconformityDialog)
        self.owner_combo_label.setObjectName(u"owner_combo_label")

        self.right_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.owner_combo_label)

        self.owner_combo = QComboBox(NonconformityDialog)
        self.owner_combo.setObjectName(u"owner_combo")

        self.right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner_combo)

        self.due_edit_label = QLabel(NonconformityDialog)
        self.due_edit_label.setObjectName(u"due_edit_label")

        self.right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.due_edit_label)

        self.due_edit = DateEdit(NonconformityDialog)
        self.due_edit.setObjectName(u"due_edit")

        self.right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due_edit)

        self.approved_by_edit_label = QLabel(NonconformityDialog)
        self.approved_by_edit_label.setObjectName(u"approved_by_edit_label")

        self.right_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.approved_by_edit_label)

        self.approved_by_edit = QLineEdit(NonconformityDialog)
        self.approved_by_edit.setObjectName(u"approved_by_edit")

        self.right_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.approved_by_edit)

        self.approved_on_edit_label = QLabel(NonconformityDialog)
        self.approved_on_edit_label.setObjectName(u"approved_on_edit_label")

        self.right_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approved_on_edit_label)

        self.approved_on_edit = DateEdit(NonconformityDialog)
        self.approved_on_edit.setObjectName(u"approved_on_edit")

        self.right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approved_on_edit)

        self.result_edit_label = QLabel(NonconformityDialog)
        self.result_edit_label.setObjectName(u"result_edit_label")

        self.right_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.result_edit_label)

        self.result_edit = QPlainTextEdit(NonconformityDialog)
        self.result_edit.setObjectName(u"result_edit")
        self.result_edit.setMaximumSize(QSize(16777215, 60))
        self.result_edit.setTabChangesFocus(True)

        self.right_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.result_edit)

        self.done_on_edit_label = QLabel(NonconformityDialog)
        self.done_on_edit_label.setObjectName(u"done_on_edit_label")

        self.right_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.done_on_edit_label)

        self.done_on_edit = DateEdit(NonconformityDialog)
        self.done_on_edit.setObjectName(u"done_on_edit")

        self.right_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.done_on_edit)

        self.follow_up_edit_label = QLabel(NonconformityDialog)
        self.follow_up_edit_label.setObjectName(u"follow_up_edit_label")

        self.right_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.follow_up_edit_label)

        self.follow_up_edit = QLineEdit(NonconformityDialog)
        self.follow_up_edit.setObjectName(u"follow_up_edit")

        self.right_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.follow_up_edit)

        self.check_value_label_label = QLabel(NonconformityDialog)
        self.check_value_label_label.setObjectName(u"check_value_label_label")

        self.right_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.check_value_label_label)

        self.check_value_label = QLabel(NonconformityDialog)
        self.check_value_label.setObjectName(u"check_value_label")
        self.check_value_label.setWordWrap(True)

        self.right_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.check_value_label)

        self.attempts_value_label_label = QLabel(NonconformityDialog)
        self.attempts_value_label_label.setObjectName(u"attempts_value_label_label")

        self.right_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.attempts_value_label_label)

        self.attempts_value_label = QLabel(NonconformityDialog)
        self.attempts_value_label.setObjectName(u"attempts_value_label")
        self.attempts_value_label.setWordWrap(True)

        self.right_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.attempts_value_label)


        self.columns_layout.addLayout(self.right_form)


        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(NonconformityDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(NonconformityDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.raised_on_edit_label.setBuddy(self.raised_on_edit)
        self.department_combo_label.setBuddy(self.department_combo)
        self.source_combo_label.setBuddy(self.source_combo)
        self.description_edit_label.setBuddy(self.description_edit)
        self.requirement_edit_label.setBuddy(self.requirement_edit)
        self.found_by_edit_label.setBuddy(self.found_by_edit)
        self.confirmation_edit_label.setBuddy(self.confirmation_edit)
        self.correction_edit_label.setBuddy(self.correction_edit)
        self.cause_category_combo_label.setBuddy(self.cause_category_combo)
        self.cause_edit_label.setBuddy(self.cause_edit)
        self.action_edit_label.setBuddy(self.action_edit)
        self.owner_combo_label.setBuddy(self.owner_combo)
        self.due_edit_label.setBuddy(self.due_edit)
        self.approved_by_edit_label.setBuddy(self.approved_by_edit)
        self.approved_on_edit_label.setBuddy(self.approved_on_edit)
        self.result_edit_label.setBuddy(self.result_edit)
        self.done_on_edit_label.setBuddy(self.done_on_edit)
        self.follow_up_edit_label.setBuddy(self.follow_up_edit)
        self.check_value_label_label.setBuddy(self.check_value_label)
        self.attempts_value_label_label.setBuddy(self.attempts_value_label)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NonconformityDialog)

        QMetaObject.connectSlotsByName(NonconformityDialog)
    # setupUi

    def retranslateUi(self, NonconformityDialog):
        NonconformityDialog.setWindowTitle(QCoreApplication.translate("NonconformityDialog", u"Corrective action request", None))
        self.state_label.setText("")
        self.raised_on_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Found on:", None))
        self.department_combo_label.setText(QCoreApplication.translate("NonconformityDialog", u"Department:", None))
        self.source_combo_label.setText(QCoreApplication.translate("NonconformityDialog", u"Source:", None))
        self.description_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Nonconformity:", None))
        self.requirement_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Requirement not met:", None))
        self.found_by_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Found by:", None))
        self.confirmation_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Confirmed by (department):", None))
        self.correction_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Immediate correction:", None))
        self.cause_category_combo_label.setText(QCoreApplication.translate("NonconformityDialog", u"Cause category:", None))
        self.cause_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Cause:", None))
        self.action_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Corrective action:", None))
        self.owner_combo_label.setText(QCoreApplication.translate("NonconformityDialog", u"Carried out by:", None))
        self.due_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Deadline:", None))
        self.approved_by_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Approved by (leadership):", None))
        self.approved_on_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Approved on:", None))
        self.result_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Result:", None))
        self.done_on_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Done on:", None))
        self.follow_up_edit_label.setText(QCoreApplication.translate("NonconformityDialog", u"Risk / QMS update:", None))
        self.check_value_label_label.setText(QCoreApplication.translate("NonconformityDialog", u"Effectiveness check:", None))
        self.attempts_value_label_label.setText(QCoreApplication.translate("NonconformityDialog", u"Earlier attempts:", None))
    # retranslateUi

