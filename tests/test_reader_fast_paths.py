"""The reader's fast paths read exactly what the plain way reads.

Issue 18 asks for ≥ 1,000 files/s on the corpus without any change in what is read.
Each shortcut taken for speed (a look-ahead that lets a search skip positions, a
substring test before a pattern, markdown-it's block rules asked only where a line can
start them, links written plainly read without the inline parser) is checked here
against the plain way it replaces, on texts made of the words and characters the
shortcut is about.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from sphinx_meetup.model import Event
from sphinx_meetup.reader import (
    announced_topics,
    blocks,
    by_words,
    dates,
    deixis,
    headers,
    name_items,
    names,
    patterns,
    slots,
    trust,
)
from sphinx_meetup.reader import body as body_reader
from sphinx_meetup.reader.confidence import _label_words
from sphinx_meetup.reader.labels import _TEMPLATES, DEFAULT, DEFAULT_LABELS, Labels
from sphinx_meetup.reader.plain_links import UNCHANGED, plain_links

_SITE = Labels.extended({"replay": ["Ålbum", "ſession", "Kanal"], "break": ["İftar"]})


def _plain_mention(labels: Labels, role: str) -> re.Pattern[str]:
    """The mention pattern as written before the look-ahead: words only."""
    words = sorted(getattr(labels, "break_" if role == "break" else role), key=len)
    alternatives = "|".join(re.escape(w) for w in reversed(words))
    template = _TEMPLATES["mention"].replace("{initials}", "")
    return re.compile(template.replace("{words}", alternatives), re.IGNORECASE)


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.upper(), word.title(), word.swapcase()])


_WORDS = sorted({w for words in DEFAULT_LABELS.values() for w in words} | {
    "Ålbum", "ſession", "Kanal", "İftar", "\u212aanal", "SESSİON"})
#: label words in any case, letters that case-fold onto their initials (ſ, K, İ),
#: glue that does or does not end a word
_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_WORDS).flatmap(_cased),
        st.sampled_from(["", " ", "x", "a", "2", "-", "：", "(", "ſ", "\u212a", "İ", "é", "中"]),
        st.text(max_size=3),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, role=st.sampled_from(sorted(DEFAULT_LABELS)), site=st.booleans())
def test_mention_patterns_find_what_the_words_alone_find(text: str, role: str,
                                                         site: bool) -> None:
    labels = _SITE if site else DEFAULT
    fast, plain = labels.mention(role), _plain_mention(labels, role)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _plain_label(labels: Labels, role: str, kind: str) -> re.Pattern[str]:
    """A ``fact``, ``heading`` or ``only`` pattern as written before its look-ahead:
    the words alone, a flat list."""
    words = sorted(getattr(labels, "break_" if role == "break" else role), key=len)
    alternatives = "|".join(re.escape(w) for w in reversed(words))
    template = _TEMPLATES[kind].replace("{initials【}", "").replace("{initials}", "")
    return re.compile(template.replace("{words}", alternatives), re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, role=st.sampled_from(sorted(DEFAULT_LABELS)), site=st.booleans(),
       kind=st.sampled_from(["fact", "heading", "only"]),
       lead=st.sampled_from(["", " ", "【", " 【", "**", "1. ", "\u212a"]))
@example(text="【讲师】：Ann", role="speaker", site=False, kind="fact", lead="")
@example(text="ſession: x", role="replay", site=True, kind="fact", lead="")
def test_line_label_patterns_match_what_the_words_alone_match(
        text: str, role: str, site: bool, kind: str, lead: str) -> None:
    """The look-ahead on the words' first letters (``{initials}``) passes every text one
    of the words can open: ``fact``, ``heading`` and ``only`` match as without it."""
    labels = _SITE if site else DEFAULT
    fast, plain = getattr(labels, kind)(role), _plain_label(labels, role, kind)
    text = lead + text
    found, expected = fast.match(text), plain.match(text)
    assert (found and found.span()) == (expected and expected.span())
    if kind == "fact" and found and expected:
        assert found["value"] == expected["value"]


@settings(max_examples=300, deadline=None)
@given(char_class=st.sampled_from([r"[\W_]", r"[^\W_]", r"[\s_\-]", r"[*_\[]", r"[\W\d_]",
                                   r"[A-Za-z\u00c0-\u024f]", r"[\s.·•・_-]"]),
       least=st.integers(1, 3),
       text=st.text(alphabet=" \t\n_-.*[·•・aZé9中文ſ\u212a!", max_size=20))
def test_runs_written_class_first_match_as_repeats(char_class: str, least: int,
                                                   text: str) -> None:
    """``run_of`` (one class, then the rest of the run, so that a search skips ahead)
    finds, cuts and drops what ``[…]{least,}`` does."""
    fast = re.compile(patterns.run_of(char_class, least))
    plain = re.compile(f"{char_class}{{{least},}}")
    assert fast.findall(text) == plain.findall(text)
    assert fast.split(text) == plain.split(text)
    assert fast.sub("", text) == plain.sub("", text)


#: words sharing beginnings, letters that stand for each other case-insensitively
_TREE_WORDS = st.one_of(
    st.lists(st.text(alphabet="absſkK\u212a", max_size=3), max_size=6, unique=True),
    st.lists(st.text(alphabet="abſsSkK\u212aiıİé中文 -", max_size=5), max_size=8, unique=True),
    st.lists(st.text(alphabet="aAbBpPÉé中 ", max_size=4), max_size=8, unique=True),
).map(lambda words: sorted(words, key=len, reverse=True))


@settings(max_examples=800, deadline=None)
@given(words=_TREE_WORDS, text=st.text(alphabet="abſsSkK\u212aiıİIé中文 -xABpPÉ", max_size=10))
@example(words=["presentation", "PPT", "pdf"], text="a PDF, Ppt presentation")
@example(words=["aralık", "aralik", "april", "aral"], text="ARALIK Aralık aralİk april")
def test_a_tree_of_words_matches_what_the_flat_list_matches(words: list[str],
                                                              text: str) -> None:
    """Matched case-insensitively, the tree matches what the flat list does - also where
    its ASCII letters are written in lower case (``ignorecase``: ``PPT`` beside ``pdf``);
    matched as written, the tree without that does."""
    from sphinx_meetup.reader.patterns import alternation

    flat = "|".join(re.escape(word) for word in words)
    for template in ("(?:{})", "(?:{})(?![a-z])", "^(?:{})$", "(?:{})\\s+x"):
        for tree in (alternation(words), alternation(words, ignorecase=True)):
            fast = re.compile(template.format(tree), re.IGNORECASE)
            plain = re.compile(template.format(flat), re.IGNORECASE)
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)]
        cased = re.compile(template.format(alternation(words)))
        assert [m.span() for m in cased.finditer(text)] == [
            m.span() for m in re.compile(template.format(flat)).finditer(text)]


@settings(max_examples=60, deadline=None)
@given(text=_TEXT, site=st.booleans())
@example(text="Topics", site=False)
@example(text="  2. ſPEAKER İNTRO: ", site=True)
def test_a_text_only_of_labels_is_found_as_the_flat_list_found_it(text: str, site: bool) -> None:
    """``confidence._only_labels`` (a name that is nothing but a label) written as the
    tree of the roles' words matches the texts the flat list of them matched."""
    from sphinx_meetup.reader import confidence

    labels = _SITE if site else DEFAULT
    phrases = {p for role in confidence._NOT_NAME_ROLES for p in getattr(labels, role)}
    flat = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    plain = re.compile(rf"^[\W\d_]*(?:{flat})[\W_]*$", re.IGNORECASE)
    words = text.split() or [text]
    probes = [text, text.strip(), words[0], " ".join(words[:2])]
    probes += [f"{word}{glue}" for word in phrases for glue in ("", ":", "s", " x")]
    probes += [phrase.upper() for phrase in phrases]
    for probe in probes:
        assert bool(confidence._only_labels(labels).match(probe)) == bool(plain.match(probe))


def test_a_branch_opens_with_the_letters_the_engine_matches_for_its_letter() -> None:
    """Case-insensitively, an ASCII letter opening one of several branches is written as
    the class of every character the engine matches for it, matched as written (which
    the engine tests before it enters the branch): the class holds those characters and
    no other (``k`` and the Kelvin sign, ``i`` and ``İ``, ``ı``; ``s`` and ``ſ``)."""
    from sphinx_meetup.reader.patterns import ASCII_CASES, alternation

    every = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF)
    for letter, written in ASCII_CASES.items():
        engine = set(re.findall(re.escape(letter), every, re.IGNORECASE))
        assert set(re.findall(written, every, re.IGNORECASE)) == engine, letter
        assert set(re.findall(written, every)) == engine, letter
    assert ASCII_CASES["k"] == "(?-i:[kK\u212a])"
    assert alternation(["kb", "ab"], ignorecase=True) == "(?:(?-i:[aA])b|(?-i:[kK\u212a])b)"
    assert alternation(["kb", "ab"]) == "(?:ab|kb)"  # matched as written: as written


def test_words_whose_letters_stand_for_each_other_are_a_flat_list_from_there() -> None:
    from sphinx_meetup.reader.patterns import alternation

    assert alternation(["january", "june", "jan"]) == "j(?:an(?:uary)?|une)"
    # ſ and s: one's words, then the other's - a flat list from where they branch on
    assert alternation(["ſab", "sa"]) == "(?:ſab|sa)"
    assert alternation(["aralık", "aralik", "april", "aral"]) == "a(?:pril|ral(?:(?:ık|ik))?)"
    assert alternation(["a", "bb"]) == "a|bb"  # not longest first: as given
    # matched case-insensitively, ``P`` and ``p`` match the same: one branch
    assert alternation(["PPT", "pdf"]) == "(?:PPT|pdf)"
    assert alternation(["PPT", "pdf"], ignorecase=True) == "p(?:(?-i:[dD])f|(?-i:[pP])t)"
    assert alternation(["ſab", "sa"], ignorecase=True) == "(?:ſab|sa)"


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, site=st.booleans())
def test_label_word_pattern_of_confidence_finds_the_same(text: str, site: bool) -> None:
    """``confidence._label_words`` (a look-ahead on the words' first letters, then their
    tree) takes out of a text what the flat list of the words took out."""
    from sphinx_meetup.reader import confidence

    labels = _SITE if site else DEFAULT
    fast = _label_words(labels)
    words = {w for role in confidence._LABEL_ROLES for w in getattr(labels, role)}
    flat = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    plain = re.compile(rf"(?<![a-z])(?:{flat})(?![a-z])", re.IGNORECASE)
    assert fast.sub("|", text) == plain.sub("|", text)
    for word in sorted(words)[:: 1 if site else 7]:
        for probe in (word, f"x {word.upper()}: y", f"{word}s {word}"):
            assert fast.sub("|", probe) == plain.sub("|", probe), probe


def _without_look_ahead(fast: re.Pattern[str]) -> re.Pattern[str]:
    """A word pattern as written before its look-ahead on first characters."""
    return re.compile(fast.pattern[fast.pattern.index(")(?:") + 1 :], fast.flags)


#: job and employer words, in any case, among letters that do or do not end a word
_ROLE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(sorted({*names._ROLE_CJK.split("|"), *names._ROLE_LATIN,
                                *slots._ROLE_CJK.split("|"), *slots._ROLE_LATIN,
                                "cofounder", "co-founder", "university", "institute",
                                "leads", "ſenior", "\u212aey"})).flatmap(_cased),
        st.sampled_from(["", " ", "x", "a", "s", "2", "-", "_", "，", "(", "ſ", "\u212a", "İ",
                         "é", "中", "@"]),
        st.text(max_size=3),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_ROLE_TEXT)
def test_role_word_patterns_find_what_the_words_alone_find(text: str) -> None:
    for fast in (names._ROLE_WORDS, slots._ROLE):
        plain = _without_look_ahead(fast)
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


@settings(max_examples=400, deadline=None)
@given(text=_ROLE_TEXT, digits=st.text(alphabet="09١〇零年x ", max_size=3))
def test_role_and_digit_tests_in_halves_answer_as_the_whole_pattern(text: str,
                                                                     digits: str) -> None:
    """``slots.is_role`` and ``names.has_role_word`` (the CJK words, then the Latin ones
    only where a letter can open one) say what a search of the whole pattern says;
    ``dates._has_digit`` (ASCII texts asked for ``[0-9]``) what ``_HAS_DIGIT`` does."""
    assert slots.is_role(text) == bool(slots._ROLE.search(text))
    assert names.has_role_word(text) == bool(names._ROLE_WORDS.search(text))
    for mixed in (text, text + digits, digits):
        assert dates._has_digit(mixed) == bool(dates._HAS_DIGIT.search(mixed))


def test_openers_hold_every_character_a_word_can_open_with() -> None:
    """Every code point the engine matches case-insensitively to one of the job words'
    first letters is one of ``openers``' (a text without one holds none of the words)."""
    from sphinx_meetup.reader.patterns import openers

    every = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point < 0xE000)
    for words in (slots._ROLE_LATIN, (*names._ROLE_LATIN, "universit", "institut")):
        first = "".join(sorted({word[0] for word in words}))
        matched = set(re.findall(f"[{re.escape(first)}]", every, re.IGNORECASE))
        assert matched <= set(re.findall(openers(first), every))


_STATED_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["will be held on", "will take place on", "takes place", "is held on",
                         "are happening on", "aura lieu le", "se tiendra le", "将于", "定于",
                         "将在", "截止时间", "报名时间", "时间是", "已于", "已在", "was held on",
                         "took place", "a eu lieu", "findet am", "fand am", "se llevará a cabo el",
                         "se realizará el", "si terrà il", "acontecerá em", "será realizado no dia",
                         "join us on", "meetup on", "meet-up on", "event on", "meeting on",
                         "the", "Monday", "mardi", "周三", "星期日（", "Donnerstag,"]).flatmap(
                             _cased),
        st.sampled_from(["", " ", "  ", "\n", "x", "ſ", "İ", "ı", "\u212a", ",", "中"]),
        st.text(max_size=2),
    ),
    max_size=6,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_STATED_TEXT)
@example(text="İs held on ")
@example(text="ſe tiendra le Mardi")
def test_stated_mark_finds_what_its_words_alone_find(text: str) -> None:
    """``_STATED_MARK``'s look-ahead on its words' first letters passes every place one
    of its words can open at."""
    fast = dates._STATED_MARK
    plain = re.compile(fast.pattern.removeprefix(f"(?=[{dates._STATED_INITIALS}])"),
                       re.IGNORECASE)
    assert fast.pattern != plain.pattern
    found, expected = fast.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


#: patterns as written before their first character was made a class or a look-ahead
#: (so that a search tests one class at each place), and the patterns now
_FIRST_CHARACTER_PATTERNS = [
    (r"(?:(?P<year>\d{4})\s*[年년]\s*)?(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*"
     r"[日号일]", 0, dates._CJK_DATE),
    (dates._TIME_RANGE.pattern.replace(dates._CLOCK_START, r"(?:(?<![\d:])|(?=上午|早上|中午|"
     r"下午|晚上|傍晚))"), re.IGNORECASE, dates._TIME_RANGE),
    (dates._SINGLE_TIME.pattern.replace(dates._CLOCK_START, r"(?:(?<![\d:])|(?=上午|早上|中午|"
     r"下午|晚上|傍晚))"), re.IGNORECASE, dates._SINGLE_TIME),
    (r"\s*[-–—|｜]+\s*|\s*[，,、/]\s*", 0, headers._TITLE_SEPARATOR),
    (r"(?<!\s)\s++[-–—|｜]{1,2}\s++(?=\S)", 0, headers._KNOWN_DASH),
    (r"\s+[-–—|]\s+|\s*[:：,，]\s+", 0, body_reader._DATE_PART),
    (r"\s*[(（](?P<inner>[^()（）]+)[)）]\s*$", 0, headers._CLOSING_BRACKET),
    (r"https?:|www\.|@|^\d[\d\s-]*$", 0, name_items._NOT_TITLE),
    (trust._WHEN.pattern.removeprefix("(?=\\d)(?:")[:-1], re.IGNORECASE, trust._WHEN),
    (by_words.NOT_SPEAKING.pattern.removeprefix("(?=[hmospbgvuarc])"), re.IGNORECASE,
     by_words.NOT_SPEAKING),
]


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=" \t\n-–—|｜，,、/:：.0123456789١٢年월月日号上午下晚傍早中ap.mxA"
                    "()（）hw@HſosteMODERATED",
                    max_size=24),
       start=st.integers(0, 3))
@example(text="下午2:30 - 3:30pm", start=0)
@example(text="1傍晚7:00", start=0)
@example(text="2019年12月28日", start=0)
@example(text=" - x", start=0)
@example(text="2019-03 19:30pm 21h www.x @a (org) hosted", start=0)
@example(text="Hosted", start=0)
def test_first_character_look_aheads_match_as_written(text: str, start: int) -> None:
    """Each pattern with a class or look-ahead for its first character finds what it
    found as written, from every position a caller searches from."""
    for written, flags, fast in _FIRST_CHARACTER_PATTERNS:
        plain = re.compile(written, flags)
        assert plain.pattern != fast.pattern
        assert ([(m.span(), m.groupdict()) for m in fast.finditer(text, start)]
                == [(m.span(), m.groupdict()) for m in plain.finditer(text, start)])


#: the month names as a flat list, longest first (what ``dates._MONTH`` stands for)
_MONTH_LIST = "|".join(sorted(dates._MONTHS, key=len, reverse=True))
_MONTH_FIRST_PLAIN = re.compile(
    dates._MONTH_FIRST.pattern.replace(f"(?=[{dates._MONTH_INITIALS}])", "", 1)
    .replace(dates._MONTH, _MONTH_LIST), re.IGNORECASE
)
_DAY_FIRST_PLAIN = re.compile(dates._DAY_FIRST.pattern.replace(dates._MONTH, _MONTH_LIST),
                              re.IGNORECASE)
_DATE_BITS = st.lists(
    st.one_of(
        st.sampled_from(sorted(dates._MONTHS)).flatmap(_cased),
        st.sampled_from(["2019", "12", "3", "25", "年", "月", "日", "号", " ", "-", "/", ".", "th",
                         "on ", "of ", ", ", "ſep", "ſeptember", "于", "x", "ı", "İ", "ſ", "\u212a",
                         "中"]),
    ),
    max_size=10,
).map("".join)


#: one date written with a month's name among Chinese text (no other letter a month
#: starts with, so a gate on those letters is tested on every month alone)
_ONE_DATE = st.tuples(
    st.sampled_from(["", "于", "活动于 ", "on "]),
    st.sampled_from(sorted(dates._MONTHS)).flatmap(_cased),
    st.sampled_from([" 3", " 12th", ". 1, 2019"]),
    st.sampled_from(["", " 举行", "日"]),
).map("".join)


#: every date pattern, each searched whatever the text holds (no gate before it)
_PLAIN_DATE_PATTERNS = (dates._CJK_DATE, dates._NUMERIC_DATE, _MONTH_FIRST_PLAIN,
                        _DAY_FIRST_PLAIN, dates._SLASHED_DATE, dates._CJK_SLIP)


def _plain_first_date(text: str, year: int | None):
    """``dates._first_date`` as written before the shortcuts."""
    best = None
    for pattern in _PLAIN_DATE_PATTERNS:
        for match in pattern.finditer(text):
            day = dates._day_of(match, year)
            if day is None:
                continue
            if best is None or match.start() < best[0].start():
                best = (match, day)
            break
    return (best[0].span(), best[1]) if best else None


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(_DATE_BITS, _ONE_DATE), year=st.sampled_from([None, 2020]))
def test_dates_are_found_as_the_plain_patterns_find_them(text: str, year: int | None) -> None:
    found = dates._first_date(text, year)
    assert ((found[0].span(), found[1]) if found else None) == _plain_first_date(text, year)
    assert [m.span() for m in dates._MONTH_FIRST.finditer(text)] == [
        m.span() for m in _MONTH_FIRST_PLAIN.finditer(text)
    ]


def _plain_prose_date(text: str, year: int | None):
    """``dates.prose_date`` as written before the shortcuts: every pattern searched."""
    for pattern in _PLAIN_DATE_PATTERNS:
        for match in pattern.finditer(text):
            prefix = text[max(0, match.start() - 6) : match.start()]
            opens = match.start() == 0
            if (opens or dates._PROSE_MARK.search(prefix)) and (day := dates._day_of(match, year)):
                return day
    return None


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(_DATE_BITS, _ONE_DATE), year=st.sampled_from([None, 2020]))
def test_prose_dates_are_found_as_the_plain_patterns_find_them(text: str,
                                                               year: int | None) -> None:
    assert dates.prose_date(text, year) == _plain_prose_date(text, year)


_PLAIN_BLOCKS = MarkdownIt("commonmark", {"html": False}).disable("inline")
#: what starts (or ends) a block: markers of every rule, indentation, blank lines
_MARKDOWN_BITS = st.lists(
    st.one_of(
        st.sampled_from(["\n", "\n\n", " ", "  ", "    ", "\t", "# ", "## ", "####### ", "#",
                         "- ", "* ", "+ ", "-", "1. ", "2) ", "10. ", "> ", ">", "```", "~~~",
                         "```py", "---", "***", "___", "- - -", "===", "[a]: /u", "[a]:",
                         "[a]", "<div>", "<!-- x -->", "\r\n", "\r", "\0", "text", "Title",
                         "**b**", "`c`", "|a|b|", "讲师：张三", "\u3000"]),
        st.text(max_size=4),
    ),
    max_size=25,
).map("".join)


def _tokens(parser: MarkdownIt, text: str) -> tuple[list[tuple], dict]:
    env: dict = {}
    tokens = parser.parse(text, env)
    return [(t.type, t.tag, t.nesting, t.map, t.level, t.content, t.markup, t.info, t.attrs,
             t.block, t.hidden) for t in tokens], env


@settings(max_examples=500, deadline=None)
@given(text=_MARKDOWN_BITS)
def test_block_parser_gives_the_plain_parsers_tokens(text: str) -> None:
    assert _tokens(blocks._BLOCKS, text) == _tokens(_PLAIN_BLOCKS, text)


_INLINE_BITS = st.lists(
    st.one_of(
        st.sampled_from(["[", "]", "(", ")", "![", "<", ">", "](", "[a](", "https://a.org/x",
                         "HTTP://A.ORG", "javascript:alert(1)", "data:image/png;base64,x",
                         "data:text/html,x", "mailto:", "a@b.org", "&amp;", "&", "&#91;", "&x",
                         "*", "**", "_", "`", "\\", " ", "\n", "\t", "\x01", "'", '"', "%20",
                         "é", "中文", "<br/>", "https://例子.测试/路径", "<https://a.org/>",
                         "[讲稿](https://a.org/s.pdf)", "![p](x.png)", "#", "title", "\u00a0",
                         ' "t")', ' "a b" )', '"', "[a](https://a.org/x \"t\")",
                         "![a](https://a.org/x \"t\")"]),
        st.text(max_size=3),
    ),
    max_size=20,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(content=_INLINE_BITS)
def test_plain_links_are_the_inline_parsers_links(content: str) -> None:
    fast = plain_links(content, {}, blocks._MARKDOWN)
    parsed = blocks._MARKDOWN.parseInline(content, {})
    if fast is not None:
        assert fast == blocks._links(parsed[0])


#: code spans and angle brackets, with no bracket: what the code-span path reads alone
_CODE_BITS = st.lists(
    st.one_of(
        st.sampled_from(["`", "``", "```", "<", ">", "<SOFA:Channel/>", "<https://a.org/>",
                         "<a@b.org>", " ", "\n", "a", "中文", "*", "_", "&amp;", "x:y", "[",
                         "]", "(", ")", "[a](https://a.org/x)", "![p](x.png)", "[b](u"]),
        st.text(alphabet="`<> a:", max_size=3),
    ),
    max_size=16,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(content=_CODE_BITS)
def test_text_with_code_spans_has_the_links_the_parser_finds(content: str) -> None:
    fast = plain_links(content, {}, blocks._MARKDOWN)
    if fast is not None:
        assert fast == blocks._links(blocks._MARKDOWN.parseInline(content, {})[0])


def test_angle_brackets_inside_code_spans_are_no_links() -> None:
    md = blocks._MARKDOWN
    assert plain_links("`<SOFA:Channel/>` 有趣实用的分布式架构频道", {}, md) == []
    assert plain_links("``a ` <b:c>`` and `<d:e>`", {}, md) == []
    assert plain_links("的[注册表](https://a.org/r/)里。使用 `KCCN19` 折扣码", {}, md) == [
        ("注册表", "https://a.org/r/")]
    for unsure in ("<b:c> `x`", "`x` <b:c>", "`` <b:c> `", "`<b:c>` [a](u)"):
        assert plain_links(unsure, {}, md) is None, unsure


def test_plain_links_leave_what_they_cannot_be_sure_of_to_the_parser() -> None:
    md = blocks._MARKDOWN
    assert plain_links("[a](https://a.org) and <https://b.org>", {}, md) == [
        ("a", "https://a.org"), ("https://b.org", "https://b.org")]
    assert plain_links("![p](x.png) [a](u)<br/>", {}, md) == [("a", "u")]
    assert plain_links("[https://b.tv/x?vd_source=65](https://b.tv/x?vd_source=65)", {}, md) == [
        ("https://b.tv/x?vd_source=65", "https://b.tv/x?vd_source=65")]
    for unsure in ("[a][ref]", "[`a`](u)", "[a](u 'title')", "[**a**](u)", "&amp; [a](u)",
                   "[_a_](u)", "[a _b_](u)", "[中_文](u)",
                   "[a](javascript:x)", "<a@b.org>", "\\[a](u)", "[[a](u)](v)"):
        assert plain_links(unsure, {}, md) is None, unsure
    assert plain_links("[a](u)", {"references": {}}, md) is None


@settings(max_examples=1000, deadline=None)
@given(url=st.from_regex(re.compile(UNCHANGED.pattern, UNCHANGED.flags), fullmatch=True))
def test_targets_taken_as_written_are_what_markdown_it_normalises_them_to(url: str) -> None:
    assert blocks._MARKDOWN.normalizeLink(url) == url


#: colons, URL starts and label words among other characters
_LINE_BITS = st.lists(
    st.one_of(
        st.sampled_from(["http", "https://", "http://a.b/c", "HTTP://x.y", "Http://z", ":", "：",
                         "】", "【时间】", "时间：", "Venue:", "Host :", "名", "（", "(", ")",
                         "）", " ", "_", "x", "é", "1"]),
        st.text(max_size=3),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(line=_LINE_BITS)
def test_the_colon_and_url_gates_change_no_answer(line: str) -> None:
    from sphinx_meetup.reader import confidence, headers, talks

    block = blocks.Block("paragraph", line, 1, 1)
    bare = blocks._BARE_URL.findall(line)
    assert blocks.urls_in(block, line) == [url.rstrip(".,;") for url in bare]
    assert talks._fact_line(line, DEFAULT) == any(
        DEFAULT.fact(role).match(line) for role in ("time", "venue", "host"))
    if ":" not in line and "：" not in line:
        assert headers._WHO_COLON.match(line) is None
    assert "".join(confidence._LETTERS.findall(line)) == re.sub(r"[\W_]+", "", line)


def _plain_split_title_names(text: str, known: frozenset[str], latin: bool):
    """``headers.split_title_names`` past its ``by`` part, as written before the names
    after a separator stopped at the first part that is no name."""
    from sphinx_meetup.reader import headers

    for separator in headers._TITLE_SEPARATOR.finditer(text, max(0, len(text) - 120)):
        title, tail = text[: separator.start()], text[separator.end() :]
        if headers._open_brackets(title) or not title.strip() or not tail.strip():
            continue
        if headers._inside_a_word(text, separator):
            continue  # ``Real-World``: a hyphen joining a word parts nothing
        found = names.split_names(tail, known)
        if found and headers._listed_words(title, separator.group(), found, known):
            continue
        if found and all(headers._names_ok(name, known, latin) for name in found):
            if headers._prose_tail(title, tail, found, known):
                continue
            if headers._both_names(title, found, known):
                return None
            return title, found
    return None


#: titles, names (known or not, Chinese and Western), jobs and the separators between
_TITLE_LINE = st.lists(
    st.one_of(
        st.sampled_from(["云原生实践", "Service Mesh", "张三", "李四", "欧阳娜娜", "Ann Lee",
                         "Bob", "van Dijk", "Jan de Vries", "响风", "技术专家", "CTO at Initech",
                         "蚂蚁集团", "（蚂蚁集团）", "(ACME Inc)", "（花名：天元）", " - ", "-",
                         "，", ",", "、", "/", " | ", "和", " and ", " & ", " ", "2019", "。",
                         "Talk", "Building A", "guest speaker: ", "响风（天元）"]),
        st.text(max_size=2),
    ),
    max_size=9,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_TITLE_LINE, latin=st.booleans(), knows=st.booleans())
@example(text="Service Mesh-Ann Lee", latin=True, knows=False)
def test_names_after_a_title_are_what_the_whole_tails_give(text: str, latin: bool,
                                                           knows: bool) -> None:
    from sphinx_meetup.reader import headers

    known = frozenset({names.key("响风"), names.key("Bob"), names.key("天元")} if knows else ())
    if list(headers._BY.finditer(text)):
        return  # the ``by`` part is not the shortcut's
    fast = headers.split_title_names(text, known, latin=latin)
    plain = _plain_split_title_names(text, known, latin)
    assert repr(fast) == repr(plain)


#: front matter lines: plain keys and values, nested lists and mappings, and what
#: PyYAML builds its own way (dates good and bad, numbers, tags, merge keys, aliases)
_YAML_VALUES = st.sampled_from([
    "x", "'18:30'", "18:30", "2024-05-01", "2024-13-40", "2024-05-01T18:30:00+02:00", "12",
    "0x1F", "1_000", "3.5", ".inf", "true", "no", "null", "~", "!!int abc", "!!str 12",
    "!!set {a, b}", "!!binary aGk=", "!!timestamp yesterday", "!custom x", "[a, b]",
    "{a: 1, b: [2, {c: d}]}", "[[[[1]]]]", "&anchor {a: 1}", "*anchor", "'quoted'", "|\n  block",
    "[1, 2018-01-01]", "{? [a]: 1}", "{<<: {a: 1}, b: 2}", "{=: v}", "{a: 1, a: 2}",
    "'**bold** text'", "[&b x, '*b']",
])
_YAML_DOCUMENT = st.lists(
    st.tuples(st.sampled_from(["title", "date", "speakers", "talks", "a", "a", "<<", "1", "="]),
              _YAML_VALUES),
    max_size=6,
).map(lambda pairs: "".join(f"{key}: {value}\n" for key, value in pairs))


def _yaml_built(text: str, fast: bool) -> tuple[str, list[tuple[int, str]]]:
    from sphinx_meetup.reader import frontmatter

    loader = frontmatter._SafeYAMLLoader(text)
    try:
        node = loader.get_single_node()
        aliases = "*" in text and frontmatter._alias_expansion(node) > 0
        value = (frontmatter._constructed(loader, node, aliases=aliases) if fast
                 else loader.construct_document(node))
        shown = repr(value)
    except Exception as error:  # the error is what is compared
        shown = f"{type(error).__name__}: {error}"
    finally:
        loader.dispose()
    return shown, [(bad.start_mark.line, message) for bad, message in loader.problems]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(_YAML_DOCUMENT, st.integers(0, 80).map(lambda n: "a: " + "[" * n + "]" * n)))
def test_front_matter_is_built_as_pyyaml_builds_it(text: str) -> None:
    assert _yaml_built(text, fast=True) == _yaml_built(text, fast=False)


def _nested_maps(depth: int) -> str:
    """``a:`` with ``depth`` mappings nested under it, block style."""
    keys = "".join(" " * (2 * k + 2) + f"k{k}:\n" for k in range(depth))
    return f"a:\n{keys}{' ' * (2 * depth + 2)}v"


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(_YAML_DOCUMENT, st.integers(0, 80).map(lambda n: "a: " + "[" * n + "]" * n),
                      st.integers(0, 40).map(_nested_maps)))
def test_front_matter_built_plainly_is_as_the_cleaner_leaves_it(text: str) -> None:
    from sphinx_meetup.reader import frontmatter

    result = frontmatter.FrontMatter()
    frontmatter.parse(text, "yaml", result)
    problems = list(result.problems)
    again = frontmatter._Cleaner(result, 1, "frontmatter").value(result.data, 1, 0)
    assert again == result.data
    assert result.problems == problems


_SCALARS = st.one_of(
    st.sampled_from(["", "18:30", "2024-03-09", "2024-13-40", "true", "Yes", "~", "null",
                     "0x1F", "1_000", "3.5", ".inf", "-.5e+3", "=", "<<", "12:30:00", "x"]),
    st.text(alphabet="0123456789-+.:_eExXoOtTrRuUnNlL~= ", max_size=8),
)


@settings(max_examples=500, deadline=None)
@given(value=_SCALARS, implicit=st.tuples(st.booleans(), st.booleans()))
def test_yaml_scalars_are_tagged_as_pyyaml_tags_them(value: str,
                                                    implicit: tuple[bool, bool]) -> None:
    import yaml

    from sphinx_meetup.reader import frontmatter

    loader = frontmatter._SafeYAMLLoader("a: b")
    try:
        for kind, written in ((yaml.ScalarNode, value), (yaml.SequenceNode, None),
                              (yaml.MappingNode, None)):
            assert loader.resolve(kind, written, implicit) == yaml.resolver.BaseResolver.resolve(
                loader, kind, written, implicit)
    finally:
        loader.dispose()


#: one label word (of any role) between what may stand around a label
_LABEL_LINE = st.tuples(
    st.sampled_from(["", " ", "# ", "1. ", "**", "【", "x ", "中"]),
    st.sampled_from(_WORDS).flatmap(_cased),
    st.sampled_from(["", ":", "：", " 2:", "】", "】：", "下载：", " x", ": value", "s", "中"]),
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(_LABEL_LINE, _TEXT),
       kind=st.sampled_from(["fact", "only", "mention", "heading"]),
       roles=st.lists(st.sampled_from(sorted(DEFAULT_LABELS)), min_size=1, max_size=4,
                      unique=True).map(tuple),
       site=st.booleans())
def test_one_pattern_for_several_roles_matches_where_one_of_theirs_does(
    text: str, kind: str, roles: tuple[str, ...], site: bool
) -> None:
    labels = _SITE if site else DEFAULT
    one = labels.any_role(kind, roles)
    each = [getattr(labels, kind)(role) for role in roles]
    assert bool(one.search(text)) == any(pattern.search(text) for pattern in each)
    assert bool(one.match(text)) == any(pattern.match(text) for pattern in each)


@settings(max_examples=300, deadline=None)
@given(kept=st.lists(_LINE_BITS, max_size=4).map("\n".join), pieces=st.lists(_LINE_BITS))
def test_kept_text_holds_what_it_and_its_squeezed_form_joined_hold(kept: str,
                                                                    pieces: list[str]) -> None:
    from sphinx_meetup.reader import confidence

    joined = kept + "\n" + "".join(confidence._LETTERS.findall(kept))
    held = confidence._Kept(kept)
    for piece in [*pieces, *kept[:20], *joined[-20:]]:
        if "\n" not in piece:
            assert held.holds(piece) == (piece in joined)
            assert (len(piece) != 1) or ((piece in kept) == (piece in joined))


def _plain_split_outside_brackets(text: str) -> list[tuple[str, int]]:
    """``names._split_outside_brackets`` as written before it gave its parts lazily."""
    if not names._ANY_BRACKET.search(text):
        joiners = [m for m in names._JOINERS.finditer(text) if m.end() > m.start()]
        starts = [0] + [m.end() for m in joiners]
        ends = [m.start() for m in joiners]
        return [(text[s:e], s) for s, e in zip(starts, [*ends, len(text)], strict=True)]
    parts: list[tuple[str, int]] = []
    depth, start, position = 0, 0, 0
    while position < len(text):
        char = text[position]
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            joiner = names._JOINERS.match(text, position)
            if joiner and joiner.end() > position:
                parts.append((text[start:position], start))
                position = start = joiner.end()
                continue
        position += 1
    parts.append((text[start:], start))
    return parts


@settings(max_examples=300, deadline=None)
@given(text=_TITLE_LINE)
def test_names_are_cut_where_they_were_cut_before(text: str) -> None:
    assert list(names._split_outside_brackets(text)) == _plain_split_outside_brackets(text)


#: lines as plain bodies write them (paragraphs, headings, one level of items) and the
#: starts of every other block, each a line of its own
_BODY_LINES = st.lists(
    st.one_of(
        st.sampled_from(["", " ", "text", "讲师：张三", "# Title", "## Agenda ##", "# #", "#",
                         "###### six", "####### seven", "#tag", "# a #b", "# a \\#", "- item",
                         "* item", "+ item", "1. first", "01. first", "2. second", "3) third",
                         "1234567890. x", "-", "- ", "1.", "-x", "**bold**", "*em*", "__b__",
                         "---", "***", "* * *", "- - -", "___", "===", "= =", "--", "> quote",
                         "```", "~~~", "``x``", "    code", ">", "> ", ">x", ">  x", ">> x",
                         "> # h", "> - i", "> ---", ">***", "\n> quote\n", "  - nested",
                         "- # h", "- > q", "   - n3", "  * n", "  + n", "  -", "  - ",
                         "  1. n", "    - n4", "  - # h", "  - - -", "  -  two", "  text",
                         "10. ten", "   - ten's", "lazy", " * one", "   * three", " 1. o",
                         "   2) t", "  2. n", "      - six", "## Organizers", " t1", "   t3",
                         "  # h2", "  > q2", "  ---", "  ===", "  ```", "   **b**",
                         "-  two spaces", "- 1. x", "- **b**", "[a]: /u", "[a](b)", "<div>",
                         "\u3000", "\u00a0x", "x  ", "x\\", "\t- tab", "| a | b |"]),
        st.text(max_size=4),
        st.tuples(st.sampled_from(["", "# ", "- ", "1. ", "2. ", "* ", "> ", ">"]),
                  st.text(max_size=6))
        .map("".join),
    ),
    max_size=14,
).map("\n".join)


@settings(max_examples=800, deadline=None)
@given(text=st.one_of(_BODY_LINES, _MARKDOWN_BITS))
def test_plain_bodies_split_into_the_blocks_markdown_it_gives(text: str) -> None:
    from sphinx_meetup.reader.plain_blocks import plain_blocks

    fast = plain_blocks(text)
    if fast is not None:
        env: dict = {}
        assert fast == blocks._parsed_blocks(text, env)
        assert env == {}  # no link references: links are read without any


def test_plain_bodies_are_split_without_the_parser() -> None:
    from sphinx_meetup.reader.plain_blocks import plain_blocks

    text = ("# Agenda\n\n- 19:00 Talk\nlazy line\n1. first\n\n# Next ##\ntext\n* item\n\n"
            "---\n>q\n> r")
    assert plain_blocks(text) == blocks._parsed_blocks(text, {}) == [
        ("heading", 1, "Agenda", 0, 1), ("item", 1, "19:00 Talk\nlazy line", 2, 4),
        ("item", 1, "first", 4, 5), ("heading", 1, "Next", 6, 7),
        ("paragraph", 0, "text", 7, 8), ("item", 1, "item", 8, 9),
        ("paragraph", 0, "q\nr", 11, 13)]
    assert plain_blocks("text\n2. not an item") is None  # the parser reads those


#: lines with dates, clock times, weekdays and prose words around them
_DATE_LINE = st.lists(
    st.one_of(_DATE_BITS, _ONE_DATE,
              st.sampled_from(["19:00-21:00", "下午 2:00", "Monday", "星期六", "Join us ", "x",
                               "2019-02-29", "2000-02-29", "29 February", "。", "\n"])),
    max_size=4,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(text=_DATE_LINE, year=st.sampled_from([None, 2000, 2019]))
def test_a_lines_date_kind_is_what_only_date_and_prose_date_say(text: str,
                                                                year: int | None) -> None:
    # ("Join us on 29 February" states the day since stop 34: the model asks stated_date)
    expected = ("date" if dates.only_date(text, year) is not None
                else "stated" if dates.stated_date(text, year) is not None
                else "prose_date" if dates.prose_date(text, year) is not None else None)
    assert dates.date_line(text, year) == expected


def _plain_link_fact(unit: blocks.Unit) -> tuple[str, str] | None:
    """``content._link_fact`` as written before it asked for the label first."""
    from sphinx_meetup.reader.content import safe_url

    for role, attribute in (("replay", "video"), ("slides", "slides")):
        if role == "replay" and DEFAULT.is_not_replay(unit.text):
            continue
        if DEFAULT.fact(role).match(unit.text) and (urls := blocks.urls_in(unit.block,
                                                                           unit.source)):
            return attribute, safe_url(urls[0])
    return None


@settings(max_examples=300, deadline=None)
@given(line=st.tuples(st.sampled_from(["", "视频：", "Replay: ", "Slides: ", "PPT下载：", "直播：",
                                       "Live stream replay: ", "回放 "]),
                      _LINE_BITS,
                      st.sampled_from(["", " https://b23.tv/x", " [v](https://youtu.be/x)",
                                       " 报名 https://a.org"])).map("".join))
def test_a_talks_link_line_reads_as_before_the_label_was_asked_first(line: str) -> None:
    from sphinx_meetup.model import Talk
    from sphinx_meetup.reader.content import _link_fact

    for unit in blocks.units_of(blocks.blocks_of(line, 1)):
        talk = Talk(title="t")
        taken = _link_fact(talk, unit, DEFAULT)
        expected = _plain_link_fact(unit)
        assert taken == (expected is not None)
        if expected is not None:
            assert getattr(talk, expected[0]) == expected[1]


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(_TEXT, _LINE_BITS, _TITLE_LINE))
def test_answers_kept_for_a_read_are_the_functions_answers(text: str) -> None:
    from sphinx_meetup.reader import emphasis, memo

    memo.forget()
    for function in (names.clean, names.describes_someone, names.key, blocks.plain,
                     emphasis._unemphasised):
        assert function(text) == function(text) == function.__wrapped__(text)
    assert emphasis.unemphasise(text) == emphasis._unemphasised.__wrapped__(text)
    memo.forget()
    assert all(kept.cache_info().currsize == 0 for kept in memo._KEPT)


@settings(max_examples=50, deadline=None)
@given(first=_BODY_LINES, second=_BODY_LINES)
def test_a_page_reads_the_same_after_another_page(first: str, second: str) -> None:
    from sphinx_meetup.reader import read_event

    page = f"---\ntitle: T\nspeakers:\n  - name: 张三\n---\n{second}\n张三：标题\n"
    alone = repr(read_event(page))
    read_event(f"---\ntitle: A\n---\n{first}\n")
    assert repr(read_event(page)) == alone


def test_no_cjk_ideograph_is_decoration() -> None:
    """``units_of`` skips the decoration check for a line opening with U+4E00-U+9FFF."""
    import unicodedata

    from sphinx_meetup.reader import names

    assert not [code for code in range(0x4E00, 0xA000)
                if unicodedata.category(chr(code)) in names._ADORNMENT or chr(code).isspace()]


_WEEKDAY_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["monday", "Tuesday", "WEDNESDAY", "ſunday", "\u212a", "samedi", "Jeudi",
                         "montag", "Sonntag", "zondag", "domingo", "星期一", "周日", "礼拜天", "周",
                         "day", " ", ",", "x", "2019", "年", "ı", "İ"]),
        st.text(max_size=3),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_WEEKDAY_TEXT)
def test_weekdays_are_found_as_the_words_alone_find_them(text: str) -> None:
    plain = re.compile(dates._WEEKDAY_WRITTEN, re.IGNORECASE)
    assert dates._WEEKDAY.sub("|", text) == plain.sub("|", text)
    pair = dates._WEEKDAY_PAIR
    plain_pair = re.compile(pair.pattern.replace("(?=[dfjlmstvw星周])", "", 1), pair.flags)
    for tail in (" 3/4", ", 12.05", " the 1/2"):
        assert [m.groupdict() for m in pair.finditer(text + tail)] == [
            m.groupdict() for m in plain_pair.finditer(text + tail)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é—時間講師会议主讲人陳小明台臺\n:")))
@example("主講人：陳小明 時間：下午")
def test_traditional_view_looks_past_pages_without_its_characters(text: str) -> None:
    """The span test before the Traditional characters' pattern says no only where the
    pattern finds none; a page without such characters does not build the patterns."""
    from sphinx_meetup.reader import traditional

    full, _simplified_only, _table = traditional._patterns()
    if full.search(text) is None:
        assert traditional.simplified_view(text) is None
    traditional._patterns.cache_clear()
    assert traditional.simplified_view("Talks: Ada Lovelace — café at 19:00") is None
    assert traditional._patterns.cache_info().currsize == 0


def _unaccounted_in_full(line: str, accounted: object, labels: Labels) -> bool:
    """``confidence._unaccounted`` as written before it asked whether every word is held
    before taking the label words out of the line."""
    from sphinx_meetup.reader import confidence as c

    text = c.plain(c.words_of(line)).casefold().strip(" \t-*>#|")
    if not text or accounted.holds(text):
        return False
    text = c._NICKNAME_WORDS.sub(" ", c._label_words(labels).sub(" ", text))
    words = c._LATIN_WORDS.findall(text)
    missing = [w for w in words if w not in c._SMALL_WORDS and not accounted.holds(w)]
    cjk = c._CJK.findall(text)
    cjk_missing = [char for char in cjk if char not in accounted.text]
    whole = (missing or cjk_missing) and len(missing) + len(cjk_missing) == len(
        [w for w in words if w not in c._SMALL_WORDS]) + len(cjk)
    return bool(missing) or bool(whole) or len(cjk_missing) >= 2


#: label words (any case), small words, words glued to them, CJK, nicknames, marks
_USED_LINE = st.lists(
    st.one_of(
        st.sampled_from(_WORDS).flatmap(_cased),
        st.sampled_from(["the", "of", "and", "aka", "花名", "Ann", "Example", "Acme", "éa",
                         "ſ", "\u212a", "张", "三", "カ", "x", " ", "：", ":", "-", "**", "#"]),
        st.text(max_size=3),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(line=_USED_LINE, kept=st.lists(_USED_LINE, max_size=3).map("\n".join),
       site=st.booleans())
@example(line="Speaker: Ann Example", kept="ann example", site=False)
@example(line="主讲人：张三", kept="张三", site=False)
@example(line="éspeaker the", kept="éspeaker", site=False)
def test_a_line_whose_words_are_all_kept_is_accounted_for_without_its_labels(
    line: str, kept: str, site: bool
) -> None:
    """A used line all of whose words (and CJK characters) the kept text holds is not
    unaccounted: taking label words out only cuts its words into pieces of themselves."""
    from sphinx_meetup.reader import confidence, memo

    memo.forget()
    labels = _SITE if site else DEFAULT
    accounted = confidence._Kept(kept.casefold())
    fast = confidence._unaccounted(line, accounted, labels)
    assert fast == _unaccounted_in_full(line, confidence._Kept(kept.casefold()), labels)


_PROSE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(sorted({w for _, words in body_reader._PROSE_SPEAKERS for w in words})),
        st.sampled_from(["Ann", "wil", "present", "spr", "将", " ", "é", "x", "a"]),
        st.text(max_size=3),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_PROSE_TEXT)
@example(text="Ann will talk")
@example(text="张三将为大家分享")
def test_one_search_for_the_prose_speaker_words_finds_a_line_each_search_finds(
    text: str,
) -> None:
    """The prose-speaker patterns' words as one tree: it finds a word in a line exactly
    when one of the patterns' own searches does (the lines it skips hold none)."""
    each = any(needs.found_in(text) for _, needs in body_reader._PROSE_SEARCHES)
    assert body_reader._PROSE_WORDS.found_in(text) == each
    # (each a substring test of the words: what a search of their alternation finds)
    for _, needs in body_reader._PROSE_SEARCHES:
        flat = "|".join(re.escape(word) for word in needs.words)
        assert needs.found_in(text) == bool(re.search(flat, text))


#: each date pattern's gate as written before its characters were asked first
_SEARCH_GATES = (
    ("[令平昭]", 0, None), ("[月월]", 0, None), ("tháng", re.IGNORECASE, None),
    (r"\d\d\d\d[-/.]", 0, None), (r"\s\d", 0, "latin"), (r"\d\S{0,2}\s", 0, "latin"),
    (r"\d[/.]\d\d?[/.]\d", 0, None), (r"\d-\d\d?-[12]\d", 0, None),
    (r"年\s*+\d{1,2}\s*+年", 0, None),
    ("[〇零一二三四五六七八九]年", 0, None), (r"\d/\d\d?\s*+[（(]", 0, None),
)
_DATE_BITS = st.lists(
    st.one_of(
        st.sampled_from(["2024", "12", "3", "-", "/", ".", " ", "年", "月", "월", "日", "令和",
                         "平成", "昭", "tháng", "THÁNG", "Tháng", "thang", "á", "Á", "June",
                         "（", "(", "二〇一二", "〇", "x", "\u00a0"]),
        st.text(max_size=2),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_DATE_BITS)
@example(text="Ngày 5 tháng 6 năm 2024")
@example(text="2024-06-05")
@example(text="Doors open at 18 - talks. Bring a friend / 2 x")
def test_date_gates_asked_by_their_characters_pass_the_patterns_their_searches_pass(
    text: str,
) -> None:
    """A date pattern is gated first by the characters it cannot match without: the
    patterns a text passes are the ones it passed when each gate was a search."""
    from sphinx_meetup.reader import memo

    memo.forget()
    cased = dates._CASED_LETTER.search(text) is not None
    searched = tuple(
        entry[0] for entry, (gate, flags, also) in zip(dates._DATE_PATTERNS, _SEARCH_GATES,
                                                       strict=True)
        if re.search(gate, text, flags)
        and (also is None or (dates._LATIN_LETTER.search(text) if cased else
                              dates._month_gates()[entry[3]].search(text.lower())))
    )
    assert dates._gated(text) == searched


#: month names in any case, letters the engine matches to ASCII ones (``ı``, ``İ``,
#: ``ſ``, the Kelvin sign), other scripts' letters, and what stands between a month and
#: its day (ordinals, ``of``, dots, spaces of all kinds, a CJK date's characters)
_MONTH_BITS = st.lists(
    st.one_of(
        st.sampled_from(sorted(dates._MONTHS)).flatmap(_cased),
        st.sampled_from(["ARALIK", "aralIk", "Aral\u0131k", "MAYIS", "Kas\u0130m", "\u212aasim",
                         "\u017fept", "Sept", "AUGUST", "Ao\u00dbT", "M\u00c4RZ", "\u00e9",
                         "\u0130", "\u0131"]),
        st.sampled_from(["3", "12", "30th", "1ST", "2nd", "2024", " ", "  ", "\u00a0", "\t",
                         ".", ",", " of ", " OF ", " de ", "-", "–", "#", "月", "日", "中",
                         "が", "x", "_", "é", "а"]),
        st.text(max_size=2),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=_MONTH_BITS)
@example(text="Aral\u0131k 5")
@example(text="5 ARALIK 2024")
@example(text="\u212aasim 12")
@example(text="12th of \u017feptember")
@example(text="活动于 June 3 举行")
@example(text="the 12th of June")
@example(text="Sept. 5, 2024")
@example(text="3 DE MARZO 2020")
@example(text="25. Mai 2020")
def test_every_text_a_month_name_date_matches_passes_its_month_gate(text: str) -> None:
    """``_MONTH_FIRST`` and ``_DAY_FIRST`` (``\\b`` first: tried at every position) are
    asked of a text without a letter of another cased script only where their shape
    stands in its lower case: every text each matches either holds such a letter or its
    lower case holds the shape (a gate that misses one fails here)."""
    cased = dates._CASED_LETTER.search(text) is not None
    gates = dates._month_gates()
    if dates._MONTH_FIRST.search(text) and not cased:
        assert gates["month first"].search(text.lower())
    if dates._DAY_FIRST.search(text) and not cased:
        assert gates["day first"].search(text.lower())


def test_the_month_gates_spell_each_month_as_the_engine_matches_it() -> None:
    """Each month name's ASCII spellings are what the engine matches its letters to: the
    names with ``ı`` have their ``i`` spelling, those with ``é`` or ``ş`` none (the
    list gives their plain spelling), and each spelling is matched by the month tree."""
    month_first = dates._month_gates()["month first"]
    for name in dates._MONTHS:
        assert all(char.isalpha() for char in name)
        for char in name:  # (the gates ask the engine with the ASCII letter as the pattern)
            for letter in "abcdefghijklmnopqrstuvwxyz":
                assert bool(re.fullmatch(re.escape(char), letter, re.IGNORECASE)) == bool(
                    re.fullmatch(letter, char, re.IGNORECASE)), (char, letter)
        assert not any(blocks_cjk(char) for char in name)
        ascii_name = name.replace("\u0131", "i")
        if ascii_name.isascii():
            assert month_first.match(f"{ascii_name} 3"), name
            assert dates._MONTH_FIRST.match(f"{ascii_name.upper()} 3"), name
    assert month_first.match("aralik 3") and not month_first.match("şubat 3")
    assert not month_first.match("march3")


def blocks_cjk(char: str) -> bool:
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or (
        "\uac00" <= char <= "\ud7af")


#: weekday-and-pair dates (``Saturday 24/08``, ``周六 8.24``) and the slip ``2011年09年17日``
_PAIR_BITS = st.lists(
    st.one_of(
        st.sampled_from(["Saturday", "SAMEDI", "周六", "星期日", ",", "，", " ", "\n", "the ",
                         "24", "8", "/", ".", "12", "2011", "年", "月", "日", "x"]),
        st.text(max_size=2),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(_PAIR_BITS, _DATE_BITS))
@example(text="Saturday 24/08")
@example(text="周六，8.24")
@example(text="2011年09年17日")
@example(text="2011 年\n9 年 17 日")
def test_the_weekday_pair_and_slip_gates_pass_every_text_their_patterns_match(text: str) -> None:
    """``_WEEKDAY_PAIR`` (a look-ahead first: tried at every position) is searched only
    where ``_PAIR_DIGITS`` finds its digits; ``_CJK_SLIP`` only where its two 年 and the
    month between them are: every text either pattern matches passes its gate."""
    slip_gate = next(needs for pattern, _chars, needs, _also in dates._DATE_PATTERNS
                     if pattern is dates._CJK_SLIP)
    for match in dates._WEEKDAY_PAIR.finditer(text):
        assert dates._PAIR_DIGITS.search(match[0])
    for match in dates._CJK_SLIP.finditer(text):
        assert slip_gate.search(match[0])


_LETTERS_OF_WORDS = st.one_of(
    st.sampled_from([*"aAkKsSiIpPzZ09 -.:", "\u212a", "ſ", "İ", "ı", "é", "É", "ß", "ẞ", "я",
                     "Я", "中", "文", "カ", "か", "한", "µ", "μ", "Σ", "ς", "σ", "ǅ", "ǆ", "Ǆ"]),
    st.characters(),
)


@settings(max_examples=1000, deadline=None)
@given(a=_LETTERS_OF_WORDS, b=_LETTERS_OF_WORDS)
@example(a="k", b="\u212a")
@example(a="s", b="ſ")
@example(a="中", b="中")
def test_same_letter_answers_as_the_engine_does(a: str, b: str) -> None:
    """Whether two characters stand for each other case-insensitively: answered without
    the engine for two ASCII characters and for scripts without case, the same."""
    from sphinx_meetup.reader import patterns

    engine = bool(re.fullmatch(re.escape(a), b, re.IGNORECASE)
                  or re.fullmatch(re.escape(b), a, re.IGNORECASE))
    assert patterns._same_letter.__wrapped__(a, b) == engine


_WHO_LINE = st.lists(
    st.one_of(
        st.sampled_from(["张三", "李四", "Ann Example", "Bo", "（蚂蚁集团）", "(Acme)", "：", ":",
                         "——", " - ", "《标题》", "Title", "讲师", "**", "、", "和", "1. ",
                         "@ann", "，", "高级工程师", " "]),
        st.text(max_size=2),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(line=_WHO_LINE)
@example(line="张三（蚂蚁集团）：《标题》")
@example(line="**Ann Example: Title**")
def test_a_who_colon_line_always_names_someone(line: str) -> None:
    """``who_colon`` reads a line as a talk only with someone in it: a paragraph's
    ``名：标题`` is kept only when all its people are the front matter's, so on a page
    listing nobody the talk reader need not ask (``talks._line_header``)."""
    from sphinx_meetup.reader import headers, memo

    memo.forget()
    for unit in blocks.units_of(blocks.blocks_of(line, 1)):
        head = headers.who_colon(unit, 0, frozenset(), DEFAULT, strict=True)
        assert head is None or head.names


_DASH_LINE = st.lists(
    st.sampled_from(["Ann Example", "Bo Li", "Object Detection", "Lightning Talks", " - ",
                     " — ", "Building Things", "finding edges", "Senior Engineer at Acme",
                     "Part 1", " "]),
    min_size=1, max_size=4,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(_DASH_LINE, min_size=1, max_size=5))
@example(lines=["Ann Example - Building Things", "Bo Li - Part 1", "Ann Example - Lightning"])
def test_name_dash_runs_stop_at_their_first_line_that_does_not_read(lines: list[str]) -> None:
    """A run of ``Full Name - Title`` lines is read only when every line reads so: its
    lines after the first that does not are not split, and the headers are the same."""
    from sphinx_meetup.reader import memo, name_dash

    memo.forget()
    units = blocks.units_of(blocks.blocks_of("\n\n".join(lines), 1))
    regions = ["talks"] * len(units)
    fast = name_dash.read(units, [], regions, frozenset(), DEFAULT)
    whole = []
    for run in name_dash._paragraph_runs(units, regions):
        split = [name_dash.split_line(units[i].text, frozenset(), DEFAULT) for i in run]
        if all(split):
            whole += [(i, found[0], [n.name for n in found[1]])
                      for i, found in zip(run, split, strict=True)]
    assert [(h.index, h.title, [n.name for n in h.slot[1]]) for h in fast] == whole


def _list_runs_each_time(units: list, regions: list[str], minimum: int) -> list[list[int]]:
    """``name_items.list_runs`` as written before the page's runs were found once (the
    lists as :func:`name_items.find_runs` finds them afresh - a numbered list goes on
    past paragraphs since stop 37 -, filtered for each reader's least length)."""
    from sphinx_meetup.reader import name_items

    found: list[list[int]] = [
        top for length, top in name_items.find_runs(units, regions)[0]
        if length >= minimum and len(top) >= minimum]
    index = 0
    while index < len(units):
        block = units[index].block
        end = index
        while end < len(units) and units[end].block is block:
            end += 1
        if (block.kind == "paragraph" and end - index >= minimum
                and not any(regions[i] in {"other", "inside"} for i in range(index, end))):
            found.append(list(range(index, end)))
        index = end
    return found


_BODY_PIECES = st.lists(
    st.sampled_from(["- item", "  - sub item", "* other", "1. one", "line", "another line",
                     "", "## Heading", "text\\nmore text\\nthird", "- a\\n  wrapped",
                     "- a\\n\\n  its second paragraph"]),
    max_size=12,
).map(lambda pieces: "\n".join(piece.replace("\\n", "\n") for piece in pieces))


@settings(max_examples=300, deadline=None)
@given(body=_BODY_PIECES, data=st.data())
def test_list_runs_found_once_a_page_are_the_runs_found_each_time(body: str, data) -> None:
    """The lists and paragraphs of a page are found once and filtered by each reader's
    least length: the same runs as finding them for each reader."""
    from sphinx_meetup.reader import name_items

    units = blocks.units_of(blocks.blocks_of(body, 1))
    regions = data.draw(st.lists(st.sampled_from(["talks", "neutral", "other", "inside"]),
                                 min_size=len(units), max_size=len(units)))
    for minimum in (2, 3, 1, 2):
        assert name_items.list_runs(units, regions, minimum) == _list_runs_each_time(
            units, regions, minimum)
    regions[:] = ["other"] * len(units)  # the regions change: the runs are found again
    assert name_items.list_runs(units, regions, 2) == _list_runs_each_time(units, regions, 2)


@settings(max_examples=400, deadline=None)
@given(text=_DATE_BITS, years=st.lists(st.sampled_from([None, 2000, 2019, 2020, 2021]),
                                       min_size=1, max_size=4))
@example(text="June 30, 2019 - 2019-06-30 12/25/2020 2月29日", years=[2019, 2020, None])
def test_a_texts_date_matches_found_once_give_each_year_its_day(
    text: str, years: list[int | None]
) -> None:
    """The date patterns' matches of a text are found once a read and each year asked
    reads its day from them: the same day and match as searching again for each year."""
    from sphinx_meetup.reader import memo

    memo.forget()
    for year in years:
        again = None if not dates._HAS_DIGIT.search(text) else dates._earliest(
            (pattern.finditer(text) for pattern in dates._gated(text)), year)
        found = dates._first_date(text, year)
        assert (found and (found[0].span(), found[1])) == (again and (again[0].span(), again[1]))


#: ``by`` words, their participles and the spaces around them, in any case
_BY_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["by", "par", "von", "door", "por", "presented", "given", "talk",
                         "présentée", "a cura di", "Ann", "Title"]).flatmap(_cased),
        st.sampled_from([" ", "  ", "\t", "\n", "\u3000", "\xa0", "x", "-", "名"]),
        st.text(max_size=2),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_BY_TEXT)
def test_by_pattern_opening_with_a_space_class_finds_what_spaces_did(text: str) -> None:
    from sphinx_meetup.reader import headers
    from sphinx_meetup.reader.by_words import BY, PRESENTED_BY

    plain = re.compile(r"\s+(?:" + PRESENTED_BY + r"|(?:(?:presented|given|talk)\s+)?" + BY
                       + r")\s+", re.I)
    assert ([m.span() for m in headers._BY.finditer(text)]
            == [m.span() for m in plain.finditer(text)])


@settings(max_examples=400, deadline=None)
@given(text=_ROLE_TEXT)
def test_role_word_trees_find_what_the_flat_lists_find(text: str) -> None:
    """The job words written as a tree (``slots._ROLE``, ``names._ROLE_WORDS``) match
    where and what the flat lists of the same words matched."""
    flat_slots = "|".join(re.escape(word) for word in slots._ROLE_LATIN)
    plain_role = re.compile(
        rf"(?:{slots._ROLE_CJK}|\b(?:{flat_slots})s?\b)", re.IGNORECASE)
    flat_names = "|".join(re.escape(word) for word in names._ROLE_LATIN)
    plain_words = re.compile(
        rf"(?:{names._ROLE_CJK}|\b(?:{flat_names})\b|{names._ROLE_STEMS})", re.IGNORECASE)
    for fast, plain in ((slots._ROLE, plain_role), (names._ROLE_WORDS, plain_words)):
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)]


_WEEKDAY_NAMES_TEXT = st.lists(
    st.one_of(
        st.sampled_from(sorted({*dates._EUROPEAN_WEEKDAY_NAMES, *dates._DAY_NAMES})).flatmap(
            _cased),
        st.sampled_from([" ", ",", "-", "x", "s", "2", "ı", "İ", "\u212a", "ſ", "星期六", "周"]),
        st.text(max_size=2),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_WEEKDAY_NAMES_TEXT)
def test_weekday_name_trees_find_what_the_flat_lists_find(text: str) -> None:
    """The weekday names written as trees find what the flat lists of the same names,
    longest first, found: the same spans for the weekday pattern, the same yes or no
    for the day heading (asked whether, never where)."""
    flat = "|".join(re.escape(name) for name in dates._EUROPEAN_WEEKDAY_NAMES)
    plain = re.compile(dates._WEEKDAY_WRITTEN.replace(dates._EUROPEAN_WEEKDAY, flat),
                       re.IGNORECASE)
    assert [m.span() for m in dates._WEEKDAY.finditer(text)] == [
        m.span() for m in plain.finditer(text)]
    names = "|".join(re.escape(name) for name in dates._DAY_NAMES)
    plain_heading = re.compile(dates._DAY_HEADING.pattern.replace(
        dates._DAY_WORDS, names + "|[月火水木金土日]曜日|星期.|周."), re.IGNORECASE)
    for line in (text, f"## {text}", f"{text} 19:00"):
        assert bool(dates._DAY_HEADING.search(line)) == bool(plain_heading.search(line))


_PRESENTED_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["presented by", "présentée par", "a cura di", "gehalten von", "will",
                         "took", "is", "was", "se ", "fand", "将于", "时间", "Ann Example",
                         "realizado", "tiendra"]).flatmap(_cased),
        st.sampled_from([" ", "-", ".", "x", "ı", "İ", "ſ", "\u212a", "2019", "中"]),
        st.text(max_size=2),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_PRESENTED_TEXT)
def test_look_aheads_on_first_letters_find_what_the_words_alone_find(text: str) -> None:
    """``presented by`` lines and the words that state a date: the look-ahead on their
    first letters changes where a search looks, not what it finds."""
    from sphinx_meetup.reader.by_words import PRESENTED_BY

    plain = re.compile(r"(?<![\w-])(?:" + PRESENTED_BY
                       + r")\s++(?P<names>[^.;!?<>()\[\]{}]{3,120})", re.IGNORECASE)
    assert [m.span() for m in body_reader._PRESENTED.finditer(text)] == [
        m.span() for m in plain.finditer(text)]
    hint = _without_look_ahead(dates._STATED_HINT)
    assert [m.span() for m in dates._STATED_HINT.finditer(text)] == [
        m.span() for m in hint.finditer(text)]


#: the word lists as they were written before they were grouped by first letter
_PRESENTED_BY_FLAT = (
    r"presented\s++by|présenté(?:e|s|es)?\s++par|presentad[oa]s?\s++por"
    r"|impartid[oa]s?\s++por|dictad[oa]s?\s++por|apresentad[oa]s?\s++por"
    r"|ministrad[oa]s?\s++por|presentat[oa]\s++da|tenut[oa]\s++da|a\s++cura\s++di"
    r"|präsentiert\s++von|vorgestellt\s++von|gehalten\s++von|gepresenteerd\s++door"
    r"|gegeven\s++door|verzorgd\s++door|presenteras\s++av|presenteres\s++av"
    r"|presentert\s++av|hålls\s++av|holdt\s++av|præsenteret\s++af|holdes\s++af"
    r"|prowadzon[ya]\s++przez|prezentowan[ya]\s++przez"
)
_NOT_SPEAKING_FLAT = (
    r"(?:hosted|moderated|organi[sz]ed|sponsored|powered|brought\s+to\s+you|supported|"
    r"gesponsert|gehostet|organisiert|veranstaltet|moderiert|unterstützt|"
    r"sponsorisée?s?|organisée?s?|accueillie?s?|animée?s?|soutenue?s?|"
    r"gesponsord|georganiseerd|gehost|ondersteund|gemodereerd|"
    r"patrocinad[oa]s?|organizad[oa]s?|auspiciad[oa]s?|apoyad[oa]s?|apoiad[oa]s?|"
    r"representad[oa]s?|moderad[oa]s?|hospedad[oa]s?|cortesía|oferecid[oa]s?|"
    r"ofrecid[oa]s?)$"
)
_TALK_WORDS_FLAT = (
    r"talk|session|presentation|lecture|keynote|topic|议题|演讲|分享|话题|主题|charla|"
    r"palestra|vortrag|intervento|sessione|発表|セッション"
)
_GROUPED_WORDS = [
    "presented by", "présentée par", "presentados por", "impartida por", "a cura di",
    "präsentiert von", "gegeven door", "hålls av", "præsenteret af", "prezentowana przez",
    "hosted", "organised", "sponsorisées", "brought to you", "unterstützt", "cortesía",
    "gehost", "apoiados", "talk", "session", "sessione", "keynote", "intervento", "発表",
]


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(_GROUPED_WORDS), max_size=3),
       noise=st.text(alphabet="aKkſıİ \u212a1by:", max_size=4), upper=st.booleans())
def test_word_lists_grouped_by_first_letter_match_as_the_flat_lists(
        words: list[str], noise: str, upper: bool) -> None:
    """``PRESENTED_BY``, ``NOT_SPEAKING`` and the numbered talk words, grouped by first
    letter (each group's first letter a class the engine tests before it enters the
    group), find what the flat lists found, where they found it."""
    from sphinx_meetup.reader.by_words import NOT_SPEAKING, PRESENTED_BY
    from sphinx_meetup.reader.headers import _TALK_WORDS

    text = noise.join(word.upper() if upper else word for word in words) + noise
    pairs = [(PRESENTED_BY, _PRESENTED_BY_FLAT), (NOT_SPEAKING.pattern, _NOT_SPEAKING_FLAT),
             (rf"^(?:{_TALK_WORDS})\s*\d", rf"^(?:{_TALK_WORDS_FLAT})\s*\d")]
    for grouped, flat in pairs:
        for ask in (text, text.replace("k", "\u212a"), text.replace("s", "ſ")):
            assert [m.span() for m in re.finditer(grouped, ask, re.IGNORECASE)] == [
                m.span() for m in re.finditer(flat, ask, re.IGNORECASE)]


#: brackets of both widths, newlines, quotes, names and dashes: the characters the
#: substring tests before the bracket, dash and ``Q&A`` patterns are about
_GATED_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["(", ")", "（", "）", "\n", " ", "\t", "\u00a0", '"', "“", "”", "«",
                         "»", "Ann Example", "Bob", "Talk", "中文", "-", "–", "—", "--", "/",
                         "&", "q", "Q", "a", "A", "Q/A", "q & a", "Q&A", "é", "1", "|", "｜",
                         "，", ",", "、", "花名", "昵称：", "网名", "aka", "AKA", "a.k.a.", "ak"]),
        st.text(max_size=3),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=_GATED_TEXT)
@example("Title (Ann Example)\n")
@example('"Title (x)" （名）')
@example("Ann Example - Title")
@example("Ann Example\u00a0— Title")
@example("Coffee + Q & A")
@example("孙健波 (花名：天元)")
def test_substring_tests_before_patterns_pass_every_text_the_patterns_match(text: str) -> None:
    from sphinx_meetup.reader import (
        bracket_items,
        confidence,
        content,
        headers,
        name_dash,
        named_headings,
    )

    if not text.endswith(bracket_items.CLOSING_BRACKET):
        assert bracket_items._BRACKETED.match(text) is None
        assert bracket_items._QUOTED_BRACKETED.match(text) is None
        assert named_headings._BRACKETED.match(text) is None
    if "-" not in text and "–" not in text and "—" not in text:
        assert name_dash._NAME_DASH.match(text) is None
    if "/" not in text and "&" not in text:
        assert confidence._QUESTIONS.sub(" ", text) == text
    for start in (0, 1, 5):
        if headers._SEPARATOR_MARK.search(text, start) is None:
            assert next(headers._TITLE_SEPARATOR.finditer(text, start), None) is None
    for end in (3, 10, 80):
        if headers._SEPARATOR_MARK.search(text, 0, end) is None:
            assert headers._KNOWN_DASH.search(text, 0, end) is None
    if not any(word in text for word in content._NICKNAME_WORDS):
        assert content._NICKNAME.search(text) is None


#: front matter's boundary lines and what stands near them
_FRONT_TEXT = st.lists(
    st.sampled_from(["---", "----", "+++", "++++", "--", "-", "+", "\n", "\r\n", " ", "\t",
                     "title: x", "a", "\n---\n", "\n+++\n", "---x", " ---", "\u00a0", "\x0b"]),
    max_size=14,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=_FRONT_TEXT)
@example("---\ntitle: x\n---\nbody\n---\nmore")
@example("---\n---")
@example("---\n\n---  \n\nbody")
@example("+++\ntitle = 'x'\n+++\n")
@example("---\ntitle: x\n--- x\n---")
def test_front_matter_split_at_its_closing_line_is_the_handlers_split(text: str) -> None:
    from frontmatter.default_handlers import BaseHandler

    from sphinx_meetup.reader import frontmatter

    for handler in frontmatter._HANDLERS[:2]:
        try:
            expected: tuple[str, str] | None = BaseHandler.split(handler, text)
        except ValueError:
            expected = None
        try:
            found: tuple[str, str] | None = handler.split(text)
        except ValueError:
            found = None
        assert found == expected


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example("Speakers:")
@example("Agenda")
def test_a_boundary_asks_the_section_words_first_and_answers_the_same(text: str) -> None:
    from sphinx_meetup.reader import talks

    for labels in (DEFAULT, _SITE):
        unit = blocks.Unit("paragraph", text, text, 1, blocks.Block("paragraph", text, 1, 1),
                           first=True, alone=True)
        before = not labels.only("speaker").match(text) and bool(
            labels.any_role("only", talks._SECTION_ROLES).match(text))
        assert talks._is_boundary(unit, labels) == before


def _zero_width(mark: str, opening: bool) -> re.Pattern[str]:
    """The emphasis marks' places as found before: zero-width look-arounds."""
    escaped = re.escape(mark)
    if mark == "`":
        return re.compile(rf"(?={escaped}.)" if opening else rf"(?<=.)(?={escaped})", re.S)
    if opening:
        before = r"(?<!\w)" if mark[0] == "_" else ""
        return re.compile(rf"{before}(?={escaped}\S)")
    after = r"(?!\w)" if mark[0] == "_" else ""
    return re.compile(rf"(?<=\S)(?={escaped}{after})")


#: marks in runs, against letters, spaces, newlines and CJK
_MARKED_TEXT = st.lists(
    st.sampled_from(["*", "**", "***", "_", "__", "`", "``", " ", "\n", "\t", "a", "Jane",
                     "张三", "介绍", "1", "-", "é", "\u00a0", "_a_", "*b*"]),
    max_size=16,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=_MARKED_TEXT)
@example("****")
@example("介绍**张三**的")
@example("a_b_ _c_ __d__ `e` ``")
def test_emphasis_marks_found_at_their_first_character_are_the_zero_width_places(
    text: str,
) -> None:
    from sphinx_meetup.reader import emphasis

    for mark in emphasis.MARKS:
        for opening, found in ((True, emphasis._OPENS), (False, emphasis._CLOSES)):
            assert [m.start() for m in found[mark].finditer(text)] == [
                m.start() for m in _zero_width(mark, opening).finditer(text)], (mark, opening)


#: lines of the shapes the anchored patterns below read (clock times, numbered talks,
#: series markers, the guest speaker label, rules and underlines) and their near misses
_ANCHORED_BITS = st.lists(
    st.one_of(
        st.sampled_from(["19:30", "9.30", "1", "２", "٣", "-", "–", "=", "*", "_", " ", "  ",
                         "\t", "Talk", "talk", "ſession", "\u212aeynote", "İntervento",
                         "议题", "第", "一", "个", "主题", "SOFAChannel", "#", "# ", "8",
                         "：", ":", "Special", "guest", "GUEST", "speaker", "pm", "Ann"]),
        st.text(max_size=2),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(text=_ANCHORED_BITS)
@example(text="19:30 - 20:00 Talk")
@example(text="\u212aeynote 2: Title")
@example(text="第一个主题：标题")
@example(text="SOFAChannel#8：标题")
@example(text="  Guest speaker: Ann")
@example(text="- - -")
@example(text="===")
@example(text="  ---")
def test_anchored_patterns_are_asked_only_of_texts_that_can_open_so(text: str) -> None:
    """Each anchored pattern is asked only where a first character (or a character it
    cannot match without) is there: every text it matches passes that test."""
    from sphinx_meetup.reader import headers, plain_blocks, reading

    if headers._TIMED.match(text):
        assert headers._timed(text)
    if headers._NUMBERED.match(text):
        assert headers._numbered(text)
    if headers._SERIES.match(text):
        assert "#" in text
    if names._GUEST.match(text):
        assert ":" in text or "：" in text
    if text and plain_blocks._BREAK.match(text):
        assert text[0] in "-*_"
    if text and plain_blocks._UNDERLINE.match(text):
        assert text[0] in "=-"
    if reading._UNDERLINE.match(text):
        assert "=" in text or "-" in text


#: the words a title's numbering, kind label or org suffix opens with, and glue
_TITLE_OPENINGS = st.lists(
    st.one_of(
        st.sampled_from(["talk", "lightning talk", "session", "sessione", "topic", "charla",
                         "palestra", "vortrag", "intervento", "keynote", "panel discussion",
                         "workshop", "tutorial", "conférence", "présentation", "ponencia",
                         "oficina", "minicurso", "relazione", "presentation", "lezing",
                         "prelekcja", "wykład", "доклад", "выступление", "intro",
                         "introductory", "beginner", "intermediate", "advanced", "first",
                         "second", "third", "middle", "last", "main", "opening", "closing",
                         "主题演讲", "闪电演讲", "特邀演讲", "圆桌讨论", "演讲介绍", "议题介绍",
                         "分享介绍", "主题", "议题", "话题", "分享", "発表", "セッション", "第",
                         "三", "个", "12", "٣"]).flatmap(_cased),
        st.sampled_from([" ", "\t", "\u3000", ":", "：", ".", "、", ")", "-", "–", "—", "*",
                         "“", '"', "ſ", "\u212a", "İ", "ı", "ᲀ", "ᲁ", "x", "蚂蚁集团", "Inc"]),
        st.text(max_size=2),
    ),
    max_size=6,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(text=_TITLE_OPENINGS)
@example(text="Talk 1: Title")
@example(text="ſession 2: Title")
@example(text="\u212aeynote: Title")
@example(text="ᲀыступление: Title")
@example(text="第一个主题：标题")
@example(text="\u3000三、标题")
@example(text="Title - 蚂蚁集团")
def test_a_title_is_asked_only_the_patterns_it_can_open_with(text: str) -> None:
    """``tidy_title`` asks the numbering and kind-label patterns (anchored at the start)
    only of a title whose first character can open a match, and the org suffix only of
    one with a dash: every text each pattern matches passes its test."""
    from sphinx_meetup.reader import headers

    if headers._NUMBERING.match(text):
        assert headers._may_open(text, *headers._NUMBERING_FIRST)
    if headers._KIND_LABEL.match(text):
        assert headers._may_open(text, *headers._KIND_LABEL_FIRST)
    if headers._ORG_SUFFIX.search(text):
        assert "-" in text or "–" in text or "—" in text



def _first_characters(items: list, found: set[str]) -> bool:
    """Add to ``found`` every character a match of the parsed pattern ``items`` can open
    with (the engine's own parse: literals, classes, branches, groups, repeats; ``\\d``
    and ``\\s`` as ``0`` and a space); whether ``items`` can match the empty string."""
    from re import _constants as c

    for op, av in items:
        if op is c.LITERAL:
            found.add(chr(av))
            return False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    found.add(chr(value))
                elif kind is c.RANGE:
                    found.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is c.CATEGORY:
                    found.add({c.CATEGORY_DIGIT: "0", c.CATEGORY_UNI_DIGIT: "0",
                               c.CATEGORY_SPACE: " ", c.CATEGORY_UNI_SPACE: " "}[value])
            return False
        if op is c.BRANCH:
            empty = False
            for branch in av[1]:
                empty = _first_characters(list(branch), found) or empty
            if not empty:
                return False
        elif op is c.SUBPATTERN:
            if not _first_characters(list(av[3]), found):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner = _first_characters(list(av[2]), found)
            if av[0] > 0 and not inner:
                return False
        elif op is c.ATOMIC_GROUP:
            if not _first_characters(list(av), found):
                return False
        elif op is c.AT:
            continue
        else:
            raise AssertionError(f"not read here: {op}")
    return True


def test_the_first_character_tests_know_every_word_the_patterns_hold() -> None:
    """Every character a match of ``_NUMBERED``, ``_NUMBERING`` or ``_KIND_LABEL`` can open
    with (read from the engine's parse of the pattern itself) passes their first-character
    test, in every case - a word added to one of them with a new first letter fails here
    until its test knows it."""
    from re import _parser

    from sphinx_meetup.reader import headers

    for pattern, test in ((headers._NUMBERED, lambda t: t[:1] in headers._NUMBERED_FIRST),
                          (headers._NUMBERING,
                           lambda t: headers._may_open(t, *headers._NUMBERING_FIRST)),
                          (headers._KIND_LABEL,
                           lambda t: headers._may_open(t, *headers._KIND_LABEL_FIRST))):
        found: set[str] = set()
        _first_characters(list(_parser.parse(pattern.pattern, pattern.flags)), found)
        assert len(found) > 5
        for char in found:
            for cased in {char, char.upper(), char.lower()}:
                if len(cased) == 1:
                    assert test(cased), (pattern.pattern[:40], cased)


#: clock pieces: digits, every separator and day-part word the time patterns know, the
#: letters of am/pm in both cases (and look-alikes), spaces and what stands around them
_CLOCK_BITS = st.lists(
    st.sampled_from(["1", "2", "9", "12", "19", "23", "30", "05", "59", "60", ":", "：", ".",
                     "h", "H", "a", "A", "p", "P", "m", "M", "am", "p.m.", " ", "  ", "\t",
                     "-", "–", "~", "至", "to", "until", "下午", "中午", "上午", "x", "<b>",
                     "](", "https://", "\u212a", "İ", "ſ", "\n"]),
    max_size=10,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=_CLOCK_BITS)
@example(text="7 pm")
@example(text="下午 1:30")
@example(text="19h30 - 21h")
@example(text="7-9 p.m.")
def test_a_line_with_hours_holds_the_clock_hint(text: str) -> None:
    """``_only_timed_day`` asks a line for its day only when it holds ``_CLOCK_HINT``:
    every text ``find_times`` reads a start from holds it."""
    from sphinx_meetup.reader import reading

    if dates.find_times(text)[0] is not None:
        assert reading._CLOCK_HINT.search(text), text


_TIMED_DAY_LINES = st.lists(
    st.sampled_from([
        "", "# Meetup", "Join us!", "Friday, September 15th, 2017 from 4:00pm",
        "September 15, 2017 19:00 - 21:00", "2017-09-15 18:30", "2017年9月15日 下午2:00",
        "2016-12-30 7 pm", "Tuesday 2 January 2018, 19:30", "15.09.2017 um 19:00 Uhr",
        "Saturday, September 16th, 2017 at 6 pm", "Our next meetup: October 1, 2017 18:00",
        "2017-09-15", "Room 2017, 19:00", "[slides](https://x.org/2017-09-15-19:30.pdf)",
        "<img src='/2017/09/15.png'> 7pm", "Tickets: 2017 seats", "1999-09-15 18:00",
        "Sept 15 2017 at 7.30 p.m.", "Doors 18:30", "2018-03-30 19:00",
        "December 28, 2017 at 7 pm", "Fri 19h30 - 21h",
    ]),
    max_size=6,
).map("\n".join)


@settings(max_examples=600, deadline=None)
@given(body=_TIMED_DAY_LINES, page=st.sampled_from(
    ["2017-09-01", "2017-09-15", "2017-12-20", "2018-01-10", "2016-11-30"]))
@example(body="Tuesday 2 January 2018, 19:30", page="2017-12-20")  # the next year's day
@example(body="December 28, 2017 at 7 pm", page="2018-01-10")  # the year before's
def test_the_only_timed_day_is_read_as_every_line_asked_reads_it(body: str, page: str) -> None:
    """``_only_timed_day``'s tests (the page's years in the body; a line with hours, a
    near day and its year) skip only bodies where asking every line changes nothing."""
    import datetime as dt

    from sphinx_meetup.reader import reading
    from sphinx_meetup.reader.when import _STATED_SLACK_DAYS

    assert _STATED_SLACK_DAYS < 365  # (so the day's year is the page's or one next to it)
    start = dt.datetime.fromisoformat(page + "T10:00")
    fast, plain = Event(start=start), Event(start=start)
    reading._only_timed_day(fast, body)
    reading._timed_day_of_lines(plain, body.splitlines())  # (every line asked)
    assert (fast.start, fast.end) == (plain.start, plain.end)


@settings(max_examples=1500, deadline=None)
@given(text=st.from_regex(re.compile(deixis._THIS_TALK.pattern, deixis._THIS_TALK.flags)))
@example(text="In this ſession we")  # (a long s: matched as s, case-insensitively)
@example(text="in deze LEZING")
def test_a_sentence_of_this_talk_holds_a_talk_word(text: str) -> None:
    """``speaks_of_itself`` searches a paragraph for its sentence only when it holds one
    of ``_TALK_WORD``'s words: every text the sentence's pattern finds something in holds
    one (texts made from the pattern itself)."""
    if deixis._THIS_TALK.search(text):
        assert deixis.holds_a_talk_word(text), text


@settings(max_examples=1500, deadline=None)
@given(text=st.from_regex(re.compile(by_words.PRESENTED_BY, re.IGNORECASE)))
@example(text="preſented by Ann Example")  # (a long s: matched as s, case-insensitively)
@example(text="ımpartido por Ana Ejemplo")  # (a dotless i: matched as i)
@example(text="HÅLLS AV Anna Exempel")
def test_a_presented_by_holds_a_participle(text: str) -> None:
    """``_presented_by`` searches a paragraph for ``presented by`` (``_PRESENTED``: a
    participle of ``PRESENTED_BY`` and the names after it) only when it holds one of
    ``PARTICIPLES``: every text ``PRESENTED_BY`` finds something in holds one (texts
    made from the pattern itself)."""
    if re.search(by_words.PRESENTED_BY, text, re.IGNORECASE):
        assert by_words.PARTICIPLES.found_in(text), text
    if body_reader._PRESENTED.search(text):
        assert by_words.PARTICIPLES.found_in(text), text


def test_the_lower_case_of_a_text_holds_a_letter_where_the_engine_matches_it() -> None:
    """:class:`.patterns.CaselessWords` searches a text's lower case for words written in
    lower case: for every letter of its users' words, the characters the engine matches
    case-insensitively are those ``str.lower`` makes that letter, but for the ones it
    searches case-insensitively instead (``_ODD_CASES``); no other character's lower case
    is two characters long, and no word holds the sigma whose lower case depends on its
    place."""
    from collections import defaultdict

    from sphinx_meetup.reader import patterns

    odd = {"\u0130", "\u0131", "\u017f"}
    assert set(re.findall(patterns._ODD_CASES.pattern, "".join(odd) + "iIsS")) == odd
    every = [chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF]
    lowered: dict[str, set[str]] = defaultdict(set)
    for char in every:
        lower = char.lower()
        if len(lower) != 1:
            assert char in odd, char
        lowered[lower].add(char)
    text = "".join(every)
    words = {*body_reader._THE_SPEAKER_IS_GATE.words, *deixis._TALK_WORD.words,
             *by_words.PARTICIPLES.words}
    for letter in {char for word in words for char in word}:
        assert letter not in "σς"
        engine = set(re.findall(re.escape(letter), text, re.IGNORECASE))
        assert engine - odd == lowered[letter] - odd, letter


@settings(max_examples=800, deadline=None)
@given(words=st.sampled_from([("talare", "taler", "föredragshållare", "intervenant"),
                              ("session", "présentation", "exposé", "wykładzie", "talk")]),
       pieces=st.lists(st.one_of(
           st.sampled_from(["talare", "taler", "FÖREDRAGSHÅLLARE", "intervenant", "ſession",
                            "SESSİON", "sessıon", "PRÉSENTATION", "Exposé", "WYKŁADZIE",
                            "tal", "sess", "\u212aey"]).flatmap(_cased),
           st.sampled_from([" ", "ſ", "\u212a", "İ", "ı", "Ö", "Å", "\u212b", "Σ", "中", "x"])),
           max_size=6))
def test_caseless_words_are_found_where_a_case_insensitive_search_finds_them(
    words: tuple[str, ...], pieces: list[str]
) -> None:
    from sphinx_meetup.reader.patterns import CaselessWords

    text = "".join(pieces)
    flat = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    assert CaselessWords(words).found_in(text) == bool(re.search(flat, text, re.IGNORECASE))


#: the speaker words as main wrote them before they were a tree
_THE_SPEAKER_FLAT = re.compile(
    r"(?i:foredragsholder|föredragshållare|referent|vortragende|sprecher|ponente|"
    r"conferencista|orat(?:eur|rice)|intervenant|relat(?:ore|rice)|palestrante|prelegent|"
    r"spreker|puhuja|taler|talare)"
)


@settings(max_examples=800, deadline=None)
@given(text=st.lists(st.one_of(
    st.sampled_from(["foredragsholder", "föredragshållare", "referent", "vortragende",
                     "sprecher", "ponente", "conferencista", "orateur", "oratrice",
                     "intervenant", "relatore", "relatrice", "palestrante", "prelegent",
                     "spreker", "puhuja", "taler", "talare", "orat", "relat", "tal"])
    .flatmap(_cased),
    st.sampled_from([" ", "ſ", "\u212a", "İ", "ı", "Ö", "Å", "中", "x"])), max_size=6).map("".join))
def test_the_speaker_word_tree_finds_what_the_flat_words_find(text: str) -> None:
    """``_prose_names``' test before ``the speaker is …`` in other languages: the tree of
    its words (``alternation``) finds one where the flat list does."""
    assert body_reader._THE_SPEAKER_IS_GATE.found_in(text) == bool(
        _THE_SPEAKER_FLAT.search(text))


@settings(max_examples=600, deadline=None)
@given(text=st.lists(st.sampled_from([
    "Ann Example", "张三", "李四", "Bo", "Title", "云原生", "实践", "by", " - ", " — ", "：",
    ": ", "，", "、", " | ", "(Acme)", "（蚂蚁集团）", " ", "《标题》", "and", "和", "Kubernetes",
]), max_size=8).map("".join))
@example(text="张三：云原生实践")
@example(text="Kubernetes 实践 - 张三")
@example(text="Title by Ann Example")
def test_a_heading_of_a_page_without_people_is_its_title(text: str) -> None:
    """A page whose front matter lists no one: a heading's split into a title and
    people is not asked, as none of them could be known - a split always names one."""
    from sphinx_meetup.reader import headers

    if split := headers.split_title_names(text, frozenset(), latin=True):
        assert split[1]
    if match := headers._WHO_COLON.match(text):
        assert not any(headers._is_known(name, frozenset())
                       for name in names.split_names(match["who"], frozenset()))
    head = headers._heading(text, 0, frozenset())
    assert head.kind == "person" or (head.title, head.names) == (headers.tidy_title(text), [])


@settings(max_examples=800, deadline=None)
@given(text=st.from_regex(re.compile(announced_topics._ANNOUNCED.pattern)))
@example(text="Ann Example will talk about «Tests»")
def test_an_announced_topic_is_set_apart_by_a_mark_the_gate_knows(text: str) -> None:
    """``announced_topics.read`` searches a paragraph for its verbs and its shape only
    when it holds a mark a topic is set apart with: every text the shape's pattern finds
    something in holds one (texts made from the pattern itself)."""
    if announced_topics._ANNOUNCED.search(text):
        assert announced_topics._sets_apart(text), text


@settings(max_examples=3000, deadline=None)
@given(text=st.lists(st.sampled_from(
    ["and", "AND", "Und", "et", "eT", "e", "E", "en", "EN", "y", "Y", "a", "u", "nd", "t", "n",
     "x", "é", "中", "_", "1", "İ", " ", "-", ",", "/", "&", "+", "\u212a", "\u017f"]),
    max_size=8).map("".join))
@example(text="Time and Venue")
@example(text="Wann_und Wo")
@example(text="Date e Luogo")
def test_a_heading_holds_a_fact_join_where_the_joins_search_finds_one(text: str) -> None:
    """``_facts_heading`` asks whether a heading holds a join of its fact words with a
    pattern that opens with their first characters: it says yes exactly where a search
    of the joins as written finds one."""
    from sphinx_meetup.reader import talks

    assert bool(talks._FACT_JOIN.search(text)) == bool(talks._FACT_JOINS.search(text))


@settings(max_examples=3000, deadline=None)
@given(text=st.lists(st.sampled_from(
    ["and", "AND", "Und", "et", "ET", "e", "E", "en", "i", "y", "och", "og", "и", "a", "o",
     "u", "nd", " ", "  ", "\t", "Ann", "Bo", "Lima", "À", "Я", "x", "_", "1", "中", "和", "与",
     "、", ",", "，", "/", ";", "；", "&", "＆", "-", "'", "(", "（", ")", "\u212a", "İ", "ı"]),
    max_size=8).map("".join))
@example(text="Ana Souza e Bia Lima")
@example(text="Ann och Bo Sample")
@example(text="张三 和 李四")
def test_a_name_the_joiners_cut_holds_what_the_joiner_test_looks_for(text: str) -> None:
    """``names._split_outside_brackets`` cuts a text only when ``_MAY_JOIN`` finds one of
    the joiners' marks or words in it: every text ``_JOINERS`` finds a joiner in."""
    if names._JOINERS.search(text):
        assert names._MAY_JOIN.search(text), text


@settings(max_examples=500, deadline=None)
@given(text=st.text(st.characters(max_codepoint=127)))
@example(text="".join(chr(point) for point in range(128)))
def test_an_ascii_kept_text_is_squeezed_as_its_letters_are_found(text: str) -> None:
    """``confidence._Kept`` squeezes an ASCII kept text with ``translate``: the same text
    as its runs of ``_LETTERS`` joined (the way every other text is squeezed)."""
    from sphinx_meetup.reader import confidence

    assert text.translate(confidence._ASCII_SQUEEZE) == "".join(
        re.findall(confidence._LETTERS.pattern, text))


@settings(max_examples=1000, deadline=None)
@given(line=st.from_regex(re.compile(r"^ {0,5}(?:[-*+]|[0-9٣０]{1,10}[.)])?[ a-z.)-]{0,6}"),
                          fullmatch=True) | st.text(" -*+.)1٣０ab", max_size=12))
def test_a_used_line_s_item_indent_is_the_marker_s(line: str) -> None:
    """``reading._item_indent`` matches the item marker only on a line whose first
    character after up to three spaces is a bullet or a digit: the same indent as the
    pattern on every line (Unicode digits included, as ``\\d`` has them)."""
    from sphinx_meetup import reader  # noqa: F401 - (reading is imported with it)
    from sphinx_meetup.reader import reading

    mark = reading._ITEM_MARK.match(line)
    assert reading._item_indent(line) == (len(mark[0]) if mark else 0)


@given(key=st.from_regex(r"(?:event|meetup|talk|session|seminar|meeting)[_-].+|"
                         r"(?:speaker|presenter)_?[1-9]?|[A-Za-z _-]{0,12}", fullmatch=True))
def test_the_front_matter_key_gates_pass_every_key_their_patterns_match(key: str) -> None:
    """The key gates (a ``_`` or ``-`` before ``_OWN_KIND``, ``speaker``/``presenter``
    before ``_NUMBERED_PERSON``, letters and digits alone skip ``_KEY_NOISE``) pass
    every key the patterns match."""
    from sphinx_meetup.reader import fields, key_words

    if key_words._OWN_KIND.fullmatch(key):
        assert "_" in key or "-" in key
    if fields._NUMBERED_PERSON.fullmatch(key):
        assert key.startswith(("speaker", "presenter"))
    if key.isalnum():
        assert fields._KEY_NOISE.search(key) is None
    assert fields._key_form(key) == fields._KEY_NOISE.sub("", key).casefold()
