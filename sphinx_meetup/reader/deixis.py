"""A page that speaks of itself as one talk: ``In this talk I will…``, ``En esta charla…``.

A seminar's or a talk night's page often is one talk's abstract under the talk's own
title, naming no speaker (``We present…``) or naming them where the reader cannot tell.
Its title alone is no evidence: a meetup's page is titled too, and a page with no talk
in its text must not become one. The prose's own words are: a sentence that says
*this talk* (*this session*, *this lecture*; *esta charla*, *cette présentation*,
*dieser Vortrag*, *本次分享*) calls the page one talk. It is read so only under a title
that can be a talk's - not a night's (``January Meetup``, ``Code Tavern III``,
``Hack & Beer``), not one numbered as an issue or naming only a month.
"""

from __future__ import annotations

import re

from .blocks import Unit
from .given_names import led_by_given_name
from .patterns import CaselessWords, LazyPattern

#: a sentence speaking of the page's one talk, in the pages' languages
_THIS_TALK = LazyPattern(
    r"\b(?:in|during|for|with)\s+(?:this|today'?s|tonight'?s)\s+"
    r"(?:talk|presentation|lecture|seminar|session|webinar|keynote)\b"
    r"|\bthis\s+(?:talk|presentation|lecture|seminar|session|workshop|webinar|tutorial)\s+"
    r"(?:will|we|i|is|covers|gives|introduces|explores|presents|discusses|shows|describes|"
    r"focuses|looks)\b"
    # (``Join us for a talk by…``, ``Come to a presentation on…``: the page invites to one)
    r"|\b(?:join\s+us|come)\s+(?:for|to)\s+(?:a|an|this)\s+"
    r"(?:talk|presentation|lecture|seminar|webinar)\b"
    r"|\ben\s+(?:esta|la\s+presente)\s+(?:charla|ponencia|presentación|conferencia|plática)\b"
    r"|\b(?:nesta|na\s+presente)\s+(?:palestra|apresentação|conferência)\b"
    r"|\bdans\s+(?:cette|cet|ce)\s+(?:présentation|conférence|talk|exposé|séminaire)\b"
    r"|\b(?:in\s+diesem|im)\s+(?:vortrag|talk)\b|\bdieser\s+vortrag\b"
    r"|\bin\s+questo\s+(?:talk|seminario|intervento)\b"
    r"|\bw\s+(?:tej|tym)\s+(?:prezentacji|prelekcji|wykładzie)\b"
    r"|\bin\s+deze\s+(?:talk|presentatie|lezing)\b"
    r"|本次分享|本次演讲|本次讲座|本讲座|この(?:発表|講演|セッション)では|이번\s*발표",
    re.IGNORECASE,
)
#: the talk's own word each sentence of :data:`_THIS_TALK` holds (its CJK phrases
#: whole): a paragraph without one is not searched for the sentence, which the engine
#: tries word by word at every place of the text (long paragraphs of prose, most with
#: none of these words); a property test holds the two together
_TALK_WORDS = (
    "talk", "presentation", "lecture", "seminar", "session", "webinar", "keynote", "workshop",
    "tutorial", "charla",
    "ponencia", "presentación", "conferencia", "plática", "palestra", "apresentação",
    "conferência", "présentation", "conférence", "exposé", "séminaire", "vortrag",
    "seminario", "intervento", "prezentacji", "prelekcji", "wykładzie", "presentatie",
    "lezing",
)
_TALK_WORD = CaselessWords(_TALK_WORDS)
#: ... and its phrases in scripts without case
_TALK_PHRASE = LazyPattern(
    r"本次分享|本次演讲|本次讲座|本讲座|この(?:発表|講演|セッション)では|이번\s*발표")
#: a title that names a gathering, not a talk (``January Meetup``, ``Code & Tell``,
#: ``Hack & Beer``, ``Monthly social``, ``Python 勉強会``)
_GATHERING = LazyPattern(
    r"\b(?:meetups?|meeting|user\s+group|night|evening|abend|soirée|treffen|stammtisch|"
    r"rencontre|encuentro|quedada|incontro|spotkanie|hangout|social|party|hackathon|"
    r"conference|summit|tavern|code\s*&\s*tell|edition|ausgabe|édition|edición)\b"
    r"|[&＆+]|모임|밋업|勉強会|沙龙|聚会|例会|分享会|読書会|もくもく",
    re.IGNORECASE,
)
#: a title that ends with its number, a word of its own (``Code Tavern III``, ``Session
#: 12``, ``Rust Night #12``) - not a name's (``on Loihi-2``, ``Web3``), nor a talk's part
#: (``… Part 2``)
_NUMBERED = LazyPattern(
    r"(?<!\bpart)(?<!\bteil)(?<!\bparte)(?<!\bpartie)"
    r"(?:\s(?-i:[IVXL]{1,6})|\s\d{1,4}|#\s*\d{1,4})[\s!.]*$", re.IGNORECASE)
#: a month and a year in a title (``… September 2025``): a night's date, no talk's
_MONTH_YEAR = LazyPattern(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|"
    r"août|sept|déc|märz|okt|dez|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)[a-zé]*\.?\s+"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def speaks_of_itself(units: list[Unit], inside: set[int]) -> int | None:
    """The line of the first paragraph (outside any talk) whose prose calls the page
    one talk, or ``None`` - also when such sentences stand under two sibling headings
    (``### Title`` + ``X本次分享…`` again and again): each section then speaks of its own
    talk, and the page is a recap of several, not one."""
    first: int | None = None
    heading: Unit | None = None
    levels: dict[int, int] = {}  # the level of each section's heading, by its line
    for index, unit in enumerate(units):
        if unit.kind == "heading":
            heading = unit
        elif index not in inside and unit.kind == "paragraph" and holds_a_talk_word(
                unit.text) and _THIS_TALK.search(unit.text):
            first = unit.line if first is None else first
            if heading is not None:
                levels[heading.line] = heading.block.level
                if len(levels) > 1 and len(set(levels.values())) == 1:
                    return None
    return first


def holds_a_talk_word(text: str) -> bool:
    """Whether ``text`` holds one of :data:`_TALK_WORDS` (in any case) or a CJK phrase
    of :data:`_THIS_TALK`: a text without one holds no such sentence."""
    # (the phrases are CJK and Hangul: an ASCII text holds none)
    return _TALK_WORD.found_in(text) or (
        not text.isascii() and _TALK_PHRASE.search(text) is not None)


def can_title_a_talk(title: str) -> bool:
    """Whether a page title (its series words already taken off) can be one talk's."""
    title = title.strip()
    return (len(title) >= 3 and any(char.isalpha() for char in title)
            and not _GATHERING.search(title) and not _NUMBERED.search(title)
            and not _MONTH_YEAR.search(title) and not re.fullmatch(r"[\W\d_]+", title))


#: the heading a seminar's page opens with: the speaker's full name, then (maybe) their
#: affiliation (``### Ann Example Université Exemple (UEX), Crypto group``)
_NAME_WORD = LazyPattern(r"(?:de|van|von|da|di|del|der|le|la|(?-i:[A-Z])[\w'’-]*+)$")
_PARTICLES = frozenset({"de", "van", "von", "da", "di", "del", "der", "le", "la"})
#: what opens an affiliation after the name: a separator, or an institution's word
_AFFILIATION = LazyPattern(
    r"^(?:[,(–—|/:-]|(?:Universit|Univ\.|Institut|INRIA|CNRS|Lab|Laborat|École|Ecole|"
    r"Escuela|Scuola|Colleg|Hochschule|School|Dep|Départ|Cent|Facult|(?-i:[A-Z]{2,})\b))",
    re.IGNORECASE,
)


def heading_person(units: list[Unit]) -> tuple[str, int] | None:
    """The person the body's opening heading names first (a full name led by a known
    given name, then nothing, a separator or an institution's word), with its line."""
    if not units or units[0].kind != "heading":
        return None
    words = units[0].text.split()
    # a given name and a surname; three words only with a particle (``Ann de Example``):
    # a third capitalised word may as well be the employer (``Ann Example Acme``)
    size = 3 if len(words) > 2 and words[1] in _PARTICLES else 2
    if len(words) < size or any(word.endswith(",") or word.isupper()
                                or not _NAME_WORD.match(word) for word in words[1 : size - 1]):
        return None
    last = words[size - 1]
    if last.isupper() or not _NAME_WORD.match(last.rstrip(",")):
        return None
    after = "," if last.endswith(",") else (words[size] if len(words) > size else "")
    name = " ".join([*words[: size - 1], last.rstrip(",")])
    if (not after or _AFFILIATION.match(after)) and led_by_given_name(name):
        return name, units[0].line
    return None
