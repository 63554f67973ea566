# GENERATED from forms/scope_tab.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scope_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_ScopeTab(object):
    def setupUi(self, ScopeTab):
        if not ScopeTab.objectName():
            ScopeTab.setObjectName(u"ScopeTab")
        ScopeTab.resize(1100, 660)
        self.main_layout = QVBoxLayout(ScopeTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 12, 12, 8)
        self.status_frame = QFrame(ScopeTab)
        self.status_frame.setObjectName(u"status_frame")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_frame.sizePolicy().hasHeightForWidth())
        self.status_frame.setSizePolicy(sizePolicy)
        self.status_layout = QHBoxLayout(self.status_frame)
        self.status_layout.setObjectName(u"status_layout")
        self.status_layout.setContentsMargins(12, 8, 12, 8)
        self.status_label = QLabel(self.status_frame)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.status_layout.addWidget(self.status_label)

        self.announce_button = QPushButton(self.status_frame)
        self.announce_button.setObjectName(u"announce_button")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.announce_button.sizePolicy().hasHeightForWidth())
        self.announce_button.setSizePolicy(sizePolicy1)

        self.status_layout.addWidget(self.announce_button)

        self.status_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.status_frame)

        self.warnings_title = QLabel(ScopeTab)
        self.warnings_title.setObjectName(u"warnings_title")
        sizePolicy.setHeightForWidth(self.warnings_title.sizePolicy().hasHeightForWidth())
        self.warnings_title.setSizePolicy(sizePolicy)

        self.main_layout.addWidget(self.warnings_title)

        self.warnings_area = QScrollArea(ScopeTab)
        self.warnings_area.setObjectName(u"warnings_area")
        self.warnings_area.setFrameShape(QFrame.Shape.NoFrame)
        self.warnings_area.setWidgetResizable(True)
        self.warnings_host = QWidget()
        self.warnings_host.setObjectName(u"warnings_host")
        self.warnings_layout = QVBoxLayout(self.warnings_host)
        self.warnings_layout.setSpacing(6)
        self.warnings_layout.setObjectName(u"warnings_layout")
        self.warnings_layout.setContentsMargins(0, 0, 4, 0)
        self.warnings_area.setWidget(self.warnings_host)

        self.main_layout.addWidget(self.warnings_area)

        self.splitter = QSplitter(ScopeTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.fields_panel = QWidget(self.splitter)
        self.fields_panel.setObjectName(u"fields_panel")
        self.fields_layout = QVBoxLayout(self.fields_panel)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setContentsMargins(0, 0, 6, 0)
        self.fields_title = QLabel(self.fields_panel)
        self.fields_title.setObjectName(u"fields_title")

        self.fields_layout.addWidget(self.fields_title)

        self.fields_tree = QTreeWidget(self.fields_panel)
        self.fields_tree.setObjectName(u"fields_tree")
        self.fields_tree.setRootIsDecorated(False)
        self.fields_tree.setAlternatingRowColors(True)

        self.fields_layout.addWidget(self.fields_tree)

        self.show_removed_check = QCheckBox(self.fields_panel)
        self.show_removed_check.setObjectName(u"show_removed_check")

        self.fields_layout.addWidget(self.show_removed_check)

        self.field_edit_layout = QHBoxLayout()
        self.field_edit_layout.setObjectName(u"field_edit_layout")
        self.field_combo = QComboBox(self.fields_panel)
        self.field_combo.setObjectName(u"field_combo")
        self.field_combo.setEditable(True)
        self.field_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(14)

        self.field_edit_layout.addWidget(self.field_combo)

        self.field_date_label = QLabel(self.fields_panel)
        self.field_date_label.setObjectName(u"field_date_label")

        self.field_edit_layout.addWidget(self.field_date_label)

        self.field_date_edit = DateEdit(self.fields_panel)
        self.field_date_edit.setObjectName(u"field_date_edit")

        self.field_edit_layout.addWidget(self.field_date_edit)


        self.fields_layout.addLayout(self.field_edit_layout)

        self.field_buttons_layout = QHBoxLayout()
        self.field_buttons_layout.setObjectName(u"field_buttons_layout")
        self.add_field_button = QPushButton(self.fields_panel)
        self.add_field_button.setObjectName(u"add_field_button")

        self.field_buttons_layout.addWidget(self.add_field_button)

        self.remove_field_button = QPushButton(self.fields_panel)
        self.remove_field_button.setObjectName(u"remove_field_button")

        self.field_buttons_layout.addWidget(self.remove_field_button)

        self.field_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.field_buttons_layout.addItem(self.field_buttons_spacer)


        self.fields_layout.addLayout(self.field_buttons_layout)

        self.field_error_label = QLabel(self.fields_panel)
        self.field_error_label.setObjectName(u"field_error_label")
        self.field_error_label.setWordWrap(True)

        self.fields_layout.addWidget(self.field_error_label)

        self.splitter.addWidget(self.fields_panel)
        self.decisions_panel = QWidget(self.splitter)
        self.decisions_panel.setObjectName(u"decisions_panel")
        self.decisions_layout = QVBoxLayout(self.decisions_panel)
        self.decisions_layout.setObjectName(u"decisions_layout")
        self.decisions_layout.setContentsMargins(6, 0, 0, 0)
        self.decisions_title = QLabel(self.decisions_panel)
        self.decisions_title.setObjectName(u"decisions_title")

        self.decisions_layout.addWidget(self.decisions_title)

        self.decisions_tree = QTreeWidget(self.decisions_panel)
        self.decisions_tree.setObjectName(u"decisions_tree")
        self.decisions_tree.setRootIsDecorated(False)
        self.decisions_tree.setAlternatingRowColors(True)
        self.decisions_tree.setWordWrap(True)

        self.decisions_layout.addWidget(self.decisions_tree)

        self.decision_buttons_layout = QHBoxLayout()
        self.decision_buttons_layout.setObjectName(u"decision_buttons_layout")
        self.relink_button = QPushButton(self.decisions_panel)
        self.relink_button.setObjectName(u"relink_button")

        self.decision_buttons_layout.addWidget(self.relink_button)

        self.unlink_button = QPushButton(self.decisions_panel)
        self.unlink_button.setObjectName(u"unlink_button")

        self.decision_buttons_layout.addWidget(self.unlink_button)

        self.decision_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decision_buttons_layout.addItem(self.decision_buttons_spacer)


        self.decisions_layout.addLayout(self.decision_buttons_layout)

        self.splitter.addWidget(self.decisions_panel)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(2, 2)
        self.main_layout.setStretch(3, 3)
#if QT_CONFIG(shortcut)
        self.field_date_label.setBuddy(self.field_date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScopeTab)

        QMetaObject.connectSlotsByName(ScopeTab)
    # setupUi

    def retranslateUi(self, ScopeTab):
        ScopeTab.setWindowTitle(QCoreApplication.translate("ScopeTab", u"Scope and announcement", None))
        self.status_label.setText("")
        self.announce_button.setText(QCoreApplication.translate("ScopeTab", u"Record an announcement\u2026", None))
        self.warnings_title.setText(QCoreApplication.translate("ScopeTab", u"Warnings", None))
        self.fields_title.setText(QCoreApplication.translate("ScopeTab", u"Fields in the scope", None))
        ___qtreewidgetitem = self.fields_tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ScopeTab", u"TTHC", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ScopeTab", u"Until", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ScopeTab", u"From", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ScopeTab", u"Field", None))
        self.show_removed_check.setText(QCoreApplication.translate("ScopeTab", u"Also show the fields taken out of the scope", None))
        self.field_date_label.setText(QCoreApplication.translate("ScopeTab", u"on", None))
        self.add_field_button.setText(QCoreApplication.translate("ScopeTab", u"Add to the scope", None))
        self.remove_field_button.setText(QCoreApplication.translate("ScopeTab", u"Take the selected field out", None))
        self.field_error_label.setText("")
        self.decisions_title.setText(QCoreApplication.translate("ScopeTab", u"Decisions issuing the document set and announcing the QMS", None))
        ___qtreewidgetitem1 = self.decisions_tree.headerItem()
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("ScopeTab", u"Based on", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("ScopeTab", u"Scope announced", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("ScopeTab", u"Kind", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ScopeTab", u"Decision", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ScopeTab", u"Date", None))
        self.relink_button.setText(QCoreApplication.translate("ScopeTab", u"Change the decision it relies on\u2026", None))
#if QT_CONFIG(tooltip)
        self.unlink_button.setToolTip(QCoreApplication.translate("ScopeTab", u"Forget the scope recorded with this decision (the decision stays in the register)", None))
#endif // QT_CONFIG(tooltip)
        self.unlink_button.setText(QCoreApplication.translate("ScopeTab", u"Remove the record", None))
    # retranslateUi

