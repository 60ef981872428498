"""Hugo Blox (Wowchemy, "Academic") event pages: one talk, at a named event.

The schema is told apart from the educenter one by its keys (``event``, ``date_end``,
``url_video``, ``authors``…), per file, with no configuration. ``title`` is the talk
and ``event`` the event it is given at; a page with no ``event`` is the event itself.
People come from ``authors`` (resolved through the site's author profiles) or from a
``speaker:`` map; a profile's author the body lists as an organiser is not a speaker.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Event, Link, Problem, Speaker, Talk, When
from ..safety import is_remote, safe_url
from . import authors as profiles
from . import body as body_reader
from . import dates, fields, given_names, shortcodes, trust
from .blocks import fold, plain
from .by_words import PRESENTED_BY
from .content import add_names
from .emphasis import unemphasise
from .frontmatter import FrontMatter
from .headers import tidy_title, timed_rest
from .labels import Labels
from .names import is_organisation, looks_like_name, split_names, without_academic_title
from .names import key as name_key
from .patterns import LazyPattern
from .placeholders import is_placeholder
from .titled import names_an_issue
from .value_types import SCALAR

#: keys only Hugo Blox pages write (educenter pages write none of them)
HUGOBLOX_KEYS = frozenset({
    "event", "event_url", "url_video", "url_slides", "url_code", "url_pdf", "authors",
    "date_end", "all_day", "address", "abstract",
})
#: of those, the keys no other schema writes: one of them must be there
_HUGOBLOX_OWN_KEYS = HUGOBLOX_KEYS - {"abstract"}
#: keys only educenter pages write
EDUCENTER_KEYS = frozenset({"apply_url", "fee", "bg_image", "sponsor", "topic"})
#: ``url_*`` keys Hugo Blox shows as buttons, and their names
LINK_KEYS = {
    "url_pdf": "PDF", "url_code": "Code", "url_dataset": "Dataset", "url_poster": "Poster",
    "url_project": "Project", "url_source": "Source",
}
#: no ``[`` in a link's text, no bare ``(`` in its target (one level of brackets, as URLs
#: have them) and no ``<`` in a tag: each looks only as far as the next one
_MARKDOWN_LINK = LazyPattern(
    r"\[(?P<text>[^\]\[]*)\]\((?P<url>(?:[^()\s]|\([^()\s]*\))+)\)"
)
_HTML_TAG = LazyPattern(r"</?[a-zA-Z][^<>]*>")
#: ``and`` / ``&`` / ``,`` closing the names before a link: the link names one more
_JOINER_END = LazyPattern(r"(?:\s+(?:and|und|et|y)|\s*[&,，、])\s*$", re.IGNORECASE)
_ORGANISERS = LazyPattern(r"organi[sz]|committee|主办|组织|协办", re.IGNORECASE)

def looks_like_hugoblox(data: dict[str, Any]) -> bool:
    """Whether front matter ``data`` is written in the Hugo Blox event schema."""
    keys = set(data)
    if isinstance(data.get("event"), dict):
        # Hugo Blox's ``event`` names the event; a map of the event's facts (``event:
        # {date, location}``) is another theme's
        keys.discard("event")
    if not isinstance(data.get("address"), dict):
        # Hugo Blox's ``address`` is a map (street, city, …); a line of text (or
        # nothing) is a venue's address as any theme writes it
        keys.discard("address")
    if not keys & _HUGOBLOX_OWN_KEYS:
        # ``abstract`` alone is any talk record's word (``speaker`` + ``abstract``)
        return False
    return len(keys & HUGOBLOX_KEYS) > len(keys & EDUCENTER_KEYS)


def dates_an_event(data: dict[str, Any]) -> bool:
    """Whether a Hugo Blox page's front matter is an event's (``event``, ``event_url``,
    ``date_end``, ``all_day``, a map of ``address``, a ``url_*`` button): its ``date`` is
    then the event's day by the schema. With ``authors`` alone it is a post's (a blog's
    recap names its writers so), and its ``date`` the day it was written."""
    keys = set(data) & (_HUGOBLOX_OWN_KEYS - {"authors"})
    if not isinstance(data.get("address"), dict):
        keys.discard("address")
    return bool(keys)


@dataclass(slots=True)
class HugoBloxPage:
    """What the body reader needs from a Hugo Blox page, and how its talks combine."""

    #: the body with shortcode tags blanked (file lines unchanged)
    body: str
    blocks: list[body_reader.Block]
    #: the talk the page itself is about (``title``)
    talk: Talk
    #: whether ``event`` names an event other than the page (so the page is one talk)
    is_talk_page: bool
    shortcode_talks: list[Talk] = field(default_factory=list)
    #: the speakers read from ``authors`` (the page's writers, unless evidence says more)
    authors: list[Speaker] = field(default_factory=list)
    #: where a shortcode talk stands in the agenda (an entry linking to it), by id
    order: dict[int, int] = field(default_factory=dict)
    #: the title names only who speaks (``Ann Example (Example University)``): the
    #: page's talk has no title yet - the person is its speaker, no talk is made
    untitled: bool = False
    #: the page is the event, and its summary says who presents it: its one talk
    presented: bool = False

    def join_agenda(self, found: body_reader.Body) -> None:
        """Agenda entries that link to an abstract shortcode of the page
        (``9:30 - 10:30: [Kevin Jamieson](#towards-instance-optimal-…) + Q/A``) are that
        talk: it takes their times and place in the agenda, and the other people the
        entry names beside the link (``Raghav Somani and [Raghav Tripathi](#…)``)."""
        by_title = {fold(talk.title): talk for talk in self.shortcode_talks if talk.title}
        if not by_title:
            return
        joined: dict[int, Talk] = {}
        for talk in found.talks:
            block = next((b for b in self.blocks if talk.line is not None
                          and b.line <= talk.line <= b.end_line), None)
            targets = {url for _text, url in (block.links if block else [])
                       if url.startswith("#") and fold(url[1:]) in by_title}
            if block is None or len(targets) != 1:
                continue
            url = targets.pop()
            structured = by_title[fold(url[1:])]
            joined[id(talk)] = structured
            self.order.setdefault(id(structured), talk.line or 0)
            _names_beside(structured, block, url, talk.line)
        if joined:
            for old, new in joined.items():
                if old in found.days:
                    found.days[id(new)] = found.days.pop(old)
            found.talks = [talk for talk in found.talks if id(talk) not in joined]
            found.times = [(joined.get(id(talk), talk), start, end)
                           for talk, start, end in found.times]

    def talks(self, body_talks: list[Talk], event: Event | None = None) -> list[Talk]:
        """The page's talk, unless the page is an event: its body lists talks of their
        own, or ``event`` does not name another event (then the title is the event's,
        and without a ``speaker`` map nobody gives it as a talk). The authors of an
        event page are its writers: they leave the speakers unless a talk names them."""
        found = sorted([*self.shortcode_talks, *body_talks],
                       key=lambda t: self.order.get(id(t), t.line or 0))
        programme = sum(1 for t in found if t.kind == "talk" and t.speakers) >= 2
        if self.untitled:
            return found
        if (self.is_talk_page or self.presented) and not programme:
            return [self.talk, *found]
        if found or self.authors or not self.talk.speakers:
            if event is not None and self.authors:
                named = {name_key(n) for t in found for n in t.speakers}
                event.speakers = [s for s in event.speakers if s not in self.authors
                                  or any(name_key(n) in named for n in s.names)]
            return found
        if names_an_issue(self.talk.title):  # ``JUG Milano Meeting #100``: the event's
            return found  # (the body's reading says so, as for any page)
        return [self.talk]  # a ``speaker`` map names who gives the page's talk


def apply(
    front: FrontMatter,
    event: Event,
    labels: Labels,
    *,
    page: Path | None = None,
    authors_dirs: list[Path] | None = None,
    project: Path | None = None,
) -> HugoBloxPage:
    """Fill ``event`` from a Hugo Blox page; ``page`` is the file (for its bundle and
    author profiles), ``authors_dirs`` the profile folders (default: found from it,
    inside ``project``)."""
    data, lines = front.data, front.lines
    event.lines.update(lines)
    title = _text(data.get("title")) or ""
    event.title = _text(data.get("event")) or title
    event.draft = fields.draft_flag(data.get("draft"))
    _read_dates(data, lines, event)
    _read_links(data, lines, event)
    _read_place(data, event)
    summary = _plain(_text_block(data.get("summary")))
    abstract = shortcodes.strip(_text_block(data.get("abstract"))).strip()
    event.description = summary or _plain(abstract)
    fields.apply_some(data, lines, event, ("topics", "registration", "speakers"))
    if event.registration_url is None:
        event.registration_url = _only_link(_text_block(data.get("registration_info")))
    event.image = _image(data, page)

    found = shortcodes.read(front.body, front.body_line)
    blocks = body_reader.blocks_of(found.text, front.body_line)
    _unmark_schedule_days(blocks, labels)
    authors: list[Speaker] = []
    if not event.speakers:  # a `speaker:` map names the speakers; else the authors do
        dirs = authors_dirs if authors_dirs is not None else (
            profiles.find_authors_dirs(page, project) if page is not None else []
        )
        organisers = _organiser_text(blocks)
        group = (_text(data.get("event")) or "").casefold()
        for speaker in _authors(data, lines, dirs, page):
            if speaker.name.casefold() not in organisers and not _the_group(
                    speaker, group):
                event.speakers.append(speaker)
                authors.append(speaker)
    presented = False
    if not _text(data.get("event")) and (people := presenters(summary)):
        # the page is the event, and its summary says who presents it (``Seminar
        # presented by Ann Example and Bo Sample on …``): its one talk is theirs, its
        # authors no mere writers
        event.speakers = [s for s in event.speakers
                          if any(name_key(n) == name_key(s.name) for n in people)]
        known = {name_key(s.name) for s in event.speakers}
        event.speakers += [Speaker(name=n, line=lines.get("summary")) for n in people
                           if name_key(n) not in known]
        authors = []
        presented = True
    untitled = False
    if not event.speakers and (first := speaker_first(title)) is not None:
        # ``Ann Example (Example University): Title``: who gives the talk, then its title
        # (none yet when the title names only the person: their card, and no talk)
        name, affiliation, title = first
        event.speakers.append(Speaker(name=name, affiliation=affiliation,
                                      line=lines.get("title")))
        untitled = not title
    elif not event.speakers and trust.names_a_person(title):
        # ``Aliaksander Hubin (University of Oslo)``, a given name the reader does not
        # know: a person and where they work, no talk's title - and no card on a guess
        untitled = True
    elif is_placeholder(title):
        untitled = True  # ``title = "[title tbc]"``: who speaks is known, the talk not yet
    talk = Talk(
        # ``BLUG June 1st 2017 - Topic``: a talk's page titled with its night's day
        title=body_reader.without_date(title) or title or event.title,
        speakers=[speaker.name for speaker in event.speakers],
        abstract=abstract,
        video=event.replays[0] if event.replays else None,
        slides=event.slides[0] if event.slides else None,
        line=lines.get("title"),
    )
    named = _text(data.get("event"))
    return HugoBloxPage(
        body=found.text,
        blocks=blocks,
        talk=talk,
        is_talk_page=bool(named) and named != title and not _the_event_again(title, named),
        shortcode_talks=found.talks,
        authors=authors,
        untitled=untitled,
        presented=presented,
    )


#: ``Ann Example (Example University): Title`` - a full name, its affiliation in
#: brackets, then (after a colon or a dash) the talk's title
_SPEAKER_FIRST = LazyPattern(
    r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s++[^\W\d_][\w.'’-]*){1,3})\s*+[(（]"
    r"(?P<affiliation>[^()（）]{2,100})[)）]\s*+(?:(?:[:：]|\s[-–—]\s)\s*+(?P<title>\S.*))?$"
)


#: ``presented by Ann Example and Bo Sample on Normalizing Flows (…)``: who, until the
#: topic's preposition, a bracket or the sentence's end
_PRESENTED_IN = LazyPattern(
    r"(?<![\w-])(?:" + PRESENTED_BY + r")\s++(?P<names>[^.;!?()\[\]]{3,120}?)"
    r"(?=\s(?:on|about|sobre|sur|über|su|o)\s|\s*+[(.;!?]|$)",
    re.IGNORECASE,
)


def presenters(summary: str) -> list[str]:
    """The people a summary says present the page (``Seminar presented by Ann Example
    and Bo Sample on …``): full names, each led by a known given name - else none."""
    if not summary or (match := _PRESENTED_IN.search(summary)) is None:
        return []
    names = [name.name for name in split_names(match["names"].strip(" ,"), ())]
    if names and all(given_names.led_by_given_name(name) for name in names):
        return names
    return []


def speaker_first(title: str) -> tuple[str, str, str] | None:
    """(name, affiliation, title) of a talk page titled by its speaker first, when the
    name is a full name led by a known given name (``Marco Example (Columbia
    University): M-estimation…``); the title is "" when it names only the person."""
    match = _SPEAKER_FIRST.match(title.strip())
    if match is None or not given_names.led_by_given_name(match["name"]):
        return None
    return match["name"], match["affiliation"].strip(), (match["title"] or "").strip()


def _names_beside(talk: Talk, block: body_reader.Block, url: str, line: int | None) -> None:
    """People an agenda entry names before its link to ``talk``'s abstract."""
    source = " ".join(block.text.split())
    cut = source.find(f"]({url})")
    bracket = source.rfind("[", 0, cut) if cut >= 0 else -1
    if bracket < 0:
        return
    before = plain(source[:bracket])
    before = timed_rest(before, tidy=False) if timed_rest(before) is not None else before
    before = _JOINER_END.sub("", tidy_title(before))
    if not before:
        return
    people = split_names(before)
    if people and all(looks_like_name(p.name, strict=True) for p in people):
        for name in talk.speakers:
            talk.evidence.setdefault(name, f"line {talk.line}: author of the abstract shortcode")
        add_names(talk, people, f"line {line}: named beside the link to the abstract on "
                  "the agenda entry")


def _read_dates(data: dict[str, Any], lines: dict[str, int], event: Event) -> None:
    """``date``/``date_end`` as written; all-day events keep only their days. The older
    Hugo Academic talk pages write the talk's own times as ``time_start``/``time_end``
    and keep ``date`` for the day the page was posted: their times win."""
    start = _date(data, lines, event, "date")
    end = _date(data, lines, event, "date_end")
    published = data.get("publishDate") or data.get("publishdate")
    try:
        event.published = dates.parse_value(published) if published else None
    except (TypeError, ValueError):
        event.published = None  # the page's own date: not worth a warning
    if isinstance(talk_start := _quiet_date(data.get("time_start")), dt.datetime):
        event.published = event.published or start
        start = talk_start
        talk_end = _quiet_date(data.get("time_end"))
        end = talk_end if isinstance(talk_end, dt.datetime) else None
    if _flag(data.get("all_day")):
        start, end = _day(start), _day(end)
    elif isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        # one zone for both, so they compare and convert alike
        if start.tzinfo is None and end.tzinfo is not None:
            start = start.replace(tzinfo=end.tzinfo)
        elif end.tzinfo is None and start.tzinfo is not None:
            end = end.replace(tzinfo=start.tzinfo)
    if dates.ends_before(start, end):
        event.problems.append(
            Problem(
                lines.get("date_end"),
                f"date_end ({end.isoformat()}) is before date ({start.isoformat()}); "
                "the end is ignored",
                "date",
            )
        )
        end = None
    event.start, event.end = start, end
    zone_name = _text(data.get("timezone"))
    if zone_name:
        try:
            dates.zone(zone_name)
            event.timezone = zone_name
        except ValueError as error:
            event.problems.append(Problem(lines.get("timezone"), f"{error}; it is ignored",
                                          "date"))


def _date(data: dict[str, Any], lines: dict[str, int], event: Event, key: str) -> When | None:
    value = data.get(key)
    if value in (None, ""):
        return None
    try:
        return dates.parse_value(value)
    except (TypeError, ValueError):
        event.problems.append(
            Problem(
                lines.get(key),
                f"{key}: {str(value)[:40]!r} is not a date (write it as 2023-11-06 or "
                "2023-11-06T09:00:00+03:00); it is ignored",
                "date",
            )
        )
        return None


def _quiet_date(value: object) -> When | None:
    """``value`` as a date, else ``None`` without a word: a ``time_start`` that is no full
    date and time (``"15:00"``) is another theme's clock, not the Academic talk's time -
    nothing the author got wrong."""
    if value in (None, ""):
        return None
    try:
        return dates.parse_value(value)
    except (TypeError, ValueError):
        return None


def _day(value: When | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _read_place(data: dict[str, Any], event: Event) -> None:
    """``location`` (Markdown links become text plus a link) and ``address`` (the venue)."""
    location = _text(data.get("location"))
    if location:
        for match in _MARKDOWN_LINK.finditer(location):
            _add_link(event, match["text"].strip() or match["url"], match["url"])
        event.location = _plain(location) or None
    address = data.get("address")
    if isinstance(address, dict):
        region = " ".join(
            part for part in (_text(address.get("region")), _text(address.get("postcode")))
            if part
        )
        parts = [_text(address.get("street")), _text(address.get("city")), region,
                 _text(address.get("country"))]
        event.venue = ", ".join(part for part in parts if part) or None
    elif _text(address):
        event.venue = _plain(_text(address) or "")


def _read_links(data: dict[str, Any], lines: dict[str, int], event: Event) -> None:
    """``url_video``, ``url_slides``, ``event_url``, ``links[]`` and the other ``url_*``."""
    for key, target in (("url_video", event.replays), ("url_slides", event.slides)):
        url = _url(data.get(key), key, lines.get(key), event)
        if url and url not in target:
            target.append(url)
    event_url = _url(data.get("event_url"), "event_url", lines.get("event_url"), event)
    if event_url:
        _add_link(event, event.title or "Event website", event_url)
    items = data.get("links")
    for index, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, dict):
            continue
        url = _url(item.get("url"), "links", lines.get(f"links.{index}"), event)
        if url:
            name = _text(item.get("name")) or _text(item.get("icon")) or url
            _add_link(event, name, url)
    for key, name in LINK_KEYS.items():
        url = _url(data.get(key), key, lines.get(key), event)
        if url:
            _add_link(event, name, url)


def _url(value: object, key: str, line: int | None, event: Event) -> str | None:
    """A web URL (checked) or a file/page of the site (kept as written, relative)."""
    text = _text(value)
    if not text:
        return None
    if text.endswith(")") and "(" not in text:
        text = text[:-1]  # `https://…/21w5120)`: a paren left over from Markdown
    if not is_remote(text):
        return text
    url = safe_url(text)
    if url is None:
        event.problems.append(
            Problem(line,
                    f"{key}: {text[:80]!r} is not an http, https or mailto URL; it is not linked",
                    "url")
        )
    return url


def _add_link(event: Event, name: str, url: str) -> None:
    taken = {link.url for link in event.links} | set(event.replays) | set(event.slides)
    if url not in taken:
        event.links.append(Link(name, url))


def _only_link(text: str) -> str | None:
    """The registration link of ``registration_info``, when it names exactly one."""
    urls = {safe_url(m["url"]) for m in _MARKDOWN_LINK.finditer(text)} - {None}
    return urls.pop() if len(urls) == 1 else None


def _image(data: dict[str, Any], page: Path | None) -> str | None:
    """The event image, relative to the event file: ``image`` (a path, or a map with
    ``filename``), else ``featured.*`` in the page bundle."""
    value = data.get("image")
    if isinstance(value, str) and value.strip():
        return value.strip()
    filename = _text(value.get("filename")) if isinstance(value, dict) else None
    if filename:
        if page is None or is_remote(filename) or (page.parent / filename).is_file():
            return filename
        media = _site_folder(page, "assets/media")
        if media is not None and (media / filename).is_file():
            return Path(os.path.relpath(media / filename, page.parent)).as_posix()
        return filename
    if page is not None and page.name.startswith("index.") and page.parent.is_dir():
        featured = sorted(page.parent.glob("featured.*"))
        if featured:
            return featured[0].name
    return None


def _site_folder(page: Path, name: str) -> Path | None:
    """``name`` in the Hugo site the page belongs to (the parent of its ``content/``)."""
    for parent in page.absolute().parents:
        if parent.name == "content":
            return parent.parent / name
    return None


def _authors(
    data: dict[str, Any], lines: dict[str, int], dirs: list[Path], page: Path | None
) -> list[Speaker]:
    """The people ``authors`` names, from their profiles (else as written)."""
    people: list[Speaker] = []
    for index, name in profiles.named(data.get("authors")):
        found = profiles.find(name, dirs)
        speaker = found[1] if found else _as_written(name)
        if found and speaker.image and page is not None:
            speaker.image = Path(os.path.relpath(speaker.image, page.parent.absolute())).as_posix()
        if name not in speaker.names:
            speaker.aliases.append(name)
        speaker.line = lines.get(f"authors.{index}", lines.get("authors"))
        if all(other.name != speaker.name for other in people):
            people.append(speaker)
    return people


#: one word in capitals (``BLUG``, ``GDG``): an acronym, a group's name, never a person's
_ACRONYM = LazyPattern(r"[A-Z][A-Z0-9&.-]{1,11}")


def _the_group(speaker: Speaker, event: str) -> bool:
    """Whether an author no profile describes is the group that holds the event, not a
    person: ``authors = ["BLUG"]`` beside ``event = "BLUG"``, or an acronym alone."""
    if speaker.image or speaker.affiliation:
        return False  # (a profile describes them)
    return speaker.name.casefold() == event or bool(_ACRONYM.fullmatch(speaker.name))


def _the_event_again(title: str, event: str) -> bool:
    """Whether ``title`` is the ``event``'s own name again, with a remark in brackets or
    a word or two after it (``Gala de la Faculté (collaboration …)`` for ``Gala de la
    Faculté``, ``Ciné Débat : Her`` for ``Ciné-débat``): an occurrence of the event, not a
    talk given at it."""
    folded, name = _folded(title), _folded(event)
    if not name or not folded.startswith(name) or folded[len(name):len(name) + 1].isalnum():
        return False  # (``Galaxy formation`` is no ``Gala`` again)
    rest = folded[len(name):].strip()
    if rest.startswith("(") and rest.endswith(")"):
        return True
    return len(rest.strip(":：-–— ").split()) <= _REMARK_WORDS


#: words after an event's name that are a remark on this occurrence (a film, a guest)
_REMARK_WORDS = 2


def _folded(text: str) -> str:
    """``text`` case-folded, its dashes and runs of spaces one space: ``Ciné-débat`` and
    ``Ciné Débat`` are one name."""
    return " ".join(text.casefold().replace("-", " ").replace("–", " ").split())


def _as_written(name: str) -> Speaker:
    """An author no profile describes, as the page writes them: ``Dr Ann Example,
    University of Example`` is Ann Example, of that university."""
    bare = without_academic_title(name)
    people = split_names(bare)
    if len(people) == 1 and people[0].affiliation and is_organisation(people[0].affiliation):
        return Speaker(name=people[0].name, affiliation=people[0].affiliation)
    return Speaker(name=bare)


def _organiser_text(blocks: list[body_reader.Block]) -> str:
    """The (case-folded) text of the body's organiser and committee sections."""
    texts: list[str] = []
    level = 0
    for block in blocks:
        if block.kind == "heading":
            if level and block.level <= level:
                level = 0
            if not level and _ORGANISERS.search(block.text):
                level = block.level
        elif level:
            texts.append(" ".join(block.plain_lines))
    return " ".join(texts).casefold()


def _unmark_schedule_days(blocks: list[body_reader.Block], labels: Labels) -> None:
    """Inside a talks section, ``Day 1``/``Friday``/``Registration`` headings (and ones
    left empty by a shortcode) group or follow talks but are none: read them as text."""
    section = 0
    talks_heading = labels.heading("talks_section")
    not_talks = labels.heading("not_talks_section")
    for block in blocks:
        if block.kind != "heading":
            continue
        if section and block.level <= section:
            section = 0
        if not section and talks_heading.search(block.text):
            section = block.level
        elif section and (
            not block.text.strip()  # a heading that was only a shortcode
            or dates.day_heading(block.text)
            or not_talks.search(block.text)
        ):
            block.kind = "paragraph"


def _text(value: object) -> str | None:
    if isinstance(value, SCALAR) and not isinstance(value, bool):
        text = " ".join(str(value).split())  # runs of whitespace as one space, trimmed
        return text or None
    return None


def _text_block(value: object) -> str:
    """A multi-line text value (``summary: |``) as written, or ``""``."""
    return value.strip("\n") if isinstance(value, str) else ""


def _plain(markdown: str) -> str:
    """One line of plain text: no shortcodes, links as their text, no HTML tags."""
    text = shortcodes.strip(markdown)
    text = _MARKDOWN_LINK.sub(lambda m: m["text"], text)
    text = " ".join(_HTML_TAG.sub("", text).split())
    return unemphasise(text).strip()



def _flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "1"}
    return bool(value)
