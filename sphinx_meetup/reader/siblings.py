"""Agenda entries read alike: when most timed entries of a page say ``Name (Org):
Title``, an entry that the line-by-line reading split another way (``… by Topics``
taken for a speaker) or whose title went to the next line (``**Name** (Org):`` then
the title) is read in that shape too.

Evidence, not shapes: the name must read as a person (a full name, or one the front
matter knows) and at least two sibling entries - and most of those that name someone -
must already have been read in that shape on their own. Talk headings likewise
(:func:`names_under`): a person alone on the first line under every heading that names
no one, and under two or more, is each talk's speaker. Pure: headers (and the talks
read from them) in, the same out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from ..model import Talk
from .blocks import Unit
from .by_words import BY
from .confidence import speaker_doubt
from .given_names import vouched_for
from .headers import Header, tidy_title, timed_rest, who_colon_parts, who_then_title
from .labels import Labels
from .names import (
    Name,
    is_organisation,
    key,
    looks_like_name,
    name_parts,
    parse_name,
    says_how,
    split_names,
)
from .patterns import LazyPattern

#: a line that opens with ``by`` / ``par`` / ``von``: the by-line reading's, not a name
_BY_OPENING = LazyPattern(rf"^(?:{BY})\s", re.IGNORECASE)


#: an entry read in a shape: its title and people, or ``None``
_Reading = tuple[str, list[Name]] | None


def _read_alike(
    heads: list[Header], read: Callable[[Header], _Reading]
) -> tuple[list[tuple[Header, _Reading]], int]:
    """The timed entries of ``heads`` (no slot yet), each read by ``read``, and how many
    were already read in that shape on their own - 0 when too few for the shape to be
    their siblings': three entries or more, two agreeing and at least half of those
    that name someone."""
    entries = [head for head in heads if head.style == "timed" and head.slot is None]
    if len(entries) < 3:
        return [], 0
    readings = [(head, read(head)) for head in entries]
    agreeing = sum(1 for head, found in readings if found and _same(head, found))
    named = sum(1 for head in entries if head.names)
    return readings, agreeing if agreeing >= 2 and agreeing * 2 >= named else 0


def align(heads: list[Header], units: list[Unit], known: Collection[str]) -> None:
    """Re-read the timed entries of ``heads`` that break their siblings' shape."""
    readings, agreeing = _read_alike(heads, lambda head: _who_colon(head, units, known))
    if not agreeing:
        return
    for head, found in readings:
        if found is None or _same(head, found):
            continue
        title, people = found
        line = units[head.index].line
        why = (f"line {line}: name before the colon, the shape of {agreeing} sibling "
               "agenda entries")
        slot = head.index
        if not title:  # ``**Name** (Org):`` and the title on the entry's next line
            slot += 1
            if slot >= len(units) or units[slot].block is not units[head.index].block:
                continue  # no next line of its own (``… (Org): :`` closing the page)
            title = tidy_title(units[slot].text)
            why += f"; the title on line {units[slot].line}"
        head.title, head.names = title, []
        head.slot = (slot, people, why)


def who_first(
    heads: list[Header], units: list[Unit], known: Collection[str], labels: Labels
) -> None:
    """``19:30 - Peto Example, Application deployment``: a timed entry whose name before
    the comma (or dash) no given name the reader knows vouches for, beside two or more
    entries of that shape whose names one does (read so line by line): its speaker, as
    theirs. The name must still read as a person's full name and not as a label's, an
    organisation's, a technology's or a break's words."""
    readings, agreeing = _read_alike(
        heads, lambda head: _who_first(head, units, known, labels))
    if not agreeing:
        return
    for head, found in readings:
        if found is None or head.names:
            continue
        title, people = found
        head.title = title
        head.slot = (head.index, people, f"line {units[head.index].line}: the name before "
                     f"the comma, the shape of {agreeing} sibling agenda entries")


def _who_first(
    head: Header, units: list[Unit], known: Collection[str], labels: Labels
) -> tuple[str, list[Name]] | None:
    """The entry read as ``Name, Title`` (the title opening as a title does)."""
    rest = timed_rest(units[head.index].text, tidy=False)
    shape = who_then_title(rest) if rest else None
    if shape is None:
        return None
    who, title = shape
    names = split_names(who, known)
    if not names or not title[:1].isupper() or len(title.split()) < 2:
        return None
    for name in names:
        if key(name.name) in known:
            continue
        if not looks_like_name(name.name, known, strict=True) or says_how(name.name) or (
                is_organisation(name.name) or speaker_doubt(name.name, labels, known)
                or labels.mention("break").search(name.name)):
            return None  # (``Beer Garden Tour, …``: capitalised as a name is, a break's)
    return tidy_title(title), names


#: ``Title (Name, Organisation)`` / ``Title (Name)`` at the end of an agenda entry
_BRACKET_SLOT = LazyPattern(r"^(?P<title>.*\S)\s*+[(（](?P<inner>[^()（）]{3,120})[)）]$")


def brackets(heads: list[Header], units: list[Unit], known: Collection[str]) -> None:
    """``19:00 Talk: Feature stores (Lena Kovac, Datalab)``: a full name and what they
    do in a bracket closing a timed entry is its speaker slot; a bracket with only a
    full name (``(Ravi Shah)``) is one when a sibling entry gives the name-and-employer
    form."""
    found: list[tuple[Header, str, list[Name], bool]] = []
    for head in heads:
        if head.style != "timed" or head.names or head.slot is not None or not head.title:
            continue
        match = _BRACKET_SLOT.match(head.title)
        if match is None:
            continue
        people = split_names(match["inner"], known)
        if not people or not all(
            key(p.name) in known
            or (looks_like_name(p.name, known, strict=True) and not says_how(p.name))
            for p in people
        ):
            continue
        strong = len(people) == 1 and bool(people[0].affiliation)
        found.append((head, match["title"], people, strong))
    sure = sum(1 for *_, strong in found if strong)
    # or two entries and more whose brackets hold full names led by known given names
    # (``19:00 Intro to eBPF (Ann Example)``): the repeated shape and the names vouch -
    # each for itself (``20:30 Drinks (Main Hall)`` is capitalised as a name is)
    vouched = [head for head, _title, people, _strong in found
               if all(vouched_for(person.name, known) for person in people)]
    for head, title, people, strong in found:
        if not strong and not sure and (len(vouched) < _MIN_VOUCHED or head not in vouched):
            continue
        line = units[head.index].line
        shape = ("name and employer" if strong else f"a name, as {sure} sibling entries"
                 if sure else f"a full name led by a known given name, as in {len(vouched)} "
                 "sibling entries")
        head.title = tidy_title(title)
        head.slot = (head.index, people, f"line {line}: in the bracket after the title "
                     f"({shape})")


#: timed entries closing with a vouched-for name in brackets that make the shape
_MIN_VOUCHED = 2


def _who_colon(
    head: Header, units: list[Unit], known: Collection[str]
) -> tuple[str, list[Name]] | None:
    """The entry read as ``Name (Org): Title`` (title ``""`` when on the next line)."""
    unit = units[head.index]
    rest = timed_rest(unit.text, tidy=False)
    parts = who_colon_parts(rest) if rest else None
    if parts is None:
        return None
    who, inner, title = parts
    names = split_names(who, known)
    if not names or not all(
        key(n.name) in known or looks_like_name(n.name, known, strict=True) for n in names
    ):
        return None
    if not title and (unit.alone or units[head.index + 1 : head.index + 2] == []
                      or units[head.index + 1].block is not unit.block):
        return None  # the line ends at the colon and no line of its own follows
    if inner and len(names) == 1:
        names[0] = parse_name(f"{names[0].name}（{inner}）")
    return tidy_title(title), names


def _same(head: Header, found: tuple[str, list[Name]]) -> bool:
    title, people = found
    return bool(title) and head.title == title and [n.name for n in head.names] == [
        n.name for n in people
    ]


#: talk headings of one page that must open with a lone name before any of them does
_MIN_NAMED_HEADINGS = 2
#: a line of two or three people's names at most
_LONE_NAMES_LENGTH = 80


def names_under(pairs: list[tuple[Talk, Header]], units: list[Unit],
                known: Collection[str]) -> None:
    """Talks read from headings whose first line is a person alone (``## Title`` then
    ``* Ann Example``, or ``Ann Example`` as its own paragraph), no speaker read: the
    name is the talk's speaker when two or more of the page's talk headings, and every
    one of them that names no one, open so. One heading that does is as often a
    heading over a bio."""
    headings = [(talk, head) for talk, head in pairs
                if head.style == "heading" and talk.kind == "talk"]
    unnamed = [(talk, head) for talk, head in headings if not talk.speakers]
    if len(headings) < _MIN_NAMED_HEADINGS or not unnamed:
        return
    opening: dict[int, tuple[Unit, list[Name]]] = {}
    for talk, head in headings:
        at = head.index + 1
        if at < len(units) and (names := _lone_names(units[at], known)):
            opening[id(talk)] = (units[at], names)
    if len(opening) < _MIN_NAMED_HEADINGS or any(id(talk) not in opening
                                                 for talk, _ in unnamed):
        return  # a heading naming no one that does not open so: no shape shared
    for talk, _head in unnamed:
        unit, names = opening[id(talk)]
        talk.speakers = [name.name for name in names]
        for name in names:
            if name.affiliation:
                talk.affiliations.setdefault(name.name, name.affiliation)
            talk.evidence[name.name] = (
                f"line {unit.line}: the person alone on the first line under the heading, "
                f"as under the page's other talk headings ({len(headings)})")
        first, _, rest = talk.abstract.partition("\n")
        if first.strip().lstrip("-*+ ").strip(" *_") == unit.text.strip(" *_"):
            talk.abstract = rest.strip("\n")  # the name's line is the slot, not the text


def _lone_names(unit: Unit, known: Collection[str]) -> list[Name]:
    """The people of a line that is nothing but their full names (``Ann Example``,
    ``Ann Example & Bo Lind``): no role, no organisation, no ``by``, no sentence."""
    if unit.kind not in {"item", "paragraph"} or not unit.first or not unit.alone:
        return []
    text = unit.text.strip(" *_")
    code = None
    if (tail := _CODE_AFTER.search(text)) is not None:
        # ``Peter Example - G3ABC``: a call sign or handle after the name, no words
        text, code = text[: tail.start()], tail["code"]
    if (not text or len(text) > _LONE_NAMES_LENGTH or any(mark in text for mark in ",:;()（）")
            or _BY_OPENING.match(text)):
        return []
    names = split_names(text, known)
    if not names or [name.name for name in names] != name_parts(text) or not all(
            key(name.name) in known or (looks_like_name(name.name, known)
                                         and " " in name.name) for name in names):
        return []  # (``Quill OS is an operating system``: a sentence, its subject no one)
    if code is not None and len(names) == 1:
        names[0].affiliation = names[0].affiliation or code
    return names if code is None or len(names) == 1 else []


#: `` - G3ABC`` / `` - @ann_ex`` closing a name line: one word holding a digit or an ``@``
#: or in capitals (a call sign, a handle), which names no one else
_CODE_AFTER = LazyPattern(r"\s[-–—]\s(?P<code>@?(?=\S*[\d@]|[A-Z]{2,}\b)[\w@.]{2,20})$")
