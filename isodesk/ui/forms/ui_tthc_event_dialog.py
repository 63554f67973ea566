# GENERATED from forms/tthc_event_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tthc_event_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_TthcEventDialog(object):
    def setupUi(self, TthcEventDialog):
        if not TthcEventDialog.objectName():
            TthcEventDialog.setObjectName(u"TthcEventDialog")
        TthcEventDialog.resize(640, 440)
        self.main_layout = QVBoxLayout(TthcEventDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.targets_label = QLabel(TthcEventDialog)
        self.targets_label.setObjectName(u"targets_label")
        self.targets_label.setWordWrap(True)

        self.main_layout.addWidget(self.targets_label)

        self.targets_list = QListWidget(TthcEventDialog)
        self.targets_list.setObjectName(u"targets_list")
        self.targets_list.setMaximumSize(QSize(16777215, 110))
        self.targets_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.targets_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.targets_list.setWordWrap(True)

        self.main_layout.addWidget(self.targets_list)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(TthcEventDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(TthcEventDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.date_label = QLabel(TthcEventDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = DateEdit(TthcEventDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.decision_ref_label = QLabel(TthcEventDialog)
        self.decision_ref_label.setObjectName(u"decision_ref_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decision_ref_label)

        self.decision_ref_edit = QLineEdit(TthcEventDialog)
        self.decision_ref_edit.setObjectName(u"decision_ref_edit")
        self.decision_ref_edit.setMaxLength(80)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decision_ref_edit)

        self.decision_date_label = QLabel(TthcEventDialog)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date_edit = DateEdit(TthcEventDialog)
        self.decision_date_edit.setObjectName(u"decision_date_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_date_edit)

        self.new_name_label = QLabel(TthcEventDialog)
        self.new_name_label.setObjectName(u"new_name_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.new_name_label)

        self.new_name_edit = QLineEdit(TthcEventDialog)
        self.new_name_edit.setObjectName(u"new_name_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.new_name_edit)

        self.note_label = QLabel(TthcEventDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(TthcEventDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(TthcEventDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.error_label = QLabel(TthcEventDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(TthcEventDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.date_label.setBuddy(self.date_edit)
        self.decision_ref_label.setBuddy(self.decision_ref_edit)
        self.decision_date_label.setBuddy(self.decision_date_edit)
        self.new_name_label.setBuddy(self.new_name_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TthcEventDialog)

        QMetaObject.connectSlotsByName(TthcEventDialog)
    # setupUi

    def retranslateUi(self, TthcEventDialog):
        TthcEventDialog.setWindowTitle(QCoreApplication.translate("TthcEventDialog", u"Record a change of TTHC", None))
        self.targets_label.setText("")
        self.kind_label.setText(QCoreApplication.translate("TthcEventDialog", u"Change:", None))
        self.date_label.setText(QCoreApplication.translate("TthcEventDialog", u"Applies from:", None))
        self.decision_ref_label.setText(QCoreApplication.translate("TthcEventDialog", u"Province's decision:", None))
        self.decision_ref_edit.setPlaceholderText(QCoreApplication.translate("TthcEventDialog", u"e.g. 1295/Q\u0110-UBND", None))
        self.decision_date_label.setText(QCoreApplication.translate("TthcEventDialog", u"Decision dated:", None))
        self.new_name_label.setText(QCoreApplication.translate("TthcEventDialog", u"New name:", None))
        self.new_name_edit.setPlaceholderText(QCoreApplication.translate("TthcEventDialog", u"only if the decision renamed the procedure", None))
        self.note_label.setText(QCoreApplication.translate("TthcEventDialog", u"Note:", None))
        self.hint_label.setText(QCoreApplication.translate("TthcEventDialog", u"A change of the TTHC changes the scope of the QMS: remember to re-announce it (c\u00f4ng b\u1ed1 l\u1ea1i) and to review the procedure.", None))
        self.error_label.setText("")
    # retranslateUi

