# GENERATED from forms/records_print_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_print_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecordsPrintDialog(object):
    def setupUi(self, RecordsPrintDialog):
        if not RecordsPrintDialog.objectName():
            RecordsPrintDialog.setObjectName(u"RecordsPrintDialog")
        RecordsPrintDialog.resize(620, 170)
        self.main_layout = QVBoxLayout(RecordsPrintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.year_label = QLabel(RecordsPrintDialog)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_combo = QComboBox(RecordsPrintDialog)
        self.year_combo.setObjectName(u"year_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.year_combo.sizePolicy().hasHeightForWidth())
        self.year_combo.setSizePolicy(sizePolicy)
        self.year_combo.setMinimumContentsLength(6)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_combo)

        self.decision_label = QLabel(RecordsPrintDialog)
        self.decision_label.setObjectName(u"decision_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision_combo = QComboBox(RecordsPrintDialog)
        self.decision_combo.setObjectName(u"decision_combo")
        self.decision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.decision_combo.setMinimumContentsLength(40)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decision_combo)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(RecordsPrintDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.bottom_spacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RecordsPrintDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_combo)
        self.decision_label.setBuddy(self.decision_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordsPrintDialog)

        QMetaObject.connectSlotsByName(RecordsPrintDialog)
    # setupUi

    def retranslateUi(self, RecordsPrintDialog):
        RecordsPrintDialog.setWindowTitle(QCoreApplication.translate("RecordsPrintDialog", u"Print the records list", None))
        self.year_label.setText(QCoreApplication.translate("RecordsPrintDialog", u"&Year:", None))
        self.decision_label.setText(QCoreApplication.translate("RecordsPrintDialog", u"Attached to &decision:", None))
#if QT_CONFIG(tooltip)
        self.decision_combo.setToolTip(QCoreApplication.translate("RecordsPrintDialog", u"Issued decisions of the register; register the decision there first if it is missing", None))
#endif // QT_CONFIG(tooltip)
        self.hint_label.setText(QCoreApplication.translate("RecordsPrintDialog", u"The list is printed \u201cK\u00e8m theo Quy\u1ebft \u0111\u1ecbnh s\u1ed1 \u2026\u201d with the number and date of the decision chosen. Without one, that line is left blank to be filled in by hand.", None))
    # retranslateUi

