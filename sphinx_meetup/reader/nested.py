"""Speaker slots of an agenda written as a list: ``- 09:30 [Title](url)`` with the
speaker one level deeper (``  - Name, Organisation``) or after the link on the line.

Evidence, not shapes: a nested ``Name, Organisation`` item is a speaker slot when it
sits right under a timed agenda entry; it reads as one on its own when its second part
names a job or an employer (:func:`.slots.slot_names`), and - when at least two of its
siblings do so and they are most of them - the siblings of the same shape whose
organisation the vocabulary does not know (``Name, ETH Zürich``) read alike. The
nested item is then no talk of its own, and a title that is one link's text whole is
not cut at a colon or dash (``[Bass Martingales: an overview](…)``): the speaker is
in the slot. Pure: headers and units in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit
from .headers import Header, tidy_title, timed_rest
from .names import (
    Name,
    clean,
    describes_someone,
    is_organisation,
    looks_like_name,
    split_names,
)
from .patterns import LazyPattern
from .slots import slot_names

#: ``Name, Organisation`` (or ``Name (Organisation)``): a person, then where they work
_PERSON_ORG = LazyPattern(
    r"^(?P<name>[^,，(（]{3,60}?)\s*+(?:[,，]\s*+(?P<org>[^,，].{1,150})|"
    r"[(（](?P<inner>[^()（）]{2,80})[)）])$"
)
_SENTENCE_END = (".", "。", "!", "！", "?", "？", ":", "：")
#: a slot line is short
_SLOT_LINE = 200


def attach(
    heads: list[Header], units: list[Unit], known: Collection[str], regions: list[str]
) -> list[Header]:
    """``heads`` with the speaker slots of a list agenda attached to their entries and
    the slot items no longer read as talks of their own; a bold (or linked) list item
    of a talks section (``### Mini courses``) with a slot nested under it is a talk when
    its siblings share that shape."""
    taken = {head.index for head in heads}
    entries = [head for head in heads if head.style == "timed" and units[head.index].kind == "item"]
    entries += [
        Header(index, "nested", title=tidy_title(unit.text))
        for index, unit in enumerate(units)
        if index not in taken and regions[index] == "talks" and _titled_item(unit)
    ]
    if len(entries) < 2:
        return heads
    entries.sort(key=lambda head: head.index)
    nested: list[tuple[Header, int, list[Name], bool]] = []  # entry, slot unit, people, strong
    ends = _block_ends(units)
    for head in entries:
        child = _child(head, units, ends)
        if child is None:
            continue
        text = units[child].text
        strong = slot_names(text, known) if len(text) <= _SLOT_LINE else []
        if strong:
            nested.append((head, child, strong, True))
        elif (person := _person_org(text, known)) is not None:
            nested.append((head, child, [person], False))
    strong_count = sum(1 for *_, strong in nested if strong)
    pattern = strong_count >= 2 and strong_count * 2 >= len(nested)
    slot_units = {child for _, child, _, _ in nested} if pattern else set()
    # an item nested under a timed entry is part of that entry, never a talk of its
    # own (``  - Room A, Building Two`` read as a talk by "Building Two")
    slot_units |= {child for head in entries if head.style == "timed"
                   and (child := _child(head, units, ends)) is not None}
    kept = [head for head in heads if head.index not in slot_units]
    kept += [head for head, *_ in nested if pattern and head.style == "nested"]
    for head, child, people, strong in nested if pattern else ():
        line = units[child].line
        why = (f"line {line}: speaker slot (name and role) nested under the entry"
               if strong else f"line {line}: nested under the entry, the shape "
               f"(name, organisation) of {strong_count} sibling speaker slots")
        _whole_link_title(head, units)
        head.slot = (child, people, why)
    entries = [head for head in entries if head.style == "timed"]
    for head in entries:
        if head.slot is None:
            _person_after_link(head, units, known)
    givers = [head for head in entries if head.slot is not None]
    if len(givers) >= 2 and all(_link_text(head, units) for head in givers):
        for head in entries:
            if head.slot is None and not head.names and not units[head.index].block.links:
                # ``16:00 Open problem session``: no speaker and no link, where every
                # entry with a speaker slot links its title - a slot of the day
                head.kind = "break"
    return kept


def _titled_item(unit: Unit) -> bool:
    """A list item that is one bold text or one link (``- **Title**``, ``- [Title](…)``)."""
    if unit.kind != "item" or not unit.alone or not unit.text:
        return False
    links = unit.block.links
    return unit.bold or (len(links) == 1 and clean(links[0][0]) == unit.text)


def _block_ends(units: list[Unit]) -> dict[int, int]:
    """Where each block's lines end (the index after its last unit), by the block's id:
    an item of 20,000 wrapped lines was walked to its end from each of them."""
    return {id(unit.block): index + 1 for index, unit in enumerate(units)}


def _child(head: Header, units: list[Unit], ends: dict[int, int]) -> int | None:
    """The list item one level deeper right under the entry ``head``, if any."""
    unit = units[head.index]
    index = ends[id(unit.block)]
    if index >= len(units):
        return None
    child = units[index]
    if child.kind != "item" or not child.alone or child.block.level <= unit.block.level:
        return None
    return index


def _person_org(text: str, known: Collection[str]) -> Name | None:
    """``Name, Organisation`` with a full name first and no sentence after it."""
    text = clean(text)
    match = _PERSON_ORG.match(text)
    if match is None or text.endswith(_SENTENCE_END):
        return None
    name = match["name"].strip()
    if not looks_like_name(name, known, strict=True) or describes_someone(name):
        return None
    return Name(name, affiliation=(match["org"] or match["inner"] or "").strip() or None)


def _link_text(head: Header, units: list[Unit]) -> tuple[str, str] | None:
    """(the entry's text after its time, the text of the link it starts with)."""
    unit = units[head.index]
    rest = timed_rest(unit.text)
    if not rest:
        return None
    for text, _url in unit.block.links:
        text = clean(text)
        if text and rest.startswith(text):
            return rest, text
    return None


def _whole_link_title(head: Header, units: list[Unit]) -> None:
    """An entry that is one link's text whole is titled by all of it: its speaker is
    in the slot, so no name is cut out of the link's text."""
    found = _link_text(head, units)
    if found is not None and found[0] == found[1] and head.names:
        head.title, head.names = tidy_title(found[1]), []


def _person_after_link(head: Header, units: list[Unit], known: Collection[str]) -> None:
    """``[Title](url), Name, Organisation``: the link's text is the title, the person
    follows it (the rule of a talks list's ``[标题](video)，名，角色`` items, on an
    agenda entry): a full name first, what follows it their organisation."""
    found = _link_text(head, units)
    if found is None:
        return
    rest, text = found
    tail = rest[len(text):].strip(" \t-–—|,，")
    if not tail or len(tail) > _SLOT_LINE:
        return
    people = slot_names(tail, known)
    shape = "name and role"
    if not people:
        people, shape = _tail_people(tail, known), "a full name, then an organisation"
    if not people:
        return
    line = units[head.index].line
    head.title, head.names = tidy_title(text), []
    head.slot = (head.index, people, f"line {line}: after the title's link ({shape})")


def _tail_people(tail: str, known: Collection[str]) -> list[Name]:
    """The people after a title's link: names joined as names are, or one full name
    and its organisation (``Name, CNRS, ENS`` / ``Name, UBC ECE``)."""
    people = split_names(tail, known)
    if not people or not all(looks_like_name(p.name, known, strict=True) for p in people[:1]):
        return []
    later = people[1:]
    if later and any(p.affiliation or is_organisation(p.name) for p in later):
        person = _person_org(tail, known)
        return [person] if person else []
    if not all(looks_like_name(p.name, known, strict=True) for p in later):
        return []
    return people
