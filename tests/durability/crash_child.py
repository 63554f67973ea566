"""The child of the crash campaign (tests/durability/test_crash_campaign.py): committed writes through the
services, each reported on stdout once it has returned, until the parent kills it with SIGKILL.

Started once as a fork server (``--serve``): isodesk, SQLAlchemy, reportlab and openpyxl are imported
once, then every trial is a fork that opens its own copy of the database (no connection exists before
the fork), so a trial costs the writes, not a Python start. Protocol on stdin: ``RUN <db> <out> <seed>``;
on stdout (one ``os.write`` per line, so a kill never leaves half a line): ``CHILD <pid>`` (server),
``READY`` and one JSON ``COMMIT`` line per returned write (child), ``DONE <pid>`` (server, after the
child is gone). A child that meets an error prints ``ERROR <traceback>`` and exits.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import traceback
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root: tests.safety.xlsx_builders

from isodesk.domain import core as d  # noqa: E402 - after the path set-up above
from isodesk.domain.legal import EXTERNAL_DOCUMENTS_SPEC  # noqa: E402
from isodesk.domain.scope import Tthc  # noqa: E402
from isodesk.reports.output import write_document_files  # noqa: E402
from isodesk.reports.xlsx_exporter import export_table_xlsx  # noqa: E402
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping  # noqa: E402
from isodesk.services.documents.documents_service import DOCUMENTS_TABLE  # noqa: E402
from isodesk.services.registry import Services, open_services  # noqa: E402
from tests.safety.xlsx_builders import register_rows, write_parts  # noqa: E402

#: How often each kind of write is chosen.
WEIGHTS = {"doc": 3, "tthc": 2, "attach": 2, "import": 2, "export": 1, "backup": 1}


def emit(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def commit(kind: str, **values: object) -> None:
    emit("COMMIT " + json.dumps({"kind": kind, **values}, ensure_ascii=False))


def one_write(services: Services, kind: str, tag: str, n: int, work: Path, out: Path, year: int,
              rng: random.Random) -> None:
    if kind == "doc":
        summary = f"Về việc thử ghi {tag}-{n}"
        saved = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND",
                                                        None, summary))
        commit("doc", id=saved.id, summary=summary)
    elif kind == "tthc":
        code = f"9.{tag}.{n:04d}"
        saved_tthc = services.tthc.save(Tthc(None, code, f"Thủ tục thử {tag}-{n}", field="Hộ tịch", level="Cấp xã"))
        commit("tthc", id=saved_tthc.id, code=saved_tthc.code)
    elif kind == "attach":
        data = rng.randbytes(rng.randint(2_000, 400_000))
        source = work / f"scan-{n}.pdf"
        source.write_bytes(data)
        summary = f"Về việc thử đính kèm {tag}-{n}"
        saved = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND",
                                                        None, summary), files=[(source, f"scan-{n}.pdf")])
        commit("attach", id=saved.id, summary=summary, sha256=hashlib.sha256(data).hexdigest())
    elif kind == "import":
        rows = [(f"Văn bản thử {tag}-{n}-{k}", f"{n}{k}/{tag}/NĐ-CP", "01/02/2024") for k in range(3)]
        path = write_parts(work / f"nhap-{n}.xlsx", register_rows(rows))
        sheet = read_sheet(path, spec=EXTERNAL_DOCUMENTS_SPEC)
        preview = build_preview(EXTERNAL_DOCUMENTS_SPEC, sheet, suggest_mapping(EXTERNAL_DOCUMENTS_SPEC, sheet.headers))
        services.legal.import_preview(preview)
        commit("import", summaries=[r[0] for r in rows], symbols=[r[1] for r in rows])
    elif kind == "export":
        files = write_document_files(services.plan.build(year), out, f"ke-hoach-{n}")
        commit("export", paths=[str(files.docx), str(files.pdf)])
        rows = [{"code": f"QT.{i:03d}", "title": f"Quy trình thử {i}", "kind": "Quy trình nội bộ",
                 "department": "", "revision_number": 1, "effective_date": date(2024, 1, 1), "status": "Hiệu lực",
                 "notes": ""} for i in range(rng.randint(5, 200))]
        xlsx = export_table_xlsx(DOCUMENTS_TABLE, rows, out / f"danh-muc-{n}.xlsx", title="DANH MỤC")
        commit("export", paths=[str(xlsx or out / f"danh-muc-{n}.xlsx")])
    elif kind == "backup":
        info = services.backups.backup_now("manual")
        commit("backup", path=str(info.path))


def run_trial(db: Path, out: Path, seed: int) -> None:
    rng = random.Random(seed)
    services = open_services(db)
    years = [y.year for y in services.years.years()]
    year = max(years)
    work = out.parent / "work"
    work.mkdir(parents=True, exist_ok=True)
    tag = f"{seed % 100000:05d}"
    emit("READY")
    kinds = list(WEIGHTS)
    weights = list(WEIGHTS.values())
    n = 0
    while True:  # until killed
        n += 1
        one_write(services, rng.choices(kinds, weights)[0], tag, n, work, out, year, rng)


def serve() -> None:
    emit("SERVER READY")
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "RUN":
            continue
        db, out, seed = Path(parts[1]), Path(parts[2]), int(parts[3])
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run_trial(db, out, seed)
            except BaseException:  # noqa: BLE001 - reported to the parent, which counts it as a failure
                emit("ERROR " + json.dumps(traceback.format_exc()))
                code = 1
            os._exit(code)
        emit(f"CHILD {pid}")
        os.waitpid(pid, 0)
        emit(f"DONE {pid}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:  # one trial in the foreground (for a look by hand): crash_child.py DB OUT SEED
        run_trial(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
