"""How the decoded text of one event page becomes an :class:`~sphinx_meetup.model.Event`:
the order in which the reader's parts run (front matter, Hugo Blox pages, the body's
talks, the programme, dates and time zones), for :func:`sphinx_meetup.reader.read_event`.

Its own module so that importing :mod:`sphinx_meetup.reader` - which every build does,
for the labels of the configuration and the read cache's file reading - does not
compile it: a build whose events all come from the read cache never runs it. The
reader's modules are imported here once, at the top, not in each function that asks
them: an import statement costs a look-up in ``sys.modules`` and the package's
``__path__`` each time it runs (some 4,000 instructions; forty a read).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Event, Link, Problem, Talk
from . import (
    audience,
    confidence,
    dates,
    embeds,
    fields,
    hugoblox,
    key_words,
    programme,
    programme_hint,
    shortcodes,
    text_agenda,
    theme_tables,
    traditional,
    trust,
)
from . import body as body_reader
from .blocks import plain
from .frontmatter import split
from .headers import without_own_speakers, without_when_after_quotes
from .introduced_author import introduced_author, without_byline
from .labels import DEFAULT as DEFAULT_LABELS
from .memo import forget
from .patterns import LazyPattern
from .when import _STATED_SLACK_DAYS, _after, _at, _zone_of, apply_facts

if TYPE_CHECKING:
    from collections.abc import Callable

    from .blocks import Block
    from .frontmatter import FrontMatter
    from .labels import Labels


def read_page(
    text: str, problems: list[Problem], source: str | None, labels: Labels | None,
    timezone: str | None, authors_dirs: list[Path] | None, page: Path | None,
    project: Path | None,
) -> Event:
    """:func:`read_text` on a page's decoded text, for :func:`read_event`: with no answer
    kept from the last read and the default labels when none are given."""
    forget()  # answers kept while reading the last page are not this page's
    labels = labels or DEFAULT_LABELS
    # a page in Traditional Chinese is read with the Simplified words, then given back
    # its own characters (:mod:`.traditional`)
    view = traditional.simplified_view(text)
    if view is None:
        return read_text(text, problems, source, labels, timezone, authors_dirs, page, project)
    event = view.restore(
        read_text(view.text, problems, source, labels, timezone, authors_dirs, page, project)
    )
    event.language = event.language or traditional.LANGUAGE  # its fonts are not zh-CN's
    return event


def read_text(
    text: str, problems: list[Problem], source: str | None, labels: Labels,
    timezone: str | None, authors_dirs: list[Path] | None, page: Path | None,
    project: Path | None,
) -> Event:
    """:func:`read_event` on the decoded text of a page."""
    front = split(text)
    front.body = shortcodes.mentions(front.body)
    theme_tables.lift(front.data, front.lines)  # (Hugo's ``[params]``)
    key_words.translate(front.data, front.lines)  # (``titulo``, ``palestrantes``…)
    event = Event(source=source, problems=problems + front.problems)
    blox = None
    title_lines: set[int] = set()
    shortcode_talks: list[Talk] = []
    shortcode_day: tuple[str, int] | None = None
    if hugoblox.looks_like_hugoblox(front.data):
        blox = hugoblox.apply(front, event, labels, page=page, authors_dirs=authors_dirs,
                              project=project)
        event.read_other_files = True
        body, blocks = blox.body, blox.blocks
        own_day = _blox_own_day(event) and hugoblox.dates_an_event(front.data)
        if event.start is None or fields.event_day_key(front.data) is not None:
            # no ``date``, or a key of another schema naming the event's own day
            # (``meetingdate`` beside a post's ``date``): that key's day wins
            own_day = fields.event_day(front.data, front.lines, event) or own_day
        if not event.replays:  # ``video:`` beside the schema's keys (a Jekyll post's)
            fields.replay_keys(front.data, front.lines, event)
    else:
        fields.gather_numbered_speakers(front.data, front.lines)
        fields.gather_person_record(front.data, front.lines)
        fields.gather_event_map(front.data, front.lines)
        programme.lift_entry_people(front.data, front.lines)
        own_day = fields.apply(front.data, front.lines, event)
        front.body = shortcodes.headings(front.body)
        body, blocks = front.body, None
        if "{{" in body and (coded := shortcodes.read(body, front.body_line)).talks:
            # ``{{< charla title="…" speaker="…" >}}abstract{{< /charla >}}``: a theme's
            # talk, as on a Hugo Blox page; the rest of the body is read around them
            shortcode_talks, body = coded.talks, coded.text
            shortcode_day = next(((coded.days[id(talk)], talk.line or front.body_line)
                                  for talk in coded.talks if id(talk) in coded.days), None)
        if not event.title:
            blocks, title_lines = _opening_title(event, body, front.body_line)
    _solar_hijri(event, front.body)
    programme.lift_extra(front.data, front.lines)
    programme.lift_tracks(front.data, front.lines)
    programme.lift_records(front.data, front.lines)
    posted = _post_name_day(event, page)
    key = programme.find_key(front.data)  # (the programme's, once the lifts are done)
    if blox is None and (agenda := _text_agenda(event, front, labels, key)) is not None:
        event.start = event.start or posted or _titled_day(event)
        _place_in_time_zone(event, timezone)
        _untitled(event, page)
        return _without(agenda, title_lines)
    if (structured := programme.read_under(key, front.data, front.lines, event)) is not None:
        event.start = event.start or posted or _titled_day(event)
        return _without(_structured(event, structured, body, front.body_line, timezone, page),
                        title_lines)
    if blocks is None:
        blocks = body_reader.blocks_of(body, front.body_line)
    found = body_reader.read_body(blocks, labels, event)
    found.talks = without_byline(found.talks, front.data, front.lines, event.title)
    if shortcode_talks:
        found.talks = sorted([*shortcode_talks, *found.talks], key=lambda t: t.line or 0)
        if shortcode_day is not None and not found.facts.get("time"):
            found.facts["time"] = [shortcode_day]  # (the first talk's day states the event's)
    if blox:
        blox.join_agenda(found)
    event.talks = blox.talks(found.talks, event) if blox else found.talks
    if blox:
        if not blox.untitled:  # (the person alone: no talk of the page to complete)
            body_reader.complete(event, found)
    else:
        if not event.speakers and not any(talk.kind == "talk" for talk in event.talks) and (
                author := introduced_author(front.data, front.lines, front.body)):
            event.speakers.append(author)  # (the writer the body introduces as a speaker)
        body_reader.complete(event, found, fields.speaker_talks(front.data, front.lines),
                             fields.talk_record_title(front.data, front.lines),
                             fields.filed_as_talk(front.data, front.lines))
    _place_in_time_zone(event, timezone)
    page_date = event.start
    # an "add to calendar" link's day stands in for a page with no date as a file
    # name's does: the body's own day wins, its yearless days take the link's year
    linked = (_calendar_day(front.body, timezone)
              if event.start is None and posted is None and "calendar" in front.body else None)
    # (a day the front matter gives its hours by a clock key - ``date`` and ``time`` -
    # not a key of the event's own day: a statement "join us on …" may correct it)
    clocked = blox is None and own_day and fields.event_day_key(front.data) is None
    _apply_facts(event, found, posted or linked, own_day, clocked=clocked)
    if not own_day and event.start in (page_date, posted):  # the body stated no day
        # (a file name's words only where the day is the file name's: a front-matter date
        # is the page's own, a name may be a copy's)
        _title_day(event, _name_words(page) if posted is not None else "")
    if not own_day and event.start is not None and _day_of(event.start) in {
            _day_of(value) for value in (page_date, posted) if value is not None}:
        _only_timed_day(event, front.body)
    if event.start is None and not found.facts.get("time"):
        # (a labelled time line the reader could not read says the day is written in a
        # way it does not know: no day is better than another line's)
        _only_day(event, front.body, page)
    _embedded_recording(event, front.body)
    # (a theme's talk shortcodes are data, as on a Blox page: never doubted, never lost)
    structured = [*blox.shortcode_talks, blox.talk] if blox else shortcode_talks
    _check_programme(event, found, body, front.body_line, labels, structured)
    if blox is None:
        _no_talk_read(event, front.body, front.body_line, labels)
    _untitled(event, page)
    return _without(event, title_lines)


def _text_agenda(
    event: Event, front: FrontMatter, labels: Labels, key: str | None
) -> Event | None:
    """A front-matter programme written as agenda lines (:mod:`.text_agenda`), under
    ``key``: its talks read as the body's agenda is read, the body kept as the event's
    text - or, when that reading is in doubt, no talk and the lines shown as written
    before the body."""
    if key is None or not text_agenda.written_as_text(front.data[key]):
        return None
    agenda, line = text_agenda.as_markdown(front.data[key], key, front.lines)
    found = body_reader.read_body(body_reader.blocks_of(agenda, line), labels, event)
    event.talks = found.talks
    known = found.known
    trust.unnamed_slots(event.talks, agenda, line, event.speakers)
    confidence.shared_slots(event.talks)
    audience.room_sessions(event.talks)
    doubt = confidence.doubt(event.talks, labels, known) or trust.doubt(
        event.talks, labels, known, agenda, line)
    if doubt is None and any(talk.kind == "talk" for talk in event.talks):
        # the lines no talk, break or fact took stay before the body, as written
        rest = _blank_lines(agenda, line, _used_up(found, agenda, line, event, labels)
                            | {line})
        if rest.strip():
            event.body_rest, event.body_rest_line = text_agenda.before_body(
                agenda.split("\n", 1)[0] + rest[rest.index("\n"):], line, front.body,
                front.body_line)
        else:
            event.body_rest, event.body_rest_line = front.body, front.body_line
        return event
    event.talks = []
    event.body_rest, event.body_rest_line = text_agenda.before_body(
        agenda, line, front.body, front.body_line)
    if doubt is not None:
        confidence.fall_back(event, doubt, event.body_rest, event.body_rest_line)
    return event
def _solar_hijri(event: Event, body: str) -> None:
    """A Persian page's front-matter date in the Solar Hijri calendar Iran writes
    (``date: "1394-06-23"``, a year no Gregorian meetup has): the day it is (2015-09-14)."""
    if event.start is None or not dates.hijri_years(event.start.year):
        return
    if not dates.is_persian(f"{event.title}\n{body}"):
        return
    event.start = dates.from_solar_hijri(event.start)
    if event.end is not None and dates.hijri_years(event.end.year):
        event.end = dates.from_solar_hijri(event.end)


def _without(event: Event, lines: set[int]) -> Event:
    """``event`` with the file ``lines`` blanked from the body it shows, and no meeting
    room taken for a recording (:func:`_rooms_are_no_replays`)."""
    if lines:
        event.body_rest = _blank_lines(event.body_rest, event.body_rest_line, lines)
    _rooms_are_no_replays(event)
    return event


#: where people join a call live (Zoom, Google Meet, Teams, Webex, Jitsi): never a
#: recording of it, whatever word leads to it (``zoom 在线直播``, ``Watch: …``) - Zoom's
#: recordings are ``zoom.us/rec/…``
_MEETING_ROOM = LazyPattern(
    r"^https?://(?:[\w-]+\.)*(?:zoom\.us/(?:j|s|w|my|meeting)/|meet\.google\.com/(?!$)|"
    r"teams\.microsoft\.com/l/meetup-join/|teams\.live\.com/meet/|"
    r"webex\.com/(?:meet|join|[\w-]+/j\.php)|meet\.jit\.si/(?!$))",
    re.IGNORECASE,
)


def _rooms_are_no_replays(event: Event) -> None:
    """A meeting room read as the event's replay or a talk's video is a link of the
    event instead: shown, not offered as the recording."""
    rooms = [url for url in event.replays if _MEETING_ROOM.match(url)]
    rooms += [talk.video for talk in event.talks if talk.video and _MEETING_ROOM.match(talk.video)]
    if not rooms:
        return
    event.replays = [url for url in event.replays if url not in rooms]
    for talk in event.talks:
        if talk.video in rooms:
            talk.video = None
    known = {link.url for link in event.links}
    for url in dict.fromkeys(rooms):
        if url not in known:
            event.links.append(Link(url, url))


def _opening_title(event: Event, body: str, body_line: int) -> tuple[list[Block], set[int]]:
    """A page without a title in its front matter (a README kept per meetup, a page with
    no front matter at all) that opens with a heading of the top two levels is titled
    by it, as a Markdown renderer titles it. The body's blocks (read once here) and the
    heading's lines, which leave the body once it is read: the page does not show its
    title twice, and the readers still see the heading (``# Workshop with Ann``)."""
    blocks = body_reader.blocks_of(body, body_line)
    first = blocks[0] if blocks else None
    if first is None or first.kind != "heading" or first.level > 2:
        return blocks, set()
    event.title = plain(first.text)
    if not event.title:
        return blocks, set()
    event.lines.setdefault("title", first.line)
    return blocks, set(range(first.line, first.end_line + 1))


def _post_name_day(event: Event, page: Path | None) -> dt.date | None:
    """The day the file name of a page whose front matter gives none says, when it is
    named as a Jekyll post (``2019-08-24-gdg-meetup.md``: Jekyll's date for the post, its
    publication date) or by its day (``2018-09-06.md``, ``meetup-122-20200318.md``): the
    event's day only when the body states none. An ``index.md`` or ``README.md`` is
    named by its folder."""
    if event.start is not None or page is None:
        return None

    stem = _untranslated_stem(page)
    name = f"{stem}{page.suffix}"
    if stem.casefold() in _BUNDLE_STEMS and page.parent.name:
        # a page bundle (``2019-08-24-gdg-meetup/index.md``) or a README kept per
        # meetup: its folder is named as a file would be (Hugo's ``:filename`` date)
        name = f"{page.parent.name}{page.suffix}"
    day = dates.post_name_day(name)
    if day is not None and event.published is None:
        event.published = day
    return day or dates.day_name_day(name)


def _untitled(event: Event, page: Path | None) -> None:
    """A page with no title at all: a problem - and, for a Jekyll post, the title Jekyll
    shows it under. Given once the body is read: a title no author wrote names the page,
    never a talk of it."""
    if event.title:
        return
    event.title = _post_name_title(page)
    event.problems.append(Problem(1, "the event has no title" + (
        f"; its file name gives it, as Jekyll does: {event.title!r}" if event.title else ""),
        "frontmatter"))


def _post_name_title(page: Path | None) -> str:
    """The title Jekyll gives a post whose front matter has none: its file name's words
    after the day, each capitalised (``2019-02-18-haskell-in-production.md`` →
    ``Haskell In Production``, Jekyll's ``titleize_slug``); "" for any other name."""
    if page is None:
        return ""
    stem = _untranslated_stem(page)
    if stem.casefold() in _BUNDLE_STEMS or dates.post_name_day(f"{stem}{page.suffix}") is None:
        return ""
    return " ".join(word.capitalize() for word in _POST_DAY.sub("", stem).split("-") if word)


def _name_words(page: Path | None) -> str:
    """The words of a page's file name after a post's day (``2019-06-11-June-19th-Meetup.md``
    gives ``June 19th Meetup``; a bundle's ``index.md`` its folder's), or ""."""
    if page is None:
        return ""
    stem = _untranslated_stem(page)
    if stem.casefold() in _BUNDLE_STEMS:
        stem = page.parent.name
    return " ".join(_POST_DAY.sub("", stem).replace("_", "-").split("-"))


#: the day a post's file name opens with
_POST_DAY = LazyPattern(r"^\d{4}-\d{1,2}-\d{1,2}-?")


#: the names of a page that its folder names: a Hugo page bundle's, a README's
_BUNDLE_STEMS = frozenset({"index", "_index", "readme"})
#: the language a Hugo site's translation by file name adds: ``index.zh.md``,
#: ``2019-05-12-meetup.pt-br.md``
_LANGUAGE_SUFFIX = LazyPattern(r"(?i)\.[a-z]{2,3}(?:-[a-z]{2,4})?$")


def _untranslated_stem(page: Path) -> str:
    """A page's stem without the language of a translation named by file (Hugo's
    ``index.zh.md`` is its bundle's ``index``)."""
    return _LANGUAGE_SUFFIX.sub("", page.stem) or page.stem


#: an "add to Google Calendar" link's event: ``…/calendar/event?action=TEMPLATE&…
#: dates=20170613T160000Z%2F…`` (``render?action=TEMPLATE`` too)
_CALENDAR_LINK = LazyPattern(
    r"google\.com/calendar/(?:event|render)\?[^\s)\]\"'<>]{0,300}?\bdates="
    r"(?P<day>\d{8})(?:T(?P<hour>\d{2})\d{2}\d{0,2}(?P<utc>Z)?)?"
)


def _calendar_day(body: str, timezone: str | None) -> dt.date | None:
    """The day an "add to calendar" link in the body sets, for a page that states no day
    of its own (seen on two sites of round 22). A time in UTC gives the day in the site's
    zone; with no zone, only an hour that is the same day wherever events are held at
    it - 06 to 20 h UTC: morning to night from UTC-6 to UTC+3, working hours in East
    Asia (an evening in the Americas is past midnight in UTC: no day)."""
    match = _CALENDAR_LINK.search(body)
    if match is None:
        return None
    try:
        day = dt.datetime.strptime(match["day"], "%Y%m%d").date()
    except ValueError:
        return None
    if not match["utc"]:
        return day
    hour = int(match["hour"])
    if timezone:

        when = dt.datetime.combine(day, dt.time(min(hour, 23)), dt.UTC)
        try:
            return when.astimezone(dates.zone(timezone)).date()
        except ValueError:
            return None
    return day if 6 <= hour <= 20 else None


def _embedded_recording(event: Event, body: str) -> None:
    """The one video player the body embeds is the event's replay (:mod:`.embeds`)."""
    real = [talk for talk in event.talks if talk.kind == "talk"]
    # a page's only talk whose video the page links again outside it (a playlist, a
    # recordings list): the evening was that talk, its recording the event's too
    again = len(real) == 1 and real[0].video is not None and any(
        body.count(video) > 1 for video in embeds.video_ids([real[0].video]))
    talks = real[1:] if again else event.talks
    known = [*event.replays, *(talk.video for talk in talks if talk.video)]
    if (replay := embeds.recording(body, known)) is not None:
        event.replays.append(replay)


#: how far a title's day may be from the page's date (days)
_TITLE_SLACK = 92


def _titled_day(event: Event) -> dt.date | None:
    """The day a page with no date anywhere else names in its title, with its year
    (``Meetup #13 - 18 Jul 2015``): a page whose programme is in its front matter is
    dated so too, as :func:`_title_day` dates one whose body is read."""
    return dates.find_date(event.title, None) if event.title else None


def _title_day(event: Event, name: str = "") -> None:
    """A title that names a day (``June 29th 2011 - OpenVPN, Truecrypt``, ``Lightning
    talks on December 19th``) names the event's: the page's own date (or its file name's)
    is then when the write-up or the announcement was posted. Only when neither the body
    nor an event key of the front matter states the day, and within a season of the
    page's date, which also gives a day written without its year the nearest year (a
    title may name an anniversary's first day). Else a ``description`` that opens with
    a day and its year names it (a recap's summary, posted days later), or that states
    the day as the body's statements do (``将于12月21号``, "will be held on …"; not the
    day "the next one is on"). Else the words of the file's ``name`` (a Jekyll post
    ``2019-06-11-June-19th-Meetup.md``, posted on the 11th, is for the 19th)."""
    if event.start is None:  # no date anywhere else: a title's day with its year is it,
        # else one the description states with its year (``Op 11 maart 2021 om 19:00 …``)
        event.start = _titled_day(event)
        if event.start is None and (text := event.description) and not dates.names_next(text):
            event.start = dates.opening_date(text) or dates.prose_date(text, None)
        return
    page = _day_of(event.start)
    day = (dates.find_date(event.title, None) or _nearest_year_day(
        dates.find_date, event.title, page)) if event.title else None
    if day is None and (text := event.description):
        day = dates.opening_date(text) or (
            None if dates.names_next(text) else _nearest_year_day(dates.stated_date, text, page))
    if day is None and name:
        day = _nearest_year_day(dates.find_date, name, page)
    if day is None or day == page or abs((day - page).days) > _TITLE_SLACK:
        return
    if event.published is None:
        event.published = event.start
    event.start, event.end = day, None


def _nearest_year_day(
    find: Callable[[str, int], dt.date | None], text: str, page: dt.date
) -> dt.date | None:
    """The day ``find`` reads in ``text``, a day written without its year put in the
    year (the page's or one beside it) that brings it nearest ``page``."""
    found = (find(text, year) for year in (page.year, page.year + 1, page.year - 1))
    return min((day for day in found if day), key=lambda d: abs((d - page).days),
               default=None)


def _structured(
    event: Event, structured: programme.Programme, body: str, body_line: int,
    timezone: str | None, page: Path | None,
) -> Event:
    """A page with ``talks:``: the programme is the front matter's, the body its text."""
    event.talks = structured.talks
    _place_in_time_zone(event, timezone)
    programme.place(structured, event)
    event.body_rest = body
    event.body_rest_line = body_line
    _untitled(event, page)
    return event


def _check_programme(
    event: Event, found: body_reader.Body, body: str, body_line: int, labels: Labels,
    structured: list[Talk],
) -> None:
    """The body with what the reader used blanked - unless the programme read from it
    is in doubt, then the body whole (:mod:`.confidence`). ``structured`` talks (Hugo
    Blox shortcodes) are data, not reading: they are not doubted and they stay."""
    known = found.known
    ids = {id(talk) for talk in structured}
    read = [talk for talk in event.talks if id(talk) not in ids]
    for talk in read:
        talk.title = without_when_after_quotes(without_own_speakers(talk.title, talk.speakers))
    trust.unnamed_slots(read, body, body_line, event.speakers)
    confidence.shared_slots(read)
    audience.room_sessions(read)

    def doubted(talks: list[Talk]) -> confidence.Doubt | None:
        return confidence.doubt(talks, labels, known, structured) or trust.doubt(
            talks, labels, known, body, body_line)

    doubt = doubted(read)
    if doubt is not None:
        confidence.fall_back(event, doubt, body, body_line, structured)
        kept = len(event.talks)
        body_reader.titled_after_doubt(event, found)
        body_reader.front_matter_talk_after_doubt(event, found, read)
        added = event.talks[kept:]
        if added and doubted(added):
            # the talk the title names is held to the same checks (it may be the very
            # talk just doubted: ``Webdev No. 32 - Angular JS`` is no talk by Angular JS)
            del event.talks[kept:]
        return
    if found.unread is not None and not event.speakers and not any(
        talk.kind == "talk" for talk in read
    ):
        # a talks section of which no talk was read (its warning says so): the body
        # whole, as written, not with its breaks taken out of it
        event.body_rest, event.body_rest_line = body, body_line
        return
    event.body_rest = _blank_lines(body, body_line,
                                   _used_up(found, body, body_line, event, labels))
    event.body_rest_line = body_line


def _no_talk_read(event: Event, body: str, body_line: int, labels: Labels) -> None:
    """No talk read and no word said why, from a page that names talks or speakers
    (:mod:`.programme_hint`): one ``meetup.programme`` warning, so the page does not pass
    in silence."""
    if any(talk.kind == "talk" for talk in event.talks) or any(
            problem.subtype == "programme" for problem in event.problems):
        return

    mention = programme_hint.talk_mention(body, body_line, labels)
    if mention is not None:
        line, word = mention
        said = repr(word)
    elif (people := programme_hint.people_mention(body, body_line)) is not None:
        line, names = people
        said = "people (" + ", ".join(names[:3]) + (", …" if len(names) > 3 else "") + ")"
    else:
        return
    event.problems.append(Problem(
        line, f"no talk was read from this page, though it names {said}: if it holds "
        "a programme, it is written in a way the reader does not know (the page is "
        "shown as written) - give its talks as `talks:` in the front matter, or "
        "`talks: []` if it has none", "programme"))
    # as the warning says: the body whole, not less the slots read from it (``- 9:00 –
    # Closing words by Ann``, a break), which are no agenda of their own
    event.talks = []
    event.body_rest, event.body_rest_line = body, body_line


def _used_up(
    found: body_reader.Body, text: str, first_line: int, event: Event, labels: Labels
) -> set[int]:
    """The lines of ``text`` the reading used up, less those whose words went nowhere
    (:func:`.confidence.restore_unused`): the lines the shown body leaves out."""
    used = [line for values in found.facts.values() for _, line in values]
    return confidence.restore_unused(text, first_line, found.consumed, used, event, labels)


def _apply_facts(
    event: Event, found: body_reader.Body, posted: dt.date | None, own_day: bool, *,
    clocked: bool = False,
) -> None:
    """Fact lines of the body: the day the event happens wins over the page's date
    (and over ``posted``, the day a Jekyll post's file name gives)."""
    apply_facts(event, found.facts, found.times, found.days, posted=posted,
                own_day=own_day, clocked=clocked)


def _blox_own_day(event: Event) -> bool:
    """Whether a Hugo Blox page's ``date`` is the event's own day: it is, by the
    schema - unless it is the day the page was published (``publishDate``), the mark
    of a date left as the page's template wrote it."""
    if event.start is None:
        return False
    return event.published is None or _day_of(event.published) != _day_of(event.start)


def _day_of(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


#: what no day of the event is written in: a link's address, a tag, a bare URL (a blog
#: post's ``/2016/11/14/`` names the day it was written)
_ADDRESSES = LazyPattern(r"\]\([^)\n]*\)|<[^>\n]*>|https?://\S+")


#: a digit: lines without one name no day (searched in C, not a character at a time)
_DIGIT = LazyPattern(r"\d")


def _without_addresses(line: str) -> str:
    """``line`` with its links' addresses, tags and bare URLs blanked (the days they
    hold name files, not the event)."""
    return _ADDRESSES.sub(" ", line) if "(" in line or "<" in line or "//" in line else line


def _only_day(event: Event, body: str, page: Path | None) -> None:
    """A page nothing else dates - no front-matter date, no day in its file name, none
    stated in its body's facts - whose body writes one day with its year, however often,
    and no other (a table row ``| 2019-03-14 | paper |``, a line of a short note): that
    day. Not when a line naming it speaks of the next event, nor when the page's path
    holds digits of another day (``2019-03-14 Rust/notes.md`` names its own)."""
    found: dt.date | None = None
    for line in body.splitlines():
        if not _DIGIT.search(line):
            continue
        if len(line) > _MAX_DAY_LINE:
            return  # (prose that long may name other days: not one day alone, and linear)
        plain = _without_addresses(line)
        day = dates.find_date(plain, None)
        if day is None:
            continue
        if (found is not None and day != found) or dates.mentions_next(plain):
            return
        found = day
    if found is not None and _path_days(page) <= {found}:
        event.start = found
    elif found is None and len(opening := _opening_days(page)) == 1:
        event.start = opening.pop()  # ``2019-03-14 Rust meetup/README.md``: the folder's day


#: the longest line asked for the one day of a page nothing else dates
_MAX_DAY_LINE = 2_000
#: a day's digits in a path, separated or not: ``2019-03-14 Rust``, ``20190314_notes``
_PATH_DAY = LazyPattern(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})[-_. ]?(?P<month>[01]\d)[-_. ]?(?P<day>[0-3]\d)(?!\d)"
)
#: a day a folder's or file's name opens with, then a space, ``_``, ``-``, ``.`` or its end
_OPENING_DAY = LazyPattern(
    r"^(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?=[ _.-]|$)"
)


def _opening_days(page: Path | None) -> set[dt.date]:
    """The days a page's file name and its folder's name open with, written out
    (``2019-03-14_notes.md``, ``2019-03-14 Rust meetup/notes.md``): a site naming a
    meetup's page or folder by its day."""
    return _path_days(page, _OPENING_DAY)


def _path_days(page: Path | None, pattern: LazyPattern = _PATH_DAY) -> set[dt.date]:
    """The days ``pattern`` finds in the last two parts of ``page``'s path (its folder
    and its name)."""
    if page is None:
        return set()

    found = set()
    for part in page.parts[-2:]:
        for match in pattern.finditer(part):
            day = dates.valid_day(int(match["year"]), int(match["month"]), int(match["day"]))
            if day is not None:
                found.add(day)
    return found


def _only_timed_day(event: Event, body: str) -> None:
    """The one day a body names, with its year, on a line that also gives its hours, is
    the event's - over the page's own date (a post's, or its file name's), when the body
    states no day the other ways: ``Our next meeting is Friday, September 15th, 2017
    from 4:00pm``. Not when the line's weekday is not that day's, the body names another
    day too, the day is more than a season from the page's, or the line speaks of the
    next event below the body's opening paragraph (a recap's last lines name another)."""
    page_day = _day_of(event.start)
    # (the day's line is the first naming it: it gives hours, a day other than the
    # page's but near it, and its year - when no line does, no scan of them all finds
    # one; most bodies have none, and the days of those that do are kept for the read)
    years = [str(page_day.year + step) for step in (-1, 0, 1)]
    if not any(year in body for year in years):
        return
    lines = body.splitlines()
    if not any(_may_be_timed_day(plain, page_day, years)
               for plain in map(_without_addresses, filter(_DIGIT.search, lines))):
        return
    _timed_day_of_lines(event, lines)


def _timed_day_of_lines(event: Event, lines: list[str]) -> None:
    """:func:`_only_timed_day` past its tests: every line with a digit asked for its
    day (the tests skip only bodies where this finds nothing)."""
    page_day = _day_of(event.start)
    found: dict[dt.date, tuple[str, int]] = {}
    opening: int | None = None  # the index of the first blank line after some text
    text_seen = False
    headings = 0
    next_heading: int | None = None  # a later heading that names the next event
    for index, line in enumerate(lines):
        if line.startswith("#"):
            headings += 1
            next_heading = index if headings > 1 and dates.mentions_next(line) else None
        if opening is None:
            if line.strip() and not line.lstrip().startswith("#"):
                text_seen = True
            elif text_seen and not line.strip():
                opening = index
        if not _DIGIT.search(line):
            continue
        plain = _without_addresses(line)
        if (day := dates.find_date(plain, page_day.year)) is not None:
            if next_heading is not None:
                return  # (under ``## Next meetup``: that event's day, not this one's)
            found.setdefault(day, (plain, index))
            if len(found) > 1:
                return
    if len(found) != 1:
        return
    day, (line, index) = found.popitem()
    start, end = dates.find_times(line)
    weekday = dates.stated_weekday(line)
    if start is None or day == page_day or abs((day - page_day).days) > _STATED_SLACK_DAYS or (
            str(day.year) not in line) or (weekday is not None and weekday != day.weekday()):
        return
    if dates.mentions_next(line) and opening is not None and index > opening:
        return
    tz = _zone_of(event)
    event.start = _at(day, start, tz)
    event.end = _after(_at(day, end, tz), event.start) if end else None


#: what every clock :func:`~.dates.find_times` reads holds: a digit, then its minutes
#: (``19:30``, ``19.30``, ``19h30``) or ``am``/``pm`` - the classes and flags of its
#: patterns, so a line without this has no hours (a property test compares the two)
_CLOCK_HINT = LazyPattern(r"\d(?:[:：.h][0-5]\d|\s*+[ap]\.?m)", re.IGNORECASE)


def _may_be_timed_day(plain: str, page_day: dt.date, years: list[str]) -> bool:
    """Whether the line ``plain`` (addresses blanked) passes what :func:`_only_timed_day`
    asks of the day's line, but for the other lines and its weekday. The day is at most
    a season from the page's: its year, which the line writes, is one of ``years`` (the
    page's and those next to it) - substring tests before any date is searched."""
    if not any(year in plain for year in years) or not _CLOCK_HINT.search(plain):
        return False
    day = dates.find_date(plain, page_day.year)
    return (day is not None and day != page_day
            and abs((day - page_day).days) <= _STATED_SLACK_DAYS and str(day.year) in plain)


def _place_in_time_zone(event: Event, site_timezone: str | None) -> None:
    """The event's times in its own zone: the one it names, else the offset its date
    carries (a London event at 18:30+01:00 stays 18:30 on a Berlin site: attendees need
    the local time); the site's zone only for times written without one (or as UTC,
    which is what Hugo writes when nobody thought about zones)."""
    if event.timezone is None and _own_offset(event.start):
        site_timezone = None

    name = event.timezone or site_timezone
    try:
        tz = dates.zone(name)
    except ValueError as error:
        event.problems.append(Problem(None, f"{error}; times are shown as written", "date"))
        return
    event.timezone = name
    event.start = dates.localise(event.start, tz)
    event.end = dates.localise(event.end, tz)
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        # one written with an offset, the other without: both in the one zone written
        if event.start.tzinfo is None:
            event.start = event.start.replace(tzinfo=event.end.tzinfo)
        elif event.end.tzinfo is None:
            event.end = event.end.replace(tzinfo=event.start.tzinfo)
    if dates.ends_before(event.start, event.end):
        event.problems.append(
            Problem(event.line_of("end"), "the event ends before it starts; the end is "
                    "ignored", "date")
        )
        event.end = None


def _own_offset(value: object) -> bool:
    return isinstance(value, dt.datetime) and bool(value.utcoffset())


#: a list item's marker and the spaces after it: where the item's own text starts
_ITEM_MARK = LazyPattern(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?: {1,4}|$)")


def _item_indent(line: str) -> int:
    """Where a list item's own text starts on ``line`` (0: no item). A line whose first
    character after up to three spaces is no bullet and no digit is none - not matched
    (most used lines are a heading's or a paragraph's)."""
    rest = line.lstrip(" ")
    if len(line) - len(rest) > 3 or not rest or not (rest[0] in "-*+" or rest[0].isdecimal()):
        return 0
    mark = _ITEM_MARK.match(line)
    return len(mark[0]) if mark else 0


#: a setext heading's underline
_UNDERLINE = LazyPattern(r"^ {0,3}(?:=+|-+)[ \t]*$")


def _blank_lines(body: str, first_line: int, consumed: set[int]) -> str:
    """The body with the lines the reader used up blanked (so line numbers still hold).

    The paragraphs a used list item goes on with (its abstract, indented under it) are
    moved to the margin: left indented under a blank line they would turn into a code
    block."""
    lines = body.split("\n")
    out: list[str] = []
    indent = 0  # the content indent of the used list item whose lines follow
    for number, line in enumerate(lines):
        if first_line + number in consumed:
            indent = _item_indent(line)
            out.append("")
            continue
        if out and not out[-1] and lines[number - 1].strip() and (
                "=" in line or "-" in line) and _UNDERLINE.match(line):
            # a setext heading's underline (``Agenda`` / ``----``) leaves with its text:
            # alone it would be a rule across the page
            out.append("")
            continue
        if indent and line.strip():
            if len(line) - len(line.lstrip(" ")) >= indent:
                out.append(line[indent:])
                continue
            indent = 0
        out.append(line)
    return "\n".join(out)
