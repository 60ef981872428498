"""A speaker the programme names by a given name alone (``Title by Ann``, ``Alice et
Bruno parleront…``) whose full name the page gives elsewhere - in a bio section at its
end (``**Ann Example** is…``, ``### Ann EXAMPLE``, ``[Ann Example](profile) est…``).

A given name alone is no evidence of a person (the confidence check doubts it); the
page's own bio is. Only where a full name stands as a person is introduced - a heading
or a bold line that is only the name, a link whose text is only the name, or a
paragraph that opens with the name and goes on as a bio (``is``, ``est``, ``ist``, a
comma) - and only when exactly one such full name starts with the given name: two
people named Ann leave the given name as it is.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit
from .names import key, looks_like_name
from .patterns import LazyPattern

_WORD = r"[A-Z\u00c0-\u00de][\w'’\-]+"
_PARTICLE = r"(?:van|von|de|der|den|du|le|la|da|di)"
#: a full name: a given name and one to three more words (particles allowed)
_FULL = rf"{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE})){{0,2}}\s+{_WORD}"
#: a paragraph that opens with a full name and goes on as a bio about that person
_BIO_OPENING = LazyPattern(
    rf"^(?P<name>{_FULL})(?=\s*+[,(:–—]|\s+-\s|\s+(?:is|was|has|works|worked|leads|joined|"
    r"est|a|travaille|ist|hat|arbeitet|war)\b)"
)
_ALONE = LazyPattern(rf"^(?P<name>{_FULL})\s*[:.]?$")


def full_name(
    introduced: list[tuple[str, int]], given: str, known: Collection[str] = ()
) -> tuple[str, int] | None:
    """The one full name of ``introduced`` (:func:`introductions`) that starts with
    ``given``, with its file line; ``None`` when there is none, or more than one."""
    if not given or " " in given.strip():
        return None
    people: dict[str, tuple[str, int]] = {}
    for name, line in introduced:
        if name.startswith(f"{given} ") and looks_like_name(name, known, strict=True):
            people.setdefault(key(name), (name, line))
    return next(iter(people.values())) if len(people) == 1 else None


def introductions(units: list[Unit]) -> list[tuple[str, int]]:
    """(full name, line) of every place the page introduces a person by full name."""
    found: list[tuple[str, int]] = []
    for unit in units:
        text = unit.text.strip()
        if unit.kind == "heading" or (unit.bold and unit.alone):
            if match := _ALONE.match(text):
                found.append((match["name"], unit.line))
        elif unit.first and (match := _BIO_OPENING.match(text)):
            found.append((match["name"], unit.line))
        for link_text, _url in unit.block.links if unit.first else ():
            if match := _ALONE.match(link_text.strip()):
                found.append((match["name"], unit.line))
    return found
