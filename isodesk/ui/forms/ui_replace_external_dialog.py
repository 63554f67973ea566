# GENERATED from forms/replace_external_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'replace_external_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_ReplaceExternalDialog(object):
    def setupUi(self, ReplaceExternalDialog):
        if not ReplaceExternalDialog.objectName():
            ReplaceExternalDialog.setObjectName(u"ReplaceExternalDialog")
        ReplaceExternalDialog.resize(640, 330)
        self.main_layout = QVBoxLayout(ReplaceExternalDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.document_label = QLabel(ReplaceExternalDialog)
        self.document_label.setObjectName(u"document_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.document_label.sizePolicy().hasHeightForWidth())
        self.document_label.setSizePolicy(sizePolicy)
        self.document_label.setWordWrap(True)

        self.main_layout.addWidget(self.document_label)

        self.pages = QStackedWidget(ReplaceExternalDialog)
        self.pages.setObjectName(u"pages")
        self.mark_page = QWidget()
        self.mark_page.setObjectName(u"mark_page")
        self.mark_layout = QVBoxLayout(self.mark_page)
        self.mark_layout.setObjectName(u"mark_layout")
        self.mark_layout.setContentsMargins(0, -1, 0, -1)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status_label = QLabel(self.mark_page)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.mark_page)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.date_label = QLabel(self.mark_page)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = DateEdit(self.mark_page)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.successor_label = QLabel(self.mark_page)
        self.successor_label.setObjectName(u"successor_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.successor_label)

        self.successor_combo = QComboBox(self.mark_page)
        self.successor_combo.setObjectName(u"successor_combo")
        self.successor_combo.setEditable(True)
        self.successor_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.successor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.successor_combo.setMinimumContentsLength(30)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.successor_combo)

        self.successor_hint = QLabel(self.mark_page)
        self.successor_hint.setObjectName(u"successor_hint")
        self.successor_hint.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.successor_hint)


        self.mark_layout.addLayout(self.form_layout)

        self.mark_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mark_layout.addItem(self.mark_spacer)

        self.pages.addWidget(self.mark_page)
        self.review_page = QWidget()
        self.review_page.setObjectName(u"review_page")
        self.review_layout = QVBoxLayout(self.review_page)
        self.review_layout.setObjectName(u"review_layout")
        self.review_layout.setContentsMargins(0, -1, 0, -1)
        self.review_label = QLabel(self.review_page)
        self.review_label.setObjectName(u"review_label")
        sizePolicy.setHeightForWidth(self.review_label.sizePolicy().hasHeightForWidth())
        self.review_label.setSizePolicy(sizePolicy)
        self.review_label.setWordWrap(True)

        self.review_layout.addWidget(self.review_label)

        self.review_list = QListWidget(self.review_page)
        self.review_list.setObjectName(u"review_list")
        self.review_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.review_layout.addWidget(self.review_list)

        self.review_buttons_layout = QHBoxLayout()
        self.review_buttons_layout.setObjectName(u"review_buttons_layout")
        self.open_procedures_button = QPushButton(self.review_page)
        self.open_procedures_button.setObjectName(u"open_procedures_button")

        self.review_buttons_layout.addWidget(self.open_procedures_button)

        self.review_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.review_buttons_layout.addItem(self.review_spacer)


        self.review_layout.addLayout(self.review_buttons_layout)

        self.review_bottom_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.review_layout.addItem(self.review_bottom_spacer)

        self.pages.addWidget(self.review_page)

        self.main_layout.addWidget(self.pages)

        self.error_label = QLabel(ReplaceExternalDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ReplaceExternalDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.date_label.setBuddy(self.date_edit)
        self.successor_label.setBuddy(self.successor_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReplaceExternalDialog)

        QMetaObject.connectSlotsByName(ReplaceExternalDialog)
    # setupUi

    def retranslateUi(self, ReplaceExternalDialog):
        ReplaceExternalDialog.setWindowTitle(QCoreApplication.translate("ReplaceExternalDialog", u"Change legal status", None))
        self.document_label.setText("")
        self.status_label.setText(QCoreApplication.translate("ReplaceExternalDialog", u"New status:", None))
        self.date_label.setText(QCoreApplication.translate("ReplaceExternalDialog", u"Since:", None))
        self.successor_label.setText(QCoreApplication.translate("ReplaceExternalDialog", u"Replaced or amended by:", None))
        self.successor_hint.setText(QCoreApplication.translate("ReplaceExternalDialog", u"Pick the new text from the list, or type its type and number if it is not in the list yet.", None))
        self.review_label.setText("")
        self.open_procedures_button.setText(QCoreApplication.translate("ReplaceExternalDialog", u"Open these procedures", None))
        self.error_label.setText("")
    # retranslateUi

