"""Open Graph tags for event pages: what a link preview shows when the page is shared.

Alone, sphinx-meetup writes the ``og:*`` tags into the page's ``metatags``. With
``sphinxext.opengraph`` loaded, that extension writes them, so sphinx-meetup only feeds
it: it reads per-page ``og:*`` fields from ``context["meta"]`` (the page's metadata)
and lets them win over what it worked out, so the event's title, description, image
and address are put there - once per tag, never twice.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from . import urls
from .events import ExportEvent

if TYPE_CHECKING:
    from sphinx.application import Sphinx

OPENGRAPH_EXTENSION = "sphinxext.opengraph"


def og_tags(app: Sphinx, event: ExportEvent, image: str | None) -> dict[str, str]:
    """The tags for ``event``: title, description, type, and the page's URL and the
    event image when they are absolute (Open Graph wants absolute URLs)."""
    tags = {
        "og:title": event.title,
        "og:description": event.description or event.when_and_where,
        "og:type": "website",
    }
    if page := urls.absolute(app, urls.page_path(app.builder, event.summary.docname)):
        tags["og:url"] = page
    if image:
        tags["og:image"] = image
        tags["og:image:alt"] = event.title
    return {key: value for key, value in tags.items() if value}


def add_open_graph(app: Sphinx, context: dict[str, Any], tags: dict[str, str]) -> None:
    """Feed ``sphinxext.opengraph`` when it is loaded, else write the tags ourselves;
    a tag the page already has (its own ``og:`` field or ``meta`` directive) is kept."""
    if OPENGRAPH_EXTENSION in app.extensions:
        # a copy: context["meta"] is the environment's own metadata of the page
        meta = dict(context.get("meta") or {})
        for key, value in tags.items():
            if key == "og:type" or (key == "og:url" and app.config.ogp_site_url):
                continue  # ogp_type and ogp_site_url are the site's choice there
            meta.setdefault(key, value)
        context["meta"] = meta
        return
    existing = context.get("metatags") or ""
    lines = [
        f'<meta property="{key}" content="{html.escape(value, quote=True)}" />'
        for key, value in tags.items()
        if f'property="{key}"' not in existing
    ]
    if lines:
        context["metatags"] = existing + "\n".join(lines) + "\n"

