# GENERATED from forms/records_tab.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_tab.ui'
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

class Ui_RecordsTab(object):
    def setupUi(self, RecordsTab):
        if not RecordsTab.objectName():
            RecordsTab.setObjectName(u"RecordsTab")
        RecordsTab.resize(1100, 600)
        self.main_layout = QVBoxLayout(RecordsTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 10, 12, 8)
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setSpacing(6)
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_button = QPushButton(RecordsTab)
        self.add_button.setObjectName(u"add_button")

        self.actions_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(RecordsTab)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.delete_button = QPushButton(RecordsTab)
        self.delete_button.setObjectName(u"delete_button")

        self.actions_layout.addWidget(self.delete_button)

        self.history_button = QPushButton(RecordsTab)
        self.history_button.setObjectName(u"history_button")

        self.actions_layout.addWidget(self.history_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.import_button = QPushButton(RecordsTab)
        self.import_button.setObjectName(u"import_button")

        self.actions_layout.addWidget(self.import_button)

        self.export_button = QPushButton(RecordsTab)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)

        self.print_form_button = QPushButton(RecordsTab)
        self.print_form_button.setObjectName(u"print_form_button")

        self.actions_layout.addWidget(self.print_form_button)


        self.main_layout.addLayout(self.actions_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setSpacing(6)
        self.filters_layout.setObjectName(u"filters_layout")
        self.search_edit = QLineEdit(RecordsTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(240, 0))

        self.filters_layout.addWidget(self.search_edit)

        self.year_combo = QComboBox(RecordsTab)
        self.year_combo.setObjectName(u"year_combo")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_combo.setMinimumContentsLength(8)

        self.filters_layout.addWidget(self.year_combo)

        self.department_combo = QComboBox(RecordsTab)
        self.department_combo.setObjectName(u"department_combo")
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department_combo.setMinimumContentsLength(14)

        self.filters_layout.addWidget(self.department_combo)

        self.retention_combo = QComboBox(RecordsTab)
        self.retention_combo.setObjectName(u"retention_combo")
        self.retention_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.retention_combo.setMinimumContentsLength(10)

        self.filters_layout.addWidget(self.retention_combo)

        self.form_combo = QComboBox(RecordsTab)
        self.form_combo.setObjectName(u"form_combo")
        self.form_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.form_combo.setMinimumContentsLength(10)

        self.filters_layout.addWidget(self.form_combo)

        self.filters_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)

        self.count_label = QLabel(RecordsTab)
        self.count_label.setObjectName(u"count_label")

        self.filters_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.filters_layout)

        self.table_view = QTableView(RecordsTab)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.table_view)

        self.main_layout.setStretch(2, 1)

        self.retranslateUi(RecordsTab)

        QMetaObject.connectSlotsByName(RecordsTab)
    # setupUi

    def retranslateUi(self, RecordsTab):
        RecordsTab.setWindowTitle(QCoreApplication.translate("RecordsTab", u"Records list", None))
        self.add_button.setText(QCoreApplication.translate("RecordsTab", u"Add record\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("RecordsTab", u"Add a line to the records list", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("RecordsTab", u"Edit\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("RecordsTab", u"Delete", None))
        self.history_button.setText(QCoreApplication.translate("RecordsTab", u"History", None))
#if QT_CONFIG(tooltip)
        self.history_button.setToolTip(QCoreApplication.translate("RecordsTab", u"Every change made to this line", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("RecordsTab", u"Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("RecordsTab", u"Add lines from an Excel list", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("RecordsTab", u"Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("RecordsTab", u"Write the lines shown to an Excel file", None))
#endif // QT_CONFIG(tooltip)
        self.print_form_button.setText(QCoreApplication.translate("RecordsTab", u"Print records list\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_form_button.setToolTip(QCoreApplication.translate("RecordsTab", u"Preview and print the DANH M\u1ee4C H\u1ed2 S\u01a0 form (N\u0110 30) of the selected year", None))
#endif // QT_CONFIG(tooltip)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("RecordsTab", u"Search by code, title, heading or place\u2026", None))
#if QT_CONFIG(tooltip)
        self.year_combo.setToolTip(QCoreApplication.translate("RecordsTab", u"Only the records kept in this year", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.department_combo.setToolTip(QCoreApplication.translate("RecordsTab", u"Department keeping the records", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.retention_combo.setToolTip(QCoreApplication.translate("RecordsTab", u"Retention period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.form_combo.setToolTip(QCoreApplication.translate("RecordsTab", u"Paper or electronic", None))
#endif // QT_CONFIG(tooltip)
        self.count_label.setText("")
    # retranslateUi

