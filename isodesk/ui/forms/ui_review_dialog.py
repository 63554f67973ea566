# GENERATED from forms/review_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QPlainTextEdit, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(520, 380)
        self.main_layout = QVBoxLayout(ReviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_label = QLabel(ReviewDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)

        self.main_layout.addWidget(self.info_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(ReviewDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(ReviewDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.reviewer_label = QLabel(ReviewDialog)
        self.reviewer_label.setObjectName(u"reviewer_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewer_label)

        self.reviewer_combo = QComboBox(ReviewDialog)
        self.reviewer_combo.setObjectName(u"reviewer_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewer_combo)


        self.main_layout.addLayout(self.form_layout)

        self.outcome_group = QGroupBox(ReviewDialog)
        self.outcome_group.setObjectName(u"outcome_group")
        self.outcome_layout = QVBoxLayout(self.outcome_group)
        self.outcome_layout.setObjectName(u"outcome_layout")
        self.no_change_radio = QRadioButton(self.outcome_group)
        self.no_change_radio.setObjectName(u"no_change_radio")
        self.no_change_radio.setChecked(True)

        self.outcome_layout.addWidget(self.no_change_radio)

        self.revise_radio = QRadioButton(self.outcome_group)
        self.revise_radio.setObjectName(u"revise_radio")

        self.outcome_layout.addWidget(self.revise_radio)


        self.main_layout.addWidget(self.outcome_group)

        self.note_layout = QFormLayout()
        self.note_layout.setObjectName(u"note_layout")
        self.note_label = QLabel(ReviewDialog)
        self.note_label.setObjectName(u"note_label")

        self.note_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(ReviewDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 80))

        self.note_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.note_layout)

        self.error_label = QLabel(ReviewDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b3261e;")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ReviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.reviewer_label.setBuddy(self.reviewer_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Periodic review", None))
        self.info_label.setText("")
        self.date_label.setText(QCoreApplication.translate("ReviewDialog", u"Reviewed on:", None))
        self.reviewer_label.setText(QCoreApplication.translate("ReviewDialog", u"Reviewed by:", None))
        self.outcome_group.setTitle(QCoreApplication.translate("ReviewDialog", u"Result", None))
        self.no_change_radio.setText(QCoreApplication.translate("ReviewDialog", u"Still fit for use \u2013 no change needed", None))
        self.revise_radio.setText(QCoreApplication.translate("ReviewDialog", u"Needs revising \u2013 open a draft of the next revision", None))
        self.note_label.setText(QCoreApplication.translate("ReviewDialog", u"Note:", None))
        self.error_label.setText("")
    # retranslateUi

