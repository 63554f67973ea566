# GENERATED from forms/setup_wizard.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

from isodesk.ui.widgets.agency_form import AgencyForm
from isodesk.ui.widgets.date_edit import DateEdit

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(1040, 700)
        self.welcome_page = QWizardPage()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_layout = QVBoxLayout(self.welcome_page)
        self.welcome_layout.setSpacing(12)
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.welcome_label = QLabel(self.welcome_page)
        self.welcome_label.setObjectName(u"welcome_label")
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setText(u"")

        self.welcome_layout.addWidget(self.welcome_label)

        self.steps_label = QLabel(self.welcome_page)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)

        self.welcome_layout.addWidget(self.steps_label)

        self.nothing_saved_label = QLabel(self.welcome_page)
        self.nothing_saved_label.setObjectName(u"nothing_saved_label")
        self.nothing_saved_label.setWordWrap(True)

        self.welcome_layout.addWidget(self.nothing_saved_label)

        self.welcome_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_layout.addItem(self.welcome_spacer)

        SetupWizard.addPage(self.welcome_page)
        self.agency_page = QWizardPage()
        self.agency_page.setObjectName(u"agency_page")
        self.agency_layout = QVBoxLayout(self.agency_page)
        self.agency_layout.setObjectName(u"agency_layout")
        self.agency_form = AgencyForm(self.agency_page)
        self.agency_form.setObjectName(u"agency_form")

        self.agency_layout.addWidget(self.agency_form)

        SetupWizard.addPage(self.agency_page)
        self.departments_page = QWizardPage()
        self.departments_page.setObjectName(u"departments_page")
        self.departments_layout = QVBoxLayout(self.departments_page)
        self.departments_layout.setObjectName(u"departments_layout")
        self.departments_table = QTableWidget(self.departments_page)
        if (self.departments_table.columnCount() < 2):
            self.departments_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.departments_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.departments_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.departments_table.setObjectName(u"departments_table")
        self.departments_table.setAlternatingRowColors(True)
        self.departments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.departments_layout.addWidget(self.departments_table)

        self.departments_buttons = QHBoxLayout()
        self.departments_buttons.setObjectName(u"departments_buttons")
        self.add_department_button = QPushButton(self.departments_page)
        self.add_department_button.setObjectName(u"add_department_button")

        self.departments_buttons.addWidget(self.add_department_button)

        self.remove_department_button = QPushButton(self.departments_page)
        self.remove_department_button.setObjectName(u"remove_department_button")

        self.departments_buttons.addWidget(self.remove_department_button)

        self.suggest_departments_button = QPushButton(self.departments_page)
        self.suggest_departments_button.setObjectName(u"suggest_departments_button")

        self.departments_buttons.addWidget(self.suggest_departments_button)

        self.departments_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departments_buttons.addItem(self.departments_buttons_spacer)


        self.departments_layout.addLayout(self.departments_buttons)

        self.departments_error_label = QLabel(self.departments_page)
        self.departments_error_label.setObjectName(u"departments_error_label")
        self.departments_error_label.setText(u"")
        self.departments_error_label.setWordWrap(True)

        self.departments_layout.addWidget(self.departments_error_label)

        SetupWizard.addPage(self.departments_page)
        self.people_page = QWizardPage()
        self.people_page.setObjectName(u"people_page")
        self.people_layout = QVBoxLayout(self.people_page)
        self.people_layout.setObjectName(u"people_layout")
        self.people_table = QTableWidget(self.people_page)
        if (self.people_table.columnCount() < 7):
            self.people_table.setColumnCount(7)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(3, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(4, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(5, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(6, __qtablewidgetitem8)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.people_layout.addWidget(self.people_table)

        self.people_buttons = QHBoxLayout()
        self.people_buttons.setObjectName(u"people_buttons")
        self.add_person_button = QPushButton(self.people_page)
        self.add_person_button.setObjectName(u"add_person_button")

        self.people_buttons.addWidget(self.add_person_button)

        self.remove_person_button = QPushButton(self.people_page)
        self.remove_person_button.setObjectName(u"remove_person_button")

        self.people_buttons.addWidget(self.remove_person_button)

        self.people_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.people_buttons.addItem(self.people_buttons_spacer)


        self.people_layout.addLayout(self.people_buttons)

        self.people_error_label = QLabel(self.people_page)
        self.people_error_label.setObjectName(u"people_error_label")
        self.people_error_label.setText(u"")
        self.people_error_label.setWordWrap(True)

        self.people_layout.addWidget(self.people_error_label)

        SetupWizard.addPage(self.people_page)
        self.steering_page = QWizardPage()
        self.steering_page.setObjectName(u"steering_page")
        self.steering_layout = QVBoxLayout(self.steering_page)
        self.steering_layout.setObjectName(u"steering_layout")
        self.steering_table = QTableWidget(self.steering_page)
        if (self.steering_table.columnCount() < 3):
            self.steering_table.setColumnCount(3)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.steering_table.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.steering_table.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.steering_table.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        self.steering_table.setObjectName(u"steering_table")
        self.steering_table.setAlternatingRowColors(True)
        self.steering_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steering_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.steering_layout.addWidget(self.steering_table)

        self.decision_group = QGroupBox(self.steering_page)
        self.decision_group.setObjectName(u"decision_group")
        self.decision_layout = QVBoxLayout(self.decision_group)
        self.decision_layout.setObjectName(u"decision_layout")
        self.decision_form = QFormLayout()
        self.decision_form.setObjectName(u"decision_form")
        self.decision_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.decision_number_label = QLabel(self.decision_group)
        self.decision_number_label.setObjectName(u"decision_number_label")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_number_label)

        self.decision_number_spin = QSpinBox(self.decision_group)
        self.decision_number_spin.setObjectName(u"decision_number_spin")
        self.decision_number_spin.setMinimum(0)
        self.decision_number_spin.setMaximum(99999)

        self.decision_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision_number_spin)

        self.decision_date_label = QLabel(self.decision_group)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date_edit = DateEdit(self.decision_group)
        self.decision_date_edit.setObjectName(u"decision_date_edit")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decision_date_edit)

        self.decision_summary_label = QLabel(self.decision_group)
        self.decision_summary_label.setObjectName(u"decision_summary_label")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decision_summary_label)

        self.decision_summary_edit = QLineEdit(self.decision_group)
        self.decision_summary_edit.setObjectName(u"decision_summary_edit")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decision_summary_edit)

        self.decision_signer_label = QLabel(self.decision_group)
        self.decision_signer_label.setObjectName(u"decision_signer_label")

        self.decision_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decision_signer_label)

        self.decision_signer_combo = QComboBox(self.decision_group)
        self.decision_signer_combo.setObjectName(u"decision_signer_combo")
        self.decision_signer_combo.setEditable(True)

        self.decision_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_signer_combo)


        self.decision_layout.addLayout(self.decision_form)

        self.decision_preview_label = QLabel(self.decision_group)
        self.decision_preview_label.setObjectName(u"decision_preview_label")
        self.decision_preview_label.setText(u"")

        self.decision_layout.addWidget(self.decision_preview_label)


        self.steering_layout.addWidget(self.decision_group)

        self.steering_error_label = QLabel(self.steering_page)
        self.steering_error_label.setObjectName(u"steering_error_label")
        self.steering_error_label.setText(u"")
        self.steering_error_label.setWordWrap(True)

        self.steering_layout.addWidget(self.steering_error_label)

        SetupWizard.addPage(self.steering_page)
        self.year_page = QWizardPage()
        self.year_page.setObjectName(u"year_page")
        self.year_layout = QVBoxLayout(self.year_page)
        self.year_layout.setObjectName(u"year_layout")
        self.year_form = QFormLayout()
        self.year_form.setObjectName(u"year_form")
        self.year_label = QLabel(self.year_page)
        self.year_label.setObjectName(u"year_label")

        self.year_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(self.year_page)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(2026)
        self.year_spin.setMaximumSize(QSize(120, 16777215))

        self.year_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.period_start_label = QLabel(self.year_page)
        self.period_start_label.setObjectName(u"period_start_label")

        self.year_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_start_label)

        self.period_start_edit = DateEdit(self.year_page)
        self.period_start_edit.setObjectName(u"period_start_edit")

        self.year_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period_start_edit)

        self.period_end_label = QLabel(self.year_page)
        self.period_end_label.setObjectName(u"period_end_label")

        self.year_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.period_end_label)

        self.period_end_edit = DateEdit(self.year_page)
        self.period_end_edit.setObjectName(u"period_end_edit")

        self.year_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.period_end_edit)

        self.default_period_button = QPushButton(self.year_page)
        self.default_period_button.setObjectName(u"default_period_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.default_period_button.sizePolicy().hasHeightForWidth())
        self.default_period_button.setSizePolicy(sizePolicy)

        self.year_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.default_period_button)

        self.deadline_label = QLabel(self.year_page)
        self.deadline_label.setObjectName(u"deadline_label")

        self.year_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deadline_label)

        self.deadline_edit = DateEdit(self.year_page)
        self.deadline_edit.setObjectName(u"deadline_edit")

        self.year_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deadline_edit)


        self.year_layout.addLayout(self.year_form)

        self.year_hint_label = QLabel(self.year_page)
        self.year_hint_label.setObjectName(u"year_hint_label")
        self.year_hint_label.setWordWrap(True)

        self.year_layout.addWidget(self.year_hint_label)

        self.year_error_label = QLabel(self.year_page)
        self.year_error_label.setObjectName(u"year_error_label")
        self.year_error_label.setText(u"")
        self.year_error_label.setWordWrap(True)

        self.year_layout.addWidget(self.year_error_label)

        self.year_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.year_layout.addItem(self.year_spacer)

        SetupWizard.addPage(self.year_page)
        self.summary_page = QWizardPage()
        self.summary_page.setObjectName(u"summary_page")
        self.summary_layout = QVBoxLayout(self.summary_page)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_browser = QTextBrowser(self.summary_page)
        self.summary_browser.setObjectName(u"summary_browser")

        self.summary_layout.addWidget(self.summary_browser)

        self.finish_error_label = QLabel(self.summary_page)
        self.finish_error_label.setObjectName(u"finish_error_label")
        self.finish_error_label.setText(u"")
        self.finish_error_label.setWordWrap(True)

        self.summary_layout.addWidget(self.finish_error_label)

        SetupWizard.addPage(self.summary_page)
#if QT_CONFIG(shortcut)
        self.decision_number_label.setBuddy(self.decision_number_spin)
        self.decision_date_label.setBuddy(self.decision_date_edit)
        self.decision_summary_label.setBuddy(self.decision_summary_edit)
        self.decision_signer_label.setBuddy(self.decision_signer_combo)
        self.year_label.setBuddy(self.year_spin)
        self.period_start_label.setBuddy(self.period_start_edit)
        self.period_end_label.setBuddy(self.period_end_edit)
        self.deadline_label.setBuddy(self.deadline_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up isodesk", None))
        self.welcome_page.setTitle(QCoreApplication.translate("SetupWizard", u"Welcome to isodesk", None))
        self.welcome_page.setSubTitle("")
        self.steps_label.setText(QCoreApplication.translate("SetupWizard", u"<p>In six short steps you enter:</p><ol><li>your agency and how it is named on documents;</li><li>its departments;</li><li>the people with a role in the quality management system;</li><li>the ISO steering committee and the decision that set it up;</li><li>the current reporting year;</li><li>and check a summary before anything is saved.</li></ol>", None))
        self.nothing_saved_label.setText(QCoreApplication.translate("SetupWizard", u"Nothing is saved until you click Finish, and you can change everything later under Settings.", None))
        self.agency_page.setTitle(QCoreApplication.translate("SetupWizard", u"Your agency", None))
        self.agency_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"How your agency is named on its documents. The name, place name, province and abbreviation are required.", None))
        self.departments_page.setTitle(QCoreApplication.translate("SetupWizard", u"Departments", None))
        self.departments_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The departments of your agency, suggested from the kind of agency. Correct, add or remove rows.", None))
        ___qtablewidgetitem = self.departments_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SetupWizard", u"Department name", None))
        ___qtablewidgetitem1 = self.departments_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SetupWizard", u"Abbreviation", None))
        self.add_department_button.setText(QCoreApplication.translate("SetupWizard", u"Add department", None))
        self.remove_department_button.setText(QCoreApplication.translate("SetupWizard", u"Remove", None))
        self.suggest_departments_button.setText(QCoreApplication.translate("SetupWizard", u"Use the suggested list", None))
        self.people_page.setTitle(QCoreApplication.translate("SetupWizard", u"People and their roles", None))
        self.people_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"At least the head of the agency and the ISO secretary; add the internal auditors with their certificate. Everyone else can be added later.", None))
        ___qtablewidgetitem2 = self.people_table.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SetupWizard", u"Full name", None))
        ___qtablewidgetitem3 = self.people_table.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SetupWizard", u"Position", None))
        ___qtablewidgetitem4 = self.people_table.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SetupWizard", u"Department", None))
        ___qtablewidgetitem5 = self.people_table.horizontalHeaderItem(3)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SetupWizard", u"Leader", None))
        ___qtablewidgetitem6 = self.people_table.horizontalHeaderItem(4)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SetupWizard", u"ISO secretary", None))
        ___qtablewidgetitem7 = self.people_table.horizontalHeaderItem(5)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SetupWizard", u"Internal auditor", None))
        ___qtablewidgetitem8 = self.people_table.horizontalHeaderItem(6)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SetupWizard", u"Auditor certificate", None))
        self.add_person_button.setText(QCoreApplication.translate("SetupWizard", u"Add person", None))
        self.remove_person_button.setText(QCoreApplication.translate("SetupWizard", u"Remove", None))
        self.steering_page.setTitle(QCoreApplication.translate("SetupWizard", u"ISO steering committee", None))
        self.steering_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"Choose each member's seat and enter the decision that set up the committee. If there is no decision yet, leave it empty and add it later.", None))
        ___qtablewidgetitem9 = self.steering_table.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SetupWizard", u"Full name", None))
        ___qtablewidgetitem10 = self.steering_table.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SetupWizard", u"Position", None))
        ___qtablewidgetitem11 = self.steering_table.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SetupWizard", u"Seat on the committee", None))
        self.decision_group.setTitle(QCoreApplication.translate("SetupWizard", u"Deciding decision", None))
        self.decision_number_label.setText(QCoreApplication.translate("SetupWizard", u"Number:", None))
        self.decision_date_label.setText(QCoreApplication.translate("SetupWizard", u"Date:", None))
        self.decision_summary_label.setText(QCoreApplication.translate("SetupWizard", u"Summary:", None))
        self.decision_summary_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. V\u1ec1 vi\u1ec7c ki\u1ec7n to\u00e0n Ban Ch\u1ec9 \u0111\u1ea1o ISO", None))
        self.decision_signer_label.setText(QCoreApplication.translate("SetupWizard", u"Signed by:", None))
        self.year_page.setTitle(QCoreApplication.translate("SetupWizard", u"Reporting year", None))
        self.year_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The year you are working on now. Its period is the data cut-off of the annual report.", None))
        self.year_label.setText(QCoreApplication.translate("SetupWizard", u"Year:", None))
        self.period_start_label.setText(QCoreApplication.translate("SetupWizard", u"Period from:", None))
        self.period_end_label.setText(QCoreApplication.translate("SetupWizard", u"Period to:", None))
        self.default_period_button.setText(QCoreApplication.translate("SetupWizard", u"Use the usual period (15/12 \u2013 14/12)", None))
        self.deadline_label.setText(QCoreApplication.translate("SetupWizard", u"Report deadline:", None))
        self.year_hint_label.setText(QCoreApplication.translate("SetupWizard", u"Annual reports of state agencies usually cover 15 December of the previous year to 14 December. The deadline is set each year by the provincial plan of the Department of Science and Technology; leave it empty if it is not known yet.", None))
        self.summary_page.setTitle(QCoreApplication.translate("SetupWizard", u"Check and finish", None))
        self.summary_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"This is what will be saved. Go back to correct anything, or click Finish to save it all at once.", None))
    # retranslateUi

