"""Timed agenda rows: what stands around an entry's words is not a talk's (a clock's
unit, a time zone told for attendees elsewhere, an HTML line break): pages written for
the test."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from reader_support import breaks, read, talks

from sphinx_meetup.reader.blocks import plain

ZONES = (
    "- Date: **Tuesday, 5 March, 2024**\n"
    "- Time: [**12:00 - 13:00 UTC**](https://time.example/x)\n"
    "  - **12:00 - 13:00 GMT** (e.g. London, Accra)\n"
    "  - **13:00 - 14:00 CET** (e.g. Berlin, Lagos)\n\n"
)


def test_rows_that_only_name_a_time_zone_are_no_agenda() -> None:
    event = read(ZONES + "### Talk: Typed parsers\n\n#### Speaker: [Ann Example](https://a.example)"
                 "\n\nAbout parsers.\n", title="2024-03-05")
    assert talks(event) == [("Typed parsers", ["Ann Example"])]
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_a_row_with_words_after_the_zone_is_an_entry() -> None:
    # ``CET`` then a title: the zone is no row of its own
    event = read("- 19:00 CET Doors open\n- 19:30 CET Typed parsers by Ann Example\n",
                 title="Meetup")
    assert ("Typed parsers", ["Ann Example"]) in talks(event)


def test_the_clocks_unit_is_the_times() -> None:
    event = read("- 19:00 Uhr Einlass\n- 19:30 - 20:15 Uhr Parser bauen by Ann Example\n",
                 title="Treffen")
    assert talks(event) == [("Parser bauen", ["Ann Example"])]
    assert breaks(event) == ["Einlass"]
    assert event.talks[1].start is not None


def test_an_open_slot_is_no_speaker() -> None:
    # ``it could be you…``: words of a sentence, not a person's name
    event = read("### Hack and Tell\n\n#### Speaker: it could be you...\n\nBring a project.\n",
                 title="Meetup")
    assert talks(event) == []


def test_an_html_line_break_is_no_text() -> None:
    assert plain("**Title** <br>") == "Title"
    assert plain("Room 2<br/>") == "Room 2"


_PIECE = st.sampled_from(["19:30", "Uhr", "GMT", "CET", "(e.g. Oslo)", "Talk", "by", "Ann",
                          "Example", "it could be", "<br>", "-", "Parsers"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PIECE, min_size=1, max_size=7), min_size=1, max_size=5))
# a zone's word after a line break is no part of a name (``Parsers GMT``)
@example([["19:30", "19:30", "by", "Parsers", "<br>", "GMT"]])
# no name joins the words either side of a break (``by Ann <br> Ann`` gave "Ann Ann")
@example([["19:30", "(e.g. Oslo)", "by", "Ann", "<br>", "Ann"]])
# nor in a list of untimed ``Title by Name`` items (found by a random seed at stop 30)
@example([["Uhr", "by", "Ann", "Example"], ["Uhr", "by", "Ann", "<br>", "Ann"]])
def test_every_speaker_read_is_written_in_the_rows(rows: list[list[str]]) -> None:
    lines = [f"- {' '.join(row)}" for row in rows]
    event = read("\n".join(lines) + "\n", title="Meetup")
    for talk in event.talks:
        for name in talk.speakers:
            assert any(name in line for line in lines)

