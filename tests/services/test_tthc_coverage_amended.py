"""An amended TTHC is covered only by a procedure revision effective on or after the amendment."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pdfplumber
import pytest
from test_tthc_scope import KET_HON, KHAI_SINH, add_procedure

from isodesk.domain import core as cd
from isodesk.domain.scope import Tthc
from isodesk.reports import render_pdf
from isodesk.services.documents.documents_printouts import build_tthc_list
from isodesk.services.tthc.tthc_service import TthcService

CHUNG_THUC = Tthc(None, "2.000815.000.00.00.H12", "Thủ tục chứng thực bản sao từ bản chính", "Chứng thực", "Cấp xã",
                  "1295/QĐ-UBND", date(2022, 6, 24))


@pytest.fixture
def world(services):  # type: ignore[no-untyped-def]
    tthc = TthcService(services.sessions)
    old = add_procedure(services, "QT.BTXH.01", "Quy trình trợ cấp xã hội", effective=date(2024, 4, 27))
    revised = add_procedure(services, "QT.HT.01", "Quy trình đăng ký khai sinh", effective=date(2026, 10, 1))
    stale = tthc.save(replace(KHAI_SINH, code="2.002036", procedure_id=old))
    fresh = tthc.save(replace(KET_HON, procedure_id=revised))
    plain = tthc.save(replace(CHUNG_THUC, procedure_id=old))
    gone = tthc.save(replace(CHUNG_THUC, code="2.000900", name="Thủ tục đã bãi bỏ", procedure_id=old))
    tthc.amend(stale.id, date(2026, 9, 17), "1500/QĐ-UBND", date(2026, 9, 17))  # after the procedure's 27/04/2024
    tthc.amend(fresh.id, date(2026, 9, 17), "1500/QĐ-UBND", date(2026, 9, 17))  # before its revision of 01/10/2026
    tthc.abolish(gone.id, date(2026, 5, 1), "900/QĐ-UBND", date(2026, 5, 1))
    return dict(services=services, tthc=tthc, stale=stale.id, fresh=fresh.id, plain=plain.id, gone=gone.id)


def test_amended_tthc_needs_a_procedure_revised_after_the_amendment(world) -> None:  # type: ignore[no-untyped-def]
    tthc: TthcService = world["tthc"]
    figure = tthc.coverage()
    assert (figure.covered, figure.total) == (2, 3)
    assert [t.id for t in figure.uncovered] == [world["stale"]]
    assert figure.needs_revision == (world["stale"],)
    # the filter of the list agrees with the figure
    assert [t.id for t in tthc.search(in_force=True, covered=False)] == [world["stale"]]
    assert {t.id for t in tthc.search(in_force=True, covered=True)} == {world["fresh"], world["plain"]}


def test_report_figures_use_the_same_rule(world) -> None:  # type: ignore[no-untyped-def]
    services = world["services"]
    services.years.save(cd.ReportingYear(None, 2026, *cd.default_period(2026)))
    assert world["tthc"].tthc_summary(2026).covered == 2


def test_the_printed_list_says_which_procedure_must_be_revised(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services, tthc = world["services"], world["tthc"]
    services.agency.save_profile(cd.AgencyProfile(
        None, date(2025, 7, 1), "Ủy ban nhân dân xã Sơn Lâm", "Ủy ban nhân dân tỉnh Hà Tĩnh", cd.AgencyTier.COMMUNE,
        "Hà Tĩnh", "Sơn Lâm", "UBND"))
    figure = tthc.coverage()
    doc = build_tthc_list(tthc.search(), services.agency.profile_on(date(2026, 11, 22)),
                          uncovered=[t.id for t in figure.uncovered], on=date(2026, 11, 22))
    with pdfplumber.open(render_pdf(doc, tmp_path / "tthc.pdf")) as pdf:
        rows = [[" ".join((c or "").split()) for c in row] for page in pdf.pages for t in page.extract_tables()
                for row in t]
    by_code = {row[1]: row for row in rows if len(row) > 5}
    assert by_code["2.002036"][5] == "QT.BTXH.01 Quy trình trợ cấp xã hội (cần sửa đổi quy trình)"
    assert by_code[KET_HON.code][5] == "QT.HT.01 Quy trình đăng ký khai sinh"
    # an abolished TTHC is shown as such, not with its procedure as if live
    assert by_code["2.000900"][4] == "Bãi bỏ"
    assert by_code["2.000900"][5] == "QT.BTXH.01 Quy trình trợ cấp xã hội (TTHC đã bãi bỏ)"
