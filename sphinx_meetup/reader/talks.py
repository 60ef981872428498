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
from collections.abc import Collection
from dataclasses import dataclass, field

from ..model import Talk
from . import agenda, tables
from . import headers as found
from .blocks import Unit, has_colon
from .content import bare_label, label_value, read_talk
from .headers import Header
from .labels import Labels
from .names import key, split_names


@dataclass(slots=True)
class Found:
    """Talks in document order, with the clock times agenda lines gave them."""

    talks: list[Talk] = field(default_factory=list)
    times: list[tuple[Talk, dt.time | None, dt.time | None]] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)
    #: unit indices inside a talk (facts are not read there)
    inside: set[int] = field(default_factory=set)
    regions: list[str] = field(default_factory=list)


def find_talks(units: list[Unit], labels: Labels, known: Collection[str]) -> Found:
    """Every talk (and agenda break) of the body ``units``."""
    result = Found(regions=_regions(units, labels))
    heads = _headers(units, labels, known, result.regions, result.consumed)
    _set_stops(heads, units, labels, result.regions)
    heads += _segments(units, labels, known, heads, result.regions)
    heads.sort(key=lambda head: head.index)
    agenda.fill_ends(heads)
    pairs = [
        (read_talk(head, units, labels, known, result.consumed, result.inside), head)
        for head in heads
    ]
    pairs = [pair for pair in pairs if _keep(pair, units, result)]
    pairs = agenda.merge(pairs)
    for talk, head in pairs:
        agenda.classify(talk, head, labels)
    for talk, head in agenda.in_time_order(pairs):
        result.talks.append(talk)
        if head.start is not None:
            result.times.append((talk, head.start, head.end))
    return result


def _regions(units: list[Unit], labels: Labels) -> list[str]:
    """Per unit: ``talks``/``event``/``neutral``/``other`` section, ``talk`` (a heading
    that starts a talk) or ``inside`` (what is under such a heading)."""
    regions: list[str] = []
    stack: list[tuple[int, str]] = []
    for index, unit in enumerate(units):
        if unit.kind != "heading":
            regions.append(stack[-1][1] if stack else "neutral")
            continue
        level = unit.block.level
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else "neutral"
        kind = _section_kind(unit.text, labels)
        if kind is None:
            if parent in {"talks", "inside"}:
                kind = "talk" if parent == "talks" else "inside"
            elif _speaker_follows(units, index, labels):
                kind = "talk"
            else:
                kind = parent
        stack.append((level, "inside" if kind == "talk" else kind))
        regions.append(kind)
    return regions


def _section_kind(text: str, labels: Labels) -> str | None:
    """What a heading's own words make its section: about the event, no talks, talks."""
    if labels.heading("event_section").search(text):
        return "event"
    if labels.heading("not_talks_section").search(text):
        return "other"
    if labels.heading("talks_section").search(text):
        return "talks"
    return None


def _speaker_follows(units: list[Unit], index: int, labels: Labels) -> bool:
    """Whether a speaker (or host) line comes before the next heading."""
    for unit in units[index + 1 :]:
        if unit.kind == "heading":
            return False
        value = label_value(unit, labels, "speaker") or label_value(unit, labels, "host")
        if value or (bare_label(unit, labels, "speaker") and not unit.alone):
            return True
    return False


def _headers(
    units: list[Unit],
    labels: Labels,
    known: Collection[str],
    regions: list[str],
    consumed: set[int],
) -> list[Header]:
    heads: list[Header] = []
    loose_items: list[Header] = []
    table_end = 0
    for index, unit in enumerate(units):
        region = regions[index]
        if index < table_end:
            continue
        if region not in {"other", "inside"} and tables.table_cells(unit.source) is not None:
            rows, table_end, header_lines = tables.table_rows(units, index, known, labels)
            heads += rows
            if rows:
                consumed.update(header_lines)
            continue
        if unit.kind == "heading":
            if region == "talk":
                heads.append(found.heading(unit, index, known))
            continue
        if region in {"other", "inside"}:
            continue
        head = _line_header(unit, index, labels, known, in_talks=region == "talks")
        if head is None:
            continue
        if head.style == "line" and unit.kind == "item" and region != "talks":
            loose_items.append(head)
        heads.append(head)
    if len(loose_items) == 1:  # one "- 名：标题" item alone is more likely a fact line
        heads.remove(loose_items[0])
    found.consistent_brackets([head for head in heads if head.style == "line"])
    return heads


def _line_header(
    unit: Unit, index: int, labels: Labels, known: Collection[str], *, in_talks: bool
) -> Header | None:
    head = found.timed(unit, index, known, labels) or found.numbered(unit, index, known, labels)
    if head is not None or not unit.first:
        return head
    if unit.bold or unit.kind == "item":
        head = found.who_colon(unit, index, known, labels, strict=True)
    elif unit.alone:
        head = found.who_colon(unit, index, known, labels, strict=True)
        if head is not None and not all(key(n.name) in known for n in head.names):
            head = None
    alone = (unit.kind == "paragraph" and unit.alone) or (unit.kind == "item" and in_talks)
    facts = ("time", "venue", "host")
    if head is None and alone and not any(labels.fact(r).match(unit.text) for r in facts):
        head = found.title_line(unit, index, known, in_talks=in_talks)
    if head is not None and unit.kind == "item":
        head.own_only = True
    return head


def _is_boundary(unit: Unit, labels: Labels) -> bool:
    """A heading, or a line that is only a section word (``Program:``, ``Talks``)."""
    if unit.kind == "heading":
        return True
    return unit.alone and any(
        labels.only(role).match(unit.text)
        for role in ("talks_section", "not_talks_section", "event_section")
    )


def _set_stops(
    heads: list[Header], units: list[Unit], labels: Labels, regions: list[str]
) -> None:
    starts = sorted(head.index for head in heads)
    for head in heads:
        after = bisect.bisect_right(starts, head.index)
        limit = starts[after] if after < len(starts) else len(units)
        if head.own_only or head.kind in {"placeholder"} or _agenda_break(head, labels):
            head.own_only = True
            stop = head.index + 1
            while stop < limit and units[stop].block is units[head.index].block:
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
    speakers = sorted(i for i in free if label_value(units[i], labels, "speaker"))
    if not speakers:
        return []
    segments: list[Header] = []
    before = _title_before(units, free, speakers[0], labels, taken) is not None
    for number, speaker in enumerate(speakers):
        if before:
            title = _title_before(units, free, speaker, labels, taken)
            head = Header(title if title is not None else speaker, "segment", stop=speaker + 1)
            if title is not None:
                head.title = found.tidy_title(units[title].text)
        else:
            value = label_value(units[speaker], labels, "speaker") or ""
            stop = speakers[number + 1] if number + 1 < len(speakers) else len(units)
            stop = next(
                (i for i in range(speaker + 1, stop) if _is_boundary(units[i], labels)), stop
            )
            head = Header(speaker, "segment", names=split_names(value, known), stop=stop)
        segments.append(head)
        taken.update(range(head.index, head.stop))
    return segments


def _title_before(
    units: list[Unit], free: set[int], speaker: int, labels: Labels, taken: set[int]
) -> int | None:
    """The first title-like free line between the last boundary and ``speaker``."""
    candidates: list[int] = []
    for index in range(speaker - 1, -1, -1):
        unit = units[index]
        if index in taken or _is_boundary(unit, labels):
            break
        if index in free and found.title_like(unit) and not _is_fact(unit, labels):
            candidates.append(index)
    return candidates[-1] if candidates else None


def _is_fact(unit: Unit, labels: Labels) -> bool:
    return has_colon(unit.text) and any(
        labels.fact(role).match(unit.text)
        for role in ("speaker", "host", "time", "venue", "replay", "slides", "affiliation")
    )


def _keep(pair: tuple[Talk, Header], units: list[Unit], result: Found) -> bool:
    """A heading that only names a person (a speaker's card) is a talk only if a title
    line follows; otherwise its section goes back to the text."""
    talk, head = pair
    if head.kind != "person" or talk.title:
        return True
    for index in range(head.index, head.stop):
        result.consumed.discard(units[index].line)
        result.inside.discard(index)
    return False


