# GENERATED from forms/tthc_tab.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tthc_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_TthcTab(object):
    def setupUi(self, TthcTab):
        if not TthcTab.objectName():
            TthcTab.setObjectName(u"TthcTab")
        TthcTab.resize(1100, 640)
        self.main_layout = QVBoxLayout(TthcTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 12, 12, 8)
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_button = QPushButton(TthcTab)
        self.add_button.setObjectName(u"add_button")

        self.actions_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(TthcTab)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.event_button = QPushButton(TthcTab)
        self.event_button.setObjectName(u"event_button")

        self.actions_layout.addWidget(self.event_button)

        self.assign_button = QPushButton(TthcTab)
        self.assign_button.setObjectName(u"assign_button")

        self.actions_layout.addWidget(self.assign_button)

        self.delete_button = QPushButton(TthcTab)
        self.delete_button.setObjectName(u"delete_button")

        self.actions_layout.addWidget(self.delete_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.import_button = QPushButton(TthcTab)
        self.import_button.setObjectName(u"import_button")

        self.actions_layout.addWidget(self.import_button)

        self.export_button = QPushButton(TthcTab)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)

        self.print_button = QPushButton(TthcTab)
        self.print_button.setObjectName(u"print_button")

        self.actions_layout.addWidget(self.print_button)


        self.main_layout.addLayout(self.actions_layout)

        self.coverage_frame = QFrame(TthcTab)
        self.coverage_frame.setObjectName(u"coverage_frame")
        self.coverage_layout = QHBoxLayout(self.coverage_frame)
        self.coverage_layout.setObjectName(u"coverage_layout")
        self.coverage_layout.setContentsMargins(10, 6, 10, 6)
        self.coverage_label = QLabel(self.coverage_frame)
        self.coverage_label.setObjectName(u"coverage_label")
        self.coverage_label.setWordWrap(True)

        self.coverage_layout.addWidget(self.coverage_label)

        self.uncovered_button = QPushButton(self.coverage_frame)
        self.uncovered_button.setObjectName(u"uncovered_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.uncovered_button.sizePolicy().hasHeightForWidth())
        self.uncovered_button.setSizePolicy(sizePolicy)

        self.coverage_layout.addWidget(self.uncovered_button)

        self.coverage_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.coverage_frame)

        self.warning_frame = QFrame(TthcTab)
        self.warning_frame.setObjectName(u"warning_frame")
        self.warning_layout = QHBoxLayout(self.warning_frame)
        self.warning_layout.setObjectName(u"warning_layout")
        self.warning_layout.setContentsMargins(10, 6, 10, 6)
        self.warning_label = QLabel(self.warning_frame)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)

        self.warning_layout.addWidget(self.warning_label)

        self.warning_button = QPushButton(self.warning_frame)
        self.warning_button.setObjectName(u"warning_button")
        sizePolicy.setHeightForWidth(self.warning_button.sizePolicy().hasHeightForWidth())
        self.warning_button.setSizePolicy(sizePolicy)

        self.warning_layout.addWidget(self.warning_button)

        self.warning_open_button = QPushButton(self.warning_frame)
        self.warning_open_button.setObjectName(u"warning_open_button")
        sizePolicy.setHeightForWidth(self.warning_open_button.sizePolicy().hasHeightForWidth())
        self.warning_open_button.setSizePolicy(sizePolicy)

        self.warning_layout.addWidget(self.warning_open_button)

        self.warning_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.warning_frame)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.search_edit = QLineEdit(TthcTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.filters_layout.addWidget(self.search_edit)

        self.field_combo = QComboBox(TthcTab)
        self.field_combo.setObjectName(u"field_combo")
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(18)

        self.filters_layout.addWidget(self.field_combo)

        self.status_combo = QComboBox(TthcTab)
        self.status_combo.setObjectName(u"status_combo")

        self.filters_layout.addWidget(self.status_combo)

        self.uncovered_check = QCheckBox(TthcTab)
        self.uncovered_check.setObjectName(u"uncovered_check")

        self.filters_layout.addWidget(self.uncovered_check)


        self.main_layout.addLayout(self.filters_layout)

        self.count_label = QLabel(TthcTab)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)

        self.table_view = QTableView(TthcTab)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setWordWrap(True)
        self.table_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.table_view)


        self.retranslateUi(TthcTab)

        QMetaObject.connectSlotsByName(TthcTab)
    # setupUi

    def retranslateUi(self, TthcTab):
        TthcTab.setWindowTitle(QCoreApplication.translate("TthcTab", u"Administrative procedures", None))
        self.add_button.setText(QCoreApplication.translate("TthcTab", u"Add TTHC\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("TthcTab", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.event_button.setToolTip(QCoreApplication.translate("TthcTab", u"Record what a decision of the provincial People's Committee did to the selected TTHC", None))
#endif // QT_CONFIG(tooltip)
        self.event_button.setText(QCoreApplication.translate("TthcTab", u"Record a change", None))
#if QT_CONFIG(tooltip)
        self.assign_button.setToolTip(QCoreApplication.translate("TthcTab", u"Choose the internal procedure that handles the selected TTHC", None))
#endif // QT_CONFIG(tooltip)
        self.assign_button.setText(QCoreApplication.translate("TthcTab", u"Assign procedure\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("TthcTab", u"Delete", None))
        self.import_button.setText(QCoreApplication.translate("TthcTab", u"Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("TthcTab", u"Write the list shown to an Excel file", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("TthcTab", u"Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("TthcTab", u"Print the list shown, grouped by field, with the coverage figure (preview first)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("TthcTab", u"Print list\u2026", None))
        self.coverage_label.setText("")
        self.uncovered_button.setText(QCoreApplication.translate("TthcTab", u"Show the uncovered TTHC", None))
        self.warning_label.setText("")
        self.warning_button.setText(QCoreApplication.translate("TthcTab", u"Show them", None))
        self.warning_open_button.setText(QCoreApplication.translate("TthcTab", u"Open the procedures", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("TthcTab", u"Search code or name\u2026", None))
#if QT_CONFIG(tooltip)
        self.field_combo.setToolTip(QCoreApplication.translate("TthcTab", u"Field", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("TthcTab", u"Status", None))
#endif // QT_CONFIG(tooltip)
        self.uncovered_check.setText(QCoreApplication.translate("TthcTab", u"Without a procedure", None))
        self.count_label.setText("")
    # retranslateUi

