"""Stop 32: front-matter keys in the site's language (``reader/key_words.py``) and
``Label | value`` rows written without a table header (round 91/92, unsealed). Pages
here are written for the test, never copied from a site.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sphinx_meetup.reader import read_event

PIPE_ROWS = """---
title: "Extreme Programming in 2021"
date: 2021-04-01
---

Date | **Thursday 15th April 2021** <br>
Time | **7:00pm to 9:00pm**<br>
Location &nbsp; | Zoom (with a free ticket)
[Get free tickets here](https://www.example.org/tickets)

A guided conversation.
"""


def test_label_pipe_value_rows_are_fact_lines() -> None:
    event = read_event(PIPE_ROWS)
    assert isinstance(event.start, dt.datetime)
    assert event.start.date() == dt.date(2021, 4, 15)
    assert event.start.hour == 19


def test_one_pipe_line_is_no_row() -> None:
    page = "---\ntitle: Night\ndate: 2021-04-01\n---\n\nDate | Thursday 15th April 2021\n"
    assert read_event(page).start == dt.date(2021, 4, 1)


PORTUGUESE = """---
nome: "3º Meetup"
data: 2020-07-09
palestrantes:
  - nome: "Ana Exemplo"
    titulo: "Análise Estatística de Atletas"
    resumo: "Um resumo."
  - nome: "Bruno Amostra"
    titulo: "Ciência de Redes"
---
3º Meetup. [Video](https://youtu.be/abcdefghijk)
"""


def test_keys_in_the_sites_language_are_read() -> None:
    event = read_event(PORTUGUESE)
    assert event.title == "3º Meetup"
    assert event.start == dt.date(2020, 7, 9)
    assert [s.name for s in event.speakers] == ["Ana Exemplo", "Bruno Amostra"]
    assert [(t.title, t.speakers) for t in event.talks if t.kind == "talk"] == [
        ("Análise Estatística de Atletas", ["Ana Exemplo"]),
        ("Ciência de Redes", ["Bruno Amostra"]),
    ]


def test_the_english_key_wins() -> None:
    event = read_event("---\ntitle: Night\ntitulo: Noche\n---\n")
    assert event.title == "Night"


@pytest.mark.parametrize("value", ["some numbers", "[1, 2, 3]", "{a: 1}"])
def test_data_that_holds_no_date_is_no_date(value: str) -> None:
    event = read_event(f"---\ntitle: Night\ndata: {value}\n---\n")
    assert event.start is None
    assert not [p for p in event.problems if p.subtype == "date"]


# The page's title as its talk: the speaker named after ``by``, then the night's extras

@pytest.mark.parametrize(("title", "expected"), [
    ("Coding Standards by Tom Example w/ Pizza NEW LOCATION Acme", "Coding Standards"),
    ("Making the Switch to Management by Tom Example with Free Food",
     "Making the Switch to Management"),
    ("Stand by Me: a talk", "Stand by Me: a talk"),  # not the speaker after by
])
def test_a_title_cut_at_by_and_its_speaker(title: str, expected: str) -> None:
    page = f"---\ntitle: {title}\npresenter: Tom Example\n---\n\nAn abstract.\n"
    assert [(t.title, t.speakers) for t in read_event(page).talks] == [
        (expected, ["Tom Example"])]


@pytest.mark.parametrize("key", ["youtubeLink", "video_link", "recording_link"])
def test_a_themes_link_to_the_recording_is_the_replay(key: str) -> None:
    page = f'---\ntitle: Night\n{key}: "https://www.youtube.com/watch?v=Z51REEl7gYY"\n---\n'
    assert read_event(page).replays == ["https://www.youtube.com/watch?v=Z51REEl7gYY"]


def test_a_capitalised_word_before_a_full_name_in_prose_is_not_theirs() -> None:
    page = ("---\ntitle: Teaching Open Source\n---\nIn this Community Call Heidi Example "
            "and Greg Sample will talk about the educational opportunities.\n")
    talks = read_event(page).talks
    assert [t.speakers for t in talks] == [["Heidi Example", "Greg Sample"]]


def test_an_agenda_slot_whose_topic_and_speaker_are_pending_is_no_talk() -> None:
    page = ("---\ntitle: Drupal Monthly\n---\n\n## Agenda\n\n6.00pm: Beer and Pizza\n\n"
            "6:30pm - Drupal Presentation I:<br/>Topic: To be advised<br/>by: Pending\n\n"
            "7:15pm - Drupal Presentation II:<br/>Topic: To be advised<br/>by: Pending\n")
    event = read_event(page)
    assert all(not talk.speakers for talk in event.talks)
    assert "Pending" not in [s.name for s in event.speakers]


FENCED = """+++
title = "Event based microservices"
date = "2018-11-01"
+++

We host a software architect.

```{info}
Ημερομηνία: Παρασκευή, 16 Νοεμβρίου 2018
Ώρα:        18:00 - 21:00
Χώρος:      Κτίριο Πληροφορικής, Αίθουσα 2.1
```
"""


def test_a_fenced_box_of_facts_gives_the_day_and_place() -> None:
    event = read_event(FENCED.format(info=""))
    assert str(event.start) == "2018-11-16 18:00:00"
    assert event.venue == "Κτίριο Πληροφορικής, Αίθουσα 2.1"


def test_a_fence_of_code_is_no_fact_box() -> None:
    event = read_event(FENCED.format(info="yaml"))
    assert event.start == dt.date(2018, 11, 1)


def test_greek_month_names() -> None:
    from sphinx_meetup.reader.dates import find_date

    assert find_date("Παρασκευή, 29 Νοεμβρίου 2019", 2019) == dt.date(2019, 11, 29)
    assert find_date("3 Μαΐου 2020", 2020) == dt.date(2020, 5, 3)


@pytest.mark.parametrize("sentence", [
    "Foredragsholder er Marcus Example, aktiv deltager i prosjektet.",
    "Referent ist Marcus Example.",
    "El ponente es Marcus Example, desarrollador en una empresa.",
    "L'orateur sera Marcus Example.",
])
def test_the_speaker_is_named_after_a_copula_in_other_languages(sentence: str) -> None:
    page = f"---\ntitle: Catalyst i praksis\n---\n\nEn introduksjon.\n\n{sentence}\n"
    assert [(t.title, t.speakers) for t in read_event(page).talks] == [
        ("Catalyst i praksis", ["Marcus Example"])]


def test_a_copula_before_no_name_names_no_one() -> None:
    page = "---\ntitle: Catalyst\n---\n\nReferent ist noch offen, aber bald bekannt.\n"
    assert [t for t in read_event(page).talks if t.kind == "talk"] == []


AGENDA = """---
title: Meetup
---

<p>{row}<br />
19:45 - 20:00 Q&amp;A<br />
20:00 - 20:30 Networking</p>
"""


@pytest.mark.parametrize("row", [
    "19:00 - 19:45 Alan Example, Transformers in NLU and Dialogue talk",
    "19:00 - 19:45 Alan Example - Transformers in NLU and Dialogue",
])
def test_a_timed_row_names_its_speaker_by_a_known_given_name(row: str) -> None:
    talks = [(t.title, t.speakers) for t in read_event(AGENDA.format(row=row)).talks
             if t.kind == "talk"]
    assert talks == [("Transformers in NLU and Dialogue", ["Alan Example"])]


@pytest.mark.parametrize("row", [
    "19:00 - 19:45 Welcome, Introductions and News",
    "19:00 - 19:45 Acme Labs, Cloud Migration Stories",  # no given name leads
])
def test_a_timed_row_without_a_person_names_no_one(row: str) -> None:
    talks = read_event(AGENDA.format(row=row)).talks
    assert all(not t.speakers for t in talks)


def test_a_list_items_first_line_titles_the_label_on_its_next_line() -> None:
    page = ("---\ntitle: Encontro\n---\n\nAgenda:\n\n- Observability para todos\n"
            "    Palestrante: Diego Exemplo / https://www.linkedin.com/in/diego/\n"
            "- Django na prática\n    Palestrante: Ana Souza\n")
    assert [(t.title, t.speakers) for t in read_event(page).talks] == [
        ("Observability para todos", ["Diego Exemplo"]), ("Django na prática", ["Ana Souza"])]


def test_a_prose_line_above_a_label_in_its_paragraph_is_no_title() -> None:
    page = ("---\ntitle: Encontro\n---\n\nWe meet at the pub tonight and talk\n"
            "Speaker: Ann Example\n")
    assert [t.title for t in read_event(page).talks] == ["Encontro"]
