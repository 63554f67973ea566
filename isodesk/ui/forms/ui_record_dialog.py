# GENERATED from forms/record_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_RecordDialog(object):
    def setupUi(self, RecordDialog):
        if not RecordDialog.objectName():
            RecordDialog.setObjectName(u"RecordDialog")
        RecordDialog.resize(560, 480)
        self.main_layout = QVBoxLayout(RecordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_label = QLabel(RecordDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(RecordDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(500)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.code_label = QLabel(RecordDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(RecordDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText(u"HS.01")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.heading_label = QLabel(RecordDialog)
        self.heading_label.setObjectName(u"heading_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.heading_label)

        self.heading_combo = QComboBox(RecordDialog)
        self.heading_combo.setObjectName(u"heading_combo")
        self.heading_combo.setEditable(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.heading_combo)

        self.department_label = QLabel(RecordDialog)
        self.department_label.setObjectName(u"department_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_combo = QComboBox(RecordDialog)
        self.department_combo.setObjectName(u"department_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.department_combo)

        self.person_label = QLabel(RecordDialog)
        self.person_label.setObjectName(u"person_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_combo = QComboBox(RecordDialog)
        self.person_combo.setObjectName(u"person_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.person_combo)

        self.location_label = QLabel(RecordDialog)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(RecordDialog)
        self.location_edit.setObjectName(u"location_edit")
        self.location_edit.setMaxLength(300)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.retention_label = QLabel(RecordDialog)
        self.retention_label.setObjectName(u"retention_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.retention_label)

        self.retention_layout = QHBoxLayout()
        self.retention_layout.setObjectName(u"retention_layout")
        self.retention_layout.setContentsMargins(0, 0, 0, 0)
        self.permanent_check = QCheckBox(RecordDialog)
        self.permanent_check.setObjectName(u"permanent_check")

        self.retention_layout.addWidget(self.permanent_check)

        self.retention_spin = QSpinBox(RecordDialog)
        self.retention_spin.setObjectName(u"retention_spin")
        self.retention_spin.setMinimum(1)
        self.retention_spin.setMaximum(100)
        self.retention_spin.setValue(5)

        self.retention_layout.addWidget(self.retention_spin)

        self.retention_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retention_layout.addItem(self.retention_spacer)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.retention_layout)

        self.form_label = QLabel(RecordDialog)
        self.form_label.setObjectName(u"form_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.form_label)

        self.form_combo = QComboBox(RecordDialog)
        self.form_combo.setObjectName(u"form_combo")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.form_combo)

        self.years_label = QLabel(RecordDialog)
        self.years_label.setObjectName(u"years_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.years_label)

        self.years_layout = QHBoxLayout()
        self.years_layout.setObjectName(u"years_layout")
        self.years_layout.setContentsMargins(0, 0, 0, 0)
        self.from_year_spin = QSpinBox(RecordDialog)
        self.from_year_spin.setObjectName(u"from_year_spin")
        self.from_year_spin.setMinimum(0)
        self.from_year_spin.setMaximum(2100)

        self.years_layout.addWidget(self.from_year_spin)

        self.years_dash_label = QLabel(RecordDialog)
        self.years_dash_label.setObjectName(u"years_dash_label")
        self.years_dash_label.setText(u"\u2013")

        self.years_layout.addWidget(self.years_dash_label)

        self.to_year_spin = QSpinBox(RecordDialog)
        self.to_year_spin.setObjectName(u"to_year_spin")
        self.to_year_spin.setMinimum(0)
        self.to_year_spin.setMaximum(2100)

        self.years_layout.addWidget(self.to_year_spin)

        self.years_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.years_layout.addItem(self.years_spacer)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.years_layout)

        self.notes_label = QLabel(RecordDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(RecordDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 70))

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RecordDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b3261e;")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RecordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.code_label.setBuddy(self.code_edit)
        self.heading_label.setBuddy(self.heading_combo)
        self.department_label.setBuddy(self.department_combo)
        self.person_label.setBuddy(self.person_combo)
        self.location_label.setBuddy(self.location_edit)
        self.form_label.setBuddy(self.form_combo)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordDialog)

        QMetaObject.connectSlotsByName(RecordDialog)
    # setupUi

    def retranslateUi(self, RecordDialog):
        RecordDialog.setWindowTitle(QCoreApplication.translate("RecordDialog", u"Record", None))
        self.title_label.setText(QCoreApplication.translate("RecordDialog", u"Record title: *", None))
        self.code_label.setText(QCoreApplication.translate("RecordDialog", u"Code: *", None))
        self.heading_label.setText(QCoreApplication.translate("RecordDialog", u"Heading:", None))
#if QT_CONFIG(tooltip)
        self.heading_combo.setToolTip(QCoreApplication.translate("RecordDialog", u"The heading (\u0111\u1ec1 m\u1ee5c) the record is listed under in the printed form", None))
#endif // QT_CONFIG(tooltip)
        self.department_label.setText(QCoreApplication.translate("RecordDialog", u"Kept by department:", None))
        self.person_label.setText(QCoreApplication.translate("RecordDialog", u"Kept by (person):", None))
        self.location_label.setText(QCoreApplication.translate("RecordDialog", u"Place kept:", None))
        self.retention_label.setText(QCoreApplication.translate("RecordDialog", u"Retention period: *", None))
        self.permanent_check.setText(QCoreApplication.translate("RecordDialog", u"Permanent", None))
        self.retention_spin.setSuffix(QCoreApplication.translate("RecordDialog", u" years", None))
        self.form_label.setText(QCoreApplication.translate("RecordDialog", u"Kept as:", None))
        self.years_label.setText(QCoreApplication.translate("RecordDialog", u"Kept in years:", None))
        self.from_year_spin.setSpecialValueText(QCoreApplication.translate("RecordDialog", u"always", None))
#if QT_CONFIG(tooltip)
        self.from_year_spin.setToolTip(QCoreApplication.translate("RecordDialog", u"First year this record is kept (leave at \u201calways\u201d if it always was)", None))
#endif // QT_CONFIG(tooltip)
        self.to_year_spin.setSpecialValueText(QCoreApplication.translate("RecordDialog", u"still kept", None))
#if QT_CONFIG(tooltip)
        self.to_year_spin.setToolTip(QCoreApplication.translate("RecordDialog", u"Last year this record was kept (leave at \u201cstill kept\u201d if it still is)", None))
#endif // QT_CONFIG(tooltip)
        self.notes_label.setText(QCoreApplication.translate("RecordDialog", u"Notes:", None))
        self.error_label.setText("")
    # retranslateUi

