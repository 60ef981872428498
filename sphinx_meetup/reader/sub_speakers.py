"""A list of plain titles, each with its speaker one level deeper.

Recaps and agendas often write a programme as a list whose items are bare titles, the
speaker being the first item nested under each (``- Title`` / ``  - Ann Example - 10
min``, ``- 标题`` / ``  + 名, 职位``). A bare line says nothing about itself, so the
evidence is the nested line and the list:

* the nested item is a speaker slot: a person and what they do (``名，职位`` /
  ``Name, Role at Org``, also after a ``~``), a full name and a duration
  (``Ann Example - 10 min``, ``Ann Example (15 min)``), or a full name alone that a
  known given name leads (``Ann Example``) or the front matter lists;
* at least two items of one list have such a slot (one alone may be a sponsor or a
  host); with three, a sibling whose slot is one capitalised word and a duration
  (``Ann - 10 min``) is read alike, unless the word names everybody or nobody
  (``Everyone - 10 min``); the titled item is no label (``闪电演讲:``), no sentence and no name the
  front matter gives;
* the titled item is plain text: a bold or linked one is :mod:`.nested`'s (read in a
  talks section only); and it names no group of people (``Core team``, ``Advisors``,
  ``Speakers``, ``主持人``: a list of who is who, not a programme);
* an item titled ``About …`` presents the group or the event: it stays in the
  agenda as an opening segment, not a talk.

Entries already read by another rule are left to it. Pure: headers in, headers out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import Unit
from .confidence import SIBLING_SLOT
from .fields import NOBODY
from .given_names import vouched_for
from .headers import Header, tidy_title
from .labels import Labels
from .names import Name, clean, describes_someone, is_organisation, key, looks_like_name
from .patterns import LazyPattern
from .slots import slot_names

#: a full name, then how long they speak: ``Name - 10 min`` / ``Name (10 min)``
_TIMED_PERSON = LazyPattern(
    r"^(?P<name>[^\d,，(（\-–—~]{2,60}?)\s*+(?:[-–—,，~]\s*+)?[(（]?\s*+\d{1,3}\s*+"
    r"(?:min|mins|minutes|minutos|minuten|minuti|分钟|分)\.?\s*+[)）]?$",
    re.IGNORECASE,
)
#: ``名 ~ 职位``: a tilde between the name and the role, read as a comma
_TILDE = LazyPattern(r"\s*+[~～]\s*+")
#: what ends a label or a sentence: such an item is no title
_NOT_TITLE_END = (":", "：", ".", "。", "!", "！", "?", "？", ";", "；", ",", "，")
#: an item that presents the group or the event (``About Example Group``)
_ABOUT = LazyPattern(r"^(?:about|à propos|über|acerca de|sobre|关于)\b\s*", re.IGNORECASE)
#: words naming a group of people (a who's who, not a programme)
_GROUP = LazyPattern(
    r"(?i)\b(?:team|crew|staff|advisors?|advisers?|committee|board|organi[sz]ers?|members?|"
    r"volunteers?|mentors?|sponsors?|partners?|hosts?|speakers?|judges?|jury)\s*$|"
    r"(?:团队|顾问|委员会|组委会|志愿者|导师|嘉宾|讲师|主持人|成员|赞助)$"
)
#: a title is one short line
_TITLE_LINE = 150
#: a slot is one short line
_SLOT_LINE = 160
#: items of one list with a nested speaker slot needed before any is read
_MIN_SIBLINGS = 2
#: full-name slots of one list needed before a one-word sibling is read alike
_MIN_FOR_ONE_WORD = 3
#: one capitalised word: a given name or a handle
_ONE_WORD = LazyPattern(r"^[A-Z][^\W\d_]{2,20}$")
WHY = "nested under the title, as in {count} sibling items of the list"


def read(
    heads: list[Header], units: list[Unit], known: Collection[str], regions: list[str],
    labels: Labels,
) -> list[Header]:
    """``heads`` plus the titled items of lists whose items carry their speaker one
    level deeper; a nested slot item that another rule read as a talk is dropped."""
    taken = {head.index for head in heads}
    found: list[tuple[int, int, list[Name]]] = []
    lone: set[int] = set()  # slots of one word, read by their siblings' shape
    for items in _lists(units, regions):
        entries, one_word = [], []
        for index in items:
            child = index + 1
            if child >= len(units) or not _is_child(units[index], units[child]):
                continue
            if index in taken or not _titled(units[index], known, labels):
                continue
            people = _slot(units[child].text, known)
            if people:
                entries.append((index, child, people))
            elif (word := _one_word_slot(units[child].text)) is not None:
                one_word.append((index, child, [Name(word)]))
                lone.add(child)
        if len(entries) >= _MIN_FOR_ONE_WORD:
            entries = sorted(entries + one_word)
        if len(entries) >= _MIN_SIBLINGS:
            found += entries
    if not found:
        return heads
    slots = {child for _, child, _ in found}
    kept = [head for head in heads if head.index not in slots]
    for index, child, people in found:
        unit = units[index]
        title = tidy_title(unit.text)
        head = Header(index, "sub_speaker", title=title)
        if _ABOUT.match(title):
            head.kind = "break"
        else:
            why = f"line {units[child].line}: speaker slot " + WHY.format(count=len(found))
            if child in lone:
                why += f" ({SIBLING_SLOT})"
            head.slot = (child, people, why)
        kept.append(head)
    return kept


def _lists(units: list[Unit], regions: list[str]) -> list[list[int]]:
    """The top-level items of each run of list lines, outside sections that hold no
    talks (an item's wrapped lines and nested items stay inside it)."""
    found: list[list[int]] = []
    run: list[int] = []
    for index, unit in enumerate([*units, None]):
        if unit is not None and unit.kind == "item":
            run.append(index)
            continue
        if len(run) > _MIN_SIBLINGS:
            level = min(units[at].block.level for at in run)
            top = [at for at in run if units[at].first and units[at].block.level == level
                   and regions[at] not in {"other", "inside"}]
            if len(top) >= _MIN_SIBLINGS:
                found.append(top)
        run = []
    return found


def _is_child(parent: Unit, child: Unit) -> bool:
    """``child`` is the first item nested right under ``parent``, a line of its own."""
    return (parent.alone and child.kind == "item" and child.first and child.alone
            and child.block.level == parent.block.level + 1)


def _titled(unit: Unit, known: Collection[str], labels: Labels) -> bool:
    """A bare title: short, one clause, not a label, a link address or a name the page
    knows (two capitalised words, ``Power Tools``, may be a title or a name, and a
    title may hold an employer's word: the nested slot decides)."""
    raw = unit.text.strip()
    text = clean(raw)
    if unit.bold or unit.block.links or not text or len(text) > _TITLE_LINE:
        return False
    if raw.endswith(_NOT_TITLE_END) or _people_word(text, labels):
        return False
    if "http" in text or "：" in text or (": " in text and len(text.split(": ", 1)[0]) < 6):
        return False
    return not any(key(text) == key(name) for name in known)


def _slot(text: str, known: Collection[str]) -> list[Name]:
    """The people of a nested speaker slot, or ``[]``."""
    text = clean(text)
    if not text or len(text) > _SLOT_LINE:
        return []
    timed = _TIMED_PERSON.match(text)
    if timed is not None:
        name = timed["name"].strip()
        return [Name(name)] if looks_like_name(name, known, strict=True) else []
    text = _TILDE.sub(", ", text, count=1)
    people = slot_names(text, known)
    if people:
        return people
    # ``名, 硬件极客、个人开发者``: one person whose role lists what they do (the slot
    # reader takes a ``、`` for a second person, whose part names no one)
    name, comma, role = text.partition(", ")
    if comma and looks_like_name(name, known, strict=True) and describes_someone(role):
        return [Name(name, affiliation=role)]
    # ``Ann Example`` alone: a full name led by a given name the reader knows (or a
    # front-matter person) - the person, nothing said of them
    if vouched_for(text, known) and looks_like_name(text, known, strict=True) and (
            not is_organisation(text)):
        return [Name(text)]
    return []


def _one_word_slot(text: str) -> str | None:
    """``Ann - 10 min``: one capitalised word and a duration, not everybody or nobody."""
    timed = _TIMED_PERSON.match(clean(text))
    if timed is None:
        return None
    word = timed["name"].strip()
    if not _ONE_WORD.match(word) or word.casefold() in NOBODY:
        return None
    return word


def item_end(units: list[Unit], index: int, limit: int) -> int:
    """Past the last unit of the list item at ``index`` and the items nested under it:
    the talk is its title and its slot, never the sibling items after it."""
    level = units[index].block.level
    stop = index + 1
    while stop < limit and (units[stop].block is units[index].block or (
            units[stop].kind == "item" and units[stop].block.level > level)):
        stop += 1
    return stop


def _people_word(text: str, labels: Labels) -> bool:
    """``Core team``, ``Advisors``, ``主持人``: the item names a group of people."""
    return bool(_GROUP.search(text)) or bool(
        labels.any_role("only", ("speaker", "host", "speaker_intro")).match(text))
