"""Talks a page's prose names: a person, a word of talking, then the title in quotes.

A recap or an announcement often writes its programme as paragraphs of sentences (a list
item is left alone: lists of news name other events' talks): ``Ann Example, a security
consultant, opened the evening with a talk on "Bug Hunting in Plugins". She was followed
by Bo Sample, who spoke on "Wireless Access".`` One such sentence is evidence only with
all three parts in it, before the quoted words: a person, a word of giving a talk
(``talk``, ``presented``, ``spoke``, ``keynote``…) and a quoted title that opens with a
capital or a digit - not right after a written work's word (``the book "…"``, ``the
paper "…"``: something read, not given). Two such sentences make a programme when
knowledge vouches for the person of one of them at least (a front-matter speaker, or a
full name a known given name leads); beside it the others may name a full name of a
person's shape, or a known given name alone (the repeated shape stands for the rest).
One sentence alone is a talk only when its person is a front-matter speaker. Only on a
page where nothing else was read, and the prose stays in the page as written: the talks
are what it says, not a replacement for it. Pure: units in, headers out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .blocks import Unit
from .confidence import SIBLING_SENTENCES
from .given_names import is_given_name, vouched_for
from .headers import Header, tidy_title
from .names import is_organisation, key, looks_like_name, parse_name
from .patterns import LazyPattern

#: a written work's word right before its quoted title (``the book "Better Allies"``): a
#: reading, not a talk
_WORK_BEFORE = LazyPattern(
    r"(?<![\w-])(?:books?|novels?|papers?|articles?|essays?|livros?|libros?|livres?|buch|"
    r"boek|romanzo|artigo|artículo)\s*+$",
    re.IGNORECASE,
)
#: a title in quotes (straight, curly, low-high or guillemets), bold or not
_QUOTED = LazyPattern(
    r"(?:\*\*|__)?[\"“„«]\s*+(?P<title>[^\W_][^\"“”„«»\n]{1,158}?)\s*+[\"”»“](?:\*\*|__)?"
)
#: the words of giving a talk, one of which the sentence must hold before the title
_TALKING = LazyPattern(
    r"(?<![\w-])(?:talks?|presentations?|presented|presents|presenting|spoke|speak(?:s|ing)?"
    r"|lectures?|lectured|keynotes?|titled|entitled|speaker|seminar|colloquium|topic"
    r"|discussing|discussion\s+on)(?![\w-])",
    re.IGNORECASE,
)
#: the substrings one of those words holds, looked for before the pattern
_TALKING_STEMS = ("talk", "present", "spoke", "speak", "lectur", "keynote", "titled",
                  "seminar", "colloquium", "topic", "discuss")
#: a sentence's end outside quotes: a full stop (or ! ?) and a space before a capital
_SENTENCE_END = LazyPattern(r"[.!?]\s+(?=[\"“„«(]?[A-Z])")
#: a name: two to four capitalised words (particles between them), or a link's words
_NAME = LazyPattern(
    r"(?<![\w'’\-])[A-Z][\w'’\-]+(?:\s++(?:[A-Z][\w'’\-]+|van|de|der|den|von|du|da|di)){1,3}"
    r"(?![\w'’\-])"
)
#: one capitalised word not opening the sentence, a comma or the sentence's end after
#: it (``followed by Ann, who…``): a given name alone
_ONE_NAME = LazyPattern(r"(?<=[a-z,] )(?P<name>[A-Z][a-z]{2,20})(?=,|\s+(?:who|with)\b)")
#: a link as its text (``[Ann Example](https://…)'s talk``)
_LINK = LazyPattern(r"\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)")
#: sentences that must name a talk so, when their person is no front-matter speaker
_MIN_SENTENCES = 2
#: the longest paragraph read (longer ones are articles)
_LONGEST = 3000


def read(
    units: list[Unit], heads: list[Header], regions: list[str], known: Collection[str]
) -> list[Header]:
    """Talk headers for the quoted titles the page's sentences give a person's talk,
    when no other talk was read."""
    if any(head.kind == "talk" for head in heads):
        return []
    said: list[tuple[int, str, tuple[str, bool]]] = []
    for index, unit in enumerate(units):
        if (unit.kind != "paragraph" or regions[index] in {"other", "inside"}
                or len(unit.source) > _LONGEST):
            continue
        source = unit.source
        if not any(mark in source for mark in "\"“„«](") or not any(
                stem in source.lower() for stem in _TALKING_STEMS):
            continue
        said += [(index, title, person) for title, person in _quoted_talks(source, known)]
    if not any(vouched for _, _, (_, vouched) in said):
        return []  # (a sentence whose person knowledge vouches for leads the others)
    found = [(index, title, name) for index, title, (name, _) in said]
    titles = {key(title) for _, title, _ in found}
    speakers = {name for _, _, name in found}
    if len(titles) < len(found) or len(speakers) < len(found):
        return []  # (one title or one person twice: a recap quoting, not a programme)
    if len(found) < _MIN_SENTENCES and not all(key(name) in known for _, _, name in found):
        return []
    why = (f"{SIBLING_SENTENCES} ({len(found)})" if len(found) >= _MIN_SENTENCES
           else "a front-matter speaker")
    return [Header(index, "prose", title=title, own_only=True, slot=(index, [parse_name(name)], (
                f"line {units[index].line}: the person the sentence says gives the talk whose "
                f"title it quotes; {why}")))
            for index, title, name in found]


def _quoted_talks(
    source: str, known: Collection[str]
) -> list[tuple[str, tuple[str, bool]]]:
    """(title, (person, vouched)) of each quoted title in ``source`` whose sentence,
    before it, names a person and a word of giving a talk: a person name knowledge
    vouches for, else one whose sibling sentences must carry the evidence - a full name
    of the shape a person's has (``Naufal Jaffri``), or a known given name alone
    (``He was followed by Ann, who spoke on …``)."""
    text = _LINK.sub(lambda link: _set_apart(link[1], known), source) if "](" in source else (
        source)
    talks: list[tuple[str, tuple[str, bool]]] = []
    start = 0
    for match in _QUOTED.finditer(text):
        before = text[start : match.start()]
        start = match.end()
        ends = list(_SENTENCE_END.finditer(before))
        sentence = before[ends[-1].end() :] if ends else before
        title = tidy_title(match["title"].rstrip(",.;:")).rstrip(",;:")
        if not title or not (title[0].isupper() or title[0].isdigit()):
            continue
        if follows_a_work_word(text, match.start()):
            continue  # ``…enthusiastic about the book "Better Allies"``: what is read
        if not _TALKING.search(sentence):
            continue
        vouched = [name for found in _NAME.finditer(sentence)
                   if (name := _person(found.group(0), known, vouched_for)) is not None]
        if vouched:
            talks.append((title, (vouched[-1], True)))
        elif other := _unvouched(sentence, known):
            talks.append((title, (other, False)))
    return talks


def follows_a_work_word(text: str, at: int) -> bool:
    """Whether the quoted title at ``at`` of ``text`` comes right after a written work's
    word (``the book "…"``): a title of something read, not of a talk."""
    return _WORK_BEFORE.search(text, max(0, at - 20), at) is not None


def _set_apart(text: str, known: Collection[str]) -> str:
    """A link's text, quoted when it can be a title the link sets apart (``discussing
    [Linting Rego with Rego](video)``): two words or more opening with a capital or a
    digit, no quotes of their own, and no person's name (``[Ann Example](profile)``
    names the person, who stays a name of the sentence)."""
    words = text.split()
    if (len(words) < 2 or not (text[0].isupper() or text[0].isdigit())
            or any(mark in text for mark in _QUOTE_MARKS) or vouched_for(text, known)
            or looks_like_name(text, known, strict=True)):
        return text
    return f"“{text}”"


#: the quotation marks :data:`_QUOTED` reads
_QUOTE_MARKS = "\"“”„«»"


def _unvouched(sentence: str, known: Collection[str]) -> str | None:
    """The last person-shaped name of ``sentence`` no knowledge vouches for: a full
    name that reads as one strictly, or one known given name alone."""
    found = None
    for match in _NAME.finditer(sentence):
        found = _person(match.group(0), known, _strict) or found
    for match in _ONE_NAME.finditer(sentence):
        if is_given_name(match["name"]) and (
                found is None or match.start() > sentence.rfind(found)):
            found = match["name"]
    return found


def _strict(name: str, known: Collection[str]) -> bool:
    return looks_like_name(name, known, strict=True)


def _person(
    words: str, known: Collection[str], is_person: Callable[[str, Collection[str]], bool]
) -> str | None:
    """The person a run of capitalised words names by ``is_person``, leading words that
    open a sentence (``Then Ann Example``, ``Finally Ann Example``) set aside; None when
    none."""
    if words.endswith(("'s", "’s")):
        words = words[:-2]  # ``Ann Example's talk``
    split = words.split()
    for first in range(len(split) - 1):
        name = " ".join(split[first:])
        if not is_organisation(name) and is_person(name, known):
            return name
    return None
