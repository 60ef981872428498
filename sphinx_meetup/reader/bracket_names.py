"""Agenda items that close their title with a bracket ending in the speaker's name.

``- 标题（机构-名 14:00-14:20）``, ``- 14:00 - 14:40 标题（机构 & 角色   名）[PPT](…)``,
``- 标题（角色 名）``: the bracket holds where the person works or what they are, then
their name last (a time range may close it). The name must be strictly one (a
surname-led Chinese name of two or three characters, four with a double surname, or a
front-matter name) and the words before it an employer or a role: such an entry is
read (the name-and-employer form :mod:`.siblings` also trusts), and beside it, in its
own list, an entry whose bracket holds the name alone or a name the surname list does
not know (a list of books and their authors has no such certain entry). An item that
names no one there (``自由讨论``) stays as written. Pure: headers in, headers out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .blocks import Unit, item_run
from .headers import Header, tidy_title
from .names import Name, is_double_surname, key, looks_like_name, parse_name
from .patterns import LazyPattern

#: ``标题（…）`` closing the item, link words (``PPT``) and a full stop allowed after it
_CLOSING = LazyPattern(
    r"^(?P<title>.*?\S)\s*+[（(](?P<inner>[^（）()]{2,80})[)）]"
    r"(?:\s*+(?:PPT|PDF|slides|视频|幻灯片?))*\s*+[。.]?\s*$",
    re.IGNORECASE,
)
#: a clock range in the bracket (``14:00-14:20``)
_TIMES = LazyPattern(r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[-–—~～〜至]\s*\d{1,2}\s*[:：]\s*\d{2})?")
#: what parts the employer, the role and the name
_PARTS = LazyPattern(r"\s+|\s*(?:[-–—/]|&{1,2}|＆)\s*")
#: a speaker label, which says nothing of what the person does
_LABEL = LazyPattern(r"^(?:by|von|par|讲师|主讲人?|分享人|嘉宾|speakers?)[:：]?$", re.IGNORECASE)


def read(heads: list[Header], units: list[Unit], known: Collection[str],
         regions: Sequence[str] = ()) -> list[Header]:
    """Give the timed entries of ``heads`` whose bracket ends in a name their speaker;
    return headers for the untimed list items of that shape. ``regions`` (per unit,
    as :func:`.talks.find_talks` reads them) say which lists stand under a heading that
    names the programme (``## 活动议程``)."""
    taken = {head.index: head for head in heads}
    timed = [head for head in heads if head.style == "timed" and not head.names
             and head.slot is None and head.title]
    found: list[tuple[int, Header | None, str, Name, bool, bool]] = [
        (head.index, head, match["title"], *slot) for head in timed
        if (match := _CLOSING.match(head.title)) and (slot := _slot(match["inner"], known))
    ]
    items = [index for index, unit in enumerate(units)
             if unit.kind == "item" and unit.first and index not in taken
             and unit.text.endswith(("）", ")", "。", "PPT", "）。"))]
    for index in items:
        match = _CLOSING.match(units[index].text)
        if match and (slot := _slot(match["inner"], known)):
            found.append((index, None, match["title"], *slot))
    added: list[Header] = []
    # an entry whose bracket gives both a strict name and what the person does
    certain = [entry[0] for entry in found if entry[4] and entry[5]]
    # under a heading that names the programme (``## 活动议程``), entries whose bracket
    # is strictly one name: two of one list are its talks (a list of books is no agenda)
    listed = [entry[0] for entry in found if entry[5] and entry[1] is None
              and entry[0] < len(regions) and regions[entry[0]] == "talks"]
    for index, head, title, name, strong, strict in found:
        # a bare name, or a word the surname list does not know, reads only beside such
        # an entry of its own list (``（周某）`` items alone may be books and authors)
        if not (strong and strict) and not _beside_certain(units, index, certain) and not (
            index in listed and _beside_certain(units, index, listed)
        ):
            continue
        title = tidy_title(title)
        if not title:
            continue
        line = units[index].line
        why = (f"line {line}: the name last in the bracket closing the entry"
               + (" (after their employer or role)" if strong
                  else ", as a sibling item's" if _beside_certain(units, index, certain)
                  else ", as a sibling item's in the list under the programme heading"))
        if head is not None:
            head.title, head.slot = title, (index, [name], why)
        else:
            added.append(Header(index, "line", title=title, own_only=True,
                                slot=(index, [name], why)))
    return added


def _slot(inner: str, known: Collection[str]) -> tuple[Name, bool, bool] | None:
    """The person last in ``inner``, whether words before them say what they do, and
    whether the name is strictly one (else a two- or three-character word that may be)."""
    inner = _TIMES.sub(" ", inner).strip(" \t,，;；")
    parts = [part for part in _PARTS.split(inner) if part]
    if not parts:
        return None
    last = parts[-1]
    strict = _person(last, known)
    if strict is None:
        return None
    # what stands before the name says what they do (not a ``by`` / ``讲师`` label)
    does = any(not _LABEL.match(part) for part in parts[:-1])
    return parse_name(last), does, strict


def _person(text: str, known: Collection[str]) -> bool | None:
    """``True`` for a name, ``False`` for a word that may be one, ``None`` for none."""
    if key(text) in known:
        return True
    if text.isascii() or not 2 <= len(text) <= 4:
        return None
    if len(text) == 4:
        return True if is_double_surname(text[:2]) else None
    if looks_like_name(text, known, strict=True):
        return True
    return False if looks_like_name(text, known, strict=False) else None


def _beside_certain(units: list[Unit], index: int, certain: list[int]) -> bool:
    """Whether another entry of the same list (or agenda) is a certain one."""
    run = item_run(units, index)
    return any(other in run and other != index for other in certain)
