"""Sibling talk headings whose sections each end with the speaker's bio, opened by the
speaker's name as a link or in bold: ``### Title`` … ``[Ann Example](profile) is a …``.

Announcements of user groups describe each talk under its own heading - the abstract,
then a paragraph about the speaker that opens with their name linked to their profile
(or set in bold) and goes on as a bio (``is``, ``was``, ``has``, ``works``; ``est``,
``ist``…). One such paragraph alone is prose (a sponsor's blurb opens the same way);
the shape is evidence when sibling headings share it: two or more headings of one level
under one parent, every one of them (a ``Sponsor`` / ``Venue`` heading among them left
aside: a not-talks section) holding exactly one such paragraph, whose name reads as a
person's (two capitalised words or more, or a name the front matter knows). A one-word
name (``[Ann](site) is …``) counts where a sibling's bio gives a full name: the repeated
shape, not the word, is the evidence. Pure: units in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit, sibling_headings
from .confidence import SIBLING_SLOT
from .headers import Header, bare_marker, tidy_title
from .labels import Labels
from .names import Name, describes_someone, is_organisation, key, looks_like_name, parse_name
from .patterns import LazyPattern

#: the verbs a bio goes on with after its person's name (``is``, ``est``, ``ist``, ``é``…)
_BIO_VERBS = (r"(?:is|was|has|works|worked|leads|joined|loves|enjoys|est|a|travaille|ist|"
              r"hat|arbeitet|war|é|trabalha|possui|tem|es|tiene|trabaja|è|lavora)\b")
#: a paragraph that opens with a link or bold text, then a verb of a bio
_OPENING = LazyPattern(
    r"^(?:\[(?P<link>[^\[\]\n]{2,60}+)\]\([^()\s]{1,300}+\)|\*\*(?P<bold>[^*\n]{2,60}+)\*\*)"
    r"\s++" + _BIO_VERBS
)
#: ... or with a plain full name (``Ann Example is CEO of…``, ``Ana de Souza possui…``)
_PLAIN_OPENING = LazyPattern(
    r"^(?P<plain>[^\W\d_][\w'’\-]*+(?:\s(?:[^\W\d_][\w'’\-]*+)){1,5}?)\s++" + _BIO_VERBS
)
#: sibling headings that must share the shape
_MIN_SIBLINGS = 2
#: one capitalised word: a given name (counted only beside a sibling's full name)
_ONE_WORD = LazyPattern(r"^[A-Z][^\W\d_]{1,20}$")


def read(
    units: list[Unit], labels: Labels, known: Collection[str], taken: Collection[int]
) -> dict[int, Header]:
    """Talk headers for sibling headings whose sections each hold one linked or bold
    bio paragraph, by unit index."""
    # (most pages hold no two such paragraphs: no headings to group)
    if sum(1 for unit in units if _may_open(unit)) < _MIN_SIBLINGS:
        return {}
    groups = sibling_headings(units)
    aside = labels.heading("not_talks_section")
    talks = labels.heading("talks_section")
    heads: dict[int, Header] = {}
    for (parent, _level), group in groups.items():
        if parent >= 0 and talks.search(units[parent].text):
            continue  # under ``## Agenda`` the headings are talks already, bios read so
        found: dict[int, tuple[Name, int]] = {}
        for index in group:
            numbered = bare_marker(units[index].text) is not None  # ``## Session 1``
            bio = None if index in taken or numbered else _bio(units, index)
            if bio is None:
                if aside.search(units[index].text):
                    continue  # ``### Sponsor`` among the talks: no sibling of theirs
                found = {}
                break
            found[index] = bio
        if len(found) < _MIN_SIBLINGS:
            continue
        full = [name for name, _ in found.values() if _is_person(name.name, known)]
        if not full:
            continue
        if not all(_is_person(name.name, known) or _ONE_WORD.match(name.name)
                   for name, _line in found.values()):
            continue
        for index, (name, line) in found.items():
            title = tidy_title(units[index].text)
            if not title:
                continue
            why = (f"line {line}: the person whose linked or bold name opens the bio "
                   f"paragraph of the section; {SIBLING_SLOT} ({len(found)} sibling headings)")
            heads[index] = Header(index, "heading", title=title, slot=(index, [name], why))
    return heads


def _may_open(unit: Unit) -> bool:
    """A paragraph that opens with a linked or bold name and a bio verb."""
    return (unit.kind == "paragraph" and unit.first and unit.source.startswith(("[", "**"))
            and _OPENING.match(unit.block.text) is not None)


def _bio(units: list[Unit], index: int) -> tuple[Name, int] | None:
    """The person of the one paragraph of the section under heading ``index`` that
    opens with a linked or bold name and a bio verb, with its line; ``None`` when there
    is none or more than one (two bios: whose talk it is is a guess)."""
    found = None
    for at in range(index + 1, len(units)):
        unit = units[at]
        if unit.kind == "heading":
            break
        if not _may_open(unit):
            continue
        match = _OPENING.match(unit.block.text)
        if match is None:
            continue
        name = _named(match["link"] or match["bold"])
        if name is None:
            return None
        if found is not None:
            return None
        found = (name, unit.line)
    return found


def bio_opener(unit: Unit, known: Collection[str]) -> Name | None:
    """The person a paragraph opens with as a bio does: their name - linked, in bold or
    plain - then a bio verb (``[Ann Example](profile) is…``, ``Ana de Souza possui…``).
    A plain opening must be a full name as a person's reads (``The team is…`` is none)."""
    if unit.kind != "paragraph" or not unit.first:
        return None
    text = unit.block.text
    match = _OPENING.match(text) if text.startswith(("[", "**")) else _PLAIN_OPENING.match(text)
    if match is None:
        return None
    name = _named(
        (match["link"] or match["bold"]) if text.startswith(("[", "**")) else match["plain"])
    return name if name is not None and _is_person(name.name, known) else None


def _named(written: str) -> Name | None:
    """The person an opening's words are, when they are only a person's name (not one
    that says who someone is, not an organisation's)."""
    written = written.strip()
    name = parse_name(written)
    if not name.name or name.name != written or describes_someone(written) or (
            is_organisation(written)):
        return None
    return name


def _is_person(name: str, known: Collection[str]) -> bool:
    return key(name) in known or looks_like_name(name, known, strict=True)
