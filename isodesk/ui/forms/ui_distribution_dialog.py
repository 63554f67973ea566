# GENERATED from forms/distribution_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'distribution_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_DistributionDialog(object):
    def setupUi(self, DistributionDialog):
        if not DistributionDialog.objectName():
            DistributionDialog.setObjectName(u"DistributionDialog")
        DistributionDialog.resize(720, 520)
        self.main_layout = QVBoxLayout(DistributionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_label = QLabel(DistributionDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet(u"font-weight: bold;")

        self.main_layout.addWidget(self.info_label)

        self.lists_layout = QHBoxLayout()
        self.lists_layout.setObjectName(u"lists_layout")
        self.departments_layout = QVBoxLayout()
        self.departments_layout.setObjectName(u"departments_layout")
        self.departments_label = QLabel(DistributionDialog)
        self.departments_label.setObjectName(u"departments_label")

        self.departments_layout.addWidget(self.departments_label)

        self.departments_list = QListWidget(DistributionDialog)
        self.departments_list.setObjectName(u"departments_list")
        self.departments_list.setAlternatingRowColors(True)

        self.departments_layout.addWidget(self.departments_list)


        self.lists_layout.addLayout(self.departments_layout)

        self.people_layout = QVBoxLayout()
        self.people_layout.setObjectName(u"people_layout")
        self.people_label = QLabel(DistributionDialog)
        self.people_label.setObjectName(u"people_label")

        self.people_layout.addWidget(self.people_label)

        self.people_filter_edit = QLineEdit(DistributionDialog)
        self.people_filter_edit.setObjectName(u"people_filter_edit")
        self.people_filter_edit.setClearButtonEnabled(True)

        self.people_layout.addWidget(self.people_filter_edit)

        self.people_list = QListWidget(DistributionDialog)
        self.people_list.setObjectName(u"people_list")
        self.people_list.setAlternatingRowColors(True)

        self.people_layout.addWidget(self.people_list)


        self.lists_layout.addLayout(self.people_layout)

        self.lists_layout.setStretch(0, 1)
        self.lists_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.lists_layout)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.copies_label = QLabel(DistributionDialog)
        self.copies_label.setObjectName(u"copies_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.copies_label)

        self.copies_spin = QSpinBox(DistributionDialog)
        self.copies_spin.setObjectName(u"copies_spin")
        self.copies_spin.setMinimum(1)
        self.copies_spin.setMaximum(999)
        self.copies_spin.setValue(1)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.copies_spin)

        self.date_label = QLabel(DistributionDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(DistributionDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.notes_label = QLabel(DistributionDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QLineEdit(DistributionDialog)
        self.notes_edit.setObjectName(u"notes_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.selection_label = QLabel(DistributionDialog)
        self.selection_label.setObjectName(u"selection_label")
        self.selection_label.setWordWrap(True)

        self.main_layout.addWidget(self.selection_label)

        self.error_label = QLabel(DistributionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b3261e;")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(DistributionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.copies_label.setBuddy(self.copies_spin)
        self.date_label.setBuddy(self.date_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DistributionDialog)

        QMetaObject.connectSlotsByName(DistributionDialog)
    # setupUi

    def retranslateUi(self, DistributionDialog):
        DistributionDialog.setWindowTitle(QCoreApplication.translate("DistributionDialog", u"Distribute copies", None))
        self.info_label.setText("")
        self.departments_label.setText(QCoreApplication.translate("DistributionDialog", u"Departments:", None))
        self.people_label.setText(QCoreApplication.translate("DistributionDialog", u"People:", None))
        self.people_filter_edit.setPlaceholderText(QCoreApplication.translate("DistributionDialog", u"Find a person\u2026", None))
        self.copies_label.setText(QCoreApplication.translate("DistributionDialog", u"Copies each:", None))
        self.date_label.setText(QCoreApplication.translate("DistributionDialog", u"Given on:", None))
        self.notes_label.setText(QCoreApplication.translate("DistributionDialog", u"Notes:", None))
        self.selection_label.setText("")
        self.error_label.setText("")
    # retranslateUi

