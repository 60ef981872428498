"""``events.atom`` (a feed of the site's events, newest first) and ``events.json``.

Atom is written with the standard library's ``xml.etree.ElementTree``: the format is a
dozen elements, ElementTree escapes text and attributes, and its output depends only on
its input - unlike feed libraries that stamp the build time into the feed.
``events.json`` gives every event in the documented shape of ``sphinx-meetup show
--json`` (``Event.to_json()``), plus ``slug``, ``url`` and ``image_url``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as ET
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

from ..reader.patterns import LazyPattern
from ..version import __version__
from . import urls
from .events import ExportEvent, as_utc
from .jsontext import dumps_indented

if TYPE_CHECKING:
    from sphinx.application import Sphinx

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
GENERATOR_URI = "https://sphinx-meetup.readthedocs.io"
#: characters XML 1.0 does not allow, even escaped
_NOT_XML = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def atom(app: Sphinx, events: list[ExportEvent], base: str) -> bytes:
    """The Atom feed; ``base`` is the site's absolute address (a feed needs one)."""
    feed = ET.Element("feed", {"xmlns": ATOM})
    if app.config.language:
        feed.set(XML_LANG, str(app.config.language).replace("_", "-"))
    self_url = base + urls.EVENTS_ATOM
    _text(feed, "id", self_url)
    _text(feed, "title", f"{app.config.project}: events")
    ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml",
                                 "href": self_url})
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": base})
    stamps = [event.stamp() for event in events]
    _text(feed, "updated", _iso(max(stamps)) if stamps else "1970-01-01T00:00:00Z")
    author = ET.SubElement(feed, "author")
    _text(author, "name", str(app.config.author or app.config.project))
    generator = _text(feed, "generator", "sphinx-meetup")
    generator.set("uri", GENERATOR_URI)
    generator.set("version", __version__)
    for event in events:
        feed.append(_entry(event, base))
    ET.indent(feed)
    text = ET.tostring(feed, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + text + "\n").encode()


def _entry(event: ExportEvent, base: str) -> ET.Element:
    entry = ET.Element("entry")
    # the page and the event's anchor: stable while the page and the event file are
    _text(entry, "id", f"{base}{event.path.split('#')[0]}#{event.summary.anchor}")
    _text(entry, "title", event.title)
    ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html",
                                  "href": event.url or base})
    _text(entry, "updated", _iso(event.stamp()))
    if (published := as_utc(event.published)) is not None:
        _text(entry, "published", _iso(published))
    for topic in event.data.get("topics", []):
        if topic.strip():
            ET.SubElement(entry, "category", {"term": _clean(topic.strip())})
    lines = [event.when_and_where, event.description]
    lines += [f"{talk.title} — {', '.join(talk.speakers)}" if talk.speakers else talk.title
              for talk in event.talks]
    _text(entry, "summary", "\n\n".join(line for line in lines if line)).set("type", "text")
    return entry


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = _clean(text)
    return element


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _iso(moment: dt.datetime) -> str:
    """An RFC 3339 UTC time (``isoformat``: ``strftime`` does not pad the year 1)."""
    return moment.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def events_json(app: Sphinx, events: list[ExportEvent],
                known: dict[str, Any] | None = None,
                made: dict[str, str] | None = None) -> bytes:
    """Every event as ``sphinx-meetup show --json`` gives it, with its ``slug``, its
    page's ``url`` (absolute when the site's address is known, else relative to the
    site's root) and ``image_url``; newest first.

    ``known`` is the text of each event's entry as the last build wrote it, by a digest
    of what the entry is made of (``made`` receives this build's): an entry whose event
    did not change is not written out again - the indented writer is Python, and an
    incremental build of a 1,000-event site spent 4% of its instructions on this file.
    The file is the same bytes as one ``dumps_indented`` of the whole."""
    entries = []
    for event in events:
        image = event.image
        image_url = urls.image_url(app, image) or (urls.image_path(image) if image else None)
        key = _entry_key(event, image_url)
        text = (known or {}).get(key) if key else None
        if not isinstance(text, str):
            item = {**event.data, "slug": event.slug, "url": event.url or event.path,
                    "image_url": image_url}
            # one level down, as ``dumps_indented`` of the whole indents it (JSON text
            # holds no line break but those the indentation makes)
            text = dumps_indented(item, 2).replace("\n", "\n    ")
        if key and made is not None:
            made[key] = text
        entries.append(text)
    listed = "".join(["[", ",".join(f"\n    {text}" for text in entries), "\n  ]"]
                     ) if entries else "[]"
    generator = encode_basestring(f"sphinx-meetup {__version__}")
    return f'{{\n  "events": {listed},\n  "generator": {generator}\n}}\n'.encode()


def _entry_key(event: ExportEvent, image_url: str | None) -> str | None:
    """What an event's entry is made of: the view's ``origin`` (the event's record,
    slug, page and URL) and the image's address; none for a view made by hand."""
    if not event.origin:
        return None
    inputs = f"{__version__}|{event.origin}|{image_url}"
    return hashlib.sha256(inputs.encode()).hexdigest()
