"""A page that names its talks section keeps its talks there.

Minutes and recaps head their programme (``## Talks``, ``## 分享``, ``## 议程``) and then
go on: remarks of each attendee (``### 脑洞`` / ``### 改进建议``: ``1. 名：remark``),
topics members may give some day (``## 未来分享议题``: ``1. 名：标题``), the next event's
plan. Those lists have the shape of a ``名：标题`` programme, but the author has said where
the programme is: a ``名：…`` line under another heading is not one of its talks.
"""

from __future__ import annotations

import re

from .blocks import Unit
from .headers import Header
from .patterns import LazyPattern

#: the regions of :func:`.talks._regions` that are the talks section or one of its talks
_TALKS = frozenset({"talks", "talk", "inside", "running"})
#: a schedule's words: such a section lists the whole evening (a welcome, a party, the
#: talks among them) and says less about where the talks are than ``## Talks`` does
_SCHEDULE = LazyPattern(
    r"流程|安排|日程|议程|agenda|schedule|program|ordre du jour|タイムテーブル|プログラム|line-?up",
    re.IGNORECASE,
)
#: what is read by its shape alone: ``名：标题`` lines, table rows
_SCOPED = frozenset({"line", "table"})
#: sections that say nothing of what they hold (``## 活动纪要``) or speak of the event
_ELSEWHERE = frozenset({"neutral", "event"})


def inside_the_talks(heads: list[Header], units: list[Unit], regions: list[str]) -> list[Header]:
    """``heads`` without the ``名：标题`` lines whose heading (the nearest above them) is
    another than the talks section or one of its talks (also when a line of their own
    announces them: ``补登记了会员的未来分享主题：``), when a heading names the talks
    section (``## Talks``, ``## 分享``; not a schedule, ``## 活动流程``) and talks were
    read in it."""
    sections = [i for i, unit in enumerate(units)
                if unit.kind == "heading" and regions[i] == "talks"
                and not _SCHEDULE.search(unit.text)]
    if not sections or not any(regions[head.index] in _TALKS for head in heads):
        return heads
    above: list[int] = []  # per unit, the nearest heading above it (or itself)
    last = -1
    for index, unit in enumerate(units):
        last = index if unit.kind == "heading" else last
        above.append(last)
    return [
        head for head in heads
        if not (head.style in _SCOPED and above[head.index] > sections[0]
                and regions[above[head.index]] in _ELSEWHERE)
    ]
