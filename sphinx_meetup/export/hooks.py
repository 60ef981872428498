"""When the exports are made: the page's head as it is written, the files at the end.

* ``html-page-context`` (per page, before ``sphinxext.opengraph`` at the default
  priority): the JSON-LD script and the Open Graph tags of an event page.
* ``build-finished``: ``events.ics``, a calendar per event, ``events.atom``,
  ``events.json`` and the event images they point to. At that point every page is read
  and written, serially or in parallel, and the ``meetup`` domain is complete; unlike
  ``html-collect-pages`` (for templated pages) or ``env-updated`` (before writing, for
  every builder), it runs once, in the main process, also when an incremental build
  wrote no page. Files are only rewritten when their bytes change.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.util import logging

from ..config import get_config
from ..handbook.rebuild_records import load_record, save_record
from . import urls
from .events import page_events, site_events
from .feeds import atom, events_json
from .jsonld import event_data, script_text
from .links import ExportLinks
from .opengraph import add_open_graph, og_tags

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx

    from .events import ExportEvent

LOGGER = logging.getLogger(__name__)
#: each event's calendar text, by a digest of its inputs (beside the doctrees)
CALENDAR_RECORD = "meetup-calendars.json"
#: each event's entry of ``events.json`` as text, by a digest of its inputs
EVENTS_JSON_RECORD = "meetup-events-json.json"


def setup(app: Sphinx) -> None:
    app.add_post_transform(ExportLinks)
    app.connect("html-page-context", page_head, priority=400)
    app.connect("build-finished", write_exports)


def page_head(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    """The structured data and link preview of an event page (not of listings)."""
    if doctree is None or not urls.writes_files(app.builder):
        return
    exports = set(get_config(app.env).exports)
    events = page_events(app, pagename)
    if not events or not {"jsonld", "opengraph"} & exports:
        return
    if "jsonld" in exports:
        # into the page's metatags (as the Open Graph tags), not through app.add_js_file:
        # that also keeps every page's script in the application's registry until the
        # build ends (1 MB at 200 events)
        scripts = [f'<script type="application/ld+json">{script_text(data)}</script>\n'
                   for event in events
                   if (data := event_data(event, urls.image_url(app, event.image)))]
        context["metatags"] = (context.get("metatags") or "") + "".join(scripts)
    if "opengraph" in exports:
        add_open_graph(app, context, og_tags(app, events[0], urls.image_url(app, events[0].image)))


def write_exports(app: Sphinx, exception: Exception | None) -> None:
    """The site's calendars, feed and JSON, once every page is written."""
    if exception is not None or not urls.writes_files(app.builder):
        return
    config = get_config(app.env)
    exports = set(config.exports)
    outdir = Path(app.outdir)
    events = site_events(app)
    if not events and not (outdir / urls.EVENTS_JSON).exists():
        return  # a site without events gets no files (one that had some gets them emptied)
    base = urls.base_url(app)
    written: dict[str, bytes] = {}
    if "ics" in exports:
        # imported here, for builders that write files and sites with calendars only;
        # the iCalendar library itself is imported just for the VTIMEZONE of a named
        # zone (30 ms: the calendars' own writer makes the rest, see .ics)
        from .ics import Calendars

        name = f"{app.config.project}"
        kept = Path(app.doctreedir) / CALENDAR_RECORD
        calendars = Calendars(host=urls.site_host(app), talks=config.ics_talks,
                              known=load_record(kept))
        written[urls.EVENTS_ICS] = calendars.calendar(events, name=name)
        for event in events:
            if event.start is not None:
                written[urls.calendar_path(event.slug)] = calendars.calendar(
                    [event], name=f"{name}: {event.title}")
        save_record(kept, calendars.record())
    if "json" in exports:
        kept = Path(app.doctreedir) / EVENTS_JSON_RECORD
        entries: dict[str, str] = {}
        written[urls.EVENTS_JSON] = events_json(app, events, known=load_record(kept),
                                                made=entries)
        save_record(kept, entries)
    if "atom" in exports and base:
        written[urls.EVENTS_ATOM] = atom(app, events, base)
    for path, data in sorted(written.items()):
        _write(outdir / path, data)
    _remove_stale(outdir / urls.CALENDAR_DIR, {outdir / p for p in written})
    if {"jsonld", "opengraph", "json"} & exports:
        _copy_images(app, events, outdir)
    if base is None and events:
        _say_what_was_skipped(exports)


def _write(path: Path, data: bytes) -> None:
    if path.is_file() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _remove_stale(folder: Path, kept: set[Path]) -> None:
    """Calendars of events that are gone (the folder is sphinx-meetup's own)."""
    if folder.is_dir():
        for path in folder.glob("*.ics"):
            if path not in kept:
                path.unlink()


def _copy_images(app: Sphinx, events: list[ExportEvent], outdir: Path) -> None:
    """Event images are not drawn on the page, so exports copy them themselves."""
    for event in events:
        image = event.image
        if not image or image.lower().startswith(("http://", "https://")):
            continue
        source = Path(app.srcdir, image)
        if source.is_file():
            target = outdir / urls.image_path(image)
            if not (target.is_file() and target.read_bytes() == source.read_bytes()):
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)


def _say_what_was_skipped(exports: set[str]) -> None:
    """One info line (not a warning: ``-W`` builds pass) naming what needs an address."""
    skipped = []
    if "atom" in exports:
        skipped.append("events.atom was not written (a feed needs absolute URLs)")
    parts = [n for n, on in (("calendars", "ics" in exports), ("JSON-LD", "jsonld" in exports),
                             ("Open Graph", "opengraph" in exports)) if on]
    if parts:
        skipped.append(f"{', '.join(parts)} have no event URLs or images")
    if skipped:
        LOGGER.info("sphinx-meetup: html_baseurl is not set (nor READTHEDOCS_CANONICAL_URL): "
                    "%s; set html_baseurl in conf.py to publish them.", "; ".join(skipped))
