"""Restoring the data from a backup: what one backup copy holds, and what a restore did."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

#: The main registers shown for a backup, by table, in the order they are listed.
MAIN_REGISTERS: tuple[str, ...] = (
    "issued_document", "internal_document", "record_entry", "external_document", "tthc", "person",
    "department", "attachment", "risk_entry", "quality_objective", "audit_round", "nonconformity",
    "tthc_result",
)


@dataclass(frozen=True)
class BackupSummary:
    """One backup copy as the restore list shows it (read from the copy itself, read-only)."""

    path: Path
    taken_at: datetime
    reason: str
    #: The agency's name as stored in that copy ("" when the copy holds none).
    agency_name: str
    #: Rows of the main registers (:data:`MAIN_REGISTERS` present in that copy's schema).
    counts: dict[str, int]
    #: The copy's Alembic revision ("" when it cannot be read).
    revision: str
    #: integrity_check said ok and the copy is an isodesk database.
    verified: bool
    #: Why the copy cannot be used ("" when verified).
    problem: str = ""
    #: True when the copy is from an older schema (it is upgraded on restore).
    older_schema: bool = False
    #: The folder it was found in is the optional second folder.
    in_second_folder: bool = False
    size: int = 0
    #: Attached files the copy refers to that the attachments folder lacks (names as stored, else the
    #: hash): restoring cannot bring them back; they are reported, never hidden.
    missing_files: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    restored_from: Path
    #: The automatic backup of the state before the restore.
    safety_backup: Path
    counts: dict[str, int]
    #: The copy's revision, and whether it was upgraded to this build's schema.
    revision: str
    upgraded: bool
    #: Attachment files the restored data refers to that the attachments folder lacks or that no
    #: longer match their SHA-256 (names as stored, else the hash).
    missing_files: list[str] = field(default_factory=list)
    modified_files: list[str] = field(default_factory=list)
