# GENERATED from forms/quality_policy_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quality_policy_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_QualityPolicyDialog(object):
    def setupUi(self, QualityPolicyDialog):
        if not QualityPolicyDialog.objectName():
            QualityPolicyDialog.setObjectName(u"QualityPolicyDialog")
        QualityPolicyDialog.resize(720, 400)
        self.main_layout = QVBoxLayout(QualityPolicyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.valid_from_label = QLabel(QualityPolicyDialog)
        self.valid_from_label.setObjectName(u"valid_from_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.valid_from_label)

        self.valid_from_spin = QSpinBox(QualityPolicyDialog)
        self.valid_from_spin.setObjectName(u"valid_from_spin")
        self.valid_from_spin.setMinimum(2000)
        self.valid_from_spin.setMaximum(2100)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.valid_from_spin)

        self.text_label = QLabel(QualityPolicyDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QPlainTextEdit(QualityPolicyDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_edit)

        self.decision_label = QLabel(QualityPolicyDialog)
        self.decision_label.setObjectName(u"decision_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision_combo = QComboBox(QualityPolicyDialog)
        self.decision_combo.setObjectName(u"decision_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decision_combo)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(QualityPolicyDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(QualityPolicyDialog)
        self.button_box.setObjectName(u"button_box")

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.valid_from_label.setBuddy(self.valid_from_spin)
        self.text_label.setBuddy(self.text_edit)
        self.decision_label.setBuddy(self.decision_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QualityPolicyDialog)

        QMetaObject.connectSlotsByName(QualityPolicyDialog)
    # setupUi

    def retranslateUi(self, QualityPolicyDialog):
        QualityPolicyDialog.setWindowTitle(QCoreApplication.translate("QualityPolicyDialog", u"Quality policy", None))
        self.valid_from_label.setText(QCoreApplication.translate("QualityPolicyDialog", u"In force from the year:", None))
        self.text_label.setText(QCoreApplication.translate("QualityPolicyDialog", u"Policy text:", None))
        self.decision_label.setText(QCoreApplication.translate("QualityPolicyDialog", u"Issued by:", None))
        self.error_label.setText("")
    # retranslateUi

