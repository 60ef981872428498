"""A talk heading beside its speaker's photo: ``![Ann Example avatar](…)`` right above
or below ``#### Title``.

Pages that show a speaker's picture next to each talk say who it is in the image's alt
text (``Ann Example Avatar``, ``Photo of Ann Example``). That alt text is evidence of a
person only in these shapes - a full name and a photo word - and only for the heading
the image touches (nothing between them); the heading then is that person's talk, its
text the title. A heading that is itself a name, or a section word, is not a talk.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from . import dates
from .blocks import Unit
from .headers import Header, tidy_title
from .names import looks_like_name, parse_name
from .patterns import LazyPattern

_PHOTO = r"(?:avatar|photo|picture|portrait|headshot|profile(?:\s+picture)?|foto|bild)"
#: ``Ann Example Avatar`` / ``Photo of Ann Example`` / ``Portrait de Ann`` - whole alt text
_ALT = LazyPattern(
    rf"^(?:(?P<before>.{{3,60}}?)(?:'s)?\s+{_PHOTO}|{_PHOTO}\s+(?:of|de|von)\s+(?P<after>.{{3,60}}))$",
    re.IGNORECASE,
)
_IMAGE = LazyPattern(r"!\[(?P<alt>[^\]\[]{3,100})\]\(")
#: an image whose alt text may be a name alone (two characters: ``陈明``)
_NAMED = LazyPattern(r"!\[(?P<alt>[^\]\[]{2,40})\]\(")
#: what may stand beside the image on its line: an attribute list, spaces, a break
_ONLY_ATTRIBUTES = LazyPattern(r"^(?:\s*+\{[^{}]{0,200}\}|\s*+<br\s*/?>)*\s*$")


def avatar_headings(
    units: list[Unit], known: Collection[str], taken: Collection[int]
) -> dict[int, Header]:
    """Headings an avatar image touches, as talks by the person the alt text names (by
    unit index); headings in ``taken`` are read otherwise already."""
    heads: dict[int, Header] = {}
    for index, unit in enumerate(units):
        if unit.kind == "heading" or "![" not in unit.source:
            continue
        person = _pictured(unit, known)
        people = [person] if person is not None else []
        at = _touched(units, index) if person is not None else None
        if person is None and (people := _named_again(units, index, known)):
            at = index - 1  # the photo opens the text of the heading right above it
        if not people:
            continue
        if at is None or at in taken or at in heads:
            continue  # (a heading read otherwise already: the photo is its speaker's)
        heading = units[at]
        if looks_like_name(heading.text, known) or dates.day_heading(heading.text):
            continue
        if title := tidy_title(heading.text):
            why = f"line {unit.line}: the alt text of the photo beside the heading"
            names = [parse_name(one) for one in people]
            heads[at] = Header(at, "heading", title=title, slot=(at, names, why))
    return heads


def _touched(units: list[Unit], index: int) -> int | None:
    """The heading the photo at ``index`` belongs to: the one it touches; between two,
    the deeper one (``## Night`` / photo / ``### Talk``: the talk's); between two of one
    level, neither (which one it shows is a guess)."""
    near = [at for at in (index + 1, index - 1)
            if 0 <= at < len(units) and units[at].kind == "heading"]
    if len(near) == 2:
        below, above = (units[at].block.level for at in near)
        if below == above:
            return None
        return near[0] if below > above else near[1]
    return near[0] if near else None


def _named_again(units: list[Unit], index: int, known: Collection[str]) -> list[str]:
    """``### Title`` then ``![王小明](talk.jpg)``: a photo right under a heading whose alt
    text is nothing but full names (``王小明``, ``王小明，陈明``) - people only where the
    page names one of them again in its text (an attendee list, a bio: ``王小明，职位``),
    opening a line or item."""
    if index == 0 or units[index - 1].kind != "heading":
        return []
    images = list(_NAMED.finditer(units[index].source))
    alt = images[0]["alt"].strip() if len(images) == 1 else ""
    if not alt or _pictured_alone(units[index], images[0]) is None:
        return []
    people = [part.strip() for part in _BETWEEN_NAMES.split(alt)]
    if len(people) > _MAX_PICTURED or not all(
        looks_like_name(one, known, strict=True) for one in people
    ):
        return []
    again = any(
        other.text.startswith(one) and other.text[len(one) : len(one) + 1] in _AFTER_NAME
        for at, other in enumerate(units) if at != index and other.kind != "heading"
        for one in people
    )
    return people if again else []


#: the marks between the names of one alt text, and how many people one photo shows
_BETWEEN_NAMES = LazyPattern(r"[，、,]")
_MAX_PICTURED = 3


#: what follows a name that opens a line about its person: a comma, a colon, a bracket
_AFTER_NAME = frozenset("，,、：:（(")


def _pictured_alone(unit: Unit, image: re.Match[str]) -> Unit | None:
    """``unit`` when its line is only ``image`` (and attributes), else ``None``."""
    before, after = unit.source[: image.start()], unit.source[image.end() :]
    after = after[after.find(")") + 1 :]  # past the image's target
    return None if before.strip() or not _ONLY_ATTRIBUTES.match(after) else unit


def _pictured(unit: Unit, known: Collection[str]) -> str | None:
    """The person a line that is only an image names in its alt text, else ``None``."""
    images = list(_IMAGE.finditer(unit.source))
    if len(images) != 1:
        return None
    before, after = unit.source[: images[0].start()], unit.source[images[0].end() :]
    after = after[after.find(")") + 1 :]  # past the image's target
    if before.strip() or not _ONLY_ATTRIBUTES.match(after):
        return None
    match = _ALT.match(images[0]["alt"].strip())
    if match is None:
        return None
    name = (match["before"] or match["after"] or "").strip()
    return name if looks_like_name(name, known, strict=True) else None
