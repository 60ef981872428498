"""What a page says about its programme outside the talks: its theme, its guest list,
and the talk titles of its slides list.

Many pages show the agenda only as an image. They still say what was given and by
whom, apart: a theme line (``活动主题：…``, ``Topic: …``), a guest section (``## 嘉宾``,
``## Speakers``: one person per item, ``名，职位`` or a name then its role) and a slides
list whose link texts are the talk titles (``[《标题》](….pdf)``). These are read here;
:func:`.body.complete` turns them into talks only where they agree (one guest and a
theme; as many guests as slide titles, paired in order).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from .blocks import Unit, fold
from .content import bare_label, label_value
from .given_names import led_by_given_name
from .headers import quoted_title, split_title_names, strip_series, tidy_title
from .labels import Labels
from .linked_bios import bio_opener
from .names import Name, clean, is_organisation, key, looks_like_name, parse_name
from .patterns import LazyPattern
from .person_headings import person_headings_below
from .slots import is_role, name_alone, slot_names

#: more headings than a page introduces its speakers with are another page's sections
_MOST_NAME_HEADINGS = 4
#: a bio under a name's heading is a few sentences (``6:15 PM to 9:15 PM`` is none)
_BIO_WORDS = 12
#: a title wrapped in 《》 (a link text of a slides list)
_QUOTED = LazyPattern(r"^《(?P<title>[^《》]{2,200})[》>]$")
#: a slides link to a document (the URL's path ends with its file type)
_DOCUMENT = LazyPattern(r"\.(?:pdf|pptx?|key|odp)(?:$|[?#])", re.IGNORECASE)
#: a deck on a slides host is a document as a ``.pdf`` is (speakerdeck, slideshare…)
_DECK_HOSTS = LazyPattern(
    r"^https?://(?:[\w-]+\.)*(?:speakerdeck\.com|slideshare\.net|slides\.com)/[^\s/]+/[^\s/]|"
    r"^https?://docs\.google\.com/presentation/",
    re.IGNORECASE,
)
#: an unquoted link text is a title when long enough and no call to click
_MIN_BARE_TITLE = 6
_CALL_WORDS = ("下载", "点击", "这里", "戳", "获取", "查看", "download", "click", "here", "slides")
#: 《标题》 paragraphs in a row that make a list of talks
_MIN_QUOTED_RUN = 3
#: unquoted titles count only as a list of at least this many links
_MIN_BARE = 2
_BARE_MARK = "\x00"
#: link texts that stand for a link still to come, not for a talk
_PLACEHOLDER = ("待", "更新", "敬请期待", "coming soon", "tbd", "tba")


@dataclass(slots=True)
class Outline:
    """The theme, the guests and the slides titles a page gives outside its talks."""

    theme: str = ""
    theme_line: int | None = None
    guests: list[Name] = field(default_factory=list)
    guests_line: int | None = None
    #: each guest has a sub-heading of the guest section, over their bio
    guests_introduced: bool = False
    slide_titles: list[tuple[str, str, int]] = field(default_factory=list)
    quoted: list[tuple[str, int]] = field(default_factory=list)
    #: (title, names, video, line) of a recordings list whose link texts name the talks
    recordings: list[tuple[str, list[Name], str, int]] = field(default_factory=list)
    #: the person a speaker intro names under a ``《标题》`` line, by the title's :func:`.fold`
    introduced: dict[str, tuple[Name, int]] = field(default_factory=dict)
    #: the ``@handle`` beside a deck's link, by the deck title's :func:`.fold`
    handles: dict[str, tuple[str, int]] = field(default_factory=dict)


def read_outline(
    units: list[Unit], labels: Labels, known: Collection[str], inside: set[int]
) -> Outline:
    """The page's theme line, guest section and quoted slides titles."""
    outline = read_guests(units, labels, known)
    read_lists(outline, units, labels, known, inside)
    return outline


def read_guests(units: list[Unit], labels: Labels, known: Collection[str]) -> Outline:
    """An outline of the page's guest section alone: what every read asks of it. The
    rest (:func:`read_lists`) is asked only by a page whose body names no talk, or one
    talk in a timed agenda - on most pages it would be read for nothing."""
    outline = Outline()
    outline.guests, outline.guests_line, outline.guests_introduced = _guests(units, labels, known)
    if not outline.guests and (named := _name_headings(units)):
        outline.guests, outline.guests_line, outline.guests_introduced = named
    return outline


def _name_headings(units: list[Unit]) -> tuple[list[Name], int, bool] | None:
    """``### Ann Example`` over her bio, under a talk's abstract with no speakers heading
    above: the page's headings, all of one level, are all such names - a full name a
    known given name leads, each over a paragraph of a bio's length: (people, line, one
    person alone)."""
    headings = [index for index, unit in enumerate(units) if unit.kind == "heading"]
    if not headings or len(headings) > _MOST_NAME_HEADINGS:
        return None
    levels = {units[index].block.level for index in headings}
    if len(levels) != 1:
        return None
    people: list[Name] = []
    for index in headings:
        text = clean(units[index].text)
        if not led_by_given_name(text) or not looks_like_name(text, strict=True) or (
                parse_name(text).name != text) or not (
                index + 1 < len(units) and units[index + 1].kind == "paragraph"
                and len(units[index + 1].block.text.split()) >= _BIO_WORDS):
            return None
        people.append(Name(text))
    # (several such headings: one talk of them all, or a talk each, is not said - a
    # list's people, not people introduced as one talk's)
    return people, units[headings[0]].line, len(people) == 1


def read_lists(
    outline: Outline, units: list[Unit], labels: Labels, known: Collection[str],
    inside: set[int],
) -> None:
    """The rest of ``outline``: the theme line, the slides and recordings lists, the
    quoted titles (and who each is by), all outside the talks (``inside``)."""
    for index, unit in enumerate(units):
        if index in inside:
            continue
        if not outline.theme and (theme := _theme(unit, labels)):
            outline.theme, outline.theme_line = theme, unit.line
    outline.slide_titles = _slide_titles(units, labels)
    outline.recordings = _recordings(units, labels, known)
    outline.quoted = _quoted_run(units, inside)
    if outline.slide_titles:
        outline.introduced = _introduced(units, labels, known)
        outline.handles = deck_handles(units, outline.slide_titles)


def _introduced(
    units: list[Unit], labels: Labels, known: Collection[str]
) -> dict[str, tuple[Name, int]]:
    """Who gave each talk of a recap below an agenda image: a ``《标题》`` line alone, with
    the person in a ``名`` / ``职位`` paragraph right above it, or in a speaker intro
    below it (before the next such line or a heading) that opens with one person
    (``嘉宾简介：名，职位…``, or the label alone and the paragraph after it opening so).
    Where the two name different people, neither is taken."""
    found: dict[str, tuple[Name, int]] = {}
    title: str | None = None
    above: Name | None = None
    line = 0

    def settle(below: Name | None = None) -> None:
        if title is None or (above and below and key(above.name) != key(below.name)):
            return
        if person := below or above:
            found.setdefault(fold(title), (person, line))

    for index, unit in enumerate(units):
        if unit.kind == "heading":
            settle()
            title = None
        elif (quoted := quoted_title(unit)) is not None:
            settle()
            title, above, line = quoted, _slot_above(units, index, known), unit.line
        elif title is not None and (
            (text := label_value(unit, labels, "speaker_intro") or "")
            or bare_label(unit, labels, "speaker_intro")
        ):
            if not text and index + 1 < len(units) and units[index + 1].kind == "paragraph":
                text = units[index + 1].text
            names = slot_names(text, known, bio=True) if text else []
            line = unit.line
            settle(names[0] if len(names) == 1 else None)
            title = None  # one intro per title: the next ones are about other people
    settle()
    return found


def _slot_above(units: list[Unit], index: int, known: Collection[str]) -> Name | None:
    """``名`` then ``职位``: the two lines of the paragraph right above line ``index``."""
    if index < 2:
        return None
    name, role = units[index - 2], units[index - 1]
    if not name.first or role.block is not name.block or role.block is units[index].block:
        return None
    if not is_role(role.text):  # name first, role last: the paragraph is just the two
        return None
    return name_alone(name.text, known)


def _quoted_run(units: list[Unit], inside: set[int]) -> list[tuple[str, int]]:
    """``《标题》`` paragraphs one after another, nothing else on their lines (the talks
    an announcement lists: ``…四个专题分享，分别是：`` then one title a line): the
    longest run of at least :data:`_MIN_QUOTED_RUN`."""
    best: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for index, unit in enumerate(units):
        title = None
        if index not in inside and unit.kind == "paragraph" and not unit.block.links:
            title = quoted_title(unit)
        if title:
            run.append((title, unit.line))
            continue
        if unit.text or unit.kind == "heading":
            best, run = (run if len(run) > len(best) else best), []
    best = run if len(run) > len(best) else best
    return best if len(best) >= _MIN_QUOTED_RUN else []


def _recordings(
    units: list[Unit], labels: Labels, known: Collection[str]
) -> list[tuple[str, list[Name], str, int]]:
    """Under a ``视频回放`` / ``Recordings`` heading, a list of links whose texts are
    ``标题，名`` / ``Title - Name`` (at least two of them): every item, in order."""
    entries: list[tuple[str, list[Name], str, int]] = []
    level = 0
    inside = False
    for unit in units:
        if unit.kind == "heading":
            if inside and unit.block.level <= level:
                break
            if labels.heading("replay").search(unit.text) and not labels.is_not_replay(unit.text):
                inside, level = True, unit.block.level
            continue
        if not inside or unit.kind != "item" or not unit.first or len(unit.block.links) != 1:
            continue
        text, url = unit.block.links[0]
        if not text or text.startswith(("http://", "https://")):
            continue
        split = split_title_names(text, known, latin=True)
        title, names = (split[0], split[1]) if split else (text, [])
        entries.append((tidy_title(title), names, url, unit.line))
    return entries if sum(1 for entry in entries if entry[1]) >= 2 else []


def _theme(unit: Unit, labels: Labels) -> str:
    if unit.kind == "heading" or ("：" not in unit.text and ":" not in unit.text):
        return ""
    match = labels.fact("theme").match(unit.text)
    return strip_series(match["value"].strip()) if match else ""


def _guests(
    units: list[Unit], labels: Labels, known: Collection[str]
) -> tuple[list[Name], int | None, bool]:
    """People of the first guest section: a heading that is only a speaker word, or
    only a speaker-intro word (``## 讲师简介``, ``## 分享人简介``: the bios of its people)."""
    section = labels.any_role("only", ("speaker", "speaker_intro"))
    for index, unit in enumerate(units):
        if unit.kind != "heading" or not section.match(unit.text):
            continue
        people: list[Name] = []
        stop = index + 1
        while stop < len(units) and units[stop].kind != "heading":
            stop += 1
        lines = [u for u in units[index + 1 : stop] if u.text]
        if not lines and (below := person_headings_below(units, index, known)):
            return below, unit.line, True  # ``## Speakers`` / ``### Ann Example`` + her bio
        # under a bio heading (``## 讲师简介``) a paragraph opens with its person:
        # ``名，职位，…`` is read by its first clause
        bio = not labels.only("speaker").match(unit.text)
        position = bios = 0
        while position < len(lines):
            line = lines[position]
            if labels.mention("host").search(line.text):
                position += 1
                continue
            names = slot_names(line.text, known, bio=bio and line.first)
            if not names and position + 1 < len(lines) and is_role(lines[position + 1].text):
                person = name_alone(line.text, known)
                names = [person] if person else []
                position += 1 if names else 0
            if (person := bio_opener(line, known)) is not None:
                # ``[Ann Example](profile) is…``: her bio, the rest of its paragraph too
                names, bios = [person], bios + 1
                while position + 1 < len(lines) and lines[position + 1].block is line.block:
                    position += 1
            people += names
            position += 1
        # (each person a bio paragraph of their own: introduced one by one, as under
        # headings of their own)
        return people, unit.line, bool(people) and bios == len(people)
    return [], None, False


def _slide_titles(units: list[Unit], labels: Labels) -> list[tuple[str, str, int]]:
    """``[《标题》](….pdf)`` links on a slides line or under a slides heading: titles."""
    found: list[tuple[str, str, int]] = []
    in_section = after_label = False
    section_level = 0
    for unit in units:
        if unit.kind == "heading":
            if in_section and unit.block.level <= section_level:
                in_section = False
            if labels.heading("slides").search(unit.text):
                in_section, section_level = True, unit.block.level
            after_label = False
            continue
        label = None
        if unit.first and ("：" in unit.text or ":" in unit.text):
            label = labels.fact("slides").match(unit.block.text.split("\n", 1)[0])
            # ``**资料下载**：``: the label in bold
            label = label or labels.fact("slides").match(unit.text.split("\n", 1)[0])
        if label is not None:
            after_label = True
        if not (in_section or after_label):
            continue
        titles = _quoted_links(unit)
        if label is None and unit.first and not titles:
            after_label = False  # the lines of links after an empty label have ended
            continue
        for title, url in titles:
            if all(fold(title) != fold(t) for t, _, _ in found):
                found.append((title, url, unit.line))
    bare = [entry for entry in found if entry[0].startswith(_BARE_MARK)]
    if bare and len(bare) < _MIN_BARE:
        found = [entry for entry in found if entry not in bare]  # one bare link: no list
    return [(title.removeprefix(_BARE_MARK), url, line) for title, url, line in found]


def _quoted_links(unit: Unit) -> list[tuple[str, str]]:
    """The ``[《标题》](url)`` links of one line (placeholders such as 待更新 left out)."""
    titles = []
    for text, url in unit.block.links:
        if not text or (text not in unit.source and url not in unit.source):
            continue  # (a text wrapped over two lines: the line that closes it has the url)
        if any(word in text.casefold() for word in _PLACEHOLDER):
            continue
        match = _QUOTED.match(text.strip())
        if match:
            titles.append((match["title"].strip(), url))
        elif (named := _file_name_title(text, url)) is not None:
            titles.append((_BARE_MARK + named, url))
        elif _bare_title(text, url):
            titles.append((_BARE_MARK + clean(text), url))
    return titles


def _file_name_title(text: str, url: str) -> str | None:
    """``[Miniblink-story.pdf](…/Miniblink-story.pdf)``: a deck linked by its own file
    name - the name without its extension is the talk's title (the author named the
    file after it); ``None`` for any other link."""
    text = text.strip()
    if not _DOCUMENT.search(url) or "/" in text or " " in text:
        return None
    last = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if text.casefold() != last.casefold():
        return None
    stem = text.rsplit(".", 1)[0]
    return stem if len(stem) >= _MIN_BARE_TITLE else None


#: ``@名`` in the line of a deck's link or the paragraph before it: who gave that talk
_HANDLE = LazyPattern(r"(?<![\w@.])@(?P<who>[^\s@,，:：;；()（）\[\]<>]{2,30})")


def deck_handles(
    units: list[Unit], titles: list[tuple[str, str, int]]
) -> dict[str, tuple[str, int]]:
    """``首先, @名 -> [deck.pdf](…)`` / ``最后是 @名 分享…`` over ``[deck.pdf](…)``: the one
    ``@handle`` on a deck link's line, or else in the paragraph right above it (after the
    previous deck), by the deck title's :func:`.fold` - (handle, line)."""
    found: dict[str, tuple[str, int]] = {}
    lines = {unit.line: index for index, unit in enumerate(units)}
    previous = -1
    for title, _url, line in titles:
        at = lines.get(line)
        if at is None:
            continue
        handles = _HANDLE.findall(units[at].text)
        if not handles and at > 0 and at - 1 > previous and units[at - 1].kind == "paragraph":
            handles = _HANDLE.findall(units[at - 1].text)
        if len(handles) == 1 and not is_organisation(handles[0]) and not is_role(handles[0]):
            found[fold(title)] = (handles[0], line)
        previous = at
    return found


def _bare_title(text: str, url: str) -> bool:
    """``[探索微服务下一站，模块化研发框架](….pdf)``: a link to a document whose text reads
    as a title, not as a call (``戳这里``, ``点击下载资料``) or an address. Counted only
    where a slides list holds several of them."""
    text = clean(text)
    return (
        bool(_DOCUMENT.search(url) or _DECK_HOSTS.match(url))
        and len(text) >= _MIN_BARE_TITLE
        and "://" not in text
        and not any(word in text.casefold() for word in _CALL_WORDS)
    )
