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

import re
from collections.abc import Collection

from .blocks import Unit
from .headers import Header, tidy_title, timed_rest
from .names import Name, clean, describes_someone, looks_like_name
from .slots import slot_names

#: ``Name, Organisation`` (or ``Name (Organisation)``): a person, then where they work
_PERSON_ORG = re.compile(
    r"^(?P<name>[^,，(（]{3,60}?)\s*+(?:[,，]\s*+(?P<org>[^,，].{1,150})|"
    r"[(（](?P<inner>[^()（）]{2,80})[)）])$"
)
_SENTENCE_END = (".", "。", "!", "！", "?", "？", ":", "：")
#: a slot line is short
_SLOT_LINE = 200


def attach(heads: list[Header], units: list[Unit], known: Collection[str]) -> list[Header]:
    """``heads`` with the speaker slots of a list agenda attached to their entries and
    the slot items no longer read as talks of their own."""
    entries = [head for head in heads if head.style == "timed" and units[head.index].kind == "item"]
    if len(entries) < 2:
        return heads
    nested: list[tuple[Header, int, list[Name], bool]] = []  # entry, slot unit, people, strong
    for head in entries:
        child = _child(head, units)
        if child is None:
            continue
        text = units[child].text
        strong = slot_names(text, known) if len(text) <= _SLOT_LINE else []
        if strong:
            nested.append((head, child, strong, True))
        elif (person := _person_org(text, known)) is not None:
            nested.append((head, child, [person], False))
    strong_count = sum(1 for *_, strong in nested if strong)
    if strong_count < 2 or strong_count * 2 < len(nested):
        return heads
    slot_units = {child for _, child, _, _ in nested}
    kept = [head for head in heads if head.index not in slot_units]
    for head, child, people, strong in nested:
        line = units[child].line
        why = (f"line {line}: speaker slot (name and role) nested under the agenda entry"
               if strong else f"line {line}: nested under the agenda entry, the shape "
               f"(name, organisation) of {strong_count} sibling speaker slots")
        _whole_link_title(head, units)
        head.slot = (child, people, why)
    linked = all(_link_text(head, units) for head, *_ in nested)
    for head in entries:
        if head.slot is None and not head.names:
            _person_after_link(head, units, known, strong_count)
        if head.slot is None and not head.names and linked and not units[head.index].block.links:
            # ``16:00 Open problem session``: no speaker and no link, where every entry
            # with a speaker slot links its title - a slot of the day, like a break
            head.kind = "break"
    return kept


def _child(head: Header, units: list[Unit]) -> int | None:
    """The list item one level deeper right under the entry ``head``, if any."""
    unit = units[head.index]
    index = head.index + 1
    while index < len(units) and units[index].block is unit.block:
        index += 1
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


def _person_after_link(
    head: Header, units: list[Unit], known: Collection[str], siblings: int
) -> None:
    """``[Title](url) Name, Organisation``: the siblings' slot on the entry's own line."""
    found = _link_text(head, units)
    if found is None:
        return
    rest, text = found
    tail = rest[len(text):].strip(" \t-–—|,，")
    if not tail:
        return
    strong = slot_names(tail, known) if len(tail) <= _SLOT_LINE else []
    people = strong or ([p] if (p := _person_org(tail, known)) else [])
    if not people:
        return
    line = units[head.index].line
    shape = "name and role" if strong else "name, organisation"
    head.title = tidy_title(text)
    head.slot = (head.index, people, f"line {line}: after the title's link ({shape}), "
                 f"as {siblings} sibling entries give their speaker slots")
