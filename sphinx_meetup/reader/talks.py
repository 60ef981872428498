"""Talks of an event body: headers found by structure, completed by what follows them.

Sections come first: a heading with a talks word (讲师与演讲话题, Agenda, Topics) opens a
talks section, one about the event (关于本次活动) is neutral, and the rest (幻灯片下载,
关于云原生社区, Sponsors) hold no talks. Then every header (:mod:`.headers`) starts a
talk that runs to the next one; ``Speaker:`` lines with no header above them split the
remaining text into talks. Agenda entries that only repeat a described talk lend it
their times. Nothing here looks at a file name.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from ..model import Talk
from . import (
    agenda,
    announced_topics,
    avatars,
    bar_headings,
    bare_numbers,
    bracket_items,
    bracket_names,
    by_items,
    dashed,
    dashed_siblings,
    dates,
    embeds,
    gathering,
    handle_items,
    honorific,
    linked_bios,
    linked_names,
    marked,
    media_links,
    name_dash,
    name_items,
    name_over_title,
    name_quoted,
    named_headings,
    nested,
    not_titles,
    prose_siblings,
    quoted_prose,
    recap_sections,
    running,
    siblings,
    speaker_subheadings,
    sub_speakers,
    tables,
    talks_scope,
    title_dash,
    watch_links,
)
from . import headers as found
from .agenda_groups import groups_timed_rows
from .blocks import SENTENCE_BREAK, Unit, has_colon, sibling_headings
from .blocks import plain as plain_text
from .by_words import BY, NOT_SPEAKING, PRESENTED_BY, phrase_after
from .confidence import SIBLING_SLOT, UNNAMED_SCHEDULE
from .content import (
    bare_label,
    by_line,
    intro_names,
    label_value,
    nested_label,
    people_value,
    read_talk,
    section_names,
    speaker_heading,
)
from .given_names import vouched_for, vouched_or_cjk, vouched_person
from .headers import BOLD_TITLE_BY, Header
from .labels import Labels
from .material import media_heading
from .names import (
    Name,
    describes_someone,
    is_organisation,
    key,
    looks_like_name,
    parse_name,
    split_names,
    with_employer,
)
from .patterns import LazyPattern
from .person_headings import person_heading
from .roster import NOT_PEOPLE
from .slots import is_role, slot_names

#: a speaker slot under a heading is one short line, not a paragraph of prose
_SLOT_LINE = 160


@dataclass(slots=True)
class Found:
    """Talks in document order, with the clock times agenda lines gave them."""

    talks: list[Talk] = field(default_factory=list)
    times: list[tuple[Talk, dt.time | None, dt.time | None]] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)
    #: unit indices inside a talk (facts are not read there)
    inside: set[int] = field(default_factory=set)
    regions: list[str] = field(default_factory=list)
    #: the day heading above a talk's agenda entry (``Day 2``), by the talk's id
    days: dict[int, str] = field(default_factory=dict)


def find_talks(units: list[Unit], labels: Labels, known: Collection[str]) -> Found:
    """Every talk (and agenda break) of the body ``units``."""
    by_heads = (
        dashed.dash_headings(units, known) | _by_headings(units, known) | _quoted_headings(units)
    )
    by_heads |= avatars.avatar_headings(units, known, by_heads)
    by_heads |= honorific.read(units, by_heads)
    by_heads |= recap_sections.read(units, known, by_heads)
    by_heads |= dashed_siblings.read(units, known, by_heads)
    by_heads |= bar_headings.read(units, known, by_heads)
    by_heads |= named_headings.read(units, known, labels, by_heads)
    by_heads |= named_headings.openers(units, known, labels, by_heads)
    by_heads |= named_headings.titled_people(units, known, labels, by_heads)
    if any(unit.kind == "heading" for unit in units):
        by_heads |= dashed_siblings.under_talks(
            units, known, by_heads, lambda text: _section_kind(text, labels) == "talks")
    by_heads |= linked_bios.read(units, labels, known, by_heads)
    by_heads |= prose_siblings.read(units, labels, known, by_heads)
    if subheaded := speaker_subheadings.read(units, known, by_heads):
        for head in subheaded.values():
            by_heads.pop(head.index + 1, None)  # (the speaker's line, no talk of its own)
        by_heads |= subheaded
    quoting = name_quoted.quoting(units)
    if quoting:
        by_heads |= name_quoted.read(units, quoting, by_heads, known)
    result = Found(regions=_regions(units, labels, known, by_heads))
    # a recap's running order (``### ~ 15:13 名(城市) 标题``): its entries hold their text
    ordered = running.entries(units, labels, known) if _may_run(units) else []
    for start, stop in running.spans(units, ordered):
        result.regions[start] = "running" if units[start].kind == "heading" else "inside"
        result.regions[start + 1 : stop] = ["inside"] * (stop - start - 1)
    heads = _headers(units, labels, known, result.regions, result.consumed, by_heads)
    if quoting:
        taken = {head.index for head in heads}
        heads += name_quoted.read(units, quoting, taken, known, result.regions).values()
    heads = nested.attach(heads, units, known, result.regions)
    _timed_numbers(units, heads, known, labels)
    _timed_speaker_lines(units, heads, known, labels)
    heads = sub_speakers.read(heads, units, known, result.regions, labels)
    siblings.align(heads, units, known)
    siblings.who_first(heads, units, known, labels)
    siblings.brackets(heads, units, known)
    linked_names.attach(heads, units, known)
    heads += bracket_names.read(heads, units, known, result.regions)
    heads += ordered
    heads = not_titles.without_non_titles(heads, units)
    heads = _without_owned_paragraphs(heads, units)
    heads = talks_scope.inside_the_talks(heads, units, result.regions)
    _set_stops(heads, units, labels, result.regions)
    heads = _with_evidence(heads, units, labels, known)
    heads += _segments(units, labels, known, heads, result.regions)
    heads.sort(key=lambda head: head.index)
    agenda.twelve_hour_clock(heads)
    agenda.fill_ends(heads)
    pairs = [
        (read_talk(head, units, labels, known, result.consumed, result.inside), head)
        for head in heads
    ]
    pairs = [pair for pair in pairs if _keep(pair, units, labels, result)]
    # a talk a sentence names leaves its prose in the page, as written
    result.consumed -= {units[head.index].line for _, head in pairs if head.style == "prose"}
    siblings.names_under(pairs, units, known)
    for talk, head in pairs:
        if talk.video is None and talk.abstract and (
                head.style == "heading" or units[head.index].kind == "item"):
            # (an item's player is in the paragraphs indented under it: its own)
            talk.video = embeds.talk_player(talk.abstract, watch_links.video_page)
    pairs = agenda.merge(pairs)
    _named_again([talk for talk, _ in pairs], labels)
    for talk, head in pairs:
        agenda.classify(talk, head, labels)
    _unnamed_schedule(pairs, units)
    pairs = _plan_beside_programme(pairs, units, result)
    # only an agenda with times has days to place (most pages have none: no scan)
    marks = _day_marks(units) if any(head.start for _, head in pairs) else []
    for talk, head in pairs:
        result.talks.append(talk)
        if head.start is not None:
            result.times.append((talk, head.start, head.end))
            above = bisect.bisect_left(marks, (head.index, "")) - 1
            if above >= 0:
                result.days[id(talk)] = marks[above][1]
    return result


def _without_owned_paragraphs(heads: list[Header], units: list[Unit]) -> list[Header]:
    """``* **"Title"** by Ann`` and, indented under it, the abstract and the player's
    caption (``"Title" by Ann from us on Vimeo``): an item's own paragraphs after its
    first are that item's - when the item is a talk, or one of a list whose other items
    are (``* **Blame your vimrc** [Matthias](…) showing…``, a shape none of them has),
    nothing in them starts another."""
    if not any(units[head.index].block.continued for head in heads):
        return heads
    starts = {head.index for head in heads}
    owned: set[int] = set()
    for head in heads:
        unit = units[head.index]
        if unit.kind != "item" or not unit.block.continued:
            continue
        owner = head.index - 1
        while owner >= 0 and units[owner].kind == "item" and (
                units[owner].block.continued or not units[owner].first
                or units[owner].block.level > unit.block.level):
            owner -= 1
        if (owner >= 0 and units[owner].kind == "item"
                and units[owner].block.level == unit.block.level
                and (owner in starts or _talk_items_beside(owner, units, starts))):
            owned.add(head.index)
    return [head for head in heads if head.index not in owned]


def _talk_items_beside(owner: int, units: list[Unit], starts: set[int]) -> bool:
    """Whether another item of the list ``units[owner]`` opens (its items of that level,
    up and down to where the list ends) starts a talk."""
    level = units[owner].block.level
    first, last = owner, owner
    while first > 0 and units[first - 1].kind == "item":
        first -= 1
    while last + 1 < len(units) and units[last + 1].kind == "item":
        last += 1
    return any(index in starts and index != owner and units[index].first
               and not units[index].block.continued and units[index].block.level == level
               for index in range(first, last + 1))


def _named_again(talks: list[Talk], labels: Labels) -> None:
    """A talk whose speaker label is a sentence (``讲师：这个主题，同样来自路神…``, kept as
    its text) and names exactly one person another talk of the page has as speaker (or
    as that speaker's alias): that person gives it too - the page's own people are the
    evidence, no name is guessed from the sentence."""
    people: dict[str, str] = {}
    for talk in talks:
        for name in talk.speakers:
            people[name] = name
            for alias in talk.aliases.get(name, []):
                people.setdefault(alias, name)
    if not people:
        return
    pattern = labels.fact("speaker")
    for talk in talks:
        if talk.speakers or not talk.abstract or not has_colon(talk.abstract):
            continue
        for line in talk.abstract.split("\n"):
            match = pattern.match(line)
            if match is None:
                continue
            hits = {person for word, person in people.items() if word in match["value"]}
            if len(hits) == 1:
                person = hits.pop()
                talk.speakers.append(person)
                talk.evidence[person] = (
                    f"line {talk.line}: the speaker label's sentence names {person}, "
                    "who gives another talk of the page")
                if aliases := next((t.aliases[person] for t in talks
                                    if person in t.aliases), None):
                    talk.aliases[person] = list(aliases)
            break


#: ``### 《标题》`` sibling headings: talks from this many
_MIN_QUOTED_HEADINGS = 2
#: ``<figcaption>名</figcaption>`` under such a heading: the person in the photo, named
#: in this many characters at most
_CAPTION_NAME = 24


def _quoted_headings(units: list[Unit]) -> dict[int, Header]:
    """Headings that are each a whole ``《标题》`` (a quoted title, no other words), two
    or more at one level: talks. The speaker is the person a ``<figcaption>`` names
    right under one (its photo's caption) when that reads as a name and no job."""
    found_heads: dict[int, Header] = {}
    levels: dict[int, int] = {}
    for index, unit in enumerate(units):
        if unit.kind != "heading" or not unit.text.startswith("《"):
            continue
        title = found.quoted_title(unit)
        if title:
            found_heads[index] = Header(index, "heading", title=title)
            levels[unit.block.level] = levels.get(unit.block.level, 0) + 1
    found_heads = {index: head for index, head in found_heads.items()
                   if levels[units[index].block.level] >= _MIN_QUOTED_HEADINGS}
    for index, head in found_heads.items():
        for at in range(index + 1, min(len(units), index + 12)):
            if units[at].kind == "heading":
                break
            caption = units[at]
            if caption.block.tag != "figcaption" or not caption.alone or not (
                0 < len(caption.text) <= _CAPTION_NAME
            ):
                continue
            name = parse_name(caption.text)
            if looks_like_name(name.name, strict=False) and not describes_someone(name.name):
                head.slot = (at, [name], f"line {units[at].line}: the caption of the photo "
                             "under the talk's 《title》 heading")
            break
    return found_heads


def _may_run(units: list[Unit]) -> bool:
    """A cheap look before reading a running order: three headings (or paragraphs that
    open with hashes) with a clock time in their first characters."""
    count = 0
    for unit in units:
        if (unit.kind == "heading" or (unit.first and unit.source[:2] == "##")) and (
            ":" in unit.text[:16] or "：" in unit.text[:16]
        ):
            count += 1
            if count >= 3:  # the running order's least entries
                return True
    return False


def _unnamed_schedule(pairs: list[tuple[Talk, Header]], units: list[Unit]) -> None:
    """A timed agenda in which no entry names anyone nor links to a talk (``19:00 —
    Accueil``, ``19:15 — Présentation``, ``21:30 — Au revoir``) is the evening's
    schedule: which entries are talks is a guess. Its talks say so in their evidence;
    the confidence check doubts them unless the page names its speakers elsewhere. Where
    two entries or more are numbered talks (``Session 1: Title``), the numbers say it:
    those are the talks, the rest slots of the evening."""
    timed = [(talk, head) for talk, head in pairs if head.style == "timed" and talk.kind == "talk"]
    if not timed or any(talk.speakers for talk, _ in pairs):
        return
    if any(units[head.index].block.links for _, head in timed):
        return
    numbered = [talk for talk, head in timed
                if found.numbered_title(found.timed_rest(units[head.index].text) or "")]
    if len(numbered) >= _NUMBERED_SESSIONS:
        # ``Session 1: Title``, ``Session 2: Title``: the author numbered the talks, the
        # other entries (``Hands-on labs``, ``Networking & Q&A``) are slots of the day
        for talk, _ in timed:
            if talk not in numbered:
                talk.kind = "break"
        return
    for talk, _ in timed:
        talk.evidence[""] = f"{talk.evidence.get('', '')} ({UNNAMED_SCHEDULE})"


#: numbered talks that say which entries of an unnamed schedule are its talks
_NUMBERED_SESSIONS = 2


#: talks a list must name before a timed plan beside it reads as the plan's blocks
_MIN_PROGRAMME = 3


def _plan_beside_programme(
    pairs: list[tuple[Talk, Header]], units: list[Unit], result: Found
) -> list[tuple[Talk, Header]]:
    """``14:00 - 15:00 RISC-V 主题`` / ``15:00 - 17:00 编译器主题`` naming no one, beside a
    list of three or more talks that each name their speaker: the timed lines are the
    afternoon's plan of themed blocks (or the hour in other zones), the list its talks -
    the timed lines are no talks and stay in the text as written (a timed line that
    repeats a listed talk lent it its times already)."""
    timed = [(talk, head) for talk, head in pairs if head.style == "timed" and talk.kind == "talk"]
    if not timed or any(talk.speakers or units[head.index].block.links for talk, head in timed):
        return pairs
    listed = [talk for talk, head in pairs if talk.kind == "talk" and talk.speakers
              and head.style != "timed" and units[head.index].kind == "item"]
    if len(listed) < _MIN_PROGRAMME:
        return pairs
    lists = {_list_start(units, head.index) for talk, head in pairs if talk in listed}
    if any(_list_start(units, head.index) in lists for _talk, head in timed):
        return pairs  # one list holds both: its timed lines are entries of the programme
    plan = {id(talk) for talk, _ in timed}
    for _talk, head in timed:
        for index in range(head.index, head.stop):
            result.consumed.discard(units[index].line)
            result.inside.discard(index)
    return [pair for pair in pairs if id(pair[0]) not in plan]


def _list_start(units: list[Unit], index: int) -> int:
    while index > 0 and units[index - 1].kind == "item":
        index -= 1
    return index


#: a day heading written as a paragraph is short and no sentence
_DAY_LINE = 60


def _day_marks(units: list[Unit]) -> list[tuple[int, str]]:
    """(unit index, text) of the lines that head an agenda day: ``### Day 2``, or a short
    line alone that only names a day (``Thursday, November 6th, 2025``)."""
    marks = []
    for index, unit in enumerate(units):
        line = unit.kind == "paragraph" and unit.alone and len(unit.text) <= _DAY_LINE
        sentence = unit.text.endswith((".", "。", "!", "?"))
        if (unit.kind == "heading" or line) and not sentence and dates.day_heading(unit.text):
            marks.append((index, unit.text))
    return marks


#: at least this many sibling headings must end with ``by Name`` to be read so
_BY_HEADINGS = 2
#: a link closing the heading whose own text holds the ``by`` (inline or reference)
_BY_IN_A_LINK = LazyPattern(
    r"\[[^\[\]]{0,300}?\bby\b[^\[\]]{0,300}\](?:\([^()]{0,500}\)|\[[^\[\]]{0,300}\])?\s*$",
    re.IGNORECASE)


def _by_headings(units: list[Unit], known: Collection[str]) -> dict[int, Header]:
    """Headings that end with their speakers (``## Title, by Name:``), by unit index,
    when at least two headings of the page do (a repeated shape, not one title that
    happens to hold ``by``)."""
    split: dict[int, tuple[str, list[Name]]] = {}
    for index, unit in enumerate(units):
        if unit.kind == "heading" and (found_split := found.by_heading(unit.text, known)):
            if (linked := _BY_IN_A_LINK.search(unit.source)) and unit.source[
                    : linked.start()].strip():
                # ``名 - [Better Rails by Knowing Databases][1]``: the ``by`` of a linked
                # title after the heading's own words (a heading that is all one link,
                # ``[“Title” by Ann](video)``, still names its speaker so)
                continue
            split[index] = found_split
    # headings whose speaker is not known (``by ?``) ride along, never count
    if sum(1 for _title, names in split.values() if names) < _BY_HEADINGS:
        return {}
    return {
        index: Header(index, "heading", title=title, slot=(
            index, names, f"line {units[index].line}: after the speaker label 'by' that "
            f"ends the heading, as {len(split)} headings of the page do"))
        for index, (title, names) in split.items()
    }


def _regions(
    units: list[Unit], labels: Labels, known: Collection[str] = (),
    by_heads: Collection[int] = (),
) -> list[str]:
    """Per unit: ``talks``/``event``/``neutral``/``other`` section, ``talk`` (a heading
    that starts a talk) or ``inside`` (what is under such a heading).

    A heading that names a part of a talk's description (``你将收获``, ``Outline``) among
    talk headings belongs to the talk before it; so does an untimed heading among
    sibling headings that all start with a clock time (the repeated shape wins).
    """
    regions: list[str] = []
    stack: list[tuple[int, str, int]] = []  # (level, kind, heading index)
    announced = False  # in the list right after an ``Au programme, 4 talks :`` line
    bios = False  # in the list right after a ``BIOS:`` line
    for index, unit in enumerate(units):
        if unit.kind != "heading":
            region = stack[-1][1] if stack else "neutral"
            # (the list, or a paragraph of lines that is one without its bullets)
            listed = unit.kind == "item" or (unit.kind == "paragraph" and not unit.alone)
            announced = listed and (
                (announced and (unit.kind == "item" or not unit.first))
                or _announces_talks(units, index - 1, labels)
            )
            bios = unit.kind == "item" and (bios or _labels_bios(units, index - 1, labels))
            regions.append("other" if bios and region in {"neutral", "event", "talks"} else
                           "talks" if announced and region in {"neutral", "event"} else region)
            continue
        announced = bios = False
        level = unit.block.level
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else "neutral"
        if parent in {"talks", "inside"} and labels.heading("talk_part").search(unit.text):
            kind = "inside"
        elif parent == "talks" and _people_heading(units[stack[-1][2]].text, labels) and (
            person_heading(units, index, known) is not None
        ):
            kind = "other"  # ``## Speakers`` / ``### Ann Example`` + her bio: no talk
        elif parent in {"talks", "inside"} and media_heading(unit.text, labels):
            kind = "inside"  # ``### PDF`` / ``### 讲义`` after a talk's heading: its material
        elif parent in {"talks", "inside"} and labels.any_role(
                "only", ("speaker", "speaker_intro")).match(unit.text) and (
                _after_a_talk(units, regions, index)):
            # ``### 分享者`` / ``### Biography`` among a talk's own headings: who gives it
            kind = "inside"
        elif parent == "talks" and (dates.day_heading(unit.text)
                                    or groups_timed_rows(units, index)
                                    or _programme_group(unit.text, labels)):
            # ``### Day 2`` / ``## 上午`` / ``### Track A`` groups the agenda's entries
            kind = "talks"
        elif found.numbered_title(unit.text):
            # ``### 议题 1：标题``: a numbered talk, not a section of talks; one that
            # closes with its people's handles (``### 议程 2：标题 @ann``) is a talk
            # wherever it stands (not in a section of no talks)
            kind = "talk" if parent in {"neutral", "event"} and found.trailing_handles(
                unit.text) is not None else None
        elif found.bare_marker(unit.text) is not None:
            kind = "talk"  # ``## Session 1`` alone: one talk, titled by the line after it
        else:
            kind = _section_kind(unit.text, labels)
        if kind is None and index in by_heads:
            kind = "talk"
        if kind is None and parent == "talks" and _after_a_section(units, regions, index, labels):
            kind = "neutral"  # ``## Program`` / ``### Talks`` / ``### Discussion``: a part
        if kind is None:
            if parent in {"talks", "inside"}:
                kind = "talk" if parent == "talks" else "inside"
            elif parent != "other" and _speaker_follows(units, index, labels, known) and (
                    dates.place_and_day(unit.text) is None):  # (``## Toronto - June 3, 2015``)
                kind = "talk"  # (under ``## Attendees`` / ``## Sponsors``: their people)
            else:
                kind = parent
        stack.append((level, "inside" if kind == "talk" else kind, index))
        regions.append(kind)
    _untimed_among_timed(units, regions)
    return regions


def _after_a_section(units: list[Unit], regions: list[str], index: int, labels: Labels) -> bool:
    """Whether the heading before ``units[index]`` at its level (nothing higher between)
    names a section of talks (``### Talks`` under ``## Program``): the headings after it
    are the programme's other parts (``### Discussion``), siblings of a section, not
    talks of it."""
    level = units[index].block.level
    for at in range(index - 1, -1, -1):
        if units[at].kind != "heading" or units[at].block.level > level:
            continue
        return (units[at].block.level == level and regions[at] == "talks"
                and _section_kind(units[at].text, labels) == "talks")
    return False


def _after_a_talk(units: list[Unit], regions: list[str], index: int) -> bool:
    """Whether the heading before ``units[index]`` at its level (nothing higher between)
    starts a talk or is part of one."""
    level = units[index].block.level
    for at in range(index - 1, -1, -1):
        if units[at].kind != "heading" or units[at].block.level > level:
            continue
        return units[at].block.level == level and regions[at] in {"talk", "inside"}
    return False


#: a line that announces the list below it is short: longer ones are prose
_ANNOUNCE_LINE = 80


def _announces_talks(units: list[Unit], index: int, labels: Labels) -> bool:
    """Whether ``units[index]`` is a short paragraph of its own (or the last line of a
    paragraph) that ends with a colon and names the talks (``Au programme, 4 talks de 10
    minutes :``, ``Our talks:``): it stands for a heading over the list that follows it."""
    if index < 0:
        return False
    unit = units[index]
    if unit.kind != "paragraph" or not unit.text.rstrip().endswith((":", "：")):
        return False
    if not unit.alone and index + 1 < len(units) and units[index + 1].block is unit.block:
        return False  # (the last line of a paragraph of lines announces what follows it)
    # (a longer paragraph announces the list when its last sentence does: ``… im Raum
    # C013. Folgende Vorträge sind geplant:``)
    text = SENTENCE_BREAK.split(unit.text.rstrip())[-1]
    return len(text) <= _ANNOUNCE_LINE and bool(
        labels.mention("talks_section").search(text) or _SPEAKER_LIST.search(text))


def _labels_bios(units: list[Unit], index: int, labels: Labels) -> bool:
    """Whether ``units[index]`` is a paragraph that is only a speaker-introduction label
    (``BIOS:``, ``Biografías:``, ``About the speakers:``): the list after it introduces
    people (``- Ann Example: developer at…``), it holds no talk."""
    if index < 0 or units[index].kind != "paragraph" or not units[index].alone:
        return False
    text = units[index].text.strip()
    return text.endswith((":", "：")) and labels.only("speaker_intro").match(text) is not None


#: ``Our speaker list for the evening:`` over the list: the speakers' list is the
#: evening's programme there (a heading so named may be people's bios: not asked there)
_SPEAKER_LIST = LazyPattern(r"\bspeakers?\s+(?:list|line-?up)\b|\blist\s+of\s+speakers\b",
                            re.IGNORECASE)


def _people_heading(text: str, labels: Labels) -> bool:
    """``Professors``, ``Speakers``, ``嘉宾``, ``Organisers``, ``Confirmed speakers``: a
    heading over people (one that ends with a speaker word names them)."""
    if is_role(text) or labels.any_role("only", ("speaker", "host", "speaker_intro")).match(text):
        return True
    last = text.split()[-1] if text.split() else ""
    return last.casefold() not in NOT_PEOPLE and bool(labels.only("speaker").match(last))



def _untimed_among_timed(units: list[Unit], regions: list[str]) -> None:
    """Sibling talk headings that mostly start with a clock time (``### 19:05-20:00 …``)
    are an agenda: an untimed heading among them is part of the talk above it."""
    for headings in sibling_headings(units).values():
        group = [index for index in headings if regions[index] in {"talk", "inside"}]
        if not group:
            continue
        timed = [index for index in group if found.starts_with_clock(units[index].text)]
        if len(timed) < 2 or timed[0] != group[0] or len(timed) * 2 <= len(group):
            continue
        for index in group:
            if index not in timed and regions[index] == "talk":
                regions[index] = "inside"


def _section_kind(text: str, labels: Labels) -> str | None:
    """What a heading's own words make its section: about the event, no talks, talks."""
    if labels.heading("event_section").search(text) or _facts_heading(text, labels):
        return "event"
    if labels.heading("not_talks_section").search(text) or labels.only("practical").match(
            text) or tables.employer(text):
        # (``### Acme Corp`` among the talks: the host or a sponsor, thanked)
        return "other"
    if labels.heading("talks_section").search(text):
        return "talks"
    return None


def _programme_group(text: str, labels: Labels) -> bool:
    """``### Track A``, ``### Morning session``, ``### Room 2``, ``### 午前の部`` under a
    programme's heading: a heading that groups its talks (``group`` words, an index
    after them) - its entries are talks, it is none. (Elsewhere ``### Part II`` is as
    often a part of a text.)"""
    return bool(labels.only("group").match(_GROUP_INDEX.sub("", text)))


#: the index closing a group's heading: ``A``, ``2``, ``II``, ``#3``, ``(B)``
_GROUP_INDEX = LazyPattern(r"(?<!\s)\s++[(#]?(?:[A-Z]|[IVX]{1,4}|\d{1,2})\)?\s*+$")


#: what joins a heading's fact words: ``Time and Venue``, ``Date & Place``, ``Wann/Wo``
_FACT_JOINS = LazyPattern(r"\s*+(?:,|/|&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*+",
                          re.IGNORECASE)
#: whether a heading holds one of :data:`_FACT_JOINS`' joins (what its search says): a
#: pattern whose every match opens with a class the engine skips ahead to, case-sensitive
#: (``a``/``u`` then ``nd``, ``e`` then ``t``/``n`` or nothing, ``y``), the word's start
#: looked at behind it - the joins as written, opening with ``\s*+``, are entered at every
#: place of every heading asked (0.1 M instructions a corpus file)
_FACT_JOIN = LazyPattern(
    r"[,/&+aAuUeEyY](?:(?<=[,/&+])|(?<=\b[aAuU])(?i:nd)\b|(?<=\b[eE])(?i:[tn])?\b"
    r"|(?<=\b[yY])\b)"
)
#: the label roles of the event's facts a heading of them names
_FACT_ROLES = ("time", "venue")
#: the longest heading read as fact labels (a few words: searched only so far)
_FACTS_HEADING = 60


def _facts_heading(text: str, labels: Labels) -> bool:
    """``### Time and Venue``, ``## Date & Location``, ``### Wann und Wo``: a heading made
    of the event's fact labels only - its section says when and where, it holds no talk;
    so does a heading that is only the fee's label (``### Fee``, ``### Kosten``)."""
    if len(text) > _FACTS_HEADING:
        return False
    if not _FACT_JOIN.search(text):
        return labels.only("fee").match(text) is not None
    parts = [part for part in _FACT_JOINS.split(text.strip(" :：#*")) if part]
    return len(parts) >= 2 and all(
        labels.any_role("only", _FACT_ROLES).match(part) for part in parts)


def _speaker_follows(
    units: list[Unit], index: int, labels: Labels, known: Collection[str] = ()
) -> bool:
    """Whether a speaker (or host) line comes before the next heading, or the first
    line under the heading is a speaker slot (``名，职位`` / ``Name, Role at Org``)."""
    # a heading that names people (``Professors``, ``嘉宾``) heads a list of them
    first = not _people_heading(units[index].text, labels)
    quoted = False  # a ``《标题》`` line alone was passed
    titled = False  # a ``议题：标题`` / ``Topic: Title`` line was passed
    for at in range(index + 1, len(units)):  # (no slice: a copy of the rest per heading)
        unit = units[at]
        if unit.kind == "heading":
            # ``## Talk 1: Title`` then ``### Speaker: Name``: a labelled sub-heading, or
            # ``### 分享嘉宾`` with a ``名，职位`` slot line right under it
            return first and (speaker_heading(unit, units[index], labels)
                              or _speaker_section(units, at, units[index], labels, known))
        value = label_value(unit, labels, "speaker") or label_value(unit, labels, "host")
        if not value and unit.kind == "item" and unit.block.level == 1 and nested_label(
                units, at, labels, "speaker"):
            # ``* Speaker`` over ``  * Ann Example``: an outline's label (deeper, under an
            # item of its own, it is that item's: ``* Title`` / ``  * Speaker`` / …)
            return True
        intro = label_value(unit, labels, "speaker_intro") if first and unit.text else None
        if intro and intro_names(intro, known):
            return True  # ``讲师介绍：名，职位…`` first under the heading
        if value and _quoted_over_speaker(units, at - 1, labels) is not None:
            return False  # the label is the speaker of the 《标题》 line above it
        if value and in_facts_list(units, at, labels):
            # ``### 节目信息`` over ``- 时间：…`` / ``- 嘉宾：名``: the event's facts, among
            # them who comes - the heading names the facts, not a talk
            return False
        if value and titled and _topic_below(units, at, labels):
            # ``议题：标题`` / speaker, then another such pair under the one heading: the
            # heading is over the talks (``### 精彩回顾``), each the pair's, not its own
            return False
        if value or (bare_label(unit, labels, "speaker") and not unit.alone):
            return True
        titled = titled or _has_topic_label(unit, labels)
        quoted = quoted or found.quoted_title(unit) is not None
        if not quoted and unit.alone and labels.only("speaker_intro").match(unit.text) and (
            _introduced(units, at, known)
        ):
            # ``嘉宾介绍：`` alone, the next paragraph opens ``名，职位…`` (not past a
            # ``《标题》`` line: that line is the talk the label introduces)
            return True
        if first and unit.text and by_line(unit, known):
            return True
        if first and unit.text:
            first = False
            if unit.alone and len(unit.text) <= _SLOT_LINE and slot_names(unit.text, known):
                return True
    return False


def in_facts_list(units: list[Unit], at: int, labels: Labels) -> bool:
    """Whether the list item ``units[at]`` stands in a list with a time or venue fact of
    the event (``- 时间：…``, ``- Where: …``): a list of the event's facts; so does a line
    of a paragraph of such lines (``**时间**：…<br>`` one under the other)."""
    kind, block = units[at].kind, units[at].block
    if kind == "item":
        def same(unit: Unit) -> bool:
            return unit.kind == "item"
    elif kind == "paragraph" and not units[at].alone:
        def same(unit: Unit) -> bool:
            return unit.block is block
    else:
        return False
    start = end = at
    while start > 0 and same(units[start - 1]):
        start -= 1
    while end + 1 < len(units) and same(units[end + 1]):
        end += 1
    facts = labels.any_role("fact", ("time", "venue"))
    return any(other.colon and facts.match(other.text)
               for other in units[start : end + 1] if other is not units[at])


def _topic_below(units: list[Unit], at: int, labels: Labels) -> bool:
    """Whether a ``议题：`` / ``Topic:`` line follows ``units[at]`` before the next heading."""
    for unit in units[at + 1 :]:
        if unit.kind == "heading":
            return False
        if _has_topic_label(unit, labels):
            return True
    return False


def _has_topic_label(unit: Unit, labels: Labels) -> bool:
    """``议题：标题`` / ``Topic: Title`` (a colon early in the line, then the topic label)."""
    head = unit.text[:12]
    return (":" in head or "：" in head) and label_value(unit, labels, "topic") is not None


def _introduced(units: list[Unit], at: int, known: Collection[str]) -> bool:
    """Whether the paragraph after the speaker-intro label ``units[at]`` (before any
    heading) opens with one person and what they do (``名，职位…``)."""
    for unit in units[at + 1 : at + 3]:
        if unit.kind == "heading":
            return False
        if unit.text:
            return unit.first and bool(intro_names(unit.text, known))
    return False


def _speaker_section(
    units: list[Unit], at: int, above: Unit, labels: Labels, known: Collection[str]
) -> bool:
    """``### 分享嘉宾`` one level under a talk's heading, its first line a speaker slot
    (``名，职位``): the sub-heading labels who gives the talk above."""
    unit = units[at]
    if unit.block.level <= above.block.level or not labels.only("speaker").match(unit.text):
        return False
    slot = units[at + 1] if at + 1 < len(units) else None
    return (slot is not None and slot.kind == "paragraph" and slot.alone
            and len(slot.text) <= _SLOT_LINE and bool(section_names(slot.text, known)))


def _headers(
    units: list[Unit],
    labels: Labels,
    known: Collection[str],
    regions: list[str],
    consumed: set[int],
    by_heads: dict[int, Header] | None = None,
) -> list[Header]:
    heads: list[Header] = []
    loose_items: list[Header] = []
    table_end = 0
    for index, unit in enumerate(units):
        region = regions[index]
        if index < table_end:
            continue
        if region not in {"other", "inside"} and tables.opens_table(units, index):
            rows, table_end, header_lines = tables.table_rows(units, index, known, labels)
            heads += rows
            if rows:
                consumed.update(header_lines)
            continue
        if unit.kind == "heading":
            if region == "talk":
                by_head = by_heads.get(index) if by_heads else None
                if by_head is None and (number := found.bare_marker(unit.text)) is not None:
                    # a heading that is only ``Session 1``: a numbered marker, as the
                    # paragraph ``Talk 1:`` is - the title is the line below it
                    by_head = Header(index, "numbered", number=number)
                elif by_head is None and found.kind_only(unit.text) and index + 1 < len(
                        units) and units[index + 1].source.lstrip().startswith("**"):
                    # ``#### Regular Presentation`` over ``**Title**`` and ``Speaker:``:
                    # the kind of talk, its title below it as a marker's is
                    by_head = Header(index, "numbered")
                head = by_head or found.heading(unit, index, known)
                if by_head is None and (topic := label_value(unit, labels, "topic")):
                    # ``### 题目：《标题》``: the label's (its people's handles closing it
                    # already read: ``### 议题 1：标题 @ann``)
                    handled = found.trailing_handles(topic)
                    head.title = found.tidy_title(topic if handled is None else handled[0])
                heads.append(head)
            continue
        if region in {"other", "inside"}:
            # a recap section may still hold **《标题》** talks (kept only with evidence)
            title = found.quoted_title(unit) if region == "other" and unit.bold else None
            if title:
                heads.append(Header(index, "quoted", title=title))
            elif region == "other" and (bar := found.bar_slot(unit, index, known)):
                heads.append(bar)  # a guest list whose entries name their talks
            continue
        if _goes_on_a_sentence(units, index):
            continue
        if (title := _quoted_over_speaker(units, index, labels, region == "talks")) is not None:
            heads.append(Header(index, "quoted", title=title))
            continue
        if (over := _title_over_person(units, index, known, labels,
                                       in_talks=region == "talks")) is not None or (
                over := name_over_title.read(units, index, known, labels,
                                             in_talks=region == "talks")) is not None:
            heads.append(over)
            continue
        head = _line_header(unit, index, labels, known, in_talks=region == "talks")
        if head is None or _colon_words_over_label(head, units, labels, known):
            continue
        if head.style == "line" and unit.kind == "item" and region != "talks":
            loose_items.append(head)
        heads.append(head)
    heads += _title_first_siblings(units, heads, known)
    if siblings := _unvouched_siblings(units, heads, labels, known):
        replaced = {head.index for head in siblings}
        heads = [head for head in heads if head.index not in replaced] + siblings
    _employers_first(units, heads)
    for head in _alone_in_their_list(units, loose_items):
        heads.remove(head)  # one "- 名：标题" item alone is more likely a fact line
    heads += _sibling_items(units, heads, regions)
    heads += _recordings(units, heads, regions, labels)
    heads += marked.siblings(units, heads, known, regions, labels)
    heads += name_items.read(units, heads, regions, known, labels)
    heads += by_items.read(units, heads, regions, known)
    heads += handle_items.read(units, heads, regions)
    heads += _bold_titled_siblings(units, heads, regions, labels)
    heads += announced_topics.read(units, heads, regions, known)
    heads += quoted_prose.read(units, heads, regions, known)
    heads += name_dash.read(units, heads, regions, known, labels)
    heads += title_dash.read(units, heads, regions, known)
    heads += bracket_items.read(units, heads, regions, known)
    heads += bracket_items.by_siblings(units, heads, regions, known)
    _roles_in_rows(units, heads, known)
    heads += _quoted_names(units, heads, known, regions)
    heads += _slots_then_topics(units, heads, labels, known, regions)
    heads += _bar_siblings(units, heads, known)
    _by_siblings(units, heads)
    found.consistent_brackets([head for head in heads if head.style == "line"])
    _consistent_employers(units, heads)
    bare_numbers.unnumber(units, heads)
    return heads


#: sibling entries naming an employer after a comma that make a lone ``Name, Two Words``
#: tail read the same way
_MIN_EMPLOYERS = 2


def _consistent_employers(units: list[Unit], heads: list[Header]) -> None:
    """``- **Title** - *Ann Example, Example Testing*`` among siblings that end ``…, Name,
    Org GmbH``: the words after the comma are Ann's employer as in her siblings, not a
    second person - when two or more siblings (and most that name anyone) give an
    employer there."""
    listed = [head for head in heads if head.style in {"item", "line"} and head.names]
    pairs = [head for head in listed
             if len(head.names) == 2 and not any(name.affiliation for name in head.names)]
    employers = [head for head in listed if head.names[-1].affiliation]
    # most of the siblings that are no such pair (the pairs are what is in question)
    if len(employers) < _MIN_EMPLOYERS or 2 * len(employers) <= len(listed) - len(pairs):
        return
    for head in pairs:
        first, second = head.names
        text = units[head.index].text.rstrip(" *_")
        if text.endswith(f"{first.name}, {second.name}"):
            head.names = [Name(first.name, first.aliases, second.name)]


def _alone_in_their_list(units: list[Unit], items: list[Header]) -> list[Header]:
    """The ``- 名：标题`` items that no other item of their own list reads as: in a list
    of labelled facts (``- 文字: 官方 Blog …``, ``- 录音: …``) or of speaker bios, one
    item that happens to fit the shape is a fact, not a programme (a repeated shape is
    the evidence, so it is counted per list, not per page)."""
    by_list: dict[int, list[Header]] = {}
    for head in items:
        start = head.index
        while start > 0 and units[start - 1].kind == "item":
            start -= 1
        by_list.setdefault(start, []).append(head)
    return [group[0] for group in by_list.values() if len(group) == 1]


def _quoted_over_speaker(
    units: list[Unit], index: int, labels: Labels, in_talks: bool = False
) -> str | None:
    """``**《标题》**`` (or any bold line that reads as a title) opening a paragraph whose
    next line is a speaker label (``讲师：名，职位``, ``Speaker: Ann Example``): the talk's
    title, read as a ``《标题》`` line alone is (the author did not leave an empty line
    between title and speaker)."""
    unit = units[index]
    below = _next_in_paragraph(units, index)
    if below is None and unit.bold and unit.alone and index + 1 < len(units) and (
            units[index + 1].kind == "paragraph" and units[index + 1].first):
        # ``**Title**`` alone, then ``_Speaker:_ Ann Example`` as the next paragraph
        return _bold_over_label(unit, units[index + 1], labels)
    if below is None or not label_value(below, labels, "speaker"):
        return None
    text = unit.text.strip()
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        return found.tidy_title(text[1:-1]) or None
    if (unit.bold or in_talks) and _titles_its_paragraph(unit, ()):
        # ``**Intro to eBPF**`` / ``Speaker: Ann Example`` - a bold line over the label,
        # as its quoted cousin is (not a bold name or job over the person's label)
        return found.tidy_title(text) or None
    return None


def _bold_over_label(unit: Unit, below: Unit, labels: Labels) -> str | None:
    """The title a bold line alone gives the talk whose speaker label opens the next
    paragraph - not a name, a job or a field line (those are the label reader's)."""
    value = label_value(below, labels, "speaker")
    if not value:
        return None
    if _bold_title(unit):
        text = unit.text.strip()
    elif unit.bold and unit.alone and (bare := _title_text(unit, labels)):
        text = bare  # ``**Scaling Postgres:**``: its colon kept apart, as a label's is
    else:
        return None
    if (looks_like_name(text, ()) and not _someone_else(value, text)) or _is_fact(
            unit, labels) or (
            len(text.split()) <= _JOB_WORDS and describes_someone(text)):
        return None  # (``**Staff Engineer at Example**`` over her label: who she is)
    return found.tidy_title(text) or None


def _someone_else(value: str, text: str) -> bool:
    """Whether a speaker label's ``value`` names a person other than ``text``: then the
    bold ``text`` over it (``**Typing Python**`` over ``Speaker: Carl Other``) is the
    talk's title, however much it looks like a name - the label says who speaks."""
    names = split_names(value)
    return bool(names) and looks_like_name(names[0].name, ()) and key(text) not in {
        key(name.name) for name in names}


#: words beyond which a bold line over a label is a title, whatever words it holds
_JOB_WORDS = 6


def _next_in_paragraph(units: list[Unit], index: int) -> Unit | None:
    """The line after ``units[index]`` in the same paragraph (the author left no empty
    line between them), or ``None``."""
    unit = units[index]
    if unit.kind != "paragraph" or unit.alone or index + 1 >= len(units):
        return None
    below = units[index + 1]
    return below if below.block is unit.block else None


def _titles_its_paragraph(unit: Unit, known: Collection[str]) -> bool:
    """Whether a paragraph's first line reads as a title over the lines below it: short,
    no sentence or field, not a person's name nor a job."""
    text = unit.text.strip()
    return unit.first and found.title_like(unit, in_block=True) and not (
        looks_like_name(text, known) or describes_someone(text))


#: ``by Ann Example`` / ``par Alice Exemple``: a line that is who gives the talk above it
_BY_LINE = LazyPattern(
    rf"^(?:{PRESENTED_BY}|(?:(?:a\s++)?(?:talk|session)\s++)?(?:{BY}))\s++(?P<who>\S.{{1,80}})$",
    re.IGNORECASE)
#: ``*Ann Example*``: a line set apart in emphasis whole
_EMPHASISED_LINE = LazyPattern(r"^([*_])(?P<who>[^*_]{3,80})\1$")


def _title_over_person(
    units: list[Unit], index: int, known: Collection[str], labels: Labels, *,
    in_talks: bool = False,
) -> Header | None:
    """A title line over who gives it, as the next line of one paragraph or as the next
    paragraph when that is one line: the title bold (``**Intro to eBPF**``, its colon
    kept apart: ``**Intro to eBPF:**``) or after a topic label (``Talk: Intro to
    eBPF``); who gives it after ``by`` (``Presented by …``), or alone on the line set
    apart (``*Ann Example*``) or after ``with`` or a pictograph (``🎤 Ann Example``) - a
    full name a known given name leads; ``in_talks`` (a talks section's line), also
    plain, with where they work (``Ann Example, Acme Corp``)."""
    unit = units[index]
    text = _title_text(unit, labels)
    if text is None or not unit.first:
        return None
    below = _next_in_paragraph(units, index)
    if below is None and unit.alone and index + 1 < len(units) and (
            units[index + 1].kind == "paragraph" and units[index + 1].alone):
        below = units[index + 1]
    if below is None:
        return None
    person = _person_line(below, known, plain=in_talks)
    if person is None:
        return None
    names, shape = person
    if describes_someone(text) or (looks_like_name(text, known) and key(text) in {
            key(name.name) for name in names}):
        return None  # the bold line is the person (or their job), not what they present
    title = found.tidy_title(text)
    if not title:
        return None
    return Header(index, "line", title=title, wrapped=1,
                  slot=(index + 1, names, f"line {below.line}: {shape}"))


def _timed_numbers(
    units: list[Unit], heads: list[Header], known: Collection[str], labels: Labels
) -> None:
    """``19:45 - 1️⃣`` over ``Ann Example: Title`` (or ``Title - Ann Example``): a timed
    entry that is only its number, the talk's title and people on the next line of its
    paragraph - read as that line alone would be, every person vouched for by the front
    matter or a known given name."""
    for head in heads:
        if head.style != "timed" or head.title or head.names or head.slot:
            continue
        if sum(char.isalpha() for char in units[head.index].text) > 2:
            continue  # (``am``/``pm`` at most: words are a title, or a slot's own name)
        below = _next_in_paragraph(units, head.index)
        if below is None:
            continue
        line = Header(head.index + 1, "line")
        found.title_and_names(line, below.text, known, labels)  # (as the entry's own rest)
        names = line.names or (line.slot[1] if line.slot else [])
        if not line.title or not names or not all(
                vouched_for(name.name, known) for name in names):
            continue
        head.title, head.kind = line.title, "talk"
        head.slot = (head.index + 1, names, f"line {below.line}: on the line under the "
                     "timed entry, which is only its number")


def _timed_speaker_lines(
    units: list[Unit], heads: list[Header], known: Collection[str], labels: Labels
) -> None:
    """``19:10 - Title`` over ``Ann Example`` (``by Ann Example``, ``*Ann Example*``,
    ``Ann Example, Acme Corp``): a timed entry whose people are on the line below it -
    the next line of its paragraph, a paragraph of that one line, or an item nested
    under the entry's. The line must say only who, as under a bold title in a talks
    section (:func:`_person_line`): a full name the front matter or a known given name
    vouches for; a room, a level or an abstract under the entry is not read, nor the
    host under a break (``Doors open`` / ``with Ann Example``)."""
    taken = {head.index for head in heads}
    for head in heads:
        if head.style != "timed" or head.kind != "talk" or head.names or head.slot or (
                not head.title):
            continue
        unit, at = units[head.index], head.index + 1
        below = _next_in_paragraph(units, head.index)
        if below is None and at < len(units) and units[at].alone and (
                (unit.alone and units[at].kind == "paragraph" == unit.kind)
                or (unit.kind == "item" == units[at].kind
                    and units[at].block.level > unit.block.level)):
            below = units[at]
        if below is None or at in taken:
            continue
        person = _person_line(below, known, plain=True)
        if person is None or (below.kind == "item" and any(n.affiliation for n in person[0])):
            continue  # (a nested ``Name, Organisation`` needs its siblings: :mod:`.nested`)
        if agenda.is_break_title(head.title, labels):
            continue  # (asked last: a break's words are many, a person line below is rare)
        head.slot = (at, person[0], f"line {below.line}: {person[1]}, under the timed entry")


def _title_text(unit: Unit, labels: Labels) -> str | None:
    """The title a line gives when it is bold and reads as a title (a colon closing it
    when it is no label), or the value of a topic label; else ``None``."""
    if unit.bold:
        text = unit.text.strip()
        bare = text.rstrip(":：").strip()
        if bare != text and (not bare or _is_label_text(bare, labels)):
            return None  # ``**Abstract:**``, ``**Speakers:**``: a label, no title
        # (a copy made by hand: ``dataclasses.replace`` costs 0.2% of a read here)
        return bare if bare and found.title_like(
            Unit(unit.kind, bare, unit.source, unit.line, unit.block, unit.first,
                 unit.alone), in_block=True) else None
    if (topic := label_value(unit, labels, "topic")) and "《" not in topic:
        return topic.strip() or None
    return None


def _is_label_text(text: str, labels: Labels) -> bool:
    return any(labels.only(role).match(text) for role in _LABEL_ROLES)


#: the roles whose words alone, bold and closed by a colon, label what follows
_LABEL_ROLES = ("speaker", "speaker_intro", "talk_part", "topic", "talks_section",
                "event_section", "not_talks_section", "time", "venue", "fee")


def _person_line(
    below: Unit, known: Collection[str], *, plain: bool = False
) -> tuple[list[Name], str] | None:
    """The people a line under a title names, and the shape it names them in - or
    ``None`` when it is not only who gives the talk. ``plain``: under a talks section's
    heading a plain line may name them, and where they work."""
    if (by := _BY_LINE.match(below.text.strip())) is not None:
        names = split_names(by["who"], known)
        if names and all(looks_like_name(n.name, known, strict=True) for n in names):
            return names, "the 'by' line under the title"
        return None
    if (marked := _EMPHASISED_LINE.match(below.source.strip())) is not None:
        who, shape = marked["who"], "the name set apart under the title (a known given name)"
    elif (led := _WITH.match(below.text.strip())) or _PICTOGRAPH_FIRST.match(below.source):
        # (a plain line of a name alone is as often a host or a thank-you: ``with`` or a
        # speaker's pictograph, ``🎤``, says who this line is)
        who = below.text.strip()[led.end() if led else 0 :]
        shape = "the line under the title, a full name a known given name leads"
        if not _short_line(who):
            return None
    elif plain:
        return _plain_person_line(below.text.strip(), known)
    else:
        return None
    names = split_names(who, known)
    if names and all(vouched_person(n, known) for n in names):
        return names, shape
    return None


def _plain_person_line(who: str, known: Collection[str]) -> tuple[list[Name], str] | None:
    """A talks section's plain line under a title that is only who gives it, and where
    they work (``Ann Example, Acme Corp``, ``Ann Example (Senior Engineer)``): a talks
    section says what its titles are, so the line is no host's or thank-you's."""
    if not _short_line(who):
        return None
    names = with_employer(split_names(who, known), who)
    if names and all(vouched_person(n, known) and (
            not n.affiliation or describes_someone(n.affiliation)
            or is_organisation(n.affiliation)) for n in names):
        return names, _PLAIN_PERSON_LINE
    return None


#: how ``show --explain`` names the shape :func:`_plain_person_line` reads
_PLAIN_PERSON_LINE = ("the plain line under the title in a talks section, a full name a "
                      "known given name leads")


def _short_line(who: str) -> bool:
    """Whether a line may be only who gives a talk: short, no colon, no sentence break."""
    return len(who) <= _PERSON_LINE and not has_colon(who) and not SENTENCE_BREAK.search(who)


#: ``with Ann Example``: who the title is given with
_WITH = LazyPattern(r"^(?:with|mit|avec|con|com)\s++", re.IGNORECASE)
#: a line opened by a pictograph (``🎤 Ann Example``)
_PICTOGRAPH_FIRST = LazyPattern(r"^\s*+[\U0001F300-\U0001FAFF\u2600-\u27BF]")
#: a line that is only who gives a talk is short
_PERSON_LINE = 80


#: a line of prose this long, ending mid-sentence, wraps: the next line goes on with it
_WRAPPED_PROSE = 40
_SENTENCE_END = (":", "：", ".", "。", "!", "！", "?", "？", ";", "；")


def _goes_on_a_sentence(units: list[Unit], index: int) -> bool:
    """A line of a paragraph that goes on the sentence of the line above it (``… the
    meeting will be on Monday, from`` / ``6:20pm to 8:00pm (…), taking place in``): prose
    that happens to start with a time, no agenda entry. An agenda written as lines of
    one paragraph has a time or a short line (``Agenda:``) above each entry."""
    unit = units[index]
    if unit.kind != "paragraph" or unit.first or index == 0:
        return False
    above = units[index - 1]
    if above.block is not unit.block:
        return False
    text = above.text.rstrip()
    return (
        len(text) >= _WRAPPED_PROSE
        and not text.endswith(_SENTENCE_END)
        and not found.starts_with_clock(text)
    )


#: agenda rows confirmed by the guest list before their siblings are read the same way
_MIN_CONFIRMED_ROWS = 2


def _guest_list(units: list[Unit], known: Collection[str]) -> dict[str, tuple[str, str]]:
    """The page's guest list: bold ``名 职位`` lines alone, each one person with a job
    (name key → (name, job)); empty unless two or more lines share the shape."""
    guests = {}
    for unit in units:
        if unit.bold and unit.alone and unit.kind == "paragraph" and len(unit.text) <= _SLOT_LINE:
            names = slot_names(unit.text, known)
            if len(names) == 1 and names[0].affiliation:
                guests[key(names[0].name)] = (names[0].name, names[0].affiliation)
    return guests if len(guests) >= _MIN_CONFIRMED_ROWS else {}


def _roles_in_rows(units: list[Unit], heads: list[Header], known: Collection[str]) -> None:
    """Timed rows ``标题 职位 名`` / ``标题\t职位名`` (the job glued to the name) of a page
    whose guest list below gives each person with their job: a row whose name ends it
    and whose last column is part of that person's job there is confirmed; when two or
    more are, every sibling row's last column that is a job (``…总监``, ``…工程师``) is
    its speaker's job, not words of its title. The opening remarks so lose their job
    and read as remarks."""
    timed = [head for head in heads if head.style == "timed" and head.title]
    guests = _guest_list(units, known) if len(timed) >= _MIN_CONFIRMED_ROWS else {}
    if not guests:
        return
    plans = []
    confirmed = 0
    for head in timed:
        title, names = head.title, head.names
        if not names:  # ``…技术委员会周平高``: a guest's name glued to the end
            glued = [(name, job) for name, job in guests.values()
                     if title.endswith(name) and len(title) > len(name)]
            if len(glued) != 1:
                continue
            names = [Name(glued[0][0])]
            title = title[: -len(glued[0][0])].rstrip()
        split = title.rsplit(None, 1)  # (no pattern: a run of spaces stays linear)
        if len(names) != 1 or len(split) != 2 or not split[0].strip():
            continue
        text, tail = split
        guest = guests.get(key(names[0].name))
        if guest and tail in guest[1]:
            confirmed += 1
        elif not is_role(tail):
            continue
        plans.append((head, text, names[0], tail))
    if confirmed < _MIN_CONFIRMED_ROWS:
        return
    for head, text, name, tail in plans:
        head.title = found.tidy_title(text)
        head.names = [Name(name.name, name.aliases, name.affiliation or tail)]


#: ``《标题》名`` lines are a programme when the page has at least this many
_MIN_QUOTED_NAMES = 2


def _quoted_names(
    units: list[Unit], heads: list[Header], known: Collection[str], regions: list[str]
) -> list[Header]:
    """``《标题》名`` lines opening paragraphs (a photo or a bio below each): talks when
    two or more lines of the page share the shape - one alone may be a book and its
    author in a bio."""
    taken = {head.index for head in heads}
    found_heads = [
        head for index, unit in enumerate(units)
        if index not in taken and unit.kind == "paragraph" and regions[index] != "other"
        and (head := found.quoted_then_name(unit, index, known)) is not None
    ]
    return found_heads if len(found_heads) >= _MIN_QUOTED_NAMES else []


#: bold ``名 职位`` lines with a ``议题题目：`` line below are a programme from this many
_MIN_SLOT_TOPICS = 2


#: ``名/机构/职位``: a person, where they work and what they do, parted by slashes - a
#: speaker slot by its shape, bold or not
_SLASHED_SLOT = LazyPattern(r"^[\u4e00-\u9fff]{2,4}\s*+/[^/\n]{1,40}/[^/\n]{1,40}$")


def _guest_slot(unit: Unit, known: Collection[str]) -> list[Name]:
    """The person of a bold ``名 职位`` line or a ``名/机构/职位`` line."""
    if unit.bold:
        return slot_names(unit.text, known)
    if not _SLASHED_SLOT.match(unit.text):
        return []
    name, where = (part.strip() for part in unit.text.split("/", 1))
    if not looks_like_name(name, known, strict=False):
        return []
    return [Name(name=name, affiliation=where.replace("/", "，"))]


def _slots_then_topics(
    units: list[Unit], heads: list[Header], labels: Labels, known: Collection[str],
    regions: list[str],
) -> list[Header]:
    """A guest list of bold ``名 职位`` lines (or ``名/机构/职位`` ones), some followed
    (before the next one) by a ``议题题目：标题`` / ``演讲题目：…`` line: each such pair is
    a talk, the person first and the label naming the title; a guest with no topic line
    gives none. Read only when two or more pairs share the shape."""
    taken = {head.index for head in heads}
    slots = [
        (index, names) for index, unit in enumerate(units)
        if unit.alone and unit.kind == "paragraph" and index not in taken
        and regions[index] != "inside" and len(unit.text) <= _SLOT_LINE
        and len(names := _guest_slot(unit, known)) == 1
    ]
    pairs = []
    for number, (index, names) in enumerate(slots):
        stop = slots[number + 1][0] if number + 1 < len(slots) else len(units)
        for below in units[index + 1 : stop]:
            if below.kind == "heading":
                break
            if label_value(below, labels, "topic"):
                pairs.append(Header(index, "slot_topic", names=names))
                break
    return pairs if len(pairs) >= _MIN_SLOT_TOPICS else []


#: bar lines that make their unbarred bold siblings read the same way
_MIN_BAR_SIBLINGS = 2


def _bar_siblings(
    units: list[Unit], heads: list[Header], known: Collection[str]
) -> list[Header]:
    """Among bold ``标题 | 职位 名`` lines, a bold sibling line that lost its bar
    (``标题 职位 名``) reads the same way: its last two words are the job and the name
    (a slot of one person), the rest is the title. Alone, such a line says nothing."""
    bars = [head for head in heads if head.style == "bar"]
    if len(bars) < _MIN_BAR_SIBLINGS:
        return []
    taken = {head.index for head in heads}
    first, last = min(h.index for h in bars), max(h.index for h in bars)
    added = []
    for index in range(max(0, first - 8), min(len(units), last + 1)):
        unit = units[index]
        if index in taken or not unit.bold or not unit.alone or unit.kind != "paragraph":
            continue
        parts = unit.text.rsplit(None, 2)
        if len(parts) != 3 or "|" in unit.text or "｜" in unit.text:
            continue
        names = slot_names(f"{parts[1]} {parts[2]}", known)
        title = found.tidy_title(parts[0])
        if len(names) == 1 and names[0].name == parts[2] and title:
            added.append(Header(index, "bar", title=title, names=names))
    return added


#: ``标题 by 名`` / ``标题 by A & B`` after an agenda line's clock time
_BY_TAIL = LazyPattern(
    r"^(?P<title>\S.*?)\s+" + BY + r"\s+(?P<who>[^()（）\[\]:：]{1,40})$", re.IGNORECASE
)
_WHO_SPLIT = LazyPattern(r"\s*+(?:&|＆|、|,|，|\band\b|和)\s*+")
#: timed lines that end ``by …`` before their siblings' tails are read as people
_MIN_BY_SIBLINGS = 3


def _by_siblings(units: list[Unit], heads: list[Header]) -> None:
    """Timed agenda lines that mostly end ``… by 名`` (three or more): each one's tail
    after ``by`` is its speakers - a handle (``rwby``), a one-character name (``婷``) or
    two people (``kimming & 崔``) included, as the repeated shape says; alone, such a
    tail needs to read as a name."""
    timed = [head for head in heads if head.style == "timed"]
    shaped = []
    for head in timed:
        rest = found.timed_rest(units[head.index].text)
        # (``Pizza, gesponsert von Acme``: who pays, no speaker)
        if rest and (match := _BY_TAIL.match(rest)) and not NOT_SPEAKING.search(match["title"]):
            by = rest[len(match["title"]) : match.start("who")]
            if not phrase_after(by, match["who"]):
                shaped.append((head, match))
    if len(shaped) < _MIN_BY_SIBLINGS or 2 * len(shaped) < len(timed):
        return
    for head, match in shaped:
        names = [parse_name(part) for part in _WHO_SPLIT.split(match["who"]) if part.strip()]
        if not names or any(
            not name.name or describes_someone(name.name) or is_organisation(name.name)
            for name in names
        ):
            continue
        head.title, head.names = found.tidy_title(match["title"]), []
        head.slot = (head.index, names, f"line {units[head.index].line}: after the 'by' label "
                     f"of a timed line, as its {len(shaped)} siblings'")


def _sibling_items(
    units: list[Unit], heads: list[Header], regions: list[str]
) -> list[Header]:
    """In a talks section's list of links where items are talks (``[标题，名](video)``),
    a sibling item with a link of the same kind and no speaker (``[Welcome](video)``)
    is an entry of that programme too: sibling blocks sharing a shape read the same."""
    items = {head.index: head for head in heads if head.style == "item"}
    kinds = {bool(head.video) for head in items.values()}
    if len(items) < 2 or len(kinds) != 1:
        return []
    video = kinds.pop()
    first, last = min(items), max(items)
    level = units[first].block.level
    while first > 0 and units[first - 1].kind == "item" and units[first - 1].block.level >= level:
        first -= 1  # the list goes on above the first talk item (a welcome first)
    while last + 1 < len(units) and units[last + 1].kind == "item" and (
        units[last + 1].block.level >= level
    ):
        last += 1
    added = []
    for index in range(first, last + 1):
        unit = units[index]
        if index in items or unit.kind != "item" or not unit.first or regions[index] != "talks":
            continue
        if unit.block.level != level or len(unit.block.links) != 1:
            continue
        text, url = unit.block.links[0]
        if not text or plain_text(unit.text) != text:
            continue
        head = found._attach(Header(index, "item", title=found.tidy_title(text)), url)
        if bool(head.video) == video:
            added.append(head)
    return added


def _recordings(
    units: list[Unit], heads: list[Header], regions: list[str], labels: Labels
) -> list[Header]:
    """``## Presentations`` over lines that are each one link to a recording, titled by
    its text (``[Construcción de una librería](https://youtube.com/…)``): the talks, two
    or more, each with its video; who gave them the lines do not say. Every such line of
    the section must read so (the repeated shape), and a link named by a media word
    (``Video``, ``Slides``) or nothing titles no talk."""
    taken = {head.index for head in heads}
    runs: list[list[tuple[int, str, str]]] = [[]]
    for index, unit in enumerate(units):
        if regions[index] != "talks" or unit.kind == "heading":
            if runs[-1]:
                runs.append([])
            continue
        link = _recording_link(unit, labels)
        if link is not None and index not in taken:
            runs[-1].append((index, *link))
        elif unit.block.links and unit.text:
            runs[-1] = []  # (a line of other links: no list of recordings)
    added: list[Header] = []
    for run in runs:
        if len(run) >= _MIN_RECORDINGS:
            added += [found._attach(Header(index, "item" if units[index].kind == "item"
                                           else "line", title=found.tidy_title(text),
                                           own_only=True), url)
                      for index, text, url in run]
    return added


#: recordings a section must list before its links are read as its talks
_MIN_RECORDINGS = 2


def _recording_link(unit: Unit, labels: Labels) -> tuple[str, str] | None:
    """The text and address of a line that is one link to a video host, titled."""
    if not unit.block.links or not unit.text:
        return None
    found_links = [(text, url) for text, url in unit.block.links if text and text in unit.text]
    if len(found_links) != 1:
        return None
    text, url = found_links[0]
    if plain_text(unit.text).strip(" -*") != text or found.video_or_slides(url) != "video":
        return None
    if labels.any_role("only", ("replay", "slides")).match(text) or len(text) < _MIN_TITLE:
        return None
    return text, url


#: the shortest link text read as a talk's title
_MIN_TITLE = 4


def _line_header(
    unit: Unit, index: int, labels: Labels, known: Collection[str], *, in_talks: bool
) -> Header | None:
    head = found.timed(unit, index, known, labels) or found.numbered(unit, index, known, labels)
    if head is not None or not unit.first:
        return head
    if (unit.bold or unit.text.startswith("《")) and (title := found.quoted_title(unit)):
        return Header(index, "quoted", title=title)
    if (topic := label_value(unit, labels, "topic")) and (
            people := bracket_items.bracketed_people(topic, known)):
        # ``Topic: "Title" (Ann Example)``: the label says it is a talk, the closing
        # bracket who gives it
        why = f"line {unit.line}: the people in brackets closing a topic label's value"
        return Header(index, "line", title=people[0], own_only=True,
                      slot=(index, people[1], why))
    if unit.bold and (bar := found.bar_slot(unit, index, known)):
        return bar
    if known and not unit.bold and (head := bracket_items.bold_title_known(unit, index, known)):
        return head  # ``**Title** (Ann Example)``, Ann a front-matter speaker
    # ``**3. 名：《标题》`` whose bold closes lines below (over its photo and text): the
    # line opens bold as its bold siblings do
    opens_bold = not unit.alone and unit.source.startswith(("**", "__"))
    # ``- Title: subtitle (by Name)``: the bracket says who, before any colon does
    head = found.by_bracket_item(unit, index, known) if unit.kind == "item" else None
    if head is None and unit.kind == "item" and (
            split := found.labelled_names(unit.text, known, labels)) and split[0]:
        # ``- Title (Speaker: Ann Example)`` / ``- Title, presenter: Ann``: a speaker
        # label inside the item says who gives it
        head = Header(index, "line", title=found.tidy_title(split[0]), names=split[1])
    if head is not None:
        pass
    elif unit.bold or unit.kind == "item" or opens_bold:
        head = found.who_colon(unit, index, known, labels, strict=True)
        if head is not None and not _vouched(head, known):
            # ``- **Technology Limitations**: current bottlenecks in…``: a term and what
            # it means, as a list of them writes it - a person only when name knowledge
            # says so (the front matter lists them, a known given name leads them), or
            # when the item's siblings are such people (:func:`_unvouched_siblings`)
            head = None
    elif unit.alone and known:
        # (a paragraph's ``名：标题`` counts only with the front matter's people: on a
        # page that lists none, whatever who_colon read - always someone - is dropped,
        # so it is not asked)
        head = found.who_colon(unit, index, known, labels, strict=True)
        if head is not None and not all(key(n.name) in known for n in head.names):
            head = None
    if head is None and known and (unit.bold or unit.kind == "item" or unit.alone):
        head = found.known_then_title(unit, index, known)
    if head is None and unit.kind == "paragraph":
        head = found.bold_title_by(unit, index, known)
        if head is None and in_talks:
            head = found.bold_title_dash(unit, index, known)
    alone = (unit.kind == "paragraph" and unit.alone) or (unit.kind == "item" and in_talks)
    if head is None and alone and not _fact_line(unit.text, labels):
        head = found.title_line(unit, index, known, in_talks=in_talks)
        if head is None and (media := media_links.trailing_media(unit, labels)):
            head = found.title_line(unit, index, known, in_talks=in_talks, media=media)
    if head is not None and unit.kind == "item":
        head.own_only = True
    return head


def _colon_words_over_label(
    head: Header, units: list[Unit], labels: Labels, known: Collection[str]
) -> bool:
    """``- **Beyond Kafka: Exploring NATS**`` (``**Proofs by Picture**``) over ``_Speaker:_
    Ann Example``: what the bold line seemed to name before its colon (after its ``by``)
    is the title's own words when the next line's label names someone else and nothing
    vouches for the "name" - the line is the title the label's text is cut under
    (:func:`_segments`), not a talk of its own."""
    unit = units[head.index]
    names = head.names or (head.slot[1] if head.slot and head.slot[0] == head.index else [])
    if head.style != "line" or not names or not unit.bold:
        return False
    below = units[head.index + 1] if head.index + 1 < len(units) else None
    value = label_value(below, labels, "speaker") if below is not None else None
    if not value or any(vouched_or_cjk(name.name, known) for name in names):
        return False
    labelled = {key(name.name) for name in split_names(value, known)}
    return not any(key(name.name) in labelled for name in names)  # (someone else speaks)


def _vouched(head: Header, known: Collection[str]) -> bool:
    """Whether name knowledge vouches for every person a header names."""
    return all(vouched_or_cjk(name.name, known) for name in head.names)


def _unvouched_siblings(
    units: list[Unit], heads: list[Header], labels: Labels, known: Collection[str]
) -> list[Header]:
    """``- **Kwame Mensah**: Title`` among items ``- **Ann Example**: Title`` that name
    known people: an item of the same list read as ``Name: Title`` whose name knowledge
    does not vouch for is a person all the same when at least two of its siblings are
    vouched for and they are most of the list's such items (the repeated shape)."""
    vouched = {head.index for head in heads
               if head.style == "line" and units[head.index].kind == "item" and head.names}
    if len(vouched) < _MIN_SIBLINGS:
        return []
    # (a line read as a title naming no one may be such an item: ``Bo Sample: Proofs by
    # Picture`` titled whole when ``Picture`` was no one)
    taken = {head.index for head in heads if head.names or head.slot is not None}
    added: list[Header] = []
    for block_items in _item_runs(units):
        sure = [index for index in block_items if index in vouched]
        if len(sure) < _MIN_SIBLINGS:
            continue
        unsure = [head for index in block_items if index not in taken and (
            head := found.who_colon(units[index], index, known, labels, strict=True))]
        if unsure and len(sure) > len(unsure):
            added += unsure
    return added


#: items of a list that must be read alike before an unsure sibling is
_MIN_SIBLINGS = 2


def _title_first_siblings(
    units: list[Unit], heads: list[Header], known: Collection[str]
) -> list[Header]:
    """``- Scaling Postgres — Zorba Mkhize`` among items ``- Rust in anger — Ann
    Example`` whose people a known given name (or the front matter) vouches for: both
    sides of its dash look like names, so alone it reads either way round; its siblings,
    at least two and more than the unsure items, say the title comes first, with the
    same separator - it is read alike (the repeated shape)."""
    if not any(head.names and units[head.index].kind == "item" for head in heads):
        return []
    read_at = {head.index: head for head in heads}
    added: list[Header] = []
    for run in _item_runs(units):
        sure: set[str] = set()
        count = 0
        for index in run:
            head = read_at.get(index)
            if head is not None and head.style in {"item", "line"} and head.names and all(
                    vouched_for(name.name, known) for name in head.names) and (
                    separator := _separator_after(units[index].text, head.title,
                                                  head.names)):
                sure.add(separator)
                count += 1
        if len(sure) != 1 or count < _MIN_SIBLINGS:
            continue
        unsure = []
        for index in run:
            if index in read_at:
                continue
            split = found.split_title_names(units[index].text, known, latin=True,
                                            title_first=True)
            if split is None or _separator_after(units[index].text, *split) not in sure:
                continue
            title, names = split
            if not all(looks_like_name(name.name, known, strict=True) for name in names):
                continue
            why = (f"line {units[index].line}: on the talk's own line, after the separator; "
                   f"{SIBLING_SLOT} ({count} of {len(run)} items)")
            unsure.append(Header(index, "item", title=found.tidy_title(title), own_only=True,
                                 slot=(index, names, why)))
        if unsure and count > len(unsure):
            added += unsure
    return added


def _separator_after(text: str, title: str, names: list[Name]) -> str | None:
    """The mark between a line's title and its first person (``—``, ``-``, ``|``)."""
    start = text.find(names[0].name, len(title)) if text.startswith(title) else -1
    between = text[len(title) : start].strip() if start > 0 else ""
    return between if 0 < len(between) <= 3 else None


def _bold_titled_siblings(
    units: list[Unit], heads: list[Header], regions: list[str], labels: Labels
) -> list[Header]:
    """``**Algorithmic Redistricting**`` over its abstract, beside ``**LangChain
    Example**, by David Best:`` over its own: a paragraph opening with a bold line alone,
    abstract below, is a talk too (no speaker named) when a sibling paragraph of that
    shape names its speaker after ``by`` (:func:`.headers.bold_title_by`) - sibling
    blocks sharing a shape read the same. Not a bold label (``**Future topics:**``) or
    a section word (``**Venue**``)."""
    titled = [head for head in heads if head.slot is not None
              and BOLD_TITLE_BY in head.slot[2]]
    if not titled:
        return []
    taken = {head.index for head in heads}
    first, last = min(h.index for h in titled), max(h.index for h in titled)
    region = regions[first]
    added = []
    for index, unit in enumerate(units):
        if index in taken or unit.kind != "paragraph" or not unit.first or unit.alone:
            continue
        if regions[index] != region or not (first - _NEAR <= index <= last + _NEAR):
            continue
        bold = _BOLD_LINE.match(unit.source)
        if bold is None or _is_boundary(unit, labels) or labels.any_role(
                "mention", ("not_talks_section", "event_section", "venue", "time")).search(
                unit.text):
            continue
        added.append(Header(index, "line", title=found.tidy_title(bold["title"]),
                            own_only=True))
    return added


#: how many units from the bold titles naming speakers a sibling may stand
_NEAR = 12
#: a line that is only a bold text, no colon closing it (a label's)
_BOLD_LINE = LazyPattern(r"^\*\*(?P<title>[^*\n:：]{3,150}?)\*\*\s*+$")


def _employers_first(units: list[Unit], heads: list[Header]) -> None:
    """``- **Ann Example**: Example Institute (EXI), Title`` among siblings so written:
    the words before the first comma are where the person works, the rest the talk's
    title (a quoted title in the line wins) - when two or more items of the list, and
    half or more of those that hold a comma, open their title with an organisation (an
    organisation's word, or an acronym). Alone, ``Proofs, Types and Programs`` is one
    title."""
    items = {head.index: head for head in heads
             if head.style == "line" and head.names and units[head.index].kind == "item"}
    if len(items) < _MIN_SIBLINGS:
        return
    for run in _item_runs(units):
        split = [(items[index], parts) for index in run if index in items
                 and (parts := _employer_and_title(items[index].title)) is not None]
        employers = sum(1 for _head, (employer, _title) in split
                        if _EMPLOYER.search(employer) or is_organisation(employer))
        if employers < _MIN_SIBLINGS or 2 * employers < len(split):
            continue
        for head, (employer, title) in split:
            if len(head.names) == 1 and not head.names[0].affiliation:
                head.names[0] = Name(head.names[0].name, head.names[0].aliases, employer)
            head.title = title


def _employer_and_title(title: str) -> tuple[str, str] | None:
    """The words before a title's first comma and the title after them (its quoted
    part when it has one); ``None`` when nothing of two words or more follows."""
    employer, comma, rest = title.partition(", ")
    if not comma or not employer:
        return None
    quoted = _QUOTED_TITLE.search(rest)
    rest = (quoted["title"] if quoted else rest).strip().rstrip(".")
    return (employer, rest) if len(rest.split()) >= 2 else None


#: the words of an employer :func:`.names.is_organisation` does not know (it knows
#: capitals - ``(AFIT)``, ``(AF Software Factory)`` - and ``Institute``, ``Inc``…)
_EMPLOYER = LazyPattern(
    r"\b(?:Center|Centre|Factory|Department|Agency|Office|Hub|Branch|Division|School|"
    r"College)\b"
)
#: a title in quotes within the text after the employer
_QUOTED_TITLE = LazyPattern(r"[\"“](?P<title>[^\"“”]{3,200})[\"”]")


def _item_runs(units: list[Unit]) -> list[list[int]]:
    """The first lines of each run of consecutive list items of one level, by index."""
    runs: list[list[int]] = []
    for index, unit in enumerate(units):
        if unit.kind != "item" or not unit.first:
            continue
        previous = runs[-1][-1] if runs else -2
        same = runs and all(units[i].kind == "item" for i in range(previous, index)) and (
            units[previous].block.level == unit.block.level)
        if same:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _fact_line(text: str, labels: Labels) -> bool:
    """``时间：…`` / ``Venue: …`` / ``Host: …``: a fact, no title; ``Tags: …`` /
    ``Keywords: …`` / ``Abstract: …``: a part of a talk's description, never a talk of
    its own (each pattern needs a colon, which most lines lack)."""
    return has_colon(text) and bool(
        labels.any_role("fact", ("time", "venue", "host", "talk_part")).match(text))


def _is_boundary(unit: Unit, labels: Labels) -> bool:
    """A heading, or a line that is only a section word (``Program:``, ``Talks``)."""
    if unit.kind == "heading":
        return True
    if not unit.alone:
        return False
    # (the section words first: most lines are none, and then the speaker word, which
    # would make the answer no all the same, is not asked)
    if not labels.any_role("only", _SECTION_ROLES).match(unit.text):
        return False
    # "Speakers:" under a talk: its people follow, the talk goes on
    return not labels.only("speaker").match(unit.text)


_SECTION_ROLES = ("talks_section", "not_talks_section", "event_section")


def _set_stops(
    heads: list[Header], units: list[Unit], labels: Labels, regions: list[str]
) -> None:
    # a bare clock line (``19:00 - 20:00``) under a title does not end that talk
    starts = sorted(
        head.index for head in heads if not (head.kind == "placeholder" and not head.title)
    )
    for head in heads:
        after = bisect.bisect_right(starts, head.index)
        limit = starts[after] if after < len(starts) else len(units)
        if head.style == "sub_speaker":
            head.stop = sub_speakers.item_end(units, head.index, limit)
            continue
        if head.own_only or head.kind in {"placeholder"} or _agenda_break(head, labels):
            head.own_only = True
            stop = head.index + 1
            while stop < limit and units[stop].block is units[head.index].block:
                stop += 1
            # the item's own paragraphs after its first (the talk's abstract, indented
            # under ``* **Title** by Ann``), and the lists inside it, are the talk's too
            if units[head.index].kind == "item":
                level = units[head.index].block.level
                while stop < limit and units[stop].kind == "item" and (
                        units[stop].block.level > level
                        or (units[stop].block.continued and units[stop].block.level == level)):
                    stop += 1
            head.stop = stop
            continue
        stop = head.index + 1
        while stop < limit:
            unit = units[stop]
            if unit.kind == "heading" and regions[stop] != "inside":
                break
            if unit.kind != "heading" and _is_boundary(unit, labels):
                break
            stop += 1
        head.stop = stop


def _with_evidence(
    heads: list[Header], units: list[Unit], labels: Labels, known: Collection[str]
) -> list[Header]:
    """``**《标题》**`` lines are talks only with evidence of a speaker under one of them
    (a speaker label, a ``嘉宾介绍`` label, a ``名，职位`` slot line); sibling lines of
    that shape are then all read as talks, else none is."""
    quoted = [head for head in heads if head.style == "quoted"]
    if not quoted:
        return heads
    if any(_speaker_evidence(head, units, labels, known) for head in quoted):
        return heads
    return [head for head in heads if head.style != "quoted"]


def _speaker_evidence(
    head: Header, units: list[Unit], labels: Labels, known: Collection[str]
) -> bool:
    first = True
    for unit in units[head.index + 1 : head.stop]:
        if label_value(unit, labels, "speaker") or bare_label(unit, labels, "speaker"):
            return True
        if unit.alone and labels.only("speaker_intro").match(unit.text):
            return True
        if first and unit.text:
            first = False
            if len(unit.text) <= _SLOT_LINE and slot_names(unit.text, known):
                return True
    return False


def _agenda_break(head: Header, labels: Labels) -> bool:
    return head.style == "timed" and not head.names and agenda.is_break_title(head.title, labels)


def _segments(
    units: list[Unit],
    labels: Labels,
    known: Collection[str],
    heads: list[Header],
    regions: list[str],
) -> list[Header]:
    """Talks with no header: ``Speaker:`` lines cut the rest of the text into talks,
    each titled by its first short line (before the speaker line, or after it)."""
    taken: set[int] = set()
    for head in heads:
        taken.update(range(head.index, head.stop))
    free = {
        i
        for i in range(len(units))
        if i not in taken and regions[i] in {"talks", "event", "neutral"}
    }
    speakers = sorted(i for i in free if label_value(units[i], labels, "speaker")
                      or _bare_then_person(units, i, labels, known))
    if not speakers:
        return []
    segments: list[Header] = []
    before = _title_before(units, free, speakers[0], labels, taken) is not None
    for number, speaker in enumerate(speakers):
        if before:
            title = _title_before(units, free, speaker, labels, taken)
            # (an empty label's person is on the line after it: that line is the talk's)
            stop = speaker + (1 if label_value(units[speaker], labels, "speaker") else 2)
            head = Header(title if title is not None else speaker, "segment", stop=stop)
            if title is not None and title > speaker:
                # ``- 嘉宾：名`` above ``- 话题：标题``: the topic line heads the talk, the
                # speaker line above it gives its people
                head.stop = title + 1
                value = label_value(units[speaker], labels, "speaker") or ""
                head.names = split_names(people_value(units[speaker], value), known)
            if title is not None:
                topic = (label_value(units[title], labels, "topic")
                         or label_value(units[title], labels, "theme"))
                head.title = found.tidy_title(topic or units[title].text)
        else:
            value = people_value(units[speaker], label_value(units[speaker], labels, "speaker")
                                 or "")
            stop = speakers[number + 1] if number + 1 < len(speakers) else len(units)
            stop = next(
                (i for i in range(speaker + 1, stop) if _is_boundary(units[i], labels)), stop
            )
            head = Header(speaker, "segment", names=split_names(value, known), stop=stop)
        segments.append(head)
        taken.update(range(head.index, head.stop))
    if before:
        _abstracts_below(segments, units, free, labels)
    return segments


def _abstracts_below(
    segments: list[Header], units: list[Unit], free: set[int], labels: Labels
) -> None:
    """``**Title**`` / ``Speaker: …`` / ``About the talk: …`` / prose, then the next
    title: the lines between a talk's speaker line and the next talk's title are its
    abstract, up to the next talk's lines; the last one's run to the next boundary when
    several talks are written so (one talk's may be followed by the event's text)."""
    for number, head in enumerate(segments):
        if head.names or not head.title:
            continue  # (a title below its speaker line, or none: the talk ends there)
        limit = segments[number + 1].index if number + 1 < len(segments) else len(units)
        stop = head.stop
        while stop < limit and stop in free and not _is_boundary(units[stop], labels):
            stop += 1
        if len(segments) > 1 or (stop < limit and stop not in free):
            head.stop = stop  # (the one talk's text when another talk's lines end it)


def _bare_then_person(units: list[Unit], index: int, labels: Labels,
                      known: Collection[str]) -> bool:
    """``**嘉宾**：`` with nothing after it, and the next line of its paragraph (or the
    paragraph after it) opens with one person and their role (``名，职位…``)."""
    if index + 1 >= len(units) or units[index].kind == "heading":
        return False
    if not bare_label(units[index], labels, "speaker"):
        return False
    below = units[index + 1]
    people = slot_names(below.text, known, bio=True) if below.kind == "paragraph" else []
    if not people and below.block is units[index].block:
        # ``**Speaker:**<br>**Ann Example**<br>Role``: the label's own paragraph goes on
        # with the name alone on its line, the role (if any) on the next
        people = [name for name in split_names(below.text, known)
                  if key(name.name) == key(below.text)]
    return len(people) == 1 and looks_like_name(people[0].name, known, strict=True)


def _title_before(
    units: list[Unit], free: set[int], speaker: int, labels: Labels, taken: set[int]
) -> int | None:
    """The first title-like free line between the last boundary and ``speaker`` - or
    the nearest line a topic label names (``Vortrag: …``, ``Topic: …``): a label says
    which line is the title, over a greeting that only looks like one."""
    candidates: list[int] = []
    for index in range(speaker - 1, -1, -1):
        unit = units[index]
        if index in taken or _is_boundary(unit, labels):
            break
        if index in free and label_value(unit, labels, "topic"):
            return index
        if index == speaker - 1 and index in free and label_value(unit, labels, "theme"):
            return index  # ``沙龙主题：…`` right above ``嘉宾：…``: the guests' one session
        if _points_to_list(units, index):
            # ``预习以下内容：`` + a list: the line and its list's items are no title
            end = index + 1
            while end < len(units) and units[end].kind == "item":
                end += 1
            candidates = [c for c in candidates if not index < c < end]
            continue
        # (``- Title`` whose next line in the same item is ``Palestrante: Name``: the
        # item's first line is its title, as a line of its own would be)
        above = (index == speaker - 1 and unit.kind == "item" and unit.first
                 and units[speaker].block is unit.block and units[speaker].line == unit.line + 1)
        if index in free and (found.title_like(unit, in_block=above) or _bold_title(unit)) and (
                not _is_fact(unit, labels)) and "://" not in unit.text and (  # (``直播间：https://…``)
                not not_titles.is_calendar_button(unit.text, unit.block.links)):
            candidates.append(index)
    # ``- 嘉宾：名`` then ``- 话题：标题`` in one list of facts: the label below names it
    for index in range(speaker + 1, len(units)):
        unit = units[index]
        if index in taken or _is_boundary(unit, labels) or unit.kind != units[speaker].kind:
            break
        if label_value(unit, labels, "speaker"):
            break  # the next talk's
        if index in free and label_value(unit, labels, "topic"):
            return index
    # ``**Title**`` over the label, the previous talk's ``About the talk: …`` above it:
    # the line set apart in bold is the title, not the first line after the last talk
    bold = [index for index in candidates if units[index].bold and units[index].alone]
    if bold and not (units[candidates[-1]].bold and units[candidates[-1]].alone):
        return bold[-1]
    return candidates[-1] if candidates else None


#: the longest bold line read as a title over a speaker label
_BOLD_TITLE = 250


def _bold_title(unit: Unit) -> bool:
    """A line bold from end to end and alone (``**Kong: Product Roadmap**``, a long
    ``**Verifone's Journey towards…**``): set apart as a title is, though it is long or
    reads ``Word: words`` as a field line does."""
    text = unit.text
    return (unit.bold and unit.alone and 0 < len(text) <= _BOLD_TITLE
            and not text.endswith((":", "：")) and any(char.isalpha() for char in text))


#: ``以下内容`` / ``如下`` / ``the following``: a line that points to what comes next
_POINTS_ON = LazyPattern(r"以下|如下|下列|下面|the following|as follows", re.IGNORECASE)


def _points_to_list(units: list[Unit], index: int) -> bool:
    """``希望同学们先预习以下内容`` over a list: a line that announces the list below it
    (a pointing word, then the list), no talk title."""
    after = index + 1
    return (
        after < len(units) and units[after].kind == "item"
        and units[index].kind == "paragraph" and bool(_POINTS_ON.search(units[index].text))
    )


def _is_fact(unit: Unit, labels: Labels) -> bool:
    roles = ("speaker", "host", "time", "venue", "replay", "slides", "affiliation")
    return unit.colon and bool(labels.any_role("fact", roles).match(unit.text))


def _keep(
    pair: tuple[Talk, Header], units: list[Unit], labels: Labels, result: Found
) -> bool:
    """A heading that only names a person (a speaker's card) is a talk only if a title
    line follows, and one over several timed entries (:mod:`.gathering`) is none;
    otherwise its section goes back to the text."""
    talk, head = pair
    if gathering.gathers_talks(head, units, labels):
        pass  # a section over several timed entries: its lines go back to the text
    elif head.kind != "person" or talk.title:
        return True
    for index in range(head.index, head.stop):
        result.consumed.discard(units[index].line)
        result.inside.discard(index)
    return False


