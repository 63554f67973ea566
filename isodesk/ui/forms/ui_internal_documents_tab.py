# GENERATED from forms/internal_documents_tab.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'internal_documents_tab.ui'
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
    QSplitter, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_InternalDocumentsTab(object):
    def setupUi(self, InternalDocumentsTab):
        if not InternalDocumentsTab.objectName():
            InternalDocumentsTab.setObjectName(u"InternalDocumentsTab")
        InternalDocumentsTab.resize(1100, 680)
        self.main_layout = QVBoxLayout(InternalDocumentsTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 10, 12, 8)
        self.message_frame = QFrame(InternalDocumentsTab)
        self.message_frame.setObjectName(u"message_frame")
        self.message_frame.setStyleSheet(u"#message_frame { background: #fff4d6; border: 1px solid #e6c46a; border-radius: 4px; }")
        self.message_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_layout = QHBoxLayout(self.message_frame)
        self.message_layout.setObjectName(u"message_layout")
        self.message_layout.setContentsMargins(10, 6, 6, 6)
        self.message_label = QLabel(self.message_frame)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.message_layout.addWidget(self.message_label)

        self.message_action_button = QPushButton(self.message_frame)
        self.message_action_button.setObjectName(u"message_action_button")

        self.message_layout.addWidget(self.message_action_button)

        self.message_close_button = QToolButton(self.message_frame)
        self.message_close_button.setObjectName(u"message_close_button")
        self.message_close_button.setText(u"\u2715")

        self.message_layout.addWidget(self.message_close_button)

        self.message_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.message_frame)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setSpacing(6)
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_button = QPushButton(InternalDocumentsTab)
        self.add_button.setObjectName(u"add_button")

        self.actions_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(InternalDocumentsTab)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.withdraw_button = QPushButton(InternalDocumentsTab)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.actions_layout.addWidget(self.withdraw_button)

        self.delete_button = QPushButton(InternalDocumentsTab)
        self.delete_button.setObjectName(u"delete_button")

        self.actions_layout.addWidget(self.delete_button)

        self.history_button = QPushButton(InternalDocumentsTab)
        self.history_button.setObjectName(u"history_button")

        self.actions_layout.addWidget(self.history_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.import_button = QPushButton(InternalDocumentsTab)
        self.import_button.setObjectName(u"import_button")

        self.actions_layout.addWidget(self.import_button)

        self.export_button = QPushButton(InternalDocumentsTab)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)

        self.print_list_button = QPushButton(InternalDocumentsTab)
        self.print_list_button.setObjectName(u"print_list_button")

        self.actions_layout.addWidget(self.print_list_button)


        self.main_layout.addLayout(self.actions_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setSpacing(6)
        self.filters_layout.setObjectName(u"filters_layout")
        self.search_edit = QLineEdit(InternalDocumentsTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(240, 0))

        self.filters_layout.addWidget(self.search_edit)

        self.kind_combo = QComboBox(InternalDocumentsTab)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(14)

        self.filters_layout.addWidget(self.kind_combo)

        self.status_combo = QComboBox(InternalDocumentsTab)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(10)

        self.filters_layout.addWidget(self.status_combo)

        self.department_combo = QComboBox(InternalDocumentsTab)
        self.department_combo.setObjectName(u"department_combo")
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department_combo.setMinimumContentsLength(14)

        self.filters_layout.addWidget(self.department_combo)

        self.due_check = QCheckBox(InternalDocumentsTab)
        self.due_check.setObjectName(u"due_check")

        self.filters_layout.addWidget(self.due_check)

        self.filters_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)

        self.count_label = QLabel(InternalDocumentsTab)
        self.count_label.setObjectName(u"count_label")

        self.filters_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.filters_layout)

        self.splitter = QSplitter(InternalDocumentsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table_view = QTableView(self.splitter)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.splitter.addWidget(self.table_view)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)
        self.detail_widget = QWidget(self.splitter)
        self.detail_widget.setObjectName(u"detail_widget")
        self.detail_layout = QVBoxLayout(self.detail_widget)
        self.detail_layout.setSpacing(4)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 4, 0, 0)
        self.detail_title_label = QLabel(self.detail_widget)
        self.detail_title_label.setObjectName(u"detail_title_label")
        self.detail_title_label.setWordWrap(True)
        self.detail_title_label.setStyleSheet(u"font-weight: bold; color: #183a63;")

        self.detail_layout.addWidget(self.detail_title_label)

        self.detail_tabs = QTabWidget(self.detail_widget)
        self.detail_tabs.setObjectName(u"detail_tabs")
        self.revisions_page = QWidget()
        self.revisions_page.setObjectName(u"revisions_page")
        self.revisions_layout = QVBoxLayout(self.revisions_page)
        self.revisions_layout.setObjectName(u"revisions_layout")
        self.revisions_layout.setContentsMargins(6, 6, 6, 6)
        self.revision_actions_layout = QHBoxLayout()
        self.revision_actions_layout.setSpacing(6)
        self.revision_actions_layout.setObjectName(u"revision_actions_layout")
        self.new_revision_button = QPushButton(self.revisions_page)
        self.new_revision_button.setObjectName(u"new_revision_button")

        self.revision_actions_layout.addWidget(self.new_revision_button)

        self.edit_revision_button = QPushButton(self.revisions_page)
        self.edit_revision_button.setObjectName(u"edit_revision_button")

        self.revision_actions_layout.addWidget(self.edit_revision_button)

        self.submit_button = QPushButton(self.revisions_page)
        self.submit_button.setObjectName(u"submit_button")

        self.revision_actions_layout.addWidget(self.submit_button)

        self.issue_button = QPushButton(self.revisions_page)
        self.issue_button.setObjectName(u"issue_button")

        self.revision_actions_layout.addWidget(self.issue_button)

        self.revision_actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.revision_actions_layout.addItem(self.revision_actions_spacer)


        self.revisions_layout.addLayout(self.revision_actions_layout)

        self.revisions_view = QTableView(self.revisions_page)
        self.revisions_view.setObjectName(u"revisions_view")
        self.revisions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revisions_view.setAlternatingRowColors(True)
        self.revisions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.revisions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revisions_view.setSortingEnabled(False)
        self.revisions_view.setWordWrap(False)
        self.revisions_view.horizontalHeader().setStretchLastSection(True)
        self.revisions_view.verticalHeader().setVisible(False)

        self.revisions_layout.addWidget(self.revisions_view)

        self.revisions_layout.setStretch(1, 1)
        self.detail_tabs.addTab(self.revisions_page, "")
        self.changes_page = QWidget()
        self.changes_page.setObjectName(u"changes_page")
        self.changes_page_layout = QHBoxLayout(self.changes_page)
        self.changes_page_layout.setSpacing(12)
        self.changes_page_layout.setObjectName(u"changes_page_layout")
        self.changes_page_layout.setContentsMargins(6, 6, 6, 6)
        self.changes_layout = QVBoxLayout()
        self.changes_layout.setObjectName(u"changes_layout")
        self.changes_label = QLabel(self.changes_page)
        self.changes_label.setObjectName(u"changes_label")
        self.changes_label.setMinimumSize(QSize(0, 28))

        self.changes_layout.addWidget(self.changes_label)

        self.changes_view = QTableView(self.changes_page)
        self.changes_view.setObjectName(u"changes_view")
        self.changes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_view.setAlternatingRowColors(True)
        self.changes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_view.setSortingEnabled(False)
        self.changes_view.setWordWrap(True)
        self.changes_view.horizontalHeader().setStretchLastSection(True)
        self.changes_view.verticalHeader().setVisible(False)

        self.changes_layout.addWidget(self.changes_view)

        self.changes_layout.setStretch(1, 1)

        self.changes_page_layout.addLayout(self.changes_layout)

        self.files_layout = QVBoxLayout()
        self.files_layout.setObjectName(u"files_layout")
        self.file_actions_layout = QHBoxLayout()
        self.file_actions_layout.setSpacing(6)
        self.file_actions_layout.setObjectName(u"file_actions_layout")
        self.files_label = QLabel(self.changes_page)
        self.files_label.setObjectName(u"files_label")

        self.file_actions_layout.addWidget(self.files_label)

        self.file_actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.file_actions_layout.addItem(self.file_actions_spacer)

        self.attach_button = QPushButton(self.changes_page)
        self.attach_button.setObjectName(u"attach_button")

        self.file_actions_layout.addWidget(self.attach_button)

        self.open_file_button = QPushButton(self.changes_page)
        self.open_file_button.setObjectName(u"open_file_button")

        self.file_actions_layout.addWidget(self.open_file_button)

        self.remove_file_button = QPushButton(self.changes_page)
        self.remove_file_button.setObjectName(u"remove_file_button")

        self.file_actions_layout.addWidget(self.remove_file_button)


        self.files_layout.addLayout(self.file_actions_layout)

        self.files_view = QTableView(self.changes_page)
        self.files_view.setObjectName(u"files_view")
        self.files_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_view.setAlternatingRowColors(True)
        self.files_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files_view.setSortingEnabled(False)
        self.files_view.setWordWrap(False)
        self.files_view.horizontalHeader().setStretchLastSection(True)
        self.files_view.verticalHeader().setVisible(False)

        self.files_layout.addWidget(self.files_view)

        self.files_layout.setStretch(1, 1)

        self.changes_page_layout.addLayout(self.files_layout)

        self.changes_page_layout.setStretch(0, 3)
        self.changes_page_layout.setStretch(1, 2)
        self.detail_tabs.addTab(self.changes_page, "")
        self.distribution_page = QWidget()
        self.distribution_page.setObjectName(u"distribution_page")
        self.distribution_layout = QVBoxLayout(self.distribution_page)
        self.distribution_layout.setObjectName(u"distribution_layout")
        self.distribution_layout.setContentsMargins(6, 6, 6, 6)
        self.distribution_actions_layout = QHBoxLayout()
        self.distribution_actions_layout.setSpacing(6)
        self.distribution_actions_layout.setObjectName(u"distribution_actions_layout")
        self.distribute_button = QPushButton(self.distribution_page)
        self.distribute_button.setObjectName(u"distribute_button")

        self.distribution_actions_layout.addWidget(self.distribute_button)

        self.acknowledge_button = QPushButton(self.distribution_page)
        self.acknowledge_button.setObjectName(u"acknowledge_button")

        self.distribution_actions_layout.addWidget(self.acknowledge_button)

        self.recall_button = QPushButton(self.distribution_page)
        self.recall_button.setObjectName(u"recall_button")

        self.distribution_actions_layout.addWidget(self.recall_button)

        self.print_sheet_button = QPushButton(self.distribution_page)
        self.print_sheet_button.setObjectName(u"print_sheet_button")

        self.distribution_actions_layout.addWidget(self.print_sheet_button)

        self.attach_sheet_button = QPushButton(self.distribution_page)
        self.attach_sheet_button.setObjectName(u"attach_sheet_button")

        self.distribution_actions_layout.addWidget(self.attach_sheet_button)

        self.distribution_actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.distribution_actions_layout.addItem(self.distribution_actions_spacer)


        self.distribution_layout.addLayout(self.distribution_actions_layout)

        self.distributions_view = QTableView(self.distribution_page)
        self.distributions_view.setObjectName(u"distributions_view")
        self.distributions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.distributions_view.setAlternatingRowColors(True)
        self.distributions_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.distributions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.distributions_view.setSortingEnabled(False)
        self.distributions_view.setWordWrap(False)
        self.distributions_view.horizontalHeader().setStretchLastSection(True)
        self.distributions_view.verticalHeader().setVisible(False)

        self.distribution_layout.addWidget(self.distributions_view)

        self.distribution_layout.setStretch(1, 1)
        self.detail_tabs.addTab(self.distribution_page, "")
        self.reviews_page = QWidget()
        self.reviews_page.setObjectName(u"reviews_page")
        self.reviews_layout = QVBoxLayout(self.reviews_page)
        self.reviews_layout.setObjectName(u"reviews_layout")
        self.reviews_layout.setContentsMargins(6, 6, 6, 6)
        self.review_actions_layout = QHBoxLayout()
        self.review_actions_layout.setSpacing(6)
        self.review_actions_layout.setObjectName(u"review_actions_layout")
        self.review_button = QPushButton(self.reviews_page)
        self.review_button.setObjectName(u"review_button")

        self.review_actions_layout.addWidget(self.review_button)

        self.review_actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.review_actions_layout.addItem(self.review_actions_spacer)


        self.reviews_layout.addLayout(self.review_actions_layout)

        self.reviews_view = QTableView(self.reviews_page)
        self.reviews_view.setObjectName(u"reviews_view")
        self.reviews_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviews_view.setAlternatingRowColors(True)
        self.reviews_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviews_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviews_view.setSortingEnabled(False)
        self.reviews_view.setWordWrap(True)
        self.reviews_view.horizontalHeader().setStretchLastSection(True)
        self.reviews_view.verticalHeader().setVisible(False)

        self.reviews_layout.addWidget(self.reviews_view)

        self.reviews_layout.setStretch(1, 1)
        self.detail_tabs.addTab(self.reviews_page, "")

        self.detail_layout.addWidget(self.detail_tabs)

        self.detail_layout.setStretch(1, 1)
        self.splitter.addWidget(self.detail_widget)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(3, 1)

        self.retranslateUi(InternalDocumentsTab)

        self.detail_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InternalDocumentsTab)
    # setupUi

    def retranslateUi(self, InternalDocumentsTab):
        InternalDocumentsTab.setWindowTitle(QCoreApplication.translate("InternalDocumentsTab", u"Internal documents", None))
        self.message_label.setText("")
        self.message_action_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Recall\u2026", None))
#if QT_CONFIG(tooltip)
        self.message_close_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Hide this message", None))
#endif // QT_CONFIG(tooltip)
        self.add_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Add document\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Add a document to the list; its first revision is a draft", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Change the code, title, kind, lead department or review interval", None))
#endif // QT_CONFIG(tooltip)
        self.withdraw_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Withdraw\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdraw_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Take the whole document out of force, with a date and a reason", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Delete a draft that was never issued", None))
#endif // QT_CONFIG(tooltip)
        self.history_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"History", None))
#if QT_CONFIG(tooltip)
        self.history_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Every change made to this document", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Add documents from an Excel list", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Write the documents shown to an Excel file", None))
#endif // QT_CONFIG(tooltip)
        self.print_list_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Print list\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_list_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Preview and print the list of documents shown", None))
#endif // QT_CONFIG(tooltip)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("InternalDocumentsTab", u"Search by code or title\u2026", None))
#if QT_CONFIG(tooltip)
        self.kind_combo.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Kind of document", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.department_combo.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Lead department", None))
#endif // QT_CONFIG(tooltip)
        self.due_check.setText(QCoreApplication.translate("InternalDocumentsTab", u"Due for review", None))
#if QT_CONFIG(tooltip)
        self.due_check.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Only documents in force whose periodic review is due", None))
#endif // QT_CONFIG(tooltip)
        self.count_label.setText("")
        self.detail_title_label.setText("")
        self.new_revision_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"New revision", None))
#if QT_CONFIG(tooltip)
        self.new_revision_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Open the next revision (l\u1ea7n ban h\u00e0nh) as a draft", None))
#endif // QT_CONFIG(tooltip)
        self.edit_revision_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Edit revision\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_revision_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"People, decision, summary and change log of the selected revision", None))
#endif // QT_CONFIG(tooltip)
        self.submit_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Submit for approval", None))
#if QT_CONFIG(tooltip)
        self.submit_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"The selected draft goes to the leader for approval", None))
#endif // QT_CONFIG(tooltip)
        self.issue_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Issue\u2026", None))
#if QT_CONFIG(tooltip)
        self.issue_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Bring the selected revision into force; the previous one is superseded", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.revisions_page), QCoreApplication.translate("InternalDocumentsTab", u"Revisions", None))
        self.changes_label.setText(QCoreApplication.translate("InternalDocumentsTab", u"Changes in the selected revision", None))
        self.files_label.setText(QCoreApplication.translate("InternalDocumentsTab", u"Files of the selected revision", None))
        self.attach_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Attach file\u2026", None))
#if QT_CONFIG(tooltip)
        self.attach_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Attach the Word file, the PDF or the signed scan to the selected revision", None))
#endif // QT_CONFIG(tooltip)
        self.open_file_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Open file", None))
#if QT_CONFIG(tooltip)
        self.open_file_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Open the selected file", None))
#endif // QT_CONFIG(tooltip)
        self.remove_file_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Remove file", None))
#if QT_CONFIG(tooltip)
        self.remove_file_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Remove the selected file if it was attached by mistake; it can be restored from Settings \u2192 Change history", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.changes_page), QCoreApplication.translate("InternalDocumentsTab", u"Changes and files", None))
        self.distribute_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Distribute\u2026", None))
#if QT_CONFIG(tooltip)
        self.distribute_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Give copies of the revision in force to departments or people", None))
#endif // QT_CONFIG(tooltip)
        self.acknowledge_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Confirm receipt\u2026", None))
#if QT_CONFIG(tooltip)
        self.acknowledge_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Record that the selected recipient signed for the copies", None))
#endif // QT_CONFIG(tooltip)
        self.recall_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Recall\u2026", None))
#if QT_CONFIG(tooltip)
        self.recall_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Record that old copies were taken back", None))
#endif // QT_CONFIG(tooltip)
        self.print_sheet_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Print distribution sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_sheet_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Preview and print the distribution and receipt sheet for signatures", None))
#endif // QT_CONFIG(tooltip)
        self.attach_sheet_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Attach signed sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.attach_sheet_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Attach the scan of the signed distribution sheet", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.distribution_page), QCoreApplication.translate("InternalDocumentsTab", u"Distribution", None))
        self.review_button.setText(QCoreApplication.translate("InternalDocumentsTab", u"Record a review\u2026", None))
#if QT_CONFIG(tooltip)
        self.review_button.setToolTip(QCoreApplication.translate("InternalDocumentsTab", u"Record the periodic review: still fit, or to be revised", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.reviews_page), QCoreApplication.translate("InternalDocumentsTab", u"Periodic reviews", None))
    # retranslateUi

