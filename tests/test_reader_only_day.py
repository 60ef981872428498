"""A page nothing else dates takes the one day its body writes (stop 30). Pages written
for the test, never copied from a site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sphinx_meetup.reader import read_file

_TABLE = """---
layout: post
title: Reading group, session 5
---

| Date | Paper | Presenter |
|---|---|---|
| 2019-03-14 | Log-structured merge trees | @quorra |
"""


def _day(tmp_path: Path, name: str, text: str) -> dt.date | None:
    page = tmp_path / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(text, encoding="utf-8")
    start = read_file(page).start
    return start.date() if isinstance(start, dt.datetime) else start


@pytest.mark.parametrize("name", ["session_5.md", "meetup_2019-03-14.md",
                                  "2019-03-14 Reading group/notes.md"])
def test_the_one_day_a_body_writes_dates_a_page_nothing_else_dates(
        tmp_path: Path, name: str) -> None:
    assert _day(tmp_path, name, _TABLE) == dt.date(2019, 3, 14)


def test_a_body_naming_two_days_gives_none(tmp_path: Path) -> None:
    text = _TABLE + "| 2019-03-21 | Bloom filters | @zorblat |\n"
    assert _day(tmp_path, "session_5.md", text) is None


def test_the_next_meetings_day_is_not_this_pages(tmp_path: Path) -> None:
    text = "# Session 5\n\nThanks for coming! Our next meetup: 2019-04-11.\n"
    assert _day(tmp_path, "session_5.md", text) is None


def test_a_path_naming_another_day_keeps_the_body_day_out(tmp_path: Path) -> None:
    assert _day(tmp_path, "2019-03-01 Reading group/notes.md", _TABLE) is None


def test_a_front_matter_date_still_wins(tmp_path: Path) -> None:
    text = _TABLE.replace("layout: post", "date: 2019-03-15")
    assert _day(tmp_path, "session_5.md", text) == dt.date(2019, 3, 15)


def test_an_unread_time_label_keeps_another_lines_day_out(tmp_path: Path) -> None:
    text = "---\ntitle: Session 5\n---\n\nWhen: next Thursday evening\n\nSign up by 2019-03-10.\n"
    assert _day(tmp_path, "session_5.md", text) is None


@pytest.mark.parametrize("name", ["2019-03-14 Reading group/README.md",
                                  "2019-03-14 Reading group/notes.md", "2019-03-14_meetup.md"])
def test_a_folder_or_file_opening_with_a_day_dates_a_page_whose_body_names_none(
        tmp_path: Path, name: str) -> None:
    text = "# Reading group\n\nSlides: [part 1](slides/part1.pdf)\n"
    assert _day(tmp_path, name, text) == dt.date(2019, 3, 14)


def test_a_day_inside_a_name_is_no_opening_day(tmp_path: Path) -> None:
    text = "# Reading group\n\nSlides: [part 1](slides/part1.pdf)\n"
    assert _day(tmp_path, "notes about 2019-03-14.md", text) is None


def test_a_folder_and_a_file_opening_with_two_days_give_none(tmp_path: Path) -> None:
    text = "# Reading group\n\nSlides: [part 1](slides/part1.pdf)\n"
    assert _day(tmp_path, "2019-03-14 Reading group/2019-03-21_notes.md", text) is None
