"""Business settings stored with the data (so they travel with the database to a new secretary)."""

from __future__ import annotations

from sqlalchemy import select

from isodesk.services.base import ServiceBase
from isodesk.storage.models.core import AppSettingRow


class SettingsService(ServiceBase):
    """Key/value settings kept in the database."""

    def get(self, key: str, default: str = "") -> str:
        with self._read() as s:
            row = s.get(AppSettingRow, key)
            return row.value if row else default

    def set(self, key: str, value: str) -> None:
        with self._write() as s:
            row = s.get(AppSettingRow, key)
            if row is None:
                s.add(AppSettingRow(key=key, value=value))
            else:
                row.value = value

    def all(self) -> dict[str, str]:
        with self._read() as s:
            return {r.key: r.value for r in s.scalars(select(AppSettingRow))}
