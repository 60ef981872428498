"""A structured programme: ``talks:`` in front matter, authoritative, times chained.

When a page lists its talks in front matter (``talks:``, or ``agenda:``/``schedule:``),
that list *is* the programme: nothing is guessed from the body, which stays the event's
own text. A ``start`` on the first entry and a ``duration`` on each is enough: every
later start is the end of what came before (per ``room`` for parallel tracks). Every
field is checked, each problem is reported at the entry's line, and the rest is kept.
Pure: front-matter data in, talks and problems out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Event, Problem, Talk, _match
from ..safety import safe_url
from . import dates
from .agenda import is_break_title
from .blocks import characters, plain
from .fields import ALIASES as FIELD_ALIASES
from .fields import NOBODY, OPEN_SLOT, video_address
from .given_names import is_given_name
from .labels import DEFAULT as DEFAULT_LABELS
from .names import parse_name, slug_name
from .patterns import LazyPattern
from .placeholders import is_placeholder
from .titled import without_leading_speakers, without_speakers
from .value_types import CLOCK_VALUE, NOT_TEXT, SCALAR
from .watch_links import video_page
from .when import _zone_of

#: the front-matter keys of a programme, in order of preference
KEYS = ("talks", "agenda", "schedule")
#: what other sites' themes call such a list (``[[sessions]]`` of title, speaker,
#: abstract): read as a programme only when it is one - a list of entries, each with a
#: title - and without a warning for the theme's own keys (``post``, ``slug``)
OTHER_KEYS = ("sessions", "presentations", "program", "programme", "timeline", "talk",
              # the talks in the languages of the sites that write their keys in them
              "palestras", "charlas", "ponencias", "interventi", "vortraege", "vorträge",
              "prelekcje", "доклады")
#: entry field -> the keys an entry may use for it
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "name"),
    "speakers": ("speakers", "speaker", "by"),
    "start": ("start", "time"),
    "end": ("end",),
    "duration": ("duration", "length"),
    "abstract": ("abstract", "description", "summary"),
    "video": ("video", "recording", "replay"),
    "slides": ("slides", "slide"),
    "room": ("room", "track"),
    "kind": ("kind", "type"),
    "break": ("break",),
}
#: an entry's own id (an anchor, a database key): nothing to read, and no typo
_ENTRY_IDS = ("id", "uid", "key", "slug")
_KNOWN_KEYS = frozenset(key for keys in FIELDS.values() for key in keys) | set(_ENTRY_IDS)
#: what other themes call an entry's fields (``talk_title``, ``speaker_id``,
#: ``youtube``): an entry that uses one of them is that theme's, whose other keys
#: (``language``, ``post``) are its own, not typos. Read after this schema's keys
THEME_FIELDS: dict[str, tuple[str, ...]] = {
    # and in the languages of sites that name their keys in their own (``titolo``,
    # ``relatori``: an Italian group's Zola theme)
    "title": ("talk_title", "session_title", "talk_name", "titolo", "titulo", "título",
              "titre", "titel", "tytuł", "название",
              # (what a talk is about names it: ``topic: Scaling Postgres``)
              "topic", "subject", "thema", "tema", "sujet", "onderwerp", "temat", "тема",
              "主题", "题目", "议题", "テーマ", "タイトル", "주제", "제목"),
    # (a talk's ``author`` is who gives it: the page's own ``author`` is its writer)
    "speakers": ("speaker_name", "speaker_names", "presenter", "presenters", "author", "authors",
                 "speaker_id", "speaker_ids", "speaker_key", "speaker_keys", "relatori",
                 "relatore", "ponente", "ponentes", "palestrante", "palestrantes",
                 "orateur", "orateurs", "intervenant", "intervenants", "referent",
                 "referenten", "sprecher", "prelegent", "prelegenci", "докладчик",
                 "докладчики", "спикер", "спикеры"),
    "abstract": ("talk_description", "session_description", "talk_abstract",
                 "descrizione", "descripcion", "descripción", "descrição", "resumo",
                 "résumé", "beschreibung", "opis", "описание"),
    "video": ("video_url", "recording_url", "youtube", "youtube_id", "youtube_url",
              "youtubeId", "videoId", "video_id"),
    "slides": ("slides_url", "slide_url", "deck"),
}
_THEME_KEYS = frozenset(key for keys in THEME_FIELDS.values() for key in keys)
#: every key an entry's title may stand under (this schema's, then the themes')
_TITLE_KEYS = FIELDS["title"] + THEME_FIELDS["title"]
#: the keys an entry names who gives it under, in this schema's words or a theme's
_PEOPLE_KEYS = FIELDS["speakers"] + THEME_FIELDS["speakers"]
_VIDEO_KEYS = frozenset(FIELDS["video"] + THEME_FIELDS["video"])
#: keys whose value names a person by the id of their page (``sebastian-kowalski``)
_ID_KEYS = frozenset({"speaker_id", "speaker_ids", "speaker_key", "speaker_keys"})
#: a map of an entry's addresses (``urls: {recording: …, slides: …}``)
_URL_MAPS = ("urls", "links")
#: kinds that are read as talks (shown as talks); ``break`` and its cousins are breaks
TALK_KINDS = frozenset({"talk", "keynote", "panel", "lightning", "workshop", "session",
                        "demo", "opening", "closing", "qa"})
BREAK_KINDS = frozenset({"break", "pause", "lunch", "coffee", "meal", "dinner"})
#: the longest slot a duration may give (a week: longer is a typo, not a talk)
MAX_DURATION = dt.timedelta(days=7)

_CLOCK = LazyPattern(
    r"^(?P<h>[01]?\d|2[0-3])(?:[:h.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?\s*"
    r"(?P<ap>[ap]\.?m\.?)?$",
    re.IGNORECASE,
)
_DURATION_UNITS = LazyPattern(
    r"^(?:(?P<h>\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?))?\s*"
    r"(?:(?P<m>\d+)\s*(?:m|min|mins|minutes?)?)?$",
    re.IGNORECASE,
)
_HOURS_MINUTES = LazyPattern(r"^(?P<h>\d+):(?P<m>[0-5]\d)$")
_ISO_DURATION = LazyPattern(r"^PT(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?$", re.IGNORECASE)
_NAME_SEPARATORS = LazyPattern(
    # (``Ann Example・野田 清志``: a middle dot between two people, not inside a katakana
    # name, ``ジョン・スミス``)
    r"(?<!\s)(?:\s*+[,，、;；/]|\s++(?:&|and|und|en|et|og|och)(?=\s)|(?<![\u30a1-\u30fa\u30fc])・"
    r"|・(?![\u30a1-\u30fa\u30fc]))\s*+"
)


def parse_duration(value: object) -> dt.timedelta:
    """A slot's length: ``30`` (minutes), ``"30"``, ``"30m"``, ``"0:30"``, ``"1h"``,
    ``"1h30m"``, ``"1.5h"``, ``"PT45M"``.

    Raises ``ValueError`` for anything else (and for zero, negative or over a week), so
    the caller can say where it was.
    """
    if isinstance(value, bool) or value is None:
        raise ValueError("not a duration")
    if isinstance(value, int):
        minutes: float = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValueError("minutes must be whole")
        minutes = value
    elif isinstance(value, str):
        minutes = _minutes_of(value.strip())
    else:
        raise ValueError("not a duration")
    if not 0 < minutes <= MAX_DURATION.total_seconds() / 60:
        raise ValueError("out of range")
    return dt.timedelta(minutes=minutes)


def _minutes_of(text: str) -> float:
    for pattern in (_HOURS_MINUTES, _ISO_DURATION):
        if match := pattern.match(text):
            return int(match["h"] or 0) * 60 + int(match["m"] or 0)
    match = _DURATION_UNITS.match(text)
    if not text or match is None or not (match["h"] or match["m"]):
        raise ValueError("not a duration")
    minutes = float(match["h"] or 0) * 60 + int(match["m"] or 0)
    if not minutes.is_integer():
        raise ValueError("minutes must be whole")
    return minutes


def format_duration(length: dt.timedelta) -> str:
    """``1h30m``, ``45m``, ``2h``: how :func:`parse_duration` reads it back."""
    minutes = int(length.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes or not hours else "")


def parse_clock(value: object) -> dt.time | dt.datetime:
    """A start or end: a clock time (``"14:00"``, ``"2pm"``, ``"9.30"``) placed later on
    the event's day, or a full date and time. Raises ``ValueError`` otherwise."""
    if isinstance(value, CLOCK_VALUE):
        return value
    if isinstance(value, str):
        text = value.strip()
        match = _CLOCK.match(text)
        if match and (match["m"] or match["ap"]):
            hour = int(match["h"])
            meridiem = (match["ap"] or "").lower()
            if meridiem and not 1 <= hour <= 12:
                raise ValueError("not a clock time")
            if meridiem.startswith("p") and hour < 12:
                hour += 12
            elif meridiem.startswith("a") and hour == 12:
                hour = 0
            return dt.time(hour, int(match["m"] or 0), int(match["s"] or 0))
        when = dates.parse_value(text)
        if isinstance(when, dt.datetime):
            return when
    raise ValueError("not a time")


@dataclass(slots=True)
class Entry:
    """One entry of the programme as written: its talk, and its times to be placed."""

    talk: Talk
    line: int | None
    start: dt.time | dt.datetime | None = None
    end: dt.time | dt.datetime | None = None
    duration: dt.timedelta | None = None
    #: an entry with no title: it takes its time in the chain but is not shown
    shown: bool = True


@dataclass(slots=True)
class Programme:
    """The entries of a page's ``talks:`` (or ``agenda:``/``schedule:``)."""

    key: str
    line: int | None
    entries: list[Entry] = field(default_factory=list)

    @property
    def talks(self) -> list[Talk]:
        return [entry.talk for entry in self.entries if entry.shown]


def find_key(data: dict[str, Any]) -> str | None:
    """The key the page's programme is under, if it has one."""
    key = next((key for key in KEYS if key in data and data[key] is not None), None)
    return (key or next((key for key in OTHER_KEYS if key in data and _entries(data[key])),
                        None)
            or _listed_talks(data))


#: keys whose lists are something else than a programme whatever their entries hold -
#: a theme's speakers (``name`` and a job ``title``), its sponsors, organisers, links,
#: pictures, a post's comments or related posts - and the fields the reader reads
_NOT_PROGRAMMES = frozenset({
    *(key for keys in FIELD_ALIASES.values() for key in keys),
    "organizers", "organisers", "organizer", "organiser", "hosts", "host", "team", "people",
    "partners", "authors", "author", "images", "gallery", "photos", "comments", "related",
    "menu", "resources", "jobs", "extra",
})
#: who gives an entry, under a key of no known meaning: ``author`` is left out there -
#: a list of posts (``[{title, author}]``) names its writers so
_ENTRY_PEOPLE = tuple(key for key in FIELDS["speakers"] + THEME_FIELDS["speakers"]
                      if key not in {"author", "authors"})


def _listed_talks(data: dict[str, Any]) -> str | None:
    """A list under a key of any name (``lineup:``, ``vortraege2019:``) whose entries
    are talks by their own evidence: each has a title, and most name who gives it under
    a speaker field - the entries say what the list is, not its key."""
    for key, value in data.items():
        if not isinstance(key, str) or key in _NOT_PROGRAMMES or not _entries(value):
            continue
        named = sum(1 for item in value
                    if any(item.get(field) not in (None, "", [], {}) for field in _ENTRY_PEOPLE))
        if named and 2 * named >= len(value):
            return key
    return None


#: the programme keys whose entries may be written as their speaker's record (this
#: schema's and two themes' - ``sessions``, ``presentations``)
_RECORD_LISTS = (*KEYS, "sessions", "presentations")
#: an entry's fields that describe its person, not its talk (a photo, a job): they make
#: the person's card (a ``bio`` says so too, but stays the entry's - a card holds none, and
#: the entry's check says it is not shown)
_ENTRY_PERSON_FIELDS = ("avatar", "photo", "image", "picture", "bio", "affiliation",
                        "company", "organization", "organisation", "position", "job", "role")
_CARD_FIELDS = frozenset(_ENTRY_PERSON_FIELDS) - {"bio"}


def lift_entry_people(data: dict[str, Any], lines: dict[str, int]) -> None:
    """``talks: [{name: Ann Example, title: Chat Bots, avatar: ann.png, bio: …}]``: an
    entry written as its speaker's record, ``name`` beside ``title`` - where ``name``
    would otherwise be a second word for the title. With a field of the person beside it
    (a photo, a bio, a job) and no key of its own naming who speaks (:data:`_PEOPLE_KEYS`)
    the name is who gives the talk: it becomes the entry's speaker, and the person's
    photo and job become that speaker's card (the page's ``speakers`` when it has none).
    Called before the page's fields are read, so that card is theirs."""
    people: list[dict[str, Any]] = []
    for list_key in _RECORD_LISTS:
        entries = data.get(list_key)
        if not isinstance(entries, list):
            continue
        for number, entry in enumerate(entries):
            if not isinstance(entry, dict) or any(key in entry for key in _PEOPLE_KEYS):
                continue
            name, title = entry.get("name"), entry.get("title")
            if not (isinstance(name, str) and name.strip() and isinstance(title, str)
                    and title.strip() and name.strip() != title.strip()):
                continue
            fields = [key for key in _ENTRY_PERSON_FIELDS if key in entry]
            if not fields:
                continue
            person = {"name": entry.pop("name")}
            for key in fields:
                if key not in _CARD_FIELDS:
                    continue
                value = entry.pop(key)
                if value not in (None, ""):
                    person["image" if key in {"avatar", "photo", "picture"} else key] = value
            entry["speakers"] = [person["name"]]
            people.append(person)
            at = f"{list_key}.{number}"
            if (line := lines.get(f"{at}.name")) is not None:
                lines[f"{at}.speakers"] = line
    if people and not any(key in data for key in FIELD_ALIASES["speakers"]):
        data["speakers"] = people


def lift_extra(data: dict[str, Any], lines: dict[str, int]) -> None:
    """Zola keeps a theme's own fields in the ``[extra]`` table: a programme there
    (``talks = ["intro-to-elixir", …]``) is the page's when its top level has none."""
    extra = data.get("extra")
    if not isinstance(extra, dict) or find_key(data) is not None:
        return
    key = find_key(extra)
    if key is None or key in data:
        return
    data[key] = extra[key]
    line = lines.get(f"extra.{key}", lines.get("extra"))
    if line is not None:
        lines.setdefault(key, line)


def lift_tracks(data: dict[str, Any], lines: dict[str, int]) -> None:
    """A programme written as parallel tracks (``program_tracks: [{name: Hall A, items:
    [{time, title, speaker}, …]}, …]``): a list of maps that each hold one list of
    entries and no entry of their own. When the page has no programme of its own, the
    tracks' entries become one list under the same key, in the order written, each in
    its track's room (its own ``room`` wins)."""
    nested = [key for key, value in data.items() if isinstance(key, str)
              and key not in _NOT_PROGRAMMES and isinstance(value, list) and value
              and all(isinstance(item, dict) and any(isinstance(inner, list)
                                                     for inner in item.values())
                      for item in value)]
    if not nested or find_key(data) is not None:  # (lists of maps holding lists first)
        return
    for key in nested:
        tracks = [_track(item) for item in data[key]]
        if not all(tracks):
            continue
        flat: list[Any] = []
        for index, (room, entries) in enumerate(tracks):  # type: ignore[misc]
            line = lines.get(f"{key}.{index}", lines.get(key))
            for entry in entries:
                if line is not None:
                    lines.setdefault(f"{key}.{len(flat)}", line)
                flat.append(entry if room is None or any(entry.get(k) for k in FIELDS["room"])
                            else {**entry, "room": room})
        data[key] = flat
        return


#: how deep a theme nests its schedule's records (``event_schedule.rows[].row.columns[]
#: .column.talk``: six levels); deeper is no schedule
_RECORD_DEPTH = 8


def lift_records(data: dict[str, Any], lines: dict[str, int]) -> None:
    """A schedule a theme nests in its own layout (``event_schedule: {rows: [{row:
    {columns: [{column: {time}}, {column: {talk: {speaker, title}}}]}}]}``): when the
    page has no programme of its own, the records deep inside one top-level key that
    each name a title and who gives it (:data:`_ENTRY_PEOPLE`) - two at least, a shape
    repeated - become that key's list, in the order written. What the records say they
    are is the evidence; the layout around them (rows, columns, a break's text field) is
    the theme's and is not read."""
    if find_key(data) is not None:
        return
    for key, value in data.items():
        if not isinstance(key, str) or key in _NOT_PROGRAMMES or not isinstance(
                value, dict | list) or _entries(value):
            continue
        records: list[dict[Any, Any]] = []
        _gather_records(value, records, 0)
        if len(records) >= 2:
            data[key] = records
            line = lines.get(key)
            if line is not None:
                for index in range(len(records)):
                    lines.setdefault(f"{key}.{index}", line)
            return


def _gather_records(value: object, records: list[dict[Any, Any]], depth: int) -> None:
    """The talk records inside ``value`` (not inside a record), depth first."""
    if depth > _RECORD_DEPTH:
        return
    if isinstance(value, dict):
        if any(isinstance(value.get(k), str) and value[k].strip() for k in _TITLE_KEYS) and any(
                value.get(k) not in (None, "", [], {}) for k in _ENTRY_PEOPLE):
            records.append(value)
            return
        for inner in value.values():
            _gather_records(inner, records, depth + 1)
    elif isinstance(value, list):
        for inner in value:
            _gather_records(inner, records, depth + 1)


def _track(item: object) -> tuple[str | None, list[Any]] | None:
    """``(room, entries)`` of a map holding exactly one list of entries and no person,
    time or abstract of its own (a talk's), else ``None``."""
    if not isinstance(item, dict):
        return None
    lists = [value for value in item.values() if _entries(value)]
    own = (*_PEOPLE_KEYS, *FIELDS["start"], *FIELDS["abstract"])
    if len(lists) != 1 or any(item.get(k) not in (None, "", [], {}) for k in own):
        return None  # (a talk with a list of its own - its slides - is no track)
    room = next((item[k] for k in ("name", "track", "room", "label")
                 if isinstance(item.get(k), str) and item[k].strip()), None)
    return room, lists[0]


#: ``intro-to-elixir``: a page's slug standing for its title (a theme links the talk's
#: own page by it): its words, as a title
_TITLE_SLUG = LazyPattern(r"[a-z0-9]*[a-z][a-z0-9]*(?:-[a-z0-9]*[a-z][a-z0-9]*){2,}")


def _unslugged(title: str) -> str:
    """``introduction-to-elixir`` → ``Introduction to elixir``; other titles as written."""
    if not _TITLE_SLUG.fullmatch(title.strip()):
        return title
    words = title.strip().replace("-", " ")
    return words[0].upper() + words[1:]


def _entries(value: object) -> bool:
    """Whether ``value`` is a list of programme entries: mappings that each have a title."""
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, dict) and any(item.get(k) for k in _TITLE_KEYS) for item in value
    )


def _another_theme(key: str, value: list[Any]) -> bool:
    """Whether the list under ``key`` is another theme's programme: under a key not
    this schema's, or with entries that name their fields its way (``talk_title``)."""
    return key not in KEYS or any(
        isinstance(item, dict) and not _THEME_KEYS.isdisjoint(map(str, item)) for item in value
    )


def read(data: dict[str, Any], lines: dict[str, int], event: Event) -> Programme | None:
    """The page's programme, or ``None`` when it has none (the body is read instead).

    Call it once the front-matter speakers are in ``event`` (names are checked against
    them); problems go to ``event.problems``. Times are placed by :func:`place`.
    """
    return read_under(find_key(data), data, lines, event)


def read_under(
    key: str | None, data: dict[str, Any], lines: dict[str, int], event: Event
) -> Programme | None:
    """:func:`read` with the programme's key already found (:func:`find_key`, asked once
    a read)."""
    if key is None:
        return None
    problems = event.problems
    for other in KEYS:
        if other != key and data.get(other) is not None:
            problems.append(Problem(lines.get(other), f"{other}: the programme is read from "
                                    f"{key}: (one programme per page); {other} is ignored",
                                    "talk"))
    value = data[key]
    if isinstance(value, dict):
        problems.append(Problem(lines.get(key), f"{key} should be a list of entries (- title: "
                                "…); read as a list of one", "talk"))
        value = [value]
    if not isinstance(value, list):
        problems.append(Problem(lines.get(key), f"{key} should be a list of entries "
                                f"(- title: …), not {type(value).__name__}; the body is read "
                                "for talks instead", "talk"))
        return None
    programme = Programme(key, lines.get(key))
    theme = _another_theme(key, value)
    kinds = _kinds_by_people(value)
    for index, item in enumerate(value):
        line = lines.get(f"{key}.{index}", lines.get(key))
        entry = _entry(item, index, line, key, lines, event, theme=theme, kinds=kinds)
        if entry is not None:
            programme.entries.append(entry)
    return programme


def _kinds_by_people(entries: list[Any]) -> dict[str, str]:
    """The kinds a programme's own entries give (``type: speaker``, ``type: mc``,
    ``type: social``) that are not this schema's, by what their entries do: a kind whose
    entries name people is a talk's; one whose entries never name anyone, on a list
    where another kind's do, is a slot of the evening (the doors opening, the host's
    welcome, drinks) - the author's own sorting says so."""
    named: set[str] = set()
    unnamed: set[str] = set()
    talks_named = False  # (``type: talk`` entries naming people say so as well)
    for item in entries:
        if not isinstance(item, dict):
            continue
        raw = next((item[k] for k in FIELDS["kind"] if item.get(k) not in (None, "")), None)
        if not isinstance(raw, str):
            continue
        kind = raw.strip().casefold()
        if kind in BREAK_KINDS:
            continue
        people = any(item.get(k) not in (None, "", [], {}) for k in _PEOPLE_KEYS)
        if kind in TALK_KINDS:
            talks_named = talks_named or people
            continue
        (named if people else unnamed).add(kind)
    if not named and not talks_named:
        return {}
    return dict.fromkeys(named, "talk") | dict.fromkeys(unnamed - named, "break")


def _entry(
    item: object, index: int, line: int | None, key: str, lines: dict[str, int], event: Event,
    *, theme: bool = False, kinds: dict[str, str] | None = None,
) -> Entry | None:
    """One entry of the programme; ``theme``: the list is another theme's (its own keys
    are no typos, and its field names are read as this schema's)."""
    where = f"{key} entry {index + 1}"

    def problem(message: str, subtype: str = "talk", name: str = "") -> Problem:
        at = lines.get(f"{key}.{index}.{name}", line) if name else line
        event.problems.append(Problem(at, f"{where}: {message}", subtype))
        return event.problems[-1]

    if isinstance(item, str):
        item = {"title": _unslugged(item)}
    if isinstance(item, dict):
        item = _with_urls(item)
    if not isinstance(item, dict):
        problem(f"{str(item)[:60]!r} is not an entry (title, speakers, start, duration…); "
                "it is ignored")
        return None
    recorded = _recording_key(item)
    for unknown in sorted(str(k) for k in item if str(k) not in _KNOWN_KEYS):
        if theme:
            break  # another theme's list: its keys are its own, not typos
        if unknown == recorded:
            continue
        problem(f"unknown key {unknown!r} (known: title, speakers, start, end, duration, "
                "abstract, video, slides, room, kind); it is ignored", name=unknown)
    values: dict[str, tuple[str, Any]] = {}
    if recorded is not None:
        values["video"] = (recorded, item[recorded])
    for name, keys in FIELDS.items():
        keys = keys + THEME_FIELDS.get(name, ()) if theme else keys
        found = [k for k in keys if item.get(k) not in (None, "", [])]
        if found:
            values[name] = (found[0], _theme_value(found[0], item[found[0]]))
    title = _text(values.get("title"), problem)
    if title and "](" in title:  # ``[OAI](https://…) v1.2.2…``: a link's words, as shown
        title = " ".join(plain(title).split()) or title
    talk = Talk(title=title or "", line=line)
    talk.evidence[""] = f"line {line}: entry {index + 1} of the front matter's {key}:"
    entry = Entry(talk, line, shown=bool(title))
    if not title:
        problem("an entry has no title; it is left out of the agenda (its time still counts)")
    talk.kind = _kind(values, problem, kinds or {})
    hosted: list[str] = []
    names = _speakers(values.get("speakers"), problem, talk, hosted)
    if names and talk.title:
        talk.title = _without_its_speakers(talk.title, values.get("speakers"))
    if not names and hosted and not _PANEL.search(talk.title):
        talk.kind = "break"  # ``司会：Ann`` over ``Q&A``: a session its host leads
    if not names and _open_slot(values.get("speakers")):
        talk.kind = "break"  # ``author: Your Name Here``: a slot for whoever offers a talk
    if talk.kind == "talk" and "kind" not in values and DEFAULT_LABELS.only("remarks").match(
            talk.title.strip(" !.¡")):
        # ``title: Welcome!`` by the organiser, no kind given: the evening's opening words
        # - shown as written, with whoever says them, but no talk
        talk.kind = "break"
        talk.speakers = names
    elif talk.kind == "talk" and is_placeholder(talk.title):
        # ``title: Stay tuned!`` (``type: talk`` or none): a slot whose talk is not known
        # yet - shown as written, with whoever it names, but no talk (a talk needs a
        # title the page states)
        talk.kind = "break"
        talk.speakers = names
    elif names and talk.kind == "break":
        problem("a break has no speakers; " + ", ".join(names) + " ignored", name="speakers")
        talk.aliases, talk.affiliations = {}, {}
    elif names:
        talk.speakers = names
        _check_names(names, talk, event, problem)
    talk.abstract = _block(values.get("abstract"), problem)
    if theme and not names and talk.kind == "talk":
        if person := _known_person(item, values, event):
            # ``header: Ann Example — Lead Developer, Acme``: a field of the theme's own
            # that opens with a front-matter speaker's name says who gives the talk
            talk.speakers = [person]
        elif "abstract" not in values and "video" not in values and _opens_a_break(title):
            talk.kind = "break"  # ``Перерыв под пиццу…``, ``Closing, networking…``
    if not talk.speakers and talk.kind == "talk" and talk.title and (
            titled := _titled_by_speaker(talk.title, event)):
        # ``title: "[Ann Example](…) - Zero to MVP"`` beside ``speakers: [{name: Ann
        # Example}]``: the front-matter speaker opening or closing the title gives the talk
        talk.speakers, talk.title = [titled[0]], titled[1]
    talk.room = _text(values.get("room"), problem)
    for name in ("video", "slides"):
        if name in values:
            written, raw = values[name]
            url = safe_url(raw)
            if url is None:
                problem(f"{written}: {str(raw)[:80]!r} is not an http, https or mailto URL; "
                        "it is not linked", "url", written)
            setattr(talk, name, url)
    if "end" not in values and (clocks := _clock_range(values.get("start"))):
        written = values["start"][0]
        values["start"], values["end"] = (written, clocks[0]), (written, clocks[1])
    for name in ("start", "end"):
        if name in values:
            written, raw = values[name]
            try:
                setattr(entry, name, parse_clock(raw))
            except (ValueError, TypeError):
                problem(f"{written}: {str(raw)[:40]!r} is not a time (write 14:00, or "
                        "2024-05-10T14:00 for another day); it is ignored", "date", written)
    if "duration" in values:
        written, raw = values["duration"]
        try:
            entry.duration = parse_duration(raw)
        except (ValueError, TypeError):
            problem(f"{written}: {str(raw)[:40]!r} is not a duration (write 30, \"30m\", "
                    "\"0:30\" or \"1h30m\"); it is ignored", "date", written)
    return entry


def _recording_key(item: dict[Any, Any]) -> str | None:
    """The one key of an entry's own (``skills_matter: https://…/skillscasts/…``) whose
    value is one video's page on a video host: the talk's recording, when no key this
    schema or a known theme uses for it gives one."""
    if any(item.get(k) for k in _VIDEO_KEYS):
        return None
    found = [str(k) for k, value in item.items()
             if str(k) not in _KNOWN_KEYS and str(k) not in _THEME_KEYS
             and isinstance(value, str) and video_page(value.strip())]
    return found[0] if len(found) == 1 else None


#: ``18:30 — 19:00``: a slot written as its start and end in one field
_CLOCK_RANGE = LazyPattern(
    r"(?P<start>\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)\s*[-–—~〜～]\s*"
    r"(?P<end>\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)",
    re.IGNORECASE,
)


def _clock_range(found: tuple[str, Any] | None) -> tuple[str, str] | None:
    """The start and end of a slot written ``18:30 — 19:00`` in one field, or None."""
    if found is None or not isinstance(found[1], str):
        return None
    match = _CLOCK_RANGE.fullmatch(found[1].strip())
    return (match["start"], match["end"]) if match else None


#: what may follow a name that opens a field: its role, employer or nothing
_AFTER_NAME = LazyPattern(r"$|[\s,，(（:：|/—–-]")


def _known_person(item: dict[Any, Any], values: dict[str, tuple[str, Any]],
                  event: Event) -> str | None:
    """The one front-matter speaker a field of the entry (not its title or abstract)
    opens with, by name or alias; None when none does, or several do."""
    used = {written for written, _value in values.values()}
    found: set[str] = set()
    for field_key, value in item.items():
        if field_key in used or not isinstance(value, str):
            continue
        text = value.strip()
        for speaker in event.speakers:
            if any(name and text.startswith(name) and _AFTER_NAME.match(text, len(name))
                   for name in speaker.names):
                found.add(speaker.name)
    return found.pop() if len(found) == 1 else None


def _titled_by_speaker(title: str, event: Event) -> tuple[str, str] | None:
    """The one front-matter speaker whose name (or alias) opens the entry's title before
    a dash, a colon or a bar, or closes it after one or ``by`` - with the title left
    (:func:`.titled.without_leading_speakers`, :func:`.titled.without_speakers`)."""
    found: list[tuple[str, str]] = []
    for speaker in event.speakers:
        names = [name for name in speaker.names if name]
        rest = without_leading_speakers(title, names)
        rest = rest if rest != title else without_speakers(title, names)
        if rest != title:
            found.append((speaker.name, rest.strip()))
    return found[0] if len(found) == 1 else None


def _opens_a_break(title: str | None) -> bool:
    """Whether an entry's title opens with a word of a break or of welcome and closing
    (``Перерыв под пиццу``, ``Closing, networking and drinks``)."""
    if not title:
        return False
    if is_break_title(title, DEFAULT_LABELS):
        return True
    return any(
        (match := DEFAULT_LABELS.mention(role).search(title)) is not None
        and match.start() == 0
        for role in ("break", "remarks")
    )


def _with_urls(item: dict[Any, Any]) -> dict[Any, Any]:
    """An entry whose addresses sit in a map of their own (``urls: {recording: …,
    slides: …}``, a theme's) with them as its own keys, the entry's own winning."""
    maps = [item[key] for key in _URL_MAPS if isinstance(item.get(key), dict)]
    if not maps:
        return item
    lifted = {key: value for found in maps for key, value in found.items()
              if key in FIELDS["video"] + FIELDS["slides"] and key not in item}
    rest = {key: value for key, value in item.items() if key not in _URL_MAPS}
    return {**rest, **lifted}


def _theme_value(key: str, value: Any) -> Any:
    """A theme's value as this schema writes it: a YouTube id as its video's address
    (``youtube: N2MWc033pHg``), a person's page id as their name (``speaker_id:
    ann-example`` is Ann Example; a site's speaker registry may know them better)."""
    if key in _VIDEO_KEYS and (video := video_address(key, value)):
        return video
    if key in _ID_KEYS:
        ids = value if isinstance(value, list) else [value]
        return [slug_name(item) if isinstance(item, str) else item for item in ids]
    return value


def _text(found: tuple[str, Any] | None, problem: Any) -> str | None:
    if found is None:
        return None
    written, value = found
    if isinstance(value, NOT_TEXT):
        problem(f"{written} should be text, not {type(value).__name__}; it is ignored",
                name=written)
        return None
    return " ".join(characters(str(value)).split()) or None


def _block(found: tuple[str, Any] | None, problem: Any) -> str:
    """Markdown text (an abstract keeps its lines)."""
    if found is None:
        return ""
    written, value = found
    if isinstance(value, NOT_TEXT):
        problem(f"{written} should be text, not {type(value).__name__}; it is ignored",
                name=written)
        return ""
    return str(value).strip()


def _kind(values: dict[str, tuple[str, Any]], problem: Any, sorted_by: dict[str, str]) -> str:
    """``sorted_by``: the page's own kinds, by what their entries do
    (:func:`_kinds_by_people`)."""
    if "break" in values:
        written, flag = values["break"]
        if not isinstance(flag, bool):
            problem(f"{written} should be true or false, not {str(flag)[:20]!r}",
                    name=written)
        elif flag:
            return "break"
    if "kind" not in values:
        return "talk"
    written, raw = values["kind"]
    kind = str(raw).strip().casefold()
    if kind in BREAK_KINDS:
        return "break"
    if kind in sorted_by:
        return sorted_by[kind]
    if kind not in TALK_KINDS:
        problem(f"{written}: {str(raw)[:30]!r} is neither a talk nor a break (kinds: "
                "talk, keynote, panel, lightning, workshop, break, lunch…); read as a talk",
                name=written)
    return "talk"


#: a session its host leads that is still a talk: a panel
_PANEL = LazyPattern(r"panel|パネル|圆桌|table\s+ronde|mesa\s+redonda|podium", re.IGNORECASE)
#: a footnote mark closing a name (``竹内 梧郎 [1]``)
_FOOTNOTE = LazyPattern(r"\s*+\[\d{1,2}\]$")
#: a host's label before the name in a speaker field (``司会：Ann``, ``Moderator: Ann``)
_HOST_LABEL = LazyPattern(r"^(?:司会|主持人?|moderator|moderation|host|mc)\s*+[:：]", re.I)
#: the employer written before the person, as Japanese pages do (``NTT 中野寛二``,
#: ``株式会社例 高山克哉``, ``キーサイト Ann Example``): it holds katakana, a company
#: word or a capitalised acronym; the name is the last word (a CJK name) or two
_EMPLOYER_FIRST = LazyPattern(
    r"^(?P<employer>.+?)\s++(?P<name>[\u3400-\u9fff]{1,3}\s[\u3400-\u9fff]{1,3}|"
    r"[\u3400-\u9fff]{2,4}|[A-Z][a-z]+\s[A-Z][a-z]+)$"
)
#: what makes the words before a name an employer: katakana, a company word, an acronym
_EMPLOYER_MARK = LazyPattern(
    r"[\u30a1-\u30fa\u30fc]{2}|株式会社|会社|大学|研究所|\b(?!(?:DJ|MC|DR)\b)[A-Z]{2,}\b"
)


#: a name, a spaced dash, the person's role or employer (``Ann Example — IrLUG, DEV``)
_ROLE_AFTER_DASH = LazyPattern(
    r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’«»\"-]*){1,3})\s+[—–]\s+(?P<role>\S.*)$"
)


def _open_slot(found: tuple[str, Any] | None) -> bool:
    """Whether an entry's speakers only say the slot is open (``Your Name Here``)."""
    if found is None:
        return False
    items = found[1] if isinstance(found[1], list) else [found[1]]
    return bool(items) and all(
        isinstance(item, str) and " ".join(item.split()).casefold() in OPEN_SLOT
        for item in items)


def _speakers(
    found: tuple[str, Any] | None, problem: Any, talk: Talk, hosted: list[str] | None = None
) -> list[str]:
    """``speakers`` as one name, names joined by ``,``/``、``/``and``, or a list of
    names or of ``{name, aliases, affiliation}``; ``hosted`` gathers the hosts a
    ``司会：`` / ``Moderator:`` label names among them (no speakers)."""
    hosted = [] if hosted is None else hosted
    if found is None:
        return []
    written, value = found
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        raw = item.get("name") if isinstance(item, dict) else item
        if not isinstance(raw, SCALAR) or isinstance(raw, bool):
            problem(f"{written}: {str(item)[:60]!r} is no one's name; it is ignored",
                    "speaker", written)
            continue
        parts = [str(raw)] if isinstance(value, list) else _NAME_SEPARATORS.split(str(raw))
        for part in parts:
            name = _FOOTNOTE.sub("", " ".join(part.split()))
            if name.casefold() in NOBODY:
                continue  # ``speaker: TBA``: nobody known yet, no card for "TBA"
            if _HOST_LABEL.match(name):
                hosted.append(name)  # ``司会：Ann``: who hosts, not who speaks
                continue
            if not isinstance(item, dict) and name.endswith((")", "）")):
                name = _bracketed(name, talk)
            elif not isinstance(item, dict) and (first := _EMPLOYER_FIRST.match(name)) and (
                    _EMPLOYER_MARK.search(first["employer"])):
                name = first["name"]
                talk.affiliations.setdefault(name, first["employer"])
            elif not isinstance(item, dict) and (dashed := _ROLE_AFTER_DASH.match(name)):
                # ``Ann Example — Staff Engineer @ Acme``: in a speaker field, what
                # follows a spaced dash after a name is the person's role
                name = dashed["name"]
                talk.affiliations.setdefault(name, dashed["role"])
            if name and names and _employer_of(names[-1], name):
                # ``speaker: Ann Example, Example``: a full name, then one word no
                # given name - where she works, not a second speaker
                talk.affiliations.setdefault(names[-1], name)
                continue
            if name and name not in names:
                names.append(name)
        if isinstance(item, dict) and (name := " ".join(str(raw).split())):
            aliases = item.get("aliases", item.get("alias")) or []
            aliases = [" ".join(str(a).split()) for a in
                       (aliases if isinstance(aliases, list) else [aliases])]
            if aliases := [a for a in aliases if a]:
                talk.aliases[name] = aliases
            affiliation = item.get("affiliation")
            if isinstance(affiliation, str) and affiliation.strip():
                talk.affiliations[name] = " ".join(affiliation.split())
    return names


def _without_its_speakers(title: str, found: tuple[str, Any] | None) -> str:
    """``title: "Empowering Interactive Queries | Sagar Sumit, Onehouse"`` beside
    ``speaker: Sagar Sumit, Onehouse``: the entry's speakers value written again after a
    bar or a dash closing the title is the speakers', not the title's."""
    value = found[1] if found is not None else None
    if not isinstance(value, str) or not (written := " ".join(value.split())):
        return title
    for separator in (" | ", " – ", " — ", " - "):
        if title.endswith(separator + written) and len(title) > len(separator + written):
            return title[: -len(separator + written)].rstrip()
    return title


def _employer_of(person: str, part: str) -> bool:
    """Whether ``part``, written after ``person`` in one speakers value, is where they
    work: one capitalised word that is no known given name after a full name."""
    return (" " in person and " " not in part and part[:1].isupper() and part.isalpha()
            and not is_given_name(part))


def _bracketed(written: str, talk: Talk) -> str:
    """``市川 衛（テレビ局ディレクター）`` / ``Ann Example (Example Labs)``: the name, its
    employer or role kept as the talk's affiliation for them, a nickname as an alias
    (as the body's ``名（别名）`` is read)."""
    person = parse_name(written)
    if not person.name:
        return written
    if person.affiliation:
        talk.affiliations.setdefault(person.name, person.affiliation)
    if person.aliases:
        talk.aliases.setdefault(person.name, list(person.aliases))
    return person.name


def _check_names(names: list[str], talk: Talk, event: Event, problem: Any) -> None:
    """A name the page's speakers do not know is likely a typo: said, and kept."""
    if not event.speakers:
        return
    for name in names:
        if _match(event.speakers, [name, *talk.aliases.get(name, [])]) is None:
            known = ", ".join(s.name for s in event.speakers[:6])
            said = problem(f"speaker {name!r} is not one of the page's speakers ({known}); "
                           "kept as written, with a card of their own", "speaker", "speakers")
            said.subject = name  # the site's registry may know them (it withdraws this)


def place(programme: Programme, event: Event) -> None:
    """Give every entry its times: clock times on the event's day in its zone, starts
    chained from the previous end (per room), ends from durations.

    Call it once the event's own dates are in its zone. A page whose ``date`` is a day
    only takes the programme's first start and last end as its hours.
    """
    tz = _zone_of(event)
    day = event.start.date() if isinstance(event.start, dt.datetime) else event.start
    if not programme.entries:
        return
    if day is None and any(isinstance(e.start, dt.time) for e in programme.entries):
        event.problems.append(Problem(programme.line, f"{programme.key}: clock times need the "
                                      "event's date; give the page a date (the times are not "
                                      "shown)", "date"))
    chain = _Chain()
    for number, entry in enumerate(programme.entries, start=1):
        chain.place(entry, number, programme.key, day, tz, event.problems)
    _event_hours(event, [entry.talk for entry in programme.entries], day)


class _Chain:
    """Where the next entry starts: after everything so far for a plenary entry, after
    its room's last entry (or at the start of the parallel block) for a roomed one."""

    def __init__(self) -> None:
        self.latest: dt.datetime | None = None
        self.plenary_start: dt.datetime | None = None
        self.previous_start: dt.datetime | None = None
        self.block_start: dt.datetime | None = None
        self.rooms: dict[str, tuple[dt.datetime | None, dt.datetime | None]] = {}
        #: whether the chain is broken (an entry with no start): said once per break
        self.gap = False

    def place(
        self, entry: Entry, number: int, key: str, day: dt.date | None, tz: dt.tzinfo | None,
        problems: list[Problem],
    ) -> None:
        talk, room = entry.talk, entry.talk.room
        where = f"{key} entry {number}"
        start = _on_day(entry.start, day, tz)
        if start is not None:
            floor = self._floor(room)
            if floor is not None and _comparable(start, floor) and start < floor:
                problems.append(Problem(entry.line, f"{where} ({talk.title or 'untitled'}) "
                                        f"starts at {start:%H:%M}, before the entry above it "
                                        f"({floor:%H:%M}); kept as written", "date"))
        else:
            start = self._next(room)
            if start is None and self.previous_start is not None and not self.gap:
                problems.append(Problem(entry.line, f"{where} ({talk.title or 'untitled'}) has "
                                        "no start, and the entry before it no end: give that "
                                        "one a duration, or this one a start", "date"))
        self.gap = start is None
        end = _on_day(entry.end, day, tz)
        if end is not None and start is not None and _comparable(start, end) and end < start:
            end += dt.timedelta(days=1) if isinstance(entry.end, dt.time) else dt.timedelta()
            if end < start:
                problems.append(Problem(entry.line, f"{where}: the end is before the start; "
                                        "it is ignored", "date"))
                end = None
        if end is not None and entry.duration is not None and start is not None \
                and _comparable(start, end) and end - start != entry.duration:
            problems.append(Problem(entry.line, f"{where}: end and duration disagree; the end "
                                    "is kept", "date"))
        if end is None and start is not None and entry.duration is not None:
            end = start + entry.duration
        talk.start, talk.end = start, end
        self._advance(room, start, end)

    def _floor(self, room: str | None) -> dt.datetime | None:
        """No entry may start before this one (else it "goes backwards")."""
        if room is None:
            return self.previous_start
        return self.rooms.get(room, (None, None))[0] or self.plenary_start

    def _next(self, room: str | None) -> dt.datetime | None:
        if room is None:
            return self.latest
        if room in self.rooms:
            return self.rooms[room][1]
        return self.block_start or self.latest

    def _advance(self, room: str | None, start: dt.datetime | None,
                 end: dt.datetime | None) -> None:
        if start is not None:
            self.previous_start = start
        if room is None:
            self.rooms.clear()
            self.block_start = None
            self.plenary_start = start or self.plenary_start
        else:
            self.rooms[room] = (start, end)
            self.block_start = self.block_start or start
        if room is None:
            self.latest = end
            return
        ends = [room_end for _start, room_end in self.rooms.values()]
        known = [value for value in ends if value is not None]
        same = all(_comparable(value, known[0]) for value in known)
        self.latest = max(known) if known and len(known) == len(ends) and same else None


def _on_day(
    value: dt.time | dt.datetime | None, day: dt.date | None, tz: dt.tzinfo | None
) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return dates.localise(value, tz)  # type: ignore[return-value]
    if isinstance(value, dt.time) and day is not None:
        return dt.datetime.combine(day, value.replace(tzinfo=None), tzinfo=tz)
    return None


def _comparable(one: dt.datetime, two: dt.datetime) -> bool:
    return (one.tzinfo is None) == (two.tzinfo is None)


def _event_hours(event: Event, talks: list[Talk], day: dt.date | None) -> None:
    """A page dated by day only takes its hours from the programme (on that day)."""
    if isinstance(event.start, dt.datetime) or day is None:
        return
    starts = [t.start for t in talks if isinstance(t.start, dt.datetime) and t.start.date() == day]
    if not starts or not all(_comparable(s, starts[0]) for s in starts):
        return
    ends = [t.end for t in talks
            if isinstance(t.end, dt.datetime) and _comparable(t.end, starts[0])]
    first = min(starts)
    event.start = first
    if event.end is None or event.end == day:
        event.end = max(ends) if ends and max(ends) > first else None


__all__ = ["KEYS", "Entry", "Programme", "find_key", "format_duration", "parse_clock",
           "parse_duration", "place", "read"]
