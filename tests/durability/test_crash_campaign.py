"""Issue 12, "tests that prove it": the crash campaign. A child process commits writes through the
services — documents, TTHC, an attachment, an Excel import, a document and an Excel list exported to
files, a backup — and reports each one once it has returned; the parent kills it with SIGKILL at a
random moment (seeded) and then checks the data file the way the next start would see it:

- ``PRAGMA integrity_check`` is ok;
- every reported commit is there (and an attachment's stored file has its SHA-256);
- nothing is half-written: an import is all of its rows or none, a document saved with a file has it;
- no file under a final name is incomplete (DOCX/XLSX are valid zips, a PDF ends with %%EOF, a backup
  passes its integrity check);
- ``isodesk check`` (CheckService: attachments and the change history's hash chain) finds the store
  consistent — removing what an interrupted attach left is allowed.

Trials fork from one warm server (tests/durability/crash_child.py), each on a copy of one template
database, so 200 trials take a few minutes on two cores. ``ISODESK_CRASH_TRIALS`` runs fewer by hand.
"""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from isodesk.reports.files import TEMP_PREFIX

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt" or not hasattr(os, "fork"),
                                                   reason="SIGKILL and fork")]

TRIALS = int(os.environ.get("ISODESK_CRASH_TRIALS", "200"))
SEED = 20261206
CHILD = Path(__file__).with_name("crash_child.py")


@dataclass
class Campaign:
    trials: int = 0
    commits: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    orphans_cleaned: int = 0


class Server:
    """The warm fork server and a thread reading its lines."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, str(CHILD), "--serve"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.expect("SERVER READY", timeout=120)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.put(raw.decode("utf-8", "replace").rstrip("\n"))
        self.lines.put("EOF")

    def next(self, timeout: float) -> str:
        return self.lines.get(timeout=timeout)

    def expect(self, prefix: str, timeout: float) -> str:
        line = self.next(timeout)
        if not line.startswith(prefix):
            raise AssertionError(f"expected {prefix!r}, got {line[:2000]!r}")
        return line

    def run(self, db: Path, out: Path, seed: int) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"RUN {db} {out} {seed}\n".encode())
        self.proc.stdin.flush()

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from isodesk.demo.data import generate_demo

    return generate_demo(tmp_path_factory.mktemp("crash-template") / "isodesk.db", scale="small",
                         today=date(2026, 11, 22))


def _copy_template(template: Path, folder: Path) -> Path:
    from isodesk.services.registry import files_dir_for

    folder.mkdir(parents=True)
    db = folder / template.name
    shutil.copyfile(template, db)
    if files_dir_for(template).is_dir():
        shutil.copytree(files_dir_for(template), files_dir_for(db))
    return db


def _complete_file_problem(path: Path) -> str | None:
    """Why the file under a final name is not complete, or None."""
    if path.suffix in (".docx", ".xlsx"):
        try:
            with zipfile.ZipFile(path) as archive:
                bad = archive.testzip()
        except zipfile.BadZipFile as exc:
            return f"{path.name}: not a zip ({exc})"
        return f"{path.name}: damaged member {bad}" if bad else None
    if path.suffix == ".pdf":
        tail = path.read_bytes()[-1024:].rstrip()
        return None if tail.endswith(b"%%EOF") else f"{path.name}: no %%EOF"
    if path.suffix == ".db":
        try:
            with sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True) as con:
                result = con.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.Error as exc:
            return f"{path.name}: {exc}"
        return None if result == "ok" else f"{path.name}: {result}"
    return None


def _verify(db: Path, out: Path, commits: list[dict[str, object]], campaign: Campaign) -> list[str]:
    from isodesk.services.registry import open_services

    problems: list[str] = []
    with sqlite3.connect(db) as con:  # as the next start opens it: the WAL is recovered first
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            return [f"integrity_check: {integrity}"]
        for c in commits:
            kind = c["kind"]
            if kind in ("doc", "attach"):
                row = con.execute("SELECT summary FROM issued_document WHERE id = ?", (c["id"],)).fetchone()
                if row is None or row[0] != c["summary"]:
                    problems.append(f"lost commit {c}")
                if kind == "attach":
                    linked = con.execute(
                        "SELECT a.sha256 FROM attachment_link l JOIN attachment a ON a.id = l.attachment_id "
                        "WHERE l.entity = 'issued_document' AND l.entity_id = ?", (c["id"],)).fetchall()
                    if (c["sha256"],) not in linked:
                        problems.append(f"attachment of {c['id']} lost")
            elif kind == "tthc":
                if con.execute("SELECT 1 FROM tthc WHERE id = ? AND code = ?", (c["id"], c["code"])).fetchone() is None:
                    problems.append(f"lost commit {c}")
            elif kind == "import":
                symbols = c["symbols"]
                assert isinstance(symbols, list)
                found = con.execute(f"SELECT count(*) FROM external_document WHERE number_symbol IN "
                                    f"({','.join('?' * len(symbols))})", symbols).fetchone()[0]
                if found != len(symbols):
                    problems.append(f"import reported but {found} of {len(symbols)} rows present")
            elif kind == "export":
                paths = c["paths"]
                assert isinstance(paths, list)
                for name in paths:
                    if not Path(str(name)).is_file():
                        problems.append(f"exported file missing: {name}")
        # Nothing half-written: each import is all of its rows or none; a document saved with a file has it.
        batches: dict[str, int] = {}
        for (summary,) in con.execute("SELECT summary FROM external_document WHERE summary LIKE 'Văn bản thử %'"):
            batches[summary.rsplit("-", 1)[0]] = batches.get(summary.rsplit("-", 1)[0], 0) + 1
        problems += [f"import {b} half-written ({n} of 3 rows)" for b, n in batches.items() if n != 3]
        for (doc_id,) in con.execute("SELECT id FROM issued_document WHERE summary LIKE 'Về việc thử đính kèm %'"):
            if con.execute("SELECT count(*) FROM attachment_link WHERE entity = 'issued_document' AND entity_id = ?",
                           (doc_id,)).fetchone()[0] != 1:
                problems.append(f"document {doc_id} saved without its file")
    # No file under a final name that is not complete: exports and backups.
    backups = db.with_name(f"{db.stem}-backups")
    for folder in (out, backups):
        if folder.is_dir():
            for path in folder.iterdir():
                if not path.name.startswith((TEMP_PREFIX, ".")):
                    problem = _complete_file_problem(path)
                    if problem:
                        problems.append(problem)
    reported_backups = [Path(str(c["path"])) for c in commits if c["kind"] == "backup"]
    if reported_backups and not reported_backups[-1].is_file():
        problems.append(f"the last reported backup is missing: {reported_backups[-1].name}")
    # isodesk check: consistent (orphans of an interrupted attach may be removed).
    services = open_services(db)
    try:
        report = services.check.check(clean=True)
        # An orphan younger than the grace period is kept and listed, not an inconsistency.
        campaign.orphans_cleaned += len(report.orphans_removed) + len(report.temporaries_removed)
        problems += [f"check: {p.kind.value} {p.detail or p.names}" for p in report.problems]
    finally:
        services.close()
    return problems


def test_sigkill_during_committed_writes_loses_and_breaks_nothing(template: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    campaign = Campaign()
    server = Server()
    started = time.monotonic()
    try:
        for trial in range(TRIALS):
            folder = tmp_path / f"t{trial:03d}"
            db = _copy_template(template, folder)
            out = folder / "out"
            server.run(db, out, SEED + trial)
            pid = int(server.expect("CHILD", timeout=60).split()[1])
            lines: list[str] = []
            first = server.next(timeout=120)
            if not first.startswith("READY"):
                campaign.failures.append(f"trial {trial}: child did not start: {first[:2000]}")
                server.expect("DONE", timeout=60)
                continue
            # Kill at a random moment: sometimes at once, mostly during the first writes.
            deadline = time.monotonic() + rng.choice([0.0, rng.uniform(0.0, 0.3), rng.uniform(0.05, 1.2),
                                                           rng.uniform(0.3, 1.6)])
            while time.monotonic() < deadline:
                try:
                    lines.append(server.next(timeout=max(deadline - time.monotonic(), 0.001)))
                except queue.Empty:
                    break
            os.kill(pid, signal.SIGKILL)
            while True:
                line = server.next(timeout=60)
                if line.startswith("DONE"):
                    break
                lines.append(line)
            errors = [li for li in lines if li.startswith("ERROR")]
            commits = [json.loads(li[len("COMMIT "):]) for li in lines if li.startswith("COMMIT ")]
            campaign.trials += 1
            campaign.commits += len(commits)
            for c in commits:
                campaign.by_kind[c["kind"]] = campaign.by_kind.get(c["kind"], 0) + 1
            problems = [json.loads(e[len("ERROR "):]) for e in errors] + _verify(db, out, commits, campaign)
            campaign.failures += [f"trial {trial}: {p}" for p in problems]
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        server.close()
    elapsed = time.monotonic() - started
    print(f"\ncrash campaign: {campaign.trials} trials, {campaign.commits} commits reported and found "
          f"({', '.join(f'{k} {n}' for k, n in sorted(campaign.by_kind.items()))}), "
          f"{len(campaign.failures)} failures, {campaign.orphans_cleaned} leftovers of interrupted attaches "
          f"cleaned by the check, {elapsed:.0f} s")
    assert campaign.trials == TRIALS
    assert not campaign.failures, "\n".join(campaign.failures[:20])
