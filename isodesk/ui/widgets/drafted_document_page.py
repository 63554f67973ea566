"""One page for every drafted document (the year's plan, audit documents, review minutes, the annual
report): edit its blocks section by section, choose the signer, preview, print, save Word and PDF
(recorded in the issued-documents register).

A document kind is a builder key of ``services.drafted``; a page for it is this widget with its
sections (``DraftedDocumentPage(services, window, "annual_plan", sections)``). A kind that needs a
special editor for one section (the plan's task table) subclasses and overrides
:meth:`build_section_page` and the ``*_extra`` hooks — nothing else is copied.

Edits are saved as the secretary types (a short pause, leaving a field, or before any document is
made); isodesk keeps them for this year and next year's document starts from them. A block whose
text is last year's issued text again (years aside) says so (DOMAIN.md §7 rule 10).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    Qt,
    QTemporaryDir,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.core import IssuedDocStatus
from isodesk.domain.drafted import OPTION_SIGNER, DraftBlock, DraftedDocument, DraftOptions, ExportResult, TextOrigin
from isodesk.domain.formatting import format_doc_number, short_date
from isodesk.reports import render_pdf
from isodesk.reports.output import write_document_files
from isodesk.ui.dialogs.print_preview import FIT_PAGE, PrintPreviewDialog
from isodesk.ui.errors import error_text, show_error
from isodesk.ui.pdf_printing import print_pdf
from isodesk.ui.settings import UiSettings
from isodesk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow


#: Milliseconds of quiet typing after which edits are saved.
AUTOSAVE_MS = 1200


class FocusWatcher(QObject):
    """Calls back when a watched widget loses keyboard focus (QPlainTextEdit has no editingFinished)."""

    def __init__(self, callback: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class ResizeWatcher(QObject):
    """Calls back when a watched widget is resized."""

    def __init__(self, callback: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


class BlockEditor(QFrame):
    """One text of a drafted document: what prints, where it came from, and a way back to the suggestion."""

    text_edited = Signal(str, str)
    """The secretary changed the text: (block key, text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.block: DraftBlock | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.origin = QLabel()
        self.origin.setObjectName("Muted")
        self.restore_button = QPushButton(self.tr("Restore the suggested text"))
        self.restore_button.setToolTip(self.tr("Replace this text by the one isodesk drafts from your data."))
        top.addWidget(self.title, 1)
        top.addWidget(self.origin)
        top.addWidget(self.restore_button)
        self.unchanged = QLabel()
        self.unchanged.setObjectName("Warning")
        self.unchanged.setStyleSheet("color: #9a5b00;")
        self.unchanged.setWordWrap(True)
        self.unchanged.setVisible(False)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout.addLayout(top)
        layout.addWidget(self.unchanged)
        layout.addWidget(self.editor)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

    def set_block(self, block: DraftBlock, title: str, *, keep_text: bool = False) -> None:
        """Show ``block``; with ``keep_text`` only its state changes (after a save, while typing)."""
        self.block = block
        self.title.setText(title)
        if not keep_text:
            self.editor.blockSignals(True)
            self.editor.setPlainText(block.text)
            self.editor.blockSignals(False)
        self._update_state()
        self._fit_height()

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def _update_state(self) -> None:
        block = self.block
        if block is None:
            return
        text = self.text
        self.restore_button.setEnabled(text != block.suggested)
        if not text.strip():
            note = self.tr("Left out of the document")
        elif text == block.suggested:
            note = self.tr("Suggested by isodesk")
        elif block.origin is TextOrigin.CARRIED and text == block.text:
            note = self.tr("Taken from the {year} text").format(year=block.carried_from)
        else:
            note = self.tr("Edited")
        self.origin.setText(note)
        # DOMAIN.md §7 rule 10: the flag holds for the saved text; typing something new clears it.
        same = block.unchanged_since is not None and text == block.text and bool(text.strip())
        self.unchanged.setVisible(same)
        if same:
            self.unchanged.setText(self.tr(
                "Same as the issued text of {year} (only the year changed): review it before issuing."
            ).format(year=block.unchanged_since))

    def _fit_height(self) -> None:
        # Show the whole text (word-wrapped as the editor will) up to ~14 lines; longer texts scroll.
        metrics = QFontMetrics(self.editor.font())
        margin = self.editor.document().documentMargin()
        width = max(self.editor.viewport().width() - int(2 * margin) - 4, 200)
        height = 0
        for paragraph in (self.text or " ").split("\n"):
            rect = metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), paragraph or " ")
            height += max(rect.height(), metrics.lineSpacing())
        lines = metrics.lineSpacing()
        height = min(max(height, 2 * lines), 14 * lines)
        frame = self.editor.frameWidth() * 2 + int(2 * margin) + 2
        self.editor.setFixedHeight(height + frame)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _on_editor_text_changed(self) -> None:
        self._update_state()
        self._fit_height()
        if self.block is not None:
            self.text_edited.emit(self.block.key, self.text)

    def _on_restore_button_clicked(self) -> None:
        if self.block is not None:
            self.editor.setPlainText(self.block.suggested)


class DraftedDocumentPage(QWidget):
    """A drafted document of the window's reporting year, by builder key.

    Args:
        key: the builder key of ``services.drafted`` (``"annual_plan"``).
        sections: ``(section key, English title)`` in document order; titles are translated in
            ``section_context``. Blocks are shown under the section their builder gave them.
        label_context: translation context of the builders' English block labels.
    """

    document_saved = Signal(object)
    """Word and PDF files were written and recorded in the register (:class:`ExportResult`)."""

    def __init__(self, services: Services, window: MainWindow, key: str, sections: Sequence[tuple[str, str]], *,
                 section_context: str = "DraftedDocumentPage", label_context: str = "DraftBlock") -> None:
        super().__init__()
        self.setObjectName("DraftedDocumentPage")
        self._services = services
        self._drafted = services.drafted
        self._key = key
        self._sections = tuple(sections)
        self._label_context = label_context
        self._window = window
        self._settings = UiSettings()
        self._draft: DraftedDocument | None = None
        self._year: int | None = None
        self._pending: dict[str, str] = {}
        self._busy = False
        self._temp = QTemporaryDir()
        self._editors: dict[str, BlockEditor] = {}
        self.preview_dialog: PrintPreviewDialog | None = None
        self.last_export: ExportResult | None = None

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save_pending)
        self._focus_watcher = FocusWatcher(self.save_pending, self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 10)
        outer.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("ScreenTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)

        register_row = QHBoxLayout()
        self.register_label = QLabel()
        self.register_label.setWordWrap(True)
        self.register_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_register_button = QPushButton(self.tr("Open in the register"))
        register_row.addWidget(self.register_label, 1)
        register_row.addWidget(self.open_register_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(register_row)
        self.unchanged_label = QLabel()
        self.unchanged_label.setWordWrap(True)
        self.unchanged_label.setStyleSheet("color: #9a5b00;")
        self.unchanged_label.setVisible(False)
        outer.addWidget(self.unchanged_label)

        actions = QHBoxLayout()
        self.signer_label = QLabel(self.tr("Signed by:"))
        self.signer_combo = QComboBox()
        self.signer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.signer_label.setBuddy(self.signer_combo)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.export_button = QPushButton(self.tr("Save Word and PDF…"))
        self.export_button.setObjectName("Primary")
        actions.addWidget(self.signer_label)
        actions.addWidget(self.signer_combo)
        actions.addStretch(1)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.export_button)
        outer.addLayout(actions)

        body = QHBoxLayout()
        body.setSpacing(12)
        self.section_list = QListWidget()
        self.section_list.setObjectName("SectionList")
        self.section_list.setFixedWidth(230)
        self.section_list.setWordWrap(True)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setStyleSheet(
            "QListWidget#SectionList { background: white; border: 1px solid #dbe2ea; border-radius: 6px; }"
            "QListWidget#SectionList::item { padding: 8px 10px; }"
            "QListWidget#SectionList::item:selected { background: #cfe0f5; color: black; }")
        for _section, title in self._sections:
            self.section_list.addItem(QCoreApplication.translate(section_context, title))
        self.stack = QStackedWidget()
        body.addWidget(self.section_list)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)

        self._section_hosts: dict[str, QVBoxLayout] = {}
        for section, _title in self._sections:
            custom = self.build_section_page(section)
            if custom is not None:
                self.stack.addWidget(custom)
                continue
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            host = QWidget()
            host_layout = QVBoxLayout(host)
            host_layout.setContentsMargins(0, 0, 6, 0)
            host_layout.setSpacing(8)
            host_layout.addStretch(1)
            scroll.setWidget(host)
            self._section_hosts[section] = host_layout
            self.stack.addWidget(scroll)

        self.status_label = QLabel()
        self.status_label.setObjectName("Muted")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        self.message_label = QLabel()
        self.message_label.setObjectName("Muted")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.message_label)

        self.section_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.section_list.setCurrentRow(0)
        self.signer_combo.currentIndexChanged.connect(self._on_signer_combo_changed)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.open_register_button.clicked.connect(self._on_open_register_clicked)
        window.year_changed.connect(self._on_window_year_changed)
        window.data_changed.connect(self._on_window_data_changed)
        self.load(window.year)

    # ------------------------------------------------------------------ hooks for special sections
    def build_section_page(self, section: str) -> QWidget | None:
        """A special editor for ``section`` (the plan's task table); None shows its blocks as editors."""
        return None

    def show_extra(self, draft: DraftedDocument) -> None:
        """Fill the special editors from a freshly loaded draft."""

    def refresh_extra(self, draft: DraftedDocument) -> None:
        """Update the special editors' states after a save, keeping what is being typed."""

    def edited_extra(self, key: str, text: str) -> None:
        """A block of a special editor was edited (before it is saved)."""

    def page_title(self, draft: DraftedDocument | None) -> str:
        """The title above the page (default: the document's Vietnamese name and year)."""
        if draft is None:
            return QCoreApplication.translate("DraftedDocumentPage", "Drafted document")
        return f"{draft.title} năm {draft.year}"

    def file_kind(self) -> str:
        """The document's kind in the "saved" message (default: its name)."""
        return self._draft.title if self._draft is not None else ""

    # ------------------------------------------------------------------ loading
    @property
    def document(self) -> DraftedDocument | None:
        return self._draft

    def editor(self, key: str) -> BlockEditor:
        """The editor of a text block (not one of a special editor)."""
        return self._editors[key]

    def load(self, year: int | None) -> None:
        """Show the document of ``year`` (saving pending edits of the year shown before)."""
        self.save_pending()
        self._year = year
        self._draft = None
        if year is None:
            self._show_message(self.tr("No reporting year yet. Add one under Settings → Reporting years."))
            return
        try:
            self._draft = self._drafted.draft(self._key, year)
        except Exception as exc:  # noqa: BLE001 - shown in place of the editor
            self._show_message(error_text(exc))
            return
        self._show_draft(self._draft)

    def _show_message(self, text: str) -> None:
        self.title.setText(self.page_title(None))
        self.message_label.setText(text)
        self.message_label.setVisible(True)
        for widget in (self.section_list, self.stack, self.register_label, self.open_register_button,
                       self.status_label, self.unchanged_label):
            widget.setVisible(False)
        self._set_actions_enabled(False)

    def _show_draft(self, draft: DraftedDocument) -> None:
        self.message_label.setVisible(False)
        for widget in (self.section_list, self.stack, self.register_label, self.status_label):
            widget.setVisible(True)
        self.title.setText(self.page_title(draft))
        self._show_register(draft)
        self._show_unchanged(draft)
        self.signer_combo.blockSignals(True)
        self.signer_combo.clear()
        for signer in draft.signers:
            label = f"{signer.full_name} — {signer.title}" if signer.title else signer.full_name
            if signer.by_deputy:
                label += " " + self.tr("(signs on behalf: KT.)")
            self.signer_combo.addItem(label, signer.person_id)
        if not draft.signers:
            self.signer_combo.addItem(self.tr("No leader recorded (Settings → People)"), None)
        index = self.signer_combo.findData(draft.signer_id)
        self.signer_combo.setCurrentIndex(max(index, 0))
        self.signer_combo.blockSignals(False)

        for section, host in self._section_hosts.items():
            for block in (b for b in draft.blocks if b.section == section):
                editor = self._editors.get(block.key)
                if editor is None:
                    editor = BlockEditor()
                    editor.setObjectName(f"editor_{block.key}")
                    editor.text_edited.connect(self._on_block_edited)
                    editor.editor.installEventFilter(self._focus_watcher)
                    host.insertWidget(host.count() - 1, editor)
                    self._editors[block.key] = editor
                editor.set_block(block, self.block_title(block))
        self.show_extra(draft)
        self._set_actions_enabled(not self._busy)
        self.status_label.setText(self.tr("Changes are saved as you type and kept for next year's document."))

    def block_title(self, block: DraftBlock) -> str:
        return block.heading or QCoreApplication.translate(self._label_context, block.label)

    def _show_unchanged(self, draft: DraftedDocument) -> None:
        same = draft.unchanged_blocks
        self.unchanged_label.setVisible(bool(same))
        if same:
            self.unchanged_label.setText(self.tr(
                "{count} text(s) are the same as in the issued document of {year}, only the year changed. "
                "Review them so this year's document is not last year's with a new date.").format(
                count=len(same), year=draft.year - 1))

    def _show_register(self, draft: DraftedDocument) -> None:
        entry = draft.register_entry
        if entry is None:
            text = self.tr("Not in the register yet. Saving the Word and PDF files records the document in the "
                           "register as a draft; the clerk gives it its number and date after signature.")
        elif entry.status is IssuedDocStatus.ISSUED and entry.number is not None:
            number = format_doc_number(entry.number, entry.symbol).removeprefix("Số:").strip()
            when = short_date(entry.issue_date) if entry.issue_date else ""
            text = self.tr("Issued: {kind} số {number} dated {date}. Generated files carry this number and date."
                           ).format(kind=entry.doc_type.type_name.capitalize(), number=number, date=when)
        else:
            text = self.tr("In the register as a draft, not numbered yet ({number}). Once the clerk registers its "
                           "number and date, save the files again: they will carry them.").format(
                number=format_doc_number(entry.number, entry.symbol))
        if entry is not None:
            files = [f for f in entry.files if f.role.startswith("generated_")]
            if files:
                text += " " + self.tr("Files attached: {names}.").format(
                    names=", ".join(f.original_name for f in files))
        self.register_label.setText(text)
        self.open_register_button.setVisible(entry is not None)

    # ------------------------------------------------------------------ saving edits
    def _on_block_edited(self, key: str, text: str) -> None:
        self.edited_extra(key, text)
        self._pending[key] = text
        self._save_timer.start()
        self.status_label.setText(self.tr("Editing…"))

    def save_pending(self) -> bool:
        """Save the texts changed since the last save; returns False (and says why) if that failed."""
        self._save_timer.stop()
        if not self._pending or self._year is None:
            return True
        edits, self._pending = dict(self._pending), {}
        try:
            self._drafted.save_edits(self._key, self._year, edits)
        except Exception as exc:  # noqa: BLE001
            self._pending = {**edits, **self._pending}
            self.status_label.setText(self.tr("The changes could not be saved: {reason}").format(
                reason=error_text(exc)))
            return False
        self._refresh_states()
        self.status_label.setText(self.tr("Saved. Your texts are kept for this year and next year's document."))
        return True

    def _refresh_states(self) -> None:
        """Reload the draft after a save so origins and suggestions are current, keeping the editors' text."""
        if self._year is None:
            return
        try:
            draft = self._drafted.draft(self._key, self._year)
        except Exception:  # noqa: BLE001 - the next full load shows the problem
            return
        self._draft = draft
        for block in draft.blocks:
            editor = self._editors.get(block.key)
            if editor is not None:
                editor.set_block(block, self.block_title(block), keep_text=True)
        self._show_unchanged(draft)
        self.refresh_extra(draft)

    # ------------------------------------------------------------------ signer
    def _on_signer_combo_changed(self, _index: int) -> None:
        person_id = self.signer_combo.currentData()
        if self._year is None or person_id is None:
            return
        try:
            self._drafted.save_edits(self._key, self._year, {OPTION_SIGNER: str(person_id)})
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("The signer could not be saved"), exc)

    def options(self) -> DraftOptions:
        return DraftOptions(signer_id=self.signer_combo.currentData())

    # ------------------------------------------------------------------ documents
    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.preview_button, self.print_button, self.export_button, self.signer_combo):
            button.setEnabled(enabled and self._draft is not None)

    def _start(self, message: str) -> bool:
        if self._busy or self._draft is None or not self.save_pending():
            return False
        self._busy = True
        self._set_actions_enabled(False)
        self.status_label.setText(message)
        return True

    def _finish(self) -> None:
        self._busy = False
        self._set_actions_enabled(True)

    def _preview_path(self) -> Path:
        return Path(self._temp.path()) / f"{self._key}-{self._year}-xem-truoc.pdf"

    def _on_preview_button_clicked(self) -> None:
        self.open_preview()

    def open_preview(self) -> PrintPreviewDialog | None:
        """Show the document as it will print (rendered in the background by the dialog); nothing is recorded."""
        if self._busy or self._draft is None or not self.save_pending():
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        draft, year, options, key, drafted = self._draft, self._year, self.options(), self._key, self._drafted
        assert year is not None
        self.preview_dialog = PrintPreviewDialog(
            lambda: drafted.build(key, year, options), self, title=draft.summary,
            file_stem=drafted.file_stem(draft), saving=False, zoom=FIT_PAGE, note=self.tr(
                "This preview is not recorded anywhere. “Save Word and PDF…” saves the files and records the "
                "document in the register."))
        self.preview_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog.destroyed.connect(self._on_preview_destroyed)
        self.preview_dialog.show()
        return self.preview_dialog

    def _on_preview_destroyed(self) -> None:
        self.preview_dialog = None

    def _on_print_button_clicked(self) -> None:
        """Render the document in the background, then ask for a printer (no preview)."""
        if not self._start(self.tr("Preparing the document…")):
            return
        year, options, path, key, drafted = self._year, self.options(), self._preview_path(), self._key, self._drafted
        assert year is not None
        run_in_background(lambda: render_pdf(drafted.build(key, year, options), path),
                          self._on_print_rendered, self._on_job_failed)

    def _on_print_rendered(self, path: object) -> None:
        self._finish()
        self.status_label.setText("")
        try:
            print_pdf(Path(str(path)), self)
        except OSError as exc:
            show_error(self, self.tr("Printing failed"), exc)

    def _on_job_failed(self, exc: BaseException) -> None:
        self._finish()
        self.status_label.setText("")
        show_error(self, self.tr("The document could not be made"), exc)

    # ---- export
    def choose_folder(self) -> str:
        """Ask where to save the files (tests replace this)."""
        start = self._settings.export_dir or str(Path.home())
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the Word and PDF files"), start)

    def _on_export_button_clicked(self) -> None:
        folder = self.choose_folder()
        if not folder:
            return
        self._settings.export_dir = folder
        if not self._start(self.tr("Saving the Word and PDF files…")):
            return
        year, options, key, drafted = self._year, self.options(), self._key, self._drafted
        assert year is not None

        def export() -> ExportResult:
            # Built by the service, rendered by reports/, recorded by the service in one transaction.
            draft = drafted.draft(key, year, options)
            files = write_document_files(drafted.build(key, year, options), Path(folder), drafted.file_stem(draft))
            return drafted.record_export(key, year, files, options)

        run_in_background(export, self._on_export_finished, self._on_job_failed)

    def _on_export_finished(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self._finish()
        self.last_export = result
        self._window.data_changed.emit("documents")  # reloads this page too (register entry, files)
        self.status_label.setText(self.tr("Saved {docx} and {pdf}.").format(docx=result.docx.name,
                                                                          pdf=result.pdf.name))
        self.document_saved.emit(result)
        self.offer_open_folder(result)

    def offer_open_folder(self, result: ExportResult) -> None:
        """Tell where the files are and offer to open the folder (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Word and PDF files saved"))
        box.setText(self.tr("The document was saved as\n{docx}\n{pdf}\nand recorded in the register.").format(
            docx=result.docx.name, pdf=result.pdf.name))
        open_button = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.docx.parent)))

    # ------------------------------------------------------------------ window events
    def _on_window_year_changed(self, year: int) -> None:
        self.load(year)

    def _on_window_data_changed(self, area: str) -> None:
        if area != "plan" and not self._busy:
            self.load(self._year)

    def _on_open_register_clicked(self) -> None:
        entry = self._draft.register_entry if self._draft is not None else None
        if entry is not None and entry.id is not None:
            self._window.navigate("documents.register", (entry.id,))

    def hideEvent(self, event) -> None:
        self.save_pending()
        super().hideEvent(event)
