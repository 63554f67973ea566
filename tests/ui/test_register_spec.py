"""One RegisterSpec drives everything of a register: the screen model's headers and width hints, the Excel
export's headings and sheet name, the import mapping, and the printed list's columns."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt

from isodesk.domain import documents as dd
from isodesk.domain.core import AgencyProfile, AgencyTier
from isodesk.domain.legal import EXTERNAL_DOCUMENTS_SPEC, ExternalDocKind, ExternalDocument, LegalStatus
from isodesk.domain.scope import TTHC_SPEC, Tthc, TthcStatus
from isodesk.domain.tabular import MAX_SHEET_NAME, ColumnSpec, RegisterFilter, RegisterSpec, equals
from isodesk.reports.printouts import build_register_list, print_headings, print_table_columns
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.reports.xlsx_import import suggest_mapping
from isodesk.ui.models.dto_table_model import DtoTableModel
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel

SPECS = [dd.DOCUMENTS_REGISTER, dd.RECORDS_REGISTER, EXTERNAL_DOCUMENTS_SPEC, TTHC_SPEC]
IDS = [spec.key for spec in SPECS]
PROFILE = AgencyProfile(None, date(2025, 7, 1), "Ủy ban nhân dân xã Sơn Lâm", "Ủy ban nhân dân tỉnh Hà Tĩnh",
                        AgencyTier.COMMUNE, "Hà Tĩnh", "Sơn Lâm", "UBND")

ROWS = {
    "internal_documents": [dd.DocumentRow(1, "QT.10", "Quy trình kiểm soát tài liệu", dd.DocumentKind.INTERNAL_PROCEDURE,
                                          "Văn phòng", 2, dd.RevisionStatus.EFFECTIVE, date(2025, 3, 1),
                                          date(2026, 3, 1), False),
                           dd.DocumentRow(2, "QT.2", "Quy trình đánh giá nội bộ", dd.DocumentKind.INTERNAL_PROCEDURE,
                                          "", None, dd.RevisionStatus.DRAFT, None, None, False)],
    "records": [dd.RecordEntry(1, "Hồ sơ đánh giá nội bộ", "HS.03", 5, dd.StorageForm.PAPER, heading="Đánh giá"),
                dd.RecordEntry(2, "Sổ đăng ký khai sinh", "HT.01", None, dd.StorageForm.BOTH, to_year=2025)],
    "external_documents": [
        ExternalDocument(1, ExternalDocKind.DECREE, "118/2025/NĐ-CP", date(2025, 6, 9), "Chính phủ",
                         "Về thực hiện thủ tục hành chính theo cơ chế một cửa", field="Một cửa"),
        ExternalDocument(2, ExternalDocKind.LAW, "60/2014/QH13", date(2014, 11, 20), "Quốc hội", "Hộ tịch",
                         field="Hộ tịch", status=LegalStatus.EXPIRED)],
    "tthc": [Tthc(1, "1.001193.000.00.00.H12", "Đăng ký khai sinh", field="Hộ tịch", decision_ref="1295/QĐ-UBND",
                  decision_date=date(2022, 6, 24), procedure_id=5, procedure_label="QT.HT.01 Đăng ký khai sinh"),
             Tthc(2, "2.000748", "Chứng thực bản sao", field="Chứng thực", status=TthcStatus.ABOLISHED)],
}


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_the_screen_model_takes_headers_and_width_hints_from_the_spec(qapp, qtmodeltester, spec: RegisterSpec) -> None:
    model = RegisterTableModel(spec)
    model.set_rows(ROWS[spec.key])
    qtmodeltester.check(model)
    assert model.columnCount() == len(spec.screen_columns)
    for section, column in enumerate(spec.screen_columns):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        expected = QCoreApplication.translate(spec.context, column.header) if column.header else column.title
        assert header == expected
        assert model.headerData(section, Qt.Orientation.Horizontal, DtoTableModel.WidthHintRole) == round(
            column.width_hint)
        assert model.data(model.index(0, section)) == column.text(ROWS[spec.key][0])
    hints = {c.key: c.width_hint for c in spec.screen_columns}
    # Long text gets the room: the widest hint is the register's long text column.
    long_text = {"internal_documents": "title", "records": "title", "external_documents": "title", "tthc": "name"}
    assert max(hints, key=hints.__getitem__) == long_text[spec.key]
    assert min(hints.values()) * 3 <= hints[long_text[spec.key]]  # dates and numbers stay narrow


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_excel_export_headings_and_sheet_name_come_from_the_spec(spec: RegisterSpec, tmp_path: Path) -> None:
    path = export_table_xlsx(spec, [], tmp_path / "out.xlsx", title=spec.title)
    sheet = load_workbook(path).active
    assert sheet.title == spec.sheet_name
    assert len(spec.sheet_name) <= MAX_SHEET_NAME
    # Chosen, not the title cut at 31 characters in the middle of a word.
    if len(spec.title) > MAX_SHEET_NAME:
        assert spec.sheet_name != spec.title[:MAX_SHEET_NAME].strip()
    assert not spec.sheet_name.endswith(" ") and spec.sheet_name.split()[-1].isalpha()
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(row for row in values if row and row[0] == "TT")
    assert header[1:len(spec.columns) + 1] == [column.title for column in spec.columns]


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_import_mapping_reads_the_spec_headings(spec: RegisterSpec) -> None:
    headings = ["TT", *(column.title for column in reversed(spec.columns))]
    mapping = suggest_mapping(spec, headings)
    assert mapping == {column.key: headings.index(column.title) for column in spec.columns}


@pytest.mark.parametrize("spec", [dd.DOCUMENTS_REGISTER, EXTERNAL_DOCUMENTS_SPEC, TTHC_SPEC], ids=lambda spec: spec.key)
def test_the_printed_list_takes_its_columns_from_the_spec(spec: RegisterSpec) -> None:
    columns = print_table_columns(spec)
    assert tuple(c.title for c in columns) == print_headings(spec) == ("TT", *(c.printed_title for c in spec.print_columns))
    assert [c.width_mm for c in columns[1:]] == [c.print_width for c in spec.print_columns]
    document = build_register_list(spec, ROWS[spec.key], PROFILE, summary="", footer="Hết.",
                                   on=date(2026, 1, 5))
    assert document.doc_type == spec.printed_title
    table = next(block for block in document.body if hasattr(block, "rows"))
    data = [row.cells for row in table.rows if hasattr(row, "cells")]
    assert len(data) == len(ROWS[spec.key])
    first = ROWS[spec.key]
    assert all(len(cells) == len(columns) for cells in data)
    assert {cells[1] for cells in data} == {spec.print_columns[0].text(row) for row in first}


def test_the_proxy_applies_the_spec_filters_and_search(qapp) -> None:
    model = RegisterTableModel(EXTERNAL_DOCUMENTS_SPEC)
    model.set_rows(ROWS["external_documents"])
    proxy = RegisterFilterProxyModel(EXTERNAL_DOCUMENTS_SPEC)
    proxy.setSourceModel(model)
    proxy.set_filters(status=LegalStatus.EXPIRED)
    assert [proxy.row_dto(i).number_symbol for i in range(proxy.rowCount())] == ["60/2014/QH13"]
    proxy.set_filters(status=None, text="mot cua")
    assert [proxy.row_dto(i).number_symbol for i in range(proxy.rowCount())] == ["118/2025/NĐ-CP"]
    proxy.set_filters(text="", field="HỘ TỊCH")
    assert proxy.rowCount() == 1
    with pytest.raises(KeyError):
        proxy.set_filters(colour="red")


def test_sorting_follows_the_spec_keys(qapp) -> None:
    model = RegisterTableModel(dd.DOCUMENTS_REGISTER)
    model.set_rows(ROWS["internal_documents"])
    proxy = RegisterFilterProxyModel(dd.DOCUMENTS_REGISTER)
    proxy.setSourceModel(model)
    proxy.sort(model.column_of("code"), Qt.SortOrder.AscendingOrder)
    assert [proxy.row_dto(i).code for i in range(proxy.rowCount())] == ["QT.2", "QT.10"]  # natural order
    proxy.sort(model.column_of("effective_date"), Qt.SortOrder.AscendingOrder)
    assert proxy.row_dto(0).effective_date is None  # missing dates first


def test_a_spec_refuses_a_sheet_name_it_would_have_to_cut() -> None:
    columns = (ColumnSpec("code", "Mã"),)
    with pytest.raises(ValueError, match="sheet_name"):
        RegisterSpec("x", "DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI", columns)
    with pytest.raises(ValueError, match="sheet name"):
        RegisterSpec("x", "T", columns, sheet_name="Danh mục tài liệu có nguồn gốc bên ngoài")
    with pytest.raises(ValueError, match="sheet name"):
        RegisterSpec("x", "T", columns, sheet_name="Tài liệu: bên ngoài")
    with pytest.raises(ValueError, match="unknown"):
        RegisterSpec("x", "T", columns, screen=("code", "nothing"))
    spec = RegisterSpec("x", "Danh mục", columns, filters=(RegisterFilter("code", equals("code")),))
    assert spec.sheet_name == "Danh mục"
