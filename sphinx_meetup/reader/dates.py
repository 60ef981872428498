"""Dates and times as event pages write them, and the time zone they belong to."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..model import When
from .memo import per_read
from .patterns import LazyPattern, alternation, run_of
from .value_types import DATE_VALUE

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            # English, French; German, Dutch; Spanish, Portuguese, Italian; Galician
            ("january", "jan", "janvier", "januar", "jänner", "januari", "enero", "janeiro",
             "gennaio", "xaneiro"),
            ("february", "feb", "février", "fevrier", "februar", "februari", "febrero",
             "fevereiro", "febbraio", "febreiro"),
            ("march", "mar", "mars", "märz", "maerz", "maart", "marzo", "março"),
            ("april", "apr", "avril", "abril", "aprile"),
            ("may", "mai", "mei", "mayo", "maio", "maggio"),
            ("june", "jun", "juin", "juni", "junio", "junho", "giugno", "xuño", "xuno"),
            ("july", "jul", "juillet", "juli", "julio", "julho", "luglio", "xullo"),
            ("august", "aug", "août", "aout", "augustus", "agosto"),
            ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro",
             "settembre"),
            ("october", "oct", "octobre", "oktober", "octubre", "outubro", "ottobre"),
            ("november", "nov", "novembre", "noviembre", "novembro"),
            ("december", "dec", "décembre", "decembre", "dezember", "diciembre", "dezembro",
             "dicembre", "decembro"),
        ],
        start=1,
    )
    for name in names
} | {
    name: number
    for number, names in enumerate(
        [
            # Russian, Ukrainian, Polish, Czech (the month's name as a date writes it, "of
            # August", and as a heading does); Swedish, Norwegian, Danish; Turkish,
            # Indonesian
            ("января", "январь", "січня", "stycznia", "styczeń", "ledna", "januari",
             "januar", "ocak"),
            ("февраля", "февраль", "лютого", "lutego", "luty", "února", "unora",
             "februari", "februar", "şubat", "subat"),
            ("марта", "март", "березня", "marca", "marzec", "března", "brezna", "mars",
             "mart", "maret"),
            ("апреля", "апрель", "квітня", "kwietnia", "kwiecień", "dubna", "april",
             "nisan"),
            ("мая", "май", "травня", "maja", "maj", "května", "kvetna", "mai", "mayıs",
             "mayis", "mei"),
            ("июня", "июнь", "червня", "czerwca", "czerwiec", "června", "cervna", "juni",
             "haziran"),
            ("июля", "июль", "липня", "lipca", "lipiec", "července", "cervence", "juli",
             "temmuz"),
            ("августа", "август", "серпня", "sierpnia", "sierpień", "srpna", "augusti",
             "august", "ağustos", "agustos", "agustus"),
            ("сентября", "сентябрь", "вересня", "września", "wrzesień", "září", "zari",
             "september", "eylül", "eylul"),
            ("октября", "октябрь", "жовтня", "października", "październik", "října",
             "rijna", "oktober", "ekim"),
            ("ноября", "ноябрь", "листопада", "listopada", "listopad", "listopadu",
             "november", "kasım", "kasim"),
            ("декабря", "декабрь", "грудня", "grudnia", "grudzień", "prosince", "december",
             "desember", "aralık", "aralik"),
        ],
        start=1,
    )
    for name in names
} | {
    name: number
    for number, names in enumerate(
        [
            # Greek: the month as a date writes it ("of November") and its own name
            ("ιανουαρίου", "ιανουάριος"), ("φεβρουαρίου", "φεβρουάριος"),
            ("μαρτίου", "μάρτιος"), ("απριλίου", "απρίλιος"), ("μα\u0390ου", "μα\u03caου", "μάιος"),
            ("ιουνίου", "ιούνιος"), ("ιουλίου", "ιούλιος"), ("αυγούστου", "αύγουστος"),
            ("σεπτεμβρίου", "σεπτέμβριος"), ("οκτωβρίου", "οκτώβριος"),
            ("νοεμβρίου", "νοέμβριος"), ("δεκεμβρίου", "δεκέμβριος"),
        ],
        start=1,
    )
    for name in names
}

#: (a tree of the names' shared beginnings: :func:`.patterns.alternation`)
_MONTH = alternation(sorted(_MONTHS, key=len, reverse=True))
#: the months' names in every language above, as a pattern's text (for other modules)
MONTH_NAMES = _MONTH
_ORDINAL = r"(?:st|nd|rd|th|er)?"

#: ``2019年12月28日``, and as Korean writes it, ``2019년 12월 28일`` (the look-ahead: a
#: search that opens with an optional group enters it at every place; every date here
#: opens with a digit, one test)
_CJK_DATE = LazyPattern(
    r"(?=\d)(?:(?P<year>\d{4})\s*[年년]\s*)?(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*"
    r"[日号일]"
)
#: a date in Chinese numerals, as formal Chinese (and Japanese) writes one:
#: ``二〇一二年九月八日``, ``二〇一九年十二月二十八日``
_CJK_NUMERAL = "〇零一二三四五六七八九十"
_CJK_NUMERAL_DATE = re.compile(
    rf"(?P<year>[〇零一二三四五六七八九]{{4}})\s*年\s*(?P<month>[{_CJK_NUMERAL}]{{1,3}})\s*月"
    rf"\s*(?P<day>[{_CJK_NUMERAL}]{{1,3}})\s*[日号]"
)
#: a Japanese era's year: ``令和元年5月18日`` (the era's first year is 元), ``平成31年4月30日``
#: (compared by identity in :func:`_day_of`, so compiled at once)
_ERA_DATE = re.compile(
    r"(?P<era>令和|平成|昭和)\s*(?P<year>元|\d{1,2})\s*年\s*(?P<month>\d{1,2})\s*月\s*"
    r"(?P<day>\d{1,2})\s*日"
)
#: the year before each era's first
_ERA_BEFORE = {"令和": 2018, "平成": 1988, "昭和": 1925}
#: Vietnamese: ``ngày 28 tháng 12 năm 2019``, ``28 tháng 12, 2019``
_VIETNAMESE_DATE = LazyPattern(
    r"(?<!\d)(?P<day>\d{1,2})\s++tháng\s++(?P<month>\d{1,2})\b"
    r"(?:\s*+,?\s*+(?:năm\s++)?(?P<year>\d{4})\b)?",
    re.IGNORECASE,
)
#: (``2025-03-11T12:24:42+05:30``: ISO 8601's ``T`` may join the day to its time)
_NUMERIC_DATE = LazyPattern(
    r"\b(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?:\b|(?=T\d{1,2}:))")
#: ``6/25(水)``, ``3/12（周六）``: month and day without a year and the weekday in brackets,
#: as Japanese and Chinese pages write a date; the weekday decides the order and proves
#: the year (:func:`_paired_day`)
_PAIR_WEEKDAY = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})\s*+[（(]\s*+"
    r"(?P<weekday>[月火水木金土日]|(?:周|星期)[一二三四五六日天])\s*+[)）]"
)
_KANJI_WEEKDAYS = "月火水木金土日"
#: the year a reader passes to ask only whether a line writes a date at all, whatever
#: its year (a leap year: ``2月29日`` is a date)
ANY_YEAR = 2000
#: the letters a month name starts with: a look-ahead on them lets a search skip every
#: other word at once instead of trying each of the 45 month names there
_MONTH_INITIALS = "".join(sorted({name[0] for name in _MONTHS}))
#: ``February 20th, 2030``; a range of days (``December 28-30, 2022``) is read from its
#: first day
_MONTH_FIRST = LazyPattern(
    rf"\b(?=[{_MONTH_INITIALS}])(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}\b"
    rf"(?:\s*+[-–]\s*+\d{{1,2}}{_ORDINAL}\b)?(?:,?\s*(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)
#: ``11th of February 2030``, ``25. März 2020``, ``25 de marzo de 2020``; a range of days
#: (``28-30 December``, ``28.-30. Dezember``) is read from its first day - a number
#: after ``#`` or ``№`` is a meeting's, no first day (``Meetup #13 - 18 Jul 2015``)
_DAY_FIRST = re.compile(
    rf"\b(?=\d)(?:(?<![#№])(?P<first>\d{{1,2}})(?:{_ORDINAL}|\.)\s*+[-–]\s*+)?"
    rf"(?P<day>\d{{1,2}})(?:{_ORDINAL}|\.)(?:\s+(?:of|de))?\s+(?P<month>{_MONTH})\b\.?"
    rf"(?:,?\s*(?:de\s+|del\s+)?(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)
# Patterns on author text stay linear: whitespace is matched only where something that
# is not whitespace must follow, and possessively (``\s*+``), so a run of spaces is never
# split between two quantifiers and a match never starts inside one (``Hello`` + 10,000
# spaces + ``x`` took 20 s when the clock's ``\s*`` met the range's).
_CLOCK = (
    r"(?:(?P<{0}cn>上午|早上|中午|下午|晚上|傍晚)\s*+)?"
    r"(?P<{0}h>[01]?\d|2[0-3])(?:[:：.h](?P<{0}m>[0-5]\d))?(?:\s*+(?P<{0}ap>[ap]\.?m\.?))?"
)
#: where a clock may start: not inside a number - unless a Chinese word for the part of
#: the day opens it (``10.30下午1:30``: a day, then the afternoon's hours). (First, the
#: characters a clock opens with, a digit or a part of the day's: one class tested at
#: each place of a searched text, where the two alternatives were entered)
_CLOCK_START = r"(?=[\d上早中下晚傍])(?:(?<![\d:])|(?=上午|早上|中午|下午|晚上|傍晚))"
_TIME_RANGE = LazyPattern(
    _CLOCK_START + _CLOCK.format("s") + r"\s*+(?:[-–—~～〜至到]|to|until)\s*+"
    + _CLOCK.format("e") + r"(?![\d])",
    re.IGNORECASE,
)
_SINGLE_TIME = LazyPattern(
    _CLOCK_START + r"(?:(?P<scn>上午|早上|中午|下午|晚上|傍晚)\s*+)?(?P<sh>[01]?\d|2[0-3])"
    r"(?:[:：](?P<sm>[0-5]\d)(?:\s*+(?P<sap>[ap]\.?m\.?))?|\s*+(?P<sap2>[ap]\.?m\.?))"
    r"(?![\d\w])",
    re.IGNORECASE,
)
#: a time zone's abbreviation after a clock (``UTC``, ``CET``, ``GMT+1``, ``WAT/CET``)
ZONE = (
    r"(?-i:(?:UTC|GMT|CES?T|EES?T|WES?T|BST|IST|MSK|MES?Z|WAT|CAT|EAT|SAST|[PMCE][SD]T|AKST|HST|"
    r"AE[SD]T|ACST|AWST|NZ[SD]T|JST|KST|HKT|SGT|ICT|WIB|PHT)"
    r"(?:\s*+[+-]\s*+\d{1,2}(?::\d\d)?)?(?:/[A-Z]{2,5})*)"
)
#: what a line that is only a date may hold besides its day, times and weekday names: a
#: zone (``UTC+8``; capitals with an offset are one, ``UDT+8`` mistyped too) and the
#: weekday's short name (``2016/09/20(Tue)``, ``2024年3月5日(火)``)
_DATE_LINE_EXTRAS = LazyPattern(
    rf"(?<!\w)(?:{ZONE}|(?-i:[A-Z]{{2,4}})\s*+[+-]\s*+\d{{1,2}}(?::\d\d)?"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)(?!\w)"
    # a Japanese weekday in brackets: ``2024年3月5日(火)``, ``（火曜日）``
    r"|[(（][月火水木金土日](?:曜日?)?[)）]"
    # and a Korean one: ``2024년 3월 5일 (화)``, ``(화요일)``
    r"|[(（][월화수목금토일](?:요일)?[)）]"
    # the words for "year" and "day" around a date: ``18 августа 2019 года`` / ``г.``,
    # ``18 sierpnia 2019 r.`` / ``roku``, ``ngày 18 tháng 8 năm 2019``
    r"|(?<!\w)(?:года|г\.|roku|r\.|ngày|năm)(?!\w)",
    re.IGNORECASE,
)
#: a word before a date that says the event is on that day: "on June 30th", "于 6 月 30 日"
#: (and ``公元``, "in the year of our era", opening a formal dateline),
#: and the same word in the other languages whose months the reader knows: Portuguese
#: ``no dia 27 de outubro`` / ``em``, Spanish ``el (día) 27 de octubre``, Italian ``il``,
#: Dutch ``op``
_PROSE_MARK = LazyPattern(
    r"(?:\bon|\ble|\bam|于|在|公元|今年|\bd[ií]a|\bem|\bel|\bil|\bop)\s*$", re.IGNORECASE)
#: weekday names of the languages whose months the reader knows, Monday first: German,
#: Dutch; Spanish, Portuguese (``terça-feira``, also without ``-feira``), Italian; Galician
_EUROPEAN_WEEKDAYS = (
    # (Portuguese writes the weekday short too: ``Terça, 24 de outubro de 2023``)
    ("montag", "maandag", "lunes", "segunda-feira", "segunda", "lunedì", "lunedi", "luns"),
    ("dienstag", "dinsdag", "martes", "terça-feira", "terca-feira", "terça", "terca",
     "martedì", "martedi"),
    ("mittwoch", "woensdag", "miércoles", "miercoles", "quarta-feira", "quarta", "mercoledì",
     "mercoledi", "mércores", "mercores"),
    ("donnerstag", "donderdag", "jueves", "quinta-feira", "quinta", "giovedì", "giovedi",
     "xoves"),
    ("freitag", "vrijdag", "viernes", "sexta-feira", "sexta", "venerdì", "venerdi", "venres"),
    ("samstag", "sonnabend", "zaterdag", "sábado", "sabado", "sabato"),
    ("sonntag", "zondag", "domingo", "domenica"),
)
#: and of the further languages whose months it knows: Russian (also "on Saturday",
#: ``в субботу``), Ukrainian, Polish, Czech, Swedish, Norwegian and Danish, Turkish
_MORE_WEEKDAYS = (
    ("понедельник", "понеділок", "poniedziałek", "pondělí", "måndag", "mandag",
     "pazartesi"),
    ("вторник", "вівторок", "wtorek", "úterý", "tisdag", "tirsdag", "salı"),
    ("среда", "среду", "середа", "środa", "środę", "středa", "onsdag", "çarşamba"),
    ("четверг", "четвер", "czwartek", "čtvrtek", "torsdag", "perşembe"),
    ("пятница", "пятницу", "пʼятниця", "piątek", "pátek", "fredag"),
    ("суббота", "субботу", "субота", "sobota", "sobotę", "lördag", "lørdag", "cumartesi"),
    ("воскресенье", "неділя", "niedziela", "niedzielę", "neděle", "söndag", "søndag"),
)
_EUROPEAN_WEEKDAYS = tuple(
    (*names, *more) for names, more in zip(_EUROPEAN_WEEKDAYS, _MORE_WEEKDAYS, strict=True)
)
_EUROPEAN_WEEKDAY_NAMES = sorted(
    (name for names in _EUROPEAN_WEEKDAYS for name in names), key=len, reverse=True)
#: (a tree of their shared beginnings, as the months': matched case-insensitively, a flat
#: list of some 90 names is entered name by name wherever a weekday may start)
_EUROPEAN_WEEKDAY = alternation(_EUROPEAN_WEEKDAY_NAMES)
_WEEKDAY_WRITTEN = (
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|"
    rf"samedi|dimanche|{_EUROPEAN_WEEKDAY})\b|(?:星期|周|礼拜)[一二三四五六日天]"
    r"|[월화수목금토일]요일"
    # Japanese: ``水曜日``, and bracketed after a date, ``6/25(水)``, ``6月25日（水曜）``
    r"|[月火水木金土日]曜日?|[（(][月火水木金土日][)）]"
)
#: the first letters of the words above: a look-ahead on them lets a search (and the
#: removal of weekdays from a date line) skip every other position at once
_WEEKDAY_INITIALS = "".join(sorted({word[0] for word in (
    "mon|tues|wednes|thurs|fri|satur|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    f"dimanche|{'|'.join(_EUROPEAN_WEEKDAY_NAMES)}|星期|周|礼拜|월|화|수|목|금|토|일|月|火|水|木|金|土|日|（|("
).split("|")}))
_WEEKDAY = LazyPattern(rf"(?=[{_WEEKDAY_INITIALS}])(?:{_WEEKDAY_WRITTEN})", re.IGNORECASE)
#: ``27/08/2021`` or ``08/27/2021``: read only where the order cannot be mistaken (one of
#: the two numbers is over 12, or both are the same), never guessed; with dots, a space
#: may follow each (``14. 3. 2024``, as Czech and Slovak write it: day first)
_SLASHED_DATE = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})(?:/|\. ?)(?P<b>\d{1,2})(?:/|\. ?)(?P<year>\d{4})\b")
#: ``12-03-2024``: day, month and year with dashes - day first, as the languages that
#: write dates so do (Dutch ``dd-mm-jjjj``, Danish, Indian English); the year is this
#: or the last century's, so a phone number's groups are no date
_DASHED_DATE = re.compile(
    r"(?<![A-Za-z\d/.\-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<year>(?:19|20)\d\d)"
    r"(?![A-Za-z\d\-])"
)
#: ``Le 03.03.20 à …``: day, month and a two-digit year, with dots - read only as a
#: sentence's date (after ``on``/``le``/``am``, or opening it), where a version number
#: (``3.10.12``) is not written
_DOTTED_SHORT = re.compile(
    r"(?<![\w/.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>\d{2})(?!\d|\.\d)"
)
#: ``2011年09年17日``: the month's 月 typed as a second 年 - with a four-digit year first
#: and a day after, no other reading is left
_CJK_SLIP = LazyPattern(
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*年\s*(?P<day>\d{1,2})\s*[日号]"
)
#: a letter of the Latin, Cyrillic or Greek alphabet: every month's name holds one that no
#: other character matches case-insensitively (only ı, İ, ſ and K stand for an ASCII
#: letter there, and no name is made of i, s and k alone)
_LATIN_LETTER = LazyPattern("[A-Za-zА-яЁёІіЇїЄєΑ-Ωα-ωΆ-ώ]")
#: each pattern with what a line cannot hold a match of it without: characters one of
#: which it must hold (or ``""``), then a search (or None) and the shape the month names'
#: patterns need (:func:`_month_gates`, or None), each asked when the tests before it
#: pass. Most lines have a digit somewhere but no date, and a search that starts with a
#: character or a class (which skips ahead in C) is far cheaper than a date pattern's,
#: which tries every position of the line in turn. A month name is followed by a space
#: and the day (``June 30``); a day by at most its ordinal or a dot, then a space
#: (``30th of June``, ``30. Juni``)
_DATE_PATTERNS = (
    (_ERA_DATE, "令平昭", None, None),
    (_CJK_DATE, "月월", None, None),
    (_VIETNAMESE_DATE, "áÁ", LazyPattern("tháng", re.IGNORECASE), None),
    (_NUMERIC_DATE, "-/.", LazyPattern(r"\d\d\d\d[-/.]"), None),
    (_MONTH_FIRST, "", LazyPattern(r"\s\d"), "month first"),
    (_DAY_FIRST, "", LazyPattern(r"\d\S{0,2}\s"), "day first"),
    (_SLASHED_DATE, "/.", LazyPattern(r"\d(?:/|\. ?)\d\d?(?:/|\. ?)\d"), None),
    (_DASHED_DATE, "-", LazyPattern(r"\d-\d\d?-[12]\d"), None),
    (_CJK_SLIP, "年", LazyPattern(r"年\s*+\d{1,2}\s*+年"), None),
    (_CJK_NUMERAL_DATE, "年", LazyPattern("[〇零一二三四五六七八九]年"), None),
    (_PAIR_WEEKDAY, "/", LazyPattern(r"\d/\d\d?\s*+[（(]"), None),
)
#: every gate's characters: which of them a text holds is asked once (a substring test in
#: C each), and a gate none of whose characters the text holds is passed without a search
_GATE_CHARS = "".join(dict.fromkeys("".join(chars for _, chars, _, _ in _DATE_PATTERNS)))
#: a word character neither ASCII nor of a script without letter case (CJK ideographs,
#: kana, Hangul): ``é``, ``ſ``, the Kelvin sign, Cyrillic and Greek letters. A text
#: without one writes a month name, if any, in ASCII letters (the engine matches a
#: month's letters to letters alone, and an ideograph only to itself)
_CASED_LETTER = LazyPattern(r"[^\W\x00-\x7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@functools.cache
def _month_gates() -> dict[str, re.Pattern[str]]:
    """The two month-name dates' shapes, searched case-sensitively in the lower case of a
    text without :data:`_CASED_LETTER`: a month name's ASCII spellings (each of its
    letters as every ASCII letter the engine matches it to case-insensitively: ``aralık``
    is ``aralik``, ``ARALIK`` too), then a dot, spaces and a digit (``June 30``), or a
    day, its ordinal or dot, ``of`` or ``de``, spaces and the name (``30th of June``).
    Most lines with a digit after a word name no month: the costly patterns, which try
    every position of the line, are then not asked. Made at their first use (a few ms).

    (Each ASCII letter is the pattern and each letter of the names the text: the engine
    matches case-insensitively both ways alike - a test compares - and 26 patterns of
    one ASCII letter compile in a fraction of the 27 ms of one per letter of the names.)
    """
    letters = [(letter, re.compile(letter, re.IGNORECASE).fullmatch)
               for letter in "abcdefghijklmnopqrstuvwxyz"]
    spellings: set[str] = set()
    for name in _MONTHS:
        each = [[letter for letter, matches in letters if matches(char)] for char in name]
        spellings.update("".join(spelling) for spelling in itertools.product(*each))
    names = alternation(sorted(spellings, key=len, reverse=True))
    return {
        "month first": re.compile(rf"(?:{names})\.?\s+\d"),
        "day first": re.compile(rf"\d(?:st|nd|rd|th|er|\.)?(?:\s+(?:of|de))?\s+(?:{names})"
                                r"(?![a-z])"),
    }


#: the separators of numeric dates, and one right after a digit (which every pattern
#: they gate holds: ``2019-``, ``6/``, ``27.``)
_SEPARATORS = frozenset("-/.")
_DIGIT_SEPARATOR = LazyPattern(r"\d[-/.]")


def _gated(text: str) -> tuple[re.Pattern[str], ...]:
    """The date patterns whose cheap tests ``text`` passes (:data:`_DATE_PATTERNS`), in
    their order: the only ones worth running over it. A gate is the characters its
    pattern cannot match without, one of which the text must hold (``月``, a dash, the
    ``á`` of ``tháng``: no other character matches those, case-insensitively either),
    then, where the characters are not the whole test, a search (a day after its month,
    four digits and a separator). Asked by :func:`_date_matches` alone, which keeps its
    answers for the read (a memo here was never hit)."""
    held = {char for char in _GATE_CHARS if char in text}
    if not held.isdisjoint("-/.") and _DIGIT_SEPARATOR.search(text) is None:
        # (a sentence's full stop, a dash between words: each pattern gated by these
        # needs a digit right before one - four searches spared by one)
        held -= _SEPARATORS
    lowered: str | None = None  # (made once, for both month patterns)
    gated = []
    for pattern, chars, needs, month in _DATE_PATTERNS:
        if (chars and held.isdisjoint(chars)) or (needs is not None and not needs.search(text)):
            continue
        if month is not None:
            if lowered is None:
                # (a text with a letter of another cased script is asked, as before, only
                # whether it holds a letter a month name may be written with)
                # (an ASCII text holds none of those: not scanned for)
                lowered = ("" if not text.isascii() and _CASED_LETTER.search(text)
                           else text.lower())
            if not (_LATIN_LETTER.search(text) if lowered == "" else
                    _month_gates()[month].search(lowered)):
                continue
        gated.append(pattern)
    return tuple(gated)


_PM_WORDS = ("下午", "晚上", "傍晚")
#: (or a year in Chinese numerals, ``二〇一二年``, ``一九九九年``)
_HAS_DIGIT = LazyPattern(r"[\d〇零年]")
#: (an ASCII text - ``isascii`` reads a flag - asked for the ten digits alone: a range
#: the engine tests in a step, where ``\d`` looks each character up in Unicode's table;
#: 1,757 texts a pass)
_ASCII_DIGIT = LazyPattern(r"[0-9]")


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds what :data:`_HAS_DIGIT` finds."""
    return (_ASCII_DIGIT if text.isascii() else _HAS_DIGIT).search(text) is not None


def find_date(text: str, default_year: int | None) -> dt.date | None:
    """The first calendar day ``text`` names: ``2019年12月28日``, ``2019-12-28``,
    ``February 20th, 2030``, ``on June 30th`` (year from ``default_year``)."""
    found = _first_date(text, default_year)
    return found[1] if found else None


#: what may stand before the day a text opens with: a weekday and its comma
_BEFORE_DAY = LazyPattern(r"^[\W_]*+(?:[^\W\d_]{2,12}\.?,?\s++)?$")


def opens_with_day(text: str) -> bool:
    """Whether ``text`` opens with a calendar day (``April 15, 5-6 pm``, ``Wednesday,
    February 12, 2020``, ``2019-04-15``), perhaps after a weekday."""
    found = _first_date(text, 2000)
    return found is not None and _BEFORE_DAY.match(text[: found[0].start()]) is not None


@per_read  # (a heading is asked for its day by the section reader and the day marks)
def _first_date(text: str, default_year: int | None) -> tuple[re.Match[str], dt.date] | None:
    if not _has_digit(text):
        return None
    return _earliest(_date_matches(text), default_year)


@per_read
def _date_matches(text: str) -> tuple[tuple[re.Match[str], ...], ...]:
    """Each gated date pattern's matches in ``text``, in :data:`_DATE_PATTERNS`' order.
    Kept for the read: a text is asked for its day in several years (the page's, the
    one before and after it, any year) and as a line, a statement and prose - the
    matches are the same whatever the year, only the days they make differ."""
    return tuple(tuple(pattern.finditer(text)) for pattern in _gated(text))


def _earliest(
    matches: Iterable[Iterable[re.Match[str]]], default_year: int | None
) -> tuple[re.Match[str], dt.date] | None:
    """Each pattern's first match that is a real day; the earliest of those."""
    best: tuple[re.Match[str], dt.date] | None = None
    for found in matches:
        for match in found:
            day = _day_of(match, default_year)
            if day is None:
                continue
            if best is None or match.start() < best[0].start():
                best = (match, day)
            break
    return best


_DIGIT_OF = {char: number for number, char in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _numeral(text: str) -> int | None:
    """``八`` 8, ``十二`` 12, ``二十八`` 28, ``二〇一二`` 2012 (digit by digit)."""
    if "十" not in text:
        return int("".join(str(_DIGIT_OF[char]) for char in text))
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_DIGIT_OF[tens] if tens else 1) * 10 + (_DIGIT_OF[ones] if ones else 0)


def _day_of(match: re.Match[str], default_year: int | None) -> dt.date | None:
    if match.re is _CJK_NUMERAL_DATE:
        parts = [_numeral(match[part]) for part in ("year", "month", "day")]
        if None in parts:
            return None
        return valid_day(*parts)  # type: ignore[arg-type]
    if match.re is _PAIR_WEEKDAY:
        return _paired_day(match, default_year)
    if match.re is _ERA_DATE:
        year = _ERA_BEFORE[match["era"]] + (1 if match["year"] == "元" else int(match["year"]))
        return valid_day(year, int(match["month"]), int(match["day"]))
    if match.re is _DASHED_DATE:
        return _slashed_day(int(match["a"]), int(match["b"]), int(match["year"]), dotted=True)
    if match.re is _DOTTED_SHORT:
        return _slashed_day(int(match["a"]), int(match["b"]), 2000 + int(match["year"]),
                            dotted=True)
    if match.re is _SLASHED_DATE:
        dotted = match.group()[len(match["a"])] == "."
        first, second, year = int(match["a"]), int(match["b"]), int(match["year"])
        day = _slashed_day(first, second, year, dotted=dotted)
        if day is None and not dotted and (weekday := stated_weekday(
                match.string[max(0, match.start() - _WEEKDAY_BEFORE) : match.start()])) is not None:
            # ``Friday, 09/11/2020``: of the two orders, the day that is a Friday
            day = _on_weekday(year, first, second, weekday)
        return day
    month = match["month"]
    # case-folded: the pattern matches case-insensitively, so ``ſep`` (long s) is a
    # match too, and lower() keeps its ſ (a KeyError that stopped the build)
    # (and Greek's ΐ folds to three characters where the name writes one: lower() then)
    month_number = int(month) if month.isdigit() else (
        _MONTHS.get(month.casefold()) or _MONTHS.get(month.lower()))
    if month_number is None:
        return None
    year = int(match["year"]) if match["year"] else default_year
    if year is None:
        return None
    day = (match.re is _DAY_FIRST and match["first"]) or match["day"]
    return valid_day(year, month_number, int(day))


#: how far before an ambiguous ``09/11/2020`` its weekday may be written (``Friday, ``)
_WEEKDAY_BEFORE = 14


def _paired_day(match: re.Match[str], year: int | None) -> dt.date | None:
    """The day of ``6/25(水)`` in ``year``: of month/day and day/month, the one date that
    falls on the weekday written; none when both do or neither does (no guess)."""
    if year is None:
        return None
    first, second = int(match["a"]), int(match["b"])
    if year == ANY_YEAR:  # is it a date? (which year proves the weekday, the caller's)
        return valid_day(year, first, second) or valid_day(year, second, first)
    written = match["weekday"]
    weekday = (_KANJI_WEEKDAYS.index(written) if len(written) == 1
               else stated_weekday(written))
    return _on_weekday(year, first, second, weekday)


def _on_weekday(year: int, first: int, second: int, weekday: int | None) -> dt.date | None:
    """Of ``first``/``second`` read as month/day and as day/month in ``year``, the one
    date that falls on ``weekday``; none when both do or neither does (no guess)."""
    fits = {found for month, day in ((first, second), (second, first))
            if (found := valid_day(year, month, day)) is not None
            and found.weekday() == weekday}
    return fits.pop() if len(fits) == 1 else None


#: the years of the Solar Hijri calendar a page may date a meetup in (1300 = 1921 CE):
#: no Gregorian meetup page is dated then
_HIJRI_YEARS = range(1300, 1500)
#: 1 Farvardin 1394 was 21 March 2015: the days from it count every other date
_FARVARDIN_1394 = dt.date(2015, 3, 21)
#: the years of each 33-year cycle that have 366 days (the arithmetic rule Iran's
#: calendar follows in these centuries)
_LEAP_IN_CYCLE = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
#: letters Persian writes and Arabic does not (پ چ ژ گ, Persian kaf and yeh): the Arabic
#: Hijri calendar counts lunar years of the same numbers
_PERSIAN_LETTERS = LazyPattern("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")


def hijri_years(year: int) -> bool:
    """Whether ``year`` can only be a Solar Hijri year on a meetup page."""
    return year in _HIJRI_YEARS


def is_persian(text: str) -> bool:
    """Whether ``text`` is written in Persian (two of its letters at least)."""
    return len(_PERSIAN_LETTERS.findall(text, 0, 4000)) >= 2


def from_solar_hijri(value: When) -> When:
    """The Gregorian day (and the same clock time) of a Solar Hijri ``value``; the value
    itself when it names no day of that calendar."""
    year, month, day = value.year, value.month, value.day
    if not (1 <= day <= (31 if month <= 6 else 30)):
        return value
    days = sum(366 if (y % 33) in _LEAP_IN_CYCLE else 365 for y in range(1394, year))
    days -= sum(366 if (y % 33) in _LEAP_IN_CYCLE else 365 for y in range(year, 1394))
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    gregorian = _FARVARDIN_1394 + dt.timedelta(days=days + day - 1)
    if isinstance(value, dt.datetime):
        return dt.datetime.combine(gregorian, value.timetz())
    return gregorian


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, when the calendar has it (not 31 June, not month 13)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: a Jekyll post's file name, ``2019-08-24-gdg-meetup.md``: the day, then ``-`` and a
#: slug, then an extension (Jekyll's own pattern, with a four-digit year)
_POST_NAME = LazyPattern(
    r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})-[^./\\][^/\\]*\.\w+$"
)


def post_name_day(name: str) -> dt.date | None:
    """The day a Jekyll post's file name gives (``2019-08-24-slug.md``), which Jekyll
    takes for the post's date when its front matter has none; ``None`` for any other
    name (``2019-08-24.md`` and ``20190824-slug.md`` are :func:`day_name_day`'s,
    ``2019-08-24_slug.md`` gives no day)."""
    return _named_day(_POST_NAME, name)


def _named_day(pattern: re.Pattern[str], name: str) -> dt.date | None:
    """The day a file name matching ``pattern`` holds in its year, month and day."""
    match = pattern.match(name)
    if match is None:
        return None
    return valid_day(int(match["year"]), int(match["month"]), int(match["day"]))


#: a page named by nothing but a day, ``2018-09-06.md``
_DAY_NAME = LazyPattern(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\.\w+$")
#: a page whose name holds the day as one run of digits between separators,
#: ``meetup-122-20200318.md``, ``20200707-live.md``
_DIGITS_DAY_NAME = LazyPattern(
    r"^(?:.*[-_])?(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)"
    r"(?:[-_.][^/\\]*)?\.\w+$"
)


def day_name_day(name: str) -> dt.date | None:
    """The day a file named by its day gives (``2018-09-06.md``, ``meetup-122-20200318.md``):
    a site that names its event pages so names them after the event's day - on the six
    development sites that do, every page whose front matter also has a date (18 pages)
    has that very day."""
    return _named_day(_DAY_NAME, name) or _named_day(_DIGITS_DAY_NAME, name)


#: ``190824`` / ``20190824``: a day as one run of digits, year first
_COMPACT_DAY = LazyPattern(
    r"(?<![\d.:/-])(?P<year>(?:19|20)?\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?![\d.:/-])"
)
#: how far from the page's own date a compact day may be: the digits alone could be
#: another order (``190824`` as 19 August 2024), the page's date says which is meant
_COMPACT_SLACK_DAYS = 92


def compact_day(text: str, near: dt.date) -> dt.date | None:
    """The day a run of digits (``时间: 190824 1313~1642``) gives, read year first
    (``YYMMDD`` or ``YYYYMMDD``) and taken only within three months of ``near``, the
    page's date: the only reading left once the page's date has ruled the others out."""
    for match in _COMPACT_DAY.finditer(text):
        year = int(match["year"])
        year += 0 if year >= 100 else near.year // 100 * 100
        day = valid_day(year, int(match["month"]), int(match["day"]))
        if day is not None and abs((day - near).days) <= _COMPACT_SLACK_DAYS:
            return day
    return None


def _slashed_day(first: int, second: int, year: int, *, dotted: bool = False) -> dt.date | None:
    """Day and month of ``first/second/year`` when only one order is a date - or, written
    with dots (``05.03.2024``), day first: the order of every language that writes dates
    with dots (German, Polish, Russian, Scandinavian...); the month-first order is
    written with slashes."""
    if first > 12 >= second or (dotted and second <= 12):
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    elif first == second:
        day = month = first
    else:
        return None  # 08/09/2021: August 9 or 8 September - the page does not say
    return valid_day(year, month, day)


def prose_date(text: str, default_year: int | None) -> dt.date | None:
    """The day a sentence says the event is on: ``Join us on 11th of february``.

    Only a date introduced by "on"/"le"/"于" counts, or one that opens the sentence
    (``6 月 27 日周四晚 7 点，将邀请…``, a dateline), so that a date an abstract merely
    mentions is not taken for the day of the event.
    """
    if not _has_digit(text):
        return None
    short = (tuple(_DOTTED_SHORT.finditer(text)),) if "." in text and _DOTTED_SHORT.search(
        text) else ()
    for matches in (*_date_matches(text), *short):
        for match in matches:
            prefix = text[max(0, match.start() - 6) : match.start()]
            opens = match.start() == 0
            if not (opens or _PROSE_MARK.search(prefix)):
                # ``on Thursday 16 June``: the weekday between (whether it fits the day
                # is for the caller, who knows the year)
                wide = text[max(0, match.start() - 24) : match.start()]
                if not _PROSE_WEEKDAY_MARK.search(wide):
                    continue
            if _DEADLINE.search(text, max(0, match.start() - 60), match.start()):
                continue  # ``Registration ends on February 2nd``: a deadline, not the day
            if day := _day_of(match, default_year):
                return day
    return None


#: words of a deadline before a date in its sentence: the day sign-up or a call for
#: talks closes is not the event's (``Registration ends on``, ``Anmeldeschluss am``,
#: ``inscriptions jusqu'au``, ``报名截止``)
_DEADLINE = LazyPattern(
    r"(?:registration|deadline|sign[- ]?ups?|submissions?|\bcfp\b|call for (?:papers|talks|"
    r"speakers)|(?:ends|closes|closing)\b|anmeld|inschrijving|aanmeld|inscri(?:ption|pciones|"
    r"ções)|截止|报名|締切|申込)[^.!?。！？\n]*$",
    re.IGNORECASE,
)


#: "on" / "le" / "am" then a weekday right before a date: ``on Thursday 16 June``,
#: ``am Donnerstag, 16. Juni``, ``am Freitag, den 14. Februar``
_PROSE_WEEKDAY_MARK = LazyPattern(
    # (and the article or preposition other languages write there: ``El viernes 27 de
    # julio``, ``na sexta-feira, 27``, Galician ``o martes 25 de abril``, ``il venerdì``,
    # ``op vrijdag``; or none, opening)
    r"(?:^|\bon|\ble|\bam|\bel|\bil|\bna|\bno|\bo|\bop|\bthis|\beste|\besta|\bce|\bdiesen|"
    r"\bdeze|\bquesto)\s*+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|"
    # (German writes ``den`` between the weekday and its day: ``am Freitag, den 14.``)
    rf"mercredi|jeudi|vendredi|samedi|dimanche|{_EUROPEAN_WEEKDAY}),?\s*+(?:(?:the|den)\s+)?$",
    re.IGNORECASE,
)


#: words that say the event happens on the date right after them: "will be on",
#: "will take place", "is held on", "aura lieu le", "将于", "定于", a ``时间`` label
#: written without its colon - then at most "the", a weekday, "the". (The look-ahead on
#: the words' first letters: the engine tests one class at each place of the text,
#: where it entered some 25 alternatives - 80 k instructions a 20-character text; a
#: property test compares it with the words alone)
_STATED_INITIALS = "wtiasfjmeovh将定时已"
_STATED_MARK = LazyPattern(
    rf"(?=[{_STATED_INITIALS}])"
    r"(?:\bwill\s+be(?:\s+held)?(?:\s+on)?|\b(?:will\s+)?take(?:s)?\s+place(?:\s+on)?"
    r"|\b(?:is|are)\s+(?:held\s+|happening\s+)?on|\baura\s+lieu(?:\s+le)?|\bse\s+tiendra"
    r"(?:\s+le)?|将于|定于|将在|(?<!截止)(?<!报名)时间\s*(?:是|为)?"
    # a recap saying when it was: 已于, "was held on", "took place on", "a eu lieu le"
    r"|已于|已在|\bwas\s+held(?:\s+on)?|\btook\s+place(?:\s+on)?|\ba\s+eu\s+lieu(?:\s+le)?"
    # a recap's participle: "the fourth meetup, held on 22nd March"
    r"|\bheld\s+on"
    # German, Spanish, Italian, Portuguese: "takes / took place on"
    r"|\bfindet\s+am|\bfand\s+am|\bse\s+(?:llevará|llevó)\s+a\s+cabo\s+el"
    r"|\bse\s+realizar(?:á|a)\s+el|\bsi\s+(?:terrà|svolgerà)(?:\s+il)?"
    r"|\b(?:acontecerá|aconteceu|será\s+realizado)\s+(?:em|no\s+dia)"
    # Polish, Dutch: "will take / took place (on)"
    r"|\bodb(?:ędzie|ędą|yło|yła|ył)\s+się(?:\s+w)?|\b(?:vindt|vond)\s+plaats\s+op"
    # "join us (for the meetup) on", "the meetup on": the event named, then its day
    r"|\bjoin\s+us\s+on|\b(?:meetup|meet-up|event|meeting)\s+on"
    # "is scheduled / planned for"
    r"|\bis\s+(?:scheduled|planned)\s+for)"
    r"\s*+(?:the\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s*+|(?:lundi|mardi|mercredi|jeudi|"
    rf"vendredi|samedi|dimanche|{_EUROPEAN_WEEKDAY}),?\s+"
    r"|(?:上|本|这)?(?:周|星期)[一二三四五六日天]\s*+[（(]?)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: the words a stated date needs before it, cheap to look for first
#: (the look-ahead on the words' first characters passes every other position at once,
#: instead of entering each word there case-insensitively)
_STATED_HINT = LazyPattern(r"(?=[aefhijmorstvw将定时已])(?:will|take|took|\bis\b|\bare\b|\bwas\b|"
                          r"\bheld\b|"
                          r"aura|tiendra|\beu\b|将于|定于|将在|时间|已于|已在|\bf[ai]nd|\bse\s|"
                          r"\bsi\s|acontec|realizado|join|meet|event|odb|vindt|vond)",
                          re.IGNORECASE)
#: emphasis marks and a link's opening bracket, which may stand between the words and
#: the date (``on the [28th of January](…)``)
_EMPHASIS = LazyPattern(run_of(r"[*_\[`]"))
#: a sentence about another event than the page's: "the next meeting will be on…",
#: ``下期…将于…`` (recaps and newsletters end with the next date); ``following`` only
#: before a gathering's word - "we had the following speakers:" opens a list
_ANOTHER = LazyPattern(
    r"\b(?:next|upcoming|prochaine?|nächste[nrs]?|próxim[ao])\b|\bfollowing\s+(?:\w+\s+)?"
    r"(?:meetups?|meet-ups?|events?|meetings?|sessions?|editions?|months?|weeks?|gatherings?)"
    r"\b|下次|下一|下期|下回|下个|次回|다음\s*모임",
    re.IGNORECASE,
)
_SENTENCE_START = LazyPattern(r".*(?:[.!?。！？](?!\d)|\n\s*\n)", re.DOTALL)


def mentions_next(text: str) -> bool:
    """Whether ``text`` speaks of the next event ("our next meetup", ``下期``)."""
    return bool(_ANOTHER.search(_EMPHASIS.sub("", text)))


def names_next(text: str) -> bool:
    """Whether the sentence in ``text`` that states a day (:func:`stated`) is about the
    next event ("the next meetup will take place on…", ``下期沙龙将于…``): on an
    announcement's opening lines that is the page's own, at the end of a recap another."""
    plain = _EMPHASIS.sub("", text)
    found = _stated_match(plain, ANY_YEAR)
    if found is None:
        return False
    before = plain[max(0, found[0].start() - 160) : found[0].start()]
    start = _SENTENCE_START.match(before)
    return bool(_ANOTHER.search(before[start.end() :] if start else before))


def stated_date(text: str, default_year: int | None) -> dt.date | None:
    """The day a sentence states the event is on: ``will be on *Monday* the 8th of
    October``, ``will take place Jan 29-30, 2021``, ``将于**2011年7月24日**``,
    ``活动时间 2012.01.08`` - a date right after words saying the event happens then
    (emphasis marks aside), not merely one the text mentions."""
    found = stated(text, default_year)
    return found[0] if found else None


#: where a sentence ends: what follows a stated date up to there is about that day
_SENTENCE_END = LazyPattern(r"[.!?。！？](?!\d)|\n\s*\n")


def may_state(text: str) -> bool:
    """Whether ``text`` has what a statement of the event's day needs (a digit and one
    of its words): a cheap test before :func:`date_line` on lines that rarely hold one."""
    return _has_digit(text) and _STATED_HINT.search(text) is not None


def stated(text: str, default_year: int | None) -> tuple[dt.date, str] | None:
    """:func:`stated_date`'s day, and the text from it to the end of its sentence (where
    the hours of that day are: ``on Monday the 11th of March, at 6:30pm to 8:30pm.``)."""
    if not _has_digit(text) or not _STATED_HINT.search(text):
        return None
    plain = _EMPHASIS.sub("", text)
    found = _stated_match(plain, default_year)
    if found is None:
        return None
    match, day = found
    end = _SENTENCE_END.search(plain, match.end())
    return day, plain[match.start() : end.start() if end else len(plain)]


#: ``时间是10.30下午1:30``, ``将于 3/12（周六）14:00``: month and day without a year after a
#: Chinese time word, read only when a clock time follows (else ``10.30`` may be a
#: version or an amount); Chinese pages write the month first
_SHORT_DAY = (
    r"(?P<year>(?!x)x)?(?P<month>1[0-2]|0?[1-9])[./](?P<day>3[01]|[12]\d|0?[1-9])(?![\d./])"
    r"(?=\s*+(?:[（(]?(?:周|星期)[一二三四五六日天][)）]?)?\s*+(?:上午|下午|晚上|早上|中午|傍晚)?"
    r"\s*+\d{1,2}[:：]\d{2})"
)
_CJK_SHORT = LazyPattern(
    r"(?:将于|定于|(?<!截止)(?<!报名)时间\s*(?:是|为|[:：])?)\s*+" + _SHORT_DAY
)
_LEADING_SHORT = LazyPattern(r"^\s*+" + _SHORT_DAY)


#: ``Saturday 24/08``, ``samedi 24.08``, ``周六 8/24``: a weekday and two numbers without
#: a year - day and month in an order the weekday decides
_WEEKDAY_PAIR = LazyPattern(
    # (the look-ahead on the weekdays' first letters, as for :data:`_WEEKDAY`)
    r"(?=[dfjlmstvw星周])"
    r"(?P<weekday>\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche)\b|(?:星期|周)[一二三四五六日天])[,，]?\s*+(?:the\s+)?"
    r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?![\d/.])",
    re.IGNORECASE,
)
#: what a match of :data:`_WEEKDAY_PAIR` holds (``24/08``): searched first - the pattern
#: opens with a look-ahead, so a search tries it at every position of the text
_PAIR_DIGITS = LazyPattern(r"\d[/.]\d")


def weekday_pair_day(text: str, year: int | None) -> dt.date | None:
    """The day of ``Saturday 24/08`` (``周六 8/24``) in ``year``: of the two orders, the
    one date that falls on that weekday; none when both do or neither does (no guess)."""
    if year is None or ("/" not in text and "." not in text) or not _PAIR_DIGITS.search(text):
        return None
    match = _WEEKDAY_PAIR.search(text)
    if match is None:
        return None
    return _on_weekday(year, int(match["a"]), int(match["b"]), stated_weekday(match["weekday"]))


#: ``14.03.`` (the day, a dot, the month, a dot: how German and its neighbours write a
#: day without its year) or ``14/03`` (read only when the first number is no month)
_DAY_MONTH = LazyPattern(
    r"(?<![\d./])(?P<day>3[01]|[12]\d|0?[1-9])(?:\.(?P<month>1[0-2]|0?[1-9])\.(?!\d)"
    r"|/(?P<slashed>1[0-2]|0?[1-9])(?![\d/.]))"
)


def day_month(value: str, year: int | None) -> dt.date | None:
    """The day of a time line's value written day first without a year (``Termin:
    14.03., 19 Uhr``, ``Date: 14/03, 7pm``) in ``year``; ``03/04`` is either order, no
    day."""
    if year is None or not _PAIR_DIGITS.search(value):
        return None
    if (match := _DAY_MONTH.search(value)) is None:
        return None
    day = int(match["day"])
    if match["month"] is not None:
        return valid_day(year, int(match["month"]), day)
    return valid_day(year, int(match["slashed"]), day) if day > _LAST_MONTH else None


_LAST_MONTH = 12


def short_day(value: str, default_year: int | None) -> dt.date | None:
    """The day of a time line's value that opens with month and day and then a clock
    time (``时间：10.30 下午1:30-5:30``; see ``_CJK_SHORT``)."""
    match = _LEADING_SHORT.match(value)
    return _day_of(match, default_year) if match else None


def _stated_match(plain: str, default_year: int | None) -> tuple[re.Match[str], dt.date] | None:
    best: tuple[re.Match[str], dt.date] | None = None
    if "时间" in plain or "于" in plain:
        for match in _CJK_SHORT.finditer(plain):
            if (day := _day_of(match, default_year)) is not None:
                best = (match, day)
                break
    if best is None and ("/" in plain or "." in plain) and _PAIR_DIGITS.search(plain):
        for match in _WEEKDAY_PAIR.finditer(plain):
            prefix = plain[max(0, match.start() - 40) : match.start()]
            if _STATED_MARK.search(prefix):
                if day := weekday_pair_day(match.group(0), default_year):
                    best = (match, day)
                break
    for matches in _date_matches(plain):
        for match in matches:
            if best is not None and match.start() >= best[0].start():
                break
            prefix = plain[max(0, match.start() - 40) : match.start()]
            if _STATED_MARK.search(prefix) and (day := _day_of(match, default_year)):
                best = (match, day)
                break
    return best


_WEEKDAY_NUMBER = {
    **{name: number for number, name in enumerate("一二三四五六")},
    "日": 6, "天": 6,
    **{name: number for number, name in enumerate(
        ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"))},
    **{name: number for number, name in enumerate(
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))},
    **{name: number for number, names in enumerate(_EUROPEAN_WEEKDAYS) for name in names},
    **{f"{name}요일": number for number, name in enumerate("월화수목금토일")},
}


def stated_weekday(text: str) -> int | None:
    """The weekday ``text`` names (Monday is 0): ``周四``, ``星期日``, ``Thursday``."""
    match = _WEEKDAY.search(text)
    if match is None:
        return None
    word = match.group(0).casefold()
    if word[0] in "（(":  # ``(水)`` after a date
        return _KANJI_WEEKDAYS.index(word[1])
    if "曜" in word:  # ``水曜日``
        return _KANJI_WEEKDAYS.index(word[0])
    if word[-1] in _WEEKDAY_NUMBER:
        return _WEEKDAY_NUMBER[word[-1]]
    return _WEEKDAY_NUMBER.get(word.removesuffix("day"))


#: (Spanish and Portuguese ``domingo`` is also a given name: not a heading's first word)
_DAY_NAMES = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes", "miércoles",
    "jueves", "viernes", "sábado", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
    "sabato", "domenica", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
    "sexta-feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
    "zondag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
)
#: (the names a tree, longest first: :data:`_DAY_HEADING` is asked whether it matches,
#: never where, so their order is free)
_DAY_WORDS = (
    alternation(sorted(_DAY_NAMES, key=len, reverse=True)) + "|[月火水木金土日]曜日|星期.|周."
)
#: ``Day 1``, ``第二天``, ``Friday``, ``Wednesday, November 5th, 2025``, ``11月2日 星期六
#: (…)``: a heading that groups an agenda's entries by day
_DAY_HEADING = LazyPattern(
    rf"^\W*(?:(?:day|jour|tag|dag|día|dia)\s*\d+\b|第[一二三四五六七八九十\d]+天|(?:{_DAY_WORDS})\b"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*[(（]?\s*(?:星期.|周.|[月火水木金土日]曜日?)[)）]?)",
    re.IGNORECASE,
)


@per_read  # (asked of the same headings by the recap, section and day-mark readers)
def day_heading(text: str) -> bool:
    """Whether a heading names a day of the event (``Day 2``, ``Friday``, a date alone,
    a place and its date): it groups agenda entries and is no talk of its own."""
    return bool(_DAY_HEADING.search(text)) or (
        len(text) <= 60 and only_date(text, ANY_YEAR) is not None
    ) or place_and_day(text) is not None


#: what parts a place from its day in a heading: a spaced dash or bar, else a comma
_PLACE_DAY_PARTS = LazyPattern(r"\s[-–—|]\s|,\s")
#: a place's name: one to four words, no digit (``Toronto``, ``Los Angeles``, ``Bielsko``)
_PLACE = LazyPattern(r"[^\W\d_][^\W\d_'’.-]*(?:[\s-][^\W\d_][^\W\d_'’.]*){0,3}")
#: a year written in full
_FULL_YEAR = LazyPattern(r"\b(?:19|20)\d\d\b")


def place_and_day(text: str) -> str | None:
    """The day part of a heading that is only a place and a date, with its year
    (``Toronto - June 3, 2015``, ``Berlin, 12. März 2019``, ``June 3, 2015 | Toronto``),
    else ``None``: the heading says where and when the event is, no talk."""
    if len(text) > 60 or not _FULL_YEAR.search(text):
        return None
    for match in _PLACE_DAY_PARTS.finditer(text):
        first, rest = text[: match.start()].strip(), text[match.end() :].strip()
        if _PLACE.fullmatch(first) and only_date(rest, ANY_YEAR) is not None:
            return rest
        if _PLACE.fullmatch(rest) and only_date(first, ANY_YEAR) is not None:
            return first
    return None


_NTH_DAY = LazyPattern(
    r"^\W*(?:(?:day|jour|tag|dag|día|dia)\s*(?P<n>\d{1,2})\b|第(?P<cjk>[一二三四五六七八九十\d]{1,3})天)",
    re.IGNORECASE,
)
_CJK_NUMBERS = "一二三四五六七八九十"


def day_named(text: str, first: dt.date) -> dt.date | None:
    """The day a day heading names, for an event whose first day is ``first``: its date
    (within a month of it), ``Day 2`` / ``第二天`` (the day after), or the first such
    weekday (``Friday``) on or after it; ``None`` when it names none."""
    found = first_date(text, first.year)
    if found is not None:
        return found if abs((found - first).days) <= 31 else None
    match = _NTH_DAY.match(text)
    if match:
        raw = match["n"] or match["cjk"]
        number = int(raw) if raw.isdigit() else (
            _CJK_NUMBERS.index(raw) + 1 if len(raw) == 1 and raw in _CJK_NUMBERS else None)
        return first + dt.timedelta(days=number - 1) if number and number <= 31 else None
    weekday = stated_weekday(text)
    if weekday is not None:
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    return None


def first_date(text: str, default_year: int | None) -> dt.date | None:
    """The first date written anywhere in ``text`` (``2019-02-21``, ``2 月 21 日``)."""
    found = _first_date(text, default_year)
    return found[1] if found else None


def opening_date(text: str) -> dt.date | None:
    """The day a text opens with, written with its year (``2020年11月14日Apache …
    活动视频``, a recap's summary): what the text is about happened then."""
    head = text.lstrip()[:40]
    if not head or not (head[0].isdigit() or (head[0].isascii() and head[0].isalpha())):
        return None  # a date opens with its year, day or month's name
    found = _first_date(head, None)
    return found[1] if found is not None and found[0].start() == 0 else None


def only_date(text: str, default_year: int | None) -> dt.date | None:
    """The day of a line that is nothing but a date (``4 October 2018``, ``2019年6月24日``);
    its tags hold no date (``<img src="/img/2025-07-23.png">`` names a file)."""
    text = untagged(text)
    found = _first_date(text, default_year)
    return found[1] if found is not None and _nothing_else(text, found[0]) else None


_HTML_TAG = LazyPattern(r"</?[A-Za-z][^<>]{0,200}>")


def untagged(text: str) -> str:
    """``text`` without its HTML tags: ``<p>2012年6月16日，…举行。</p>``, a paragraph of a
    page kept as HTML (a blog's export), says what its words say."""
    return _HTML_TAG.sub("", text) if "<" in text else text


#: what is no word: marks, digits, spaces (a line with none left holds nothing else)
_NOT_WORDS = LazyPattern(run_of(r"[\W\d_]"))


def _nothing_else(text: str, match: re.Match[str]) -> bool:
    """Whether ``text`` holds nothing but the date ``match`` (and times, weekdays)."""
    rest = text[: match.start()] + text[match.end() :]
    if "<" in rest:  # ``<p>12 de marzo, 2024</p>``: the tags of an HTML card hold no words
        rest = _HTML_TAG.sub("", rest)
    rest = _WEEKDAY.sub("", _SINGLE_TIME.sub("", _TIME_RANGE.sub("", rest)))
    if _NOT_WORDS.sub("", rest):  # words left: a zone or a short weekday's only?
        rest = _DATE_LINE_EXTRAS.sub("", rest)
    return not _NOT_WORDS.sub("", rest)


def date_line(text: str, default_year: int | None, before: str = "") -> str | None:
    """``"date"`` where :func:`only_date` finds a day, else ``"stated"`` where
    :func:`stated_date` does (``before`` is the paragraph's line above: "will take" /
    "place Jan 29"), else ``"prose_date"`` where :func:`prose_date` does, else ``None``:
    what a body line says of the event's day, each date pattern searched once for all
    three questions (most lines with a digit have no date, and each would search the
    whole line)."""
    text = untagged(text)
    if not _has_digit(text):
        return None
    found = [list(matches) for matches in _date_matches(text)]
    best = _earliest(found, default_year)  # as _first_date
    if best is not None and _nothing_else(text, best[0]):
        return "date"
    if best is not None and _stated_among(found, text, before, default_year):
        return "stated"
    if best is None and ("/" in text or "." in text) and _weekday_pair_stated(text):
        return "stated"  # its day depends on the page's year, which is not known here
    if ("时间" in text or "将于" in text or "定于" in text) and _CJK_SHORT.search(
            _EMPHASIS.sub("", text)):
        return "stated"
    if "." in text:  # as prose_date: ``Le 03.03.20 à …`` is read in a sentence only
        found.append(list(_DOTTED_SHORT.finditer(text)))
    for matches in found:  # as prose_date
        for match in matches:
            prefix = text[max(0, match.start() - 6) : match.start()]
            opens = match.start() == 0
            marked = opens or _PROSE_MARK.search(prefix) or _PROSE_WEEKDAY_MARK.search(
                text[max(0, match.start() - 24) : match.start()])
            if marked and _day_of(match, default_year):
                return "prose_date"
    return None


def _stated_among(
    found: list[list[re.Match[str]]], text: str, before: str, default_year: int | None
) -> bool:
    """Whether a date ``found`` in ``text`` has words before it that state the event
    is on it (as :func:`stated_date`, reusing the matches :func:`date_line` has)."""
    for matches in found:
        for match in matches:
            prefix = text[max(0, match.start() - 40) : match.start()]
            if match.start() < 40 and before:
                prefix = f"{before[-40:]}\n{prefix}"
            if _STATED_MARK.search(_EMPHASIS.sub("", prefix)) and _day_of(match, default_year):
                return True
    return False


def _weekday_pair_stated(text: str) -> bool:
    """Whether ``text`` states the event is on ``Saturday 24/08`` (its day is read
    later, with the page's year)."""
    plain = _EMPHASIS.sub("", text)
    return _PAIR_DIGITS.search(plain) is not None and any(
        _STATED_MARK.search(plain[max(0, match.start() - 40) : match.start()])
        for match in _WEEKDAY_PAIR.finditer(plain))


def find_times(text: str) -> tuple[dt.time | None, dt.time | None]:
    """A clock range ``17:00 – 21:00``, ``下午 1:00 - 5:30`` (or one time) in ``text``."""
    match = _TIME_RANGE.search(text)
    if match and (match["sm"] or match["em"] or match["sap"] or match["eap"]):
        start, end = _clock(match, "s"), _clock(match, "e")
        start_pm = _is_pm(match, "s")
        if start_pm and not _has_meridiem(match, "e") and end.hour < 12:
            end = end.replace(hour=end.hour + 12) if end.hour + 12 >= start.hour else end
        end_pm_only = _is_pm(match, "e") and not _has_meridiem(match, "s")
        if end_pm_only and start.hour < 12 and start.hour + 12 <= end.hour:
            start = start.replace(hour=start.hour + 12)
        return start, end
    single = _SINGLE_TIME.search(text)
    if single:
        hour = int(single["sh"])
        meridiem = (single["sap"] or single["sap2"] or "").lower()
        if (meridiem.startswith("p") or single["scn"] in _PM_WORDS) and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
        return dt.time(hour, int(single["sm"] or 0)), None
    return None, None


def _has_meridiem(match: re.Match[str], side: str) -> bool:
    return bool(match[f"{side}ap"] or match[f"{side}cn"])


def _is_pm(match: re.Match[str], side: str) -> bool:
    return (match[f"{side}ap"] or "").lower().startswith("p") or match[f"{side}cn"] in _PM_WORDS


def _clock(match: re.Match[str], side: str) -> dt.time:
    hour = int(match[f"{side}h"])
    minute = int(match[f"{side}m"] or 0)
    meridiem = (match[f"{side}ap"] or "").lower()
    afternoon = meridiem.startswith("p") or match[f"{side}cn"] in _PM_WORDS
    if (afternoon and hour < 12) or (match[f"{side}cn"] == "中午" and hour < 6):
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    return dt.time(hour, minute)


#: a front-matter date written year first with slashes, dots or one-digit parts
_YEAR_FIRST = LazyPattern(
    r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
)


def parse_value(value: object) -> When | None:
    """A front-matter date value (YAML date/datetime, ISO string, a year-first date with
    slashes or dots, a date in words with its year) as a date or datetime.

    Raises ``ValueError`` for anything else, so the caller can say where it was.
    """
    if isinstance(value, DATE_VALUE):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if (written := _YEAR_FIRST.fullmatch(text)) is not None:
            # ``2019/12/25``, ``2019.9.23 19:00``, ``2016-2-5 9:05:06``: the year first,
            # so one reading only (Jekyll's and JavaScript's date parsers take them too);
            # a clock may follow, no zone (``14:00-17:00`` is a range, not -17:00)
            day = dt.date(*(int(written[part]) for part in ("year", "month", "day")))
            if written["hour"] is None:
                return day
            clock = dt.time(int(written["hour"]), int(written["minute"]),
                            int(written["second"] or 0))
            return dt.datetime.combine(day, clock)
        if "/" in text and (named := _NAMED_ZONE.fullmatch(text)) is not None:
            # ``2025-08-13 18:00:00 America/New_York``: the clock in the zone it names
            when = parse_value(named["when"])
            try:
                where = ZoneInfo(named["zone"])
            except (ZoneInfoNotFoundError, ValueError, OSError):
                raise ValueError(f"unknown time zone {named['zone']!r}") from None
            return when.replace(tzinfo=where) if isinstance(when, dt.datetime) else when
        text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)  # +0300 → +03:00
        text = re.sub(r"(?<!\s)\s++(?=[+-]\d{2}:\d{2}$)", "", text)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        try:
            return dt.datetime.fromisoformat(text.replace(" ", "T", 1))
        except ValueError:
            if (written_day := _written_date(text)) is None:
                raise
            return written_day
    raise ValueError(f"expected a date, got {type(value).__name__} {value!r}")


#: a date and its clock, then the IANA name of the zone they are in (Jekyll writes them)
_NAMED_ZONE = LazyPattern(
    r"(?P<when>\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?)\s++"
    r"(?P<zone>[A-Z][A-Za-z_]++(?:/[A-Za-z_+-]++){1,2})"
)


def _written_date(text: str) -> When | None:
    """A front-matter date written as a body line writes one, with its year: ``May 14th
    2013``, ``14 mai 2013 19:00``, ``2019年12月28日 14:00`` (Jekyll reads such dates
    too): the day, at its clock time if it gives one (a range is left to the reader of
    the key, which knows where the end goes)."""
    found = _first_date(text, None)
    if found is None or not _nothing_else(text, found[0]):
        return None
    match, day = found
    # the clock after the day (``2022-3-12 14:00-18:00``: ``3-12`` is no range)
    start, end = find_times(text[: match.start()] + " " + text[match.end() :])
    if end is not None:
        return None  # ``December 7th 2023, 18:00 to 22:00``: its range is read by its key's
    return dt.datetime.combine(day, start) if start is not None else day


def ends_before(start: When | None, end: When | None) -> bool:
    """Whether ``end`` is before ``start``, whatever each is: two datetimes (a naive one
    read in the other's zone), or a day against a datetime (compared by day: an event
    that ends on the day it starts does not end before it)."""
    if start is None or end is None:
        return False
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        if start.tzinfo is None and end.tzinfo is not None:
            start = start.replace(tzinfo=end.tzinfo)
        elif end.tzinfo is None and start.tzinfo is not None:
            end = end.replace(tzinfo=start.tzinfo)
        return end < start
    return _day(end) < _day(start)


def _day(value: When) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def zone(name: str | None) -> ZoneInfo | None:
    """The IANA zone called ``name``; raises ``ValueError`` for an unknown name."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise ValueError(f"unknown time zone {name!r}") from error


def localise(value: When | None, tz: dt.tzinfo | None) -> When | None:
    """``value`` seen in the event's zone: aware times converted, naive times placed."""
    if not isinstance(value, dt.datetime) or tz is None:
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    try:
        return value.astimezone(tz)
    except OverflowError:  # year 1 or 9999 seen from another zone: keep it as written
        return value
