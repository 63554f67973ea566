"""Backups on the home screen: a readiness warning when no backup has succeeded for 7 days.

Offered through the module provider mechanism (``services/modules.py``) so the home screen shows it
with the other issues; it opens Cài đặt, where the backup settings are. No figures or documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from isodesk.domain import core as d
from isodesk.domain.backup import WARN_AFTER_DAYS, backup_overdue
from isodesk.domain.contributions import Contribution
from isodesk.domain.cycle import ReadinessIssue, Severity
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.services.core.backup_service import backups_dir_for, list_backups_in
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import StepDefinition
from isodesk.storage.models.core import ChangeLogRow

NO_RECENT_BACKUP = QT_TRANSLATE_NOOP(
    "Readiness", "No backup of the data has succeeded for {count} days or more. Open Settings → Backups and "
                 "take one now; check the free space and the second folder.")


class BackupProvider:
    """The backup warning of the home screen."""

    module = "backups"

    def steps(self) -> Sequence[StepDefinition]:
        return ()

    def checks(self, session: Session, year: d.ReportingYear, today: date) -> list[ReadinessIssue]:
        database = getattr(getattr(session.get_bind(), "url", None), "database", None)
        if not database:
            return []
        backups = list_backups_in(backups_dir_for(Path(database)))
        last = backups[0].taken_at if backups else None
        if last is None:
            # Never backed up: count from the first change recorded, so a data file created today
            # (whose first backup is being taken in the background) is not flagged.
            first = session.scalar(select(func.min(ChangeLogRow.at)))
            if first is None or (today - first.date()).days < WARN_AFTER_DAYS:
                return []
        elif not backup_overdue(last, today):
            return []
        return [ReadinessIssue("no_recent_backup", NO_RECENT_BACKUP, Severity.WARNING,
                               count=WARN_AFTER_DAYS, params={"count": WARN_AFTER_DAYS}, target="settings")]

    def contribute(self, ctx: ContributionContext) -> Contribution:
        return Contribution(self.module)
