"""Rules written at stop 28. Pages written for the test, never copied from a site."""

from __future__ import annotations

import pytest

from sphinx_meetup.reader import read_event


def _talks(text: str) -> list[tuple[str, list[str]]]:
    event = read_event(text)
    return [(talk.title, talk.speakers) for talk in event.talks if talk.kind == "talk"]


# PF: a list of talks under a key of any name, known by its entries

_LINEUP = """---
title: Winter evening
date: 2024-01-10
{key}:
  - title: Doors open
    duration: 15
  - title: Parsing with care
    speakers:
      - name: Ann Example
  - title: Small tools
    presenter: Bob Sample
---

Come along.
"""


@pytest.mark.parametrize("key", ["lineup", "vortraege_2024", "sesiones"])
def test_a_list_of_titled_entries_naming_speakers_is_the_programme_whatever_its_key(
        key: str) -> None:
    assert _talks(_LINEUP.format(key=key)) == [
        ("Parsing with care", ["Ann Example"]), ("Small tools", ["Bob Sample"])]


def test_the_entries_own_keys_are_no_typos_under_another_key() -> None:
    event = read_event(_LINEUP.format(key="lineup").replace(
        "duration: 15", "duration: 15\n    offset: -15"))
    assert not [problem for problem in event.problems if "unknown key" in problem.message]


@pytest.mark.parametrize("front", [
    # a theme's speakers: a name and a job title, never talks
    "speakers:\n  - name: Ann Example\n    title: Engineer\n",
    "organizers:\n  - title: Host\n    speaker: Ann Example\n",
    # posts with their writers: ``author`` says nothing under a key of no known meaning
    "related:\n  - title: Last month\n    author: Ann Example\n",
    "more:\n  - title: Last month\n    author: Ann Example\n",
    # titled entries that mostly name no one: a list of links, not a programme
    "resources_list:\n  - title: Slides\n  - title: Photos\n  - title: Notes\n"
    "    speaker: Ann Example\n",
])
def test_other_lists_of_titled_entries_are_no_programme(front: str) -> None:
    text = f"---\ntitle: Winter evening\ndate: 2024-01-10\n{front}---\n\nCome along.\n"
    # (a page with front-matter speakers and no programme is their one talk: the page's)
    assert [title for title, _people in _talks(text) if title != "Winter evening"] == []


# Y1: a value YAML cannot read inside a list's entry is read as its line's text

def test_a_quoted_value_that_goes_on_inside_an_entry_is_read_as_written() -> None:
    text = ('---\ntitle: Winter evening\ndate: 2024-01-10\ntalks:\n'
            '  - title: "Quoted" and then some\n    speaker: Ann Example\n'
            '  - title: Plain\n    speaker: Bob Sample\n---\n\nCome along.\n')
    event = read_event(text)
    assert [(talk.title, talk.speakers) for talk in event.talks] == [
        ('"Quoted" and then some', ["Ann Example"]), ("Plain", ["Bob Sample"])]
    assert any(problem.line == 5 and "read as the text written" in problem.message
               for problem in event.problems)


def test_a_colon_inside_an_entrys_plain_value_is_read_as_written() -> None:
    text = ("---\ntitle: Winter evening\ntalks:\n"
            "- title: Kotlin: from hello to bytecode\n  speaker: Ann Example\n---\n")
    assert _talks(text) == [("Kotlin: from hello to bytecode", ["Ann Example"])]


# A1 + A2: ``Name - Title`` lists in a talks section

_ANNOUNCED = """---
title: Spring camp
date: 2024-04-10
---

We meet at the lab at seven in the usual room, the map is on the wiki. {line}

* Ann Example - Parsing with care
* Bob Sample - Small tools for large builds
* Carla Tester - Why our tests were slow
* Dan Wright - Eclipse 4.0
"""


@pytest.mark.parametrize("line", ["These talks are planned:", "Folgende Vorträge sind geplant:"])
def test_a_paragraph_whose_last_sentence_announces_talks_heads_a_name_led_list(
        line: str) -> None:
    assert _talks(_ANNOUNCED.format(line=line)) == [
        ("Parsing with care", ["Ann Example"]), ("Small tools for large builds", ["Bob Sample"]),
        ("Why our tests were slow", ["Carla Tester"]), ("Eclipse 4.0", ["Dan Wright"])]


def test_a_name_led_list_under_a_talks_heading_is_read() -> None:
    text = _ANNOUNCED.format(line="").replace("We meet", "### Talks\n\nWe meet")
    assert len(_talks(text)) == 4


@pytest.mark.parametrize("line", [
    "We have a few ideas:",                      # no talk named
    "Thanks to our friends, who made it so much fun, as always. Our talks went well, and "
    "we thank everyone who came along and stayed late for them as well:",  # too long
])
def test_a_list_nothing_announces_as_talks_is_not_read_by_name(line: str) -> None:
    assert _talks(_ANNOUNCED.format(line=line)) == []


def test_placeholders_repeated_in_a_template_are_no_talks() -> None:
    text = ("---\ntitle: June\ndate: 2024-06-10\n---\n\n### Talks this month\n\n"
            + "* Presenter Name - Title of the presentation\n" * 3)
    assert _talks(text) == []


def test_a_list_of_title_and_name_both_reading_as_names_is_left_as_written() -> None:
    # (people name knowledge does not know: with known given names - Ann, Bob - the
    # side that is a person is no guess, test_reader_stop30.py)
    text = ("---\ntitle: June\ndate: 2024-06-10\n---\n\n### Talks\n\n"
            "* Eclipse Modeling - Zorblat Example\n* Gradle Tooling - Quorra Sample\n"
            "* Kotlin Native - Vexla Tester\n")
    assert _talks(text) == []


# H1: ``Title - Name`` headings right under a talks heading

_TALKS_SECTION = """---
title: May evening
date: 2024-05-10
---

## {section}

### Conference tooling - Ann Example

What it does.

### Unicode in the terminal - Bob Sample

How it works.

### configparser wrappers

Why we wrote one.
"""


@pytest.mark.parametrize("section", ["Talks", "Vorträge"])
def test_dashed_headings_under_a_talks_heading_name_their_speakers(section: str) -> None:
    assert _talks(_TALKS_SECTION.format(section=section)) == [
        ("Conference tooling", ["Ann Example"]), ("Unicode in the terminal", ["Bob Sample"]),
        ("configparser wrappers", [])]


@pytest.mark.parametrize("heading", [
    "### Ethernet - A Brief History",          # a subtitle, not a person
    "### Rust - Getting Started",
    "### Grace Hopper - Ann Example",           # both halves read as people: a guess
])
def test_dashed_headings_whose_tail_is_no_clear_person_stay_titles(heading: str) -> None:
    text = _TALKS_SECTION.format(section="Talks").replace(
        "### Conference tooling - Ann Example", heading)
    assert [people for title, people in _talks(text) if title.startswith(heading[4:12])] in (
        [], [[]])


def test_dashed_headings_under_another_heading_need_other_evidence() -> None:
    # (names whose first word is no given name the reader knows: knowing one is other
    # evidence - see test_reader_stop29.py)
    text = _TALKS_SECTION.format(section="Photos of the evening").replace(
        "Ann Example", "Zorblat Example").replace("Bob Sample", "Quorra Sample")
    assert not any(people for _title, people in _talks(text))


def test_a_name_led_title_running_on_into_sentences_is_its_first_sentence() -> None:
    text = _ANNOUNCED.format(line="Our talks:").replace(
        "Small tools for large builds",
        "Small tools win!  The campus has a new site. Bob will show how")
    assert ("Small tools win!", ["Bob Sample"]) in _talks(text)


def test_an_agenda_item_saying_a_little_more_of_a_talk_section_is_that_talk() -> None:
    text = _TALKS_SECTION.format(section="Talks").replace(
        "## Talks", "## Agenda\n\n- conference tooling with an API - Ann Example\n"
        "- unicode in the terminal - Bob Sample\n\n## Talks")
    assert _talks(text)[:2] == [("Conference tooling", ["Ann Example"]),
                                ("Unicode in the terminal", ["Bob Sample"])]


# D3: the one appointment in the front matter

@pytest.mark.parametrize(("front", "day"), [
    ("meetup_at: 2019-03-20 19:00:00 +0100\n", "2019-03-20"),
    ("treffen: '2019-03-20T19:00:00'\n", "2019-03-20"),
])
def test_the_one_day_with_hours_in_the_front_matter_dates_a_page_nothing_else_dates(
        front: str, day: str) -> None:
    event = read_event(f"---\ntitle: Spring evening\n{front}---\n\nSee you.\n")
    assert event.start is not None and event.start.date().isoformat() == day


@pytest.mark.parametrize("front", [
    "last_modified_at: 2019-03-20 19:00:00 +0100\n",     # the page's history
    "a_at: 2019-03-20 19:00:00\nb_at: 2019-03-27 19:00:00\n",   # two: which?
    "born: 2019-03-20\n",                                  # a day without hours
])
def test_no_day_from_values_that_are_no_single_appointment(front: str) -> None:
    assert read_event(f"---\ntitle: Spring evening\n{front}---\n\nSee you.\n").start is None
