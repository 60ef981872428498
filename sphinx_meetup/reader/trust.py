"""The stricter half of the programme check: signs that a reading was a guess.

:mod:`.confidence` doubts a talk whose speaker or title reads as something else. That
is not enough on a site the reader has never met: read blind (before any rule was
written for them), sites showed invented talks that passed it - timed rows naming no
one (a welcome, drinks, chat lines of a recording's transcript), titles that still
hold a time, a date or a fact label, ``名：职位 《标题》`` lines whose title kept the
speaker's job, a bare section label taken for a title, one talk made of a page by
several front-matter people, the same talk read twice, the rows of a table that names
no one (a comparison of two products). Each check here is a shape or a
word class, never a page's string; one hit drops the page's agenda the same way (the
body is shown as written, one ``meetup.programme`` warning; :func:`.confidence.fall_back`).

Pure: data in, data out.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator
from functools import cached_property

from ..model import Speaker, Talk
from .blocks import plain
from .confidence import HANDLES, Doubt, evidence_shape
from .given_names import led_by_given_name, vouched_or_cjk
from .headers import is_occurrence
from .labels import Labels
from .names import (
    clean,
    describes_someone,
    is_organisation,
    key,
    looks_like_name,
    opens_sentence,
)
from .patterns import LazyPattern

#: the evidence :mod:`.content` gives a talk read from a timed agenda row
TIMED_ROW = "timed agenda line"
#: the evidence :mod:`.content` gives a talk read from a table's row
TABLE_ROW = "agenda table row"
#: the evidence :mod:`.content` gives a talk read from a heading
HEADING = "heading (under a talks section"
#: the evidence of the one talk made of the page itself from its front-matter people
PAGE_ITSELF = "the page itself"

#: a clock time (``19:30``, ``6:30pm``, ``19h30``, ``21h``) or a full date
#: (``2021-03-13``, ``2021年3月``): what a schedule's time column holds, never a title
_WHEN = LazyPattern(
    # (every alternative opens with a digit: one test at each place of a searched text)
    r"(?=\d)(?:(?<![\d.:])(?:[01]?\d|2[0-3])(?:[:：][0-5]\d(?:[:：][0-5]\d)?\s*(?:[ap]\.?m\.?)?|"
    r"\s*[ap]\.?m\.?(?![a-z])|h[0-5]\d)(?![\d])"
    # a bare ``21h`` only where a time column ends (``4h workshop`` is a length)
    r"|^(?:[01]?\d|2[0-3])h(?![\w])"
    # a year and a month (or a whole date); with dots only a whole one: ``2019.1`` and
    # ``1900.0`` are versions and numbers
    r"|(?<!\d)(?:19|20)\d\d\s*(?:[-/年]\s*(?:0?[1-9]|1[0-2])(?:\s*[-/.月]\s*[0-3]?\d)?"
    r"|\.(?:0?[1-9]|1[0-2])\.[0-3]?\d)(?!\d)"
    # a month and its day in CJK (``5月16日``, ``11 月 1 号``): a day heading or line
    r"|(?<!\d)(?:0?[1-9]|1[0-2])\s*月\s*[0-3]?\d\s*[日号號])",
    re.IGNORECASE,
)
_DIGIT = LazyPattern(r"\d")
#: a Chinese job noun that ends a speaker slot: at the end of the title, before a
#: space, a quoted title, the enumeration of a bio (``会长、…``) or a name glued after
#: it (``工程师王五``). ``给工程师的…``, ``从工程师到…`` talk about a job. Latin job
#: words are left out: ``The life of a CTO`` is a title.
_JOB = LazyPattern(
    r"(?:专家|工程师|架构师|负责人|创始人|创办人|经理|总监|总裁|主管|布道师|分析师|研究员|"
    r"教授|顾问|主席|合伙人|会长|主任|院长|董事)"
    r"(?=$|[\s《「『、，,；;兼]|(?P<glued>[\u3400-\u9fff]{2,3})$)"
)
#: a month's name or a day of a month: a page title that holds one names a meeting by
#: its date (``January Meetup``, ``February 21st``), not a talk
_MONTH = LazyPattern(
    r"(?<![a-zà-ÿ])(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember)(?![a-zà-ÿ])"
    r"|\d{1,2}(?:st|nd|rd|th)(?![a-z])|\d{1,2}\s*月"
    # (a month's abbreviation before its day: ``Dec 3 Meeting``)
    r"|(?<![a-zà-ÿ])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s++\d{1,2}(?!\d)",
    re.IGNORECASE,
)
#: a quoted title (``《标题》``, ``「标题」``) and what stands before it
#: (the inside holds no opening mark either: from every ``《`` of a run that never
#: closes, the search would read to the end of the title - quadratic in the run)
_QUOTE = LazyPattern(r"[《「『](?P<inner>[^《「『》」』]+)[》」』]")


def _outside_quotes(title: str) -> str:
    return _QUOTE.sub(" ", title)


def _table_unnamed(talk: Talk, source: _Source, named_rows: bool) -> str | None:
    """A table row that names no one on a page none of whose table rows names anyone
    (``named_rows``, from :func:`checks`): a comparison or a fact table (``维度 | A |
    B``), not a programme - a programme's table has a speaker column (its welcome row
    may name no one). A row that links its talk or says it is one is a talk all the same."""
    if named_rows or talk.speakers or TABLE_ROW not in talk.evidence.get("", ""):
        return None
    line = source.line(talk.line)
    if _KIND.search(line) or _links_title(line, talk.title):
        return None
    return f"the table row {talk.title!r} names no speaker"


def _heading_unnamed(talk: Talk, named_headings: bool) -> str | None:
    """A heading read as a talk that names no one, on a page none of whose talk headings
    names anyone (``named_headings``, from :func:`checks`): the headings of a talks
    section that gives no speaker at all are the evening's parts or topics as often as
    talks - read blind, such headings were invented talks (stop 25: 10 of 10 on round
    30, 9 of 9 on round 26); where a sibling heading names its speaker, the page's
    headings are a programme's."""
    if named_headings or talk.speakers or HEADING not in talk.evidence.get("", ""):
        return None
    return f"the heading {talk.title!r} names no speaker, nor does any other talk heading"


def unnamed_slots(
    talks: list[Talk], body: str, body_line: int = 1, speakers: Iterable[Speaker] = ()
) -> None:
    """Where a page's agenda rows name people, a row of the same agenda that names no
    one is a slot (a welcome, a break, a round of introductions), not a talk: the talks
    of a programme share its speaker slot. Read blind, such rows were the invented talks
    of tables and timed lists. A table's rows need one named row (its speaker column);
    a timed list two (a shape repeated), and no more than twice as many rows naming no
    one (a chat transcript's timed lines name someone now and then: no programme). A row
    that links its talk or says it is one (``Talk:``) stays a talk, and so does a row of
    a schedule all but its opening or close of which name people (:func:`_named_schedule`).

    A timed list that names no one beside talks read elsewhere on the page, which
    between them name every front-matter speaker, is the evening's schedule (``19:00
    Start of the talks``): its rows are slots too - the people have their talks."""
    source = _Source(body, body_line)
    for evidence, needed in ((TABLE_ROW, 1), (TIMED_ROW, 2)):
        rows = [talk for talk in talks
                if talk.kind == "talk" and evidence in talk.evidence.get("", "")]
        named = sum(1 for talk in rows if talk.speakers)
        if evidence == TIMED_ROW and rows and not named and _people_elsewhere(
                talks, rows, speakers):
            named = needed  # the schedule's rows are slots, as beside named rows
        if named < needed or (evidence == TIMED_ROW and (
                _named_schedule(rows) or len(rows) - named > 2 * named)):
            continue  # no speaker slot: :func:`checks` doubts the rows naming no one
        for talk in rows:
            line = source.line(talk.line)
            if not talk.speakers and not _KIND.search(line) and not _links_title(
                    line, talk.title):
                talk.kind = "break"


def _people_elsewhere(talks: list[Talk], rows: list[Talk], speakers: Iterable[Speaker]) -> bool:
    """Whether talks other than ``rows`` name every front-matter speaker (one at least)."""
    wanted = {key(speaker.name) for speaker in speakers}
    rows_ids = {id(row) for row in rows}
    named = {key(person) for talk in talks
             if talk.kind == "talk" and id(talk) not in rows_ids for person in talk.speakers}
    return bool(wanted) and wanted <= named


#: the evidence :mod:`.content` gives a talk read from a ``name: title`` line
OWN_LINE = "line 'name: title'"


def _line_under_speaker_heading(talk: Talk, source: _Source, labels: Labels) -> str | None:
    """A ``name: title`` / ``title，name`` line under a heading that only says who speaks
    (``### 分享嘉宾``, ``## About the speaker``): the line is a speaker slot (``名，职位，
    头衔``), not a talk - a heading over talks names the talks (``Speakers`` may head a
    programme, so a heading that is also a talks section's label is no sign)."""
    if OWN_LINE not in talk.evidence.get("", ""):
        return None
    heading = source.heading_over(talk.line).strip(" :：*_")
    if not heading or len(heading) > _LONGEST_LABEL:
        return None
    if labels.any_role("only", ("talks_section",)).match(heading):
        return None
    if labels.any_role("only", ("speaker", "speaker_intro")).match(heading):
        return f"the line of {talk.title!r} stands under the speaker heading {heading!r}"
    return None


def _timed_unnamed(talk: Talk, source: _Source) -> str | None:
    """A timed row that names no one: either its speaker slot was not read or it is no
    talk (a welcome, drinks, the end of the evening). A row that links its talk
    (``10:00 [Title](…)``) or says it is one (``Talk: Title``, ``Session 2: Title``) is a
    talk all the same."""
    if talk.speakers or TIMED_ROW not in talk.evidence.get("", ""):
        return None
    line = source.line(talk.line)
    if _KIND.search(line) or _links_title(line, talk.title):
        return None
    return f"the timed row {talk.title!r} names no speaker"


#: ``Talk:`` / ``Lightning talk:`` / ``Session 2:`` / ``演讲：`` in a row: the row says it
#: is a talk
_KIND = LazyPattern(
    r"(?<![a-z])(?:keynote|panel(?:\s+discussion)?|lightning\s+talk|talk|workshop|tutorial|"
    r"session|vortrag|conférence|主题演讲|演讲)(?:\s*+\d{1,2})?\s*[:：]",
    re.IGNORECASE,
)
_LINK_TEXT = LazyPattern(r"\[([^\]]+)\]\(|<a\s[^>]*>([^<]+)</a>", re.IGNORECASE)


def _links_title(line: str, title: str) -> bool:
    """Whether ``line`` links a text that opens the talk's title (its own page)."""
    if "[" not in line and "<a" not in line.casefold():
        return False
    title_key = key(plain(title))
    for found in _LINK_TEXT.finditer(line):
        text_key = key(plain(found[1] or found[2] or ""))
        if text_key and title_key.startswith(text_key):
            return True
    return False


class _Source:
    """The page's lines by file line number (split when first needed: most pages have
    no row to look at)."""

    def __init__(self, body: str, body_line: int) -> None:
        self.body, self.body_line = body, body_line

    @cached_property
    def _lines(self) -> list[str]:
        return self.body.split("\n")

    @cached_property
    def _headings(self) -> list[tuple[int, str]]:
        """The page's Markdown headings by file line (indexed on the first question)."""
        return [(index + self.body_line, text.lstrip("#").strip())
                for index, text in enumerate(self._lines) if text.startswith("#")]

    def line(self, number: int | None) -> str:
        if number is None:
            return ""
        index = number - self.body_line
        return self._lines[index] if 0 <= index < len(self._lines) else ""

    def heading_over(self, number: int | None) -> str:
        """The text of the last Markdown heading above file line ``number``."""
        if number is None:
            return ""
        found = bisect.bisect_left(self._headings, (number, ""))
        return self._headings[found - 1][1] if found else ""


def _when_in_title(title: str, labels: Labels) -> str | None:
    """A title holding a clock time, a date or a time label is a schedule's row or a
    fact line read as a talk."""
    if _DIGIT.search(title) and _WHEN.search(title):
        return f"the title {title!r} holds a time or a date"
    if ("：" in title or ":" in title) and labels.any_role("fact", ("time", "venue")).match(title):
        return f"the title {title!r} is a time or place line"
    return None


def _job_in_title(talk: Talk, title: str) -> str | None:
    """``名：职位 《标题》`` / ``标题 职位 名``: the job of a speaker left in the title (a
    job noun outside the title's quoted part), on a talk no speaker label vouches for
    (``《从工程师到架构师》`` over ``讲师：名`` is a title)."""
    if title.isascii() or (talk.speakers and all(
            "label" in talk.evidence.get(name, "") for name in talk.speakers)):
        return None
    outside = _outside_quotes(title)
    # (``负责人之路``: the words after the job are no name)
    hit = next((found for found in _JOB.finditer(outside)
                if not found["glued"] or looks_like_name(found["glued"])), None)
    if hit is None:
        return None
    return f"the title {title!r} holds a job ({hit[0]!r}): a speaker slot not read"


def _quote_after_text(title: str) -> str | None:
    """``职位 《标题》``: a quoted title after other words - the words are an unread slot."""
    if title.isascii():
        return None
    quoted = _QUOTE.search(title)
    if quoted is None or quoted.start() == 0:
        return None
    before = title[: quoted.start()].strip(" \t:：-–—,，、")
    if len(before) < 2:
        return None
    return f"the title {title!r} holds words before its quoted title"


#: label roles whose words alone are no talk's title
_LABEL_TITLE_ROLES = ("speaker", "speaker_intro", "talk_part", "talks_section", "event_section",
                      "not_talks_section", "topic", "theme")
#: the roles of the event's facts, whose one word is no talk's title either (``場所``)
_FACT_ROLES = ("time", "venue", "fee")
#: longer than any label
_LONGEST_LABEL = 40


def _label_title(title: str, labels: Labels) -> str | None:
    """A title that is nothing but a section or description label (``分享人简介``), or
    the label of one of the event's facts (``### 場所`` over the venue's address)."""
    title = title.strip(" \t:：")
    if not title or len(title) > _LONGEST_LABEL:
        return None
    folded = title.casefold()
    # (a fact's label is one word: a set's look-up, no pattern of their words compiled)
    if any(folded in labels.words(role) for role in _FACT_ROLES) or labels.any_role(
            "only", _LABEL_TITLE_ROLES).match(title):
        return f"the title {title!r} is a label"
    return None


def _wordless_title(title: str) -> str | None:
    """A title without a letter in any script (``090-3689-0292``, ``19:30``, ``#3``): a
    phone number, a time or a number read where a talk's title stands."""
    if title and not any(char.isalpha() for char in title):
        return f"the title {title!r} holds no word"
    return None


def _nobody_known(
    talks: list[Talk], known: Collection[str], source: _Source
) -> tuple[Talk, str] | None:
    """Two people or more read without a label, none of whom anything knows as a person
    (a label, a front-matter speaker, a known given name, a name in Chinese or Japanese,
    a handle where the page marks one), beside titles no quotes set apart: ``Title -
    Main Hall`` / ``Title - Sala Azul`` give rooms, not speakers (``«Title», Name`` is
    a shape that says who). On the development pages every reading of two people or
    more knew one of them."""
    people: dict[str, Talk] = {}
    for talk in talks:
        if talk.speakers and _quoted_in(talk.title, source.line(talk.line)):
            return None
        for name in talk.speakers:
            why = talk.evidence.get(name, "")
            if ("label" in why or "front-matter" in why or name.startswith("@")
                    or any(mark in why for mark in HANDLES)
                    or vouched_or_cjk(name, known, one_word=True)):
                return None
            people.setdefault(name, talk)
    if len(people) < _UNKNOWN_PEOPLE:
        return None
    first = next(iter(people.values()))
    names = ", ".join(list(people)[:3])
    return first, (f"none of the people its talks name ({names}) is known as a person: no "
                   "label, front-matter speaker or known given name says so")


def _quoted_in(title: str, line: str) -> bool:
    """Whether ``line`` sets ``title`` apart in quotes (``«…»``, ``"…"``, ``“…”``)."""
    return bool(title) and any(f"{left}{title}{right}" in line for left, right in _QUOTES)


#: the quotes that set a title apart on its line
_QUOTES = (("«", "»"), ('"', '"'), ("“", "”"), ("„", "“"), ("‘", "’"), ("'", "'"),
           ("《", "》"), ("「", "」"), ("『", "』"))


#: people read without evidence from which a page's reading is doubted
_UNKNOWN_PEOPLE = 2


def _pointing_speaker(talk: Talk, known: Collection[str]) -> str | None:
    """A "speaker" that opens with a word pointing at the event or its audience (``本期``,
    ``来自广州``): a sentence's first words, not a person."""
    for name in talk.speakers:
        if name.isascii():
            continue
        if opens_sentence(clean(name)) and key(name) not in known:
            return f"the speaker {name!r} of {talk.title!r} opens a sentence"
    return None


def _occurrence_title(title: str) -> str | None:
    """A title that only names one meeting of a series (``第二次例会``, ``Meetup #5``):
    the heading of the event, not of a talk."""
    if title and is_occurrence(title):
        return f"the title {title!r} names a meeting of the series, not a talk"
    return None


def _dated_page_talk(talk: Talk) -> str | None:
    """The page made one talk whose title is the page's and names a date (``January
    Meetup``): the page is a meeting of its people's talks, whose titles it does not
    give - one talk by all of them is a guess."""
    if talk.evidence.get("", "").startswith(PAGE_ITSELF) and _MONTH.search(talk.title):
        return f"the page read as one talk titled by its date ({talk.title!r})"
    return None


#: ``Ann Example (University of Oslo)``: a name, then where the person works in brackets
_NAME_AND_PLACE = LazyPattern(
    r"^(?P<name>[^()（）]{3,60}?)\s*+[(（](?P<where>[^()（）]{2,80})[)）]$"
)


def names_a_person(title: str, known: Collection[str] = ()) -> bool:
    """Whether ``title`` is a person and where they work (``Ann Example (University of
    Oslo)``, a seminar page titled by its speaker): who speaks, not what the talk is."""
    match = _NAME_AND_PLACE.match(title) if title.endswith((")", "）")) else None
    if match is None:
        return False
    name, where = match["name"].strip(), match["where"].strip()
    if _spells_out(name, where):
        return False  # ``Spiking Neural Networks (SNN)``: the words and their acronym
    if known and key(name) not in known and not led_by_given_name(name):
        # ``Service Objects (solo per oggi in Ruby on Rails)`` on a page whose front
        # matter names its speaker: two capitalised words that are none of its people
        # and no given name leads are a topic's, not a person's
        return False
    return looks_like_name(name, known, strict=True) and (
        is_organisation(where) or describes_someone(where))


def _spells_out(words: str, acronym: str) -> bool:
    """Whether ``acronym`` is made of the first letters of ``words`` (their capitalised
    words, or all of them; a run of them): a term and its short form, which no person
    and employer is."""
    letters = "".join(char for char in acronym if char.isalpha())
    if not 2 <= len(letters) <= 8 or not letters.isupper():
        return False
    split = words.split()
    # (a run of the initials: ``Extended Distributed Lag Non-Linear Models (DLNM)``
    # leaves the adjective in front out of its short form)
    return any(letters in initials for initials in (
        "".join(word[0] for word in split).upper(),
        "".join(word[0] for word in split if word[0].isupper())))


def _person_title(title: str, known: Collection[str]) -> str | None:
    if names_a_person(title, known):
        return f"the title {title!r} is a person and where they work, not a talk"
    return None


#: a page title's words that ask the reader to come, not a talk's (``Join us!``)
_CALL_TO_ACT = LazyPattern(
    r"^(?:come\s+)?join\s+us|^save\s+the\s+date|^register\s+now|^sign\s+up|^rsvp\b|"
    r"^don'?t\s+miss|^see\s+you\s+(?:there|soon)|^you'?re\s+invited|^all\s+welcome",
    re.IGNORECASE,
)


def _call_to_act_title(talk: Talk) -> str | None:
    """The page made one talk whose title, the series' words taken off the page's, only
    asks to come (``May 2026 Meetup - Join Us!``): its talks are not named there."""
    if talk.evidence.get("", "").startswith(PAGE_ITSELF) and _CALL_TO_ACT.match(
            talk.title.strip()):
        return f"the page read as one talk titled by a call to come ({talk.title!r})"
    return None


def _read_twice(talk: Talk, twin: Talk) -> bool:
    """Two talks of one title read from two shapes (a summary list, then a section per
    talk), one naming no one or both the same people: one talk read twice. Two talks of
    one title by different people, or two rows of one schedule (a session repeated),
    are two talks."""
    if talk.speakers and twin.speakers and set(talk.speakers) != set(twin.speakers):
        return False
    return evidence_shape(talk) != evidence_shape(twin)


def _named_schedule(talks: list[Talk]) -> bool:
    """A schedule of at least four timed rows of which at most one in four names no
    one: its rows were read, and a row without a name is the opening or the close."""
    timed = [talk for talk in talks if TIMED_ROW in talk.evidence.get("", "")]
    unnamed = sum(1 for talk in timed if not talk.speakers)
    return len(timed) >= 4 and unnamed * 4 <= len(timed)


#: the checks, by name (``docs/accuracy.md`` tabulates what each removed, read blind)
def checks(
    talks: Iterable[Talk], labels: Labels, known: Collection[str] = (), body: str = "",
    body_line: int = 1,
) -> Iterator[tuple[str, Talk, str]]:
    """Every doubt of every talk (kind ``talk``), in source order: (check, talk, why).
    ``body`` is the page's body as written, from file line ``body_line``."""
    source = _Source(body, body_line)
    ordered = sorted(
        (talk for talk in talks if talk.kind == "talk"),
        key=lambda talk: talk.line if talk.line is not None else 0,
    )
    seen: dict[str, Talk] = {}
    named_rows = any(talk.speakers and TABLE_ROW in talk.evidence.get("", "")
                     for talk in ordered)
    named_schedule = _named_schedule(ordered)
    named_headings = any(talk.speakers and HEADING in talk.evidence.get("", "")
                         for talk in ordered)
    if (unknown := _nobody_known(ordered, known, source)) is not None:
        yield "nobody_known", *unknown
    for talk in ordered:
        title = clean(plain(talk.title))
        for name, why in (
            ("timed_unnamed", None if named_schedule else _timed_unnamed(talk, source)),
            ("table_unnamed", _table_unnamed(talk, source, named_rows)),
            ("heading_unnamed", _heading_unnamed(talk, named_headings)),
            ("under_speaker_heading", _line_under_speaker_heading(talk, source, labels)),
            ("when_in_title", _when_in_title(title, labels)),
            ("job_in_title", _job_in_title(talk, title)),
            ("quote_after_text", _quote_after_text(title)),
            ("label_title", _label_title(title, labels)),
            ("wordless_title", _wordless_title(title)),
            ("dated_page_talk", _dated_page_talk(talk)),
            ("person_title", _person_title(title, known)),
            ("call_to_act_title", _call_to_act_title(talk)),
            ("occurrence_title", _occurrence_title(title)),
            ("pointing_speaker", _pointing_speaker(talk, known)),
        ):
            if why:
                yield name, talk, why
        title_key = key(talk.title)
        twin = seen.get(title_key) if title_key else None
        if twin is not None and _read_twice(talk, twin):
            yield "same_talk_twice", talk, f"the talk {talk.title!r} was read twice"
        seen.setdefault(title_key, talk)


def doubt(
    talks: Iterable[Talk], labels: Labels, known: Collection[str] = (), body: str = "",
    body_line: int = 1,
) -> Doubt | None:
    """The first sign of a guess among ``talks``, or ``None``."""
    for _name, talk, why in checks(talks, labels, known, body, body_line):
        return Doubt(talk.line, why)
    return None
