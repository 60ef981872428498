"""Shapes of round 18's sites (unsealed at stop 22), read by evidence: a recap heading
over labelled talks, a theme's ``time`` key holding the day, a tag before the title."""

from __future__ import annotations

import datetime as dt

import pytest
from reader_support import read, talks

from sphinx_meetup.reader import read_event

RECAP = """### 精彩回顾

**议题：Looking Back, Looking Forward**

演讲嘉宾：李某 | 示例社区 PMC

如果您关注示例的技术分享活动，想必对李某很熟悉。

---

**{label}：示例 Connector 在多数据中心下的应用探索**

演讲嘉宾：何某某 | 示例研究所 研发工程师

何某某老师具有丰富的大数据平台研发经验。
"""


@pytest.mark.parametrize("label", ["议题", "Topic"])
def test_a_heading_over_labelled_talks_is_their_section(label: str) -> None:
    event = read(RECAP.format(label=label), title="Meetup 北京站")
    assert talks(event) == [("Looking Back, Looking Forward", ["李某"]),
                            ("示例 Connector 在多数据中心下的应用探索", ["何某某"])]


@pytest.mark.parametrize(("value", "day"), [
    ('"2021.05.15"', dt.date(2021, 5, 15)),
    ('"2021-05-15"', dt.date(2021, 5, 15)),
])
def test_a_time_key_holding_a_day_is_the_event_day(value: str, day: dt.date) -> None:
    event = read_event(f'+++\ntitle = "Meetup"\ntime = {value}\n+++\n\nText\n')
    start = event.start
    assert (start.date() if isinstance(start, dt.datetime) else start) == day


def test_a_time_key_holding_a_clock_is_still_the_hours() -> None:
    event = read_event('---\ntitle: Meetup\ndate: 2021-05-15\ntime: "18:30"\n---\n\nText\n')
    assert event.start == dt.datetime(2021, 5, 15, 18, 30)


@pytest.mark.parametrize("title", ["【1105直播回顾】如何开发一个 Connector？",
                                   "[Webinar] 如何开发一个 Connector？"])
def test_a_tag_before_the_page_title_is_not_the_talk_title(title: str) -> None:
    event = read("讲师：黎某某  示例开源社区代码贡献者\n\n一段介绍。\n", title=title)
    assert talks(event) == [("如何开发一个 Connector？", ["黎某某"])]


ZOLA = """+++
title = "November Meetup"
date = 2025-11-20

[extra]
meetup = "https://www.meetup.com/example/events/1/"
talks = ["book-presentation-of-chip-war", "introduction-to-elixir", "Rust in anger"]
+++

Lightning talks this month.
"""


def test_a_zola_extra_programme_is_the_page_programme_and_slugs_read_as_words() -> None:
    event = read_event(ZOLA)
    assert talks(event) == [("Book presentation of chip war", []),
                            ("Introduction to elixir", []), ("Rust in anger", [])]


def test_a_top_level_programme_wins_over_extra() -> None:
    page = ZOLA.replace("date = 2025-11-20\n", 'date = 2025-11-20\ntalks = ["Zig for all"]\n')
    assert talks(read_event(page)) == [("Zig for all", [])]


@pytest.mark.parametrize("title", [
    "Ann Beispiel über ihr Projekt: Die Welt von Uli Beispiel",
    "Pasión por Rafa Ejemplo",
])
def test_a_by_word_that_also_means_of_needs_the_front_matter(title: str) -> None:
    body = "Ein Abend über den Podcast, der Uli Beispiel und Rafa Ejemplo erwähnt.\n"
    assert talks(read(body, title=title)) == []


def test_by_in_a_page_title_still_names_a_speaker_the_prose_mentions() -> None:
    event = read("Ann Example has written three books.\n",
                 title="Typing the untyped by Ann Example")
    assert talks(event) == [("Typing the untyped", ["Ann Example"])]


@pytest.mark.parametrize(("title", "talk"), [
    ("Ann Beispiel mit »Narcoland«", "Narcoland"),
    ("Ann Beispiel über 'Kugel und Niere'", "Kugel und Niere"),
    ("Ann Beispiel: »Podcasts bleiben!«", "Podcasts bleiben!"),
    ("Ann Beispiel on “Typing the untyped”", "Typing the untyped"),
])
def test_a_page_titled_person_then_quoted_title(title: str, talk: str) -> None:
    body = ("## Programm\n\n- 19:00 Uhr – Thema – Talk oder Diskussion\n"
            "- 20:00 Uhr – Sprechstunde\n\nDiesmal ist Ann Beispiel zu Gast.\n")
    assert talks(read(body, title=title)) == [(talk, ["Ann Beispiel"])]


def test_a_quoted_title_after_no_person_is_no_talk_of_theirs() -> None:
    body = "## Programm\n\n- 19:00 Uhr – Thema\n- 20:00 Uhr – Sprechstunde\n"
    assert talks(read(body, title="Der Podcast »CleanElectric«")) == []


@pytest.mark.parametrize(("title", "talk"), [
    ("Hallucination Detection & Interpretability", True),
    ("Benefits & pitfalls of reactive programming", True),
    ("Welcome & Pizza", False),  # a side is the evening's own part
])
def test_one_person_and_a_title_joining_two_words(title: str, talk: bool) -> None:
    body = "We all know models err. Ann Example will tell us about some methods.\n"
    assert talks(read(body, title=title)) == ([(title, ["Ann Example"])] if talk else [])


def test_two_people_and_a_title_joining_two_things_still_make_no_talk() -> None:
    body = ("Ann Example will tell us about radios. Bo Sample will present filters.\n")
    assert talks(read(body, title="Radios & Filters")) == []


@pytest.mark.parametrize(("title", "one"), [
    ("Hallucination Detection & Interpretability", True),
    ("Hallucination Detection＆Interpretability", True),
    ("Web components + GraphQL", False),  # a plus joins two topics
])
def test_an_ampersand_joins_words_of_one_topic_a_plus_two_topics(title: str, one: bool) -> None:
    body = "Ann Example will tell us about some methods.\n"
    assert talks(read(body, title=title)) == ([(title, ["Ann Example"])] if one else [])


def test_a_side_naming_several_talks_keeps_two_things() -> None:
    body = "Ann Example will tell us about some methods.\n"
    assert talks(read(body, title="AGM & Lightning Talks")) == []


def test_a_title_opening_with_words_of_an_event_kind_keeps_them() -> None:
    body = "Ann Example will tell us how it went.\n"
    assert talks(read(body, title="Going Live: Lessons from a launch")) == [
        ("Going Live: Lessons from a launch", ["Ann Example"])]
