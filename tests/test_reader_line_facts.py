"""A line's facts (:mod:`sphinx_meetup.reader.line_facts`) never change a reader's answer.

Each fact gates questions the readers ask of a line: where the gate says skip, the
question it spares is false. The texts are made of the words and marks the gated
questions are about - label words in any case, colons and 【】, digits of several
scripts, clocks, HTML line breaks - and read as the body reads them (``units_of``).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sphinx_meetup.reader import headers, line_facts
from sphinx_meetup.reader.blocks import blocks_of, units_of
from sphinx_meetup.reader.labels import DEFAULT, DEFAULT_LABELS, Labels

_SITE_WORDS = {"replay": ["Ålbum", "ſession", "Kanal"], "speaker": ["Zorblat"],
               "break": ["İftar"], "topic": ["Thema der Woche"]}
_SITE = Labels.extended(_SITE_WORDS)
_WORDS = sorted({w for words in [*DEFAULT_LABELS.values(), *_SITE_WORDS.values()]
                 for w in words})


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.upper(), word.title(), word.swapcase()])


#: label words and what may stand around them in a label: an inclusive ending, a
#: second word after ``/`` or ``and``, a number, 下载, colons, 【】, spaces
_LABEL_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_WORDS).flatmap(_cased),
        st.sampled_from(["", " ", "  ", ":", "：", "【", "】", "/", " & ", " and ", " y ", "1",
                         "12", "下载", "见", "(s)", "·e", "*in", "_innen", "x", "中", "\t",
                         "**", "- "]),
        st.text(max_size=3),
    ),
    max_size=8,
).map("".join)


@st.composite
def _labelled_line(draw: st.DrawFn) -> str:
    """A line a role's label may open: a lead, one of the role's words (a second after a
    joiner), what may close a label word, a colon or 【】, a value."""
    role = draw(st.sampled_from(sorted(DEFAULT_LABELS)))
    words = [*DEFAULT_LABELS[role], *_SITE_WORDS.get(role, [])]
    word = draw(st.sampled_from(words).flatmap(_cased))
    if draw(st.booleans()):
        word += draw(st.sampled_from(["/", " & ", " and ", "、", " y "])) + draw(
            st.sampled_from(words).flatmap(_cased))
    if draw(st.booleans()):
        word = f"【{word}】"
    lead = draw(st.sampled_from(["", " ", "  ", "**", "1. ", "x", "中"]))
    tail = draw(st.sampled_from(["", "s", "(s)", "·e", "*in", " 1", "12", "下载", "见", " ",
                                 "x", "：", ":"]))
    colon = draw(st.sampled_from(["", ":", "：", " :", "  ：", "】"]))
    value = draw(st.sampled_from(["", " ", "Ann Example", " 19:00", "：x", "http://a.b"]))
    return lead + word + tail + colon + value


@settings(max_examples=1500, deadline=None)
@given(text=st.one_of(_LABEL_TEXT, _labelled_line()), site=st.booleans())
@example(text="【讲师】Ann", site=False)
@example(text="Speakers 2 下载 ： Ann", site=False)
@example(text="Time/date: 19:00", site=False)
@example(text="ſession: x", site=True)
@example(text="THEMA DER WOCHE: Rust", site=True)
def test_a_line_without_a_colon_has_no_label(text: str, site: bool) -> None:
    """``has_colon`` is False only where every role's ``fact`` pattern fails: the label
    readers (``label_value``, ``bare_label``, ``_link_fact``…) ask none of a unit whose
    ``colon`` is False."""
    labels = _SITE if site else DEFAULT
    if not line_facts.has_colon(text):
        for role in DEFAULT_LABELS:
            assert labels.fact(role).match(text) is None, role


#: what a timed agenda row is written with: clocks, digits of other scripts, HTML line
#: breaks in their cases, emphasis, titles and names
_ROW_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["19:00", "9.30", "18:30 - 19:00", "١٩:٠٠", "１９：００", "7pm", "上午",
                         "<br>", "<br/>", "<BR>", "<Br>", "<br />", "**", "*", "_", "- ",
                         "1. ", " ", " - ", "Talk 1: ", "Rust in anger", " by ", "Ann Example",
                         "(Acme)", "王五", "：", "【"]),
        st.text(max_size=3),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(line=_ROW_TEXT, known=st.sampled_from([frozenset(), frozenset({"ann example"})]))
@example(line="**19:00** Rust <br> Ann Example", known=frozenset())
@example(line="Rust<br>19:00 Ann", known=frozenset())
def test_a_line_no_clock_opens_is_no_timed_row(line: str, known: frozenset[str]) -> None:
    """A unit's ``clock`` is False only where :func:`.headers.timed` reads no row: no
    digit opens the line's text and no HTML line break parts its source."""
    for index, unit in enumerate(units_of(blocks_of(line, 1))):
        assert unit.clock == line_facts.may_be_timed(unit.text, unit.source)
        assert unit.colon == line_facts.has_colon(unit.text)
        if not unit.clock:
            unit.clock = True  # the reader as it was: asked of every line
            assert headers.timed(unit, index, known, DEFAULT) is None


def test_a_unit_made_by_hand_passes_every_gate() -> None:
    unit = units_of(blocks_of("Ann Example", 1))[0]
    made = type(unit)(unit.kind, "19:00 Talk: x", unit.source, unit.line, unit.block,
                      unit.first, unit.alone)
    assert made.colon and made.clock
