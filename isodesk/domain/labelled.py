"""One way to declare a stored value with the Vietnamese words a person reads for it.

``NcState.OPEN = "mo", "Mở"`` instead of a member, a separate ``{member: "label"}`` table and a
``label`` property repeated in every enum: the value is what the database and the files keep, the label
what screens and documents print.
"""

from __future__ import annotations

import enum
from typing import Self


class LabelledEnum(enum.StrEnum):
    """A string enum whose members are declared ``NAME = "value", "Nhãn tiếng Việt"``.

    ``Member("value")`` still looks a member up by its value; ``str(member)`` is the value.
    """

    _value_: str
    label: str

    def __new__(cls, value: object, label: str = "") -> Self:
        # ``value`` is typed as any object because ``Member(cell)`` looks a member up by a value read
        # from a file or a form; members themselves are always declared with a string.
        text = str(value)
        member = str.__new__(cls, text)
        member._value_ = text
        member.label = label or text
        return member

    @classmethod
    def labels(cls) -> dict[Self, str]:
        """Every member with its label, in declaration order."""
        return {member: member.label for member in cls}
