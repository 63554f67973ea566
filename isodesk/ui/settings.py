"""Per-user UI preferences in one INI file (QSettings); business data never goes here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

LANGUAGES = ("vi", "en")


class UiSettings:
    """Typed access to the INI file, with every key and default declared once."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "vi"))
        return value if value in LANGUAGES else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "vi")

    @property
    def last_year(self) -> int | None:
        value = self._s.value("ui/last_year")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    @last_year.setter
    def last_year(self, value: int) -> None:
        self._s.setValue("ui/last_year", int(value))

    @property
    def last_screen(self) -> str:
        return str(self._s.value("ui/last_screen", "home"))

    @last_screen.setter
    def last_screen(self, value: str) -> None:
        self._s.setValue("ui/last_screen", value)

    @property
    def export_dir(self) -> str:
        return str(self._s.value("export/last_dir", ""))

    @export_dir.setter
    def export_dir(self, value: str) -> None:
        self._s.setValue("export/last_dir", value)

    def save_geometry(self, widget: QWidget, key: str | None = None) -> None:
        self._s.setValue(f"geometry/{key or type(widget).__name__}", widget.saveGeometry())

    def restore_geometry(self, widget: QWidget, key: str | None = None) -> bool:
        data = self._s.value(f"geometry/{key or type(widget).__name__}")
        return bool(isinstance(data, QByteArray) and widget.restoreGeometry(data))

    def value(self, key: str, default: object = None) -> object:
        return self._s.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()
