# GENERATED from forms/restore_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(1000, 620)
        self.main_layout = QVBoxLayout(RestoreDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RestoreDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.backup_table = QTableWidget(RestoreDialog)
        self.backup_table.setObjectName(u"backup_table")
        self.backup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backup_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backup_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.backup_table)

        self.details_title = QLabel(RestoreDialog)
        self.details_title.setObjectName(u"details_title")

        self.main_layout.addWidget(self.details_title)

        self.details_text = QPlainTextEdit(RestoreDialog)
        self.details_text.setObjectName(u"details_text")
        self.details_text.setReadOnly(True)
        self.details_text.setMaximumHeight(170)

        self.main_layout.addWidget(self.details_text)

        self.confirm_label = QLabel(RestoreDialog)
        self.confirm_label.setObjectName(u"confirm_label")
        self.confirm_label.setText(u"")
        self.confirm_label.setWordWrap(True)

        self.main_layout.addWidget(self.confirm_label)

        self.button_box = QDialogButtonBox(RestoreDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.intro_label.setText(QCoreApplication.translate("RestoreDialog", u"Choose the backup to return to. The list shows the backups of this data file in the data folder and in the second backup folder, newest first.", None))
        self.details_title.setText(QCoreApplication.translate("RestoreDialog", u"What the chosen backup holds", None))
    # retranslateUi

