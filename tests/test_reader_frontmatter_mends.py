"""Front matter whose top-level values YAML cannot read as written.

Hand-written front matter often holds a title with a colon in it (``title: Kotlin:
from Hello World to bytecode``) or a value that goes on after its quotes
(``description: "Stay water, my friend" - an introduction``). YAML refuses both; the
author meant text, so the line's value is read as the text written, with a warning
that says which key and how to say it plainly.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event


def test_a_title_with_a_colon_keeps_the_page_title_and_date() -> None:
    event = read_event(
        "---\nlayout: post\ntitle: Tuesday 12 June - Deep dive: from source to bytecode\n"
        "date: 2018-06-12\n---\n\nText.\n"
    )
    assert event.title == "Tuesday 12 June - Deep dive: from source to bytecode"
    assert event.start == dt.date(2018, 6, 12)
    [problem] = [p for p in event.problems if "YAML" in p.message]
    assert problem.line == 3 and problem.severity == "warning"
    assert "'title'" in problem.message and "quote it" in problem.message


def test_a_value_that_goes_on_after_its_quotes_is_its_whole_line() -> None:
    event = read_event(
        '---\ntitle: "Meeting #7"\ndescription: "Stay water, my friend" - an introduction\n'
        "speaker: Ann Example\ndate: 2016-02-25\n---\n"
    )
    assert event.title == "Meeting #7"
    assert event.description == '"Stay water, my friend" - an introduction'
    assert event.start == dt.date(2016, 2, 25)
    assert [p.line for p in event.problems if "YAML" in p.message] == [3]


def test_several_such_lines_are_each_read_and_told() -> None:
    event = read_event("---\ntitle: A: b\nlocation: Room: 4\ndate: 2020-01-02\n---\n")
    assert (event.title, event.location) == ("A: b", "Room: 4")
    assert sorted(p.line for p in event.problems if "YAML" in p.message) == [2, 3]


@pytest.mark.parametrize(
    "front",
    [
        'title: "never closed\ndate: 2020-05-01',  # the fault is no top-level value
        "title: ok\nspeakers:\n  - name: [a, b\ndate: 2020-01-01",  # a nested flow list left open
        "title: ok\nlist: [a, b\ndate: 2020-01-01",  # a flow list left open
    ],
)
def test_other_faults_stay_errors_and_nothing_is_guessed(front: str) -> None:
    event = read_event(f"---\n{front}\n---\n\nThe body.\n")
    errors = [p for p in event.problems if "malformed YAML" in p.message]
    assert [p.severity for p in errors] == ["error"]
    assert event.title == "" and event.start is None


_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40
)


@given(before=_TEXT, after=_TEXT)
def test_a_title_is_read_whole_or_the_page_is_told(before: str, after: str) -> None:
    """Whatever a title line holds, the title is that text (or YAML's reading of it)
    or a located problem says why not: never a crash, never another key's value."""
    event = read_event(f"---\ntitle: {before}: {after}\ndate: 2021-03-04\n---\n")
    if event.title:
        assert event.start == dt.date(2021, 3, 4)
    else:
        assert event.problems and all(p.line is not None for p in event.problems)
