# GENERATED from forms/result_dialog.ui by isodesk.ui.forms.build — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'result_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ResultDialog(object):
    def setupUi(self, ResultDialog):
        if not ResultDialog.objectName():
            ResultDialog.setObjectName(u"ResultDialog")
        ResultDialog.resize(980, 700)
        self.main_layout = QVBoxLayout(ResultDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.period_group = QGroupBox(ResultDialog)
        self.period_group.setObjectName(u"period_group")
        self.period_layout = QGridLayout(self.period_group)
        self.period_layout.setObjectName(u"period_layout")
        self.year_label = QLabel(self.period_group)
        self.year_label.setObjectName(u"year_label")

        self.period_layout.addWidget(self.year_label, 0, 0, 1, 1)

        self.year_spin = QSpinBox(self.period_group)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.period_layout.addWidget(self.year_spin, 0, 1, 1, 1)

        self.period_label = QLabel(self.period_group)
        self.period_label.setObjectName(u"period_label")

        self.period_layout.addWidget(self.period_label, 0, 2, 1, 1)

        self.period_combo = QComboBox(self.period_group)
        self.period_combo.setObjectName(u"period_combo")

        self.period_layout.addWidget(self.period_combo, 0, 3, 1, 1)

        self.level_label = QLabel(self.period_group)
        self.level_label.setObjectName(u"level_label")

        self.period_layout.addWidget(self.level_label, 0, 4, 1, 1)

        self.level_combo = QComboBox(self.period_group)
        self.level_combo.setObjectName(u"level_combo")

        self.period_layout.addWidget(self.level_combo, 0, 5, 1, 1)

        self.field_label = QLabel(self.period_group)
        self.field_label.setObjectName(u"field_label")

        self.period_layout.addWidget(self.field_label, 1, 0, 1, 1)

        self.field_edit = QLineEdit(self.period_group)
        self.field_edit.setObjectName(u"field_edit")

        self.period_layout.addWidget(self.field_edit, 1, 1, 1, 5)


        self.main_layout.addWidget(self.period_group)

        self.counts_group = QGroupBox(ResultDialog)
        self.counts_group.setObjectName(u"counts_group")
        self.counts_layout = QGridLayout(self.counts_group)
        self.counts_layout.setObjectName(u"counts_layout")
        self.declared_total_label = QLabel(self.counts_group)
        self.declared_total_label.setObjectName(u"declared_total_label")

        self.counts_layout.addWidget(self.declared_total_label, 0, 0, 1, 1)

        self.declared_total_spin = QSpinBox(self.counts_group)
        self.declared_total_spin.setObjectName(u"declared_total_spin")
        self.declared_total_spin.setMinimum(-1)
        self.declared_total_spin.setMaximum(9999999)
        self.declared_total_spin.setGroupSeparatorShown(True)
        self.declared_total_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.declared_total_spin.setSpecialValueText(u"\u2014")

        self.counts_layout.addWidget(self.declared_total_spin, 0, 1, 1, 1)

        self.carried_over_label = QLabel(self.counts_group)
        self.carried_over_label.setObjectName(u"carried_over_label")

        self.counts_layout.addWidget(self.carried_over_label, 0, 2, 1, 1)

        self.carried_over_spin = QSpinBox(self.counts_group)
        self.carried_over_spin.setObjectName(u"carried_over_spin")
        self.carried_over_spin.setMinimum(0)
        self.carried_over_spin.setMaximum(9999999)
        self.carried_over_spin.setGroupSeparatorShown(True)
        self.carried_over_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.carried_over_spin, 0, 3, 1, 1)

        self.declared_received_label = QLabel(self.counts_group)
        self.declared_received_label.setObjectName(u"declared_received_label")

        self.counts_layout.addWidget(self.declared_received_label, 0, 4, 1, 1)

        self.declared_received_spin = QSpinBox(self.counts_group)
        self.declared_received_spin.setObjectName(u"declared_received_spin")
        self.declared_received_spin.setMinimum(-1)
        self.declared_received_spin.setMaximum(9999999)
        self.declared_received_spin.setGroupSeparatorShown(True)
        self.declared_received_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.declared_received_spin.setSpecialValueText(u"\u2014")

        self.counts_layout.addWidget(self.declared_received_spin, 0, 5, 1, 1)

        self.received_online_label = QLabel(self.counts_group)
        self.received_online_label.setObjectName(u"received_online_label")

        self.counts_layout.addWidget(self.received_online_label, 1, 0, 1, 1)

        self.received_online_spin = QSpinBox(self.counts_group)
        self.received_online_spin.setObjectName(u"received_online_spin")
        self.received_online_spin.setMinimum(0)
        self.received_online_spin.setMaximum(9999999)
        self.received_online_spin.setGroupSeparatorShown(True)
        self.received_online_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.received_online_spin, 1, 1, 1, 1)

        self.received_direct_label = QLabel(self.counts_group)
        self.received_direct_label.setObjectName(u"received_direct_label")

        self.counts_layout.addWidget(self.received_direct_label, 1, 2, 1, 1)

        self.received_direct_spin = QSpinBox(self.counts_group)
        self.received_direct_spin.setObjectName(u"received_direct_spin")
        self.received_direct_spin.setMinimum(0)
        self.received_direct_spin.setMaximum(9999999)
        self.received_direct_spin.setGroupSeparatorShown(True)
        self.received_direct_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.received_direct_spin, 1, 3, 1, 1)

        self.declared_resolved_label = QLabel(self.counts_group)
        self.declared_resolved_label.setObjectName(u"declared_resolved_label")

        self.counts_layout.addWidget(self.declared_resolved_label, 1, 4, 1, 1)

        self.declared_resolved_spin = QSpinBox(self.counts_group)
        self.declared_resolved_spin.setObjectName(u"declared_resolved_spin")
        self.declared_resolved_spin.setMinimum(-1)
        self.declared_resolved_spin.setMaximum(9999999)
        self.declared_resolved_spin.setGroupSeparatorShown(True)
        self.declared_resolved_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.declared_resolved_spin.setSpecialValueText(u"\u2014")

        self.counts_layout.addWidget(self.declared_resolved_spin, 1, 5, 1, 1)

        self.resolved_early_label = QLabel(self.counts_group)
        self.resolved_early_label.setObjectName(u"resolved_early_label")

        self.counts_layout.addWidget(self.resolved_early_label, 2, 0, 1, 1)

        self.resolved_early_spin = QSpinBox(self.counts_group)
        self.resolved_early_spin.setObjectName(u"resolved_early_spin")
        self.resolved_early_spin.setMinimum(0)
        self.resolved_early_spin.setMaximum(9999999)
        self.resolved_early_spin.setGroupSeparatorShown(True)
        self.resolved_early_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.resolved_early_spin, 2, 1, 1, 1)

        self.resolved_on_time_label = QLabel(self.counts_group)
        self.resolved_on_time_label.setObjectName(u"resolved_on_time_label")

        self.counts_layout.addWidget(self.resolved_on_time_label, 2, 2, 1, 1)

        self.resolved_on_time_spin = QSpinBox(self.counts_group)
        self.resolved_on_time_spin.setObjectName(u"resolved_on_time_spin")
        self.resolved_on_time_spin.setMinimum(0)
        self.resolved_on_time_spin.setMaximum(9999999)
        self.resolved_on_time_spin.setGroupSeparatorShown(True)
        self.resolved_on_time_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.resolved_on_time_spin, 2, 3, 1, 1)

        self.resolved_late_label = QLabel(self.counts_group)
        self.resolved_late_label.setObjectName(u"resolved_late_label")

        self.counts_layout.addWidget(self.resolved_late_label, 2, 4, 1, 1)

        self.resolved_late_spin = QSpinBox(self.counts_group)
        self.resolved_late_spin.setObjectName(u"resolved_late_spin")
        self.resolved_late_spin.setMinimum(0)
        self.resolved_late_spin.setMaximum(9999999)
        self.resolved_late_spin.setGroupSeparatorShown(True)
        self.resolved_late_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.resolved_late_spin, 2, 5, 1, 1)

        self.declared_pending_label = QLabel(self.counts_group)
        self.declared_pending_label.setObjectName(u"declared_pending_label")

        self.counts_layout.addWidget(self.declared_pending_label, 3, 0, 1, 1)

        self.declared_pending_spin = QSpinBox(self.counts_group)
        self.declared_pending_spin.setObjectName(u"declared_pending_spin")
        self.declared_pending_spin.setMinimum(-1)
        self.declared_pending_spin.setMaximum(9999999)
        self.declared_pending_spin.setGroupSeparatorShown(True)
        self.declared_pending_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.declared_pending_spin.setSpecialValueText(u"\u2014")

        self.counts_layout.addWidget(self.declared_pending_spin, 3, 1, 1, 1)

        self.pending_in_time_label = QLabel(self.counts_group)
        self.pending_in_time_label.setObjectName(u"pending_in_time_label")

        self.counts_layout.addWidget(self.pending_in_time_label, 3, 2, 1, 1)

        self.pending_in_time_spin = QSpinBox(self.counts_group)
        self.pending_in_time_spin.setObjectName(u"pending_in_time_spin")
        self.pending_in_time_spin.setMinimum(0)
        self.pending_in_time_spin.setMaximum(9999999)
        self.pending_in_time_spin.setGroupSeparatorShown(True)
        self.pending_in_time_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.pending_in_time_spin, 3, 3, 1, 1)

        self.pending_overdue_label = QLabel(self.counts_group)
        self.pending_overdue_label.setObjectName(u"pending_overdue_label")

        self.counts_layout.addWidget(self.pending_overdue_label, 3, 4, 1, 1)

        self.pending_overdue_spin = QSpinBox(self.counts_group)
        self.pending_overdue_spin.setObjectName(u"pending_overdue_spin")
        self.pending_overdue_spin.setMinimum(0)
        self.pending_overdue_spin.setMaximum(9999999)
        self.pending_overdue_spin.setGroupSeparatorShown(True)
        self.pending_overdue_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.pending_overdue_spin, 3, 5, 1, 1)

        self.returned_label = QLabel(self.counts_group)
        self.returned_label.setObjectName(u"returned_label")

        self.counts_layout.addWidget(self.returned_label, 4, 0, 1, 1)

        self.returned_spin = QSpinBox(self.counts_group)
        self.returned_spin.setObjectName(u"returned_spin")
        self.returned_spin.setMinimum(0)
        self.returned_spin.setMaximum(9999999)
        self.returned_spin.setGroupSeparatorShown(True)
        self.returned_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.returned_spin, 4, 1, 1, 1)

        self.suspended_label = QLabel(self.counts_group)
        self.suspended_label.setObjectName(u"suspended_label")

        self.counts_layout.addWidget(self.suspended_label, 4, 2, 1, 1)

        self.suspended_spin = QSpinBox(self.counts_group)
        self.suspended_spin.setObjectName(u"suspended_spin")
        self.suspended_spin.setMinimum(0)
        self.suspended_spin.setMaximum(9999999)
        self.suspended_spin.setGroupSeparatorShown(True)
        self.suspended_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.suspended_spin, 4, 3, 1, 1)

        self.cancelled_label = QLabel(self.counts_group)
        self.cancelled_label.setObjectName(u"cancelled_label")

        self.counts_layout.addWidget(self.cancelled_label, 4, 4, 1, 1)

        self.cancelled_spin = QSpinBox(self.counts_group)
        self.cancelled_spin.setObjectName(u"cancelled_spin")
        self.cancelled_spin.setMinimum(0)
        self.cancelled_spin.setMaximum(9999999)
        self.cancelled_spin.setGroupSeparatorShown(True)
        self.cancelled_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.counts_layout.addWidget(self.cancelled_spin, 4, 5, 1, 1)


        self.main_layout.addWidget(self.counts_group)

        self.digitisation_group = QGroupBox(ResultDialog)
        self.digitisation_group.setObjectName(u"digitisation_group")
        self.digitisation_layout = QGridLayout(self.digitisation_group)
        self.digitisation_layout.setObjectName(u"digitisation_layout")
        self.digitised_partly_label = QLabel(self.digitisation_group)
        self.digitised_partly_label.setObjectName(u"digitised_partly_label")

        self.digitisation_layout.addWidget(self.digitised_partly_label, 0, 0, 1, 1)

        self.digitised_partly_spin = QSpinBox(self.digitisation_group)
        self.digitised_partly_spin.setObjectName(u"digitised_partly_spin")
        self.digitised_partly_spin.setMinimum(-1)
        self.digitised_partly_spin.setMaximum(9999999)
        self.digitised_partly_spin.setGroupSeparatorShown(True)
        self.digitised_partly_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.digitised_partly_spin.setSpecialValueText(u"\u2014")

        self.digitisation_layout.addWidget(self.digitised_partly_spin, 0, 1, 1, 1)

        self.digitised_fully_label = QLabel(self.digitisation_group)
        self.digitised_fully_label.setObjectName(u"digitised_fully_label")

        self.digitisation_layout.addWidget(self.digitised_fully_label, 0, 2, 1, 1)

        self.digitised_fully_spin = QSpinBox(self.digitisation_group)
        self.digitised_fully_spin.setObjectName(u"digitised_fully_spin")
        self.digitised_fully_spin.setMinimum(-1)
        self.digitised_fully_spin.setMaximum(9999999)
        self.digitised_fully_spin.setGroupSeparatorShown(True)
        self.digitised_fully_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.digitised_fully_spin.setSpecialValueText(u"\u2014")

        self.digitisation_layout.addWidget(self.digitised_fully_spin, 0, 3, 1, 1)

        self.result_digitised_label = QLabel(self.digitisation_group)
        self.result_digitised_label.setObjectName(u"result_digitised_label")

        self.digitisation_layout.addWidget(self.result_digitised_label, 1, 0, 1, 1)

        self.result_digitised_spin = QSpinBox(self.digitisation_group)
        self.result_digitised_spin.setObjectName(u"result_digitised_spin")
        self.result_digitised_spin.setMinimum(-1)
        self.result_digitised_spin.setMaximum(9999999)
        self.result_digitised_spin.setGroupSeparatorShown(True)
        self.result_digitised_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.result_digitised_spin.setSpecialValueText(u"\u2014")

        self.digitisation_layout.addWidget(self.result_digitised_spin, 1, 1, 1, 1)

        self.result_not_digitised_label = QLabel(self.digitisation_group)
        self.result_not_digitised_label.setObjectName(u"result_not_digitised_label")

        self.digitisation_layout.addWidget(self.result_not_digitised_label, 1, 2, 1, 1)

        self.result_not_digitised_spin = QSpinBox(self.digitisation_group)
        self.result_not_digitised_spin.setObjectName(u"result_not_digitised_spin")
        self.result_not_digitised_spin.setMinimum(-1)
        self.result_not_digitised_spin.setMaximum(9999999)
        self.result_not_digitised_spin.setGroupSeparatorShown(True)
        self.result_not_digitised_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.result_not_digitised_spin.setSpecialValueText(u"\u2014")

        self.digitisation_layout.addWidget(self.result_not_digitised_spin, 1, 3, 1, 1)


        self.main_layout.addWidget(self.digitisation_group)

        self.check_group = QGroupBox(ResultDialog)
        self.check_group.setObjectName(u"check_group")
        self.check_layout = QVBoxLayout(self.check_group)
        self.check_layout.setObjectName(u"check_layout")
        self.totals_label = QLabel(self.check_group)
        self.totals_label.setObjectName(u"totals_label")
        self.totals_label.setWordWrap(True)

        self.check_layout.addWidget(self.totals_label)

        self.identity_label = QLabel(self.check_group)
        self.identity_label.setObjectName(u"identity_label")
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextFormat(Qt.TextFormat.RichText)

        self.check_layout.addWidget(self.identity_label)


        self.main_layout.addWidget(self.check_group)

        self.notes_label = QLabel(ResultDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.main_layout.addWidget(self.notes_label)

        self.notes_edit = QLineEdit(ResultDialog)
        self.notes_edit.setObjectName(u"notes_edit")

        self.main_layout.addWidget(self.notes_edit)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.error_label = QLabel(ResultDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ResultDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.period_label.setBuddy(self.period_combo)
        self.level_label.setBuddy(self.level_combo)
        self.field_label.setBuddy(self.field_edit)
        self.declared_total_label.setBuddy(self.declared_total_spin)
        self.carried_over_label.setBuddy(self.carried_over_spin)
        self.declared_received_label.setBuddy(self.declared_received_spin)
        self.received_online_label.setBuddy(self.received_online_spin)
        self.received_direct_label.setBuddy(self.received_direct_spin)
        self.declared_resolved_label.setBuddy(self.declared_resolved_spin)
        self.resolved_early_label.setBuddy(self.resolved_early_spin)
        self.resolved_on_time_label.setBuddy(self.resolved_on_time_spin)
        self.resolved_late_label.setBuddy(self.resolved_late_spin)
        self.declared_pending_label.setBuddy(self.declared_pending_spin)
        self.pending_in_time_label.setBuddy(self.pending_in_time_spin)
        self.pending_overdue_label.setBuddy(self.pending_overdue_spin)
        self.returned_label.setBuddy(self.returned_spin)
        self.suspended_label.setBuddy(self.suspended_spin)
        self.cancelled_label.setBuddy(self.cancelled_spin)
        self.digitised_partly_label.setBuddy(self.digitised_partly_spin)
        self.digitised_fully_label.setBuddy(self.digitised_fully_spin)
        self.result_digitised_label.setBuddy(self.result_digitised_spin)
        self.result_not_digitised_label.setBuddy(self.result_not_digitised_spin)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResultDialog)

        QMetaObject.connectSlotsByName(ResultDialog)
    # setupUi

    def retranslateUi(self, ResultDialog):
        ResultDialog.setWindowTitle(QCoreApplication.translate("ResultDialog", u"TTHC results of a period", None))
        self.period_group.setTitle(QCoreApplication.translate("ResultDialog", u"Period and level", None))
        self.year_label.setText(QCoreApplication.translate("ResultDialog", u"Year:", None))
        self.period_label.setText(QCoreApplication.translate("ResultDialog", u"Period:", None))
        self.level_label.setText(QCoreApplication.translate("ResultDialog", u"Level:", None))
        self.field_label.setText(QCoreApplication.translate("ResultDialog", u"Field (optional):", None))
        self.field_edit.setPlaceholderText(QCoreApplication.translate("ResultDialog", u"Empty: all fields of the level", None))
        self.counts_group.setTitle(QCoreApplication.translate("ResultDialog", u"Dossiers", None))
        self.declared_total_label.setText(QCoreApplication.translate("ResultDialog", u"Total received (as reported):", None))
        self.carried_over_label.setText(QCoreApplication.translate("ResultDialog", u"Carried over:", None))
        self.declared_received_label.setText(QCoreApplication.translate("ResultDialog", u"Received in period (as reported):", None))
        self.received_online_label.setText(QCoreApplication.translate("ResultDialog", u"Received online:", None))
        self.received_direct_label.setText(QCoreApplication.translate("ResultDialog", u"In person, by post:", None))
        self.declared_resolved_label.setText(QCoreApplication.translate("ResultDialog", u"Resolved (as reported):", None))
        self.resolved_early_label.setText(QCoreApplication.translate("ResultDialog", u"Resolved before due:", None))
        self.resolved_on_time_label.setText(QCoreApplication.translate("ResultDialog", u"Resolved on due date:", None))
        self.resolved_late_label.setText(QCoreApplication.translate("ResultDialog", u"Resolved late:", None))
        self.declared_pending_label.setText(QCoreApplication.translate("ResultDialog", u"Pending (as reported):", None))
        self.pending_in_time_label.setText(QCoreApplication.translate("ResultDialog", u"Pending, in time:", None))
        self.pending_overdue_label.setText(QCoreApplication.translate("ResultDialog", u"Pending, overdue:", None))
        self.returned_label.setText(QCoreApplication.translate("ResultDialog", u"Returned:", None))
        self.suspended_label.setText(QCoreApplication.translate("ResultDialog", u"Suspended:", None))
        self.cancelled_label.setText(QCoreApplication.translate("ResultDialog", u"Cancelled:", None))
        self.digitisation_group.setTitle(QCoreApplication.translate("ResultDialog", u"Digitisation (leave empty when not recorded)", None))
        self.digitised_partly_label.setText(QCoreApplication.translate("ResultDialog", u"Documents partly digitised:", None))
        self.digitised_fully_label.setText(QCoreApplication.translate("ResultDialog", u"Fully digitised:", None))
        self.result_digitised_label.setText(QCoreApplication.translate("ResultDialog", u"Result digitised:", None))
        self.result_not_digitised_label.setText(QCoreApplication.translate("ResultDialog", u"Result not digitised:", None))
        self.check_group.setTitle(QCoreApplication.translate("ResultDialog", u"Check", None))
        self.notes_label.setText(QCoreApplication.translate("ResultDialog", u"Notes:", None))
    # retranslateUi

