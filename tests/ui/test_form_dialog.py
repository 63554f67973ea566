"""The one FormDialog base: every save dialog has the same Save/Cancel buttons and shows refusals inline."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

import isodesk.ui.dialogs as dialogs_package
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.dialogs.department_dialog import DepartmentDialog
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.dialogs.issued_document_dialog import IssuedDocumentDialog
from isodesk.ui.dialogs.person_dialog import PersonDialog
from isodesk.ui.dialogs.year_dialog import YearDialog

pytestmark = pytest.mark.usefixtures("ui_env")

#: Dialogs that save nothing (pickers, read-only views) or belong to the printing/import area.
NOT_SAVE_DIALOGS = {"HistoryDialog", "ProcedurePickerDialog", "PrintPreviewDialog", "ExcelImportDialog",
                    "RecordsPrintDialog", "RestoreDialog", "PackageExportDialog", "PackageVerifyDialog"}


def _dialog_classes() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(dialogs_package.__path__):
        module = importlib.import_module(f"isodesk.ui.dialogs.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, BaseDialog) and cls not in (FormDialog, BaseDialog):
                found.append(cls)
    return found


def test_every_save_dialog_is_a_form_dialog() -> None:
    classes = _dialog_classes()
    assert len(classes) >= 15
    strays = [c.__name__ for c in classes if c.__name__ not in NOT_SAVE_DIALOGS and not issubclass(c, FormDialog)]
    assert strays == []
    # One place for the base: no module re-exports it under another name.
    from isodesk.ui.dialogs import documents_common

    assert not hasattr(documents_common, "FormDialog")


def _image(button: QPushButton) -> QImage:
    return button.icon().pixmap(16, 16).toImage()


def test_settings_dialogs_share_save_and_cancel(seeded_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    built = [DepartmentDialog(seeded_services), PersonDialog(seeded_services), YearDialog(seeded_services),
             IssuedDocumentDialog(seeded_services)]
    icons = []
    for dialog in built:
        qtbot.addWidget(dialog)
        box = dialog.ui.button_box
        assert [b.text() for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole] \
            == ["Lưu"]
        assert dialog.cancel_button().text() == "Hủy"
        assert not dialog.ok_button().icon().isNull()
        icons.append(_image(dialog.ok_button()))
    assert all(image == icons[0] for image in icons)


def test_refusal_is_shown_under_the_field_and_nothing_is_saved(seeded_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = seeded_services.agency.departments(include_inactive=True)
    dialog = DepartmentDialog(seeded_services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert "không được để trống" in dialog.errors.text_of("name")
    assert seeded_services.agency.departments(include_inactive=True) == before
