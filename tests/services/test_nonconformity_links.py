"""A phiếu's links: the internal documents it required to revise (table of migration 0014_audit_links) and
the document proposed for it from its texts and clause."""

from __future__ import annotations

from datetime import date

import pytest

from isodesk.domain import audit as a
from isodesk.domain import core as cd
from isodesk.domain.documents import DocumentKind, InternalDocument
from isodesk.domain.errors import NotFoundError


def _nc(**kw) -> a.Nonconformity:  # type: ignore[no-untyped-def]
    values = dict(id=1, year=2025, number=1, raised_on=date(2025, 10, 20), department_id=1,
                  source=a.NcSource.INTERNAL_AUDIT, description="Mô tả", department_name="Phòng Tư pháp")
    values.update(kw)
    return a.Nonconformity(**values)  # type: ignore[arg-type]


DOCS = (a.DocumentChoice(1, "QT.01", "Quy trình kiểm soát thông tin dạng văn bản", "Văn phòng"),
        a.DocumentChoice(2, "QT.03", "Quy trình kiểm soát sự không phù hợp và hành động khắc phục", "Văn phòng"),
        a.DocumentChoice(3, "QT-HT-01", "Quy trình đăng ký khai sinh", "Phòng Tư pháp"),
        a.DocumentChoice(4, "BM.02", "Phiếu yêu cầu hành động khắc phục", "Văn phòng", procedure=False))


def test_suggested_document() -> None:
    # A code named in the phiếu's texts wins.
    assert a.suggest_document(_nc(action="Sửa đổi QT-HT-01, bước 2"), DOCS) == 3
    # Else the system procedure of its clause.
    assert a.suggest_document(_nc(requirement="7.5 Thông tin dạng văn bản"), DOCS) == 1
    assert a.suggest_document(_nc(requirement="TCVN ISO 9001:2015 điều 10.2.1 d"), DOCS) == 2
    # Else a procedure of its department; nothing when none fits.
    assert a.suggest_document(_nc(requirement="8.5"), DOCS) == 3
    assert a.suggest_document(_nc(department_name="Phòng Kinh tế"), DOCS) is None


def test_document_links_recorded_updated_and_refused(services) -> None:  # type: ignore[no-untyped-def]
    dep = services.agency.save_department(cd.Department(None, "Văn phòng", "VP"))
    doc = services.documents.create_document(InternalDocument(None, "QT.01", "Quy trình kiểm soát thông tin dạng văn bản",
                                                              DocumentKind.SYSTEM_PROCEDURE, dep.id))
    other = services.documents.create_document(InternalDocument(None, "QT.02", "Quy trình đánh giá nội bộ",
                                                                DocumentKind.SYSTEM_PROCEDURE, dep.id))
    nc = services.nonconformities.save(a.Nonconformity(None, 0, 0, date(2025, 10, 20), dep.id, a.NcSource.SELF_FOUND,
                                                       "Biểu mẫu cũ còn dùng"))
    link = services.nonconformities.link_document(nc.id, doc.id, None, date(2025, 10, 21))
    assert link.revision_id is None
    revision = doc.open_revision or services.documents.new_revision(doc.id)
    again = services.nonconformities.link_document(nc.id, doc.id, revision.id, date(2025, 10, 22))
    assert again.id == link.id and again.revision_id == revision.id and again.linked_on == date(2025, 10, 21)
    # Refused, nothing written: an unknown phiếu or document, a revision of another document.
    with pytest.raises(NotFoundError):
        services.nonconformities.link_document(9999, doc.id, None, date(2025, 10, 22))
    with pytest.raises(NotFoundError):
        services.nonconformities.link_document(nc.id, 9999, None, date(2025, 10, 22))
    other_rev = other.open_revision or services.documents.new_revision(other.id)
    with pytest.raises(NotFoundError):
        services.nonconformities.link_document(nc.id, doc.id, other_rev.id, date(2025, 10, 22))
    assert [x.revision_id for x in services.nonconformities.document_links(nc.id)] == [revision.id]
    services.nonconformities.unlink_document(link.id)
    assert services.nonconformities.document_links(nc.id) == []
    # A phiếu deleted (still open: a mistake) takes its links with it.
    services.nonconformities.link_document(nc.id, doc.id, None, date(2025, 10, 21))
    services.nonconformities.delete(nc.id)
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM nonconformity_document").scalar() == 0
