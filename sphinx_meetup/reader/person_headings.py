"""Headings that introduce a person under a people section, not a talk.

``Speakers`` is a talks-section word (programmes are often headed so), so each
sub-heading under ``## Speakers`` was read as a talk - also where the sub-headings are
the people themselves (``### Ann Example`` over her bio): a talk titled by a person. A
sub-heading of a section whose heading names people (``Speakers``, ``讲师``) is a
person's introduction when its words are only a name and the first paragraph under it
opens with that same name (``Ann Example is…``, ``Ann Example (also known as…)
loves…``): the name written twice, as heading and as the bio's subject, is the evidence.
A nickname in quotes inside the heading (``Ann “Hex” Example``) is kept as written; the
name without it is the alias the bio uses. Pure: units in, a name out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit, opening_paragraph
from .names import Name, clean, key, looks_like_name
from .patterns import LazyPattern

#: a nickname in quotes between a given name and a surname (``Ann “Hex” Example``)
_NICKNAME = LazyPattern(r"\s++[\"“”«‘’'][^\"“”«»‘’'\n]{1,20}+[\"“”»‘’']\s++")
#: the longest heading read as a name
_NAME_LINE = 60


def person_heading(units: list[Unit], index: int, known: Collection[str]) -> Name | None:
    """The person heading ``units[index]`` introduces, or ``None``: its words are a name
    (a nickname in quotes aside) and the first paragraph below it opens with that name."""
    text = clean(units[index].text)
    if not text or len(text) > _NAME_LINE:
        return None
    bare = _NICKNAME.sub(" ", text) if ("“" in text or '"' in text or "'" in text
                                         or "‘" in text or "«" in text) else text
    if not looks_like_name(bare, known, strict=True):
        return None
    unit = opening_paragraph(units, index)
    if unit is None or not _opens_with(unit.text, bare):
        return None
    return Name(text, [bare] if bare != text else [])


def _opens_with(paragraph: str, name: str) -> bool:
    """Whether ``paragraph`` starts with ``name`` as whole words."""
    head = paragraph[: len(name)]
    rest = paragraph[len(name) : len(name) + 1]
    return key(head) == key(name) and not (rest and (rest.isalnum() or rest in "'’-"))


def person_headings_below(units: list[Unit], index: int, known: Collection[str]) -> list[Name]:
    """The people of the sub-headings one level under heading ``index`` when every one
    of them introduces a person (:func:`person_heading`); else ``[]``."""
    level = units[index].block.level
    people: list[Name] = []
    for at in range(index + 1, len(units)):
        unit = units[at]
        if unit.kind != "heading":
            continue
        if unit.block.level <= level:
            break
        if unit.block.level > level + 1:
            continue
        person = person_heading(units, at, known)
        if person is None:
            return []
        people.append(person)
    return people
