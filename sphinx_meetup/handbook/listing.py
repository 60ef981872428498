"""``meetup-events``: a list of the site's events, resolved once every page is read.

The directive (in :mod:`.hooks`) only leaves a placeholder (and tells the domain the
page lists events); a post-transform fills it in when the page is written, from the
domain, so a listing sees the events of every page and of every parallel reader, and is
always as fresh as the events themselves. It runs before the references resolver, so the
links it makes are ordinary ``meetup:event`` references, resolved for whatever builder
writes the page.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from docutils import nodes
from sphinx import addnodes
from sphinx_design.shared import create_component

from ..config import get_config
from ..locale import _
from ..reader.language import text_language
from ..render.english_dates import is_english, medium_date
from ..warnings_ import warn
from .domain import MeetupDomain, get_domain
from .summary import EventSummary


def select(
    domain: MeetupDomain, node: Mapping[str, Any], location: nodes.Node | None = None
) -> list[EventSummary]:
    """The events matching the listing's filters (any of the values of each filter);
    unknown speakers are reported at ``location``, when given."""
    events = domain.events()
    if node.get("topic"):
        wanted = {t.casefold() for t in node["topic"]}
        events = [e for e in events if wanted & {t.casefold() for t in e.topics}]
    if node.get("location"):
        places = [p.casefold() for p in node["location"]]
        events = [e for e in events
                  if any(p in f"{e.location or ''} {e.venue or ''}".casefold() for p in places)]
    if node.get("speaker"):
        people = []
        for name in node["speaker"]:
            person = domain.person(name)
            if person is None:
                if location is not None:
                    warn(f"meetup-events: no speaker named {name!r} in this site",
                         location, "ref")  # type: ignore[arg-type]
            else:
                people.append(person.slug)
        events = [e for e in events
                  if any((p := domain.person(s.name)) and p.slug in people for s in e.speakers)]
    if node.get("year"):
        events = [e for e in events if e.year in node["year"]]
    return events


def ordered(events: list[EventSummary], today: dt.date) -> tuple[list, list]:
    """Upcoming events soonest first (undated last), then past events newest first."""
    upcoming = sorted((e for e in events if e.is_upcoming(today)),
                      key=lambda e: (e.start is None, e.start or "", e.slug))
    past = sorted((e for e in events if not e.is_upcoming(today)), key=lambda e: e.slug)
    past.sort(key=lambda e: e.start or "", reverse=True)
    return upcoming, past


def render_listing(env: Any, node: nodes.Element) -> list[nodes.Node]:
    """The events a ``meetup_listing`` placeholder (:mod:`.hooks`) asks for."""
    config = get_config(env)
    upcoming, past = ordered(select(get_domain(env), node, node), config.today_date())
    when = node["when"]
    groups = [(_("Upcoming events"), upcoming if when != "past" else []),
              (_("Past events"), past if when != "upcoming" else [])]
    if node.get("limit"):
        room = node["limit"]
        for index, (title, events) in enumerate(groups):
            groups[index] = (title, events[:room])
            room -= len(groups[index][1])
    fmt = node["format"]
    container = nodes.container(classes=["meetup-events", f"meetup-events-{fmt}",
                                         *node["classes"]])
    if not any(events for _title, events in groups):
        empty = node.get("empty") or {
            "upcoming": _("No upcoming events."), "past": _("No past events."),
        }.get(when, _("No events match."))
        container += nodes.paragraph(empty, empty, classes=["meetup-empty"])
        return [container]
    language = env.config.language or "en"
    for title, events in groups:
        if not events:
            continue
        if all(events for _title, events in groups):  # both upcoming and past: name them
            container += nodes.rubric(title, title, classes=["meetup-events-group"])
        container += RENDERERS[fmt](events, language)
    mark_languages(container, language)
    return [container]


def mark_languages(listing: nodes.Element, language: str) -> None:
    """``lang`` on the events' own text (titles, places, names) where its script says it
    is not in the site's language, so it is drawn with a font of its own language."""
    for node in listing.findall(_innermost_text):
        found = text_language(node.astext(), language)
        if found is not None:
            node["classes"].append(f"language-{found}")


def _innermost_text(node: nodes.Node) -> bool:
    return isinstance(node, nodes.paragraph | nodes.inline) and not any(
        isinstance(child, nodes.paragraph | nodes.inline) for child in node.findall(
            include_self=False))


def event_link(event: EventSummary) -> addnodes.pending_xref:
    """A ``meetup:event`` reference carrying the title it shows."""
    title = event.title_or_slug
    label = nodes.inline(title, title, classes=["xref", "meetup", "meetup-event",
                                                "meetup-event-link"])
    return addnodes.pending_xref("", label,
                                 refdomain="meetup", reftype="event", reftarget=event.slug,
                                 refexplicit=True, refwarn=True, meetup_listed=True)


def day_text(event: EventSummary, language: str) -> str:
    """``Dec 28, 2019`` / ``2019年12月28日``: the day(s), in the site's language."""
    if not event.start:
        return _("Date to be announced")
    text = format_day(dt.date.fromisoformat(event.start[:10]), language)
    if event.end and event.end[:10] != event.start[:10]:
        text += " – " + format_day(dt.date.fromisoformat(event.end[:10]), language)
    return text


@functools.lru_cache(maxsize=4096)
def format_day(day: dt.date, language: str) -> str:
    """A day in the site's language (Babel's medium format); cached, as listings and
    speaker pages name the same days again and again (7,467 calls, 1,000 days, in a
    rebuild of a 1,000-event site)."""
    locale = _locale(language)
    if is_english(locale):  # without loading Babel's data: see render/english_dates.py
        return medium_date(day)
    return format_date(day, "medium", locale=locale)


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


def _place(event: EventSummary) -> str:
    return " · ".join(p for p in (event.location, event.venue) if p)


def _speakers(event: EventSummary) -> str:
    return _(", ").join(s.name for s in event.speakers)


def as_list(events: list[EventSummary], language: str) -> list[nodes.Node]:
    items = nodes.bullet_list(classes=["meetup-event-list"])
    for event in events:
        line = nodes.paragraph()
        day = day_text(event, language)
        line += nodes.inline(day, day, classes=["meetup-date"])
        line += nodes.Text(" · ")
        line += event_link(event)
        if place := _place(event):
            line += nodes.Text(" · ")
            line += nodes.inline(place, place, classes=["meetup-location"])
        items += nodes.list_item("", line, classes=["meetup-event-item"])
    return [items]


def as_table(events: list[EventSummary], language: str) -> list[nodes.Node]:
    headers = [_("Date"), _("Event"), _("Location"), _("Speakers")]
    group = nodes.tgroup(cols=len(headers))
    group.extend(nodes.colspec(colwidth=width) for width in (2, 5, 2, 3))
    head = nodes.row()
    head.extend(nodes.entry("", nodes.paragraph(h, h)) for h in headers)
    group += nodes.thead("", head)
    body = nodes.tbody()
    for event in events:
        cells: list[nodes.Node] = [
            nodes.paragraph("", day_text(event, language)),
            nodes.paragraph("", "", event_link(event)),
            nodes.paragraph("", _place(event)),
            nodes.paragraph("", _speakers(event)),
        ]
        body += nodes.row("", *(nodes.entry("", cell) for cell in cells),
                          classes=["meetup-event-item"])
    group += body
    return [nodes.table("", group, classes=["meetup-events-table"])]


def as_cards(events: list[EventSummary], language: str) -> list[nodes.Node]:
    row = create_component("grid-row", ["sd-row", "sd-row-cols-1", "sd-row-cols-sm-2",
                                        "sd-row-cols-lg-3", "sd-g-3", "sd-g-xs-3"])
    for event in events:
        body = create_component("card-body", ["sd-card-body"])
        body += nodes.paragraph("", "", event_link(event),
                                classes=["sd-card-title", "sd-font-weight-bold"])
        day = day_text(event, language)
        body += nodes.paragraph(day, day, classes=["sd-card-text", "meetup-date"])
        if place := _place(event):
            body += nodes.paragraph(place, place, classes=["sd-card-text", "meetup-location"])
        if event.topics:
            topics = nodes.paragraph(classes=["sd-card-text", "meetup-topics"])
            for index, topic in enumerate(event.topics):
                if index:
                    topics += nodes.Text(" ")
                # coloured by sphinx-meetup.css (sd-bg-info is 3:1 with white text)
                topics += nodes.inline(topic, topic, classes=["sd-badge", "meetup-topic"])
            body += topics
        if names := _speakers(event):
            body += nodes.paragraph(names, names, classes=["sd-card-text", "meetup-speakers"])
        card = create_component("card", ["sd-card", "sd-sphinx-override", "sd-w-100",
                                         "sd-shadow-sm", "meetup-event-card"], children=[body])
        row += create_component("grid-item", ["sd-col", "sd-d-flex-row"], children=[card])
    return [create_component("grid-container", ["sd-container-fluid", "sd-sphinx-override",
                                                "sd-mb-4"], children=[row])]


RENDERERS: dict[str, Callable[[list[EventSummary], str], list[nodes.Node]]] = {
    "list": as_list, "table": as_table, "cards": as_cards,
}
