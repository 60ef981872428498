"""Sibling headings split by a bar or a spaced dash: ``## Ann Example | Scaling
Postgres``, ``#### Ann Example (@ann) - Tidal Cycles``.

A bar parts a heading's two halves as a table's cell wall would: who, and what; a spaced
dash does as often. One such heading says little (``Rust | Getting Started`` is a title
and its subtitle); a page whose sibling headings - two or more in a row, of one level
under one parent - each hold one bar (or a spaced dash), one side of which is a person
for every heading (the same side: a full name a known given name leads, or a
front-matter speaker) and the other side no person - nor who the person is, a role or
a job (``Ann Example - CTO at Acme``) - writes its programme so: the repeated shape and
the names are the evidence. Between bars, name knowledge need not know every person: when
it vouches for two of the run's people or more, and for more than half of its headings, a
sibling's person on the same side is read the same way if written as a full name (``##
Dawuda Example | Deploying…`` beside ``## Jonah Example | …`` and ``## Robin Example |
…``). A title keeps the dashes inside it: the person is before the first dash, or after
the last. Pure: units in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit, sibling_headings
from .confidence import SIBLING_SLOT
from .given_names import vouched_for
from .headers import Header, tidy_title
from .names import Name, is_organisation, key, looks_like_name, split_names
from .patterns import LazyPattern
from .slots import is_role

#: sibling headings that must all share the shape
_MIN_SIBLINGS = 2
#: the people beside a title are a short text
_MAX_NAMES = 90
#: a spaced dash between a heading's halves
_DASH = LazyPattern(r"\s[-–—]{1,2}\s")


def _splits(text: str) -> tuple[list[str], list[str]] | None:
    """A heading's two halves as read with the person first, and with the person last:
    at its one bar (both alike), else at its first and at its last spaced dash."""
    if text.count("|") == 1:
        halves = [part.strip() for part in text.split("|")]
        return halves, halves
    dashes = list(_DASH.finditer(text)) if "|" not in text else []
    if not dashes:
        return None
    first, last = dashes[0], dashes[-1]
    return ([text[: first.start()].strip(), text[first.end():].strip()],
            [text[: last.start()].strip(), text[last.end():].strip()])


def read(units: list[Unit], known: Collection[str], taken: Collection[int]) -> dict[int, Header]:
    """Talk headers for groups of sibling headings that all hold ``Name | Title`` (or
    ``Title | Name``, or a spaced dash for the bar), by index."""
    split = sum(1 for unit in units if unit.kind == "heading" and (
        unit.text.count("|") == 1 or _DASH.search(unit.text)))
    if split < _MIN_SIBLINGS:
        return {}
    heads: dict[int, Header] = {}
    for siblings in sibling_headings(units).values():
        for group in _runs(siblings, units):
            if len(group) < _MIN_SIBLINGS or any(index in taken for index in group):
                continue
            heads |= _read_run(group, units, known)
    return heads


def _runs(siblings: list[int], units: list[Unit]) -> list[list[int]]:
    """The runs of consecutive sibling headings split so each (a ``## Watch the stream``
    after them is another part of the page)."""
    runs: list[list[int]] = [[]]
    for index in siblings:
        if _splits(units[index].text) is not None:
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    return runs


def _read_run(group: list[int], units: list[Unit], known: Collection[str]) -> dict[int, Header]:
    """The run's headings as talks when one side of every bar is a person (the same side)."""
    splits = [_splits(units[index].text) for index in group]
    mark = "bar" if all(units[index].text.count("|") == 1 for index in group) else "dash"
    for side in (0, 1):
        halves = [split[side] for split in splits if split is not None]
        if len(halves) != len(group) or any(not all(parts) for parts in halves):
            return {}
        if (people := _person_side(halves, known, side, bars=mark == "bar")) is not None:
            break
    else:
        return {}
    heads: dict[int, Header] = {}
    for index, parts, named in zip(group, halves, people, strict=True):
        why = (f"line {units[index].line}: the {('first', 'second')[side]} side of the "
               f"heading's {mark}; {SIBLING_SLOT} ({len(group)} sibling headings name a "
               "person so)")
        heads[index] = Header(index, "heading", title=tidy_title(parts[1 - side]),
                              slot=(index, named, why))
    return heads


def _people(text: str, known: Collection[str]) -> list[Name]:
    """The people one side of a bar names (``Ann Example & Bo Sample``: two), each a full
    name knowledge vouches for; none when one is not."""
    if len(text) > _MAX_NAMES:
        return []
    people = split_names(text, known)
    return people if people and all(vouched_for(p.name, known) for p in people) else []


def _person_side(
    halves: list[list[str]], known: Collection[str], side: int, *, bars: bool
) -> list[list[Name]] | None:
    """The people ``side`` (0 or 1) of each heading names, when that side names
    different people in every heading - name knowledge vouching for each, or, split by
    ``bars``, for two of them or more and for more than half the headings, the others
    written as full names (a spaced dash opens a subtitle as often) - and the other
    side no person in any; ``None`` when it does not."""
    vouched = [_people(parts[side], known) for parts in halves]
    count = sum(1 for named in vouched if named)
    if count < len(halves) and (not bars or count < _MIN_SIBLINGS or 2 * count <= len(halves)):
        return None
    people = [named or _full_names(parts[side], known)
              for named, parts in zip(vouched, halves, strict=True)]
    if not all(people):
        return None
    keys = [key(person.name) for named in people for person in named]
    if len(set(keys)) < len(keys):
        return None  # one person twice: a list of something else
    if any(_people(parts[1 - side], known) for parts in halves):
        return None  # both sides people: which is who is a guess
    if any(is_role(parts[1 - side]) for parts in halves):
        return None  # ``Ann Example - Senior Engineer at Initech``: who she is
    return people


def _full_names(text: str, known: Collection[str]) -> list[Name]:
    """The people one side of a bar names when each is written as a full name (two
    capitalised words or more, no organisation), whom name knowledge does not know."""
    if len(text) > _MAX_NAMES:
        return []
    people = split_names(text, known)
    return people if people and all(
        " " in p.name and looks_like_name(p.name, known, strict=True)
        and not is_organisation(p.name) for p in people) else []
