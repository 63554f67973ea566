"""Import a register from Excel, for any register (:class:`~isodesk.domain.tabular.RegisterSpec`).

Choose the .xlsx file → the sheet → which column of the file feeds each column of the register (prefilled
by ``suggest_mapping``; required columns marked) → a preview of every row with its problems → **Nhập**,
enabled only when there is no problem. The caller's callback writes all rows in one transaction, or
none (``ImportPreview.rows_to_write``); when the database refuses rows (a code that already exists…),
nothing is written and the rows are listed like the file's own problems.

A file that cannot be read (old .xls, password, not Excel, no heading row…) is explained in Vietnamese
and changes nothing. **Tải mẫu Excel…** writes the empty template with the exact headings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QPushButton, QWidget

from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.tabular import RegisterSpec
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.dialogs.form_dialog import message_for, readable
from isodesk.ui.forms.ui_excel_import_dialog import Ui_ExcelImportDialog
from isodesk.ui.models.import_preview_model import ImportPreviewTableModel, ImportProblemsListModel, ProblemLine
from isodesk.ui.settings import UiSettings

if TYPE_CHECKING:
    from isodesk.reports.xlsx_import import ImportPreview, SheetData

_CTX = "ExcelImportDialog"

#: Messages of the cell, row and sheet problems of a preview (params: column, value, and per code
#: min/max, choices, max_length/length, first_row, source, sheet). Keyed by the codes of
#: :data:`isodesk.domain.tabular.PROBLEM_CODES`.
CELL_MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("ExcelImportDialog", "column “{column}” is empty; it must be filled in."),
    "not_a_date": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” is not a date; write it as dd/mm/yyyy, e.g. 06/11/2025."),
    "not_a_number": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” is not a number."),
    "not_an_integer": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” must be a whole number."),
    "out_of_range": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” must be between {min} and {max}."),
    "out_of_range_min": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” must be at least {min}."),
    "out_of_range_max": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” must be at most {max}."),
    "not_a_choice": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” is not one of the accepted values: {choices}."),
    "not_yes_no": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” must be “Có” or “Không”."),
    "not_a_retention": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” is not a retention period; write “Vĩnh viễn” or a number of years, e.g. “10 năm”."),
    "too_long": QT_TRANSLATE_NOOP("ExcelImportDialog", "column “{column}” holds {length} characters; at most {max_length} are allowed."),
    "duplicate_in_file": QT_TRANSLATE_NOOP("ExcelImportDialog", "“{value}” in column “{column}” already appears in row {first_row} of the file."),
    "column_missing": QT_TRANSLATE_NOOP("ExcelImportDialog", "The required column “{column}” is not chosen: pick the column of the file that holds it."),
    "column_mapped_twice": QT_TRANSLATE_NOOP("ExcelImportDialog", "The file's column “{source}” is chosen twice (again for “{column}”); each column of the file can feed only one column."),
    "no_rows": QT_TRANSLATE_NOOP("ExcelImportDialog", "The sheet “{sheet}” has the headings but no data rows below them."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def problem_message(problem: FieldProblem, spec: RegisterSpec) -> str:
    """One problem of a preview (or of the import callback) in the user's language, with its Excel row."""
    code = problem.code
    error = readable(DomainError("x", [problem]))
    assert isinstance(error, DomainError)  # readable() keeps a DomainError's class
    params = dict(error.problems[0].params)
    if "column" not in params:
        try:
            params["column"] = spec.column(problem.field).display_title
        except KeyError:
            params["column"] = problem.field
    if code == "not_a_choice":
        # The accepted texts include aliases ("Sổ tay" for "Sổ tay chất lượng"): name each choice once.
        try:
            column = spec.column(problem.field)
        except KeyError:
            column = None
        if column is not None and column.choices:
            first: dict[object, str] = {}
            for text, value in column.choices.items():
                first.setdefault(value, text)
            params["choices"] = ", ".join(first.values())
    if code == "out_of_range":
        if params.get("min") is None:
            code = "out_of_range_max"
        elif params.get("max") is None:
            code = "out_of_range_min"
    text = ""
    if code in CELL_MESSAGES:
        try:  # a service's problem with the same code may lack a placeholder: then the generic text
            text = _tr(CELL_MESSAGES[code]).format_map(params)
            text = text[:1].upper() + text[1:]
        except (KeyError, IndexError, ValueError):
            text = ""
    if not text:
        labels = {c.key: c.display_title for c in spec.columns}
        text = message_for(DomainError("validation", [FieldProblem(problem.field, problem.code, problem.params)]),
                           labels)
    if problem.row is not None:
        return QCoreApplication.translate("ExcelImportDialog", "Row {row}: {text}").format(row=problem.row, text=text)
    return text


class ExcelImportDialog(BaseDialog):
    """Generic Excel import: any ``spec``; ``import_rows(preview)`` writes every row or raises."""

    imported = Signal(object)
    """The callback wrote the rows; its result (e.g. an ``ImportResult``)."""

    def __init__(self, spec: RegisterSpec, import_rows: Callable[[ImportPreview], object],
                 parent: QWidget | None = None, *, title: str = "", template_name: str = "",
                 describe_result: Callable[[object], str] | None = None,
                 agency_lines: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._ui = Ui_ExcelImportDialog()
        self._ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.spec = spec
        self._import_rows = import_rows
        self._describe_result = describe_result
        self._agency_lines = tuple(agency_lines)
        self.template_name = template_name or f"Mau-{spec.key}.xlsx"
        self.title = title or spec.title
        self.setWindowTitle(self.tr("Import from Excel: {title}").format(title=self.title))
        self.path: Path | None = None
        self.sheet: SheetData | None = None
        self.preview: ImportPreview | None = None
        self.import_result: object | None = None
        self._mapping_combos: dict[str, QComboBox] = {}
        self._service_problems: list[FieldProblem] = []

        self._ui.intro_label.setText(self.tr(
            "Choose the Excel file of the list “{title}”. The row of column headings is found by itself; check "
            "which column of the file feeds each column of the list and look at the preview. Nothing is written "
            "unless every row is correct; then all rows are imported at once.").format(title=self.title))
        self._ui.mapping_hint_label.setText(self.tr("Columns marked * must be filled in."))
        self.preview_model = ImportPreviewTableModel(self)
        self._ui.preview_view.setModel(self.preview_model)
        self._ui.preview_view.verticalHeader().setDefaultSectionSize(24)
        self._ui.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problems_model = ImportProblemsListModel(self)
        self._ui.problems_view.setModel(self.problems_model)
        self._ui.splitter.setSizes([340, 700])
        self._ui.mapping_layout.setRowWrapPolicy(self._ui.mapping_layout.RowWrapPolicy.WrapAllRows)
        self.setMinimumSize(900, 560)
        self._ui.preview_splitter.setSizes([330, 150])

        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("Primary")
        self._ui.button_box.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._ui.button_box.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._on_import_clicked)
        self._ui.browse_button.clicked.connect(self._on_browse_clicked)
        self._ui.template_button.clicked.connect(self._on_template_clicked)
        self._ui.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        self._ui.problems_view.clicked.connect(self._on_problem_clicked)
        self._reset()
        self.resize(1040, 640)

    @property
    def ui(self) -> Ui_ExcelImportDialog:
        return self._ui

    # ------------------------------------------------------------------ state
    def _reset(self) -> None:
        self.sheet = None
        self.preview = None
        self._service_problems = []
        self.preview_model.set_preview(None)
        self.problems_model.set_lines([])
        self._ui.summary_label.setText("")
        self._ui.problems_label.setVisible(False)
        self._ui.problems_view.setVisible(False)
        self._ui.result_label.setText("")
        self._clear_mapping()
        self._update_buttons()

    def _show_file_error(self, exc: BaseException | None) -> None:
        label = self._ui.file_error_label
        label.setVisible(exc is not None)
        label.setText(message_for(exc) if exc is not None else "")

    def _update_buttons(self) -> None:
        ok = (self.preview is not None and not self.preview.problems and not self._service_problems
              and self.preview.ok_count > 0 and self.import_result is None)
        self.import_button.setEnabled(ok)

    def can_import(self) -> bool:
        return self.import_button.isEnabled()

    # ------------------------------------------------------------------ file and sheet
    def _ask_open_path(self) -> Path | None:
        """Ask for the workbook (a modal file dialog; tests replace this method)."""
        settings = UiSettings()
        folder = settings.value("import/last_dir", "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the Excel file"), str(folder),
                                              self.tr("Excel files (*.xlsx *.xlsm *.xls);;All files (*)"))
        if not path:
            return None
        settings.set_value("import/last_dir", str(Path(path).parent))
        return Path(path)

    def _ask_save_path(self, file_name: str) -> Path | None:
        settings = UiSettings()
        folder = settings.export_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Excel template"), str(Path(folder) / file_name),
                                              self.tr("Excel files (*.xlsx)"))
        if not path:
            return None
        settings.export_dir = str(Path(path).parent)
        return Path(path)

    def _on_browse_clicked(self) -> None:
        path = self._ask_open_path()
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Read ``path`` (the best-fitting sheet), suggest the mapping and preview. False when the file
        cannot be read (the reason is shown; nothing changes)."""
        from isodesk.reports.xlsx_import import read_sheet

        self.import_result = None
        self._ui.file_edit.setText(str(path))
        self._reset()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet = read_sheet(path, spec=self.spec)
        except DomainError as exc:
            self.path = None
            self._fill_sheets((), None)
            self._show_file_error(exc)
            self._ui.header_info_label.setText("")
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.path = Path(path)
        self._show_file_error(None)
        self._fill_sheets(sheet.sheet_names, sheet.sheet_name)
        self._use_sheet(sheet)
        return True

    def _fill_sheets(self, names: Sequence[str], current: str | None) -> None:
        combo = self._ui.sheet_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(list(names))
        if current is not None:
            combo.setCurrentIndex(max(combo.findText(current), 0))
        combo.setEnabled(len(names) > 1)
        combo.blockSignals(False)

    def set_sheet(self, name: str) -> bool:
        """Read another sheet of the chosen file."""
        index = self._ui.sheet_combo.findText(name)
        if index < 0:
            return False
        if index == self._ui.sheet_combo.currentIndex():
            return self._on_sheet_changed(index)
        self._ui.sheet_combo.setCurrentIndex(index)
        return self.sheet is not None and self.sheet.sheet_name == name

    def _on_sheet_changed(self, _index: int) -> bool:
        from isodesk.reports.xlsx_import import read_sheet

        name = self._ui.sheet_combo.currentText()
        if self.path is None or not name:
            return False
        self._reset()
        self.import_result = None
        try:
            sheet = read_sheet(self.path, name, spec=self.spec)
        except DomainError as exc:
            self._show_file_error(exc)
            self._ui.header_info_label.setText("")
            return False
        self._show_file_error(None)
        self._use_sheet(sheet)
        return True

    def _use_sheet(self, sheet: SheetData) -> None:
        from isodesk.reports.xlsx_import import suggest_mapping

        self.sheet = sheet
        rows = ", ".join(str(r) for r in sheet.header_rows)
        self._ui.header_info_label.setText(self.tr("Column headings found on row {rows}.").format(rows=rows))
        self._build_mapping(suggest_mapping(self.spec, sheet.headers))
        self.refresh_preview()

    # ------------------------------------------------------------------ mapping
    def _clear_mapping(self) -> None:
        layout = self._ui.mapping_layout
        while layout.rowCount():
            layout.removeRow(0)
        self._mapping_combos.clear()

    def _build_mapping(self, mapping: Mapping[str, int | None]) -> None:
        self._clear_mapping()
        assert self.sheet is not None
        headers = self.sheet.headers
        for column in self.spec.columns:
            combo = QComboBox()
            combo.setObjectName(f"map_{column.key}_combo")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.addItem(self.tr("(not imported)"), None)
            for i, heading in enumerate(headers):
                letter = _column_letter(i)
                combo.addItem(f"{letter}: {heading}" if heading else self.tr("{letter}: (no heading)").format(
                    letter=letter), i)
            index = mapping.get(column.key)
            combo.setCurrentIndex(combo.findData(index) if index is not None else 0)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            label = QLabel(column.display_title + (" *" if column.required else "") + ":")
            label.setWordWrap(True)
            if column.required:
                label.setStyleSheet("font-weight: bold;")
            label.setBuddy(combo)
            self._ui.mapping_layout.addRow(label, combo)
            self._mapping_combos[column.key] = combo

    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self._mapping_combos.items()}

    def set_mapping(self, key: str, source_index: int | None) -> None:
        """Choose which column of the file (0-based, None: none) feeds register column ``key``."""
        combo = self._mapping_combos[key]
        combo.setCurrentIndex(combo.findData(source_index) if source_index is not None else 0)

    def _on_mapping_changed(self, _index: int) -> None:
        self.import_result = None
        self.refresh_preview()

    # ------------------------------------------------------------------ preview
    def refresh_preview(self) -> None:
        """Parse every row again with the current mapping."""
        from isodesk.reports.xlsx_import import build_preview

        if self.sheet is None:
            return
        self._service_problems = []
        self.preview = build_preview(self.spec, self.sheet, self.mapping())
        self._show_preview()

    def _show_preview(self) -> None:
        preview = self.preview
        assert preview is not None
        problems = list(preview.problems) + self._service_problems
        messages: dict[tuple[int, str], str] = {}
        lines: list[ProblemLine] = []
        for problem in problems:
            text = problem_message(problem, self.spec)
            lines.append(ProblemLine(problem.row, text))
            if problem.row is not None:
                key = (problem.row, problem.field)
                messages[key] = f"{messages[key]}\n{text}" if key in messages else text
        self.preview_model.set_preview(preview, messages)
        self.problems_model.set_lines(lines)
        self._ui.problems_label.setVisible(bool(lines))
        self._ui.problems_view.setVisible(bool(lines))
        self._ui.problems_label.setText(self.tr("{count} problem(s) to fix in the file before importing:").format(
            count=len(lines)) if not self._service_problems else self.tr(
            "Nothing was imported: {count} row problem(s) against the data already recorded:").format(
            count=len(lines)))
        bad_rows = len({p.row for p in problems if p.row is not None})
        parts = [self.tr("Sheet “{sheet}”: {rows} row(s) read.").format(sheet=preview.sheet.sheet_name,
                                                                         rows=len(preview.rows))]
        if problems:
            parts.append(self.tr("{bad} row(s) with problems, {ok} correct.").format(
                bad=bad_rows, ok=len(preview.rows) - bad_rows))
        elif preview.rows:
            parts.append(self.tr("No problems: the {count} row(s) can be imported.").format(count=len(preview.rows)))
        if preview.empty_skipped:
            parts.append(self.tr("{count} empty row(s) skipped.").format(count=preview.empty_skipped))
        self._ui.summary_label.setText(" ".join(parts))
        self._ui.summary_label.setStyleSheet("color: #b3261e;" if problems else "color: #1e7b3a;")
        self._resize_preview_columns()
        self._update_buttons()

    def _resize_preview_columns(self) -> None:
        header = self._ui.preview_view.horizontalHeader()
        metrics = self._ui.preview_view.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance(self.tr("Excel row")) + 24)
        for i, column in enumerate(self.spec.columns, start=1):
            chars = min(max(column.width or 12, 8), 40)
            header.resizeSection(i, int(metrics.averageCharWidth() * chars) + 16)

    def problem_lines(self) -> list[str]:
        return [line.text for line in self.problems_model.lines()]

    def _on_problem_clicked(self, index: Any) -> None:
        row_number = index.data(ImportProblemsListModel.RowRole)
        if row_number is None:
            return
        for row in range(self.preview_model.rowCount()):
            item = self.preview_model.row_at(row)
            if item is not None and item.number == row_number:
                self._ui.preview_view.selectRow(row)
                self._ui.preview_view.scrollTo(self.preview_model.index(row, 0))
                return

    # ------------------------------------------------------------------ import
    def _on_import_clicked(self) -> None:
        self.do_import()

    def do_import(self) -> bool:
        """Hand the preview to the callback; True when it wrote the rows."""
        if not self.can_import() or self.preview is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._import_rows(self.preview)
        except DomainError as exc:
            if exc.problems:
                self._service_problems = list(exc.problems)
                self._show_preview()
            else:
                self._ui.result_label.setStyleSheet("color: #b3261e;")
                self._ui.result_label.setText(self.tr("Nothing was imported.") + " " + message_for(exc))
            self._update_buttons()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.import_result = result
        text = self._describe_result(result) if self._describe_result else self.tr(
            "{count} row(s) imported.").format(count=getattr(result, "created", len(self.preview.rows)))
        self._ui.result_label.setStyleSheet("color: #1e7b3a; font-weight: bold;")
        self._ui.result_label.setText(text)
        self._update_buttons()
        self.imported.emit(result)
        return True

    # ------------------------------------------------------------------ template
    def _on_template_clicked(self) -> None:
        path = self._ask_save_path(self.template_name)
        if path is None:
            return
        try:
            written = self.save_template(path)
        except DomainError as exc:
            self._show_file_error(exc)
            return
        self._show_file_error(None)
        self._ui.result_label.setStyleSheet("color: #1e7b3a;")
        self._ui.result_label.setText(self.tr("The empty template was saved to {path}. Fill it in, then choose it "
                                              "with “Choose file…”.").format(path=str(written)))

    def save_template(self, path: Path) -> Path:
        """Write the empty import template of the register at ``path``."""
        from isodesk.reports.xlsx_exporter import write_template_xlsx

        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        return write_template_xlsx(self.spec, path, title=self.spec.title, agency_lines=self._agency_lines)


def _column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA (as Excel names columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
