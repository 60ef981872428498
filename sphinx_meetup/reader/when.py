"""The day and hours of an event and its talks, from the body's date lines.

A date the body states (``时间：2019年12月28日``, ``Time: June 30th, 19:00 -20:00``,
a line that is only ``4 October 2018``, "join us on 11th of february") wins over the
front-matter date, which is often the day the page was written. Clock times on the
page are local: they are placed in the event's zone (its ``timezone`` key, else the
site's), else in the offset the front matter was written in.
"""

from __future__ import annotations

import datetime as dt

from ..model import Event, Problem, Talk, When
from . import dates
from .headers import LIVE_ROOMS
from .patterns import LazyPattern

#: how far a date in prose may move the front-matter date
_PROSE_SLACK_DAYS = 7


def apply_facts(
    event: Event,
    facts: dict[str, list[tuple[str, int]]],
    times: list[tuple[Talk, dt.time | None, dt.time | None]] | None = None,
    days: dict[int, str] | None = None,
    *,
    posted: dt.date | None = None,
    own_day: bool = False,
    clocked: bool = False,
) -> None:
    """Fill ``event.start``/``end`` from body date lines, then date the talks' times.

    ``posted`` is the day of a page without a front-matter date that its file name
    gives (a Jekyll post's): it lends its year to dates written without one, and is the
    event's day when the body states none. ``own_day``: the front matter names the
    event's own day (``meeting_date``), which a statement in prose does not move;
    ``clocked``: it is the page's ``date`` given hours by a clock key (``time: 6pm``),
    which a statement of the day ("join us on 30 April") corrects by up to a week. A
    page with no date at all takes the year of its publication date (``published_at``),
    else the one year its title names, for body dates written without one. Call it once
    the front-matter dates are in the event's zone.
    """
    tz = _zone_of(event)
    page_day = _local_day(event.start)
    reference = page_day or posted
    dated = reference or _local_day(event.published)
    year = dated.year if dated else _title_year(event.title)
    # (a page dated to the second was dated when it was posted: events start on the minute)
    stamped = isinstance(event.start, dt.datetime) and event.start.second != 0
    day, start, end = _stated(facts, year, page_day, _local_day(event.end), dated, own_day,
                              stamped, clocked)
    named = _day_with_its_year(event.title)
    if not own_day and named is not None and (
            agreed := _hours_of(facts, named, named.year)) is not None:
        # the title and a body line name one day with its year: the event's, however far
        # from the page's date (a page copied from an older one keeps that one's date)
        day, (start, end) = named, agreed
    # (else the title's day as far from the front-matter date as prose moves it)
    titled = named if named is not None and _may_move(
        named, page_day, _local_day(event.end), own_day) else None
    if titled is not None and titled != day:
        if day is None:  # the body gave hours alone: they are the title's day's
            day = titled
        elif (hours := _hours_of(facts, titled, year)) is not None:
            # of the days the body gives (one evening written in two zones), the title's
            day, (start, end) = titled, hours
    if day is None and start is not None:
        day = reference
    if day is None and posted is not None and event.start is None and not _unread(facts):
        day = posted
    if day is None:
        if facts.get("time") and event.start is None:
            value, line = facts["time"][0]
            event.problems.append(Problem(line, f"cannot read a date in {value[:60]!r}", "date"))
    elif start is not None:
        event.start = _at(day, start, tz)
        event.end = _after(_at(day, end, tz), event.start) if end else None
    elif day != page_day:
        event.start, event.end = day, None
    _date_talks(event, times or [], tz, days or {})
    for value, _line in facts.get("venue", [])[:1]:
        event.venue = event.venue or value
    for value, _line in facts.get("fee", [])[:1]:
        event.fee = event.fee or value
    for role, target in (("replay", event.replays), ("slides", event.slides)):
        for value, _line in facts.get(role, []):
            for url in value.split():
                if url in target or not url.startswith(("http://", "https://")):
                    continue
                if role == "replay" and LIVE_ROOMS.match(url):
                    continue  # the live room the event was streamed in: no recording
                target.append(url)


#: a year a title names (``PHP Developer Day 2016``, ``PyCon China 2019``)
_TITLE_YEAR = LazyPattern(r"(?<!\d)(?:19[89]\d|20\d\d)(?!\d)")


def _title_year(title: str) -> int | None:
    """The year a page with no date at all is of, for the days its body writes without
    one (``am 24. September``): the one year its title names, if it names just one."""
    years = set(_TITLE_YEAR.findall(title))
    return int(years.pop()) if len(years) == 1 else None


def _day_with_its_year(title: str | None) -> dt.date | None:
    """The day the page's title names with its year (``2016/05/19 Hacking Night``,
    ``Meetup du 20 Février 2019``): a title is written for the event. It dates the
    hours of a body that gives no day (:mod:`.reading` dates a page whose body states
    nothing) and picks, of several days the body gives, its own."""
    if not title or not any(char.isdigit() for char in title):
        return None
    day = dates.find_date(title, None)
    return day if day is not None and str(day.year) in title else None


def _hours_of(
    facts: dict[str, list[tuple[str, int]]], day: dt.date, year: int | None
) -> tuple[dt.time | None, dt.time | None] | None:
    """The clock range of the first body date line that gives ``day``; ``None`` when no
    line gives it."""
    for lines in facts.values():
        for value, _line in lines:
            if dates.find_date(value, year) == day:
                return dates.find_times(value)
    return None


def _unread(facts: dict[str, list[tuple[str, int]]]) -> bool:
    """Whether the body labels a time line in which no time could be read (nor a day,
    or the day would have been taken): it states the day in a way the reader does not
    know, so no other day may stand in for it."""
    lines = facts.get("time", [])
    return bool(lines) and all(dates.find_times(value) == (None, None) for value, _ in lines)


def _stated(
    facts: dict[str, list[tuple[str, int]]],
    year: int | None,
    page_day: dt.date | None,
    page_end: dt.date | None,
    reference: dt.date | None = None,
    own_day: bool = False,
    stamped: bool = False,
    clocked: bool = False,
) -> tuple[dt.date | None, dt.time | None, dt.time | None]:
    """The day and clock range the body states (``stamped``: the page's date is a
    publication stamp, to the second, which prose may move as far as a statement).

    Labelled lines always count (``日期：`` and ``时间：`` may be two lines). A line that
    is only a date counts unless it falls inside the front matter's own date range (a
    day of a multi-day event); a date in prose only corrects the front matter by up to
    a week (a slip of the page's date or zone), as prose also mentions other days - and
    the one nearest the front matter wins.
    """
    day = start = end = None
    for value, _line in facts.get("time", []):
        if day is None:
            day = _nearest_year(dates.find_date(value, year), value, reference)
            if day is None and reference is not None:
                day = dates.compact_day(value, reference)
            if day is None:
                day = _nearest_year(dates.short_day(value, year), value, reference)
            if day is None:
                day = dates.weekday_pair_day(value, year)
            if day is None:
                day = _nearest_year(dates.day_month(value, year), value, reference)
            weekday = dates.stated_weekday(value) if day is not None else None
            if weekday is not None and weekday != day.weekday():
                # 6 月 12 日周四 where the 12th is no Thursday: a stale date copied from
                # an earlier page; another body date whose weekday fits wins
                day = _fitting_date(facts, year, weekday) or _fitting_page_day(
                    day, weekday, page_day or reference) or day
        if start is None:
            start, end = dates.find_times(value)
    if day is not None:
        return day, start, end
    for value, _line in facts.get("date", []):
        found = dates.only_date(value, year)
        if found is not None and not _within(found, page_day, page_end):
            # ``2021年1月23日（周六）13:30-17:00``: the line's own hours, if no label gave any
            return (found, start, end) if start is not None else (found, *dates.find_times(value))
    for value, _line in facts.get("stated", [])[:1]:
        said, sentence = dates.stated(value, year) or (None, "")
        found = _nearest_year(said, value, reference)
        if found is not None and (_may_move(found, page_day, page_end, own_day) or (
                clocked and _corrects(found, page_day, page_end))):
            return (found, start, end) if start is not None else (
                found, *dates.find_times(sentence))
    if own_day:  # a key naming the event's own day: prose mentions other days
        return None, start, end
    pairs = [
        (value, found)
        for value, _ in facts.get("prose_date", [])
        if (found := dates.prose_date(value, year)) is not None
    ]
    # the day the page's opening paragraph says "the next meetup" is on: this one's
    opening = [found for value, _ in facts.get("opening_date", [])
               if (found := dates.prose_date(value, year)) is not None]
    # ("… o próximo marcado para o dia 19/07": the next meeting's, near the page's date)
    if stamped and page_day is not None:
        # ``date: 2018-09-26 18:56:58`` over a recap opening ``2018 年 9 月 15 日下午，…``:
        # the page was posted then; the day its prose gives with its year is the event's
        day = next((found for value, found in pairs if not dates.mentions_next(value)
                    and str(found.year) in value and found <= page_day
                    and _may_move(found, page_day, page_end, own_day)), None)
        if day is not None:
            return day, start, end
    day = _nearest([found for value, found in pairs if not dates.mentions_next(value)],
                   page_day, page_end)
    if day is None and page_day is not None:
        day = _weekday_fits(pairs, page_day, page_end, own_day)
    if day is None and opening and (page_day is None or (
            opening[0] >= page_day and _may_move(opening[0], page_day, page_end, own_day))):
        day = opening[0]  # (announced ahead of it: as far as a statement moves the day)
    return day, start, end


def _weekday_fits(
    pairs: list[tuple[str, dt.date]], page_day: dt.date, page_end: dt.date | None,
    own_day: bool,
) -> dt.date | None:
    """The first day in prose written with the weekday it falls on (``on Thursday 16
    June`` in a page dated the 2nd): the weekday confirms the day and its year, so it
    moves the page's date further than a week - as far as a statement does; not in a
    sentence about the next event."""
    for value, found in pairs:
        if dates.mentions_next(value):
            continue  # "our next meeting is on Wednesday 13 March": another event's
        if dates.stated_weekday(value) == found.weekday() and _may_move(
            found, page_day, page_end, own_day
        ):
            return found
    return None


#: how far a statement in prose ("will take place on …", "将于…") may move a page's date
#: that is not the event's own: announcements go up weeks before the night, recaps after
_STATED_SLACK_DAYS = 92


def _may_move(
    day: dt.date, page_day: dt.date | None, page_end: dt.date | None, own_day: bool
) -> bool:
    """Whether the first day the body states the event is on replaces the page's date:
    always on a page with none, never over a key naming the event's own day, else
    within three months (the page's date is when it was posted) - and a day inside the
    front matter's own range of days is one of its days, which changes nothing."""
    if page_day is None:
        return True
    if own_day or _within(day, page_day, page_end):
        return False
    return abs((day - page_day).days) <= _STATED_SLACK_DAYS


def _corrects(day: dt.date, page_day: dt.date | None, page_end: dt.date | None) -> bool:
    """Whether a day the body states outright ("join us on 30 April", "will take place
    on …") replaces a page's ``date`` that a clock key gave hours (``time: 6pm``): a
    week or less from it (a template's date left unchanged, a slip), never inside its
    own range. A key of the event's own day (``meeting_date``) is never moved."""
    return page_day is not None and not _within(day, page_day, page_end) and (
        abs((day - page_day).days) <= _OWN_DAY_SLIP)


#: how far a stated day may correct a ``date`` given hours by a clock key
_OWN_DAY_SLIP = 7


#: a yearless day this far before the page's date belongs to the next year
_PAST_YEAR_DAYS = 183


def _nearest_year(day: dt.date | None, value: str, page_day: dt.date | None) -> dt.date | None:
    """A day written without its year (``1 月 9 日周四``) that would fall more than half
    a year before the page's own date is in the next year: an announcement dated 31
    December is for January, not for the January it follows. (Later days stay in the
    page's year: pages announce months ahead.)"""
    if day is None or page_day is None or str(day.year) in value:
        return day
    if (page_day - day).days <= _PAST_YEAR_DAYS:
        return day
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February in a common year
        return day


#: how far a labelled day may stand from the page's own date for the page's day to
#: mend it, when the weekday written beside it fits the page's day and not its own
_SLIP_DAYS = 62


def _fitting_page_day(
    day: dt.date, weekday: int, page_day: dt.date | None
) -> dt.date | None:
    """The page's own date (front matter or file name) when the labelled day's written
    weekday is the page day's and not its own, and the two are near: ``Tuesday 25
    October`` on a page of Tuesday 25 November - the month of an earlier page, copied."""
    if page_day is None or page_day.weekday() != weekday:
        return None
    return page_day if abs((page_day - day).days) <= _SLIP_DAYS else None


def _fitting_date(
    facts: dict[str, list[tuple[str, int]]], year: int | None, weekday: int
) -> dt.date | None:
    """A date stated elsewhere in the body with the same weekday, which fits it."""
    for role, read in (("date", dates.only_date), ("prose_date", dates.prose_date)):
        for value, _line in facts.get(role, []):
            found = read(value, year)
            if found is not None and found.weekday() == weekday == dates.stated_weekday(value):
                return found
    return None


def _nearest(
    said: list[dt.date], page_day: dt.date | None, page_end: dt.date | None
) -> dt.date | None:
    """Of the days prose names, the one nearest the front-matter day (within a week)."""
    if page_day is None:
        return said[0] if said else None
    near = [day for day in said if abs(day - page_day).days <= _PROSE_SLACK_DAYS]
    best = min(near, key=lambda day: abs(day - page_day), default=None)
    return None if best is None or _within(best, page_day, page_end) else best


def _within(day: dt.date, first: dt.date | None, last: dt.date | None) -> bool:
    return first is not None and last is not None and first <= day <= last


def _date_talks(
    event: Event, times: list[tuple[Talk, dt.time | None, dt.time | None]], tz: dt.tzinfo | None,
    days: dict[int, str],
) -> None:
    """Agenda times become datetimes on the event's day - or on the day the day heading
    above them names (``Day 2``, ``Thursday, November 6th``), within the event's days."""
    first = _local_day(event.start)
    if first is None:
        return
    last = _local_day(event.end)
    for talk, start, end in times:
        if start is None:
            continue
        day = first
        if id(talk) in days:
            named = dates.day_named(days[id(talk)], first)
            if named is not None and named >= first and (last is None or named <= last):
                day = named
        talk.start = _at(day, start, tz)
        talk.end = _after(_at(day, end, tz), talk.start) if end else None


def _zone_of(event: Event) -> dt.tzinfo | None:
    """The event's zone: its IANA name, else the non-zero offset its front-matter date
    carries."""
    try:
        zone = dates.zone(event.timezone)
    except ValueError:
        zone = None
    if zone is not None:
        return zone
    offset = event.start.utcoffset() if isinstance(event.start, dt.datetime) else None
    # `Z` is what Hugo writes when nobody thought about zones: a clock time the body
    # states is then shown as written, not labelled UTC
    return event.start.tzinfo if offset else None


def _local_day(value: When | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _at(day: dt.date, time: dt.time | None, tz: dt.tzinfo | None) -> dt.datetime:
    return dt.datetime.combine(day, time or dt.time(), tzinfo=tz)


def _after(end: dt.datetime, start: When | None) -> dt.datetime:
    """An end earlier than the start (``22:00 - 01:00``) is on the next day."""
    if isinstance(start, dt.datetime) and end < start:
        return end + dt.timedelta(days=1)
    return end
