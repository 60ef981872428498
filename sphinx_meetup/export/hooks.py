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

import contextlib
import hashlib
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.util import logging

from ..config import get_config
from ..handbook.domain import get_domain
from ..handbook.rebuild_records import build_stamp, load_record, save_record
from ..read_cache import build_cache
from ..version import __version__
from . import urls
from .events import forget_views, page_events, site_events
from .feeds import atom, events_json
from .jsonld import event_data, script_text
from .links import ExportLinks
from .opengraph import add_open_graph, og_tags

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx

    from .events import ExportEvent

LOGGER = logging.getLogger(__name__)
#: each event's calendar text, by a digest of its inputs (in :func:`records_folder`)
CALENDAR_RECORD = "meetup-calendars.pickle"
#: each event's entry of ``events.json`` as text, by a digest of its inputs (the same)
EVENTS_JSON_RECORD = "meetup-events-json.pickle"
#: what the last build exported from, and the files it left (size and modification
#: time), per builder: a build that would make the same files skips the exports
EXPORTS_RECORD = "meetup-exports.{builder}.json"


def setup(app: Sphinx) -> None:
    app.add_post_transform(ExportLinks)
    app.connect("html-page-context", page_head, priority=400)
    app.connect("build-finished", write_exports)
    app.connect("env-before-read-docs", forget_views)


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
    base = urls.base_url(app)
    kept_exports = Path(app.doctreedir) / EXPORTS_RECORD.format(builder=app.builder.name)
    state = _state(app, exports, base)
    last = load_record(kept_exports)
    if last.get("state") == state and _unchanged(last.get("files")):
        # what every file is made from and the files themselves are as the last
        # build left them: they would be made again byte for byte
        if base is None and last.get("events"):
            _say_what_was_skipped(exports)
        return
    events = site_events(app)
    if not events and not (outdir / urls.EVENTS_JSON).exists():
        save_record(kept_exports, {"state": state, "files": {}, "events": False})
        return  # a site without events gets no files (one that had some gets them emptied)
    written: dict[str, bytes] = {}
    if "ics" in exports:
        # imported here, for builders that write files and sites with calendars only;
        # the iCalendar library itself is imported just for the VTIMEZONE of a named
        # zone (30 ms: the calendars' own writer makes the rest, see .ics)
        from .ics import Calendars

        name = f"{app.config.project}"
        kept = records_folder(app) / CALENDAR_RECORD
        calendars = Calendars(host=urls.site_host(app), talks=config.ics_talks,
                              known=load_record(kept))
        written[urls.EVENTS_ICS] = calendars.calendar(events, name=name)
        for event in events:
            if event.start is not None:
                written[urls.calendar_path(event.slug)] = calendars.calendar(
                    [event], name=f"{name}: {event.title}")
        save_record(kept, calendars.record())
    if "json" in exports:
        kept = records_folder(app) / EVENTS_JSON_RECORD
        entries: dict[str, str] = {}
        written[urls.EVENTS_JSON] = events_json(app, events, known=load_record(kept),
                                                made=entries)
        save_record(kept, entries)
    if "atom" in exports and base:
        written[urls.EVENTS_ATOM] = atom(app, events, base)
    stamps: dict[str, list[Any]] = {}
    files = last.get("files") if isinstance(last.get("files"), dict) else {}
    for path, data in sorted(written.items()):
        target = outdir / path
        stamps[str(target)] = _write(target, data, files.get(str(target)))
    _remove_stale(outdir / urls.CALENDAR_DIR, {path.rpartition("/")[2] for path in written
                                               if path.startswith(f"{urls.CALENDAR_DIR}/")})
    copied: list[Path] = []
    if {"jsonld", "opengraph", "json"} & exports:
        copied = _copy_images(app, events, outdir)
    for path in [outdir / urls.CALENDAR_DIR, *copied]:
        with contextlib.suppress(OSError):
            stat = path.stat()
            stamps[str(path)] = [stat.st_size, stat.st_mtime_ns]
    save_record(kept_exports, {"state": state, "files": stamps, "events": bool(events)})
    if base is None and events:
        _say_what_was_skipped(exports)


def records_folder(app: Sphinx) -> Path:
    """Where the calendars' and ``events.json``'s texts are kept for the next build:
    with the read cache (``.meetup-cache/exports`` beside the output folder), which
    outlives an output folder deleted or not restored (a CI cache of ``.meetup-cache``
    alone), as the readings the texts are made from do; beside the doctrees when the
    read cache is off. Each text is found by a digest of everything it is made of, so
    a text kept by another build of the folder is only ever reused for the same inputs."""
    folder = build_cache(app.env).folder
    if folder is not None:
        folder = folder / "exports"  # not among the readings, which the cache prunes
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        else:
            return folder
    return Path(app.doctreedir)


def _state(app: Sphinx, exports: set[str], base: str | None) -> str:
    """A digest of everything the files are made from: the configuration (the
    builder's, as Sphinx's own test for writing pages again, which with the builder
    also says where a page is; and the meetup settings read at export time), the
    site's address, ``SOURCE_DATE_EPOCH``, and each event the site shows as the domain
    has it."""
    builder = app.builder
    config = get_config(app.env)
    domain = get_domain(app.env)
    digest = hashlib.sha256()
    head = [__version__, builder.name, build_stamp(builder), sorted(exports), base,
            urls.site_host(app), config.ics_talks, config.show_drafts,
            str(app.config.project), str(app.config.author), str(app.config.language),
            os.environ.get("SOURCE_DATE_EPOCH", "")]
    digest.update(repr(head).encode())
    by_doc = domain.events_by_doc
    for event in domain.events():
        small = (event.slug, event.title, event.docname, event.anchor, event.start,
                 event.end, event.draft, event.source, len(by_doc.get(event.docname, ())),
                 [(talk.title, talk.anchor) for talk in event.talks])
        digest.update(repr(small).encode())
        digest.update(event.export.encode())
    return digest.hexdigest()


def _unchanged(stamps: object) -> bool:
    """Whether every file the last build left is as it left it (its size and time in
    nanoseconds; a folder's time changes when a file is added to it or removed)."""
    if not isinstance(stamps, dict):
        return False
    for name, kept in stamps.items():
        try:
            stat = Path(name).stat()
        except OSError:
            return False
        if not isinstance(kept, list) or kept[:2] != [stat.st_size, stat.st_mtime_ns]:
            return False
    return True


def _write(path: Path, data: bytes, kept: object) -> list[Any]:
    """Write ``data`` unless the file holds it: as the last build left it (its size,
    time and a digest of its bytes, ``kept``) with the same digest, or the same bytes.
    Returns the file's stamp for the next build."""
    digest = hashlib.sha256(data).hexdigest()
    try:
        stat = path.stat()
    except OSError:
        stat = None
    if stat is not None and kept == [stat.st_size, stat.st_mtime_ns, digest]:
        return [stat.st_size, stat.st_mtime_ns, digest]
    if stat is None or not (path.is_file() and path.read_bytes() == data):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns, digest]


def _remove_stale(folder: Path, kept: set[str]) -> None:
    """Calendars of events that are gone (the folder is sphinx-meetup's own; ``kept``:
    the names of the files written)."""
    stale = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError), os.scandir(folder) as found:
        stale = [entry.name for entry in found
                 if entry.name.endswith(".ics") and entry.name not in kept]
    for name in stale:
        (folder / name).unlink()


def _copy_images(app: Sphinx, events: list[ExportEvent], outdir: Path) -> list[Path]:
    """Event images are not drawn on the page, so exports copy them themselves; the
    images and their copies."""
    copied = []
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
            copied += [source, target]
    return copied


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
