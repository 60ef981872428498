"""Stop 32: a page whose prose calls it one talk (``In this talk…``, ``En esta charla…``)
is that talk, under a title that can be a talk's (``reader/deixis.py``). Pages here are
written for the test, never copied from a site.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.deixis import can_title_a_talk

# A page whose prose calls it one talk (reader/deixis.py)

ABSTRACT = """---
title: "{title}"
date: 2024-09-30T19:00:00+02:00
---

Verification tools each invent a specification language.

{sentence}

**Meeting Link**: [https://example.zoom.us/j/123](https://example.zoom.us/j/123)
"""


@pytest.mark.parametrize("sentence", [
    "In this talk we present a vision for how we might get there.",
    "This talk will show the steps on the way.",
    "En esta charla veremos cómo llegar allí.",
    "Dans cette présentation, nous verrons comment y arriver.",
    "本次分享介绍相关的用法。",
])
def test_prose_calling_the_page_one_talk_makes_it_one(sentence: str) -> None:
    event = read_event(ABSTRACT.format(title="Contracts in Rust", sentence=sentence))
    talks = [talk for talk in event.talks if talk.kind == "talk"]
    assert [(t.title, t.speakers) for t in talks] == [("Contracts in Rust", [])]
    assert "calls it one talk" in talks[0].evidence[""]


@pytest.mark.parametrize("title", [
    "January Meetup", "Code Tavern III", "Hack & Beer", "Rust Night #12",
    "Code & Tell September 2025", "Python 勉強会", "Session 12",
])
def test_a_nights_title_is_no_talk_whatever_the_prose_says(title: str) -> None:
    event = read_event(ABSTRACT.format(title=title, sentence="In this talk we present it."))
    assert [t for t in event.talks if t.kind == "talk"] == []


def test_no_such_sentence_no_talk() -> None:
    event = read_event(ABSTRACT.format(title="Contracts in Rust",
                                       sentence="We present a vision."))
    assert [t for t in event.talks if t.kind == "talk"] == []


@given(st.sampled_from(["Meetup", "meeting", "Night", "Stammtisch", "soirée", "Hangout"]),
       st.text(alphabet="abcdefghij ", max_size=20))
def test_a_gathering_word_never_titles_a_talk(word: str, rest: str) -> None:
    assert not can_title_a_talk(f"{rest} {word} {rest}")


def test_a_bold_label_after_a_speaker_label_is_no_title() -> None:
    page = ("---\ntitle: Aquascope\n---\n\nAn abstract of the talk.\n\n"
            "**Presenter**: [Gavin](https://example.org/) is a PhD student at a lab.\n\n"
            "**Meeting Link**: [Zoom Link](https://example.zoom.us/j/62101458314)\n")
    titles = [talk.title for talk in read_event(page).talks]
    assert "Meeting Link: Zoom Link" not in titles


HUGO_PARAMS = """+++
tags = ["security"]
[params]
[params.event]
name = "Confidentiality of votes: new metrics"
date = "2015-03-05 15:00:00"
[params.event.location]
friendly_name = "Amphi B"
+++

###  Olivier Exemple Université Exemple (UEX), Crypto group

Ballot secrecy is a requirement of most elections. Dans cet exposé, nous introduisons
des mesures de la confidentialité du vote.
"""


def test_a_hugo_params_event_titles_the_page_and_its_speaker_heads_the_body() -> None:
    event = read_event(HUGO_PARAMS)
    assert event.title == "Confidentiality of votes: new metrics"
    assert str(event.start).startswith("2015-03-05 15:00")
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Confidentiality of votes: new metrics", ["Olivier Exemple"])]


@pytest.mark.parametrize(("heading", "speaker"), [
    ("### Guillaume Exemple, LORIA, Nancy, France", ["Guillaume Exemple"]),
    ("### Ann de Example (UEX)", ["Ann de Example"]),
    ("### Ann Example Acme", []),  # the third word may be the employer: no one
    ("### Welcome to the seminar", []),
    ("### Ann EXAMPLE", []),
])
def test_the_opening_heading_names_the_one_talks_speaker(heading: str, speaker: list[str]) -> None:
    page = f"---\ntitle: Contracts in Rust\n---\n\n{heading}\n\nIn this talk we show it.\n"
    assert [t.speakers for t in read_event(page).talks] == [speaker]


@pytest.mark.parametrize(("title", "expected"), [
    ("Code Tavern III - Realidad Virtual con Unity", "Realidad Virtual con Unity"),
    ("Hack & Beer II: Docker", "Docker"),
])
def test_a_named_series_and_its_roman_numeral_are_not_the_talks_title(
        title: str, expected: str) -> None:
    page = f"---\ntitle: {title}\n---\n\nEn esta charla veremos cómo empezar.\n"
    assert [t.title for t in read_event(page).talks] == [expected]


def test_a_version_number_is_no_series_issue() -> None:
    from sphinx_meetup.reader.body import page_talk_title

    assert page_talk_title("Python 3 - What Changed") == "Python 3 - What Changed"
