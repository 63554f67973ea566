"""The module contribution protocol on the small demo database: every figure equals the count
recomputed here through the modules' own services, texts/tables/evidence/documents are offered, and
the plan reads other modules only through contributions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from plan_fixtures import YEAR as PLAN_YEAR
from plan_fixtures import seed_plan_data

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.contributions import Contribution, OutputKind, TextDraft
from isodesk.domain.errors import NotFoundError
from isodesk.domain.legal import LegalStatus
from isodesk.domain.plan import ROLE_DOCX
from isodesk.reports.model import AdminDocument

TODAY = date(2026, 6, 1)
YEAR = 2026


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from isodesk.demo.data import generate_demo
    from isodesk.services.registry import open_services

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    generate_demo(db, scale="small", today=TODAY)
    services = open_services(db)
    yield services
    services.close()


def test_every_module_contributes_and_figures_equal_recomputed_counts(demo) -> None:  # type: ignore[no-untyped-def]
    year = demo.contributions.collect(YEAR, TODAY)
    assert [c.module for c in year.modules] == ["agency", "documents", "legal", "tthc", "plan", "risks", "objectives",
                                               "audit", "results", "review",
                                               "report"]  # the annual report, last: it quotes the others
    figures = year.figures

    docs = demo.documents.list_documents()
    live = [r for r in docs if r.status is dd.RevisionStatus.EFFECTIVE]
    assert figures["documents.internal_in_force"].value == len(live) > 0
    for name, kind in (("internal_procedures", dd.DocumentKind.INTERNAL_PROCEDURE),
                       ("tthc_procedures", dd.DocumentKind.TTHC_PROCEDURE),
                       ("system_procedures", dd.DocumentKind.SYSTEM_PROCEDURE)):
        expected = sorted(r.id for r in live if r.kind is kind)
        assert sorted(figures[f"documents.{name}"].record_ids) == expected
        assert figures[f"documents.{name}"].value == len(expected)
    assert figures["records.total"].value == len(demo.records.list_records(year=YEAR))

    in_force = demo.tthc.search(in_force=True)
    covered = demo.tthc.search(in_force=True, covered=True)
    assert figures["tthc.total"].value == len(in_force) > 0
    assert figures["tthc.covered"].value == len(covered)
    assert figures["tthc.uncovered"].value == len(in_force) - len(covered)
    rate = figures["tthc.coverage_rate"]
    assert (rate.numerator, rate.denominator) == (len(covered), len(in_force))
    assert rate.value == (Decimal(len(covered) * 100) / len(in_force)).quantize(Decimal("0.01"))
    assert rate.text == demo.tthc.coverage().percent_text  # one number, one place

    external = demo.legal.search()
    assert figures["legal.external_total"].value == len(external)
    assert figures["legal.external_in_force"].value == sum(
        1 for e in external if e.status in (LegalStatus.IN_FORCE, LegalStatus.AMENDED))

    assert figures["agency.departments"].value == len(demo.agency.departments())
    held = [r for r in demo.audits.rounds(YEAR) if r.held]
    findings = [f for r in held for f in demo.audits.findings(round_id=r.id)]
    assert figures["audit.rounds"].value == len(held)
    assert figures["audit.nonconformities"].value == sum(1 for f in findings if f.kind.value == "khong_phu_hop")
    assert figures["audit.observations"].value == sum(1 for f in findings if f.kind.value == "luu_y")
    phieu = [n for n in demo.nonconformities.search() if n.year <= YEAR]
    assert figures["nc.open"].value == sum(1 for n in phieu if n.state.value != "dong")
    assert figures["nc.overdue"].value == len(demo.nonconformities.overdue(TODAY)) > 0
    assert figures["nc.closed"].value == sum(1 for n in phieu if n.year == YEAR and n.state.value == "dong")
    issued = [e for e in demo.register.list(year=YEAR) if e.status is d.IssuedDocStatus.ISSUED]
    assert figures["agency.issued_documents"].value == len(issued)
    # Every figure says where it comes from and prints the Vietnamese way.
    for figure in figures.values():
        assert figure.source and figure.label, figure.key
        # records.* come from the documents module, opportunities.* from the risks module, nc.* (the phiếu
        # khắc phục) from the audit module; the results module names its figures by what they measure
        # (tthc.on_time_rate, satisfaction.*), as issue 10 fixes the keys objectives bind to.
        namespaces = {"results": {"tthc", "satisfaction"}, "risks": {"opportunities"}, "audit": {"nc"}}
        assert figure.key.split(".")[0] in {figure.module, "records", *namespaces.get(figure.module, set())}, \
            figure.key
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d%", rate.text)

    entries = demo.risks.list_entries(YEAR)
    assert figures["risks.total"].value == sum(1 for e in entries if e.kind.has_risk) > 0
    assert figures["opportunities.total"].value == sum(1 for e in entries if e.kind.has_opportunity) > 0
    assert figures["risks.actions_overdue"].value == sum(len(e.overdue_actions(TODAY)) for e in entries) > 0


def test_texts_tables_evidence_and_documents(demo) -> None:  # type: ignore[no-untyped-def]
    year = demo.contributions.collect(YEAR, TODAY)
    total = year.figures["documents.internal_in_force"].value
    assert year.text("report.documents").startswith(f"Hệ thống tài liệu đang áp dụng gồm {total} tài liệu")
    assert f"gồm {year.figures['tthc.total'].value} thủ tục hành chính" in year.text("report.scope")
    assert year.text("no.such.section") == ""

    tthc_table = year.tables["tthc.scope"]
    assert tthc_table.columns == ("TT", "Mã TTHC", "Tên thủ tục hành chính", "Có quy trình")
    assert sum(1 for r in tthc_table.rows if not r.group) == year.figures["tthc.total"].value
    steering = year.tables["agency.steering"]
    assert len(steering.rows) == year.figures["agency.steering_members"].value

    register = demo.register.list(year=YEAR)
    assert {e.register_id for e in year.evidence} == {e.id for e in register}
    plan_evidence = [e for e in year.evidence if e.step_key == "annual_plan"]
    assert plan_evidence and all(e.module == "agency" for e in plan_evidence)

    offers = {o.key: o for o in year.documents}
    assert set(offers) == {"documents.internal_list", "documents.records_form", "legal.external_list", "tthc.list",
                           "plan.annual_plan", "risks.plan", "risks.register_form", "objectives.decision",
                           "objectives.evaluation", "audit.nc_register",  # no audit round by June: no QĐ, no KH yet
                           "audit.corrective_forms",  # phiếu khắc phục already raised this year
                           "results.summary", "report.annual"}
    assert offers["report.annual"].kind is OutputKind.NUMBERED
    assert offers["results.summary"].kind is OutputKind.FORM
    assert offers["plan.annual_plan"].kind is OutputKind.NUMBERED
    assert offers["risks.plan"].kind is OutputKind.NUMBERED
    assert offers["audit.nc_register"].kind is OutputKind.FORM
    assert offers["audit.corrective_forms"].kind is OutputKind.FORM
    assert offers["tthc.list"].kind is OutputKind.FORM
    for key in offers:
        doc = demo.contributions.build(YEAR, key, TODAY)
        assert isinstance(doc, AdminDocument) and doc.body
    with pytest.raises(NotFoundError):
        demo.contributions.build(YEAR, "documents.nothing", TODAY)
    with pytest.raises(NotFoundError):
        demo.contributions.collect(1999)


def test_evidence_carries_the_attached_files(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from isodesk.reports.output import write_document_files

    seed_plan_data(services)
    draft = services.plan.draft(PLAN_YEAR)
    files = write_document_files(services.plan.build(PLAN_YEAR), tmp_path, services.plan.file_stem(draft))
    result = services.plan.record_export(PLAN_YEAR, files)
    evidence = [e for e in services.contributions.collect(PLAN_YEAR).evidence if e.register_id == result.register_id]
    assert len(evidence) == 1 and not evidence[0].issued
    assert sorted(f.role for f in evidence[0].files) == ["generated_docx", "generated_pdf"]
    assert ROLE_DOCX in {f.role for f in evidence[0].files}


class _ProvinceBasis:
    """A module of a test that offers one căn cứ line to the plan (and nothing else)."""

    module = "testmodule"

    def steps(self):  # type: ignore[no-untyped-def]
        return ()

    def checks(self, session, year, today):  # type: ignore[no-untyped-def]
        return []

    def contribute(self, ctx) -> Contribution:  # type: ignore[no-untyped-def]
        return Contribution(self.module, texts=(TextDraft("plan.bases.zz_test", "Căn cứ Công văn số 1/TEST;",
                                                          self.module),))

    def build_document(self, key, ctx):  # type: ignore[no-untyped-def]
        raise NotFoundError("document_offer", key)


def test_the_plan_cites_what_modules_contribute(tmp_path: Path) -> None:
    from isodesk.services.modules import module_providers
    from isodesk.services.registry import open_services

    services = open_services(tmp_path / "x.db", [*module_providers(), _ProvinceBasis()])
    try:
        seed_plan_data(services)
        assert services.plan.draft(PLAN_YEAR).text("bases").splitlines()[-1] == "Căn cứ Công văn số 1/TEST;"
    finally:
        services.close()
    # Without the module, the line is gone: the plan has no other way to know it.
    services = open_services(tmp_path / "x.db")
    try:
        assert "1/TEST" not in services.plan.draft(PLAN_YEAR).text("bases")
    finally:
        services.close()


def test_plan_service_reads_no_other_module_table() -> None:
    """The plan consumes contributions only: no ORM model of another module is imported."""
    import isodesk.services as pkg

    folder = Path(pkg.__file__).parent
    for name in ("plan/plan_service.py", "plan/plan_texts.py", "year/drafted_service.py"):
        path = folder / name
        assert path.exists(), name
        source = path.read_text(encoding="utf-8")
        imports = re.findall(r"^from isodesk\.storage\.models\.(\w+)", source, flags=re.M)
        assert set(imports) <= {"drafts"}, (name, imports)
        assert "ExternalDocument" not in source and "Tthc" not in source, name


def test_objectives_figures_equal_recomputed_counts(demo) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain.objectives import Achievement

    year = demo.contributions.collect(YEAR, TODAY)
    items = demo.objectives.objectives(YEAR)
    figures = year.figures
    achieved = [o for o in items if o.achievement is Achievement.ACHIEVED]
    missed = [o for o in items if o.achievement is Achievement.NOT_ACHIEVED]
    assert figures["objectives.total"].value == len(items) > 0
    assert figures["objectives.achieved"].value == len(achieved)
    assert figures["objectives.not_achieved"].value == len(missed)
    rate = figures["objectives.achieved_rate"]
    assert (rate.numerator, rate.denominator) == (len(achieved), len(achieved) + len(missed))
    table = year.tables["objectives.evaluation"]
    assert table.columns == ("TT", "Mục tiêu chất lượng", "Chỉ tiêu", "Kết quả thực hiện", "Đánh giá")
    assert len(table.rows) == len(items)
    assert year.text("report.objectives")
