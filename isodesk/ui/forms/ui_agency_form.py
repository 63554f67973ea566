# GENERATED from forms/agency_form.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from isodesk.ui.widgets.date_edit import DateEdit
from isodesk.ui.widgets.province_combo import ProvinceCombo

class Ui_AgencyForm(object):
    def setupUi(self, AgencyForm):
        if not AgencyForm.objectName():
            AgencyForm.setObjectName(u"AgencyForm")
        AgencyForm.resize(900, 420)
        self.outer_layout = QHBoxLayout(AgencyForm)
        self.outer_layout.setSpacing(16)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.identity_group = QGroupBox(AgencyForm)
        self.identity_group.setObjectName(u"identity_group")
        self.identity_layout = QVBoxLayout(self.identity_group)
        self.identity_layout.setObjectName(u"identity_layout")
        self.identity_form = QFormLayout()
        self.identity_form.setObjectName(u"identity_form")
        self.identity_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tier_label = QLabel(self.identity_group)
        self.tier_label.setObjectName(u"tier_label")

        self.identity_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tier_label)

        self.tier_combo = QComboBox(self.identity_group)
        self.tier_combo.setObjectName(u"tier_combo")

        self.identity_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tier_combo)

        self.province_label = QLabel(self.identity_group)
        self.province_label.setObjectName(u"province_label")

        self.identity_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.province_label)

        self.province_combo = ProvinceCombo(self.identity_group)
        self.province_combo.setObjectName(u"province_combo")

        self.identity_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.province_combo)

        self.place_name_label = QLabel(self.identity_group)
        self.place_name_label.setObjectName(u"place_name_label")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_name_label)

        self.place_name_edit = QLineEdit(self.identity_group)
        self.place_name_edit.setObjectName(u"place_name_edit")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place_name_edit)

        self.place_preview_label = QLabel(self.identity_group)
        self.place_preview_label.setObjectName(u"place_preview_label")
        self.place_preview_label.setText(u"")

        self.identity_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.place_preview_label)

        self.name_label = QLabel(self.identity_group)
        self.name_label.setObjectName(u"name_label")

        self.identity_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.identity_group)
        self.name_edit.setObjectName(u"name_edit")

        self.identity_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.parent_label = QLabel(self.identity_group)
        self.parent_label.setObjectName(u"parent_label")

        self.identity_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.parent_label)

        self.parent_edit = QLineEdit(self.identity_group)
        self.parent_edit.setObjectName(u"parent_edit")

        self.identity_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.parent_edit)

        self.abbreviation_label = QLabel(self.identity_group)
        self.abbreviation_label.setObjectName(u"abbreviation_label")

        self.identity_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.abbreviation_label)

        self.abbreviation_edit = QLineEdit(self.identity_group)
        self.abbreviation_edit.setObjectName(u"abbreviation_edit")
        self.abbreviation_edit.setMaxLength(20)

        self.identity_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.abbreviation_edit)

        self.number_preview_label = QLabel(self.identity_group)
        self.number_preview_label.setObjectName(u"number_preview_label")
        self.number_preview_label.setText(u"")

        self.identity_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.number_preview_label)

        self.valid_from_label = QLabel(self.identity_group)
        self.valid_from_label.setObjectName(u"valid_from_label")

        self.identity_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.valid_from_label)

        self.valid_from_edit = DateEdit(self.identity_group)
        self.valid_from_edit.setObjectName(u"valid_from_edit")

        self.identity_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.valid_from_edit)


        self.identity_layout.addLayout(self.identity_form)


        self.outer_layout.addWidget(self.identity_group)

        self.contact_group = QGroupBox(AgencyForm)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_layout = QVBoxLayout(self.contact_group)
        self.contact_layout.setObjectName(u"contact_layout")
        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address_label = QLabel(self.contact_group)
        self.address_label.setObjectName(u"address_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.contact_group)
        self.address_edit.setObjectName(u"address_edit")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.contact_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.contact_group)
        self.email_edit.setObjectName(u"email_edit")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.head_title_label = QLabel(self.contact_group)
        self.head_title_label.setObjectName(u"head_title_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.head_title_label)

        self.head_title_edit = QLineEdit(self.contact_group)
        self.head_title_edit.setObjectName(u"head_title_edit")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.head_title_edit)

        self.deputy_title_label = QLabel(self.contact_group)
        self.deputy_title_label.setObjectName(u"deputy_title_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deputy_title_label)

        self.deputy_title_edit = QLineEdit(self.contact_group)
        self.deputy_title_edit.setObjectName(u"deputy_title_edit")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deputy_title_edit)

        self.collective_name_label = QLabel(self.contact_group)
        self.collective_name_label.setObjectName(u"collective_name_label")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.collective_name_label)

        self.collective_name_edit = QLineEdit(self.contact_group)
        self.collective_name_edit.setObjectName(u"collective_name_edit")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.collective_name_edit)

        self.signature_preview_label = QLabel(self.contact_group)
        self.signature_preview_label.setObjectName(u"signature_preview_label")
        self.signature_preview_label.setText(u"")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.signature_preview_label)


        self.contact_layout.addLayout(self.contact_form)

        self.contact_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contact_layout.addItem(self.contact_spacer)


        self.outer_layout.addWidget(self.contact_group)

        self.outer_layout.setStretch(0, 1)
        self.outer_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.tier_label.setBuddy(self.tier_combo)
        self.province_label.setBuddy(self.province_combo)
        self.place_name_label.setBuddy(self.place_name_edit)
        self.name_label.setBuddy(self.name_edit)
        self.parent_label.setBuddy(self.parent_edit)
        self.abbreviation_label.setBuddy(self.abbreviation_edit)
        self.valid_from_label.setBuddy(self.valid_from_edit)
        self.address_label.setBuddy(self.address_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.head_title_label.setBuddy(self.head_title_edit)
        self.deputy_title_label.setBuddy(self.deputy_title_edit)
        self.collective_name_label.setBuddy(self.collective_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgencyForm)

        QMetaObject.connectSlotsByName(AgencyForm)
    # setupUi

    def retranslateUi(self, AgencyForm):
        self.identity_group.setTitle(QCoreApplication.translate("AgencyForm", u"Agency", None))
        self.tier_label.setText(QCoreApplication.translate("AgencyForm", u"Kind of agency:", None))
        self.province_label.setText(QCoreApplication.translate("AgencyForm", u"Province or city:", None))
        self.place_name_label.setText(QCoreApplication.translate("AgencyForm", u"Place name (in dates):", None))
        self.place_name_edit.setPlaceholderText(QCoreApplication.translate("AgencyForm", u"e.g. S\u01a1n L\u00e2m", None))
        self.name_label.setText(QCoreApplication.translate("AgencyForm", u"Agency name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("AgencyForm", u"e.g. \u1ee6y ban nh\u00e2n d\u00e2n x\u00e3 S\u01a1n L\u00e2m", None))
        self.parent_label.setText(QCoreApplication.translate("AgencyForm", u"Governing agency:", None))
        self.parent_edit.setPlaceholderText(QCoreApplication.translate("AgencyForm", u"e.g. \u1ee6y ban nh\u00e2n d\u00e2n t\u1ec9nh H\u00e0 T\u0129nh", None))
        self.abbreviation_label.setText(QCoreApplication.translate("AgencyForm", u"Abbreviation in document numbers:", None))
        self.abbreviation_edit.setPlaceholderText(QCoreApplication.translate("AgencyForm", u"e.g. UBND", None))
        self.valid_from_label.setText(QCoreApplication.translate("AgencyForm", u"Valid from:", None))
        self.contact_group.setTitle(QCoreApplication.translate("AgencyForm", u"Contact and signing titles", None))
        self.address_label.setText(QCoreApplication.translate("AgencyForm", u"Address:", None))
        self.phone_label.setText(QCoreApplication.translate("AgencyForm", u"Phone:", None))
        self.email_label.setText(QCoreApplication.translate("AgencyForm", u"E-mail:", None))
        self.head_title_label.setText(QCoreApplication.translate("AgencyForm", u"Title of the head:", None))
        self.head_title_edit.setPlaceholderText(QCoreApplication.translate("AgencyForm", u"e.g. Ch\u1ee7 t\u1ecbch", None))
        self.deputy_title_label.setText(QCoreApplication.translate("AgencyForm", u"Title of a deputy:", None))
        self.deputy_title_edit.setPlaceholderText(QCoreApplication.translate("AgencyForm", u"e.g. Ph\u00f3 Ch\u1ee7 t\u1ecbch", None))
        self.collective_name_label.setText(QCoreApplication.translate("AgencyForm", u"Collective name (signs \u201cTM.\u201d):", None))
        self.collective_name_edit.setPlaceholderText(QCoreApplication.translate("AgencyForm", u"e.g. \u1ee6y ban nh\u00e2n d\u00e2n", None))
        pass
    # retranslateUi

