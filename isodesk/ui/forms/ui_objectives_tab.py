# GENERATED from forms/objectives_tab.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'objectives_tab.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from isodesk.ui.widgets.objectives_chart import ObjectivesChart

class Ui_ObjectivesTab(object):
    def setupUi(self, ObjectivesTab):
        if not ObjectivesTab.objectName():
            ObjectivesTab.setObjectName(u"ObjectivesTab")
        self.main_layout = QVBoxLayout(ObjectivesTab)
        self.main_layout.setObjectName(u"main_layout")
        self.policy_group = QGroupBox(ObjectivesTab)
        self.policy_group.setObjectName(u"policy_group")
        self.policy_layout = QHBoxLayout(self.policy_group)
        self.policy_layout.setObjectName(u"policy_layout")
        self.policy_text_layout = QVBoxLayout()
        self.policy_text_layout.setSpacing(2)
        self.policy_text_layout.setObjectName(u"policy_text_layout")
        self.policy_label = QLabel(self.policy_group)
        self.policy_label.setObjectName(u"policy_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.policy_label.sizePolicy().hasHeightForWidth())
        self.policy_label.setSizePolicy(sizePolicy)
        self.policy_label.setWordWrap(True)

        self.policy_text_layout.addWidget(self.policy_label)

        self.decision_label = QLabel(self.policy_group)
        self.decision_label.setObjectName(u"decision_label")

        self.policy_text_layout.addWidget(self.decision_label)


        self.policy_layout.addLayout(self.policy_text_layout)

        self.policy_button = QPushButton(self.policy_group)
        self.policy_button.setObjectName(u"policy_button")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.policy_button.sizePolicy().hasHeightForWidth())
        self.policy_button.setSizePolicy(sizePolicy1)

        self.policy_layout.addWidget(self.policy_button)

        self.policy_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.policy_group)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.year_label = QLabel(ObjectivesTab)
        self.year_label.setObjectName(u"year_label")

        self.actions_layout.addWidget(self.year_label)

        self.year_combo = QComboBox(ObjectivesTab)
        self.year_combo.setObjectName(u"year_combo")

        self.actions_layout.addWidget(self.year_combo)

        self.add_button = QPushButton(ObjectivesTab)
        self.add_button.setObjectName(u"add_button")

        self.actions_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(ObjectivesTab)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.results_button = QPushButton(ObjectivesTab)
        self.results_button.setObjectName(u"results_button")

        self.actions_layout.addWidget(self.results_button)

        self.delete_button = QPushButton(ObjectivesTab)
        self.delete_button.setObjectName(u"delete_button")

        self.actions_layout.addWidget(self.delete_button)

        self.copy_button = QPushButton(ObjectivesTab)
        self.copy_button.setObjectName(u"copy_button")

        self.actions_layout.addWidget(self.copy_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.import_button = QPushButton(ObjectivesTab)
        self.import_button.setObjectName(u"import_button")

        self.actions_layout.addWidget(self.import_button)

        self.export_button = QPushButton(ObjectivesTab)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)

        self.print_button = QPushButton(ObjectivesTab)
        self.print_button.setObjectName(u"print_button")

        self.actions_layout.addWidget(self.print_button)


        self.main_layout.addLayout(self.actions_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.search_edit = QLineEdit(ObjectivesTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.filters_layout.addWidget(self.search_edit)

        self.level_combo = QComboBox(ObjectivesTab)
        self.level_combo.setObjectName(u"level_combo")

        self.filters_layout.addWidget(self.level_combo)

        self.achievement_combo = QComboBox(ObjectivesTab)
        self.achievement_combo.setObjectName(u"achievement_combo")

        self.filters_layout.addWidget(self.achievement_combo)

        self.missing_check = QCheckBox(ObjectivesTab)
        self.missing_check.setObjectName(u"missing_check")

        self.filters_layout.addWidget(self.missing_check)

        self.filters_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)


        self.main_layout.addLayout(self.filters_layout)

        self.count_label = QLabel(ObjectivesTab)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)

        self.splitter = QSplitter(ObjectivesTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table_view = QTableView(self.splitter)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setWordWrap(False)
        self.splitter.addWidget(self.table_view)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)
        self.chart_area = QScrollArea(self.splitter)
        self.chart_area.setObjectName(u"chart_area")
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setMinimumSize(QSize(300, 0))
        self.chart = ObjectivesChart()
        self.chart.setObjectName(u"chart")
        self.chart_area.setWidget(self.chart)
        self.splitter.addWidget(self.chart_area)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ObjectivesTab)

        QMetaObject.connectSlotsByName(ObjectivesTab)
    # setupUi

    def retranslateUi(self, ObjectivesTab):
        self.policy_group.setTitle(QCoreApplication.translate("ObjectivesTab", u"Quality policy", None))
        self.policy_label.setText("")
        self.decision_label.setText("")
        self.policy_button.setText(QCoreApplication.translate("ObjectivesTab", u"Edit policy\u2026", None))
        self.year_label.setText(QCoreApplication.translate("ObjectivesTab", u"Year:", None))
        self.add_button.setText(QCoreApplication.translate("ObjectivesTab", u"Add objective\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("ObjectivesTab", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.results_button.setToolTip(QCoreApplication.translate("ObjectivesTab", u"Enter the measured result of a period", None))
#endif // QT_CONFIG(tooltip)
        self.results_button.setText(QCoreApplication.translate("ObjectivesTab", u"Enter result\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("ObjectivesTab", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("ObjectivesTab", u"Start this year from last year's objectives (each marked for review, results not copied)", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("ObjectivesTab", u"Copy last year's", None))
        self.import_button.setText(QCoreApplication.translate("ObjectivesTab", u"Import from Excel\u2026", None))
        self.export_button.setText(QCoreApplication.translate("ObjectivesTab", u"Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ObjectivesTab", u"Print the objectives and their plan (preview first)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("ObjectivesTab", u"Print\u2026", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ObjectivesTab", u"Search objective, target, department\u2026", None))
#if QT_CONFIG(tooltip)
        self.level_combo.setToolTip(QCoreApplication.translate("ObjectivesTab", u"Agency or department level", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.achievement_combo.setToolTip(QCoreApplication.translate("ObjectivesTab", u"Achievement", None))
#endif // QT_CONFIG(tooltip)
        self.missing_check.setText(QCoreApplication.translate("ObjectivesTab", u"Results missing", None))
        self.count_label.setText("")
        pass
    # retranslateUi

