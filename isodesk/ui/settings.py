"""Per-user UI preferences in one INI file (QSettings); business data never goes here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from isodesk.ui.overview_cache import path_digest

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

    @staticmethod
    def _file_key(data_file: str | Path) -> str:
        """Settings group of one data file (a hash: a path's slashes would nest groups)."""
        return "files/" + path_digest(data_file)

    def last_screen_for(self, data_file: str | Path) -> str:
        """The screen last open on this data file ("home" for a file never opened)."""
        return str(self._s.value(f"{self._file_key(data_file)}/last_screen", "home"))

    def set_last_screen_for(self, data_file: str | Path, key: str) -> None:
        self._s.setValue(f"{self._file_key(data_file)}/last_screen", key)

    def actor_for(self, data_file: str | Path) -> str:
        """The person last chosen as "who is working" on this data file ("" if none)."""
        return str(self._s.value(f"{self._file_key(data_file)}/actor", ""))

    def set_actor_for(self, data_file: str | Path, name: str) -> None:
        self._s.setValue(f"{self._file_key(data_file)}/actor", name)

    #: How many data files Tệp → Tệp dữ liệu gần đây remembers.
    RECENT_LIMIT = 5

    def recent_files(self) -> list[str]:
        """The data files opened last, newest first (at most :data:`RECENT_LIMIT`)."""
        value = self._s.value("files/recent", [])
        # QSettings (INI) returns a single-item list as a plain string.
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        return [str(v) for v in items if str(v)][: self.RECENT_LIMIT]

    def add_recent_file(self, data_file: str | Path) -> None:
        """Put ``data_file`` first in the recent list (once)."""
        path = str(Path(data_file))
        items = [path, *(p for p in self.recent_files() if p != path)]
        self._s.setValue("files/recent", items[: self.RECENT_LIMIT])

    def remove_recent_file(self, data_file: str | Path) -> None:
        path = str(Path(data_file))
        self._s.setValue("files/recent", [p for p in self.recent_files() if p != path])

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
