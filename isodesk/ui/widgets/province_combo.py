"""Province picker: the 34 provinces and cities after the 2025 reform, or any name typed in.

The official list comes from the ``vietnam-provinces`` package, imported only when a combo is
built (start-up stays fast). The combo is editable so records of agencies under a pre-2025
province (e.g. "Quảng Bình") can keep their name.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from isodesk.domain.formatting import fold


@lru_cache(maxsize=1)
def official_provinces() -> tuple[str, ...]:
    """Province-level units after 12/6/2025, sorted the Vietnamese way (accents ignored)."""
    try:
        from vietnam_provinces import Province
    except ImportError:  # the list is a convenience: free text still works
        return ()
    return tuple(sorted((p.name for p in Province.iter_all()), key=lambda n: fold(n.removeprefix("Thành phố "))))


@lru_cache(maxsize=64)
def place_names(province: str) -> tuple[str, ...]:
    """Names of the communes, wards and special zones of ``province`` without "Xã"/"Phường"/"Đặc khu".

    Used to suggest the địa danh; empty for an unknown (e.g. pre-2025) province.
    """
    try:
        from vietnam_provinces import Province, Ward
    except ImportError:
        return ()
    match = next((p for p in Province.iter_all() if fold(p.name) == fold(province)), None)
    if match is None:
        return ()
    names = set()
    for ward in Ward.iter_by_province(match.code):
        name = ward.name
        for prefix in ("Xã ", "Phường ", "Đặc khu "):
            if name.startswith(prefix):
                name = name[len(prefix):]
                break
        names.add(name)
    return tuple(sorted(names, key=fold))


def ward_kind(province: str, place: str) -> str:
    """"xã", "phường" or "đặc khu" for a place of a province (after 2025), else ""."""
    try:
        from vietnam_provinces import Province, Ward
    except ImportError:
        return ""
    match = next((p for p in Province.iter_all() if fold(p.name) == fold(province)), None)
    if match is None:
        return ""
    wanted = fold(place)
    for ward in Ward.iter_by_province(match.code):
        kind = str(ward.division_type.value)
        if fold(ward.name) == f"{fold(kind)} {wanted}":
            return kind
    return ""


class ProvinceCombo(QComboBox):
    """Editable combo of the official provinces; ``province()`` is whatever is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(official_provinces()))
        self.setCurrentIndex(-1)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMaxVisibleItems(15)
        if (line_edit := self.lineEdit()) is not None:
            line_edit.setPlaceholderText(self.tr("Choose or type the province"))

    def province(self) -> str:
        return " ".join(self.currentText().split())

    def set_province(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)
