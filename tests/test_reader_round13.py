"""What lowered round 13 (sealed until the end of stop 20) below what the code before
that stop read: label lines of a page kept as HTML, and headings whose link text holds a
``by`` or whose person stands first. Pages written for the test, never copied from a
site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader_support import talks

from sphinx_meetup.reader import read_event


def test_label_lines_of_a_page_kept_as_html_give_the_day_and_the_place() -> None:
    # an HTML block (it opens with a tag) runs to the blank line: its lines keep their tags
    page = ("---\ntitle: 'Meeting 11 September: Lightning Talks'\n---\n"
            '<img src="/~ann/2014-09-01/lightning.svg" align=right width=200>\n'
            "<strong>Topic:</strong> Lightning Talks\n"
            "<strong>When:</strong> Thursday, 11th September 2014, 7pm (pizza from 6.45pm)\n"
            "<strong>Where:</strong> Example Building, Room 1007\n\n"
            "A prep session runs on Saturday, August 30th from 15:00-18:00.\n")
    event = read_event(page, page=Path("2014-08-29-meeting.md"))
    assert event.start == dt.datetime(2014, 9, 11, 19, 0)
    assert event.venue == "Example Building, Room 1007"


def test_a_by_inside_a_linked_title_after_the_headings_words_names_nobody() -> None:
    body = ("## Talks\n\n### 王小明 - [Better Rails by Knowing Better Databases][1]\n\n"
            "正文。\n\n### 李大华 - [Faster Tests by Running Fewer][2]\n\n正文。\n\n"
            "[1]: https://slides.example.org/1\n[2]: https://slides.example.org/2\n")
    event = read_event(f"---\ntitle: 年终聚会\ndate: 2014-12-20\n---\n\n{body}")
    speakers = [name for _, names in talks(event) for name in names]
    assert "Knowing Better Databases" not in speakers
    assert "Running Fewer" not in speakers
    # a heading that is all one link still names its speaker after ``by``
    body = ("## Talks\n\n### [“Static Checks” by Ann Example](https://video.example.org/1)\n\n"
            "### [“Faster Builds” by Bob Sample](https://video.example.org/2)\n")
    event = read_event(f"---\ntitle: Summit\ndate: 2019-05-01\n---\n\n{body}")
    assert [names for _, names in talks(event)] == [["Ann Example"], ["Bob Sample"]]


def test_a_chinese_name_before_the_dash_is_the_speaker_not_the_title() -> None:
    # ``### 名 - Title``: the tail is the title, even when the page writes it again
    body = ("### 吕小明 - Ruby Require\n\n讲了 require 的那些事。\n\n"
            "更多内容见 Ruby Require 的幻灯片。\n")
    event = read_event(f"---\ntitle: 年终聚会\ndate: 2014-12-20\n---\n\n{body}")
    assert ("吕小明", ["Ruby Require"]) not in talks(event)


def test_a_start_time_key_holding_a_date_and_time_is_the_events_start() -> None:
    # ``date`` is when the page went up; ``start_time`` / ``end_time`` are the event's
    event = read_event("---\ntitle: 11월 세미나\ndate: 2017-09-19 20:00:00 +0900\n"
                       "start_time: 2017-11-04 13:10:00 +0900\n"
                       "end_time: 2017-11-04 18:00:00 +0900\n---\n\n본문.\n")
    kst = dt.timezone(dt.timedelta(hours=9))
    assert event.start == dt.datetime(2017, 11, 4, 13, 10, tzinfo=kst)
    assert event.end == dt.datetime(2017, 11, 4, 18, 0, tzinfo=kst)
    # an end before the start, or one without a zone beside one with, never breaks it
    event = read_event("---\ntitle: x\nstart_time: 2017-11-04 13:10:00 +0900\n"
                       "end_time: 2017-11-04 12:00:00\n---\n\nText.\n")
    assert event.start == dt.datetime(2017, 11, 4, 13, 10, tzinfo=kst)
    assert event.end is None
    # a start_time that is only a clock still gives the hours of ``date``'s day
    event = read_event("---\ntitle: x\ndate: 2017-11-04\nstart_time: '18:00'\n---\n\nText.\n")
    assert event.start == dt.datetime(2017, 11, 4, 18, 0)
