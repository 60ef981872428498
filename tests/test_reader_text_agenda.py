"""A front-matter programme written as agenda lines (markup in its strings), and what
such lines hold: HTML entities, HTML anchors, a sponsor named after a break. Pages
written for the test, never copied from a site."""

from __future__ import annotations

import pytest

from sphinx_meetup.reader import read_event

AGENDA = """---
title: Spring evening
date: 2024-04-10
agenda:
  - '18:00: Doors open with snacks, sponsored by <a href="https://acme.example/">Acme</a>'
  - 'Talk 1: <strong>Typed pipelines in practice</strong> von Jana Beispiel'
  - 'Talk 2: **Caching without tears** by Olaf Muster (<a href="https://video.example.org/watch/22">Video</a>)'
  - 'Open end'
---

Some words about the evening.
"""


def talks_of(event):
    return [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]


def test_agenda_lines_in_front_matter_are_read_as_an_agenda() -> None:
    event = read_event(AGENDA)
    assert talks_of(event) == [
        ("Typed pipelines in practice", ["Jana Beispiel"]),
        ("Caching without tears", ["Olaf Muster"]),
    ]
    # the doors opening is a break, and its sponsor is nobody's talk
    assert all("Acme" not in names for _, names in talks_of(event))
    assert "Some words about the evening." in event.body_rest
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_an_anchor_in_an_agenda_line_is_the_talks_video() -> None:
    event = read_event(AGENDA)
    second = [t for t in event.talks if t.kind == "talk"][1]
    assert second.video == "https://video.example.org/watch/22"


def test_agenda_lines_not_understood_are_shown_as_written() -> None:
    page = AGENDA.replace(
        "  - 'Open end'\n",
        "  - 'Topic 3: **TBA** Write to us if you would like to speak here, we have room!'\n",
    )
    event = read_event(page)
    assert [t for t in event.talks if t.kind == "talk"] == []
    assert [p for p in event.problems if p.subtype == "programme"]
    lines = event.body_rest.split("\n")
    # the agenda's lines stand at their own file lines, before the body
    at = event.body_rest_line
    assert "Caching without tears" in lines[7 - at]
    assert "Some words about the evening." in event.body_rest


def test_plain_titles_in_front_matter_stay_titles() -> None:
    page = "---\ntitle: X\ntalks:\n  - Rust in anger\n  - Zig for the curious\n---\n"
    assert talks_of(read_event(page)) == [("Rust in anger", []), ("Zig for the curious", [])]


def test_entities_in_a_line_are_their_characters() -> None:
    body = ("## Agenda\n\n- Talk 1: **Tips &amp; tricks** von Ute M&uuml;ller\n"
            "- Talk 2: **More tips** von Bernd Schr&ouml;der\n")
    event = read_event(f"---\ntitle: X\ndate: 2024-01-01\n---\n{body}")
    assert talks_of(event) == [("Tips & tricks", ["Ute Müller"]),
                               ("More tips", ["Bernd Schröder"])]


def test_a_sponsor_after_a_break_is_no_speaker_in_german_or_english() -> None:
    for row in ("Pizza und Getränke, gesponsert von Beispiel GmbH",
                "Kennenlernen bei Pizza und Getränken, gesponsert von Beispiel",
                "Pizza and drinks, sponsored by Example"):
        body = (f"## Agenda\n\n- 18:30 Uhr: {row}\n- 19:00 Uhr: **Graphs at scale** von "
                "Lena Probe\n- 19:45 Uhr: **Queues** von Timo Test\n")
        event = read_event(f"---\ntitle: X\ndate: 2024-01-01\n---\n{body}")
        assert talks_of(event) == [("Graphs at scale", ["Lena Probe"]), ("Queues", ["Timo Test"])]


def test_prose_names_the_speaker_past_who_they_are() -> None:
    # who the person is may stand between the name and the verb: an employer after
    # ``of`` / ``from``, or an appositive between commas; ``lead a`` is a speaking verb
    for prose in ("Dana Beispiel of Example Works will take us on a tour of the runtime.",
                  "Dana Beispiel from Example will tell us what the runtime hides.",
                  "Dana Beispiel, the author of a well-known driver, will speak on runtimes.",
                  "Dana Beispiel will lead a discussion of runtime tricks."):
        page = f"---\ntitle: Runtime Surprises\ndate: 2015-03-01\n---\n{prose}\n"
        assert talks_of(read_event(page)) == [("Runtime Surprises", ["Dana Beispiel"])], prose
    # a description that is no apposition names nobody
    page = ("---\ntitle: Runtime Surprises\ndate: 2015-03-01\n---\n"
            "The Example Research Station will host the evening.\n")
    assert talks_of(read_event(page)) == []


def test_a_linked_title_then_by_and_the_speaker_in_a_talks_list() -> None:
    body = ("Talks\n-----\n- [Queues in depth](queues.pdf), by Mara Beispiel\n"
            "- [Small binaries](https://speakerdeck.com/example/small-binaries) by Timo Probe\n\n"
            "Lightning talks\n---------------\n"
            "- [What changed this year](changes.pdf), by [Ute Test](https://example.org/ute)\n"
            '- ["Quoted on purpose"](quoted.pdf) by Lars Muster\n')
    event = read_event(f"---\ntitle: Evening\ndate: 2023-06-20\n---\n{body}")
    assert talks_of(event) == [
        ("Queues in depth", ["Mara Beispiel"]),
        ("Small binaries", ["Timo Probe"]),
        ("What changed this year", ["Ute Test"]),
        ("Quoted on purpose", ["Lars Muster"]),
    ]
    assert event.talks[1].slides == "https://speakerdeck.com/example/small-binaries"


@pytest.mark.parametrize("title", ["__0", "snake__case names", "Ship it **now"])
def test_unclosed_or_word_underscores_are_a_titles_characters(title: str) -> None:
    page = f'---\ntitle: X\ndate: 2024-01-01\ntalks:\n  - "{title}"\n---\nBody.\n'
    event = read_event(page)
    assert talks_of(event) == [(title, [])]
    assert event.body_rest.strip() == "Body."
