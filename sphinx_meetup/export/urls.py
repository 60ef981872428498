"""Where the exports live, and the absolute URLs calendars, feeds and search engines need.

The site's address is ``html_baseurl``, or Read the Docs' ``READTHEDOCS_CANONICAL_URL``
when building there. Without either, relative URLs are used where a format allows them
and outputs that cannot do without (the Atom feed) are skipped.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.util.osutil import relative_uri
from sphinxcontrib.serializinghtml import SerializingHTMLBuilder

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from ..handbook.summary import EventSummary

#: the site-wide files, at the root of the output
EVENTS_ICS = "events.ics"
EVENTS_ATOM = "events.atom"
EVENTS_JSON = "events.json"
#: per-event calendars and the event images exports point to
CALENDAR_DIR = "_meetup/calendar"
IMAGE_DIR = "_meetup/images"

_UNSAFE_NAME = re.compile(r"[^\w.-]+")


def base_url(app: Sphinx) -> str | None:
    """The site's absolute address, ending in ``/``; ``None`` when it is not known."""
    for candidate in (app.config.html_baseurl, os.environ.get("READTHEDOCS_CANONICAL_URL")):
        if not candidate or not isinstance(candidate, str):
            continue
        parts = urlsplit(candidate.strip())
        if parts.scheme in {"http", "https"} and parts.netloc:
            url = candidate.strip().split("#")[0].split("?")[0]
            return url if url.endswith("/") else url + "/"
    return None


def site_host(app: Sphinx) -> str:
    """The host calendar UIDs are made unique with (stable from build to build)."""
    base = base_url(app)
    if base:
        return urlsplit(base).netloc.lower()
    project = _UNSAFE_NAME.sub("-", str(app.config.project or "site")).strip("-.")
    return f"{project.lower() or 'site'}.invalid"


def absolute(app: Sphinx, path: str) -> str | None:
    """``path`` (relative to the output root) as an absolute URL, if the site has one."""
    base = base_url(app)
    return urljoin(base, path) if base else None


def page_path(builder: Builder, docname: str) -> str:
    """A page's address relative to the output root (``a/b.html``, ``a/b/`` in dirhtml)."""
    return builder.get_target_uri(docname)


def link_from(builder: Builder, docname: str, path: str) -> str:
    """A relative link from page ``docname`` to ``path`` in the output root."""
    return relative_uri(builder.get_target_uri(docname), path) or path


def event_path(builder: Builder, event: EventSummary, alone: bool) -> str:
    """The event's address relative to the output root: its page, with the event's
    anchor when the page shows more than one event (``alone`` is false)."""
    page = page_path(builder, event.docname)
    return page if alone else f"{page}#{event.anchor}"


def event_url(app: Sphinx, event: EventSummary, alone: bool) -> str | None:
    return absolute(app, event_path(app.builder, event, alone))


def calendar_path(slug: str) -> str:
    """The per-event calendar: the slug when it makes a plain file name, else a safe
    name with a short hash (so two slugs never share a file)."""
    name = _UNSAFE_NAME.sub("-", slug).strip("-.")
    if name != slug or not name:
        name = f"{name or 'event'}-{_digest(slug)}"
    return f"{CALENDAR_DIR}/{name}.ics"


def image_path(image: str) -> str:
    """Where an event image found in the project is copied (named after its path)."""
    path = PurePosixPath(image)
    stem = _UNSAFE_NAME.sub("-", path.stem).strip("-.") or "image"
    suffix = _UNSAFE_NAME.sub("", path.suffix.lower())
    return f"{IMAGE_DIR}/{stem}-{_digest(image)}{suffix}"


def image_url(app: Sphinx, image: str | None) -> str | None:
    """The event image as an absolute URL: remote images as they are, local ones where
    :func:`image_path` puts them."""
    if not image:
        return None
    if image.lower().startswith(("https://", "http://")):
        return image
    return absolute(app, image_path(image))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def writes_files(builder: Builder) -> bool:
    """HTML sites get the files; EPUB, JSON/pickle and non-HTML builders do not."""
    return (
        isinstance(builder, StandaloneHTMLBuilder)
        and not isinstance(builder, SerializingHTMLBuilder)
        and not builder.name.startswith("epub")
    )
