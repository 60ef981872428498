"""``名《标题》`` / ``名（花名） 《标题》 [slides](…)``: a person, then the quoted title.

Chinese pages quote a talk's title in 《》 and put the speaker right before it, in a list
of the programme (``- 名(花名) 《标题》 [slides](url)``) or as the heading of each talk's
section (``## 名《标题》``). The quotation marks say which words are the title, the
person before them is strictly a name (surname-led, with a bracketed nickname or not, or
one the front matter lists), and nothing but link words (``slides``, ``PPT``, ``视频``)
may follow. One such line alone may be a bio citing a book (``名《书名》作者``), so the
shape counts when two sibling lines of the page share it (items of one list, or headings
of one level), or when the front matter lists the person. Pure: units in, headers out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import Unit
from .headers import Header, tidy_title
from .names import Name, key, looks_like_name, split_names
from .patterns import LazyPattern

#: the person (a bracketed nickname may follow, brackets mixed), then one quoted title
_NAME_QUOTED = LazyPattern(
    r"^(?P<who>[^\s《》「」:：，,。、\[\]()（）]{2,12}(?:\s*+[（(][^（）()《》]{1,12}[)）])?)"
    r"\s*+《(?P<title>[^《》]{2,100})》(?P<rest>.*)$"
)
#: what may follow the title: the words of the links to its slides or video
_LINK_WORDS = LazyPattern(
    r"^(?:[\s\[\]()（）|｜/、,，]*+(?:slides?|ppt|pdf|video|deck|视频|回放|幻灯片?|讲稿|演示文稿|下载))*"
    r"[\s\[\]()（）|｜/、,，]*$",
    re.IGNORECASE,
)
#: sibling lines of the shape needed when the front matter does not list the person
_MIN_SIBLINGS = 2


def quoting(units: list[Unit]) -> list[int]:
    """The indices of the units that hold an opening 《 (most pages have none)."""
    return [index for index, unit in enumerate(units) if "《" in unit.text]


def read(
    units: list[Unit], at: list[int], taken: Collection[int], known: Collection[str],
    regions: list[str] | None = None,
) -> dict[int, Header]:
    """Headers for the list items and headings that read as ``名《标题》``, by unit index
    (``at``: the units :func:`quoting` found; ``taken``: indices another rule read
    already). Without ``regions`` (before the sections are known), headings; with them,
    list items outside sections of no talks."""
    kind = "heading" if regions is None else "item"
    found: dict[tuple[str, int], list[tuple[int, Header]]] = {}
    for index in at:
        unit = units[index]
        if unit.kind != kind or index in taken or not unit.first:
            continue
        if regions is not None and regions[index] in {"other", "inside"}:
            continue
        head = _header(unit, index, known)
        if head is not None:
            found.setdefault((unit.kind, unit.block.level), []).append((index, head))
    return {
        index: head for group in found.values()
        if len(group) >= _MIN_SIBLINGS or _listed(group, known)
        for index, head in group
    }


def _listed(group: list[tuple[int, Header]], known: Collection[str]) -> bool:
    """Whether the front matter lists every person of ``group``."""
    return all(key(name.name) in known for _index, head in group
               for name in (head.slot[1] if head.slot else []))


def _header(unit: Unit, index: int, known: Collection[str]) -> Header | None:
    match = _NAME_QUOTED.match(unit.text)
    if match is None or not _LINK_WORDS.match(match["rest"]):
        return None
    names = split_names(match["who"], known)
    if len(names) != 1 or not _person(names[0], known):
        return None
    title = tidy_title(match["title"].replace("%20", " "))  # a URL's escaped space
    if not title:
        return None
    why = (f"line {unit.line}: the name before the quoted title 《…》 on the talk's own "
           "line")
    return Header(index, "name_quoted", title=title, own_only=unit.kind != "heading",
                  slot=(index, names, why))


def _person(name: Name, known: Collection[str]) -> bool:
    return key(name.name) in known or (
        not name.name.isascii() and looks_like_name(name.name, known, strict=True))
