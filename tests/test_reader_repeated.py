"""Talks read by repeated structure (issue 18): sibling blocks of one shape that each
carry a person, read alike - and nothing where the evidence is weak.

Every page here is written for the test (made-up people and titles). Each shape is
tested both ways: it fires, and a near miss must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import Page
from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.model import Speaker
from sphinx_meetup.reader import repeated
from sphinx_meetup.reader.blocks import blocks_of, units_of
from sphinx_meetup.reader.labels import DEFAULT


def structural(body: str, speakers: list[Speaker] | None = None) -> list[tuple[str, list[str]]]:
    """What :func:`repeated.read` alone makes of ``body`` (talks, breaks left out)."""
    units = units_of(blocks_of(body, 1))
    found = repeated.read(units, DEFAULT, speakers or [], body.split("\n"), 1)
    if found is None:
        return []
    return [(t.title, t.speakers) for t in found[0] if t.kind == "talk"]


# --- items of one list ---------------------------------------------------------------

def test_list_items_with_name_colon_title_are_read_alike() -> None:
    body = ("Our line-up:\n\n- Alma Kestrel (Example Labs): Parsing with zippers\n"
            "- Bruno Oddvar: Fearless refactoring\n- Cleo Marsh: A tour of borrow checking\n")
    assert structural(body) == [("Parsing with zippers", ["Alma Kestrel"]),
                                ("Fearless refactoring", ["Bruno Oddvar"]),
                                ("A tour of borrow checking", ["Cleo Marsh"])]


def test_capitalised_words_before_a_colon_are_no_people_alone() -> None:
    body = ("What we will cover:\n\n- Getting Started: install the tools\n"
            "- Next Steps: deploy to the cloud\n- Best Practices: testing\n")
    assert structural(body) == []


def test_the_odd_sibling_is_read_in_the_siblings_shape() -> None:
    body = ("- Alma Kestrel (alma): Parsing with zippers\n- Bo (bo42): Rewriting the linter\n"
            "- Cleo Marsh: A tour of borrow checking\n")
    # the title as its siblings give theirs; a one-word name is no full name: no speaker
    assert ("Rewriting the linter", []) in structural(body)


def test_list_items_naming_nobody_are_no_programme() -> None:
    body = ("What you will learn:\n\n- Getting started quickly\n- Deploying to the cloud\n"
            "- Testing: what and why\n")
    assert structural(body) == []


def test_one_named_item_of_three_is_not_enough() -> None:
    body = ("- Alma Kestrel: Parsing with zippers\n- Pizza and drinks\n- Open discussion\n")
    assert structural(body) == []


def test_siblings_that_give_their_people_differently_are_not_read_alike() -> None:
    body = ("- Parsing with zippers by Alma Kestrel\n"
            "- Fearless refactoring (Bruno Oddvar, Example Labs)\n")
    assert structural(body) == []


# --- headings of one level -------------------------------------------------------------

def test_headings_ending_with_by_name_are_read_alike() -> None:
    body = ("## Programme\n\n### Parsing with zippers by Alma Kestrel\n\nAbout parsers.\n\n"
            "### Fearless refactoring by Bruno Oddvar\n\nAbout refactoring.\n")
    assert structural(body) == [("Parsing with zippers", ["Alma Kestrel"]),
                                ("Fearless refactoring", ["Bruno Oddvar"])]


def test_headings_whose_sections_name_front_matter_speakers() -> None:
    speakers = [Speaker(name="张小明"), Speaker(name="李华")]
    body = ("## 第一个话题\n\n张小明（示例科技 工程师）\n\n介绍。\n\n"
            "## 第二个话题\n\n李华（样例大学）\n\n介绍。\n")
    assert structural(body, speakers) == [("第一个话题", ["张小明"]), ("第二个话题", ["李华"])]


def test_headings_naming_one_and_the_same_person_are_no_programme() -> None:
    speakers = [Speaker(name="Alma Kestrel")]
    body = ("## Why\n\nAlma Kestrel explains why.\n\n## How\n\nAlma Kestrel shows how.\n")
    assert structural(body, speakers) == []


def test_headings_of_people_sections_are_no_talks() -> None:
    body = ("## Speakers\n\nAlma Kestrel, Engineer at Example Labs\n\n"
            "## Organizers\n\nBruno Oddvar, CTO at Sample GmbH\n")
    assert structural(body) == []


def test_a_list_of_the_events_facts_is_no_programme() -> None:
    body = ("- Venue: Room 4 - Alma Kestrel Hall\n- Time: 19:00 - Bruno Oddvar Street\n"
            "- Host: Cleo Marsh\n")
    assert structural(body) == []


def test_names_with_their_jobs_are_no_titles() -> None:
    body = ("- 王小明：示例大学网络协会会长，长期负责校园网运维\n"
            "- 刘晓红：样例科技安全部高级工程师，专注于漏洞挖掘\n")
    assert structural(body) == []


def test_a_hyphen_inside_a_word_is_no_speaker_slot() -> None:
    body = "- Monge-Ampere Equations\n- Brenier-Kantor Maps\n"
    assert structural(body) == []


def test_headings_of_prose_are_no_programme() -> None:
    body = ("## Venue\n\nThe hall is on the left.\n\n## Parking\n\nThere is none.\n")
    assert structural(body) == []


# --- bold-led paragraphs ---------------------------------------------------------------

def test_bold_paragraphs_with_name_and_employer_in_a_bracket() -> None:
    body = ("**Parsing with zippers (Alma Kestrel, Example Labs)**\nWe look at parsers.\n\n"
            "**Fearless refactoring (Bruno Oddvar, Sample GmbH)**\nWe refactor.\n")
    assert structural(body) == [("Parsing with zippers", ["Alma Kestrel"]),
                                ("Fearless refactoring", ["Bruno Oddvar"])]


def test_bold_paragraphs_with_a_bracket_of_how_are_no_programme() -> None:
    body = ("**Parsing with zippers (Live Demo)**\nWe look at parsers.\n\n"
            "**Fearless refactoring (Part Two)**\nWe refactor.\n")
    assert structural(body) == []


def test_chinese_bold_titles_with_name_and_organisation() -> None:
    body = ("**《服务网格实践》——王小明（示例科技）**\n\n介绍。\n\n"
            "**《分布式事务》——刘晓红（样例银行）**\n\n介绍。\n")
    found = structural(body)
    assert [people for _title, people in found] == [["王小明"], ["刘晓红"]]


# --- through the whole reader ----------------------------------------------------------

def test_the_page_gets_the_talks_with_their_evidence() -> None:
    event = read("Our line-up:\n\n**Parsing with zippers (Alma Kestrel, Example Labs)**\n"
                 "We look at parsers.\n\n**Fearless refactoring (Bruno Oddvar, Sample GmbH)**\n"
                 "We refactor.\n", title="Spring night")
    assert talks(event) == [("Parsing with zippers", ["Alma Kestrel"]),
                            ("Fearless refactoring", ["Bruno Oddvar"])]
    assert "repeated structure" in event.talks[0].evidence[""]
    assert event.talks[0].affiliations == {"Alma Kestrel": "Example Labs"}
    assert "Alma Kestrel" not in event.body_rest  # the read lines leave the body
    assert "Our line-up" in event.body_rest and "We refactor." in event.body_rest


def test_a_guessed_structure_the_gates_doubt_stays_the_body() -> None:
    # the siblings agree, but a clock time inside each title is a sign of a guess
    body = ("**Parsing with zippers 19:00 (Alma Kestrel, Example Labs)**\n\nText.\n\n"
            "**Fearless refactoring 20:00 (Bruno Oddvar, Sample GmbH)**\n\nText.\n")
    assert len(structural(body)) == 2
    event = read(body, title="Spring night")
    assert event.talks == []
    assert "Alma Kestrel" in event.body_rest


def test_two_rows_naming_no_one_are_too_many() -> None:
    body = ("**19:00 Welcome**\n\n**19:10 Parsing with zippers by Alma Kestrel**\n\n"
            "**19:40 Fearless refactoring by Bruno Oddvar**\n\n**20:10 Lightning round**\n\n"
            "**20:30 Open mic**\n")
    assert structural(body) == []


def test_a_break_among_the_siblings_is_no_missing_evidence() -> None:
    body = ("**19:10 Parsing with zippers by Alma Kestrel**\n\n**19:40 Coffee break**\n\n"
            "**20:00 Fearless refactoring by Bruno Oddvar**\n\n**20:30 Open mic**\n")
    # (the timed row naming no one is an agenda entry, not a talk)
    assert structural(body) == [("Parsing with zippers", ["Alma Kestrel"]),
                                ("Fearless refactoring", ["Bruno Oddvar"])]


# --- a speaker slot under the title ----------------------------------------------------

def test_bold_titles_with_a_by_line_under_them() -> None:
    body = ("**Parsing with zippers**\nBy Alma Kestrel, Engineer at Example Labs\n\n"
            "**Fearless refactoring**\nBy Bruno Oddvar, CTO at Sample GmbH\n")
    assert structural(body) == [("Parsing with zippers", ["Alma Kestrel"]),
                                ("Fearless refactoring", ["Bruno Oddvar"])]


def test_groups_with_a_name_and_role_under_them_are_no_talks() -> None:
    body = ("- **Core team**\n  - Alma Kestrel (Example University)\n"
            "- **Advisors**\n  - Bruno Oddvar (Sample Institute)\n")
    assert structural(body) == []


def test_a_dash_and_two_capitalised_words_are_no_speaker_alone() -> None:
    body = "We met at the pub.\n\n- Clocks - Time Zones\n- Calendars - Leap Years\n"
    assert structural(body) == []
    body = "- Clocks - Alma Kestrel (Example Labs)\n- Calendars - Bruno Oddvar (Sample GmbH)\n"
    assert [people for _t, people in structural(body)] == [["Alma Kestrel"], ["Bruno Oddvar"]]


def test_bold_titles_with_a_keywords_line_under_them_are_no_programme() -> None:
    body = ("**Parsing with zippers**\nKeywords: Parsers, Zippers\n\n"
            "**Fearless refactoring**\nKeywords: Refactoring, Tests\n")
    assert structural(body) == []


def test_a_page_the_reader_reads_already_is_not_read_again() -> None:
    event = read("## Talks\n\n### Parsing with zippers\n\nSpeaker: Alma Kestrel\n\n"
                 "### Fearless refactoring\n\nSpeaker: Bruno Oddvar\n", title="Spring night")
    assert [t.evidence[""] for t in event.talks if "repeated structure" in t.evidence[""]] == []
    assert len(talks(event)) == 2


def test_front_matter_talks_are_not_read_again() -> None:
    event = read("- Alma Kestrel: Parsing with zippers\n- Bruno Oddvar: Fearless refactoring\n",
                 "talks:\n  - title: Only this\n    speakers: [Cleo Marsh]\n", title="Night")
    assert talks(event) == [("Only this", ["Cleo Marsh"])]


# --- properties ------------------------------------------------------------------------

_WORDS = st.sampled_from(["the", "cloud", "we", "meet", "again", "soon", "thanks", "to", "all",
                          "new", "ideas", "venue", "doors", "open", "at", "seven"])
_SENTENCE = st.lists(_WORDS, min_size=3, max_size=9).map(lambda w: " ".join(w).capitalize() + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_shuffled_prose_never_makes_a_structural_talk(paragraphs: list[str], rnd) -> None:
    rnd.shuffle(paragraphs)
    body = "\n\n".join(paragraphs)
    assert structural(body) == []
    assert talks(read(body, title="Night")) == []


_NAMES = st.sampled_from(["Alma Kestrel", "Bruno Oddvar", "Cleo Marsh", "王小明"])
_TITLES = st.sampled_from(["Parsing with zippers", "Fearless refactoring", "服务网格实践"])


@settings(max_examples=60, deadline=None)
@given(_NAMES, _TITLES, st.sampled_from(["- {n}: {t}", "**{t} ({n}, Example Labs)**",
                                         "### {t} by {n}", "{t} by {n}"]),
       st.lists(_SENTENCE, max_size=3))
def test_one_block_never_yields_a_structural_talk(name: str, title: str, shape: str,
                                                   prose: list[str]) -> None:
    body = "\n\n".join([*prose, shape.format(n=name, t=title)])
    assert structural(body) == []


def test_a_section_the_gates_doubted_is_not_read_again() -> None:
    # a timed row naming no one in the talks section: the gate doubts the section, and
    # the headings under it, each naming a front-matter speaker, stay as written too
    front = "speakers:\n  - name: Alma Kestrel\n  - name: Bruno Oddvar\n"
    body = ("## Talks\n\n**18:00 - 18:30 Farewell and the way home**\n\n"
            "### Parsing with zippers\n\nSpeaker: Alma Kestrel\n\n"
            "### Fearless refactoring\n\nSpeaker: Bruno Oddvar\n")
    event = read(body, front, title="Night")
    assert [t for t in event.talks if "repeated structure" in t.evidence.get("", "")] == []
    assert any(p.subtype == "programme" for p in event.problems)


def test_name_first_then_a_dash_and_the_title() -> None:
    body = "- 王小明 - 服务网格实践\n- 刘晓红 - 分布式事务的取舍\n- 张伟 - 可观测性入门\n"
    assert structural(body) == [("服务网格实践", ["王小明"]), ("分布式事务的取舍", ["刘晓红"]),
                                ("可观测性入门", ["张伟"])]


def test_topic_first_then_a_dash_is_no_speaker() -> None:
    body = "- Service Mesh - why and how\n- Event Sourcing - the hard parts\n"
    assert structural(body) == []
    body = "- 服务网格 - 为什么\n- 事件溯源 - 难点\n"
    assert structural(body) == []


# --- in a Sphinx build and in the CLI -----------------------------------------------------

@pytest.mark.sphinx("html", testroot="repeated", freshenv=True)
def test_a_page_read_by_structure_renders_its_agenda_and_keeps_its_text(app, warning) -> None:
    app.build()
    assert "meetup.programme" not in warning.getvalue()
    html = (Path(app.outdir) / "lineup.html").read_text(encoding="utf-8")
    page = Page(html)
    assert page.by_class("meetup-agenda")
    assert sorted(n["text"].strip() for n in page.by_class("meetup-name")) == [
        "Alma Kestrel", "Bruno Oddvar"]
    # the prose around and between the siblings stays, in the author's order
    order = ["Opening words of the page", "Why zippers make parsers simple",
             "How tests let us change code", "Closing words of the page"]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)


def test_show_explain_names_the_siblings(tmp_path: Path, capsys) -> None:
    from sphinx_meetup.cli import main

    source = Path(__file__).parent / "roots" / "test-repeated" / "events" / "lineup.md"
    page = tmp_path / "event.md"
    page.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["show", "--explain", str(page)]) == 0
    said = capsys.readouterr().out
    assert "Talks (2)" in said
    assert "one of 2 sibling bold-led paragraphs of one section read alike" in said
