"""The list of module providers: each module's cycle steps and readiness checks (home screen) and its
contribution to the year (figures, texts, appendix tables, evidence, producible documents).

A new module adds its provider here (one line); nothing else iterates over modules by name.
"""

from __future__ import annotations

from isodesk.services.year.cycle_service import CycleProvider


def module_providers() -> list[CycleProvider]:
    """Every module's provider, in the order their contributions are listed (the core agency
    provider is added first by ``open_services``)."""
    from isodesk.services.core.backup_cycle import BackupProvider
    from isodesk.services.audit.audit_cycle import AuditCycleProvider
    from isodesk.services.documents.documents_cycle import DocumentsCycleProvider
    from isodesk.services.legal.legal_cycle import LegalProvider
    from isodesk.services.objectives.objectives_cycle import ObjectivesProvider
    from isodesk.services.plan.plan_cycle import PlanCycleProvider
    from isodesk.services.risks.risks_cycle import RisksProvider
    from isodesk.services.results.results_cycle import ResultsCycleProvider
    from isodesk.services.review.review_cycle import ReviewCycleProvider
    from isodesk.services.report.report_cycle import ReportProvider
    from isodesk.services.tthc.scope_cycle import ScopeCycleProvider

    return [
        DocumentsCycleProvider(),
        LegalProvider(),
        ScopeCycleProvider(),
        PlanCycleProvider(),  # the "issue the plan" step opens the plan page
        RisksProvider(),
        ObjectivesProvider(),  # the policy/objectives step computed from the objectives
        AuditCycleProvider(),  # replaces the core "internal audit" step
        ResultsCycleProvider(),
        ReviewCycleProvider(),  # replaces the core "management review" step
        BackupProvider(),  # the home screen warns when no backup succeeded for 7 days
        ReportProvider(),  # last: its self-score notes quote the figures contributed above
    ]
