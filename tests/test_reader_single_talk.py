"""The reader on single-talk pages and talk headings of European sites (issue 18).

Each rule is general - a vocabulary kept as data, a shape backed by evidence on the
page (a front-matter person, a name written again elsewhere, siblings of one shape) -
and each test reads a small page written for it: no third-party text. A wrong speaker
card is worse than none, so every rule has its guard tested beside it.
"""

from __future__ import annotations

import functools

import pytest
from reader_support import read as page
from reader_support import talks

from sphinx_meetup.reader import read_event

read = functools.partial(page, title="Test night", date="2024-03-14")


def _json_page(presenter: str, title: str = "Packet filters") -> str:
    return (
        "{\n"
        f'   "title": "{title}",\n'
        '   "meetingdate": "2024-03-14T19:00+01:00",\n'
        f'   "presenter": "{presenter}",\n'
        '   "eventtype": "Workshop"\n'
        "}\n\n## Server\n* https://meet.example.org\n\n## Notes\nTaken during the evening.\n"
    )


@pytest.mark.parametrize("key", ["presenter", "intervenant", "referent"])
def test_a_presenter_key_names_the_speaker_of_a_one_session_page(key: str) -> None:
    """``presenter: Ann Example`` (JSON or YAML front matter) is the page's speaker, as
    ``speaker`` is: the session is the page itself, titled as the page, with no
    warning that the key holds text rather than a list."""
    event = read_event(_json_page("Ann Example").replace('"presenter"', f'"{key}"'))
    assert talks(event) == [("Packet filters", ["Ann Example"])]
    assert [s.name for s in event.speakers] == ["Ann Example"]
    assert not [p for p in event.problems if p.subtype == "frontmatter"]


def test_presenters_as_a_list_are_the_speakers() -> None:
    event = read("We meet again on Thursday.\n", "presenters:\n  - Ann Example\n  - Bo Sample\n")
    assert talks(event) == [("Test night", ["Ann Example", "Bo Sample"])]


@pytest.mark.parametrize("who", ["Alle", "all", "Everybody", "TBA", "tout le monde"])
def test_everybody_as_presenter_is_no_person(who: str) -> None:
    """``presenter: Alle`` says everybody takes part: no speaker card, no talk."""
    event = read_event(_json_page(who))
    assert event.speakers == []
    assert talks(event) == []


def test_the_author_of_a_post_is_no_speaker() -> None:
    """``author`` is who wrote the post: it never gives a speaker or a talk."""
    event = read("We meet again on Thursday.\n", 'author: "Ann Example"\n')
    assert event.speakers == []
    assert talks(event) == []
