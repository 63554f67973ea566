"""Fixtures of the annual report package tests."""

from __future__ import annotations

#: The document the package tests take as "the annual report". The annual report itself (offer
#: ``report.annual``) is built on another branch; after the merge this one line becomes
#: ``REPORT_KEY_FOR_TESTS = "report.annual"`` (isodesk.services.package.package_service.REPORT_KEY).
REPORT_KEY_FOR_TESTS = "plan.annual_plan"
