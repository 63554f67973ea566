"""The agency profile form, shared by the setup wizard, Settings → Agency and the rename dialog.

It fills what it can from the kind of agency (titles, abbreviation, the People's Committee name
from the place name) until the secretary types over a field, and previews how dates, document
numbers and the signature block will read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from isodesk.domain import core as d
from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import format_doc_number, place_date_line
from isodesk.domain.setup import TIER_ABBREVIATIONS, TIER_TITLES
from isodesk.ui.forms.ui_agency_form import Ui_AgencyForm
from isodesk.ui.labels import tier_label
from isodesk.ui.validation import FieldErrors
from isodesk.ui.widgets.field_values import show_fields
from isodesk.ui.widgets.province_combo import place_names, ward_kind

#: Order of the kinds in the combo: communes first (most users after 2025).
TIER_ORDER = (d.AgencyTier.COMMUNE, d.AgencyTier.DEPARTMENT, d.AgencyTier.SUBORDINATE, d.AgencyTier.DISTRICT)


def _province_phrase(province: str) -> str:
    """"tỉnh Hà Tĩnh" / "Thành phố Huế" (a city keeps its capitalised generic noun, NĐ 30 Phụ lục II)."""
    province = province.strip()
    if not province:
        return ""
    if province.lower().startswith(("thành phố", "tỉnh")):
        return province
    return f"tỉnh {province}"


class AgencyForm(QWidget):
    """Edits one :class:`AgencyProfile` version; ``profile()`` reads it back."""

    changed = Signal()
    """Any field changed (the settings screen enables its Save button)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_AgencyForm()
        self._ui.setupUi(self)
        ui = self._ui
        self._profile_id: int | None = None
        self._tier: d.AgencyTier = d.AgencyTier.COMMUNE
        # Fields filled automatically until the secretary types in them.
        self._auto = {"name": True, "parent": True}

        for tier in TIER_ORDER:
            ui.tier_combo.addItem(tier_label(tier), tier)
        for label in (ui.place_preview_label, ui.number_preview_label, ui.signature_preview_label):
            label.setObjectName("Muted")
            label.setWordWrap(True)
        self._place_model = QStringListModel(self)
        completer = QCompleter(self._place_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        ui.place_name_edit.setCompleter(completer)

        self.errors = FieldErrors(
            [ui.identity_form, ui.contact_form],
            {"tier": ui.tier_combo, "province": ui.province_combo, "place_name": ui.place_name_edit,
             "name": ui.name_edit, "parent_name": ui.parent_edit, "abbreviation": ui.abbreviation_edit,
             "valid_from": ui.valid_from_edit, "address": ui.address_edit, "phone": ui.phone_edit,
             "email": ui.email_edit, "head_title": ui.head_title_edit, "deputy_title": ui.deputy_title_edit,
             "collective_name": ui.collective_name_edit})
        self.errors.mark_required("province", "place_name", "name", "abbreviation", "valid_from")

        ui.tier_combo.currentIndexChanged.connect(self._on_tier_combo_changed)
        ui.province_combo.currentTextChanged.connect(self._on_province_combo_text_changed)
        ui.place_name_edit.textChanged.connect(self._on_place_name_edit_changed)
        ui.name_edit.textEdited.connect(self._on_name_edit_edited)
        ui.parent_edit.textEdited.connect(self._on_parent_edit_edited)
        for edit in (ui.abbreviation_edit, ui.head_title_edit, ui.deputy_title_edit, ui.collective_name_edit):
            edit.textChanged.connect(self._on_any_text_changed)
        for edit in (ui.name_edit, ui.parent_edit, ui.address_edit, ui.phone_edit, ui.email_edit):
            edit.textChanged.connect(self._on_plain_text_changed)
        ui.valid_from_edit.date_changed.connect(self._on_valid_from_edit_changed)

        ui.tier_combo.setCurrentIndex(0)
        self._apply_tier_defaults(None, self._tier)
        self._update_previews()

    # ------------------------------------------------------------------ API
    @property
    def ui(self) -> Ui_AgencyForm:
        """The compiled form (tests and the wizard fill fields through it)."""
        return self._ui

    def set_profile(self, profile: d.AgencyProfile) -> None:
        """Show an existing version; nothing is filled automatically afterwards."""
        ui = self._ui
        self._profile_id = profile.id
        self._auto = {"name": False, "parent": False}
        ui.tier_combo.blockSignals(True)
        ui.tier_combo.setCurrentIndex(max(ui.tier_combo.findData(profile.tier), 0))
        ui.tier_combo.blockSignals(False)
        self._tier = profile.tier
        ui.province_combo.set_province(profile.province)
        show_fields(ui, profile, "place_name", "name", "abbreviation", "address", "phone", "email", "head_title",
                    "deputy_title", "collective_name", "valid_from")
        ui.parent_edit.setText(profile.parent_name)
        self.errors.clear()
        self._update_previews()

    def set_valid_from(self, value: date | None) -> None:
        self._ui.valid_from_edit.set_date(value)

    def set_new_version(self) -> None:
        """Keep the fields as a starting point for a new version (id None, date to be chosen)."""
        self._profile_id = None
        self._ui.valid_from_edit.set_date(None)

    def profile(self) -> d.AgencyProfile:
        """The profile as entered (call :meth:`problems` first: an invalid date reads as today)."""
        ui = self._ui
        return d.AgencyProfile(
            id=self._profile_id, valid_from=ui.valid_from_edit.date() or date.today(),
            name=ui.name_edit.text(), parent_name=ui.parent_edit.text(),
            tier=self._current_tier(), province=ui.province_combo.province(),
            place_name=ui.place_name_edit.text(), abbreviation=ui.abbreviation_edit.text(),
            address=ui.address_edit.text(), phone=ui.phone_edit.text(), email=ui.email_edit.text(),
            head_title=ui.head_title_edit.text(), deputy_title=ui.deputy_title_edit.text(),
            collective_name=ui.collective_name_edit.text(),
        )

    def problems(self) -> list[FieldProblem]:
        """Everything wrong with the form (the domain rules plus the date)."""
        problems: list[FieldProblem] = []
        date_problem = self._ui.valid_from_edit.problem("valid_from", required=True)
        if date_problem is not None:
            problems.append(date_problem)
        problems.extend(d.validate_agency(self.profile()))
        return problems

    def validate(self) -> bool:
        """Show the problems next to the fields; True when there are none."""
        problems = self.problems()
        self.errors.show(problems)
        return not problems

    def show_problems(self, problems: list[FieldProblem], prefix: str = "") -> list[FieldProblem]:
        return self.errors.show(problems, prefix=prefix)

    def _current_tier(self) -> d.AgencyTier:
        # A str-based enum comes back from a QVariant as its plain value.
        data = self._ui.tier_combo.currentData()
        return d.AgencyTier(data) if data is not None else d.AgencyTier.COMMUNE

    # ------------------------------------------------------------------ automatic filling
    def _apply_tier_defaults(self, old: d.AgencyTier | None, new: d.AgencyTier) -> None:
        ui = self._ui
        old_titles = TIER_TITLES.get(old, ("", "", "")) if old else ("", "", "")
        new_titles = TIER_TITLES[new]
        for edit, before, after in zip((ui.head_title_edit, ui.deputy_title_edit, ui.collective_name_edit),
                                       old_titles, new_titles):
            if not edit.text().strip() or edit.text() == before:
                edit.setText(after)
        old_abbr = TIER_ABBREVIATIONS.get(old, "") if old else ""
        if not ui.abbreviation_edit.text().strip() or ui.abbreviation_edit.text() == old_abbr:
            ui.abbreviation_edit.setText(TIER_ABBREVIATIONS[new])
        self._suggest_names()

    def _suggest_names(self) -> None:
        ui = self._ui
        tier = self._current_tier()
        place = " ".join(ui.place_name_edit.text().split())
        province = ui.province_combo.province()
        if self._auto["name"]:
            name = ""
            if place and tier is d.AgencyTier.COMMUNE:
                kind = ward_kind(province, place) or "xã"
                name = f"Ủy ban nhân dân {kind} {place}"
            elif place and tier is d.AgencyTier.DISTRICT:
                name = f"Ủy ban nhân dân huyện {place}"
            self._set_quietly(ui.name_edit, name)
        if self._auto["parent"]:
            parent = ""
            if province and tier is not d.AgencyTier.SUBORDINATE:
                parent = f"Ủy ban nhân dân {_province_phrase(province)}"
            self._set_quietly(ui.parent_edit, parent)

    @staticmethod
    def _set_quietly(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)  # setText does not emit textEdited, so the field stays automatic

    def _update_previews(self) -> None:
        ui = self._ui
        place = ui.place_name_edit.text().strip()
        if place:
            ui.place_preview_label.setText(self.tr("Dates will read: {line}").format(
                line=place_date_line(place, date.today())))
        else:
            ui.place_preview_label.setText(self.tr("The place name is printed before the date of every document."))
        abbr = ui.abbreviation_edit.text().strip()
        if abbr and " " not in abbr and "/" not in abbr:
            ui.number_preview_label.setText(self.tr("A plan will be numbered: {number}").format(
                number=format_doc_number(1, f"KH-{abbr}")))
        else:
            ui.number_preview_label.setText(self.tr("Used after the document type in numbers, e.g. “UBND” in 01/KH-UBND."))
        profile = replace(self.profile(), head_title=ui.head_title_edit.text().strip(),
                          collective_name=ui.collective_name_edit.text().strip())
        lines = d.signature_lines(profile, by_deputy=False)
        ui.signature_preview_label.setText(self.tr("The head signs: {lines}").format(lines=" / ".join(lines)))

    # ------------------------------------------------------------------ slots
    def _on_tier_combo_changed(self, _index: int) -> None:
        if self._ui.tier_combo.currentData() is None:
            return
        new = self._current_tier()
        old, self._tier = self._tier, new
        self._apply_tier_defaults(old, new)
        self._update_previews()
        self.changed.emit()

    def _on_province_combo_text_changed(self, text: str) -> None:
        self._place_model.setStringList(list(place_names(text)))
        self._suggest_names()
        self.changed.emit()

    def _on_place_name_edit_changed(self, _text: str) -> None:
        self._suggest_names()
        self._update_previews()
        self.changed.emit()

    def _on_name_edit_edited(self, text: str) -> None:
        self._auto["name"] = not text.strip()

    def _on_parent_edit_edited(self, text: str) -> None:
        self._auto["parent"] = not text.strip()

    def _on_any_text_changed(self, _text: str) -> None:
        self._update_previews()
        self.changed.emit()

    def _on_plain_text_changed(self, _text: str) -> None:
        self.changed.emit()

    def _on_valid_from_edit_changed(self, _value: object) -> None:
        self.changed.emit()
