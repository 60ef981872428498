"""Sibling headings that all end with a name after a spaced dash: ``## Title - Ann Example``.

One ``Title - Tail`` heading says little: a dash also opens a subtitle (``Rust - Getting
Started``), and :mod:`.dashed` reads it only with evidence for the person (the front
matter, a link, the name written again). A page whose sibling headings - three or more
of one level under one parent, every one of them - each end so, every tail reading as a
different person's name (two or more capitalised words, particles allowed; no article
opening a subtitle), writes its programme as ``Title - Name``: the repeated shape is the
evidence, and all are read the same way. A title keeps the dashes inside it (``Tool -
what it does - Ann Example``: the name is after the last). A one-word tail after a name
(``… - Ann Example - AEX``) is that person's nickname: the name before it is the speaker,
the word their alias. Pure: units in, headers out.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from .blocks import Unit, sibling_headings
from .confidence import SIBLING_SLOT
from .headers import Header, tidy_title
from .names import Name, key, looks_like_name, parse_name
from .patterns import LazyPattern
from .titled import opens_like_a_subtitle

#: the spaced dashes of a heading (the name is after the last)
_DASH = LazyPattern(r"\s[-–—]{1,2}\s+(?=\S)")
#: a name after a title is short
_MAX_TAIL = 60
#: sibling headings that must all share the shape
_MIN_SIBLINGS = 3
#: a nickname: one word of letters (``AEX``, ``ann``), no sentence
_NICKNAME = LazyPattern(r"^[^\W\d_]{2,15}$")
#: words of subtitles written in title case (``Getting Started``, ``Lessons Learned``,
#: ``Part Two``): a tail holding one is the second half of a title, never a person
_SUBTITLE_WORDS = frozenset({
    "getting", "started", "start", "best", "practices", "practice", "lessons", "learned",
    "part", "intro", "introduction", "deep", "dive", "demo", "live", "review", "overview",
    "tips", "tricks", "next", "steps", "hands", "beyond", "revisited", "explained",
    "edition", "update", "basics", "primer", "guide", "tutorial", "workshop", "session",
    "talk", "keynote", "panel", "case", "study", "story", "stories", "journey", "way",
    "what", "why", "how", "more", "less", "new", "old", "future", "past", "today", "now",
    "one", "two", "three", "ii", "iii", "day", "night", "morning", "afternoon", "evening",
    "the", "and", "with", "for", "from", "into", "beginners", "experts",
})


def read(units: list[Unit], known: Collection[str], taken: Collection[int]) -> dict[int, Header]:
    """Talk headers for groups of sibling headings that all end ``- Name``, by index."""
    # (most pages have fewer headings with a spaced dash: no headings to group)
    dashed = sum(1 for unit in units if unit.kind == "heading" and (
        " -" in unit.text or "–" in unit.text or "—" in unit.text))
    if dashed < _MIN_SIBLINGS:
        return {}
    groups = sibling_headings(units)
    heads: dict[int, Header] = {}
    for group in groups.values():
        # (a heading another rule read - :mod:`.dashed`, by the name written again - is
        # one of the siblings all the same; it keeps that reading)
        if len(group) < _MIN_SIBLINGS or all(index in taken for index in group):
            continue
        found: dict[int, tuple[str, Name]] = {}
        for index in group:
            parts = split(units[index].text, known)
            if parts is None:
                break
            found[index] = parts
        if len(found) < len(group) or len({key(n.name) for _, n in found.values()}) < len(group):
            continue  # one heading of another shape, or one person twice: no programme
        for index, (title, name) in found.items():
            if index in taken:
                continue
            why = (f"line {units[index].line}: after the dash that ends the heading; "
                   f"{SIBLING_SLOT} ({len(found)} sibling headings end with a name)")
            heads[index] = Header(index, "heading", title=title, slot=(index, [name], why))
    return heads


def under_talks(
    units: list[Unit], known: Collection[str], taken: Collection[int], talks: Callable[[str], bool]
) -> dict[int, Header]:
    """Headings ``Title - Name`` right under a heading that names talks (``## Vorträge``
    over ``### Uniclip - Ann Example``), by index: there the section says what its
    headings are, as three siblings ending alike do - however many of them end so (a
    talk without its speaker beside them stays one). The tail must read as a person as
    above (no subtitle word, no article opening it), and the part before it must not."""
    heads: dict[int, Header] = {}
    parents: list[int] = []
    for index, unit in enumerate(units):
        if unit.kind != "heading":
            continue
        while parents and units[parents[-1]].block.level >= unit.block.level:
            parents.pop()
        if (parents and index not in taken and talks(units[parents[-1]].text)
                and (parts := split(unit.text, known)) is not None
                and not looks_like_name(parts[0], known, strict=False)):
            title, name = parts
            why = (f"line {unit.line}: after the dash that ends the heading, under the "
                   f"talks heading of line {units[parents[-1]].line}")
            heads[index] = Header(index, "heading", title=title, slot=(index, [name], why))
        parents.append(index)
    return heads


def split(text: str, known: Collection[str]) -> tuple[str, Name] | None:
    """(title, person) of ``Title - Name`` (or ``Title - Name - NICK``), else ``None``."""
    if " -" not in text and "–" not in text and "—" not in text:
        return None
    dashes = list(_DASH.finditer(text))
    if not dashes:
        return None
    last = dashes[-1]
    tail = text[last.end() :].strip()
    title_end = last.start()
    alias: list[str] = []
    if _NICKNAME.match(tail) and len(dashes) > 1:
        before = text[dashes[-2].end() : last.start()].strip()
        if _person(before, known):
            alias, tail, title_end = [tail], before, dashes[-2].start()
    if not tail or len(tail) > _MAX_TAIL or not _person(tail, known):
        return None
    title = tidy_title(text[:title_end])
    if not title:
        return None
    return title, Name(tail, alias)


def _person(tail: str, known: Collection[str]) -> bool:
    if opens_like_a_subtitle(tail) or parse_name(tail).name != tail:
        return False
    if any(word.casefold() in _SUBTITLE_WORDS for word in tail.split()):
        return False
    if " " not in tail.strip():
        return bool(known) and key(tail) in known
    return looks_like_name(tail, known, strict=True)
