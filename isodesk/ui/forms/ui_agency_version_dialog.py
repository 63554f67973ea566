# GENERATED from forms/agency_version_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_version_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

from isodesk.ui.widgets.agency_form import AgencyForm

class Ui_AgencyVersionDialog(object):
    def setupUi(self, AgencyVersionDialog):
        if not AgencyVersionDialog.objectName():
            AgencyVersionDialog.setObjectName(u"AgencyVersionDialog")
        AgencyVersionDialog.resize(1000, 560)
        self.main_layout = QVBoxLayout(AgencyVersionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AgencyVersionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.agency_form = AgencyForm(AgencyVersionDialog)
        self.agency_form.setObjectName(u"agency_form")

        self.main_layout.addWidget(self.agency_form)

        self.error_label = QLabel(AgencyVersionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AgencyVersionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(AgencyVersionDialog)

        QMetaObject.connectSlotsByName(AgencyVersionDialog)
    # setupUi

    def retranslateUi(self, AgencyVersionDialog):
        AgencyVersionDialog.setWindowTitle(QCoreApplication.translate("AgencyVersionDialog", u"Rename or merge the agency", None))
        self.intro_label.setText(QCoreApplication.translate("AgencyVersionDialog", u"Enter the agency as it is named from the given date (for example after a merger on 01/7/2025). Documents dated earlier keep the previous name.", None))
    # retranslateUi

