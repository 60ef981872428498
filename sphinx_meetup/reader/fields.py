"""Front-matter keys, as Hugo event pages and their cousins write them, into an Event.

Cleaning is what a person would do: names trimmed, empty strings missing, ``#`` as a
registration link means none. A value of the wrong type is a problem with its line,
never an exception; whatever can be salvaged is kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

from ..model import Event, Link, Problem, Speaker
from ..safety import is_remote, safe_url
from . import dates, watch_links
from .blocks import characters
from .embeds import watch_address
from .given_names import led_by_given_name
from .labels import DEFAULT as DEFAULT_LABELS
from .language import language_tag
from .memo import per_read
from .names import (
    PERSON_KEY,
    Name,
    is_cjk,
    is_organisation,
    looks_like_name,
    parse_name,
    slug_words,
    split_names,
    with_employer,
    without_academic_title,
)
from .names import key as key_of
from .patterns import LazyPattern, run_of
from .placeholders import names_no_one
from .roster import cjk_name
from .slots import is_job, is_role
from .value_types import FLAG, NOT_TEXT, PLAIN, SCALAR, STR_OR_INT, STR_OR_MAP

#: model field -> the keys pages use for it, in order of preference
ALIASES: dict[str, tuple[str, ...]] = {
    # a page without a title is headed by its subtitle or tagline (Jekyll themes' words)
    "title": ("title", "name", "subtitle", "tagline"),
    "description": ("description", "summary"),
    # (``date_start`` / ``date_end``: the order some CMS write them in, Statamic's)
    "start": ("date", "start", "start_date", "startdate", "date_start", "datestart",
              "event_date", "datetime"),
    "end": ("end", "end_date", "enddate", "date_end", "dateend"),
    "timezone": ("timezone", "time_zone", "tz"),
    "language": ("language", "lang", "languagecode"),
    "location": ("location", "city", "event_location", "eventlocation"),
    "venue": ("venue", "place", "event_place", "event_venue", "activity_place",
              "meetup_place", "meeting_place", "address"),
    "fee": ("fee", "price", "cost"),
    "topics": ("topic", "topics", "tags"),
    "sponsors": ("sponsor", "sponsors"),
    "registration_url": (
        "apply_url", "register_url", "registration_url", "registration", "signup_url", "rsvp",
        "ticket_url", "tickets_url", "ticketurl", "ticketsurl",
    ),
    "image": ("image", "featured_image", "cover"),
    # ``presenter`` (a workshop's), ``intervenant`` (French), ``referent`` (German): the
    # same person under the words themes of those communities use; never ``author``,
    # the writer of the post
    "speakers": ("speaker", "speakers", "presenter", "presenters", "intervenant",
                 "intervenants", "referent", "referenten",
                 # (who teaches a workshop: its ``instructors``, ``trainers``)
                 "instructor", "instructors", "trainer", "trainers",
                 # the compounds themes name the same field with (``speaker_name``,
                 # ``guest_speaker``; keys are read lower-cased)
                 "speaker_name", "speaker_names", "speakername", "speakernames",
                 "speakers_name", "speakers_names", "presenter_name", "presenter_names",
                 "guest_speaker", "guest_speakers", "guestspeaker", "talk_speaker",
                 "talk_speakers"),
    # and the compound names themes give the one address (``youtubevideourl``)
    "replays": ("replay", "replays", "video", "videos", "recording", "recordings", "record",
                "video_url", "videourl", "youtube_url", "youtubeurl", "youtube_video_url",
                "youtubevideourl", "recording_url", "replay_url", "youtube", "youtube_id",
                # (front-matter keys are read lower-cased, as Hugo reads them:
                # ``youtubeId`` is ``youtubeid``)
                "youtubeid", "videoid", "video_id",
                # ``youtubeLink``, ``video_link``, ``recording_link``: a theme's link to it
                "youtubelink", "youtube_link", "videolink", "video_link", "recordinglink",
                "recording_link", "replaylink", "replay_link",
                # a Vimeo video's id (``vimeo = "123456789"``, devopsdays' talk pages)
                "vimeo"),
    # and the deck services' own keys of a talk page (``speakerdeck = "https://…"``)
    "slides": ("slides", "presentation_url", "speakerdeck", "slideshare"),
    "links": ("links",),
    "draft": ("draft",),
}

#: every alias -> the field it names and its place among that field's aliases
_ALIAS_OF: dict[str, tuple[str, int]] = {
    key: (name, rank) for name, keys in ALIASES.items() for rank, key in enumerate(keys)
}

#: keys of a map nested one level down (``section1: {time: …, videoUrl: …}``, a theme's
#: block of event facts) read when the page has no such key at its top level
_NESTED_KEYS: dict[str, tuple[str, ...]] = {
    "start": ("date", "start", "start_date", "startdate", "date_start", "event_date",
              "datetime", "time"),
    "replays": ALIASES["replays"],
}

#: registration links that mean "no registration link" on real pages
_NO_LINK = {"#", "./", ".", "/", "#!"}
_LIVE_HOST = LazyPattern(r"^https?://live\.", re.IGNORECASE)
_LEADING_DAY = LazyPattern(r"^\s*+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_MARKDOWN_LINK = LazyPattern(r"^\s*\[(?P<name>[^\]]*)\]\((?P<url>.*)\)\s*$")


class _Reader:
    """Reads one front matter into an Event, collecting problems with lines."""

    def __init__(self, data: dict[str, Any], lines: dict[str, int], event: Event) -> None:
        self.data = data
        self.lines = lines
        self.event = event
        #: a key names the event's own day (``meeting_date``), not only the page's date
        self.own_day = False
        #: each field's first alias with a value (:func:`_firsts`), found when first asked
        self._firsts: dict[str, tuple[str, Any]] | None = None

    def problem(self, key: str, message: str, subtype: str = "frontmatter") -> None:
        self.event.problems.append(Problem(self.lines.get(key), message, subtype))

    def first(self, field_name: str) -> tuple[str, Any] | None:
        """The first key of ``field_name``'s aliases that has a non-empty value."""
        if self._firsts is None:
            self._firsts = _firsts(self.data)
        return self._firsts.get(field_name)

    def nested(self, field_name: str) -> tuple[str, Any] | None:
        """The first non-empty ``field_name`` key of a map one level down, when the top
        level has none: themes that group an event's facts under a key of their own."""
        if self.first(field_name) is not None:
            return None
        wanted = _NESTED_KEYS[field_name]
        for outer, inner in self.data.items():
            if isinstance(inner, dict) and (key := _named_key(inner, wanted)) is not None:
                return str(outer), inner[key]
        return None

    def text(self, field_name: str) -> str | None:
        found = self.first(field_name)
        if found is None:
            return None
        key, value = found
        if isinstance(value, NOT_TEXT):
            self.problem(key, f"{key} should be text, not {type(value).__name__}; it is ignored")
            return None
        # runs of whitespace as one space, trimmed; ``&amp;`` as the page shows it
        text = " ".join(characters(str(value)).split())
        return text or None

    def url(self, key: str, value: object) -> str | None:
        url = safe_url(value)
        if url is None:
            self.problem(
                key,
                f"{key}: {str(value)[:80]!r} is not an http, https or mailto URL; "
                "it is not linked",
                "url",
            )
        return url


def _named_key(inner: dict[Any, Any], names: Iterable[str]) -> Any:
    """The first key of ``inner`` written (in any case) as one of ``names``, in their
    order, that has a value; or None."""
    by_name = {str(key).casefold(): key for key in inner}
    return next((by_name[name] for name in names
                 if name in by_name and inner[by_name[name]] not in (None, "", [])), None)


def _event_maps(data: dict[Any, Any]) -> list[tuple[str, dict[Any, Any]]]:
    """The ``event:`` (``meeting:``, ``meetup:``) maps of ``data``, with their keys: where
    themes group an event's facts."""
    return [(str(outer), inner) for outer, inner in data.items()
            if isinstance(inner, dict) and _key_form(str(outer)) in _EVENT_MAPS]


def _firsts(data: dict[str, Any]) -> dict[str, tuple[str, Any]]:
    """Each field's first alias (in :data:`ALIASES`' order) that has a non-empty value,
    with it: one pass over the page's keys (a dozen), not a look-up of each of the
    hundred aliases a read asks for in turn. The readers never change ``data``."""
    found: dict[str, tuple[int, str, Any]] = {}
    for key, value in data.items():
        alias = _ALIAS_OF.get(key)
        if alias is None or value is None or value == "" or value == []:
            continue
        name, rank = alias
        if name not in found or rank < found[name][0]:
            found[name] = (rank, key, value)
    return {name: (key, value) for name, (_rank, key, value) in found.items()}


def apply(data: dict[str, Any], lines: dict[str, int], event: Event) -> bool:
    """Fill ``event`` from front-matter ``data``; whether a key named the event's own
    day (``meeting_date``, an ``event:`` map's date), which prose does not move."""
    reader = _Reader(data, lines, event)
    event.lines.update(lines)
    event.title = reader.text("title") or _event_map_name(reader) or ""
    event.description = reader.text("description") or ""
    event.location = _place(reader) or reader.text("location")
    event.venue = _place(reader, "venue") or _unless_reference(reader, reader.text("venue"))
    if event.location is None and event.venue is None:
        event.location = _event_map_place(reader) or _online(reader)
    event.fee = reader.text("fee")
    event.draft = _draft(reader)
    event.language = _language(reader)
    for read in _READERS.values():
        read(reader)
    _read_named_key(reader)
    return reader.own_day


#: keys whose value is a person who is not the page's speaker (its writer, its host…)
#: or a place named as people are (``venue_city: Novi Sad``, ``office: Diamond Bar``)
_NOT_THE_SPEAKERS = LazyPattern(
    r"author|writer|editor|translat|review|organi[sz]|host|contact|creat|owner|maintain|"
    r"publish|moderat|chair|^mc$|emcee|facilitat|coordinat|photo|sponsor|partner|manag|"
    r"admin|volunteer|member|team|staff|credit|copyright|licen[cs]|caption|alt$|image|"
    r"banner|cover|source|"
    r"city|venue|location|place|address|office|room|country|region|state|town|^title$",
    re.IGNORECASE,
)


def _read_named_key(reader: _Reader) -> None:
    """A page no speaker key names anyone on, whose front matter holds one full name -
    alone, the whole value - under a key of another word (``smalltext: Ann Example``,
    ``subtitle: …``, ``summary: …``: where its theme shows the talk's person): that
    person speaks. A given name the reader knows must lead the name; never a writer's,
    host's or place's key; one person, or no one."""
    if reader.event.speakers:
        return
    found: dict[str, tuple[str, str]] = {}
    for key, value in reader.data.items():
        if not isinstance(value, str) or not isinstance(key, str):
            continue
        text = " ".join(value.split())
        # (the key's words only of a value of a name's length: a case-insensitive search
        # of some fifty words, entered at every place of the key - 26 k instructions)
        if 2 <= text.count(" ") + 1 <= 4 and len(text) <= 60 and (
                not _NOT_THE_SPEAKERS.search(key)) and led_by_given_name(text) and (
                looks_like_name(text) and not is_organisation(text)):
            found.setdefault(key_of(text), (key, text))
    if len(found) == 1:
        key, text = next(iter(found.values()))
        speaker = _speaker(reader, key, {"name": text}, reader.lines.get(key))
        if speaker is not None:
            reader.event.speakers.append(speaker)


def _event_map_name(reader: _Reader) -> str | None:
    """The ``name`` (or ``title``) of an ``event:`` map, for a page with no title of its
    own (``[params.event] name = "…"``: the theme titles the page with it)."""
    for outer, inner in _event_maps(reader.data):
        for key in ("name", "title"):
            value = inner.get(key)
            if isinstance(value, str) and value.strip():
                reader.event.lines.setdefault("title", reader.lines.get(f"{outer}.{key}",
                                                                       reader.lines.get(outer, 1)))
                return " ".join(value.split())
    return None


#: a venue written as the key of a record elsewhere, not as a place: a long number (a
#: meetup service's venue id, never a place's name as ``42`` may be), a page's file name
#: (``hall.md``). (A lower-case ``community-hall`` may be a place's own name: ``c-base``.)
_REFERENCE = LazyPattern(r"\d{5,}|[\w./-]+\.(?:md|markdown|html?|ya?ml|toml|json)")


def _unless_reference(reader: _Reader, venue: str | None) -> str | None:
    """``venue``, unless it only points at the venue's record (``venue: 12345678``,
    ``venue: hall.md``): that is no place to show (the body may still say where)."""
    if venue is None or not _REFERENCE.fullmatch(venue):
        return venue
    found = reader.first("venue")
    reader.problem(found[0] if found else "venue",
                   f"{found[0] if found else 'venue'}: {venue[:40]!r} names the venue's "
                   "record, not its place; it is not shown (write the place's name)")
    return None


#: the parts of a ``location:`` map, in the order a place is written (``label``: a map
#: link's words, ``{url: https://maps…, label: U Palečka}``)
_PLACE_PARTS = ("name", "title", "label", "venue", "address", "street", "city", "country")


def _place(reader: _Reader, field_name: str = "location") -> str | None:
    """A ``location:`` (or ``venue:`` / ``place:``) map (``{name: SII, address: 31 Rue
    …}``, ``{online: true}``) as one line of text."""
    found = reader.first(field_name)
    if found is None or not isinstance(found[1], dict):
        return None
    place = found[1]
    parts = [" ".join(str(place[key]).split()) for key in _PLACE_PARTS
             if isinstance(place.get(key), STR_OR_INT) and str(place[key]).strip()]
    if not parts and place.get("online") is True:
        return "Online"
    return ", ".join(parts) or None


def _language(reader: _Reader) -> str | None:
    """The page's language as a tag (``zh-CN``), so its text is marked and drawn as such."""
    value = reader.text("language")
    if value is None:
        return None
    tag = language_tag(value)
    if tag is None:
        reader.problem(reader.first("language")[0], f"language {value[:40]!r} is not a "
                       "language tag such as zh-CN or en; it is ignored")
    return tag


def _draft(reader: _Reader) -> bool:
    value = reader.data.get("draft")
    if value is not None and not isinstance(value, PLAIN):
        reader.problem("draft", f"draft should be true or false, not {type(value).__name__}; "
                       "the event is not a draft")
    return draft_flag(value)


def draft_flag(value: object) -> bool:
    """Whether a front-matter ``draft`` value says yes, as Hugo reads it: ``true``,
    YAML's ``yes``/``on``, or the text ``"true"``/``"yes"``/``"on"``/``"1"``. The one
    rule of the reader, the generated pages and ``show`` (only the top-level key counts:
    a ``draft: true`` under a speaker or inside a description is not the event's)."""
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "on", "1"}
    if isinstance(value, FLAG):
        return bool(value)
    return False


def _read_dates(reader: _Reader) -> None:
    event = reader.event
    end_clock: tuple[str, dt.time] | None = None
    for field_name in ("start", "end"):
        found = reader.first(field_name)
        if found is None:
            continue
        key, value = found
        if isinstance(value, dict) and (created := _keyed(value, _POST_DATE_KEYS)) is not None:
            # ``date: {created: …, updated: …}`` (MkDocs Material's blog): when the post
            # was written, not the event; the event's day is stated elsewhere, if at all
            with contextlib.suppress(ValueError, TypeError):
                event.published = dates.parse_value(value[created])
            continue
        try:
            when = dates.parse_value(value)
        except (ValueError, TypeError):
            if field_name == "end" and (clock := _clock(value)) is not None:
                end_clock = key, clock  # ``end: "16:00"``: on the event's day, once its
                continue  # start is known
            reader.problem(
                key,
                f"{key}: {str(value)[:40]!r} is not a date (write it as 2019-12-28 or "
                "2019-12-28T13:00:00+08:00); it is ignored",
                "date",
            )
            continue
        setattr(event, field_name, when)
    if event.start is None and (nested := reader.nested("start")) is not None:
        event.start, event.end = _nested_when(nested[1])
    if event.start is None:
        event.start = _date_named_key(reader.data)
    event.published = event.start or event.published
    if event.published is None:
        _published(reader)
    day, end = _event_day(reader)
    reader.own_day = day is not None
    if day is not None:  # the event's own day beats the page's (publication) date
        # (an ``end`` key of the page's is the event's when it ends that gathering:
        # ``date`` = published, ``start: 2024-03-02 14:00``, ``end: 2024-03-02 17:00``)
        event.start, event.end = day, end if end is not None else (
            event.end if event.start == day or _ends_it(day, event.end) else None)
    if end_clock is None and (key := _keyed(reader.data, _END_CLOCK_KEYS)) is not None and (
            clock := _clock(reader.data[key])) is not None:
        end_clock = str(key), clock  # ``end_time: "8:00 PM"`` beside a day and its start
    # (after the event's own day: ``event_date: 2025-05-28`` + ``start_time: "6:15 PM"``)
    _clock_keys(reader, end_clock)
    _duration(reader)
    tz_name = reader.text("timezone")
    if tz_name:
        try:
            dates.zone(tz_name)
            event.timezone = tz_name
        except ValueError as error:
            reader.problem(reader.first("timezone")[0], f"{error}; it is ignored", "date")


#: what a key's name says when it holds a day: ``the_date``, ``datum``, ``fecha``,
#: ``data`` (Italian, Portuguese, Polish), ``日期`` - or a time, when its value is a day
#: (``time: 2019-07-14T18:30:00Z``, ``zeit``, ``heure``, ``hora``, ``时间``, ``when``)
_DAY_WORDS = ("date", "datum", "fecha", "data", "日期", "time", "zeit", "heure", "hora",
              "时间", "when", "start", "begin")
#: ... and when that day is not the event's: the page's own history (``lastmod``,
#: ``updated_date``, ``publish_date``), an end or a deadline, a person's birthday
_NOT_THE_EVENTS = ("update", "modif", "lastmod", "publish", "pubdate", "creat", "expir",
                   "edit", "review", "archiv", "deadline", "regist", "rsvp", "cfp", "due",
                   "birth", "end", "fin", "until", "close", "sitemap")


@functools.cache
def _known_day_keys() -> frozenset[str]:
    """The keys read (and warned about) as the event's day already, as compared."""
    return frozenset(_key_form(name) for name in (
        *ALIASES["start"], *ALIASES["end"], *_EVENT_DAY_KEYS))


def _date_named_key(data: dict[str, Any]) -> dates.When | None:
    """The day of a key whose name says it holds one (``the_date: 2019-07-14``,
    ``eventDate``'s unknown cousins) on a page no known key dates: a value that is one
    day and nothing else, read in one order only (``08/06/2019`` is not said). Two such
    keys that disagree date nothing."""
    found: set[dates.When] = set()
    for name, value in data.items():
        form = _key_form(str(name))
        if form in _known_day_keys() or not any(word in form for word in _DAY_WORDS) or any(
                word in form for word in _NOT_THE_EVENTS):
            continue
        try:
            when = dates.parse_value(value)
        except (ValueError, TypeError):
            when = dates.only_date(value, None) if isinstance(value, str) else None
        if when is not None:
            found.add(when)
    if not found:
        return _only_appointment(data)
    return found.pop() if len(found) == 1 else None


def _only_appointment(data: dict[str, Any]) -> dt.datetime | None:
    """The one top-level value of a page with no day elsewhere in its front matter that
    is a day *with its hours* (``meetup: 2019-03-20 19:00:00 +0100``), under a key of any
    name but the page's history, an end or a deadline: a clock time makes it an
    appointment, not a post's date. Two such values say nothing."""
    found: set[dt.datetime] = set()
    for name, value in data.items():
        form = _key_form(str(name))
        if any(word in form for word in _NOT_THE_EVENTS):
            continue
        if isinstance(value, str) and _LEADING_DAY.match(value):
            with contextlib.suppress(ValueError, TypeError):
                value = dates.parse_value(value)
        if isinstance(value, dt.datetime):
            found.add(value)
    return found.pop() if len(found) == 1 else None


def _ends_it(day: dates.When, end: dates.When | None) -> bool:
    """Whether ``end`` is later than ``day`` and on its date (an evening's end)."""
    if end is None or not isinstance(day, dt.datetime) or not isinstance(end, dt.datetime):
        return False
    return end.date() == day.date() and not dates.ends_before(day, end) and end != day


def _duration(reader: _Reader) -> None:
    """``duration: 120`` beside a start with its hours and no end: the end, that many
    minutes later (``"2h"``, ``"1h30m"`` too). A bare number under 15 says no unit (hours?
    minutes?) and a length of more than a day is no evening's: both are left."""
    event = reader.event
    key = _keyed(reader.data, ("duration",))
    if key is None or event.end is not None or not isinstance(event.start, dt.datetime):
        return
    value = reader.data[key]
    if isinstance(value, bool):
        return
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
        minutes = int(value) if int(value) >= 15 else 0  # (under 15: no unit said)
    elif isinstance(value, str) and (match := _LENGTH.fullmatch(value.strip())):
        minutes = int(match["h"] or 0) * 60 + int(match["m"] or 0)
    else:
        return
    if 0 < minutes <= 24 * 60:
        event.end = event.start + dt.timedelta(minutes=minutes)


#: ``2h``, ``1h30m``, ``90m``, ``90 min``: a length with its unit
_LENGTH = LazyPattern(r"(?:(?P<h>\d{1,2})\s*h(?:ours?|rs?)?)?\s*"
                     r"(?:(?P<m>\d{1,4})\s*m(?:in(?:utes?|s)?)?)?", re.IGNORECASE)


#: keys that give the hours of a ``date`` that is a day (``date: 2024-11-27`` +
#: ``time: "18:00"``), compared as :data:`_EVENT_DAY_KEYS` are
_CLOCK_KEYS = ("time", "starttime", "timestart", "begintime", "begins", "talkstarttime")
_CLOCK_VALUE = LazyPattern(
    r"^\s*(?P<h>[01]?\d|2[0-3])[:h.](?P<m>[0-5]\d)\s*(?:(?P<ap>[ap])\.?m\.?)?"
    r"(?:\s*[-–~〜]\s*(?P<eh>[01]?\d|2[0-3])[:h.](?P<em>[0-5]\d)\s*(?:(?P<eap>[ap])\.?m\.?)?)?"
    r"\s*$",
    re.IGNORECASE,
)


def _clock(value: object, end: bool = False) -> dt.time | None:
    """``"18:00"``, ``"6.30pm"``, ``"19h00"`` (``end``: the end of ``"18:00-21:00"``); a
    range's one ``pm`` is both ends' (``6:00 - 7:30 pm`` starts at 18:00), as a body's
    time line reads it."""
    if not isinstance(value, str) or _CLOCK_VALUE.match(value) is None:
        return None
    start, finish = dates.find_times(value)
    return finish if end else start


def _clock_keys(reader: _Reader, end_clock: tuple[str, dt.time] | None) -> None:
    """A ``date`` that is a day takes its hours from a key holding only a clock
    (``time: "18:00"``, ``start_time: "18:00-21:00"``), and an ``end`` that is only a
    clock (``end: "16:00"``, ``end_clock``: its key and clock) is on the event's day -
    once the start has its hours; else it is said and left out."""
    event = reader.event
    if isinstance(event.start, dt.date) and not isinstance(event.start, dt.datetime):
        key = _keyed(reader.data, _CLOCK_KEYS)
        start = _clock(reader.data[key]) if key is not None else None
        if start is not None:
            event.start = dt.datetime.combine(event.start, start)
            # a post's own date comes with no hours of its own: a day given its hours by
            # a key of their own is the event's, which a day in prose does not move
            reader.own_day = True
            if end_clock is None and (end := _clock(reader.data[key], end=True)):
                end_clock = str(key), end
    if end_clock is None or event.end is not None:
        return
    key, clock = end_clock
    if not isinstance(event.start, dt.datetime):
        reader.problem(key, f"{key}: {clock:%H:%M} is a time of day, and the start gives "
                       "none (write the start as 2019-12-28T13:00); it is ignored", "date")
        return
    end = dt.datetime.combine(event.start.date(), clock, tzinfo=event.start.tzinfo)
    if end > event.start:
        event.end = end
    else:
        reader.problem(key, f"{key}: {clock:%H:%M} is not after the start "
                       f"({event.start:%H:%M}); it is ignored", "date")


#: keys that name the day of the event itself, not the page's, compared without case,
#: ``_``, ``-`` or spaces (``meeting_date``, ``meetingdate``, ``eventDate``,
#: ``dateTime``, ``start_at``, ``when``); or the date of a map named ``event``
#: (``event: {date: …}``), or that key's own date (``event: 2014-12-08``)
_EVENT_DAY_KEYS = ("eventdate", "meetingdate", "meetupdate", "eventday", "eventstart",
                   "eventstartsat", "eventstartat",
                   "eventdatetime", "start", "startdate", "startdatetime", "datetime",
                   "startat", "startsat", "when", "eventtime", "meetingtime", "meetuptime",
                   # what a page calls its gathering an "activity" (活动: ``activity_time``)
                   "activitytime", "activitydate", "activitystart", "activitydatetime",
                   # a talk's own page (devopsdays' ``Talk_date``)
                   "talkdate")
_EVENT_MAPS = ("event", "meeting", "meetup")
_EVENT_MAP_DATES = ("date", "start", "startdate", "datetime", "begin", "begindate",
                    "begindatetime",
                    # ``event: {time: 2018-01-24 17:00:00}`` (a clock alone is no day)
                    "time", "when")
_KEY_NOISE = LazyPattern(run_of(r"[\s_\-]"))


@per_read
def _key_form(key: str) -> str:
    """``Start_Time`` as ``starttime``: a key as :func:`_keyed` compares it (kept for the
    read: a page's keys are written again for each of a dozen kinds of key looked up)."""
    # (a key of letters and digits alone - most - holds none of the noise)
    return key.casefold() if key.isalnum() else _KEY_NOISE.sub("", key).casefold()


def _keyed(data: dict[Any, Any], forms: tuple[str, ...]) -> Any:
    """The first key of ``data`` written as one of ``forms`` with a value, or None."""
    written = _key_forms(data)
    for form in forms:
        key = written.get(form)
        if key is not None and data[key] not in (None, "", []):
            return key
    return None


def _key_forms(data: dict[Any, Any]) -> dict[str, Any]:
    """Each key of ``data`` by its form (:func:`_key_form`; the last key of a form wins),
    made once for a mapping asked again with the same keys: a read asks the page's keys
    for a dozen kinds of key in turn (:data:`_FORMS_OF`)."""
    keys = tuple(data)
    if _FORMS_OF and _FORMS_OF[0] is data and _FORMS_OF[1] == keys:
        return _FORMS_OF[2]
    written = {_key_form(str(key)): key for key in keys}
    _FORMS_OF[:] = [data, keys, written]
    return written


#: the last mapping :func:`_key_forms` was asked about, its keys and their forms (a
#: reader may add keys to the page's mapping between two questions: its keys are
#: compared, not only its identity)
_FORMS_OF: list = []


def event_day_key(data: dict[Any, Any]) -> str | None:
    """The top-level key that names the event's own day, if the page has one."""
    key = _keyed(data, _EVENT_DAY_KEYS)
    return None if key is None else str(key)


#: the keys of a ``date:`` map that say when the post was written (``created``)
_POST_DATE_KEYS = ("created", "createdat", "published")
#: keys of the day a page was published, not the event's: a page with no other date
#: takes the year of body dates written without one from them
_PUBLISHED_KEYS = ("publishdate", "publishedat", "published", "pubdate", "createdat",
                   "publisheddate")


def _published(reader: _Reader) -> None:
    """The page's publication date from a key that says so, when it has no ``date``."""
    key = _keyed(reader.data, _PUBLISHED_KEYS)
    if key is None:
        return
    # the page's own date, shown nowhere: one that cannot be read is not worth a warning
    with contextlib.suppress(ValueError, TypeError):
        reader.event.published = dates.parse_value(reader.data[key])


def event_day(data: dict[str, Any], lines: dict[str, int], event: Event) -> bool:
    """Give ``event`` the day a key of ``data`` names as the event's own
    (``start_at``, ``meeting_date``…), for a page read by another schema whose date
    key gave none; whether one did."""
    day, end = _event_day(_Reader(data, lines, event))
    if day is not None:
        event.start, event.end = day, end
    return day is not None


def _event_day(reader: _Reader) -> tuple[dates.When | None, dates.When | None]:
    """The day a key says is the event's own (over ``date``, which blogs and Jekyll
    posts give the day the page was published): a top-level ``meeting_date`` /
    ``event_date``…, else the date of a nested ``event:`` map."""
    data = reader.data
    if (key := event_day_key(data)) is not None:
        if (clock := _clock(data[key])) is not None and (own := _event_key_day(data)):
            # ``event: 2015-03-17`` + ``event_time: '19:00'`` (or ``8:00 - 9:30``): the
            # hours of the day the event's key holds
            start = dt.datetime.combine(own, clock)
            finish = _clock(data[key], end=True)
            return start, (dt.datetime.combine(own, finish)
                           if finish is not None and finish > clock else None)
        day, end = _nested_when(data[key])
        said = reader.first("start")  # the alias read above has been warned about already
        if day is None and (said is None or said[0] != key):
            reader.problem(key, f"{key}: {str(data[key])[:40]!r} is not a date (write it "
                           "as 2019-12-28 or 2019-12-28T13:00:00+08:00); it is ignored",
                           "date")
        if day is not None and (end is None or end == day) and (
                end_key := _keyed(data, _EVENT_DAY_ENDS)) is not None:
            # ``eventStartsAt`` … ``eventEndsAt``: the key's pair, when it is later
            with contextlib.suppress(ValueError, TypeError):
                end = dates.parse_value(data[end_key])
                end = end if end != day and not dates.ends_before(day, end) else None
        return day, end
    if (start := _dated_clock_key(data, _CLOCK_KEYS)) is not None:
        end = _dated_clock_key(data, _END_CLOCK_KEYS)
        # (compared as a day and a time may be, one with a zone and one without)
        later = end is not None and end != start and not dates.ends_before(start, end)
        return start, end if later else None
    if (own := _event_key_day(data)) is not None:
        return own, None
    maps = [inner for _outer, inner in _event_maps(data)]
    for inner in maps:
        if (key := _keyed(inner, _EVENT_MAP_DATES)) is not None:
            day, end = _nested_when(inner[key])
            if end is None and day is not None and (
                    (end_key := _keyed(inner, _EVENT_MAP_ENDS)) is not None):
                # ``[event] startDate … endDate …``: the map's end, when it is later
                with contextlib.suppress(ValueError, TypeError):
                    end = dates.parse_value(inner[end_key])
                    end = end if end != day and not dates.ends_before(day, end) else None
            return day, end
    return None, None


def _event_key_day(data: dict[Any, Any]) -> dt.date | None:
    """``event: 2014-12-08``: the day the event's own key holds (a date the parser made:
    ``event: Scala night`` is none, and ``event: {date: …}`` is a map, read as one)."""
    for form in _EVENT_MAPS:
        key = _key_forms(data).get(form)
        if key is not None and isinstance(data[key], dt.date) and not isinstance(
                data[key], dt.datetime):
            return data[key]
    return None


#: the end of the gathering beside a key of its own day (``eventEndsAt``)
_EVENT_DAY_ENDS = ("eventend", "eventendsat", "eventendat", "eventenddate", "endsat", "endat")
#: the end of the gathering in an ``event:`` map (``endDate``, ``end_date``)
_EVENT_MAP_ENDS = ("enddate", "end", "enddatetime", "endsat")
#: its place in one (``location: Central Library``, ``venue: {name, address}``)
_EVENT_MAP_PLACES = ("location", "venue", "place", "address")


#: flags saying the gathering is held online (``online: true``), at the top level or in
#: an ``event:`` map, and the attendance words of themes (``attendanceType: virtual``)
_ONLINE_FLAGS = ("online", "isonline", "virtual", "isvirtual")
_ATTENDANCE_KEYS = ("attendancetype", "attendancemode", "attendance")
_ONLINE_WORDS = frozenset({"online", "virtual", "remote"})


def _online(reader: _Reader) -> str | None:
    """``Online``, for a page with no place that says it is held online: ``online:
    true`` (a flag, never a word: ``online: Zoom`` is no flag), or an attendance key
    whose value is ``virtual`` / ``online`` (not ``hybrid``: that has a place)."""
    maps = [reader.data] + [inner for _outer, inner in _event_maps(reader.data)]
    for data in maps:
        key = _keyed(data, _ONLINE_FLAGS)
        if key is not None and data[key] is True:
            return "Online"
        key = _keyed(data, _ATTENDANCE_KEYS)
        if (key is not None and isinstance(data[key], str)
                and data[key].strip().casefold() in _ONLINE_WORDS):
            return "Online"
    return None


def _event_map_place(reader: _Reader) -> str | None:
    """The place an ``event:`` map names (``[event] location = "…"``), for a page with no
    ``location`` / ``venue`` of its own: themes that keep the gathering's facts there."""
    for _outer, inner in _event_maps(reader.data):
        key = _keyed(inner, _EVENT_MAP_PLACES)
        if key is None:
            continue
        place = _place(_Reader({"location": inner[key]}, {}, reader.event))
        if place is None and isinstance(inner[key], STR_OR_INT):
            place = " ".join(str(inner[key]).split()) or None
        return place
    return None


#: the end's keys beside :data:`_CLOCK_KEYS` (``end_time``)
_END_CLOCK_KEYS = ("endtime", "timeend", "endsat", "talkendtime")


def _dated_clock_key(data: dict[Any, Any], keys: tuple[str, ...]) -> dates.When | None:
    """``start_time: 2017-11-04 13:10:00 +0900``: a clock's key that holds a whole date
    and time (as event schemas and APIs write their ``start_time`` / ``end_time``), or a
    day, names the event's own start (or end), over a ``date`` that is the page's."""
    key = _keyed(data, keys)
    if key is None or _clock(data[key]) is not None:
        return None  # (``time: "18:00"`` is the hours of ``date``'s day: _clock_keys)
    try:
        when = dates.parse_value(data[key])
    except (ValueError, TypeError):
        return None
    # (``time = "2021.05.15"``: a clock's key holding only the day - a theme's field that
    # means "when" - is the event's day too)
    return when if isinstance(when, dt.date) else None


def _nested_when(value: object) -> tuple[dates.When | None, dates.When | None]:
    """A nested date value: an ISO date, or a day with its hours (``2022-03-12
    14:00-18:00``, ``2021-7-29 14:00``) - as the theme shows it, not a strict format.
    Anything else is no date (the body may still state one)."""
    try:
        return dates.parse_value(value), None
    except (ValueError, TypeError):
        pass
    if not isinstance(value, str):
        return None, None
    day = dates.find_date(value, None)
    if day is None:
        return None, None
    start, end = dates.find_times(_LEADING_DAY.sub("", value))  # ``3-12 14:00`` is no clock
    if start is None:
        return day, None
    return (dt.datetime.combine(day, start),
            dt.datetime.combine(day, end) if end is not None and end > start else None)


def _read_topics(reader: _Reader) -> None:
    topics: list[str] = []
    for key in ALIASES["topics"]:
        value = reader.data.get(key)
        if value in (None, "", []):
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, SCALAR) and not isinstance(item, bool):
                text = str(item).strip()
                if text and text not in topics:
                    topics.append(text)
            else:
                reader.problem(key, f"{key}: {item!r} is not a topic name; it is ignored")
    reader.event.topics = topics


def _read_sponsors(reader: _Reader) -> None:
    found = reader.first("sponsors")
    if found is None:
        return
    key, value = found
    for item in value if isinstance(value, list) else [value]:
        link = _link(reader, key, item)
        if link is not None:
            reader.event.sponsors.append(link)


def _link(reader: _Reader, key: str, item: object) -> Link | None:
    """A sponsor or link written as ``[Name](url)``, a bare URL, a name, or a mapping."""
    if isinstance(item, dict):
        name = str(item.get("name") or item.get("title") or "").strip()
        raw_url = item.get("url") or item.get("link") or ""
    elif isinstance(item, str):
        match = _MARKDOWN_LINK.match(item)
        if match:
            name, raw_url = match["name"].strip(), match["url"]
        elif is_remote(item.strip()):
            name, raw_url = "", item.strip()
        else:
            name, raw_url = item.strip(), ""
    else:
        reader.problem(key, f"{key}: {item!r} is neither a name nor a link; it is ignored")
        return None
    url = reader.url(key, raw_url) if raw_url else None
    if not name and url is None:
        return None
    return Link(name or url or "", url or "")


#: keys other schemas give the sign-up page under, read only when they hold an address
#: (``meetup: https://…``, ``signup: {url: …, title: Join}``): ``meetup`` may be a map of
#: the event's facts, ``register`` a flag
_SIGN_UP_KEYS = ("register", "meetupurl", "meetup_url", "meetup", "signup")


def _sign_up_address(reader: _Reader) -> tuple[str, Any] | None:
    for key in _SIGN_UP_KEYS:
        value = reader.data.get(key)
        if isinstance(value, dict):
            value = value.get("url") or value.get("link")
        if isinstance(value, str) and value.strip().lower().startswith(("http://",
                                                                        "https://")):
            return key, value.strip()
    return None


def _read_registration(reader: _Reader) -> None:
    found = reader.first("registration_url") or _sign_up_address(reader)
    if found is None:
        return
    key, value = found
    if isinstance(value, str) and value.strip() in _NO_LINK:
        return
    reader.event.registration_url = url = reader.url(key, value)
    if url and watch_links.video_page(url) and url not in reader.event.replays:
        # an online evening's "ticket" that is one video's page (``youtu.be/…``): the
        # stream, which its page keeps as the recording
        reader.event.replays.append(url)


def _read_image(reader: _Reader) -> None:
    found = reader.first("image")
    if found is not None and isinstance(found[1], str):
        reader.event.image = found[1].strip() or None


#: a site path of a person's page (``/speakers/ann-example``)
_PAGE_PATH = LazyPattern(r"/(?:[\w-]+/)+[a-z0-9]+(?:-[a-z0-9]+)*/?")


def _page_paths(value: str) -> bool:
    """Whether ``value`` is only site paths of people's pages, comma-separated."""
    parts = value.split(",")
    return value.startswith("/") and all(_PAGE_PATH.fullmatch(part.strip()) for part in parts)


def _person_keys(value: object) -> bool:
    """Whether ``value`` is a list of people's page keys only (``speakers: [ann-example,
    bo-sample]``: themes whose people files live in ``content/speakers/``). A list that
    mixes keys and names is left as written."""
    return (isinstance(value, list) and bool(value)
            and all(isinstance(item, str) and PERSON_KEY.fullmatch(item.strip())
                    for item in value))


def _read_speakers(reader: _Reader) -> None:
    found = reader.first("speakers")
    if found is None:
        return
    key, value = found
    value = _names_shown(value)
    if _person_keys(value):
        # each person by their page's key, read as their name; the key stays an alias
        value = [{"name": slug_words(item.strip()), "aliases": [item.strip()]}
                 for item in value]
    if isinstance(value, str) and _page_paths(value.strip()):
        # ``/speakers/ann-example,/speakers/bo-sample``: the people's pages on the site,
        # each named by its last part (as a theme's ``speaker_id`` slug is)
        value = [{"name": slug_words(path.strip().rstrip("/").rsplit("/", 1)[-1])}
                 for path in value.split(",") if path.strip()]
    if isinstance(value, STR_OR_MAP):
        named = with_employer(split_names(value), value) if isinstance(value, str) else []
        if isinstance(value, str) and _employer_first(parse_name(value)).affiliation:
            named = [Name(value)]  # ``Ann Example / Acme Corp``: one person (read below)
        if isinstance(value, str) and (key in _ONE_PERSON_KEYS or len(named) == 1):
            # ``speaker: Ann Example``: one person as text, read as is (as a Jekyll
            # post writes it); only several names in one string are worth a word
            value = [{"name": name.name} for name in named]
        elif isinstance(value, str):
            reader.problem(
                key,
                f"{key} should be a list of speakers (name, image, designation), "
                f"not text; read {value[:60]!r} as names",
            )
            value = [{"name": name.name} for name in named]
        elif value and not ({"name", "title"} & set(value)) and all(
                isinstance(entry, dict) for entry in value.values()):
            # ``talk_speakers: {speaker1: {name: Ann}, speaker2: {name: Bo}}``: the
            # entries keyed by their slots, a list written as a mapping
            value = list(value.values())
        else:
            value = [value]
    if not isinstance(value, list):
        reader.problem(key, f"{key} should be a list of speakers, not {type(value).__name__}")
        return
    for index, item in enumerate(value):
        line = reader.lines.get(f"{key}.{index}", reader.lines.get(key))
        for one in _one_per_person(item):
            speaker = _speaker(reader, key, one, line)
            if speaker is not None:
                reader.event.speakers.append(speaker)


def _names_shown(value: object) -> object:
    """Speakers' names as the page shows them: a theme writes the value into its HTML,
    so ``Mart&iacute;n`` is ``Martín`` (its ``;`` no separator) - in a text, a list's
    texts and an entry's ``name``; links and the rest are left as written."""
    if isinstance(value, str):
        return characters(value) if "&" in value else value
    if isinstance(value, list):
        return [_names_shown(item) if isinstance(item, STR_OR_MAP) else item for item in value]
    if isinstance(value, dict) and isinstance(value.get("name"), str) and "&" in value["name"]:
        return {**value, "name": characters(value["name"])}
    return value


#: the conjunction before the last of several people named in one field
_LAST_JOIN = LazyPattern(r"(?<!\s)\s++(?:and|y|e|et|und|&)\s")


def _one_per_person(item: object) -> list[object]:
    """A speaker entry whose name joins several people (``name: Ann Example y Bo Sample``,
    ``Ann Example (@ann), Bo Sample (@bo) and Cy Test``): one entry each, when the entry
    says nothing else of one person (no image, role or links) and every part reads as a
    full name. A handle in brackets is that person's other name."""
    raw = item.get("name") if isinstance(item, dict) else item
    if not isinstance(raw, str) or (isinstance(item, dict) and set(item) - {"name"}):
        return [item]
    joins = list(_LAST_JOIN.finditer(raw))
    if len(joins) != 1:
        return [item]
    parts = [*raw[: joins[0].start()].split(","), raw[joins[0].end() :]]
    people = [parse_name(part.strip()) for part in parts]
    if len(people) < 2 or not all(
        looks_like_name(person.name) and len(person.name.split()) >= 2 for person in people
    ):
        return [item]
    return [
        {"name": person.name, "aliases": [*person.aliases, person.affiliation]}
        if person.affiliation and person.affiliation.startswith("@")
        else {"name": person.name, "aliases": person.aliases}
        for person in people
    ]


#: the keys of a speaker entry that give the title of their talk, the talk's own first
_SPEAKER_TALK_KEYS = ("talk", "talk_title", "talkTitle", "presentation_title", "topic",
                      "title")
#: a numbered person key: ``speaker2``, ``speaker_3``, ``presenter1``
_NUMBERED_PERSON = LazyPattern(r"(?P<word>speaker|presenter)_?(?P<number>[1-9])?")


def gather_numbered_speakers(data: dict[str, Any], lines: dict[str, int]) -> None:
    """``speaker: Ann`` beside ``speaker2: Bo``, or ``speaker1: {name, presentation_title,
    …}`` to ``speaker3``: a theme's people written one numbered key each. Read as one
    ``speakers`` list in their numbers' order (``speaker`` is the first), leaving out the
    entries a template left empty - when there is a second one and no ``speakers`` list."""
    if "speakers" in data:
        return
    numbered: dict[int, str] = {}
    for key in data:
        name = str(key)  # (a key opening with neither word is not matched)
        match = (_NUMBERED_PERSON.fullmatch(name)
                 if name.startswith(("speaker", "presenter")) else None)
        if match is not None:
            number = int(match["number"] or 1)
            if match["number"] or number not in numbered:
                numbered[number] = str(key)
    if not any(number >= 2 for number in numbered):
        return
    entries: list[Any] = []
    for number in sorted(numbered):
        key = numbered[number]
        value = data.pop(key)
        name = value.get("name") if isinstance(value, dict) else value
        if not isinstance(name, str) or not name.strip():
            continue  # ``speaker3: {name: ""}``: a slot of the template left unfilled
        if (line := lines.get(key)) is not None:
            lines[f"speakers.{len(entries)}"] = line
            lines.setdefault("speakers", line)
        entries.append(value if isinstance(value, dict) else {"name": name.strip()})
    if entries:
        data["speakers"] = entries


#: the fields an ``event:`` map may hold for the page (its speakers, its recordings)
_EVENT_MAP_FIELDS = ("speakers", "replays", "slides")


def gather_event_map(data: dict[str, Any], lines: dict[str, int]) -> None:
    """``event: {speaker: Ann Example, youtube: …}``: a theme that groups the event's
    facts under a key of its own gives its speakers and recordings there too - read as
    the page's own, where the top level names none."""
    for outer, inner in _event_maps(data):
        for field_name in _EVENT_MAP_FIELDS:
            if any(data.get(alias) not in (None, "", []) for alias in ALIASES[field_name]):
                continue
            key = _named_key(inner, ALIASES[field_name])
            if key is None or (alias := str(key).casefold()) in data:
                continue
            data[alias] = inner[key]
            if (line := lines.get(f"{outer}.{key}", lines.get(outer))) is not None:
                lines[alias] = line
        if not any(data.get(alias) not in (None, "", []) for alias in ALIASES["replays"]):
            # ``event: {facebooklive: https://www.facebook.com/…/videos/…}``: the map's one
            # key of its own whose value is a video's page is the event's recording
            videos = [key for key, value in inner.items() if isinstance(value, str)
                      and watch_links.video_page(value.strip())]
            if len(videos) == 1:
                data["replays"] = inner[videos[0]].strip()
                if (line := lines.get(f"{outer}.{videos[0]}")) is not None:
                    lines["replays"] = line


#: keys that say who a person is, beside a top-level ``name``: the page records a person
_PERSON_FIELDS = ("affiliation", "institution", "organization", "organisation", "company",
                  "position", "bio")
#: keys naming the talk such a page records
_RECORD_TALK_KEYS = ("topic", "talk", "talk_title", "talktitle")
#: ... and the short line under the missing title of a page filed as one talk
_FILED_TALK_KEYS = ("teaser", "subtitle")


def gather_person_record(data: dict[str, Any], lines: dict[str, int]) -> None:
    """``name: 中村 泰貴`` beside ``affiliation:`` (or ``bio:``) and ``topic:``, and no
    ``title``: a seminar's page written as the record of its one speaker and their talk
    (a talk layout's fields). The name is that speaker's - never the page's title - and
    the topic is the talk's title and the page's; the person's fields stay theirs."""
    if "title" in data or any(key in data for key in ALIASES["speakers"]):
        return
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        return
    keys = _RECORD_TALK_KEYS
    if not any(isinstance(data.get(key), str) and data[key].strip() for key in _PERSON_FIELDS):
        # (or ``type: Talk`` and a full name a known given name leads: a talk's page filed
        # so, its ``teaser`` / ``subtitle`` the talk's title)
        if not led_by_given_name(name.strip()) or filed_as_talk(data, lines) is None:
            return
        keys = (*_RECORD_TALK_KEYS, *_FILED_TALK_KEYS)
    talk = next((key for key in keys
                 if isinstance(data.get(key), str) and data[key].strip()), None)
    if talk is None:
        return
    person = {key: data[key] for key in ("name", *_PERSON_FIELDS[:-1]) if key in data}
    title = " ".join(data.pop(talk).split())
    del data["name"]
    data["speakers"], data["title"], data["talk_title"] = [person], title, title
    for key, source in (("speakers", "name"), ("speakers.0", "name"), ("title", talk),
                        ("talk_title", talk)):
        if (line := lines.get(source)) is not None:
            lines[key] = line


def speaker_talks(data: dict[str, Any], lines: dict[str, int]) -> list[tuple[str, str, int | None]]:
    """``speakers: [{title: …, name: …}, …]`` (or ``{name, talk}``, ``{name, topic}``): a
    theme that lists its programme as its speakers, each with the title of their talk.
    ``(title, name, line)`` per entry, and only when every entry gives a name and a
    title that is no job (``title: CTO`` is a role, as some themes use the key); else
    nothing."""
    for field_key in ALIASES["speakers"]:
        value = data.get(field_key)
        if value is not None:
            break
    else:
        return []
    if not isinstance(value, list) or not value:
        return []
    found: list[tuple[str, str, int | None]] = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            return []
        name = item.get("name")
        # ``{name, talk}`` / ``{name, topic}``: other themes' word for the talk's title
        title = next((item[k] for k in _SPEAKER_TALK_KEYS if isinstance(item.get(k), str)
                      and item[k].strip()), None)
        if not isinstance(name, str) or not isinstance(title, str):
            return []
        name, title = parse_name(name).name, " ".join(title.split())
        if not name or not title or is_job(title) or key_of(title) == key_of(name):
            return []  # (``title: Product Designer at Example``: her job, not her talk)
        found.append((title, name, lines.get(f"{field_key}.{index}", lines.get(field_key))))
    return found


#: keys naming the title of the one talk a page's front matter records
_TALK_TITLE_KEYS = ("talk_title", "talktitle", "session_title")
#: a summary's sentence ends with a stop; a talk's title seldom does
_SENTENCE_END = LazyPattern(r"[.!。！]\s*$")


#: the front-matter keys a site files a page under (Jekyll's ``category``, Hugo's
#: ``type`` and ``layout``, an event theme's ``eventType``; keys are read case-folded)
_FILING_KEYS = ("category", "categories", "type", "layout", "kind", "format", "eventtype",
                "event_type")
#: what a page filed so is: one talk (a site of talk recordings, a lecture series) - the
#: singular words only: ``talks`` or ``meetup`` file a page of several as readily
_ONE_TALK_FILINGS = frozenset({"talk", "vortrag", "presentation", "präsentation", "lecture",
                               "keynote", "charla", "palestra", "ponencia", "講演", "讲座",
                               "演讲", "발표"})


def filed_as_talk(data: dict[str, Any], lines: dict[str, int]) -> tuple[str, int | None] | None:
    """``category: talk`` / ``eventType: [presentation]``: the key and word by which the
    site files the page as one talk, and the key's line - the site's own sorting of its
    pages, a sign the page is its one talk when its text names none."""
    for field_key in _FILING_KEYS:
        value = data.get(field_key)
        if isinstance(value, list) and len(value) == 1:
            value = value[0]  # (a list of kinds - ``[presentation, exercise]`` - is no
            # one talk's filing: the evening holds other parts, perhaps other talks)
        if isinstance(value, str) and value.strip().casefold() in _ONE_TALK_FILINGS:
            return f"{field_key}: {value.strip()}", lines.get(field_key)
    return None


def talk_record_title(
    data: dict[str, Any], lines: dict[str, int]
) -> tuple[str, int | None, str] | None:
    """The one talk front matter records as a talk submission is written: ``speaker`` +
    ``abstract`` (a talk's words, as call-for-papers forms ask for them) beside a one-line
    ``description`` - there the description is the talk's title, and the page's
    ``title`` names the evening (``Meeting #106``); ``talk_title`` says so itself.
    ``(title, line, abstract)``, or None."""
    if not any(data.get(field_key) for field_key in ALIASES["speakers"]):
        return None
    abstract = data.get("abstract")
    abstract = abstract.strip() if isinstance(abstract, str) else ""
    for field_key in _TALK_TITLE_KEYS:
        if isinstance(value := data.get(field_key), str) and value.strip():
            return " ".join(value.split()), lines.get(field_key), abstract
    if (isinstance(title := data.get("title"), str) and dates.only_date(title, None)
            and (subtitle := _one_line(data.get("subtitle"))) is not None):
        # ``title: 27th January 2025`` over ``subtitle: Double-jump phase transitions``:
        # a seminar's page named by its day, the talk under it
        return subtitle, lines.get("subtitle"), abstract
    value = data.get("description")
    if "abstract" not in data or not isinstance(value, str):
        return None
    title = value.strip()
    if not title or "\n" in title or len(title) > 120 or _SENTENCE_END.search(title):
        return None
    return title, lines.get("description"), abstract


def _one_line(value: object) -> str | None:
    """``value`` when it is a title's line: one line, no sentence, not a day itself."""
    if not isinstance(value, str) or not (text := " ".join(value.split())):
        return None
    if "\n" in value.strip() or len(text) > 200 or _SENTENCE_END.search(text) or (
            dates.only_date(text, None)):
        return None
    return text


def _speaker(reader: _Reader, key: str, item: object, line: int | None) -> Speaker | None:
    if isinstance(item, str):
        item = {"name": item}
    if not isinstance(item, dict):
        reader.event.problems.append(
            Problem(line, f"{key}: {str(item)[:60]!r} is not a speaker (name, image, "
                    "designation); it is ignored", "frontmatter")
        )
        return None
    raw_name = item.get("name") or item.get("title")
    linked = _MARKDOWN_LINK.match(raw_name.strip()) if isinstance(raw_name, str) else None
    if linked:
        # ``"[Ann Example](https://…)"``: the link's text is the name, its target the
        # person's page - neither the brackets nor the address belong to the name
        raw_name = linked["name"]
    if not isinstance(raw_name, str) or not raw_name.strip():
        reader.event.problems.append(
            Problem(line, f"{key}: a speaker has no name; it is ignored", "frontmatter")
        )
        return None
    bare = without_academic_title(raw_name.strip())
    name = _employer_first(parse_name(bare))
    if name.name.casefold() in NOBODY or names_no_one(name.name):
        # ``presenter: Alle``: everybody (or nobody yet); ``Guest speaker``, ``Speakers
        # TBD``, ``JP_Stripes members``: a role, a placeholder, a group - no person's card
        return None
    aliases = [*name.aliases, *_strings(item.get("aliases") or item.get("alias"))]
    if bare != raw_name.strip() and (titled := parse_name(raw_name).name) != name.name and (
            titled not in aliases):
        aliases.append(titled)  # ``Prof. Ann Example``: shown on her card, matched too
    designation = _first_text(item, "designation", "title_role", "role", "job", "position")
    title = item.get("title") if item.get("name") else None
    if designation is None and isinstance(title, str) and is_role(title):
        designation = " ".join(title.split())  # ``{name: Ann, title: Data Engineer}``: a job
    affiliation = name.affiliation or _first_text(
        item, "affiliation", "company", "organization", "organisation", "institution", "org"
    )
    links = [
        link
        for raw in _as_list(item.get("links"))
        if (link := _link(reader, key, raw)) is not None
    ]
    if linked and (link := _link(reader, key, linked.group(0))) is not None:
        links.append(link)
    for url_key in ("url", "website", "homepage", "link"):
        if item.get(url_key):
            link = _link(reader, key, str(item[url_key]))
            if link is not None:
                links.append(link)
    image = _first_text(item, "image", "photo", "avatar", "picture")
    return Speaker(
        name=name.name,
        image=image,
        designation=designation or affiliation,
        aliases=aliases,
        affiliation=affiliation,
        links=links,
        line=line,
    )


def _employer_first(name: Name) -> Name:
    """A front-matter speaker written with where they work beside the name, the way the
    name alone is not: ``Acme Corp：Ann Example``, ``Acme Corp - Ann Example``,
    ``株式会社Acme 山田太郎``, ``Ann Example / Acme Corp`` - the person, of the company.
    The person must read as one (a Chinese or Japanese name, a full name a known given
    name leads) and the other part as an employer (an organisation's word; after a
    full-width colon or a comma, any few words that are no label and no person:
    ``Stripe：山田太郎``, ``Derek Eder, DataMade``)."""
    text = name.name
    if name.affiliation or len(text) > _EMPLOYER_AND_NAME:
        return name
    if (prefixed := _COMPANY_FIRST.match(text)) is not None:
        return Name(prefixed["who"], name.aliases, prefixed["org"])
    for shape in (_EMPLOYER_THEN_NAME, _NAME_THEN_EMPLOYER):
        parts = shape.match(text)
        if parts is None or not _one_person(parts["who"]) or _one_person(parts["org"]):
            continue
        org, mark = parts["org"].strip(), parts["mark"].strip()
        if DEFAULT_LABELS.any_role("only", ("speaker", "host")).match(org):
            return Name(parts["who"].strip(), name.aliases)  # ``Speaker: Ann Example``
        if is_organisation(org) or (mark in ("：", ",") and len(org) <= _SHORT_EMPLOYER):
            return Name(parts["who"].strip(), name.aliases, org)
        if mark in (":", "："):
            break  # (what a colon parts is read one way only)
    return name


def _one_person(text: str) -> bool:
    """A Chinese or Japanese name (a few ideographs, no organisation's, job's or label's
    word) or a full name a known given name leads."""
    text = text.strip()
    if is_cjk(text):
        return cjk_name(text, DEFAULT_LABELS)
    return led_by_given_name(text) and len(split_names(text)) == 1


#: an employer and a name fit in one short value
_EMPLOYER_AND_NAME = 100
#: the words before a full-width colon that may name where someone works
_SHORT_EMPLOYER = 30
#: ``Acme Corp：Ann Example`` / ``Acme Corp - Ann Example``: where, then who
_EMPLOYER_THEN_NAME = LazyPattern(
    r"^(?P<org>[^:：/|]{2,60}?)(?P<mark>\s*+[:：]|\s[-–—|/])\s*+(?P<who>[^:：/|]{2,40})$")
#: ``Ann Example / Acme Corp`` (``|``): who, then where
_NAME_THEN_EMPLOYER = LazyPattern(
    r"^(?P<who>[^:：/|,]{2,40}?)(?P<mark>\s[|/]|,)\s*+(?P<org>[^:：/|,]{2,60})$")
#: ``株式会社Acme 山田太郎`` / ``Acme株式会社 山田``: a Japanese company, then the person
_COMPANY_FIRST = LazyPattern(
    r"^(?P<org>(?:株式会社|有限会社|合同会社)\S+|\S+(?:株式会社|有限会社|合同会社))\s++"
    r"(?P<who>[\u3400-\u9fff]{2,5})$")


#: speaker keys that name one person as text by design (``presenter: Ann Example``)
_ONE_PERSON_KEYS = frozenset({"presenter", "intervenant", "referent"})

#: what a speaker key holds when no one person speaks: everybody, or nobody known yet
NOBODY = frozenset({
    "all", "everyone", "everybody", "alle", "jeder", "tous", "tout le monde", "tbd", "tba",
    "n/a", "?", "-", "todo", "nobody", "none", "niemand", "personne",
    # several people the page does not name (German, French, Spanish, Portuguese, Italian)
    "various", "various speakers", "verschiedene", "diverse", "divers", "varios", "varias",
    "vários", "várias", "vari", "diversi",
    # Japanese and Chinese: everyone, all members, volunteers, each on their own
    "みんな", "皆さん", "全員", "有志", "各自", "大家", "所有人", "全体",
    "tbc", "speaker tba", "speaker tbd", "to be announced", "to be advised", "to be confirmed",
    # the kind of event where a theme's speaker key wants a person (``speaker: Conference``)
    "conference", "conferenza", "konferenz", "conférence", "conferencia", "meetup",
    "workshop", "hackathon", "panel", "talk", "talks", "event", "evento", "veranstaltung",
    "pending", "unknown",
})
#: a speaker that says the slot is open to whoever offers a talk (``author: Your Name
#: Here``): nobody, and no talk yet
OPEN_SLOT = frozenset({
    "you", "you?", "you!", "maybe you", "maybe you?", "your name", "your name here",
    "your name?", "du?", "vous ?", "vous?", "toi ?", "toi?", "votre nom", "dein name",
    "ihr name", "tu nombre", "tú?", "il tuo nome", "seu nome", "você?",
})
NOBODY |= OPEN_SLOT


def _first_text(item: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, SCALAR) and not isinstance(value, bool):
            text = " ".join(str(value).split())  # runs of whitespace as one space, trimmed
            if text:
                return text
    return None


def _strings(value: object) -> list[str]:
    return [str(v).strip() for v in _as_list(value) if isinstance(v, str) and v.strip()]


def _as_list(value: object) -> list[Any]:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


#: a word joining two addresses in one value: ``url e url``, ``url and url``, ``url, url``
_JOINERS = frozenset({"e", "and", "et", "und", "en", "y", "&", "+", ",", "/", "|", "和", "及"})


def _joined(item: object) -> list[object]:
    """The addresses of a value that holds several joined by spaces or a word
    (``video: https://youtu.be/a e https://youtu.be/b``), else the value itself: only
    when every other word is such a joiner (a sentence is not split into links)."""
    if not isinstance(item, str) or item.count("http") < 2:
        return [item]
    words = item.replace(",", " , ").split()
    urls = [word for word in words if word.startswith(("http://", "https://"))]
    rest = [word for word in words if word not in urls]
    return list(urls) if len(urls) >= 2 and all(w.casefold() in _JOINERS for w in rest) \
        else [item]


def _addresses(value: object) -> list[object]:
    """Each item of a key's value, with several joined addresses taken apart."""
    return [one for item in _as_list(value) for one in _joined(item)]


def replay_keys(data: dict[str, Any], lines: dict[str, int], event: Event) -> None:
    """The replays the generic keys (``video:``, ``recording:``…) give, for a page read
    by another schema whose own key (Hugo Blox's ``url_video``) gave none."""
    reader = _Reader(data, lines, event)
    found = reader.first("replays")
    if found is None:
        return
    key, value = found
    for item in _addresses(value):
        url = reader.url(key, item)
        if url and url not in event.replays:
            event.replays.append(url)


#: a key holding a list of the event's addresses (``external_urls``, ``links``)
_URL_LIST_KEY = LazyPattern(r"(?:urls|links)$", re.IGNORECASE)


def _listed_recording(reader: _Reader) -> None:
    """``external_urls: [meetup.com/…, sympla…, youtube.com/watch?v=…]``: of a plain list
    of the event's addresses, the one that is a video page is its recording (the others
    are its sign-up, call for papers, posts). Only one: two videos may be anything."""
    for key, value in reader.data.items():
        if not isinstance(value, list) or not _URL_LIST_KEY.search(str(key)):
            continue
        videos = {item.strip() for item in value
                  if isinstance(item, str) and watch_links.video_page(item.strip())}
        if len(videos) == 1:
            url = safe_url(videos.pop())
            if url:
                reader.event.replays.append(url)
                return


def _read_url_lists(reader: _Reader) -> None:
    for field_name in ("replays", "slides"):
        found = reader.first(field_name)
        if found is None and field_name == "replays":
            found = reader.nested(field_name)
        if found is None:
            continue
        key, value = found
        if isinstance(value, bool):
            continue  # ``record: true``, ``video: false``: a flag (will it be recorded?)
        for item in _addresses(value):
            if isinstance(item, dict) and (entry := _entry_url(item)) is not None:
                item = entry  # ``- {description: Streaming of the talk, url: https://…}``
            if isinstance(item, str) and item.strip().startswith("//"):
                item = "https:" + item.strip()  # a scheme-relative player address
            if (str(key).casefold() in _DECK_KEYS and isinstance(item, str)
                    and not item.strip().lower().startswith(("http://", "https://"))):
                continue  # (``presentation_url: /assets/deck.pdf``: the site's own file)
            if str(key).casefold() == "vimeo" and isinstance(item, STR_OR_INT):
                if _VIMEO_ID.fullmatch(str(item).strip()):
                    item = watch_address("vimeo", str(item).strip())  # ``vimeo: ID``
                elif not str(item).strip().startswith("https://vimeo.com/"):
                    continue  # a name or a channel: no recording
            if field_name == "replays" and (video := video_address(key, item)):
                item = video  # ``youtube: ID`` / ``video: KN1g7blMW_8``
            elif (str(key).casefold() in YOUTUBE_ID_KEYS and isinstance(item, str)
                  and not watch_links.video_page(item.strip())):
                continue  # a channel (``youtube.com/@group``) or a name: no recording
            url = reader.url(key, item)
            if url and url not in getattr(reader.event, field_name):
                getattr(reader.event, field_name).append(url)
    if not reader.event.replays:
        _listed_recording(reader)
    found = reader.first("links")
    if found is not None:
        key, value = found
        if isinstance(value, dict) and not {"name", "title", "url", "link"} & set(value):
            _labelled_links(reader, key, value)
            return
        for item in _as_list(value):
            link = _link(reader, key, item)
            if link is not None and link.url:
                reader.event.links.append(link)


#: slide keys of other schemas, read only when they hold a web address
_DECK_KEYS = frozenset({"presentation_url", "speakerdeck", "slideshare"})
#: a Vimeo video's id: its number
_VIMEO_ID = LazyPattern(r"\d{5,12}")
#: keys a theme gives a YouTube video's id in (``youtube: KK0gFuWCu5U``), not its address
YOUTUBE_ID_KEYS = frozenset({"youtube", "youtube_id", "youtubeid", "videoid", "video_id"})
#: (with a digit, a capital, ``_`` or ``-``: ``pythonmeets`` is a name, not an id)
_YOUTUBE_ID = LazyPattern(r"(?=[^\W_]*[\d_A-Z-])[\w-]{11}")
#: under a key that may hold any video's address (``video: KN1g7blMW_8``) an id needs a
#: digit or three capitals: ``Coming-Soon`` is a word, not a video
_BARE_VIDEO_ID = LazyPattern(r"(?=[\w-]*\d|(?:[\w-]*[A-Z]){3})[\w-]{11}")


def video_address(key: object, value: object) -> str | None:
    """The YouTube address a theme's bare video id stands for (``youtube: KK0gFuWCu5U``,
    ``video: KN1g7blMW_8``, ``video: KN1g7blMW_8?t=813`` from a moment on - YouTube's
    ids are 11 letters, digits, ``-`` and ``_``; ``?start=813``, the player's own word,
    as well), or None when ``value`` is no id (an address, a word)."""
    if not isinstance(value, str):
        return None
    text, _, start = value.strip().replace("?start=", "?t=", 1).partition("?t=")
    if start and not start.isdigit():
        return None
    pattern = _YOUTUBE_ID if str(key).casefold() in YOUTUBE_ID_KEYS else _BARE_VIDEO_ID
    if not pattern.fullmatch(text):
        return None
    return watch_address("youtube", text) + (f"&t={start}" if start else "")


def _entry_url(item: dict[Any, Any]) -> str | None:
    """The address of a list entry that describes one (``{title|description: …, url:
    …}``), as media lists in front matter write them."""
    url = next((item[k] for k in ("url", "link", "href") if isinstance(item.get(k), str)), None)
    return url.strip() if url and url.strip() else None


def _labelled_links(reader: _Reader, key: str, value: dict[Any, Any]) -> None:
    """``links: {报名: url, 回放: url}``: each label names its link; a replay label
    (not a live room's or a sign-up's) makes it the event's replay too."""
    for label, raw in value.items():
        if not isinstance(raw, str) or not raw.strip():
            continue
        url = reader.url(key, raw.strip())
        if url is None:
            continue
        name = " ".join(str(label).split())
        reader.event.links.append(Link(name or url, url))
        if (
            DEFAULT_LABELS.only("replay").match(name)
            and not DEFAULT_LABELS.is_not_replay(name)
            and not _LIVE_HOST.match(url)  # the live room: where it was streamed
            and url not in reader.event.replays
        ):
            reader.event.replays.append(url)


_READERS: dict[str, Callable[[_Reader], None]] = {
    "dates": _read_dates,
    "topics": _read_topics,
    "sponsors": _read_sponsors,
    "registration": _read_registration,
    "image": _read_image,
    "speakers": _read_speakers,
    "urls": _read_url_lists,
}


def apply_some(
    data: dict[str, Any], lines: dict[str, int], event: Event, parts: tuple[str, ...]
) -> None:
    """Only the named readers (keys of ``_READERS``): for another schema that writes
    those keys the same way, such as a Hugo Blox page's ``speaker:`` map and ``tags``."""
    reader = _Reader(data, lines, event)
    for part in parts:
        _READERS[part](reader)
