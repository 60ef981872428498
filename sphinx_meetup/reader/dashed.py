"""Talk headings that end with their speaker after a spaced dash: ``### Title - Name``.

A dash also joins the two halves of a title (``Python and .NET - A Match Made in
Heaven``) or a date to an event (``June Meetup - June 4``), so the shape alone is no
evidence. The tail is a speaker only when it reads as a name and the page names that
person again outside the heading - in an image's alt text (an avatar), a link's text, a
bio or the prose - or the front matter knows them; a one-word tail (``- Mariatta``)
only when the front matter knows it (a single word alone is no evidence of a person,
and the confidence check would doubt the whole page for it). A ``Talk:`` kind label
before the title (``### _Talk:_ Title - Name``) is left out of it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import Unit
from .headers import Header, tidy_title
from .names import key, looks_like_name, parse_name

#: the last spaced dash of a heading: what follows it is the candidate name
_LAST_DASH = re.compile(r"\s[-–—]{1,2}\s+(?=\S)")
#: a name after a title is short (longer tails are prose or a subtitle)
_MAX_TAIL = 60


def dash_headings(units: list[Unit], known: Collection[str]) -> dict[int, Header]:
    """Headings ``Title - Name`` whose name the page gives evidence for, by unit index."""
    candidates: list[tuple[int, str, str]] = []
    for index, unit in enumerate(units):
        if unit.kind != "heading":
            continue
        text = unit.text
        if " -" not in text and "–" not in text and "—" not in text:
            continue  # (most headings: no dash to split at)
        split = _split(text)
        if split is None:
            continue
        title, tail = split
        name = parse_name(tail)
        if not name.name or name.name != tail or not looks_like_name(tail, known, strict=True):
            continue  # (a name the front matter knows counts, one word or more)
        candidates.append((index, title, tail))
    heads: dict[int, Header] = {}
    for index, title, tail in candidates:
        unit = units[index]
        known_here = bool(known) and key(tail) in known
        where = None if known_here else _named_elsewhere(units, index, tail)
        if not known_here and where is None:
            continue
        title = tidy_title(title)
        if not title:
            continue
        why = (
            f"line {unit.line}: after the dash that ends the heading, "
            + ("a front-matter speaker" if known_here else f"named again on line {where}")
        )
        heads[index] = Header(index, "heading", title=title, slot=(index, [parse_name(tail)], why))
    return heads


def _split(text: str) -> tuple[str, str] | None:
    """(title, tail) at the heading's last spaced dash, else ``None``."""
    dashes = list(_LAST_DASH.finditer(text))
    if not dashes:
        return None
    found = dashes[-1]
    title, tail = text[: found.start()].strip(), text[found.end() :].strip()
    if not title or not tail or len(tail) > _MAX_TAIL:
        return None
    return title, tail


def _named_elsewhere(units: list[Unit], heading: int, name: str) -> int | None:
    """The file line of the first unit other than the heading whose source names
    ``name`` as whole words (an avatar's alt text, a link, a bio), else ``None``."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for index, unit in enumerate(units):
        if index != heading and name in unit.source and pattern.search(unit.source):
            return unit.line
    return None
