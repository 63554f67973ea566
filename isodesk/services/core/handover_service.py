"""Handover to a new ISO secretary (Tệp → Bàn giao…, ``isodesk handover`` / ``isodesk receive``).

:meth:`HandoverService.write` puts the whole register into one ``.isodesk`` file — a consistent
copy of the database (SQLite backup API), every attached file, and a manifest with the SHA-256 of
each — and prints the ``BIÊN BẢN Bàn giao hồ sơ, tài liệu Hệ thống quản lý chất lượng`` beside it,
listing what is handed over and the year's open work. :func:`receive_package` verifies a package
completely before it writes anything, then makes a new data file from it; the service of that file
then names the incoming secretary (:meth:`HandoverService.make_secretary`).

The open work of the year is read from the cycle and the modules' contributions only, never from
another module's tables.
"""

from __future__ import annotations

import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from isodesk import __version__
from isodesk.domain.cycle import StepStatus
from isodesk.domain.errors import DomainError, FieldProblem, StorageError
from isodesk.domain.handover import (
    DATABASE_MEMBER,
    HANDOVER_LIMITS,
    MINUTES_PREFIX,
    OPEN_WORK_FIGURES,
    PACKAGE_SUFFIX,
    REGISTER_LABELS,
    HandoverManifest,
    HandoverPeople,
    HandoverResult,
    HandoverSummary,
    OpenItem,
    PackageMember,
    ReceivedHandover,
    RegisterCount,
    file_member,
    is_sha256,
)
from isodesk.domain.inputs import date_problem
from isodesk.domain.package import issue_text
from isodesk.reports.handover_archive import PackageSource, extract_member, read_package, write_package
from isodesk.services.base import ServiceBase, raise_if
from isodesk.services.core.agency_service import AgencyService
from isodesk.services.core.attachment_service import AttachmentStore, StoredState
from isodesk.services.core.handover_minutes import handover_minutes, minutes_stem
from isodesk.services.year.contribution_service import ContributionService
from isodesk.services.year.cycle_service import CycleService
from isodesk.storage.models import core as m
from isodesk.storage.backup import copy_database
from isodesk.storage.migrate import SCHEMA_HEAD
from isodesk.storage.restore import read_backup, remove_quietly, upgrade_copy, verify_file

#: ``translate(context, text)``: the UI passes Qt's; documents are Vietnamese, so the CLI passes the
#: Vietnamese catalogue's too. The identity keeps the English source.
Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _untranslated(_context: str, text: str) -> str:
    return text


class HandoverService(ServiceBase):
    """Write the handover package of one data file, and name the incoming secretary after a receipt."""

    def __init__(self, sessions: sessionmaker[Session], engine: Engine, db_path: Path, store: AttachmentStore,
                 agency: AgencyService, cycle: CycleService, contributions: ContributionService) -> None:
        super().__init__(sessions)
        self.engine = engine
        self.db_path = Path(db_path)
        self.store = store
        self.agency = agency
        self.cycle = cycle
        self.contributions = contributions

    # ------------------------------------------------------------------ what is handed over
    def summary(self, year: int | None, today: date, translate: Translate = _untranslated,
                counts: dict[str, int] | None = None) -> HandoverSummary:
        """The registers with their counts, and the open work of ``year`` (steps not done, readiness
        problems, open corrective actions and other open figures) as of ``today``."""
        if counts is None:
            counts = self._counts()
        registers = tuple(RegisterCount(key, label, counts[key]) for key, label in REGISTER_LABELS.items()
                          if key in counts)
        items: list[OpenItem] = []
        if year is not None:
            overview = self.cycle.overview(year, today)
            for step in overview.steps:
                if step.status is not StepStatus.DONE:
                    items.append(OpenItem(translate("CycleStep", step.title), step.due))
            for issue in overview.issues:
                try:
                    text = issue_text(issue, translate)
                except (KeyError, IndexError, ValueError):
                    text = translate("Readiness", issue.message)
                items.append(OpenItem(text))
            figures = self.contributions.collect(year, today).figures
            for key in OPEN_WORK_FIGURES:
                figure = figures.get(key)
                if figure is not None and figure.value:
                    items.append(OpenItem(f"{figure.label}: {figure.text}"))
        with self._read() as s:
            rows = s.execute(select(m.AttachmentRow.size)).scalars().all()
        profile = self.agency.profile_on(today)
        return HandoverSummary(agency_name=profile.name if profile else "", year=year, registers=registers,
                               open_items=tuple(items), attachments=len(rows), attachment_bytes=sum(rows))

    def _counts(self) -> dict[str, int]:
        from sqlalchemy import text

        with self._read() as s:
            names = {row[0] for row in s.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
            return {key: int(s.execute(text(f'SELECT count(*) FROM "{key}"')).scalar_one())
                    for key in REGISTER_LABELS if key in names}

    # ------------------------------------------------------------------ writing the package
    def write(self, target: Path, people: HandoverPeople, *, year: int | None, today: date | None = None,
              translate: Translate = _untranslated, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> HandoverResult:
        """Write the handover package at ``target`` (``.isodesk`` added when missing) and the biên bản
        (DOCX and PDF) beside it. The package is verified completely before it gets its final name.

        Raises:
            ValidationError: a name missing or the date out of range (nothing written).
            DomainError: ``handover_target_exists`` (params: path) — an existing file is never
                replaced; ``handover_source_changed`` (params: file) — a stored file no longer matches
                its hash (run the check first); ``handover_cancelled``; ``disk_full``,
                ``folder_not_writable``, ``folder_missing``: nothing is left under the final names.
        """
        people = _clean_people(people)
        target = Path(target)
        if target.suffix.lower() != PACKAGE_SUFFIX:
            target = target.with_name(target.name + PACKAGE_SUFFIX)
        stem = minutes_stem(people)
        docx_path, pdf_path = target.with_name(f"{stem}.docx"), target.with_name(f"{stem}.pdf")
        for path in (target, docx_path, pdf_path):
            if path.exists():
                raise DomainError("handover_target_exists", path=str(path))
        if not target.parent.is_dir():
            raise DomainError("folder_missing", path=str(target.parent))
        today = today or date.today()
        with tempfile.TemporaryDirectory(prefix="isodesk-handover-") as tmp:
            work = Path(tmp)
            copy = work / "isodesk.db"
            counts = copy_database(self.db_path, copy)
            snapshot = read_backup(copy)
            summary = self.summary(year, today, translate, counts)
            profile = self.agency.profile_on(people.handed_on) or self.agency.profile_on(today)
            if profile is None:
                raise DomainError("no_agency")
            sources = [PackageSource(DATABASE_MEMBER, "database", copy)]
            attachments = snapshot["attachments"]
            assert isinstance(attachments, list)
            missing: list[str] = []
            for sha, name in attachments:
                if not is_sha256(sha):
                    continue
                state = self.store.state(sha)
                if state is StoredState.OK:
                    sources.append(PackageSource(file_member(sha), "attachment", self.store.path_for(sha), sha))
                else:
                    missing.append(name or sha[:12])
            # The biên bản states what the package holds: the stored files packed, not every attachment row.
            packed = [source.source for source in sources if source.role == "attachment"]
            summary = replace(summary, attachments=len(packed), attachment_bytes=sum(p.stat().st_size for p in packed))
            if missing:
                summary = replace(summary, open_items=summary.open_items + tuple(
                    OpenItem(f"Tệp đính kèm thiếu hoặc bị sửa ngoài isodesk, không có trong gói: {n}")
                    for n in missing))
            doc = handover_minutes(profile, people, summary, target.name)
            from isodesk.reports.output import write_document_files

            files = write_document_files(doc, work / "bien-ban", stem)
            sources += [PackageSource(f"{MINUTES_PREFIX}{stem}.docx", "minutes", files.docx),
                        PackageSource(f"{MINUTES_PREFIX}{stem}.pdf", "minutes", files.pdf)]

            def make_manifest(members: tuple[PackageMember, ...]) -> HandoverManifest:
                return HandoverManifest(agency_name=profile.name,
                                        created=datetime.now().replace(microsecond=0).isoformat(),
                                        isodesk_version=__version__, schema_revision=str(snapshot["revision"]),
                                        people=people, counts={k: v for k, v in counts.items()
                                                               if k in REGISTER_LABELS},
                                        members=members)

            manifest = write_package(target, sources, make_manifest, progress=progress, cancelled=cancelled)
            try:
                _copy_new(files.docx, docx_path)
                _copy_new(files.pdf, pdf_path)
            except DomainError:
                # The package is complete and verified; the printed biên bản is inside it too.
                remove_quietly(docx_path)
                remove_quietly(pdf_path)
                raise
        return HandoverResult(package=target, minutes_docx=docx_path, minutes_pdf=pdf_path, manifest=manifest,
                              size=target.stat().st_size)

    # ------------------------------------------------------------------ receiving
    def receive_here(self, package: Path, *, progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> ReceivedHandover:
        """Receive a package into THIS data file while it is still empty (the setup wizard's "receive a
        handover" on a new PC), then make the incoming person the ISO secretary.

        Raises:
            DomainError: ``handover_target_not_empty`` (params: path) when this file already holds data
                (nothing changed); otherwise as :func:`receive_package`.
            StorageError: ``database_locked`` when another program uses the file (nothing changed).
        """
        from isodesk.storage.restore import put_in_place, settle

        if self.agency.has_agency() or any(self._counts().values()):
            raise DomainError("handover_target_not_empty", path=str(self.db_path))

        def put(partial: Path) -> None:
            self.engine.dispose()  # no pooled connection may still point at the replaced file
            settle(self.db_path)
            put_in_place(partial, self.db_path)

        try:
            received = _receive(Path(package), self.db_path, put, progress, cancelled)
        finally:
            self.engine.dispose()
        self.make_secretary(received.manifest.people.incoming_name, received.manifest.people.incoming_title)
        return received

    def make_secretary(self, full_name: str, title: str = "") -> int:
        """Make ``full_name`` the ISO secretary (the person is added when not in the register yet);
        the previous secretary keeps every record and signature but no longer holds the role.
        Returns the person's id. One transaction."""
        name = " ".join(unicodedata.normalize("NFC", full_name).split())
        raise_if([FieldProblem("incoming_name", "required")] if not name else [])
        with self._write() as s:
            people = s.scalars(select(m.PersonRow)).all()
            chosen = next((p for p in people if p.full_name.casefold() == name.casefold()), None)
            if chosen is None:
                chosen = m.PersonRow(full_name=name, title=title.strip(), active=True)
                s.add(chosen)
            chosen.active = True
            chosen.is_iso_secretary = True
            if title.strip() and not chosen.title:
                chosen.title = title.strip()
            for p in people:
                if p is not chosen and p.is_iso_secretary:
                    p.is_iso_secretary = False
            s.flush()
            return int(chosen.id)


def _clean_people(people: HandoverPeople) -> HandoverPeople:
    def tidy(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split())

    people = HandoverPeople(tidy(people.outgoing_name), tidy(people.outgoing_title), tidy(people.incoming_name),
                            tidy(people.incoming_title), tidy(people.head_name), tidy(people.head_title),
                            people.handed_on)
    problems = [FieldProblem(f, "required") for f in ("outgoing_name", "incoming_name", "head_name")
                if not getattr(people, f)]
    if people.outgoing_name and people.outgoing_name.casefold() == people.incoming_name.casefold():
        problems.append(FieldProblem("incoming_name", "handover_same_person"))
    bad_date = date_problem("handed_on", people.handed_on)
    if bad_date is not None:
        problems.append(bad_date)
    raise_if(problems)
    return people


def _copy_new(source: Path, target: Path) -> None:
    from isodesk.reports.files import atomic_path

    with atomic_path(target) as partial:
        shutil.copyfile(source, partial)


def inspect_package(package: Path) -> HandoverManifest:
    """Verify a package completely (names, sizes, every hash) and return its manifest.

    Raises:
        DomainError: the package's problem, naming the file (see :func:`read_package`).
    """
    return read_package(Path(package), HANDOVER_LIMITS)


def receive_package(package: Path, target_db: Path, *, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> ReceivedHandover:
    """Make the data file ``target_db`` (and its attachments folder) from a verified package.

    Everything is verified before anything is written; the database is written under a temporary
    name, upgraded when the package comes from an older isodesk, verified (integrity, counts) and
    renamed last, so an interrupted receipt leaves no data file. Attached files go into the
    content-addressed folder (a file already there with the right content is kept). An existing data
    file is never replaced.

    Raises:
        DomainError: ``handover_target_exists`` (params: path); the package's own problem naming the
            file; ``handover_too_new`` (params: revision) for a package from a newer isodesk;
            ``handover_cancelled``; ``disk_full`` and the other file errors.
    """
    from isodesk.storage.restore import put_in_place

    target_db = Path(target_db)

    def put(partial: Path) -> None:
        if target_db.exists() and target_db.stat().st_size > 0:  # created meanwhile: never replaced
            raise DomainError("handover_target_exists", path=str(target_db))
        put_in_place(partial, target_db)

    if target_db.exists() and target_db.stat().st_size > 0:
        raise DomainError("handover_target_exists", path=str(target_db))
    return _receive(Path(package), target_db, put, progress, cancelled)


def _receive(package: Path, target_db: Path, put: Callable[[Path], None], progress: Progress | None,
             cancelled: Cancelled | None) -> ReceivedHandover:
    from isodesk.services.registry import files_dir_for
    from isodesk.storage.migrate import known_revisions

    manifest = inspect_package(package)
    if manifest.schema_revision not in known_revisions():
        raise DomainError("handover_too_new", revision=manifest.schema_revision)
    database = next((mb for mb in manifest.members if mb.path == DATABASE_MEMBER), None)
    if database is None:
        raise DomainError("handover_file_missing", file=DATABASE_MEMBER)
    store = AttachmentStore(files_dir_for(target_db.resolve()))
    made_store = not store.root.exists()
    restored = present = 0
    members = [mb for mb in manifest.members if mb.role == "attachment"]
    total = len(members) + 1
    partial = target_db.with_name(f".{target_db.name}.handover.partial")
    remove_quietly(partial)
    try:
        for done, member in enumerate(members):
            if cancelled is not None and cancelled():
                raise DomainError("handover_cancelled")
            if progress is not None:
                progress(done, total)
            if store.state(member.sha256) is StoredState.OK:
                present += 1
                continue
            extract_member(package, member, store.path_for(member.sha256))
            restored += 1
        extract_member(package, database, partial)
        try:
            counts = verify_file(partial)
        except StorageError as exc:  # the hashes matched, so the outgoing PC's copy was already bad
            raise DomainError("handover_damaged", path=str(package)) from exc
        for key, count in manifest.counts.items():
            if counts.get(key) != count:
                raise DomainError("handover_file_changed", file=DATABASE_MEMBER)
        if manifest.schema_revision != SCHEMA_HEAD:
            upgrade_copy(partial)  # a package from an older isodesk; the original stays in the package
            verify_file(partial)
        put(partial)
    except BaseException:
        if made_store:  # a receipt that did not finish leaves no attachments folder it made
            shutil.rmtree(store.root, ignore_errors=True)
        raise
    finally:
        remove_quietly(partial)
    if progress is not None:
        progress(total, total)
    notes = () if manifest.schema_revision == SCHEMA_HEAD else ("upgraded",)
    return ReceivedHandover(db_path=target_db, manifest=manifest, files_restored=restored,
                            files_already_present=present, notes=notes)
