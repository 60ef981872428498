"""Structured programmes (``talks:``) in real builds: the page, the speaker index and the
exports, in rST and MyST pages, the events folder mode and parallel builds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from export_helpers import head
from helpers import Page, clean, warning_lines
from icalendar import Calendar

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
RUST_AGENDA = [
    ("6:00 PM–6:30 PM", "Doors open"),
    ("6:30 PM–7:10 PM", "Ownership for the rest of us"),
    ("7:10 PM–7:30 PM", "Pizza"),
    ("7:30 PM–8:30 PM", "Compilers, then and now"),
]


def _agenda(page: Page) -> list[tuple[str, str]]:
    """(time, title) of every agenda entry, in page order."""
    found: list[list[str]] = []
    for element in page.elements:
        if element["tag"] in {"div", "section"} and "meetup-talk" in element["classes"]:
            found.append(["", ""])
        elif found and "meetup-talk-title" in element["classes"] and not found[-1][1]:
            # a talk's heading (or first line): its time, then its title
            found[-1][1] = clean(element["text"]).rstrip("¶")
        elif found and "meetup-time" in element["classes"] and not found[-1][0]:
            found[-1][0] = clean(element["text"])
    return [(time, title.removeprefix(time).strip()) for time, title in found]


def _check_rust_page(outdir: Path) -> None:
    page = Page((outdir / "rust.html").read_text(encoding="utf-8"))
    # exactly the listed programme: the body's talk-like heading is not a talk
    assert _agenda(page) == RUST_AGENDA
    breaks = [clean(e["text"]) for e in page.by_class("meetup-break")]
    assert len(breaks) == 2 and "Doors open" in breaks[0] and "Pizza" in breaks[1]
    # the body is the event's own text, whole
    html = (outdir / "rust.html").read_text(encoding="utf-8")
    assert "Fearless concurrency in practice" in html and "Someone Else" in html
    assert "Rust Night is a monthly evening." in html
    assert "Fearless concurrency" not in " ".join(clean(t["text"]) for t in
                                                  page.by_class("meetup-agenda"))
    # speakers link to their cards: Lin is the registry's Linus Vermeer
    links = {clean(e["text"]): e["attrs"]["href"] for e in page.by_class("meetup-speaker-link")}
    assert set(links) == {"Ada Lovelace", "Grace Hopper", "Lin"}
    cards = {clean(next(n["text"] for n in page.by_class("meetup-name")
                        if n["text"] in card["text"])): card["attrs"].get("id")
             for card in page.by_class("meetup-speaker") if card["attrs"].get("id")}
    assert links["Lin"] == "#" + cards["Linus Vermeer"]
    assert links["Ada Lovelace"] == "#" + cards["Ada Lovelace"]
    assert len(cards) == 3


@pytest.mark.sphinx("html", testroot="programme")
def test_rst_page_shows_the_listed_programme(app, warning) -> None:
    app.build()
    _check_rust_page(Path(app.outdir))
    lines = warning_lines(warning)
    # Lin is known to the site's registry: no warning; every other problem is located
    assert not any("rust.md" in line for line in lines)
    tracks = [line.split("tracks.md:", 1)[1] for line in lines if "tracks.md:" in line]
    assert sorted(tracks) == sorted([
        "28: WARNING: agenda entry 6: speaker 'Bob Dya' is not one of the page's speakers "
        "(Ann Lee, Bob Day); kept as written, with a card of their own [meetup.speaker]",
        "29: WARNING: agenda entry 6: duration: 'soon' is not a duration (write 30, \"30m\", "
        "\"0:30\" or \"1h30m\"); it is ignored [meetup.date]",
        "30: WARNING: agenda entry 7: an entry has no title; it is left out of the agenda "
        "(its time still counts) [meetup.talk]",
        "30: WARNING: agenda entry 7 (untitled) has no start, and the entry before it no end: "
        "give that one a duration, or this one a start [meetup.date]",
    ])
    assert len(lines) == 4


@pytest.mark.sphinx("html", testroot="programme")
def test_myst_page_shows_parallel_rooms_side_by_side(app) -> None:
    app.build()
    page = Page((Path(app.outdir) / "tracks.html").read_text(encoding="utf-8"))
    block = page.one("meetup-parallel")
    columns = [e for e in page.by_class("meetup-room-column") if e["text"] in block["text"]]
    assert [clean(c["text"]).split(" ")[0] for c in columns] == ["Main", "Side"]
    main, side = (clean(c["text"]) for c in columns)
    assert "9:30 AM–10:00 AM Main Testing in anger" in main
    assert "10:00 AM–10:15 AM Main Q&A" in main
    assert "9:30 AM–10:15 AM Side Types for everyone" in side
    agenda = clean(page.one("meetup-agenda")["text"])
    # lunch waits for both rooms; the bad duration leaves the afternoon without an end
    assert "10:15 AM–11:15 AM Lunch" in agenda
    assert "11:15 AM Afternoon" in agenda
    assert agenda.index("Keynote") < agenda.index("Testing in anger") < agenda.index("Lunch")


@pytest.mark.sphinx("html", testroot="programme", parallel=2)
def test_parallel_build_reads_the_same_programme(app) -> None:
    app.build()
    _check_rust_page(Path(app.outdir))
    data = json.loads((Path(app.outdir) / "events.json").read_text(encoding="utf-8"))
    assert {event["title"] for event in data["events"]} == {"Rust Night", "Track Day"}


@pytest.mark.sphinx("html", testroot="programme")
def test_exports_use_the_programme(app) -> None:
    app.build()
    outdir = Path(app.outdir)
    calendar = Calendar.from_ical((outdir / "events.ics").read_bytes())
    vevents = {str(v["summary"]): v for v in calendar.walk("VEVENT")}
    # one VEVENT per talk (breaks are not talks), with the chained times, and the events
    assert set(vevents) == {"Rust Night", "Ownership for the rest of us",
                            "Compilers, then and now", "Track Day", "Keynote",
                            "Testing in anger", "Types for everyone", "Q&A", "Afternoon"}
    compilers = vevents["Compilers, then and now"]
    assert compilers.decoded("dtstart") == dt.datetime(2024, 5, 10, 19, 30, tzinfo=BERLIN)
    assert compilers.decoded("dtend") == dt.datetime(2024, 5, 10, 20, 30, tzinfo=BERLIN)
    night = vevents["Rust Night"]
    assert night.decoded("dtstart") == dt.datetime(2024, 5, 10, 18, 0, tzinfo=BERLIN)
    assert night.decoded("dtend") == dt.datetime(2024, 5, 10, 20, 30, tzinfo=BERLIN)
    side = vevents["Types for everyone"]
    assert side.decoded("dtstart") == dt.datetime(2024, 7, 1, 9, 30, tzinfo=NEW_YORK)
    assert side.decoded("dtend") == dt.datetime(2024, 7, 1, 10, 15, tzinfo=NEW_YORK)
    assert str(side["location"]) == "Side"
    assert str(vevents["Ownership for the rest of us"]["location"]) == "Old Library, Berlin"
    assert "Afternoon" in vevents and "dtend" not in vevents["Afternoon"]
    programme = str(vevents["Track Day"]["description"]).splitlines()
    assert "09:30–10:15 Types for everyone — Ann Lee (Side)" in programme

    [data] = head(outdir, "rust").ld_json()
    subs = {sub["name"]: sub for sub in data["subEvent"]}
    assert list(subs) == ["Ownership for the rest of us", "Compilers, then and now"]
    assert subs["Ownership for the rest of us"]["startDate"] == "2024-05-10T18:30:00+02:00"
    assert subs["Ownership for the rest of us"]["endDate"] == "2024-05-10T19:10:00+02:00"
    assert [p["name"] for p in subs["Compilers, then and now"]["performer"]] == [
        "Grace Hopper", "Lin"]
    [tracks] = head(outdir, "tracks").ld_json()
    room = next(s for s in tracks["subEvent"] if s["name"] == "Types for everyone")
    assert room["location"] == {"@type": "Place", "name": "Side"}
    assert room["startDate"] == "2024-07-01T09:30:00-04:00"

    events = json.loads((outdir / "events.json").read_text(encoding="utf-8"))["events"]
    track_day = next(e for e in events if e["title"] == "Track Day")
    assert [(t["title"], t["room"], t["start"], t["end"]) for t in track_day["talks"]] == [
        ("Keynote", None, "2024-07-01T09:00:00-04:00", "2024-07-01T09:30:00-04:00"),
        ("Testing in anger", "Main", "2024-07-01T09:30:00-04:00", "2024-07-01T10:00:00-04:00"),
        ("Types for everyone", "Side", "2024-07-01T09:30:00-04:00",
         "2024-07-01T10:15:00-04:00"),
        ("Q&A", "Main", "2024-07-01T10:00:00-04:00", "2024-07-01T10:15:00-04:00"),
        ("Afternoon", None, "2024-07-01T11:15:00-04:00", None),
    ]


@pytest.mark.sphinx("html", testroot="programme")
def test_speaker_index_counts_programme_talks(app) -> None:
    app.build()
    page = Page((Path(app.outdir) / "index.html").read_text(encoding="utf-8"))
    listing = clean(page.one("meetup-speaker-list")["text"])
    for name in ("Ada Lovelace", "Grace Hopper", "Linus Vermeer", "Ann Lee", "Bob Day",
                 "Bob Dya"):
        assert name in listing
    assert "Someone Else" not in listing and "Lin " not in listing + " "


@pytest.mark.sphinx("html", testroot="programme-dir")
def test_events_folder_mode(app, warning) -> None:
    app.build()
    assert warning_lines(warning) == []
    outdir = Path(app.outdir)
    page = Page((outdir / "meetup" / "events" / "track-day.html").read_text(encoding="utf-8"))
    agenda = clean(page.one("meetup-agenda")["text"])
    assert "9:00 AM–9:30 AM Keynote" in agenda and "10:15 AM–11:15 AM Lunch" in agenda
    assert len(page.by_class("meetup-room-column")) == 2
    calendar = Calendar.from_ical((outdir / "events.ics").read_bytes())
    starts = {str(v["summary"]): v.decoded("dtstart") for v in calendar.walk("VEVENT")}
    assert starts["Q&A"] == dt.datetime(2024, 7, 1, 10, 0, tzinfo=NEW_YORK)
    assert starts["Track Day"] == dt.datetime(2024, 7, 1, 9, 0, tzinfo=NEW_YORK)
