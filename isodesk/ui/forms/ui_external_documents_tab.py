# GENERATED from forms/external_documents_tab.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'external_documents_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ExternalDocumentsTab(object):
    def setupUi(self, ExternalDocumentsTab):
        if not ExternalDocumentsTab.objectName():
            ExternalDocumentsTab.setObjectName(u"ExternalDocumentsTab")
        ExternalDocumentsTab.resize(1100, 640)
        self.main_layout = QVBoxLayout(ExternalDocumentsTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 12, 12, 8)
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_button = QPushButton(ExternalDocumentsTab)
        self.add_button.setObjectName(u"add_button")

        self.actions_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(ExternalDocumentsTab)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.mark_button = QPushButton(ExternalDocumentsTab)
        self.mark_button.setObjectName(u"mark_button")

        self.actions_layout.addWidget(self.mark_button)

        self.delete_button = QPushButton(ExternalDocumentsTab)
        self.delete_button.setObjectName(u"delete_button")

        self.actions_layout.addWidget(self.delete_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.import_button = QPushButton(ExternalDocumentsTab)
        self.import_button.setObjectName(u"import_button")

        self.actions_layout.addWidget(self.import_button)

        self.export_button = QPushButton(ExternalDocumentsTab)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)

        self.print_button = QPushButton(ExternalDocumentsTab)
        self.print_button.setObjectName(u"print_button")

        self.actions_layout.addWidget(self.print_button)


        self.main_layout.addLayout(self.actions_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.search_edit = QLineEdit(ExternalDocumentsTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.filters_layout.addWidget(self.search_edit)

        self.kind_combo = QComboBox(ExternalDocumentsTab)
        self.kind_combo.setObjectName(u"kind_combo")

        self.filters_layout.addWidget(self.kind_combo)

        self.status_combo = QComboBox(ExternalDocumentsTab)
        self.status_combo.setObjectName(u"status_combo")

        self.filters_layout.addWidget(self.status_combo)

        self.field_combo = QComboBox(ExternalDocumentsTab)
        self.field_combo.setObjectName(u"field_combo")
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(16)

        self.filters_layout.addWidget(self.field_combo)

        self.department_combo = QComboBox(ExternalDocumentsTab)
        self.department_combo.setObjectName(u"department_combo")
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department_combo.setMinimumContentsLength(16)

        self.filters_layout.addWidget(self.department_combo)


        self.main_layout.addLayout(self.filters_layout)

        self.count_label = QLabel(ExternalDocumentsTab)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)

        self.table_view = QTableView(ExternalDocumentsTab)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(False)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.table_view)


        self.retranslateUi(ExternalDocumentsTab)

        QMetaObject.connectSlotsByName(ExternalDocumentsTab)
    # setupUi

    def retranslateUi(self, ExternalDocumentsTab):
        ExternalDocumentsTab.setWindowTitle(QCoreApplication.translate("ExternalDocumentsTab", u"External documents", None))
        self.add_button.setText(QCoreApplication.translate("ExternalDocumentsTab", u"Add\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("ExternalDocumentsTab", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.mark_button.setToolTip(QCoreApplication.translate("ExternalDocumentsTab", u"Record that the selected text was replaced, amended or has expired, and see the procedures to review", None))
#endif // QT_CONFIG(tooltip)
        self.mark_button.setText(QCoreApplication.translate("ExternalDocumentsTab", u"Change legal status", None))
        self.delete_button.setText(QCoreApplication.translate("ExternalDocumentsTab", u"Delete", None))
        self.import_button.setText(QCoreApplication.translate("ExternalDocumentsTab", u"Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("ExternalDocumentsTab", u"Write the list shown (grouped by field) to an Excel file", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("ExternalDocumentsTab", u"Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ExternalDocumentsTab", u"Print the list shown, grouped by field (preview first)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("ExternalDocumentsTab", u"Print list\u2026", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ExternalDocumentsTab", u"Search number, title, issuer\u2026", None))
#if QT_CONFIG(tooltip)
        self.kind_combo.setToolTip(QCoreApplication.translate("ExternalDocumentsTab", u"Type of document", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("ExternalDocumentsTab", u"Legal status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.field_combo.setToolTip(QCoreApplication.translate("ExternalDocumentsTab", u"Field", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.department_combo.setToolTip(QCoreApplication.translate("ExternalDocumentsTab", u"Department using the document", None))
#endif // QT_CONFIG(tooltip)
        self.count_label.setText("")
    # retranslateUi

