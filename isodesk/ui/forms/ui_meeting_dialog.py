# GENERATED from forms/meeting_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(760, 620)
        self.main_layout = QVBoxLayout(MeetingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.year_spin_label = QLabel(MeetingDialog)
        self.year_spin_label.setObjectName(u"year_spin_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_spin_label)

        self.year_spin = QSpinBox(MeetingDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)
        self.year_spin.setMaximumSize(QSize(120, 16777215))

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.date_edit_label = QLabel(MeetingDialog)
        self.date_edit_label.setObjectName(u"date_edit_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_edit_label)

        self.date_edit = DateEdit(MeetingDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.start_edit_label = QLabel(MeetingDialog)
        self.start_edit_label.setObjectName(u"start_edit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_edit_label)

        self.start_edit = QTimeEdit(MeetingDialog)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setMaximumSize(QSize(120, 16777215))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_edit_label = QLabel(MeetingDialog)
        self.end_edit_label.setObjectName(u"end_edit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_edit_label)

        self.end_edit = QTimeEdit(MeetingDialog)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setMaximumSize(QSize(120, 16777215))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.place_edit_label = QLabel(MeetingDialog)
        self.place_edit_label.setObjectName(u"place_edit_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_edit_label)

        self.place_edit = QLineEdit(MeetingDialog)
        self.place_edit.setObjectName(u"place_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.chair_combo_label = QLabel(MeetingDialog)
        self.chair_combo_label.setObjectName(u"chair_combo_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chair_combo_label)

        self.chair_combo = QComboBox(MeetingDialog)
        self.chair_combo.setObjectName(u"chair_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chair_combo)

        self.secretary_combo_label = QLabel(MeetingDialog)
        self.secretary_combo_label.setObjectName(u"secretary_combo_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.secretary_combo_label)

        self.secretary_combo = QComboBox(MeetingDialog)
        self.secretary_combo.setObjectName(u"secretary_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.secretary_combo)

        self.notes_edit_label = QLabel(MeetingDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_edit_label)

        self.notes_edit = QPlainTextEdit(MeetingDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 64))
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.attendees_label = QLabel(MeetingDialog)
        self.attendees_label.setObjectName(u"attendees_label")

        self.main_layout.addWidget(self.attendees_label)

        self.attendees_list = QListWidget(MeetingDialog)
        self.attendees_list.setObjectName(u"attendees_list")

        self.main_layout.addWidget(self.attendees_list)

        self.error_label = QLabel(MeetingDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(MeetingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.year_spin_label.setBuddy(self.year_spin)
        self.date_edit_label.setBuddy(self.date_edit)
        self.start_edit_label.setBuddy(self.start_edit)
        self.end_edit_label.setBuddy(self.end_edit)
        self.place_edit_label.setBuddy(self.place_edit)
        self.chair_combo_label.setBuddy(self.chair_combo)
        self.secretary_combo_label.setBuddy(self.secretary_combo)
        self.notes_edit_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Management review meeting", None))
        self.year_spin_label.setText(QCoreApplication.translate("MeetingDialog", u"Reporting year:", None))
        self.date_edit_label.setText(QCoreApplication.translate("MeetingDialog", u"Meeting date:", None))
        self.start_edit_label.setText(QCoreApplication.translate("MeetingDialog", u"Starts at:", None))
        self.start_edit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"HH:mm", None))
        self.end_edit_label.setText(QCoreApplication.translate("MeetingDialog", u"Ends at:", None))
        self.end_edit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"HH:mm", None))
        self.place_edit_label.setText(QCoreApplication.translate("MeetingDialog", u"Place:", None))
        self.chair_combo_label.setText(QCoreApplication.translate("MeetingDialog", u"Chair:", None))
        self.secretary_combo_label.setText(QCoreApplication.translate("MeetingDialog", u"Secretary (minutes taker):", None))
        self.notes_edit_label.setText(QCoreApplication.translate("MeetingDialog", u"Notes:", None))
        self.attendees_label.setText(QCoreApplication.translate("MeetingDialog", u"Attendees:", None))
    # retranslateUi

