"""A heading that groups an agenda's timed rows is no talk (``## 上午`` over
``09:55-10:30 标题`` rows, ``#### Day 1``, ``#### Wednesday, November 5th``).

Under a talks section every sub-heading used to be read as a talk. A heading whose own
lines (before any heading below it) hold two or more rows that open with a clock time
is a group of the agenda, as a day heading is - whatever its words (a part of the day,
a track, a room): the rows are the talks, the heading is theirs. The evidence is the
shape of the section, not a word: day headings over timed rows on truthandsemantics and
kantorovich (read by their day words), a part of the day on skywalking's devcon.
Pure: units in, a yes or no out.
"""

from __future__ import annotations

from .blocks import Unit
from .headers import starts_with_clock

#: timed rows a heading's own lines must hold to group them
_MIN_ROWS = 2


def groups_timed_rows(units: list[Unit], index: int) -> bool:
    """Whether the heading ``units[index]`` is followed, before the next heading, by at
    least two rows that open with a clock time (and is not itself timed)."""
    if starts_with_clock(units[index].text):
        return False  # ``### 19:05-20:00 标题``: a timed talk of its own
    rows = 0
    for unit in units[index + 1 :]:
        if unit.kind == "heading":
            break
        if unit.first and starts_with_clock(unit.text):
            rows += 1
            if rows >= _MIN_ROWS:
                return True
    return False
