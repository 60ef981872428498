"""Where talks start: the *header* lines of an event body, in every style pages use.

A header is a heading under a talks section (or followed by a speaker line), a timed
agenda line ``**9:00 - 9:20 标题 by 名**``, a ``Talk 1:`` marker, a bold
``**名（机构）：标题**`` line, a list item ``- 名：标题`` or ``- [标题 - 名](video)``, or a
short ``Title - Name (Org)`` line. What a header says (title, names, number, times) is
read here; what follows it is read by :mod:`.talks`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from ..safety import safe_url
from .blocks import Unit, has_colon, urls_in
from .broken_rows import row_and_slot, row_before_break
from .by_words import BY, BY_INITIALS, NOT_SPEAKING, PRESENTED_BY, phrase_after
from .dates import ZONE as _ZONE
from .dates import find_times, opens_with_day
from .given_names import is_given_name, led_by_given_name, vouched_for, vouched_or_cjk
from .labels import Labels
from .names import (
    HANDLE,
    Name,
    clean,
    is_latin_name,
    is_organisation,
    key,
    looks_like_name,
    parse_name,
    split_names,
    with_handle,
    without_academic_title,
)
from .patterns import ASCII_CASES, LazyPattern
from .slots import first_clause, is_role, slot_names

#: ``SOFAChannel#8：`` / ``Meetup #3 -`` / ``Webinar#1——`` / ``SOFATalk#1 `` /
#: ``SOFAChannel#33《``: a series marker before a title
_SERIES = LazyPattern(
    r"^[^\W\d_][\w .&+]{0,40}?#\s?\d{1,4}(?:\s*+(?:[：:|｜]|[-–—]{1,2})\s*|\s+|(?=《))"
)


#: ``《标题》——某某社区`` / ``《标题》- Org``: a quoted title, then who gives it
_QUOTED_THEN_WHO = LazyPattern(r"^《(?P<title>[^《》]+)》\s*[-–—]{1,2}\s*\S.{0,30}$")


def strip_series(title: str) -> str:
    """``SOFAChannel#8：从一个例子开始`` → ``从一个例子开始``: a series marker is the
    event's, not part of a talk's title."""
    match = _SERIES.match(title) if "#" in title else None  # (its ``#``: most titles have none)
    if not match or match.end() >= len(title):
        return title
    rest = title[match.end() :].strip()
    # ``SOFAChannel#33《标题》——某某社区``: after the marker, the quoted title is the talk
    quoted = _QUOTED_THEN_WHO.match(rest)
    return quoted["title"].strip() if quoted else rest

#: an agenda gives hours and minutes; a time with seconds (``21:17:34``) stamps a line of
#: a log (a chat export: ``21:17:34 From Ann : …``), never a programme entry
#: ``11.23GDG珠海…`` is a day (month.day) glued to a word, no clock: a dotted time is
#: followed by a space, a mark, a CJK word or ``am``/``pm``, never by a Latin letter -
#: nor by a dot and a digit (``0.10.1 RC1`` is a version, ``10.03.2024`` a day)
_CLOCK = (
    r"(?:[01]?\d|2[0-3])(?:[:：h][0-5]\d|\.[0-5]\d(?![a-z](?<![ap])|[ap][a-z]{2}|\.\d))"
    r"(?![:：][0-5]\d)(?:\s*+[ap]\.?m\.?)?"
)
_TIMED = LazyPattern(
    rf"^(?P<times>{_CLOCK}(?:\s*+(?:[-–—~～〜至到]|to)\s*+{_CLOCK})?)"
    # ``19:30 - 20:00 Uhr``, ``12:00 UTC``: the clock's unit or zone is the time's
    rf"(?:\s++(?:uhr|o['’]clock|(?P<zone>{_ZONE}))(?!\w))?\s*+(?:[-–—|：:]\s*+)?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)


def _timed(text: str) -> re.Match[str] | None:
    """:data:`_TIMED`'s match of ``text``: only a text that opens with a digit can have
    one (each of its clocks' hours does), and most lines open with none."""
    return _TIMED.match(text) if text[:1].isdecimal() else None


#: ``*Title* (von handle)`` closing a line (an HTML line break may follow): the title
#: emphasised, then the bracket that says who gives it
_SET_APART_BY = LazyPattern(
    r"(?:\*[^*\s][^*]*\*|_[^_\s][^_]*_)\s*+[(（]\s*+" + BY + r"\s++[^()（）*_]{1,60}[)）]"
    r"\s*+(?:<br\s*+/?>)?\s*+$",
    re.IGNORECASE,
)
#: what a row that only tells the time in another zone holds after it: nothing, or the
#: places in that zone (``12:00 - 13:00 GMT (e.g. London, Bamako)``) - no agenda entry
_ZONE_PLACES = LazyPattern(r"^(?:[(（][^()（）]{0,80}[)）])?$")
_NUMBER_WORDS = "一二三四五六七八九十"
#: the word of a numbered talk marker: ``Talk 1:``, ``议题 2：``, ``Charla 1:``, ``発表1``
#: (``议程 3：`` too: a meeting's agenda item, presented by one of its members)
#: (by first letter, each letter's words in their order: see :data:`.patterns.ASCII_CASES`)
_TALK_WORDS = (
    ASCII_CASES["t"] + r"(?:alk|opic)|" + ASCII_CASES["s"] + r"(?:ession|essione)|"
    + ASCII_CASES["p"] + r"(?:resentation|alestra)|" + ASCII_CASES["l"] + r"ecture|"
    + ASCII_CASES["k"] + r"eynote|议题|议程|演讲|分享|话题|主题|" + ASCII_CASES["c"] + r"harla|"
    + ASCII_CASES["v"] + r"ortrag|" + ASCII_CASES["i"] + r"ntervento|発表|セッション"
)
#: ``第一个主题：``: the ordinal before the word
_NTH_WORDS = r"主题|议题|话题|演讲|分享"
_NUMBER = rf"\d{{1,2}}|[{_NUMBER_WORDS}]{{1,3}}"
_NUMBERED = LazyPattern(
    rf"^(?:(?:{_TALK_WORDS})\s*(?P<number>{_NUMBER})|第\s*(?P<nth>{_NUMBER})\s*个?\s*(?:{_NTH_WORDS}))"
    r"\b\s*+[:：.、)\-–]?\s*+(?P<rest>.*)$",
    re.IGNORECASE,
)
#: the characters a :data:`_NUMBERED` match can open with (its words' first letters in
#: every case the engine matches, :data:`.patterns.ASCII_CASES`; 第 of ``第一个主题``)
_NUMBERED_FIRST = frozenset(
    "".join(ASCII_CASES[letter][6:-2] for letter in "tsplkcvi") + "议演分话主発セ第")


def _numbered(text: str) -> re.Match[str] | None:
    """:data:`_NUMBERED`'s match of ``text``, asked only of a text that opens with a
    character one can open with (most lines open with none)."""
    return _NUMBERED.match(text) if text[:1] in _NUMBERED_FIRST else None


_PLACEHOLDER = LazyPattern(
    r"^(?:talks?|sessions?|presentations?|lectures?|vortr(?:ag|äge)|charlas?|ponencias?|"
    r"palestras?|présentations?|conférences?|exposés?|interventi|intervento|lezingen|lezing|"
    r"prelekcj[ae]|wykłady?|доклады?|sunum(?:lar)?|演讲|分享|议题)"
    # ``Sunum başlangıcı``, ``Talk starts``, ``Vortragsbeginn``: when it begins, no title
    r"(?:\s*+(?:ba[sş]lang[ıi]c[ıi]|starts?|begins?)|s?beginn)?\s*+(?:\d{1,2}\s*+)?$",
    re.IGNORECASE,
)
#: ``名（机构）：标题`` - who, an optional bracket, a colon, the title
_WHO_COLON = LazyPattern(
    r"^(?P<who>[^：:（()）\[\]]{1,40}?)\s*+(?:[（(](?P<inner>[^）)]{0,60})[）)]\s*+)?"
    # (not the colon of a clock: ``Ann Example - 19:30`` is no talk "30" by Ann)
    r"(?:[：:](?!\d)|(?<!\d)[：:])\s*+(?P<title>\S.*)$"
)
#: ``名（机构）——标题``: who and a bracket, then a double dash instead of the colon (the
#: bracket is required: ``——`` alone also joins the two halves of a title)
_WHO_DASH = LazyPattern(
    r"^(?P<who>[^：:（()）\[\]—]{1,40}?)\s*+[（(](?P<inner>[^）)]{0,60})[）)]\s*+——\s*+"
    r"(?P<title>\S.*)$"
)
#: ``… by Name`` / ``… presented by Name (Org)``: where the names after a title start
#: (``\s\s*+``, not ``\s+``: opening with a class lets the engine skip ahead to the next
#: space in C instead of trying every position; the same matches, since every word
#: after the spaces opens with a letter, so none of them is ever given back. The
#: look-ahead on those letters passes the other words at once)
_BY = LazyPattern(
    r"\s\s*+(?=[" + BY_INITIALS + "])"
    r"(?:" + PRESENTED_BY + r"|(?:(?:presented|given|talk)\s+)?" + BY + r")\s+", re.I)
#: what may follow ``by``: names, then at most one bracket, to the end of the line
_BY_NAMES = LazyPattern(r"(?P<names>[^()]+?(?:\s*[（(][^）)]*[）)])?)\s*$")
#: a passive verb before ``by`` (``The idea was provided by Dr. Lee``): ``by`` names the
#: agent of a sentence, not who gives a talk
_PASSIVE = LazyPattern(r"\b(?:was|were|is|are|been|being|be)\s++(?:\w+ly\s++)?\w+(?:ed|en|wn)$",
                      re.IGNORECASE)
#: what stands before ``by`` on a line that only says who speaks (``Presented by …``):
#: no title (``Talk by …`` is a slot of that kind, which a page's title may name)
_ONLY_PRESENTING = LazyPattern(
    r"[\W_]*+(?:presented|given|delivered|présentée?|presentad[oa]|vorgetragen|gehalten)"
    r"[\W_]*+$", re.IGNORECASE)
#: the ``by`` of a title tried, from the last (``Learning by doing by Ann``)
_MAX_BY = 3
#: separators between a title and the names after it: ' - ', '-', '，', ','
#: (the look-ahead: the characters a separator opens with, one class tested at each
#: place where the two alternatives were entered)
_TITLE_SEPARATOR = LazyPattern(
    # (a middle dot or a bullet only spaced: ``约翰·史密斯`` holds one inside a name)
    r"(?=[\s\-–—|｜，,、/])(?:\s*[-–—|｜]+\s*|\s*[，,、/]\s*|\s+[·•]\s+)"
)
#: separators that also list a title's own words (``Spark, Flink``, ``Fork/Join``)
_LIST_MARKS = frozenset({",", "/"})
#: a title closed by its quotation marks (``«Title», Ann``): the marks say where it ends
_QUOTE_CLOSED = LazyPattern(r"[»”\"》」』]\s*$")
#: the characters a match of :data:`_TITLE_SEPARATOR` or :data:`_KNOWN_DASH` holds one
#: of: searched first (a class the engine skips ahead to), as those patterns open with
#: spaces or a look-behind and are tried at every position of a line that has none
_SEPARATOR_MARK = LazyPattern(r"[-–—|｜，,、/·•]")
_ORG_SUFFIX = LazyPattern(  # tried only at a run's first dash: tried at every one, quadratic
    r"(?<![-–—])[-–—]++\s*+(?P<org>[^\s\-–—]{2,12}(?:集团|公司|大学|学院|研究院|银行|科技)|"
    r"[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)*\s+(?:Inc|Ltd|GmbH|Corp|B\.?V)\.?)\s*$"
)
_NUMBERING = LazyPattern(
    r"^\s*(?:(?:(?:lightning\s++)?talk|session|topic|charla|palestra|vortrag|intervento|sessione)"
    r"\s*\d+\s*[:：.\-–]\s*|\d{1,2}\s*[.、:：)]\s*|"
    # (a keycap emoji's number: ``1️⃣ Talk: Title``)
    r"\d\ufe0f?\u20e3\s*+|"
    rf"(?:{_NTH_WORDS}|発表|セッション)\s*[一二三四五六七八九十\d]+\s*[:：]\s*|"
    r"[一二三四五六七八九十]+\s*[、.]\s*|"
    rf"第\s*[一二三四五六七八九十\d]{{1,3}}\s*个?\s*(?:{_NTH_WORDS})\s*[:：]\s*)",
    re.IGNORECASE,
)
_QUOTED = LazyPattern(
    r"^[^《「『“]*[《「『“](?P<title>[^》」』”]+)[》」』”]\s*[-–—:：,，]?\s*(?P<after>.*)$"
)
#: ``Ann Example - "Title"``, ``Ann Example: „Tytuł”``: people, a dash or a colon, then
#: the rest of the line in quotes of any kind (opening and closing ones differ by language)
_WHO_THEN_QUOTED = LazyPattern(
    r"^(?P<who>[^\"“”„«»《》「」『』:：]{2,80}?)(?:\s++[-–—]{1,2}\s*+|\s*+[:：]\s*+)"
    r"[\"“”„«《「『](?P<title>[^\"“”„«»《》「」『』]{2,300})[\"”“»》」』]"
    # (``"From null to full", building a React app``: the title's subtitle after a comma)
    r"(?P<more>,\s*+[^\"“”„«»《》「」『』]{2,120}?)?\s*+[.。]?$"
)
#: ``Keynote:`` / ``Talk:`` / ``Panel discussion:`` before a title: what kind of slot
#: it is, not part of its name
_KIND_WORDS = (
    r"keynote|panel(?:\s++discussion)?|discussion|diskussion|lightning\s++talk|talk|workshop|"
    r"tutorial|vortrag|"
    r"conférence|présentation|apresentação|apresentacao|presentación|presentazione|"
    r"präsentation|palestra|charla|ponencia|oficina|minicurso|intervento|"
    r"relazione|presentation|lezing|prelekcja|wykład|доклад|выступление"
)
_KIND_LABEL = LazyPattern(
    rf"^(?:(?:{_KIND_WORDS}|主题演讲|闪电演讲|特邀演讲|圆桌讨论|演讲|演讲介绍|议题介绍|分享介绍)"
    r"\s*+[:：]"
    # a kind word before the quoted title (``Palestra "Title"``, ``Talk “Title”``)
    rf"|(?:{_KIND_WORDS})\s++(?=[\"“«„])"
    # the slot's place or level before ``Topic`` (``First Topic *``, ``Advanced Topic:``)
    r"|(?:intro|introductory|beginner|intermediate|advanced|first|second|third|middle|last|"
    r"main|opening|closing)\s++(?:topic|talk|session)\s*+[:：*]"
    # what kind of slot it is, colon or not (``Special Presentation<br>Title``, ``Guest
    # talk: …``), before a title of two words or more that opens as a title does
    # (``Invited lecture on graphs``: no label)
    r"|(?:special|featured|invited|guest|student)\s++(?:presentation|talk|lecture|session)\s*+[:：]?"
    r"(?=\s*+(?-i:[A-Z0-9\"“«„'])\S*\s+\S))\s*+(?=\S)",
    re.IGNORECASE,
)
#: a bracket closing a title (``Title (Ann Lee)``, ``标题（钱二白、郑一鸣）``)
_CLOSING_BRACKET = LazyPattern(r"(?=[\s(（])\s*[(（](?P<inner>[^()（）]+)[)）]\s*$")
_NAME_JOINS = LazyPattern(r"\s*(?:[,，、&/]|\band\b|和)\s*")


def without_own_speakers(title: str, speakers: Collection[str]) -> str:
    """``Title (Ann Lee)`` of a talk whose speaker is Ann Lee: the bracket repeats who
    speaks (shown beside the title), it is no part of the title. Only when every part of
    the bracket is one of the talk's own speakers - a bracket that says more (an
    employer, ``(Ann Lee edition)``) stays."""
    if not speakers or not title.endswith((")", "）")):
        return title
    bracket = _CLOSING_BRACKET.search(title)
    if bracket is None or bracket.start() == 0:
        return title
    own = {key(name) for name in speakers}
    parts = [part for part in _NAME_JOINS.split(bracket["inner"].strip()) if part]
    if parts and all(key(part) in own for part in parts):
        return title[: bracket.start()].rstrip(" -–—:：")
    return title
#: ``标题 名`` - searched from the first space (a lazy title before ``\s+`` was quadratic)
_TRAILING_NAME = LazyPattern(
    r"(?<!\s)\s++(?P<who>[\u3400-\u9fff]{2,4}(?:\s*+[（(][^）)]{1,40}[）)])?)$"
)
_COLON_AFTER = LazyPattern(r"\s*+\d{0,2}\s*+[:：]\s*+")
#: the names after a title are short: longer tails are not tried (and stay linear)
_MAX_NAMES_TAIL = 120
#: a line longer than this is prose, not "title - names"
_MAX_TITLE_LINE = 300
#: a clause break inside CJK prose: ``…有基本了解，想要…``
_PROSE_CLAUSE = LazyPattern(r"[\u4e00-\u9fff]{2}[，。；][\u4e00-\u9fff]{2}")
_SENTENCE_END = (".", "。", "!", "！", "?", "？", ";", "；", ",", "，", ":", "：")
_FIELD_LINE = LazyPattern(r"^[^\W\d_]{1,14}\s*[:：]\s*\S{1,20}(?:\s+\S{1,20})?$")
VIDEO_HOSTS = LazyPattern(
    r"^https?://(?:[\w-]+\.)*(?:bilibili\.com|b23\.tv|youtube\.com|youtu\.be|vimeo\.com|"
    r"v\.qq\.com|youku\.com|tudou\.com|ixigua\.com|douyin\.com|twitch\.tv|loom\.com|"
    r"acfun\.cn)(?:[/?#]|$)",
    re.IGNORECASE,
)
#: a live-streaming room (``live.bilibili.com/<room>``, a club's own ``live.example.org``):
#: where the event was streamed, never its recording - the same room serves every
#: broadcast of the channel, and a site names its streaming host ``live.``
LIVE_ROOMS = LazyPattern(r"^https?://live\.[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]|$)", re.IGNORECASE)
SLIDE_HOSTS = LazyPattern(
    r"^https?://(?:(?:[\w-]+\.)*(?:speakerdeck\.com|slideshare\.net|slides\.com)(?:[/?#]|$)|"
    r"docs\.google\.com/presentation)|\.(?:pdf|pptx?|key)(?:[?#]|$)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Header:
    """The first line of a talk (or of a break), and what that line alone says."""

    index: int
    style: str
    title: str = ""
    names: list[Name] = field(default_factory=list)
    number: int | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    kind: str = "talk"
    video: str | None = None
    slides: str | None = None
    #: the talk is this line only (a list item, an agenda entry with nothing after it)
    own_only: bool = False
    #: past-the-last unit index of the talk (set once every header is known)
    stop: int = 0
    #: a speaker slot found for this talk by its siblings' shape (:mod:`.nested`): the
    #: unit index of the slot line, its people and the evidence
    slot: tuple[int, list[Name], str] | None = None
    #: lines after the first that continue it (an entry wrapped over lines), read with it
    wrapped: int = 0
    #: what the line says of the talk beside its title (a table cell's subtitle under
    #: its bold title): the talk's abstract when nothing below gives one
    note: str = ""


def number_of(text: str) -> int | None:
    """``3`` or ``三`` as a number."""
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _NUMBER_WORDS.index(text[1]) + 1
    if len(text) == 1:
        return _NUMBER_WORDS.index(text) + 1
    if len(text) >= 2 and text[1] == "十":
        ones = _NUMBER_WORDS.index(text[2]) + 1 if len(text) == 3 else 0
        return (_NUMBER_WORDS.index(text[0]) + 1) * 10 + ones
    return None


#: what kind of event a page is (a word a series of events names itself by): 例会,
#: 沙龙, 直播课, ``…之夜`` (a series' night), Meetup - before a colon or after a dash it
#: is the series', not the talk's
_EVENT_KIND = (
    r"(?:例会|周会|月会|沙龙|讲座|分享会|例行分享|技术分享|交流会|研讨会|读书会|夜读|直播课|直播|"
    r"公开课|线上课|课程|"
    r"工作坊|技术沙龙|[^\s：:|｜]{0,8}?之夜|meetup|webinar|seminar|workshop|lecture|live|"
    # the same kinds in the pages' other languages (``Warsztaty: jak …``, ``Taller: …``)
    r"workshops|warsztaty|warsztat|taller|atelier|oficina|tutorial|seminario|séminaire|"
    r"wykład)"
)
#: ``第二次例会`` / ``第 3 期`` / ``例会 #4``: the name of one occurrence of a series
_OCCURRENCE = LazyPattern(
    rf"^(?:第\s*+[\d{_NUMBER_WORDS}]{{1,4}}\s*+[次期场届回]\s*+{_EVENT_KIND}?|"
    rf"{_EVENT_KIND}\s*+#?\s*+\d{{1,4}})$",
    re.IGNORECASE,
)
#: ``例会：标题`` / ``第 3 期 | 标题`` / ``标题 - 直播课``: a series word before or after
_KIND_PREFIX = LazyPattern(
    rf"^(?:第\s*+[\d{_NUMBER_WORDS}]{{1,4}}\s*+[次期场届回]\s*+{_EVENT_KIND}?\s*+"
    # (the series' acronym may open it: ``SJTUG 技术分享：``, ``GDG 沙龙 #3：``)
    rf"(?:[：:|｜]\s*+)?|(?:(?-i:[A-Z][A-Z0-9.+-]++)\s*+)?{_EVENT_KIND}\s*+(?:#\s*+\d{{1,4}}\s*+)?"
    rf"[：:|｜]\s*+)(?=\S)",
    re.IGNORECASE,
)
#: (after a dash or a bar, or in brackets: ``Title [webinar]``, ``Title (online)``)
_KIND_SUFFIX = LazyPattern(
    rf"(?:\s++[-–—|｜]{{1,2}}\s*+{_EVENT_KIND}"
    rf"|\s*+[\[(（]\s*+(?:{_EVENT_KIND}|online|virtual)\s*+[\])）])\s*+$",
    re.IGNORECASE)


#: ``在线课程介绍`` / ``Session details``: a heading that introduces what is below it
_INTRODUCES = LazyPattern(r"(?:介绍|简介|信息|详情|概况|\b(?:details|info|overview))\s*+[:：]?$",
                         re.IGNORECASE)


def is_occurrence(text: str) -> bool:
    """Whether ``text`` is nothing but one occurrence of a series (``第二次例会``,
    ``第 3 期``, ``Meetup #5``)."""
    return bool(_OCCURRENCE.match(text.strip()))


#: what an agenda entry or a heading says when it only names the kind of slot (``Talk
#: par Ann``, ``## Session`` over ``- 주제: …``)
SLOT_KINDS = frozenset({
    "talk", "présentation", "presentation", "conférence", "conference", "exposé", "vortrag",
    "keynote", "session", "intervention", "lecture", "workshop", "atelier",
})


def only_a_slot_kind(text: str) -> bool:
    """Whether ``text`` only names the kind of slot (``Session``, ``Talk:``)."""
    return text.strip(" :：").casefold() in SLOT_KINDS


def names_occurrence(text: str) -> bool:
    """Whether ``text`` only names one occurrence of a series (``第二次例会``, ``第 3
    期``, ``Meetup #5``) or introduces what follows (``在线课程介绍``): a heading so is the
    event's section, not a talk's title - a ``主题：`` line under it names the talk."""
    return is_occurrence(text) or bool(_INTRODUCES.search(text.strip()))


#: ``Feb 27 Meeting - Shiny`` / ``Monthly meetup: Parsing``: a head of a few words that
#: ends with a gathering word, then a separator - the night, before what it is about
_GATHERING_HEAD = LazyPattern(
    r"^(?:[^\s:：|｜–—-]++\s++){0,4}?(?:meetings?|meetups?|user\s++group|night|evening|"
    r"treffen|stammtisch|rencontre|réunion|encuentro|reunión|incontro|spotkanie|hangout)"
    r"\s*+(?:[:：|｜]|(?<=\s)[-–—]{1,2})\s++(?=\S)",
    re.IGNORECASE,
)


def without_event_kind(title: str) -> str:
    """A page title without the series words around its topic: ``例会：Git 入门`` →
    ``Git 入门``, ``第 66 期 标题`` → ``标题``, ``标题 - 直播课`` → ``标题``, ``Feb 27
    Meeting - Shiny`` → ``Shiny``; the title itself when it has none (or when nothing
    would be left)."""
    if _OCCURRENCE.match(title.strip()):
        return title.strip()  # ``第二次例会``: all of it names the meeting
    match = _KIND_PREFIX.match(title) or _GATHERING_HEAD.match(title)
    if match and match.end() > 0:
        title = title[match.end() :]
    suffix = _KIND_SUFFIX.search(title)
    if suffix and suffix.start() > 0:
        title = title[: suffix.start()]
    return title.strip()


#: ``Title (中文)`` / ``Title (in English)``: a remark on the language the talk is given
#: in, closing the title - how it is given, not what it is called
#: a language, as a talk's closing bracket says it is given in (``in English``, ``en
#: Français``, ``auf Deutsch``)
_LANGUAGE = (
    r"(?:(?:in|en|auf|em|na|w)\s+)?(?:english|anglais|englisch|inglés|ingles|inglese|"
    r"inglês|engels|chinese|french|français|francais|französisch|francés|francese|"
    r"german|allemand|deutsch|alemán|tedesco|alemão|spanish|espagnol|spanisch|español|"
    r"espanol|spagnolo|espanhol|italian|italien|italienisch|italiano|portuguese|"
    r"portugais|portugiesisch|português|portugues|dutch|néerlandais|niederländisch|"
    r"nederlands|polish|polski|polsku|russian|russe|русском|japanese|japonais|日本語)"
)
#: the session's kind closing a title: ``… (taller)``, ``… (workshop)``, ``… – workshop``
_KIND_REMARK = LazyPattern(
    rf"(?:\s*+[(（]\s*+(?:{_KIND_WORDS}|taller|demo|hands-on|招待講演|基調講演|特別講演|"
    r"ゲスト講演|主题演讲|特邀演讲)\s*+[)）]"
    rf"|\s++[-–—]\s++(?:{_KIND_WORDS}|taller|demo|hands-on))\s*$",
    re.IGNORECASE,
)
#: a language's code in capitals (``[ENG]``, ``(EN)``, ``[PT/EN]``)
#: (not ``IT``: ``(IT)`` is as often the trade)
_LANGUAGE_CODE = (r"(?-i:EN|ENG|GER|DE|DEU|FR|FRA|ES|ESP|ITA|PT|POR|NL|NLD|PL|POL|RU|RUS|"
                  r"JP|JPN|CN|CHN|ZH|KO|KOR)")
#: a bracket closing a title that holds only a day in digits (``(1/29/2018)``,
#: ``[2018-01-29]``; a day, month and year - ``(2.0)``, ``(5.10.1)`` are versions): when
#: it was given, not what it is called
_DAY_REMARK = LazyPattern(
    r"\s*+[(（\[]\s*+(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}[.\-]\d{1,2}[.\-]\d{4}|"
    r"\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})\s*+[)）\]]\s*$")
_LANGUAGE_REMARK = LazyPattern(
    rf"\s*+(?:[(（]\s*+(?:中文|英文|中英文?|双语|{_LANGUAGE}(?:\s*+[/,&]\s*+{_LANGUAGE})*)"
    rf"\s*+[)）]|[(\[]{_LANGUAGE_CODE}(?:\s*+[/,&]\s*+{_LANGUAGE_CODE})*[)\]])\s*$",
    re.IGNORECASE,
)


def _may_open(text: str, ascii_first: frozenset[str], cjk_first: str) -> bool:
    """Whether ``text`` may open with one of an anchored pattern's words, asked before the
    pattern: its first character is one of their ASCII first characters (a letter in
    either case - no other ASCII character matches one, case-insensitively either) or of
    their CJK ones (which match only themselves); any other character may (``ſ``, the
    Kelvin sign, Cyrillic), and the pattern is asked."""
    first = text[:1]
    if first.isascii():
        return first in ascii_first
    if "\u3400" <= first <= "\u9fff":
        return first in cjk_first
    return True


def _cases(letters: str) -> frozenset[str]:
    return frozenset(letters.lower() + letters.upper())


#: what :data:`_NUMBERING` may open with: a space, a digit, ``talk``, ``session``…
_NUMBERING_FIRST = (
    _cases("ltscpvi") | frozenset("0123456789") | {c for c in map(chr, range(128)) if c.isspace()},
    "主议话演分発一二三四五六七八九十第",
)
#: what :data:`_KIND_LABEL` may open with: its kind words' and slot words' first letters
_KIND_LABEL_FIRST = (_cases("abcdfgiklmoprstvw"), "主闪特圆演议分")


def without_kind_label(text: str) -> str:
    """``Student Talk: Title`` → ``Title``: the kind of slot opening a title (the title
    itself when nothing else is left)."""
    if not _may_open(text, *_KIND_LABEL_FIRST):
        return text
    return _KIND_LABEL.sub("", text, count=1) or text


#: ``"Title". April 15, 5-6 pm, Monroe 124``: a quoted title, then what follows it
_QUOTED_THEN = LazyPattern(r"^\s*+[\"“«„]([^\"“”«»„]{2,300})[\"”»“]\s*+[.,;:–—-]?\s*+(?=\S)")


def without_when_after_quotes(title: str) -> str:
    """``"Random matrices". April 15, 5-6 pm, Monroe 124`` → ``Random matrices``: a
    quoted title, then the day it is given (and where) - the quotes hold the title, the
    rest is when (the title itself when anything else follows the quotes)."""
    if not title or title.lstrip()[:1] not in "\"“«„":
        return title
    match = _QUOTED_THEN.match(title)
    if match is None or not opens_with_day(title[match.end():]):
        return title
    return match[1].strip()


def tidy_title(text: str) -> str:
    """A title without numbering, wrapping punctuation, an ``-蚂蚁集团`` org suffix or a
    closing language remark (``(中文)``)."""
    # ``### | 二、《标题》`` / ``## ⚡-Talk: …`` (the pictograph gone): a bar or a dash
    # opening a title is decoration
    text = clean(text).lstrip(" |｜-–—•·")
    if text.endswith((")", "）", "]")):
        text = _LANGUAGE_REMARK.sub("", text)
        text = _DAY_REMARK.sub("", text) or text  # ``Title (1/29/2018)``: the night's day
    if text[-1:].isalpha() or text.endswith((")", "）")):
        text = _KIND_REMARK.sub("", text) or text  # (a title that is only ``Workshop``)
    # (each pattern below only where the text can hold its match: most titles hold none)
    if _may_open(text, *_NUMBERING_FIRST):
        text = _NUMBERING.sub("", text)
    if "-" in text or "–" in text or "—" in text:
        text = _ORG_SUFFIX.sub("", text)
    text = without_kind_label(strip_series(text))
    if (":" in text or " talk " in (low := text.casefold()) or " vortrag " in low) and (
            numbered := _SERIES_SESSION.match(text)) is not None:
        # ``Example Group - session 1: Title``: the slot's label
        text = numbered["title"] or numbered["after"]
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        text = text[1:-1]  # a title wrapped whole in 《》: the marks are not part of it
    elif len(text) > 2 and text[0] + text[-1] in _WRAPPING_QUOTES and not any(
        mark in text[1:-1] for mark in '"“”„«»'
    ):
        # ``"Title"`` wrapped whole in double quotes (``„Titel“``, ``« Titre »``): not its
        # words
        text = text[1:-1].strip()
    elif (suffix := _QUOTED_THEN_WHO.match(text)) is not None:
        text = suffix["title"]  # 《标题》——某某社区: who presents it follows the dashes
    if text[-1:] in ")）" and (remark := _REMARK_AFTER_STOP.match(text)):
        text = remark["title"].rstrip(".。")  # ``Title. (A short talk)``: a remark on it
    return " ".join(text.split()).strip(" -–—:：|｜,，/")


#: ``Example Group - session 1: Title``: a series' name, a spaced dash, a numbered slot
#: and a colon before the title (the slot's place in the night, not its words)
_SERIES_SESSION = LazyPattern(
    r"^[^:：\n]{1,60}?\s[-–—]\s(?:session|talk|part|vortrag|sesión|sessão|séance)\s*+#?\d{1,2}"
    r"\s*+[:：]\s*+(?P<title>\S.*)$"
    # (``Mapio Cymru talk 1 - Switch2OSM``: a group's numbered talk, then a dash)
    r"|^[^:：\n\-–—]{1,60}?\s(?:talk|vortrag)\s++#?\d{1,2}\s++[-–—]\s++(?P<after>\S.*)$",
    re.IGNORECASE,
)
#: the double quotes a whole title may be wrapped in (``"Title"``, ``“Title”``, German
#: ``„Titel“``, French ``« Titre »``, Danish ``»Titel«``)
_WRAPPING_QUOTES = frozenset({'""', "“”", "„“", "„”", "«»", "»«"})
#: a bracket after the title's closing full stop: a remark about the talk, not its words
_REMARK_AFTER_STOP = LazyPattern(
    r"^(?P<title>[^.!?。！？]*?\S[.!?。！？])\s++[(（][^()（）]{2,80}[)）]$"
)


def split_title_names(
    text: str, known: Collection[str], *, latin: bool, by_label: bool = False,
    title_first: bool = False,
) -> tuple[str, list[Name]] | None:
    """``标题 - 名`` / ``标题，名，名`` / ``Title - Name (Org)`` split into title and names.

    The names part must read as names (known to the page, a Chinese name, or - when
    ``latin`` - Western names); the longest such tail wins, so ``…实践，唐博，谭崇康``
    gives two people and ``… —— 蚂蚁集团…实践`` stays in the title. ``by_label``: an
    agenda's ``… by 名`` is a label, so any short name counts after it. ``title_first``:
    siblings already say the title comes first (``Scaling Postgres — Zorba Mkhize`` no
    longer reads either way round).
    """
    if len(text) > _MAX_TITLE_LINE:
        return None
    if by := by_tail(text, known, latin=latin, by_label=by_label):
        return by
    if latin and " " in text and (joined := with_tail(text, known)):
        return joined  # (in an agenda or a talks section: in prose, ``with`` is anyone's)
    tail_start = max(0, len(text) - _MAX_NAMES_TAIL)
    if _SEPARATOR_MARK.search(text, tail_start) is None:
        return None  # (no separator: no title and names)
    for separator in _TITLE_SEPARATOR.finditer(text, tail_start):
        title, tail = text[: separator.start()], text[separator.end() :]
        if _open_brackets(title) or _inside_a_word(text, separator):
            continue
        if not title.strip() or not tail.strip():
            continue
        # prose has many separators: its tails stop at their first part that is no name
        names = split_names(tail, known, each=lambda name: _may_be_ok(name, known))
        if names and _listed_words(title, separator.group(), names, known):
            continue
        if names and _person_in_the_bracket(names, known):
            continue  # ``Title - Part two (Ann Example, Acme)``: the bracket is the slot
        if names and all(_names_ok(name, known, latin) for name in names):
            if _prose_tail(title, tail, names, known):
                continue  # ``对云原生、Service Mesh、网络…的人群``: a sentence, no speaker
            if not title_first and _both_names(title, names, known):
                return None  # ``Ann Example - Low Code Tools``: which side is who is a guess
            return title, names
    return None


def _person_in_the_bracket(names: list[Name], known: Collection[str]) -> bool:
    """``The Great Debate (Ann Example, Acme)`` after a dash: the words before the
    bracket are no one known, while the bracket opens with a full name led by a known
    given name - the bracket is the speaker slot, the dash is the title's own."""
    return any(
        name.affiliation and not _is_known(name, known) and not led_by_given_name(name.name)
        and led_by_given_name(re.split(r"[,，;；]", name.affiliation, maxsplit=1)[0].strip())
        for name in names)


def _listed_words(title: str, separator: str, names: list[Name], known: Collection[str]) -> bool:
    """``The Standard Library, Batteries Included`` / ``Fork/Join Framework``: a comma or
    a slash parts a title's own words as often as a title from its people, so a Western
    name after one needs knowledge (the front matter, or a known given name) - unless
    quotation marks closed the title before it (``«Title», Ann``)."""
    return (separator.strip() in _LIST_MARKS and not _QUOTE_CLOSED.search(title)
            and any(is_latin_name(name.name) and not _is_known(name, known)
                    and not vouched_for(name.name, known) for name in names))


def _both_names(title: str, names: list[Name], known: Collection[str]) -> bool:
    """Whether the "title" before the separator is itself a person's full name and the
    people after it are not known to the page: ``Name - Title`` read backwards."""
    title = title.strip(" *_")
    if (not led_by_given_name(title)
            and all(led_by_given_name(name.name) for name in names)):
        return False  # ``Testing Web Apps - Christian Example``: only one side is a person
    people = split_names(title, known) if " and " in title or "&" in title or "," in title else []
    if len(people) > 1 and all(led_by_given_name(person.name) for person in people) and not all(
            led_by_given_name(name.name) or _is_known(name, known) for name in names):
        return True  # ``Ann Example and Bo Sample - Scaling Postgres``: people, then a title
    return (" " in title and is_latin_name(title)
            and looks_like_name(title, known, strict=True)
            and not any(key(name.name) in known for name in names))


def by_tail(
    text: str, known: Collection[str], *, latin: bool, by_label: bool = False
) -> tuple[str, list[Name]] | None:
    """``Title by Ann Example`` / ``Título por Ana Ejemplo``: the title and the people
    after its last ``by`` that is followed by names (never ``hosted by``, ``sponsored
    by`` or a passive sentence's agent); names judged as :func:`split_title_names` says."""
    for by in list(_BY.finditer(text))[-_MAX_BY:][::-1]:
        tail = _BY_NAMES.fullmatch(text, by.end())
        if tail is None or _a_particle(text, by):
            continue
        if NOT_SPEAKING.search(text, 0, by.start()):
            break  # ``hosted by`` / ``sponsored by``: who hosts or pays, no speaker
        if _PASSIVE.search(text, 0, by.start()):
            break  # ``… was provided by Dr. Lee``: a sentence's agent, no speaker
        if phrase_after(by.group(), tail["names"]):
            break  # ``Git por Baixo dos Panos``: "behind the scenes", nobody's name
        if _ONLY_PRESENTING.match(text, 0, by.start()):
            break  # ``Presented by Ann Example``: a speaker line, no title before it
        names = split_names(tail["names"], known)
        if names and all(
            looks_like_name(n.name, known, strict=False)
            if by_label
            else _names_ok(n, known, latin)
            for n in names
        ):
            return text[: by.start()], names
        break  # the last ``by`` that is followed by text decides
    return None


#: ``… with Ann Example`` / ``… com Ana Exemplo``: who a title is given with
_WITH = LazyPattern(r"\s(?:with|com|con|mit|avec|met)\s++(?=\S)", re.IGNORECASE)


def with_tail(text: str, known: Collection[str]) -> tuple[str, list[Name]] | None:
    """``Introducing microservices com Leandro Exemplo``: the title and the people after
    its last ``with`` (in the pages' languages) - only people name knowledge vouches for
    (a known given name, or the page's): ``Building apps with React Native`` has no one."""
    joiners = list(_WITH.finditer(text))
    if not joiners or not text[: (found := joiners[-1]).start()].strip():
        return None
    names = split_names(text[found.end() :], known)
    if names and all(vouched_for(name.name, known) and looks_like_name(
            name.name, known, strict=True) for name in names):
        return text[: found.start()], names
    return None


def _a_particle(text: str, by: re.Match[str]) -> bool:
    """``Ludwig von Mises``: a ``von`` between a known given name and a capitalised word
    is part of a name, not German for ``by``."""
    if by.group().strip().casefold() != "von":
        return False
    before = text[: by.start()].split()
    return bool(before) and is_given_name(before[-1]) and text[by.end() : by.end() + 1].isupper()


def _inside_a_word(text: str, separator: re.Match[str]) -> bool:
    """``Real-World``: one hyphen between two Latin letters joins a word, it parts no
    title from a name (``标题-名`` and ``Title - Name`` still part)."""
    start, end = separator.span()
    return (separator.group() == "-" and start > 0 and end < len(text)
            and _LATIN_LETTER.match(text[start - 1]) is not None
            and _LATIN_LETTER.match(text[end]) is not None)


_LATIN_LETTER = LazyPattern(r"[A-Za-z\u00c0-\u024f]")


def by_heading(text: str, known: Collection[str]) -> tuple[str, list[Name]] | None:
    """``## Title, by Name:`` / ``### Title, by Ann and Bo``: a heading that ends with
    its speakers after ``by`` (a label, so a one-word name counts) - a title before it,
    never ``hosted by`` / ``sponsored by``. The caller asks siblings to agree."""
    text = text.rstrip(" :：")
    if len(text) > _MAX_TITLE_LINE:  # a heading, not a paragraph (and linear in it)
        return None
    found = list(_BY.finditer(text))
    if not found:
        return None
    by = found[-1]
    if _UNKNOWN_SPEAKER.fullmatch(text, by.end()):
        title = tidy_title(text[: by.start()])  # ``Example Library, by ?``: nobody known
        return (title, []) if title else None
    if phrase_after(by.group(), text[by.end():]):
        return None  # ``Git por Baixo dos Panos``: a phrase, nobody's name
    tail = _BY_NAMES.fullmatch(text, by.end())
    if tail is None or NOT_SPEAKING.search(text, 0, by.start()):
        return None
    names = split_names(tail["names"], known)
    if not names or not all(looks_like_name(n.name, known, strict=False) for n in names):
        # ``by Ann and Bo of Example Labs``: the people, then where they work
        org = _OF_ORG.search(tail["names"])
        if org is None:
            return None
        names = split_names(tail["names"][: org.start()], known)
        if not names or not all(looks_like_name(n.name, known, strict=False) for n in names):
            return None
        for name in names:
            name.affiliation = name.affiliation or org["org"].strip()
    title = tidy_title(text[: by.start()])
    return (title, names) if title else None


#: ``by ?`` / ``by TBA``: the heading's speaker is not known (a talk with no speaker)
_UNKNOWN_SPEAKER = LazyPattern(r"\s*+(?:\?+|tba|tbd|n/a|unknown|anonymous)\s*+", re.IGNORECASE)
#: ``… of Example Labs`` / ``… from Example`` closing the names after ``by``
_OF_ORG = LazyPattern(r"\s++(?:of|from|at|de|von|chez)\s++(?P<org>[A-Z0-9][^,;&]{1,60})$")


def _prose_tail(title: str, tail: str, names: list[Name], known: Collection[str]) -> bool:
    """Whether a ``title、names`` split cut a sentence: the "names" are unknown to the
    page, run longer than the "title", and their "affiliation" holds a clause break
    (``…有基本了解，想要了解…``) - prose about an audience or a topic, not a person."""
    if len(tail) <= len(title) or all(_is_known(name, known) for name in names):
        return False
    return any(_PROSE_CLAUSE.search(name.affiliation or "") for name in names)


def _open_brackets(text: str) -> bool:
    """Whether ``text`` ends inside a bracket (a separator there is not between names)."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _names_ok(name: Name, known: Collection[str], latin: bool) -> bool:
    """A name after a title: known, a Chinese name, or a Western one where allowed."""
    if _is_known(name, known):
        return True
    if not looks_like_name(name.name, known, strict=True):
        return False
    return not is_latin_name(name.name) or latin or bool(name.affiliation)


def _may_be_ok(name: Name, known: Collection[str]) -> bool:
    """What :func:`_names_ok` asks first, before the affiliation (which a later part of
    the line may still give): known, or a name to look at."""
    return _is_known(name, known) or looks_like_name(name.name, known, strict=True)


def _only_a_person(text: str, person: Name, known: Collection[str]) -> bool:
    """``### Ann Example``: a heading that is nothing but a full name led by a given name
    the reader knows (``Ann Example (Example Corp)`` too) - a person's card, as a
    front-matter person's heading is: a talk only when a title line follows."""
    return (not person.aliases and text.strip().startswith(person.name)
            and " " in person.name and led_by_given_name(person.name)
            and looks_like_name(person.name, known, strict=True))


def _is_known(name: Name, known: Collection[str]) -> bool:
    if not known:
        return False
    return key(name.name) in known or any(key(alias) in known for alias in name.aliases)


#: a status before an agenda entry's text: ``--CANCELLED--``, ``(postponed)``, ``【取消】``
_STATUS = LazyPattern(
    r"^[\W_]{0,4}(?P<status>cancell?ed|postponed|abgesagt|annulée?|verschoben|取消|已取消|延期)"
    r"[^\w(（]{0,4}(?=\w)",
    re.IGNORECASE,
)


def timed(unit: Unit, index: int, known: Collection[str], labels: Labels) -> Header | None:
    """``9:00 - 9:20 标题 by 名`` / ``18:30 Talk 1: Argo`` / ``18:00 food``."""
    if not unit.clock:
        return None  # (no digit opens it and no line break parts it: most lines)
    text, slot = unit.text, None
    if (broken := row_and_slot(unit.source, known)) is not None and _timed(broken[0]):
        text, slot = broken  # ``14:00 标题 <br>名 职位``: the slot after the line break
    elif broken is None and (before := row_before_break(unit.source)) is not None and (
            _timed(before)):
        text = before  # ``19:30 Title by Ann <br> Ann``: no word joins across the break
    match = _timed(text)
    if not match:
        return None
    rest = clean(match["rest"])
    if match["zone"] and _ZONE_PLACES.match(rest):
        return None
    start, end = find_times(match["times"])
    header = Header(index, "timed", start=start, end=end)
    if unit.kind == "item" and unit.first and not unit.alone:
        rest, header.wrapped = _unwrapped(rest, unit.block.plain_lines[1:])
    numbered = _numbered(rest)
    if numbered:
        header.number = number_of(numbered["number"] or numbered["nth"])
        rest = clean(numbered["rest"])
    elif _PLACEHOLDER.match(rest):
        header.kind = "placeholder"
        return header
    status = _STATUS.match(rest)
    if status:  # ``--CANCELLED-- Name (Org): Title``: the marker is no title
        rest = rest[status.end() :]
    set_apart = ")" in unit.source and bool(_SET_APART_BY.search(unit.source))
    title_and_names(header, rest, known, labels, set_apart=set_apart)
    if slot and header.slot is None and not {n.name for n in header.names} & {
            n.name for n in slot}:
        # the slot says who speaks: what the row alone seemed to name (``v9 解析``) is
        # its title's
        header.title, header.names = tidy_title(rest), []
        header.slot = (index, slot, f"line {unit.line}: speaker slot (name and role) after "
                       "the row's line break")
    if status and header.title:
        header.title = f"{header.title} ({status['status']})"  # still said, after it
    if not header.title and not header.names:
        header.kind = "placeholder"
    return header


_FULL_STOP = (".", "。", "!", "！", "?", "？")
#: an entry wraps over a few lines; more lines after it are its text
_MAX_WRAPPED = 3


def _unwrapped(text: str, after: list[str]) -> tuple[str, int]:
    """A list entry wrapped over lines (``… parameters of the`` / ``association (by
    Ann).``): the lines that go on with a lower-case word after a line that ends
    mid-sentence are the same line; how many were joined."""
    joined = 0
    for line in after[:_MAX_WRAPPED]:
        if not line[:1].islower() or text.endswith(_FULL_STOP) or has_colon(line[:20]):
            break
        text, joined = f"{text} {line}", joined + 1
    return text, joined


def numbered(
    unit: Unit, index: int, known: Collection[str], labels: Labels
) -> Header | None:
    """``Talk 1: Title`` / ``Talk 2:`` / ``Talk 1: Olaf de Leeuw`` (a known speaker)."""
    match = _numbered(unit.text)
    if not match:
        return None
    header = Header(index, "numbered", number=number_of(match["number"] or match["nth"]))
    rest = clean(match["rest"])
    if rest and looks_like_name(rest, known) and _is_known(parse_name(rest), known):
        header.names = [parse_name(rest)]
        return header
    title_and_names(header, rest, known, labels)
    return header


def bare_marker(text: str) -> int | None:
    """``Session 1`` / ``Talk 2:`` / ``议题 3``: an ordinal talk marker and nothing else -
    its number; the talk's title is the line after it."""
    match = _numbered(text.strip())
    if match is None or match["rest"].strip():
        return None
    return number_of(match["number"] or match["nth"])


#: a heading that only names the kind of talk below it (``Short Presentation``,
#: ``Regular Presentation``, ``Main talk``, ``Keynote``): the title is the line under it
_KIND_ONLY = LazyPattern(
    r"^(?:(?:short|long|regular|main|featured|invited|guest|lightning|special|evening|"
    r"monthly)\s+)?(?:talk|presentation|lecture|keynote)$",
    re.IGNORECASE,
)


def kind_only(text: str) -> bool:
    """Whether a heading only says what kind of talk follows (``Regular Presentation``)."""
    return _KIND_ONLY.match(text.strip(" :：")) is not None


def numbered_title(text: str) -> bool:
    """Whether ``text`` opens with a numbered talk marker and goes on with a title
    (``议题 1：标题``, ``Talk 2: Title``): a talk's own line, even where its marker word
    also names a section of talks (``议题``)."""
    match = _numbered(text)
    return match is not None and len(match["rest"].strip()) >= 2


#: ``标题 | 职位 名``: a title, a bar, then who gives it
_BAR_SLOT = LazyPattern(r"^(?P<title>[^|｜]{2,200}?)\s*+[|｜]\s*+(?P<slot>[^|｜]{2,80})$")


def bar_slot(unit: Unit, index: int, known: Collection[str]) -> Header | None:
    """``**标题 | 职位 名**``: a bold line whose bar parts a title from a speaker slot
    (the person and their job, the name last or first). Only a slot of one person with
    a job or employer word is evidence; a bar between two titles is none."""
    if not unit.bold or ("|" not in unit.text and "｜" not in unit.text):
        return None
    match = _BAR_SLOT.match(unit.text)
    if match is None:
        return None
    names = slot_names(match["slot"], known)
    title = tidy_title(match["title"])
    if len(names) != 1 or not title:
        return None
    return Header(index, "bar", title=title, names=names)


#: a dash with spaces around it, between two parts of a line
_SPACED_DASH = LazyPattern(r"\s[-–—]{1,2}\s")
#: ``Name (Org):`` closing a line: a who-colon entry whose title is on the next line
_WHO_COLON_END = LazyPattern(
    r"^(?P<who>[^：:（()）\[\]]{1,40}?)\s*+(?:[（(](?P<inner>[^）)]{0,60})[）)]\s*+)?[：:]$"
)


def who_colon_parts(text: str) -> tuple[str, str | None, str] | None:
    """``Name (Org): Title`` as (who, what is in the bracket, title); the title is
    ``""`` when the line ends at the colon."""
    match = _WHO_COLON.match(text) or _WHO_COLON_END.match(text)
    if match is None:
        return None
    return match["who"], match["inner"], match.groupdict().get("title") or ""


def timed_rest(text: str, *, tidy: bool = True) -> str | None:
    """What an agenda line says after its clock time (``None`` if it has none);
    ``tidy=False`` keeps its closing punctuation (``Name (Org):``)."""
    match = _timed(text)
    if match is None:
        return None
    return clean(match["rest"]) if tidy else match["rest"].strip()


def starts_with_clock(text: str) -> bool:
    """Whether ``text`` starts with a clock time or range (``19:05-20:00 标题``)."""
    match = _timed(text)
    return match is not None and bool(match["rest"].strip())


def quoted_title(unit: Unit) -> str | None:
    """A line alone that is only a ``《标题》`` (often bold): the title, else ``None``."""
    text = unit.text.strip()
    if not unit.alone or not text.startswith("《") or not text.endswith("》"):
        return None
    inner = text[1:-1]
    if "《" in inner or "》" in inner or not inner.strip():
        return None
    return tidy_title(inner)


def by_bracket_item(unit: Unit, index: int, known: Collection[str]) -> Header | None:
    """``- 标题 (by 名)`` / ``- Title (by Ann Example)``: a list item whose closing bracket
    opens with ``by`` names who gives it (kept only where its list repeats the shape)."""
    if unit.kind != "item" or not unit.first or ("(" not in unit.text and "（" not in unit.text):
        return None
    split = by_bracket(unit.text, known)
    if split is None:
        return None
    title = tidy_title(split[0])
    return Header(index, "line", title=title, names=split[1]) if title else None


#: ``《标题》名`` / ``《标题》 名 handle``: a quoted title opening the line, then who
_QUOTED_THEN_NAME = LazyPattern(r"^《(?P<title>[^《》]{2,80})》\s*+(?P<who>[^《》:：，,。]{2,40})$")


def quoted_then_name(unit: Unit, index: int, known: Collection[str]) -> Header | None:
    """``《Python 之于游戏》赖某某`` opening a paragraph (its photo below): the quoted
    title, then the person - strictly a name (surname-led, or known), nothing else."""
    if not unit.first or not unit.text.startswith("《"):
        return None
    match = _QUOTED_THEN_NAME.match(unit.text)
    if match is None:
        return None
    names = split_names(match["who"], known)
    if len(names) != 1 or not looks_like_name(names[0].name, known, strict=True):
        return None
    title = tidy_title(match["title"])
    return Header(index, "quoted_name", title=title, names=names) if title else None


def heading(unit: Unit, index: int, known: Collection[str]) -> Header:
    """A talk heading: its title; ``### 名：标题`` / ``### 标题 - 名`` when the page's front
    matter knows the name; a heading that is only a known person is about them
    (``kind="person"``: a talk only if a title line follows). A heading that starts with
    a clock time (``### 14:00 - 14:40 标题``) gives the talk its times."""
    text = unit.text
    start = end = None
    times = _timed(text)
    if times and times["rest"].strip():
        start, end = find_times(times["times"])
        text = times["rest"]
    elif text.endswith((")", "）")) and (slot := SLOT_LAST.search(text)) and slot.start():
        # ``### Приветственный кофе (18:40 - 19:00)``: the slot closing the heading
        start, end = find_times(slot["slot"])
        text = text[: slot.start()]
    number = None
    if (marked := _numbered(text)) is not None and len(marked["rest"].strip()) >= 2:
        # ``### 议程 2：标题 @ann`` / ``### Talk 1: Title``: the marker numbers the talk
        number, text = number_of(marked["number"] or marked["nth"]), clean(marked["rest"])
    if (handled := trailing_handles(text)) is not None:
        header = Header(index, "heading", title=tidy_title(handled[0]),
                        slot=(index, handled[1], TRAILING_HANDLE))
    else:
        header = _heading(text, index, known)
    header.start, header.end, header.number = start, end, number
    return header


#: the slot in brackets closing a heading: ``(19:00 - 19:50)``, ``（14:00-14:40）``
SLOT_LAST = LazyPattern(
    r"\s*+[(（]\s*+(?P<slot>\d{1,2}[:.]\d{2}(?:\s*+[-–—~]\s*+\d{1,2}[:.]\d{2})?)\s*+[)）]$"
)


#: ``Title @ann @bo``: a title, then the accounts of those who give it (a GitHub or a
#: social handle each, after a space; ``@ Acme`` with a space is a place, no handle)
_TRAILING_HANDLES = LazyPattern(
    r"^(?P<title>.*?\S)\s++(?P<handles>@[A-Za-z0-9][\w.-]{1,38}"
    r"(?:\s*+[,，、&]?\s*+@[A-Za-z0-9][\w.-]{1,38})*+)$"
)


#: the evidence of people read from the ``@handle``\ s closing a talk's heading or line
TRAILING_HANDLE = "the @handle closing the talk's title line"


def trailing_handles(text: str) -> tuple[str, list[Name]] | None:
    """The title and the people of ``Title @ann @bo`` (each by the handle they go by),
    else ``None``."""
    if "@" not in text or (match := _TRAILING_HANDLES.match(text)) is None:
        return None
    title = match["title"].rstrip(" -–—:：|")
    if len(title) < 2 or "@" in title:
        return None
    return title, [Name(found["handle"].rstrip("."))
                   for found in HANDLE.finditer(match["handles"])]


def _heading(text: str, index: int, known: Collection[str]) -> Header:
    person = parse_name(text)
    if person.name and (_is_known(person, known) or _only_a_person(text, person, known)):
        return Header(index, "heading", names=[person], kind="person")
    if not known:
        # (the people of a split heading count only when the front matter lists them
        # all, and a split names one at least: on a page that lists none, not asked)
        return Header(index, "heading", title=tidy_title(text))
    match = _WHO_COLON.match(text)
    if match:
        names = split_names(match["who"], known)
        if names and all(_is_known(name, known) for name in names):
            return Header(index, "heading", title=tidy_title(match["title"]), names=names)
    split = split_title_names(text, known, latin=True)
    if split and all(_is_known(name, known) for name in split[1]):
        return Header(index, "heading", title=tidy_title(split[0]), names=split[1])
    return Header(index, "heading", title=tidy_title(text))


def who_colon(
    unit: Unit, index: int, known: Collection[str], labels: Labels, *, strict: bool
) -> Header | None:
    """``**敖小剑（蚂蚁集团）：标题**``, ``- 宋净超：标题`` or ``**名（机构）——标题**``: a
    person, a colon (or a double dash after their bracket), a title."""
    if ":" in unit.text or "：" in unit.text:
        match = _WHO_COLON.match(unit.text) or _WHO_DASH.match(unit.text)
    else:  # the colon the first pattern needs (most lines have neither it nor ——)
        match = _WHO_DASH.match(unit.text) if "——" in unit.text else None
    if not match or _is_label(match["who"], labels) or _colon_inside_span(unit.source):
        return None
    if labels.mention("not_talks_section").search(match["who"]):
        return None  # ``白金赞助：华为`` / ``Sponsors: Acme``: who pays or hosts, no person
    # ``**1. 名-handle：《标题》**``: the entry's number and the person's handle are no name
    who = match["who"].lstrip("*_")  # (a bold that closes on a later line)
    who = _NUMBERING.sub("", who) if who[:1].isdigit() else who
    names = [with_handle(name, known) for name in split_names(who, known)]
    if len(names) == 1 and (bare := without_academic_title(names[0].name)) != names[0].name:
        # ``**Dr. Ann Example**: Institute, Title``: the person, her title as written kept
        names[0] = Name(bare, [*names[0].aliases, names[0].name], names[0].affiliation)
    if not names or not all(looks_like_name(n.name, known, strict=strict) for n in names):
        return None
    if (len(names) == 1 and names[0].affiliation and _SPACED_DASH.search(who)
            and not is_role(names[0].affiliation)):
        # ``名 - VxWorks on RISC-V: 标题``: the dash parts the person from the first half
        # of a title (its colon from the second), not from their job
        return None
    title = match["title"]
    if len(title) <= _MAX_TITLE_LINE and (
            by_tail(title, known, latin=True, by_label=True)
            or (not all(vouched_for(name.name, known) for name in names)
                and split_title_names(title, known, latin=True))):
        # ``Mesa Redonda: Tests! by Ann Example`` / ``Quiet Failures: Why - Ann Example``:
        # the title's own colon, then who gives it (by name knowledge, not two capitals)
        return None
    role_first = _role_then_quoted(title)
    if role_first and len(names) == 1 and is_role(role_first[0]):
        # ``- 名：职位 《标题》``: the role is the person's, the quoted title the talk's
        names[0] = parse_name(f"{names[0].name}（{clean(role_first[0])}）")
        title = role_first[1]
    elif _CLAUSE.search(title) and "《" not in title and is_role(first_clause(title)):
        return None  # ``- 名：机构会长、本科生，曾在…实习``: a bio of the person, no title
    elif match["inner"] and len(names) == 1:
        names[0] = parse_name(f"{names[0].name}（{match['inner']}）")
    header = Header(index, "line", title=tidy_title(title), names=names)
    if _person_not_title(header.title, names, known):
        return None  # ``**Groovy e Spock**: [Ana Example](…)``: the title is the person
    return header if header.title else None


def _person_not_title(title: str, names: list[Name], known: Collection[str]) -> bool:
    """Whether the "title" after the colon is a person name knowledge vouches for (a full
    name led by a known given name) while the "names" before it are not all vouched for:
    then the line reads the other way round, or is no talk - which is a guess."""
    return (led_by_given_name(title) and looks_like_name(title, known, strict=True)
            and not all(vouched_for(name.name, known) for name in names))


def _role_then_quoted(text: str) -> tuple[str, str] | None:
    """``职位 《标题》``: the text before one quoted title that ends the line, and the
    title (found by position: a pattern would scan runs of spaces again and again)."""
    text = text.rstrip(" \t。.")
    if not text.endswith("》") or text.count("《") != 1 or text.count("》") != 1:
        return None
    opening = text.index("《")
    before, inside = text[:opening].strip(), text[opening + 1 : -1].strip()
    return (before, inside) if before and inside else None

#: a clause break: a title of one clause, a bio of several
_CLAUSE = LazyPattern(r"[，、；;]")


_OPENING_MARK = LazyPattern(r"^(?:\*\*|__|\*|_)(?=\S)")


def _colon_inside_span(source: str) -> bool:
    """Whether the line's first colon is inside an emphasis span that opens the line
    and closes before its end (``*Title: subtitle* — Name``, ``**A: B** - *Name*``):
    the emphasis marks the title, the colon is the title's own. A line emphasised
    whole (``**名（机构）：标题**``) is not such a span, nor one that ends at the colon
    (``**Ann Example:** Title``: the colon is set apart as a label's is)."""
    opening = _OPENING_MARK.match(source)
    if opening is None:
        return False
    colons = [at for at in (source.find(":"), source.find("：")) if at >= 0]
    if not colons:
        return False
    mark, at = opening[0], min(colons)
    if mark in source[len(mark) : at]:
        return False  # the span closed before the colon
    close = source.find(mark, at)
    if close != -1 and not source[at + 1 : close].strip():
        return False  # ``**Ann Example:** Title``: the span ends at its colon, a label's
    return close != -1 and bool(source[close + len(mark) :].strip())


#: the dash after the names: the names are short, so it is looked for near the start
#: only (and never from inside a run of spaces: every unit of a page is tried). Written
#: ``(?<!\s)\s++…`` as a space first and then the look-behind over it and the
#: character before (a search opening with a class skips ahead to it; one opening with
#: a look-behind is entered at every place)
_KNOWN_DASH = LazyPattern(r"\s(?<!\s\s)\s*+[-–—|｜]{1,2}\s++(?=\S)")
_KNOWN_HEAD = 80


def known_then_title(unit: Unit, index: int, known: Collection[str]) -> Header | None:
    """``- **Jane Roe** — Title``: people the front matter lists, a spaced dash, a title.
    Only known names count: a dash after unknown words is as often inside a title."""
    dash = (_KNOWN_DASH.search(unit.text, 0, _KNOWN_HEAD)
            if _SEPARATOR_MARK.search(unit.text, 0, _KNOWN_HEAD) else None)
    if dash is None or has_colon(unit.text[: dash.start()]):
        return None
    parts = unit.text[: dash.start()], unit.text[dash.end() :]
    names = split_names(parts[0], known)
    if not names or not all(_is_known(name, known) for name in names):
        return None
    header = Header(index, "line", title=tidy_title(parts[1]), names=names)
    if len(header.title.split()) > _PROSE_WORDS and _SENTENCE_THEN_MORE.search(header.title):
        return None  # ``**Ann** - Title! Ann will show us …``: a paragraph about the talk
    if len(header.title.split()) <= _NOT_YET_WORDS and _NOT_YET.search(header.title):
        # ``**Ann** - session title tbd``: a person the front matter lists, whose talk has
        # no title yet - an event speaker, no talk (a talk needs a title the page states)
        return None
    return header if header.title else None


#: what follows a known name and a dash is a title, not a paragraph of sentences
_PROSE_WORDS = 16
_SENTENCE_THEN_MORE = LazyPattern(r"[.!?。！？]\s+\S")
#: a few words saying the title is still to come (``title tbd``, ``to be announced``)
_NOT_YET = LazyPattern(
    r"(?<![\w-])(?:tbd|tba|tbc|to\s+be\s+(?:announced|decided|confirmed|determined))(?![\w-])",
    re.IGNORECASE,
)
_NOT_YET_WORDS = 6


def consistent_brackets(heads: list[Header]) -> None:
    """In one list of ``名（X）：标题`` lines the brackets mean one thing: when most hold
    an employer, a short one (``（网易）``) is an employer too, not a nickname."""
    people = [head.names[0] for head in heads if len(head.names) == 1]
    employers = sum(1 for name in people if name.affiliation and not name.aliases)
    nicknames = [name for name in people if len(name.aliases) == 1 and not name.affiliation]
    if employers > len(nicknames):
        for name in nicknames:
            name.affiliation, name.aliases = name.aliases[0], []


def title_line(
    unit: Unit, index: int, known: Collection[str], *, in_talks: bool,
    media: tuple[str, list[tuple[str, str]]] | None = None,
) -> Header | None:
    """``Title - Name (Org)`` alone on a line, or a talks-section list item
    ``[标题 - 名](video)`` / ``[标题](video)，名，角色``; ``media``: the line's text
    without the slides and video links closing it, and those links (read as the
    talk's, not as its words)."""
    text = unit.text if media is None else media[0]
    links = unit.block.links
    if media is not None:
        links = [link for link in links if link not in media[1]]
    # ``Title by [Name](profile)``: the one link closes the line after ``by`` (a
    # paragraph's or an item's): it is the speaker's page, not the talk's
    # (``[标题 - 名](video)``)
    profile = len(links) == 1 and _by_link(text, links[0][0])
    link = links[0] if links and unit.kind == "item" and in_talks and not profile else None
    if link is None and not in_talks and (len(text) > 150 or text.endswith(_SENTENCE_END)):
        return None
    if link is None and _OPENS_BY.match(text):
        return None  # ``- Por Ann Example, Acme``: who gives the talk above, not what
    if link is None and "。" in text:
        # a Chinese full stop ends a sentence: a title never holds one, an abstract's
        # paragraph does (in a talk's section too: ``…，包括 …。`` is no ``title，name``)
        return None
    if link is None and not profile and [
        url for url in urls_in(unit.block, unit.source)
        if media is None or all(url != target for _, target in media[1])
    ]:
        return None
    if link is not None and link[0] and text.startswith(link[0]) and text != link[0]:
        rest = text[len(link[0]) :]
        # ``[Title](slides), by Ann`` / ``[Title](slides) by Ann``: ``by`` is the label
        labelled = _LINK_THEN_BY.match(rest)
        names = split_names(rest[labelled.end() :] if labelled else rest, known)
        if names and (
            all(looks_like_name(n.name, known, strict=False) for n in names) if labelled
            else looks_like_name(names[0].name, known, strict=False)
        ):
            header = Header(index, "item", title=tidy_title(link[0]), names=names)
            return _attach(header, link[1])
    # in a talks section, ``by`` before the names is a speaker label (``Title by Ann``);
    # anywhere, ``presented by`` is one (``Unit Tests – presented by Ann Example``)
    presented = not in_talks and link is None and bool(_PRESENTED_BY_END.search(text))
    short = (in_talks or presented) and len(text) <= 150 and not text.endswith(_SENTENCE_END)
    source = link[0] if link else text
    split = split_title_names(source, known, latin=in_talks or presented, by_label=short)
    if split is None:
        return None
    title, names = split
    if presented and not all(looks_like_name(n.name, known, strict=True) for n in names):
        return None
    after = source.find(names[-1].name) if names else -1
    if link is None and after >= 0 and _GOES_ON.search(source, after + len(names[-1].name)):
        return None  # ``Explaination by Ann Example, too many sigops for a block…``: prose
    style = "item" if unit.kind == "item" else "line"
    bys = list(_BY.finditer(source)) if short else []
    if bys and source[: bys[-1].start()] == title:
        if any(" " not in n.name and not vouched_or_cjk(n.name, known, one_word=True)
               for n in names):
            # ``Proofs by Picture``: one word after ``by`` is a person only when it is a
            # known given name or the front matter's (``Title by Ann``)
            header = Header(index, style, tidy_title(source))
            return _attach(header, link[1]) if link else header
        why = f"line {unit.line}: after the speaker label 'by' closing the line"
        header = Header(index, style, tidy_title(title), slot=(index, names, why))
    else:
        header = Header(index, style, tidy_title(title), names)
    return _attach(header, link[1]) if link else header


#: a sentence going on after the last name of a line: a comma, then four words or more
#: that open in lower case (who someone is goes on so too - ``, engineer at Acme`` - but
#: never for four words of lower case with no capital between)
_GOES_ON = LazyPattern(r",\s++[a-zà-öø-ÿ][\w'’-]*+(?:\s++[a-zà-öø-ÿ][\w'’-]*+){3,}")


#: a line that opens with the word for ``by`` and a capital: a by-line, no title
_OPENS_BY = LazyPattern(rf"^(?i:{BY})\s++(?=[A-ZÀ-ÖØ-Þ])")


def bold_title_by(unit: Unit, index: int, known: Collection[str]) -> Header | None:
    """``**Title**, by Ann Example:`` opening a paragraph (its abstract on the lines
    below): the bold sets the title apart, so ``by`` is a speaker label there too - when
    name knowledge vouches for every person after it (a known given name leads a full
    name, or the front matter lists them)."""
    match = _BOLD_THEN_BY.match(unit.source) if unit.source.startswith("**") else None
    if match is None:
        return None
    names = split_names(clean(match["who"]), known)
    if not names or not all(vouched_for(name.name, known) for name in names):
        return None
    why = f"line {unit.line}: {BOLD_TITLE_BY}"
    return Header(index, "line", title=tidy_title(clean(match["title"])),
                  slot=(index, names, why))


def bold_title_dash(unit: Unit, index: int, known: Collection[str]) -> Header | None:
    """``**Testing in Go** — Ann Example, author of *Learning Go*, covers…`` under a
    talks heading: the bold sets the title apart and the dash leads to the person who
    opens the sentence after it (their role and what the talk covers follow) - when
    name knowledge vouches for them. The line's length, and any emphasis in the
    sentence, change nothing: the bold already says where the title ends."""
    match = _BOLD_THEN_DASH.match(unit.source) if unit.source.startswith("**") else None
    if match is None:
        return None
    names = split_names(clean(match["who"]), known)
    if len(names) != 1 or not vouched_for(names[0].name, known):
        return None
    why = f"line {unit.line}: {BOLD_TITLE_DASH}"
    return Header(index, "line", title=tidy_title(clean(match["title"])),
                  slot=(index, names, why))


#: the evidence of people read by :func:`bold_title_by`
BOLD_TITLE_BY = "after 'by' following the bold title"
#: ... and by :func:`bold_title_dash`
BOLD_TITLE_DASH = "opening what follows the dash after the bold title"
#: ``**Title** — Ann Example, …``: a bold title, a spaced dash, a full name of two to
#: four words, then a comma, a bracket or a verb's sentence
_BOLD_THEN_DASH = LazyPattern(
    r"^\*\*(?P<title>[^*\n]{3,150})\*\*\s++[-–—]{1,2}\s++"
    r"(?P<who>[^\W\d_][\w'’.-]*+(?:\s++[^\W\d_][\w'’.-]*+){1,3}?)"
    r"(?:\s*+[,(（]|\s++(?:covers|shows|talks|explains|presents|introduces|shares|"
    r"demonstrates|walks|takes|will|is|gives|discusses)\b)"
)
#: ``**Title**, by Ann Example:`` - a bold title, then ``by`` and the people, a colon
#: at most after them
_BOLD_THEN_BY = LazyPattern(
    rf"^\*\*(?P<title>[^*\n]{{3,150}})\*\*\s*+,?\s++(?i:{BY})\s++(?P<who>[^*:：\n]{{3,80}}?)"
    r"\s*+[:：.]?\s*+$"
)


#: ``… – presented by Ann Example`` closing a line: the participle and its ``by``
_PRESENTED_BY_END = LazyPattern(
    r"[\s,，\-–—]\s*+(?:presented|given)\s++by\s++[^\s,;:]+(?:\s++[^\s,;:]+){1,3}$",
    re.IGNORECASE,
)


#: what may stand between a talk's linked title and its speakers: a comma or dash, then
#: ``by`` (or ``von`` / ``par`` / ``door``, or ``presented by``)
_LINK_THEN_BY = LazyPattern(
    r"\s*+[,，\-–—:]?\s*+(?:(?:presented|given)\s+)?" + BY + r"\s+", re.IGNORECASE
)


def _by_link(text: str, link_text: str) -> bool:
    """Whether ``text`` ends with ``by`` and then ``link_text`` (the speaker's link),
    and at most a remark in brackets after it (``(english talk)``)."""
    if len(text) > _MAX_TITLE_LINE:
        return False
    remark = _CLOSING_BRACKET.search(text)
    if remark is not None and len(remark["inner"]) <= _MAX_REMARK:
        text = text[: remark.start()]
    if not link_text or not text.endswith(link_text) or text == link_text:
        return False
    found = list(_BY.finditer(text))
    return bool(found) and found[-1].end() == len(text) - len(link_text)


#: the longest remark in brackets closing a ``by [Name](profile)`` line (``(english
#: talk)``, ``（线上）``)
_MAX_REMARK = 40


def _attach(header: Header, url: str) -> Header:
    url = safe_url(url) or ""
    if VIDEO_HOSTS.match(url):
        header.video = url
    elif SLIDE_HOSTS.search(url):
        header.slides = url
    header.own_only = True
    return header


def title_and_names(
    header: Header, rest: str, known: Collection[str], labels: Labels, *, set_apart: bool = False
) -> None:
    """What an agenda line says after its time or number: ``标题 by 名``, ``标题 - 名``,
    ``《标题》 名``, ``名：标题``, ``标题 讲师：名`` or ``标题 名（机构）``; ``set_apart``:
    the line emphasises its title and closes with a ``(by …)`` bracket."""
    header.title, header.names = tidy_title(rest), []
    if not rest:
        return
    if (handled := trailing_handles(rest)) is not None:
        header.title = tidy_title(handled[0])
        header.slot = (header.index, handled[1], TRAILING_HANDLE)
        return
    bracket = by_bracket(rest, known, handles=set_apart)
    if (bracket is not None and set_apart and any(" " not in n.name for n in bracket[1])
            and not any(n.name.casefold() in _HOW_WORDS for n in bracket[1])):
        # ``*Title* (von prokhor)``: the title set apart by emphasis, the bracket after
        # it - ``von`` is a speaker label there, and one-word names or handles speak
        header.title = tidy_title(bracket[0])
        header.slot = (header.index, bracket[1], BY_BRACKET)
        return
    split = (
        bracket
        or _leading_label(rest, known, labels)
        or labelled_names(rest, known, labels)
        or split_title_names(rest, known, latin=True, by_label=True)
    )
    if split is None and (who_quoted := _WHO_THEN_QUOTED.match(rest)):
        # ``Ann Example - "Title"``: the quotes mark the title, what stands before the
        # dash is who gives it when it reads as people's full names
        names = split_names(who_quoted["who"], known)
        if names and all(looks_like_name(n.name, known) for n in names):
            split = who_quoted["title"] + (who_quoted["more"] or ""), names
    if split is None and (quoted := _QUOTED.match(rest)):
        names = split_names(quoted["after"], known)
        if names and all(_short_name(n, known) for n in names):
            split = quoted["title"], names
        elif not quoted["after"].strip(" -–—:："):
            split = quoted["title"], []
    if split is None and (who := _WHO_COLON.match(rest)) and not _is_label(who["who"], labels):
        names = split_names(who["who"], known)
        if names and all(looks_like_name(n.name, known) for n in names):
            if who["inner"] and len(names) == 1:
                names[0] = parse_name(f"{names[0].name}（{who['inner']}）")
            split = who["title"], names
    if split is None and (trailing := _TRAILING_NAME.search(rest, 1)):
        name = parse_name(trailing["who"])
        if looks_like_name(name.name, known):
            split = rest[: trailing.start()], [name]
    if split is None:
        split = _given_named(rest, known)
    if split is not None:
        header.title, header.names = tidy_title(split[0]), split[1]


#: ``Ann Example, Title``, ``Ann Example - Title``: who, then what (a comma or a spaced
#: dash between; a bracket after the title is :mod:`.siblings`' to read)
_WHO_THEN_TITLE = LazyPattern(
    r"^(?P<who>[^,:：()（）\[\]–—]{4,60}?)(?:,|\s[-–—]{1,2})\s++(?P<title>\S.*)$"
)
#: a kind of talk closing its title (``Transformers in NLU talk``): the row's word for it
_KIND_AFTER = LazyPattern(r"\s++(?i:talk|presentation|workshop|keynote|lecture)$")


def who_then_title(rest: str) -> tuple[str, str] | None:
    """``Ann Example, Title`` / ``Ann Example - Title`` as (who, title): the shape alone,
    whoever the words before the comma or dash are (a row kind closing the title
    dropped: ``… talk``)."""
    match = _WHO_THEN_TITLE.match(rest)
    if match is None or not match["who"][:1].isupper():
        return None
    return match["who"].strip(), _KIND_AFTER.sub("", match["title"].strip())


def _given_named(rest: str, known: Collection[str]) -> tuple[str, list[Name]] | None:
    """An agenda line's people and title where only name knowledge tells them apart
    (``Ann Example, Title``): every person a full name led by a known given name (or a
    front-matter speaker), the title opening as a title does."""
    shape = who_then_title(rest)
    if shape is None:
        return None
    names = split_names(shape[0], known)
    title = shape[1]
    if (names and title and title[:1].isupper() and len(title.split()) >= 2
            and all(led_by_given_name(n.name) or key(n.name) in known for n in names)
            and not any(is_organisation(n.name) for n in names)):
        return title, names
    return None


#: ``Title (by Name).`` / ``Titel (von Name)``: the speakers in a bracket closing the line
_BY_BRACKET = LazyPattern(
    r"\s*+[（(]\s*+(?:by|par|von|door)\s++(?P<names>[^()（）]{1,100})[）)]\s*+[.。]?$",
    re.IGNORECASE,
)


#: a handle (``prokhor``, ``ann_x``): one word a person goes by in a chat or a forum
_HANDLE_WORD = LazyPattern(r"^@?[a-z][a-z0-9_.-]{1,30}$")
#: one word after ``by`` / ``von`` / ``par`` that says how, not who: ``(by invitation)``,
#: ``(von innen)``, ``(par défaut)``
_HOW_WORDS = frozenset({
    "invitation", "invite", "request", "appointment", "registration", "donation", "default",
    "design", "hand", "email", "mail", "phone", "video", "zoom", "remote", "night", "day",
    "innen", "außen", "aussen", "vorne", "hinten", "oben", "unten", "heute", "morgen",
    "morgens", "abends", "anfang", "anmeldung", "einladung", "demande", "inscription",
    "défaut", "tous",
})
#: the evidence of people read from a ``(by …)`` bracket: the word is a speaker label
BY_BRACKET = "after the 'by' label of the bracket closing the line"


def by_bracket(
    text: str, known: Collection[str], *, handles: bool = False
) -> tuple[str, list[Name]] | None:
    """``Currency and warming (by Ann Example).``: a bracket that opens with ``by``
    closes an agenda line; what it names are the speakers when they read as names (or,
    with ``handles``, as one handle each: ``*Title* (von prokhor)``)."""
    if "(" not in text and "（" not in text:
        return None
    match = _BY_BRACKET.search(text, max(0, len(text) - 120))
    if match is None or match.start() == 0:
        return None
    names = split_names(match["names"], known)
    if names and all(n.name.casefold() not in _HOW_WORDS and (
            looks_like_name(n.name, known, strict=False)
            or (handles and _HANDLE_WORD.match(n.name))) for n in names):
        return text[: match.start()], names
    return None


#: between the names a leading speaker label gives and the title: a spaced dash or bar
_NAMES_THEN_TITLE = LazyPattern(r"\s+[-–—|｜]{1,2}\s+")


def _leading_label(
    text: str, known: Collection[str], labels: Labels
) -> tuple[str, list[Name]] | None:
    """``Speaker: Ana López — Datos con Rust`` / ``讲师：名 - 标题``: a speaker label opens
    the entry, the names come before a spaced dash, the title after it."""
    if not has_colon(text):
        return None
    match = labels.fact("speaker").match(text)
    if match is None:
        return None
    parts = _NAMES_THEN_TITLE.split(match["value"], maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None
    names = split_names(parts[0], known)
    if names and all(looks_like_name(n.name, known, strict=False) for n in names):
        return parts[1], names
    return None


def labelled_names(
    text: str, known: Collection[str], labels: Labels
) -> tuple[str, list[Name]] | None:
    """``标题 讲师：名`` / ``Title (Speaker: Name)``: a speaker label inside the line."""
    for match in labels.mention("speaker").finditer(text):
        colon = _COLON_AFTER.match(text, match.end())
        if match.start() == 0 or colon is None:
            continue
        names = split_names(text[colon.end() :].rstrip(" )）"), known)
        if names:
            return text[: match.start()].rstrip(" (（,，;；-–—|"), names
    return None


def _short_name(name: Name, known: Collection[str]) -> bool:
    return looks_like_name(name.name, known, strict=False) and len(name.name) <= 40


def _is_label(text: str, labels: Labels) -> bool:
    """Whether ``text`` (before a colon) is a label word of any role, not a person."""
    probe = f"{text.strip()}:"
    return bool(labels.any_role("fact", _LABEL_ROLES).match(probe))


_LABEL_ROLES = ("speaker", "host", "time", "venue", "replay", "slides", "affiliation", "topic",
                "talk_part", "speaker_intro", "theme")


def is_field_line(text: str) -> bool:
    """``Company: DataWorkz``-like: one word, a colon, a short value - not a title."""
    return bool(_FIELD_LINE.match(text))


def title_like(unit: Unit, *, in_block: bool = False) -> bool:
    """Whether a line reads as a talk title: short, alone, not a sentence or a field
    (``in_block``: or a line of a block that goes on, the caller knowing what follows)."""
    text = unit.text
    if not text or not (unit.alone or in_block) or (unit.kind == "heading" and not text):
        return False
    if len(text) > 120 or len(text.split()) > 16 or text.endswith((".", "。", ":", "：")):
        return False
    if _FIELD_LINE.match(text) or urls_in(unit.block, unit.source) == [text]:
        return False
    return any(char.isalpha() for char in text)


def video_or_slides(url: str) -> str | None:
    """``"video"`` or ``"slides"`` when the URL's host says which, else ``None``."""
    if VIDEO_HOSTS.match(url):
        return "video"
    if SLIDE_HOSTS.search(url):
        return "slides"
    return None
