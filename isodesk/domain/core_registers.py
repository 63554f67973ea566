"""The registers of the agency's core data, declared once (:class:`~isodesk.domain.tabular.RegisterSpec`):
the issued QMS documents (Văn bản HTQLCL đã ban hành), the departments and the people.

The screen shows them through the one register model and proxy (``ui/models/register_model.py``); the
translated labels of enum cells and the draft colour are the screen's (``ui/models/register_looks.py``).
"""

from __future__ import annotations

from isodesk.domain.core import Department, IssuedDocument, Person
from isodesk.domain.formatting import fold, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.tabular import Align, ColumnKind, ColumnSpec, RegisterFilter, RegisterSpec, equals

#: Translation context of the issued-documents headers (kept from the register's former own model).
_ISSUED_CTX = "IssuedDocumentsTableModel"


def number_text(doc: IssuedDocument) -> str:
    """"05/KH-UBND", or "…/KH-UBND" for a draft not numbered yet."""
    return f"{doc.number:02d}/{doc.symbol}" if doc.number is not None else f"…/{doc.symbol}"


def _date_order(doc: IssuedDocument) -> str:
    # Undated drafts sort after every dated entry (first in the default newest-first order: they
    # need attention), then by date and number.
    return (f"{doc.issue_date.isoformat()}-{doc.number or 0:05d}" if doc.issue_date
            else f"9999-99-99-{doc.id or 0:07d}")


ISSUED_DOCUMENTS_SPEC = RegisterSpec(
    key="issued_documents",
    title="SỔ VĂN BẢN HTQLCL ĐÃ BAN HÀNH",
    sheet_name="Văn bản đã ban hành",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Issued QMS documents"),
    context=_ISSUED_CTX,
    columns=(
        ColumnSpec("number", "Số, ký hiệu", width=14, show=number_text,
                   sort=lambda doc: f"{doc.number or 0:05d}/{fold(doc.symbol)}",
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Number, symbol")),
        ColumnSpec("issue_date", "Ngày ban hành", ColumnKind.DATE, sort=_date_order,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Date"), align=Align.CENTER),
        ColumnSpec("doc_type", "Loại văn bản", width=13, show=lambda doc: doc.doc_type.type_name.capitalize(),
                   sort=lambda doc: doc.doc_type.value,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Type")),
        ColumnSpec("summary", "Trích yếu", width=50,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Summary")),
        ColumnSpec("signer_name", "Người ký", width=18,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Signed by")),
        ColumnSpec("purpose", "Mục đích", width=18, get=lambda doc: doc.purpose.value,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Evidence of")),
        ColumnSpec("status", "Trạng thái", width=12, get=lambda doc: doc.status.value,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Status")),
        ColumnSpec("files", "Tệp", ColumnKind.INT, width=5, get=lambda doc: len(doc.files),
                   show=lambda doc: str(len(doc.files)) if doc.files else "",
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Files"), align=Align.CENTER),
    ),
    # The screen's TT column counts the rows as shown (the view's delegate paints the number); Excel and
    # paper number their rows themselves.
    extra_columns=(
        ColumnSpec("row_number", "TT", ColumnKind.INT, width=4, show=lambda doc: "", sort=_date_order,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "No."), align=Align.CENTER),
    ),
    screen=("row_number", "number", "issue_date", "doc_type", "summary", "signer_name", "purpose", "status", "files"),
    search_text=lambda doc: " ".join((number_text(doc), doc.symbol, doc.summary, doc.notes, doc.reference)),
    search_keys=("doc_type",),  # its translated label is searched too (the screen's look gives it)
    filters=(RegisterFilter("year", equals("year")), RegisterFilter("doc_type", equals("doc_type"))),
    order_key="issue_date",
)
"""Sổ văn bản HTQLCL đã ban hành: the agency's own QMS documents, numbered per issuer and calendar year."""


def period_text(item: Department | Person) -> str:
    """When a department existed or a person worked here, as the registers show it: ``01/07/2025 –``,
    ``– 30/06/2025``, ``01/01/2015 – 30/06/2025``; "" when no date is recorded."""
    if item.valid_from is None and item.valid_to is None:
        return ""
    start = short_date(item.valid_from) if item.valid_from is not None else ""
    end = short_date(item.valid_to) if item.valid_to is not None else ""
    return f"{start} – {end}".strip()


def _period_order(item: Department | Person) -> str:
    return f"{item.valid_from or ''}|{item.valid_to or '9999'}"


DEPARTMENTS_SPEC = RegisterSpec(
    key="departments",
    title="DANH SÁCH PHÒNG, BỘ PHẬN",
    sheet_name="Phòng, bộ phận",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Departments"),
    context="DepartmentTableModel",
    columns=(
        ColumnSpec("name", "Tên phòng, bộ phận", width=45,
                   header=QT_TRANSLATE_NOOP("DepartmentTableModel", "Department")),
        ColumnSpec("abbreviation", "Tên viết tắt", width=14,
                   header=QT_TRANSLATE_NOOP("DepartmentTableModel", "Abbreviation")),
        ColumnSpec("active", "Trạng thái", ColumnKind.BOOL, width=18,
                   header=QT_TRANSLATE_NOOP("DepartmentTableModel", "Status")),
        ColumnSpec("period", "Thời gian hoạt động", width=22, get=period_text, sort=_period_order,
                   header=QT_TRANSLATE_NOOP("DepartmentTableModel", "In place")),
    ),
    search_keys=("name", "abbreviation"),
)
"""Settings → Departments (phòng, bộ phận); never deleted, marked no longer used."""


def given_name_order(person: Person) -> str:
    """Vietnamese names sort by the given name (the last word), then the whole name."""
    parts = fold(person.full_name).split()
    return f"{parts[-1] if parts else ''} {' '.join(parts)}"


PEOPLE_SPEC = RegisterSpec(
    key="people",
    title="DANH SÁCH CÁN BỘ, CÔNG CHỨC",
    sheet_name="Cán bộ, công chức",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "People"),
    context="PeopleTableModel",
    columns=(
        ColumnSpec("full_name", "Họ và tên", width=24, sort=given_name_order,
                   header=QT_TRANSLATE_NOOP("PeopleTableModel", "Full name")),
        ColumnSpec("title", "Chức vụ", width=22, header=QT_TRANSLATE_NOOP("PeopleTableModel", "Position")),
        ColumnSpec("department_name", "Phòng, bộ phận", width=24,
                   header=QT_TRANSLATE_NOOP("PeopleTableModel", "Department")),
        ColumnSpec("roles", "Vai trò trong HTQLCL", width=28,
                   get=lambda p: (p.is_leader, p.is_iso_secretary, p.is_internal_auditor), show=lambda p: "",
                   header=QT_TRANSLATE_NOOP("PeopleTableModel", "Roles in the QMS")),
        ColumnSpec("steering_role", "Ban Chỉ đạo", width=18,
                   get=lambda p: p.steering_role.value if p.steering_role is not None else "",
                   header=QT_TRANSLATE_NOOP("PeopleTableModel", "Steering committee")),
        ColumnSpec("active", "Trạng thái", ColumnKind.BOOL, width=14,
                   header=QT_TRANSLATE_NOOP("PeopleTableModel", "Status")),
        ColumnSpec("period", "Thời gian công tác", width=22, get=period_text, sort=_period_order,
                   header=QT_TRANSLATE_NOOP("PeopleTableModel", "Works here")),
    ),
    # Names, positions and departments, plus the translated roles and seat the screen gives; never the
    # status ("Đang công tác" would match every search for "dang": it has its own check box).
    search_text=lambda p: f"{p.full_name} {p.title} {p.department_name}",
    search_keys=("roles", "steering_role"),
    filters=(RegisterFilter("active_only", lambda p, _chosen: p.active),),
)
"""Settings → People (cán bộ, công chức) with their QMS roles; never deleted, marked as having left."""
