"""Properties of this round's reader pieces, for any input: a bare video id is a YouTube
address or nothing; character references never make markup; a front matter never closed
keeps every problem inside the file; a table cell's paragraphs are a row each; an
"add to calendar" link gives a real day or none."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.blocks import characters
from sphinx_meetup.reader.fields import video_address
from sphinx_meetup.reader.html_blocks import html_pieces


@given(st.sampled_from(["video", "youtube", "videoId", "recording"]),
       st.text(alphabet="aB3_-?t=19xyZ", max_size=20))
def test_a_bare_video_id_is_a_youtube_address_or_nothing(key: str, value: str) -> None:
    address = video_address(key, value)
    assert address is None or address.startswith("https://www.youtube.com/watch?v=")
    if address is not None:
        assert address.removeprefix("https://www.youtube.com/watch?v=")[:11] in value


@given(st.text(alphabet="&#x;ltgamp<>3c27aquot*_[]", max_size=40))
@example(text="&gt2;")  # a legacy reference without its semicolon: ``>2;`` to HTML
def test_character_references_never_make_markup(text: str) -> None:
    shown = characters(text)
    for mark in "<>*_[]`\\":
        assert shown.count(mark) <= text.count(mark)


@settings(deadline=None)
@given(st.lists(st.sampled_from(["title: A", "date: 2020-01-01", "talks:", "  - title: T",
                                 "    speakers: [Ann Example]", "x: [", "# Heading", "",
                                 "text: 'a", "- item"]), max_size=10))
def test_a_front_matter_never_closed_keeps_its_problems_in_the_file(lines: list[str]) -> None:
    text = "---\n" + "\n".join(lines) + "\n"
    event = read_event(text)
    last = text.count("\n") + 1
    assert all(p.line is None or 1 <= p.line <= last for p in event.problems)
    assert any("never closed" in p.message for p in event.problems)


@given(st.lists(st.text(alphabet="Talk AnnBo", min_size=1, max_size=8), min_size=1,
                max_size=4))
def test_a_cells_paragraphs_are_a_row_each(paragraphs: list[str]) -> None:
    cell = "".join(f"<p>{p}</p>" for p in paragraphs)
    table = f"<table>\n<tr><td>19:00</td><td>{cell}</td></tr>\n</table>"
    rows = [text for _kind, _level, lines, _tag in html_pieces(table, 1) for _, text in lines]
    kept = [" ".join(p.split()) for p in paragraphs if p.strip()]
    if not kept:
        assert rows == ["| 19:00 |  |"]
    else:  # the slot once, then one row for each paragraph, in order
        assert rows == [f"| {'19:00' if i == 0 else ''} | {p} |" for i, p in enumerate(kept)]


@given(st.text(alphabet="0123456789TZ", min_size=8, max_size=16))
def test_a_calendar_link_gives_a_real_day_or_none(stamp: str) -> None:
    body = f"Hi.\n\n[Add](https://www.google.com/calendar/event?action=TEMPLATE&dates={stamp})\n"
    start = read_event(body).start
    assert start is None or isinstance(start, dt.date)
