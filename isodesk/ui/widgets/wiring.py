"""Buttons wired by name: ``add_button`` calls ``_on_add_button_clicked`` — the rule every screen and
dialog follows, written once instead of one ``connect`` line per button."""

from __future__ import annotations


def connect_buttons(owner: object, receiver: object, *names: str) -> None:
    """Connect ``owner.<name>_button.clicked`` to ``receiver._on_<name>_button_clicked`` for each name."""
    for name in names:
        getattr(owner, f"{name}_button").clicked.connect(getattr(receiver, f"_on_{name}_button_clicked"))
