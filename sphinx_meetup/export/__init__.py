"""Calendars, feeds and structured data of the site's events (HTML builders).

``ics`` (iCalendar), ``jsonld`` (schema.org Event), ``opengraph`` (link previews),
``feeds`` (Atom and ``events.json``), ``urls`` (where things live, absolute URLs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_exports(app: Sphinx) -> None:
    """Register the exports; see :mod:`sphinx_meetup.export.hooks`."""
    # imported here: ``summary`` imports ``export.record`` while the domain (which the
    # hooks need) imports ``summary``, so this package must not import them up front
    from .hooks import setup

    setup(app)
