"""Opens a database and builds every service on it (used by app.py, the CLI and tests)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from typing import TYPE_CHECKING

from isodesk.services.core.agency_service import AgencyService
from isodesk.services.core.attachment_service import AttachmentService, AttachmentStore
from isodesk.services.core.backup_service import BackupService
from isodesk.services.core.check_service import CheckService
from isodesk.services.year.contribution_service import ContributionService
from isodesk.services.year.cycle_service import CoreCycleProvider, CycleProvider, CycleService
from isodesk.services.core.document_register_service import DocumentRegisterService
from isodesk.services.documents.documents_printouts import DocumentsPrintouts
from isodesk.services.documents.documents_service import DocumentsService
from isodesk.services.core.history_service import HistoryService
from isodesk.services.legal.legal_service import LegalService
from isodesk.services.objectives.objective_service import ObjectiveService
from isodesk.services.objectives.objectives_documents import objectives_builders
from isodesk.services.audit.audit_documents import (
    AuditDecisionBuilder,
    AuditNoticeBuilder,
    AuditPlanBuilder,
    AuditReportBuilder,
)
from isodesk.services.audit.audit_service import AuditService
from isodesk.services.audit.nonconformity_service import NonconformityService
from isodesk.services.results.results_service import ResultsService
from isodesk.services.review.review_minutes import ReviewMinutesBuilder
from isodesk.services.review.review_service import ReviewService
from isodesk.services.report.report_cycle import ReportSending
from isodesk.services.report.report_document import AnnualReportBuilder
from isodesk.services.report.report_service import ReportService
from isodesk.services.year.drafted_service import DraftedDocumentService
from isodesk.services.plan.plan_service import PlanBuilder, PlanService
from isodesk.services.documents.records_service import RecordsService
from isodesk.services.core.handover_service import HandoverService
from isodesk.services.core.restore_service import RestoreService
from isodesk.services.risks.risk_service import RiskService
from isodesk.services.risks.risks_cycle import RiskPlanBuilder
from isodesk.services.core.settings_service import SettingsService
from isodesk.services.core.setup_service import SetupService
from isodesk.services.tthc.tthc_service import TthcService
from isodesk.services.core.year_service import YearService
from isodesk.storage.database_file import storage_error_from
from isodesk.storage.engine import create_sqlite_engine, journal_mode_for, make_session_factory
from isodesk.storage.migrate import upgrade_to_head

if TYPE_CHECKING:
    from isodesk.services.package.package_service import PackageService


@dataclass
class Recovery:
    """What the restore dialog needs for a data file that cannot be opened (damaged): its backups and
    a restore that keeps a byte copy of the damaged file instead of an SQLite backup of it."""

    db_path: Path
    restore: RestoreService

    def close(self) -> None:
        self.restore.engine.dispose()


def open_for_recovery(db_path: Path) -> Recovery:
    """A :class:`Recovery` for the damaged database at ``db_path``; nothing is read or written yet."""
    db_path = Path(db_path).resolve()
    engine = create_sqlite_engine(db_path)
    store = AttachmentStore(files_dir_for(db_path))
    backups = BackupService(make_session_factory(engine), db_path, store)
    return Recovery(db_path, RestoreService(engine, db_path, store, backups, damaged=True))


def files_dir_for(db_path: Path) -> Path:
    """Attachments live beside the database (``isodesk.db`` → ``isodesk-files/``), so copying the
    two together hands the whole register over to a new secretary."""
    return db_path.with_name(f"{db_path.stem}-files")


@dataclass
class Services:
    """Every service of one open database."""

    db_path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    agency: AgencyService
    years: YearService
    attachments: AttachmentService
    register: DocumentRegisterService
    history: HistoryService
    settings: SettingsService
    setup: SetupService
    cycle: CycleService
    contributions: ContributionService
    documents: DocumentsService
    records: RecordsService
    legal: LegalService
    tthc: TthcService
    plan: PlanService
    check: CheckService
    backups: BackupService
    drafted: DraftedDocumentService
    risks: RiskService
    objectives: ObjectiveService
    audits: AuditService
    nonconformities: NonconformityService
    results: ResultsService
    review: ReviewService
    report: ReportService
    report_sending: ReportSending
    backup_made: Path | None = None
    journal_mode: str = "WAL"
    extra: dict[str, object] = field(default_factory=dict)

    def close(self) -> None:
        self.engine.dispose()

    @cached_property
    def restore(self) -> RestoreService:
        """Restore from a backup (replaces the whole file, so it works on the engine, not in a session)."""
        return RestoreService(self.engine, self.db_path, self.attachments.store, self.backups,
                              after_restore=self.objectives.forget_cached_figures)

    @cached_property
    def handover(self) -> HandoverService:
        """The handover package of this data file (Tệp → Bàn giao…)."""
        return HandoverService(self.sessions, self.engine, self.db_path, self.attachments.store, self.agency, self.cycle,
                               self.contributions)

    @cached_property
    def printouts(self) -> DocumentsPrintouts:
        """The printouts of the registers, built once and handed to the screens (the UI builds no service)."""
        return DocumentsPrintouts(self.documents, self.records, self.agency, self.register)

    @cached_property
    def package(self) -> PackageService:
        """The annual report package: readiness before export, the export itself (issue 11)."""
        from isodesk.services.package.package_service import PackageService

        return PackageService(self)


def figure_values(contributions: ContributionService, year: int) -> dict[str, Decimal | int]:
    """Every module's named figures of ``year`` by key (what bound quality objectives read)."""
    return {key: f.value for key, f in contributions.collect(year).figures.items()}


def open_services(db_path: Path, providers: Sequence[CycleProvider] | None = None) -> Services:
    """Open (creating or upgrading) the database at ``db_path`` and build the services.

    ``providers`` are the modules' providers (steps, checks, contributions); None means every module
    of :func:`isodesk.services.modules.module_providers`.

    Raises:
        DatabaseTooNewError: written by a newer isodesk; the file is left untouched.
        StorageError: its subclass says why: not an isodesk database, damaged, locked by another
            program, read-only (file or folder/drive), disk full, no room for the pre-upgrade backup.
    """
    if providers is None:
        from isodesk.services.modules import module_providers

        providers = module_providers()
    db_path = Path(db_path).resolve()
    engine = create_sqlite_engine(db_path)
    try:
        backup = upgrade_to_head(engine, db_path)
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, (OSError, DBAPIError, sqlite3.Error)):
            # Never the raw SQLAlchemy text (SQL, parameters, web link): its own true StorageError.
            raise storage_error_from(exc, db_path) from exc
        raise
    sessions = make_session_factory(engine)
    attachments = AttachmentService(sessions, AttachmentStore(files_dir_for(db_path)))
    agency, years = AgencyService(sessions), YearService(sessions)
    register = DocumentRegisterService(sessions, attachments)
    cycle = CycleService(sessions, [CoreCycleProvider(), *providers])
    # The same providers offer the year's contributions (figures, texts, tables, evidence, documents).
    contributions = ContributionService(sessions, [CoreCycleProvider(), *providers])
    # Drafted documents: one builder per kind (the plan today; audit, review minutes, report next).
    objectives = ObjectiveService(sessions)
    audits, nonconformities = AuditService(sessions), NonconformityService(sessions)
    drafted = DraftedDocumentService(sessions, register, [
        PlanBuilder(agency, years, cycle, contributions),
        *objectives_builders(agency, years, objectives),
        AuditDecisionBuilder(agency, years, audits, nonconformities),
        AuditPlanBuilder(agency, years, audits, nonconformities),
        AuditReportBuilder(agency, years, audits, nonconformities),
        AuditNoticeBuilder(agency, years, audits, nonconformities, register)])
    risks = RiskService(sessions)
    drafted.add_builder(RiskPlanBuilder(agency, years, risks))
    review = ReviewService(sessions, contributions)
    drafted.add_builder(ReviewMinutesBuilder(agency, years, review))
    # The annual report: outlines from the shipped files and from outlines/ next to the data file.
    report = ReportService(sessions, agency, db_path.parent)
    drafted.add_builder(AnnualReportBuilder(agency, years, report, contributions))
    services = Services(
        db_path=db_path, engine=engine, sessions=sessions,
        agency=agency, years=years, attachments=attachments,
        register=register, history=HistoryService(sessions),
        settings=SettingsService(sessions), setup=SetupService(sessions),
        cycle=cycle, contributions=contributions,
        documents=DocumentsService(sessions, attachments), records=RecordsService(sessions),
        legal=LegalService(sessions), tthc=TthcService(sessions),
        audits=audits, nonconformities=nonconformities,
        check=CheckService(sessions, attachments.store),
        backups=BackupService(sessions, db_path, attachments.store),
        plan=PlanService(drafted), drafted=drafted,
        risks=risks,
        objectives=objectives,
        results=ResultsService(sessions),
        review=review,
        report=report, report_sending=ReportSending(report, drafted, register),
        backup_made=backup, journal_mode=journal_mode_for(db_path),
    )
    contributions.bind(services)
    for provider in providers:  # the review reads the audit date through the contributions
        getattr(provider, "bind_contributions", lambda _c: None)(contributions)
    services.objectives.bind_figures(lambda year: figure_values(contributions, year))
    return services
