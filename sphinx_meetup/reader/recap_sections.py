"""A recap's talks as sibling headings whose first paragraph says who gave them.

Recaps tell each talk under its own heading (``### 标题``) and name the speaker only in
the first sentence of its section: ``某公司研发工程师王五分享了…``, ``… Maintainer **李四**
介绍了…``, ``某公司 **Ann Example** 展示了…``. One such paragraph is prose; the shape
is evidence when the sibling headings share it: at least three headings of one level
under one parent, most of them, open their section with a person right before a verb of
giving a talk (分享 / 介绍 / 展示 / 讲解 / 带来 / 围绕), the person set apart by bold or
by the job they hold glued before them (a surname-led name, a double surname, a Latin
name; a one-word Latin name only in that slot). An opening remark under its own
section of another shape (``## 开场`` among ``## 交流环节``, ``## 结语``) is no sibling of
them, and ``在开场分享中提到`` puts words between the person and the verb: no talk.
Where the first paragraph names no one, two or more sibling headings - all of the
level - each holding one bio paragraph that opens with a person and what they do
(``唐某，某公司首席架构师，…``, ``Ann Example，某公司工程师…``) are talks by those people.
Pure: units in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from . import dates
from .blocks import Unit, opening_paragraph, sibling_headings
from .confidence import SIBLING_SLOT
from .headers import Header, tidy_title
from .names import Name, key, looks_like_name, parse_name
from .patterns import LazyPattern
from .slots import slot_names

#: the verbs that say the person gave the talk (``分享了``, ``介绍了``, ``围绕…展开分享``)
_VERB = r"(?:首次|重点|详细|深入|系统)?(?:分享|介绍|展示|讲解|带来|解读|阐述|围绕|演示|公开|发布)"
#: ``**名**`` right before the verb (a bracket after the name allowed)
_BOLD = LazyPattern(
    rf"\*\*(?P<name>[^*\n]{{2,30}}?)\*\*\s*+(?:[（(][^）)]{{0,30}}[）)]\s*+)?{_VERB}"
)
#: ``…工程师王五分享了`` / ``… Maintainer 李四介绍了`` / ``…工程师 James 介绍了``
_AFTER_JOB = LazyPattern(
    r"(?:工程师|架构师|专家|负责人|创始人|研究员|总监|经理|主管|研发|布道师|顾问|"
    r"Maintainer|Reviewer|Approver|Committer|CTO|CEO|PMC)\s*+"
    rf"(?P<name>[\u4e00-\u9fff]{{2,4}}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*+{_VERB}"
)
#: sibling headings that must share the shape
_MIN_SIBLINGS = 3
#: sibling headings that must each hold a bio paragraph (all of them)
_MIN_BIOS = 2
#: ``名，职位`` / ``Name Surname，职位``: a bio opens with the name and a comma
_BIO_OPENING = LazyPattern(r"^(?P<name>[^，,。]{2,24})[，,]")
#: the opening sentence is read, not the whole paragraph
_OPENING = 160


def read(units: list[Unit], known: Collection[str], taken: Collection[int]) -> dict[int, Header]:
    """Talk headers for sibling headings of the recap shape, by unit index."""
    headings = [index for index, unit in enumerate(units) if unit.kind == "heading"]
    if len(headings) < _MIN_BIOS:
        return {}
    groups = sibling_headings(units)
    heads: dict[int, Header] = {}
    for group in groups.values():
        if len(group) < _MIN_BIOS:
            continue
        found = _siblings(units, group, known, taken)
        if found is None:
            continue
        for index, (name, shape, line) in found.items():
            title = tidy_title(units[index].text)
            if not title:
                continue
            what = ("opening a bio paragraph of the section (名，职位…)" if shape.startswith(
                "opening") else f"{shape} before a verb of giving a talk opening the section")
            why = (f"line {line}: the person {what}; {SIBLING_SLOT} ({len(found)} sibling "
                   "headings)")
            heads[index] = Header(index, "heading", title=title, slot=(index, [name], why))
    return heads


def _siblings(
    units: list[Unit], group: list[int], known: Collection[str], taken: Collection[int]
) -> dict[int, tuple[Name, str, int]] | None:
    """The people of a group of sibling headings when the group has the recap shape.

    A heading that gives the day (``### Mercredi 13 juin de 19h à 22h``) is a fact of the
    event among the talks' headings, no sibling of theirs. Whether a heading gives one
    is asked only where it changes the answer (:func:`.dates.day_heading` is the costly
    question, and most groups hold no person at all): of every heading when three or
    more open with a person, else of each heading up to the first that holds no bio."""
    speakers = {index: person for index in group if index not in taken
                and (person := _speaker(units, index, known)) is not None}
    if len(speakers) >= _MIN_SIBLINGS:
        days = {index for index in group if dates.day_heading(units[index].text)}
        found = {index: person for index, person in speakers.items() if index not in days}
        if len(found) >= _MIN_SIBLINGS and 2 * len(found) > len(group) - len(days):
            return found
    # every sibling holds a bio paragraph ``名，职位…`` (two or more): the first without
    # one ends the search
    found = {}
    for index in group:
        person = None if index in taken else _bio(units, index, known)
        if dates.day_heading(units[index].text):
            continue
        if person is None:
            return None
        found[index] = person
    return found if len(found) >= _MIN_BIOS else None


def _speaker(units: list[Unit], index: int, known: Collection[str]) -> tuple[Name, str, int] | None:
    """The person the first paragraph under heading ``index`` opens by (images skipped)."""
    unit = opening_paragraph(units, index, within=3)
    if unit is None:
        return None
    source, text = unit.block.text[:_OPENING], unit.text[:_OPENING]
    match = _BOLD.search(source)
    shape = "in bold"
    if match is None:
        match = _AFTER_JOB.search(text)
        shape = "after their job"
    if match is None:
        return None
    name = parse_name(match["name"].strip())
    if not _person(name.name, known, after_job=shape != "in bold"):
        return None
    return name, shape, unit.line


def _bio(units: list[Unit], index: int, known: Collection[str]) -> tuple[Name, str, int] | None:
    """The person of the one paragraph of the section under heading ``index`` that opens
    with them and what they do (``名，某公司首席架构师，…``), named again in the section."""
    found = None
    first = True
    for at in range(index + 1, len(units)):
        unit = units[at]
        if unit.kind == "heading":
            break
        if not unit.text:
            continue
        if first:
            # a slot right under the heading is read as the talk's speaker slot already;
            # the bio is the one below the section's opening prose
            first = False
            opening = _BIO_OPENING.match(unit.text)
            if unit.kind != "paragraph" or (
                    opening and looks_like_name(opening["name"], known, strict=True)
                    and slot_names(unit.text[:_OPENING], known)):
                return None
            continue  # (``Le Big Data, c'est …``: prose opening like a name, no slot)
        if unit.kind != "paragraph" or not unit.first:
            continue
        opening = _BIO_OPENING.match(unit.text)
        if opening is None or not looks_like_name(opening["name"], known, strict=True):
            continue  # (the cheap test first: most paragraphs open otherwise)
        names = slot_names(unit.text[:_OPENING], known, bio=True)
        if len(names) != 1:
            continue
        if found is not None or not looks_like_name(names[0].name, known, strict=True):
            return None  # two bios: whose talk it is is a guess
        found = (names[0], "opening a bio paragraph", unit.line)
    return found


def _person(name: str, known: Collection[str], *, after_job: bool) -> bool:
    if key(name) in known or looks_like_name(name, known, strict=True):
        return True
    # ``工程师 James 介绍了``: one Latin word where the job's holder is named
    return after_job and name.isascii() and name.isalpha() and name[:1].isupper()
