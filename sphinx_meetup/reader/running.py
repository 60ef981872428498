"""Running orders of recaps: ``### ~ 15:13 名(城市) 标题`` entries, one per slot of the day.

A recap often retells the day as headings that start with the clock time a slot began
or ended at (``~ 15:13``: "until 15:13"), then who spoke and what about, with the
photos and the notes of the slot below. Some authors leave out the space after the
hashes (``###~ 11:27   名  标题``): CommonMark reads a paragraph there, the Jekyll
Markdown the pages were written for reads a heading - so a paragraph's first line that
opens with two or more hashes and then the clock counts as such an entry too.

Who speaks is read only with evidence: a surname-led Chinese name (``赖某某``,
``刘老师``), a word with a bracket right after it (``Jeff(广州)``: a person and where
they come from), a word set apart from the title by a column of spaces (``Martin  从…``),
a name the page knows - or, when two or more siblings show one of those, a short
Chinese word in the same place (the organiser's own nickname). An entry that names no
one in a running order whose entries name their speakers is a programme item (the
host's slot, a screening, a photo), never a talk; so is one that names a person and
no title. Breaks (sign-in, lunch) stay breaks.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import Unit
from .confidence import SPEAKER_COLUMN
from .dates import find_times
from .headers import Header, tidy_title
from .labels import Labels
from .names import Name, key, looks_like_name, parse_name
from .patterns import LazyPattern

#: ``### ~ 15:13 rest`` / ``###~ 10:00   rest`` / ``### 08:45 - 09:30   rest``
_ENTRY = LazyPattern(
    r"^(?P<hashes>#{2,6})?\s*+[~～]?\s*+"
    r"(?P<times>(?:[01]?\d|2[0-3])[:：][0-5]\d(?:\s*+[-–~～〜]\s*+(?:[01]?\d|2[0-3])[:：][0-5]\d)?)"
    r"(?P<gap>\s++)(?P<rest>\S.*)$"
)
#: the first word of an entry and what follows it, with the spaces between them
_FIRST = LazyPattern(r"^(?P<who>\S+)(?P<gap>\s*+)(?P<title>.*)$")
#: ``Jeff(广州)``: one word and a bracket glued to it
_BRACKETED = LazyPattern(r"^(?P<name>[^\s()（）]{1,20})[（(](?P<inner>[^()（）]{1,20})[)）]$")
_LATIN_WORD = LazyPattern(r"^[A-Za-z][\w.\-]{1,24}$")
_CJK_WORD = LazyPattern(r"^[\u3400-\u9fff]{2,3}$")  # a CJK class: compiled at first use
#: a column of spaces between the name and the title
_COLUMN = 2
#: at least this many entries make a running order, and this many named by evidence
#: let a short Chinese word in the name's place be read as one
_MIN_ENTRIES = 3
_MIN_NAMED = 2
#: punctuation inside the first word: a phrase (``社交时间,``), never a name
_PUNCTUATION = LazyPattern(r"[,，、;；:：!！?？。]")


def entries(units: list[Unit], labels: Labels, known: Collection[str]) -> list[Header]:
    """The entries of the page's running order (headers whose ``kind`` says talk or
    break), or ``[]`` when the page has none (fewer than three entries)."""
    found: list[tuple[int, re.Match[str]]] = []
    for index, unit in enumerate(units):
        if unit.kind == "heading":
            match = _ENTRY.match(unit.text)
        elif unit.kind == "paragraph" and unit.first and unit.source.startswith("##"):
            match = _ENTRY.match(unit.source)
            if match is not None and not match["hashes"]:
                match = None
        else:
            continue
        if match is not None:
            found.append((index, match))
    if len(found) < _MIN_ENTRIES:
        return []
    read = [(index, match, _who(match["rest"], known)) for index, match in found]
    named = sum(1 for _, _, (names, title, _) in read if names and title)
    shaped = any(strong for _, _, (_, _, strong) in read)
    if named < _MIN_NAMED or not shaped:
        # a schedule that names (almost) no one, or names only by a surname-led word
        # (``### 14:00 高可用 架构实践``): the schedule readers decide
        return []
    heads = []
    for index, match, (names, title, _) in read:
        start, end = find_times(match["times"])
        header = Header(index, "running", start=start, end=end)
        rest = match["rest"].strip()
        if not names and (guess := _short_word(rest)) is not None:
            names, title = guess  # the organiser's nickname, where its siblings name people
        if names and title and not _is_break(title, labels):
            header.title = tidy_title(title)
            header.slot = (index, names, f"line {units[index].line}: {SPEAKER_COLUMN}, "
                           f"as {named} of its {len(read)} entries name their speakers")
        else:  # a break, the host's slot, a screening: an entry of the day, no talk
            header.title, header.kind = tidy_title(rest), "break"
        heads.append(header)
    return heads


def spans(units: list[Unit], heads: list[Header]) -> list[tuple[int, int]]:
    """Per entry, the unit indices it holds: to the next entry, or to a heading of its
    level or above (a paragraph entry's level is its count of hashes)."""
    out = []
    for number, head in enumerate(heads):
        level = _level(units[head.index])
        stop = heads[number + 1].index if number + 1 < len(heads) else len(units)
        for at in range(head.index + 1, stop):
            if units[at].kind == "heading" and units[at].block.level <= level:
                stop = at
                break
        out.append((head.index, stop))
    return out


def _level(unit: Unit) -> int:
    if unit.kind == "heading":
        return unit.block.level
    return len(unit.source) - len(unit.source.lstrip("#"))


def _who(rest: str, known: Collection[str]) -> tuple[list[Name], str, bool]:
    """(people, title, whether the shape alone shows a person) of an entry's text:
    people only where its shape shows one (a surname-led word shows one only beside
    siblings that have a bracket, a column of spaces or a known name)."""
    match = _FIRST.match(rest.strip())
    if match is None:
        return [], rest, False
    who, gap, title = match["who"], match["gap"], match["title"].strip()
    if _PUNCTUATION.search(who) or not title:  # no title: the host's slot, a break
        return [], rest, False
    bracket = _BRACKETED.match(who)
    if bracket and (_LATIN_WORD.match(bracket["name"]) or _CJK_WORD.match(bracket["name"])):
        name = parse_name(bracket["name"])
        return [Name(name.name, affiliation=bracket["inner"])], title, True
    if known and key(who) in known:
        return [parse_name(who)], title, True
    if len(gap) >= _COLUMN and (_LATIN_WORD.match(who) or _CJK_WORD.match(who)):
        return [parse_name(who)], title, True  # ``Martin  从…``: a column of spaces
    if _CJK_WORD.match(who) and looks_like_name(who):
        return [parse_name(who)], title, False
    return [], rest, False


def _short_word(rest: str) -> tuple[list[Name], str] | None:
    """``大妈 再谈…``: a two- or three-character Chinese word, a space, a title - read
    as the speaker only where sibling entries name theirs by evidence."""
    match = _FIRST.match(rest.strip())
    if match is None or not match["title"].strip() or not _CJK_WORD.match(match["who"]):
        return None
    return [parse_name(match["who"])], match["title"].strip()


def _is_break(title: str, labels: Labels) -> bool:
    from .agenda import is_break_title, is_remarks

    return is_break_title(title, labels) or is_remarks(title, labels)
