"""List items that open with a person's name set apart by markup, then the talk.

``- **Ann Example** — [Title](slides)``, ``1. [Ann Example](profile); what she shows``,
often after the person's avatar (``- ![Ann Example](ann.png) **Ann Example** — …``):
the bold or the link marks where the name ends, a spaced dash or a semicolon leads to
the title. A dash alone is no evidence (``Title - Name`` is as common as ``Name -
Title``), and bold alone is no evidence of a person either (``- **Free Entry** — for
members`` is a fact list): a name the front matter does not list must read as a
person's full name, the item must say it is someone - the person's picture before it
(an image whose alt text is the name) or a link whose text is the name - and the list
must stand under a heading that names talks (``## Speaker und Vorträge``, ``### The
demos``): linked or pictured names under ``Resources``, ``Thanks`` or ``Team`` are
tools, communities, helpers and organisers with their roles. Then the shape
must repeat: at least two items of one list, and most of that list's items, are
written so. One such item alone is more often a fact line.

Pure: units and headers in, headers out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import Unit
from .blocks import plain as plain_text
from .headers import Header, _attach, tidy_title
from .labels import Labels
from .names import describes_someone, is_organisation, key, looks_like_name, parse_name
from .patterns import LazyPattern

#: the item's own text: avatars first, the marked name, the separator, the rest
_MARKED = LazyPattern(
    r"^(?P<images>(?:!\[[^\]]*\]\([^)\s]*\)\s*)*)"
    r"(?:\*\*(?P<bold>[^*\[\]]{3,60})\*\*|__(?P<under>[^_\[\]]{3,60})__"
    r"|\[(?P<link>[^\[\]*_]{3,60})\]\((?P<url>[^)\s]*)\))"
    r"(?:\s+[-–—]{1,2}\s+|\s*;\s+)(?P<rest>\S.*)$"
)
#: an image's alt text
_ALT = LazyPattern(r"!\[(?P<alt>[^\]]*)\]")
#: a bracket at the end of the rest that holds nothing but links (``(…[A](…), [B](…))``):
#: what the talk showed or where it lives, not words of its title
_LINKS_BRACKET = LazyPattern(
    r"\s*\((?:\s*\[[^\[\]]+\]\([^)\s]*\)\s*[,;/&]?)+\s*\)\s*[.;]?\s*$"
)
#: the rest is one link whole: its text is the title, its target the slides or video
_ONE_LINK = LazyPattern(r"^\[(?P<text>[^\[\]]+)\]\((?P<url>[^)\s]+)\)\s*[.;]?$")
#: the rest is two links or more and nothing else (``[A](…), [B](…)``): one talk each,
#: by the same person
_LINK = LazyPattern(r"\[(?P<text>[^\[\]]+)\]\((?P<url>[^)\s]+)\)")
_LINK_RUN = LazyPattern(
    r"^\[[^\[\]]+\]\([^)\s]+\)(?:\s*(?:[,;&]|\band\b|\bund\b|\bet\b)\s*"
    r"\[[^\[\]]+\]\([^)\s]+\))+\s*[.;]?$"
)
#: the repeated shape: at least this many items of one list
_MIN_SIBLINGS = 2


#: words of a heading over a list of talks beyond the talks-section labels: a show and
#: tell's ``demos``, German ``Vorträge``, French ``présentations``
_TALKS_WORDS = LazyPattern(
    r"(?<![a-zà-ÿ])(?:demos?|vorträge|vortrag|präsentationen|présentations|exposés|"
    r"lightning)(?![a-zà-ÿ])",
    re.IGNORECASE,
)


def siblings(
    units: list[Unit], heads: list[Header], known: Collection[str], regions: list[str],
    labels: Labels,
) -> list[Header]:
    """Headers for the list items of the marked-name shape that nothing read yet, where
    at least two items of their list (and most of them) have the shape."""
    taken = {head.index for head in heads}
    added: list[Header] = []
    for items in _lists(units):
        if any(index in taken for index in items):
            continue  # a list the reader already read: its own shape stands
        # (the shape first: most lists have too few items of it for the heading above
        # them to matter, and the heading's words are a search of their own)
        shaped = [index for index in items if regions[index] not in {"other", "inside"}
                  and _MARKED.match(units[index].source)]
        if len(shaped) < _MIN_SIBLINGS or 2 * len(shaped) <= len(items):
            continue
        over_talks = _heading_says_talks(units, items[0], labels)
        read = [(index, head) for index in shaped
                if (head := _item(units[index], index, known, over_talks=over_talks))]
        if len(read) >= _MIN_SIBLINGS and 2 * len(read) > len(items):
            added += [one for _, item in read for one in item]
    return added


def _lists(units: list[Unit]) -> list[list[int]]:
    """The first lines of the items of each list (a run of items; nested items belong
    to their parent's entry)."""
    lists: list[list[int]] = []
    current: list[int] = []
    level = -1
    for index, unit in enumerate(units):
        if unit.kind != "item":
            if current:
                lists.append(current)
            current, level = [], -1
            continue
        if not unit.first or (current and unit.block.level > level):
            continue
        if current and unit.block.level < level:
            lists.append(current)
            current = []
        level = unit.block.level
        current.append(index)
    if current:
        lists.append(current)
    return lists


def _heading_says_talks(units: list[Unit], first: int, labels: Labels) -> bool:
    """Whether the heading the list stands under names talks (``## Speaker und
    Vorträge``, ``### The demos``, ``## Talks``) - a ``Resources`` or ``Thanks`` list of
    linked names is no programme."""
    for at in range(first - 1, -1, -1):
        if units[at].kind == "heading":
            text = units[at].text
            return bool(_TALKS_WORDS.search(text)
                        or labels.mention("talks_section").search(text))
    return False


def _item(
    unit: Unit, index: int, known: Collection[str], *, over_talks: bool = False
) -> list[Header]:
    """The header of one item of the shape (one per title when the item links two
    titles or more), or none."""
    match = _MARKED.match(unit.source)
    if match is None:
        return []
    who = match["bold"] or match["under"] or match["link"] or ""
    name = parse_name(who.strip())
    if not name.name or not _person(name.name, known):
        return []
    pictured = any(key(alt) == key(name.name) for alt in _ALT.findall(match["images"]))
    if not ((known and key(name.name) in known)
            or ((match["link"] or pictured) and over_talks)):
        # bold words alone are as often a fact's label as a person; a list of linked or
        # pictured names as often the tools a page points to (``Resources``) or its team
        # with their roles (``## Team``: ``Ann Example — Treasurer``)
        return []
    rest = _LINKS_BRACKET.sub("", match["rest"]).strip()
    if _LINK_RUN.match(rest):
        parts = [(found["text"], found["url"]) for found in _LINK.finditer(rest)]
    else:
        one = _ONE_LINK.match(rest)
        parts = [(rest, one["url"] if one else None)]
    heads = []
    for text, url in parts:
        header = Header(index, "marked", names=[name], own_only=True)
        if url:
            _attach(header, url)
        header.title = tidy_title(plain_text(text)).rstrip(" .;")
        if not header.title:
            return []
        heads.append(header)
    return heads


def _person(name: str, known: Collection[str]) -> bool:
    """A person's full name (or one the front matter lists), not a company or a role."""
    if known and key(name) in known:
        return True
    return (looks_like_name(name, known, strict=True) and not is_organisation(name)
            and not describes_someone(name))
