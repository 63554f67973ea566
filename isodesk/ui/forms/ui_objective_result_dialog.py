# GENERATED from forms/objective_result_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'objective_result_dialog.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_ObjectiveResultDialog(object):
    def setupUi(self, ObjectiveResultDialog):
        if not ObjectiveResultDialog.objectName():
            ObjectiveResultDialog.setObjectName(u"ObjectiveResultDialog")
        ObjectiveResultDialog.resize(620, 360)
        self.main_layout = QVBoxLayout(ObjectiveResultDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.objective_label = QLabel(ObjectiveResultDialog)
        self.objective_label.setObjectName(u"objective_label")
        self.objective_label.setWordWrap(True)

        self.main_layout.addWidget(self.objective_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.period_label = QLabel(ObjectiveResultDialog)
        self.period_label.setObjectName(u"period_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_combo = QComboBox(ObjectiveResultDialog)
        self.period_combo.setObjectName(u"period_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.period_combo)

        self.value_label = QLabel(ObjectiveResultDialog)
        self.value_label.setObjectName(u"value_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.value_label)

        self.value_layout = QHBoxLayout()
        self.value_layout.setObjectName(u"value_layout")
        self.value_edit = QLineEdit(ObjectiveResultDialog)
        self.value_edit.setObjectName(u"value_edit")
        self.value_edit.setMaximumSize(QSize(110, 16777215))

        self.value_layout.addWidget(self.value_edit)

        self.unit_label = QLabel(ObjectiveResultDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.value_layout.addWidget(self.unit_label)

        self.achievement_label = QLabel(ObjectiveResultDialog)
        self.achievement_label.setObjectName(u"achievement_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.achievement_label.sizePolicy().hasHeightForWidth())
        self.achievement_label.setSizePolicy(sizePolicy)

        self.value_layout.addWidget(self.achievement_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.value_layout)

        self.evidence_label = QLabel(ObjectiveResultDialog)
        self.evidence_label.setObjectName(u"evidence_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidence_label)

        self.evidence_edit = QLineEdit(ObjectiveResultDialog)
        self.evidence_edit.setObjectName(u"evidence_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evidence_edit)

        self.measured_by_label = QLabel(ObjectiveResultDialog)
        self.measured_by_label.setObjectName(u"measured_by_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.measured_by_label)

        self.measured_by_combo = QComboBox(ObjectiveResultDialog)
        self.measured_by_combo.setObjectName(u"measured_by_combo")
        self.measured_by_combo.setEditable(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.measured_by_combo)

        self.measured_on_label = QLabel(ObjectiveResultDialog)
        self.measured_on_label.setObjectName(u"measured_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.measured_on_label)

        self.measured_on_edit = DateEdit(ObjectiveResultDialog)
        self.measured_on_edit.setObjectName(u"measured_on_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.measured_on_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ObjectiveResultDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ObjectiveResultDialog)
        self.button_box.setObjectName(u"button_box")

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_combo)
        self.value_label.setBuddy(self.value_edit)
        self.evidence_label.setBuddy(self.evidence_edit)
        self.measured_by_label.setBuddy(self.measured_by_combo)
        self.measured_on_label.setBuddy(self.measured_on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ObjectiveResultDialog)

        QMetaObject.connectSlotsByName(ObjectiveResultDialog)
    # setupUi

    def retranslateUi(self, ObjectiveResultDialog):
        ObjectiveResultDialog.setWindowTitle(QCoreApplication.translate("ObjectiveResultDialog", u"Result of a quality objective", None))
        self.objective_label.setText("")
        self.period_label.setText(QCoreApplication.translate("ObjectiveResultDialog", u"Period:", None))
        self.value_label.setText(QCoreApplication.translate("ObjectiveResultDialog", u"Measured value:", None))
        self.unit_label.setText("")
        self.achievement_label.setText("")
        self.evidence_label.setText(QCoreApplication.translate("ObjectiveResultDialog", u"Evidence:", None))
        self.evidence_edit.setPlaceholderText(QCoreApplication.translate("ObjectiveResultDialog", u"Report, statistics or record that shows the result", None))
        self.measured_by_label.setText(QCoreApplication.translate("ObjectiveResultDialog", u"Measured by:", None))
        self.measured_on_label.setText(QCoreApplication.translate("ObjectiveResultDialog", u"Measured on:", None))
        self.error_label.setText("")
    # retranslateUi

