# GENERATED from forms/review_action_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_action_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_ReviewActionDialog(object):
    def setupUi(self, ReviewActionDialog):
        if not ReviewActionDialog.objectName():
            ReviewActionDialog.setObjectName(u"ReviewActionDialog")
        ReviewActionDialog.resize(720, 460)
        self.main_layout = QVBoxLayout(ReviewActionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.content_edit_label = QLabel(ReviewActionDialog)
        self.content_edit_label.setObjectName(u"content_edit_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.content_edit_label)

        self.content_edit = QPlainTextEdit(ReviewActionDialog)
        self.content_edit.setObjectName(u"content_edit")
        self.content_edit.setMaximumSize(QSize(16777215, 90))
        self.content_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.content_edit)

        self.kind_combo_label = QLabel(ReviewActionDialog)
        self.kind_combo_label.setObjectName(u"kind_combo_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_combo_label)

        self.kind_combo = QComboBox(ReviewActionDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.responsible_edit_label = QLabel(ReviewActionDialog)
        self.responsible_edit_label.setObjectName(u"responsible_edit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.responsible_edit_label)

        self.responsible_edit = QLineEdit(ReviewActionDialog)
        self.responsible_edit.setObjectName(u"responsible_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.responsible_edit)

        self.deadline_edit_label = QLabel(ReviewActionDialog)
        self.deadline_edit_label.setObjectName(u"deadline_edit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadline_edit_label)

        self.deadline_edit = DateEdit(ReviewActionDialog)
        self.deadline_edit.setObjectName(u"deadline_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadline_edit)

        self.notes_edit_label = QLabel(ReviewActionDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_edit_label)

        self.notes_edit = QLineEdit(ReviewActionDialog)
        self.notes_edit.setObjectName(u"notes_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.status_combo_label = QLabel(ReviewActionDialog)
        self.status_combo_label.setObjectName(u"status_combo_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.status_combo_label)

        self.status_combo = QComboBox(ReviewActionDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.closed_edit_label = QLabel(ReviewActionDialog)
        self.closed_edit_label.setObjectName(u"closed_edit_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.closed_edit_label)

        self.closed_edit = DateEdit(ReviewActionDialog)
        self.closed_edit.setObjectName(u"closed_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.closed_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ReviewActionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ReviewActionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.content_edit_label.setBuddy(self.content_edit)
        self.kind_combo_label.setBuddy(self.kind_combo)
        self.responsible_edit_label.setBuddy(self.responsible_edit)
        self.deadline_edit_label.setBuddy(self.deadline_edit)
        self.notes_edit_label.setBuddy(self.notes_edit)
        self.status_combo_label.setBuddy(self.status_combo)
        self.closed_edit_label.setBuddy(self.closed_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewActionDialog)

        QMetaObject.connectSlotsByName(ReviewActionDialog)
    # setupUi

    def retranslateUi(self, ReviewActionDialog):
        ReviewActionDialog.setWindowTitle(QCoreApplication.translate("ReviewActionDialog", u"Decision or action", None))
        self.content_edit_label.setText(QCoreApplication.translate("ReviewActionDialog", u"Content / decision:", None))
        self.kind_combo_label.setText(QCoreApplication.translate("ReviewActionDialog", u"Kind (clause 9.3.3):", None))
        self.responsible_edit_label.setText(QCoreApplication.translate("ReviewActionDialog", u"Department, person responsible:", None))
        self.deadline_edit_label.setText(QCoreApplication.translate("ReviewActionDialog", u"Deadline:", None))
        self.notes_edit_label.setText(QCoreApplication.translate("ReviewActionDialog", u"Notes:", None))
        self.status_combo_label.setText(QCoreApplication.translate("ReviewActionDialog", u"Status:", None))
        self.closed_edit_label.setText(QCoreApplication.translate("ReviewActionDialog", u"Completed on:", None))
    # retranslateUi

