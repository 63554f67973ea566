# GENERATED from forms/risk_matrix_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_matrix_dialog.ui'
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
    QGridLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RiskMatrixDialog(object):
    def setupUi(self, RiskMatrixDialog):
        if not RiskMatrixDialog.objectName():
            RiskMatrixDialog.setObjectName(u"RiskMatrixDialog")
        RiskMatrixDialog.resize(620, 300)
        self.main_layout = QVBoxLayout(RiskMatrixDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RiskMatrixDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.grid_layout = QGridLayout()
        self.grid_layout.setObjectName(u"grid_layout")

        self.main_layout.addLayout(self.grid_layout)

        self.error_label = QLabel(RiskMatrixDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RiskMatrixDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(RiskMatrixDialog)

        QMetaObject.connectSlotsByName(RiskMatrixDialog)
    # setupUi

    def retranslateUi(self, RiskMatrixDialog):
        RiskMatrixDialog.setWindowTitle(QCoreApplication.translate("RiskMatrixDialog", u"Risk level matrix", None))
        self.intro_label.setText(QCoreApplication.translate("RiskMatrixDialog", u"The level of a risk graded by likelihood (rows) \u00d7 impact (columns). Levels already recorded are kept; the matrix applies to entries saved from now on.", None))
    # retranslateUi

