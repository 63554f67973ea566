"""Every session factory gets the input checks and the change history, also one created where a collected
factory lived (SQLAlchemy's ``event.contains`` keys by ``id()``: it said "already installed" for such a
factory, whose sessions then wrote rows unchecked and without history — the rare flaky test failures)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker

from isodesk.domain.errors import ValidationError
from isodesk.storage.history import _after_flush, _before_flush, _refuse_implausible_values, install_history_hooks


def test_a_factory_in_a_reused_place_still_gets_every_hook() -> None:
    unhooked = 0
    # No gc.collect() needed: a freed factory's memory is reused at once (and a collection per round
    # costs seconds in a full test run with its large heap).
    for _ in range(100):
        factory: sessionmaker = sessionmaker()
        install_history_hooks(factory)
        session = factory()
        listeners = [list(session.dispatch.before_flush), list(session.dispatch.after_flush)]
        session.close()
        if _refuse_implausible_values not in listeners[0] or _before_flush not in listeners[0] \
                or _after_flush not in listeners[1]:
            unhooked += 1
        install_history_hooks(factory)  # a second call adds nothing
        assert sum(1 for fn in factory().dispatch.before_flush if fn is _before_flush) == 1
        del factory, session
    assert unhooked == 0


def test_services_opened_again_and_again_refuse_control_characters(database_template, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The real path: services opened and closed again and again (another data file, a restore) keep
    refusing a NUL in a name and keep recording history."""
    from isodesk.domain import core as d
    from isodesk.services.registry import open_services

    for n in range(5):
        services = open_services(database_template.copy_to(tmp_path / f"{n}" / "isodesk.db"))
        try:
            with pytest.raises(ValidationError):
                services.agency.save_department(d.Department(None, "Phòng\x00 A", "A"))
            saved = services.agency.save_department(d.Department(None, "Phòng A", "A"))
            assert services.history.for_record("department", saved.id or 0)
        finally:
            services.close()
        del services
        gc.collect()
