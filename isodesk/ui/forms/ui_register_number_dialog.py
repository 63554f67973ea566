# GENERATED from forms/register_number_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_number_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_RegisterNumberDialog(object):
    def setupUi(self, RegisterNumberDialog):
        if not RegisterNumberDialog.objectName():
            RegisterNumberDialog.setObjectName(u"RegisterNumberDialog")
        RegisterNumberDialog.resize(520, 280)
        self.main_layout = QVBoxLayout(RegisterNumberDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.document_label = QLabel(RegisterNumberDialog)
        self.document_label.setObjectName(u"document_label")
        self.document_label.setText(u"")
        self.document_label.setWordWrap(True)

        self.main_layout.addWidget(self.document_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.number_label = QLabel(RegisterNumberDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_spin = QSpinBox(RegisterNumberDialog)
        self.number_spin.setObjectName(u"number_spin")
        self.number_spin.setMinimum(1)
        self.number_spin.setMaximum(99999)
        self.number_spin.setMaximumSize(QSize(140, 16777215))

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_spin)

        self.issue_date_label = QLabel(RegisterNumberDialog)
        self.issue_date_label.setObjectName(u"issue_date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issue_date_label)

        self.issue_date_edit = DateEdit(RegisterNumberDialog)
        self.issue_date_edit.setObjectName(u"issue_date_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issue_date_edit)


        self.main_layout.addLayout(self.form_layout)

        self.reference_preview_label = QLabel(RegisterNumberDialog)
        self.reference_preview_label.setObjectName(u"reference_preview_label")
        self.reference_preview_label.setText(u"")

        self.main_layout.addWidget(self.reference_preview_label)

        self.hint_label = QLabel(RegisterNumberDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.error_label = QLabel(RegisterNumberDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(RegisterNumberDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number_spin)
        self.issue_date_label.setBuddy(self.issue_date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterNumberDialog)

        QMetaObject.connectSlotsByName(RegisterNumberDialog)
    # setupUi

    def retranslateUi(self, RegisterNumberDialog):
        RegisterNumberDialog.setWindowTitle(QCoreApplication.translate("RegisterNumberDialog", u"Register the document number", None))
        self.number_label.setText(QCoreApplication.translate("RegisterNumberDialog", u"Number:", None))
        self.issue_date_label.setText(QCoreApplication.translate("RegisterNumberDialog", u"Date of issue:", None))
        self.hint_label.setText(QCoreApplication.translate("RegisterNumberDialog", u"Numbers run from 01 on 1 January for each issuing body (Decree 30/2020, Article 15). The next free number is proposed.", None))
    # retranslateUi

