"""One formatter per thing written: counts with the thousands dot, lần ban hành "01" in print and Excel,
one status wording for texts in force."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain import legal as lg
from isodesk.domain.formatting import format_count, format_revision
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.services.documents.documents_printouts import build_documents_list
from isodesk.services.documents.documents_service import DOCUMENTS_TABLE


def test_counts_in_running_text_take_the_thousands_dot() -> None:
    assert format_count(1294, "tài liệu") == "1.294 tài liệu"
    assert format_count(7, "TTHC") == "7 TTHC"
    assert format_count(12000) == "12.000"


def test_the_documents_list_footer_counts_with_the_thousands_dot() -> None:
    rows = [dd.DocumentRow(i, f"BM.{i:04d}", "Biểu mẫu", dd.DocumentKind.FORM, "Văn phòng", 1,
                           dd.RevisionStatus.EFFECTIVE, date(2025, 3, 10), None, False) for i in range(1, 1295)]
    profile = d.AgencyProfile(None, date(2020, 1, 1), "Ủy ban nhân dân xã X", "", d.AgencyTier.COMMUNE,
                              "Hà Tĩnh", "X", "UBND")
    doc = build_documents_list(rows, profile, on=date(2026, 1, 5))
    assert doc.body[-1].text == "Danh mục này có 1.294 tài liệu."


def test_the_records_form_footer_counts_with_the_thousands_dot() -> None:
    form = dd.RecordsForm(2025, "", (), total=1294, permanent_count=1000, limited_count=294)
    assert form.footer == ("Danh mục hồ sơ này có 1.294 hồ sơ, bao gồm: 1.000 hồ sơ bảo quản vĩnh viễn; "
                           "294 hồ sơ bảo quản có thời hạn.")


def test_lan_ban_hanh_is_two_digits_in_print_and_in_excel(tmp_path: Path) -> None:
    assert format_revision(1) == "01" and format_revision(12) == "12" and format_revision(None) == ""
    rows = [{"code": "QT.01", "title": "Quy trình kiểm soát thông tin", "kind": dd.DocumentKind.SYSTEM_PROCEDURE,
             "revision_number": 1, "effective_date": date(2025, 3, 10), "status": dd.RevisionStatus.EFFECTIVE}]
    path = export_table_xlsx(DOCUMENTS_TABLE, rows, tmp_path / "tai-lieu.xlsx", title="DANH MỤC TÀI LIỆU NỘI BỘ")
    sheet = load_workbook(path).active
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == 1 and c.column > 1)
    assert cell.number_format == "00"  # shows "01", stays a number for sorting and re-import
    assert "Còn hiệu lực" in [c.value for row in sheet.iter_rows() for c in row]


def test_status_in_force_has_one_wording_across_lists() -> None:
    # DOMAIN.md §6.5 "Tình trạng hiệu lực (còn/hết …)": internal and external documents say the same
    assert dd.RevisionStatus.EFFECTIVE.label == lg.LegalStatus.IN_FORCE.label == "Còn hiệu lực"
    assert dd.RevisionStatus.SUPERSEDED.label == lg.LegalStatus.EXPIRED.label == "Hết hiệu lực"
