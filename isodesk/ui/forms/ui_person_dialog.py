# GENERATED from forms/person_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from isodesk.ui.widgets.date_edit import DateEdit

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(600, 470)
        self.main_layout = QVBoxLayout(PersonDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name_label = QLabel(PersonDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(PersonDialog)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.title_label = QLabel(PersonDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(PersonDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.department_label = QLabel(PersonDialog)
        self.department_label.setObjectName(u"department_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_combo = QComboBox(PersonDialog)
        self.department_combo.setObjectName(u"department_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.department_combo)

        self.leader_label = QLabel(PersonDialog)
        self.leader_label.setObjectName(u"leader_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.leader_label)

        self.leader_check = QCheckBox(PersonDialog)
        self.leader_check.setObjectName(u"leader_check")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.leader_check)

        self.secretary_check = QCheckBox(PersonDialog)
        self.secretary_check.setObjectName(u"secretary_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.secretary_check)

        self.auditor_check = QCheckBox(PersonDialog)
        self.auditor_check.setObjectName(u"auditor_check")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.auditor_check)

        self.certificate_label = QLabel(PersonDialog)
        self.certificate_label.setObjectName(u"certificate_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.certificate_label)

        self.certificate_edit = QLineEdit(PersonDialog)
        self.certificate_edit.setObjectName(u"certificate_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.certificate_edit)

        self.steering_role_label = QLabel(PersonDialog)
        self.steering_role_label.setObjectName(u"steering_role_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.steering_role_label)

        self.steering_role_combo = QComboBox(PersonDialog)
        self.steering_role_combo.setObjectName(u"steering_role_combo")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.steering_role_combo)

        self.steering_decision_label = QLabel(PersonDialog)
        self.steering_decision_label.setObjectName(u"steering_decision_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.steering_decision_label)

        self.steering_decision_combo = QComboBox(PersonDialog)
        self.steering_decision_combo.setObjectName(u"steering_decision_combo")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.steering_decision_combo)

        self.active_check = QCheckBox(PersonDialog)
        self.active_check.setObjectName(u"active_check")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.active_check)

        self.valid_from_label = QLabel(PersonDialog)
        self.valid_from_label.setObjectName(u"valid_from_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.valid_from_label)

        self.valid_from_edit = DateEdit(PersonDialog)
        self.valid_from_edit.setObjectName(u"valid_from_edit")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.valid_from_edit)

        self.valid_to_label = QLabel(PersonDialog)
        self.valid_to_label.setObjectName(u"valid_to_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.valid_to_label)

        self.valid_to_edit = DateEdit(PersonDialog)
        self.valid_to_edit.setObjectName(u"valid_to_edit")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.valid_to_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PersonDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(PersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.title_label.setBuddy(self.title_edit)
        self.department_label.setBuddy(self.department_combo)
        self.leader_label.setBuddy(self.leader_check)
        self.certificate_label.setBuddy(self.certificate_edit)
        self.steering_role_label.setBuddy(self.steering_role_combo)
        self.steering_decision_label.setBuddy(self.steering_decision_combo)
        self.valid_from_label.setBuddy(self.valid_from_edit)
        self.valid_to_label.setBuddy(self.valid_to_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.full_name_label.setText(QCoreApplication.translate("PersonDialog", u"Full name:", None))
        self.full_name_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. Nguy\u1ec5n Th\u1ecb Thu H\u00e0", None))
        self.title_label.setText(QCoreApplication.translate("PersonDialog", u"Position:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. C\u00f4ng ch\u1ee9c V\u0103n ph\u00f2ng - Th\u1ed1ng k\u00ea", None))
        self.department_label.setText(QCoreApplication.translate("PersonDialog", u"Department:", None))
        self.leader_label.setText(QCoreApplication.translate("PersonDialog", u"Roles in the QMS:", None))
        self.leader_check.setText(QCoreApplication.translate("PersonDialog", u"Leader", None))
        self.secretary_check.setText(QCoreApplication.translate("PersonDialog", u"ISO secretary", None))
        self.auditor_check.setText(QCoreApplication.translate("PersonDialog", u"Internal auditor", None))
        self.certificate_label.setText(QCoreApplication.translate("PersonDialog", u"Auditor certificate:", None))
        self.certificate_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. Ch\u1ee9ng ch\u1ec9 s\u1ed1 215/2023, S\u1edf KH&CN H\u00e0 T\u0129nh", None))
        self.steering_role_label.setText(QCoreApplication.translate("PersonDialog", u"Seat on the steering committee:", None))
        self.steering_decision_label.setText(QCoreApplication.translate("PersonDialog", u"Appointed by decision:", None))
        self.active_check.setText(QCoreApplication.translate("PersonDialog", u"Currently working here", None))
        self.valid_from_label.setText(QCoreApplication.translate("PersonDialog", u"Works here from:", None))
        self.valid_to_label.setText(QCoreApplication.translate("PersonDialog", u"Until:", None))
    # retranslateUi

