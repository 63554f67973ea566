# GENERATED from forms/year_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'year_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_YearDialog(object):
    def setupUi(self, YearDialog):
        if not YearDialog.objectName():
            YearDialog.setObjectName(u"YearDialog")
        YearDialog.resize(520, 360)
        self.main_layout = QVBoxLayout(YearDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.year_label = QLabel(YearDialog)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(YearDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(2026)
        self.year_spin.setMaximumSize(QSize(120, 16777215))

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.period_start_label = QLabel(YearDialog)
        self.period_start_label.setObjectName(u"period_start_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_start_label)

        self.period_start_edit = DateEdit(YearDialog)
        self.period_start_edit.setObjectName(u"period_start_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period_start_edit)

        self.period_end_label = QLabel(YearDialog)
        self.period_end_label.setObjectName(u"period_end_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.period_end_label)

        self.period_end_edit = DateEdit(YearDialog)
        self.period_end_edit.setObjectName(u"period_end_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.period_end_edit)

        self.default_period_button = QPushButton(YearDialog)
        self.default_period_button.setObjectName(u"default_period_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.default_period_button.sizePolicy().hasHeightForWidth())
        self.default_period_button.setSizePolicy(sizePolicy)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.default_period_button)

        self.deadline_label = QLabel(YearDialog)
        self.deadline_label.setObjectName(u"deadline_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deadline_label)

        self.deadline_edit = DateEdit(YearDialog)
        self.deadline_edit.setObjectName(u"deadline_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deadline_edit)

        self.notes_label = QLabel(YearDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(YearDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 70))
        self.notes_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(YearDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.error_label = QLabel(YearDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(YearDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.period_start_label.setBuddy(self.period_start_edit)
        self.period_end_label.setBuddy(self.period_end_edit)
        self.deadline_label.setBuddy(self.deadline_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(YearDialog)

        QMetaObject.connectSlotsByName(YearDialog)
    # setupUi

    def retranslateUi(self, YearDialog):
        YearDialog.setWindowTitle(QCoreApplication.translate("YearDialog", u"Reporting year", None))
        self.year_label.setText(QCoreApplication.translate("YearDialog", u"Year:", None))
        self.period_start_label.setText(QCoreApplication.translate("YearDialog", u"Period from:", None))
        self.period_end_label.setText(QCoreApplication.translate("YearDialog", u"Period to:", None))
        self.default_period_button.setText(QCoreApplication.translate("YearDialog", u"Use the usual period (15/12 \u2013 14/12)", None))
        self.deadline_label.setText(QCoreApplication.translate("YearDialog", u"Report deadline:", None))
        self.notes_label.setText(QCoreApplication.translate("YearDialog", u"Notes:", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("YearDialog", u"e.g. the provincial plan that sets the deadline", None))
        self.hint_label.setText(QCoreApplication.translate("YearDialog", u"The period is the data cut-off of the annual report: usually from 15 December of the previous year to 14 December.", None))
    # retranslateUi

