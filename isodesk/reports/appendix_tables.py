"""A contributed :class:`~isodesk.domain.contributions.AppendixTable` laid out as an NĐ 30 table.

A module builds its appendix once (renderer-neutral, headings verbatim); the module's own document and
the annual report both print it through :func:`appendix_table`, so the two never differ. A heading
written ``"Rủi ro / Thấp"`` is a sub-heading under a parent heading: consecutive columns sharing a
parent get a two-row header (``Rủi ro`` spanning ``Thấp · Cao · Rất cao``), the others span both rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from isodesk.domain.contributions import AppendixTable
from isodesk.reports.model import Align, Column, GroupRow, HeaderCell, Table, TableRow

#: Separates a parent heading from its sub-heading in an appendix column title.
SUBHEADING = " / "


def _split(title: str) -> tuple[str | None, str]:
    if SUBHEADING in title:
        parent, child = title.split(SUBHEADING, 1)
        return parent, child
    return None, title


def header_rows(columns: Sequence[str]) -> tuple[tuple[HeaderCell, ...], ...]:
    """The header of an appendix: one row of titles, or two when some columns have a parent heading."""
    split = [_split(c) for c in columns]
    if all(parent is None for parent, _ in split):
        return ()
    top: list[HeaderCell] = []
    bottom: list[HeaderCell] = []
    i = 0
    while i < len(split):
        parent, child = split[i]
        if parent is None:
            top.append(HeaderCell(child, rowspan=2))
            i += 1
            continue
        j = i
        while j < len(split) and split[j][0] == parent:
            bottom.append(HeaderCell(split[j][1]))
            j += 1
        top.append(HeaderCell(parent, colspan=j - i))
        i = j
    return (tuple(top), tuple(bottom))


def appendix_table(table: AppendixTable, widths_mm: Sequence[float], *, font_size: int | None = 11,
                   centred: Sequence[int] = (0,)) -> Table:
    """The appendix as a bordered table: its header (two rows when grouped), group rows spanning the
    table, data rows; the header repeats on every page."""
    if len(widths_mm) != len(table.columns):
        raise ValueError(f"{table.key}: {len(widths_mm)} widths for {len(table.columns)} columns")
    columns = [Column(_split(title)[1], width, Align.CENTER if i in centred else Align.LEFT)
               for i, (title, width) in enumerate(zip(table.columns, widths_mm, strict=True))]
    rows: list[TableRow | GroupRow] = [GroupRow(r.cells[0]) if r.group else TableRow(r.cells) for r in table.rows]
    return Table(columns=columns, rows=rows, header_rows=header_rows(table.columns), repeat_header=True,
                 font_size=font_size)
