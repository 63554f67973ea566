# GENERATED from forms/recall_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recall_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecallDialog(object):
    def setupUi(self, RecallDialog):
        if not RecallDialog.objectName():
            RecallDialog.setObjectName(u"RecallDialog")
        RecallDialog.resize(560, 400)
        self.main_layout = QVBoxLayout(RecallDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_label = QLabel(RecallDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)

        self.main_layout.addWidget(self.info_label)

        self.holders_list = QListWidget(RecallDialog)
        self.holders_list.setObjectName(u"holders_list")
        self.holders_list.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.holders_list)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(RecallDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(RecallDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RecallDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b3261e;")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RecallDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecallDialog)

        QMetaObject.connectSlotsByName(RecallDialog)
    # setupUi

    def retranslateUi(self, RecallDialog):
        RecallDialog.setWindowTitle(QCoreApplication.translate("RecallDialog", u"Recall copies", None))
        self.info_label.setText("")
        self.date_label.setText(QCoreApplication.translate("RecallDialog", u"Recalled on:", None))
        self.error_label.setText("")
    # retranslateUi

