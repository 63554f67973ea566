"""The printed summary of TTHC results, digitisation and citizen satisfaction of a year (NĐ 30 form), built
from the renderer-neutral appendix tables the results module contributes (no database, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from isodesk.domain.contributions import AppendixTable
from isodesk.domain.core import AgencyProfile
from isodesk.reports.model import (
    AdminDocument,
    Align,
    Column,
    GroupRow,
    Heading,
    Orientation,
    Paragraph,
    Signature,
    Table,
    TableRow,
)

SUMMARY_TITLE = "BẢNG TỔNG HỢP"


def _columns(table: AppendixTable) -> tuple[Column, ...]:
    columns = []
    for i, title in enumerate(table.columns):
        if i == 0:
            columns.append(Column(title, 10, Align.CENTER))
        elif i == 1:
            columns.append(Column(title, 42))
        elif title == "Ý kiến góp ý":
            columns.append(Column(title, 50))
        else:
            columns.append(Column(title, 19, Align.CENTER))
    return tuple(columns)


def build_results_summary(tables: Sequence[AppendixTable], profile: AgencyProfile, *, year: int,
                          on: date | None = None, prepared_by: str = "") -> AdminDocument:
    """BẢNG TỔNG HỢP kết quả giải quyết TTHC, số hóa và mức độ hài lòng năm ``year``: one numbered section
    per table (its title verbatim), on landscape pages, signed by the preparer."""
    on = on or date.today()
    body: list[object] = [Paragraph(f"(Số liệu đến ngày {on:%d/%m/%Y})", italic=True, align=Align.CENTER,
                                    indent_first_line=False)]
    for n, table in enumerate(tables, start=1):
        body.append(Heading(2, f"{n}. {table.title}"))
        rows: list[TableRow | GroupRow] = []
        for row in table.rows:
            rows.append(GroupRow(row.cells[0]) if row.group else TableRow(row.cells, bold=row.cells[0] == ""))
        if not rows:
            body.append(Paragraph("Chưa có số liệu.", italic=True))
            continue
        body.append(Table(columns=_columns(table), rows=rows, font_size=10))
    return AdminDocument(
        agency=profile.name, parent_agency=profile.header_parent or None,
        place=profile.place_name or profile.province or "…", issuer_name=profile.name,
        symbol="", numbered=False, doc_type=SUMMARY_TITLE,  # a summary table (form): no số, no ký hiệu
        summary=f"Kết quả giải quyết thủ tục hành chính, số hóa hồ sơ và mức độ hài lòng năm {year}",
        date=on, body=body,  # type: ignore[arg-type]  # body holds report blocks only
        signature=Signature(("NGƯỜI LẬP",), prepared_by, blank_lines=3),
        orientation=Orientation.LANDSCAPE, body_font_size=13)
