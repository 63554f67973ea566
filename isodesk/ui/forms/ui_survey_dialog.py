# GENERATED from forms/survey_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SurveyDialog(object):
    def setupUi(self, SurveyDialog):
        if not SurveyDialog.objectName():
            SurveyDialog.setObjectName(u"SurveyDialog")
        SurveyDialog.resize(860, 600)
        self.main_layout = QVBoxLayout(SurveyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.survey_group = QGroupBox(SurveyDialog)
        self.survey_group.setObjectName(u"survey_group")
        self.survey_period_layout = QGridLayout(self.survey_group)
        self.survey_period_layout.setObjectName(u"survey_period_layout")
        self.year_label = QLabel(self.survey_group)
        self.year_label.setObjectName(u"year_label")

        self.survey_period_layout.addWidget(self.year_label, 0, 0, 1, 1)

        self.year_spin = QSpinBox(self.survey_group)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.survey_period_layout.addWidget(self.year_spin, 0, 1, 1, 1)

        self.period_label = QLabel(self.survey_group)
        self.period_label.setObjectName(u"period_label")

        self.survey_period_layout.addWidget(self.period_label, 0, 2, 1, 1)

        self.period_combo = QComboBox(self.survey_group)
        self.period_combo.setObjectName(u"period_combo")

        self.survey_period_layout.addWidget(self.period_combo, 0, 3, 1, 1)

        self.subject_label = QLabel(self.survey_group)
        self.subject_label.setObjectName(u"subject_label")

        self.survey_period_layout.addWidget(self.subject_label, 1, 0, 1, 1)

        self.subject_edit = QLineEdit(self.survey_group)
        self.subject_edit.setObjectName(u"subject_edit")

        self.survey_period_layout.addWidget(self.subject_edit, 1, 1, 1, 1)

        self.method_label = QLabel(self.survey_group)
        self.method_label.setObjectName(u"method_label")

        self.survey_period_layout.addWidget(self.method_label, 1, 2, 1, 1)

        self.method_combo = QComboBox(self.survey_group)
        self.method_combo.setObjectName(u"method_combo")
        self.method_combo.setMinimumContentsLength(18)
        self.method_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.survey_period_layout.addWidget(self.method_combo, 1, 3, 1, 1)


        self.main_layout.addWidget(self.survey_group)

        self.ratings_group = QGroupBox(SurveyDialog)
        self.ratings_group.setObjectName(u"ratings_group")
        self.sat_layout = QGridLayout(self.ratings_group)
        self.sat_layout.setObjectName(u"sat_layout")
        self.distributed_label = QLabel(self.ratings_group)
        self.distributed_label.setObjectName(u"distributed_label")

        self.sat_layout.addWidget(self.distributed_label, 0, 0, 1, 1)

        self.distributed_spin = QSpinBox(self.ratings_group)
        self.distributed_spin.setObjectName(u"distributed_spin")
        self.distributed_spin.setMinimum(-1)
        self.distributed_spin.setMaximum(9999999)
        self.distributed_spin.setGroupSeparatorShown(True)
        self.distributed_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.distributed_spin.setSpecialValueText(u"\u2014")

        self.sat_layout.addWidget(self.distributed_spin, 0, 1, 1, 1)

        self.declared_collected_label = QLabel(self.ratings_group)
        self.declared_collected_label.setObjectName(u"declared_collected_label")

        self.sat_layout.addWidget(self.declared_collected_label, 0, 2, 1, 1)

        self.declared_collected_spin = QSpinBox(self.ratings_group)
        self.declared_collected_spin.setObjectName(u"declared_collected_spin")
        self.declared_collected_spin.setMinimum(-1)
        self.declared_collected_spin.setMaximum(9999999)
        self.declared_collected_spin.setGroupSeparatorShown(True)
        self.declared_collected_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.declared_collected_spin.setSpecialValueText(u"\u2014")

        self.sat_layout.addWidget(self.declared_collected_spin, 0, 3, 1, 1)

        self.very_satisfied_label = QLabel(self.ratings_group)
        self.very_satisfied_label.setObjectName(u"very_satisfied_label")

        self.sat_layout.addWidget(self.very_satisfied_label, 1, 0, 1, 1)

        self.very_satisfied_spin = QSpinBox(self.ratings_group)
        self.very_satisfied_spin.setObjectName(u"very_satisfied_spin")
        self.very_satisfied_spin.setMinimum(0)
        self.very_satisfied_spin.setMaximum(9999999)
        self.very_satisfied_spin.setGroupSeparatorShown(True)
        self.very_satisfied_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.sat_layout.addWidget(self.very_satisfied_spin, 1, 1, 1, 1)

        self.satisfied_label = QLabel(self.ratings_group)
        self.satisfied_label.setObjectName(u"satisfied_label")

        self.sat_layout.addWidget(self.satisfied_label, 1, 2, 1, 1)

        self.satisfied_spin = QSpinBox(self.ratings_group)
        self.satisfied_spin.setObjectName(u"satisfied_spin")
        self.satisfied_spin.setMinimum(0)
        self.satisfied_spin.setMaximum(9999999)
        self.satisfied_spin.setGroupSeparatorShown(True)
        self.satisfied_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.sat_layout.addWidget(self.satisfied_spin, 1, 3, 1, 1)

        self.dissatisfied_label = QLabel(self.ratings_group)
        self.dissatisfied_label.setObjectName(u"dissatisfied_label")

        self.sat_layout.addWidget(self.dissatisfied_label, 2, 0, 1, 1)

        self.dissatisfied_spin = QSpinBox(self.ratings_group)
        self.dissatisfied_spin.setObjectName(u"dissatisfied_spin")
        self.dissatisfied_spin.setMinimum(0)
        self.dissatisfied_spin.setMaximum(9999999)
        self.dissatisfied_spin.setGroupSeparatorShown(True)
        self.dissatisfied_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.sat_layout.addWidget(self.dissatisfied_spin, 2, 1, 1, 1)


        self.main_layout.addWidget(self.ratings_group)

        self.identity_label = QLabel(SurveyDialog)
        self.identity_label.setObjectName(u"identity_label")
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.identity_label)

        self.comments_bar = QHBoxLayout()
        self.comments_bar.setObjectName(u"comments_bar")
        self.comments_label = QLabel(SurveyDialog)
        self.comments_label.setObjectName(u"comments_label")

        self.comments_bar.addWidget(self.comments_label)

        self.comments_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.comments_bar.addItem(self.comments_spacer)

        self.add_comment_button = QPushButton(SurveyDialog)
        self.add_comment_button.setObjectName(u"add_comment_button")

        self.comments_bar.addWidget(self.add_comment_button)

        self.remove_comment_button = QPushButton(SurveyDialog)
        self.remove_comment_button.setObjectName(u"remove_comment_button")

        self.comments_bar.addWidget(self.remove_comment_button)


        self.main_layout.addLayout(self.comments_bar)

        self.comments_table = QTableWidget(SurveyDialog)
        self.comments_table.setObjectName(u"comments_table")

        self.main_layout.addWidget(self.comments_table)

        self.error_label = QLabel(SurveyDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SurveyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.period_label.setBuddy(self.period_combo)
        self.subject_label.setBuddy(self.subject_edit)
        self.method_label.setBuddy(self.method_combo)
        self.distributed_label.setBuddy(self.distributed_spin)
        self.declared_collected_label.setBuddy(self.declared_collected_spin)
        self.very_satisfied_label.setBuddy(self.very_satisfied_spin)
        self.satisfied_label.setBuddy(self.satisfied_spin)
        self.dissatisfied_label.setBuddy(self.dissatisfied_spin)
        self.comments_label.setBuddy(self.comments_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveyDialog)

        QMetaObject.connectSlotsByName(SurveyDialog)
    # setupUi

    def retranslateUi(self, SurveyDialog):
        SurveyDialog.setWindowTitle(QCoreApplication.translate("SurveyDialog", u"Citizen satisfaction of a period", None))
        self.survey_group.setTitle(QCoreApplication.translate("SurveyDialog", u"Period", None))
        self.year_label.setText(QCoreApplication.translate("SurveyDialog", u"Year:", None))
        self.period_label.setText(QCoreApplication.translate("SurveyDialog", u"Period:", None))
        self.subject_label.setText(QCoreApplication.translate("SurveyDialog", u"Field or TTHC:", None))
        self.subject_edit.setPlaceholderText(QCoreApplication.translate("SurveyDialog", u"Empty: the whole agency", None))
        self.method_label.setText(QCoreApplication.translate("SurveyDialog", u"Method:", None))
        self.ratings_group.setTitle(QCoreApplication.translate("SurveyDialog", u"Ratings", None))
        self.distributed_label.setText(QCoreApplication.translate("SurveyDialog", u"Forms handed out:", None))
        self.declared_collected_label.setText(QCoreApplication.translate("SurveyDialog", u"Ratings collected (as reported):", None))
        self.very_satisfied_label.setText(QCoreApplication.translate("SurveyDialog", u"Very satisfied / good:", None))
        self.satisfied_label.setText(QCoreApplication.translate("SurveyDialog", u"Satisfied / acceptable:", None))
        self.dissatisfied_label.setText(QCoreApplication.translate("SurveyDialog", u"Dissatisfied:", None))
        self.comments_label.setText(QCoreApplication.translate("SurveyDialog", u"Comments (\u00fd ki\u1ebfn g\u00f3p \u00fd) and how they were handled:", None))
        self.add_comment_button.setText(QCoreApplication.translate("SurveyDialog", u"Add a comment", None))
        self.remove_comment_button.setText(QCoreApplication.translate("SurveyDialog", u"Remove", None))
    # retranslateUi

