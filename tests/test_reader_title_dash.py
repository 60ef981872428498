"""Stop 32: list items ``Title - Full Name (Org)`` (``reader/title_dash.py``), written
on round 91 liferay-design (unsealed). Pages here are written for the test, never
copied from a site.
"""

from __future__ import annotations

import pytest

from sphinx_meetup.reader import read_event

PAGE = """---
title: Sketch and Design Systems
---

Nessa primeira edição, vamos conversar sobre design systems.

{heading}

1.  Abertura
1.  {first}
1.  {second}
"""


def _talks(page: str) -> list[tuple[str, list[str]]]:
    return [(t.title, t.speakers) for t in read_event(page).talks if t.kind == "talk"]


def test_items_title_dash_people_with_their_organisation() -> None:
    page = PAGE.format(
        heading="",
        first="Apresentação: Criando Design Patterns: O que deu errado? - com Juliana "
              "Exemplo e Felipe Amostra (Guava)",
        second="Apresentação: Design system: unificando o mindset. - Felipe Teste (Acme)")
    assert _talks(page) == [
        ("Criando Design Patterns: O que deu errado?", ["Juliana Exemplo", "Felipe Amostra"]),
        ("Design system: unificando o mindset", ["Felipe Teste"]),
    ]
    event = read_event(page)
    assert event.talks[0].affiliations.get("Juliana Exemplo") == "Guava"


@pytest.mark.parametrize("heading", ["", "## Recommended reading"])
def test_a_bare_list_of_books_is_no_programme(heading: str) -> None:
    page = PAGE.format(heading=heading, first="Clean Code - Robert Martin",
                       second="Refactoring - Martin Fowler")
    assert _talks(page) == []


def test_under_a_talks_heading_the_shape_is_enough() -> None:
    page = PAGE.format(heading="## Agenda", first="Clean Code in Rust - Robert Example",
                       second="Refactoring Go - Martin Sample")
    assert _talks(page) == [("Clean Code in Rust", ["Robert Example"]),
                            ("Refactoring Go", ["Martin Sample"])]


@pytest.mark.parametrize(("first", "second"), [
    # a long item that is no talk in the list: the list is not read so
    ("Clean Code - Robert Example (Acme)", "A long discussion about how we work together"),
    # a name no known given name leads
    ("Clean Code - Xqz Example (Acme)", "Refactoring - Yvv Sample (Acme)"),
    # one item alone
    ("Clean Code - Robert Example (Acme)", "Pizza"),
])
def test_no_programme_without_every_item_and_two_people(first: str, second: str) -> None:
    assert _talks(PAGE.format(heading="", first=first, second=second)) == []
