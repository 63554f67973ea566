"""External documents on a real SQLite file: search, uniqueness, status changes, citations, Excel."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from isodesk.domain import core as cd
from isodesk.domain import documents as dd
from isodesk.domain.errors import NotFoundError, ValidationError
from isodesk.domain.legal import ExternalDocKind, ExternalDocument, LegalStatus
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping
from isodesk.services.legal.legal_service import LegalService
from isodesk.services.registry import open_services
from isodesk.storage.models.documents import InternalDocumentRow

ND61 = ExternalDocument(None, ExternalDocKind.DECREE, "61/2018/NĐ-CP", date(2018, 4, 23), "Chính phủ",
                        "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
                        effective_date=date(2018, 6, 21), field="Một cửa, một cửa liên thông")
ND118 = ExternalDocument(None, ExternalDocKind.DECREE, "118/2025/NĐ-CP", date(2025, 6, 9), "Chính phủ",
                         "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa "
                         "và Cổng Dịch vụ công quốc gia", effective_date=date(2025, 7, 1),
                         field="Một cửa, một cửa liên thông")
LUAT_HT = ExternalDocument(None, ExternalDocKind.LAW, "60/2014/QH13", date(2014, 11, 20), "Quốc hội", "Hộ tịch",
                           effective_date=date(2016, 1, 1), field="Hộ tịch")


def add_procedure(services, code: str, title: str, *, in_force: bool = True,  # type: ignore[no-untyped-def]
                  kind: dd.DocumentKind = dd.DocumentKind.TTHC_PROCEDURE) -> int:
    """An internal document row as the documents module keeps it (its status is derived there)."""
    with services.sessions.begin() as s:
        row = InternalDocumentRow(code=code, code_key=dd.code_key(code), title=title,
                               search_key=dd.search_key(code, title), kind=kind,
                               status=dd.RevisionStatus.EFFECTIVE if in_force else dd.RevisionStatus.SUPERSEDED,
                               withdrawn_on=None if in_force else date(2025, 1, 1))
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def legal(services) -> LegalService:  # type: ignore[no-untyped-def]
    return LegalService(services.sessions)


def test_save_and_search_ignore_case_and_diacritics(services, legal: LegalService) -> None:
    vp = services.agency.save_department(cd.Department(None, "Văn phòng HĐND và UBND", "VP"))
    tp = services.agency.save_department(cd.Department(None, "Phòng Kinh tế, Hạ tầng và Đô thị", "KTHT"))
    nd61 = legal.save(replace(ND61, department_ids=(vp.id, tp.id), location="Tủ hồ sơ ISO"))
    legal.save(ND118)
    legal.save(replace(LUAT_HT, field="hộ tịch", department_ids=(tp.id,)))
    assert nd61.department_names == ("Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị")
    assert nd61.title.startswith("Nghị định về thực hiện cơ chế một cửa")
    assert [r.number_symbol for r in legal.search("nghi dinh mot cua")] == ["118/2025/NĐ-CP", "61/2018/NĐ-CP"]
    assert [r.number_symbol for r in legal.search("118/2025/nd-cp")] == ["118/2025/NĐ-CP"]
    assert [r.number_symbol for r in legal.search("HỘ TỊCH")] == ["60/2014/QH13"]
    assert legal.search("100%_") == []  # LIKE wildcards are escaped
    assert len(legal.search(kind=ExternalDocKind.DECREE)) == 2
    assert [r.number_symbol for r in legal.search(department_id=tp.id)] == ["61/2018/NĐ-CP", "60/2014/QH13"]
    # The field takes the known spelling, and the filter ignores case and diacritics.
    assert legal.get(legal.search("hộ tịch")[0].id).field == "Hộ tịch"
    assert len(legal.search(field="HO TICH")) == 1
    assert "Hộ tịch" in legal.fields() and len([f for f in legal.fields() if f.casefold() == "hộ tịch"]) == 1


def test_duplicate_number_and_issuer_is_refused(legal: LegalService) -> None:
    legal.save(ND61)
    with pytest.raises(ValidationError) as err:
        legal.save(replace(ND61, number_symbol="61/2018/nd-cp ", issuer="chinh phu", summary="bản trùng"))
    assert [(p.field, p.code) for p in err.value.problems] == [("number_symbol", "duplicate")]
    # Same number from another issuer is another document.
    legal.save(replace(ND61, issuer="UBND tỉnh Hà Tĩnh", kind=ExternalDocKind.DECISION))
    assert len(legal.search()) == 2


def test_marking_replaced_returns_the_procedures_to_review(services, legal: LegalService) -> None:
    live = add_procedure(services, "QT-MC-01", "Quy trình tiếp nhận và trả kết quả tại Bộ phận Một cửa")
    other = add_procedure(services, "QT-HT-02", "Quy trình đăng ký khai sinh")
    withdrawn = add_procedure(services, "QT-CU-09", "Quy trình cũ", in_force=False)
    old = legal.save(replace(ND61, procedure_ids=(live, withdrawn)))
    new = legal.save(ND118)
    legal.set_procedure_citations(other, [old.id, new.id])
    assert {p.procedure_id for p in legal.citing_procedures(old.id)} == {live, other, withdrawn}

    to_review = legal.mark_replaced(old.id, date(2025, 7, 1), by_id=new.id)
    assert [(p.procedure_id, p.code) for p in to_review] == [(other, "QT-HT-02"), (live, "QT-MC-01")]
    marked = legal.get(old.id)
    assert marked.status is LegalStatus.REPLACED and marked.status_date == date(2025, 7, 1)
    assert marked.status_text == "Bị thay thế bởi Nghị định 118/2025/NĐ-CP từ 01/07/2025"
    assert [d.number_symbol for d in legal.cited_by_procedure(other)] == ["118/2025/NĐ-CP", "61/2018/NĐ-CP"]
    assert [r.id for r in legal.search(status=LegalStatus.REPLACED)] == [old.id]

    assert legal.mark_status(old.id, LegalStatus.IN_FORCE, date(2025, 8, 1)) == []
    assert legal.get(old.id).status_by_id is None
    with pytest.raises(ValidationError):
        legal.mark_expired(old.id, date(2010, 1, 1))  # before the text was issued
    with pytest.raises(NotFoundError):
        legal.mark_expired(9999, date(2025, 1, 1))


def test_deleting_a_successor_keeps_its_name_as_text(legal: LegalService) -> None:
    old = legal.save(ND61)
    new = legal.save(ND118)
    legal.mark_replaced(old.id, date(2025, 7, 1), by_id=new.id)
    legal.delete(new.id)
    kept = legal.get(old.id)
    assert kept.status_by_id is None and kept.status_by_reference == "Nghị định 118/2025/NĐ-CP"


def test_every_change_is_in_the_history(services, legal: LegalService) -> None:
    vp = services.agency.save_department(cd.Department(None, "Văn phòng", "VP"))
    doc = legal.save(ND61)
    legal.save(replace(legal.get(doc.id), department_ids=(vp.id,), notes="Bản sao điện tử"))
    legal.mark_expired(doc.id, date(2025, 7, 1))
    entries = services.history.for_record("external_document", doc.id)
    assert [e.action.value for e in entries] == ["create", "update", "update"]
    assert entries[1].changes["notes"] == ["", "Bản sao điện tử"]
    assert entries[2].changes["status"] == ["con_hieu_luc", "het_hieu_luc"]
    links = services.history.recent(entity="external_document_department")
    assert links and links[0].changes["department_id"] == [None, vp.id]
    legal.delete(doc.id)
    deleted = services.history.for_record("external_document", doc.id)[-1]
    assert deleted.action.value == "delete"
    # A deletion is undone from its snapshot, derived search columns included.
    services.history.restore(deleted.id)
    assert [r.id for r in legal.search("mot cua")] == [doc.id]


# --------------------------------------------------------------------------- Excel


def _write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH MỤC TÀI LIỆU BÊN NGOÀI"])
    ws.append([])
    ws.append(["TT", "Tên tài liệu (tên loại, trích yếu)", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành",
               "Ngày có hiệu lực", "Tình trạng hiệu lực (còn/hết/sửa đổi, văn bản thay thế)",
               "Bộ phận sử dụng/Nơi lưu", "Ghi chú"])
    for i, row in enumerate(rows, start=1):
        ws.append([i, *row])
    wb.save(path)
    return path


def _preview(legal: LegalService, path: Path):  # type: ignore[no-untyped-def]
    sheet = read_sheet(path, spec=legal.spec)
    return build_preview(legal.spec, sheet, suggest_mapping(legal.spec, sheet.headers))


def test_import_is_all_or_nothing_with_excel_row_numbers(services, legal: LegalService, tmp_path: Path) -> None:
    legal.save(ND61)
    path = _write_xlsx(tmp_path / "ds.xlsx", [
        ["Luật Hộ tịch", "60/2014/QH13", "20/11/2014", "Quốc hội", "01/01/2016", "Còn hiệu lực", "", ""],
        ["Nghị định về một cửa", "61/2018/nd-cp", "23/04/2018", "Chinh phu", "", "Hết hiệu lực", "", ""],
        ["Thông tư hướng dẫn", "01/2018/TT-VPCP", "23/11/2018", "Văn phòng Chính phủ", "", "", "", ""],
        ["Thông tư hướng dẫn (bản trùng)", "01/2018/TT-VPCP ", "23/11/2018", "Văn phòng Chính Phủ", "", "", "", ""],
    ])
    with pytest.raises(ValidationError) as err:
        legal.import_preview(_preview(legal, path))
    found = {(p.row, p.code) for p in err.value.problems}
    assert (5, "duplicate") in found  # Excel row 5 = the second data row (title block + heading above)
    assert (7, "duplicate_in_file") in found
    assert len(legal.search()) == 1  # nothing was written


def test_import_links_successors_departments_and_fields(services, legal: LegalService, tmp_path: Path) -> None:
    services.agency.save_department(cd.Department(None, "Văn phòng HĐND và UBND", "VP"))
    services.agency.save_department(cd.Department(None, "Phòng Kinh tế, Hạ tầng và Đô thị", "KTHT"))
    path = _write_xlsx(tmp_path / "ds.xlsx", [
        ["Nghị định về thực hiện cơ chế một cửa, một cửa liên thông", "61/2018/NĐ-CP", "23/04/2018", "Chính phủ",
         "21/06/2018", "Bị thay thế bởi Nghị định 118/2025/NĐ-CP từ 01/07/2025",
         "VP; Phòng Kinh tế, Hạ tầng và Đô thị; Tủ hồ sơ ISO", "Xem văn bản thay thế"],
        ["Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa", "118/2025/NĐ-CP", "09/06/2025",
         "Chính phủ", "01/07/2025", "Còn hiệu lực", "Văn phòng HĐND và UBND", ""],
        ["Quyết định công bố hệ thống", "19/2014/QĐ-TTg", "05/03/2014", "Thủ tướng Chính phủ", "18/05/2014",
         "Bị sửa đổi, bổ sung bởi Quyết định 999/2030/QĐ-TTg", "", ""],
    ])
    result = legal.import_preview(_preview(legal, path))
    assert result.created == 3 and result.unresolved_successor_rows == (6,)
    old, new = legal.search("61/2018")[0], legal.search("118/2025")[0]
    assert old.kind is ExternalDocKind.DECREE and old.summary.startswith("về thực hiện cơ chế")
    assert old.status is LegalStatus.REPLACED and old.status_by_id == new.id and old.status_date == date(2025, 7, 1)
    assert old.department_names == ("Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị")
    assert old.location == "Tủ hồ sơ ISO"
    qd19 = legal.search("19/2014")[0]
    assert qd19.status is LegalStatus.AMENDED and qd19.status_by_reference == "Quyết định 999/2030/QĐ-TTg"
    assert services.history.for_record("external_document", old.id)[0].action.value == "create"


def test_export_groups_by_field_and_reimports_the_same_list(services, legal: LegalService, tmp_path: Path,
                                                             database_template) -> None:
    vp = services.agency.save_department(cd.Department(None, "Văn phòng", "VP"))
    new = legal.save(replace(ND118, department_ids=(vp.id,)))
    old = legal.save(ND61)
    legal.mark_replaced(old.id, date(2025, 7, 1), by_id=new.id)
    legal.save(LUAT_HT)
    legal.save(ExternalDocument(None, ExternalDocKind.STANDARD, "TCVN ISO 9001:2015", date(2015, 12, 31),
                                "Bộ Khoa học và Công nghệ", "Hệ thống quản lý chất lượng - Các yêu cầu"))
    groups = legal.export_groups()
    assert [g for g, _ in groups] == ["Hộ tịch", "Một cửa, một cửa liên thông", ""]
    assert [r["number_symbol"] for r in groups[1][1]] == ["61/2018/NĐ-CP", "118/2025/NĐ-CP"]
    target = export_table_xlsx(legal.spec, legal.export_rows(), tmp_path / "export.xlsx", title=legal.spec.title,
                               subtitle="(Cập nhật đến ngày 06/11/2025)")

    other = open_services(database_template.copy_to(tmp_path / "other.db"))
    try:
        other.agency.save_department(cd.Department(None, "Văn phòng", "VP"))
        legal2 = LegalService(other.sessions)
        result = legal2.import_preview(_preview(legal2, target))
        assert result.created == 4 and result.unresolved_successor_rows == ()

        def key(doc: ExternalDocument) -> tuple[object, ...]:
            return (doc.kind, doc.number_symbol, doc.issue_date, doc.issuer, doc.summary, doc.effective_date,
                    doc.status, doc.status_date, doc.status_by_reference, doc.field, doc.department_names)

        assert sorted(map(key, legal2.search()), key=str) == sorted(map(key, legal.search()), key=str)
    finally:
        other.close()


def test_kind_other_adds_no_type_word_and_survives_the_excel_round_trip(services, legal: LegalService,
                                                                        tmp_path: Path, database_template) -> None:
    from isodesk.reports.xlsx_exporter import export_table_xlsx

    plan = legal.save(ExternalDocument(
        None, ExternalDocKind.OTHER, "1471/KH-SKHCN", date(2025, 3, 4), "Sở Khoa học và Công nghệ Hà Tĩnh",
        "Kế hoạch kiểm tra việc áp dụng, duy trì và cải tiến HTQLCL năm 2025",
        field="Hệ thống quản lý chất lượng"))
    ordinance = legal.save(ExternalDocument(
        None, ExternalDocKind.OTHER, "02/2020/UBTVQH14", date(2020, 12, 9), "Ủy ban Thường vụ Quốc hội",
        "Pháp lệnh Ưu đãi người có công với cách mạng", field="Người có công"))
    older = legal.save(ExternalDocument(
        None, ExternalDocKind.OTHER, "980/KH-SKHCN", date(2024, 3, 1), "Sở Khoa học và Công nghệ Hà Tĩnh",
        "Kế hoạch kiểm tra việc áp dụng HTQLCL năm 2024", field="Hệ thống quản lý chất lượng"))
    legal.mark_replaced(older.id, date(2025, 3, 4), by_id=plan.id)
    older = legal.get(older.id)
    assert plan.title == "Kế hoạch kiểm tra việc áp dụng, duy trì và cải tiến HTQLCL năm 2025"
    assert plan.citation == "1471/KH-SKHCN"
    assert older.status_text == "Bị thay thế bởi 1471/KH-SKHCN từ 04/03/2025"
    assert [r.id for r in legal.search("khac")] == []  # "Khác" is no word of the text

    rows = legal.export_rows()
    assert {r["title"] for r in rows} == {plan.title, ordinance.title, older.title}
    path = export_table_xlsx(legal.spec, rows, tmp_path / "khac.xlsx", title=legal.spec.title)

    other = open_services(database_template.copy_to(tmp_path / "other.db"))
    try:
        legal2 = LegalService(other.sessions)
        result = legal2.import_preview(_preview(legal2, path))
        assert result.created == 3 and result.unresolved_successor_rows == ()
        back = {doc.number_symbol: doc for doc in legal2.search()}
        for doc in (plan, ordinance, older):
            again = back[doc.number_symbol]
            assert (again.kind, again.summary, again.title) == (ExternalDocKind.OTHER, doc.summary, doc.title)
        assert back["980/KH-SKHCN"].status_text == "Bị thay thế bởi 1471/KH-SKHCN từ 04/03/2025"
        assert back["980/KH-SKHCN"].status_by_id == back["1471/KH-SKHCN"].id
    finally:
        other.close()
