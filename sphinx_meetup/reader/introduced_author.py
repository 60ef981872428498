"""A page's ``author`` whose body introduces them in the third person: its speaker.

The front matter's ``author`` is the page's writer, never a speaker by itself: a blog
post is written by someone who gives no talk. A seminar site's talk page, though, often
files its speaker under the theme's ``author`` key (``[extra] author = "Ann Example"``,
``institution``, ``author_url``) and introduces them in the body as no writer is
introduced: a paragraph that opens with the full name and says who they are (``Ann
Example is a Principal Scientist at…``). That introduction is the evidence; without it
the author stays the writer.

Pure: the front matter and the body's text in, the speaker out.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Speaker, Talk
from .given_names import led_by_given_name
from .names import is_organisation, looks_like_name, slug_words
from .names import key as key_of
from .patterns import LazyPattern

#: the evidence :mod:`.content` gives people read from a by-line under a title
BY_LINE = "'By …' line under the title"
#: the keys a theme names the page's person by (top level, or in a map such as Zola's
#: ``[extra]``)
_AUTHOR_KEYS = ("author", "authors")
#: what follows the name opening an introduction: the verb of who they are or what they
#: do, in the pages' languages
INTRODUCES = (r",?\s++(?:is|was|works|has|leads|holds|ist|war|arbeitet|est|était|travaille|"
               r"es|fue|trabaja|è|lavora|é|trabalha|werkt|är|arbetar|er|jobber|jest)\b")


def introduced_author(data: dict[str, Any], lines: dict[str, int], body: str) -> Speaker | None:
    """The page's one author, when a paragraph of ``body`` opens with their full name and
    introduces them (``Ann Example is…``, ``**Ann Example** ist…``), or when the body
    speaks of its talk in the first person (``In this talk I will…``, ``I will present…``):
    the writer is the one who gives it."""
    found = _author(data, lines)
    if found is None:
        return None
    name, line = found
    opening = re.compile(r"(?m)^[ \t>*_]{0,6}" + re.escape(name) + r"[*_]{0,2}" + INTRODUCES)
    if opening.search(body) or (" I " in body and _FIRST_PERSON_TALK.search(body)):
        return Speaker(name=name, line=line)
    return None


#: the speaker's own words about their talk: ``In this talk, I will…``, ``I will present``
_FIRST_PERSON_TALK = LazyPattern(
    r"\b(?:in\s+this\s+(?:talk|tutorial|seminar|session|presentation|workshop|lecture),?"
    r"\s+I\b|I(?:\s+will|'ll|\s+am\s+going\s+to)\s+(?:talk|present|show|introduce|"
    r"discuss|describe|explain|demonstrate|give|cover|share|walk\s+you))\b",
    re.IGNORECASE,
)


def _as_name(value: str) -> str:
    """An author key's value as a name: ``andreas-pamboris`` (a theme's profile slug) is
    Andreas Pamboris."""
    value = " ".join(value.split())
    return slug_words(value) if _SLUG.fullmatch(value) else value


#: a profile's slug: two to four lowercase words joined by dashes or underscores
_SLUG = LazyPattern(r"[a-z]+(?:[-_][a-z]+){1,3}")


def _author(data: dict[str, Any], lines: dict[str, int]) -> tuple[str, int | None] | None:
    """The one full name under an author key of the front matter (or of one map in it)."""
    places: list[tuple[str, dict[str, Any]]] = [("", data)]
    places += [(f"{key}.", value) for key, value in data.items() if isinstance(value, dict)]
    names: list[tuple[str, int | None]] = []
    for prefix, mapping in places:
        for key in _AUTHOR_KEYS:
            value = mapping.get(key)
            values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
            names += [(_as_name(item), lines.get(prefix + key, lines.get(prefix[:-1])))
                      for item in values if isinstance(item, str)]
    if len({name for name, _ in names}) != 1:
        return None
    name, line = names[0]
    if not 2 <= len(name.split()) <= 4 or is_organisation(name):
        return None
    return (name, line) if led_by_given_name(name) and looks_like_name(name) else None


def without_byline(talks: list[Talk], data: dict[str, Any], lines: dict[str, int],
                   title: str) -> list[Talk]:
    """``talks`` without the page's own byline read as a talk: its title heading again
    (``# Title`` under ``title: Title``) over ``von [Ann Example](…)`` naming the front
    matter's ``author`` - the post's writer, as the key says, no speaker."""
    found = _author(data, lines)
    if found is None or not title:
        return talks
    writer, page_title = key_of(found[0]), key_of(title)
    return [talk for talk in talks if not (
        talk.kind == "talk" and key_of(talk.title) == page_title
        and [key_of(name) for name in talk.speakers] == [writer]
        and BY_LINE in talk.evidence.get(talk.speakers[0], ""))]
