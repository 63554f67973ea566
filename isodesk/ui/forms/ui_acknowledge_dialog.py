# GENERATED from forms/acknowledge_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'acknowledge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AcknowledgeDialog(object):
    def setupUi(self, AcknowledgeDialog):
        if not AcknowledgeDialog.objectName():
            AcknowledgeDialog.setObjectName(u"AcknowledgeDialog")
        AcknowledgeDialog.resize(460, 220)
        self.main_layout = QVBoxLayout(AcknowledgeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_label = QLabel(AcknowledgeDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)

        self.main_layout.addWidget(self.info_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(AcknowledgeDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(AcknowledgeDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.person_label = QLabel(AcknowledgeDialog)
        self.person_label.setObjectName(u"person_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_combo = QComboBox(AcknowledgeDialog)
        self.person_combo.setObjectName(u"person_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person_combo)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(AcknowledgeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b3261e;")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AcknowledgeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.person_label.setBuddy(self.person_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AcknowledgeDialog)

        QMetaObject.connectSlotsByName(AcknowledgeDialog)
    # setupUi

    def retranslateUi(self, AcknowledgeDialog):
        AcknowledgeDialog.setWindowTitle(QCoreApplication.translate("AcknowledgeDialog", u"Confirm receipt", None))
        self.info_label.setText("")
        self.date_label.setText(QCoreApplication.translate("AcknowledgeDialog", u"Received on:", None))
        self.person_label.setText(QCoreApplication.translate("AcknowledgeDialog", u"Signed by:", None))
        self.error_label.setText("")
    # retranslateUi

