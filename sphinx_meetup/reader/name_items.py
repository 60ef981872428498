"""A list whose items each say ``名 - 标题`` / ``名，标题`` / ``名：标题``: a programme.

An agenda is often a plain list of speaker-led items, the separator being a spaced
dash, a comma or a colon (``- 名 - 标题``, ``- 名，标题``, ``- 名：Title``), on the
same list sometimes two of them. One such item alone is no evidence (``- 时间：…`` is a
fact, ``- 张三，你好`` a sentence), so the shape is read per list, never per line:

* at least three items of the list open with a full name (a surname-led Chinese name,
  or a name the front matter knows) before one of the separators, and such items are
  most of the list's items;
* then a sibling item of the same separator whose name part is one word the page's
  siblings put in the same slot - a handle (``MaskRay``) or a nickname (``小马哥``) -
  is read the same way (the repeated shape stands for a speaker label), unless the
  word reads as a label, an organisation or a role.

Items that fit no shape (an open slot, ``闪电演讲（现场报名）``) stay as written.
Items another rule already read are left to it (they count as siblings). Pure:
headers in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import SENTENCE_BREAK, Unit
from .confidence import SIBLING_SLOT, speaker_doubt
from .given_names import vouched_for
from .headers import Header, tidy_title
from .labels import Labels
from .names import (
    describes_someone,
    is_cjk,
    is_organisation,
    key,
    looks_like_name,
    parse_name,
    split_names,
)
from .patterns import LazyPattern
from .slots import first_clause, is_role

#: ``名 - 标题`` / ``名，标题`` / ``名：标题`` (the name short, holding no separator)
_LED = LazyPattern(
    r"^(?P<who>[^\s：:，,\-–—（()）《》\[\]][^：:，,（()）《》\[\]]{0,30}?"
    r"(?:\s*+[（(][^（()）\n]{1,60}[)）])?)"
    r"(?P<sep>\s+[-–—]\s+|\s*[：:，,]\s*)(?P<title>\S.*)$"
)
#: what joins two people in one slot (``名、名``, ``A & B``, ``名/名``)
_JOINER = LazyPattern(r"[、/&＆和\s]")
#: a clause break: a title of one clause, a bio of several
_CLAUSE = LazyPattern(r"[，、；;]")
#: ``标题（带上电脑，大家可以跟着做）``: a closing bracket that speaks to the audience is a
#: remark for attendees, not part of the title
_REMARK = LazyPattern(r"\s*+（(?P<inner>[^（）]{8,80})）$")
_TO_THE_AUDIENCE = LazyPattern(r"大家|您|你们|请|欢迎|可以")
#: full-name items of a list needed before its one-word siblings are read alike
_MIN_NAMED = 3
#: ... and of a list under a heading that names talks (``## Talks``): two, the heading
#: saying what the list holds
_MIN_IN_TALKS = 2
#: a title is not a link, an address or an e-mail (``- 社区博客： https://…``)
_NOT_TITLE = LazyPattern(r"(?=[hw@\d])(?:https?:|www\.|@|^\d[\d\s-]*$)")


def _separator(sep: str) -> str:
    sep = sep.strip()
    return {"：": ":", "，": ","}.get(sep, sep) if sep not in "-–—" else "-"


def list_runs(
    units: list[Unit], regions: list[str], minimum: int = _MIN_NAMED
) -> list[list[int]]:
    """The top-level items of each list (a run of item lines) of ``minimum`` items or
    more, by unit index, outside sections that hold no talks; an item's own lines and
    nested items stay inside it. Then the lines of each paragraph of ``minimum`` lines
    or more, one line an entry: a list written without its bullets, one entry a line
    (``Title (Ann Example)`` under ``Topics:``) - read by the same rules as a list,
    which want the shape repeated."""
    lists, paragraphs = _runs(units, regions)
    return [list(top) for length, top in lists if length >= minimum and len(top) >= minimum] + [
        list(run) for run in paragraphs if len(run) >= minimum]


def _runs(
    units: list[Unit], regions: list[str]
) -> tuple[list[tuple[int, list[int]]], list[list[int]]]:
    """Every list of the page (its length in item lines, its top-level items outside
    sections without talks) and every paragraph outside them (its lines), whatever
    their length: four readers ask for them in turn, each with its own least length, so
    they are found once a page (:data:`_RUNS_OF`, while the units and regions are the
    same)."""
    if (_RUNS_OF and _RUNS_OF[0] is units and _RUNS_OF[1] == len(units)
            and _RUNS_OF[2] == regions):
        return _RUNS_OF[3]
    found = find_runs(units, regions)
    _RUNS_OF[:] = [units, len(units), list(regions), found]
    return found


def find_runs(
    units: list[Unit], regions: list[str]
) -> tuple[list[tuple[int, list[int]]], list[list[int]]]:
    """The lists and paragraphs of :func:`_runs`, found afresh."""
    lists: list[tuple[int, list[int]]] = []
    at = [index for index, unit in enumerate(units) if unit.kind == "item"]
    start = 0
    for end in range(1, len(at) + 1):
        if end < len(at) and at[end] == at[end - 1] + 1:
            continue
        for run in _by_marker(units, at[start:end]):
            top = top_items(units, run, regions)
            numbered = next((number for number in range(len(lists) - 1, -1, -1)
                             if lists[number][1]
                             and units[lists[number][1][-1]].block.number is not None), None)
            if top and numbered is not None and all(
                    units[items[-1]].block.number is None for _, items in lists[numbered + 1:]
                    if items) and _numbered_on(units, lists[numbered][1][-1], top[0]):
                # (a bullet list inside a numbered item's text, flush left, stays a list
                # of its own between the numbered list's parts)
                length, before = lists[numbered]
                lists[numbered] = (length + len(run), before + top)
                continue
            lists.append((len(run), top))
        start = end
    paragraphs: list[list[int]] = []
    index = 0
    while index < len(units):
        block = units[index].block
        end = index
        while end < len(units) and units[end].block is block:
            end += 1
        if block.kind == "paragraph" and not any(
                regions[i] in {"other", "inside"} for i in range(index, end)):
            paragraphs.append(list(range(index, end)))
        index = end
    return lists, paragraphs


def _by_marker(units: list[Unit], run: list[int]) -> list[list[int]]:
    """A run of item lines cut where its outermost items change from numbered to bulleted
    or back (``1) Title`` then ``- Why?`` flush left: Markdown starts another list)."""
    if not any(units[index].block.number is not None for index in run):
        return [run]
    level = min(units[index].block.level for index in run)
    parts: list[list[int]] = [[]]
    last: bool | None = None
    for index in run:
        block = units[index].block
        if units[index].first and not block.continued and block.level == level:
            numbered = block.number is not None
            if last is not None and numbered != last and parts[-1]:
                parts.append([])
            last = numbered
        parts[-1].append(index)
    return parts


def _numbered_on(units: list[Unit], last: int, first: int) -> bool:
    """``1) Ann Example - Title``, its abstract flush left, then ``2) Bo Sample - Title``:
    one numbered list the paragraphs broke (its numbers go on, no heading between), not
    two lists of one item."""
    before, after = units[last].block, units[first].block
    return (before.number is not None and after.number == before.number + 1
            and before.level == after.level
            and not any(unit.kind == "heading" for unit in units[last:first]))


def top_items(units: list[Unit], run: list[int], regions: list[str]) -> list[int]:
    """The items of a run of item lines that open an item of the list itself: at its
    outermost level, no item's later paragraph (:attr:`~.blocks.Block.continued`) or
    wrapped line, outside sections that hold no talks."""
    level = min(units[index].block.level for index in run)
    return [index for index in run if units[index].first
            and not units[index].block.continued
            and units[index].block.level == level
            and regions[index] not in {"other", "inside"}]


#: the last page's units, their count, its regions and their runs (read, never changed)
_RUNS_OF: list = []


def unread_lists(
    units: list[Unit], heads: list[Header], regions: list[str], minimum: int = _MIN_NAMED
) -> list[list[int]]:
    """The lists of :func:`list_runs` none of whose items another rule has read (a
    list read in part keeps that reading)."""
    read_at = {head.index for head in heads}
    return [items for items in list_runs(units, regions, minimum)
            if not any(index in read_at for index in items)]


def read(
    units: list[Unit], heads: list[Header], regions: list[str], known: Collection[str],
    labels: Labels,
) -> list[Header]:
    """Headers for the unread items of lists that read as ``名 SEP 标题`` programmes."""
    lists = list_runs(units, regions, _MIN_IN_TALKS)
    if not lists:
        return []
    read_at = {head.index: head for head in heads}
    added: list[Header] = []
    for items in lists:
        # under a heading that names talks the heading is evidence too: two items do
        needed = _MIN_IN_TALKS if all(regions[i] == "talks" for i in items) else _MIN_NAMED
        if len(items) < needed or all(index in read_at for index in items):
            continue  # read already by another rule
        if _under_bio_label(units, items[0], labels):
            continue
        parsed: dict[int, tuple[str, str, str]] = {}
        for index in items:
            match = _LED.match(units[index].text)
            if match and not _NOT_TITLE.search(match["title"]):
                parsed[index] = (match["who"].strip(), _separator(match["sep"]),
                                 match["title"])
        if len(parsed) < needed or 2 * len(parsed) <= len(items):
            continue  # (the full names are among the parsed items: no need to look)
        latin = a_latin_programme(units, items)
        full = {index for index, (who, sep, title) in parsed.items()
                if index not in read_at and not _bio(title) and (
                    _full_name(who, known, labels) or (latin and _dashed_in_talks(
                        who, sep, title, regions[index], known, labels)))}
        # items another rule read as ``名：标题`` are siblings of the same shape
        full |= {index for index in items if index in read_at and read_at[index].names
                 and index in parsed}
        if len(full) < needed or 2 * len(full) <= len(items):
            continue
        seps = {parsed[index][1] for index in full}
        for index in items:
            if index in read_at or index not in parsed:
                continue
            who, sep, title = parsed[index]
            if sep not in seps:
                continue
            if index in full:
                names = split_names(who, known)
                shape = "a full name"
            elif _one_word(who, known, labels) and not _bio(title):
                names = split_names(who, known)
                shape = "one word in the name slot"
            else:
                continue
            title = tidy_title(_without_remark(_before_prose(title) if latin else title))
            if not names or not title:
                continue
            why = (f"line {units[index].line}: on the talk's own line, before the separator "
                   f"({shape}); {SIBLING_SLOT} ({len(full)} of {len(items)} items)")
            added.append(Header(index, "line", title=title, own_only=True,
                                slot=(index, names, why)))
    return added


def _bio(title: str) -> bool:
    """``机构会长、本科生，曾在…`` / ``示例公司技术专家``: what the person is (in clauses or
    alone) - no talk's title; nor is a second person (``- 张三，李四``: a pair of names)."""
    if "《" in title:
        return False
    if len(title) <= 4 and not title.isascii() and looks_like_name(title, strict=True):
        return True
    return is_role(first_clause(title)) if _CLAUSE.search(title) else is_role(title)


def _under_bio_label(units: list[Unit], first: int, labels: Labels) -> bool:
    """The list follows a ``讲者简介：`` / ``About the speakers`` line: its items say who
    the people are, not what they talk about."""
    if first == 0:
        return False
    above = units[first - 1]
    return above.kind != "item" and bool(labels.only("speaker_intro").match(above.text))


def _without_remark(title: str) -> str:
    remark = _REMARK.search(title)
    if remark and remark.start() > 0 and _TO_THE_AUDIENCE.search(remark["inner"]):
        return title[: remark.start()]
    return title


def _full_name(who: str, known: Collection[str], labels: Labels) -> bool:
    if who.isascii() and key(who) not in known:
        return False  # (a Latin full name needs the front matter: ``Meeting ID``)
    if not _JOINER.search(who):  # one person (most items): no need to split
        return (key(who) in known or looks_like_name(who, known, strict=True)) and (
            speaker_doubt(who, labels, known) is None)
    names = split_names(who, known)
    return bool(names) and all(
        (key(name.name) in known or (looks_like_name(name.name, known, strict=True)
                                     and not name.name.isascii()))
        and speaker_doubt(name.name, labels, known) is None
        for name in names
    )


def _before_prose(title: str) -> str:
    """``Go Beach!  The campus has a new site. Ann will show how.``: a title of two words
    or more, then sentences about it - the title is the first sentence."""
    parts = SENTENCE_BREAK.split(title, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) >= 2 and SENTENCE_BREAK.search(parts[1]):
        return parts[0]
    return title


def a_latin_programme(units: list[Unit], items: list[int]) -> bool:
    """A list in Latin script whose items differ: not a template's placeholders (``-
    Presenter Name - TITLE``, three times), not one talk given twice in two scripts."""
    texts = [units[index].text for index in items]
    return len(set(texts)) == len(texts) and not any(_HAN_OR_KANA.search(text) for text in texts)


#: Chinese or Japanese characters
_HAN_OR_KANA = LazyPattern(r"[\u3040-\u30ff\u3400-\u9fff]")


def _dashed_in_talks(
    who: str, sep: str, title: str, region: str, known: Collection[str], labels: Labels
) -> bool:
    """``* Ann Example - Parsing with care`` in a list under a talks heading (or a line
    announcing talks): a Latin full name before a spaced dash - where the talks section
    says what the list is - unless the rest reads as a name too (``Eclipse RAP - Ann
    Example``: which side is the person is then anyone's guess), and name knowledge does
    not settle it (``Ann Example - Scaling Postgres``: a known given name leads one side
    only)."""
    name = parse_name(who).name  # (``Ann Example (Acme)``, ``Ann Example 🎤``: the name)
    return (region == "talks" and sep == "-" and not is_cjk(name) and len(name.split()) >= 2
            and looks_like_name(name, known, strict=True)
            and speaker_doubt(name, labels, known) is None
            and not (looks_like_name(title.strip(), known, strict=False) and (
                vouched_for(title.strip(), known) or not vouched_for(name, known))))


def _one_word(who: str, known: Collection[str], labels: Labels) -> bool:
    """A handle or nickname: one word, no organisation or role, no label."""
    if len(who.split()) != 1 or len(who) > 20:
        return False
    if is_organisation(who) or describes_someone(who):
        return False
    return looks_like_name(who, known, strict=False) and speaker_doubt(
        who, labels, known, labelled=True) is None

