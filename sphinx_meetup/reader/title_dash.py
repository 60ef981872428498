"""List items ``Title - Ann Example (Org)``, read by their shared shape and by names.

The reverse of :mod:`.name_dash`'s lines, in a list: ``1. Apresentação: Criando Design
Patterns - com Ann Example e Bo Sample (Guava)``. A dash inside a title is common, so
the evidence is the people: the words after the item's last spaced dash (after ``with``,
``com``, ``avec``… when written) are people only when every one is a full name led by a
known given name, or a full name linked to the person's own page (``[Ann
Example](https://twitter.com/ann)``), maybe followed by their organisation in brackets.
Two items or more of one list must read so; the list's other items may only be short
slots of the evening (``Abertura``, ``Networking``: three words at most, no dash), which
stay no talk. And the list must say it holds talks beyond its shape: it stands in a
talks section, or an item gives a kind label (``Talk:``), a joining word (``com``), the
people's organisation or a link to a person's own page (a speaker introduced so, not an
author cited) - a bare ``- Clean Code - Robert Martin`` list may be books and their
authors.

Pure: units and headers in, headers out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import Unit
from .confidence import SIBLING_SLOT
from .given_names import led_by_given_name
from .headers import Header, tidy_title
from .names import is_organisation, key, looks_like_name, split_names
from .patterns import LazyPattern
from .slots import is_job
from .titled import is_profile

#: the title, the item's last spaced dash, a joining word, the people, their bracket
_TITLE_DASH = LazyPattern(
    r"^(?P<title>\S.*?)\s+[-–—]{1,2}\s+(?P<join>(?:with|com|avec|con|mit|met|par|por|by|de)\s+)?"
    r"(?P<who>[^-–—()（）]+?)\s*+(?:[(（](?P<org>[^()（）]{1,60})[)）])?\s*$",
    re.IGNORECASE,
)
#: a link in an item's source: its text and its address
_LINK = LazyPattern(r"\[(?P<text>[^\[\]]{2,60})\]\((?P<url>[^()\s]+)\)")
#: a slot of the evening among the talks: a few words, no dash
_SHORT = 3
#: a run of such items: at least this many
_MIN_ITEMS = 2


def read(units: list[Unit], heads: list[Header], regions: list[str],
         known: Collection[str]) -> list[Header]:
    """Headers for the lists whose items (two or more, the others short slots) all read
    ``Title - Full Name (Org)``."""
    lists = _lists(units, regions)
    if not lists:
        return []
    read_at = {head.index for head in heads}
    added: list[Header] = []
    for items in lists:
        if any(index in read_at for index in items):
            continue
        found: list[tuple[int, str, list, bool]] = []
        for index in items:
            text = units[index].text
            split = _split(text, known, _profiled(units[index].source)) if (
                "-" in text or "–" in text or "—" in text) else None
            if split is not None:
                found.append((index, *split))
            elif len(text.split()) > _SHORT or any(dash in text for dash in "-–—"):
                found = []
                break
        if len(found) < _MIN_ITEMS or not (
                any(regions[index] == "talks" for index in items)
                or any(marked for *_, marked in found)):
            continue  # (``- Clean Code - Robert Martin``: books and their authors, maybe)
        for index, title, names, _marked in found:
            why = (f"line {units[index].line}: the title, a dash, full names led by known "
                   f"given names; {SIBLING_SLOT} ({len(found)} items of the list)")
            added.append(Header(index, "line", title=title, own_only=True,
                                slot=(index, names, why)))
    return added


def _profiled(source: str) -> frozenset[str]:
    """The name keys of the links in ``source`` to a person's own page."""
    if "](" not in source:
        return frozenset()
    return frozenset(key(link["text"].strip("*_ ")) for link in _LINK.finditer(source)
                     if is_profile(link["url"]))


def _split(
    text: str, known: Collection[str], profiled: frozenset[str] = frozenset()
) -> tuple[str, list, bool] | None:
    """The title and the people of a ``Title - Full Name (Org)`` item, and whether the
    item says it is a talk beyond its shape (a kind label, a joining word, the people's
    organisation, a link to a person's own page), else ``None``. ``profiled``: the name
    keys the item links to their own pages."""
    if "*" in text:  # (``**Title **- Ann``: emphasis markdown left unread, around the dash)
        text = " ".join(text.replace("*", " ").split())
    match = _TITLE_DASH.match(text)
    if match is None:
        return None
    names = split_names(match["who"].strip(), known)
    written = match["title"].strip().rstrip(" .:-–—")
    title = tidy_title(written)
    linked = bool(names) and all(key(name.name) in profiled and looks_like_name(
        name.name, known, strict=True) for name in names)
    marked = bool(match["org"] or match["join"] or title != " ".join(written.split())
                  or linked)
    if not names or not title or is_job(title) or any(
            is_organisation(name.name) or not (led_by_given_name(name.name) or linked)
            for name in names):
        return None
    if match["org"]:
        for name in names:
            name.affiliation = name.affiliation or match["org"].strip()
    return title, names, marked


def _lists(units: list[Unit], regions: list[str]) -> list[list[int]]:
    """The items of each list (one line each, consecutive, outside sections that hold no
    talks), by index."""
    lists: list[list[int]] = []
    items: list[int] = []
    for index, unit in enumerate(units):
        item = (unit.kind == "item" and unit.first and unit.alone
                and regions[index] not in {"other", "inside"})
        if item and (not items or items[-1] == index - 1):
            items.append(index)
            continue
        if items and _dashed(units, items) >= _MIN_ITEMS:
            lists.append(items)
        items = [index] if item else []
    if items and _dashed(units, items) >= _MIN_ITEMS:
        lists.append(items)
    return lists


def _dashed(units: list[Unit], items: list[int]) -> int:
    """How many of the items hold a dash (a list with fewer than two is no run)."""
    if len(items) < _MIN_ITEMS:
        return 0
    return sum(1 for index in items if any(dash in units[index].text for dash in "-–—"))
