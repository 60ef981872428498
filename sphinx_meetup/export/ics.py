"""iCalendar files: ``events.ics`` for the whole site and one per event.

The VEVENTs and the VCALENDAR around them are written here, by a small serializer of
RFC 5545 (:func:`content_line`, :func:`text`): CRLF line ends, TEXT escaping, lines
folded at 75 octets without splitting a UTF-8 sequence, DATE, UTC (``Z``), floating and
``TZID=`` date-times. Why: building the same text through the ``icalendar`` library's
objects and line folding took 89 ms of CPU for the 201 calendars of a 200-event site
(26 ms here), and importing the library (and ``dateutil``) 35 ms of every build, for
files whose shape never varies. The writer follows the library's choices (property
order, escaping, folds, which zones count as UTC) and a test makes the same events both
ways and compares the bytes (``tests/test_export_ics_writer.py``).

``icalendar`` is still used for the VTIMEZONE blocks a ``TZID`` time needs
(``Timezone.from_tzinfo``: the transitions of a zone over the events' years are real
work, not formatting), imported only when an event is in a named IANA zone - a site
whose times are UTC offsets or floating never imports it.

Everything in the file comes from the event: UIDs from the slug and the site's host,
DTSTAMP from ``SOURCE_DATE_EPOCH`` or the page's date, so a file changes only when an
event does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from ..model import When
from ..version import __version__
from .events import ExportEvent, ExportTalk, as_utc

PRODID = f"-//sphinx-meetup//sphinx-meetup {__version__}//EN"
_END = b"END:VCALENDAR\r\n"
#: content octets on a line before it is folded (the next line's leading space makes 75)
_FOLD_AT = 74
_BOM = "\ufeff"


class _Block(NamedTuple):
    """One event's VEVENTs as iCalendar text, and the zones and years they use."""

    text: bytes
    zones: dict[str, ZoneInfo]
    years: tuple[int, ...]


class Calendars:
    """Calendars that share events: each event is made and serialized once.

    The site's calendar and every event's own hold the same VEVENTs; a calendar is its
    header, the VTIMEZONEs, the events' text and its end, so the text is reused rather
    than made again (half the export time of a build). ``known`` is the :meth:`record`
    of the last build: an event whose inputs did not change is not made again at all,
    so a rebuild after editing one event makes one event's text.
    """

    def __init__(self, *, host: str, talks: bool, known: dict[str, Any] | None = None) -> None:
        self._host, self._talks = host, talks
        self._known = known or {}
        self._blocks: dict[str, _Block | None] = {}
        self._made: dict[str, _Block | None] = {}
        self._timezones: dict[tuple[str, dt.date, dt.date], bytes] = {}

    def record(self) -> dict[str, Any]:
        """This build's events as JSON-able values, by a digest of all they depend on."""
        return {key: None if block is None else
                [block.text.decode(), sorted(block.zones), list(block.years)]
                for key, block in self._made.items()}

    def calendar(self, events: list[ExportEvent], *, name: str) -> bytes:
        blocks = [block for event in events if (block := self._block(event)) is not None]
        head = b"".join([
            b"BEGIN:VCALENDAR\r\n",
            content_line("VERSION", "2.0"),
            content_line("PRODID", text(PRODID)),
            content_line("CALSCALE", "GREGORIAN"),
            content_line("METHOD", "PUBLISH"),
            content_line("X-WR-CALNAME", _as_written(name)),
        ])
        zones = {key: zone for block in blocks for key, zone in block.zones.items()}
        years = [year for block in blocks for year in block.years]
        return b"".join([head, *self._zone_texts(zones, years),
                         *(block.text for block in blocks), _END])

    def _block(self, event: ExportEvent) -> _Block | None:
        if event.slug not in self._blocks:
            key = self._key(event)
            try:
                block = _from_record(self._known[key])
            except (KeyError, TypeError, ValueError):  # not kept, or a damaged record
                block = self._make_block(event)
            self._blocks[event.slug] = self._made[key] = block
        return self._blocks[event.slug]

    def _key(self, event: ExportEvent) -> str:
        """Everything an event's text comes from: the event (what it was made from, or,
        for a view made by hand, its repr, which shows every field), its DTSTAMP, the
        site's host, the talks setting and this version."""
        made_of = event.origin or repr(event)
        inputs = f"{__version__}|{self._host}|{self._talks}|{event.stamp()!r}|{made_of}"
        return hashlib.sha256(inputs.encode()).hexdigest()

    def _make_block(self, event: ExportEvent) -> _Block | None:
        if event.start is None:
            return None
        try:
            components = [_event(event, self._host)]
        except (OverflowError, ValueError):  # 9999-12-31 has no day after: no calendar
            return None
        if self._talks:
            components.extend(_talk(event, talk, self._host) for talk in event.talks
                              if isinstance(talk.start, dt.datetime))
        zones: dict[str, ZoneInfo] = {}
        years: list[int] = []
        for component in components:
            for value in component.times:
                years.append(value.year)
                tzinfo = getattr(value, "tzinfo", None)
                if isinstance(tzinfo, ZoneInfo) and tzinfo.key != "UTC":
                    zones[tzinfo.key] = tzinfo
        text = b"".join(component.text for component in components)
        return _Block(text, zones, tuple(years))

    def _zone_texts(self, zones: dict[str, ZoneInfo], years: list[int]) -> list[bytes]:
        """The VTIMEZONE of every zone the events use, sorted by name (for identical
        files), covering just the years the events are in (within reason: a VTIMEZONE
        lists every change it covers)."""
        if not zones:
            return []
        from icalendar import Timezone  # only here: see the module's docstring

        first = dt.date(min(max(min(years) - 1, 1900), 2100), 1, 1)
        last = dt.date(max(min(max(years) + 2, 2200), first.year + 1), 1, 1)
        texts = []
        for name in sorted(zones):
            key = (name, first, last)
            if key not in self._timezones:
                self._timezones[key] = Timezone.from_tzinfo(
                    zones[name], name, first_date=first, last_date=last).to_ical()
            texts.append(self._timezones[key])
        return texts


def uid(slug: str, host: str) -> str:
    """Stable from build to build, and unique across sites by their host."""
    return f"{slug}@{host}"


# -- the serializer -------------------------------------------------------------------


def text(value: str) -> str:
    r"""A TEXT value (RFC 5545, 3.3.11): backslash, ``;`` and ``,`` escaped, every line
    break (CRLF, LF or a lone CR) written ``\n``.

    Like ``icalendar`` (whose files these must equal), a ``\N`` already in the text is
    read as an escaped line break first.
    """
    return (value.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;")
            .replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
            .replace("\r", "\\n"))


def _as_written(value: str) -> str:
    """The value of an ``X-`` property (the calendar's name) as ``icalendar`` 7 writes
    one: not escaped (for the library its type is unknown), except that line breaks,
    which a content line cannot hold and the library refuses, become spaces."""
    return value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def content_line(name: str, value: str, params: str = "") -> bytes:
    """``NAME;PARAMS:value`` and its CRLF, folded; ``value`` is already escaped for its
    type (TEXT by :func:`text`, a URI or a date-time as it is), ``params`` starts with
    ``;``. A byte-order mark opening the value is dropped (``icalendar`` decodes values
    as ``utf-8-sig``)."""
    if value.startswith(_BOM):
        value = value[1:]
    return _fold(f"{name}{params}:{value}".encode()) + b"\r\n"


def _fold(line: bytes) -> bytes:
    """RFC 5545, 3.1: a line longer than 75 octets goes on in lines that start with a
    space. Each piece holds 74 octets at most (75 with that space), is never cut inside
    a UTF-8 sequence, and does not end on a ``\\`` or ``^`` (an escape is kept whole:
    some clients misread one cut in two; ``icalendar`` does the same)."""
    if len(line) <= _FOLD_AT:
        return line
    pieces = []
    start, size = 0, len(line)
    while size - start > _FOLD_AT:
        end = start + _FOLD_AT
        while line[end] & 0xC0 == 0x80:  # a continuation byte: back to the character's start
            end -= 1
        if line[end - 1] in b"\\^":
            end -= 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return b"\r\n ".join(pieces)


def _date_time(name: str, value: When) -> bytes:
    """A DATE (``;VALUE=DATE``), or a DATE-TIME in UTC (``Z``), in a named zone
    (``;TZID=``) or floating (neither); seconds, never fractions. ``value`` is a date, a
    naive time, or a time in a :class:`~zoneinfo.ZoneInfo` or UTC (see :func:`_zoned`;
    DTSTAMP is in UTC)."""
    if not isinstance(value, dt.datetime):
        return content_line(name, f"{value.year:04}{value.month:02}{value.day:02}",
                            ";VALUE=DATE")
    stamp = (f"{value.year:04}{value.month:02}{value.day:02}"
             f"T{value.hour:02}{value.minute:02}{value.second:02}")
    tzinfo = value.tzinfo
    if tzinfo is None:
        return content_line(name, stamp)
    tzid = _tzid(tzinfo) if isinstance(tzinfo, ZoneInfo) else "UTC"
    if tzid == "UTC":
        return content_line(name, stamp + "Z")
    return content_line(name, stamp, f";TZID={tzid}")


_TZIDS: dict[str, str] = {"UTC": "UTC"}


def _tzid(zone: ZoneInfo) -> str:
    """A named zone's TZID: its name, or ``UTC`` for a zone ``icalendar`` counts as UTC
    (``Etc/UTC``, ``Zulu``, also ``Africa/Abidjan``: it says so, and it writes the
    VTIMEZONEs). IANA names hold none of the characters a parameter would quote."""
    key = str(zone.key)
    if key not in _TZIDS:
        from icalendar.timezone import tzid_from_tzinfo  # a named zone: see the docstring

        _TZIDS[key] = tzid_from_tzinfo(zone) or key
    return _TZIDS[key]


class _VEvent(NamedTuple):
    """A VEVENT's text, and the DTSTART and DTEND it holds (for the zones and years)."""

    text: bytes
    times: tuple[When, ...]


def _vevent(*, summary: str, start: When, end: When | None, stamp: dt.datetime, uid: str,
            categories: list[str] | None = None, description: str | None = None,
            location: str | None = None, related_to: str | None = None,
            url: str | None = None) -> _VEvent:
    """A VEVENT in ``icalendar``'s order: SUMMARY, DTSTART, DTEND, DTSTAMP, UID, then the
    others by name. ``None`` leaves a property out."""
    lines = [b"BEGIN:VEVENT\r\n", content_line("SUMMARY", text(summary)),
             _date_time("DTSTART", start)]
    if end is not None:
        lines.append(_date_time("DTEND", end))
    lines += [_date_time("DTSTAMP", stamp), content_line("UID", text(uid))]
    if categories is not None:
        lines.append(content_line("CATEGORIES", ",".join(text(c) for c in categories)))
    if description is not None:
        lines.append(content_line("DESCRIPTION", text(description)))
    if location is not None:
        lines.append(content_line("LOCATION", text(location)))
    if related_to is not None:
        lines.append(content_line("RELATED-TO", text(related_to)))
    if url is not None:
        if "\r" in url or "\n" in url:  # as icalendar: the event gets no calendar
            raise ValueError(f"a URI cannot hold a line break: {url!r}")
        lines.append(content_line("URL", url))  # a URI: written as it is
    lines.append(b"END:VEVENT\r\n")
    return _VEvent(b"".join(lines), (start,) if end is None else (start, end))


# -- what the calendars say -----------------------------------------------------------


def _event(event: ExportEvent, host: str) -> _VEvent:
    start, end = _span(event)
    topics = [t for t in event.data.get("topics", []) if t.strip()]
    return _vevent(
        summary=event.title, start=start, end=end, stamp=event.stamp(),
        uid=uid(event.slug, host), categories=topics or None,
        description=_description(event) or None, location=event.place or None,
        url=event.url or None,
    )


def _talk(event: ExportEvent, talk: ExportTalk, host: str) -> _VEvent:
    start = _zoned(talk.start)  # type: ignore[arg-type]
    end = None
    if isinstance(talk.end, dt.datetime) and talk.end > talk.start:  # type: ignore[operator]
        end = _zoned(talk.end)
    url = None
    if event.url:
        anchor = f"#{talk.anchor}" if talk.anchor else ""
        url = event.url.split("#")[0] + anchor if anchor else event.url
    lines = [", ".join(talk.speakers), talk.abstract, event.title]
    return _vevent(
        summary=talk.title, start=start, end=end, stamp=event.stamp(),
        uid=uid(f"{event.slug}/{talk.slug}", host),
        description="\n\n".join(line for line in lines if line),
        location=", ".join(part for part in (talk.room, event.place) if part) or None,
        related_to=uid(event.slug, host), url=url,
    )


def _span(event: ExportEvent) -> tuple[When, When | None]:
    """DTSTART and DTEND: dates for an all-day event (DTEND the day after its last
    day), zoned times otherwise; a missing end is the last talk's end, if any."""
    start, end = event.start, event.end
    assert start is not None  # noqa: S101 - undated events are skipped by the caller
    if not isinstance(start, dt.datetime):
        last = end.date() if isinstance(end, dt.datetime) else end
        last = last if last is not None and last >= start else start
        return start, last + dt.timedelta(days=1)
    if not isinstance(end, dt.datetime):
        ends = [t.end for t in event.talks if isinstance(t.end, dt.datetime)]
        end = max(ends, key=_utc_key) if ends else None
    if end is not None and _utc_key(end) <= _utc_key(start):
        end = None
    return _zoned(start), _zoned(end) if end is not None else None


def _zoned(value: dt.datetime) -> dt.datetime:
    """A time calendars can place: in its IANA zone (with a VTIMEZONE), in UTC when only
    an offset is known, floating (no zone) when the page gave none."""
    if value.tzinfo is None or isinstance(value.tzinfo, ZoneInfo):
        return value
    return value.astimezone(dt.UTC)


def _utc_key(value: dt.datetime) -> dt.datetime:
    """Orders aware and naive times together (naive ones as if in UTC)."""
    return as_utc(value) or value


def _description(event: ExportEvent) -> str:
    """The description, then the programme (one line per talk), then where to register."""
    parts = [event.description] if event.description else []
    programme = [_programme_line(talk) for talk in event.talks]
    if programme:
        parts.append("\n".join(programme))
    if registration := event.data.get("registration_url"):
        parts.append(registration)
    return "\n\n".join(parts)


def _programme_line(talk: ExportTalk) -> str:
    time = ""
    if isinstance(talk.start, dt.datetime):
        time = f"{talk.start:%H:%M}"
        if isinstance(talk.end, dt.datetime):
            time += f"–{talk.end:%H:%M}"
        time += " "
    who = f" — {', '.join(talk.speakers)}" if talk.speakers else ""
    room = f" ({talk.room})" if talk.room else ""
    return f"{time or '- '}{talk.title}{who}{room}"


def _from_record(value: Any) -> _Block | None:
    """A block kept by :meth:`Calendars.record`; ``None`` for an event with no calendar."""
    if value is None:
        return None
    text, zones, years = value
    return _Block(text.encode(), {name: ZoneInfo(name) for name in zones},
                  tuple(int(year) for year in years))
