"""Pelican's front matter (also MultiMarkdown's): ``Key: value`` lines opening a page.

Python community sites built with Pelican write ``Title: …`` / ``Date: …`` lines, not a
``---`` block; read as front matter, their title, date and tags are the event's, and
the rest is the body. Pages written for the test (no third-party text).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.frontmatter import split

PAGE = """\
Title: Python night, spring edition
Date: 2024-04-18 19:00
Category: Events
Tags: python, packaging, community
Slug: python-night-spring

## Talks

### Parsing logs quickly

Speaker: Ann Example
"""


def test_pelican_metadata_is_the_front_matter() -> None:
    front = split(PAGE)
    assert front.format == "metadata"
    assert front.data["title"] == "Python night, spring edition"
    assert front.data["tags"] == ["python", "packaging", "community"]
    assert front.lines == {"title": 1, "date": 2, "category": 3, "tags": 4, "slug": 5}
    assert front.body.startswith("## Talks") and front.body_line == 7
    event = read_event(PAGE)
    assert event.title == "Python night, spring edition"
    assert event.start == dt.datetime(2024, 4, 18, 19, 0)
    assert event.topics == ["python", "packaging", "community"]
    assert [(t.title, t.speakers, t.line) for t in event.talks] == [
        ("Parsing logs quickly", ["Ann Example"], 9)]
    assert not [p for p in event.problems if p.subtype == "frontmatter"]


@pytest.mark.parametrize("opening", [
    "Title: Python night\n\nSome text.\n",                      # no date
    "Date: 2024-04-18\nSpeaker: Ann Example\n\nSome text.\n",   # no title
    "Title: Python night\nDate: 2024-04-18\nWe meet at six.\n\nMore.\n",  # prose inside
    "Some text first.\nTitle: Python night\nDate: 2024-04-18\n",
])
def test_other_openings_are_body(opening: str) -> None:
    """Without a title and a date, or with a line that is no ``Key: value``, the page
    has no such front matter: it is all body, as before."""
    front = split(opening)
    assert front.format is None and front.body == opening


_KEY = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,10}", fullmatch=True)
_VALUE = st.from_regex(r"[^\s:][^\n]{0,40}", fullmatch=True).map(str.strip).filter(bool)


@given(st.lists(st.tuples(_KEY, _VALUE), max_size=6), _VALUE, _VALUE, st.text(max_size=80))
def test_metadata_lines_and_the_body_after_them(extra, title, date, body) -> None:
    """Any ``Key: value`` lines naming a title and a date, an empty line, a body: the
    keys are the front matter (the first of a repeated key wins), the body is what
    follows, starting on its own line."""
    lines = [("Title", title), ("Date", date), *extra]
    text = "".join(f"{key}: {value}\n" for key, value in lines) + "\n" + body
    front = split(text)
    assert front.format == "metadata"
    assert front.data["title"] == title
    assert front.body == body
    assert front.body_line == len(lines) + 2
