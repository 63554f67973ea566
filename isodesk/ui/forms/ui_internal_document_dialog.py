# GENERATED from forms/internal_document_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'internal_document_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_InternalDocumentDialog(object):
    def setupUi(self, InternalDocumentDialog):
        if not InternalDocumentDialog.objectName():
            InternalDocumentDialog.setObjectName(u"InternalDocumentDialog")
        InternalDocumentDialog.resize(560, 460)
        self.main_layout = QVBoxLayout(InternalDocumentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code_label = QLabel(InternalDocumentDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(InternalDocumentDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setPlaceholderText(u"QT.01")
        self.code_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.title_label = QLabel(InternalDocumentDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(InternalDocumentDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(500)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.kind_label = QLabel(InternalDocumentDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(InternalDocumentDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.procedure_label = QLabel(InternalDocumentDialog)
        self.procedure_label.setObjectName(u"procedure_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.procedure_label)

        self.procedure_combo = QComboBox(InternalDocumentDialog)
        self.procedure_combo.setObjectName(u"procedure_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.procedure_combo)

        self.department_label = QLabel(InternalDocumentDialog)
        self.department_label.setObjectName(u"department_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_combo = QComboBox(InternalDocumentDialog)
        self.department_combo.setObjectName(u"department_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.department_combo)

        self.interval_label = QLabel(InternalDocumentDialog)
        self.interval_label.setObjectName(u"interval_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.interval_label)

        self.interval_spin = QSpinBox(InternalDocumentDialog)
        self.interval_spin.setObjectName(u"interval_spin")
        self.interval_spin.setMinimum(1)
        self.interval_spin.setMaximum(60)
        self.interval_spin.setValue(12)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.interval_spin)

        self.notes_label = QLabel(InternalDocumentDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(InternalDocumentDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 70))

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.first_revision_group = QGroupBox(InternalDocumentDialog)
        self.first_revision_group.setObjectName(u"first_revision_group")
        self.first_revision_layout = QFormLayout(self.first_revision_group)
        self.first_revision_layout.setObjectName(u"first_revision_layout")
        self.drafter_label = QLabel(self.first_revision_group)
        self.drafter_label.setObjectName(u"drafter_label")

        self.first_revision_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.drafter_label)

        self.drafter_combo = QComboBox(self.first_revision_group)
        self.drafter_combo.setObjectName(u"drafter_combo")

        self.first_revision_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.drafter_combo)

        self.reviewer_label = QLabel(self.first_revision_group)
        self.reviewer_label.setObjectName(u"reviewer_label")

        self.first_revision_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewer_label)

        self.reviewer_combo = QComboBox(self.first_revision_group)
        self.reviewer_combo.setObjectName(u"reviewer_combo")

        self.first_revision_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewer_combo)


        self.main_layout.addWidget(self.first_revision_group)

        self.error_label = QLabel(InternalDocumentDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b3261e;")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(InternalDocumentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.title_label.setBuddy(self.title_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.procedure_label.setBuddy(self.procedure_combo)
        self.department_label.setBuddy(self.department_combo)
        self.interval_label.setBuddy(self.interval_spin)
        self.notes_label.setBuddy(self.notes_edit)
        self.drafter_label.setBuddy(self.drafter_combo)
        self.reviewer_label.setBuddy(self.reviewer_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InternalDocumentDialog)

        QMetaObject.connectSlotsByName(InternalDocumentDialog)
    # setupUi

    def retranslateUi(self, InternalDocumentDialog):
        InternalDocumentDialog.setWindowTitle(QCoreApplication.translate("InternalDocumentDialog", u"Internal document", None))
        self.code_label.setText(QCoreApplication.translate("InternalDocumentDialog", u"Code: *", None))
        self.title_label.setText(QCoreApplication.translate("InternalDocumentDialog", u"Title: *", None))
        self.kind_label.setText(QCoreApplication.translate("InternalDocumentDialog", u"Kind: *", None))
        self.procedure_label.setText(QCoreApplication.translate("InternalDocumentDialog", u"Mandatory procedure:", None))
#if QT_CONFIG(tooltip)
        self.procedure_combo.setToolTip(QCoreApplication.translate("InternalDocumentDialog", u"Which of the five system procedures of the framework model this is", None))
#endif // QT_CONFIG(tooltip)
        self.department_label.setText(QCoreApplication.translate("InternalDocumentDialog", u"Lead department:", None))
        self.interval_label.setText(QCoreApplication.translate("InternalDocumentDialog", u"Review every:", None))
        self.interval_spin.setSuffix(QCoreApplication.translate("InternalDocumentDialog", u" months", None))
        self.notes_label.setText(QCoreApplication.translate("InternalDocumentDialog", u"Notes:", None))
        self.first_revision_group.setTitle(QCoreApplication.translate("InternalDocumentDialog", u"First revision (draft)", None))
        self.drafter_label.setText(QCoreApplication.translate("InternalDocumentDialog", u"Drafted by:", None))
        self.reviewer_label.setText(QCoreApplication.translate("InternalDocumentDialog", u"Checked by:", None))
        self.error_label.setText("")
    # retranslateUi

