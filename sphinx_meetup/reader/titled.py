"""A one-talk page that names its speaker at the end of its title: ``Title — Name``,
``Title - Name``, ``Title by Name``.

The page's body names no talk; its title is the talk, and the name after the title's
last spaced dash (or ``by`` / ``par`` / ``von``) its speaker - only with evidence: the
front matter knows the person, or the body names them again (the full name anywhere,
as in a linked ``[Ann Example](…)``; or the given name opening a sentence or clause,
``Ann is…``, ``À propos de Ann``). A title that joins two things (``A & B``, ``A + B``)
or whose tail holds a day or a month is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import Unit
from .names import Name, key, looks_like_name, parse_name

#: the title's tail after its last spaced dash or speaker word
_TAIL = re.compile(r"\s(?:[-–—]{1,2}|by|par|von)\s+(?=\S)", re.IGNORECASE)
#: what joins two things in a title: then it is no one talk
_JOINS = (" & ", " + ", " ＆ ", " and ", " et ", " und ")
_MAX_TAIL = 40
#: words of the calendar and of the event itself: a tail holding one names no person
#: (``Meetup - June Edition``, ``Workshop — Friday Session``)
_NOT_NAME_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre", "januar", "februar",
    "märz", "juni", "juli", "oktober", "dezember", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "edition", "session", "meetup", "part", "teil",
    "partie", "special", "online", "live", "remote",
})
#: words a given name is introduced by (``À propos de Lea``, ``About Ann``)
_ABOUT = r"(?i:about|à\s+propos\s+de|a\s+propos\s+de|über|meet)\s+"


#: a series' name and number before a page's topic: ``Episode 4 – ``, ``Folge 12: ``,
#: ``Example Python Meetup: ``, ``Example Rust Meetup #12 - ``, ``October 2023 Meetup: ``
_SERIES_PREFIX = re.compile(
    r"^(?:(?:(?:[A-Z][\w.+'’-]*|\d{4})\s+){0,4}(?i:meetup|meeting|user\s+group|night|"
    r"stammtisch|treffen|soirée|rencontre|webinar|session)(?:\s*+#?\s*+\d{1,4})?"
    r"|(?i:episode|ep\.|folge|épisode|part|teil|partie|vol\.|no\.|#)\s*+\d{1,4})"
    r"\s*+(?::|[-–—|]\s)\s*+(?=\S)"
)
#: what joins two things in a page title (``Welcome & Talk``, ``A + B``): no one talk
_TWO_THINGS = ("&", "＆", " + ")


#: words a subtitle opens with and a name never does (``– A Brief History``)
_ARTICLES = frozenset({
    "a", "an", "the", "le", "la", "les", "un", "une", "des", "der", "die", "das", "ein",
    "eine", "el", "los", "las", "il", "lo", "de", "het", "een",
})


def opens_like_a_subtitle(tail: str) -> bool:
    """Whether ``tail`` opens with an article (``A Brief History``, ``Der Weg``): the
    second half of a title, never a person's name."""
    words = tail.split(None, 1)
    return bool(words) and words[0].casefold() in _ARTICLES


def without_series(title: str) -> str:
    """``Episode 4 – Title`` → ``Title``: the series' name and number are the event's,
    not its one talk's (the title itself when nothing else is left)."""
    match = _SERIES_PREFIX.match(title)
    if match is None or not any(char.isalpha() for char in title[match.end() :]):
        return title
    return title[match.end() :].strip()


def joins_two(title: str) -> bool:
    """Whether a page title joins two things (``Welcome & Talk``): then it is not the
    title of the page's one talk."""
    return any(join in title for join in _TWO_THINGS)


def title_speaker(
    title: str, units: list[Unit], known: Collection[str]
) -> tuple[str, Name, str] | None:
    """(the talk's title, its speaker, the evidence) read from the page's ``title``."""
    if not title or len(title) > 200:
        return None
    tails = list(_TAIL.finditer(title))
    if not tails:
        return None
    found = tails[-1]
    head, tail = title[: found.start()].strip(), title[found.end() :].strip()
    if not head or not tail or len(tail) > _MAX_TAIL or any(j in head for j in _JOINS):
        return None
    name = parse_name(tail)
    if name.name != tail or opens_like_a_subtitle(tail):
        return None
    if any(word.casefold() in _NOT_NAME_WORDS for word in tail.split()):
        return None
    if known and key(tail) in known:
        return head, name, "a front-matter speaker"
    if not looks_like_name(tail, known, strict=True):
        return None
    where = _mentioned(units, tail)
    return (head, name, where) if where else None


def named_again(units: list[Unit], name: str, skip: int | None = None) -> int | None:
    """The file line of the first unit (but the one at index ``skip``) whose source
    names ``name`` as whole words - an avatar's alt text, a link, a bio - else ``None``."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for index, unit in enumerate(units):
        if index != skip and name in unit.source and pattern.search(unit.source):
            return unit.line
    return None


def _mentioned(units: list[Unit], name: str) -> str | None:
    """Where the body names ``name`` again: the full name anywhere, or the given name
    opening a sentence or clause (``Ann is…``, ``…, Ann has``) or after ``About``."""
    if (line := named_again(units, name)) is not None:
        return f"named again on line {line}"
    given = name.split()[0]
    first = re.compile(
        rf"(?:^|[.!?;:,]\s+|{_ABOUT}){re.escape(given)}(?:$|\s+[^\W\d_A-Z]|\s*[.,]?\s*$)",
    )
    for unit in units:
        if given in unit.text and first.search(unit.text):
            return f"its given name {given!r} on line {unit.line}"
    return None
