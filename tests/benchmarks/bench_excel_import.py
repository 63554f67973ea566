"""Read + preview time of a 2,000-row × 10-column register (target: well under 1 s).

Run on demand: ``.venv/bin/pytest tests/benchmarks/bench_excel_import.py -m benchmark -s``.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from isodesk.domain.tabular import ColumnKind, ColumnSpec, RegisterSpec
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping

ROWS = 2_000
SPEC = RegisterSpec(
    "external_documents",
    "DANH MỤC TÀI LIỆU BÊN NGOÀI",
    (
        ColumnSpec("name", "Tên tài liệu", required=True),
        ColumnSpec("code", "Số, ký hiệu", required=True),
        ColumnSpec("issued", "Ngày ban hành", ColumnKind.DATE),
        ColumnSpec("issuer", "Cơ quan ban hành"),
        ColumnSpec("effective", "Ngày có hiệu lực", ColumnKind.DATE),
        ColumnSpec("status", "Tình trạng hiệu lực", ColumnKind.CHOICE, choices={"Còn hiệu lực": 1, "Hết hiệu lực": 0}),
        ColumnSpec("pages", "Số trang", ColumnKind.INT),
        ColumnSpec("keep", "Thời hạn bảo quản", ColumnKind.YEARS_OR_PERMANENT),
        ColumnSpec("place", "Nơi lưu"),
        ColumnSpec("note", "Ghi chú"),
    ),
    unique_keys=("code",),
)


def write_register(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["UBND TỈNH HÀ TĨNH"])
    sheet.append(["DANH MỤC TÀI LIỆU BÊN NGOÀI"])
    sheet.append([])
    sheet.append([column.title for column in SPEC.columns])
    for n in range(ROWS):
        sheet.append([
            f"Văn bản quy phạm pháp luật số {n} về thủ tục hành chính",
            f"{n}/2024/NĐ-CP",
            date(2024, 1 + n % 12, 1 + n % 28) if n % 2 else f"{1 + n % 28:02d}/{1 + n % 12:02d}/2024",
            "Chính phủ",
            45_000 + n,  # Excel serials, as pasted from another sheet
            "Còn hiệu lực" if n % 3 else "het hieu luc",
            f"{n * 7:,}".replace(",", "."),
            "Vĩnh viễn" if n % 5 == 0 else "10 năm",
            "Văn phòng",
            None if n % 4 else "Đã thay thế",
        ])  # fmt: skip
    workbook.save(path)
    return path


def best_of(runs: int, action: object) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return min(timings)


@pytest.mark.benchmark
def test_read_and_preview_2000_rows(tmp_path: Path) -> None:
    path = write_register(tmp_path / "big.xlsx")

    def read_and_preview() -> None:
        sheet = read_sheet(path, spec=SPEC)
        preview = build_preview(SPEC, sheet, suggest_mapping(SPEC, sheet.headers))
        assert preview.ok_count == ROWS and not preview.problems

    seconds = best_of(5, read_and_preview)
    print(f"\nread_sheet + build_preview, {ROWS} rows x {len(SPEC.columns)} columns: {seconds * 1000:.0f} ms (best of 5)")

    rows = [dict(row.values) for row in build_preview(SPEC, read_sheet(path, spec=SPEC), {c.key: i for i, c in enumerate(SPEC.columns)}).rows]  # fmt: skip
    export_seconds = best_of(3, lambda: export_table_xlsx(SPEC, rows, tmp_path / "out.xlsx", title=SPEC.title))
    print(f"export_table_xlsx, {ROWS} rows: {export_seconds * 1000:.0f} ms (best of 3)")
    assert seconds < 1.0
