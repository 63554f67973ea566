"""Collects every module's contribution to a reporting year (figures, texts, appendix tables,
evidence, producible documents) — the only way the plan, the management review and the annual
report learn about other modules (issue 7 point 5).

A module provider is the module's :class:`~isodesk.services.year.cycle_service.CycleProvider` (steps and
readiness checks, as before) that also implements :class:`ContributionProvider`:

* ``module`` — its name in ``index.json`` and in figure keys (``"documents"``);
* ``contribute(ctx)`` — the year's :class:`~isodesk.domain.contributions.Contribution`, read in the
  one read transaction ``ctx.session`` (cheap: counts and lists, no document is built here);
* ``build_document(key, ctx)`` — one of its offered documents (keys start with ``module.``; an
  unknown key raises ``NotFoundError``) as an ``AdminDocument`` (services only;
  the caller renders it through :mod:`isodesk.reports`).

Providers are listed once, in ``app.cycle_providers()``; :func:`isodesk.services.registry.open_services`
hands them to both the cycle and this service.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain import core as d
from isodesk.domain.contributions import Contribution, DocumentOffer, YearContributions
from isodesk.domain.errors import NotFoundError
from isodesk.reports.model import AdminDocument
from isodesk.services.base import ServiceBase
from isodesk.storage.models import core as m

if TYPE_CHECKING:
    from isodesk.services.registry import Services


@dataclass(frozen=True)
class ContributionContext:
    """What a provider contributes from: one read session, the year, "today", and the services
    (for the document builders that gather DTOs through other services)."""

    session: Session | None
    year: d.ReportingYear
    today: date
    services: Services
    #: The contributions of the providers listed before this one (the annual report, listed last,
    #: quotes their figures in its self-score notes without collecting the year twice).
    earlier: tuple[Contribution, ...] = ()


@runtime_checkable
class ContributionProvider(Protocol):
    """What a module offers to the year beyond its cycle steps and checks."""

    module: str

    def contribute(self, ctx: ContributionContext) -> Contribution: ...

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument: ...


def reporting_year(s: Session, year: int) -> d.ReportingYear:
    """The reporting year ``year`` as a DTO.

    Raises:
        NotFoundError: no such reporting year.
    """
    row = s.scalar(select(m.ReportingYearRow).where(m.ReportingYearRow.year == year))
    if row is None:
        raise NotFoundError("reporting_year", year)
    return d.ReportingYear(id=row.id, year=row.year, period_start=row.period_start, period_end=row.period_end,
                           deadline=row.deadline, notes=row.notes)


class ContributionService(ServiceBase):
    """Every module's contribution to a year, and the documents each module can produce."""

    def __init__(self, sessions: sessionmaker[Session], providers: Sequence[object]) -> None:
        super().__init__(sessions)
        self._providers: list[ContributionProvider] = [p for p in providers if isinstance(p, ContributionProvider)]
        self._services: Services | None = None
        self._reuse = threading.local()

    @contextmanager
    def reusing(self) -> Iterator[None]:
        """Within the block, on this thread only, :meth:`collect` computes each year once and hands the same
        contributions out again (the first call's day wins): for a read-only job that builds several
        documents from one year's contributions (the annual report package). Other threads are unaffected."""
        outer = getattr(self._reuse, "memo", None)
        self._reuse.memo = {} if outer is None else outer
        try:
            yield
        finally:
            self._reuse.memo = outer

    def bind(self, services: Services) -> None:
        """Give the providers' document builders the open services (done once by ``open_services``)."""
        self._services = services

    @property
    def modules(self) -> list[str]:
        return [p.module for p in self._providers]

    def _context(self, s: Session | None, year: int, today: date | None) -> ContributionContext:
        if self._services is None:
            raise RuntimeError("ContributionService used before open_services bound it")
        if s is None:
            with self._read() as session:
                ry = reporting_year(session, year)
        else:
            ry = reporting_year(s, year)
        return ContributionContext(session=s, year=ry, today=today or date.today(), services=self._services)

    def collect(self, year: int, today: date | None = None) -> YearContributions:
        """Every module's contribution to ``year``, in provider order.

        Raises:
            NotFoundError: no reporting year ``year``.
        """
        memo: dict[int, YearContributions] | None = getattr(self._reuse, "memo", None)
        if memo is not None and year in memo:
            return memo[year]
        with self._read() as s:
            ctx = self._context(s, year, today)
            gathered: list[Contribution] = []
            for p in self._providers:
                gathered.append(p.contribute(replace(ctx, earlier=tuple(gathered))))
            collected = YearContributions(year=year, modules=tuple(gathered))
        if memo is not None:
            memo[year] = collected
        return collected

    def documents(self, year: int, today: date | None = None) -> list[DocumentOffer]:
        """The documents every module can produce for ``year`` (what ``isodesk documents`` renders)."""
        return list(self.collect(year, today).documents)

    def build(self, year: int, key: str, today: date | None = None) -> AdminDocument:
        """Build the offered document ``key`` of ``year`` (not rendered, nothing recorded).

        Raises:
            NotFoundError: no reporting year ``year``, or no module offers ``key``.
        """
        module = key.split(".", 1)[0]
        provider = next((p for p in self._providers if p.module == module), None)
        if provider is None:
            raise NotFoundError("document_offer", key)
        return provider.build_document(key, self._context(None, year, today))
