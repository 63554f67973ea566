"""The generic Excel import dialog: any register, malformed files explained in Vietnamese, the column
mapping, the preview with problems, all-or-nothing import through the caller's callback, the template."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from isodesk.domain.errors import FieldProblem, ValidationError
from isodesk.domain.tabular import PROBLEM_CODES, ColumnKind, ColumnSpec, RegisterSpec
from isodesk.ui.models.import_preview_model import ImportPreviewTableModel, ImportProblemsListModel

SPEC = RegisterSpec(
    key="test_register",
    title="DANH MỤC THỬ",
    columns=(
        ColumnSpec("code", "Số, ký hiệu", required=True, max_length=20, aliases=("Ký hiệu",)),
        ColumnSpec("title", "Tên văn bản", required=True),
        ColumnSpec("issued", "Ngày ban hành", ColumnKind.DATE),
        ColumnSpec("copies", "Số bản", ColumnKind.INT, min_value=1, max_value=50),
        ColumnSpec("retention", "Thời hạn bảo quản", ColumnKind.YEARS_OR_PERMANENT),
        ColumnSpec("status", "Tình trạng", ColumnKind.CHOICE, choices={"Còn hiệu lực": "on", "Hết hiệu lực": "off"}),
    ),
    unique_keys=("code",),
)
HEADINGS = ["TT", "Số, ký hiệu", "Tên văn bản", "Ngày ban hành", "Số bản", "Thời hạn bảo quản", "Tình trạng"]


class Sink:
    """The callback a register would give: records what it was asked to write, or refuses."""

    def __init__(self, refuse: list[FieldProblem] | None = None) -> None:
        self.written: list[dict[str, object]] = []
        self.refuse = refuse

    def __call__(self, preview: Any) -> object:
        rows = preview.rows_to_write()
        if self.refuse:
            raise ValidationError(self.refuse)
        self.written = [dict(r.values) for r in rows]

        class Result:
            created = len(rows)

        return Result()


@pytest.fixture
def dialog_for(ui_env, qtbot):  # type: ignore[no-untyped-def]
    from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog

    def make(sink: Sink | None = None) -> Any:
        dialog = ExcelImportDialog(SPEC, sink or Sink(), title="Danh mục thử")
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def _xlsx(path: Path, rows: list[list[object]], headings: list[str] = HEADINGS, title_rows: int = 2,
          sheets: tuple[str, ...] = ()) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh muc"
    for _ in range(title_rows):
        sheet.append(["ỦY BAN NHÂN DÂN XÃ SƠN LÂM"])
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    for name in sheets:
        other = book.create_sheet(name)
        other.append(["Số, ký hiệu", "Tên văn bản"])
        other.append(["99/QĐ", "Văn bản ở trang khác"])
    book.save(path)
    return path


GOOD = [
    [1, "05/QĐ-UBND", "Quyết định ban hành hệ thống tài liệu", "10/01/2025", 3, "Vĩnh viễn", "Còn hiệu lực"],
    [2, "12/KH-UBND", "Kế hoạch duy trì HTQLCL", date(2025, 2, 3), 2, "10 năm", "Hết hiệu lực"],
]


def test_a_valid_file_previews_and_imports(dialog_for, tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    sink = Sink()
    dialog = dialog_for(sink)
    assert not dialog.can_import()
    assert dialog.load_file(_xlsx(tmp_path / "ok.xlsx", GOOD))
    assert dialog.mapping() == {"code": 1, "title": 2, "issued": 3, "copies": 4, "retention": 5, "status": 6}
    assert dialog.ui.header_info_label.text() == "Đã tìm thấy tiêu đề cột ở dòng 3."
    assert dialog.problem_lines() == [] and not dialog.ui.problems_view.isVisibleTo(dialog)
    model = dialog.preview_model
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 7
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Dòng Excel"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Số, ký hiệu *"
    assert [model.index(0, c).data() for c in range(7)] == [
        "4", "05/QĐ-UBND", "Quyết định ban hành hệ thống tài liệu", "10/01/2025", "3", "Vĩnh viễn", "Còn hiệu lực"]
    assert model.index(1, 5).data() == "10 năm"
    assert "có thể nhập 2 dòng" in dialog.ui.summary_label.text()
    assert dialog.can_import()
    assert dialog.do_import()
    assert [r["code"] for r in sink.written] == ["05/QĐ-UBND", "12/KH-UBND"]
    assert dialog.ui.result_label.text() == "Đã nhập 2 dòng."
    assert not dialog.can_import()


def test_rows_with_problems_are_listed_and_block_the_import(dialog_for, tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    sink = Sink()
    dialog = dialog_for(sink)
    rows = GOOD + [
        [3, "05/qđ-ubnd", "Trùng số", "31/02/2025", 0, "mãi mãi", "Đang xem"],
        [4, "", "Thiếu số", None, "ba", None, None],
    ]
    assert dialog.load_file(_xlsx(tmp_path / "loi.xlsx", rows))
    lines = dialog.problem_lines()
    assert lines == [
        "Dòng 6: “31/02/2025” ở cột “Ngày ban hành” không phải là ngày; hãy ghi theo dạng ngày/tháng/năm, ví dụ "
        "06/11/2025.",
        "Dòng 6: “0” ở cột “Số bản” phải trong khoảng từ 1 đến 50.",
        "Dòng 6: “mãi mãi” ở cột “Thời hạn bảo quản” không phải là thời hạn bảo quản; hãy ghi “Vĩnh viễn” hoặc số "
        "năm, ví dụ “10 năm”.",
        "Dòng 6: “Đang xem” ở cột “Tình trạng” không thuộc các giá trị được chấp nhận: Còn hiệu lực, Hết hiệu lực.",
        "Dòng 6: “05/qđ-ubnd” ở cột “Số, ký hiệu” đã có ở dòng 4 của tệp.",
        "Dòng 7: Cột “Số, ký hiệu” đang trống; cột này bắt buộc phải có dữ liệu.",
        "Dòng 7: “ba” ở cột “Số bản” không phải là số.",
    ]
    assert not dialog.can_import() and not dialog.do_import() and sink.written == []
    assert dialog.ui.problems_view.isVisibleTo(dialog)
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).number == 6)
    assert model.index(row, 3).data().startswith("⚠")
    assert model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "không phải là ngày" in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(dialog.problems_model)
    assert "2 dòng có lỗi, 2 dòng đúng" in dialog.ui.summary_label.text()
    # clicking a problem selects its row in the preview
    dialog._on_problem_clicked(dialog.problems_model.index(5, 0))
    assert dialog.ui.preview_view.selectionModel().selectedRows()[0].row() == next(
        r for r in range(model.rowCount()) if model.row_at(r).number == 7)


def test_the_mapping_can_be_changed_and_a_missing_column_is_reported(dialog_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for()
    headings = ["TT", "Số hiệu văn bản", "Tên văn bản", "Ngày", "Số bản", "Thời hạn bảo quản", "Tình trạng"]
    assert dialog.load_file(_xlsx(tmp_path / "map.xlsx", GOOD, headings))
    assert dialog.mapping()["code"] is None
    assert dialog.problem_lines()[0] == ("Chưa chọn cột bắt buộc “Số, ký hiệu”: hãy chọn cột tương ứng của tệp.")
    assert not dialog.can_import()
    dialog.set_mapping("code", 1)
    dialog.set_mapping("issued", 3)
    assert dialog.problem_lines() == [] and dialog.can_import()
    dialog.set_mapping("title", 1)
    assert any("bị chọn hai lần" in line for line in dialog.problem_lines())


def test_database_refusals_are_shown_and_nothing_is_written(dialog_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sink = Sink(refuse=[FieldProblem("code", "duplicate", {"value": "05/QĐ-UBND"}, row=4)])
    dialog = dialog_for(sink)
    assert dialog.load_file(_xlsx(tmp_path / "ok.xlsx", GOOD))
    assert dialog.can_import()
    assert not dialog.do_import()
    assert dialog.problem_lines() == ["Dòng 4: Số, ký hiệu: “05/QĐ-UBND” đã có."] or \
        dialog.problem_lines()[0].startswith("Dòng 4: Số, ký hiệu")
    assert "Chưa nhập dòng nào" in dialog.ui.problems_label.text()
    assert not dialog.can_import() and sink.written == []


def test_another_sheet_can_be_chosen(dialog_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for()
    assert dialog.load_file(_xlsx(tmp_path / "2.xlsx", GOOD, sheets=("Trang 2",)))
    assert dialog.ui.sheet_combo.isEnabled() and dialog.ui.sheet_combo.count() == 2
    assert dialog.set_sheet("Trang 2")
    assert dialog.preview.sheet.sheet_name == "Trang 2" and len(dialog.preview.rows) == 1


def _encrypted(path: Path) -> Path:
    # An OLE compound file holding an "EncryptedPackage" stream: what Excel writes for a password.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le")
                     + b"\0" * 500)
    return path


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return path


@pytest.mark.parametrize(("make", "expected"), [
    (lambda p: (p / "cu.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000) and p / "cu.xls",
     "định dạng Excel 97-2003 cũ (.xls)"),
    (lambda p: _encrypted(p / "mat-khau.xlsx"), "có mật khẩu"),
    (lambda p: (p / "rong.xlsx").write_bytes(b"") is not None and p / "rong.xlsx", "trống (0 byte)"),
    (lambda p: (p / "van-ban.xlsx").write_text("Số;Tên\n1;a", encoding="utf-8") and p / "van-ban.xlsx",
     "không phải là tệp Excel (.xlsx)"),
    (lambda p: _docx(p / "word.xlsx"), "có thể là tệp Word"),
    (lambda p: p / "khong-co.xlsx", "Không tìm thấy tệp"),
    (lambda p: _xlsx(p / "khong-tieu-de.xlsx", [["a", "b"]], headings=["Cột A", "Cột B"], title_rows=0),
     "Không tìm thấy dòng tiêu đề cột"),
])
def test_malformed_files_are_explained_and_change_nothing(dialog_for, tmp_path: Path, make, expected) -> None:  # type: ignore[no-untyped-def]
    sink = Sink()
    dialog = dialog_for(sink)
    path = make(tmp_path)
    assert not dialog.load_file(path)
    assert dialog.ui.file_error_label.isVisibleTo(dialog)
    assert expected in dialog.ui.file_error_label.text()
    assert dialog.preview is None and not dialog.can_import() and sink.written == []


def test_the_template_is_written_with_the_exact_headings(dialog_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    dialog = dialog_for()
    written = dialog.save_template(tmp_path / "mau")
    assert written.suffix == ".xlsx"
    flat = [v for row in load_workbook(written).active.iter_rows(values_only=True, max_row=10) for v in row if v]
    assert all(title in flat for title in ("Số, ký hiệu", "Tên văn bản", "Ngày ban hành", "Tình trạng"))
    # and the template reads back: no data yet
    assert dialog.load_file(written)
    assert any("không có dòng dữ liệu" in line for line in dialog.problem_lines())


def test_every_problem_code_has_a_vietnamese_text(ui_env) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain.errors import DomainError
    from isodesk.ui.dialogs.form_dialog import message_for
    from isodesk.ui.dialogs.excel_import_dialog import CELL_MESSAGES, problem_message

    params = {"column": "Số bản", "value": "x", "min": 1, "max": 5, "choices": ["A", "B"], "max_length": 3,
              "length": 9, "first_row": 4, "source": "Cột C", "sheet": "Trang 1", "sheets": ["Trang 1"],
              "expected": ["Số, ký hiệu"], "limit": 20000, "detail": "I/O", "path": "/tmp/a.xlsx"}
    for code in PROBLEM_CODES:
        if code in CELL_MESSAGES:
            text = problem_message(FieldProblem("copies", code, params, row=5), SPEC)
        else:
            text = message_for(DomainError(code, **params))
        assert "{" not in text, (code, text)
        assert "không thực hiện được" not in text, code  # not the generic "unknown code" message
        assert any(ch in text for ch in "ăâđêôơưáàảãạ"), (code, text)  # Vietnamese, not the English source


def test_problem_list_model_contract(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from isodesk.ui.models.import_preview_model import ProblemLine

    model = ImportProblemsListModel()
    model.set_lines([ProblemLine(None, "Chưa chọn cột"), ProblemLine(5, "Dòng 5: lỗi")])
    qtmodeltester.check(model)
    assert model.index(1, 0).data(ImportProblemsListModel.RowRole) == 5
    empty = ImportPreviewTableModel()
    qtmodeltester.check(empty)
