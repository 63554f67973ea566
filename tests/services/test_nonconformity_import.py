"""Excel import of the Sổ theo dõi sự không phù hợp (findings typed in Excel by the audit team): from the
register's spec, department and clause matched, dates checked, duplicates refused, one transaction,
messages with the Excel row and column; the export reads back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from isodesk.domain import audit as a
from isodesk.domain import core as cd
from isodesk.domain.errors import ValidationError
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping

HEAD = ["TT", "Số phiếu", "Ngày", "Đơn vị", "Nội dung không phù hợp", "Hạn", "Nguồn phát hiện", "Điều khoản",
        "Yêu cầu không được đáp ứng", "Người phát hiện"]


@pytest.fixture
def deps(services):  # type: ignore[no-untyped-def]
    ag = services.agency
    vp = ag.save_department(cd.Department(None, "Văn phòng", "VP"))
    tp = ag.save_department(cd.Department(None, "Phòng Tư pháp", "TP"))
    return {"vp": vp.id, "tp": tp.id}


def _write(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Phát hiện"
    ws.append(["SỔ THEO DÕI SỰ KHÔNG PHÙ HỢP"])
    ws.append(HEAD)
    for i, row in enumerate(rows, start=1):
        ws.append([i, *row])
    wb.save(path)
    return path


def _preview(services, path: Path):  # type: ignore[no-untyped-def]
    spec = services.nonconformities.spec
    sheet = read_sheet(path, spec=spec)
    return build_preview(spec, sheet, suggest_mapping(spec, sheet.headers))


def _count(services) -> int:  # type: ignore[no-untyped-def]
    with services.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM nonconformity").scalar() or 0)


def test_findings_typed_in_excel_become_open_forms(services, deps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path / "f.xlsx", [
        ["", "20/10/2025", "Văn phòng", "Hồ sơ không có phiếu kiểm soát quá trình", "20/11/2025", "", "7.5", "",
         "Nguyễn Văn An"],
        ["05/2025", date(2025, 10, 21), "tp", "Mục tiêu chất lượng chưa đo lường được", None, "Đánh giá nội bộ",
         "Mục tiêu chất lượng và hoạch định để đạt được mục tiêu", "TCVN ISO 9001:2015 điều 6.2.1 b", ""],
        ["", "22/10/2025", "Phòng Tư pháp", "Công dân phản ánh trả kết quả chậm", "", "Phản ánh, kiến nghị", "", "", ""],
    ])
    result = services.nonconformities.import_preview(_preview(services, path))
    assert result.created == 3
    forms = {n.id: n for n in services.nonconformities.search()}
    first, second, third = (forms[i] for i in result.ids)
    assert first.department_id == deps["vp"] and first.requirement == "7.5 Thông tin dạng văn bản"
    assert first.due_date == date(2025, 11, 20) and first.found_by == "Nguyễn Văn An"
    assert first.source is a.NcSource.INTERNAL_AUDIT and first.state is a.NcState.OPEN
    assert second.number_text == "05/2025" and second.requirement == "TCVN ISO 9001:2015 điều 6.2.1 b"
    assert third.source is a.NcSource.FEEDBACK
    # Blank numbers continue after the highest of the year, the file's own 05 included (never reusing it).
    assert (first.number, second.number, third.number) == (6, 5, 7)
    assert services.history.for_record("nonconformity", first.id)


def test_bad_rows_are_refused_with_row_and_column_and_nothing_written(services, deps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.nonconformities.save(a.Nonconformity(None, 0, 0, date(2025, 10, 20), deps["vp"], a.NcSource.SELF_FOUND,
                                                  "Đã có trong sổ"))
    path = _write(tmp_path / "bad.xlsx", [
        ["", "20/10/2025", "Phòng Không Có", "Đơn vị lạ", "", "", "7.5", "", ""],  # row 3: department
        ["", "20/10/2025", "Văn phòng", "Điều khoản lạ", "", "", "7.9", "", ""],  # row 4: clause
        ["", "20/10/2025", "Văn phòng", "Hạn trước ngày phát hiện", "01/10/2025", "", "", "", ""],  # row 5
        ["01/2025", "21/10/2025", "Văn phòng", "Số phiếu đã dùng", "", "", "", "", ""],  # row 6
        ["07/2024", "21/10/2025", "Văn phòng", "Số phiếu năm khác", "", "", "", "", ""],  # row 7
        ["", "20/10/2025", "Văn phòng", "Đã có trong sổ", "", "", "", "", ""],  # row 8: already registered
        ["", "23/10/2025", "Văn phòng", "Hai lần trong tệp", "", "", "", "", ""],  # row 9
        ["", "23/10/2025", "VP", "Hai lần trong tệp", "", "", "", "", ""],  # row 10: repeats row 9
        ["", "31/02/2025", "Văn phòng", "Ngày không có thật", "", "", "", "", ""],  # row 11: date
    ])
    before = _count(services)
    with pytest.raises(ValidationError) as err:
        services.nonconformities.import_preview(_preview(services, path))
    found = {(p.row, p.field, p.code) for p in err.value.problems}
    assert (3, "department_name", "unknown_department") in found
    assert (4, "clause", "unknown_clause") in found
    assert (5, "due_date", "due_before_raised") in found
    assert (6, "number_text", "duplicate") in found
    assert (7, "number_text", "nc_number_other_year") in found
    assert (8, "description", "nc_already_registered") in found
    assert (10, "description", "duplicate_in_file") in found
    assert any(p.row == 11 and p.field == "raised_on" for p in err.value.problems)
    assert not any(p.row == 9 for p in err.value.problems)
    assert _count(services) == before  # one transaction: nothing written

    # The import dialog's messages name the Excel row and the column, in Vietnamese.
    from isodesk.ui.dialogs.excel_import_dialog import problem_message

    texts = [problem_message(p, services.nonconformities.spec) for p in err.value.problems]
    assert any("3" in t and "Phòng Không Có" in t for t in texts)


def test_export_reads_back(services, deps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ncs = services.nonconformities
    ncs.save(a.Nonconformity(None, 0, 0, date(2025, 10, 20), deps["vp"], a.NcSource.INTERNAL_AUDIT,
                             "Hồ sơ thiếu phiếu kiểm soát", requirement="7.5 Thông tin dạng văn bản",
                             found_by="Nguyễn Văn An", due_date=date(2025, 11, 20)))
    ncs.save(a.Nonconformity(None, 0, 0, date(2025, 10, 22), deps["tp"], a.NcSource.FEEDBACK,
                             "Trả kết quả chậm", requirement="TCVN ISO 9001:2015 điều 8.5.1"))
    path = export_table_xlsx(ncs.spec, ncs.export_rows(), tmp_path / "so.xlsx", title=ncs.spec.title)
    ws = load_workbook(path).active
    assert any(c.value == "Điều khoản" for row in ws.iter_rows(max_row=6) for c in row)
    exported = ncs.export_rows()
    # Into an empty register (another data file): the same phiếu again.
    for n in ncs.search():
        ncs.delete(n.id)
    result = ncs.import_preview(_preview(services, path))
    assert result.created == 2
    again = ncs.export_rows()
    keys = ("number_text", "raised_on", "department_name", "description", "due_date", "state", "source", "clause",
            "requirement", "found_by")
    assert [{k: r[k] for k in keys} for r in again] == [{k: r[k] for k in keys} for r in exported]
    assert [r["clause"] for r in again] == ["8.5", "7.5"]
    # Importing the same file again is refused: every row is already in the register.
    with pytest.raises(ValidationError) as err:
        ncs.import_preview(_preview(services, path))
    assert {p.code for p in err.value.problems} == {"duplicate", "nc_already_registered"}
