"""Hand-written .xlsx files (stdlib zipfile only) for the import limit and fuzz tests.

The attacks of issue 12 item 4 are tiny on disk and huge once unpacked; writing them with openpyxl would
cost the very memory the tests are about, so the XML parts are streamed into the zip by hand.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Danh mục" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = "</sheetData></worksheet>"
STRINGS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def write_parts(path: Path, sheet: Iterable[bytes], strings: Iterable[bytes] = (b"<si><t>x</t></si>",),
                dimension: str | None = None) -> Path:
    """Write a workbook whose sheet XML and shared strings are streamed from the given chunks
    (``dimension``: the sheet's declared ``<dimension ref>``)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            head = SHEET_HEAD
            if dimension is not None:
                head = head.replace("<sheetData>", f'<dimension ref="{dimension}"/><sheetData>')
            part.write(head.encode())
            for chunk in sheet:
                part.write(chunk)
            part.write(SHEET_TAIL.encode())
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(STRINGS_HEAD.encode())
            for chunk in strings:
                part.write(chunk)
            part.write(b"</sst>")
    return path


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def register_rows(rows: Iterable[tuple[str, str, str]]) -> Iterable[bytes]:
    """A heading row then one row per (name, code, date) tuple, as inline strings."""
    yield ('<row r="1">' + inline("A1", "Tên tài liệu") + inline("B1", "Số, ký hiệu")
           + inline("C1", "Ngày ban hành") + inline("D1", "Cơ quan ban hành") + "</row>").encode()
    for number, (name, code, day) in enumerate(rows, start=2):
        yield (f'<row r="{number}">' + inline(f"A{number}", name) + inline(f"B{number}", code)
               + inline(f"C{number}", day) + inline(f"D{number}", "Quốc hội") + "</row>").encode()


def repeated(unit: bytes, count: int, batch: int = 65_536) -> Iterable[bytes]:
    """``unit`` repeated ``count`` times, in chunks (never the whole text in memory)."""
    whole, rest = divmod(count, batch)
    block = unit * batch
    for _ in range(whole):
        yield block
    if rest:
        yield unit * rest
