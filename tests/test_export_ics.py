"""iCalendar exports, read back with the icalendar library."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from pathlib import Path

import pytest

from sphinx_meetup.export.hooks import records_folder
from sphinx_meetup.handbook.rebuild_records import load_record

icalendar = pytest.importorskip("icalendar")

UTC = dt.UTC
HOST = "meetup.example.org"


def calendar(path: Path):
    return icalendar.Calendar.from_ical(path.read_bytes())


def vevents(path: Path) -> dict[str, object]:
    return {str(event["uid"]): event for event in calendar(path).walk("VEVENT")}


def own_zone(path: Path, tzid: str):
    """The file's own VTIMEZONE as a tzinfo (not looked up by name)."""
    for component in calendar(path).walk("VTIMEZONE"):
        if str(component["tzid"]) == tzid:
            return component.to_tz(lookup_tzid=False)
    raise AssertionError(f"no VTIMEZONE {tzid}")


@pytest.mark.sphinx("html", testroot="export")
def test_shanghai_event_seen_from_utc(app) -> None:
    app.build()
    ics = Path(app.outdir, "events.ics")
    event = vevents(ics)[f"shanghai-night@{HOST}"]
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert event["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert start.astimezone(UTC) == dt.datetime(2027, 1, 16, 6, 0, tzinfo=UTC)
    assert end.astimezone(UTC) == dt.datetime(2027, 1, 16, 9, 30, tzinfo=UTC)
    # the VTIMEZONE in the file says the same, without the name being looked up
    zone = own_zone(ics, "Asia/Shanghai")
    local = dt.datetime(2027, 1, 16, 14, 0, tzinfo=zone)
    assert local.astimezone(UTC) == start.astimezone(UTC)
    assert str(event["summary"]) == "Cloud Native Night Shanghai"
    assert str(event["location"]) == "徐汇区云锦路 500 号, 上海"
    assert str(event["url"]) == f"https://{HOST}/docs/shanghai.html"
    description = str(event["description"])
    assert description.startswith("Two talks on operators and service meshes")
    assert "14:00–14:40 Operators in practice — Alice Wang" in description
    assert "14:40–15:20 Mesh at scale — Bob Li" in description
    assert "签到" not in description, "breaks are not in the programme"
    # DTSTAMP from the page's date, never the clock
    assert event.decoded("dtstamp") == dt.datetime(2026, 12, 1, tzinfo=UTC)


@pytest.mark.sphinx("html", testroot="export")
def test_event_across_daylight_saving_change(app) -> None:
    app.build()
    ics = Path(app.outdir, "events.ics")
    event = vevents(ics)[f"amsterdam-hackathon@{HOST}"]
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert event["dtend"].params["TZID"] == "Europe/Amsterdam"
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start.astimezone(UTC) == dt.datetime(2027, 3, 27, 9, 0, tzinfo=UTC)  # CET
    assert end.astimezone(UTC) == dt.datetime(2027, 3, 28, 14, 0, tzinfo=UTC)  # CEST
    elapsed = end.astimezone(UTC) - start.astimezone(UTC)
    assert elapsed == dt.timedelta(hours=29), "the night is an hour shorter"
    zone = own_zone(ics, "Europe/Amsterdam")
    assert dt.datetime(2027, 3, 27, 10, tzinfo=zone).utcoffset() == dt.timedelta(hours=1)
    assert dt.datetime(2027, 3, 28, 16, tzinfo=zone).utcoffset() == dt.timedelta(hours=2)


@pytest.mark.sphinx("html", testroot="export")
def test_all_day_event(app) -> None:
    app.build()
    event = vevents(Path(app.outdir, "events.ics"))[f"labour-day@{HOST}"]
    assert event["dtstart"].params["VALUE"] == "DATE"
    assert event.decoded("dtstart") == dt.date(2027, 5, 1)
    assert event.decoded("dtend") == dt.date(2027, 5, 3), "DTEND is the day after the last"
    assert not isinstance(event.decoded("dtstart"), dt.datetime)


@pytest.mark.sphinx("html", testroot="export")
def test_site_calendar_and_per_event_calendars(app) -> None:
    app.build()
    outdir = Path(app.outdir)
    site = vevents(outdir / "events.ics")
    events = {uid for uid in site if "/" not in uid.split("@")[0]}
    assert events == {f"{slug}@{HOST}" for slug in
                      ("shanghai-night", "amsterdam-hackathon", "labour-day", "hostile")}
    talks = {uid for uid in site if "/" in uid.split("@")[0]}
    assert talks == {f"shanghai-night/operators-in-practice@{HOST}",
                     f"shanghai-night/mesh-at-scale@{HOST}"}
    talk = site[f"shanghai-night/mesh-at-scale@{HOST}"]
    assert talk.decoded("dtstart").astimezone(UTC) == dt.datetime(2027, 1, 16, 6, 40,
                                                                    tzinfo=UTC)
    assert str(talk["related-to"]) == f"shanghai-night@{HOST}"
    for component in calendar(outdir / "events.ics").walk("VEVENT"):
        for required in ("uid", "dtstamp", "dtstart", "summary"):
            assert required in component
    # one file per dated event, linked from its header
    one = vevents(outdir / "_meetup/calendar/shanghai-night.ics")
    assert set(one) == {f"shanghai-night@{HOST}", *talks}
    html = (outdir / "shanghai.html").read_text(encoding="utf-8")
    href = re.search(r'class="[^"]*meetup-add-to-calendar[^"]*" href="([^"]+)"', html)[1]
    assert (outdir / href).resolve() == (outdir / "_meetup/calendar/shanghai-night.ics")
    undated = (outdir / "undated.html").read_text(encoding="utf-8")
    assert "meetup-add-to-calendar" not in undated, "no calendar for an undated event"
    assert not (outdir / "_meetup/calendar/undated.ics").exists()
    # the listing offers the site's calendar
    index = (outdir / "index.html").read_text(encoding="utf-8")
    assert 'class="meetup-subscribe-ics reference external" href="events.ics"' in index


@pytest.mark.sphinx("html", testroot="export", srcdir="export-no-talks",
                    confoverrides={"meetup_ics_talks": False})
def test_talks_can_be_left_out(app) -> None:
    app.build()
    uids = vevents(Path(app.outdir, "events.ics"))
    assert all("/" not in uid.split("@")[0] for uid in uids)
    assert len(uids) == 4


@pytest.mark.sphinx("html", testroot="export", srcdir="export-epoch")
def test_dtstamp_from_source_date_epoch(app, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    app.build()
    stamp = dt.datetime.fromtimestamp(1800000000, tz=UTC)
    for event in vevents(Path(app.outdir, "events.ics")).values():
        assert event.decoded("dtstamp") == stamp


@pytest.mark.sphinx("html", testroot="export")
def test_hostile_values_stay_text(app) -> None:
    app.build()
    text = Path(app.outdir, "events.ics").read_text(encoding="utf-8")
    assert "javascript:" not in text
    event = vevents(Path(app.outdir, "events.ics"))[f"hostile@{HOST}"]
    assert str(event["summary"]) == "</script><script>alert(1)</script> Night"
    assert "url" in event and str(event["url"]).startswith("https://")


def test_a_rebuild_makes_again_only_what_changed(tmp_path: Path, monkeypatch) -> None:
    """Calendars kept from the last build are reused only while all their inputs hold."""
    from handbook_helpers import build, copy_root

    srcdir = copy_root("export", tmp_path)
    first = build(srcdir)
    outdir = Path(first.outdir)
    before = {p.name: p.read_bytes() for p in outdir.rglob("*.ics")}
    record = load_record(records_folder(first) / "meetup-calendars.pickle")
    assert len(record) == 5, "four dated events and the undated one (no calendar)"

    amsterdam = next((srcdir / "events").glob("amsterdam*"))
    amsterdam.write_text(amsterdam.read_text("utf-8").replace("Amsterdam", "Utrecht"), "utf-8")
    build(srcdir)
    after = {p.name: p.read_bytes() for p in outdir.rglob("*.ics")}
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"events.ics", "amsterdam-hackathon.ics"}
    assert b"Utrecht" in after["amsterdam-hackathon.ics"] and b"Utrecht" in after["events.ics"]

    kept = records_folder(first) / "meetup-calendars.pickle"
    damaged = {key: ["x", ["No/Such_Zone"], ["y"]] for key in load_record(kept)}
    kept.write_bytes(pickle.dumps(damaged))
    build(srcdir)
    assert {p.name: p.read_bytes() for p in outdir.rglob("*.ics")} == after, (
        "a damaged record is made again, not trusted")

    # inputs that are not in the event file: the site's address (every URL and UID host)
    build(srcdir, confoverrides={"html_baseurl": "https://moved.example.org/"})
    moved = {p.name: p.read_bytes() for p in outdir.rglob("*.ics")}
    assert all(moved[name] != after[name] for name in after), "every calendar names the site"
    assert b"moved.example.org" in moved["amsterdam-hackathon.ics"]

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    build(srcdir)
    for path in outdir.rglob("*.ics"):
        stamps = [e.decoded("dtstamp") for e in calendar(path).walk("VEVENT")]
        assert stamps and set(stamps) == {dt.datetime.fromtimestamp(1800000000, tz=UTC)}


def test_an_export_view_keys_on_all_it_is_made_from(tmp_path: Path) -> None:
    """Kept calendars are found by the view's ``origin``: views with one origin are
    equal, and every input of a view (the event's record, its page, the site's address,
    its talks' anchors, its title and times) changes the origin."""
    from handbook_helpers import build, copy_root

    from sphinx_meetup.export.events import export_event
    from sphinx_meetup.handbook.domain import get_domain

    app = build(copy_root("export", tmp_path))
    summary = next(s for s in get_domain(app.env).events() if s.talks)
    view = export_event(app, summary, True)
    assert view.origin and export_event(app, summary, True) == view
    assert export_event(app, summary, True).origin == view.origin

    talk = summary.talks[0]._replace(anchor="elsewhere")
    changed = [
        export_event(app, summary, False),  # another event shares its page: an anchor
        export_event(app, summary._replace(title="Renamed"), True),
        export_event(app, summary._replace(start="2031-01-01"), True),
        export_event(app, summary._replace(export=summary.export + " "), True),
        export_event(app, summary._replace(talks=(talk, *summary.talks[1:])), True),
    ]
    app.config.html_baseurl = "https://moved.example.org/"
    changed.append(export_event(app, summary, True))
    origins = [view.origin, *(other.origin for other in changed)]
    assert len(set(origins)) == len(origins)


def test_calendars_kept_with_the_read_cache_outlive_the_output_folder(
        tmp_path: Path, monkeypatch) -> None:
    """The texts are kept beside the readings they come from (``.meetup-cache``): a build
    into a deleted output folder (doctrees included) makes no calendar text again, and
    writes the same files; without the read cache they are kept beside the doctrees."""
    import shutil

    from handbook_helpers import build, copy_root

    from sphinx_meetup.export import ics

    srcdir = copy_root("export", tmp_path)
    first = build(srcdir)
    outdir = Path(first.outdir)
    before = {p.name: p.read_bytes() for p in outdir.rglob("*.ics")}
    assert records_folder(first).parent.name == ".meetup-cache"
    assert not Path(first.doctreedir, "meetup-calendars.pickle").exists()
    shutil.rmtree(outdir)
    shutil.rmtree(first.doctreedir, ignore_errors=True)

    def made_again(self, event):
        raise AssertionError(f"{event.slug}'s calendar made again")

    monkeypatch.setattr(ics.Calendars, "_make_block", made_again)
    build(srcdir)
    assert {p.name: p.read_bytes() for p in outdir.rglob("*.ics")} == before
    monkeypatch.undo()

    shutil.rmtree(outdir)
    off = build(srcdir, confoverrides={"meetup_read_cache": False})
    assert records_folder(off) == Path(off.doctreedir)
    assert load_record(Path(off.doctreedir, "meetup-calendars.pickle"))
