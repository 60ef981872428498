"""The people a page's own speakers section introduces, known as the front matter's are.

A page often gives its programme in one place and its speakers in another: an agenda
``1:30 PM - Graph RAG with Anurag Singh``, then under ``## Expert Speakers`` a block
opening ``**Anurag Singh** - Honeywell``. The agenda's name alone is only a shape (a
given name the reader does not know); the speakers section is the author saying who
speaks. So each person such a section introduces - a block (a paragraph or an item)
opening with a name in bold, a paragraph whose first line is only a name
(``▽小林巌生（こばやし いわお）`` over their profile), or a sub-heading that is a name
its paragraph opens with (:func:`~.person_headings.person_heading`) - vouches for that
name wherever the page names it, as a front-matter speaker does. (A list of plain
names is a guest list, read as such by :mod:`.guests`.) Pure: units in, name keys out.
"""

from __future__ import annotations

import re

from .blocks import Unit
from .labels import Labels
from .names import (
    describes_someone,
    is_cjk,
    is_organisation,
    key,
    looks_like_name,
    parse_name,
)
from .patterns import LazyPattern
from .person_headings import person_heading
from .slots import is_role

#: ``**Ann Example**`` opening a block, what follows it on the line (where she works,
#: a dash, a colon) left aside
_BOLD_OPENING = LazyPattern(r"^\*\*(?P<who>[^*]{3,60})\*\*(?:\s*+(?:[-–—,:：(（|].*)?)?$")
#: a heading over a section of people ends with a speaker word (``Speakers``,
#: ``Expert Speakers``, ``登壇者``); these end one over no one in particular
#: (``Closing panel``)
NOT_PEOPLE = frozenset({"by", "panel"})
#: a heading that asks for speakers rather than names them
_CALL = LazyPattern(r"\b(?:call|become|wanted|looking|apply|submit|propose)\b|\bcfp\b",
                    re.IGNORECASE)
#: a line that is only a name is short
_NAME_LINE = 40
#: list-like marks some authors open a name's line with (``▽``, ``■``, ``●``)
_MARKERS = " ▽▼■□●○◆◇・"
_IDEOGRAPHS = LazyPattern(r"[\u3400-\u9fff]{2,5}")
#: more names than a speakers section of an event introduces is a list of another kind
_MOST = 12


def names(units: list[Unit], labels: Labels) -> frozenset[str]:
    """Keys of the names the page's speakers sections open their blocks with."""
    found: set[str] = set()
    level = 0  # the level of the speakers heading the units are under, or 0
    for index, unit in enumerate(units):
        if unit.kind == "heading":
            if level and unit.block.level > level:
                if (person := person_heading(units, index, ())) is not None:
                    found.add(key(person.name))
                continue
            level = unit.block.level if _speakers_heading(unit.text, labels) else 0
            continue
        if not level or not unit.first:
            continue
        if unit.source.startswith("**") and (
                opening := _BOLD_OPENING.match(unit.source.strip())) and (
                name := _name(opening["who"], labels)) is not None:
            found.add(key(name))
        elif unit.kind == "paragraph" and len(unit.text) <= _NAME_LINE and (
                name := _name(unit.text.lstrip(_MARKERS), labels)) is not None:
            found.add(key(name))  # ``▽小林巌生（こばやし いわお）``: a line only the name
    return frozenset(found) if len(found) <= _MOST else frozenset()


def _speakers_heading(text: str, labels: Labels) -> bool:
    """Whether a heading is over the event's speakers: a speaker word alone or last, or
    the words of an introduction of them (``About the speakers``, ``講師紹介``) - not a
    call for them (``Call for speakers``, ``Become a speaker``)."""
    if _CALL.search(text):
        return False
    if labels.any_role("only", ("speaker", "speaker_intro")).match(text):
        return True
    words = text.split()
    return bool(words) and words[-1].casefold() not in NOT_PEOPLE and bool(
        labels.only("speaker").match(words[-1]))


def _name(text: str, labels: Labels) -> str | None:
    """The person ``text`` names when it is only a person's name (a Western full name,
    or a few ideographs that are no organisation's, job's or label's words)."""
    name = parse_name(text.strip()).name
    if not name or is_organisation(name) or describes_someone(name):
        return None
    if is_cjk(name):
        return name if cjk_name(name, labels) else None
    return name if looks_like_name(name, strict=True) else None


def cjk_name(text: str, labels: Labels) -> bool:
    """Whether ``text`` is a Chinese or Japanese name: two to five ideographs, no
    organisation's, job's or speaker or host label's words (``司会``, ``講師``)."""
    return _IDEOGRAPHS.fullmatch(text) is not None and not (
        is_organisation(text) or is_role(text)
        or labels.any_role("only", ("speaker", "host")).match(text))
