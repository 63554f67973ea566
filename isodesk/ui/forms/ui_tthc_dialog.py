# GENERATED from forms/tthc_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tthc_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_TthcDialog(object):
    def setupUi(self, TthcDialog):
        if not TthcDialog.objectName():
            TthcDialog.setObjectName(u"TthcDialog")
        TthcDialog.resize(980, 560)
        self.main_layout = QVBoxLayout(TthcDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(16)
        self.columns_layout.setObjectName(u"columns_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code_label = QLabel(TthcDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(TthcDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.name_label = QLabel(TthcDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QPlainTextEdit(TthcDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaximumSize(QSize(16777215, 64))
        self.name_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.field_label = QLabel(TthcDialog)
        self.field_label.setObjectName(u"field_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.field_label)

        self.field_combo = QComboBox(TthcDialog)
        self.field_combo.setObjectName(u"field_combo")
        self.field_combo.setEditable(True)
        self.field_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.field_combo)

        self.level_label = QLabel(TthcDialog)
        self.level_label.setObjectName(u"level_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level_combo = QComboBox(TthcDialog)
        self.level_combo.setObjectName(u"level_combo")
        self.level_combo.setEditable(True)
        self.level_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.level_combo)

        self.decision_ref_label = QLabel(TthcDialog)
        self.decision_ref_label.setObjectName(u"decision_ref_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decision_ref_label)

        self.decision_ref_edit = QLineEdit(TthcDialog)
        self.decision_ref_edit.setObjectName(u"decision_ref_edit")
        self.decision_ref_edit.setMaxLength(80)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decision_ref_edit)

        self.decision_date_label = QLabel(TthcDialog)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date_edit = DateEdit(TthcDialog)
        self.decision_date_edit.setObjectName(u"decision_date_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decision_date_edit)

        self.added_on_label = QLabel(TthcDialog)
        self.added_on_label.setObjectName(u"added_on_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.added_on_label)

        self.added_on_edit = DateEdit(TthcDialog)
        self.added_on_edit.setObjectName(u"added_on_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.added_on_edit)

        self.procedure_label = QLabel(TthcDialog)
        self.procedure_label.setObjectName(u"procedure_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.procedure_label)

        self.procedure_combo = QComboBox(TthcDialog)
        self.procedure_combo.setObjectName(u"procedure_combo")
        self.procedure_combo.setEditable(True)
        self.procedure_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.procedure_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.procedure_combo.setMinimumContentsLength(30)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.procedure_combo)

        self.notes_label = QLabel(TthcDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(TthcDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 60))
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.columns_layout.addLayout(self.form_layout)

        self.history_layout = QVBoxLayout()
        self.history_layout.setObjectName(u"history_layout")
        self.status_label = QLabel(TthcDialog)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)
        self.status_label.setWordWrap(True)

        self.history_layout.addWidget(self.status_label)

        self.history_label = QLabel(TthcDialog)
        self.history_label.setObjectName(u"history_label")

        self.history_layout.addWidget(self.history_label)

        self.events_tree = QTreeWidget(TthcDialog)
        self.events_tree.setObjectName(u"events_tree")
        self.events_tree.setRootIsDecorated(False)
        self.events_tree.setWordWrap(True)
        self.events_tree.setUniformRowHeights(False)

        self.history_layout.addWidget(self.events_tree)


        self.columns_layout.addLayout(self.history_layout)

        self.columns_layout.setStretch(0, 3)
        self.columns_layout.setStretch(1, 2)

        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(TthcDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(TthcDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.name_label.setBuddy(self.name_edit)
        self.field_label.setBuddy(self.field_combo)
        self.level_label.setBuddy(self.level_combo)
        self.decision_ref_label.setBuddy(self.decision_ref_edit)
        self.decision_date_label.setBuddy(self.decision_date_edit)
        self.added_on_label.setBuddy(self.added_on_edit)
        self.procedure_label.setBuddy(self.procedure_combo)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TthcDialog)

        QMetaObject.connectSlotsByName(TthcDialog)
    # setupUi

    def retranslateUi(self, TthcDialog):
        TthcDialog.setWindowTitle(QCoreApplication.translate("TthcDialog", u"Administrative procedure", None))
        self.code_label.setText(QCoreApplication.translate("TthcDialog", u"TTHC code:", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("TthcDialog", u"as on the national database, e.g. 1.001193.000.00.00.H12", None))
        self.name_label.setText(QCoreApplication.translate("TthcDialog", u"Name:", None))
        self.field_label.setText(QCoreApplication.translate("TthcDialog", u"Field:", None))
        self.level_label.setText(QCoreApplication.translate("TthcDialog", u"Level:", None))
        self.decision_ref_label.setText(QCoreApplication.translate("TthcDialog", u"Announcing decision:", None))
        self.decision_ref_edit.setPlaceholderText(QCoreApplication.translate("TthcDialog", u"number of the province's decision, e.g. 1295/Q\u0110-UBND", None))
        self.decision_date_label.setText(QCoreApplication.translate("TthcDialog", u"Decision dated:", None))
        self.added_on_label.setText(QCoreApplication.translate("TthcDialog", u"In the scope from:", None))
#if QT_CONFIG(tooltip)
        self.added_on_edit.setToolTip(QCoreApplication.translate("TthcDialog", u"Leave empty to use the date of the decision", None))
#endif // QT_CONFIG(tooltip)
        self.procedure_label.setText(QCoreApplication.translate("TthcDialog", u"Handling procedure:", None))
        self.notes_label.setText(QCoreApplication.translate("TthcDialog", u"Notes:", None))
        self.status_label.setText("")
        self.history_label.setText(QCoreApplication.translate("TthcDialog", u"Changes recorded:", None))
        ___qtreewidgetitem = self.events_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TthcDialog", u"Decision", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TthcDialog", u"Change", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TthcDialog", u"Date", None))
        self.error_label.setText("")
    # retranslateUi

