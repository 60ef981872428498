"""The event model: what the reader understood of one event file.

Plain dataclasses and the stdlib only, so the CLI, the Sphinx glue and the tests share
one picture of an event. ``to_json()`` gives the documented, stable JSON shape of
``sphinx-meetup show --json``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]
TalkKind = Literal["talk", "break"]
When = dt.date | dt.datetime
_NAME_NOISE = re.compile(r"[\s.·•・_-][\s.·•・_-]*")  # (one, then the run: a search skips ahead)


@dataclass(slots=True)
class Problem:
    """Something wrong with an event file, with the line it is on (1-based, file-wide)."""

    line: int | None
    message: str
    subtype: str = "frontmatter"
    severity: Severity = "warning"
    #: the name a problem is about, so a later step that knows more (the site's speaker
    #: registry) can withdraw it
    subject: str | None = None


@dataclass(slots=True)
class Link:
    """A named URL: a sponsor, a slides deck, a page the event points to."""

    name: str
    url: str


@dataclass(slots=True)
class Speaker:
    """A person giving a talk, as the front matter, the body or the registry knows them."""

    name: str
    image: str | None = None
    designation: str | None = None
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    links: list[Link] = field(default_factory=list)
    #: where the speaker is written in the file, for warnings about them
    line: int | None = None

    @property
    def names(self) -> list[str]:
        """Every name this person is known by: the name first, then aliases."""
        return [self.name, *self.aliases]


@dataclass(slots=True)
class Talk:
    """One agenda entry: a talk (or a break, which has no speakers)."""

    title: str
    speakers: list[str] = field(default_factory=list)
    abstract: str = ""
    start: When | None = None
    end: When | None = None
    video: str | None = None
    slides: str | None = None
    kind: TalkKind = "talk"
    #: bracketed nicknames the body gives, name -> aliases
    aliases: dict[str, list[str]] = field(default_factory=dict)
    line: int | None = None
    #: employers or roles the body gives with a name (``王五（ACME）``), name -> text
    affiliations: dict[str, str] = field(default_factory=dict)
    #: the room or track of a parallel session (a structured programme's ``room``)
    room: str | None = None
    #: why the reader took this for a talk (key ``""``) and each name for a speaker:
    #: ``"line 12: speaker slot 名，职位 under the title"`` (``sphinx-meetup show --explain``)
    evidence: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Event:
    """Everything one event file says, cleaned up as a person would read it."""

    title: str = ""
    description: str = ""
    start: When | None = None
    end: When | None = None
    timezone: str | None = None
    #: the language the page is written in (front-matter ``language``/``lang``), as a tag
    language: str | None = None
    location: str | None = None
    venue: str | None = None
    fee: str | None = None
    topics: list[str] = field(default_factory=list)
    sponsors: list[Link] = field(default_factory=list)
    registration_url: str | None = None
    image: str | None = None
    speakers: list[Speaker] = field(default_factory=list)
    talks: list[Talk] = field(default_factory=list)
    replays: list[str] = field(default_factory=list)
    slides: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    draft: bool = False
    #: the page's own date (front matter), kept apart from when the event happens
    published: When | None = None
    #: the Markdown body left once talks and fact lines are taken out
    body_rest: str = ""
    #: file line of the first line of ``body_rest`` (1-based)
    body_rest_line: int = 1
    problems: list[Problem] = field(default_factory=list)
    #: file line of each front-matter key (``speaker.2`` for the third speaker)
    lines: dict[str, int] = field(default_factory=dict)
    #: the file the event was read from, as given to the reader (for messages only)
    source: str | None = None
    #: people the site's speaker registry knows, named by talks but not in the front
    #: matter: their cards take the registry's name, photo and designation
    known_people: list[Speaker] = field(default_factory=list)
    #: whether reading it looked at files other than its own (Hugo Blox author profiles):
    #: then the same bytes may read differently later, and the reading is not kept
    read_other_files: bool = field(default=False, compare=False, repr=False)
    #: all_speakers() as last built, with what it was built from (so the same person
    #: is the same object for every call while the talks stay as they are)
    _people_cache: tuple[object, list[Speaker], dict[tuple[int, str], Speaker]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def line_of(self, key: str) -> int | None:
        """The file line of front-matter ``key``, for messages about it."""
        return self.lines.get(key)

    def speaker_named(self, name: str) -> Speaker | None:
        """The front-matter speaker known by ``name`` (or one of their aliases)."""
        wanted = name.strip().casefold()
        for speaker in self.speakers:
            if any(known.casefold() == wanted for known in speaker.names):
                return speaker
        return None

    def speaker_for(self, talk: Talk, name: str) -> Speaker | None:
        """The one person of :meth:`all_speakers` that ``name`` in ``talk`` means.

        Matching is by name and alias keys (so the talk's 肖涵（涵畅） is the front
        matter's 涵畅), the same way :meth:`all_speakers` builds its list.
        """
        people, chosen = self._people()
        found = chosen.get((id(talk), name))
        if found is None:
            found = _match(people, [name, *talk.aliases.get(name, [])])
        return found

    def all_speakers(self) -> list[Speaker]:
        """Front-matter speakers, then the people talks name who are not among them.

        Nobody the page names is dropped: a body-only speaker comes with the aliases
        and affiliation the talk gives and the talk's line.
        """
        return self._people()[0]

    def _people(self) -> tuple[list[Speaker], dict[tuple[int, str], Speaker]]:
        state = (
            tuple((id(s), len(s.aliases)) for s in self.speakers),
            tuple(map(id, self.known_people)),
            tuple(
                (id(t), tuple(t.speakers), repr(t.aliases), repr(t.affiliations), t.line)
                for t in self.talks
            ),
        )
        if self._people_cache is not None and self._people_cache[0] == state:
            return self._people_cache[1], self._people_cache[2]
        people, chosen = self._build_people()
        self._people_cache = (state, people, chosen)
        return people, chosen

    def _build_people(self) -> tuple[list[Speaker], dict[tuple[int, str], Speaker]]:
        people: list[Speaker] = []
        index = _PeopleIndex()
        for speaker in self.speakers:
            people.append(speaker)
            index.add(speaker)
        registry = _PeopleIndex()
        for known in self.known_people:
            registry.add(known)
        made: set[int] = set()
        chosen: dict[tuple[int, str], Speaker] = {}
        for talk in self.talks:
            for name in talk.speakers:
                aliases = talk.aliases.get(name, [])
                person = index.find([name, *aliases])
                if person is None:
                    known = registry.find([name, *aliases])
                    person = Speaker(
                        name=known.name if known else name,
                        image=known.image if known else None,
                        designation=known.designation if known else None,
                        aliases=[*(known.aliases if known else []), *aliases],
                        affiliation=talk.affiliations.get(name)
                        or (known.affiliation if known else None),
                        links=list(known.links) if known else [],
                        line=talk.line,
                    )
                    if known:
                        person.aliases = _unique([*person.aliases, name], person.name)
                    people.append(person)
                    made.add(id(person))
                    index.add(person)
                elif id(person) in made:
                    known = {name_key(n) for n in person.names}
                    extra = [n for n in [name, *aliases] if name_key(n) not in known]
                    person.aliases += extra
                    index.add(person)
                chosen[(id(talk), name)] = person
        return people, chosen

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape of ``sphinx-meetup show --json``."""
        return {
            "title": self.title,
            "description": self.description,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "timezone": self.timezone,
            "location": self.location,
            "venue": self.venue,
            "fee": self.fee,
            "topics": list(self.topics),
            "sponsors": [{"name": s.name, "url": s.url} for s in self.sponsors],
            "registration_url": self.registration_url,
            "image": self.image,
            "speakers": [
                {"name": s.name, "image": s.image, "designation": s.designation}
                for s in self.speakers
            ],
            "talks": [
                {
                    "title": t.title,
                    "speakers": list(t.speakers),
                    "abstract": t.abstract,
                    "start": _iso(t.start),
                    "end": _iso(t.end),
                    "video": t.video,
                    "slides": t.slides,
                    "room": t.room,
                }
                for t in self.talks
                if t.kind == "talk"
            ],
            "replays": list(self.replays),
            "slides": list(self.slides),
            "links": [{"name": link.name, "url": link.url} for link in self.links],
            "draft": self.draft,
            "problems": [
                {"line": p.line, "severity": p.severity, "message": p.message}
                for p in self.problems
            ],
        }


def name_key(name: str) -> str:
    """A name reduced for matching people: NFKC, case-folded, no spaces, dots or dashes."""
    return _NAME_NOISE.sub("", unicodedata.normalize("NFKC", name).casefold())


class _PeopleIndex:
    """People by name and alias key, and by the rest of a Western name (for Nico and
    Nicolas Corrarello), so matching a page's speakers stays linear."""

    def __init__(self) -> None:
        self.keys: dict[str, Speaker] = {}
        self.rest: dict[tuple[str, ...], list[Speaker]] = {}

    def add(self, person: Speaker) -> None:
        for name in person.names:
            self.keys.setdefault(name_key(name), person)
            words = tuple(name.casefold().split())
            if len(words) >= 2 and person not in self.rest.get(words[1:], []):
                self.rest.setdefault(words[1:], []).append(person)

    def find(self, names: list[str]) -> Speaker | None:
        for name in names:
            if name.strip() and (person := self.keys.get(name_key(name))) is not None:
                return person
        loose: dict[int, Speaker] = {}
        for name in names:
            words = tuple(name.casefold().split())
            for person in self.rest.get(words[1:], []) if len(words) >= 2 else []:
                if any(_shortened(name, known) for known in person.names):
                    loose[id(person)] = person
        return next(iter(loose.values())) if len(loose) == 1 else None


def _match(people: list[Speaker], names: list[str]) -> Speaker | None:
    """The person known by one of ``names`` (name or alias keys); failing that, the only
    one whose Western name differs by a shortened first name (Nico/Nicolas Corrarello)."""
    index = _PeopleIndex()
    for person in people:
        index.add(person)
    return index.find(names)


def _shortened(first: str, second: str) -> bool:
    """``Nico Corrarello`` / ``Nicolas Corrarello``: same other names, one first name
    a prefix (three letters at least) of the other."""
    one, two = first.casefold().split(), second.casefold().split()
    if len(one) < 2 or len(one) != len(two) or one[1:] != two[1:] or one[0] == two[0]:
        return False
    short, long = sorted((one[0], two[0]), key=len)
    return len(short) >= 3 and long.startswith(short)


def _unique(names: list[str], main: str) -> list[str]:
    """``names`` without repeats or ``main`` itself, compared by name key."""
    seen = {name_key(main)}
    kept = []
    for name in names:
        if name_key(name) not in seen:
            seen.add(name_key(name))
            kept.append(name)
    return kept


def _iso(value: When | None) -> str | None:
    return value.isoformat() if value is not None else None
