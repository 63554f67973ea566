"""Several tables in one workbook (the report package's figures and appendices), each sheet laid out
like a register export, group rows spanning the table and left out of the numbering."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from isodesk.domain.tabular import ColumnKind, ColumnSpec, RegisterSpec
from isodesk.reports.xlsx_exporter import GROUP_ROW, SheetContent, export_workbook_xlsx


def test_two_sheets_with_a_group_row(tmp_path: Path) -> None:
    import openpyxl

    figures = RegisterSpec(key="f", title="Số liệu", sheet_name="So lieu",
                           columns=(ColumnSpec("label", "Nội dung"), ColumnSpec("value", "Giá trị", ColumnKind.DECIMAL)))
    table = RegisterSpec(key="t", title="Phụ lục", sheet_name="Phụ lục I",
                         columns=(ColumnSpec("name", "Tên đơn vị"), ColumnSpec("note", "Ghi chú")))
    path = export_workbook_xlsx([
        SheetContent(figures, [{"label": "Tỷ lệ đúng hạn", "value": Decimal("99.34")}], "SỐ LIỆU"),
        SheetContent(table, [{GROUP_ROW: "I. SỞ, BAN, NGÀNH"}, {"name": "Sở A"}, {"name": "Sở B", "note": "x"},
                             {GROUP_ROW: "II. CẤP XÃ"}, {"name": "Xã C"}], "PHỤ LỤC I"),
    ], tmp_path / "book.xlsx", agency_lines=["UBND TỈNH HÀ TĨNH"])
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["So lieu", "Phụ lục I"]
    rows = list(book["Phụ lục I"].iter_rows(values_only=True))
    body = rows[rows.index(("TT", "Tên đơn vị", "Ghi chú")) + 1:]
    assert body == [("I. SỞ, BAN, NGÀNH", None, None), (1, "Sở A", None), (2, "Sở B", "x"),
                    ("II. CẤP XÃ", None, None), (3, "Xã C", None)]
    merged = {str(r) for r in book["Phụ lục I"].merged_cells.ranges}
    first_group = rows.index(("I. SỞ, BAN, NGÀNH", None, None)) + 1
    assert f"A{first_group}:C{first_group}" in merged
    figure_rows = list(book["So lieu"].iter_rows(values_only=True))
    assert (1, "Tỷ lệ đúng hạn", Decimal("99.34")) in figure_rows or (1, "Tỷ lệ đúng hạn", 99.34) in figure_rows
    assert book["So lieu"].page_setup.fitToWidth == 1
