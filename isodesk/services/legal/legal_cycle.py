"""The external-documents (legal) module's contribution to the year: its figures, the căn cứ line of
the province's yearly ISO plan for the plan's legal bases, and the printed DANH MỤC TÀI LIỆU CÓ NGUỒN
GỐC BÊN NGOÀI. No steps and no checks of its own (dead texts cited by procedures are a scope check).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from isodesk.domain import core as core_d
from isodesk.domain.contributions import Contribution, DocumentOffer, Figure, OutputKind, TextDraft
from isodesk.domain.cycle import ReadinessIssue
from isodesk.domain.errors import NotFoundError
from isodesk.domain.formatting import fold
from isodesk.domain.legal import LegalStatus
from isodesk.domain.plan import BASES_TEXT_PREFIX
from isodesk.reports.model import AdminDocument
from isodesk.services.documents import printed_lists
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import StepDefinition
from isodesk.services.plan.plan_texts import text_date
from isodesk.storage.models.legal import ExternalDocumentRow

TARGET = "documents.external"
SOURCE = "Tài liệu › Tài liệu có nguồn gốc bên ngoài"

#: Text key of the căn cứ line citing the province's yearly ISO plan (a ``plan.bases.*`` text: the
#: year's plan cites it).
PROVINCE_PLAN_TEXT = BASES_TEXT_PREFIX + "province_plan"


@dataclass(frozen=True)
class ProvincePlan:
    """The province's yearly ISO plan (Sở KH&CN), when the external-documents list holds it."""

    number_symbol: str  # "19/KH-SKHCN"
    issue_date: date
    issuer: str  # "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"
    summary: str  # "Về việc xây dựng và áp dụng …"

    def basis_line(self) -> str:
        summary = self.summary.strip().rstrip(".;")
        if summary[:1].isupper():
            summary = summary[0].lower() + summary[1:]
        return f"Căn cứ Kế hoạch số {self.number_symbol} ngày {text_date(self.issue_date)} của {self.issuer} {summary};"


def province_plan(s: Session, year: int) -> ProvincePlan | None:
    """The Sở KH&CN's ISO plan of ``year`` in the external-documents list: a KH of the Sở KH&CN on ISO /
    the QMS, issued in ``year`` (or late in the year before, naming ``year``); the newest wins."""
    rows = list(s.scalars(select(ExternalDocumentRow).where(ExternalDocumentRow.issue_date.is_not(None))))
    found: list[ProvincePlan] = []
    for row in rows:
        issuer, summary = fold(row.issuer), fold(row.summary)
        if "khoa hoc va cong nghe" not in issuer or "/KH-" not in row.number_symbol.upper():
            continue
        if "iso" not in summary and "he thong quan ly chat luong" not in summary:
            continue
        assert row.issue_date is not None
        if row.issue_date.year != year and not (row.issue_date.year == year - 1 and str(year) in row.summary):
            continue
        found.append(ProvincePlan(row.number_symbol.strip(), row.issue_date, row.issuer.strip(), row.summary.strip()))
    return max(found, key=lambda p: p.issue_date) if found else None


class LegalProvider:
    """External documents: figures, the province plan's căn cứ line, the printed list."""

    module = "legal"

    def steps(self) -> Sequence[StepDefinition]:
        return ()

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[ReadinessIssue]:
        return []

    def contribute(self, ctx: ContributionContext) -> Contribution:
        s = ctx.session
        assert s is not None
        rows = list(s.execute(select(ExternalDocumentRow.id, ExternalDocumentRow.status).order_by(ExternalDocumentRow.id)))
        live = tuple(r.id for r in rows if r.status in (LegalStatus.IN_FORCE, LegalStatus.AMENDED))
        dead = tuple(r.id for r in rows if r.id not in set(live))
        figures = (
            Figure("legal.external_total", len(rows), "văn bản", "Số tài liệu có nguồn gốc bên ngoài được cập nhật",
                   SOURCE, self.module, tuple(r.id for r in rows), TARGET),
            Figure("legal.external_in_force", len(live), "văn bản", "Số tài liệu bên ngoài còn hiệu lực", SOURCE,
                   self.module, live, TARGET),
            Figure("legal.external_not_in_force", len(dead), "văn bản",
                   "Số tài liệu bên ngoài hết hiệu lực hoặc bị thay thế", SOURCE, self.module, dead, TARGET),
        )
        plan = province_plan(s, ctx.year.year)
        texts = (TextDraft(PROVINCE_PLAN_TEXT, plan.basis_line() if plan else "", self.module, SOURCE),)
        offer = DocumentOffer("legal.external_list", "Danh mục tài liệu có nguồn gốc bên ngoài", OutputKind.FORM,
                              self.module, "Danh-muc-tai-lieu-ben-ngoai")
        return Contribution(self.module, figures=figures, texts=texts, documents=(offer,))

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        if key != "legal.external_list":
            raise NotFoundError("document_offer", key)
        return printed_lists.printed_list(ctx.services, printed_lists.EXTERNAL_DOCUMENTS, ctx.year.year, ctx.today)
