"""An agenda row broken by an HTML line break: ``14:00-14:30 标题 <br>名 职位``.

A timed row followed by a ``名 职位`` line is a talk and its speaker slot (sofastack
writes the slot as the next paragraph, skywalking's devcon as the next paragraph and
its 2022 summit after a ``<br>`` in the same line). A ``<br>`` is a line break, so the
words after it are that next line: they are a speaker only when they read as a slot
(a person followed by a job or employer word, :func:`.slots.slot_names`); anything
else after the break stays part of the row as before. Pure: text in, text out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import plain
from .names import Name
from .patterns import LazyPattern
from .slots import slot_names

#: an HTML line break with words after it
_BREAK = LazyPattern(r"\s*+<br\s*+/?>\s*+(?=\S)", re.IGNORECASE)


def row_and_slot(source: str, known: Collection[str]) -> tuple[str, list[Name]] | None:
    """``(the row before the break, the people of the slot after it)``, or ``None`` when
    the line has no break or what follows it is no speaker slot."""
    if "<br" not in source and "<BR" not in source:
        return None  # (the common case: one substring test)
    parts = _BREAK.split(source, maxsplit=1)
    if len(parts) != 2:
        return None
    people = slot_names(plain(parts[1]), known)
    if not people:
        return None
    return plain(parts[0]), people


def row_before_break(source: str) -> str | None:
    """The row's text before its first HTML line break (``None`` when it has none or is
    nothing before it): what follows a break is no part of a name or title before it."""
    if "<br" not in source and "<BR" not in source:
        return None
    before = plain(_BREAK.split(source, maxsplit=1)[0])
    return before or None
