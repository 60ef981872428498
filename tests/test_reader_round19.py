"""Shapes of round 19's sites (unsealed at stop 22), read by evidence: a theme's talk
entries naming their speaker by a people-file key and their addresses in a ``urls``
map; a venue written as a map."""

from __future__ import annotations

import pytest

from sphinx_meetup.reader import read_event

PAGE = """---
title: 3º Meetup Exemplo
date: 2020-05-26 19:00:00 -0300
place:
{place}
talks:
  - title: "Elixir: Conhecendo a Linguagem"
    speaker_key: ana-exemplo
    urls:
      recording: https://www.youtube.com/watch?v=TIKKjEQXYmI
      slides: https://speakerdeck.com/ana/elixir
---
"""


def test_a_speaker_key_and_a_urls_map_in_a_talk_entry() -> None:
    event = read_event(PAGE.format(place="  online: true"))
    talk = event.talks[0]
    assert (talk.title, talk.speakers) == ("Elixir: Conhecendo a Linguagem", ["Ana Exemplo"])
    assert talk.video == "https://www.youtube.com/watch?v=TIKKjEQXYmI"
    assert talk.slides == "https://speakerdeck.com/ana/elixir"
    assert not [p for p in event.problems if "unknown key" in p.message]


@pytest.mark.parametrize(("place", "venue"), [
    ("  online: true", "Online"),
    ("  title: Agenda Exemplo\n  address: R. Exemplo, 29 - Fortaleza",
     "Agenda Exemplo, R. Exemplo, 29 - Fortaleza"),
])
def test_a_venue_written_as_a_map(place: str, venue: str) -> None:
    event = read_event(PAGE.format(place=place))
    assert event.venue == venue
    assert not [p for p in event.problems if "should be text" in p.message]


@pytest.mark.parametrize(("sentence", "day"), [
    ("El viernes 27 de julio nos juntamos para dar los primeros pasos.", "2018-07-27"),
    ("Será este sábado 5 de mayo, a partir de las 9 hs.", "2018-05-05"),
    ("Nos vemos na sexta-feira, 27 de julho.", "2018-07-27"),
])
def test_a_weekday_and_day_in_a_sentence_moves_the_post_date(sentence: str, day: str) -> None:
    event = read_event(f"---\ntitle: Meetup\ndate: 2018-07-04\n---\n\n{sentence}\n"
                       if "julio" in sentence or "julho" in sentence else
                       f"---\ntitle: Meetup\ndate: 2018-05-01\n---\n\n{sentence}\n")
    start = event.start
    assert str(start.date() if hasattr(start, "date") and callable(start.date) else start) == day


QUICKIES = """---
layout: event
title: "Soirée Quickies !"
date: 2022-11-17 18:30:00 +0100
speakers: /speakers/ana-ejemplo,/speakers/bruno-muestra
---

Découvrez le programme :

## Crash test: la programmation fonctionnelle
**Par Ana Ejemplo**

Dans ce quickie, je vais vous raconter comment.

## Au-delà de la couverture de tests
**Par Bruno Muestra**

Tester c'est douter.
"""


def test_people_given_as_their_pages_paths_and_par_lines() -> None:
    event = read_event(QUICKIES)
    assert [s.name for s in event.speakers] == ["Ana Ejemplo", "Bruno Muestra"]
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Crash test: la programmation fonctionnelle", ["Ana Ejemplo"]),
        ("Au-delà de la couverture de tests", ["Bruno Muestra"])]
    assert not [p for p in event.problems if "should be a list" in p.message]


PARTS = """---
title: "Soirée IzPack et Communautés opensource"
date: 2011-03-24
speakers: /speakers/ana-ejemplo
---

### IzPack

Une solution pour le packaging.

### Communautés opensource

Retour d'expérience.
"""


def test_a_title_naming_its_headings_is_in_parts_a_talk_each() -> None:
    event = read_event(PARTS)
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("IzPack", ["Ana Ejemplo"]), ("Communautés opensource", ["Ana Ejemplo"])]


def test_headings_the_title_does_not_name_leave_the_page_one_talk() -> None:
    page = PARTS.replace("### IzPack", "### Description").replace(
        "### Communautés opensource", "### Ce qu'il faut apporter")
    assert [t.title for t in read_event(page).talks] == [
        "Soirée IzPack et Communautés opensource"]


@pytest.mark.parametrize("opening", [
    "[Ann Example](https://example.com/ann) gave a talk on [asyncio](https://docs.python.org/).",
    "Ann Example talked about websockets in Flask.",
    "Ann Example will present her experiments.",
])
def test_a_talk_text_opening_with_its_presenter(opening: str) -> None:
    page = f"---\ntitle: Night\ndate: 2015-01-20\n---\n\n### Talks\n\n#### asyncio\n{opening}\n"
    assert [(t.title, t.speakers) for t in read_event(page).talks] == [
        ("asyncio", ["Ann Example"])]


def test_a_talk_text_opening_with_a_group_names_no_speaker() -> None:
    page = ("---\ntitle: Night\ndate: 2015-01-20\n---\n\n### Talks\n\n#### asyncio\n"
            "Example Systems gave a talk on their product.\n")
    event = read_event(page)
    # no speaker, and a lone heading naming no one is no programme: shown as written
    assert event.talks == [] and [p.subtype for p in event.problems] == ["programme"]
