# GENERATED from forms/external_document_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'external_document_dialog.ui'
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
    QLineEdit, QListView, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_ExternalDocumentDialog(object):
    def setupUi(self, ExternalDocumentDialog):
        if not ExternalDocumentDialog.objectName():
            ExternalDocumentDialog.setObjectName(u"ExternalDocumentDialog")
        ExternalDocumentDialog.resize(960, 600)
        self.main_layout = QVBoxLayout(ExternalDocumentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(16)
        self.columns_layout.setObjectName(u"columns_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(ExternalDocumentDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ExternalDocumentDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.summary_label = QLabel(ExternalDocumentDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(ExternalDocumentDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setMaximumSize(QSize(16777215, 72))
        self.summary_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.number_label = QLabel(ExternalDocumentDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(ExternalDocumentDialog)
        self.number_edit.setObjectName(u"number_edit")
        self.number_edit.setMaxLength(80)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.issuer_label = QLabel(ExternalDocumentDialog)
        self.issuer_label.setObjectName(u"issuer_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuer_label)

        self.issuer_combo = QComboBox(ExternalDocumentDialog)
        self.issuer_combo.setObjectName(u"issuer_combo")
        self.issuer_combo.setEditable(True)
        self.issuer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuer_combo)

        self.issue_date_label = QLabel(ExternalDocumentDialog)
        self.issue_date_label.setObjectName(u"issue_date_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issue_date_label)

        self.issue_date_edit = DateEdit(ExternalDocumentDialog)
        self.issue_date_edit.setObjectName(u"issue_date_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issue_date_edit)

        self.effective_date_label = QLabel(ExternalDocumentDialog)
        self.effective_date_label.setObjectName(u"effective_date_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.effective_date_label)

        self.effective_date_edit = DateEdit(ExternalDocumentDialog)
        self.effective_date_edit.setObjectName(u"effective_date_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.effective_date_edit)

        self.field_label = QLabel(ExternalDocumentDialog)
        self.field_label.setObjectName(u"field_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.field_label)

        self.field_combo = QComboBox(ExternalDocumentDialog)
        self.field_combo.setObjectName(u"field_combo")
        self.field_combo.setEditable(True)
        self.field_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.field_combo)

        self.location_label = QLabel(ExternalDocumentDialog)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(ExternalDocumentDialog)
        self.location_edit.setObjectName(u"location_edit")
        self.location_edit.setMaxLength(200)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.status_caption = QLabel(ExternalDocumentDialog)
        self.status_caption.setObjectName(u"status_caption")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.status_caption)

        self.status_label = QLabel(ExternalDocumentDialog)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)
        self.status_label.setWordWrap(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.status_label)

        self.notes_label = QLabel(ExternalDocumentDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(ExternalDocumentDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 60))
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.columns_layout.addLayout(self.form_layout)

        self.links_layout = QVBoxLayout()
        self.links_layout.setObjectName(u"links_layout")
        self.departments_label = QLabel(ExternalDocumentDialog)
        self.departments_label.setObjectName(u"departments_label")

        self.links_layout.addWidget(self.departments_label)

        self.departments_list = QListView(ExternalDocumentDialog)
        self.departments_list.setObjectName(u"departments_list")
        self.departments_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.departments_list.setWordWrap(True)
        self.departments_list.setMaximumSize(QSize(16777215, 150))

        self.links_layout.addWidget(self.departments_list)

        self.procedures_label = QLabel(ExternalDocumentDialog)
        self.procedures_label.setObjectName(u"procedures_label")

        self.links_layout.addWidget(self.procedures_label)

        self.procedures_filter_edit = QLineEdit(ExternalDocumentDialog)
        self.procedures_filter_edit.setObjectName(u"procedures_filter_edit")
        self.procedures_filter_edit.setClearButtonEnabled(True)

        self.links_layout.addWidget(self.procedures_filter_edit)

        self.procedures_list = QListView(ExternalDocumentDialog)
        self.procedures_list.setObjectName(u"procedures_list")
        self.procedures_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.procedures_list.setWordWrap(True)

        self.links_layout.addWidget(self.procedures_list)


        self.columns_layout.addLayout(self.links_layout)

        self.columns_layout.setStretch(0, 3)
        self.columns_layout.setStretch(1, 2)

        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(ExternalDocumentDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ExternalDocumentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.summary_label.setBuddy(self.summary_edit)
        self.number_label.setBuddy(self.number_edit)
        self.issuer_label.setBuddy(self.issuer_combo)
        self.issue_date_label.setBuddy(self.issue_date_edit)
        self.effective_date_label.setBuddy(self.effective_date_edit)
        self.field_label.setBuddy(self.field_combo)
        self.location_label.setBuddy(self.location_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.departments_label.setBuddy(self.departments_list)
        self.procedures_label.setBuddy(self.procedures_filter_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExternalDocumentDialog)

        QMetaObject.connectSlotsByName(ExternalDocumentDialog)
    # setupUi

    def retranslateUi(self, ExternalDocumentDialog):
        ExternalDocumentDialog.setWindowTitle(QCoreApplication.translate("ExternalDocumentDialog", u"External document", None))
        self.kind_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Type:", None))
        self.summary_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Summary:", None))
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("ExternalDocumentDialog", u"What the text is about, without its type (e.g. \u201con the one-stop mechanism for administrative procedures\u201d)", None))
        self.number_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Number and symbol:", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("ExternalDocumentDialog", u"e.g. 118/2025/N\u0110-CP", None))
        self.issuer_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Issued by:", None))
        self.issue_date_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Issued on:", None))
        self.effective_date_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"In force from:", None))
        self.field_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Field:", None))
        self.location_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Kept at:", None))
        self.location_edit.setPlaceholderText(QCoreApplication.translate("ExternalDocumentDialog", u"e.g. filing cabinet of the Office; electronic copy", None))
        self.status_caption.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Legal status:", None))
        self.status_label.setText("")
        self.notes_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Notes:", None))
        self.departments_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Departments using it:", None))
        self.procedures_label.setText(QCoreApplication.translate("ExternalDocumentDialog", u"Internal procedures citing it:", None))
        self.procedures_filter_edit.setPlaceholderText(QCoreApplication.translate("ExternalDocumentDialog", u"Find a procedure by code or title\u2026", None))
        self.error_label.setText("")
    # retranslateUi

