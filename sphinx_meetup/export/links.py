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
from ..domain import get_domain
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
        if "ics" in exports:
            self._calendar_buttons(docname)
        for listing in list(self.document.findall(nodes.container)):
            if "meetup-events" in listing["classes"]:
                line = self._subscribe(docname, exports)
                if line is not None:
                    listing += line

    def _calendar_buttons(self, docname: str) -> None:
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
        if not by_anchor:
            return
        for node in list(self.document.findall(nodes.Element)):
            anchor = next((i for i in node.get("ids", []) if i in by_anchor), None)
            if anchor is None:
                continue
            header = next((n for n in node.findall(nodes.container)
                           if "meetup-header" in n["classes"]), None)
            if header is None:
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
