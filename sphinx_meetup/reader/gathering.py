"""A heading over several talks is their section, not one talk of theirs.

``### Session notes`` over three entries - a clock line, a title, ``Speaker: Name`` each
- reads like a heading talk whose lines go on to a speaker label; read as one talk, it
takes every entry's speaker. A clock line between two speaker labels under one heading
starts another entry of a timetable: the heading gathers several talks, and is none of
them. It is left in the text with what it covers (the entries are not guessed here).
"""

from __future__ import annotations

from .blocks import Unit
from .content import label_value
from .headers import Header
from .labels import Labels
from .patterns import LazyPattern

#: a clock time opening a line, after any bullet, emoji or emphasis (``🔹 10:15 AM``,
#: ``14:15-15:00《标题》``): where an agenda entry starts
_CLOCK_FIRST = LazyPattern(r"^[\W_]{0,6}\d{1,2}[:：]\d{2}(?!\d)")


def gathers_talks(head: Header, units: list[Unit], labels: Labels) -> bool:
    """Whether the heading ``head`` covers two speaker labels with a clock line between."""
    if head.style != "heading":
        return False
    labelled = False
    clock_after = False
    for unit in units[head.index + 1 : head.stop]:
        if unit.kind == "heading":
            continue
        if label_value(unit, labels, "speaker") is not None:
            if labelled and clock_after:
                return True
            labelled, clock_after = True, False
        elif labelled and _CLOCK_FIRST.match(unit.text):
            clock_after = True
    return False
