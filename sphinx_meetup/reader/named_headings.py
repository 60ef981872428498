"""Sibling headings that pair a title and a person, the person known by their given name.

``### Ann Example - Parsing with care``, ``### YouDebug - Wolfgang Schell`` and ``###
Ann Example: Parsing with care`` write a talk each; ``### Rust - Getting Started`` is a
title and its subtitle, ``### Berlin: Venue and Travel`` a place and what is said of it.
The shape alone cannot tell them apart - :mod:`.dashed_siblings` wants every sibling to
end with a name, :func:`.dashed_siblings.under_talks` a talks heading above them.
Knowing given names (:mod:`.given_names`) can: when at least two sibling headings (one
level, one parent, Latin script, no two alike) - and more than half of them - put a full
name led by a known given name, or people the front matter lists, on the same side of a
spaced dash (the person first or last), of a colon (the person first) or in a bracket
closing the heading (``### Title (Ann Example)``), and the other
side reads as a title (a capital first, no job, no known person), that side is the
speaker's. Then every sibling with a person's full name on that side is read alike
(``Walery Strauch``, whose given name the table lacks, beside two it knows); a sibling of
another shape stays as written. Likewise sibling headings whose first paragraph opens
with such a person and goes on about them (:func:`openers`). Pure: units in, headers
out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit, sibling_headings
from .bracket_items import CLOSING_BRACKET
from .confidence import SIBLING_SLOT
from .given_names import led_by_given_name, vouched_for
from .headers import Header, tidy_title
from .labels import Labels
from .name_items import a_latin_programme
from .names import (
    PARTICLES,
    Name,
    describes_someone,
    is_organisation,
    key,
    looks_like_name,
    split_names,
)
from .patterns import LazyPattern
from .slots import is_job

#: a spaced dash (a hyphen inside a word is no separator), or a colon after a word
_DASH = LazyPattern(r"\s+[-–—]{1,2}\s+(?=\S)")
_DASH_OR_COLON = LazyPattern(r"\s+[-–—]{1,2}\s+(?=\S)|(?<=\w)[:：]\s+(?=\S)")
#: ``Title (Ann Example)``: the last bracket closes the heading
_BRACKETED = LazyPattern(r"^(?P<title>[^()（）]*?\S)\s*+[(（](?P<who>[^()（）]{2,60})[)）]$")
#: a web address closing a heading after a spaced dash or a bar (``… - Ann Example -
#: example.co.uk``, the link text of the speaker's site): no title's or person's word
_SITE_LAST = LazyPattern(
    r"\s[-–—|]{1,2}\s++(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    # (not a file's or a library's name: ``node.js``, ``setup.py``)
    r"\.(?!(?:js|ts|py|rb|rs|go|md|sh)\b)[a-z]{2,6}(?:/\S*+)?$"
)
#: siblings with a known person on the same side that make the shape
_MIN_KNOWN = 2
#: label roles whose words name a kind of session or section, never a person
_NOT_NAMES = ("talks_section", "not_talks_section", "event_section", "break", "talk_part")


def read(
    units: list[Unit], known: Collection[str], labels: Labels, taken: Collection[int]
) -> dict[int, Header]:
    """Talk headers for sibling headings that pair titles with known people, by index."""
    heads: dict[int, Header] = {}
    for group in _free_siblings(units, taken):
        if not a_latin_programme(units, group):
            continue
        for person_first in (True, False, None):
            read_as = {index: found for index in group
                       if (sides := _sides(units[index].text, person_first)) is not None
                       and (found := _talk(*sides, known, labels)) is not None}
            sure = sum(1 for _title, _names, vouched in read_as.values() if vouched)
            if sure < _MIN_KNOWN or 2 * sure <= len(group):
                continue
            order = ("the person, a dash or colon, the title" if person_first
                     else "the title, a dash, the person" if person_first is not None
                     else "the title, the person in brackets")
            for index, (title, names, _vouched) in read_as.items():
                why = (f"line {units[index].line}: {order}, the given name known; "
                       f"{SIBLING_SLOT} ({sure} of {len(group)} sibling headings)")
                heads[index] = Header(index, "heading", title=title, slot=(index, names, why))
            break
    return heads


def _free_siblings(units: list[Unit], taken: Collection[int]) -> list[list[int]]:
    """The page's groups of sibling headings (two or more) none of which another rule
    has read; none on a page of fewer headings (most pages: no grouping at all)."""
    if sum(1 for unit in units if unit.kind == "heading") < _MIN_KNOWN:
        return []
    return [group for group in sibling_headings(units).values()
            if len(group) >= _MIN_KNOWN and not any(index in taken for index in group)]


def _sides(text: str, person_first: bool | None) -> tuple[str, str] | None:
    """The person's side and the title's side of a heading: the person before the first
    dash or colon, after the last dash (a title keeps its own dashes) or, ``None``, in
    the bracket closing it (``### Title (Ann Example)``)."""
    if (site := _SITE_LAST.search(text)) and site.start():
        text = text[: site.start()]  # ``Title - Ann Example - example.org``: her site
    if person_first is None:
        bracketed = _BRACKETED.match(text) if text.endswith(CLOSING_BRACKET) else None
        return (bracketed["who"], bracketed["title"]) if bracketed else None
    separators = list((_DASH_OR_COLON if person_first else _DASH).finditer(text))
    if not separators:
        return None
    separator = separators[0] if person_first else separators[-1]
    before, after = text[: separator.start()].strip(), text[separator.end():].strip()
    return (before, after) if person_first else (after, before)


def _talk(
    who: str, title: str, known: Collection[str], labels: Labels
) -> tuple[str, list[Name], bool] | None:
    """The title, the people and whether name knowledge vouches for every one of them -
    or ``None`` when the heading is no ``person - title`` pair."""
    title = tidy_title(title)
    if not title or title[0].islower() or is_job(title):
        return None  # (``Ann Example - engineer at Initech``: who she is, not a talk)
    if key(title) in known or (led_by_given_name(title) and looks_like_name(title, known)):
        return None  # both sides read as people: which one speaks is anyone's guess
    names = _role_to_the_end(who, split_names(who, known), known)
    if not names or any(
            is_organisation(name.name) or not looks_like_name(name.name, known, strict=True)
            for name in names):
        return None
    if labels.any_role("mention", _NOT_NAMES).search(who):
        return None  # ``Lightning Talks - Part 1``: the kind of a session, no one
    return title, names, all(vouched_for(name.name, known) for name in names)


def _role_to_the_end(who: str, names: list[Name], known: Collection[str]) -> list[Name]:
    """``Ann Example, Digital Strategist and Founding Partner at Acme``: what follows the
    first comma, to the end, says what she does - one person and her role, not people -
    unless name knowledge vouches for the second "person" (``Ann Example, Bo Sample and
    Cy Person at Acme``)."""
    _first, comma, rest = who.partition(", ")
    if len(names) < 2 or not comma or "," in rest or not describes_someone(rest):
        return names
    if vouched_for(names[1].name, known):
        return names
    return [Name(names[0].name, names[0].aliases, rest.strip())]


def openers(
    units: list[Unit], known: Collection[str], labels: Labels, taken: Collection[int]
) -> dict[int, Header]:
    """Talk headers for sibling headings whose first paragraph opens with a person known
    by their given name and goes on about them (``### Title`` then ``Facundo Example nos
    va a contar…``), by index: when two or more siblings, and most of them, open so, each
    such heading is a talk and the person its speaker (evidence named by
    ``show --explain``). A heading that reads as a person, or whose paragraph opens with
    no known name, stays as it is."""
    heads: dict[int, Header] = {}
    for group in _free_siblings(units, taken):
        opened = {index: found for index in group
                  if (found := _opener(units, index, known)) is not None}
        if len(opened) < _MIN_KNOWN or 2 * len(opened) <= len(group):
            continue
        for index, (at, name) in opened.items():
            title = tidy_title(units[index].text)
            # (a title of capitalised words, ``Scaling Postgres``, has the shape of a
            # name: when every sibling opens with a known person, only name knowledge
            # makes the heading a person's)
            person = looks_like_name(title, known) and (
                len(opened) < len(group) or vouched_for(title, known))
            if not title or person or is_job(title) or (
                    labels.any_role("mention", _NOT_NAMES).search(title)):
                continue
            why = (f"line {units[at].line}: the known person the paragraph under the heading "
                   f"opens with; {SIBLING_SLOT} ({len(opened)} of {len(group)} sibling "
                   "headings)")
            heads[index] = Header(index, "heading", title=title, slot=(at, [name], why))
    return heads


def titled_people(
    units: list[Unit], known: Collection[str], labels: Labels, taken: Collection[int]
) -> dict[int, Header]:
    """Talk headers for sibling headings that are each a person (``### Ann Example``,
    a full name led by a known given name, or a front-matter person) over a line that
    is only a title set apart - bold or in quotes (``**Parsing with care**``): when two
    or more siblings, and most of them, are written so, each is that person's talk,
    titled by the line. A person heading over a bio or a job stays as it is."""
    heads: dict[int, Header] = {}
    for group in _free_siblings(units, taken):
        titled = {index: found for index in group
                  if (found := _person_over_title(units, index, known, labels)) is not None}
        if len(titled) < _MIN_KNOWN or 2 * len(titled) <= len(group):
            continue
        for index, (title, name) in titled.items():
            why = (f"line {units[index].line}: the person the heading names, over the title "
                   f"line set apart; {SIBLING_SLOT} ({len(titled)} of {len(group)} sibling "
                   "headings)")
            heads[index] = Header(index, "heading", title=title, slot=(index, [name], why),
                                  wrapped=1)
    return heads


#: a title line set apart by quotes: ``“Parsing with care”``, ``"…"``, ``《…》``
_QUOTED_LINE = LazyPattern(r"^[\"“„«《](?P<title>[^\"“”„«»《》]{2,150})[\"”»》]$")


def _person_over_title(
    units: list[Unit], heading: int, known: Collection[str], labels: Labels
) -> tuple[str, Name] | None:
    """(title, person) when ``units[heading]`` is only a person's name and the line under
    it only a title, in bold or in quotes."""
    who = units[heading].text.strip()
    at = heading + 1
    if at >= len(units) or units[at].kind != "paragraph" or not units[at].alone:
        return None
    line = units[at]
    quoted = None if line.bold else _QUOTED_LINE.match(line.text.strip())
    if not line.bold and quoted is None:
        return None
    title = tidy_title(quoted["title"] if quoted else line.text)
    if not title or len(title) > _LONGEST_TITLE or is_job(title) or describes_someone(title):
        return None
    if looks_like_name(title, known) or labels.any_role("mention", _NOT_NAMES).search(title):
        return None
    if not vouched_for(who, known) or not looks_like_name(who, known, strict=True) or (
            is_organisation(who) or labels.any_role("mention", _NOT_NAMES).search(who)):
        return None
    return title, Name(who)


#: the longest line read as a talk's title under a person's heading
_LONGEST_TITLE = 150


def _opener(units: list[Unit], heading: int, known: Collection[str]) -> tuple[int, Name] | None:
    """(unit index, person) when the first paragraph under ``heading`` opens with a full
    name led by a known given name (or a front-matter person) and goes on."""
    at = heading + 1
    if at >= len(units) or units[at].kind != "paragraph" or not units[at].first:
        return None
    words = units[at].text.lstrip("*_ ").split()
    taken: list[str] = []
    for word in words[:_MAX_NAME_WORDS + 1]:
        bare = word.rstrip(",;:*_")
        if bare and (bare[0].isupper() or (taken and bare.casefold() in PARTICLES)):
            taken.append(bare)
            if bare != word:
                break  # ``Ann Example,``: a comma or emphasis closes the name
            continue
        break
    while taken and taken[-1].casefold() in PARTICLES:
        taken.pop()
    if not 2 <= len(taken) <= _MAX_NAME_WORDS or len(taken) == len(words):
        return None  # (a line that is only a name is :func:`.siblings.names_under`'s)
    name = " ".join(taken)
    if not vouched_for(name, known) or not looks_like_name(
            name, known, strict=True) or is_organisation(name):
        return None
    return at, Name(name)


#: the words of a full name opening a sentence, at most
_MAX_NAME_WORDS = 4
