"""Stop 33: front-matter fields prefixed with the page's kind (``event_speaker``), a bold
title closed by a bracket of front-matter people, and an evening's timed schedule that
names no one beside talks that name every front-matter speaker (dev94, unsealed). Pages
here are written for the test, never copied from a site.
"""

from __future__ import annotations

from sphinx_meetup.reader import read_event


def _talks(event) -> list[tuple[str, list[str]]]:
    return [(talk.title, talk.speakers) for talk in event.talks if talk.kind == "talk"]


TWO_TALKS = """---
title: "Ports and mutants"
date: 2025-02-01
event_date: 2025-03-06T18:30:00+01:00
event_type: talk
event_speaker:
  - Ann Example
  - Bo Sample
meetup_signup_url: https://www.example.org/events/1
---

The user group invites you to two talks.

## The talks

**Ports and Adapters: robust software (with interfaces)** (_Ann Example_)

Ann shows how a core stays free of its database.

**Mutation testing – why?** (Bo Sample):

Bo explains what a surviving mutant tells you.

## The programme

- 18:30 Doors open
- 19:00 Start of the talks

Networking afterwards.
"""


def test_prefixed_front_matter_fields_are_read() -> None:
    event = read_event(TWO_TALKS)
    assert [speaker.name for speaker in event.speakers] == ["Ann Example", "Bo Sample"]
    assert event.registration_url == "https://www.example.org/events/1"


def test_bold_titles_closed_by_front_matter_people_are_talks() -> None:
    event = read_event(TWO_TALKS)
    assert _talks(event) == [
        ("Ports and Adapters: robust software (with interfaces)", ["Ann Example"]),
        ("Mutation testing – why?", ["Bo Sample"]),
    ]
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_the_evenings_schedule_beside_them_is_slots() -> None:
    event = read_event(TWO_TALKS)
    slots = [talk.title for talk in event.talks if talk.kind != "talk"]
    assert "Start of the talks" in " ".join(slots)


def test_a_plain_key_wins_over_a_prefixed_one() -> None:
    page = TWO_TALKS.replace("event_type: talk\n", "speaker: Cy Person\n")
    assert [speaker.name for speaker in read_event(page).speakers] == ["Cy Person"]


def test_a_prefix_keeps_keys_that_name_the_page_itself() -> None:
    """``event_type``, ``event_url``: the page's own kind and address, no field."""
    page = "---\ntitle: Night\ndate: 2021-04-01\nevent_url: https://www.example.org/x\n---\n"
    assert read_event(page).registration_url is None


def test_a_bracket_of_unknown_people_is_no_talk() -> None:
    """Without the front matter's people the bracket is no evidence (``(Part 2)``,
    ``(Remote)``, an author of a book): the paragraph stays prose."""
    page = TWO_TALKS.replace("event_speaker:\n  - Ann Example\n  - Bo Sample\n", "")
    assert _talks(read_event(page)) == []


def test_a_schedule_is_no_slots_while_a_speaker_has_no_talk() -> None:
    """One front-matter speaker no talk names: the schedule's rows may be their talk,
    so they are not set aside as the evening's slots."""
    page = TWO_TALKS.replace("  - Bo Sample\n", "  - Bo Sample\n  - Cy Person\n")
    rows = {talk.title: talk.kind for talk in read_event(page).talks}
    assert rows.get("Start of the talks", "talk") == "talk"
