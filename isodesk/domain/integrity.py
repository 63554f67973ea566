"""Result of checking a whole data store (database + attachment files): ``isodesk check``."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from isodesk.domain.history_chain import HistoryBreak


class StoreProblemKind(str, Enum):
    MISSING = "missing"        # the database references a file that is not in the store
    MODIFIED = "modified"      # the stored file's content no longer matches its SHA-256
    UNKNOWN_FILE = "unknown"   # a file in the store that isodesk did not write (reported, kept)
    DATABASE = "database"      # SQLite's integrity or foreign-key check failed
    HISTORY = "history"        # the change history was altered outside isodesk (its hash chain is broken)


@dataclass(frozen=True)
class StoreProblem:
    """One problem found; ``names`` are the names the file is attached under."""

    kind: StoreProblemKind
    sha256: str = ""
    names: tuple[str, ...] = ()
    detail: str = ""
    #: For HISTORY: the first entry that breaks the chain.
    history: HistoryBreak | None = None


@dataclass(frozen=True)
class StoreCheckReport:
    """What a check of the whole store found, and what it cleaned up."""

    files_checked: int
    problems: tuple[StoreProblem, ...] = ()
    #: Stored files no record references (left by a failed or killed attach), removed by the check.
    orphans_removed: tuple[str, ...] = ()
    #: Half-written copies (temporary names) left by a killed attach, removed by the check.
    temporaries_removed: tuple[str, ...] = ()
    #: Orphans too recent to remove (an attach may be finishing in another window right now).
    recent_orphans_kept: tuple[str, ...] = field(default_factory=tuple)

    @property
    def consistent(self) -> bool:
        return not self.problems
