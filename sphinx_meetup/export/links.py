"""The links to the exports on the pages: "Add to calendar" and "Subscribe".

Added when a page is written (a post-transform), for HTML builders that get the files,
so the doctrees stay the same for every builder and no renderer needs to know about
exports: the event header (``meetup-header``) gets a button to the event's ``.ics``,
each ``meetup-events`` listing a line with the site's calendar and feed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from ..config import get_config
from ..handbook.domain import get_domain
from ..locale import _
from ..render.header import button
from . import urls

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class ExportLinks(SphinxPostTransform):
    """Calendar buttons in event headers, subscribe lines under listings."""

    default_priority = 6  # after ResolveListings (5), which makes the listings

    @property
    def _app(self) -> Sphinx:
        """The application (``SphinxTransform.app`` is deprecated in Sphinx 9)."""
        env = self.env
        return getattr(env, "_app", None) or env.app

    def run(self, **kwargs: Any) -> None:
        builder = self._app.builder
        if not urls.writes_files(builder):
            return
        exports = set(get_config(self.env).exports)
        docname = self.env.docname
        # one walk finds both: event headers and listings are containers
        headers, listings = [], []
        for node in self.document.findall(nodes.container):
            if "meetup-header" in node["classes"]:
                headers.append(node)
            elif "meetup-events" in node["classes"]:
                listings.append(node)
        if "ics" in exports and headers:
            self._calendar_buttons(docname, headers)
        for listing in listings:
            line = self._subscribe(docname, exports)
            if line is not None:
                listing += line

    def _calendar_buttons(self, docname: str, headers: list[nodes.container]) -> None:
        """A button in the header of each event this page is the home of: the header
        inside the node that carries the event's anchor (the ``meetup-event`` container,
        or the section it made)."""
        domain = get_domain(self.env)
        today = get_config(self.env).today_date()
        by_anchor = {}
        for summary in domain.events_by_doc.get(docname, []):
            shown = domain.event(summary.slug)
            same = shown is summary or (shown is not None and shown.source is not None
                                        and shown.source == summary.source)
            # an event that is over is no date to keep: its page offers the replay instead
            if shown is not None and shown.start and same and shown.is_upcoming(today):
                by_anchor[summary.anchor] = shown
        for header in headers:
            anchor = _anchor_above(header, by_anchor)
            if anchor is None:
                continue
            path = urls.calendar_path(by_anchor.pop(anchor).slug)
            link = button(_("Add to calendar"), urls.link_from(self._app.builder, docname, path),
                          "meetup-ics")
            link["classes"].append("meetup-add-to-calendar")
            actions = next((n for n in header.findall(nodes.paragraph)
                            if "meetup-actions" in n["classes"]), None)
            if actions is None:
                header += nodes.paragraph("", "", link, classes=["meetup-actions"])
            else:
                actions += [nodes.Text(" "), link]

    def _subscribe(self, docname: str, exports: set[str]) -> nodes.paragraph | None:
        targets = []
        if "ics" in exports:
            targets.append((_("calendar (iCalendar)"), urls.EVENTS_ICS, "meetup-subscribe-ics"))
        if "atom" in exports and urls.base_url(self._app):
            targets.append((_("feed (Atom)"), urls.EVENTS_ATOM, "meetup-subscribe-atom"))
        if not targets:
            return None
        line = nodes.paragraph(classes=["meetup-subscribe"])
        line += nodes.Text(_("Subscribe:") + " ")
        for index, (text, path, css) in enumerate(targets):
            if index:
                line += nodes.Text(" · ")
            line += nodes.reference(text, text, classes=[css],
                                    refuri=urls.link_from(self._app.builder, docname, path))
        return line


def _anchor_above(node: nodes.Element, anchors: dict[str, Any]) -> str | None:
    """The first of ``anchors`` on ``node`` or the nearest element around it."""
    parent: nodes.Element | None = node
    while parent is not None:
        anchor = next((i for i in parent["ids"] if i in anchors), None)
        if anchor is not None:
            return anchor
        parent = parent.parent
    return None
