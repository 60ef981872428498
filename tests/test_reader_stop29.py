"""Rules written at stop 29. Pages written for the test, never copied from a site."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader import given_names, read_event
from sphinx_meetup.reader.given_names import fold, is_given_name, led_by_given_name


def _talks(text: str) -> list[tuple[str, list[str]]]:
    event = read_event(text)
    return [(talk.title, talk.speakers) for talk in event.talks if talk.kind == "talk"]


# The given-name table: knowledge, folded, read when first asked

@pytest.mark.parametrize("word", ["Wolfgang", "wolfgang", "JÜRGEN", "Jurgen", "Agnieszka",
                                  "Paweł", "Chiara"])
def test_given_names_are_known_in_any_case_and_with_or_without_accents(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Service", "Kubernetes", "Welcome", "Opening", "Detection"])
def test_a_titles_words_are_no_given_names(word: str) -> None:
    assert not is_given_name(word)


def test_a_full_name_is_led_by_a_given_name_and_has_two_words_or_more() -> None:
    assert led_by_given_name("Wolfgang Schell")
    assert led_by_given_name("Jurgen de Smet")
    assert not led_by_given_name("Wolfgang")
    assert not led_by_given_name("Object Detection")


@given(st.text(alphabet=st.characters(categories=["L", "M"]), max_size=20))
def test_folding_is_idempotent_and_ignores_case(word: str) -> None:
    assert fold(fold(word)) == fold(word)
    assert is_given_name(word) == is_given_name(word.casefold())


def test_the_table_holds_folded_words_sorted_once_each() -> None:
    # what tools/given_names.py writes, and what the lookup relies on: each entry is its
    # own fold (a word the reader folds finds it), one word of letters, sorted, unique
    table = Path(given_names.__file__).with_name("data") / "given_names.txt"
    entries = [line for line in table.read_text(encoding="utf-8").splitlines()
               if not line.startswith("#")]
    assert len(entries) > 20_000
    assert entries == sorted(set(entries))
    assert all(fold(entry) == entry and entry.isalpha() for entry in entries)


def test_the_table_is_read_only_when_a_rule_asks() -> None:
    probe = (
        "from sphinx_meetup.reader import read_event, given_names\n"
        "read_event('---\\ntitle: Quiet\\ndate: 2024-01-10\\n---\\n\\nNo talks tonight.\\n')\n"
        "print(given_names._given_names.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "0"


# G2: sibling headings that pair a title and a person the table knows

_HEADINGS = """---
title: Lightning evening
date: 2024-04-26
---

Four tools, four people.

{headings}
"""


def _with(*headings: str) -> str:
    return _HEADINGS.format(headings="\n\nSome words about it.\n\n".join(headings))


def test_title_then_person_headings_are_talks_when_the_given_names_are_known() -> None:
    # (``Walery``, a given name the table lacks, is read as its siblings are; the fourth
    # heading, of no such shape, keeps a rule that wants every sibling alike out)
    text = _with("### YouDebug - Wolfgang Schell", "### Byteman - Walery Strauch",
                 "### Lombok - Lukasz Plotnicki", "### Selenium - Christian Schneider",
                 "### Questions and answers")
    assert _talks(text)[:4] == [("YouDebug", ["Wolfgang Schell"]),
                                ("Byteman", ["Walery Strauch"]),
                                ("Lombok", ["Lukasz Plotnicki"]),
                                ("Selenium", ["Christian Schneider"])]


def test_person_then_title_headings_with_a_colon_are_talks() -> None:
    text = _with("## Angelika Example: Von Drama zu Karma", "## Stefan Sample: Feeds")
    assert _talks(text) == [("Von Drama zu Karma", ["Angelika Example"]),
                            ("Feeds", ["Stefan Sample"])]


def test_a_sibling_of_another_shape_stays_as_written() -> None:
    text = _with("### Parsing with care - Chiara Example", "### Small tools - Tomasz Sample",
                 "### Pizza and drinks")
    assert _talks(text)[:2] == [("Parsing with care", ["Chiara Example"]),
                                ("Small tools", ["Tomasz Sample"])]
    assert not any(people for title, people in _talks(text) if title.startswith("Pizza"))


@pytest.mark.parametrize("headings", [
    # subtitles and places: no given name on either side
    ("### Rust - Getting Started", "### Go - Beyond the Basics", "### Zig - Why Now"),
    ("### Berlin: Venue and Travel", "### Hamburg: Hotels Nearby"),
    # both sides read as people: which one speaks is anyone's guess
    ("### Grace Hopper - Ann Example", "### Ada Lovelace - Bob Sample"),
    # one known person among three headings is no shape
    ("### Caching - Wolfgang Schell", "### Testing - Part Two", "### Closing - Final Words"),
    # who the people are, not what they talk about
    ("### Ann Example - Senior Engineer at Initech", "### Bob Sample - CTO at Example"),
])
def test_headings_without_the_evidence_are_no_talks(headings: tuple[str, ...]) -> None:
    assert not any(people for _title, people in _talks(_with(*headings)))


# T1: table headers named by the labels' vocabulary

_TABLE = """---
title: Meetup
date: 2024-03-09
---

| {time} | {topic} | {speaker} |
|---|---|---|
| 19:00 | Observability on a budget | ann |
| 19:45 | Small tools for large builds | bob.sample |
"""


@pytest.mark.parametrize(("time", "topic", "speaker"), [
    ("Waktu", "Judul", "Pembicara"),       # Indonesian
    ("Saat", "Konu", "Konuşmacı"),          # Turkish
    ("Čas", "Téma", "Přednášející"),        # Czech
    ("일시", "제목", "발표자"),               # Korean
])
def test_table_columns_named_in_the_labels_languages_are_read(
        time: str, topic: str, speaker: str) -> None:
    text = _TABLE.format(time=time, topic=topic, speaker=speaker)
    # (handles: only a header saying the column is who speaks makes them people)
    assert _talks(text) == [("Observability on a budget", ["ann"]),
                            ("Small tools for large builds", ["bob.sample"])]


# G4: a list's items closing with a bracket of people the table knows

_BRACKETS = """---
title: July meetup
date: 2014-07-19
---

This will be our fourth monthly meetup.

{items}

The venue is near the station.
"""


def test_items_closing_with_known_given_names_are_talks_outside_a_talks_section() -> None:
    text = _BRACKETS.format(items="* **Using PL/Python in PostgreSQL** (Corrie)\n"
                                  "* **Testing in Python** (Iwan)")
    assert _talks(text) == [("Using PL/Python in PostgreSQL", ["Corrie"]),
                            ("Testing in Python", ["Iwan"])]


@pytest.mark.parametrize("items", [
    "* Firebase (Google)\n* Kotlin (JetBrains)",                 # employers, not people
    "* Parsing (Part 2)\n* Caching (English)",                    # what the talk is
    "* Rust (Ann Example)\n* Go (Zorblat Sample)",                # one known of two
    "* Apples (Granny Smith)\n* Pears (Williams)",                # no given names
])
def test_brackets_name_knowledge_does_not_vouch_for_are_no_talks_there(items: str) -> None:
    assert _talks(_BRACKETS.format(items=items)) == []


def test_known_given_names_alone_in_brackets_are_people_in_a_talks_section() -> None:
    text = ("---\ntitle: Night\ndate: 2024-02-01\n---\n\n## Talks\n\n"
            "- Kanban (Johnathan)\n- Scrum (Maria)\n")
    assert _talks(text) == [("Kanban", ["Johnathan"]), ("Scrum", ["Maria"])]


# G6: sibling headings whose paragraph opens with a known person

_OPENED = """---
title: Criptografía
date: 2026-09-17
---

Dos charlas este mes.

### 1. Recuperación de secretos

{first} nos va a contar cómo recuperar una clave.

### 2. Ergonomía en Rust

{second} presentará un framework nuevo.

### Lugar

La oficina queda cerca del metro.
"""


def test_headings_whose_paragraph_opens_with_a_known_person_are_their_talks() -> None:
    text = _OPENED.format(first="Facundo La Rocca", second="Fernando Example")
    assert _talks(text)[:2] == [("Recuperación de secretos", ["Facundo La Rocca"]),
                                ("Ergonomía en Rust", ["Fernando Example"])]


@pytest.mark.parametrize(("first", "second"), [
    ("Zorblat Example", "Quorra Sample"),       # no given name the table knows
    ("Facundo La Rocca", "El equipo"),          # one of two: no shape
])
def test_paragraphs_opening_without_known_people_name_no_one(first: str, second: str) -> None:
    text = _OPENED.format(first=first, second=second)
    assert not any(people for title, people in _talks(text)
                   if title.startswith(("Recuperación", "Ergonomía")))


def test_headings_closing_with_a_known_person_in_brackets_are_talks() -> None:
    text = _with("### Caching without tears (Chiara Example)", "### Small tools (Tomasz Sample)",
                 "### Questions and answers")
    assert _talks(text)[:2] == [("Caching without tears", ["Chiara Example"]),
                                ("Small tools", ["Tomasz Sample"])]


@pytest.mark.parametrize("headings", [
    ("### Caching (Part 2)", "### Testing (English)"),                  # what the talk is
    ("### Firebase (Google Cloud)", "### Kotlin (JetBrains Team)"),    # no given names
])
def test_headings_closing_with_other_brackets_are_no_talks(headings: tuple[str, ...]) -> None:
    assert not any(people for _title, people in _talks(_with(*headings)))
