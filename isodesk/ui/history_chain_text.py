"""The sentence naming the first change-history entry altered outside isodesk (Cài đặt → Lịch sử thay đổi)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from isodesk.domain.core import ChangeAction
from isodesk.domain.formatting import short_date
from isodesk.domain.history_chain import BreakKind, HistoryBreak
from isodesk.ui import labels
from isodesk.ui.models.history_table_model import entity_label

def _what(broken: HistoryBreak) -> str:
    try:
        action = labels.action_label(ChangeAction(broken.action))
    except ValueError:
        action = broken.action
    record = entity_label(broken.entity) if broken.entity else ""
    if broken.entity_id is not None:
        record += f" #{broken.entity_id}"
    when = f"{short_date(broken.at.date())} {broken.at:%H:%M}" if broken.at is not None else "?"
    return QCoreApplication.translate("HistoryChain", "entry #{id} of {when}: {action} — {record}").format(id=broken.entry_id, when=when, action=action,
                                                                    record=record)


def history_break_text(broken: HistoryBreak) -> str:
    """"The change history was altered outside isodesk: …" naming the first broken entry."""
    first, last = broken.missing_ids or (0, 0)
    missing = (QCoreApplication.translate("HistoryChain", "entry #{first}").format(first=first) if first == last
               else QCoreApplication.translate("HistoryChain", "entries #{first} to #{last}").format(first=first, last=last))
    if broken.kind is BreakKind.MODIFIED:
        detail = QCoreApplication.translate("HistoryChain", "{what} was changed.").format(what=_what(broken))
    elif broken.kind is BreakKind.REMOVED:
        detail = QCoreApplication.translate("HistoryChain", "{missing}, just before {what}, were deleted.").format(missing=missing, what=_what(broken))
    elif broken.kind is BreakKind.ADDED:
        detail = QCoreApplication.translate("HistoryChain", "{what} was added.").format(what=_what(broken))
    elif broken.kind is BreakKind.REMOVED_AT_END and broken.entry_id:
        detail = QCoreApplication.translate("HistoryChain", "the newest {missing}, after {what}, were deleted.").format(missing=missing, what=_what(broken))
    elif broken.kind is BreakKind.REMOVED_AT_END:
        detail = QCoreApplication.translate("HistoryChain", "every entry ({missing}) was deleted.").format(missing=missing)
    else:
        detail = QCoreApplication.translate("HistoryChain", "{what} no longer follows the entry before it.").format(what=_what(broken))
    return QCoreApplication.translate("HistoryChain", "The change history was altered outside isodesk: {detail} The history from that entry on cannot be "
               "relied upon; restore a backup taken before that date to get the original back.").format(detail=detail)
