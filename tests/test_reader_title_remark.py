"""A bracket after a title's closing full stop is a remark about the talk, not words of
its title (``Title. (A short Klingon talk)``): pages written for the test."""

from __future__ import annotations

from reader_support import read, talks

from sphinx_meetup.reader.headers import tidy_title


def test_a_bracket_after_the_titles_full_stop_is_a_remark() -> None:
    event = read("So far we have:\n\n* Ann Example: Parsers in Elixir.\n"
                 "* Bob Sample: tlhIngan Hol yIjatlh. (A short Klingon talk).\n"
                 "* Cleo Park: Sheaves (Part Two)\n", title="Lightning talks")
    assert talks(event) == [
        ("Parsers in Elixir", ["Ann Example"]),
        ("tlhIngan Hol yIjatlh", ["Bob Sample"]),
        # no full stop before it: the bracket is the title's own
        ("Sheaves (Part Two)", ["Cleo Park"]),
    ]


def test_a_full_stop_inside_the_title_keeps_its_bracket() -> None:
    assert tidy_title("Node.js in production (Part 2)") == "Node.js in production (Part 2)"
    assert tidy_title("Who wins? (Live Demo)") == "Who wins?"
