"""Sibling talk headings whose sections each link one person: that person speaks.

An announcement describes each talk under its heading in prose, and names the speaker
the way prose on the web does - as a link to their profile, somewhere in a sentence
(``### Title`` … ``ce que [Ann Example](https://…) va vous présenter``). One linked name
in one section is prose (a section may cite someone); the evidence is the repeated
shape: two or more talk headings of one level under one parent, every one of them
linking exactly one person - a full name (two capitalised words or more, or a name the
front matter knows), no organisation, no job - and no talk of that group already
naming someone. Then each is its section's speaker.

A link that is the whole first paragraph under its heading (``### Title`` then
``[Ann Example](https://…)``, maybe followed by a bracket of the talk's own links:
``([video](…), [slides](…))``) is the speaker line itself: one such heading is enough,
and the link may be a handle (``[@ann](https://…)``), the person's name as they go by
online. Pure: headers in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit, sibling_headings
from .confidence import OPENING_HANDLE, SIBLING_SLOT
from .headers import Header
from .names import (
    HANDLE,
    Name,
    describes_someone,
    is_organisation,
    key,
    looks_like_name,
    parse_name,
)
from .patterns import LazyPattern

#: sibling headings that must share the shape
_MIN_SIBLINGS = 2


def attach(heads: list[Header], units: list[Unit], known: Collection[str]) -> None:
    """Give each talk heading of a sibling group that shares the shape its person."""
    by_index = {head.index: head for head in heads}
    groups = [
        [by_index[index] for index in indexes if index in by_index
         and by_index[index].style == "heading" and by_index[index].kind == "talk"]
        for indexes in sibling_headings(units).values()
    ]
    for group in groups:
        if not group or any(head.names or head.slot for head in group):
            continue
        found = [_linked_person(units, head.index, known) for head in group]
        people = [person for person in found if person is not None]
        if len(people) < len(group):
            continue
        alone = all(how != _IN_PROSE for _name, _line, how in people)
        if len(group) < _MIN_SIBLINGS and not alone:
            continue
        for head, (name, line, how) in zip(group, people, strict=True):
            why = (f"line {line}: {how}" if alone else
                   f"line {line}: the one person the talk's section links; "
                   f"{SIBLING_SLOT} ({len(group)} sibling headings)")
            head.slot = (head.index, [name], why)


#: how a section links its person: alone as its first paragraph (a name or a handle),
#: or in its prose
_ALONE = "the link alone under the talk's heading"
_IN_PROSE = "in the section's prose"


def _linked_person(units: list[Unit], index: int, known: Collection[str]) -> (
    tuple[Name, int, str] | None
):
    """The one person the section under heading ``index`` links by name, with the line
    of the link and how the section links them (:data:`_ALONE`, :data:`OPENING_HANDLE`
    or :data:`_IN_PROSE`); ``None`` when it links none, or two (whose talk is it?)."""
    found: tuple[Name, int, str] | None = None
    opening = _opening_link(units, index)
    for at in range(index + 1, len(units)):
        unit = units[at]
        if unit.kind == "heading":
            break
        if not unit.first:
            continue  # (each block's links are looked at once, from its first line)
        for text, _url in unit.block.links:
            written = " ".join(text.split())
            alone = at == index + 1 and written == opening
            handle = HANDLE.fullmatch(written) if alone else None
            if handle is None and not _is_person(written, known):
                continue
            name = Name(handle["handle"]) if handle else parse_name(written)
            if found is not None and key(found[0].name) != key(name.name):
                return None
            how = OPENING_HANDLE if handle else _ALONE if alone else _IN_PROSE
            found = found or (name, unit.line, how)
    return found


#: what may follow the opening link on its line: a bracket of the talk's own links
_LINKS_AFTER = LazyPattern(r"\s*+(?:[(（][^()（）]*[)）])?\s*+")


def _opening_link(units: list[Unit], index: int) -> str | None:
    """The text of the link that is the whole first paragraph under heading ``index``
    (a bracket of further links may follow it: ``[Ann](…) ([video](…))``)."""
    if index + 1 >= len(units):
        return None
    unit = units[index + 1]
    if unit.kind != "paragraph" or not unit.alone or not unit.block.links:
        return None
    text = " ".join(unit.block.links[0][0].split())
    written = " ".join(unit.text.split())
    if not text or not written.startswith(text):
        return None
    return text if _LINKS_AFTER.fullmatch(written, len(text)) else None


def _is_person(text: str, known: Collection[str]) -> bool:
    """A link's text that is a person's name and nothing else."""
    if not text or describes_someone(text) or is_organisation(text):
        return False
    name = parse_name(text)
    if name.name != text:
        return False
    return key(text) in known or looks_like_name(text, known, strict=True)
