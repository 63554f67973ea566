"""The management review screen: a meeting held through its dialog (a refusal shown, nothing saved),
an action added and completed, the minutes drafted from the inputs and issued to the register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTime, Qt, Signal

from isodesk.domain import core as cd
from isodesk.domain import review as d


class FakeWindow(QObject):
    data_changed = Signal(str)
    year_changed = Signal(int)
    year = 2026
    actor = "Nguyễn Thị Thu Hà"

    def navigate(self, target: str, record_ids: tuple[int, ...] = ()) -> None:
        pass

    def statusBar(self):  # noqa: N802 - Qt name  # type: ignore[no-untyped-def]
        class _Bar:
            def showMessage(self, *_a: object) -> None:  # noqa: N802
                pass
        return _Bar()


def test_hold_a_review_and_issue_its_minutes(qtbot, seeded_services, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from isodesk.services.review.review_minutes import DOCUMENT_KEY
    from isodesk.ui.screens.management_review_screen import ManagementReviewScreen

    services = seeded_services
    year = services.years.years()[0].year
    people = [p for p in services.agency.people() if p.id is not None]
    assert len(people) >= 2
    window = FakeWindow()
    window.year = year
    screen = ManagementReviewScreen(services, window)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()

    dialog = screen.add_meeting()
    ui = dialog.ui
    ui.place_edit.setText("Hội trường UBND")
    ui.chair_combo.setCurrentIndex(ui.chair_combo.findData(people[0].id))
    ui.secretary_combo.setCurrentIndex(ui.secretary_combo.findData(people[0].id))
    ui.end_edit.setTime(QTime(7, 0))
    assert not dialog.save()  # chair = secretary, ends before it starts: refused, nothing saved
    assert services.review.list_meetings(year) == [] and dialog.isVisible()
    ui.secretary_combo.setCurrentIndex(ui.secretary_combo.findData(people[1].id))
    ui.end_edit.setTime(QTime(11, 30))
    ui.attendees_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.save()
    assert screen.meetings_table.rowCount() == 1

    action_dialog = screen.add_action()
    assert action_dialog is not None
    action_dialog.ui.content_edit.setPlainText("Trang bị thêm máy quét tài liệu")
    action_dialog.ui.responsible_edit.setText("Văn phòng")
    action_dialog.ui.deadline_edit.set_date(date(year + 1, 3, 31))
    assert action_dialog.save()
    assert screen.actions_table.rowCount() == 1
    assert screen.actions_table.item(0, 1).text() == "Trang bị thêm máy quét tài liệu"
    screen.grab().save(str(tmp_path / "review-screen.png"))

    screen.open_target("minutes")
    page = screen.minutes_page
    assert page.document is not None and page.document.key == DOCUMENT_KEY
    page.editor("input_d").editor.setPlainText("Nguồn lực cơ bản đáp ứng yêu cầu duy trì HTQLCL.")
    assert page.save_pending()
    assert services.drafted.draft(DOCUMENT_KEY, year).text("input_d") == "Nguồn lực cơ bản đáp ứng yêu cầu duy trì HTQLCL."
    offered: list[object] = []
    monkeypatch.setattr(page, "choose_folder", lambda: str(tmp_path / "out"))
    monkeypatch.setattr(page, "offer_open_folder", offered.append)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    entry = services.register.get(offered[0].register_id)  # type: ignore[attr-defined]
    assert entry.purpose is cd.DocPurpose.MANAGEMENT_REVIEW and entry.doc_type is cd.IssuedDocType.MINUTES

    screen.open_target("")
    screen.actions_table.selectRow(0)
    screen.close_action()
    assert services.review.list_meetings(year)[0].actions[0].status is d.ActionStatus.CLOSED
