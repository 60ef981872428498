"""Stop 30: readings that invented a speaker when a talk's title changed its words, and
pages no longer silent for naming people.

The first were found by swapping the titles of correctly read development pages for
other real titles (``benchmarks/swap_titles.py``): the page keeps its shape, so its
reading should keep its people. Pages here are written for the test, never copied from
a site.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.names import split_names

_HEAD = "---\ntitle: Meetup 12\ndate: 2024-03-14\n---\n\n"


def _talks(body: str) -> list[tuple[str, list[str]]]:
    event = read_event(_HEAD + body)
    return [(talk.title, talk.speakers) for talk in event.talks if talk.kind == "talk"]


def _people(body: str) -> set[str]:
    event = read_event(_HEAD + body)
    return {name for talk in event.talks for name in talk.speakers}


# A title that holds a colon beside a speaker column: the title stays whole

TABLE = """\
| Title | Slides | Video | Speaker |
|---|---|---|---|
| Parsing Logs Quickly | | | zorblat_q |
| Quiet Failures: Why Retries Hide Bugs | | | quorra.dev |
"""


def test_a_speaker_column_keeps_a_colon_in_the_title_cell() -> None:
    assert _talks(TABLE) == [("Parsing Logs Quickly", ["zorblat_q"]),
                             ("Quiet Failures: Why Retries Hide Bugs", ["quorra.dev"])]


# ``Head Words: rest by Name``: the ``by`` says who, the colon is the title's

BY_AFTER_COLON = """\
## Talks

- [Mesa Redonda: Elixir and Types](https://youtu.be/abc123xyz00?t=10) by Philip (Vora Example)
- [Envelop, The Plugin System](https://youtu.be/abc123xyz00?t=900) by Uri Example
"""


def test_a_by_after_the_colon_makes_the_colons_head_no_person() -> None:
    assert "Mesa Redonda" not in _people(BY_AFTER_COLON)


# ``**Title Words**: [Ann Example](profile)``: the person after the colon, not before

PERSON_AFTER_COLON = """\
## Talks

- **Make Builds Great Again**: [Tomás Example](https://twitter.com/tomas_example)
- **De Groovy e Sancho Panza**: [Antón Example Yuste](https://twitter.com/anton_example)
"""


def test_a_known_person_after_the_colon_is_no_title() -> None:
    talks = _talks(PERSON_AFTER_COLON)
    assert ("Antón Example Yuste", ["De Groovy", "Sancho Panza"]) not in talks
    assert not {"De Groovy", "Sancho Panza"} & _people(PERSON_AFTER_COLON)


# A bullet or dash left alone (front matter read as text when it is broken) names nobody

@given(st.text(alphabet="-–—*·•.…_~|/ ", min_size=1, max_size=8))
def test_split_names_never_returns_a_name_without_a_letter(text: str) -> None:
    assert split_names(text) == []


# ``Two Words: rest - Ann Example``: the colon is the title's when the line ends with
# the person (the sibling lines are ``Title - Name`` too)

DASHED_LIST = """\
## Talks

- Building a garden of caches - Wolfgang Example
- Quiet Failures: Why Retries Hide Bugs - Agnieszka Example
"""


def test_a_colon_inside_a_dashed_title_keeps_the_person_after_the_dash() -> None:
    assert _talks(DASHED_LIST) == [
        ("Building a garden of caches", ["Wolfgang Example"]),
        ("Quiet Failures: Why Retries Hide Bugs", ["Agnieszka Example"]),
    ]


def test_only_one_side_of_the_dash_led_by_a_known_given_name_is_the_person() -> None:
    body = ("## Agenda\n\n- 14:00 Building Things With Rust - Wolfgang Example\n"
            "- 14:30 Testing Web Apps - Christian Example\n")
    assert ("Testing Web Apps", ["Christian Example"]) in _talks(body)


# ``Title, Two Words`` / ``Fork/Join``: a comma or a slash lists a title's own words

def test_a_comma_tail_of_capitalised_words_is_no_person_without_knowledge() -> None:
    body = "## Talks\n\n- The Standard Library, Batteries Included\n- Fork/Join Framework\n"
    assert not {"Batteries Included", "Join Framework"} & _people(body)


def test_a_quoted_title_then_a_comma_still_gives_the_person() -> None:
    body = ("## Agenda\n\n* 19:00 – 19:45: «Caches, queues and logs», Zorblat Quorrason;\n"
            "* 20:00 – 20:45: «Moving data without stopping», Quorra Zorblatova;\n")
    assert _people(body) == {"Zorblat Quorrason", "Quorra Zorblatova"}


# What a title's line seems to name, beside a line below that names who speaks

_SLOTTED = """\
## Palestras

- {first}

    Palestrante: [Quorra Example](https://www.linkedin.com/in/quorra-example/)

- {second}

    Palestrante: [Zorblat Sample](https://www.linkedin.com/in/zorblat-sample/)
"""


def test_a_preposition_in_a_title_names_nobody_beside_a_speaker_label() -> None:
    body = _SLOTTED.format(first="SmartCity - Um novo mundo",
                           second="Effektiver Einsatz von Code-Reviews")
    assert "Code-Reviews" not in _people(body)


def test_a_dashed_title_names_nobody_beside_a_speaker_label() -> None:
    body = """\
__1. Parsing logs with care__

__Presented by: Quorra Example__

__2. Ryerson Radio - Civic Influence (in English / en Anglais)__

__Presented by: Zorblat Sample__
"""
    assert "Civic Influence" not in _people(body)


# A page of which no talk was read, naming people: told, not silent

def _programme_warnings(body: str) -> list[str]:
    event = read_event(_HEAD + body)
    return [p.message for p in event.problems if p.subtype == "programme"]


def test_a_page_naming_two_known_people_and_no_talk_read_is_warned() -> None:
    body = ("We met at the library. Wolfgang Example showed his new keyboard firmware, "
            "then Agnieszka Example walked us through the city's open data portal.\n")
    [message] = _programme_warnings(body)
    assert "people (Wolfgang Example, Agnieszka Example)" in message
    assert "talks: []" in message


@pytest.mark.parametrize("body", [
    "We met at the library. Wolfgang Example brought cake for everyone.\n",
    "We met at the library. Zorblat Quorrason and Vexla Tester brought cake.\n",
])
def test_one_known_person_or_unknown_names_leave_the_page_silent(body: str) -> None:
    assert _programme_warnings(body) == []


def test_a_capitalised_word_before_a_known_name_does_not_hide_it() -> None:
    body = ("Today Wolfgang Example showed his keyboard firmware. Later Agnieszka Example "
            "walked us through the city's open data portal.\n")
    [message] = _programme_warnings(body)
    assert "people (Wolfgang Example, Agnieszka Example)" in message
