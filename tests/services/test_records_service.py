"""The records list (danh mục hồ sơ) on a real SQLite file: rules, the NĐ 30 form, Excel import/export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.errors import ValidationError
from isodesk.domain.tabular import PERMANENT
from isodesk.reports.xlsx_import import SheetData, SourceRow, build_preview, suggest_mapping
from isodesk.services.documents.records_service import RECORDS_TABLE, RecordsService


@pytest.fixture
def records(services) -> RecordsService:
    return RecordsService(services.sessions)


@pytest.fixture
def vp(services) -> int:
    return services.agency.save_department(d.Department(None, "Văn phòng", "VP")).id


def _rec(code: str, title: str, years: int | None, heading: str = "", **kw: object) -> dd.RecordEntry:
    return dd.RecordEntry(None, title, code, years, heading=heading, **kw)  # type: ignore[arg-type]


def test_save_validate_and_duplicate_code(records: RecordsService, vp: int, services) -> None:
    hoa = services.agency.save_person(d.Person(None, "Nguyễn Thị Hoa", "Thư ký ISO", vp)).id
    saved = records.save_record(_rec(" HS.01 ", "Hồ sơ  đánh giá nội bộ", 10, department_id=vp, person_id=hoa,
                                     location="Tủ ISO", storage_form=dd.StorageForm.BOTH))
    assert (saved.code, saved.title, saved.keeper, saved.retention_label) == (
        "HS.01", "Hồ sơ đánh giá nội bộ", "Văn phòng – Nguyễn Thị Hoa", "10 năm")
    with pytest.raises(ValidationError) as err:
        records.save_record(_rec("hs.01", "Khác", None))
    assert [p.code for p in err.value.problems] == ["duplicate"]
    with pytest.raises(ValidationError) as err:
        records.save_record(_rec("", " ", 0, from_year=2025, to_year=2020))
    assert {p.code for p in err.value.problems} == {"required", "out_of_range", "to_year_before_from_year"}
    records.save_record(replace(saved, retention_years=None, notes="Quyết định"))
    assert records.get_record(saved.id).permanent
    history = services.history.for_record("record_entry", saved.id)
    assert [e.action.value for e in history] == ["create", "update"]
    assert history[1].changes["retention_years"] == [10, None]
    records.delete_record(saved.id)
    assert records.list_records() == []
    services.history.restore(services.history.for_record("record_entry", saved.id)[-1].id)
    assert records.get_record(saved.id).code == "HS.01"


def test_records_form_groups_and_computed_footer(records: RecordsService, vp: int) -> None:
    records.save_record(_rec("HS.00", "Sổ đăng ký văn bản", 20))
    records.save_record(_rec("HS.01", "Hồ sơ ban hành hệ thống tài liệu", None, "HỒ SƠ XÂY DỰNG HTQLCL"))
    records.save_record(_rec("HS.02", "Hồ sơ đánh giá nội bộ năm", 10, "HỒ SƠ DUY TRÌ HTQLCL"))
    records.save_record(_rec("HS.03", "Hồ sơ công bố HTQLCL", None, "Hồ sơ xây dựng  HTQLCL"))
    records.save_record(_rec("HS.04", "Hồ sơ khắc phục", 5, "HỒ SƠ DUY TRÌ HTQLCL", department_id=vp))
    records.save_record(_rec("HS.05", "Hồ sơ cũ", 5, "HỒ SƠ DUY TRÌ HTQLCL", to_year=2023))
    records.save_record(_rec("HS.06", "Hồ sơ mới", 5, "HỒ SƠ DUY TRÌ HTQLCL", from_year=2026))
    form = records.records_form(2025)
    assert [(g.numeral, g.heading, [r.code for r in g.rows]) for g in form.groups] == [
        ("", "", ["HS.00"]),
        ("I", "HỒ SƠ XÂY DỰNG HTQLCL", ["HS.01", "HS.03"]),
        ("II", "HỒ SƠ DUY TRÌ HTQLCL", ["HS.02", "HS.04"]),
    ]
    assert (form.total, form.permanent_count, form.limited_count) == (5, 2, 3)
    assert form.footer == ("Danh mục hồ sơ này có 5 hồ sơ, bao gồm: 2 hồ sơ bảo quản vĩnh viễn; "
                           "3 hồ sơ bảo quản có thời hạn.")
    assert form.groups[2].rows[1].keeper == "Văn phòng" and form.groups[1].rows[0].retention == "Vĩnh viễn"
    assert records.records_form(2023).total == 6 and records.records_form(2026).total == 6  # HS.05 / HS.06
    assert [r.code for r in records.list_records("danh gia")] == ["HS.02"]


def test_records_form_cites_its_decision(records: RecordsService, services) -> None:
    draft = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                    "Ban hành Danh mục hồ sơ năm 2025"))
    issued = services.register.register(draft.id, date(2025, 1, 6))
    assert records.records_form(2025, issued.id).decision_reference == "01/QĐ-UBND ngày 06/01/2025"


def _preview(rows: list[tuple[object, ...]], groups: dict[int, str] | None = None):  # type: ignore[no-untyped-def]
    headers = ("TT", "Tên hồ sơ", "Ký hiệu/Mã hồ sơ", "Bộ phận/Người lưu", "Nơi lưu",
               "Thời gian lưu (thời hạn bảo quản)", "Hình thức lưu (giấy/điện tử)", "Ghi chú")
    sheet = SheetData(path=Path("hs.xlsx"), sheet_names=("Sheet1",), sheet_name="Sheet1", header_rows=(2,),
                      headers=headers, rows=tuple(SourceRow(3 + i, v, (groups or {}).get(i)) for i, v in enumerate(rows)))
    return build_preview(RECORDS_TABLE, sheet, suggest_mapping(RECORDS_TABLE, sheet.headers))


def test_import_all_or_nothing_with_duplicates(records: RecordsService, vp: int, services) -> None:
    services.agency.save_department(d.Department(None, "Tư pháp - Hộ tịch", "TP"))
    services.agency.save_person(d.Person(None, "Phạm Thị Lan"))
    records.save_record(_rec("HS.01", "Đã có", 5))
    rows = [
        (1, "Hồ sơ đánh giá nội bộ", "HS.10", "Văn phòng", "Tủ ISO", "10 năm", "Giấy", None),
        (2, "Trùng", "hs.01", None, None, "Vĩnh viễn", None, None),
        (3, "Hồ sơ khai sinh", "HS.11", "Tư pháp - Hộ tịch – Phạm Thị Lan", None, 20, "Cả hai", None),
        (4, "Không rõ người lưu", "HS.12", "Ban không có", None, 5, None, None),
    ]
    with pytest.raises(ValidationError) as err:
        records.import_rows(_preview(rows))
    assert {(p.row, p.code) for p in err.value.problems} == {(4, "duplicate"), (6, "unknown_keeper")}
    assert [r.code for r in records.list_records()] == ["HS.01"]
    with pytest.raises(ValidationError):  # a bad cell: the preview itself refuses
        records.import_rows(_preview([(1, "X", "HS.20", None, None, "mãi mãi", None, None)]))

    result = records.import_rows(_preview([rows[0], rows[2]], groups={0: "I. HỒ SƠ HỆ THỐNG", 1: "II - HỒ SƠ TTHC"}))
    assert result.created == 2
    by_code = {r.code: r for r in records.list_records()}
    assert (by_code["HS.10"].department_id, by_code["HS.10"].heading) == (vp, "HỒ SƠ HỆ THỐNG")
    assert by_code["HS.11"].keeper == "Tư pháp - Hộ tịch – Phạm Thị Lan"
    assert (by_code["HS.11"].storage_form, by_code["HS.11"].heading) == (dd.StorageForm.BOTH, "HỒ SƠ TTHC")


def test_export_rows_reimport(records: RecordsService, vp: int, tmp_path: Path) -> None:
    from isodesk.reports.xlsx_exporter import export_table_xlsx
    from isodesk.reports.xlsx_import import read_sheet

    records.save_record(_rec("HS.01", "Hồ sơ công bố", None, department_id=vp))
    records.save_record(_rec("HS.02", "Hồ sơ khắc phục", 5, storage_form=dd.StorageForm.ELECTRONIC))
    rows = records.export_rows()
    assert [r["retention"] for r in rows] == [PERMANENT, 5]
    path = export_table_xlsx(RECORDS_TABLE, rows, tmp_path / "hs.xlsx", title="DANH MỤC HỒ SƠ")
    sheet = read_sheet(path, spec=RECORDS_TABLE)
    preview = build_preview(RECORDS_TABLE, sheet, suggest_mapping(RECORDS_TABLE, sheet.headers))
    assert not preview.problems
    assert [(r.values["code"], r.values["retention"], r.values["keeper"]) for r in preview.rows] == [
        ("HS.01", PERMANENT, "Văn phòng"), ("HS.02", 5, None)]
