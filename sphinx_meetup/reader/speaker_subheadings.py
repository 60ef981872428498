"""Talk headings whose speaker is the heading right under them, one level deeper.

``#### Publishing Experiments for Strata`` over ``##### Ann Example - [Acme](…)``: a
page may write each talk as a heading and its speaker as the sub-heading below it,
where they work after a dash, a comma or in a bracket. One heading over a name is no
evidence (a section over the person it thanks); the repeated shape is: two or more
headings, each followed at once by a deeper heading that is only a person - a full name
a known given name leads, or one the front matter lists (``Next-Generation Hardware``
is two capitalised words too), no organisation or job. Each
such heading is a talk, its sub-heading the speaker slot (read as part of the talk, no
talk of its own). Pure: units in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit
from .given_names import vouched_for
from .headers import Header, tidy_title
from .names import Name, describes_someone, is_organisation, looks_like_name, parse_name
from .patterns import LazyPattern

#: ``Ann Example - Acme``, ``Ann Example, Acme``, ``Ann Example (Acme)``: who, then where
_WHO_THEN_WHERE = LazyPattern(
    r"^(?P<who>[^,(（\-–—|]{3,60}?)(?:\s++[-–—|]\s++|\s*+[,(（]\s*+)(?P<org>[^()（）]{2,80})[)）]?$"
)
#: headings that must share the shape
_MIN_SIBLINGS = 2
_WHY = "line {line}: the heading right under the talk's, one level deeper, is who gives it"


def read(
    units: list[Unit], known: Collection[str], taken: dict[int, Header]
) -> dict[int, Header]:
    """Talk headers for the headings, two or more, each over a person's sub-heading (the
    caller drops any reading of those sub-headings as talks of their own)."""
    found: dict[int, Header] = {}
    for index in range(len(units) - 1):
        unit, below = units[index], units[index + 1]
        if (unit.kind != "heading" or below.kind != "heading" or index in taken
                or below.block.level <= unit.block.level):
            continue  # (the sub-heading may have been read as a talk: ``Name - [Org](…)``)
        person = _person(below.text, known)
        title = tidy_title(unit.text)
        if person is None or not title or vouched_for(unit.text, known):
            continue  # (``### Ann Example`` over ``#### Bo Sample``: two people)
        found[index] = Header(index, "heading", title=title,
                              slot=(index + 1, [person], _WHY.format(line=below.line)))
    return found if len(found) >= _MIN_SIBLINGS else {}


def _person(text: str, known: Collection[str]) -> Name | None:
    """The person a heading is only the name of (where they work after it), or ``None``."""
    text = text.strip()
    parts = _WHO_THEN_WHERE.match(text)
    who, org = (parts["who"].strip(), parts["org"].strip()) if parts else (text, None)
    name = parse_name(who)
    if not vouched_for(name.name, known) or not looks_like_name(name.name, known, strict=True) or (
            is_organisation(name.name) or describes_someone(name.name)):
        return None
    return Name(name.name, name.aliases, org or name.affiliation)
