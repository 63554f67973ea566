# GENERATED from forms/issued_document_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'issued_document_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_IssuedDocumentDialog(object):
    def setupUi(self, IssuedDocumentDialog):
        if not IssuedDocumentDialog.objectName():
            IssuedDocumentDialog.setObjectName(u"IssuedDocumentDialog")
        IssuedDocumentDialog.resize(680, 620)
        self.main_layout = QVBoxLayout(IssuedDocumentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.type_label = QLabel(IssuedDocumentDialog)
        self.type_label.setObjectName(u"type_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type_combo = QComboBox(IssuedDocumentDialog)
        self.type_combo.setObjectName(u"type_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.issuer_label = QLabel(IssuedDocumentDialog)
        self.issuer_label.setObjectName(u"issuer_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuer_label)

        self.issuer_combo = QComboBox(IssuedDocumentDialog)
        self.issuer_combo.setObjectName(u"issuer_combo")
        self.issuer_combo.setEditable(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuer_combo)

        self.number_label = QLabel(IssuedDocumentDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_spin = QSpinBox(IssuedDocumentDialog)
        self.number_spin.setObjectName(u"number_spin")
        self.number_spin.setMinimum(0)
        self.number_spin.setMaximum(99999)
        self.number_spin.setMaximumSize(QSize(200, 16777215))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.number_spin)

        self.symbol_label = QLabel(IssuedDocumentDialog)
        self.symbol_label.setObjectName(u"symbol_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.symbol_label)

        self.symbol_edit = QLineEdit(IssuedDocumentDialog)
        self.symbol_edit.setObjectName(u"symbol_edit")
        self.symbol_edit.setMaxLength(40)
        self.symbol_edit.setMaximumSize(QSize(260, 16777215))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.symbol_edit)

        self.issue_date_label = QLabel(IssuedDocumentDialog)
        self.issue_date_label.setObjectName(u"issue_date_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issue_date_label)

        self.issue_date_edit = DateEdit(IssuedDocumentDialog)
        self.issue_date_edit.setObjectName(u"issue_date_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issue_date_edit)

        self.status_label = QLabel(IssuedDocumentDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(IssuedDocumentDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.summary_label = QLabel(IssuedDocumentDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(IssuedDocumentDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setMaximumSize(QSize(16777215, 80))
        self.summary_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.signer_label = QLabel(IssuedDocumentDialog)
        self.signer_label.setObjectName(u"signer_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signer_label)

        self.signer_combo = QComboBox(IssuedDocumentDialog)
        self.signer_combo.setObjectName(u"signer_combo")
        self.signer_combo.setEditable(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signer_combo)

        self.signer_title_label = QLabel(IssuedDocumentDialog)
        self.signer_title_label.setObjectName(u"signer_title_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signer_title_label)

        self.signer_title_edit = QLineEdit(IssuedDocumentDialog)
        self.signer_title_edit.setObjectName(u"signer_title_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signer_title_edit)

        self.purpose_label = QLabel(IssuedDocumentDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_combo = QComboBox(IssuedDocumentDialog)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.purpose_combo)

        self.year_label = QLabel(IssuedDocumentDialog)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_combo = QComboBox(IssuedDocumentDialog)
        self.year_combo.setObjectName(u"year_combo")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.year_combo)

        self.notes_label = QLabel(IssuedDocumentDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(IssuedDocumentDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 60))
        self.notes_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.reference_preview_label = QLabel(IssuedDocumentDialog)
        self.reference_preview_label.setObjectName(u"reference_preview_label")
        self.reference_preview_label.setText(u"")

        self.main_layout.addWidget(self.reference_preview_label)

        self.error_label = QLabel(IssuedDocumentDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(IssuedDocumentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.type_label.setBuddy(self.type_combo)
        self.issuer_label.setBuddy(self.issuer_combo)
        self.number_label.setBuddy(self.number_spin)
        self.symbol_label.setBuddy(self.symbol_edit)
        self.issue_date_label.setBuddy(self.issue_date_edit)
        self.status_label.setBuddy(self.status_combo)
        self.summary_label.setBuddy(self.summary_edit)
        self.signer_label.setBuddy(self.signer_combo)
        self.signer_title_label.setBuddy(self.signer_title_edit)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.year_label.setBuddy(self.year_combo)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IssuedDocumentDialog)

        QMetaObject.connectSlotsByName(IssuedDocumentDialog)
    # setupUi

    def retranslateUi(self, IssuedDocumentDialog):
        IssuedDocumentDialog.setWindowTitle(QCoreApplication.translate("IssuedDocumentDialog", u"Issued document", None))
        self.type_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Type:", None))
        self.issuer_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Issued by:", None))
        self.number_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Number:", None))
        self.symbol_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Symbol:", None))
        self.symbol_edit.setPlaceholderText(QCoreApplication.translate("IssuedDocumentDialog", u"e.g. KH-UBND", None))
        self.issue_date_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Date:", None))
        self.status_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Status:", None))
        self.summary_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Summary:", None))
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("IssuedDocumentDialog", u"e.g. V\u1ec1 vi\u1ec7c ki\u1ec7n to\u00e0n Ban Ch\u1ec9 \u0111\u1ea1o ISO", None))
        self.signer_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Signed by:", None))
        self.signer_title_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Signer's title:", None))
        self.signer_title_edit.setPlaceholderText(QCoreApplication.translate("IssuedDocumentDialog", u"e.g. Ch\u1ee7 t\u1ecbch", None))
        self.purpose_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Evidence of:", None))
        self.year_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Reporting year:", None))
        self.notes_label.setText(QCoreApplication.translate("IssuedDocumentDialog", u"Notes:", None))
    # retranslateUi

