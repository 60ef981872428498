"""events.atom and events.json; builds without the site's address."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import re
from pathlib import Path

import pytest
from defusedxml import ElementTree
from export_helpers import BASE, HOSTILE_TITLE, head, no_script_injection

from sphinx_meetup.export.hooks import records_folder
from sphinx_meetup.handbook.rebuild_records import load_record

ATOM = "{http://www.w3.org/2005/Atom}"


def atom_entries(outdir: Path) -> tuple[object, list]:
    feed = ElementTree.parse(outdir / "events.atom").getroot()
    return feed, feed.findall(f"{ATOM}entry")


@pytest.mark.sphinx("html", testroot="export")
def test_atom_feed(app) -> None:
    app.build()
    outdir = Path(app.outdir)
    feed, entries = atom_entries(outdir)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") == BASE + "events.atom"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == BASE + "events.atom"
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Example Community"
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert titles == ["Labour Day Community Picnic", "Amsterdam Overnight Hackathon",
                      HOSTILE_TITLE, "Cloud Native Night Shanghai", "Someday Meetup"], (
        "newest first, undated last")
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}"), required
        assert entry.find(f"{ATOM}link").get("href").startswith(BASE)
        dt.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
    shanghai = entries[3]
    assert shanghai.find(f"{ATOM}link").get("href") == BASE + "shanghai.html"
    assert shanghai.findtext(f"{ATOM}id") == BASE + "shanghai.html#meetup-shanghai-night"
    assert shanghai.findtext(f"{ATOM}published") == "2026-12-01T00:00:00Z"
    assert shanghai.find(f"{ATOM}category").get("term") == "Kubernetes"
    assert "2027-01-16 14:00 (UTC+08:00)" in shanghai.findtext(f"{ATOM}summary")
    updated = feed.findtext(f"{ATOM}updated")
    assert updated == max(e.findtext(f"{ATOM}updated") for e in entries)
    assert "javascript:" not in (outdir / "events.atom").read_text(encoding="utf-8")
    index = (outdir / "index.html").read_text(encoding="utf-8")
    assert 'href="events.atom"' in index


@pytest.mark.sphinx("html", testroot="export")
def test_events_json(app) -> None:
    app.build()
    outdir = Path(app.outdir)
    data = json.loads((outdir / "events.json").read_text(encoding="utf-8"))
    events = {event["slug"]: event for event in data["events"]}
    assert list(events) == ["labour-day", "amsterdam-hackathon", "hostile", "shanghai-night",
                            "undated"]
    shanghai = events["shanghai-night"]
    assert shanghai["url"] == BASE + "shanghai.html"
    assert shanghai["start"] == "2027-01-16T14:00:00+08:00"
    assert shanghai["timezone"] == "Asia/Shanghai"
    assert shanghai["image"] == "cover.png", "as the event file writes it"
    assert shanghai["image_url"].startswith(BASE + "_meetup/images/")
    assert [t["title"] for t in shanghai["talks"]] == ["Operators in practice", "Mesh at scale"]
    # the documented shape of `sphinx-meetup show --json`, warnings left to the build log
    from sphinx_meetup.model import Event

    shape = set(Event().to_json()) - {"problems"}
    for event in events.values():
        assert set(event) == shape | {"slug", "url", "image_url"}
    hostile = events["hostile"]
    assert hostile["title"] == HOSTILE_TITLE
    assert hostile["registration_url"] is None
    assert hostile["sponsors"] == [{"name": "Evil", "url": None}]
    assert "javascript:" not in (outdir / "events.json").read_text(encoding="utf-8")


def test_events_json_reuses_only_unchanged_entries(tmp_path: Path) -> None:
    """events.json is the standard library's indented JSON of its data, whether its
    entries are written out or kept from the last build (by what each is made of)."""
    from handbook_helpers import build, copy_root

    def standard(text: str) -> str:
        return json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, indent=2) + "\n"

    srcdir = copy_root("export", tmp_path)
    first = build(srcdir)
    path = Path(first.outdir, "events.json")
    written = path.read_text("utf-8")
    assert written == standard(written)
    kept = records_folder(first) / "meetup-events-json.pickle"
    assert kept.parent.parent.name == ".meetup-cache", "kept with the read cache"
    assert len(load_record(kept)) == 5, "an entry per event"

    amsterdam = next((srcdir / "events").glob("amsterdam*"))
    amsterdam.write_text(amsterdam.read_text("utf-8").replace("Amsterdam", "Utrecht"), "utf-8")
    build(srcdir)
    after = path.read_text("utf-8")
    assert after == standard(after) and "Utrecht" in after
    changed = [a for a, b in zip(json.loads(written)["events"], json.loads(after)["events"],
                                 strict=True) if a != b]
    assert [event["slug"] for event in changed] == ["amsterdam-hackathon"]

    # a record that does not hold text is written out again, not trusted
    kept.write_bytes(pickle.dumps(dict.fromkeys(load_record(kept), 1)))
    build(srcdir)
    assert path.read_text("utf-8") == after
    # the site's address is in every entry's url
    build(srcdir, confoverrides={"html_baseurl": "https://moved.example.org/"})
    moved = json.loads(path.read_text("utf-8"))["events"]
    assert all(event["url"].startswith("https://moved.example.org/") for event in moved)


@pytest.mark.sphinx("html", testroot="export", srcdir="export-nobase",
                    confoverrides={"html_baseurl": ""})
def test_without_a_base_url(app, status, warning, monkeypatch) -> None:
    monkeypatch.delenv("READTHEDOCS_CANONICAL_URL", raising=False)
    app.build()
    outdir = Path(app.outdir)
    assert not (outdir / "events.atom").exists()
    assert "events.atom" not in (outdir / "index.html").read_text(encoding="utf-8")
    ics = (outdir / "events.ics").read_text(encoding="utf-8")
    assert "UID:shanghai-night@example-meetups.invalid" in ics
    assert "\nURL:" not in ics, "no relative URL in a calendar"
    data = json.loads((outdir / "events.json").read_text(encoding="utf-8"))
    shanghai = next(e for e in data["events"] if e["slug"] == "shanghai-night")
    assert shanghai["url"] == "shanghai.html"
    assert shanghai["image_url"].startswith("_meetup/images/")
    [ld] = head(outdir, "shanghai").ld_json()
    assert "url" not in ld and "image" not in ld
    og = dict(head(outdir, "shanghai").og())
    assert "og:url" not in og and "og:image" not in og and og["og:title"]
    no_script_injection((outdir / "hostile.html").read_text(encoding="utf-8"))
    # one info line, not a warning (so -W builds pass)
    log = re.sub(r"\x1b\[[0-9;]*m", "", status.getvalue())
    assert log.count("html_baseurl is not set") == 1
    assert "events.atom was not written" in log
    assert "baseurl" not in warning.getvalue()


@pytest.mark.sphinx("html", testroot="export", srcdir="export-rtd",
                    confoverrides={"html_baseurl": ""})
def test_read_the_docs_address(app, status, monkeypatch) -> None:
    rtd = "https://example-meetups.readthedocs.io/en/latest/"
    monkeypatch.setenv("READTHEDOCS_CANONICAL_URL", rtd)
    app.build()
    outdir = Path(app.outdir)
    feed, entries = atom_entries(outdir)
    assert feed.findtext(f"{ATOM}id") == rtd + "events.atom"
    assert entries[0].find(f"{ATOM}link").get("href") == rtd + "allday.html"
    assert "UID:labour-day@example-meetups.readthedocs.io" in (
        outdir / "events.ics").read_text(encoding="utf-8")
    assert "html_baseurl is not set" not in status.getvalue()
