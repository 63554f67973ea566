"""Đánh giá nội bộ: the audit rounds, each round's Chương trình đánh giá (proposed by isodesk, edited
by the secretary with every rule checked as she types, each conflict with its Vietnamese reason) and
its findings (phát hiện), from which the phiếu khắc phục are raised."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain import audit as a
from isodesk.domain.errors import DomainError, FieldProblem, IsodeskError
from isodesk.domain.formatting import fold, parse_vn_date, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.dialogs.audit_dialogs import AuditRoundDialog, FindingDialog
from isodesk.ui.dialogs.form_dialog import readable, show_inline
from isodesk.ui.errors import problem_text
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterLook, RegisterTableModel
from isodesk.ui.widgets.register_tab_base import RegisterTab
from isodesk.ui.widgets.wrapping_combo import WrappingComboBox

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow

CONFLICT_BACKGROUND = QColor("#fde2e1")
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hg]\s*(\d{2})?\s*[-–]\s*(\d{1,2})\s*[:hg]\s*(\d{2})?\s*$", re.IGNORECASE)
_CLAUSE = re.compile(r"\b(10\.[1-3]|[4-9]\.\d)\b")

#: Columns of the Chương trình (DOMAIN.md §6.2), the date and the hours split for typing.
SCHEDULE_COLUMNS = ("TT", "Ngày", "Giờ", "Đơn vị/bộ phận được đánh giá", "Quá trình/nội dung/điều khoản đánh giá",
                    "Người đánh giá", "Đại diện đơn vị được đánh giá", "Ghi chú")
COL_DAY, COL_TIME, COL_DEPT, COL_CONTENT, COL_AUDITORS, COL_REP, COL_NOTES = range(1, 8)


def _parse_time(text: str) -> tuple[time, time] | None:
    match = _TIME.match(text)
    if not match:
        return None
    h1, m1, h2, m2 = match.groups()
    try:
        return time(int(h1), int(m1 or 0)), time(int(h2), int(m2 or 0))
    except ValueError:
        return None


class FindingsTab(RegisterTab):
    """The findings of the round chosen above, on the register tab."""

    AREA = "audit"
    SPEC = a.FINDINGS_SPEC
    ENTITY = "audit_finding"

    def __init__(self, services: Services, screen: AuditScreen, window: MainWindow | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(services, window, today=today)
        self._screen = screen
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New finding…"), self)
        self.add_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.raise_button = QPushButton(self.tr("Raise a corrective action form"), self)
        self.import_button = QPushButton(self.tr("Import from Excel…"), self)
        self.import_button.setToolTip(self.tr("Record the findings the audit team typed in an Excel file "
                                              "(one row a finding) in this round"))
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        for widget in (self.add_button, self.edit_button, self.raise_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.table_view, self.message_label, self.count_label = self._add_list_area(layout)
        look = RegisterLook(labels={"kind": lambda f: f.kind.label})
        self._setup_list(self.table_view, RegisterTableModel(a.FINDINGS_SPEC, look, self),
                         RegisterFilterProxyModel(a.FINDINGS_SPEC, self), row_lines=2)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.raise_button.clicked.connect(self.raise_form)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self._on_export_clicked)
        self._on_selection_changed()

    def _load(self) -> None:
        round_ = self._screen.current_round()
        self.model.set_rows(self._services.audits.findings(round_id=round_.id) if round_ and round_.id else [])
        self.add_button.setEnabled(round_ is not None)
        self.import_button.setEnabled(round_ is not None and round_.id is not None)

    def _update_count(self, *_args: object) -> None:
        rows = self.model.rows()
        ncs = sum(1 for f in rows if f.kind is a.FindingKind.NONCONFORMITY)
        self.count_label.setText(self.tr("{ncs} nonconformities, {obs} observations").format(
            ncs=ncs, obs=len(rows) - ncs))

    def _current(self) -> a.Finding | None:
        rows = self._selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _on_selection_changed(self, *_args: object) -> None:
        current = self._current() if self.table_view.selectionModel() else None
        self.edit_button.setEnabled(current is not None)
        self.raise_button.setEnabled(current is not None and current.kind is a.FindingKind.NONCONFORMITY
                                     and current.nonconformity_id is None)

    def _on_edit_button_clicked(self) -> None:
        current = self._current()
        if current is not None:
            self.open_editor(current)

    def open_editor(self, item: a.Finding | None) -> FindingDialog | None:
        round_ = self._screen.current_round()
        if round_ is None:
            return None
        dialog = FindingDialog(self._services, round_, self, item=item)
        self._open(dialog, lambda: self._after(dialog.saved().id if dialog.saved() else None))  # type: ignore[union-attr]  # saved() is checked in the same expression
        return dialog

    def raise_form(self) -> a.Nonconformity | None:
        """Open the phiếu of the selected nonconformity, prefilled from the finding."""
        current = self._current()
        if current is None or current.id is None:
            return None
        try:
            nc = self._services.nonconformities.raise_from_finding(current.id)
        except IsodeskError as exc:
            show_inline(self.message_label, exc)
            return None
        show_inline(self.message_label, None)
        self._after(current.id)
        return nc

    def _after(self, finding_id: int | None) -> None:
        self.refresh([finding_id] if finding_id else None)
        self._announce_change()

    def export_excel(self, path: Path) -> Path | None:
        rows = [{c.key: (c.get(r) if c.get else getattr(r, c.key)) for c in a.FINDINGS_SPEC.columns}
                for r in self._shown_rows()]
        return self._write_xlsx(a.FINDINGS_SPEC, rows, path, "")

    def open_import(self) -> QWidget | None:
        """The Excel import dialog on the round chosen above: one finding per row, all or nothing."""
        round_ = self._screen.current_round()
        if round_ is None or round_.id is None:
            return None
        round_id = round_.id
        return self._open_import(a.FINDINGS_SPEC, lambda preview: self._services.audits.import_findings(round_id, preview),
                                 title=self.tr("Audit findings"), template_name="Mau-phat-hien-danh-gia-noi-bo.xlsx",
                                 describe_result=lambda result: self.tr("{count} finding(s) recorded in the round.")
                                 .format(count=result.created),
                                 on_imported=lambda result: self._after_import(list(result.ids)))

    def _after_import(self, ids: list[int]) -> None:
        self.clear_filters()
        self.refresh(ids)
        self._announce_change()


class AuditScreen(QWidget):
    """Rounds at the top; the chosen round's programme and findings below."""

    def __init__(self, services: Services, window: MainWindow | None = None, *, today: date | None = None) -> None:
        super().__init__()
        self._services = services
        self._window = window
        self._today = today or date.today()
        self._rounds: list[a.AuditRound] = []
        self._people_cache: dict[int, a.Auditor] | None = None
        self._filling = False
        self.last_dialog: QWidget | None = None
        self.problems: list[FieldProblem] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        title = QLabel(self.tr("Audit rounds"), self)
        title.setObjectName("SectionTitle")
        self.new_button = QPushButton(self.tr("New round…"), self)
        self.new_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Edit round…"), self)
        self.held_button = QPushButton(self.tr("Mark as held"), self)
        bar.addWidget(title)
        bar.addStretch(1)
        for widget in (self.new_button, self.edit_button, self.held_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.rounds_table = QTableWidget(0, 5, self)
        self.rounds_table.setHorizontalHeaderLabels([
            self.tr("Round"), self.tr("Dates"), self.tr("Departments"), self.tr("Head of the team"), self.tr("State")])
        self.rounds_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rounds_table.verticalHeader().setVisible(False)
        header = self.rounds_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.rounds_table)

        self.tabs = QTabWidget(self)
        schedule_page = QWidget(self)
        schedule_layout = QVBoxLayout(schedule_page)
        tools = QHBoxLayout()
        self.propose_button = QPushButton(self.tr("Propose programme"), self)
        self.add_row_button = QPushButton(self.tr("Add row"), self)
        self.remove_row_button = QPushButton(self.tr("Remove row"), self)
        self.save_schedule_button = QPushButton(self.tr("Save programme"), self)
        self.save_schedule_button.setObjectName("Primary")
        # Phiếu ghi chép of every department in scope, or of one (a menu: whole set first).
        self.checklist_button = QPushButton(self.tr("Print checklists"), self)
        self.checklist_button.setToolTip(self.tr("The audit checklist (phiếu ghi chép) of every department in scope, "
                                                 "or of one department, to fill in by hand"))
        self.checklist_menu = QMenu(self.checklist_button)
        self.checklist_button.setMenu(self.checklist_menu)
        hint = QLabel(self.tr("Type dates as dd/mm/yyyy, hours as 08:00-11:30, clauses as “Điều khoản 7.5, 8.5”, "
                              "auditors' names separated by commas."), self)
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        for widget in (self.propose_button, self.add_row_button, self.remove_row_button):
            tools.addWidget(widget)
        tools.addWidget(hint, 1)
        tools.addWidget(self.checklist_button)
        tools.addWidget(self.save_schedule_button)
        schedule_layout.addLayout(tools)
        self.schedule_table = QTableWidget(0, len(SCHEDULE_COLUMNS), self)
        self.schedule_table.setHorizontalHeaderLabels(list(SCHEDULE_COLUMNS))
        self.schedule_table.verticalHeader().setVisible(False)
        self.schedule_table.setWordWrap(True)
        sh = self.schedule_table.horizontalHeader()
        sh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        sh.setFixedHeight(2 * sh.fontMetrics().lineSpacing() + 14)
        # Three text lines a row: the clause list of the leadership's office is long.
        self.schedule_table.verticalHeader().setDefaultSectionSize(3 * self.fontMetrics().lineSpacing() + 10)
        # The clause list (Quá trình/nội dung/điều khoản) takes what is left: the longest text of a row.
        for column, width in ((0, 36), (COL_DAY, 92), (COL_TIME, 96), (COL_DEPT, 230), (COL_AUDITORS, 150),
                              (COL_REP, 150), (COL_NOTES, 110)):
            sh.resizeSection(column, width)
        sh.setSectionResizeMode(COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        schedule_layout.addWidget(self.schedule_table, 1)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("ErrorText")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        schedule_layout.addWidget(self.problems_label)
        self.tabs.addTab(schedule_page, self.tr("Audit programme"))
        self.findings_tab = FindingsTab(services, self, window, today=today)
        self.tabs.addTab(self.findings_tab, self.tr("Findings"))
        self.document_pages: list[Any] = []
        if window is not None:
            # The QĐ, the Kế hoạch, the Thông báo and the Báo cáo of the window's year, drafted from its round,
            # issued via the register.
            from isodesk.ui.widgets.drafted_document_page import DraftedDocumentPage

            for key, tab_title, sections in (
                    ("audit_decision", self.tr("Decision setting up the team"),
                     [("bases", QT_TRANSLATE_NOOP("AuditScreen", "Legal bases")),
                      ("articles", QT_TRANSLATE_NOOP("AuditScreen", "Articles")),
                      ("closing", QT_TRANSLATE_NOOP("AuditScreen", "Recipients"))]),
                    ("audit_plan", self.tr("Audit plan"),
                     [("bases", QT_TRANSLATE_NOOP("AuditScreen", "Legal bases")),
                      ("content", QT_TRANSLATE_NOOP("AuditScreen", "Content")),
                      ("closing", QT_TRANSLATE_NOOP("AuditScreen", "Recipients"))]),
                    ("audit_notice", self.tr("Notice to the departments"),
                     [("content", QT_TRANSLATE_NOOP("AuditScreen", "Content")),
                      ("closing", QT_TRANSLATE_NOOP("AuditScreen", "Recipients"))]),
                    ("audit_report", self.tr("Audit report"),
                     [("content", QT_TRANSLATE_NOOP("AuditScreen", "Content")),
                      ("closing", QT_TRANSLATE_NOOP("AuditScreen", "Recipients"))])):
                page = DraftedDocumentPage(services, window, key, sections, section_context="AuditScreen",
                                           label_context="AuditBlock")
                self.document_pages.append(page)
                self.tabs.addTab(page, tab_title)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(lambda: self.open_round_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_round_dialog(self.current_round()))
        self.held_button.clicked.connect(self.mark_held)
        self.rounds_table.itemSelectionChanged.connect(self._on_round_changed)
        self.propose_button.clicked.connect(self.propose)
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button.clicked.connect(self.remove_row)
        self.save_schedule_button.clicked.connect(self.save_schedule)
        self.schedule_table.itemChanged.connect(self._on_schedule_edited)
        self.reload()

    # ------------------------------------------------------------------ rounds
    def reload(self, select_id: int | None = None) -> None:
        for page in getattr(self, "document_pages", ()):
            page.load(page._window.year)  # a new or changed round changes the drafts
        shown = self.current_round()
        current = select_id or (shown.id if shown is not None else None)
        self._rounds = self._services.audits.rounds()
        self._people_cache = people = self._services.audits.people()
        table = self.rounds_table
        table.blockSignals(True)
        table.setRowCount(len(self._rounds))
        for row, item in enumerate(self._rounds):
            leader = people[item.leader_id].full_name if item.leader_id in people else ""
            state = self.tr("Held") if item.held else self.tr("Planned")
            for column, text in enumerate((f"Đợt {item.number}/{item.year}",
                                           f"{short_date(item.start_date)} – {short_date(item.end_date)}",
                                           str(len(item.department_ids)), leader, state)):
                table.setItem(row, column, QTableWidgetItem(text))
        index = next((i for i, r in enumerate(self._rounds) if r.id == current), 0 if self._rounds else -1)
        if index >= 0:
            table.selectRow(index)
        table.blockSignals(False)
        self._on_round_changed()  # once, whether or not the selection moved

    def current_round(self) -> a.AuditRound | None:
        rows = self.rounds_table.selectionModel().selectedRows() if self.rounds_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._rounds):
            return None
        return self._rounds[rows[0].row()]

    def _on_round_changed(self) -> None:
        round_ = self.current_round()
        for widget in (self.edit_button, self.held_button, self.propose_button, self.add_row_button,
                       self.remove_row_button, self.save_schedule_button, self.checklist_button):
            widget.setEnabled(round_ is not None)
        self._fill_checklist_menu(round_)
        if round_ is not None:
            self.held_button.setText(self.tr("Mark as planned") if round_.held else self.tr("Mark as held"))
        self.fill_schedule(list(round_.schedule) if round_ else [])
        if self.findings_tab.isVisible():
            self.findings_tab.refresh()
        else:
            self.findings_tab._loaded = False  # loads the chosen round's findings when shown

    def _fill_checklist_menu(self, round_: a.AuditRound | None) -> None:
        self.checklist_menu.clear()
        if round_ is None:
            return
        self.checklist_menu.addAction(self.tr("All departments (one per page)"), lambda: self.print_checklists(None))
        self.checklist_menu.addSeparator()
        for dep_id, name in zip(round_.department_ids, round_.department_names):
            action = self.checklist_menu.addAction(name)
            action.setData(dep_id)
            action.triggered.connect(lambda _checked=False, dep=dep_id: self.print_checklists(dep))

    def print_checklists(self, department_id: int | None = None) -> QWidget | None:
        """Preview the phiếu ghi chép of ``department_id`` (None: every department of the round)."""
        from isodesk.services.audit.audit_forms import checklist_document
        from isodesk.ui.dialogs.print_preview import PrintPreviewDialog
        from isodesk.ui.errors import show_error

        round_ = self.current_round()
        if round_ is None or round_.id is None:
            return None
        round_id = round_.id
        try:
            document = checklist_document(self._services, round_id,
                                          None if department_id is None else [department_id], on=None)
        except IsodeskError as exc:
            show_error(self, self.tr("The checklists cannot be printed"), exc)
            return None
        stem = f"Phieu-ghi-chep-DGNB-{round_.year}-dot-{round_.number}"
        if department_id is not None:
            stem += f"-{department_id}"
        dialog = PrintPreviewDialog(document, self, title=self.tr("Audit checklists"), file_stem=stem)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_round_dialog(self, item: a.AuditRound | None) -> AuditRoundDialog:
        from isodesk.domain.core import reporting_year_of

        dialog = AuditRoundDialog(self._services, self, item=item, year=reporting_year_of(self._today))
        dialog.accepted.connect(lambda: self.reload(dialog.saved().id if dialog.saved() else None))  # type: ignore[union-attr]  # saved() is checked in the same expression
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def mark_held(self) -> None:
        round_ = self.current_round()
        if round_ is None or round_.id is None:
            return
        self._services.audits.set_held(round_.id, not round_.held)
        self.reload(round_.id)

    # ------------------------------------------------------------------ the programme
    def _people(self) -> dict[int, a.Auditor]:
        """Everyone with department and certificate, read once per reload (the rules need them per keystroke)."""
        if self._people_cache is None:
            self._people_cache = self._services.audits.people()
        return self._people_cache

    def fill_schedule(self, slots: list[a.ScheduleSlot]) -> None:
        """Show ``slots`` in the editable table and check them."""
        round_ = self.current_round()
        people = self._people()
        table = self.schedule_table
        self._filling = True
        table.setRowCount(0)
        for slot in slots:
            self._append(slot, round_, people)
        self._filling = False
        self.check_schedule()

    def _department_combo(self, round_: a.AuditRound | None, chosen: tuple[a.SlotKind, int | None]) -> QComboBox:
        combo = WrappingComboBox(self.schedule_table)  # rows are three lines high: long names wrap
        combo.addItem(a.SlotKind.OPENING.label, (a.SlotKind.OPENING.value, None))
        if round_ is not None:
            for dep_id, name in zip(round_.department_ids, round_.department_names):
                combo.addItem(name, (a.SlotKind.AUDIT.value, dep_id))
        combo.addItem(a.SlotKind.CLOSING.label, (a.SlotKind.CLOSING.value, None))
        wanted = (chosen[0].value, chosen[1])
        combo.setCurrentIndex(max(0, next((i for i in range(combo.count()) if tuple(combo.itemData(i)) == wanted), 0)))
        combo.currentIndexChanged.connect(lambda _i: self.check_schedule())
        return combo

    def _append(self, slot: a.ScheduleSlot, round_: a.AuditRound | None, people: dict[int, a.Auditor]) -> None:
        table = self.schedule_table
        row = table.rowCount()
        table.insertRow(row)
        names = ", ".join(people[i].full_name for i in slot.auditor_ids if i in people)
        if slot.kind is not a.SlotKind.AUDIT and round_ is not None and set(slot.auditor_ids) >= set(round_.team_ids):
            names = "Toàn Đoàn"
        texts = {0: str(row + 1), COL_DAY: short_date(slot.day), COL_TIME: f"{slot.start:%H:%M}-{slot.end:%H:%M}",
                 COL_CONTENT: slot.content_text if slot.kind is a.SlotKind.AUDIT else slot.content,
                 COL_AUDITORS: names, COL_REP: slot.representative, COL_NOTES: slot.notes}
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column == 0:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, slot.id)
            table.setItem(row, column, item)
        table.setCellWidget(row, COL_DEPT, self._department_combo(round_, (slot.kind, slot.department_id)))

    def add_row(self) -> None:
        round_ = self.current_round()
        if round_ is None:
            return
        self._filling = True
        self._append(a.ScheduleSlot(round_.start_date, *a.MORNING, department_id=round_.department_ids[0]
                                    if round_.department_ids else None), round_, self._people())
        self._filling = False
        self.check_schedule()

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.schedule_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.schedule_table.removeRow(row)
        self._renumber()
        self.check_schedule()

    def _renumber(self) -> None:
        self._filling = True
        for row in range(self.schedule_table.rowCount()):
            item = self.schedule_table.item(row, 0)
            if item is not None:
                item.setText(str(row + 1))
        self._filling = False

    def propose(self) -> None:
        """Fill the table with isodesk's proposal (nothing saved until “Save programme”)."""
        round_ = self.current_round()
        if round_ is None or round_.id is None:
            return
        self.fill_schedule(self._services.audits.propose_schedule(round_.id))

    def _on_schedule_edited(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.check_schedule()

    def read_schedule(self) -> tuple[list[a.ScheduleSlot], list[FieldProblem]]:
        """The rows as typed, and the problems of reading them (a date or hours that are not ones)."""
        round_ = self.current_round()
        people = self._people()
        team = round_.team_ids if round_ else ()
        by_name = {fold(people[i].full_name): i for i in team if i in people}
        slots: list[a.ScheduleSlot] = []
        problems: list[FieldProblem] = []
        table = self.schedule_table

        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text().strip() if item is not None else ""

        for row in range(table.rowCount()):
            day_text = text(row, COL_DAY)
            try:
                day = parse_vn_date(day_text)
            except ValueError:
                problems.append(FieldProblem("day", "bad_date", {"field": SCHEDULE_COLUMNS[COL_DAY], "value": day_text},
                                             row=row + 1))
                continue
            hours = _parse_time(text(row, COL_TIME))
            if hours is None:
                problems.append(FieldProblem("start", "bad_hours", {"value": text(row, COL_TIME)}, row=row + 1))
                continue
            combo = table.cellWidget(row, COL_DEPT)
            kind_value, dep = combo.currentData() if isinstance(combo, QComboBox) else (a.SlotKind.AUDIT.value, None)
            kind = a.SlotKind(kind_value)
            auditors: list[int] = []
            named = text(row, COL_AUDITORS)
            if fold(named) in ("toan doan", "ca doan"):
                auditors = list(team)
            else:
                for name in (n.strip() for n in named.split(",") if n.strip()):
                    person = by_name.get(fold(name))
                    if person is None:
                        problems.append(FieldProblem("auditor_ids", "auditor_not_in_team", {"name": name}, row=row + 1))
                    else:
                        auditors.append(person)
            content = text(row, COL_CONTENT)
            clauses = tuple(dict.fromkeys(_CLAUSE.findall(content))) if kind is a.SlotKind.AUDIT else ()
            rest = "; ".join(part.strip() for part in content.split(";")
                             if part.strip() and not fold(part.strip()).startswith("dieu khoan"))
            item0 = table.item(row, 0)
            slot_id = item0.data(Qt.ItemDataRole.UserRole) if item0 is not None else None
            slots.append(a.ScheduleSlot(day, hours[0], hours[1], kind=kind, department_id=dep, clauses=clauses,
                                        content=rest if kind is a.SlotKind.AUDIT else content,
                                        auditor_ids=tuple(auditors), representative=text(row, COL_REP),
                                        notes=text(row, COL_NOTES), id=slot_id))
        return slots, problems

    def check_schedule(self) -> list[FieldProblem]:
        """Check the rows as typed; every conflict is listed with its reason and its row shaded."""
        round_ = self.current_round()
        if round_ is None or round_.id is None:
            self.problems = []
            self.problems_label.clear()
            return []
        slots, problems = self.read_schedule()
        if not problems:
            # The pure rules on what is loaded: no database round trip per keystroke. Saving checks again.
            names = dict(zip(round_.department_ids, round_.department_names))
            problems = a.check_schedule(round_, slots, self._people(), names)
        self.problems = problems
        shown = readable(DomainError("validation", problems))
        assert isinstance(shown, DomainError)
        lines = [problem_text(p) for p in shown.problems]
        self.problems_label.setText("\n".join(lines) if lines else self.tr("No conflict: the programme follows every rule."))
        self.problems_label.setObjectName("ErrorText" if lines else "Muted")
        self.problems_label.style().unpolish(self.problems_label)
        self.problems_label.style().polish(self.problems_label)
        bad_rows = {p.row - 1 for p in problems if p.row is not None}
        self._filling = True
        for row in range(self.schedule_table.rowCount()):
            for column in range(self.schedule_table.columnCount()):
                item = self.schedule_table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush(CONFLICT_BACKGROUND) if row in bad_rows else QBrush())
        self._filling = False
        return problems

    def save_schedule(self) -> bool:
        """Save the programme; refused (and nothing saved) while a rule is broken."""
        round_ = self.current_round()
        if round_ is None or round_.id is None:
            return False
        problems = self.check_schedule()
        if problems:
            return False
        slots, _ = self.read_schedule()
        try:
            saved = self._services.audits.save_schedule(round_.id, slots)
        except IsodeskError as exc:
            show_inline(self.problems_label, exc)
            return False
        self.reload(saved.id)
        return True

    def open_target(self, record_ids: tuple[int, ...] = ()) -> None:
        self.reload()

    # Kept for symmetry with the register tabs (the window calls refresh after a change elsewhere).
    def refresh(self, *_args: Any) -> None:
        self.reload()

