# GENERATED from forms/announcement_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'announcement_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_AnnouncementDialog(object):
    def setupUi(self, AnnouncementDialog):
        if not AnnouncementDialog.objectName():
            AnnouncementDialog.setObjectName(u"AnnouncementDialog")
        AnnouncementDialog.resize(820, 500)
        self.main_layout = QVBoxLayout(AnnouncementDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AnnouncementDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(AnnouncementDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(AnnouncementDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.source_label = QLabel(AnnouncementDialog)
        self.source_label.setObjectName(u"source_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_layout = QVBoxLayout()
        self.source_layout.setObjectName(u"source_layout")
        self.new_radio = QRadioButton(AnnouncementDialog)
        self.new_radio.setObjectName(u"new_radio")
        self.new_radio.setChecked(True)

        self.source_layout.addWidget(self.new_radio)

        self.existing_radio = QRadioButton(AnnouncementDialog)
        self.existing_radio.setObjectName(u"existing_radio")

        self.source_layout.addWidget(self.existing_radio)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.source_layout)

        self.existing_label = QLabel(AnnouncementDialog)
        self.existing_label.setObjectName(u"existing_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.existing_label)

        self.existing_combo = QComboBox(AnnouncementDialog)
        self.existing_combo.setObjectName(u"existing_combo")
        self.existing_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.existing_combo.setMinimumContentsLength(30)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.existing_combo)

        self.number_label = QLabel(AnnouncementDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_layout = QHBoxLayout()
        self.number_layout.setObjectName(u"number_layout")
        self.number_spin = QSpinBox(AnnouncementDialog)
        self.number_spin.setObjectName(u"number_spin")
        self.number_spin.setMinimumSize(QSize(110, 0))
        self.number_spin.setMaximum(99999)

        self.number_layout.addWidget(self.number_spin)

        self.symbol_label = QLabel(AnnouncementDialog)
        self.symbol_label.setObjectName(u"symbol_label")

        self.number_layout.addWidget(self.symbol_label)

        self.number_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.number_layout.addItem(self.number_spacer)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.number_layout)

        self.issue_date_label = QLabel(AnnouncementDialog)
        self.issue_date_label.setObjectName(u"issue_date_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issue_date_label)

        self.issue_date_edit = DateEdit(AnnouncementDialog)
        self.issue_date_edit.setObjectName(u"issue_date_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issue_date_edit)

        self.summary_label = QLabel(AnnouncementDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(AnnouncementDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setMaximumSize(QSize(16777215, 60))
        self.summary_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.signer_label = QLabel(AnnouncementDialog)
        self.signer_label.setObjectName(u"signer_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signer_label)

        self.signer_layout = QHBoxLayout()
        self.signer_layout.setObjectName(u"signer_layout")
        self.signer_combo = QComboBox(AnnouncementDialog)
        self.signer_combo.setObjectName(u"signer_combo")
        self.signer_combo.setEditable(True)
        self.signer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.signer_layout.addWidget(self.signer_combo)

        self.signer_title_edit = QLineEdit(AnnouncementDialog)
        self.signer_title_edit.setObjectName(u"signer_title_edit")

        self.signer_layout.addWidget(self.signer_title_edit)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.signer_layout)

        self.document_set_label = QLabel(AnnouncementDialog)
        self.document_set_label.setObjectName(u"document_set_label")
        self.document_set_label.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.document_set_label)

        self.document_set_combo = QComboBox(AnnouncementDialog)
        self.document_set_combo.setObjectName(u"document_set_combo")
        self.document_set_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document_set_combo.setMinimumContentsLength(30)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.document_set_combo)


        self.main_layout.addLayout(self.form_layout)

        self.scope_label = QLabel(AnnouncementDialog)
        self.scope_label.setObjectName(u"scope_label")
        self.scope_label.setWordWrap(True)

        self.main_layout.addWidget(self.scope_label)

        self.error_label = QLabel(AnnouncementDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AnnouncementDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.existing_label.setBuddy(self.existing_combo)
        self.number_label.setBuddy(self.number_spin)
        self.issue_date_label.setBuddy(self.issue_date_edit)
        self.summary_label.setBuddy(self.summary_edit)
        self.signer_label.setBuddy(self.signer_combo)
        self.document_set_label.setBuddy(self.document_set_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnnouncementDialog)

        QMetaObject.connectSlotsByName(AnnouncementDialog)
    # setupUi

    def retranslateUi(self, AnnouncementDialog):
        AnnouncementDialog.setWindowTitle(QCoreApplication.translate("AnnouncementDialog", u"Record an announcement of the QMS", None))
        self.intro_label.setText(QCoreApplication.translate("AnnouncementDialog", u"The decision announcing (c\u00f4ng b\u1ed1) that the QMS conforms to TCVN ISO 9001:2015 is a decision of the head of the agency, kept in the register of issued documents. isodesk records with it the scope it announced: the fields and the TTHC in force on the date of the decision.", None))
        self.kind_label.setText(QCoreApplication.translate("AnnouncementDialog", u"Decision:", None))
        self.source_label.setText(QCoreApplication.translate("AnnouncementDialog", u"In the register:", None))
        self.new_radio.setText(QCoreApplication.translate("AnnouncementDialog", u"Enter a new decision in the register", None))
        self.existing_radio.setText(QCoreApplication.translate("AnnouncementDialog", u"Use a decision already in the register", None))
        self.existing_label.setText(QCoreApplication.translate("AnnouncementDialog", u"Decision in the register:", None))
        self.number_label.setText(QCoreApplication.translate("AnnouncementDialog", u"Number:", None))
        self.symbol_label.setText("")
        self.issue_date_label.setText(QCoreApplication.translate("AnnouncementDialog", u"Dated:", None))
        self.summary_label.setText(QCoreApplication.translate("AnnouncementDialog", u"Summary:", None))
        self.signer_label.setText(QCoreApplication.translate("AnnouncementDialog", u"Signed by:", None))
        self.signer_title_edit.setPlaceholderText(QCoreApplication.translate("AnnouncementDialog", u"position, e.g. Ch\u1ee7 t\u1ecbch", None))
        self.document_set_label.setText(QCoreApplication.translate("AnnouncementDialog", u"Based on the decision issuing the document set:", None))
        self.scope_label.setText("")
        self.error_label.setText("")
    # retranslateUi

