# GENERATED from forms/print_preview.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PrintPreviewDialog(object):
    def setupUi(self, PrintPreviewDialog):
        if not PrintPreviewDialog.objectName():
            PrintPreviewDialog.setObjectName(u"PrintPreviewDialog")
        PrintPreviewDialog.resize(980, 720)
        self.main_layout = QVBoxLayout(PrintPreviewDialog)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.previous_button = QPushButton(PrintPreviewDialog)
        self.previous_button.setObjectName(u"previous_button")
        self.previous_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.previous_button)

        self.page_label = QLabel(PrintPreviewDialog)
        self.page_label.setObjectName(u"page_label")

        self.toolbar_layout.addWidget(self.page_label)

        self.page_spin = QSpinBox(PrintPreviewDialog)
        self.page_spin.setObjectName(u"page_spin")
        self.page_spin.setMinimum(1)
        self.page_spin.setMaximum(1)

        self.toolbar_layout.addWidget(self.page_spin)

        self.page_count_label = QLabel(PrintPreviewDialog)
        self.page_count_label.setObjectName(u"page_count_label")
        self.page_count_label.setText(u"/ 1")

        self.toolbar_layout.addWidget(self.page_count_label)

        self.next_button = QPushButton(PrintPreviewDialog)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.next_button)

        self.toolbar_spacer_left = QSpacerItem(24, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer_left)

        self.zoom_out_button = QPushButton(PrintPreviewDialog)
        self.zoom_out_button.setObjectName(u"zoom_out_button")
        self.zoom_out_button.setText(u"\u2212")
        self.zoom_out_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.zoom_out_button)

        self.zoom_combo = QComboBox(PrintPreviewDialog)
        self.zoom_combo.setObjectName(u"zoom_combo")
        self.zoom_combo.setMinimumContentsLength(14)

        self.toolbar_layout.addWidget(self.zoom_combo)

        self.zoom_in_button = QPushButton(PrintPreviewDialog)
        self.zoom_in_button.setObjectName(u"zoom_in_button")
        self.zoom_in_button.setText(u"+")
        self.zoom_in_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.zoom_in_button)

        self.toolbar_spacer_right = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer_right)

        self.print_button = QPushButton(PrintPreviewDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.print_button)

        self.save_pdf_button = QPushButton(PrintPreviewDialog)
        self.save_pdf_button.setObjectName(u"save_pdf_button")
        self.save_pdf_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.save_pdf_button)

        self.save_word_button = QPushButton(PrintPreviewDialog)
        self.save_word_button.setObjectName(u"save_word_button")
        self.save_word_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.save_word_button)

        self.close_button = QPushButton(PrintPreviewDialog)
        self.close_button.setObjectName(u"close_button")

        self.toolbar_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.toolbar_layout)

        self.view_host = QWidget(PrintPreviewDialog)
        self.view_host.setObjectName(u"view_host")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.view_host.sizePolicy().hasHeightForWidth())
        self.view_host.setSizePolicy(sizePolicy)
        self.view_layout = QVBoxLayout(self.view_host)
        self.view_layout.setObjectName(u"view_layout")
        self.view_layout.setContentsMargins(0, 0, 0, 0)

        self.main_layout.addWidget(self.view_host)

        self.status_label = QLabel(PrintPreviewDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

#if QT_CONFIG(shortcut)
        self.page_label.setBuddy(self.page_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintPreviewDialog)

        QMetaObject.connectSlotsByName(PrintPreviewDialog)
    # setupUi

    def retranslateUi(self, PrintPreviewDialog):
        PrintPreviewDialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", u"Print preview", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Previous page (Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.previous_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u25c0 Previous", None))
        self.page_label.setText(QCoreApplication.translate("PrintPreviewDialog", u"Page", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Next page (Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"Next \u25b6", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoom_combo.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Zoom", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_pdf_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Save the printout as a PDF file", None))
#endif // QT_CONFIG(tooltip)
        self.save_pdf_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"Save PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_word_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Save as an editable Word file", None))
#endif // QT_CONFIG(tooltip)
        self.save_word_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"Save Word\u2026", None))
        self.close_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"Close", None))
    # retranslateUi

