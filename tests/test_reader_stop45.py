"""Stop 45: rules of the reader written this stop. Pages here are written for the test,
never copied from a site."""

from __future__ import annotations

import pytest

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.names import is_organisation, looks_like_name
from sphinx_meetup.reader.trust import names_a_person


def _talks(page: str) -> list[tuple[str, list[str]]]:
    return [(t.title, t.speakers) for t in read_event(page).talks if t.kind == "talk"]


def _programme_warnings(page: str) -> list[str]:
    return [p.message for p in read_event(page).problems if p.subtype == "programme"]


# A count of talks no evening holds is a speaker's career, not the page's programme

GUEST = """---
title: "Introduction au compilateur"
date: 2024-01-23
---

Dans cette soirée nous verrons comment le compilateur lit un programme.

### Ann Example

Ann Example est développeuse chez Exemple et contributrice du compilateur depuis dix
ans. Elle a donné plus de {count} conférences dans des meetups.
"""


@pytest.mark.parametrize("count", ["100", "40", "25"])
def test_a_guest_whose_bio_counts_her_many_talks_gives_the_pages_talk(count: str) -> None:
    page = GUEST.format(count=count)
    assert _talks(page) == [("Introduction au compilateur", ["Ann Example"])]
    assert _programme_warnings(page) == []


@pytest.mark.parametrize("count", ["3", "trois", "12", "20"])
def test_a_count_an_evening_can_hold_still_says_several_talks(count: str) -> None:
    assert _talks(GUEST.format(count=count)) == []


# A term and its short form: the short form may leave out a leading word of the term

@pytest.mark.parametrize("title", [
    "Extended Distributed Lag Models (DLM)",
    "Modern Continuous Integration (CI)",
    "Spiking Neural Networks (SNN)",
])
def test_a_term_with_its_short_form_is_no_person(title: str) -> None:
    assert not names_a_person(title)


@pytest.mark.parametrize("title", ["Ann Example (University of Oslo)",
                                   "Ann Example (ACME)"])
def test_a_person_with_her_employer_is_still_a_person(title: str) -> None:
    assert names_a_person(title)


SEMINAR = """---
title: "{title}"
---

Os proponemos un nuevo seminario estadístico.

- **Título:** _{title}_
- **Autor:** {author}
- **Fecha:** Jueves 22 de junio de 2017
"""


def test_a_labelled_seminar_titled_by_a_term_and_its_short_form_is_read() -> None:
    page = SEMINAR.format(title="Extended Distributed Lag Models (DLM)", author="Ana Ejemplo")
    assert _talks(page) == [("Extended Distributed Lag Models (DLM)", ["Ana Ejemplo"])]


# ``Corp`` and ``Bank`` are whole words: a surname may start with them

@pytest.mark.parametrize("name", ["Paqui Corpas Burgos", "Ann Bankole", "Bo Corpus"])
def test_a_surname_opening_with_an_organisation_word_is_no_organisation(name: str) -> None:
    assert not is_organisation(name)


@pytest.mark.parametrize("name", ["Acme Corp", "Acme Corp.", "Acme Corporation",
                                  "Example Bank", "Acme Group"])
def test_the_organisation_words_still_are(name: str) -> None:
    assert is_organisation(name)


def test_a_speaker_whose_surname_opens_with_corp_gets_her_talk() -> None:
    page = SEMINAR.format(title="Modelización espacio-temporal", author="Paqui Corpas Burgos")
    assert _talks(page) == [("Modelización espacio-temporal", ["Paqui Corpas Burgos"])]


# ``The …`` is a thing's name, never a person's

@pytest.mark.parametrize("text", ["The Fediverse", "The Example Project", "THE Cloud"])
def test_a_name_led_by_the_article_is_no_person(text: str) -> None:
    assert not looks_like_name(text)
    assert not looks_like_name(text, strict=False)


@pytest.mark.parametrize("text", ["An Nguyen", "Theo Example", "Thea Sample"])
def test_names_that_only_look_like_an_article_still_are(text: str) -> None:
    assert looks_like_name(text)


ITSELF = """---
title: "{title}"
date: 2025-09-20
---

In this talk we look at how the federated network works and how to join it.
"""


def test_a_talk_titled_the_thing_and_a_bracket_is_read_as_one_talk() -> None:
    page = ITSELF.format(title="The Fediverse (and Our LUG)")
    assert _talks(page) == [("The Fediverse (and Our LUG)", [])]


# A page that calls itself one talk, titled ``Title (Ann Example)``

@pytest.mark.parametrize("title", [
    "Reading between the lines - graphs (Ann Example)",
    "Reading between the lines - graphs (Ann Example) (deutsch)",
])
def test_the_person_closing_a_one_talk_pages_title_gives_it(title: str) -> None:
    page = ITSELF.format(title=title)
    assert _talks(page) == [("Reading between the lines - graphs", ["Ann Example"])]


@pytest.mark.parametrize("title", [
    "Graphs for everyone (Neo4j)", "Rust in production (Part Two)",
])
def test_a_bracket_that_is_no_full_name_a_given_name_leads_stays_in_the_title(
        title: str) -> None:
    assert _talks(ITSELF.format(title=title)) == [(title, [])]


@pytest.mark.parametrize("title", ["Federation (Acme Labs)", "Graphs (Example Sample)"])
def test_an_organisation_or_an_unknown_name_in_the_bracket_is_no_speaker(title: str) -> None:
    assert all(speakers == [] for _, speakers in _talks(ITSELF.format(title=title)))


# A day after a dash is no person: a name holds no digit

def test_a_full_name_holds_no_digit() -> None:
    from sphinx_meetup.reader.given_names import led_by_given_name
    assert not led_by_given_name("Dia 27 de Setembro")
    assert not led_by_given_name("April 17 Meeting")
    assert led_by_given_name("Ann Example")


def test_sibling_headings_ending_with_a_day_do_not_doubt_the_talks_under_them() -> None:
    page = """---
title: Tour
---

## Campus Norte - Dia 27 de Setembro

* **Seja Notável** - [Ana Exemplo](http://twitter.com/anaex)
* **Agile** - [Bruno Amostra](http://twitter.com/bra)

## Campus Sul - Dia 16 de Outubro

* **Testes** - [Carla Exemplo](http://twitter.com/cex)
* **Ruby** - [Davi Amostra](http://twitter.com/dam)
"""
    assert _talks(page) == [("Seja Notável", ["Ana Exemplo"]), ("Agile", ["Bruno Amostra"]),
                            ("Testes", ["Carla Exemplo"]), ("Ruby", ["Davi Amostra"])]


# List items ``Title - [Full Name](profile)``: a person introduced by their own page

PROFILE_LIST = """---
title: Night
---

Os aprovados:

{items}
"""


def test_items_linking_each_person_to_their_profile_are_talks() -> None:
    items = ("* **Seja Notável** - [Ana Exemplo](http://twitter.com/anaex)\n"
             "* **Agile, Mudando o Foco** - [Ewertton Amostra](http://twitter.com/ewa)\n"
             "* **Como Ser Ágil **- [Bruno Exemplo](https://br.linkedin.com/in/bruno)\n")
    assert _talks(PROFILE_LIST.format(items=items)) == [
        ("Seja Notável", ["Ana Exemplo"]),
        ("Agile, Mudando o Foco", ["Ewertton Amostra"]),
        ("Como Ser Ágil", ["Bruno Exemplo"]),
    ]


@pytest.mark.parametrize("items", [
    # books and their authors: no page of the people, a shape only
    "* Clean Code - Robert Martin\n* Refactoring - Martin Fowler\n",
    # the links go to the things, not to the people's own pages
    "* Clean Code - [Robert Martin](https://example.com/clean-code)\n"
    "* Refactoring - [Martin Fowler](https://example.com/refactoring)\n",
    # a profile link, but the text is no full name
    "* Seja Notável - [ana](http://twitter.com/ana)\n"
    "* Agile - [ewa](http://twitter.com/ewa)\n",
])
def test_items_without_profile_links_of_full_names_stay_unread(items: str) -> None:
    assert _talks(PROFILE_LIST.format(items=items)) == []


# A quoted title right after a written work's word is something read, not a talk

BOOK_CLUB = """---
title: "Allies Book Club, Part II"
---

[Dr. Ann Example](https://example.org/people/ann) gave an inspiring talk, \
["Can We Change Computing?"](https://example.org/events/2021-03) to open our series and \
was enthusiastic about the book "Better Allies: Everyday Actions" by Bo Sample, so this \
is the first book we read together.
"""


def test_a_books_title_and_its_author_give_no_talk() -> None:
    event = read_event(BOOK_CLUB)
    assert [t for t in event.talks if t.kind == "talk"] == []
    assert not any("Bo Sample" in speaker.name for speaker in event.speakers)


def test_follows_a_work_word() -> None:
    from sphinx_meetup.reader.quoted_prose import follows_a_work_word
    text = 'about the book "Better Allies" and the talk "Faster Builds"'
    assert follows_a_work_word(text, text.index('"Better'))
    assert not follows_a_work_word(text, text.index('"Faster'))
    for word in ("paper", "novel", "livro", "Buch", "article"):
        assert follows_a_work_word(f'the {word} "X"', len(f"the {word} "))


def test_two_talks_in_prose_are_still_read() -> None:
    page = """---
title: Recap
---

Ann Example opened the evening with a talk on "Bug Hunting in Plugins". She was followed
by Bo Sample, who spoke on "Wireless Access".
"""
    assert _talks(page) == [("Bug Hunting in Plugins", ["Ann Example"]),
                            ("Wireless Access", ["Bo Sample"])]


# A facts list that describes a talk (``- Abstract:``) gives the page's talk to its speaker

SEMINAR_FACTS = """+++
title = "{title}"
+++

- _Speaker:_ Nathan Example
- _{part}:_ The goal will be to understand how to design effect handlers.
- _Location:_ Keller 6-212
- _Time:_ 1-2 pm
"""


@pytest.mark.parametrize("title", ["2023-01-26 Talk: Algebraic Effects",
                                   "2023-01-26 Algebraic Effects", "Talk: Algebraic Effects"])
@pytest.mark.parametrize("part", ["Abstract", "Resumo", "Takeaways"])
def test_a_speaker_in_a_facts_list_with_an_abstract_gives_the_pages_talk(
        title: str, part: str) -> None:
    page = SEMINAR_FACTS.format(title=title, part=part)
    assert _talks(page) == [("Algebraic Effects", ["Nathan Example"])]


def test_a_speaker_in_a_facts_list_without_a_talks_description_stays_doubted() -> None:
    page = SEMINAR_FACTS.format(title="Talk: Algebraic Effects", part="Notes")
    assert _talks(page) == []


@pytest.mark.parametrize(("title", "expected"), [
    ("2023-01-26 Talk: Algebraic Effects", "Algebraic Effects"),
    ("2023-01-26 Algebraic Effects", "Algebraic Effects"),
    ("2023-01-26", "2023-01-26"),
    ("Meetup 2023-01-26", "Meetup 2023-01-26"),
])
def test_a_day_opening_the_page_title_is_no_part_of_its_talks(title: str, expected: str) -> None:
    from sphinx_meetup.reader.body import page_talk_title
    assert page_talk_title(title) == expected


# HTML emphasis across a line break: each line its own emphasis

def test_a_strong_element_across_a_line_break_is_emphasis_on_each_line() -> None:
    from sphinx_meetup.reader.html_blocks import as_markdown
    assert as_markdown("<p><strong>Speaker: Ann Example<br />\n</strong></p>") == [
        (0, "**Speaker: Ann Example**")]
    assert as_markdown("<p><strong>A<br>B</strong> c <em>d</em></p>") == [
        (0, "**A**\\\n**B** c *d*")]
    assert as_markdown('<p><i class="fa"></i> x <b></b></p>') == [(0, "x")]


WORDPRESS = """---
title: July Meeting - Measuring the Product Owner
---
<p><strong>Date/Time: Thursday, July 18th from 6:00-8:00 PM</strong></p>
<p><strong>Location: Example Grill</strong> in Johnston</p>
<p><strong>Speaker: Mark Example{employer}<br />
</strong></p>
<p><strong>Topic: Measuring the Product Owner</strong></p>
<p><strong>Abstract:</strong> Each team is led in part by the Product Owner.</p>
"""


@pytest.mark.parametrize("employer", ["", ", Pillar Technologies"])
def test_a_wordpress_speaker_line_broken_inside_strong_is_read(employer: str) -> None:
    assert _talks(WORDPRESS.format(employer=employer)) == [
        ("Measuring the Product Owner", ["Mark Example"])]


# ``Name, Organisation``: where the person works, not a second person

@pytest.mark.parametrize("text", ["Ann Example, Pillar Technologies", "Ann Example, Acme Labs",
                                  "Ann Example, Example University"])
def test_an_organisation_after_a_full_name_is_where_she_works(text: str) -> None:
    from sphinx_meetup.reader.names import split_names
    names = split_names(text)
    assert [n.name for n in names] == ["Ann Example"]
    assert names[0].affiliation == text.split(", ")[1]


def test_two_people_after_a_comma_stay_two() -> None:
    from sphinx_meetup.reader.names import split_names
    assert [n.name for n in split_names("Ann Example, Bo Sample")] == ["Ann Example", "Bo Sample"]


def test_a_surname_in_capitals_after_a_joiner_is_a_second_person() -> None:
    from sphinx_meetup.reader.names import split_names
    assert [n.name for n in split_names("Ana EJEMPLO & Bruno MUESTRA")] == [
        "Ana EJEMPLO", "Bruno MUESTRA"]


# ``event: 2014-12-08``: the event's own key holding its day

@pytest.mark.parametrize(("keys", "start"), [
    ("event: 2014-12-08", "2014-12-08"),
    ("event: 2015-03-17\nevent_time: '19:00'", "2015-03-17T19:00:00"),
    ("event: 2015-12-24\nevent_time: 8:00 - 9:30", "2015-12-24T08:00:00"),
    ("date: 2014-11-01\nmeetup: 2014-12-08", "2014-12-08"),
])
def test_the_event_key_holding_a_day_is_the_events_day(keys: str, start: str) -> None:
    event = read_event(f"---\ntitle: Night\n{keys}\n---\n\nHello.\n")
    assert event.start.isoformat() == start
    assert not [p for p in event.problems if p.subtype == "date"]


def test_the_event_key_holding_hours_gives_the_end() -> None:
    event = read_event("---\ntitle: Night\nevent: 2015-12-24\nevent_time: 8:00 - 9:30\n---\n")
    assert event.end.isoformat() == "2015-12-24T09:30:00"


@pytest.mark.parametrize("keys", ["event: Scala night", "event: '2014-12-08'"])
def test_an_event_key_holding_words_or_a_quoted_string_is_no_day(keys: str) -> None:
    event = read_event(f"---\ntitle: Night\ndate: 2014-11-01\n{keys}\n---\n")
    assert event.start.isoformat() == "2014-11-01"


def test_a_schedule_closing_its_titles_with_a_person_and_her_employer_is_read() -> None:
    page = ("---\ntitle: X\ndate: 2024-05-02\n---\n\n## Schedule\n\n"
            "- 18:30 – Talk: Heaps and stacks (Ida Quist, Example Labs)\n"
            "- 19:15 – Talk: Merge trees (Tom Verhoef)\n")
    event = read_event(page)
    assert _talks(page) == [("Heaps and stacks", ["Ida Quist"]), ("Merge trees", ["Tom Verhoef"])]
    assert event.talks[0].affiliations == {"Ida Quist": "Example Labs"}


# ``[**Ann Example**](profile) **from Acme: "Title"**``: a bold line through its links

def test_a_line_bold_but_for_a_linked_bold_name_is_bold() -> None:
    from sphinx_meetup.reader.blocks import blocks_of, units_of
    for source, bold in [
        ('[**Ann Example**](https://www.linkedin.com/in/ann) **from Acme: "Title"**', True),
        ("[**Ann Example**](https://example.com/ann)", True),
        ('[**Ann Example**](https://example.com/ann) from Acme: "Title"', False),
        ('[Ann Example](https://example.com/ann) **from Acme**', False),
    ]:
        assert units_of(blocks_of(source + "\n", 1))[0].bold is bold, source


def test_a_linked_bold_speaker_line_over_a_bio_is_a_talk() -> None:
    page = ("---\ntitle: Night\n---\n\nIntro.\n\n#### The speaker line up\n\n"
            '[**Ann Example**](https://www.linkedin.com/in/ann) **from Acme: "Secure '
            'infrastructure, first steps"**\n\nAnn is a consultant at Acme.\n')
    assert _talks(page) == [("Secure infrastructure, first steps", ["Ann Example"])]


# ``1️⃣ Talk: Title``: a keycap's number, then the kind label

@pytest.mark.parametrize(("written", "title"), [
    ("1️⃣ Talk: SwiftUI and Firebase", "SwiftUI and Firebase"),
    ("2\u20e3 Talk: Things I wish I knew!", "Things I wish I knew!"),
    ("3️⃣ Combine in practice", "Combine in practice"),
])
def test_a_keycap_number_opening_a_title_is_numbering(written: str, title: str) -> None:
    from sphinx_meetup.reader.headers import tidy_title
    assert tidy_title(written) == title


def test_a_schedule_numbering_its_talks_with_keycaps_is_read() -> None:
    page = ("---\ntitle: Remote meetup\n---\n\n**Schedule**\n\n19:00 - Doors open\n\n"
            "19:45 - 1️⃣ Talk: SwiftUI and Firebase - Peter Example\nAbout the talk.\n\n"
            "20:30 - Short Break\n\n"
            "20:40 - 2️⃣ Talk: Working remote - Mario Sample\nAbout the talk.\n")
    assert _talks(page) == [("SwiftUI and Firebase", ["Peter Example"]),
                            ("Working remote", ["Mario Sample"])]


# ``Acme Community: “Title“ by Ann Example``: the quotes set the title apart

def test_items_quoting_their_titles_before_by_are_titled_by_the_quotes() -> None:
    page = ("---\ntitle: Global Meetup - Agenda\n---\n\n#### Agenda:\n\n"
            "1. [Greek Example Community](https://example.org/g): “State of the Network “ "
            "by [Evan Example](https://twitter.com/evan), engineer at Acme\n"
            "2. Example Saigon “Bitcoin in Vietnam “ by [Dominik Sample]"
            "(https://twitter.com/dom), co-founder\n"
            '3. Example Argentina: "A usefulness test case" by [Franco Example]'
            "(https://twitter.com/fr), founder\n")
    assert _talks(page) == [("State of the Network", ["Evan Example"]),
                            ("Bitcoin in Vietnam", ["Dominik Sample"]),
                            ("A usefulness test case", ["Franco Example"])]


@pytest.mark.parametrize(("text", "part"), [
    ('Rust "the good parts" revisited', 'Rust "the good parts" revisited'),
    ('A lead of more than six words before it: "X Y"', 'A lead of more than six words '
     'before it: "X Y"'),
    ("Plain title", "Plain title"),
])
def test_a_quote_inside_a_title_is_no_title_of_its_own(text: str, part: str) -> None:
    from sphinx_meetup.reader.by_items import _quoted_part
    assert _quoted_part(text) == part


# A talk's page filed as one (``type: Talk``): ``name`` its speaker, ``teaser`` its title

FILED_TALK = """---
layout: talk
type: "Talk"
date: 2023-11-09
name: "{name}"
teaser: "Building Trust in Human-Robot Teams"
---

### Speaker
{given} is a Ph.D. student in the robotics lab.

### Abstract
Effective communication is an essential aspect of human-robot collaboration.
"""


def test_a_filed_talks_name_is_its_speaker_and_its_teaser_the_title() -> None:
    event = read_event(FILED_TALK.format(name="Anna Example", given="Anna"))
    assert event.title == "Building Trust in Human-Robot Teams"
    assert _talks(FILED_TALK.format(name="Anna Example", given="Anna")) == [
        ("Building Trust in Human-Robot Teams", ["Anna Example"])]


def test_a_name_no_given_name_leads_is_not_taken_for_the_speaker() -> None:
    event = read_event(FILED_TALK.format(name="Xqzw Example", given="Xqzw"))
    assert "Xqzw Example" not in [s.name for s in event.speakers]


def test_a_page_not_filed_as_a_talk_keeps_its_name_as_its_title() -> None:
    page = FILED_TALK.format(name="Anna Example", given="Anna").replace(
        'layout: talk\ntype: "Talk"\n', "")
    assert read_event(page).title == "Anna Example"


# A page title that only says what kind of page it is titles no talk

@pytest.mark.parametrize("title", ["Evento", "Event", "Meetup", "Veranstaltung"])
def test_a_title_naming_only_the_kind_of_page_gives_no_talk(title: str) -> None:
    page = f"---\ntitle: {title}\n---\n\nPresented by Caio Example\n"
    assert _talks(page) == []


def test_a_talk_title_with_the_word_event_still_is_one() -> None:
    page = "---\ntitle: Event Sourcing in Practice\n---\n\nPresented by Caio Example\n"
    assert _talks(page) == [("Event Sourcing in Practice", ["Caio Example"])]


@pytest.mark.parametrize("text", ["Chris Example, Industrial Logic, Inc.",
                                  "Chris Example, Acme, Inc", "Chris Example, Acme, GmbH"])
def test_a_legal_form_after_a_comma_is_part_of_the_employer(text: str) -> None:
    from sphinx_meetup.reader.names import split_names
    names = split_names(text)
    assert [n.name for n in names] == ["Chris Example"]
    assert names[0].affiliation.startswith(text.split(", ")[1])


def test_an_unclosed_strong_goes_no_further_than_its_block() -> None:
    from sphinx_meetup.reader.html_blocks import as_markdown
    assert as_markdown("<p><strong>Date: x</p>\n<p>Next para</p>") == [
        (0, "**Date: x**"), (1, "Next para")]


def test_a_given_name_before_a_quoted_title_is_no_work_word() -> None:
    from sphinx_meetup.reader.quoted_prose import follows_a_work_word
    text = 'a talk by Roman "Faster Builds"'
    assert not follows_a_work_word(text, text.index('"'))


# ``19:45 - 1️⃣`` over ``Ann Example: Title``: a timed entry that is only its number

NUMBERED_SCHEDULE = """---
title: July meetup
---

19:30 - Meeting starts 🎉

19:45 - {first}
{talk_one}

About the first talk.

20:30 - Short Break

20:40 - {second}
{talk_two}

About the second talk.
"""


@pytest.mark.parametrize(("first", "second"), [("1️⃣", "2️⃣"), ("", "")])
def test_a_timed_number_over_a_name_and_title_line_is_that_talk(first: str, second: str) -> None:
    page = NUMBERED_SCHEDULE.format(first=first, second=second,
                                    talk_one="Tomás Example: How we built Playgrounds",
                                    talk_two="Leo Sample: Combining the Old with the New")
    assert _talks(page) == [("How we built Playgrounds", ["Tomás Example"]),
                            ("Combining the Old with the New", ["Leo Sample"])]


def test_a_timed_number_over_a_line_naming_no_known_person_stays_unread() -> None:
    page = NUMBERED_SCHEDULE.format(first="1️⃣", second="2️⃣",
                                    talk_one="Xqz Wvu: How we built Playgrounds",
                                    talk_two="Qrx Zzy: Combining the Old with the New")
    assert _talks(page) == []
