"""The Markdown body: talks, fact lines (time, venue, replay, slides) and the rest.

The body is tokenised into blocks and lines (:mod:`.blocks`); talks are found by
structure and label words (:mod:`.talks`), videos and slides given to talks or to the
event (:mod:`.recordings`), and the lines left outside talks are read for facts: the
day, the venue, the event's replay and slides.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Event, Problem, Speaker, Talk
from ..safety import safe_url
from . import authored, dates, decks, deixis, roster, tables, watch_links
from .agenda import is_break_title, is_remarks
from .blocks import Block, Unit, blocks_of, fold, has_colon, item_run, plain, units_of, urls_in
from .by_words import BY, BY_INITIALS, PARTICIPLES, PRESENTED_BY
from .confidence import DECK_HANDLE, UNNAMED_SCHEDULE
from .content import add_names, by_line, label_value
from .counted import NUMBER_WORDS, counted_talks
from .full_names import full_name, introductions
from .given_names import is_given_name, led_by_given_name, vouched_for
from .guests import Outline, read_guests, read_lists
from .headers import (
    SLOT_KINDS,
    split_title_names,
    strip_series,
    tidy_title,
    without_event_kind,
    without_kind_label,
)
from .labels import DEFAULT as DEFAULT_LABELS
from .labels import Labels
from .names import (
    Name,
    describes_someone,
    is_group_name,
    is_organisation,
    key,
    looks_like_name,
    parse_name,
    split_names,
    without_academic_title,
)
from .patterns import CaselessWords, LazyPattern, Words
from .placeholders import is_placeholder
from .programme_hint import full_names
from .quoted_prose import follows_a_work_word
from .recordings import read_sections
from .slots import is_role, peel_name
from .talks import Found, find_talks, in_facts_list
from .titled import (
    BRACKETED,
    NAMED_ON,
    POSSESSED,
    closing_person,
    heading_speaker,
    joins_two,
    named_again,
    names_an_issue,
    title_speaker,
    without_leading_speakers,
    without_series,
    without_speakers,
)

__all__ = ["Block", "Body", "blocks_of", "complete", "read_body", "urls_in"]

#: a capital letter of a Latin alphabet (``Žlaus``, ``Łukasz``, ``Émilie``)
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
#: a quoted title, then the word for "by" (``"Title", a talk by``, ``« Titre » par``,
#: ``„Titel“ von``, ``"Título" com``, ``"Título", a cargo de``) - the person follows
_TITLE_THEN_BY = (
    r"[\"“«„]\s*+(?P<title>[^\"“”«»„\n]{3,200}?)\s*+[\"”»“],?\s++"
    r"(?:(?:a|an|une|ein|eine|uma|una|un)\s++(?:talk|presentation|présentation|vortrag|"
    r"palestra|charla|ponencia|lezing)\s++)?"
    r"(?:by|par|von|com|con|a\s+cargo\s+de|door|przez)\s++"
)
#: a verb of presenting, reading or discussing right before a quoted title: the ``by``
#: after it names who wrote the work presented, not who presents it
_PRESENTS_A_WORK = LazyPattern(
    r"\b(?:present(?:s|ed|ing)?|discuss(?:es|ed|ing)?|review(?:s|ed|ing)?|read(?:s|ing)?|"
    r"cover(?:s|ed|ing)?|introduc(?:e|es|ed|ing))\s++(?:the\s+paper\s+|the\s+book\s+)?$",
    re.IGNORECASE,
)
#: "Maarten will describe…" / "张三将为大家分享…": prose naming who will speak
#: each with the words it cannot match without: most lines have none of them, and the
#: search itself (a name, then the verb) is slow on long lines of capitalised words
_PROSE_SPEAKERS = (
    (
        LazyPattern(
            # a name starts at a word and has at most six: from every capital, to the end
            # of a long run of capitalised words, was quadratic
            r"(?<![\w'’\-])(?P<name>[A-Z][\w'’\-]+"
            r"(?:\s++(?:[A-Z][\w'’\-]+|van|de|der|den|von|du)){0,5})"
            # who they are between the name and the verb: ``Ann Example of Acme Corp``,
            # ``… from Acme``, ``Ann Example, the author of the driver, will speak``
            r"(?:\s++(?:of|from|at)\s++[A-Z][\w'’\-&.]*+(?:\s++[A-Z][\w'’\-&.]*+){0,3}"
            # (or who they are as a role, checked by :func:`_prose_names`: ``Ann
            # Example, Principal Engineer @ Acme, will discuss…``)
            r"|,\s++(?:(?:the|a|an|our|one\s+of)\s[^,.;:!?]{1,80}+|(?P<role>[^,.;:!?\n]{3,80}+)),)?"
            r"(?:,?\s++who)?\s++"
            r"(?:(?:will|is going to)\s+"
            # (``… will be speaking at the colloquium``, ``… will lecture``, ``… will be
            # doing a talk on…``)
            r"(?:be\s+(?:speaking|presenting|lecturing|introducing|showing|demonstrating|"
            r"explaining|discussing|sharing|walking\s+us|taking\s+us)\b|lecture|"
            r"be\s+(?:doing|giving|holding)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?"
            r"(?:talk|presentation|lecture|session|workshop|demo)\b|"
            r"talk|present|describe|speak|share|give|show|tell|discuss|explain|introduce|"
            r"demonstrate|enlighten|teach|take\s+us\s+through|walk\s+us\s+through|guide\s+us|"
            # (``Ann Example from Acme will explore…``, ``… will dive into…``)
            r"explore|dive\s+into|showcase|unpack|"
            r"take\s+us\s+on|lead\s+(?:a|an|the|us|our)\b)"
            # an announcement in the present (``Ann Example presents on…``), in French and
            # German too (``… nous présentera``, ``… präsentiert``, ``… spricht über``)
            r"|presents(?:\s+(?:on|about|her|his|their|a|an|the)|(?=\s++[\"“«„*]))|"
            r"(?:nous\s+)?présentera|"
            # the announcement's present, ``Ann talks to us about…``, ``Ann is speaking on…``
            r"(?:talks|speaks)\s+(?:to\s+us\s+)?(?:about|on)|"
            r"(?:is|will\s+be)\s+(?:talking|speaking|presenting)\s+(?:to\s+us\s+)?(?:about|on)|"
            r"(?:nous\s+)?parlera|präsentiert|spricht\s+über|wird\s+(?:über|uns))\b"
        ),
        ("will", "is going to", "presents", "résentera", "parlera", "räsentiert", "spricht",
         "wird", "talks", "speaks", "talking", "speaking", "presenting"),
    ),
    (
        # ``Alice et Bruno parleront…`` / ``Ann and Bo will present…``: two people
        LazyPattern(
            r"(?<![\w'’\-])(?P<name>[A-Z][\w'’\-]+(?:\s++[A-Z][\w'’\-]+){0,2})\s++"
            r"(?:and|et|und|&)\s++(?P<other>[A-Z][\w'’\-]+(?:\s++[A-Z][\w'’\-]+){0,2})\s++"
            r"(?:(?:will|are\s+going\s+to)\s+(?:talk|present|speak|share|give|show|tell|"
            r"discuss|explain|introduce|demonstrate|teach|be\s+(?:speaking|presenting|"
            r"introducing|showing|demonstrating|explaining|discussing|sharing|walking\s+us|"
            r"taking\s+us))|présenteront|parleront|animeront|"
            r"(?:nous\s+)?(?:présenteront|parleront)|präsentieren|sprechen\s+über)\b"
        ),
        ("will", "are going to", "ront", "präsentieren", "sprechen"),
    ),
    (
        # the announcement in more languages: ``Ana Ejemplo presentará…``, ``Jan Nowak
        # opowie o…``, ``nam bo Ana Primer iz podjetja Primer predstavila…`` (where they
        # work between: ``iz``, ``de``, ``von``, ``van``, ``från``… and the employer)
        LazyPattern(
            # (the name without particles: ``de``/``von``/``van`` after it open where they
            # work - ``Ana Ejemplo de Acme presentará`` - as ``iz podjetja`` does)
            rf"(?<![\w'’\-])(?P<name>[{_CAPITAL}][\w'’\-]+(?:\s++[{_CAPITAL}][\w'’\-]+){{1,3}})"
            rf"(?:\s++(?:iz|z|de|von|aus|van|från|fra|da|di)\s++(?:\w+\s++)?"
            rf"[{_CAPITAL}][\w'’\-&.]*+)?\s++(?:bo\s++)?"
            r"(?:presentará|hablará|impartirá|nos\s+(?:hablará|mostrará|contará)|apresentará|"
            r"falará|vai\s+(?:apresentar|falar)|presenterà|parlerà|ci\s+(?:parlerà|mostrerà)|"
            r"presenteert|vertelt\s+over|spreekt\s+over|presenterar|berättar\s+om|pratar\s+om|"
            r"presenterer|forteller\s+om|snakker\s+om|przedstawi|opowie|zaprezentuje|wygłosi|"
            r"představí|přednese|predstavil|predstavila|predaval|predavala|"
            # Serbian, Croatian, Bosnian: ``… će govoriti o…``, ``… će nam predstaviti…``
            r"će\s+(?:nam\s+)?(?:govoriti|pričati|predstaviti|održati|dati|pokazati|"
            r"objasniti)|govori\s+o|predstavlja)(?!\w)"
        ),
        ("presentará", "hablará", "impartirá", "mostrará", "contará", "apresentará", "falará",
         "vai apresentar", "vai falar", "presenterà", "parlerà", "mostrerà", "presenteert",
         "vertelt over", "spreekt over", "presenterar", "berättar om", "pratar om",
         "presenterer", "forteller om", "snakker om", "przedstawi", "opowie", "zaprezentuje",
         "wygłosi", "představí", "přednese", "predstavil", "predaval", "će ", "govori o",
         "predstavlja"),
    ),
    (
        # ``Ann Example, Senior Developer at Acme, explores how…``: a full name, who they
        # are between commas (a role, checked by :func:`_prose_names`), then the talk's
        # verb in the present
        LazyPattern(
            r"(?<![\w'’\-])(?P<name>[A-Z][\w'’\-]+(?:\s++[A-Z][\w'’\-]+){1,3}),\s++"
            r"(?P<role>[^,.;:!?\n]{3,80}+),\s++"
            r"(?:explores|covers|presents|discusses|demonstrates|explains|introduces|shares|"
            r"(?:walks|takes)\s+us\s+through)\b"
        ),
        ("explores", "covers", "presents", "discusses", "demonstrates", "explains",
         "introduces", "shares", "us through"),
    ),
    (
        LazyPattern(r"(?<![\u3400-\u9fff])(?P<name>[\u3400-\u9fff]{2,4})\s*将(?:为大家|会)?"
                    r"(?:分享|介绍|带来|讲解|演讲)"),
        ("将",),
    ),
    (
        # the passive: ``"Title", a talk by Ann Example``, ``Présentation de « Titre » par
        # Ann Example``, ``Vortrag „Titel“ von Ann Example``: a quoted title, then who
        LazyPattern(_TITLE_THEN_BY + rf"(?P<name>[{_CAPITAL}][\w'’\-]+(?:\s++[{_CAPITAL}]"
                    r"[\w'’\-]+){1,3})"),
        ('"', "“", "«", "„"),
    ),
    (
        # the talk's own words, then who gives it: ``This workshop run by Ann Example
        # will…``, ``the talk given by Ann Example``, ``a session led by…`` (a full name)
        LazyPattern(
            r"(?i:\b(?:this|the|a|an|our|today'?s|tonight'?s)\s++(?:[\w-]++\s++)?"
            r"(?:talk|workshop|session|presentation|lecture|seminar|webinar|tutorial|keynote)"
            r"\s++(?:run|given|led|presented|delivered|taught)\s++by)\s++"
            rf"(?P<name>[{_CAPITAL}][\w'’\-]+(?:\s++[{_CAPITAL}][\w'’\-]+){{1,3}})"
        ),
        ("run by", "given by", "led by", "presented by", "delivered by", "taught by"),
    ),
    (
        # the audience's side of it: ``We'll hear from Ann Example about…``, ``you will
        # hear from…`` - the person after the verb (a full name: two to four words)
        LazyPattern(
            r"(?i:\b(?:we|you)(?:'ll|’ll|\s+will|\s+are\s+going\s+to)\s+hear\s+from)\s++"
            rf"(?P<name>[{_CAPITAL}][\w'’\-]+(?:\s++[{_CAPITAL}][\w'’\-]+){{1,3}})"
        ),
        ("hear from",),
    ),
    (
        # the invitation's side: ``join Ann Example, a student of …, for a talk on…``,
        # ``… to hear how Ann Example from Acme …`` - a full name, two to four words
        LazyPattern(
            rf"(?i:\bjoin)\s++(?P<name>[{_CAPITAL}][\w'’\-]+(?:\s++[{_CAPITAL}][\w'’\-]+){{1,3}})"
            r"(?:,\s[^.;:!?]{1,120}?)?,?\s++(?i:for\s+(?:a|an|his|her|their)\s+"
            r"(?:talk|presentation|lecture|session))\b"
            rf"|(?i:\bhear\s+how)\s++(?P<other>[{_CAPITAL}][\w'’\-]+(?:\s++[{_CAPITAL}][\w'’\-]+)"
            r"{1,3})\s++(?:from|of|at)\s"
        ),
        ("join", "Join", "hear how"),
    ),
    (
        # a recap's past: ``Ann Example nos habló sobre…``, ``Ann Example, data scientist
        # at Acme, gave us a great introduction to…``, ``… hizo una excelente
        # introducción a…``, ``… apresentou…``: a full name (who they are between commas),
        # then a verb of giving the talk, in the past
        LazyPattern(
            rf"(?<![\w'’\-])(?P<name>[{_CAPITAL}][\w'’\-.]+(?:\s++[{_CAPITAL}][\w'’\-.]+){{1,3}})"
            r"(?:,\s++(?P<role>[^,.;:!?\n]{3,80}+),)?\s++"
            r"(?:gave\s+(?:us\s+)?(?:an?\s+)?(?:\w+\s+){0,2}?(?:talk|presentation|"
            r"introduction|overview|crash\s+course|lecture|workshop|tutorial)|"
            r"(?:talked|spoke)\s+(?:to\s+us\s+)?(?:about|on)|"
            r"(?:nos\s+)?habló\s+(?:sobre|de|acerca)|"
            r"(?:nos\s+)?(?:hizo|dio|impartió|ofreció)\s+una?\s+(?:\w+\s+){0,2}?(?:charla|"
            r"presentación|introducción|ponencia|taller|repaso)|"
            r"(?:nos\s+)?(?:apresentou|falou\s+sobre)|deu\s+uma\s+(?:\w+\s+)?(?:palestra|"
            r"apresentação|introdução)|"
            r"nous\s+a\s+(?:présenté|parlé)|ci\s+ha\s+(?:parlato|presentato))(?!\w)"
            # (not when the sentence goes on to quote what: that names a talk of its own,
            # which one sentence alone does not make the page's - an aside, a reference)
            r"(?![^.!?\n\"“«„]*[\"“«„])"
        ),
        ("gave", "talked", "spoke", "habló", "hizo", "dio", "impartió", "ofreció",
         "apresentou", "falou", "deu", "présenté", "parlé", "parlato", "presentato"),
    ),
)
#: each pattern with its words (:class:`.patterns.Words`: substring tests)
_PROSE_SEARCHES = tuple((pattern, Words(words)) for pattern, words in _PROSE_SPEAKERS)
#: every pattern's words together: most lines hold none of them, and one look says so
#: for the four
_PROSE_WORDS = Words(sorted({word for _, words in _PROSE_SPEAKERS for word in words}))
_LOOSE_PREFIX = 40
#: two titles sharing this share of character pairs name the same talk
_SAME_TALK = 0.5
#: …and the link must end the line (``。`` may follow), the prefix end like a label
_LOOSE_AFTER = 2
_LOOSE_ENDS = (":", "：", "见", "at", "here", "on")


@dataclass(slots=True)
class Body:
    """What the body says, and which file lines that used up."""

    talks: list[Talk] = field(default_factory=list)
    #: name keys of the people the page vouches for: its front-matter speakers and those
    #: its speakers sections introduce (:mod:`.roster`)
    known: frozenset[str] = frozenset()
    facts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    consumed: set[int] = field(default_factory=set)
    #: clock times agenda lines give talks; placed on the event's day once it is known
    times: list[tuple[Talk, dt.time | None, dt.time | None]] = field(default_factory=list)
    #: the day heading above a talk's agenda entry (``Day 2``), by the talk's id
    days: dict[int, str] = field(default_factory=dict)
    #: reads :attr:`prose_names` when first asked (a page that names its talks never
    #: asks: the prose's speakers stand in only for a talk the body does not name)
    prose_reader: Callable[[], list[Name]] | None = field(default=None, repr=False)
    _prose_names: list[Name] | None = field(default=None, repr=False)
    #: the paragraphs (their blocks' ids) that named the prose's people first: two
    #: announcements apart (``Ann will introduce…`` / ``Bo is going to talk us
    #: through…``) are two talks as likely as one
    prose_blocks: set[int] = field(default_factory=set)
    #: the one talk title the prose quotes (``题目是“…”``), for a talkless page
    prose_title: str | None = None
    #: the headings (text, line) of a talkless page written in parts that its title
    #: names (``Soirée IzPack et Communautés opensource`` over ``### IzPack`` and
    #: ``### Communautés opensource``): its talks
    parts: list[tuple[str, int]] = field(default_factory=list)
    #: the page's one talk names no title and stands in a paragraph of its own
    #: (``Intervenant : Name, role`` below the abstract, not an item of a facts list)
    untitled_paragraph: bool = False
    #: a line of the body is the page's title again (``"Volcanoes: how we watch them"``
    #: under ``Expositor/a: Ann``): the title is the talk's, whatever it joins
    restates_title: bool = False
    #: (line, what) of a programme the body shows but no talk was read from
    unread: tuple[int, str] | None = None
    #: (line, words) where a body with no talk says it has several (``Two talks``,
    #: ``有 10 个 topic``) or that its programme is elsewhere (``The full program is
    #: available at``): its front-matter speakers then make no talk of the event
    several: tuple[int, str] | None = None
    #: the people of the page's guest section (``## 讲师简介`` + ``名，职位…``) and its line
    guests: list[Name] = field(default_factory=list)
    guests_line: int | None = None
    #: each guest has their own sub-heading of the guest section, over their bio
    guests_introduced: bool = False
    #: a body with no talk under a title ``Title — Name`` the page names again:
    #: (the talk's title, its speaker, the evidence) - :mod:`.titled`
    titled: tuple[str, Name, str] | None = None
    #: the heading the body opens with (its text, line), when it may title the page's one
    #: talk (:func:`_opening_heading`)
    opening: tuple[str, int] | None = None
    #: the body's only "talks" are entries of a schedule that names no one (or none)
    schedule_only: bool = False
    #: a page with no talk: its one ``Presented by Ann Example`` line alone (names, line)
    by_line: tuple[list[Name], int] | None = None
    #: ... and the heading right below that line, which titles the talk it introduces
    by_line_heading: str | None = None
    #: what the ``by_line`` was read from, as ``show --explain`` says it
    by_line_why: str = "'Presented by …' line"
    #: a page with no talk: the line whose prose calls the page one talk (``In this
    #: talk…``, :mod:`.deixis`)
    itself: int | None = None
    #: ... and the person its opening heading names first (name, line), if any
    itself_speaker: tuple[str, int] | None = None
    #: ``Title (Ann Example)`` over a page that calls itself one talk and names no one
    #: else: the talk's title and its speaker (:func:`.titled.closing_person`)
    itself_closing: tuple[str, Name] | None = None
    #: the one slide deck a page with no talk read links (:mod:`.decks`), and its line
    deck: tuple[str, int] | None = None
    #: every talk of the body stands under a heading that names lightning talks: the
    #: evening's main talk, if any, is not among them
    only_lightning: bool = False

    @property
    def prose_names(self) -> list[Name]:
        """People the prose says will speak ("Maarten will describe…"), outside any talk."""
        if self._prose_names is None:
            self._prose_names = self.prose_reader() if self.prose_reader is not None else []
        return self._prose_names


def read_body(blocks: list[Block], labels: Labels, event: Event | None = None) -> Body:
    """Talks, then videos and slides, then facts from the lines outside talks.

    ``event`` (already filled from the front matter) lends the names of its speakers:
    a page's own list of people is the best evidence that a word is a name.
    """
    units = units_of(blocks)
    if event is not None and event.title:
        labels = authored.labels_for(units, labels, event.title)
    known = known_names(event) | roster.names(units, labels)
    found = find_talks(units, labels, known)
    body = Body(talks=found.talks, known=known, consumed=found.consumed, times=found.times,
                days=found.days)
    inside = {units[index].line for index in found.inside}
    real = [talk for talk in body.talks if talk.kind == "talk"]
    if len(real) == 1 and not real[0].title:
        unit = next((unit for unit in units if unit.line == real[0].line), None)
        # (or an item of a list of the event's facts, ``* 主讲人：…`` beside ``* 时间：…``,
        # whose people the page's prose also names: the evening is their session)
        body.untitled_paragraph = unit is not None and (
            unit.kind == "paragraph" or _among_event_facts(units, unit, labels, real[0])
        )
        if event is not None and event.title:
            wanted = fold(event.title)
            body.restates_title = any(fold(other.text) == wanted for other in units)
    # (the outline's theme and lists only where they are asked: a page that names no
    # talk, one talk in a timed agenda)
    outline = read_guests(units, labels, known)
    body.guests, body.guests_line = outline.guests, outline.guests_line
    body.guests_introduced = outline.guests_introduced
    if not real:  # a recap telling its talks in prose (``…名，为我们带来了《标题》``)
        body.talks += _brought_talks(units, found.inside, known)
        real = [talk for talk in body.talks if talk.kind == "talk"]
    if not real and not (event is not None and event.speakers):
        read_lists(outline, units, labels, known, found.inside)
        body.talks += outline_talks(outline, units, known)
        for talk in body.talks:
            quiet = not talk.speakers and is_break_title(talk.title, labels)
            if talk.kind == "talk" and (is_remarks(talk.title, labels) or quiet):
                talk.kind = "break"
        real = [talk for talk in body.talks if talk.kind == "talk"]
    elif len(real) == 1 and event is not None and any(real[0] is t for t, _, _ in found.times):
        read_lists(outline, units, labels, known, found.inside)
        _theme_over_copied_title(real[0], outline, event, units)
    _full_names(real, units, known)
    if event is not None and event.title:
        _kind_slot_is_the_page(real, event)
    facts, used = read_sections(units, labels, real, known, inside)
    body.facts = facts
    body.consumed |= used
    _replay_after_programme(units, labels, body, found.inside, real)
    _read_facts(units, labels, body, found.inside, single=len(real) == 1,
                last=max((talk.line for talk in real if talk.line), default=None))
    _recordings_posted(units, labels, body, found.inside)
    body.prose_reader = functools.partial(_prose_names, units, found, known, body.prose_blocks)
    body.only_lightning = bool(real) and all(_under_lightning(units, talk) for talk in real)
    if not real and (body.prose_names or (event is not None and event.speakers)):
        body.prose_title = prose_title(units)
    if not real:
        body.by_line = _by_line_alone(units, found, known) or _presented_by(units, found, known)
        if body.by_line is not None:
            body.by_line_heading = _heading_below(units, body.by_line[1])
        elif units and units[0].alone and units[0].kind == "paragraph" and (
                opener := _bold_speaker(units[0], known)):
            body.by_line, body.by_line_why = (opener, units[0].line), BOLD_OPENER
        body.itself = deixis.speaks_of_itself(units, found.inside)
        if body.itself is not None:
            body.itself_speaker = deixis.heading_person(units)
            if body.itself_speaker is None and event is not None and event.title:
                body.itself_closing = _closing_alone(page_talk_title(event.title), units)
        else:
            body.deck = decks.linked_deck(units, found.inside)
    if not real and event is not None and event.title:
        body.parts = _parts(units, found, event.title)
        body.opening = _opening_heading(units, labels, event.title)
    if not real:
        body.unread = _unread_programme(units, found, outline)
        body.several = _several_talks(units)
    # a page whose body names no talk - or only the entries of a schedule that names no
    # one, which the confidence check doubts - may name its talk and speaker in its title
    unnamed = all(UNNAMED_SCHEDULE in talk.evidence.get("", "") for talk in real)
    body.schedule_only = unnamed
    if unnamed and event is not None and event.title:
        body.titled = title_speaker(event.title, units, known)
        if body.titled is not None and not real and (
                labelled := _labelled_title(units, labels, outline)) is not None:
            # ``Ann Example's talk on …`` over ``Title: …``: the body's labelled title is
            # the talk's own words (the page's title may name another of hers)
            _told, person, why = body.titled
            body.titled = (labelled[0], person, f"{why}; titled by line {labelled[1]}")
    if unnamed and event is not None and body.titled is None:
        body.titled = heading_speaker(units, event.title, known)
    _drop_empty_sections(units, body.consumed)
    return body


#: a talk kind's plural, in the languages of the sites read (``Vorträge``, ``charlas``):
#: what several talks are called, in a title (:data:`_PLURAL_KIND`) or after a number
#: (:data:`_SEVERAL`, which counts sessions and a few more words besides)
_TALK_PLURALS = (r"talks|presentations|lectures|vorträge|vortraege|présentations|exposés|"
                 r"charlas|ponencias|palestras|presentaties|lezingen|prezentacje|prelekcje")
#: words saying a page has several talks, or its programme on another page
_SEVERAL = LazyPattern(
    # (a number, or its word: ``counted.NUMBER_WORDS``, which also reads its value)
    # (no more than an evening holds: ``plus de 100 conférences`` is a speaker's career)
    rf"\b(?:{'|'.join(NUMBER_WORDS)}|1\d|20|[1-9])(?!\d)\s++"
    # (a word or two between: ``two short talks``, ``drei spannende Vorträge``)
    rf"(?:[^\W\d_]{{2,15}}+\s++){{0,2}}?(?:{_TALK_PLURALS}|sessions|vorträgen|vortraegen|"
    r"conférences|interventi|wystąpienia)\b"
    r"|\b(?:full\s++)?program(?:me)?\s++is\s++available\b"
    # (an announcement's ``First up, Ann will…``: another talk follows)
    r"|\bfirst\s++up\b"
    r"|\d{1,3}\s*+个\s*+(?:topic|议题|分享|演讲|话题)",
    re.IGNORECASE,
)


#: a talk kind's plural in a title (``Kurzvorträge``, ``Lightning Talks``): a page of
#: several talks, however the site files it
_PLURAL_KIND = LazyPattern(rf"(?:{_TALK_PLURALS})(?![^\W\d_])", re.IGNORECASE)


def _filed_title(title: str) -> bool:
    """Whether the title of a page its front matter files as a talk is that talk's: not
    a kind's plural (``Kurzvorträge``: several talks), nor a title opening with a full
    name led by a known given name (``Ann Example über "…"``: who speaks is in it, and
    where the talk's own title starts is a guess)."""
    return not _PLURAL_KIND.search(title) and not led_by_given_name(
        " ".join(title.split()[:2]))


#: what a line must hold for :data:`_SEVERAL` to match (a substring test is cheaper)
_SEVERAL_NEEDLES = ("alks", "ALKS", "resentations", "RESENTATIONS", "ectures", "ECTURES",
                    "essions", "ESSIONS", "rogram", "ROGRAM", "个", "ésentations",
                    "ÉSENTATIONS", "rträge", "RTRÄGE",
                    "rtraege", "nférences", "xposés", "harlas", "onencias", "alestras",
                    "nterventi", "resentaties", "ezingen", "rezentacje", "relekcje",
                    "ystąpienia", "irst up", "IRST UP", "irst Up")


def _several_talks(units: list[Unit]) -> tuple[int, str] | None:
    """The first line that says the page holds several talks (or points to its
    programme elsewhere), as (line, the words)."""
    for unit in units:
        if (match := _says_several(unit.text)) is not None:
            return unit.line, match[0]
    return None


def _says_several(text: str) -> re.Match[str] | None:
    """Where ``text`` says the page holds several talks (``three talks``), if it does."""
    if not any(needle in text for needle in _SEVERAL_NEEDLES):
        return None
    return _SEVERAL.search(text)


def _replay_after_programme(
    units: list[Unit], labels: Labels, body: Body, inside: set[int], real: list[Talk]
) -> None:
    """A ``Replay:`` line after the last talk, in a paragraph of its own, is the event's
    replay (its button), not the last talk's video - unless it shares a block with the
    talk's own lines, or the other talks give their videos too (a repeated shape)."""
    if real:
        _recordings_of_several(units, labels, body, inside, real[-1])
    if not real or real[-1].video is None or any(talk.video for talk in real[:-1]):
        return
    last = real[-1]
    for index in sorted(inside, reverse=True):
        unit = units[index]
        if unit.line <= last.line:
            return
        if not unit.alone or unit.kind == "heading" or not unit.colon:
            continue
        if labels.fact("replay").match(unit.text) and not labels.is_not_replay(unit.text):
            urls = [url for url in map(safe_url, urls_in(unit.block, unit.source)) if url]
            if last.video in urls:
                body.facts.setdefault("replay", []).append((" ".join(urls), unit.line))
                last.video = None
            return


#: the label before a line's colon is short (``部分主题录像：``, ``All recordings:``)
_SHORT_LABEL = 12
#: words of a label that speak of several talks' recordings, not one talk's
_SEVERAL_TALKS = LazyPattern(r"部分|全部|所有|全程|各场|(?<![a-z])(?:all|some|full)(?![a-z])",
                            re.IGNORECASE)


def _recordings_of_several(
    units: list[Unit], labels: Labels, body: Body, inside: set[int], last: Talk
) -> None:
    """Below the last talk's own lines, a line whose short label names the
    recordings of several talks (``部分主题录像：…``, ``All recordings: …``): the event's
    replay, written where the recap closes - not the last talk's video."""
    for index in sorted(inside):
        unit = units[index]
        if unit.line <= last.line or unit.kind != "paragraph" or not unit.colon:
            continue
        label = re.split(r"[:：]", unit.text, maxsplit=1)[0]
        if len(label) > _SHORT_LABEL or not _SEVERAL_TALKS.search(label):
            continue
        if not labels.mention("replay").search(label) or labels.is_not_replay(unit.text):
            continue
        urls = [url for url in map(safe_url, urls_in(unit.block, unit.source)) if url]
        if urls and last.video not in urls:
            body.facts.setdefault("replay", []).append((" ".join(urls), unit.line))


#: ``…，<job><name>，为我们带来了《标题》``: a recap's sentence that gives a talk its title
_BROUGHT = LazyPattern(
    r"(?:^|[。！!？?；;，,])\s*+(?P<who>[^。！!？?；;，,《》]{2,40}?)\s*+[，,]\s*+"
    r"(?:[为给](?:我们|大家))?(?:带来了?|分享了?)《(?P<title>[^《》]{2,80})》"
)


def _brought_talks(units: list[Unit], inside: set[int], known: frozenset[str]) -> list[Talk]:
    """Talks of a recap told in prose: ``微信资深研发工程师名，为我们带来了《标题》`` - the
    quoted title is the talk's, the person a job glued to a strictly surname-led name.
    Presenters described by a topic only (no ``《》`` title) give no talk."""
    talks = []
    for index, unit in enumerate(units):
        if index in inside or unit.kind != "paragraph":
            continue
        if "题为" in unit.text:  # (also 主题为)
            talks += _titled_sentences(unit, known)
        if "《" not in unit.text:
            continue
        talks += _brought_by(unit, known)
        for match in _BROUGHT.finditer(unit.text):
            person = peel_name(match["who"].strip(), known)
            if person is None or not looks_like_name(person.name, known):
                continue
            talk = Talk(title=match["title"].strip(), line=unit.line)
            talk.evidence[""] = f"line {unit.line}: 《title》 a sentence says the person brought"
            add_names(talk, [person], f"line {unit.line}: the job and name before "
                      "'为我们带来了《…》'")
            talks.append(talk)
    return talks


#: ``由示例团队的名、名带来的《标题》``: the passive of the sentence above - the people
#: after ``由`` (their team before a last ``的``) brought the quoted talk
_BROUGHT_BY = LazyPattern(
    r"由\s*+(?P<who>[^。！!？?；;《》]{2,60}?)\s*+(?:带来|分享|讲授|主讲)的\s*+"
    r"《(?P<title>[^《》]{2,80})》"
)


def _brought_by(unit: Unit, known: frozenset[str]) -> list[Talk]:
    """The talks ``由…的名、名带来的《标题》`` sentences give: the people after the last
    ``的`` of the agent, every one a strictly surname-led name (or the front matter's)."""
    talks = []
    for match in _BROUGHT_BY.finditer(unit.text):
        who = match["who"].rsplit("的", 1)[-1].strip()
        people = [parse_name(part) for part in _JOINED.split(who) if part]
        if not people or not all(looks_like_name(person.name, known, strict=True)
                                 for person in people):
            continue
        talk = Talk(title=match["title"].strip(), line=unit.line)
        talk.evidence[""] = f"line {unit.line}: 《title》 a sentence says who brought it (由…)"
        add_names(talk, people, f"line {unit.line}: the people after '由' who brought it")
        talks.append(talk)
    return talks


#: ``名/名将在…大会上进行题为"标题"的演讲``: an announcement's sentence naming a talk by
#: its quoted title and who gives it (the sentence's subject, first in it)
_TITLED = LazyPattern(
    r"(?:^|[。！!？?；;，,])\s*+(?P<who>[^。！!？?；;，,\s\"“”]{2,40}?)\s*+将?\s*+"
    r"(?:在[^。！!？?；;]{0,60}?)?(?:[为给向](?:我们|大家))?"
    r"(?:进行|带来|发表|呈现|做|作)了?(?:一场|一个)?\s*+主?题为\s*+"
    r"[\"“「《](?P<title>[^\"“”「」《》]{2,120})[\"”」》]\s*+的(?:精彩)?(?:主题)?"
    r"(?:演讲|分享|报告|讲座)"
)
#: who a sentence names, as a recap writes them: ``来自示例所的王小明先生（@handle）`` -
#: the person after the last ``的``, without a bracket or an honorific
_WHO_BRACKET = LazyPattern(r"[（(][^（()）]{0,30}[）)]")
_HONORIFIC = LazyPattern(r"(?:先生|女士|老师|博士|教授)$")
#: what joins two people who give one talk (``罗某/刘某``, ``张三和李四``)
_JOINED = LazyPattern(r"\s*(?:/|、|和|与|&)\s*")


def _titled_sentences(unit: Unit, known: frozenset[str]) -> list[Talk]:
    """The talks ``…进行题为"标题"的演讲`` sentences give, each by the people who open the
    sentence - strictly surname-led names (or the front matter's), every one of them."""
    talks = []
    for match in _TITLED.finditer(unit.text):
        who = _WHO_BRACKET.sub("", match["who"].rsplit("的", 1)[-1]).strip()
        people = [parse_name(_HONORIFIC.sub("", part)) for part in _JOINED.split(who) if part]
        if not people or not all(looks_like_name(person.name, known, strict=True)
                                 for person in people):
            continue
        talk = Talk(title=match["title"].strip(), line=unit.line)
        talk.evidence[""] = f"line {unit.line}: a sentence names the talk '题为\"…\"的演讲'"
        add_names(talk, people, f"line {unit.line}: the people the sentence opens with, "
                  "who give the talk '题为…的演讲'")
        talks.append(talk)
    return talks


def _among_event_facts(units: list[Unit], unit: Unit, labels: Labels, talk: Talk) -> bool:
    """Whether the list item ``unit`` stands in a list with a time or venue fact of the
    event (``* 时间：…``, ``* 地点：…``) and every person its speaker label names is also
    named in a paragraph of the page (``我们邀请了…名…``) - or the list describes a talk
    (``- Abstract: …``): its speaker label is then the event's one talk's. A facts list
    alone says who comes, not that they give a talk."""
    if unit.kind != "item" or not talk.speakers:
        return False
    at = units.index(unit)
    prose = " ".join(other.text for other in units if other.kind == "paragraph")
    if not all(name in prose for name in talk.speakers) and not _talk_part_beside(
            units, at, labels):
        return False
    return in_facts_list(units, at, labels)


def _talk_part_beside(units: list[Unit], at: int, labels: Labels) -> bool:
    """Whether a list item next to ``units[at]`` (in its run of items) is labelled as a
    part of a talk's description (``- Abstract: …``, ``- Resumo: …``): the list
    describes the talk its speaker label's person gives."""
    part = labels.fact("talk_part")
    return any(index != at and units[index].colon and part.match(units[index].text)
               for index in item_run(units, at))


def outline_talks(
    outline: Outline, units: list[Unit] | None = None, known: frozenset[str] = frozenset()
) -> list[Talk]:
    """Talks of a page that gives none in its text (its agenda is an image), from what
    it says apart - only where that agrees: the quoted titles of its slides list (with
    the guests paired in order when there are as many; or the people every entry of
    the list names beside its title), else one guest and a theme."""
    guests = outline.guests
    if outline.slide_titles:
        paired = len(guests) == len(outline.slide_titles)
        beside = _slide_speakers(outline.slide_titles, units or [], known)
        talks = []
        for number, (title, _url, line) in enumerate(outline.slide_titles):
            talk = Talk(title=title, line=line)
            talk.evidence[""] = f"line {line}: 《title》 link text of the slides list"
            if beside:
                talk.title, names, where = beside[number]
                add_names(talk, names, f"line {line}: {where}, as every entry of the "
                          "slides list names its speaker")
            elif paired:
                add_names(talk, [guests[number]], f"line {outline.guests_line}: guest list, "
                      f"person {number + 1} of {len(guests)} (as many as slide titles)")
            elif introduced := outline.introduced.get(fold(title)):
                person, at = introduced
                add_names(talk, [person], f"line {at}: speaker intro under the title "
                          "written again as a 《title》 line")
            elif handle := outline.handles.get(fold(title)):
                add_names(talk, [Name(handle[0])], f"line {handle[1]}: {DECK_HANDLE}")
            talks.append(talk)
        return talks
    if outline.recordings:
        talks = []
        for title, names, url, line in outline.recordings:
            talk = Talk(title=title, line=line, video=url)
            talk.evidence[""] = f"line {line}: link text of the recordings list"
            add_names(talk, names, f"line {line}: after the title in the link text")
            talks.append(talk)
        return talks
    if outline.quoted:
        talks = []
        for title, line in outline.quoted:
            talk = Talk(title=title, line=line)
            count = len(outline.quoted)
            talk.evidence[""] = f"line {line}: one of {count} 《title》 lines in a row"
            talks.append(talk)
        return talks
    if len(guests) == 1 and outline.theme:
        talk = Talk(title=outline.theme, line=outline.theme_line)
        talk.evidence[""] = f"line {outline.theme_line}: theme line of a page with one guest"
        add_names(talk, guests, f"line {outline.guests_line}: the one person of the guest list")
        return [talk]
    return []


#: the people after a slides link on its line: ``[Title](….pdf) by Ann`` / ``– Ann``
_AFTER_LINK = LazyPattern(
    r"^\s*+(?:" + BY + r"|[-–—,:])\s++(?P<names>\S.{0,100})$", re.IGNORECASE
)


def _slide_speakers(
    titles: list[tuple[str, str, int]], units: list[Unit], known: frozenset[str]
) -> list[tuple[str, list[Name], str]]:
    """(title, people, where) for each entry of a slides list when every entry (two or
    more) names its people the same way - after a dash or ``by`` inside the link's text
    (``[Title – Ann Example](….pdf)``) or after the link (``[Title](….pdf) by Ann
    Example``), as full names or names the page knows; else nothing."""
    if len(titles) < 2:
        return []
    inside = [split_title_names(title, known, latin=True, by_label=True)
              for title, _url, _line in titles]
    if all(split and split[1] and _full(split[1], known) for split in inside):
        return [(tidy_title(split[0]), split[1], "in the link's text")
                for split in inside if split]
    by_line = {unit.line: unit for unit in units}
    after: list[tuple[str, list[Name], str]] = []
    for title, _url, line in titles:
        unit = by_line.get(line)
        at = unit.text.find(title) if unit is not None else -1
        match = _AFTER_LINK.match(unit.text[at + len(title) :]) if unit and at >= 0 else None
        names = split_names(match["names"], known) if match else []
        if not names or not _full(names, known):
            return []
        after.append((title, names, "after the link"))
    return after


def _full(names: list[Name], known: frozenset[str]) -> bool:
    return all(looks_like_name(name.name, known, strict=True) for name in names)


def _theme_over_copied_title(
    talk: Talk, outline: Outline, event: Event, units: list[Unit]
) -> None:
    """A one-talk page whose theme line and title agree, but whose agenda entry (a timed
    slot) names another talk: the agenda was copied from an earlier page. The theme wins, and a
    ``programme`` problem says so (the structured ``talks:`` front matter settles it).

    A talk that shares most words with the theme (part 1 / part 2 of one subject) is
    taken for copied only when its agenda also names another day than the event's."""
    theme = outline.theme
    if not theme or not event.title or not talk.title:
        return
    page, said, agenda = fold(event.title), fold(theme), fold(strip_series(talk.title))
    if not said or said not in page:
        return
    dated = _agenda_day_elsewhere(units, talk, event)
    if _overlap(agenda, said) >= _SAME_TALK and dated is None:
        return
    event.problems.append(
        Problem(
            talk.line,
            f"the agenda names the talk {talk.title!r}, but the page's title and theme line "
            f"(line {outline.theme_line}) name {theme!r}; the theme is used - correct the "
            "agenda, or give the programme as `talks:` in the front matter",
            "programme",
        )
    )
    talk.title = strip_series(theme)
    talk.evidence[""] += f"; titled by the theme line {outline.theme_line} (agenda copied"
    talk.evidence[""] += f", dated {dated} on line {talk.line})" if dated else ")"
    if not talk.speakers and len(outline.guests) == 1:
        add_names(talk, outline.guests, f"line {outline.guests_line}: the one person of the "
                  "guest list (the agenda's entry was copied)")


def _agenda_day_elsewhere(units: list[Unit], talk: Talk, event: Event) -> dt.date | None:
    """A date the agenda around ``talk`` gives (its table's caption, a line above it in
    its section) that is not the event's day: the agenda is another event's."""
    day = event.start.date() if isinstance(event.start, dt.datetime) else event.start
    if not isinstance(day, dt.date):
        return None
    index = next((i for i, unit in enumerate(units) if unit.line == talk.line), None)
    if index is None:
        return None
    for unit in reversed(units[max(0, index - 8) : index + 1]):
        found = dates.first_date(unit.text, day.year)
        if found is not None and found != day:
            return found
        if unit.kind == "heading":
            break
    return None


def _overlap(one: str, other: str) -> float:
    """Shared character pairs of two folded titles, over the shorter one's."""
    first = {one[i : i + 2] for i in range(len(one) - 1)}
    second = {other[i : i + 2] for i in range(len(other) - 1)}
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def _unread_programme(
    units: list[Unit], found: Found, outline: Outline
) -> tuple[int, str] | None:
    """Where the body shows a programme that gave no talk: a talks section with text in
    it (``## 议程`` / ``## Agenda``), else a guest list."""
    for index, unit in enumerate(units):
        if unit.kind != "heading" or found.regions[index] != "talks":
            continue
        following = units[index + 1 : index + 40]
        stop = next((i for i, u in enumerate(following) if u.kind == "heading"
                     and u.block.level <= unit.block.level), len(following))
        if any(u.text for u in following[:stop]):
            return unit.line, f"the section {unit.text!r}"
        return unit.line, f"the section {unit.text!r} (its agenda is an image)"
    if outline.guests and outline.guests_line is not None:
        names = "、".join(name.name for name in outline.guests[:4])
        return outline.guests_line, f"the guest list ({names})"
    return None


def known_names(event: Event | None) -> frozenset[str]:
    """Name keys of the front-matter speakers, aliases included."""
    if event is None:
        return frozenset()
    return frozenset(key(name) for speaker in event.speakers for name in speaker.names)


def complete(
    event: Event,
    body: Body | None = None,
    speaker_talks: list[tuple[str, str, int | None]] = (),
    record_title: tuple[str, int | None, str] | None = None,
    filed: tuple[str, int | None] | None = None,
) -> None:
    """What the body leaves open, filled from the front matter.

    A page with no talk in its text (prose only) has one talk: the event itself, given
    by its front-matter speakers (else by the people its prose says will speak). A
    single talk that names nobody is given the one front-matter speaker no other talk
    names.
    """
    real = [talk for talk in event.talks if talk.kind == "talk"]
    if not real and event.title and is_placeholder(page_talk_title(event.title)):
        return  # ``title: TBA``: the page's talk is not known yet - no talk is made of it
    if not real and speaker_talks:
        event.talks.extend(_front_matter_talks(event, speaker_talks))
        return
    if not real and record_title is not None and (talk := _recorded_talk(event, record_title)):
        event.talks.append(talk)
        return
    if not real and body is not None and body.several is not None and (counted := counted_talks(
            body.several[1], body.several[0], _front_matter_people(event))):
        event.talks.extend(counted)  # ``3 short talks`` and three front-matter speakers
        return
    if not real and names_an_issue(event.title) and _has_people(event, body):
        event.problems.append(issue_title_problem(event.title, bool(event.speakers)))
        return
    if not real and not event.speakers and (talk := _the_guests_talk(event, body)):
        event.talks.append(talk)
        real = [talk]
    if not real and not event.speakers and (talk := _the_titled_talk(body)):
        event.talks.append(talk)
        real = [talk]
    if not real and not event.speakers and event.title and (
            named := named_first_talks(event.title)):
        # ``WebElement #21: Ann Example - D3.js; Bo Sample - Node``: the page's title
        # lists its talks, each by a full name a known given name leads
        event.talks.extend(named)
        real = named
    if len(real) == 1 and not real[0].title and real[0].speakers and event.title:
        # ``Intervenant : Name, role`` under a one-talk page's abstract: the talk the
        # label's people give is the event itself
        only = real[0]
        paragraph = body is not None and body.untitled_paragraph
        labelled = _SPEAKER_LABEL_SHAPE in only.evidence.get("", "")
        # ``例会：Git 入门`` / ``标题 - 直播课``: the series' words around it are not its
        title = page_talk_title(event.title)
        restated = body is not None and body.restates_title
        if paragraph and labelled and (_names_one_thing(title) or restated) and (
                not names_an_issue(title)):
            only.title = title
            only.evidence[""] += "; titled by the page (its one talk)"
    if not real and body is not None and body.unread is not None and not event.speakers:
        line, what = body.unread
        event.problems.append(
            Problem(
                line,
                f"the programme was not understood: no talk could be read from {what}; the "
                "body is shown as written - give the programme as `talks:` in the front "
                "matter",
                "programme",
            )
        )
    several: tuple[int | None, str] | None = body.several if body is not None else None
    if several is None and event.title and (titled := _says_several(event.title)):
        several = (None, titled[0])  # ``Kunterbunter Abend mit 3 Vorträgen``: the title says
    if not real and event.speakers and body is not None and several is not None:
        line, words = several
        event.problems.append(
            Problem(
                line,
                f"the programme was not understood: the page speaks of several talks "
                f"({words!r}) but names none; its front-matter speakers are shown without "
                "a talk - give the programme as `talks:` in the front matter",
                "programme",
            )
        )
        return
    if not real and event.title and _two_things(event, body) and (
        event.speakers or (body is not None and (body.prose_names or body.by_line))
    ):
        event.problems.append(
            Problem(
                None,
                f"the programme was not understood: the page's title {event.title!r} joins "
                f"two things, so it is not the title of one talk; "
                f"{_WITHOUT_A_TALK[bool(event.speakers)]} - give the programme as `talks:` "
                "in the front matter",
                "programme",
            )
        )
        return
    if not real and body is not None and body.parts:
        # ``Soirée A et B`` over ``### A`` and ``### B``: a talk each, by the page's one
        # front-matter speaker (several: whose is which is not said)
        people = event.speakers if len(event.speakers) == 1 else []
        for text, line in body.parts:
            talk = Talk(title=tidy_title(text), speakers=[s.name for s in people], line=line)
            talk.evidence[""] = f"line {line}: a heading the page's title names (one of its parts)"
            talk.evidence.update((s.name, f"line {s.line}: the page's one front-matter speaker")
                                 for s in people)
            event.talks.append(talk)
        return
    people = _front_matter_people(event)
    if not real:
        if people and event.title and _by_line_adds_to(body, people):
            # ``summary: Ann Example`` over ``**Ann Example & Bo Sample**, *Acme*``: the
            # body's line names the front matter's person and who gives the talk with her
            event.talks.append(_by_line_talk(event, body.by_line, body.by_line_heading,
                                             body.by_line_why))
        elif people and event.title:
            event.talks.append(_front_matter_talk(event, body, people))
        elif event.speakers and event.title:
            return  # only a company in the speaker key: no talk, and no prose guess
        elif body is None or body.unread is not None:
            # a talks section the reader could not read: the page holds a programme, so
            # a speaker its prose or a ``by`` line names is not the page's one talk
            return
        elif body.by_line is not None and _names_a_talk(event.title):
            event.talks.append(_by_line_talk(event, body.by_line, body.by_line_heading,
                                             body.by_line_why))
        elif body.prose_names and event.title and body.several is None and (
                len(body.prose_names) == 1 or len(body.prose_blocks) == 1):
            # (people the prose announces in paragraphs apart: a talk each as likely)
            event.talks.append(_prose_talk(event, body))
        elif (body.itself is not None and several is None
              and (talk := _itself_talk(event, body, f"{ITSELF} (line {body.itself})"))):
            event.talks.append(talk)
        elif (body.deck is not None and several is None
              and (talk := _itself_talk(event, body, f"{DECK} (line {body.deck[1]})"))):
            talk.slides = body.deck[0]
            event.talks.append(talk)
        elif filed is not None and several is None and _filed_title(event.title) and (
                talk := _itself_talk(
                event, body, f"{FILED} ({filed[0]!r}, line {filed[1]})")):
            event.talks.append(talk)  # ``category: talk``: the site files it as one talk
        return
    if people and event.title and body is not None and body.only_lightning and not any(
            talk.speakers and {key(n) for s in people for n in s.names} & {
                key(name) for name in talk.speakers} for talk in real):
        # ``presenter: Ann Example`` over a body whose only talks are its lightning
        # talks: the evening's main talk is the page's own, by its front-matter people
        talk = _front_matter_talk(event, body, people)
        talk.evidence[""] += "; the body's talks are its lightning talks"
        event.talks.insert(0, talk)
        return
    silent = [talk for talk in real if not talk.speakers]
    if len(silent) != 1:
        return
    named = {key(name) for talk in real for name in talk.speakers}
    named |= {key(alias) for talk in real for aliases in talk.aliases.values() for alias in aliases}
    unused = [s for s in people if not any(key(n) in named for n in s.names)]
    if len(unused) == 1:
        silent[0].speakers = [unused[0].name]
        silent[0].evidence[unused[0].name] = (
            f"line {unused[0].line}: the one front-matter speaker no other talk names"
        )


#: a heading over lightning talks (``### Lightning Talks``, ``Blitzvorträge``)
_LIGHTNING = LazyPattern(r"lightning|blitz|閃電|闪电|ライトニング", re.IGNORECASE)


def _under_lightning(units: list[Unit], talk: Talk) -> bool:
    """Whether the nearest heading above ``talk``'s line names lightning talks."""
    if talk.line is None:
        return False
    above = next((unit for unit in reversed(units)
                  if unit.kind == "heading" and unit.line <= talk.line), None)
    return above is not None and _LIGHTNING.search(above.text) is not None


def _front_matter_talks(
    event: Event, speaker_talks: list[tuple[str, str, int | None]]
) -> list[Talk]:
    """A page with no talk in its text whose front-matter speakers each give their
    talk's title: that list is its programme, one talk per title in its order (people
    sharing a title share the talk) - not one talk titled as the page by all of them."""
    people = {key(name): speaker for speaker in event.speakers for name in speaker.names}
    talks: dict[str, Talk] = {}
    for title, name, line in speaker_talks:
        talk = talks.get(title)
        if talk is None:
            talk = talks[title] = Talk(title=title, line=line)
            talk.evidence[""] = f"line {line}: a front-matter speaker's talk title"
        speaker = people.get(key(name))
        written = speaker.name if speaker else name
        if written not in talk.speakers:
            talk.speakers.append(written)
            talk.evidence[written] = f"line {line}: front-matter speaker"
            if speaker and speaker.aliases:
                talk.aliases[written] = list(speaker.aliases)
    return list(talks.values())


def _recorded_talk(event: Event, record_title: tuple[str, int | None, str]) -> Talk | None:
    """The one talk a front matter records (``description`` beside ``speaker`` and
    ``abstract``), given by its speakers - unless the title numbers an issue of a series
    or only a company is named. The description was the talk's title, so it is no longer
    the event's."""
    title, line, abstract = record_title
    people = _front_matter_people(event)
    if not people or names_an_issue(title):
        return None
    talk = Talk(title=tidy_title(title), speakers=[s.name for s in people], line=line,
                abstract=abstract)
    talk.evidence[""] = f"line {line}: the front matter's one talk record (its title)"
    talk.evidence.update((s.name, f"line {s.line}: front-matter speaker") for s in people)
    talk.aliases = {s.name: list(s.aliases) for s in people if s.aliases}
    if " ".join(event.description.split()) == title:
        event.description = ""
    return talk


def _has_people(event: Event, body: Body | None) -> bool:
    """Whether the page names someone who would give its one talk (front matter, a guest
    section, a ``by`` line, its prose or its title)."""
    return bool(event.speakers) or (body is not None and bool(
        body.guests or body.titled or body.prose_names or body.by_line))


def issue_title_problem(title: str, shown: bool = True) -> Problem:
    """Why a page whose title numbers an issue of a series gets no talk from its title
    (``shown``: it has speakers to show; else the people its text names)."""
    return Problem(
        None,
        f"the programme was not understood: the page's title {title!r} ends with the "
        f"number of an issue of a series, so it names the event, not a talk; "
        f"{_WITHOUT_A_TALK[shown]} - give the programme as `talks:` in the front matter",
        "programme",
    )


#: what becomes of the people of a page whose one talk is not made, by whether the page
#: has speakers to show (else its text names them: they are no speakers then)
_WITHOUT_A_TALK = {
    True: "its speakers are shown without a talk",
    False: "the people its text names are not made speakers, and it is shown as written",
}


def _the_guests_talk(event: Event, body: Body | None) -> Talk | None:
    """A live or a talk page: no talk in its text, no speaker in its front matter, but a
    guest section (``## 讲师简介``) that opens with one person - the page is their talk.
    Not when its prose names other speakers or says it holds several talks."""
    if body is None or not body.guests or not event.title:
        return None
    if body.prose_names or body.several is not None:
        return None
    if len(body.guests) > 1 and not (
        body.guests_introduced and not joins_two(page_talk_title(event.title))
    ):
        return None  # several people of a list: several talks as likely as one
    talk = Talk(title=page_talk_title(event.title), speakers=[g.name for g in body.guests])
    if len(body.guests) == 1:
        talk.evidence[""] = "the page itself: no talk in its text, one person in its guest section"
        talk.evidence[body.guests[0].name] = (
            f"line {body.guests_line}: the one person of the guest section"
        )
    else:
        talk.evidence[""] = ("the page itself: no talk in its text, its guest section "
                             "introduces each person on their own")
        talk.evidence.update((g.name, f"line {body.guests_line}: the guest section gives "
                              "them a heading or a bio paragraph of their own")
                             for g in body.guests)
    talk.aliases = {g.name: list(g.aliases) for g in body.guests if g.aliases}
    talk.affiliations = {g.name: g.affiliation for g in body.guests if g.affiliation}
    return talk


def _front_matter_people(event: Event) -> list[Speaker]:
    """The front matter's speakers who can give the page's talk: a company (``Acme
    GmbH``, the host a theme's speaker key names) or the group itself (``speaker:
    SERG``, ``TacoJS``) gives none."""
    return [s for s in event.speakers
            if not _ORGANISATION.search(s.name) and not is_group_name(s.name)]


def _front_matter_talk(event: Event, body: Body | None, people: list[Speaker]) -> Talk:
    """The page as its one talk, by its front-matter ``people``: titled by the page (or
    by what the body says the title is instead)."""
    title = page_talk_title(event.title)
    if body is not None and body.titled is not None and len(people) == 1:
        # ``Title — Name`` and Name the front matter's speaker: the talk is Title
        told, person, _why = body.titled
        if key(person.name) in {key(n) for n in people[0].names}:
            title = page_talk_title(told)
    names = [name for s in people for name in s.names]
    if body is not None and body.prose_title and len(people) == 1 and any(
            key(name) in key(event.title) for name in names):
        # ``Giuseppe Example's talk`` over ``… who will give a talk on`` / the
        # title: the page's title names the person, its prose the talk
        title = body.prose_title
    title = without_leading_speakers(without_speakers(title, names), names)
    why = "the page itself: no talk in its text, speakers in front matter"
    if body is not None and body.opening is not None and _shares_opening(
            body.opening[0], title):
        title, line = body.opening
        why += f"; titled by the heading the body opens with (line {line})"
    talk = Talk(title=title, speakers=[s.name for s in people])
    talk.evidence[""] = why
    talk.evidence.update((s.name, f"line {s.line}: front-matter speaker") for s in people)
    talk.aliases = {s.name: list(s.aliases) for s in people if s.aliases}
    return talk


def _by_line_adds_to(body: Body | None, people: list[Speaker]) -> bool:
    """Whether the body's ``by`` line (or bold opener) names the front matter's one
    person and others with them."""
    if body is None or body.by_line is None or len(people) != 1:
        return False
    names = body.by_line[0]
    own = {key(name) for name in people[0].names}
    return len(names) > 1 and any(key(name.name) in own for name in names)


def front_matter_talk_after_doubt(event: Event, body: Body, doubted: list[Talk]) -> None:
    """A page whose front matter names its speakers and whose body gave one doubtful
    "talk" (a bio in a table's cell, a line of prose - its body is shown as written):
    still the page's one talk by those speakers, as a page whose body holds no talk
    has. Not when the doubted reading held several talks: the body has a programme the
    reader did not understand, which no one talk stands for."""
    if event.talks or sum(1 for talk in doubted if talk.kind == "talk") != 1:
        return
    people = _front_matter_people(event)
    if people and event.title and body.several is None and not _two_things(event, body) and (
            not is_placeholder(page_talk_title(event.title))):
        event.talks.append(_front_matter_talk(event, body, people))


def titled_after_doubt(event: Event, body: Body) -> None:
    """A page whose only "talks" were a schedule naming no one (doubted, so the body is
    shown as written) still has the talk its title names with its speaker - or, on a
    title that names one thing, the talk its prose names the speakers of."""
    if event.talks or event.speakers or not body.schedule_only:
        return
    if talk := _the_titled_talk(body):
        event.talks.append(talk)
    elif body.unread is not None:
        return
    elif body.prose_names and event.title and not _two_things(event, body):
        event.talks.append(_prose_talk(event, body))


#: the ampersand of a page title, to take it apart (``A + B`` always joins two topics:
#: ``Web components + GraphQL``)
_JOIN = LazyPattern(r"\s*+[&＆]\s*+")
#: a side of a title that is the evening's other part, or several talks of it
_EVENING_PART = LazyPattern(
    r"\b(?:talks|lightning|panel|q&a|hack(?:ing|athon)?|agm|social|party|networking|"
    r"meetup|workshops)\b", re.IGNORECASE)


def _two_things(event: Event, body: Body | None) -> bool:
    """Whether the page's title joins two things, so it is no one talk's title
    (``Welcome & Talk``, ``迎新会 & 实验平台介绍``, ``Web components + GraphQL``). Not an
    ampersand when one person gives the page's talk and neither side is the evening's
    own part (a welcome, food, a break, several talks): then it joins two words of one
    topic (``Hallucination Detection & Interpretability``)."""
    title = page_talk_title(event.title)
    if not joins_two(title):
        return False
    people = len(event.speakers) or (len(body.prose_names) if body is not None else 0) or (
        len(body.by_line[0]) if body is not None and body.by_line else 0)
    parts = [part for part in _JOIN.split(title) if part.strip()]
    if people != 1 or len(parts) != 2 or " + " in title or not all(map(str.isascii, parts)):
        return True
    return any(is_break_title(part, DEFAULT_LABELS) or is_remarks(part, DEFAULT_LABELS)
               or _EVENING_PART.search(part) for part in parts)


#: a page title that only names when it happens (``February 2019``, ``Meetup 03/2024``,
#: ``Agile Talks - Março de 2012``, ``Treffen im März 2020``): a series' name of a few
#: words, a month in any language the dates know and its year
_ONLY_WHEN = LazyPattern(
    r"^(?:[^\W\d][\w'’.&]*[-–—:|]?\s+){0,3}(?:[-–—:|]\s*)?"
    r"(?:(?:de|of|im|in|en|du|di|del|w|v)\s+)?"
    r"(?:" + dates.MONTH_NAMES + r")\.?\s+(?:(?:de|of)\s+)?\d{4}$"
    r"|^[\w\s#]*\d{1,2}[/.]\d{4}$",
    re.IGNORECASE,
)


def _names_a_talk(title: str) -> bool:
    """Whether a page title can be its one talk's: it names more than a month, and more
    than the kind of page it is (``Evento``, ``Event``, ``Meetup``)."""
    talk_title = page_talk_title(title).strip()
    return bool(title) and not _ONLY_WHEN.match(talk_title) and (
        talk_title.casefold().rstrip(".!") not in _KIND_OF_PAGE)


#: a page title that only says what kind of page it is: a template's word, no talk's
_KIND_OF_PAGE = frozenset({
    "event", "events", "evento", "eventos", "événement", "evenement", "veranstaltung",
    "meetup", "meeting", "treffen", "talk", "session", "webinar", "活动",
})


#: ``Presented by …`` / ``Talk by …`` / ``By …`` opening a line
_BY_OPENING = LazyPattern(
    r"^(?:(?:talk|given)\s+by|" + PRESENTED_BY + "|" + BY + r")\s", re.IGNORECASE
)


def _by_line_alone(
    units: list[Unit], found: Found, known: frozenset[str]
) -> tuple[list[Name], int] | None:
    """The one paragraph (or heading: ``### by [Dr. Ann Example](…)`` under the title)
    of a talkless page that is only ``Presented by Ann Example`` (full names, or names
    the page knows): who gives the page's one talk."""
    hits: list[tuple[list[Name], int]] = []
    for index, unit in enumerate(units):
        if index in found.inside or not unit.alone or unit.kind not in ("paragraph", "heading"):
            continue
        if unit.text[:1] not in BY_INITIALS or not _BY_OPENING.match(unit.text):
            continue
        names = by_line(unit, known)
        ok = bool(names) and all(looks_like_name(name.name, known) for name in names)
        hits.append((names if ok else [], unit.line))
    # two ``by …`` lines (even one naming no one: ``by me``) are two talks, not the page
    return hits[0] if len(hits) == 1 and hits[0][0] else None


#: how ``show --explain`` names the speaker :func:`_bold_speaker` reads
BOLD_OPENER = "the bold name alone the body opens with"
#: ``**Ann Example**, *Example University*``: a bold name alone, then where the person
#: works (a comma, a dash or a bracket before it)
_BOLD_SPEAKER = LazyPattern(
    r"^\*\*(?P<name>[^*\n]{3,60}?)\*\*(?:\s*+(?:[,–—-]\s*+|\()(?P<org>[^\n]{2,120}))?$")


def _labelled_title(
    units: list[Unit], labels: Labels, outline: Outline
) -> tuple[str, int | None] | None:
    """The title the body's theme line or its one ``Title:`` / ``Topic:`` line gives."""
    if outline.theme:
        return outline.theme, outline.theme_line
    found = [(value, unit) for unit in units
             if (value := label_value(unit, labels, "topic"))]
    if len(found) != 1:
        return None
    value, unit = found[0]
    rest = unit.block.plain_lines[1:] if unit.first and unit.kind == "paragraph" else []
    if rest and not any(has_colon(line) for line in rest):
        value = " ".join([value, *rest])  # (a title wrapped over the paragraph's lines)
    return tidy_title(value), unit.line


def _bold_speaker(unit: Unit, known: frozenset[str]) -> list[Name]:
    """The person a talkless page's body opens with, in bold and alone but for where
    they work (``**Ann Example**, *Example University*`` over the abstract: a seminar
    page's speaker; ``**Ann Example & Bo Sample**, *…*``: its two): full names a known
    given name leads, or ones the page knows."""
    match = _BOLD_SPEAKER.match(unit.source.strip())
    if match is None:
        return []
    names = split_names(match["name"], known) if _TWO_PEOPLE.search(match["name"]) else [
        parse_name(match["name"])]
    if not names or not all(vouched_for(name.name, known) and looks_like_name(
            name.name, known) for name in names):
        return []
    org = plain(match["org"] or "").strip(" )*_")
    if org and describes_someone(org) and not is_organisation(org) and not is_role(org):
        return []
    return [Name(name.name, name.aliases, org or name.affiliation) for name in names]


#: what joins two people in one bold line (``Ann Example & Bo Sample``)
_TWO_PEOPLE = LazyPattern(r"\s(?:&|and|et|und|y|e)\s")


def _heading_below(units: list[Unit], line: int) -> str | None:
    """The text of the heading that is the next unit after the one on ``line`` (``Talk by
    Ann Example`` over ``## Title``), if the page has no other heading of that level."""
    at = next((index for index, unit in enumerate(units) if unit.line == line), None)
    if at is None or at + 1 >= len(units) or units[at + 1].kind != "heading":
        return None
    below = units[at + 1]
    same = [unit for unit in units if unit.kind == "heading"
            and unit.block.level == below.block.level]
    return below.text if len(same) == 1 and below.text else None


#: ``…, présenté par Ann EXAMPLE.`` / ``Presentado por Ana Ejemplo, rol``: who presents,
#: mid-sentence, up to the end of the clause (an e-mail's ``<`` or a bracket ends it too)
_PRESENTED = LazyPattern(
    # (the look-ahead on the words' first letters: a text's other words are passed at
    # once, not entered participle by participle)
    r"(?<![\w-])(?=[" + BY_INITIALS + r"])(?:" + PRESENTED_BY
    + r")\s++(?P<names>[^.;!?<>()\[\]{}]{3,120})",
    re.IGNORECASE,
)


#: a sentence about the evening itself before its ``presented by``: the evening's host
_EVENING_SUBJECT = LazyPattern(
    r"\b(?:evening|event|meetup|night|session|soirée|rencontre|événement|évènement|"
    r"encuentro|evento|abend|veranstaltung|avond|kväll|kveld|aften)\b[^.;!?]*$",
    re.IGNORECASE,
)
#: a surname written in capitals, as French and other pages mark a person (``Ann EXAMPLE``)
_CAPITAL_SURNAME = LazyPattern(r"\s[A-ZÀ-ÖØ-Þ]{2,}(?:[-'’][A-ZÀ-ÖØ-Þ]{2,})*$")


def _parts(units: list[Unit], found: Found, title: str) -> list[tuple[str, int]]:
    """Two or more headings of the page's top level, outside any known section, each
    named in the page's title (its opening words): the page's topics, one talk each."""
    heads = [unit for index, unit in enumerate(units)
             if unit.kind == "heading" and found.regions[index] == "neutral"]
    if len(heads) < 2:
        return []
    top = min(unit.block.level for unit in heads)
    heads = [unit for unit in heads if unit.block.level == top]
    named = fold(title)
    parts = [(unit.text, unit.line) for unit in heads
             if len(fold(unit.text)) >= 3 and fold(unit.text)[:16] in named]
    return parts if len(parts) >= 2 and len(parts) == len(heads) else []


def _presenter(name: str, units: list[Unit], at: int, known: frozenset[str]) -> bool:
    """A person the ``presented by`` clause of ``units[at]`` names: a full name (no
    organisation) whose surname is written in capitals, or that the page names again
    elsewhere, or led by a given name the reader knows - a group or a company
    (``presented by Python Ireland``) is rarely any of them."""
    if not looks_like_name(name, known) or _ORGANISATION.search(name):
        return False
    if key(name) in known or _CAPITAL_SURNAME.search(name) or led_by_given_name(name):
        return True
    return named_again(units, name, skip=at) is not None


def _presented_by(
    units: list[Unit], found: Found, known: frozenset[str]
) -> tuple[list[Name], int] | None:
    """The people a talkless page's prose says present it (``Le 3 mars, présenté par Ann
    EXAMPLE.``): a participle and its ``by`` (:data:`.by_words.PRESENTED_BY`, never a bare
    ``by``, which names any agent) followed by full names, their roles after a comma
    set aside. Once on the page, or every time the same people; else no one."""
    hits: list[tuple[list[Name], int]] = []
    for index, unit in enumerate(units):
        if index in found.inside or found.regions[index] not in {"neutral", "event", "talks"}:
            continue
        if unit.kind not in {"paragraph", "item"} or not PARTICIPLES.found_in(unit.text):
            continue
        for match in _PRESENTED.finditer(unit.text):
            if _EVENING_SUBJECT.search(unit.text, 0, match.start()):
                return None  # ``This evening is presented by …``: who hosts the night
            value = match["names"].strip(" ,")
            names = split_names(value.split(",")[0].strip(), known)
            if names and all(_presenter(name.name, units, index, known) for name in names):
                hits.append((names, unit.line))
            else:
                return None  # presented by someone the page does not name as a person
    if not hits:
        return None
    people = {key(name.name) for name in hits[0][0]}
    if any({key(name.name) for name in names} != people for names, _ in hits[1:]):
        return None
    return hits[0]


#: a page title that opens by naming a discussion: a format in which no one gives a talk
_DISCUSSION_FIRST = LazyPattern(
    r"^(?:round[\s-]?table|panel\s+discussion|discussion|mesa\s+redonda|table\s+ronde|"
    r"podiumsdiskussion|stammtisch|unconference|open\s+space|fishbowl|ask\s+me\s+anything)"
    r"(?!\w)", re.IGNORECASE)


#: the evidence of a page read as its one talk by its prose's own words
ITSELF = "the page itself: no talk in its text; its prose calls it one talk"
#: the evidence of a page read as its one talk by the slide deck it links
DECK = "the page itself: no talk in its text; it links the slides of one talk"
#: the evidence of a page read as its one talk by the site's filing of it
#: (:func:`.fields.filed_as_talk`)
FILED = "the page itself: no talk in its text; its front matter files it as a talk"


def _itself_talk(event: Event, body: Body, why: str) -> Talk | None:
    """The page as its one talk, naming no one, when its prose (``In this talk…``) or its
    front matter (``category: talk``) says it is one - ``why`` - and its title can be a
    talk's (:func:`.deixis.can_title_a_talk`)."""
    if not event.title or names_an_issue(event.title) or not _names_a_talk(event.title):
        return None
    if _two_things(event, body) or _says_several(event.title):
        return None
    if _DISCUSSION_FIRST.match(event.title):
        return None  # ``Roundtable: New to the field!``: everyone talks, no one gives a talk
    title = page_talk_title(event.title)
    if not deixis.can_title_a_talk(title):
        return None
    talk = Talk(title=title)
    talk.evidence[""] = why
    if body.itself_speaker is not None:
        name, line = body.itself_speaker
        talk.speakers = [name]
        talk.evidence[name] = (f"line {line}: the heading the body opens with names them "
                               "first (a full name led by a known given name)")
    elif body.itself_closing is not None:
        talk.title, person = body.itself_closing
        talk.speakers = [person.name]
        talk.evidence[person.name] = (f"{BRACKETED} (a full name led by a known given "
                                      "name)")
    return talk


def _closing_alone(title: str, units: list[Unit]) -> tuple[str, Name] | None:
    """``Title (Ann Example)`` (:func:`.titled.closing_person`) when the body names no
    other person (a bio of Bo Sample under ``(Ann Example)`` leaves who speaks open)."""
    if (closing := closing_person(title)) is None:
        return None
    named = closing[1].name
    if any(name != named for unit in units for name in full_names(unit.text, led_by_given_name)):
        return None
    return closing


def _by_line_talk(
    event: Event, found: tuple[list[Name], int], heading: str | None = None,
    why: str = "'Presented by …' line",
) -> Talk:
    """The page as its one talk, by the people of its ``Presented by …`` line - titled
    by the heading right below that line, if one is, else by the page."""
    names, line = found
    # (``by Dr. Ann Example``: the card is Ann Example's, as a front matter's ``Dr`` is)
    names = [Name(without_academic_title(n.name), n.aliases, n.affiliation) for n in names]
    talk = Talk(title=tidy_title(heading) if heading else page_talk_title(event.title),
                speakers=[name.name for name in names])
    talk.evidence[""] = "the page itself: no talk in its text" + (
        "; titled by the heading below its 'by' line" if heading else "")
    talk.evidence.update((n.name, f"line {line}: {why}") for n in names)
    talk.affiliations = {n.name: n.affiliation for n in names if n.affiliation}
    return talk


def _prose_talk(event: Event, body: Body) -> Talk:
    """The page as its one talk, by the people its prose says will speak (titled as its
    prose quotes it, ``题目是“…”``, else by the page)."""
    names = [name for person in body.prose_names for name in (person.name, *person.aliases)]
    talk = Talk(title=body.prose_title or without_speakers(without_leading_speakers(
                    page_talk_title(event.title), names), names),
                speakers=[name.name for name in body.prose_names])
    talk.evidence[""] = ("the page itself: no talk in its text" + (
        "; titled as its prose quotes it" if body.prose_title else ""))
    talk.evidence.update((n.name, "prose says they will speak") for n in body.prose_names)
    talk.aliases = {n.name: list(n.aliases) for n in body.prose_names if n.aliases}
    talk.affiliations = {n.name: n.affiliation for n in body.prose_names if n.affiliation}
    return talk


#: one talk of a title that lists them: ``Ann Example - Title`` (a spaced dash)
_NAME_DASH_TITLE = LazyPattern(r"^(?P<names>[^-–—]{3,80}?)\s[-–—]\s(?P<title>\S.{1,200})$")


def named_first_talks(title: str) -> list[Talk]:
    """The talks a page title lists as ``Full Name - Title``, one or several joined by
    ``;`` after the series' name (``WebElement #20: Ann Example - Git; Bo Sample -
    Hacking life with Git``): every person a full name led by a known given name, else
    none (``Python - the Basics`` names no one)."""
    head, colon, rest = title.partition(": ")
    if colon and any(char.isdigit() for char in head) and " - " not in head:
        listed = rest  # ``WebElement #20 @ Sygic: …``: the numbered night, then its talks
    else:
        listed = without_series(strip_series(title))
    parts = [part.strip() for part in listed.split(";")]
    talks: list[Talk] = []
    for part in parts:
        match = _NAME_DASH_TITLE.match(part)
        if match is None:
            return []
        names = split_names(match["names"].strip(), frozenset())
        if not names or not all(led_by_given_name(name.name) for name in names):
            return []
        talk = Talk(title=match["title"].strip(), speakers=[name.name for name in names])
        talk.evidence[""] = "the page itself: its title lists the talk as 'Full Name - Title'"
        talk.evidence.update((name.name, "a full name led by a known given name, before "
                              "the dash in the page's title") for name in names)
        talks.append(talk)
    return talks


def _the_titled_talk(body: Body | None) -> Talk | None:
    """A page with no talk in its text titled ``Title — Name``, the name given again in
    its body (:mod:`.titled`): the page is Name's talk. Not when its prose names other
    speakers or says it holds several talks."""
    if body is None or body.titled is None or body.several is not None:
        return None
    title, person, why = body.titled
    if any(key(name.name) != key(person.name) for name in body.prose_names):
        return None
    talk = Talk(title=page_talk_title(title), speakers=[person.name])
    if why.startswith("line "):  # (:func:`.titled.heading_speaker`: the opening heading)
        talk.evidence[""] = "the page itself: no talk in its text, its heading names the speaker"
        talk.evidence[person.name] = why
        return talk
    if why.startswith((POSSESSED, NAMED_ON, BRACKETED)):  # ``… on …``, ``Title (Ann)``
        talk.evidence[""] = "the page itself: no talk in its text, its title says whose it is"
        talk.evidence[person.name] = why
        return talk
    talk.evidence[""] = "the page itself: no talk in its text, its title ends with the speaker"
    talk.evidence[person.name] = f"after the dash or 'by' that ends the page's title; {why}"
    return talk


#: a legal form closing a name: a company's, not a person's (``iTernity GmbH``)
_ORGANISATION = LazyPattern(
    r"\s(?:GmbH|AG|KG|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|Corp\.?|B\.V\.?|BV|N\.V\.|S\.L\.|SL|"
    r"S\.A\.|SA|SAS|SARL|S\.r\.l\.|Srl|S\.p\.A\.|Oy|AB|ApS|AS|Pty|PLC|plc|LLP)$"
)


def page_talk_title(title: str) -> str:
    """The page's one talk's title from the page's own: no pictographs closing it, no
    series words around it (``Episode 4 – ``, ``例会：``, `` - 直播课``)."""
    title = _TAG_FIRST.sub("", title, count=1) or title
    title = without_kind_label(title)  # ``Student Talk: Title``
    # (``2023-01-26 Talk: Title``: the kind label after the day)
    title = without_kind_label(without_date(title))
    return without_series(without_event_kind(undecorated(title))) or title


#: ``【1105直播回顾】标题`` / ``[Webinar] Title``: a tag before the title says what kind of
#: post the page is (a recap, a notice), not what the talk is called
_TAG_FIRST = LazyPattern(r"^\s*+(?:【[^【】]{1,16}】|\[(?i:webinar|recap|live|replay|video)\])\s*+")


#: what parts a day from a title's words: a dash, a bar, a colon, a comma (first, the
#: characters one opens with, as one class: see :data:`.headers._TITLE_SEPARATOR`)
_DATE_PART = LazyPattern(r"(?=[\s\-–—|:：,，])(?:\s+[-–—|]\s+|\s*[:：,，]\s+)")


#: a day written ``2023-01-26`` opening a title, then a space
_ISO_DAY_FIRST = LazyPattern(r"^(?:19|20)\d\d-[01]\d-[0-3]\d\s++(?=\S)")
#: the hours closing a title's day (``4:30pm``, ``19:00``, ``7 pm``)
_HOURS = LazyPattern(r"(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?")


#: a word of a series' name (no digit in it)
_SERIES_WORD = LazyPattern(r"[^\W\d_][\w.&'’]*\s+")


def _series_day(head: str) -> bool:
    """Whether ``head`` is a series' name (a word or two) then a day with its year - what
    ``Name Day - Topic`` writes before the topic (``BLUG 30. November 2017``)."""
    at = 0
    for _ in range(2):
        word = _SERIES_WORD.match(head, at)
        if word is None:
            return False
        at = word.end()
        if dates.only_date(head[at:], None) is not None:
            return True
    return False


def without_date(title: str) -> str:
    """A title without the day that opens or closes it, set apart by a dash, a bar or a
    colon (``Game night - 2022/01/12``, ``June 29th 2011 - OpenVPN``) or in a closing
    bracket (``Café com ADM (March 27 2020)``): when, not what."""
    if (bracket := _DATE_BRACKET.search(title)) is not None and dates.only_date(
            bracket["day"], dates.ANY_YEAR) is not None:
        return title[: bracket.start()].rstrip()
    if (iso := _ISO_DAY_FIRST.match(title)) is not None:
        return title[iso.end():]  # ``2023-01-26 Talk: Title``: the day, a space, the rest
    parts = _DATE_PART.split(title)
    if len(parts) < 2:
        return title
    if dates.only_date(parts[-1], dates.ANY_YEAR) is not None:
        return title[: title.rindex(parts[-1])].rstrip(" -–—|:：,，")
    if len(parts) > 2 and _HOURS.fullmatch(parts[-1]) and dates.only_date(
        parts[-2], dates.ANY_YEAR
    ) is not None:
        # ``Title - Oct. 20th, 4:30pm``: the day, then its hours after a comma
        return title[: title.rindex(parts[-2])].rstrip(" -–—|:：,，")
    if dates.only_date(parts[0], dates.ANY_YEAR) is not None or _series_day(parts[0]):
        return title[len(parts[0]):].lstrip(" -–—|:：,，")
    if len(parts) > 2 and _ISSUE.fullmatch(parts[0]) and dates.only_date(
            parts[1], dates.ANY_YEAR) is not None:
        # ``#11, March 16: Title``: the issue's number and its day, then what it is
        return title[title.index(parts[1]) + len(parts[1]):].lstrip(" -–—|:：,，")
    return title


#: a bracket closing a title (``(March 27 2020)``), asked whether it is only a day
_DATE_BRACKET = LazyPattern(r"\s[(（](?P<day>[^()（）]{6,40})[)）]\s*$")

#: an issue's number opening a title (``#11``, ``No. 7``)
_ISSUE = LazyPattern(r"#\s*\d{1,4}|(?i:no|nr)\.?\s*\d{1,4}")


def undecorated(title: str) -> str:
    """A title without the pictographs that open or close it (``Body Models 🧍``, ``🤖 💬
    Quelle ergonomie…``): decoration, not words of the talk's title."""
    start, end = 0, len(title)
    while end and _decoration(title[end - 1]):
        end -= 1
    while start < end and _decoration(title[start]):
        start += 1
    return title[start:end] or title


def _decoration(char: str) -> bool:
    """A space, a pictograph, or what joins pictographs (zero-width joiner, emoji style)."""
    return char.isspace() or char in "\u200d\ufe0f" or unicodedata.category(char) == "So"


#: what joins two things in a title (``迎新会 & 实验系统介绍``) or puts a series' name
#: before its topic (``金枪鱼之夜：…``, ``Meetup #3: …``)
_TITLE_JOINS = ("&", "＆", " + ", "：", ": ")


def _names_one_thing(title: str) -> bool:
    """Whether the page's title can be its one talk's title: it joins no two parts and
    names no series before a topic (then the talk is only a part of it). An ampersand
    before one word in lower case closing the title joins two words of what the talk is
    (``Foxhound summary & discussion``), no two things."""
    if (tail := _LOWER_WORD_JOINED.search(title)) is not None:
        title = title[: tail.start()]
    return not any(join in title for join in _TITLE_JOINS)


#: `` & discussion`` closing a title: one word in lower case after an ampersand
_LOWER_WORD_JOINED = LazyPattern(r"\s&\s[a-zà-öø-ÿ]+$")


#: how :mod:`.content` says a talk was cut at a speaker label (its evidence)
_SPEAKER_LABEL_SHAPE = "text cut at a speaker label"


#: an article closing the text before a capitalised name: ``the Minecraft Showcase will
#: show…`` names a thing, never a person
_ARTICLE_BEFORE = LazyPattern(
    r"(?:^|\s)(?:the|an?|der|die|das|den|dem|des|le|la|les|el|los|las|il|lo|gli|de\s+het|het)"
    r"\s+$",
    re.IGNORECASE,
)


def _after_article(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` of ``text`` follows an article."""
    return _ARTICLE_BEFORE.search(text, max(0, start - 12), start) is not None


def _prose_names(units: list[Unit], found: Found, known: frozenset[str],
                 blocks: set[int] | None = None) -> list[Name]:
    """``Maarten will describe…``, ``张三将为大家分享…``: who the prose says will speak
    (``blocks`` gathers the ids of the paragraphs that name them first)."""
    names: list[Name] = []
    blocks = set() if blocks is None else blocks
    introduced: list[tuple[str, int]] | None = None
    for index, unit in enumerate(units):
        if index in found.inside or found.regions[index] not in {"neutral", "event", "talks"}:
            continue
        text = unit.text
        matches = sorted((  # (in the order the text names them, whichever pattern)
            match
            for pattern, needs in _PROSE_SEARCHES
            if needs.found_in(text)
            for match in pattern.finditer(text)
        ), key=lambda match: match.start()) if _PROSE_WORDS.found_in(text) else ()
        for match in matches:
            if "role" in match.re.groupindex and match["role"] is not None and not is_role(
                    match["role"]):
                continue  # (``Kubernetes Operators, a pattern we love, covers…``: no one)
            if match.re.pattern.startswith(_TITLE_THEN_BY) and (_PRESENTS_A_WORK.search(
                    text, max(0, match.start() - 40), match.start())
                    or follows_a_work_word(text, match.start())):
                continue  # ``Ann Example present "Title" by Bo``: Bo wrote what Ann read
            said = sorted((group for group in ("name", "other") if group in match.re.groupindex
                           and match[group] and not _after_article(text, match.start(group))),
                          key=match.start)  # (in the order the sentence names them)
            for written in (match[group] for group in said):
                name = parse_name(written)
                if _opener_then_given(name.name, text, match.start()):
                    # ``Najskôr Adam predstavil…``: a sentence's first word, capitalised
                    # as every first word is, then the given name - the person is Adam
                    name = Name(name.name.split()[1])
                elif (words := name.name.split()) and len(words) == 3 and not is_given_name(
                        words[0]) and led_by_given_name(" ".join(words[1:])):
                    # ``In this Community Call Heidi Ellis and …``: a capitalised word of
                    # the sentence before a full name a known given name leads
                    name = Name(" ".join(words[1:]))
                if " " not in name.name and not looks_like_name(name.name, known):
                    # ``Alice et Bruno parleront…``: a given name, whose full name the
                    # page's bio gives (``[Alice Exemple](…) est développeuse…``)
                    if introduced is None:
                        introduced = introductions(units)
                    full = full_name(introduced, name.name, known)
                    name = Name(full[0], [name.name]) if full else name
                new = all(key(other.name) != key(name.name) for other in names)
                if new and looks_like_name(name.name, known):
                    names.append(name)
                    blocks.add(id(unit.block))
        if "speaker" in text or "Speaker" in text or _THE_SPEAKER_IS_GATE.found_in(text):
            for name in _named_speakers(text, known):
                if all(key(other.name) != key(name.name) for other in names):
                    names.append(name)
                    blocks.add(id(unit.block))
        if "届时" in text or "由" in text:
            for name in _announced_people(text, known):
                if all(key(other.name) != key(name.name) for other in names):
                    names.append(name)
                    blocks.add(id(unit.block))
        if "是" in text or "为" in text:
            for match in _GUEST_IS.finditer(text):
                name = Name(_HONORIFIC_END.sub("", match["name"]) or match["name"])
                if looks_like_name(name.name, known) and all(
                        key(other.name) != key(name.name) for other in names):
                    names.append(name)
                    blocks.add(id(unit.block))
    return names


#: what a school or a community calls a person after their name (student, senior
#: student, teacher, doctor, professor, Mr, Ms)
_HONORIFICS = "同学|学长|学姐|老师|博士|教授|先生|女士"
#: ``本次分享的嘉宾是冷某同学，…`` / ``本次带来技术分享的是张某学长``: the prose says who the
#: guest or the speaker is - a name, an honorific a school or a community gives it
#: (同学, 学长, 老师…) or a stop after it
_GUEST_IS = LazyPattern(
    r"(?:(?:嘉宾|讲者|主讲人|分享人|讲师|分享者)(?:是|为)|带来[^，。,；]{0,6}?分享的是)\s*+@?"
    r"(?P<name>[\u3400-\u9fff·]{2,4}?)\s*+(?:" + _HONORIFICS + ")?"
    r"(?=[，,。；;！!、\s]|$)"
)
#: an honorific the name took with it (``张老师``: the non-greedy name stops before none)
_HONORIFIC_END = LazyPattern("(?:" + _HONORIFICS + ")$")
#: ``题目是“标题”`` / ``主题为《标题》``: the talk's title, quoted, in the prose
_TITLE_IS = LazyPattern(
    r"(?:题目|标题|主题|话题)(?:是|为)\s*+[“\"「《](?P<title>[^”\"」》\n]{2,200})[”\"」》]"
)


#: ``… will present "Title"``, ``a talk titled “Title”``, ``The talk is on "Title"``,
#: ``présentera « Titre »``, ``una charla titulada "Título"``, ``Vortrag mit dem Titel
#: „Titel“``: the talk's title, quoted, after the words that announce it
_TITLE_QUOTED = LazyPattern(
    r"(?:\b(?:talk|presentation|lecture|seminar|session|keynote)\s+(?:is\s+)?"
    r"(?:(?:en)?titled|called|named|on)"
    r"|\bwill\s+(?:present|(?:talk|speak)\s+(?:about|on)|give\s+(?:a|the)\s+talk\s+"
    r"(?:on|about|titled))"
    r"|\bprésentera|\b(?:charla|ponencia|palestra)\s+(?:titulada|intitulada|sobre)"
    r"|\bmit\s+dem\s+titel"
    # the announcing verbs of the prose's speakers (:data:`_PROSE_SPEAKERS`), in the
    # present or the future, and the word for "about" after those that take one
    r"|\b(?:presents|presentará|apresentará|vai\s+apresentar|präsentiert|presenterà"
    r"|presenteert|presenterar)"
    r"|\b(?:hablará|falará|vai\s+falar|(?:ci\s+)?parlerà|(?:nous\s+)?parlera|spricht"
    r"|vertelt|spreekt|talks|speaks|opowie)\s+(?:sobre|de|di|du|über|von|over|about|on|o))"
    r"\s*+[:：]?\s*+(?:[\"“«„]\s*+(?P<title>[^\"“”«»„\n]{3,200}?)\s*+[\"”»“]"
    # (a title in emphasis only where it closes the sentence: ``will talk about *Rust*
    # and how it helps`` names a subject, not a title)
    r"|\*\*?(?P<emphasis>[^*\n]{3,200}?)\*\*?(?=[.!]?[ \t]*+$))",
    re.IGNORECASE,
)
#: the quotes :data:`_TITLE_BY` needs, and with emphasis those :data:`_TITLE_QUOTED` does:
#: most lines have none
_QUOTE_MARKS = ('"', "“", "«", "„")
_QUOTES = (*_QUOTE_MARKS, "*")


def prose_title(units: list[Unit]) -> str | None:
    """The one title a talkless page's prose quotes as its talk's (``题目是“…”``, ``Ann
    will present "…"`` - in the paragraph that names its speaker); none when the prose
    quotes several (other talks, other days)."""
    titles = {match["title"].strip() for unit in units if "是" in unit.text or "为" in unit.text
              for match in _TITLE_IS.finditer(unit.text)}
    titles |= {(match["title"] or match["emphasis"]).strip().rstrip(".") for unit in units
               if any(quote in unit.source for quote in _QUOTES)
               and _names_a_speaker(unit.text)
               for match in _TITLE_QUOTED.finditer(unit.source if "*" in unit.source
                                                   else unit.text)}
    titles |= {match["title"].strip() for unit in units
               if any(quote in unit.text for quote in _QUOTE_MARKS)
               for match in _TITLE_BY.finditer(unit.text)}
    titles |= _announced_titles(units)
    return titles.pop() if len(titles) == 1 else None


#: :data:`_TITLE_THEN_BY` and a capitalised name after it
_TITLE_BY = LazyPattern(_TITLE_THEN_BY + rf"[{_CAPITAL}]")


def _announced_titles(units: list[Unit]) -> set[str]:
    """The paragraphs right after lines that close ``… who will give a talk on``."""
    return {tidy_title(units[index + 1].text) for index in range(len(units) - 1)
            if any(word in units[index].text for word in _TALK_WORDS)
            and _TALK_ON.search(units[index].text) and _title_below(units, index)}


#: the words :data:`_TALK_ON` needs, looked for first (most lines have none)
_TALK_WORDS = ("talk", "lecture", "seminar", "presentation")


#: ``… who will give a talk on`` closing a paragraph: its title is the next paragraph
_TALK_ON = LazyPattern(
    r"\b(?:give|gives|giving|deliver|delivers|present|presents|hold|holds)\s++"
    r"(?:a|an|his|her|their)\s++(?:talk|lecture|seminar|presentation)\s++"
    r"(?:on|about|titled|entitled)\s*+:?\s*+$",
    re.IGNORECASE,
)


def _title_below(units: list[Unit], index: int) -> bool:
    """Whether the paragraph after ``units[index]`` (the last line of its own) is one
    line that reads as a title."""
    unit, below = units[index], units[index + 1]
    return (below.block is not unit.block and below.kind == "paragraph" and below.alone
            and 0 < len(below.text) <= _ANNOUNCED_TITLE and not below.text.endswith(":"))


#: the longest paragraph read as the title a ``… give a talk on`` line announces
_ANNOUNCED_TITLE = 200


def _names_a_speaker(text: str) -> bool:
    """Whether ``text`` says who will speak (``Ann Example will present…``): a quoted
    title is the page's talk's only beside its speaker - a page's other paragraphs may
    quote other talks (next week's, another seminar's)."""
    return _PROSE_WORDS.found_in(text) and any(
        needs.found_in(text) and pattern.search(text) for pattern, needs in _PROSE_SEARCHES)


#: prose that says who the speaker is: ``Ann Example is our speaker…``, ``… will be our
#: guest speaker``, ``Our speakers this month are Ann Example, Bo Sample and Cy Test``
_IS_OUR_SPEAKER = LazyPattern(
    r"(?<![\w'’\-])(?P<name>[A-Z][\w'’\-]+(?:\s++(?:[A-Z][\w'’\-]+|van|de|der|von|du)){1,4})"
    r"\s++(?:is|will\s+be)\s++(?:our|the)\s++(?:guest\s++)?(?:speaker|presenter)\b"
)
_OUR_SPEAKERS_ARE = LazyPattern(
    r"(?<![\w-])(?i:our\s++(?:guest\s++)?speakers?)(?:\s++(?i:this\s++(?:month|week|time)|"
    r"tonight|today))?\s++(?:is|are|will\s+be)\s++(?P<names>[^.!?;:()]{3,120})"
)


def _opener_then_given(name: str, text: str, at: int) -> bool:
    """Whether ``name`` (two words, found at ``at`` in ``text``) opens a sentence with a
    word that is no given name, followed by one that is: the opener is a sentence's
    capitalised first word (``Najskôr``, ``Then``), not the person's."""
    words = name.split()
    if len(words) != 2 or not text.startswith(name, at):
        return False
    before = text[:at].rstrip()
    if before and before[-1] not in ".!?:;":
        return False
    return not is_given_name(words[0]) and is_given_name(words[1])


def _named_speakers(text: str, known: frozenset[str]) -> list[Name]:
    """The people prose names as the speaker(s): every one a full name, else none."""
    found = [parse_name(match["name"]) for match in _IS_OUR_SPEAKER.finditer(text)]
    for match in (*_OUR_SPEAKERS_ARE.finditer(text), *_THE_SPEAKER_IS.finditer(text)):
        # (``…er Marcus Example, aktiv deltager i …``: the names end where a description
        # in lower case follows a comma)
        value = _before_description(match["names"].strip())
        names = split_names(value, known)
        if names and all(looks_like_name(name.name, known) for name in names):
            found += names
    return [name for name in found if looks_like_name(name.name, known)]


#: ``Foredragsholder er Ann Example``, ``Referent ist …``, ``El ponente es …``,
#: ``L'orateur sera …``: a sentence opening with the speaker's word in another language,
#: a copula, then who (English's ``Our speaker is`` is :data:`_OUR_SPEAKERS_ARE`)
_THE_SPEAKER_IS = LazyPattern(
    r"(?:^|(?<=[.!?]\s))(?:(?:El|La|Le|Il|De|Der|Die|Unser|Unsere|Notre|Nuestro|Nuestra|"
    r"Il\s+nostro|Vår|Vores|Onze)\s+|L['’])?(?P<word>foredragsholder(?:en)?|"
    r"föredragshållare(?:n)?|referent(?:in)?|vortragende[r]?|sprecher(?:in)?|ponente|"
    r"conferencista|orat(?:eur|rice)|intervenant(?:e)?|relat(?:ore|rice)|palestrante|"
    r"prelegent(?:em|ką|ka)?|spreker|puhuja|taler(?:en)?|talare(?:n)?)\s++"
    r"(?:er|ist|es|será|est|sera|è|sarà|é|jest|będzie|is|on|är|vil\s+være|wird)\s++"
    r"(?P<names>[^.!?;:()]{3,120})",
    re.IGNORECASE,
)
#: a cheap test before :data:`_THE_SPEAKER_IS`: one of its words, in any case (searched
#: in the line's lower case: :class:`.CaselessWords`)
_THE_SPEAKER_WORDS = (
    "foredragsholder", "föredragshållare", "referent", "vortragende", "sprecher", "ponente",
    "conferencista", "orateur", "oratrice", "intervenant", "relatore", "relatrice",
    "palestrante", "prelegent", "spreker", "puhuja", "taler", "talare",
)
_THE_SPEAKER_IS_GATE = CaselessWords(_THE_SPEAKER_WORDS)


def _before_description(value: str) -> str:
    """``value`` up to the first comma a lower-case word follows (``Ann Example, aktiv
    deltager i …``: what she does, not another person)."""
    for found in _COMMA.finditer(value):
        if value[found.end()].islower():
            return value[: found.start()]
    return value


#: a comma before a word (whose case says whether a description follows)
_COMMA = LazyPattern(r",\s*+(?=\w)")


def _kind_slot_is_the_page(talks: list[Talk], event: Event) -> None:
    """``19:15 — Talk par Ann Example et Bo Sample`` in a schedule whose other entries
    name no one (``Accueil``, ``Apéro``, ``Au revoir``): the entry is the page's one talk
    - titled by the page - and the others are the evening around it, no talks."""
    named = [talk for talk in talks if talk.speakers]
    if len(named) != 1 or named[0].title.casefold() not in SLOT_KINDS:
        return
    # (or the page's one talk, under a heading that only names its kind: ``## Workshop``
    # then ``Instructor: Ann Example``)
    alone = len(talks) == 1 and "heading" in talks[0].evidence.get("", "")
    if not alone and not all("timed agenda line" in t.evidence.get("", "") for t in talks):
        return
    title = page_talk_title(event.title)
    if joins_two(title):
        return
    slot = named[0]
    slot.title = title
    slot.evidence[""] += "; titled by the page (the entry only names the kind of slot)"
    for talk in talks:
        if talk is not slot:
            talk.kind = "break"


#: every role whose words make a heading a section's, not a talk's title
_SECTION_ROLES = ("speaker", "host", "topic", "theme", "affiliation", "time", "venue", "fee",
                  "replay", "not_replay", "slides", "talks_section", "not_talks_section",
                  "event_section", "break", "remarks", "speaker_intro", "talk_part")


def _opening_heading(units: list[Unit], labels: Labels, title: str) -> tuple[str, int] | None:
    """The heading the body opens with - before any other line - when it may be the
    title of the page's one talk: words of its own (two or more), no section's label,
    no date, and not the page's title again. (``## Growing agility with patterns`` under
    the page ``Patterns — workshop 3h!``.)"""
    if not units or units[0].kind != "heading":
        return None
    text = tidy_title(units[0].text)
    if len(text.split()) < 2 or fold(text) == fold(title) or dates.only_date(
            text, dates.ANY_YEAR) is not None:
        return None
    if labels.any_role("heading", _SECTION_ROLES).search(text):
        return None
    return text, units[0].line


def _shares_opening(heading: str, title: str) -> bool:
    """Whether ``heading`` opens with the first word of the page's ``title`` (the same
    talk, told more fully)."""
    words = title.split()
    return bool(words) and fold(heading.split()[0]) == fold(words[0])


def _full_names(talks: list[Talk], units: list[Unit], known: frozenset[str]) -> None:
    """A speaker named by a given name alone (``Title by Ann``) whose one full name the
    page introduces elsewhere (a bio section: ``**Ann Example** is…``) is that person,
    the given name kept as an alias (:mod:`.full_names`)."""
    introduced: list[tuple[str, int]] | None = None
    for talk in talks:
        for number, given in enumerate(talk.speakers):
            if " " in given or not given[:1].isupper() or key(given) in known:
                continue
            if introduced is None:
                introduced = introductions(units)
            found = full_name(introduced, given, known)
            if found is None:
                continue
            name, line = found
            talk.speakers[number] = name
            talk.aliases[name] = [*talk.aliases.pop(given, []), given]
            if given in talk.affiliations:
                talk.affiliations[name] = talk.affiliations.pop(given)
            why = talk.evidence.pop(given, "")
            talk.evidence[name] = f"{why}; the full name of {given!r} from line {line}".lstrip("; ")


#: ``届时将有示例云高级产品经理名 (Alias)、…工程师名 (Alias) 为您分享…``: who the
#: announcement says will share, each as a job glued to a name (and a bracketed alias)
_ANNOUNCED = LazyPattern(
    r"(?:届时将有|届时由|将由|是由|(?:^|(?<=[，,。\s]))由@?)(?P<people>[^。！!？?；;，,]{2,160}?)\s*+"
    r"(?:同学|学长|学姐|老师)?\s*+(?:[为给](?:您|大家|我们))?(?:分享|带来|讲解|介绍|演讲)"
)
_PEOPLE_JOIN = LazyPattern(r"\s*+(?:、|和|与|及|以及)\s*+")
_LATIN_ALIAS = LazyPattern(r"\s*+[（(](?P<alias>[A-Z][A-Za-z.\-]{1,20})[）)]\s*+$")


def _announced_people(text: str, known: frozenset[str]) -> list[Name]:
    """The people of a ``届时将有 A、B 为您分享`` sentence: every part must be a job
    glued to a name (``腾讯云高级产品经理名``) or a name - else none (a sentence that
    announces a product or a team names no speaker)."""
    match = _ANNOUNCED.search(text)
    if match is None:
        return []
    people = []
    for part in _PEOPLE_JOIN.split(match["people"].strip()):
        alias = _LATIN_ALIAS.search(part)  # ``名 (Alfred)``: the name they also go by
        if alias:
            part = part[: alias.start()]
        person = peel_name(part, known)
        if person is not None and not looks_like_name(person.name, known):
            return []  # no label says a name comes here: strictly a name, or none
        if person is None:
            plain_name = parse_name(part)
            if not looks_like_name(plain_name.name, known):
                return []
            person = plain_name
        if alias:
            person.aliases.append(alias["alias"])
        people.append(person)
    return people


def _drop_empty_sections(units: list[Unit], consumed: set[int]) -> None:
    """A heading whose whole section was read into talks and facts leaves the text too."""
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if unit.kind != "heading" or unit.line in consumed:
            continue
        lines = []
        for at in range(index + 1, len(units)):  # (no slice: a copy of the rest per heading)
            later = units[at]
            if later.kind == "heading" and later.block.level <= unit.block.level:
                break
            lines.append(later.line)
        if lines and consumed.issuperset(lines):
            consumed.add(unit.line)


def _read_facts(
    units: list[Unit], labels: Labels, body: Body, inside: set[int], *, single: bool = False,
    last: int | None = None,
) -> None:
    """``时间：…`` / ``Venue: …`` / ``Replay: url`` lines outside the talks, and lines
    that give the day (``4 October 2018``, ``Join us on June 30th``). ``single``: the
    page has one talk, whose section may hold the event's labelled day; ``last``: the
    line of the last talk, whose text (the page's last paragraph) may close with a
    statement of the event's day."""
    opening = next((unit.block for unit in units if unit.kind != "heading"), None)
    late: list[tuple[str, int]] = []
    closing = units[-1].block if units else None  # the page's last paragraph
    headings = 0
    next_event = False  # under a later heading that names the next event (``## 次回``)
    for index, unit in enumerate(units):
        if unit.kind == "heading":
            headings += 1
            next_event = headings > 1 and dates.mentions_next(unit.text)
        if next_event:
            continue  # (its day, place and link are the next event's, not this one's)
        if (last is not None and unit.block is closing and unit.line > last
                and index in inside and unit.kind == "paragraph" and dates.may_state(unit.text)
                and dates.date_line(unit.text, dates.ANY_YEAR) == "stated"):
            late.append((unit.text, unit.line))
        if index in inside and unit.alone and unit.kind == "paragraph":
            # a line that is only a date under a talk's title is the day it is given
            if dates.only_date(unit.text, dates.ANY_YEAR) is not None:
                body.facts.setdefault("date", []).append((unit.text, unit.line))
            elif single and (value := _labelled_day(unit, labels)):
                body.facts.setdefault("time", []).append((value, unit.line))
            continue
        if single and index in inside and (value := _labelled_day(unit, labels)):
            body.facts.setdefault("time", []).append((value, unit.line))
            continue
        if unit.kind == "heading" and index not in inside and unit.line not in body.consumed:
            # ``#### 2016/09/20 (Tue) 19:30 ~ 21:30``: a heading that is only a date is
            # a line that is only a date, set large
            if dates.date_line(unit.text, dates.ANY_YEAR) == "date":
                body.facts.setdefault("date", []).append((unit.text, unit.line))
            elif (day := dates.place_and_day(unit.text)) is not None:
                # ``## Toronto - June 3, 2015``: where, then the event's day
                body.facts.setdefault("date", []).append((day, unit.line))
            continue
        if unit.kind == "heading" or index in inside or unit.line in body.consumed:
            continue
        if fact := tables.fact_row(units, index, labels, bare=tables.in_bare_table(unit)):
            body.facts.setdefault(fact[0], []).append((fact[1], unit.line))
            body.consumed.add(unit.line)
            continue
        # a line of a page kept as HTML says what its words say
        text = dates.untagged(unit.text).strip() if unit.text.startswith("<") else unit.text
        if _strict_fact(unit, labels, body, text) or _loose_link(unit, labels, body):
            body.consumed.add(unit.line)
            continue
        if (unit.block.links or "href" in unit.source) and "http" in unit.source and (
            urls := watch_links.replays(unit.source, unit.block.links, labels)
        ):
            body.facts.setdefault("replay", []).append((" ".join(urls), unit.line))
        # "will take\nplace Jan 29": a statement may run over two lines of a paragraph
        before = "" if unit.first or not index else units[index - 1].text
        kind = dates.date_line(text, dates.ANY_YEAR, before)
        if kind == "stated":
            # with the line below, where the sentence's hours may be
            below = units[index + 1] if index + 1 < len(units) else None
            after = below.text if below is not None and not below.first else ""
            said = "\n".join(part for part in (before, text, after) if part)
            if unit.block is opening or not dates.names_next(said):
                # "the next meetup will be on…" opening a page is its own day; further
                # down (a recap's last lines) it is another event's
                body.facts.setdefault(kind, []).append((said, unit.line))
            # a statement is prose too: it corrects the page's date as any prose does
            kind = "prose_date" if dates.prose_date(text, dates.ANY_YEAR) else None
        if kind == "prose_date" and unit.block is opening and dates.mentions_next(text):
            # "Save the date: das nächste Meetup findet am 23. Juli statt" opening the
            # page: the meetup it announces, its own (further down, another event's)
            kind = "opening_date"
        if kind is not None:
            body.facts.setdefault(kind, []).append((text, unit.line))
    # a statement of the day inside a talk's text (the closing "时间是10.30下午1:30，地点…"
    # under the last talk): after any outside the talks
    if late:
        body.facts.setdefault("stated", []).extend(late)


#: ``Talks will be recorded and posted on [site](…)``, ``meetings are recorded and
#: archives are posted to the [channel](…)``: a sentence saying where the recordings go
_POSTED = LazyPattern(
    r"\b(?:recorded|recordings?)\b[^.!?]{0,80}?\b(?:posted|uploaded|published|archived)\b"
    r"[^.!?]{0,40}?\b(?:on|to|at|in)\b",
    re.IGNORECASE,
)


def _recordings_posted(units: list[Unit], labels: Labels, body: Body, inside: set[int]) -> None:
    """The link a sentence outside the talks names as where the recordings are posted is
    the event's replay (no replay label: the sentence says it) - unless a replay label
    already gave one."""
    if body.facts.get("replay"):
        return
    for index, unit in enumerate(units):
        if not unit.first or unit.kind == "heading" or index in inside or not unit.block.links:
            continue
        if "ecord" not in unit.block.text and "ECORD" not in unit.block.text:
            continue  # no recorded/recordings: most blocks with a link
        text = " ".join(unit.block.plain_lines)
        if "record" not in text.casefold() or (match := _POSTED.search(text)) is None:
            continue
        after = text[match.end() : match.end() + 80]
        for link_text, url in unit.block.links:
            if link_text and link_text in after and (safe := safe_url(url)):
                if not labels.is_not_replay(f"{text[match.start() : match.end()]} {link_text}"):
                    body.facts.setdefault("replay", []).append((safe, unit.line))
                return


def _labelled_day(unit: Unit, labels: Labels) -> str | None:
    """The value of a ``时间：2023年9月16日 13:00`` line that names a day with its year:
    in the section of a page's only talk (a one-talk post under its title heading) it is
    the day of the event the talk is given at."""
    if not unit.colon or not _HAS_YEAR.search(unit.text):
        return None
    match = labels.fact("time").match(unit.text)
    if not match:
        return None
    value = match["value"].strip()
    return value if dates.find_date(value, None) is not None else None


_HAS_YEAR = LazyPattern(r"\d{4}")


#: the roles of a labelled fact line, in the order they are asked
_STRICT_ROLES = ("time", "venue", "fee", "replay", "slides")


def _strict_fact(unit: Unit, labels: Labels, body: Body, text: str) -> bool:
    """A labelled fact line (``时间：…``, ``Venue: …``); ``text`` is the unit's text
    without HTML tags (``<strong>When:</strong> Thursday, …`` in a page kept as HTML)."""
    # (one pattern of the five roles' words first: it matches wherever one of theirs
    # does, and most lines with a colon are none of them - one search, not five)
    if not has_colon(text) or not labels.any_role("fact", _STRICT_ROLES).match(text):
        return False
    for role in _STRICT_ROLES:
        match = labels.fact(role).match(text)
        if not match:
            continue
        value = match["value"].strip()
        if role == "replay" and labels.is_not_replay(text):
            continue  # the live room, a sign-up, a recap article: not a recording
        if role in {"replay", "slides"}:
            urls = [url for url in urls_in(unit.block, unit.source) if safe_url(url)]
            if not urls:
                continue
            value = " ".join(urls)
        if value:
            body.facts.setdefault(role, []).append((value, unit.line))
            return True
    return False


def _loose_link(unit: Unit, labels: Labels, body: Body) -> bool:
    """``本次活动的 PPT 见：[GitHub](…)``, ``- [PPT 下载](…)``: a replay or slides word
    shortly before (or as the text of) the line's link."""
    urls = [url for url in urls_in(unit.block, unit.source) if safe_url(url)]
    if not urls:
        return False
    link_text = next((text for text, url in unit.block.links if url == urls[0]), "")
    shown = link_text or urls[0]
    cut = unit.text.find(shown)
    if cut < 0:
        return False
    prefix, after = unit.text[:cut].strip(), unit.text[cut + len(shown) :].strip()
    if len(prefix) > _LOOSE_PREFIX or len(after) > _LOOSE_AFTER:
        return False
    if prefix and not prefix.endswith(_LOOSE_ENDS):
        return False
    # a link whose text is its own URL says nothing: words inside a URL are not labels
    probe = prefix if link_text.startswith(("http://", "https://")) else f"{prefix} {link_text}"
    hits = [
        (match.start(), role)
        for role in ("slides", "replay")
        if (match := labels.mention(role).search(probe))
    ]
    if not hits:
        return False
    role = min(hits)[1]
    if role == "replay" and labels.is_not_replay(probe):
        return False
    body.facts.setdefault(role, []).append((" ".join(urls), unit.line))
    return True
