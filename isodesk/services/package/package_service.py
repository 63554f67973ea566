"""The annual report package (issue 11 points 5 and 6): readiness before export, then the package
written safely to a folder or a removable drive.

The package only *consumes* the year: the modules' contributions (figures, appendix tables, evidence
with its attached files, document offers — :class:`~isodesk.services.year.contribution_service.ContributionService`),
the cycle's readiness checks (:class:`~isodesk.services.year.cycle_service.CycleService`) and the drafted
documents' "unchanged since last year" marks. It never reads another module's tables.

Writing: everything goes into ``.isodesk-tmp-…`` ON THE TARGET, is re-read and verified against its
manifest, and only then renamed to ``BaoCao_ISO_<year>_<agency>``; a full, read-only or removed drive,
a failure or a cancel removes the temporary folder and leaves nothing under the final name. An existing
package is never overwritten (the new one gets a suffix).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from isodesk.domain.contributions import AppendixTable, EvidenceItem, YearContributions
from isodesk.domain.core import AgencyProfile, AttachmentRef
from isodesk.domain.cycle import ReadinessIssue, Severity, StepStatus
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.package import (
    DEFAULT_LIMITS,
    STEP_FOLDERS,
    OTHER_FOLDER,
    ExportedPackage,
    FileRole,
    Manifest,
    PackageFile,
    PackageLimits,
    PackageReadiness,
    ascii_name,
    evidence_folders,
    package_name,
    tthc_mismatches,
    VerifyResult,
)
from isodesk.durable import fsync_dir
from isodesk.reports.files import file_error, temporary_sibling

if TYPE_CHECKING:
    from isodesk.domain.tabular import RegisterSpec
    from isodesk.reports.model import AdminDocument
    from isodesk.services.registry import Services

#: The contribution offer of the annual report document (built by the report module).
REPORT_KEY = "report.annual"

#: App setting: the province's deadline for the report, ``dd/mm`` of the reporting year (used when the
#: reporting year has no deadline of its own).
DEADLINE_SETTING = "report.deadline"
DEFAULT_DEADLINE = "10/12"
#: From how many days before the deadline the readiness list warns.
DEADLINE_WARNING_DAYS = 14

#: History entity of an exported package (who exported it, which errors were confirmed).
HISTORY_ENTITY = "report_package"

# Readiness codes of the package itself (the cycle's own checks keep theirs).
REPORT_MISSING = "package_report_missing"
TTHC_MISMATCH = "package_tthc_figures_do_not_add_up"
UNCHANGED = "package_sections_unchanged"
DEADLINE = "package_deadline"
DEADLINE_PASSED = "package_deadline_passed"
EVIDENCE_WITHOUT_FILE = "package_evidence_without_file"
STEP_NOT_DONE = "package_step_not_done"

#: Called with (step, done, total); ``step`` is one of :data:`STEPS`.
Progress = Callable[[str, int, int], None]
STEPS = ("report", "figures", "evidence", "evidence_list", "manifest", "verify", "zip")


@dataclass(frozen=True)
class EvidenceListRow:
    """A row of the Danh mục hồ sơ minh chứng."""

    step: str  # the folder heading (Vietnamese)
    title: str
    files: str  # paths in the package, one a line
    note: str


class PackageService:
    """Readiness and export of the annual report package of a reporting year."""

    def __init__(self, services: Services) -> None:
        self._s = services

    # ------------------------------------------------------------------ readiness
    def deadline(self, year: int) -> date:
        """The report's deadline: the reporting year's own, else the province's setting (default 10/12)."""
        ry = self._s.years.get(year)
        if ry is None:
            raise NotFoundError("reporting_year", year)
        if ry.deadline is not None:
            return ry.deadline
        text = self._s.settings.get(DEADLINE_SETTING, DEFAULT_DEADLINE)
        try:
            day, month = (int(part) for part in text.split("/")[:2])
            return date(year, month, day)
        except ValueError:
            return date(year, 12, 10)

    def readiness(self, year: int, today: date | None = None, *, report_key: str = REPORT_KEY,
                  contributions: YearContributions | None = None, warnings: bool = True) -> PackageReadiness:
        """Everything to fix before the package of ``year`` is exported, errors first.

        The cycle's checks (scope changed without công bố lại, công bố before ban hành, TTHC without
        procedure, objectives without results, nonconformities past their deadline …), the steps of the
        year not done, and the package's own: the report not drafted, TTHC figures that do not add up
        (DOMAIN.md §2.4), sections unchanged from last year (§7 rule 10), the deadline, issued documents
        with no attached file.

        ``warnings=False`` computes the errors alone (what the export re-checks before it writes).

        Raises:
            NotFoundError: no reporting year ``year``.
        """
        today = today or date.today()
        overview = self._s.cycle.overview(year, today)
        yc = contributions or self._s.contributions.collect(year, today)
        items: list[ReadinessIssue] = []
        if report_key not in {o.key for o in yc.documents}:
            items.append(ReadinessIssue(
                REPORT_MISSING, QT_TRANSLATE_NOOP("Readiness", "The annual report has not been drafted yet."),
                Severity.ERROR, params={"year": year}))
        mismatches = tthc_mismatches(yc.figures)
        if mismatches:
            items.append(ReadinessIssue(
                TTHC_MISMATCH, QT_TRANSLATE_NOOP("Readiness", "The TTHC figures do not add up: {details}."),
                Severity.ERROR, count=len(mismatches), params={"details": "; ".join(m.text for m in mismatches)},
                target=mismatches[0].total.target))
        items.extend(i for i in overview.issues if i.severity is Severity.ERROR)
        if not warnings:
            return PackageReadiness(year=year, today=today, deadline=self.deadline(year), items=tuple(items))
        for step in overview.steps:
            if step.key != "annual_report" and step.status is not StepStatus.DONE:
                items.append(ReadinessIssue(
                    f"{STEP_NOT_DONE}.{step.key}",
                    QT_TRANSLATE_NOOP("Readiness", "A step of the year is not done: {step}"),
                    Severity.WARNING, params={"step": step.title}, target=step.target))
        items.extend(i for i in overview.issues if i.severity is not Severity.ERROR)
        items.extend(self._unchanged(year))
        deadline = self.deadline(year)
        days = (deadline - today).days
        if days < 0:
            items.append(ReadinessIssue(
                DEADLINE_PASSED, QT_TRANSLATE_NOOP("Readiness", "The deadline of the report ({deadline}) passed "
                                                                "{days} day(s) ago."),
                Severity.WARNING, params={"deadline": f"{deadline:%d/%m/%Y}", "days": -days}, target="settings.years"))
        elif days <= DEADLINE_WARNING_DAYS:
            items.append(ReadinessIssue(
                DEADLINE, QT_TRANSLATE_NOOP("Readiness", "{days} day(s) left until the deadline of the report "
                                                         "({deadline})."),
                Severity.WARNING, params={"deadline": f"{deadline:%d/%m/%Y}", "days": days}, target="settings.years"))
        bare = [e for e in _unique_evidence(yc.evidence) if e.issued and not e.files]
        if bare:
            ids = tuple(e.register_id for e in bare if e.register_id is not None)
            items.append(ReadinessIssue(
                EVIDENCE_WITHOUT_FILE,
                QT_TRANSLATE_NOOP("Readiness", "{count} issued document(s) have no attached file (scan of the "
                                               "signed copy); isodesk's own print goes into the package instead."),
                Severity.WARNING, count=len(bare), params={"count": len(bare)}, target="documents.register",
                record_ids=ids))
        return PackageReadiness(year=year, today=today, deadline=deadline, items=tuple(items))

    def _unchanged(self, year: int) -> list[ReadinessIssue]:
        out: list[ReadinessIssue] = []
        for key in self._s.drafted.keys:
            try:
                draft = self._s.drafted.draft(key, year)
            except (DomainError, NotFoundError):
                continue  # a document that cannot be drafted yet has nothing to compare
            same = [b for b in draft.blocks if b.unchanged_since is not None and b.text.strip()]
            if same:
                entry = draft.register_entry
                out.append(ReadinessIssue(
                    f"{UNCHANGED}.{key}",
                    QT_TRANSLATE_NOOP("Readiness", "{count} section(s) of “{document}” are the same as the text "
                                                   "issued in {since} (only the years changed)."),
                    Severity.WARNING, count=len(same),
                    params={"count": len(same), "document": draft.title, "since": same[0].unchanged_since},
                    target=_draft_target(key, entry is not None),
                    record_ids=(entry.id,) if entry is not None and entry.id is not None else ()))
        return out

    # ------------------------------------------------------------------ verify
    @staticmethod
    def verify(path: Path, limits: PackageLimits = DEFAULT_LIMITS) -> VerifyResult:
        """Check a package folder or zip against its manifest (never raises for a bad package)."""
        from isodesk.reports.package_archive import verify

        return verify(Path(path), limits)

    # ------------------------------------------------------------------ export
    def export(self, year: int, target_dir: Path, *, zip: bool = False, confirmations: Iterable[str] = (),
               progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
               report_key: str = REPORT_KEY, today: date | None = None,
               limits: PackageLimits = DEFAULT_LIMITS) -> ExportedPackage:
        """Write the package of ``year`` into ``target_dir`` (a folder, a USB drive).

        ``confirmations`` are the codes of the readiness errors the secretary confirmed one by one;
        they are recorded in the change history with her name.

        Raises:
            DomainError: ``package_not_ready`` (unconfirmed errors, ``codes``), ``package_no_report``,
                ``package_cancelled``, ``no_agency``, ``package_verify_failed``, or the file codes
                ``disk_full`` / ``folder_not_writable`` / ``folder_missing`` / ``file_not_writable``;
                in every case nothing is left under the final name.
            NotFoundError: no reporting year ``year``.
        """
        # One collection of the year for the whole export: the report, the evidence documents and the
        # checks all read the same contributions (and the package is written much faster).
        with self._s.contributions.reusing():
            return self._export(year, Path(target_dir), zip, tuple(dict.fromkeys(confirmations)), progress, cancel,
                                report_key, today or date.today(), limits)

    def _export(self, year: int, target_dir: Path, zip: bool, confirmed: tuple[str, ...], progress: Progress | None,
                cancel: Callable[[], bool] | None, report_key: str, today: date,
                limits: PackageLimits) -> ExportedPackage:
        yc = self._s.contributions.collect(year, today)
        readiness = self.readiness(year, today, report_key=report_key, contributions=yc, warnings=False)
        blocking = readiness.unconfirmed(confirmed)
        if blocking:
            raise DomainError("package_not_ready", codes=[i.code for i in blocking], count=len(blocking))
        if report_key not in {o.key for o in yc.documents}:
            raise DomainError("package_no_report", year=year)
        profile = self._s.agency.profile_on(today)
        if profile is None:
            raise DomainError("no_agency")
        if not target_dir.is_dir():
            raise DomainError("folder_missing", path=str(target_dir))
        final = _free_name(target_dir, package_name(year, f"{profile.abbreviation} {profile.place_name}"), zip)
        temporary = temporary_sibling(target_dir / final)
        zip_temporary = temporary_sibling(target_dir / f"{final}.zip")
        writer = _PackageWriter(self._s, year, yc, profile, temporary, report_key, today, progress, cancel, limits)
        try:
            try:
                temporary.mkdir()
            except OSError as exc:
                raise file_error(target_dir / final, exc) from exc
            files = writer.write_all(zip)
            if zip:
                writer.step("zip")
                from isodesk.reports.package_archive import verify, write_zip

                write_zip(temporary, zip_temporary, folder_name=final, cancel=writer.cancelled)
                checked = verify(zip_temporary, limits)
                if not checked.ok:
                    raise DomainError("package_verify_failed", files=list(checked.bad_files))
                writer.advance()
            writer.check_cancel()
            folder = target_dir / final
            renamed = False
            try:
                os.rename(temporary, folder)
                renamed = True
                if zip:
                    os.replace(zip_temporary, target_dir / f"{final}.zip")
                fsync_dir(target_dir)
            except OSError as exc:
                if renamed:  # only the folder this export put there; never one that took the name meanwhile
                    shutil.rmtree(folder, ignore_errors=True)
                raise file_error(folder, exc) from exc
        except OSError as exc:
            raise file_error(target_dir / final, exc) from exc
        except DomainError as exc:
            if exc.code in _FILE_CODES:
                # Name the folder the secretary chose, never the temporary one (it no longer exists).
                raise DomainError(exc.code, path=str(target_dir)) from exc
            raise
        finally:
            shutil.rmtree(temporary, ignore_errors=True)
            zip_temporary.unlink(missing_ok=True)
        self._record(year, final, readiness, confirmed)
        return ExportedPackage(folder=str(folder), zip=str(target_dir / f"{final}.zip") if zip else None,
                               files=len(files), total_bytes=sum(f.size for f in files), confirmed=confirmed)

    def _record(self, year: int, name: str, readiness: PackageReadiness, confirmed: Sequence[str]) -> None:
        """One change-history entry: the package exported, by whom, and each error confirmed."""
        from isodesk.domain.package import issue_text
        from isodesk.storage.history import append_history, current_actor

        errors = {i.code: i for i in readiness.errors}
        # Readable in the history as it is (one line per confirmed error, its code in brackets).
        payload = {
            "package": [None, name],
            "confirmed_errors": [None, "\n".join(f"{issue_text(errors[c])} [{c}]" for c in confirmed if c in errors)],
        }
        with self._s.sessions.begin() as s:
            # Through the tamper-evident chain like every other entry (each entry seals the one before).
            append_history(s.connection(), [{
                "at": datetime.now().replace(microsecond=0), "actor": current_actor(), "entity": HISTORY_ENTITY,
                "entity_id": year, "action": "create",
                "changes": json.dumps(payload, ensure_ascii=False, sort_keys=True)}])


#: Where a drafted document is edited, by the first word of its builder key (navigation keys of the window).
_DRAFT_SCREENS = {"annual": "annual_report.plan", "objectives": "objectives", "audit": "audits", "risks": "risks",
                  "review": "review", "report": "annual_report"}


def _draft_target(key: str, registered: bool) -> str:
    """The screen that edits the drafted document ``key`` (``annual_plan`` → the plan page)."""
    first = re.split(r"[._]", key, maxsplit=1)[0]
    return _DRAFT_SCREENS.get(first, "documents.register" if registered else "")


_FILE_CODES = {"disk_full", "folder_not_writable", "folder_missing", "file_not_writable"}


def _free_name(folder: Path, base: str, zip: bool) -> str:
    """``base``, else ``base_2``, ``base_3`` …: never the name of an existing folder or zip."""
    n = 1
    name = base
    while (folder / name).exists() or (folder / f"{name}.zip").exists():
        n += 1
        name = f"{base}_{n}"
    return name


def _unique_evidence(items: Iterable[EvidenceItem]) -> list[EvidenceItem]:
    """Each register entry once (two modules may offer the same issued document)."""
    seen: set[object] = set()
    out: list[EvidenceItem] = []
    for item in items:
        key = ("register", item.register_id) if item.register_id is not None else ("title", item.title)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


class _PackageWriter:
    """Writes the files of one package into its temporary folder and builds the manifest."""

    def __init__(self, services: Services, year: int, yc: YearContributions, profile: AgencyProfile, root: Path,
                 report_key: str, today: date, progress: Progress | None, cancel: Callable[[], bool] | None,
                 limits: PackageLimits) -> None:
        self.s, self.year, self.yc, self.profile, self.root = services, year, yc, profile, root
        self.report_key, self.today, self.limits = report_key, today, limits
        self._progress, self._cancel = progress, cancel
        self.files: list[PackageFile] = []
        self.done = 0
        self.total = 0
        self.current = STEPS[0]

    # -- progress and cancel
    def cancelled(self) -> bool:
        return bool(self._cancel is not None and self._cancel())

    def check_cancel(self) -> None:
        if self.cancelled():
            raise DomainError("package_cancelled")

    def step(self, name: str) -> None:
        self.check_cancel()
        self.current = name
        if self._progress is not None:
            self._progress(name, self.done, self.total)

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self._progress is not None:
            self._progress(self.current, self.done, self.total)
        self.check_cancel()

    def add(self, path: Path, role: FileRole, title: str = "") -> None:
        from isodesk.reports.package_archive import package_file

        self.files.append(package_file(self.root, path, role, title))
        self.advance()

    # -- the package
    def write_all(self, zip: bool) -> list[PackageFile]:
        from isodesk.reports.output import write_document_files
        from isodesk.reports.package_archive import verify, write_manifest

        evidence = _unique_evidence(e for e in self.yc.evidence if e.issued)
        rendered = self._rendered_documents(evidence)
        self.total = 2 + 1 + sum(len(e.files) or (e.register_id in rendered) for e in evidence) + 2 + 1 + 1 + zip
        self.step("report")
        report = self.s.contributions.build(self.year, self.report_key, self.today)
        stem = f"BaoCao_ISO_{self.year}"
        docs = write_document_files(report, self.root, stem)
        self.add(docs.docx, FileRole.REPORT_DOCX, report.title)
        self.add(docs.pdf, FileRole.REPORT_PDF, report.title)
        self.step("figures")
        xlsx = self._write_xlsx(self.root / f"SoLieu_PhuLuc_{self.year}.xlsx")
        self.add(xlsx, FileRole.FIGURES_XLSX)
        self.step("evidence")
        rows = self._write_evidence(evidence, rendered)
        self.step("evidence_list")
        listing = write_document_files(self._evidence_list(rows), self.root, f"Danh_muc_ho_so_minh_chung_{self.year}")
        self.add(listing.docx, FileRole.EVIDENCE_LIST_DOCX)
        self.add(listing.pdf, FileRole.EVIDENCE_LIST_PDF)
        self.step("manifest")
        from isodesk import __version__

        manifest = Manifest(
            agency=self.profile.name, year=self.year, outline=self.yc.text("report.outline"),
            isodesk_version=__version__, created=datetime.now().replace(microsecond=0), files=tuple(self.files),
            title=f"GÓI BÁO CÁO KẾT QUẢ DUY TRÌ, ÁP DỤNG HTQLCL NĂM {self.year} – {self.profile.name}")
        write_manifest(self.root, manifest)
        self.advance()
        self.step("verify")
        # Re-read everything from the target: a drive that lost or changed a byte fails here, before
        # the package gets its final name.
        checked = verify(self.root, self.limits)
        if not checked.ok:
            raise DomainError("package_verify_failed", files=list(checked.bad_files))
        self.advance()
        return self.files

    def _rendered_documents(self, evidence: Sequence[EvidenceItem]) -> dict[int, str]:
        """Register id → drafted-document key, for issued documents with no attached scan: the package
        then holds isodesk's own print of the document."""
        wanted = {e.register_id for e in evidence if not e.files and e.register_id is not None}
        out: dict[int, str] = {}
        if not wanted:
            return out
        for key in self.s.drafted.keys:
            try:
                entry = self.s.drafted.register_entry(key, self.year)
            except (DomainError, NotFoundError):
                continue
            if entry is not None and entry.id in wanted:
                out[entry.id] = key
        return out

    def _write_evidence(self, evidence: Sequence[EvidenceItem], rendered: dict[int, str]) -> list[EvidenceListRow]:
        from isodesk.reports import render_pdf
        from isodesk.services.core.attachment_service import safe_file_name

        folders = evidence_folders([s.key for s in self.s.cycle.step_definitions()])
        order = list(folders.values())
        # In the order of the year's steps, so that each step's documents come together under one heading.
        evidence = sorted(evidence, key=lambda e: order.index(folders.get(e.step_key, folders[""])))
        rows: list[EvidenceListRow] = []
        for n, item in enumerate(evidence, start=1):
            folder = folders.get(item.step_key, folders[""])
            heading = STEP_FOLDERS.get(item.step_key, OTHER_FOLDER)
            # One sub-folder per document: its files keep their own names and never collide with another's.
            where = self.root / folder / f"{n:02d}_{ascii_name(item.title[:40])}"
            paths: list[str] = []
            note = ""
            if item.files:
                for ref in item.files:
                    self.check_cancel()
                    path = self._copy(ref, where, safe_file_name)
                    self.add(path, FileRole.EVIDENCE, item.title)
                    paths.append(path.relative_to(self.root).as_posix())
            elif item.register_id in rendered:
                doc = self.s.drafted.build(rendered[item.register_id], self.year)
                where.mkdir(parents=True, exist_ok=True)
                path = render_pdf(doc, where / f"{ascii_name(item.title[:40])}.pdf")
                self.add(path, FileRole.EVIDENCE_RENDERED, item.title)
                paths.append(path.relative_to(self.root).as_posix())
                note = "Bản in từ isodesk (chưa có bản quét văn bản đã ký)"
            else:
                note = "Chưa có tệp đính kèm"
            rows.append(EvidenceListRow(heading, item.title, "\n".join(paths), note))
        return rows

    def _copy(self, ref: AttachmentRef, folder: Path, safe_name: Callable[[str], str]) -> Path:
        """Copy one attached file out through the attachment service (SHA-256 checked while copying)."""
        target = folder
        k = 1
        while (target / safe_name(ref.original_name)).exists():
            k += 1
            target = folder / str(k)
        return self.s.attachments.export_copy(ref, target)

    def _evidence_list(self, rows: Sequence[EvidenceListRow]) -> AdminDocument:
        from isodesk.domain.package import evidence_list_spec
        from isodesk.reports.printouts import build_register_list

        secretary = next((p.full_name for p in self.s.agency.people() if p.is_iso_secretary and p.active), "")
        files = sum(len([x for x in r.files.split("\n") if x]) for r in rows)
        return build_register_list(
            evidence_list_spec(), rows, self.profile,
            summary=f"Hồ sơ minh chứng kèm theo báo cáo kết quả duy trì, áp dụng HTQLCL năm {self.year}",
            footer=f"Danh mục này có {len(rows)} hồ sơ, văn bản với {files} tệp trong gói báo cáo.",
            on=self.today, prepared_by=secretary)

    def _write_xlsx(self, path: Path) -> Path:
        from isodesk.domain.package import figures_sheet
        from isodesk.reports.xlsx_exporter import SheetContent, export_workbook_xlsx

        spec, rows = figures_sheet(self.yc.figures.values())
        sheets = [SheetContent(spec, rows, f"SỐ LIỆU CỦA BÁO CÁO NĂM {self.year}", "(Tính từ dữ liệu của isodesk)")]
        used = {spec.sheet_name.casefold()}
        for table in self.yc.tables.values():
            sheet_spec, sheet_rows = _appendix_sheet(table, used)
            used.add(sheet_spec.sheet_name.casefold())
            sheets.append(SheetContent(sheet_spec, sheet_rows, table.title))
        return export_workbook_xlsx(sheets, path, agency_lines=self.s.agency.heading_lines(self.today))



_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _appendix_sheet(table: AppendixTable, used: set[str]) -> tuple[RegisterSpec, list[dict[str, object]]]:
    """An appendix table as a sheet: its headings verbatim (a leading ``TT``/``STT`` column is left to the
    sheet's own numbering), group rows kept as group rows, named after its title (unique, ≤ 31 characters)."""
    from isodesk.domain.tabular import ColumnSpec, RegisterSpec
    from isodesk.reports.xlsx_exporter import GROUP_ROW

    columns = list(table.columns)
    skip = 1 if columns and columns[0].strip().upper() in ("TT", "STT", "SỐ TT") else 0
    titles: list[str] = []
    for title in columns[skip:]:
        # Headings that differ only by spaces (three "Tỷ lệ (%)" columns) still need distinct titles.
        base_title = " ".join(title.split()) or "…"
        clean, k = base_title, 1
        while clean.casefold() in {t.casefold() for t in titles}:
            k += 1
            clean = f"{base_title} – {k}"
        titles.append(clean)
    specs = tuple(ColumnSpec(f"c{n}", t, width=max(10.0, min(40.0, len(t) * 0.9))) for n, t in enumerate(titles))
    name = " ".join(_SHEET_FORBIDDEN.sub(" ", table.title).split())[:28].strip() or "Phụ lục"
    base, n = name, 1
    while name.casefold() in used:
        n += 1
        name = f"{base[:26]} {n}"
    spec = RegisterSpec(key=table.key, title=table.title[:200], columns=specs, sheet_name=name)
    rows: list[dict[str, object]] = []
    for row in table.rows:
        if row.group:
            rows.append({GROUP_ROW: " ".join(c for c in row.cells if c)})
        else:
            rows.append({f"c{n}": cell for n, cell in enumerate(row.cells[skip:])})
    return spec, rows
