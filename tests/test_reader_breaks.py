"""Agenda rows for food, drinks, doors, photos and sign-in are breaks, not talks.

Each phrase is matched as a whole: break and welcome words, connectors and small words
only, in any of the label languages. Pages are written for the test (no corpus text).
"""

from __future__ import annotations

import pytest

from sphinx_meetup.reader import agenda, read_event
from sphinx_meetup.reader.labels import DEFAULT

BREAK_ROWS = [
    "Doors open, pizza and drinks",
    "Doors open · pizza & drinks",
    "Walk-in with coffee",
    "Conference opening and coffee",
    "Opening & coffee",
    "Accueil et café",
    "Accueil, café (salle B)",
    "開場・受付",
    "受付開始",
    "懇親会",
    "懇親会（軽食とドリンク）",
    "休憩",
    "Kaffeepause",
    "Kaffeepause und Getränke",
    "Group photo",
    "Group photo (outside, weather permitting)",
    "Poster session",
    "Poster session and drinks",
    "Registration",
    "Registration & breakfast",
    "签到",
    "签到、合影",
    "午餐",
    "午餐（自助）",
    "Lunch provided (main hall) (60 min)",
    "Beer and wine in the foyer",
    "Drinks & networking at the bar",
    "Snacks, soft drinks and mingling",
    "Welcome by the hosts",
    "Closing and drinks",
]

TALK_TITLES = [
    "Coffee shops and optimal transport",
    "Scaling Postgres at a bank",
    "Registration systems for conferences that scale to millions of users",
    "Poster generation with diffusion models explained",
    "午餐推荐系统的架构演进",
    "Pizza delivery routing with constraint solvers",
]


@pytest.mark.parametrize("row", BREAK_ROWS)
def test_break_row_is_a_break_title(row: str) -> None:
    assert agenda.is_break_title(row, DEFAULT) or agenda.is_remarks(row, DEFAULT)


@pytest.mark.parametrize("title", TALK_TITLES)
def test_talk_title_with_a_break_word_is_not_a_break(title: str) -> None:
    assert not agenda.only_break_words(title, DEFAULT)


def test_phrase_needs_a_break_word() -> None:
    assert not agenda.only_break_words("and the of", DEFAULT)
    assert not agenda.only_break_words("(main hall)", DEFAULT)
    assert not agenda.only_break_words("", DEFAULT)


def _kinds(body: str, front: str = "") -> list[tuple[str, str]]:
    event = read_event(f"---\ntitle: Test night\ndate: 2024-10-01\n{front}---\n\n{body}\n")
    return [(talk.kind, talk.title) for talk in event.talks]


def test_timed_list_rows_of_food_and_doors_are_breaks() -> None:
    kinds = _kinds(
        "## Schedule\n\n"
        "- 18:00 – Doors open, pizza and drinks\n"
        "- 18:30 – Type checkers in anger — Ada Byron (Example Labs)\n"
        "- 19:15 – Kaffeepause und Getränke\n"
        "- 19:30 – Profiling without tears — Grace Lovelace\n"
        "- 20:15 – Group photo, then drinks at the bar\n"
    )
    talks = [title for kind, title in kinds if kind == "talk"]
    assert talks == ["Type checkers in anger", "Profiling without tears"]
    assert [kind for kind, _ in kinds].count("break") == 3


def test_table_rows_of_food_are_breaks() -> None:
    kinds = _kinds(
        "## Agenda\n\n"
        "| Time | Talk | Speaker |\n|---|---|---|\n"
        "| 18:00 | Walk-in, snacks and soft drinks | |\n"
        "| 18:30 | Caching at the edge | Ada Byron |\n"
        "| 19:30 | Registration & group photo | |\n",
        "speaker:\n  - name: Ada Byron\n",
    )
    assert [title for kind, title in kinds if kind == "talk"] == ["Caching at the edge"]


def test_japanese_timetable_rows_are_breaks() -> None:
    kinds = _kinds(
        "## タイムテーブル\n\n"
        "- 18:30 開場・受付\n"
        "- 19:00 「非同期処理入門」 高橋健（例示株式会社）\n"
        "- 19:40 休憩\n"
        "- 20:30 懇親会（軽食とドリンク）\n"
    )
    assert [title for kind, title in kinds if kind == "break"] == [
        "開場・受付", "休憩", "懇親会（軽食とドリンク）",
    ]
