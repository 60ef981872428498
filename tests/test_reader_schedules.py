"""Stop 32: front-matter schedules that sort their own entries (``type: event`` beside
``type: talk``), open slots, parallel tracks, and prose naming a thing after an article
(round 88, unsealed). Pages here are written for the test, never copied from a site.
"""

from __future__ import annotations

import pytest

from sphinx_meetup.reader import read_event

# Front-matter schedules: the author's own kinds, open slots, parallel tracks

SCHEDULE = """---
title: "August Night"
date: 2016-08-25 18:00:00
schedule:
  - time: 17:00
    type: event
    title: "Cowork!"
  - time: 18:15
    type: event
    title: "Tacos and drinks"
  - time: 19:15
    type: talk
    title: "Unleashing Electron"
    author: "Ann Example"
  - time: 19:45
    type: talk
    title: "Intermission & Live Performance"
    author: "Your Name Here"
  - time: 20:00
    type: talk
    title: "Talk TBD"
    author: "Bo Sample"
  - time: 20:30
    type: event
    title: "bevera.js"
---
"""


def _kinds(page: str) -> list[tuple[str, str, list[str]]]:
    return [(talk.kind, talk.title, talk.speakers) for talk in read_event(page).talks]


def test_an_unknown_kind_no_entry_of_names_is_a_slot_beside_named_talks() -> None:
    kinds = _kinds(SCHEDULE)
    assert [(title, speakers) for kind, title, speakers in kinds if kind == "talk"] == [
        ("Unleashing Electron", ["Ann Example"])]
    # every entry is still shown, in the order written
    assert [title for _, title, _ in kinds] == [
        "Cowork!", "Tacos and drinks", "Unleashing Electron",
        "Intermission & Live Performance", "Talk TBD", "bevera.js"]


def test_a_schedule_of_one_unknown_kind_names_its_talks() -> None:
    page = SCHEDULE.replace("type: talk", "type: event")
    kinds = _kinds(page)
    # the page's own kind names people: it is the talks' kind (as before this stop)
    assert ("talk", "Unleashing Electron", ["Ann Example"]) in kinds


def test_a_placeholder_titled_talk_kind_is_no_talk_but_is_shown() -> None:
    kinds = _kinds(SCHEDULE)
    assert ("break", "Talk TBD", ["Bo Sample"]) in kinds


@pytest.mark.parametrize("nobody", ["Your Name Here", "you?", "Maybe you"])
def test_an_open_slot_names_nobody(nobody: str) -> None:
    page = ('---\ntitle: Night\ntalks:\n  - title: "Lightning slot"\n'
            f'    speaker: "{nobody}"\n  - title: "Rust at work"\n    speaker: Ann Example\n---\n')
    kinds = _kinds(page)
    assert kinds == [("break", "Lightning slot", []), ("talk", "Rust at work", ["Ann Example"])]


TRACKS = """---
title: "Summit 2026"
start: 2026-10-24T10:00:00+03:00
program_tracks:
  - name: "Ground floor"
    level: "Basics"
    items:
      - time: "11.00-11.45"
        title: "What is it?"
        speaker: "Ann Example"
      - time: "11.45-12.10"
        type: "break"
        title: "Coffee"
      - time: "12.10-12.40"
        title: "Where to start"
        speaker: "Bo Sample"
        room: "Online"
  - name: "Basement"
    items:
      - time: "11.15-11.55"
        title: "A workshop"
        speaker: "Cleo Tester"
---
"""


def test_parallel_tracks_are_one_programme_in_the_order_written() -> None:
    talks = read_event(TRACKS).talks
    assert [(t.kind, t.title, t.speakers, t.room) for t in talks] == [
        ("talk", "What is it?", ["Ann Example"], "Ground floor"),
        ("break", "Coffee", [], "Ground floor"),
        ("talk", "Where to start", ["Bo Sample"], "Online"),
        ("talk", "A workshop", ["Cleo Tester"], "Basement"),
    ]


def test_a_list_of_talks_with_their_own_lists_is_no_tracks() -> None:
    page = ('---\ntitle: Night\ntalks:\n  - title: "Rust"\n    speaker: Ann Example\n'
            '    links:\n      - title: Slides\n        url: https://example.org/s\n'
            '  - title: "Go"\n    speaker: Bo Sample\n---\n')
    assert [(t.title, t.speakers) for t in read_event(page).talks] == [
        ("Rust", ["Ann Example"]), ("Go", ["Bo Sample"])]


# Prose: a capitalised thing after an article is no person

@pytest.mark.parametrize("sentence", [
    "A booth for the Minecraft Showcase will show selected entries.",
    "Then the Rust Team will present the roadmap.",
])
def test_a_name_after_an_article_is_no_speaker(sentence: str) -> None:
    page = f"---\ntitle: Showcase Night\n---\n\n{sentence}\n"
    event = read_event(page)
    assert not [t for t in event.talks if t.kind == "talk"]
    assert event.speakers == []


def test_a_name_without_an_article_still_speaks() -> None:
    page = "---\ntitle: Showcase Night\n---\n\nAnn Example will present the roadmap.\n"
    assert [(t.title, t.speakers) for t in read_event(page).talks] == [
        ("Showcase Night", ["Ann Example"])]


# A theme's talk shortcode on any Hugo page (as on a Hugo Blox page)

SHORTCODES = """---
title: "Talks - November"
date: 2025-11-09T12:20:00+00:00
---

Talks and workshops this month.

{{< charla
    title="Autonomous racing algorithms"
    date="Jueves, 13 de noviembre de 2025"
    time="19:00"
    speaker="Ann Example e Bo Sample"
    video="https://www.youtube.com/watch?v=abcdefghijk"
>}}
Two members of the racing team tell how their car drives itself.
{{< /charla >}}

{{< charla title="Threat intelligence with AI" speaker="Cleo Tester"
    slides="javascript:alert(1)" >}}
A practical session.
{{< /charla >}}
"""


def test_a_talk_shortcode_is_a_talk_on_any_page() -> None:
    event = read_event(SHORTCODES)
    talks = [(t.title, t.speakers, t.video, t.slides) for t in event.talks]
    assert talks == [
        ("Autonomous racing algorithms", ["Ann Example", "Bo Sample"],
         "https://www.youtube.com/watch?v=abcdefghijk", None),
        ("Threat intelligence with AI", ["Cleo Tester"], None, None),  # no script link
    ]
    assert event.talks[0].abstract.startswith("Two members")
    assert "shortcode" in event.talks[0].evidence["Ann Example"]
    # the first talk's day is the event's (the front matter's is the publishing day)
    assert str(event.start).startswith("2025-11-13")


def test_talk_shortcodes_stay_when_the_rest_of_the_programme_is_doubted() -> None:
    page = SHORTCODES + "\n## Agenda\n\n- 18:00 Doors\n- 18:30 Something\n- 19:00 Else\n"
    event = read_event(page)
    titles = [t.title for t in event.talks if t.kind == "talk"]
    assert titles[:2] == ["Autonomous racing algorithms", "Threat intelligence with AI"]
