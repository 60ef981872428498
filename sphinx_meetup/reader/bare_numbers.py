"""Talk headings numbered by a bare number and a space: ``### 1 Title``, ``### 2 Title``.

``1.``, ``1、`` and ``1 .`` are numbering wherever they stand (:func:`.headers.tidy_title`);
a number followed only by a space may as well open a title (``10 Things About X``, a
company called ``37 …``). It is numbering when the talk headings of one section all open
with one, counting from 0 or 1 - the author's numbered list, written as headings (also
with the same number twice, a copied heading) - and the number is then no part of the
title.
"""

from __future__ import annotations

from .blocks import Unit, sibling_headings
from .headers import Header
from .patterns import LazyPattern

#: a bare number, a space, then the title
_BARE = LazyPattern(r"^(?P<number>\d{1,2})\s++(?=\S)")


def unnumber(units: list[Unit], heads: list[Header]) -> None:
    """Take the bare numbers off the talk headings of each section whose talk headings
    all open with one, the first with 0 or 1."""
    for group in _sections(units, heads):
        numbers = [_BARE.match(head.title) for head in group]
        if not all(numbers) or int(numbers[0]["number"]) > 1:  # type: ignore[index]
            continue
        for head, number in zip(group, numbers, strict=True):
            if number is not None and head.title[number.end():].strip():
                head.title = head.title[number.end():].strip()


def _sections(units: list[Unit], heads: list[Header]) -> list[list[Header]]:
    """The heading talks grouped by their level and the heading they stand under."""
    at = {head.index: head for head in heads if head.style == "heading" and head.title}
    if not at:
        return []
    groups = ([at[index] for index in group if index in at]
              for group in sibling_headings(units).values())
    return [group for group in groups if group]
