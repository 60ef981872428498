"""Helpers for the export tests: read what a build exported with independent parsers."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

BASE = "https://meetup.example.org/docs/"
SCHEMA = "https://schema.org/"
MODES = {SCHEMA + m for m in ("OfflineEventAttendanceMode", "OnlineEventAttendanceMode",
                              "MixedEventAttendanceMode")}
STATUSES = {SCHEMA + s for s in ("EventScheduled", "EventCancelled", "EventPostponed",
                                 "EventRescheduled", "EventMovedOnline")}
HOSTILE_TITLE = "</script><script>alert(1)</script> Night"
EXPORT_FILES = ("events.ics", "events.atom", "events.json")


class Head(HTMLParser):
    """The ``<head>`` of a page as a browser parses it: its scripts and meta tags."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict, str]] = []
        self.meta: list[dict] = []
        self._script: dict | None = None
        self._in_head = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False
        elif self._in_head and tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))
        elif self._in_head and tag == "meta":
            self.meta.append(dict(attrs))

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def ld_json(self) -> list[dict]:
        return [json.loads(text) for attrs, text in self.scripts
                if attrs.get("type") == "application/ld+json"]

    def og(self) -> list[tuple[str, str]]:
        return [(m["property"], m.get("content", "")) for m in self.meta
                if (m.get("property") or "").startswith("og:")]


def head(outdir: Path, page: str) -> Head:
    return Head((outdir / f"{page}.html").read_text(encoding="utf-8"))


def moment(value: str) -> dt.datetime | dt.date:
    return dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value)


def check_google_event(data: dict, *, absolute: bool = True) -> None:
    """Google's required properties of an Event, and the recommended ones we can give."""
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"].strip()
    start = moment(data["startDate"])
    if isinstance(start, dt.datetime):
        assert start.tzinfo is not None, "a start time carries its UTC offset"
    if "endDate" in data:
        end = moment(data["endDate"])
        assert type(end) is type(start) and end >= start
    locations = data["location"] if isinstance(data["location"], list) else [data["location"]]
    for location in locations:
        if location["@type"] == "Place":
            assert location["name"] and location["address"]["@type"] == "PostalAddress"
        else:
            assert location["@type"] == "VirtualLocation"
            if absolute:
                assert location["url"].startswith("https://")
    assert data["eventStatus"] in STATUSES
    assert data["eventAttendanceMode"] in MODES
    assert data["description"].strip()
    for image in data.get("image", []):
        assert image.startswith(("https://", "http://"))
    if absolute:
        assert data["url"].startswith(BASE)
    for person in data.get("performer", []):
        assert person["@type"] == "Person" and person["name"]
    for organizer in data.get("organizer", []):
        assert organizer["name"] and organizer.get("url", "https://").startswith("http")
    if "offers" in data:
        offer = data["offers"]
        assert offer["@type"] == "Offer"
        assert "price" in offer or "url" in offer
        assert offer.get("url", "https://").startswith("https://")


def no_script_injection(html: str) -> None:
    """No value closed a script or opened one."""
    assert "<script>alert" not in html
    assert "javascript:" not in html.lower()
    for match in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', html,
                             re.DOTALL):
        assert "<" not in match.group(1)
        assert "\u2028" not in match.group(1) and "\u2029" not in match.group(1)
