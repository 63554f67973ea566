"""Excel import of a round's findings (issue 9 item 8): the team types its findings in Excel during the
audit; the file is read from the findings register's spec, department/clause/auditor matched, the day
inside the round, duplicates refused, one transaction — and the export reads back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from isodesk.domain import audit as a
from isodesk.domain.errors import ValidationError
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping
from isodesk.services.registry import open_services


def _preview(path: Path) -> Any:
    sheet = read_sheet(path, spec=a.FINDINGS_SPEC)
    return build_preview(a.FINDINGS_SPEC, sheet, suggest_mapping(a.FINDINGS_SPEC, sheet.headers))


def _rows(findings: list[a.Finding]) -> list[dict[str, object]]:
    return [{c.key: (c.get(f) if c.get else getattr(f, c.key)) for c in a.FINDINGS_SPEC.columns} for f in findings]


@pytest.fixture
def demo(demo_copy: Path) -> Any:
    services = open_services(demo_copy)
    yield services
    services.close()


def _round(services: Any) -> a.AuditRound:
    return next(r for r in services.audits.rounds(2026) if services.audits.findings(round_id=r.id))


def test_exported_findings_read_back_as_new_findings_of_the_round(demo: Any, tmp_path: Path) -> None:
    round_ = _round(demo)
    before = demo.audits.findings(round_id=round_.id)
    path = export_table_xlsx(a.FINDINGS_SPEC, _rows(before), tmp_path / "phat-hien.xlsx", agency_lines=["UBND"], title=a.FINDINGS_SPEC.title)
    # The same file again: every row is already recorded, nothing is written.
    with pytest.raises(ValidationError) as err:
        demo.audits.import_findings(round_.id, _preview(path))
    assert {p.code for p in err.value.problems} == {"finding_already_recorded"}
    assert len(demo.audits.findings(round_id=round_.id)) == len(before)

    # New texts typed by the team in the same file: recorded, with their type, clause and auditor.
    book = load_workbook(path)
    sheet = book.active
    header_row = next(r for r in range(1, 10) if sheet.cell(row=r, column=2).value == "Đơn vị/bộ phận")
    description_col = next(c for c in range(1, 20) if sheet.cell(row=header_row, column=c).value == "Nội dung phát hiện")
    for r in range(header_row + 1, sheet.max_row + 1):
        if sheet.cell(row=r, column=description_col).value:
            sheet.cell(row=r, column=description_col).value = f"Phát hiện mới {r}"
    book.save(path)
    result = demo.audits.import_findings(round_.id, _preview(path))
    assert result.created == len(before)
    after = demo.audits.findings(round_id=round_.id)
    assert len(after) == 2 * len(before)
    new = {f.id: f for f in after if f.id in result.ids}
    for old in before:
        twin = next(f for f in new.values() if f.department_id == old.department_id and f.clause == old.clause
                    and f.kind is old.kind and f.found_on == old.found_on)
        assert twin.found_by_id == old.found_by_id and twin.nonconformity_id is None


def test_bad_rows_are_refused_with_their_row_and_nothing_is_written(demo: Any, tmp_path: Path) -> None:
    round_ = _round(demo)
    before = demo.audits.findings(round_id=round_.id)
    good = _rows(before[:1])[0]
    rows = [
        {**good, "description": "Sai đơn vị", "department_name": "Phòng không có"},
        {**good, "description": "Sai điều khoản", "clause": "11.2"},
        {**good, "description": "Ngoài đợt", "found_on": round_.end_date + timedelta(days=30)},
        {**good, "description": "Người lạ", "found_by_name": "Người Không Có"},
        {**good, "description": "Trùng trong tệp"},
        {**good, "description": "Trùng trong tệp"},
    ]
    path = export_table_xlsx(a.FINDINGS_SPEC, rows, tmp_path / "sai.xlsx", agency_lines=["UBND"], title=a.FINDINGS_SPEC.title)
    with pytest.raises(ValidationError) as err:
        demo.audits.import_findings(round_.id, _preview(path))
    codes = {(p.code, p.field) for p in err.value.problems}
    assert ("unknown_department", "department_name") in codes
    assert ("unknown_clause", "clause") in codes
    assert ("finding_outside_round", "found_on") in codes
    assert ("unknown_person", "found_by_name") in codes
    assert ("duplicate_in_file", "description") in codes
    assert all(p.row is not None for p in err.value.problems)
    assert len(demo.audits.findings(round_id=round_.id)) == len(before)


def test_the_findings_tab_offers_import_and_export(demo: Any, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from isodesk.ui.screens.audit_screen import AuditScreen

    screen = AuditScreen(demo, None, today=date(2026, 11, 22))
    qtbot.addWidget(screen)
    tab = screen.findings_tab
    tab.refresh()
    assert tab.import_button.text() == "Nhập từ Excel…" and tab.export_button.text() == "Xuất Excel…"
    dialog = tab.open_import()
    assert dialog is not None
    dialog.close()
