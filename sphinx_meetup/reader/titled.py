"""A one-talk page that names its speaker at the end of its title: ``Title — Name``,
``Title - Name``, ``Title by Name``, ``Title featuring Name`` - or in the heading that
opens its body: ``# Title with Name`` / ``# Thema mit [@handle](…)``.

The page's body names no talk; its title is the talk, and the name after the title's
last spaced dash (or ``by`` / ``par`` / ``von`` / ``featuring``) its speaker - only with
evidence: the front matter knows the person, or the body names them again (the full
name anywhere, as in a linked ``[Ann Example](…)``; or the given name opening a sentence
or clause, ``Ann is…``, ``À propos de Ann``). A title that joins two things (``A & B``,
``A + B``) or whose tail holds a day or a month is left alone. ``with`` / ``mit`` /
``avec`` join a title's words as often as a person (``Testing with Raspberry Pi``), so
the opening heading's name after them needs more: a link whose text is the name or a
handle (their page), or the person's picture or a link to them elsewhere on the page.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import Unit
from .by_words import BY
from .confidence import LINKED_HANDLE
from .given_names import led_by_given_name
from .names import Name, is_organisation, key, looks_like_name, parse_name
from .patterns import LazyPattern

#: the title's tail after its last spaced dash or speaker word
_TAIL = LazyPattern(r"\s(?:[-–—]{1,2}|" + BY + r"|featuring|feat\.)\s+(?=\S)", re.IGNORECASE)
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
_SERIES_PREFIX = LazyPattern(
    r"^(?:(?:(?:[A-Z][\w.+'’-]*|\d{4})\s+){0,4}(?i:meetup|meeting|user\s+group|night|"
    r"stammtisch|treffen|soirée|rencontre|webinar|session|series|lectures?)"
    # its number, also in Roman numerals (``Hacking Night VI – ``)
    r"(?:\s*+#?\s*+\d{1,4}|\s++(?-i:[IVXL]{1,6})(?=\s))?"
    r"|(?i:episode|ep\.|folge|épisode|part|teil|partie|vol\.|no\.|#)\s*+\d{1,4}"
    # ``Webdevel No. 31 - ``: a series' name, then its number; ``Hacknight #250 – ``: any
    # name numbered with ``#``
    r"|(?:[A-Z][\w.+'’-]*\s+){1,3}(?i:no\.|nr\.)\s*+\d{1,4}"
    r"|(?:[A-Z][\w.+'’-]*\s+){0,3}[A-Z][\w.+'’-]*\s++#\d{1,4}"
    # ``Code Tavern III - ``, ``Hack & Beer IV: ``: two names or more, then the issue's
    # Roman numeral
    r"|(?:[A-Z][\w.+'’-]*\s++(?:&\s++)?){2,4}(?-i:[IVXL]{1,6})(?=\s*+[-–—:：])"
    # ``경희대학교 첫 번째 모임 - ``, ``第3回勉強会：``: who meets and which meeting, ending
    # in the word for it in Korean, Japanese or Chinese
    r"|[^\n:：|]{0,30}?(?:모임|밋업|세미나|스터디|勉強会|例会|沙龙|分享会|聚会|読書会))"
    r"\s*+(?::|：|[-–—|]\s)\s*+(?=\S)"
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


#: a title that ends with its issue's number (``JUG Milano Meeting #100``, ``Cloud Native
#: Evening #12``, ``Webdevel No. 32``): one event of a series. On the development sets
#: (four sites) 15 event titles end so, and not one annotated talk title does; nor a
#: volume (``JP_Stripes Tokyo Vol. 5``, ``Vol.3``)
_ISSUE_AT_END = LazyPattern(r"(?:#|\b(?i:no|nr|vol|volume)\.?)\s*+\d{1,4}\s*$")


def names_an_issue(title: str) -> bool:
    """Whether a page title ends with the number of its issue: then it names the event,
    and is no talk's title even when the page has one talk."""
    return bool(title) and _ISSUE_AT_END.search(title) is not None


def without_series(title: str) -> str:
    """``Episode 4 – Title`` → ``Title``: the series' name and number are the event's,
    not its one talk's (the title itself when nothing else is left)."""
    match = _SERIES_PREFIX.match(title)
    if match is None or not any(char.isalpha() for char in title[match.end() :]):
        return title
    return title[match.end() :].strip()


#: what joins a talk's title to its speakers' names closing it: a spaced dash, a colon
#: or a bar, ``by`` / ``with`` in the languages the reader knows, or a bracket
_TAIL_JOIN = (r"\s*+[-–—:|]\s++|\s++(?:" + BY + r"|with|w/|mit|avec|con|com|met|med|z|ze|"
              r"featuring|feat\.|ft\.)\s++|\s*+[(（]\s*+")
#: a talk's kind alone, which names no talk (``Presentation by Ann Example``)
_KIND_WORDS = frozenset({
    "talk", "a talk", "presentation", "a presentation", "session", "lecture", "keynote",
    "workshop", "vortrag", "charla", "palestra", "exposé", "conférence", "intervento",
    "prezentacja", "doklad", "доклад",
})
#: what joins two speakers' names in that tail
_NAMES_JOIN = r"\s*+(?:,|&|\+|/|、)\s*+|\s++(?:and|et|und|y|e|i|en|og|och)\s++"


def without_speakers(title: str, names: Collection[str]) -> str:
    """``Title with Ann Example`` → ``Title`` when Ann Example is the page's front-matter
    speaker: the names closing a page's title after a joining word, dash or bracket say
    who gives its one talk, not what it is called (``title`` itself when nothing else
    would be left, or the tail names anyone else)."""
    # (or by their given name: ``Title avec Ann`` of Ann Example)
    given = {name.split()[0] for name in names if len(name.split()) > 1}
    one = _any_of([*names, *given])
    if not one or not title:
        return title
    tail = re.search(rf"(?:{_TAIL_JOIN}){one}(?:{_NAMES_JOIN}{one})*\s*+[)）]?\s*$", title,
                     re.IGNORECASE)
    if tail is None:
        # ``Coding Standards by Ann Example w/ Pizza``: the speaker named after ``by``,
        # then the evening's extras - the talk's title is what comes before
        tail = re.search(rf"\s++(?:{BY})\s++{one}\b", title, re.IGNORECASE)
        if tail is None:
            return title
    head = title[: tail.start()].rstrip(" -–—:|,")
    if sum(char.isalnum() for char in head) < 4 or head.casefold() in _KIND_WORDS:
        return title  # (``Presentation by Ann Example``: no other title was given)
    return head


#: the longest text taken for a person's name: the pattern of the page's names is compiled
#: for each title, and a 100 KB "name" took a second to compile (stop 44)
_LONGEST_NAME = 100


def _any_of(names: Collection[str]) -> str:
    """A pattern matching any of ``names`` (the longest first), or ``""`` when none
    could be a person's (three letters or fewer, or longer than any name)."""
    written = sorted({name.strip() for name in names if 2 < len(name.strip()) <= _LONGEST_NAME},
                     key=len, reverse=True)
    return "(?:" + "|".join(re.escape(name) for name in written) + ")" if written else ""


def without_leading_speakers(title: str, names: Collection[str]) -> str:
    """``Ann Example - Title`` / ``Ann Example (Org): Title`` → ``Title`` when Ann
    Example is the page's speaker: a speaker's name opening the title, then a dash or a
    colon, says who gives the talk, not what it is called (``title`` itself when fewer
    than four letters would be left)."""
    one = _any_of(names)
    if not one or not title:
        return title
    head = re.match(rf"^\s*+{one}(?:{_NAMES_JOIN}{one})*(?:\s*+[(（][^()（）]{{1,100}}[)）])?"
                    r"\s*+(?:[:：]|[-–—|]\s)\s*+", title, re.IGNORECASE)
    if head is None or sum(char.isalnum() for char in title[head.end():]) < 4:
        return title
    return title[head.end():]


def joins_two(title: str) -> bool:
    """Whether a page title joins two things (``Welcome & Talk``): then it is not the
    title of the page's one talk."""
    return any(join in title for join in _TWO_THINGS)


#: how ``show --explain`` names a speaker read from ``Ann Example's talk on …``
POSSESSED = "the page's title: the person's talk on it"
#: ``Ann Example's talk on Parsing with care``: whose talk, then what it is on
_POSSESSED_TALK = LazyPattern(
    r"^(?P<who>[^\W\d_][^'’:]{2,60}?)['’]s?\s++(?:talk|seminar|lecture|presentation|"
    r"keynote|webinar)\s++(?:on|about)(?:\s*+[:：]\s*+|\s++)(?P<title>\S.{2,200})$",
    re.IGNORECASE)


def title_speaker(
    title: str, units: list[Unit], known: Collection[str]
) -> tuple[str, Name, str] | None:
    """(the talk's title, its speaker, the evidence) read from the page's ``title``."""
    if not title or len(title) > 200:
        return None
    if (quoted := _person_then_quoted(title, units, known)) is not None:
        return quoted
    if ("'" in title or "’" in title) and (owned := _POSSESSED_TALK.match(title)):
        name = parse_name(owned["who"])
        if name.name == owned["who"].strip() and " " in name.name and looks_like_name(
                name.name, known) and not is_organisation(name.name):
            return owned["title"].strip(), name, POSSESSED
    if " on " in title and (on := _NAME_ON.match(title)) is not None:
        name = parse_name(on["who"])
        if (name.name == on["who"] and looks_like_name(name.name, known, strict=True)
                and led_by_given_name(name.name) and not is_organisation(name.name)
                and (line := named_again(units, name.name)) is not None):
            # (the full name again in the body: ``General Meeting on February 9`` names
            # no one, though ``General`` may lead a name)
            return on["title"].strip(), name, f"{NAMED_ON}; named again on line {line}"
    title = without_series(title)  # ``Webdevel No. 32 - Thema``: the dash is the series'
    if title.endswith((")", "）")) and (bracketed := _bracketed(title, units, known)):
        return bracketed
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
    if found.group().strip().casefold() in _OF_TOO:
        # ``Die Welt von Uli Hoeneß``, ``Pasión por Python``: the word is also "of" /
        # "for"; a name the prose mentions may be the title's subject, not its speaker
        return None
    if not looks_like_name(tail, known, strict=True):
        return None
    where = _mentioned(units, tail)
    return (head, name, where) if where else None


#: ``Title (Ann Example)`` / ``Title (Ann Example) (deutsch)``: a name in the bracket
#: closing the title - then, maybe, the language the talk is given in
_CLOSING_NAME = LazyPattern(
    r"\s*+[(（](?P<who>[^()（）]{3,60})[)）]"
    r"(?:\s*+[(（](?i:deutsch|german|englisch|english|français|french|anglais|español|"
    r"spanish|inglés|italiano|italian|nederlands|dutch|engels)[)）])?\s*+$")


def _bracketed(title: str, units: list[Unit], known: Collection[str]) -> tuple[
        str, Name, str] | None:
    """``Title (Ann Example)``: the talk's title, then its speaker in a closing bracket -
    a front-matter speaker, or a full name the body names again (a bio opening ``Ann
    Example ist…``, or ``Ann is…``). A bracket of anything else (``Python (Part 2)``,
    ``Graphs (Neo4j)``) is the title's own."""
    if (closing := _closing_bracket(title)) is None:
        return None
    head, name = closing
    who = name.name
    if known and key(who) in known:
        return head, name, "a front-matter speaker"
    if " " not in who or not looks_like_name(who, known, strict=True) or is_organisation(who):
        return None
    where = _mentioned(units, who)
    return (head, name, f"{BRACKETED}; {where}") if where else None


#: the evidence of a talk read from a page title ``Title (Ann Example)``
BRACKETED = "the page's title: the person in the bracket closing it"


def closing_person(title: str) -> tuple[str, Name] | None:
    """``Title (Ann Example)`` on a page whose prose calls it one talk: the title and the
    person in the bracket closing it - a full name a known given name leads, nothing
    else (``Graphs (Neo4j)``, ``Rust (Part Two)`` keep their bracket)."""
    if (closing := _closing_bracket(title)) is None:
        return None
    who = closing[1].name
    if (" " not in who or not looks_like_name(who, strict=True) or is_organisation(who)
            or not led_by_given_name(who)):
        return None
    return closing


def _closing_bracket(title: str) -> tuple[str, Name] | None:
    """``Title (Ann Example)``: the title and the name in the bracket closing it (a name
    as written, nothing around it), when the title keeps words of its own."""
    match = _CLOSING_NAME.search(title)
    if match is None:
        return None
    head, who = title[: match.start()].strip(), match["who"].strip()
    if sum(char.isalnum() for char in head) < 4 or head.endswith(("-", "–", "—", ":")):
        return None
    name = parse_name(who)
    return (head, name) if name.name == who else None


#: the evidence of a talk read from a page title ``Ann Example on Title``
NAMED_ON = "the page's title: the person, then 'on' and what they speak on"
#: ``Ann Example on Raft``: a full name, ``on``, what the person speaks on
_NAME_ON = LazyPattern(
    r"^(?P<who>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){1,3}) on (?P<title>\S.{2,200})$")


#: the words for ``by`` that also mean "of" or "for" (German, Dutch, Spanish and
#: Portuguese, French): in a page title they need the front matter to name the speaker
_OF_TOO = frozenset({"von", "door", "por", "par"})


def named_again(units: list[Unit], name: str, skip: int | None = None) -> int | None:
    """The file line of the first unit (but the one at index ``skip``) whose source
    names ``name`` as whole words - an avatar's alt text, a link, a bio - else ``None``."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for index, unit in enumerate(units):
        if index != skip and name in unit.source and pattern.search(unit.source):
            return unit.line
    return None


#: ``Ann Example mit »Title«`` / ``Ann Example: »Title«`` / ``Ann Example über 'Title'``:
#: a person, a word that joins (with, about, or a colon) and the quoted title
_PERSON_QUOTED = LazyPattern(
    r"^(?P<name>[^\W\d_][\w'’.\- ]{2,40}?)(?:\s*:|\s+(?:mit|with|avec|con|com|met|med|"
    r"über|on|sur|sobre|over|om))\s*+(?P<open>[»«„“\"”'‘「『])(?P<title>[^»«„“\"”'‘’「」『』]{2,120})"
    r"(?P<close>[«»“”\"'’」』])\s*+$"
)


def _person_then_quoted(
    title: str, units: list[Unit], known: Collection[str]
) -> tuple[str, Name, str] | None:
    """``Ann Example mit »Title«``: the quoted title, by the person before it - a full
    name the body names again (or the front matter's)."""
    match = _PERSON_QUOTED.match(title.strip())
    if match is None:
        return None
    name = parse_name(match["name"].strip())
    if key(name.name) in known:
        return match["title"].strip(), name, "a front-matter speaker"
    if not looks_like_name(name.name, known, strict=True):
        return None
    where = _mentioned(units, name.name)
    return (match["title"].strip(), name, f"before the quoted title; {where}") if where else None


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


#: ``Title with Name`` / ``Thema mit Name`` / ``Titre avec Name`` / ``Title featuring
#: Name``: the last such word of a heading, and the person after it
_WITH = LazyPattern(
    r"^(?P<topic>\S.{1,150}?)\s+(?:with|mit|avec|featuring|feat\.)\s+(?P<who>[^\s].{0,80})$",
    re.IGNORECASE,
)
#: what the evidence of a speaker read from the opening heading says
OPENING_HEADING = "after 'with' in the heading that opens the body"
#: the person as one link whose text is their name or their ``@handle``
_WHO_LINK = LazyPattern(r"^\[(?P<text>@?[^\[\]]{2,60})\]\((?P<url>[^)\s]+)\)$")
_HANDLE = LazyPattern(r"^@[\w.-]{2,40}$")
#: where a person's own page lives: a linked full name there is someone, not something
#: (not a code host: ``github.com/Lightning-AI`` is as often a project's organisation)
_PROFILE = LazyPattern(
    r"^https?://(?:www\.)?(?:twitter\.com|x\.com|(?:[a-z]{2}\.)?linkedin\.com/in/|"
    r"bsky\.app/profile/|about\.me/|keybase\.io/|[\w.-]*mastodon[\w.-]*/@|[\w.-]+/@)",
    re.IGNORECASE,
)


def is_profile(url: str) -> bool:
    """Whether ``url`` is a person's own page (a social profile), not a thing's."""
    return _PROFILE.match(url) is not None


def heading_speaker(
    units: list[Unit], page_title: str, known: Collection[str]
) -> tuple[str, Name, str] | None:
    """(the talk's title, its speaker, the evidence) read from the heading that opens
    the body (``# Xdebug workshop with Ann Example``): the person after ``with`` /
    ``mit`` / ``avec`` / ``featuring`` - a link to them whose text is their name or
    handle, or a full name the page links or pictures elsewhere (the front matter may
    know them). The talk's title is the page's (without its series) when it carries the
    heading's topic, else the heading's topic."""
    first = next((index for index, unit in enumerate(units) if unit.kind == "heading"), None)
    if first is None or any(unit.kind != "heading" and unit.text for unit in units[:first]):
        return None  # the page's own heading opens the body; a later one is a section's
    unit = units[first]
    match = _WITH.match(unit.source.lstrip("#").strip())
    if match is None or any(join in match["topic"] for join in _JOINS):
        return None
    who = match["who"].strip()
    link = _WHO_LINK.match(who)
    if link is not None:
        text = link["text"].strip()
        handle = bool(_HANDLE.match(text))
        if not (handle or looks_like_name(text, known, strict=True)):
            return None
        if not handle and not (
            _PROFILE.match(link["url"]) or (known and key(text) in known)
            or _linked_or_pictured(units, text, first) is not None
        ):
            return None  # ``Hacking with [Raspberry Pi](…)``: a link to a thing's site
        name = parse_name(text)
        why = f"line {unit.line}: " + (LINKED_HANDLE if handle else f"{OPENING_HEADING}, linked")
    else:
        if "[" in who or not looks_like_name(who, known, strict=True):
            return None
        name = parse_name(who)
        if known and key(who) in known:
            why = f"line {unit.line}: {OPENING_HEADING}; a front-matter speaker"
        elif (line := _linked_or_pictured(units, who, first)) is not None:
            why = f"line {unit.line}: {OPENING_HEADING}; linked or pictured on line {line}"
        else:
            return None
    if name.name != (text if link is not None else who) or opens_like_a_subtitle(name.name):
        return None
    topic = plain_topic = re.sub(r"\[([^\[\]]*)\]\([^)\s]*\)", r"\1", match["topic"]).strip()
    page = without_series(page_title) if page_title else ""
    if _folded(page) == _folded(unit.text):
        page = ""  # the page is titled by this very heading (it has no title of its own)
    if page and _folded(plain_topic) and _folded(plain_topic) in _folded(page):
        topic = page
    return topic, name, why


def _folded(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def _linked_or_pictured(units: list[Unit], name: str, skip: int) -> int | None:
    """The file line of a link whose text is ``name`` or an image whose alt text is it
    (the person's page or picture), outside unit ``skip``; else ``None``."""
    wanted = key(name)
    for index, unit in enumerate(units):
        if index == skip or name not in unit.source:
            continue
        for text in re.findall(r"\[([^\[\]]{2,80})\]\(", unit.source):
            if key(text.strip()) == wanted:
                return unit.line
    return None
