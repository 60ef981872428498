"""The site's events as every export sees them: one view, built from the domain.

Each output (calendar, feed, structured data, Open Graph) reads the same
:class:`ExportEvent`, so a date, a URL or a place is worked out once and the outputs
cannot disagree about it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from ..handbook.domain import get_domain
from ..handbook.event_record import parse_when, record_of
from ..handbook.summary import slugify
from ..model import When
from ..render.header import utc_offset
from . import urls

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from ..handbook.summary import EventSummary

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass
class ExportTalk:
    """A talk (breaks are left out), its times in the event's zone."""

    title: str
    slug: str
    speakers: list[str]
    abstract: str
    start: When | None
    end: When | None
    #: the talk's entry on the event page (``None`` when the agenda is not shown)
    anchor: str | None
    #: the room of a parallel session (a structured programme's ``room``)
    room: str | None = None


@dataclass
class ExportEvent:
    """An event of the site with what calendars, feeds and search engines need."""

    summary: EventSummary
    #: ``Event.to_json()`` with unsafe URLs removed: the shape of ``events.json``
    data: dict[str, Any]
    start: When | None
    end: When | None
    timezone: str | None
    #: an http(s) URL, or a path relative to the source folder
    image: str | None
    published: When | None
    performers: list[str]
    #: the page (and anchor) relative to the output root, and absolute when known
    path: str
    url: str | None
    talks: list[ExportTalk] = field(default_factory=list)
    #: a digest of everything the view was made from: two views with equal ``origin``
    #: are equal, so a cache (a calendar kept from the last build) keys on it instead
    #: of on the view's ``repr`` (a third of a rebuild's export time at 1,000 events);
    #: empty for a view made by hand
    origin: str = field(default="", repr=False, compare=False)

    @property
    def slug(self) -> str:
        return self.summary.slug

    @property
    def title(self) -> str:
        return self.summary.title_or_slug

    @property
    def description(self) -> str:
        return (self.data.get("description") or "").strip()

    @property
    def place(self) -> str:
        """Venue and city, as one line (``Venue, City``)."""
        parts = [p.strip() for p in (self.data.get("venue"), self.data.get("location")) if p]
        return ", ".join(dict.fromkeys(p for p in parts if p))

    @property
    def when_and_where(self) -> str:
        """``2027-01-16 14:00 (UTC+08:00) · Venue, City``: a line for when there is no
        description."""
        when = ""
        if isinstance(self.start, dt.datetime):
            when = f"{self.start:%Y-%m-%d %H:%M}"
            if self.start.tzinfo is not None:
                when += f" ({utc_offset(self.start)})"
        elif self.start is not None:
            when = self.start.isoformat()
        return " · ".join(part for part in (when, self.place) if part)

    def stamp(self) -> dt.datetime:
        """When the event was last published: ``SOURCE_DATE_EPOCH`` if set, else the
        page's date, else its start - never the clock, so two builds are identical."""
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        return as_utc(self.published) or as_utc(self.start) or _EPOCH


def as_utc(value: When | None) -> dt.datetime | None:
    """A date or time as a UTC moment (a date: its midnight in UTC; naive: as UTC)."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    if value.tzinfo is not None:
        try:
            return value.astimezone(dt.UTC)
        except OverflowError:  # the first or last hours of year 1 or 9999
            pass
    return value.replace(tzinfo=dt.UTC)


def export_event(app: Sphinx, summary: EventSummary, alone: bool) -> ExportEvent:
    """The export view of ``summary``; ``alone``: the only event its page shows."""
    record = record_of(summary.export)
    data = record["event"]
    timezone = data.get("timezone")
    anchors = {talk.title: talk.anchor for talk in summary.talks}
    talks = [
        ExportTalk(
            title=talk["title"].strip(),
            slug=slugify(talk["title"]),
            speakers=[s for s in talk.get("speakers", []) if s.strip()],
            abstract=(talk.get("abstract") or "").strip(),
            start=parse_when(talk.get("start"), timezone),
            end=parse_when(talk.get("end"), timezone),
            anchor=anchors.get(talk["title"].strip()),
            room=(talk.get("room") or "").strip() or None,
        )
        for talk in data.get("talks", [])
        if (talk.get("title") or "").strip()
    ]
    _unique_slugs(talks)
    path = urls.event_path(app.builder, summary, alone)
    url = urls.absolute(app, path)
    made_of = "\x00".join([summary.export or "", summary.slug, summary.title_or_slug,
                           repr((summary.start, summary.end)), repr(anchors), path, url or ""])
    origin = hashlib.sha256(made_of.encode()).hexdigest()
    return ExportEvent(
        summary=summary,
        data=data,
        start=parse_when(data.get("start") or summary.start, timezone),
        end=parse_when(data.get("end") or summary.end, timezone),
        timezone=timezone,
        image=record["image"],
        published=parse_when(record["published"], timezone),
        performers=list(record["performers"]),
        path=path,
        url=url,
        talks=talks,
        origin=origin,
    )


def _unique_slugs(talks: list[ExportTalk]) -> None:
    """Two talks of one event with one title (a Q&A in each room) get ``-2``, ``-3``…,
    so each has its own calendar UID."""
    seen: dict[str, int] = {}
    for talk in talks:
        seen[talk.slug] = seen.get(talk.slug, 0) + 1
        if seen[talk.slug] > 1:
            talk.slug = f"{talk.slug}-{seen[talk.slug]}"


#: each build's views, by summary and whether it is alone on its page: a page's head and
#: the files written at the end read the same view, made once (forgotten when the next
#: build starts reading, :func:`forget_views`)
_VIEWS: WeakKeyDictionary[BuildEnvironment, dict[tuple[EventSummary, bool], ExportEvent]] = (
    WeakKeyDictionary())


def _view(app: Sphinx, summary: EventSummary) -> ExportEvent:
    alone = _alone(app, summary)
    views = _VIEWS.setdefault(app.env, {})
    view = views.get((summary, alone))
    if view is None:
        view = views[summary, alone] = export_event(app, summary, alone)
    return view


def forget_views(app: Sphinx, env: BuildEnvironment, *args: object) -> None:
    """A build starts reading: its events, pages and settings may differ."""
    _VIEWS.pop(env, None)


def site_events(app: Sphinx) -> list[ExportEvent]:
    """Every event the site shows (drafts only with ``meetup_show_drafts``), newest
    first, undated ones last - by date, then slug, so the order never varies."""
    domain = get_domain(app.env)
    events = [_view(app, e) for e in domain.events()]
    dated = sorted((e for e in events if e.start), key=lambda e: e.slug)
    dated.sort(key=lambda e: as_utc(e.start) or _EPOCH, reverse=True)
    return dated + sorted((e for e in events if not e.start), key=lambda e: e.slug)


def page_events(app: Sphinx, docname: str) -> list[ExportEvent]:
    """The events page ``docname`` is the home of (a page that only repeats an event
    shown elsewhere is not, so search engines see each event once)."""
    domain = get_domain(app.env)
    return [_view(app, summary)
            for summary in domain.events_by_doc.get(docname, [])
            if domain.event(summary.slug) is summary]


def _alone(app: Sphinx, summary: EventSummary) -> bool:
    return len(get_domain(app.env).events_by_doc.get(summary.docname, [])) <= 1
