"""Agenda entries: their clock times, and whether they are talks at all.

An agenda line that only repeats a talk described elsewhere on the page (``18:30 Talk 1
Elasticsearch war stories`` and, further down, ``Talk 1:`` with its abstract) lends
that talk its times and whatever it lacks; placeholders (``19:00 talks``) that match no
talk go; opening remarks, sign-in, breaks and lunch stay as ``kind="break"``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from ..model import Talk
from .blocks import fold
from .by_words import BY
from .given_names import led_by_given_name
from .headers import Header
from .labels import Labels
from .names import key, looks_like_name
from .patterns import LazyPattern, run_of
from .placeholders import is_placeholder, names_no_one
from .trust import TABLE_ROW

_WORD_SPLIT = LazyPattern(run_of(r"[\W_]"))
_GLUE = frozenset({"and", "&", "the", "of", "words", "remarks", "intro", "introduction",
                   "introductions", "kickoff", "kick", "off", "et", "en", "und", "mot",
                   # ``Welcome / User Group introduction``: who is introduced, after a word
                   # of welcome (without one, ``User Group`` is no remark)
                   "user", "group", "community", "our", "to"})
#: how a talk's evidence says a name came from a host label (a host is a speaker only
#: when the page gives them a talk)
HOST_EVIDENCE = "host label"
#: agenda entries × described talks compared at most (a real agenda is far smaller)
_MAX_COMPARISONS = 40_000


#: afternoon hours a 12-hour agenda writes without "pm" (``2:30`` after ``12:30``)
_AFTERNOON = range(1, 8)


def twelve_hour_clock(heads: list[Header]) -> None:
    """An agenda on a 12-hour clock without am/pm (``11:30-1:00``, then ``2:30 - 3:20``):
    a start before the entry above it, after a late-morning or later one, and an end
    before its own start are afternoon times. A 24-hour agenda never goes back so
    (a next day's ``9:00`` after ``17:00`` stays morning: 9 is no afternoon hour)."""
    previous: dt.time | None = None
    for head in heads:
        if head.style not in {"timed", "table"} or head.start is None:
            continue
        start, end = head.start, head.end
        if previous is not None and start < previous and previous.hour >= 11 and (
            start.hour in _AFTERNOON
        ):
            start = start.replace(hour=start.hour + 12)
        if end is not None and end < start and end.hour in _AFTERNOON and (
            end.replace(hour=end.hour + 12) > start
        ):
            end = end.replace(hour=end.hour + 12)
        head.start, head.end = start, end
        previous = start


def fill_ends(heads: list[Header]) -> None:
    """An agenda entry with one time ends when the next entry starts."""
    timed = [h for h in heads if h.style in {"timed", "table"} and h.start is not None]
    for head, after in itertools.pairwise(timed):
        if head.end is None and after.start is not None and after.start > head.start:
            head.end = after.start


def merge(pairs: list[tuple[Talk, Header]]) -> list[tuple[Talk, Header]]:
    """Agenda entries that only repeat a described talk give it their times (and title
    or speakers it lacks); placeholders (``18:30 talk 1``) that match nothing go. The
    entries keep the page's order - a described talk stands where its agenda line is -
    and are never sorted by time (a day heading or a second room would be scrambled)."""
    repeated = _repeated_items(pairs)
    details = [
        (t, h) for t, h in pairs
        if not (h.style == "timed" and h.stop == h.index + 1) and id(t) not in repeated
    ]
    detail_ids = {id(t) for t, _ in details}
    numbered = any(h.number is not None for _, h in details if h.style != "timed")
    candidates = [
        (t, h, fold(t.title))
        for t, h in details
        if not (h.style == "timed" and h.start is not None)
    ]
    if len(candidates) * (len(pairs) - len(details)) > _MAX_COMPARISONS:
        candidates = []  # no meetup has an agenda this long; stay linear
    kept: list[tuple[Talk, Header]] = []
    # where each talk stands in the programme: its agenda line when one names it
    place = {id(talk): head.index for talk, head in pairs}
    for talk, head in pairs:
        if id(talk) in detail_ids and head.kind != "placeholder":
            kept.append((talk, head))
            continue
        match = repeated.get(id(talk)) or _agenda_match(talk, head, candidates, numbered)
        if match is None:
            if head.kind != "placeholder":
                kept.append((talk, head))
            continue
        other, other_head = match
        place[id(other)] = min(place[id(other)], head.index)
        other.title = other.title or talk.title
        if not other.speakers:
            other.speakers, other.aliases = talk.speakers, talk.aliases
            other.affiliations = talk.affiliations
            other.evidence.update((n, w) for n, w in talk.evidence.items() if n)
        elif id(talk) in repeated and (more := [n for n in talk.speakers if key(n) not in
                                                 _people(other) and _vouched(n)]):
            # the summary's row names everyone its section names, and more people (a
            # known given name's: ``Ann Example, Example Corp`` is one person in a row)
            other.speakers += more
            other.evidence.update((n, talk.evidence[n]) for n in more if n in talk.evidence)
            other.aliases.update((n, talk.aliases[n]) for n in more if n in talk.aliases)
            other.affiliations.update(
                (n, talk.affiliations[n]) for n in more if n in talk.affiliations)
        if other_head.start is None:
            other_head.start, other_head.end = head.start, head.end
        other.video, other.slides = other.video or talk.video, other.slides or talk.slides
        if head.style == "table" and talk.line is not None:
            # the talk is a row of the agenda table too: the table's other rows are
            # read beside it (a row naming no one beside named rows is a slot)
            other.evidence[""] += f"; line {talk.line}: {TABLE_ROW_ALSO}"
    return sorted(kept, key=lambda pair: place[id(pair[0])])


#: said of a talk whose section repeats an agenda table's row: the table checks of
#: :mod:`.trust` look for its :data:`.trust.TABLE_ROW`
TABLE_ROW_ALSO = f"also an {TABLE_ROW}"


def _repeated_items(pairs: list[tuple[Talk, Header]]) -> dict[int, tuple[Talk, Header]]:
    """List items of one line (``- **Title** - *Name*``) and agenda table rows whose
    title a talk heading further down repeats (``### Title`` with the abstract and bio;
    the row's title may close with a tag the heading leaves out, ``[Level 200]``), by
    the same people or naming none: the list or table is the programme's summary and
    the heading the same talk's section, not a second talk. By ``id`` of the entry's
    talk, the heading's talk and header."""
    headings: dict[str, tuple[Talk, Header]] = {}
    for talk, head in pairs:
        if talk.title and (head.style == "heading" or (
                head.style in _SECTION_LINES and not head.own_only)):
            headings.setdefault(fold(talk.title), (talk, head))
    repeated: dict[int, tuple[Talk, Header]] = {}
    if not headings:
        return repeated
    for talk, head in pairs:
        if not talk.title or not (head.style == "table" or (
                head.style in {"item", "line"} and head.own_only)):
            continue
        title = fold(talk.title)
        match = (headings.get(title) or headings.get(fold(_TAG.sub("", talk.title)))
                 or _same_people_longer(talk, title, headings))
        if match is not None and match[1].index > head.index and (
                not talk.speakers or not match[0].speakers
                or _people(talk) >= _people(match[0])):
            # (the row may name more of the same people: a section's speaker label
            # ``Ann Example, Engineer at Example and Bo Sample, …`` read as one person)
            repeated[id(talk)] = match
    return repeated


def _vouched(name: str) -> bool:
    """A person beyond doubt: a full name led by a known given name (``Art of
    Programming Edulabs`` is led by one, and is no name)."""
    return led_by_given_name(name) and looks_like_name(name, (), strict=True)


def _people(talk: Talk) -> set[str]:
    """The talk's speakers as compared (``Jauneet singh`` in a row, ``Jauneet Singh``
    in the section: one person)."""
    return {key(name) for name in talk.speakers}


#: a talk's own line that opens its section as a heading does (``**Title**`` then its
#: speaker label and abstract), not an entry of one line
_SECTION_LINES = frozenset({"line", "quoted", "segment"})


def _same_people_longer(
    talk: Talk, title: str, headings: dict[str, tuple[Talk, Header]]
) -> tuple[Talk, Header] | None:
    """The one heading whose talk has the entry's people (named) and whose title stands
    in the entry's (``- big blue button mit API - Ann`` over ``### Big Blue Button -
    Ann``, ``| Introduction and The State of Streaming |`` over ``**The State of
    Streaming**``): the summary says a little more of the same talk."""
    if not talk.speakers:
        return None
    found = [match for heading, match in headings.items()
             if len(heading) >= _MIN_OPENING and heading in title
             and set(match[0].speakers) == set(talk.speakers)]
    return found[0] if len(found) == 1 else None


#: the least of a title that may open a longer one (shorter are words, not titles)
_MIN_OPENING = 4


#: a tag closing an agenda entry's title that its section's heading leaves out: the
#: level or length of the talk (``[Level 200]``, ``(30 min)``)
_TAG = LazyPattern(r"\s*[\[(（][^\[\]()（）]{1,24}[\])）]\s*$")


def _agenda_match(
    talk: Talk, head: Header, candidates: list[tuple[Talk, Header, str]], numbered: bool
) -> tuple[Talk, Header] | None:
    title = fold(talk.title)
    for other, other_head, other_title in candidates:
        if other is talk:
            continue
        long_enough = title and other_title and len(min(title, other_title, key=len)) >= 4
        if long_enough and (title in other_title or other_title in title):
            return other, other_head
        if talk.speakers and set(talk.speakers) == set(other.speakers):
            return other, other_head
        if numbered and head.number is not None and head.number == other_head.number:
            return other, other_head
    return None


def classify(talk: Talk, head: Header, labels: Labels) -> None:
    """Opening remarks, sign-in, breaks and lunch are agenda entries, not talks."""
    title = talk.title
    # (a slot the organisers hold - ``開場`` by ``実行委員会`` - names no one either)
    nobody = not talk.speakers or all(names_no_one(name) for name in talk.speakers)
    idle = nobody and (is_break_title(title, labels) or bool(_DISCUSSION.match(title))
                       or is_placeholder(title))  # (``## TBA``: a slot to fill)
    if head.kind == "break" or is_remarks(title, labels) or idle or is_placeholder(title):
        # (``Talk 1: **TBA** von Ann``: Ann's slot, shown as written - no talk is known
        # yet, as a front-matter entry titled so is none)
        talk.kind = "break"
        if talk.speakers and all(
            HOST_EVIDENCE in talk.evidence.get(name, "") for name in talk.speakers
        ):
            talk.speakers, talk.aliases, talk.affiliations = [], {}, {}  # a host, no talk


#: ``圆桌讨论 - 如何参与社区``, ``Open discussion``: a discussion row; with no one named, the
#: room talks, nobody gives a talk (a panel that names its people is one)
_DISCUSSION = LazyPattern(
    r"^(?:圆桌讨论|自由讨论|开放讨论|讨论环节|open\s+discussion|panel\s+discussion|"
    r"round[\s-]?table(?:\s+discussion)?|"
    # the word alone opening the row (``Discussion followed by networking``), in the
    # pages' languages: with no one named, the room talks
    r"discussions?|diskussion(?:en)?|débats?|debates?|discusión|discussione|discussie|"
    r"dyskusja|дискуссия|обсуждение|ディスカッション|討論|讨论)(?=$|[\s:：\-–—(（])",
    re.IGNORECASE,
)


def is_remarks(title: str, labels: Labels) -> bool:
    """``开场致辞`` or ``…第八期上海站开场``: remarks with no title of their own."""
    text = title.strip(" \t:：-–—")
    if not text:
        return False
    if labels.only("remarks").match(text) or _only_opening_words(text, labels):
        return True
    end = len(text.rstrip(" \t:：-–—。."))
    return any(
        match.end() >= end and match.start() > 0
        for match in labels.mention("remarks").finditer(text)
    )


def _only_opening_words(text: str, labels: Labels) -> bool:
    """``Welcome & Intro``, ``Opening and introductions``: words of welcome, breaks and
    introductions only, with at least one word of welcome."""
    words = [word for word in _WORD_SPLIT.split(text.casefold()) if word]
    if not words or len(words) > 6:
        return False
    opening, breaks = labels.words("remarks"), labels.words("break")
    # three lookups, not a union of the three sets built for every agenda entry
    allowed = all(w in opening or w in _GLUE or w in breaks or w in _BREAK_FILLER for w in words)
    return allowed and any(w in opening for w in words)


def is_break_title(title: str, labels: Labels) -> bool:
    """A short title made of break words: ``午餐时间``, ``short break``, ``合影、中场休息``;
    or a phrase of any length made only of break and welcome words, connectors and small
    words (``Doors open, pizza & drinks``, ``開場・受付``, ``懇親会（…）``)."""
    text = title.strip()
    if not text:
        return False
    if only_break_words(text, labels):
        return True
    if len(text.split()) > 4 or len(text) > 24:
        return False
    return bool(labels.mention("break").search(text))


#: words that may join break words in a break row: connectors and small words in the
#: languages of the label lists, never a word that could name a subject
_BREAK_FILLER = frozenset({
    "and", "&", "+", "with", "then", "the", "a", "an", "of", "at", "in", "on", "for", "by",
    "to",
    "some", "free", "provided", "served", "soft", "light", "short", "small", "long", "time",
    "bar", "foyer", "lobby", "conference", "event", "meetup", "day", "min", "mins",
    "minutes", "h", "open", "opens", "host", "hosts", "organisers", "organizers", "et", "du",
    "de", "la", "le", "les", "des", "und", "mit", "im", "en", "y", "con", "met", "van",
    "een", "korte",
    # ``Setup & connectivity check`` (an online evening): getting ready, beside a break
    # word; alone it is no break (``Setup`` may be a talk's subject)
    "setup", "set-up",
    "bei",  # ``Kennenlernen bei Pizza und Getränken``
    # talking beside a break word (``Diskussion und Networking``, ``Open discussion and
    # drinks``); alone a discussion may be a session
    "discussion", "discussions", "diskussion", "austausch", "chat", "chatting",
    # and its verbs (``Diskutieren, austauschen, Bier trinken, etc.``)
    "diskutieren", "austauschen", "trinken", "essen", "quatschen", "netzwerken", "etc",
    "usw",
})
#: ``…, sponsored by Acme`` / ``gesponsert von <a …>Acme</a>`` closing a row: who pays
#: or hosts it, a detail of the break as a bracket is
_SPONSOR_CLAUSE = LazyPattern(
    r"(?:[,;]\s*+|(?<![\s,;])\s++)(?:kindly\s++)?(?:sponsored|hosted|offered|provided|"
    r"gesponsert|spendiert|sponsorisée?s?|offerte?s?|gesponsord|patrocinad[oa]s?)\s++" + BY
    + r"\s.*$",
    re.IGNORECASE,
)
#: connectors between break words, in scripts that do not space words
_BREAK_JOINERS = LazyPattern(r"[\s\W\d_と及和与的]+")
_BRACKETED = LazyPattern(r"[(（\[【][^)）\]】]*[)）\]】]")


def only_break_words(text: str, labels: Labels) -> bool:
    """Whether ``text`` is nothing but break or welcome words (at least one break word),
    connectors and small words; a bracket after such words is a detail (a place, a
    duration, what is served) and does not make the row a talk."""
    # only up to the last closing bracket: past it an opening one finds no close, and the
    # pattern tried from every opening bracket of a run scanned to the end (quadratic)
    last = max(text.rfind(close) for close in ")）]】")
    head = _BRACKETED.sub(" ", text[: last + 1]) + text[last + 1 :] if last >= 0 else text
    head = _SPONSOR_CLAUSE.sub(" ", head)
    if not head.strip(" \t:：-–—,，、・·"):
        return False
    found = False
    for role in ("break", "remarks"):
        pattern = labels.mention(role)
        head, count = pattern.subn(" ", head)
        found = found or (role == "break" and count > 0)
    if not found:
        return False
    rest = [word for word in _BREAK_JOINERS.split(head.casefold()) if word]
    return len(rest) <= 6 and all(word in _BREAK_FILLER for word in rest)
