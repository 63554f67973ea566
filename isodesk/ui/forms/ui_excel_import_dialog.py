# GENERATED from forms/excel_import_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'excel_import_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QPushButton, QScrollArea,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ExcelImportDialog(object):
    def setupUi(self, ExcelImportDialog):
        if not ExcelImportDialog.objectName():
            ExcelImportDialog.setObjectName(u"ExcelImportDialog")
        ExcelImportDialog.resize(1040, 640)
        self.main_layout = QVBoxLayout(ExcelImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ExcelImportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setSpacing(6)
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(ExcelImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(ExcelImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ExcelImportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)

        self.template_button = QPushButton(ExcelImportDialog)
        self.template_button.setObjectName(u"template_button")

        self.file_layout.addWidget(self.template_button)


        self.main_layout.addLayout(self.file_layout)

        self.sheet_layout = QHBoxLayout()
        self.sheet_layout.setSpacing(6)
        self.sheet_layout.setObjectName(u"sheet_layout")
        self.sheet_label = QLabel(ExcelImportDialog)
        self.sheet_label.setObjectName(u"sheet_label")

        self.sheet_layout.addWidget(self.sheet_label)

        self.sheet_combo = QComboBox(ExcelImportDialog)
        self.sheet_combo.setObjectName(u"sheet_combo")
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sheet_combo.setMinimumContentsLength(18)

        self.sheet_layout.addWidget(self.sheet_combo)

        self.header_info_label = QLabel(ExcelImportDialog)
        self.header_info_label.setObjectName(u"header_info_label")
        self.header_info_label.setWordWrap(True)

        self.sheet_layout.addWidget(self.header_info_label)

        self.sheet_layout.setStretch(2, 1)

        self.main_layout.addLayout(self.sheet_layout)

        self.file_error_label = QLabel(ExcelImportDialog)
        self.file_error_label.setObjectName(u"file_error_label")
        self.file_error_label.setWordWrap(True)
        self.file_error_label.setStyleSheet(u"color: #b3261e;")

        self.main_layout.addWidget(self.file_error_label)

        self.splitter = QSplitter(ExcelImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mapping_group = QGroupBox(self.splitter)
        self.mapping_group.setObjectName(u"mapping_group")
        self.mapping_outer_layout = QVBoxLayout(self.mapping_group)
        self.mapping_outer_layout.setObjectName(u"mapping_outer_layout")
        self.mapping_hint_label = QLabel(self.mapping_group)
        self.mapping_hint_label.setObjectName(u"mapping_hint_label")
        self.mapping_hint_label.setWordWrap(True)

        self.mapping_outer_layout.addWidget(self.mapping_hint_label)

        self.mapping_scroll = QScrollArea(self.mapping_group)
        self.mapping_scroll.setObjectName(u"mapping_scroll")
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mapping_host = QWidget()
        self.mapping_host.setObjectName(u"mapping_host")
        self.mapping_layout = QFormLayout(self.mapping_host)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mapping_scroll.setWidget(self.mapping_host)

        self.mapping_outer_layout.addWidget(self.mapping_scroll)

        self.mapping_outer_layout.setStretch(1, 1)
        self.splitter.addWidget(self.mapping_group)
        self.preview_splitter = QSplitter(self.splitter)
        self.preview_splitter.setObjectName(u"preview_splitter")
        self.preview_splitter.setOrientation(Qt.Orientation.Vertical)
        self.preview_splitter.setChildrenCollapsible(False)
        self.preview_host = QWidget(self.preview_splitter)
        self.preview_host.setObjectName(u"preview_host")
        self.preview_layout = QVBoxLayout(self.preview_host)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(self.preview_host)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.preview_layout.addWidget(self.summary_label)

        self.preview_view = QTableView(self.preview_host)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setSortingEnabled(False)
        self.preview_view.setWordWrap(False)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.verticalHeader().setVisible(False)

        self.preview_layout.addWidget(self.preview_view)

        self.preview_layout.setStretch(1, 1)
        self.preview_splitter.addWidget(self.preview_host)
        self.problems_host = QWidget(self.preview_splitter)
        self.problems_host.setObjectName(u"problems_host")
        self.problems_layout = QVBoxLayout(self.problems_host)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_label = QLabel(self.problems_host)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setStyleSheet(u"font-weight: bold; color: #b3261e;")

        self.problems_layout.addWidget(self.problems_label)

        self.problems_view = QListView(self.problems_host)
        self.problems_view.setObjectName(u"problems_view")
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.setWordWrap(True)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.problems_layout.addWidget(self.problems_view)

        self.problems_layout.setStretch(1, 1)
        self.preview_splitter.addWidget(self.problems_host)
        self.splitter.addWidget(self.preview_splitter)

        self.main_layout.addWidget(self.splitter)

        self.result_label = QLabel(ExcelImportDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.main_layout.addWidget(self.result_label)

        self.button_box = QDialogButtonBox(ExcelImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(4, 1)

        self.retranslateUi(ExcelImportDialog)

        QMetaObject.connectSlotsByName(ExcelImportDialog)
    # setupUi

    def retranslateUi(self, ExcelImportDialog):
        ExcelImportDialog.setWindowTitle(QCoreApplication.translate("ExcelImportDialog", u"Import from Excel", None))
        self.intro_label.setText("")
        self.file_label.setText(QCoreApplication.translate("ExcelImportDialog", u"Excel file:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ExcelImportDialog", u"Choose an .xlsx file\u2026", None))
        self.browse_button.setText(QCoreApplication.translate("ExcelImportDialog", u"Choose file\u2026", None))
        self.template_button.setText(QCoreApplication.translate("ExcelImportDialog", u"Download Excel template\u2026", None))
#if QT_CONFIG(tooltip)
        self.template_button.setToolTip(QCoreApplication.translate("ExcelImportDialog", u"Save an empty Excel file with the right column headings to fill in", None))
#endif // QT_CONFIG(tooltip)
        self.sheet_label.setText(QCoreApplication.translate("ExcelImportDialog", u"Sheet:", None))
        self.header_info_label.setText("")
        self.file_error_label.setText("")
        self.mapping_group.setTitle(QCoreApplication.translate("ExcelImportDialog", u"Columns of the file", None))
        self.mapping_hint_label.setText("")
        self.summary_label.setText("")
        self.problems_label.setText(QCoreApplication.translate("ExcelImportDialog", u"Problems to fix in the file", None))
        self.result_label.setText("")
    # retranslateUi

