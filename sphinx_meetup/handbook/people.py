"""People across events: the same speaker under several names becomes one person.

Events name their speakers independently (``宋净超``, ``Jimmy Song``, ``宋净超 (Jimmy)``);
:func:`merge_people` joins every appearance that shares a name or an alias. It is the
one place where that merging happens, so a speaker registry (``meetup_speakers``, issue
3) plugs in here: its entries seed the groups, and its photo and designation win.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .summary import EventSummary, SpeakerSummary, TalkSummary, slugify


class Appearance(NamedTuple):
    """One event a person spoke at, with their talks there (maybe none listed)."""

    event: EventSummary
    speaker: SpeakerSummary
    talks: tuple[TalkSummary, ...]


@dataclass(slots=True, eq=False, repr=False)  # nothing compares or prints them
class Person:
    """A speaker of the site, with every talk they gave, newest first."""

    slug: str
    name: str
    aliases: list[str] = field(default_factory=list)
    photo: str | None = None
    designation: str | None = None
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    @property
    def talk_count(self) -> int:
        return sum(len(a.talks) or 1 for a in self.appearances)


@functools.lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """How names are compared: case and spacing do not matter (kept: the merge asks
    about each name ten times, 60,000 times for the 6,000 speakers of 1,000 events)."""
    return " ".join(name.split()).casefold()


def merge_people(
    events: Iterable[EventSummary], registry: Mapping[str, Sequence[str]] | None = None
) -> list[Person]:
    """Everyone who speaks at ``events``, merged by shared names and aliases.

    ``registry`` (name -> aliases) is where a speaker registry joins people the events
    never connect. The result is sorted by name and does not depend on reading order.
    """
    ordered = sorted(events, key=lambda e: (e.start or "", e.slug), reverse=True)
    parent: dict[str, str] = {}

    def find(name: str) -> str:
        parent.setdefault(name, name)
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    def union(names: Iterable[str]) -> None:
        roots = sorted({find(key(n)) for n in names if key(n)})
        for other in roots[1:]:
            parent[other] = roots[0]

    for name, aliases in (registry or {}).items():
        union([name, *aliases])
    for event in ordered:
        for speaker in event.speakers:
            union(speaker.names)

    groups: dict[str, list[Appearance]] = {}
    for event in ordered:
        for speaker in event.speakers:
            if not key(speaker.name):
                continue
            talks = tuple(t for t in event.talks if speaker.name in t.speakers)
            groups.setdefault(find(key(speaker.name)), []).append(
                Appearance(event, speaker, talks))
    people = [_person(appearances) for appearances in groups.values()]
    people.sort(key=lambda p: (key(p.name), p.name))
    _assign_slugs(people)
    return people


def _person(appearances: list[Appearance]) -> Person:
    """The name used most often, newest first on a tie, but not one that is only
    someone's nickname (``肖涵（涵畅）`` then ``涵畅``: 肖涵); photo and title from the newest.
    """
    name = appearances[0].speaker.name
    if any(a.speaker.name != name for a in appearances):  # most people have one name
        counts = Counter(a.speaker.name for a in appearances)
        nicknames = {key(alias) for a in appearances for alias in a.speaker.aliases}
        candidates = [n for n in counts if key(n) not in nicknames] or list(counts)
        name = max(candidates, key=lambda n: (counts[n], -_first_index(appearances, n)))
    aliases: dict[str, None] = {}
    for appearance in appearances:
        for known in appearance.speaker.names:
            if key(known) != key(name):
                aliases.setdefault(known, None)
    return Person(
        slug="",
        name=name,
        aliases=sorted(aliases, key=key),
        photo=next((a.speaker.photo for a in appearances if a.speaker.photo), None),
        designation=next(
            (a.speaker.designation for a in appearances if a.speaker.designation), None),
        appearances=appearances,
    )


def _first_index(appearances: list[Appearance], name: str) -> int:
    return next(i for i, a in enumerate(appearances) if a.speaker.name == name)


#: a speaker's slug names their page's file: well under the 255 bytes of a file name
#: (143 on eCryptfs), with room for ``-2`` and ``.html``
SLUG_BYTES = 100


def _assign_slugs(people: list[Person]) -> None:
    taken = {"index"}  # the speakers index's page name
    for person in people:
        base = slugify(person.name, max_bytes=SLUG_BYTES)
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        person.slug = slug
