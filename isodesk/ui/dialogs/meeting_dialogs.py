"""Dialogs of the management review: a meeting (date, times, place, chair, secretary, attendees) and one
decided action (9.3.3). Both save through ``services.review``; a refusal shows under the fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget

from isodesk.domain import review as d
from isodesk.domain.errors import FieldProblem
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.services.registry import Services
from isodesk.ui.dialogs.audit_dialogs import _check_list, _checked, _date_problems, _fill
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from isodesk.ui.forms.ui_review_action_dialog import Ui_ReviewActionDialog

KIND_LABELS = {
    d.ActionKind.IMPROVEMENT: QT_TRANSLATE_NOOP("ReviewLabels", "Opportunity for improvement"),
    d.ActionKind.QMS_CHANGE: QT_TRANSLATE_NOOP("ReviewLabels", "Change to the QMS (incl. re-announcement)"),
    d.ActionKind.RESOURCES: QT_TRANSLATE_NOOP("ReviewLabels", "Resource needs"),
}
STATUS_LABELS = {
    d.ActionStatus.OPEN: QT_TRANSLATE_NOOP("ReviewLabels", "In progress"),
    d.ActionStatus.CLOSED: QT_TRANSLATE_NOOP("ReviewLabels", "Completed"),
}


def _qtime(value: time | None) -> QTime:
    return QTime(value.hour, value.minute) if value is not None else QTime(11, 0)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class MeetingDialog(FormDialog[Ui_MeetingDialog]):
    """Add or edit a management-review meeting."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, item: d.Meeting | None = None,
                 year: int | None = None) -> None:
        super().__init__(Ui_MeetingDialog, parent)
        ui = self._ui
        self._services = services
        self._saved: d.Meeting | None = None
        if item is None:
            y = year or date.today().year
            item = d.Meeting(None, y, date(y, 11, 20), time(8, 0), time(11, 0))
            self.setWindowTitle(self.tr("New management review meeting"))
        else:
            self.setWindowTitle(self.tr("Management review meeting of {day}").format(day=item.held_on.strftime("%d/%m/%Y")))
        self._item = item
        people = [(p.full_name + (f" — {p.title}" if p.title else ""), p.id) for p in services.agency.people()
                  if p.active and p.id is not None]
        ui.year_spin.setValue(item.year)
        ui.date_edit.set_date(item.held_on)
        ui.start_edit.setTime(_qtime(item.start))
        ui.end_edit.setTime(_qtime(item.end))
        ui.place_edit.setText(item.place)
        _fill(ui.chair_combo, people, item.chair_id, blank=self.tr("(choose)"))
        _fill(ui.secretary_combo, people, item.secretary_id, blank=self.tr("(choose)"))
        ui.notes_edit.setPlainText(item.notes)
        _check_list(ui.attendees_list, people, set(item.attendee_ids))
        self.set_fields(ui.form_layout, {
            "year": ui.year_spin, "held_on": ui.date_edit, "start": ui.start_edit, "end": ui.end_edit,
            "place": ui.place_edit, "chair_id": ui.chair_combo, "secretary_id": ui.secretary_combo,
            "notes": ui.notes_edit,
        }).mark_required("held_on", "place", "chair_id", "secretary_id")

    def saved(self) -> d.Meeting | None:
        return self._saved

    def check(self) -> list[FieldProblem]:
        return _date_problems(("held_on", self._ui.date_edit, True))

    def write(self) -> bool | None:
        ui = self._ui
        item = replace(self._item, year=ui.year_spin.value(), held_on=ui.date_edit.date() or self._item.held_on,
                       start=_time(ui.start_edit.time()), end=_time(ui.end_edit.time()), place=ui.place_edit.text(),
                       chair_id=ui.chair_combo.currentData(), secretary_id=ui.secretary_combo.currentData(),
                       attendee_ids=tuple(i for i in _checked(ui.attendees_list) if isinstance(i, int)),
                       notes=ui.notes_edit.toPlainText())
        self._saved = self._services.review.save_meeting(item)
        return None


class ReviewActionDialog(FormDialog[Ui_ReviewActionDialog]):
    """Add or edit one decision/action of a meeting."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, meeting: d.Meeting,
                 item: d.ReviewAction | None = None) -> None:
        super().__init__(Ui_ReviewActionDialog, parent)
        ui = self._ui
        self._services = services
        self._saved: d.ReviewAction | None = None
        if item is None:
            item = d.ReviewAction(None, meeting.id, "")
            self.setWindowTitle(self.tr("New decision or action"))
        else:
            self.setWindowTitle(self.tr("Decision or action"))
        self._item = item
        ui.content_edit.setPlainText(item.content)
        _fill(ui.kind_combo, [(self.translate_label(v), k) for k, v in KIND_LABELS.items()], item.kind)
        ui.responsible_edit.setText(item.responsible)
        ui.deadline_edit.set_date(item.deadline)
        ui.notes_edit.setText(item.notes)
        _fill(ui.status_combo, [(self.translate_label(v), k) for k, v in STATUS_LABELS.items()], item.status)
        ui.closed_edit.set_date(item.closed_on)
        self.set_fields(ui.form_layout, {
            "content": ui.content_edit, "kind": ui.kind_combo, "responsible": ui.responsible_edit,
            "deadline": ui.deadline_edit, "notes": ui.notes_edit, "status": ui.status_combo,
            "closed_on": ui.closed_edit,
        }).mark_required("content")

    @staticmethod
    def translate_label(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ReviewLabels", text)

    def saved(self) -> d.ReviewAction | None:
        return self._saved

    def check(self) -> list[FieldProblem]:
        return _date_problems(("deadline", self._ui.deadline_edit, False), ("closed_on", self._ui.closed_edit, False))

    def write(self) -> bool | None:
        ui = self._ui
        item = replace(self._item, content=ui.content_edit.toPlainText(), kind=ui.kind_combo.currentData(),
                       responsible=ui.responsible_edit.text(), deadline=ui.deadline_edit.date(),
                       notes=ui.notes_edit.text(), status=ui.status_combo.currentData(),
                       closed_on=ui.closed_edit.date())
        self._saved = self._services.review.save_action(item)
        return None
