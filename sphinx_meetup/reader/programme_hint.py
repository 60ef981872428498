"""Whether a page of which no talk was read speaks of talks all the same.

A page the reader found no talk in is shown as written. When its words name talks or
speakers (``Vortrag``, ``charlas``, ``Speaker:``, ``доклад``, ``발표``), its programme is
most likely written in a way the reader does not know: the organiser is told so, once,
with the line - rather than the page passing in silence. A page that really has no talk
says so with ``talks: []`` in its front matter.

A page that names no such word but names people - two full names or more, each led by
a given name the reader knows (``Ann Example``, ``Jurgen de Smet``) - most often holds a
programme the same way: it is told so too (:func:`people_mention`).

Pure: the body's text in, the line and word out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .labels import Labels
from .patterns import LazyPattern, alternation

#: the words for a talk (and a talk's kinds) in the languages the reader knows; the
#: speaker labels (:data:`.labels.DEFAULT_LABELS`) name the person who gives one
TALK_NOUNS = (
    "talk", "talks", "lightning talk", "lightning talks", "keynote", "keynotes",
    "presentation", "presentations", "vortrag", "vorträge", "charla", "charlas",
    "ponencia", "ponencias", "palestra", "palestras", "exposé", "exposés", "présentation",
    "présentations", "conférence", "intervento", "interventi", "lezing", "lezingen",
    "prelekcja", "prelekcje", "wykład", "wykłady", "prezentacja", "prezentacje",
    "prednáška", "prednášky", "přednáška", "přednášky", "előadás", "доклад", "доклады",
    "доклада", "докладов", "доповідь", "föredrag", "foredrag", "sunum", "발표", "강연",
    "講演", "発表", "演讲", "议题", "議題",
    # (Chinese pages call a talk a sharing: ``嘉宾分享``, ``本次分享``; a lecture ``讲座``)
    "分享", "讲座", "講座",
)
#: speaker labels too common in prose to say anything alone (``by``: any agent)
_TOO_COMMON = frozenset({"by", "panel"})
#: fewer words than this is a notice, not a page that may hide a programme
MIN_WORDS = 40
_WIDE = LazyPattern(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


@functools.lru_cache(maxsize=8)
def _talk_words(speaker_labels: tuple[str, ...]) -> re.Pattern[str]:
    """The talk nouns and the speaker labels: a word of an alphabet as a whole word, one
    of a script written without spaces (``発表``, ``议题``) anywhere."""
    words = {*TALK_NOUNS, *(w for w in speaker_labels if w not in _TOO_COMMON)}
    spaced = sorted((w for w in words if not _WIDE.match(w)), key=len, reverse=True)
    unspaced = sorted((w for w in words if _WIDE.match(w)), key=len, reverse=True)
    # (not a word of an address: ``/talks/2019``, ``?kind=talk``, ``#speakers``)
    return re.compile(rf"(?<![\w/.\-=#])(?:{alternation(spaced, ignorecase=True)})(?![\w/\-])"
                      rf"|{alternation(unspaced)}", re.IGNORECASE)


def talk_mention(body: str, first_line: int, labels: Labels) -> tuple[int, str] | None:
    """The first line of ``body`` (numbered from ``first_line``) naming a talk or a
    speaker, and the word - when the body is long enough to hold a programme."""
    if len(body.split()) + len(_WIDE.findall(body)) // 2 < MIN_WORDS:
        return None
    pattern = _talk_words(labels.speaker)
    for offset, line in enumerate(body.split("\n")):
        if (found := pattern.search(line)) is not None:
            return first_line + offset, found.group()
    return None


#: a full name as prose writes it: two or three capitalised words, particles between
_FULL_NAME = LazyPattern(
    r"(?<![\w@/.])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s(?:(?:van|von|de|der|den|da|di|du|la|le)\s)?"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,2}(?![\w@])"
)
#: how many different people a page must name to be told its programme was not read
MIN_PEOPLE = 2


def people_mention(body: str, first_line: int) -> tuple[int, list[str]] | None:
    """The first line of ``body`` naming a person, and the people it names, when the body
    names :data:`MIN_PEOPLE` or more full names led by a known given name."""
    from .given_names import led_by_given_name

    people: list[str] = []
    first: int | None = None
    for offset, line in enumerate(body.split("\n")):
        for name in full_names(line, led_by_given_name):
            if name not in people:
                people.append(name)
                first = first_line + offset if first is None else first
    return (first, people) if first is not None and len(people) >= MIN_PEOPLE else None


def full_names(text: str, led: Callable[[str], bool]) -> list[str]:
    """The full names ``text`` writes as prose does that ``led`` vouches for (a known
    given name leading them), in order."""
    return [name for found in _FULL_NAME.finditer(text)
            if (name := _led_part(found.group(), led))]


def _led_part(words: str, led: Callable[[str], bool]) -> str:
    """The full name within a run of capitalised words that a known given name leads
    (``Today Wolfgang Example`` gives ``Wolfgang Example``), or ""."""
    parts = words.split()
    for start in range(len(parts) - 1):
        if led(name := " ".join(parts[start:])):
            return name
    return ""
