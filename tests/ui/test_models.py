"""Every table model of the settings and register screens against Qt's model tester, plus plain data checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from isodesk.domain import core as d
from isodesk.domain.core_registers import DEPARTMENTS_SPEC, ISSUED_DOCUMENTS_SPEC, PEOPLE_SPEC
from isodesk.ui.models.agency_version_table_model import AgencyVersionTableModel
from isodesk.ui.models.dto_table_model import DtoTableModel
from isodesk.ui.models.history_table_model import HistoryTableModel, change_lines, value_text
from isodesk.ui.models.issued_documents_model import RowNumberDelegate
from isodesk.ui.models.register_looks import departments_look, issued_documents_look, people_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel
from isodesk.ui.models.steering_table_model import SteeringTableModel
from isodesk.ui.models.year_table_model import YearTableModel

pytestmark = pytest.mark.usefixtures("ui_env")

PEOPLE = [
    d.Person(1, "Phan Đức Thắng", "Chủ tịch UBND", 1, "Văn phòng", is_leader=True,
             steering_role=d.SteeringRole.HEAD, steering_decision_id=7),
    d.Person(2, "Nguyễn Thị Thu Hà", "Công chức", 1, "Văn phòng", is_iso_secretary=True, is_internal_auditor=True,
             auditor_certificate="Số 215/2023", steering_role=d.SteeringRole.SECRETARY),
    d.Person(3, "Đặng Văn An", "Chuyên viên", 2, "Phòng Kinh tế", active=False),
]
DOCS = [
    d.IssuedDocument(7, d.IssuedDocType.DECISION, "UBND", 15, "QĐ-UBND", date(2026, 1, 8),
                     "Về việc kiện toàn Ban Chỉ đạo ISO", "Phan Đức Thắng", "Chủ tịch",
                     d.IssuedDocStatus.ISSUED, d.DocPurpose.STEERING, 2026),
    d.IssuedDocument(8, d.IssuedDocType.PLAN, "UBND", None, "KH-UBND", None, "Kế hoạch đánh giá nội bộ",
                     purpose=d.DocPurpose.AUDIT_PLAN, year=2026),
    d.IssuedDocument(9, d.IssuedDocType.REPORT, "UBND", 3, "BC-UBND", date(2025, 12, 2), "Báo cáo kết quả năm 2025",
                     status=d.IssuedDocStatus.ISSUED, purpose=d.DocPurpose.ANNUAL_REPORT, year=2025),
]


def _texts(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_departments_register_from_its_spec(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RegisterTableModel(DEPARTMENTS_SPEC, departments_look())
    model.set_rows([d.Department(1, "Văn phòng HĐND và UBND", "VP"), d.Department(2, "Phòng Kinh tế", "KT", active=False)])
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Phòng ban"
    assert _texts(model, model.column_of("active")) == ["Đang sử dụng", "Không còn sử dụng"]
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out


def test_people_register_from_its_spec(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RegisterTableModel(PEOPLE_SPEC, people_look())
    model.set_rows(PEOPLE)
    qtmodeltester.check(model)
    roles, steering, status = (model.column_of(k) for k in ("roles", "steering_role", "active"))
    assert model.index(1, roles).data() == "Thư ký ISO, Chuyên gia đánh giá nội bộ"
    assert model.index(0, steering).data() == "Trưởng ban"
    assert model.index(2, status).data() == "Đã nghỉ"
    assert model.index(1, roles).data(Qt.ItemDataRole.ToolTipRole) == "Số 215/2023"
    proxy = RegisterFilterProxyModel(PEOPLE_SPEC)
    proxy.setSourceModel(model)
    proxy.set_filters(active_only=True)  # as Settings → People starts
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2  # those who left are hidden
    proxy.set_filters(text="THU HA")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Nguyễn Thị Thu Hà"]
    proxy.set_filters(text="thu ky")  # the translated roles are searched too
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Nguyễn Thị Thu Hà"]
    proxy.set_filters(text="dang")  # never the status "Đang công tác"
    assert proxy.rowCount() == 0
    proxy.set_filters(active_only=None)
    assert [proxy.index(r, 0).data(DtoTableModel.RowRole).id for r in range(proxy.rowCount())] == [3]
    proxy.set_filters(text="")
    proxy.sort(model.column_of("full_name"))  # by given name: An, Hà, Thắng
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Đặng Văn An", "Nguyễn Thị Thu Hà", "Phan Đức Thắng"]


def test_steering_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SteeringTableModel()
    model.set_rows(PEOPLE, {7: "15/QĐ-UBND ngày 08/01/2026"})
    qtmodeltester.check(model)
    assert _texts(model, SteeringTableModel.Column.NAME) == ["Phan Đức Thắng", "Nguyễn Thị Thu Hà"]
    assert _texts(model, SteeringTableModel.Column.DECISION) == ["15/QĐ-UBND ngày 08/01/2026", "(chưa có quyết định)"]
    assert _texts(model, SteeringTableModel.Column.SEAT) == ["Trưởng ban", "Thư ký"]


def test_year_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = YearTableModel()
    model.set_rows([d.ReportingYear(1, 2026, *d.default_period(2026), deadline=date(2026, 12, 10)),
                    d.ReportingYear(2, 2025, *d.default_period(2025))])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in YearTableModel.Column] == [
        "2026", "15/12/2025", "14/12/2026", "10/12/2026", ""]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(DtoTableModel.SortRole)
    proxy.sort(YearTableModel.Column.YEAR)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["2025", "2026"]


def test_agency_version_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    base = d.AgencyProfile(1, date(2015, 1, 1), "UBND xã Sơn Lâm", "UBND huyện Hương Sơn", d.AgencyTier.COMMUNE,
                           "Hà Tĩnh", "Sơn Lâm", "UBND", valid_to=date(2025, 7, 1))
    model = AgencyVersionTableModel()
    model.set_rows([base, d.AgencyProfile(2, date(2025, 7, 1), "UBND xã Sơn Lâm", "UBND tỉnh Hà Tĩnh",
                                          d.AgencyTier.COMMUNE, "Hà Tĩnh", "Sơn Lâm", "UBND")])
    qtmodeltester.check(model)
    assert _texts(model, AgencyVersionTableModel.Column.VALID_TO) == ["01/07/2025", "nay"]
    assert model.headerData(AgencyVersionTableModel.Column.PARENT, Qt.Orientation.Horizontal) == "Cơ quan chủ quản"


def test_issued_documents_register_from_its_spec(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The issued-documents register through the one register model and proxy (ISSUED_DOCUMENTS_SPEC)."""
    files = tuple(d.AttachmentRef(i, f"{i:064x}", f"scan-{i}.pdf", 100) for i in (1, 2))
    model = RegisterTableModel(ISSUED_DOCUMENTS_SPEC, issued_documents_look())
    model.set_rows([replace(doc, files=files) if doc.id == 7 else doc for doc in DOCS])
    qtmodeltester.check(model)
    C = model.Column
    assert [model.index(0, c).data() for c in C] == [
        "", "15/QĐ-UBND", "08/01/2026", "Quyết định", "Về việc kiện toàn Ban Chỉ đạo ISO", "Phan Đức Thắng",
        "Ban Chỉ đạo ISO", "Đã ban hành", "2"]  # the TT cell is painted by the view's RowNumberDelegate
    assert model.index(1, C.NUMBER).data() == "…/KH-UBND" and model.index(1, C.STATUS).data() == "Dự thảo"
    assert model.index(1, C.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None  # a draft stands out
    proxy = RegisterFilterProxyModel(ISSUED_DOCUMENTS_SPEC)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filters(year=2026)
    assert proxy.rowCount() == 2
    proxy.set_filters(text="ke hoach")
    assert [proxy.index(r, 0).data(DtoTableModel.RowRole).id for r in range(proxy.rowCount())] == [8]
    assert RowNumberDelegate.text_for(proxy.index(0, C.ROW_NUMBER)) == "1"  # the visible position
    proxy.set_filters(text="quyet dinh")  # the translated type is searched too
    assert [proxy.index(r, 0).data(DtoTableModel.RowRole).id for r in range(proxy.rowCount())] == [7]
    proxy.set_filters(text="", year=None, doc_type=d.IssuedDocType.REPORT)
    assert [proxy.index(r, 0).data(DtoTableModel.RowRole).id for r in range(proxy.rowCount())] == [9]
    proxy.set_filters(doc_type=None)
    proxy.sort(C.ISSUE_DATE, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(DtoTableModel.RowRole).id for r in range(proxy.rowCount())] == [8, 7, 9]
    assert [RowNumberDelegate.text_for(proxy.index(r, C.ROW_NUMBER)) for r in range(3)] == ["1", "2", "3"]


def test_history_model_reads_in_vietnamese(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    entries = [
        d.ChangeEntry(1, datetime(2026, 3, 2, 9, 15), "thuky", "person", 2, d.ChangeAction.UPDATE,
                      {"title": ["Công chức", "Chuyên viên"], "is_internal_auditor": [False, True],
                       "department_id": [1, 2], "steering_role": [None, "thu_ky"]}),
        d.ChangeEntry(2, datetime(2026, 3, 3, 10, 0), "thuky", "issued_document", 8, d.ChangeAction.DELETE,
                      {"id": [8, None], "summary": ["Kế hoạch đánh giá nội bộ", None], "issue_date": ["2026-01-12", None],
                       "status": ["draft", None], "purpose": ["audit_plan", None]}),
        d.ChangeEntry(3, datetime(2026, 3, 4, 8, 0), "thuky", "some_new_table", 1, d.ChangeAction.CREATE,
                      {"odd_field": [None, "x"]}),
    ]
    model = HistoryTableModel()
    model.set_rows(entries, lookups={"department_id": {1: "Văn phòng", 2: "Phòng Kinh tế"}},
                   names={("person", 2): "Nguyễn Thị Thu Hà"})
    qtmodeltester.check(model)
    C = HistoryTableModel.Column
    assert [model.index(0, c).data() for c in (C.AT, C.ACTOR, C.RECORD, C.ACTION)] == [
        "02/03/2026 09:15", "thuky", "Cán bộ: Nguyễn Thị Thu Hà", "Sửa"]
    assert change_lines(entries[0], {"department_id": {1: "Văn phòng", 2: "Phòng Kinh tế"}}) == [
        "Chức vụ: Công chức → Chuyên viên", "Phòng ban: Văn phòng → Phòng Kinh tế",
        "Chuyên gia đánh giá nội bộ: Không → Có", "Vai trò trong Ban Chỉ đạo ISO: (trống) → Thư ký"]
    assert model.index(1, C.RECORD).data() == "Văn bản đã ban hành: Kế hoạch đánh giá nội bộ"
    assert model.index(1, C.ACTION).data() == "Xóa"
    assert change_lines(entries[1]) == ["Ngày ban hành: 12/01/2026", "Trích yếu: Kế hoạch đánh giá nội bộ",
                                        "Trạng thái: Dự thảo", "Mục đích: Kế hoạch đánh giá nội bộ"]
    assert model.index(2, C.RECORD).data() == "some_new_table: #1"  # an unknown table still reads
    assert value_text("added_at", "2026-03-04T08:00:00") == "04/03/2026 08:00"
    assert value_text("entity", "issued_document") == "Văn bản đã ban hành"
