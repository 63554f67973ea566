# GENERATED from forms/department_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'department_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_DepartmentDialog(object):
    def setupUi(self, DepartmentDialog):
        if not DepartmentDialog.objectName():
            DepartmentDialog.setObjectName(u"DepartmentDialog")
        DepartmentDialog.resize(520, 220)
        self.main_layout = QVBoxLayout(DepartmentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(DepartmentDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(DepartmentDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.abbreviation_label = QLabel(DepartmentDialog)
        self.abbreviation_label.setObjectName(u"abbreviation_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.abbreviation_label)

        self.abbreviation_edit = QLineEdit(DepartmentDialog)
        self.abbreviation_edit.setObjectName(u"abbreviation_edit")
        self.abbreviation_edit.setMaxLength(20)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.abbreviation_edit)

        self.active_check = QCheckBox(DepartmentDialog)
        self.active_check.setObjectName(u"active_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.active_check)

        self.valid_from_label = QLabel(DepartmentDialog)
        self.valid_from_label.setObjectName(u"valid_from_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valid_from_label)

        self.valid_from_edit = DateEdit(DepartmentDialog)
        self.valid_from_edit.setObjectName(u"valid_from_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.valid_from_edit)

        self.valid_to_label = QLabel(DepartmentDialog)
        self.valid_to_label.setObjectName(u"valid_to_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.valid_to_label)

        self.valid_to_edit = DateEdit(DepartmentDialog)
        self.valid_to_edit.setObjectName(u"valid_to_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.valid_to_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(DepartmentDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(DepartmentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.abbreviation_label.setBuddy(self.abbreviation_edit)
        self.valid_from_label.setBuddy(self.valid_from_edit)
        self.valid_to_label.setBuddy(self.valid_to_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DepartmentDialog)

        QMetaObject.connectSlotsByName(DepartmentDialog)
    # setupUi

    def retranslateUi(self, DepartmentDialog):
        DepartmentDialog.setWindowTitle(QCoreApplication.translate("DepartmentDialog", u"Department", None))
        self.name_label.setText(QCoreApplication.translate("DepartmentDialog", u"Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"e.g. Ph\u00f2ng Kinh t\u1ebf", None))
        self.abbreviation_label.setText(QCoreApplication.translate("DepartmentDialog", u"Abbreviation:", None))
        self.abbreviation_edit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"e.g. KT", None))
        self.active_check.setText(QCoreApplication.translate("DepartmentDialog", u"In use", None))
        self.valid_from_label.setText(QCoreApplication.translate("DepartmentDialog", u"In place from:", None))
        self.valid_to_label.setText(QCoreApplication.translate("DepartmentDialog", u"Until:", None))
    # retranslateUi

