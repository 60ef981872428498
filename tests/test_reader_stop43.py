"""Stop 43: one-talk pages whose speaker the body names in a way of its own - a
speakers section of bio paragraphs, an announcement naming who they are between
commas - written again here for the test (never copied from a site), and what must
stay unread beside them.
"""

from __future__ import annotations

import pytest
from reader_support import read, talks

_ABSTRACT = ("O seminário apresenta como a matemática ajuda a ler dados públicos.\n\n")


# ------------------------------------------------ a speakers section of bio paragraphs

@pytest.mark.parametrize("opening", [
    "[Ana Exemplo da Silva](https://example.org/ana) é professora da Universidade.",
    "**Ana Exemplo da Silva** possui doutorado em Matemática.",
    "Ana Exemplo da Silva possui doutorado em Matemática pela Universidade.",
])
def test_a_speaker_section_bio_gives_the_page_talk(opening: str) -> None:
    body = f"{_ABSTRACT}## Palestrante\n\n{opening}\nTem experiência em dados.\n"
    event = read(body, title="Matemática e dados públicos")
    assert talks(event) == [("Matemática e dados públicos", ["Ana Exemplo da Silva"])]
    assert "guest section" in event.talks[0].evidence["Ana Exemplo da Silva"]


def test_two_bio_paragraphs_give_one_talk_by_both() -> None:
    body = (f"{_ABSTRACT}### Speakers\n\nAnn Example is CEO of Acme. She likes Go.\n\n"
            "[Bo Sample](https://example.org/bo) has a decade of experience with networks.\n")
    event = read(body, title="Keeping secrets in Kubernetes [webinar]")
    assert talks(event) == [("Keeping secrets in Kubernetes", ["Ann Example", "Bo Sample"])]


def test_the_rest_of_a_bio_paragraph_names_no_one() -> None:
    # the bio's later lines (``Science. He received…``) are not people of the section
    body = (f"{_ABSTRACT}## Biography\n\n[Ann Example](https://example.org/ann) is a Fellow "
            "at the School of Computer\nScience. He received his degree in 2010.\n")
    assert talks(read(body, title="Growth and death of websites")) == [
        ("Growth and death of websites", ["Ann Example"])]


@pytest.mark.parametrize("opening", [
    "The team is proud to host this evening.",  # no person opens it
    "Acme GmbH is our sponsor tonight.",  # an organisation
    "Ann is a developer at Acme.",  # one word: no full name
])
def test_what_opens_no_bio_of_a_speaker(opening: str) -> None:
    body = f"{_ABSTRACT}## Speaker\n\n{opening}\n"
    assert all(talk.speakers == [] for talk in read(body, title="Dados abertos").talks)


def test_bio_paragraphs_outside_a_speakers_section_name_no_one() -> None:
    body = f"{_ABSTRACT}## Venue\n\nAnn Example is the owner of the café.\n"
    assert all(talk.speakers == [] for talk in read(body, title="Dados abertos").talks)


def test_a_speakers_section_under_a_series_night_makes_no_talk() -> None:
    # several people under the title of a numbered night: their talks are not the page's
    body = (f"{_ABSTRACT}## Speakers\n\nAnn Example is CEO of Acme.\n\n"
            "Bo Sample is a developer at Initech.\n")
    assert talks(read(body, title="Cloud Native Example #12")) == []


# ------------------------------------------------ who they are, between commas

@pytest.mark.parametrize(("sentence", "title"), [
    ("Ann Example, Principal Engineer @ Acme, will discuss open DNS resolvers.",
     "Open DNS resolvers"),
    ("Ann Example, one of our very own members, will be doing a talk on product design.",
     "Product design in industry"),
    ("Ann Example, CTO at Acme, will be giving a short presentation about caching.",
     "Caching"),
])
def test_a_role_between_commas_then_the_verb_names_the_speaker(sentence: str,
                                                                title: str) -> None:
    event = read(f"{sentence}\n\nWhere: the library.\n", title=title)
    assert talks(event) == [(title, ["Ann Example"])]


def test_the_speaker_closing_the_page_title_is_left_out_of_the_talk() -> None:
    body = "Ann Example, one of our members, will be doing a talk on design.\n"
    event = read(body, title="Product Design in Industry - by Ann Example")
    assert talks(event) == [("Product Design in Industry", ["Ann Example"])]


@pytest.mark.parametrize("sentence", [
    "Kubernetes Operators, a pattern we love, will discuss nothing.",  # no role, no person
    "Open Source, London and Paris, will be doing a talk on it.",  # places, not a role
])
def test_what_between_commas_is_no_role(sentence: str) -> None:
    assert all(not talk.speakers for talk in read(sentence + "\n", title="Operators").talks)
