"""Talk headings that end with their speaker after a spaced dash: ``### Title - Name``
(or, in Chinese, a full-width comma: ``### 标题，名``).

A dash also joins the two halves of a title (``Python and .NET - A Match Made in
Heaven``) or a date to an event (``June Meetup - June 4``), so the shape alone is no
evidence. The tail is a speaker only when it reads as a name and the page names that
person again outside the heading - in an image's alt text (an avatar), a link's text, a
bio or the prose - or the heading links the name, or the front matter knows them.
Sibling headings that all end so are no evidence by themselves: title-case subtitles
(``Ethernet – A Brief History``) read as names just as well. A one-word tail (``- Ann``)
only when the front matter knows it (a single word alone is no evidence of a person,
and the confidence check would doubt the whole page for it). A ``Talk:`` kind label
before the title (``### _Talk:_ Title - Name``) is left out of it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import Unit
from .dates import find_times
from .given_names import led_by_given_name
from .headers import SLOT_LAST, Header, tidy_title
from .names import Name, describes_someone, is_organisation, key, looks_like_name, parse_name
from .patterns import LazyPattern
from .titled import named_again, opens_like_a_subtitle

#: the last spaced dash of a heading: what follows it is the candidate name
_LAST_DASH = LazyPattern(r"\s[-–—]{1,2}\s+(?=\S)")
#: a name after a title is short (longer tails are prose or a subtitle)
_MAX_TAIL = 60
#: a Pandoc / kramdown attribute list closing a heading: ``{.talk}``, ``{#ann}``
_ATTRIBUTES = LazyPattern(r"\s*+\{[:.#][^{}]{0,200}\}\s*$")


def dash_headings(units: list[Unit], known: Collection[str]) -> dict[int, Header]:
    """Headings ``Title - Name`` whose name the page gives evidence for, by unit index."""
    candidates: list[tuple[int, str, str, str, re.Match[str] | None]] = []
    for index, unit in enumerate(units):
        if unit.kind != "heading":
            continue
        text = unit.text
        comma = "，" in text
        if not comma and " -" not in text and "–" not in text and "—" not in text:
            continue  # (most headings: no dash to split at)
        if text.endswith("}"):
            text = _ATTRIBUTES.sub("", text)  # ``### Title - Name {.talk}``
        slot = SLOT_LAST.search(text) if text.endswith((")", "）")) else None
        if slot is not None:
            text = text[: slot.start()]  # ``### Title - Name (19:00 - 19:50)``: its slot
        split = _split(text)
        mark = "dash"
        if split is None and comma:
            split, mark = _split_comma(text), "comma"
        if split is None:
            continue
        title, tail = split
        if opens_like_a_subtitle(tail):
            continue
        person, where = _person_and_employer(tail, unit)
        if not looks_like_name(person, known, strict=True):
            continue  # (a name the front matter knows counts, one word or more)
        if mark == "dash" and _CJK_NAME.match(title) and looks_like_name(title, known):
            continue  # ``吕小荣 - Ruby Require``: the person first, the title after
        if mark == "dash" and _person_first(title, person):
            continue  # ``Nick Example - Tidal Cycles``: the person first, the title after
        candidates.append((index, title, tail, mark, slot, person, where))
    heads: dict[int, Header] = {}
    for index, title, tail, mark, slot, person, where in candidates:
        unit = units[index]
        if bool(known) and key(person) in known:
            because = "a front-matter speaker"
        elif any(text == tail for text, _url in unit.block.links):
            because = "the text of the heading's link (the person's page)"
        elif (again := named_again(units, person, skip=index)) is not None:
            because = f"named again on line {again}"
        else:
            continue
        title = tidy_title(title)
        if not title:
            continue
        why = f"line {unit.line}: after the {mark} that ends the heading, {because}"
        name = parse_name(person)
        if where:
            name = Name(name.name, name.aliases, where)
        head = Header(index, "heading", title=title, slot=(index, [name], why))
        if slot is not None:
            head.start, head.end = find_times(slot["slot"])
        heads[index] = head
    return heads


def _person_and_employer(tail: str, unit: Unit) -> tuple[str, str]:
    """The heading's tail as (person, where they work): ``Ann Example`` alone, or ``Ann
    Example, Acme`` when the words after the comma are an employer's or a job's - or the
    heading links the whole tail (the person's page: ``[Ann Example, Acme](…)``). Else
    ("", ""): no name alone."""
    person, comma, rest = tail.partition(", ")
    if not comma:
        return (tail, "") if parse_name(tail).name == tail else ("", "")
    if parse_name(person).name != person or "," in rest:
        return "", ""
    linked = any(text == tail for text, _url in unit.block.links)
    if linked or is_organisation(rest) or describes_someone(rest):
        return person, rest
    return "", ""


def _person_first(head: str, tail: str) -> bool:
    """Whether the words before the dash are a person's full name a known given name
    leads, and the tail's are not: ``Nick Example - Tidal Cycles`` names Nick first."""
    name = parse_name(head).name
    return name == head.strip() and led_by_given_name(name) and not led_by_given_name(tail)


#: a Chinese name alone (a surname and a given name): a heading opening with one and a
#: dash names its speaker first
_CJK_NAME = LazyPattern(r"^[\u4e00-\u9fff]{2,4}$")


def _split_comma(text: str) -> tuple[str, str] | None:
    """(title, tail) at the heading's last full-width comma (``### 标题，名``: the comma
    Chinese writes between a title and its speaker, as in ``标题，名`` lines)."""
    title, _, tail = text.rpartition("，")
    title, tail = title.strip(), tail.strip()
    if not title or not tail or len(tail) > _MAX_TAIL or "，" in title[-2:]:
        return None
    return title, tail


def _split(text: str) -> tuple[str, str] | None:
    """(title, tail) at the heading's last spaced dash, else ``None``."""
    dashes = list(_LAST_DASH.finditer(text))
    if not dashes:
        return None
    found = dashes[-1]
    title, tail = text[: found.start()].strip(), text[found.end() :].strip()
    if not title or not tail or len(tail) > _MAX_TAIL:
        return None
    return title, tail
