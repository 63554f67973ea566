"""Starter content for a new agency: the mô hình khung system documents and a standard records list,
all as drafts to adapt (DOMAIN.md §1.3, QĐ 101/QĐ-BKHCN). Installing twice adds nothing.

The retention periods are the ones agencies commonly use for ISO records; they are a starting point
to check against the agency's own retention table, not a legal reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain import documents as dd
from isodesk.domain.formatting import fold
from isodesk.services.documents.documents_service import create_document_in
from isodesk.services.documents.records_service import save_record_in
from isodesk.storage.models import documents as m


@dataclass(frozen=True)
class StarterDocument:
    code: str
    title: str
    kind: dd.DocumentKind
    system_procedure: dd.SystemProcedure | None = None


@dataclass(frozen=True)
class StarterRecord:
    code: str
    title: str
    retention_years: int | None  # None = Vĩnh viễn
    heading: str


QUALITY_MANUAL = StarterDocument("STCL", "Sổ tay chất lượng", dd.DocumentKind.QUALITY_MANUAL)

STARTER_DOCUMENTS: tuple[StarterDocument, ...] = (
    StarterDocument("CSCL", "Chính sách chất lượng", dd.DocumentKind.QUALITY_POLICY),
    StarterDocument("MTCL", "Mục tiêu chất lượng và Kế hoạch thực hiện mục tiêu chất lượng",
                    dd.DocumentKind.QUALITY_OBJECTIVES),
    *(StarterDocument(p.default_code, p.label, dd.DocumentKind.SYSTEM_PROCEDURE, p) for p in dd.SystemProcedure),
)

_SYSTEM = "HỒ SƠ XÂY DỰNG, ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"
_UPKEEP = "HỒ SƠ DUY TRÌ, CẢI TIẾN HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"

STARTER_RECORDS: tuple[StarterRecord, ...] = (
    StarterRecord("HS.01", "Hồ sơ ban hành hệ thống tài liệu", None, _SYSTEM),
    StarterRecord("HS.02", "Hồ sơ công bố, công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015",
                  None, _SYSTEM),
    StarterRecord("HS.03", "Hồ sơ thành lập, kiện toàn Ban Chỉ đạo ISO", 20, _SYSTEM),
    StarterRecord("HS.04", "Hồ sơ chính sách chất lượng, mục tiêu chất lượng và kế hoạch thực hiện", 10, _SYSTEM),
    StarterRecord("HS.05", "Hồ sơ kiểm soát thông tin dạng văn bản (danh mục tài liệu nội bộ, tài liệu bên "
                           "ngoài, phiếu phân phối tài liệu)", 5, _SYSTEM),
    StarterRecord("HS.06", "Hồ sơ đào tạo, tập huấn về hệ thống quản lý chất lượng", 5, _SYSTEM),
    StarterRecord("HS.07", "Hồ sơ kế hoạch duy trì, cải tiến và báo cáo kết quả áp dụng HTQLCL hằng năm", 10, _UPKEEP),
    StarterRecord("HS.08", "Hồ sơ đánh giá nội bộ", 10, _UPKEEP),
    StarterRecord("HS.09", "Hồ sơ họp xem xét của lãnh đạo", 10, _UPKEEP),
    StarterRecord("HS.10", "Hồ sơ kiểm soát sự không phù hợp và hành động khắc phục", 5, _UPKEEP),
    StarterRecord("HS.11", "Hồ sơ hành động giải quyết rủi ro và cơ hội", 5, _UPKEEP),
    StarterRecord("HS.12", "Hồ sơ theo dõi, đánh giá mức độ đạt mục tiêu chất lượng", 5, _UPKEEP),
    StarterRecord("HS.13", "Hồ sơ khảo sát, đo lường sự hài lòng của tổ chức, công dân", 5, _UPKEEP),
)

#: Where the starter records are said to be kept until the secretary says otherwise.
DEFAULT_LOCATION = "Tủ hồ sơ ISO"


def _sessions_of(target: object) -> sessionmaker[Session]:
    # Accept the Services bundle (app, tests) or a bare session factory (CLI, demo data).
    return cast("sessionmaker[Session]", getattr(target, "sessions", target))


def install_starter_documents(target: object, department_id: int | None, *,
                              include_quality_manual: bool = True) -> dd.StarterResult:
    """Add the system documents and the standard records list that are not there yet, in one transaction.

    A document is "already there" when its mã số is taken, or — for the policy, objectives, manual and
    the five system procedures — when the agency already has a document of that kind/procedure under
    another code. A record line is there when its ký hiệu or its title is. So a second run, or a run after
    the secretary renamed things, adds nothing.

    Args:
        target: the ``Services`` of the open database, or a ``sessionmaker``.
        department_id: the department that owns the documents and keeps the records (usually the office
            of the ISO secretary); None to leave it for later.
        include_quality_manual: also add a Sổ tay chất lượng (not required by ISO 9001:2015, but kept by
            many agencies).

    Returns:
        How many documents and record lines were added.
    """
    wanted = (QUALITY_MANUAL, *STARTER_DOCUMENTS) if include_quality_manual else STARTER_DOCUMENTS
    with _sessions_of(target).begin() as s:
        codes = set(s.scalars(select(m.InternalDocumentRow.code_key)))
        kinds = set(s.scalars(select(m.InternalDocumentRow.kind).distinct()))
        procedures = set(s.scalars(select(m.InternalDocumentRow.system_procedure).where(
            m.InternalDocumentRow.system_procedure.is_not(None))))
        added_docs = 0
        for doc in wanted:
            if dd.code_key(doc.code) in codes:
                continue
            if doc.system_procedure is not None and doc.system_procedure in procedures:
                continue
            if doc.system_procedure is None and doc.kind in kinds:
                continue
            create_document_in(s, dd.InternalDocument(
                id=None, code=doc.code, title=doc.title, kind=doc.kind, department_id=department_id,
                system_procedure=doc.system_procedure,
                notes="Dự thảo mẫu theo mô hình khung (QĐ 101/QĐ-BKHCN); điều chỉnh cho phù hợp với cơ quan."))
            codes.add(dd.code_key(doc.code))
            added_docs += 1

        record_codes = set(s.scalars(select(m.RecordEntryRow.code_key)))
        record_titles = {fold(t) for t in s.scalars(select(m.RecordEntryRow.title))}
        added_records = 0
        for rec in STARTER_RECORDS:
            if dd.code_key(rec.code) in record_codes or fold(rec.title) in record_titles:
                continue
            save_record_in(s, dd.RecordEntry(
                id=None, title=rec.title, code=rec.code, retention_years=rec.retention_years,
                storage_form=dd.StorageForm.BOTH, department_id=department_id, location=DEFAULT_LOCATION,
                heading=rec.heading))
            s.flush()  # save_record_in numbers new lines after the current last one
            added_records += 1
        return dd.StarterResult(documents_added=added_docs, records_added=added_records)
