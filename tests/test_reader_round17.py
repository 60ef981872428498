"""Shapes of round 17's sites, each read by evidence (quotes, links, vocabulary)."""

from __future__ import annotations

import pytest
from reader_support import breaks, fell_back, read, talks

from sphinx_meetup.reader.names import split_names

SCHEDULE = """## Harmonogram
- 18.00 Anna Kowalska - {first}
- 19.00 Przerwa na pizzę
- 19.25 Jan Nowak i Ewa Zielińska - "Sterowniki bez tajemnic"
- 20.30 Zakończenie

## Partnerzy spotkania
- Firma Przykład: https://example.com/
- Fundacja CODE:ME: https://example.org/
"""


@pytest.mark.parametrize("quoted", ['"Testy na sprzęcie"', "„Testy na sprzęcie”",
                                    "“Testy na sprzęcie”", "”Testy na sprzęcie”"])
def test_people_then_a_quoted_title_on_timed_rows(quoted: str) -> None:
    event = read(SCHEDULE.format(first=quoted), title="Spotkanie #16")
    assert talks(event) == [("Testy na sprzęcie", ["Anna Kowalska"]),
                            ("Sterowniki bez tajemnic", ["Jan Nowak", "Ewa Zielińska"])]
    assert "Przerwa na pizzę" in breaks(event)


def test_what_stands_before_the_quote_must_be_people() -> None:
    event = read('## Agenda\n\n- 18:00 Keynote - "Why tests"\n- 19:00 Panel - "Ask us"\n',
                 title="Night")
    assert all(not people for _, people in talks(event))


@pytest.mark.parametrize(("text", "names"), [
    ("Jan Nowak i Ewa Zielińska", ["Jan Nowak", "Ewa Zielińska"]),
    ("Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
    ("Anna Berg och Lisa Holm", ["Anna Berg", "Lisa Holm"]),
    ("Ola Nordmann og Kari Nordmann", ["Ola Nordmann", "Kari Nordmann"]),
    ("Wiktor i Jan", ["Wiktor i Jan"]),  # no two-word name after it: part of a name
])
def test_and_in_more_languages_joins_two_full_names(text: str, names: list[str]) -> None:
    assert [name.name for name in split_names(text, ())] == names


FRENCH = """## Les orateurs

Deux présentations seront au programme.

### Tester sans douleur

Une plongée dans les tests, que [Alice Martin](https://social.example/alice) va vous
présenter ! Alice travaille chez [Exemple](https://example.com/).

### Le cache, enfin compris

Ce que [Bruno Petit](https://social.example/bruno) a appris en production.
"""


def test_sibling_talk_sections_that_each_link_one_person() -> None:
    assert talks(read(FRENCH, title="Meetup de juin")) == [
        ("Tester sans douleur", ["Alice Martin"]), ("Le cache, enfin compris", ["Bruno Petit"])]


def test_a_section_linking_two_people_names_no_one_in_its_group() -> None:
    two = FRENCH.replace("a appris", "et [Chloé Roux](https://social.example/c) ont appris")
    # (and with no heading naming anyone, the sections are no programme: shown as written)
    assert fell_back(read(two, title="Meetup de juin"))


def test_one_linked_person_under_one_heading_is_prose() -> None:
    one = FRENCH.split("### Le cache")[0]
    assert fell_back(read(one, title="Meetup de juin"))


ONE_TALK = """This month [Sara Example](https://profiles.example/sara) talks to us about what
she learned building games.

### Schedule

- 7:00pm :: Game development with Go.
- 7:45pm :: Q&A
- 8:00pm :: Finish
"""


def test_a_one_talk_page_titled_with_its_day_and_a_speaker_in_prose() -> None:
    from sphinx_meetup.reader import read_event

    event = read_event(f"---\ntitle: Game Development with Go - 2022/01/12\n---\n\n{ONE_TALK}")
    assert talks(event) == [("Game Development with Go", ["Sara Example"])]
    assert str(event.start) == "2022-01-12"  # the title's day: the page has no other


@pytest.mark.parametrize("verb", ["talks about", "speaks on", "is speaking about",
                                  "will be presenting on"])
def test_present_tense_announcements_say_who_speaks(verb: str) -> None:
    body = ONE_TALK.replace("talks to us about", verb)
    assert talks(read(body, title="Testing in Go"))[0][1] == ["Sara Example"]


@pytest.mark.parametrize(("title", "talk"), [
    ("Game night - 2022/01/12", "Game night"), ("June 29th 2011 - OpenVPN", "OpenVPN"),
    ("Rust | 12 March 2024", "Rust"), ("Talks - Part 2", "Talks - Part 2"),
])
def test_a_title_without_its_day(title: str, talk: str) -> None:
    from sphinx_meetup.reader.body import without_date

    assert without_date(title) == talk


@pytest.mark.parametrize(("number", "doubted"), [("1900.0", False), ("2019.1", False),
                                                 ("2019.06.12", True), ("2019-06", True)])
def test_a_version_number_in_a_title_is_no_date(number: str, doubted: bool) -> None:
    body = (f"### Lorem ipsum dolor {number}\n\nSpeaker: Ann Example\n\nAbstract.\n\n"
            "### Sit amet\n\nSpeaker: Bob Sample\n\nAbstract.\n")
    event = read(body, title="Cloud Native Meetup #1900")
    assert (talks(event) == []) is doubted
