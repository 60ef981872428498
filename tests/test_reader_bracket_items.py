"""A talks section's list whose items end with who gives them (``- Firebase (Ann
Example)``, ``- UX [@ann](…)``), read per list (``reader/bracket_items.py``)."""

from __future__ import annotations

import pytest
from reader_support import read, talks

LIST = """## {heading}

* firebase (Blanca Example)
* UX [@roccons](https://twitter.com/roccons)
* css grid (Rafael Ejemplo)
* Kanban (Johnathan)
"""


@pytest.mark.parametrize("heading", ["Talks", "Temas", "Topics"])
def test_items_ending_with_their_people_are_the_talks(heading: str) -> None:
    event = read(LIST.format(heading=heading), title="Meetup 14 de Diciembre")
    assert talks(event) == [("firebase", ["Blanca Example"]), ("UX", ["roccons"]),
                            ("css grid", ["Rafael Ejemplo"]), ("Kanban", ["Johnathan"])]


def test_outside_a_talks_section_brackets_say_nothing() -> None:
    event = read(LIST.format(heading="Links"), title="Night")
    assert talks(event) == []


@pytest.mark.parametrize("items", [
    ["Rust (Part 1)", "Rust (Part 2)", "Zig (in English)"],  # no people in the brackets
    ["Firebase (Ann Example)", "Rust (Part 2)", "Zig (in English)"],  # one is no list
])
def test_brackets_that_name_no_one_make_no_talks(items: list[str]) -> None:
    body = "## Talks\n\n" + "".join(f"- {item}\n" for item in items)
    assert all(not people for _, people in talks(read(body, title="Night")))


def test_a_given_name_alone_needs_siblings() -> None:
    # (one word the given-name table does not know: a known one is evidence of its own,
    # see test_reader_stop29.py)
    body = "## Talks\n\n- Kanban (Zorblat)\n- Scrum (Quorra)\n"
    assert all(not people for _, people in talks(read(body, title="Night")))


def test_a_level_word_in_brackets_is_no_given_name() -> None:
    body = ("## Talks\n\n- Firebase (Ann Example)\n- Grid (Bo Sample)\n- Zig (Cy Test)\n"
            "- Rust (Advanced)\n")
    assert ("Rust", ["Advanced"]) not in talks(read(body, title="Night"))
