"""iCalendar files: ``events.ics`` for the whole site and one per event.

Written with the ``icalendar`` library, which folds lines, escapes text and writes the
VTIMEZONE blocks calendars need to place a ``TZID`` time. Everything in the file comes
from the event: UIDs from the slug and the site's host, DTSTAMP from
``SOURCE_DATE_EPOCH`` or the page's date, so a file changes only when an event does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Timezone
from icalendar import Event as VEvent

from ..model import When
from ..version import __version__
from .events import ExportEvent, ExportTalk, as_utc

PRODID = f"-//sphinx-meetup//sphinx-meetup {__version__}//EN"
_END = b"END:VCALENDAR\r\n"


@dataclass(frozen=True, slots=True)
class _Block:
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
        frame = Calendar()
        frame.add("prodid", PRODID)
        frame.add("version", "2.0")
        frame.add("calscale", "GREGORIAN")
        frame.add("method", "PUBLISH")
        frame.add("x-wr-calname", name)
        head = frame.to_ical().removesuffix(_END)
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
        """Everything an event's text comes from: the event (a dataclass: its repr shows
        every field), its DTSTAMP, the site's host, the talks setting and this version."""
        inputs = f"{__version__}|{self._host}|{self._talks}|{event.stamp()!r}|{event!r}"
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
            for key in ("dtstart", "dtend"):
                if key in component:
                    value = component.decoded(key)
                    years.append(value.year)
                    tzinfo = getattr(value, "tzinfo", None)
                    if isinstance(tzinfo, ZoneInfo) and tzinfo.key != "UTC":
                        zones[tzinfo.key] = tzinfo
        text = b"".join(component.to_ical() for component in components)
        return _Block(text, zones, tuple(years))

    def _zone_texts(self, zones: dict[str, ZoneInfo], years: list[int]) -> list[bytes]:
        """The VTIMEZONE of every zone the events use, sorted by name (for identical
        files), covering just the years the events are in (within reason: a VTIMEZONE
        lists every change it covers)."""
        if not zones:
            return []
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


def _event(event: ExportEvent, host: str) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", uid(event.slug, host))
    vevent.add("dtstamp", event.stamp())
    start, end = _span(event)
    vevent.add("dtstart", start)
    if end is not None:
        vevent.add("dtend", end)
    vevent.add("summary", event.title)
    if event.place:
        vevent.add("location", event.place)
    if description := _description(event):
        vevent.add("description", description)
    if event.url:
        vevent.add("url", event.url)
    if topics := [t for t in event.data.get("topics", []) if t.strip()]:
        vevent.add("categories", topics)
    return vevent


def _talk(event: ExportEvent, talk: ExportTalk, host: str) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", uid(f"{event.slug}/{talk.slug}", host))
    vevent.add("dtstamp", event.stamp())
    vevent.add("dtstart", _zoned(talk.start))
    if isinstance(talk.end, dt.datetime) and talk.end > talk.start:  # type: ignore[operator]
        vevent.add("dtend", _zoned(talk.end))
    vevent.add("summary", talk.title)
    if place := ", ".join(part for part in (talk.room, event.place) if part):
        vevent.add("location", place)
    lines = [", ".join(talk.speakers), talk.abstract, event.title]
    vevent.add("description", "\n\n".join(line for line in lines if line))
    if event.url:
        anchor = f"#{talk.anchor}" if talk.anchor else ""
        vevent.add("url", event.url.split("#")[0] + anchor if anchor else event.url)
    vevent.add("related-to", uid(event.slug, host))
    return vevent


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
