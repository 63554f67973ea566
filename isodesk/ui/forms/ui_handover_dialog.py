# GENERATED from forms/handover_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(760, 620)
        self.main_layout = QVBoxLayout(HandoverDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(HandoverDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outgoing_name_label = QLabel(HandoverDialog)
        self.outgoing_name_label.setObjectName(u"outgoing_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outgoing_name_label)

        self.outgoing_name_edit = QLineEdit(HandoverDialog)
        self.outgoing_name_edit.setObjectName(u"outgoing_name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outgoing_name_edit)

        self.outgoing_title_label = QLabel(HandoverDialog)
        self.outgoing_title_label.setObjectName(u"outgoing_title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outgoing_title_label)

        self.outgoing_title_edit = QLineEdit(HandoverDialog)
        self.outgoing_title_edit.setObjectName(u"outgoing_title_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outgoing_title_edit)

        self.incoming_name_label = QLabel(HandoverDialog)
        self.incoming_name_label.setObjectName(u"incoming_name_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.incoming_name_label)

        self.incoming_name_combo = QComboBox(HandoverDialog)
        self.incoming_name_combo.setObjectName(u"incoming_name_combo")
        self.incoming_name_combo.setEditable(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.incoming_name_combo)

        self.incoming_title_label = QLabel(HandoverDialog)
        self.incoming_title_label.setObjectName(u"incoming_title_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.incoming_title_label)

        self.incoming_title_edit = QLineEdit(HandoverDialog)
        self.incoming_title_edit.setObjectName(u"incoming_title_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.incoming_title_edit)

        self.head_name_label = QLabel(HandoverDialog)
        self.head_name_label.setObjectName(u"head_name_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.head_name_label)

        self.head_name_combo = QComboBox(HandoverDialog)
        self.head_name_combo.setObjectName(u"head_name_combo")
        self.head_name_combo.setEditable(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.head_name_combo)

        self.head_title_label = QLabel(HandoverDialog)
        self.head_title_label.setObjectName(u"head_title_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.head_title_label)

        self.head_title_edit = QLineEdit(HandoverDialog)
        self.head_title_edit.setObjectName(u"head_title_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.head_title_edit)

        self.handed_on_label = QLabel(HandoverDialog)
        self.handed_on_label.setObjectName(u"handed_on_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.handed_on_label)

        self.handed_on_edit = DateEdit(HandoverDialog)
        self.handed_on_edit.setObjectName(u"handed_on_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.handed_on_edit)

        self.target_label = QLabel(HandoverDialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_layout = QHBoxLayout()
        self.target_layout.setObjectName(u"target_layout")
        self.target_edit = QLineEdit(HandoverDialog)
        self.target_edit.setObjectName(u"target_edit")

        self.target_layout.addWidget(self.target_edit)

        self.browse_button = QPushButton(HandoverDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.target_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.target_layout)


        self.main_layout.addLayout(self.form_layout)

        self.summary_label = QLabel(HandoverDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.error_label = QLabel(HandoverDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(HandoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.outgoing_name_label.setBuddy(self.outgoing_name_edit)
        self.outgoing_title_label.setBuddy(self.outgoing_title_edit)
        self.incoming_name_label.setBuddy(self.incoming_name_combo)
        self.incoming_title_label.setBuddy(self.incoming_title_edit)
        self.head_name_label.setBuddy(self.head_name_combo)
        self.head_title_label.setBuddy(self.head_title_edit)
        self.handed_on_label.setBuddy(self.handed_on_edit)
        self.target_label.setBuddy(self.target_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoverDialog)

        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Hand over to a new ISO secretary", None))
        self.intro_label.setText(QCoreApplication.translate("HandoverDialog", u"isodesk writes one handover file holding the whole register (a copy of the data, every attached file and a SHA-256 check of each) and the handover minutes to print and sign. On the new PC, the new secretary opens the file from the first page of the setup wizard; every file is checked before anything is received.", None))
        self.outgoing_name_label.setText(QCoreApplication.translate("HandoverDialog", u"Hands over (current ISO secretary): *", None))
        self.outgoing_title_label.setText(QCoreApplication.translate("HandoverDialog", u"Position:", None))
        self.incoming_name_label.setText(QCoreApplication.translate("HandoverDialog", u"Receives (new ISO secretary): *", None))
        self.incoming_title_label.setText(QCoreApplication.translate("HandoverDialog", u"Position:", None))
        self.head_name_label.setText(QCoreApplication.translate("HandoverDialog", u"Confirmed by (head of the agency): *", None))
        self.head_title_label.setText(QCoreApplication.translate("HandoverDialog", u"Position:", None))
        self.handed_on_label.setText(QCoreApplication.translate("HandoverDialog", u"Date of handover:", None))
        self.target_label.setText(QCoreApplication.translate("HandoverDialog", u"Handover file: *", None))
        self.browse_button.setText(QCoreApplication.translate("HandoverDialog", u"Choose\u2026", None))
        self.summary_label.setText("")
        self.error_label.setText("")
    # retranslateUi

