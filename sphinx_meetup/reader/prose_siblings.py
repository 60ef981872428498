"""Sibling headings whose sections open by saying who will give the talk.

Announcements often describe each talk under its own heading and name the speaker only
in the first sentence: ``Ann will show us how…``, ``Ann Example is going to present…``,
``Join Ann (Data Engineer, Example Labs) for a tour of…``. One such sentence is prose;
the shape is evidence when sibling headings share it: two or more headings of one level
under one parent, more than half of them, open their section so. It is the English
form of :mod:`.recap_sections` (``某公司工程师王五分享了…`` opening Chinese recaps'
sections), with the same prose verbs the reader already takes for a page's one talk
(``will present``, ``will show``, ``présentera``…). A heading of the group that opens
otherwise (``## Open Workshop``: time for everyone) is left as it was. A ``Join`` opening
names a person only with a bracketed role that describes someone, or a full name
(``Join us``, ``Join Example Labs for pizza`` name nobody). Pure: units in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit, opening_paragraph, sibling_headings
from .confidence import SIBLING_SLOT
from .headers import Header, bare_marker, tidy_title
from .labels import Labels
from .names import Name, describes_someone, is_organisation, key, looks_like_name, parse_name
from .patterns import LazyPattern

#: ``Ann will show us…`` / ``Ann Example is going to present…`` opening a paragraph
_WILL = LazyPattern(
    r"^(?P<name>[A-Z][\w'’\-]+(?:\s++(?:[A-Z][\w'’\-]+|van|de|der|den|von|du)){0,3})\s++"
    r"(?:will|is\s+going\s+to)\s+(?:talk|present|describe|speak|share|give|show|tell|discuss|"
    r"explain|introduce|demonstrate|teach|take\s+us\s+through|walk\s+us\s+through|"
    r"guide\s+us)\b"
)
#: ``Join Ann (Data Analyst) on…`` / ``Join Ann Example for…`` opening a paragraph
_JOIN = LazyPattern(
    r"^Join\s++(?P<name>[A-Z][\w'’\-]+(?:\s++[A-Z][\w'’\-]+){0,3})"
    r"(?:\s*+\((?P<role>[^()\n]{2,80}+)\))?\s++(?:on|for|in|as)\b"
)
#: sibling headings that must share the shape
_MIN_SIBLINGS = 2
#: how much of the opening paragraph is read
_OPENING = 200


def read(
    units: list[Unit], labels: Labels, known: Collection[str], taken: Collection[int]
) -> dict[int, Header]:
    """Talk headers for sibling headings whose sections open by naming who will give
    the talk, by unit index."""
    # (most pages open no two paragraphs so: no headings to group)
    if sum(1 for unit in units if _may_open(unit)) < _MIN_SIBLINGS:
        return {}
    groups = sibling_headings(units)
    aside = labels.heading("not_talks_section")
    heads: dict[int, Header] = {}
    for group in groups.values():
        if len(group) < _MIN_SIBLINGS or any(index in taken for index in group):
            continue
        found = {}
        for index in group:
            text = units[index].text
            if bare_marker(text) is not None or aside.search(text):
                continue
            if (person := _opening(units, index, known)) is not None:
                found[index] = person
        if len(found) < _MIN_SIBLINGS or 2 * len(found) <= len(group):
            continue
        for index, (name, line) in found.items():
            title = tidy_title(units[index].text)
            if not title:
                continue
            why = (f"line {line}: the person the section's first sentence says will give "
                   f"it; {SIBLING_SLOT} ({len(found)} sibling headings)")
            heads[index] = Header(index, "heading", title=title, slot=(index, [name], why))
    return heads


def _may_open(unit: Unit) -> bool:
    """A cheap test before the patterns: a paragraph's first line that may open so."""
    if unit.kind != "paragraph" or not unit.first:
        return False
    text = unit.text[:_OPENING]
    return text.startswith("Join ") or " will " in text or " going to " in text


def _opening(units: list[Unit], index: int, known: Collection[str]) -> tuple[Name, int] | None:
    """The person the first paragraph under heading ``index`` opens by, with its line."""
    unit = opening_paragraph(units, index, within=3)
    if unit is None:
        return None
    text = unit.text[:_OPENING]
    if (match := _WILL.match(text)) is not None:
        name = parse_name(match["name"])
        person = _person(name.name, known, one_word=True)  # the verb says who
    elif (match := _JOIN.match(text)) is not None:
        name = parse_name(match["name"])
        role = match["role"] or ""
        person = _person(name.name, known, one_word=bool(role) and describes_someone(role))
        if person and role and not name.affiliation:
            name.affiliation = role.strip()
    else:
        return None
    return (name, unit.line) if person else None


def _person(name: str, known: Collection[str], *, one_word: bool) -> bool:
    """A full name, a name the page knows, or - where the sentence's verb or a role in
    brackets says a person stands there (``one_word``) - one capitalised word."""
    if not name or is_organisation(name) or describes_someone(name):
        return False
    if key(name) in known or looks_like_name(name, known, strict=True):
        return True
    return one_word and " " not in name and looks_like_name(name, known, strict=False)
