# GENERATED from forms/effectiveness_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'effectiveness_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_EffectivenessDialog(object):
    def setupUi(self, EffectivenessDialog):
        if not EffectivenessDialog.objectName():
            EffectivenessDialog.setObjectName(u"EffectivenessDialog")
        EffectivenessDialog.resize(640, 460)
        self.main_layout = QVBoxLayout(EffectivenessDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.checker_combo_label = QLabel(EffectivenessDialog)
        self.checker_combo_label.setObjectName(u"checker_combo_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checker_combo_label)

        self.checker_combo = QComboBox(EffectivenessDialog)
        self.checker_combo.setObjectName(u"checker_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checker_combo)

        self.check_on_edit_label = QLabel(EffectivenessDialog)
        self.check_on_edit_label.setObjectName(u"check_on_edit_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.check_on_edit_label)

        self.check_on_edit = DateEdit(EffectivenessDialog)
        self.check_on_edit.setObjectName(u"check_on_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.check_on_edit)

        self.result_combo_label = QLabel(EffectivenessDialog)
        self.result_combo_label.setObjectName(u"result_combo_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.result_combo_label)

        self.result_combo = QComboBox(EffectivenessDialog)
        self.result_combo.setObjectName(u"result_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.result_combo)

        self.notes_edit_label = QLabel(EffectivenessDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notes_edit_label)

        self.notes_edit = QPlainTextEdit(EffectivenessDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 70))
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.new_action_edit_label = QLabel(EffectivenessDialog)
        self.new_action_edit_label.setObjectName(u"new_action_edit_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.new_action_edit_label)

        self.new_action_edit = QPlainTextEdit(EffectivenessDialog)
        self.new_action_edit.setObjectName(u"new_action_edit")
        self.new_action_edit.setMaximumSize(QSize(16777215, 70))
        self.new_action_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.new_action_edit)

        self.new_due_edit_label = QLabel(EffectivenessDialog)
        self.new_due_edit_label.setObjectName(u"new_due_edit_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.new_due_edit_label)

        self.new_due_edit = DateEdit(EffectivenessDialog)
        self.new_due_edit.setObjectName(u"new_due_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.new_due_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(EffectivenessDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(EffectivenessDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.checker_combo_label.setBuddy(self.checker_combo)
        self.check_on_edit_label.setBuddy(self.check_on_edit)
        self.result_combo_label.setBuddy(self.result_combo)
        self.notes_edit_label.setBuddy(self.notes_edit)
        self.new_action_edit_label.setBuddy(self.new_action_edit)
        self.new_due_edit_label.setBuddy(self.new_due_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EffectivenessDialog)

        QMetaObject.connectSlotsByName(EffectivenessDialog)
    # setupUi

    def retranslateUi(self, EffectivenessDialog):
        EffectivenessDialog.setWindowTitle(QCoreApplication.translate("EffectivenessDialog", u"Effectiveness check", None))
        self.checker_combo_label.setText(QCoreApplication.translate("EffectivenessDialog", u"Checked by:", None))
        self.check_on_edit_label.setText(QCoreApplication.translate("EffectivenessDialog", u"Checked on:", None))
        self.result_combo_label.setText(QCoreApplication.translate("EffectivenessDialog", u"Result:", None))
        self.notes_edit_label.setText(QCoreApplication.translate("EffectivenessDialog", u"Notes:", None))
        self.new_action_edit_label.setText(QCoreApplication.translate("EffectivenessDialog", u"New corrective action:", None))
        self.new_due_edit_label.setText(QCoreApplication.translate("EffectivenessDialog", u"New deadline:", None))
    # retranslateUi

