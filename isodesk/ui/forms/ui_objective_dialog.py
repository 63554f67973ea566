# GENERATED from forms/objective_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'objective_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ObjectiveDialog(object):
    def setupUi(self, ObjectiveDialog):
        if not ObjectiveDialog.objectName():
            ObjectiveDialog.setObjectName(u"ObjectiveDialog")
        ObjectiveDialog.resize(1000, 640)
        self.main_layout = QVBoxLayout(ObjectiveDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_label = QLabel(ObjectiveDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(ObjectiveDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.level_label = QLabel(ObjectiveDialog)
        self.level_label.setObjectName(u"level_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level_layout = QHBoxLayout()
        self.level_layout.setObjectName(u"level_layout")
        self.level_combo = QComboBox(ObjectiveDialog)
        self.level_combo.setObjectName(u"level_combo")

        self.level_layout.addWidget(self.level_combo)

        self.department_combo = QComboBox(ObjectiveDialog)
        self.department_combo.setObjectName(u"department_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.department_combo.sizePolicy().hasHeightForWidth())
        self.department_combo.setSizePolicy(sizePolicy)

        self.level_layout.addWidget(self.department_combo)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.level_layout)

        self.target_label = QLabel(ObjectiveDialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_layout = QHBoxLayout()
        self.target_layout.setObjectName(u"target_layout")
        self.comparator_combo = QComboBox(ObjectiveDialog)
        self.comparator_combo.setObjectName(u"comparator_combo")

        self.target_layout.addWidget(self.comparator_combo)

        self.target_edit = QLineEdit(ObjectiveDialog)
        self.target_edit.setObjectName(u"target_edit")
        self.target_edit.setMaximumSize(QSize(90, 16777215))

        self.target_layout.addWidget(self.target_edit)

        self.unit_combo = QComboBox(ObjectiveDialog)
        self.unit_combo.setObjectName(u"unit_combo")
        self.unit_combo.setEditable(True)
        self.unit_combo.setMinimumContentsLength(8)

        self.target_layout.addWidget(self.unit_combo)

        self.indicator_edit = QLineEdit(ObjectiveDialog)
        self.indicator_edit.setObjectName(u"indicator_edit")
        sizePolicy.setHeightForWidth(self.indicator_edit.sizePolicy().hasHeightForWidth())
        self.indicator_edit.setSizePolicy(sizePolicy)

        self.target_layout.addWidget(self.indicator_edit)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.target_layout)

        self.method_label = QLabel(ObjectiveDialog)
        self.method_label.setObjectName(u"method_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_edit = QLineEdit(ObjectiveDialog)
        self.method_edit.setObjectName(u"method_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.method_edit)

        self.frequency_label = QLabel(ObjectiveDialog)
        self.frequency_label.setObjectName(u"frequency_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.frequency_label)

        self.frequency_layout = QHBoxLayout()
        self.frequency_layout.setObjectName(u"frequency_layout")
        self.frequency_combo = QComboBox(ObjectiveDialog)
        self.frequency_combo.setObjectName(u"frequency_combo")

        self.frequency_layout.addWidget(self.frequency_combo)

        self.figure_label = QLabel(ObjectiveDialog)
        self.figure_label.setObjectName(u"figure_label")

        self.frequency_layout.addWidget(self.figure_label)

        self.figure_combo = QComboBox(ObjectiveDialog)
        self.figure_combo.setObjectName(u"figure_combo")
        sizePolicy.setHeightForWidth(self.figure_combo.sizePolicy().hasHeightForWidth())
        self.figure_combo.setSizePolicy(sizePolicy)

        self.frequency_layout.addWidget(self.figure_combo)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.frequency_layout)


        self.main_layout.addLayout(self.form_layout)

        self.plan_label = QLabel(ObjectiveDialog)
        self.plan_label.setObjectName(u"plan_label")

        self.main_layout.addWidget(self.plan_label)

        self.plan_table = QTableWidget(ObjectiveDialog)
        self.plan_table.setObjectName(u"plan_table")
        self.plan_table.setColumnCount(4)
        self.plan_table.setAlternatingRowColors(True)
        self.plan_table.setWordWrap(True)
        self.plan_table.horizontalHeader().setStretchLastSection(True)
        self.plan_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.plan_table)

        self.plan_buttons_layout = QHBoxLayout()
        self.plan_buttons_layout.setObjectName(u"plan_buttons_layout")
        self.add_plan_button = QPushButton(ObjectiveDialog)
        self.add_plan_button.setObjectName(u"add_plan_button")

        self.plan_buttons_layout.addWidget(self.add_plan_button)

        self.remove_plan_button = QPushButton(ObjectiveDialog)
        self.remove_plan_button.setObjectName(u"remove_plan_button")

        self.plan_buttons_layout.addWidget(self.remove_plan_button)

        self.plan_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plan_buttons_layout.addItem(self.plan_spacer)


        self.main_layout.addLayout(self.plan_buttons_layout)

        self.error_label = QLabel(ObjectiveDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ObjectiveDialog)
        self.button_box.setObjectName(u"button_box")

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.level_label.setBuddy(self.level_combo)
        self.target_label.setBuddy(self.comparator_combo)
        self.method_label.setBuddy(self.method_edit)
        self.frequency_label.setBuddy(self.frequency_combo)
        self.figure_label.setBuddy(self.figure_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ObjectiveDialog)

        QMetaObject.connectSlotsByName(ObjectiveDialog)
    # setupUi

    def retranslateUi(self, ObjectiveDialog):
        ObjectiveDialog.setWindowTitle(QCoreApplication.translate("ObjectiveDialog", u"Quality objective", None))
        self.title_label.setText(QCoreApplication.translate("ObjectiveDialog", u"Quality objective:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("ObjectiveDialog", u"What the agency wants to achieve (e.g. \u201cGi\u1ea3i quy\u1ebft h\u1ed3 s\u01a1 TTHC \u0111\u00fang h\u1ea1n\u201d)", None))
        self.level_label.setText(QCoreApplication.translate("ObjectiveDialog", u"Level:", None))
        self.target_label.setText(QCoreApplication.translate("ObjectiveDialog", u"Target:", None))
        self.target_edit.setPlaceholderText(QCoreApplication.translate("ObjectiveDialog", u"98", None))
        self.indicator_edit.setPlaceholderText(QCoreApplication.translate("ObjectiveDialog", u"what is counted (e.g. \u201ch\u1ed3 s\u01a1 TTHC gi\u1ea3i quy\u1ebft \u0111\u00fang h\u1ea1n\u201d)", None))
        self.method_label.setText(QCoreApplication.translate("ObjectiveDialog", u"Measurement method:", None))
        self.method_edit.setPlaceholderText(QCoreApplication.translate("ObjectiveDialog", u"How and from what the result is measured", None))
        self.frequency_label.setText(QCoreApplication.translate("ObjectiveDialog", u"Measured:", None))
        self.figure_label.setText(QCoreApplication.translate("ObjectiveDialog", u"Result from isodesk figure:", None))
#if QT_CONFIG(tooltip)
        self.figure_combo.setToolTip(QCoreApplication.translate("ObjectiveDialog", u"When isodesk computes this figure (e.g. the on-time rate of TTHC files), the year's result fills itself", None))
#endif // QT_CONFIG(tooltip)
        self.plan_label.setText(QCoreApplication.translate("ObjectiveDialog", u"Implementation plan (clause 6.2.2):", None))
        self.add_plan_button.setText(QCoreApplication.translate("ObjectiveDialog", u"Add measure", None))
        self.remove_plan_button.setText(QCoreApplication.translate("ObjectiveDialog", u"Remove measure", None))
        self.error_label.setText("")
    # retranslateUi

