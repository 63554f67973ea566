"""ResultsService and the results provider on a real database: refusals write nothing, changes land in
the history, the portal's Excel with one wrong set is refused naming the identity and the corrected file
imports, the year's figures and tables come from one place, and the printed summary passes NĐ 30."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from isodesk.domain import core as cd
from isodesk.domain import results as d
from isodesk.domain.errors import ValidationError
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping
from isodesk.storage.models.core import ChangeLogRow
from isodesk.storage.models.results import TthcResultRow

FIXTURES = Path(__file__).parent.parent / "fixtures" / "results"
WRONG = FIXTURES / "ket-qua-tthc-cong-dich-vu-sai.xlsx"
RIGHT = FIXTURES / "ket-qua-tthc-cong-dich-vu-dung.xlsx"
TODAY = date(2024, 12, 20)

GOOD = d.TthcResult(None, 2024, d.ResultLevel.COMMUNE, carried_over=12, received_online=800, received_direct=700,
                    resolved_early=1002, resolved_on_time=470, resolved_late=10, pending_in_time=15,
                    pending_overdue=5, returned=10, digitised_partly=1200, digitised_fully=900,
                    result_digitised=1400, result_not_digitised=82)


def _counts(services) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with services.sessions() as s:
        return (s.scalar(select(func.count()).select_from(TthcResultRow)) or 0,
                s.scalar(select(func.count()).select_from(ChangeLogRow)) or 0)


def _setup_agency(services) -> None:  # type: ignore[no-untyped-def]
    services.agency.save_profile(cd.AgencyProfile(
        id=None, valid_from=date(2015, 1, 1), name="Ủy ban nhân dân xã Sơn Lâm", parent_name="",
        tier=cd.AgencyTier.COMMUNE, province="Hà Tĩnh", place_name="Sơn Lâm", abbreviation="UBND"))
    start, end = cd.default_period(2024)
    services.years.save(cd.ReportingYear(None, 2024, start, end, date(2024, 12, 10)))


def test_a_set_that_does_not_add_up_is_refused_and_nothing_is_written(services) -> None:  # type: ignore[no-untyped-def]
    before = _counts(services)
    with pytest.raises(ValidationError) as refused:
        services.results.save_result(replace(GOOD, resolved_early=1000, result_digitised=None,
                                             result_not_digitised=None))
    [problem] = refused.value.problems
    assert problem.code == "counts_do_not_add_up" and problem.params["identity"] == "balance"
    assert problem.params["message"] == ("Tổng tiếp nhận 1.512 ≠ đã giải quyết 1.480 + chưa giải quyết 20 + "
                                         "trả lại 10: thiếu 2 hồ sơ")
    assert _counts(services) == before


def test_saved_sets_have_their_history_and_duplicates_are_refused(services) -> None:  # type: ignore[no-untyped-def]
    saved = services.results.save_result(GOOD)
    assert saved.id is not None and saved.total == 1512 and saved.on_time_rate.text == "99,33%"
    services.results.save_result(replace(saved, notes="Theo số liệu Cổng dịch vụ công"))
    history = services.history.for_record("tthc_result", saved.id)
    assert [e.action.value for e in history] == ["create", "update"]
    before = _counts(services)
    with pytest.raises(ValidationError) as refused:
        services.results.save_result(replace(GOOD, notes="lần hai"))
    assert refused.value.problems[0].code == "duplicate"
    with pytest.raises(ValidationError):
        services.results.save_result(replace(GOOD, year=2026, level=d.ResultLevel.DISTRICT))
    assert _counts(services) == before
    services.results.delete_result(saved.id)
    assert services.history.for_record("tthc_result", saved.id)[-1].action.value == "delete"


def _preview(path: Path):  # type: ignore[no-untyped-def]
    spec = d.TTHC_RESULTS_SPEC
    sheet = read_sheet(path, spec=spec)
    return build_preview(spec, sheet, suggest_mapping(spec, sheet.headers))


def test_the_portal_file_with_one_wrong_set_is_refused_then_the_corrected_one_imports(services) -> None:  # type: ignore[no-untyped-def]
    before = _counts(services)
    preview = _preview(WRONG)
    assert not preview.problems  # every cell is readable: only the counts are wrong
    with pytest.raises(ValidationError) as refused:
        services.results.import_results(preview)
    problems = refused.value.problems
    assert {p.row for p in problems} == {6}  # the Cấp xã row of the file
    assert {p.params["identity"] for p in problems} == {"balance"}
    assert "thiếu 2 hồ sơ" in problems[0].params["message"]
    assert _counts(services) == before

    result = services.results.import_results(_preview(RIGHT))
    assert result.created == 2
    year = services.results.year_results(2024)
    assert [r.level for r in year.levels] == [d.ResultLevel.COMMUNE, d.ResultLevel.DISTRICT]
    assert year.total.total == 1512 + 4230 and not year.failures()


def test_missing_year_and_level_columns_take_the_chosen_ones(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from isodesk.reports.xlsx_exporter import export_table_xlsx

    rows = [d.export_values(GOOD)]
    for row in rows:
        row.pop("year"), row.pop("level")
    spec = d.TTHC_RESULTS_SPEC
    path = export_table_xlsx(spec, rows, tmp_path / "portal.xlsx", title=spec.title)
    sheet = read_sheet(path, spec=spec)
    mapping = suggest_mapping(spec, sheet.headers)
    preview = build_preview(spec, sheet, mapping)
    with pytest.raises(ValidationError) as refused:
        services.results.import_results(preview)
    assert {p.code for p in refused.value.problems} == {"required"}
    assert services.results.import_results(preview, year=2024, level=d.ResultLevel.SERVICE_CENTRE).created == 1
    assert services.results.results(2024)[0].level is d.ResultLevel.SERVICE_CENTRE


def test_export_reimports_and_the_mapping_is_kept_per_agency(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from isodesk.reports.xlsx_exporter import export_table_xlsx

    services.results.save_result(GOOD)
    spec = d.TTHC_RESULTS_SPEC
    path = export_table_xlsx(spec, services.results.export_results(), tmp_path / "out.xlsx", title=spec.title)
    assert not _preview(path).problems
    services.results.save_mapping(spec.key, {"carried_over": "Số hồ sơ nhận giải quyết / Từ kỳ trước"})
    assert services.results.saved_mapping(spec.key) == {"carried_over": "Số hồ sơ nhận giải quyết / Từ kỳ trước"}


def test_surveys_comments_and_the_nonconformity_link(services) -> None:  # type: ignore[no-untyped-def]
    survey = services.results.save_survey(d.SatisfactionSurvey(None, 2024, method=d.SurveyMethod.FORMS,
                                                               distributed=500, very_satisfied=300, satisfied=150,
                                                               dissatisfied=10, declared_collected=460))
    assert survey.satisfied_rate.text == "97,83%"
    with pytest.raises(ValidationError) as refused:
        services.results.save_survey(replace(survey, id=None, subject="Hộ tịch", declared_collected=470))
    assert refused.value.problems[0].params["message"].startswith("Phiếu thu về 470 ≠ rất hài lòng 300")
    with pytest.raises(ValidationError):
        services.results.save_comment(d.SatisfactionComment(None, survey.id, "Chờ lâu", handled=True))
    comment = services.results.save_comment(d.SatisfactionComment(None, survey.id, "Chờ lâu", dissatisfied=True))
    assert services.results.link_nonconformity(comment.id, 7).nonconformity_id == 7
    assert services.results.surveys(2024)[0].comments[0].content == "Chờ lâu"


def test_figures_tables_texts_checks_and_the_printed_summary(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _setup_agency(services)
    overview = services.cycle.overview(2024, TODAY)
    codes = {i.code for i in overview.issues}
    assert {"tthc_results_missing", "satisfaction_not_measured"} <= codes
    assert services.contributions.collect(2024, TODAY).figure("tthc.on_time_rate") is None  # not measured: none

    services.results.save_result(GOOD)
    services.results.save_survey(d.SatisfactionSurvey(None, 2024, very_satisfied=90, satisfied=8, dissatisfied=2))
    year = services.contributions.collect(2024, TODAY)
    on_time = year.figure("tthc.on_time_rate")
    assert on_time is not None and on_time.text == "99,33%" and (on_time.numerator, on_time.denominator) == (1472, 1482)
    assert year.figure("tthc.received").value == 1512
    assert year.figure("tthc.online_rate").text == "53,33%"
    assert year.figure("tthc.digitised_rate").text == "80,00%"
    assert year.figure("tthc.late").value == 15
    assert year.figure("satisfaction.satisfied_rate").text == "98,00%"
    assert year.figure("satisfaction.responses").value == 100
    tables = year.tables
    assert tables["results.tthc"].title == "Kết quả giải quyết thủ tục hành chính"
    assert tables["results.digitisation"].title == "Kết quả thực hiện số hóa hồ sơ, giấy tờ kết quả giải quyết"
    assert tables["results.satisfaction"].columns[0] == "Lĩnh vực/TTHC"
    assert "99,33%" in year.text("report.tthc_results")
    codes = {i.code for i in services.cycle.overview(2024, TODAY).issues}
    assert not codes & {"tthc_results_missing", "satisfaction_not_measured", "tthc_results_do_not_add_up"}

    from isodesk.reports.output import write_document_files

    document = services.contributions.build(2024, "results.summary", TODAY)
    files = write_document_files(document, tmp_path, "Ket-qua-TTHC")


def test_fields_adding_up_to_more_than_their_level_are_flagged(services) -> None:  # type: ignore[no-untyped-def]
    _setup_agency(services)
    total = services.results.save_result(d.TthcResult(None, 2024, d.ResultLevel.COMMUNE, received_online=10,
                                                      resolved_early=10))
    services.results.save_result(d.TthcResult(None, 2024, d.ResultLevel.COMMUNE, field="Hộ tịch",
                                              received_online=12, resolved_early=12))
    [issue] = [i for i in services.cycle.overview(2024, TODAY).issues if i.code == "tthc_fields_exceed_total"]
    assert issue.record_ids == (total.id,) and "Cấp xã" in issue.params["levels"]
