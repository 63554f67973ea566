# GENERATED from forms/risk_evaluation_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_evaluation_dialog.ui'
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

class Ui_RiskEvaluationDialog(object):
    def setupUi(self, RiskEvaluationDialog):
        if not RiskEvaluationDialog.objectName():
            RiskEvaluationDialog.setObjectName(u"RiskEvaluationDialog")
        RiskEvaluationDialog.resize(560, 340)
        self.main_layout = QVBoxLayout(RiskEvaluationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.entry_label = QLabel(RiskEvaluationDialog)
        self.entry_label.setObjectName(u"entry_label")
        self.entry_label.setWordWrap(True)

        self.main_layout.addWidget(self.entry_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.result_label = QLabel(RiskEvaluationDialog)
        self.result_label.setObjectName(u"result_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.result_label)

        self.result_combo = QComboBox(RiskEvaluationDialog)
        self.result_combo.setObjectName(u"result_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.result_combo)

        self.observed_label = QLabel(RiskEvaluationDialog)
        self.observed_label.setObjectName(u"observed_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.observed_label)

        self.observed_edit = QPlainTextEdit(RiskEvaluationDialog)
        self.observed_edit.setObjectName(u"observed_edit")
        self.observed_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.observed_edit)

        self.evaluated_by_label = QLabel(RiskEvaluationDialog)
        self.evaluated_by_label.setObjectName(u"evaluated_by_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evaluated_by_label)

        self.evaluated_by_edit = QLineEdit(RiskEvaluationDialog)
        self.evaluated_by_edit.setObjectName(u"evaluated_by_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evaluated_by_edit)

        self.evaluated_on_label = QLabel(RiskEvaluationDialog)
        self.evaluated_on_label.setObjectName(u"evaluated_on_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.evaluated_on_label)

        self.evaluated_on_edit = DateEdit(RiskEvaluationDialog)
        self.evaluated_on_edit.setObjectName(u"evaluated_on_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.evaluated_on_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RiskEvaluationDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RiskEvaluationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.result_label.setBuddy(self.result_combo)
        self.observed_label.setBuddy(self.observed_edit)
        self.evaluated_by_label.setBuddy(self.evaluated_by_edit)
        self.evaluated_on_label.setBuddy(self.evaluated_on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskEvaluationDialog)

        QMetaObject.connectSlotsByName(RiskEvaluationDialog)
    # setupUi

    def retranslateUi(self, RiskEvaluationDialog):
        RiskEvaluationDialog.setWindowTitle(QCoreApplication.translate("RiskEvaluationDialog", u"Effectiveness evaluation", None))
        self.result_label.setText(QCoreApplication.translate("RiskEvaluationDialog", u"Result:", None))
        self.observed_label.setText(QCoreApplication.translate("RiskEvaluationDialog", u"What was observed:", None))
        self.evaluated_by_label.setText(QCoreApplication.translate("RiskEvaluationDialog", u"Evaluated by:", None))
        self.evaluated_on_label.setText(QCoreApplication.translate("RiskEvaluationDialog", u"Evaluated on:", None))
    # retranslateUi

