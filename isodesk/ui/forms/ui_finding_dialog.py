# GENERATED from forms/finding_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finding_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_FindingDialog(object):
    def setupUi(self, FindingDialog):
        if not FindingDialog.objectName():
            FindingDialog.setObjectName(u"FindingDialog")
        FindingDialog.resize(720, 560)
        self.main_layout = QVBoxLayout(FindingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo_label = QLabel(FindingDialog)
        self.kind_combo_label.setObjectName(u"kind_combo_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_combo_label)

        self.kind_combo = QComboBox(FindingDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.department_combo_label = QLabel(FindingDialog)
        self.department_combo_label.setObjectName(u"department_combo_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.department_combo_label)

        self.department_combo = QComboBox(FindingDialog)
        self.department_combo.setObjectName(u"department_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.department_combo)

        self.clause_combo_label = QLabel(FindingDialog)
        self.clause_combo_label.setObjectName(u"clause_combo_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clause_combo_label)

        self.clause_combo = QComboBox(FindingDialog)
        self.clause_combo.setObjectName(u"clause_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clause_combo)

        self.found_on_edit_label = QLabel(FindingDialog)
        self.found_on_edit_label.setObjectName(u"found_on_edit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.found_on_edit_label)

        self.found_on_edit = DateEdit(FindingDialog)
        self.found_on_edit.setObjectName(u"found_on_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.found_on_edit)

        self.found_by_combo_label = QLabel(FindingDialog)
        self.found_by_combo_label.setObjectName(u"found_by_combo_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.found_by_combo_label)

        self.found_by_combo = QComboBox(FindingDialog)
        self.found_by_combo.setObjectName(u"found_by_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.found_by_combo)

        self.description_edit_label = QLabel(FindingDialog)
        self.description_edit_label.setObjectName(u"description_edit_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.description_edit_label)

        self.description_edit = QPlainTextEdit(FindingDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaximumSize(QSize(16777215, 90))
        self.description_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.evidence_edit_label = QLabel(FindingDialog)
        self.evidence_edit_label.setObjectName(u"evidence_edit_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.evidence_edit_label)

        self.evidence_edit = QPlainTextEdit(FindingDialog)
        self.evidence_edit.setObjectName(u"evidence_edit")
        self.evidence_edit.setMaximumSize(QSize(16777215, 70))
        self.evidence_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.evidence_edit)

        self.requirement_edit_label = QLabel(FindingDialog)
        self.requirement_edit_label.setObjectName(u"requirement_edit_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.requirement_edit_label)

        self.requirement_edit = QLineEdit(FindingDialog)
        self.requirement_edit.setObjectName(u"requirement_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requirement_edit)

        self.confirmed_by_edit_label = QLabel(FindingDialog)
        self.confirmed_by_edit_label.setObjectName(u"confirmed_by_edit_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.confirmed_by_edit_label)

        self.confirmed_by_edit = QLineEdit(FindingDialog)
        self.confirmed_by_edit.setObjectName(u"confirmed_by_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.confirmed_by_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(FindingDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FindingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_combo_label.setBuddy(self.kind_combo)
        self.department_combo_label.setBuddy(self.department_combo)
        self.clause_combo_label.setBuddy(self.clause_combo)
        self.found_on_edit_label.setBuddy(self.found_on_edit)
        self.found_by_combo_label.setBuddy(self.found_by_combo)
        self.description_edit_label.setBuddy(self.description_edit)
        self.evidence_edit_label.setBuddy(self.evidence_edit)
        self.requirement_edit_label.setBuddy(self.requirement_edit)
        self.confirmed_by_edit_label.setBuddy(self.confirmed_by_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingDialog)

        QMetaObject.connectSlotsByName(FindingDialog)
    # setupUi

    def retranslateUi(self, FindingDialog):
        FindingDialog.setWindowTitle(QCoreApplication.translate("FindingDialog", u"Audit finding", None))
        self.kind_combo_label.setText(QCoreApplication.translate("FindingDialog", u"Type:", None))
        self.department_combo_label.setText(QCoreApplication.translate("FindingDialog", u"Department:", None))
        self.clause_combo_label.setText(QCoreApplication.translate("FindingDialog", u"Clause:", None))
        self.found_on_edit_label.setText(QCoreApplication.translate("FindingDialog", u"Date:", None))
        self.found_by_combo_label.setText(QCoreApplication.translate("FindingDialog", u"Found by:", None))
        self.description_edit_label.setText(QCoreApplication.translate("FindingDialog", u"Finding:", None))
        self.evidence_edit_label.setText(QCoreApplication.translate("FindingDialog", u"Evidence:", None))
        self.requirement_edit_label.setText(QCoreApplication.translate("FindingDialog", u"Requirement not met:", None))
        self.confirmed_by_edit_label.setText(QCoreApplication.translate("FindingDialog", u"Confirmed by (department):", None))
    # retranslateUi

