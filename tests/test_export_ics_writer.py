"""The calendars' own iCalendar writer gives the bytes the ``icalendar`` library gave.

``sphinx_meetup.export.ics`` used to build every VEVENT and the VCALENDAR frame with
``icalendar``'s object model; it now writes the text itself (for speed) and keeps the
library for the VTIMEZONE blocks only. :class:`LibraryCalendars` below is the former
code, kept as the reference: the same events made both ways must give the same files,
byte for byte, whatever the titles, places and times hold.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

icalendar = pytest.importorskip("icalendar")

from sphinx_meetup.export import ics  # noqa: E402
from sphinx_meetup.export.events import ExportEvent, ExportTalk  # noqa: E402
from sphinx_meetup.handbook.summary import EventSummary  # noqa: E402

HOST = "meetup.example.org"
_END = b"END:VCALENDAR\r\n"


# -- the reference: the calendars as the icalendar library made them -----------------


class LibraryCalendars(ics.Calendars):
    """The VEVENTs and the frame made with ``icalendar``'s components, as before."""

    def calendar(self, events: list[ExportEvent], *, name: str) -> bytes:
        blocks = [block for event in events if (block := self._block(event)) is not None]
        frame = icalendar.Calendar()
        frame.add("prodid", ics.PRODID)
        frame.add("version", "2.0")
        frame.add("calscale", "GREGORIAN")
        frame.add("method", "PUBLISH")
        # the library refuses a line break in a name (an AssertionError): ours is a space
        frame.add("x-wr-calname", name.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))
        head = frame.to_ical().removesuffix(_END)
        zones = {key: zone for block in blocks for key, zone in block.zones.items()}
        years = [year for block in blocks for year in block.years]
        return b"".join([head, *self._zone_texts(zones, years),
                         *(block.text for block in blocks), _END])

    def _make_block(self, event: ExportEvent) -> ics._Block | None:
        if event.start is None:
            return None
        try:
            components = [_library_event(event, self._host)]
        except (OverflowError, ValueError):
            return None
        if self._talks:
            components.extend(_library_talk(event, talk, self._host) for talk in event.talks
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
        return ics._Block(text, zones, tuple(years))


def _library_event(event: ExportEvent, host: str):
    vevent = icalendar.Event()
    vevent.add("uid", ics.uid(event.slug, host))
    vevent.add("dtstamp", event.stamp())
    start, end = ics._span(event)
    vevent.add("dtstart", start)
    if end is not None:
        vevent.add("dtend", end)
    vevent.add("summary", event.title)
    if event.place:
        vevent.add("location", event.place)
    if description := ics._description(event):
        vevent.add("description", description)
    if event.url:
        vevent.add("url", event.url)
    if topics := [t for t in event.data.get("topics", []) if t.strip()]:
        vevent.add("categories", topics)
    return vevent


def _library_talk(event: ExportEvent, talk: ExportTalk, host: str):
    vevent = icalendar.Event()
    vevent.add("uid", ics.uid(f"{event.slug}/{talk.slug}", host))
    vevent.add("dtstamp", event.stamp())
    vevent.add("dtstart", ics._zoned(talk.start))
    if isinstance(talk.end, dt.datetime) and talk.end > talk.start:
        vevent.add("dtend", ics._zoned(talk.end))
    vevent.add("summary", talk.title)
    if place := ", ".join(part for part in (talk.room, event.place) if part):
        vevent.add("location", place)
    lines = [", ".join(talk.speakers), talk.abstract, event.title]
    vevent.add("description", "\n\n".join(line for line in lines if line))
    if event.url:
        anchor = f"#{talk.anchor}" if talk.anchor else ""
        vevent.add("url", event.url.split("#")[0] + anchor if anchor else event.url)
    vevent.add("related-to", ics.uid(event.slug, host))
    return vevent


def both_ways(events: list[ExportEvent], *, talks: bool = True,
              name: str = "Meetups") -> tuple[list[bytes], list[bytes], dict, dict]:
    """The site's calendar and each event's, made by the writer and by the library."""
    made = []
    for kind in (ics.Calendars, LibraryCalendars):
        calendars = kind(host=HOST, talks=talks)
        files = [calendars.calendar(events, name=name)]
        files += [calendars.calendar([event], name=f"{name}: {event.title}")
                  for event in events if event.start is not None]
        made.append((files, calendars.record()))
    (ours, our_record), (library, library_record) = made
    return ours, library, our_record, library_record


# -- events ---------------------------------------------------------------------------

SHANGHAI, NEW_YORK = ZoneInfo("Asia/Shanghai"), ZoneInfo("America/New_York")


def event(slug: str = "night", title: str = "Night", *, start=dt.date(2027, 5, 1),
          end=None, data: dict | None = None, talks: list[ExportTalk] | None = None,
          url: str | None = "https://meetup.example.org/night.html",
          published=None) -> ExportEvent:
    summary = EventSummary(slug=slug, title=title, docname=slug, anchor=slug)
    return ExportEvent(summary=summary, data=data or {}, start=start, end=end,
                       timezone=None, image=None, published=published, performers=[],
                       path=f"{slug}.html", url=url, talks=talks or [])


def talk(title: str = "Talk", *, start=None, end=None, speakers=(), abstract: str = "",
         anchor: str | None = None, room: str | None = None,
         slug: str = "talk") -> ExportTalk:
    return ExportTalk(title=title, slug=slug, speakers=list(speakers), abstract=abstract,
                      start=start, end=end, anchor=anchor, room=room)


def test_the_events_of_the_test_sites_give_the_same_bytes() -> None:
    """All-day, zoned, offset and floating times; text that needs escaping and folding."""
    tricky = ("Ça; c'est \\ une, \"soirée\"\r\nsur deux lignes\rou trois\n"
              "云原生社区 Meetup 第十五期 🎉🎉 " * 4)
    events = [
        event("allday", "Labour Day", start=dt.date(2027, 5, 1), end=dt.date(2027, 5, 2)),
        event("zoned", "云原生之夜", start=dt.datetime(2027, 1, 16, 14, tzinfo=SHANGHAI),
              end=dt.datetime(2027, 1, 16, 17, 30, tzinfo=SHANGHAI),
              data={"venue": "徐汇区云锦路 500 号", "location": "上海",
                    "topics": ["k8s", " ", "a,b"], "description": tricky, "registration_url": "https://x.example/r?a=1;b=2"},
              talks=[talk("Operators", start=dt.datetime(2027, 1, 16, 14, tzinfo=SHANGHAI),
                          end=dt.datetime(2027, 1, 16, 14, 40, tzinfo=SHANGHAI),
                          speakers=["Alice Wang", "Bob, Li"], anchor="operators", room="A"),
                     talk("No end", start=dt.datetime(2027, 1, 16, 15, tzinfo=SHANGHAI),
                          slug="no-end"),
                     talk("Untimed", slug="untimed")]),
        event("offset", tricky, start=dt.datetime(
            2027, 3, 27, 10, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
            published=dt.datetime(2026, 12, 1, 8, 30, 15, 999)),
        event("floating", "Floating", start=dt.datetime(2027, 3, 27, 10, 0, 5),
              end=dt.date(2027, 3, 28), url=None,
              talks=[talk("T", start=dt.datetime(2027, 3, 27, 10),
                          end=dt.datetime(2027, 3, 27, 11))]),
        event("new-york", "NY", start=dt.datetime(2027, 11, 7, 1, 30, tzinfo=NEW_YORK)),
        event("etc-utc", "Etc/UTC", start=dt.datetime(2027, 1, 1, 9, tzinfo=ZoneInfo("Etc/UTC"))),
        event("abidjan", "Abidjan", start=dt.datetime(2027, 1, 1, 9,
                                                      tzinfo=ZoneInfo("Africa/Abidjan"))),
        event("utc", "UTC", start=dt.datetime(2027, 1, 1, 9, tzinfo=ZoneInfo("UTC"))),
        event("last-day", "No day after", start=dt.date(9999, 12, 31)),
        event("undated", "Undated", start=None),
    ]
    ours, library, our_record, library_record = both_ways(events)
    assert ours == library
    assert our_record == library_record
    site = ours[0].decode()
    assert "DTSTART;TZID=Asia/Shanghai:20270116T140000\r\n" in site
    assert "DTSTART;VALUE=DATE:20270501\r\n" in site
    assert "DTSTART:20270327T043000Z\r\n" in site, "an offset is written in UTC"
    assert "DTSTART:20270327T100005\r\n" in site, "floating: neither Z nor TZID"
    assert "CATEGORIES:k8s,a\\,b\r\n" in site
    assert "BEGIN:VTIMEZONE\r\nTZID=" not in site and "TZID:America/New_York\r\n" in site


#: pieces of text: any character, the ones TEXT escapes or folding must keep whole
#: (multi-byte, a BOM, escapes), and long runs that fold across multi-byte characters
PIECES = (st.characters(codec="utf-8")
          | st.sampled_from([",", ";", "\\", "\n", "\r", "\r\n", "\\N", "\\n", "^", ":",
                             '"', "\ufeff", "云", "原生", "😀", "é", " ", "\t"])
          | st.sampled_from(["a" * 70, "b" * 73, "云" * 30, "😀" * 20, "é" * 40]))
TEXT = st.lists(PIECES, max_size=12).map("".join)
ANCHORS = st.from_regex(r"[a-z0-9-]{0,12}", fullmatch=True)  # the ids docutils makes
ZONES = st.sampled_from([None, "UTC", "offset", "Asia/Shanghai", "Europe/Amsterdam",
                         "America/New_York", "Etc/UTC", "Africa/Abidjan", "Australia/Lord_Howe"])


@st.composite
def moments(draw, *, dates: bool = True):
    """A date, or a time: naive, at a fixed offset, or in a named zone."""
    if dates and draw(st.booleans()):
        return draw(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)))
    # a few years (a VTIMEZONE over decades is slow to make, and made by the same code)
    moment = draw(st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 12, 31)))
    zone = draw(ZONES)
    if zone == "offset":
        minutes = draw(st.integers(-14 * 60, 14 * 60))
        return moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
    return moment.replace(tzinfo=None if zone is None else ZoneInfo(zone))


@st.composite
def talks(draw) -> ExportTalk:
    start = draw(st.none() | moments(dates=False))
    end = draw(st.none() | st.just(None) if start is None else st.none() | st.builds(
        lambda minutes: start + dt.timedelta(minutes=minutes), st.integers(-60, 600)))
    return talk(draw(TEXT), start=start, end=end, speakers=draw(st.lists(TEXT, max_size=3)),
                abstract=draw(TEXT), anchor=draw(st.none() | ANCHORS), room=draw(st.none() | TEXT),
                slug=draw(TEXT))


@st.composite
def events(draw) -> ExportEvent:
    start = draw(st.none() | moments())
    end = draw(st.none() | moments())
    data = {key: draw(TEXT) for key in ("description", "venue", "location", "registration_url")
            if draw(st.booleans())}
    data["topics"] = draw(st.lists(TEXT, max_size=4))
    url = draw(st.none() | st.sampled_from(["https://meetup.example.org/a.html#e",
                                            "https://x.example/ö?a=1,2;b=\\"]))
    return event(draw(TEXT.filter(bool)), draw(TEXT), start=start, end=end, data=data,
                 talks=draw(st.lists(talks(), max_size=3)), url=url,
                 published=draw(st.none() | moments()))


@given(st.lists(events(), min_size=1, max_size=3), st.booleans(), TEXT)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_events_give_the_same_bytes(site: list[ExportEvent], with_talks: bool,
                                       name: str) -> None:
    slugs = [e.slug for e in site]
    if len(set(slugs)) < len(slugs):  # a site's slugs are unique
        return
    ours, library, our_record, library_record = both_ways(site, talks=with_talks, name=name)
    assert ours == library
    assert our_record == library_record


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_lines_are_folded_at_75_octets_between_characters(value: str) -> None:
    line = ics.content_line("DESCRIPTION", ics.text(value))
    assert line.endswith(b"\r\n") and b"\n" not in line[:-2].replace(b"\r\n ", b"")
    for physical in line[:-2].split(b"\r\n"):
        assert len(physical) <= 75
        physical.decode("utf-8")  # no UTF-8 sequence is cut
    parsed = icalendar.Event.from_ical(b"BEGIN:VEVENT\r\n" + line + b"END:VEVENT\r\n")
    parsed = str(parsed["description"])
    expected = value.removeprefix("\ufeff").replace("\\N", "\n").replace("\r\n", "\n")
    assert parsed == expected.replace("\r", "\n")


def test_a_site_without_named_zones_never_imports_icalendar(tmp_path: Path) -> None:
    """Offsets, UTC, floating times and dates need no VTIMEZONE, so not the library."""
    script = """
import datetime as dt, sys
from zoneinfo import ZoneInfo
from sphinx_meetup.export.ics import Calendars
from sphinx_meetup.export.events import ExportEvent
from sphinx_meetup.handbook.summary import EventSummary

def event(slug, start):
    return ExportEvent(summary=EventSummary(slug, slug, slug, slug), data={}, start=start,
                       end=None, timezone=None, image=None, published=None, performers=[],
                       path="", url=None)

calendars = Calendars(host="h", talks=True)
offset = dt.timezone(dt.timedelta(hours=8))
calendars.calendar([event("a", dt.datetime(2027, 1, 1, 9, tzinfo=offset)),
                    event("b", dt.datetime(2027, 1, 1, 9, tzinfo=ZoneInfo("UTC"))),
                    event("c", dt.datetime(2027, 1, 1, 9)), event("d", dt.date(2027, 1, 1))],
                   name="n")
print("icalendar" in sys.modules)
text = calendars.calendar([event("e", dt.datetime(2027, 1, 1, 9, tzinfo=ZoneInfo("Asia/Tokyo")))],
                          name="n")
print("icalendar" in sys.modules, b"BEGIN:VTIMEZONE" in text)
"""
    root = Path(__file__).resolve().parents[1]
    path = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=tmp_path, check=True)
    assert done.stdout.split() == ["False", "True", "True"]
