"""Stop 43: one-talk pages whose speaker the body names in a way of its own - a
speakers section of bio paragraphs, an announcement naming who they are between
commas - written again here for the test (never copied from a site), and what must
stay unread beside them.
"""

from __future__ import annotations

import pytest
from reader_support import read, talks

from sphinx_meetup.reader import read_file

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


# ------------------------------------------------ an agenda entry titled by its speaker

_SPEAKERS = "speakers:\n  - name: Ann Example\n    twitter: ann\n  - name: Bo Sample\n"


@pytest.mark.parametrize(("entry", "expected"), [
    ('"[Ann Example](https://example.org/ann) - Zero to MVP in five days"',
     ("Zero to MVP in five days", ["Ann Example"])),
    ('"Bo Sample: Full stack minus CSS - how CSS slows you down"',
     ("Full stack minus CSS - how CSS slows you down", ["Bo Sample"])),
    ('"Data driven rendering - Bo Sample"', ("Data driven rendering", ["Bo Sample"])),
])
def test_a_front_matter_speaker_opening_an_agenda_title_gives_the_talk(
        entry: str, expected: tuple[str, list[str]]) -> None:
    front = f"{_SPEAKERS}agenda:\n  - time: 7:30pm\n    type: speaker\n    title: {entry}\n"
    assert talks(read("", front, title="JS everywhere")) == [expected]


@pytest.mark.parametrize("entry", [
    '"Ann Example"',  # only the name: no title left
    '"Kubernetes - the basics"',  # no front-matter speaker named
    '"Ann Example and Bo Sample - Pairing"',  # two of them: whose is a guess here
])
def test_what_titles_no_agenda_entry_by_its_speaker(entry: str) -> None:
    front = f"{_SPEAKERS}agenda:\n  - time: 7:30pm\n    title: {entry}\n"
    assert all(talk.speakers == [] for talk in read("", front, title="JS").talks)


# ------------------------------------------------ a day closing a talk's title

@pytest.mark.parametrize("heading", [
    "Competitive Machine Learning (1/29/2018)",
    "Competitive Machine Learning [2018-01-29]",
    "Competitive Machine Learning (29.01.2018)",
])
def test_a_day_in_brackets_closing_a_talk_title_is_left_out(heading: str) -> None:
    body = f"### {heading}\n\n**Presenter**: Ann Example\n"
    assert talks(read(body, title="ML")) == [("Competitive Machine Learning", ["Ann Example"])]


@pytest.mark.parametrize("heading", ["Kernel (5.10.1)", "Release (v2.0.1)", "Ubuntu (18.04.1)"])
def test_a_version_in_brackets_stays_in_the_title(heading: str) -> None:
    body = f"### {heading}\n\n**Presenter**: Ann Example\n"
    assert talks(read(body, title="ML")) == [(heading, ["Ann Example"])]


# ------------------------------------------------ a Jekyll post with no title

def test_a_jekyll_post_without_a_title_is_titled_by_its_file_name(tmp_path) -> None:
    page = tmp_path / "2019-02-18-haskell-in-production.md"
    page.write_text("---\nlayout: post\n---\n\nJoin us on Monday.\n", encoding="utf-8")
    event = read_file(page)
    assert event.title == "Haskell In Production"  # (Jekyll's ``titleize_slug``)
    assert [p.message for p in event.problems if p.subtype == "frontmatter"] == [
        "the event has no title; its file name gives it, as Jekyll does: "
        "'Haskell In Production'"]


def test_a_file_name_title_titles_no_talk(tmp_path) -> None:
    # the title no author wrote names the page, never its one talk
    page = tmp_path / "2019-03-18-faunadb-fsharp.md"
    page.write_text("---\nlayout: post\n---\n\nAnn Example will talk about FaunaDB.\n",
                    encoding="utf-8")
    assert talks(read_file(page)) == []


@pytest.mark.parametrize("name", ["index.md", "2019-02-18.md", "meetup.md"])
def test_other_file_names_give_no_title(tmp_path, name: str) -> None:
    page = tmp_path / name
    page.write_text("---\nlayout: post\n---\n\nJoin us.\n", encoding="utf-8")
    event = read_file(page)
    assert not event.title
    assert any(p.message == "the event has no title" for p in event.problems)


# ------------------------------------------------ sibling headings ``Name - Title``

_DASHED = """This month: four lightning talks.

#### Nick Example - Tidal Cycles

Nick Example will give us an introduction to Tidal Cycles.

#### James Sample ([@james](https://example.org/james)) - Coconut, FP for Python

A quick tour of Coconut.

#### Alex Demo - Fun with Python functools - and more

Functional Python together.
"""


def test_sibling_headings_name_dash_title_are_a_talk_each() -> None:
    assert talks(read(_DASHED, title="Lightning talks")) == [
        ("Tidal Cycles", ["Nick Example"]),
        ("Coconut, FP for Python", ["James Sample"]),
        ("Fun with Python functools - and more", ["Alex Demo"]),
    ]


def test_a_person_first_heading_is_not_read_title_first() -> None:
    # one heading alone: the person is not taken for the title, nor the title for them
    body = "#### Nick Example - Tidal Cycles\n\nNick Example will introduce Tidal Cycles.\n"
    assert all(talk.title != "Nick Example" for talk in read(body, title="June").talks)


@pytest.mark.parametrize("headings", [
    "## Python - The Basics\n\ntext\n\n## Docker - Getting Started\n\ntext\n",  # no person
    "## Ann Example - Bo Sample\n\ntext\n\n## Cy Demo - Di Test\n\ntext\n",  # people both
])
def test_what_dashed_siblings_are_not(headings: str) -> None:
    assert all(not talk.speakers for talk in read(headings, title="Notes").talks)


# ------------------------------------------------ announcements apart, in sequence

def test_two_announcements_apart_make_no_one_talk_of_the_page() -> None:
    body = ("[Ann Example](https://example.org/ann) will be introducing us to Angular.\n\n"
            "Bo Sample is going to talk us through moving to React.\n")
    event = read(body, title="Angular vs React")
    assert talks(event) == []
    assert any(problem.subtype == "programme" for problem in event.problems)


def test_one_sentence_of_two_people_is_their_one_talk() -> None:
    body = "Ann Example and Bo Sample will present the new build system.\n"
    assert talks(read(body, title="The new build system")) == [
        ("The new build system", ["Ann Example", "Bo Sample"])]


def test_first_up_says_another_talk_follows() -> None:
    body = ("First up, Ann Example will talk about the basics of Backbone. "
            "After her, a core member of the Marionette team.\n")
    assert talks(read(body, title="Controlling Backbone with Marionette")) == []


# ------------------------------------------------ a seminar page named by its day

def test_a_page_titled_by_its_day_takes_its_talk_from_the_subtitle() -> None:
    front = "speaker: Ann Example\nsubtitle: Phase transitions of random sums\n"
    event = read("An old conjecture asks for a bound.\n", front, title="27th January 2025")
    assert talks(event) == [("Phase transitions of random sums", ["Ann Example"])]


@pytest.mark.parametrize(("title", "subtitle"), [
    ("Phase transitions", "Phase transitions of random sums"),  # the title is no day
    ("27th January 2025", "The talk we will hear. Come along."),  # sentences, no title
])
def test_what_takes_no_talk_from_the_subtitle(title: str, subtitle: str) -> None:
    front = f"speaker: Ann Example\nsubtitle: {subtitle}\n"
    assert all(talk.title != subtitle for talk in read("Text.\n", front, title=title).talks)


# ------------------------------------------------ the kind of slot before a title

@pytest.mark.parametrize("heading", [
    "Special Presentation<br>Risk Management for AI",
    "Special Presentation: Risk Management for AI",
    "Guest talk: Risk Management for AI",
])
def test_a_kind_of_slot_opening_a_heading_is_no_part_of_the_title(heading: str) -> None:
    body = (f"## {heading}\n\n![Ann Example headshot](ann.jpg)\n\n"
            "Security teams are overtaxed; this talk shows how.\n")
    assert [title for title, _ in talks(read(body, title="March Meeting"))] == [
        "Risk Management for AI"]


def test_an_invited_lecture_on_something_keeps_its_words() -> None:
    from sphinx_meetup.reader.headers import tidy_title

    assert tidy_title("Invited Lecture on Graphs and Trees") == (
        "Invited Lecture on Graphs and Trees")


# ------------------------------------------------ a weekday settles a slashed day

@pytest.mark.parametrize(("line", "day"), [
    ("- When: Friday, 09/11/2020, between 1pm and 2pm, EDT", "2020-09-11"),
    ("- When: Friday, 05/02/2021, between 1pm and 2pm", "2021-02-05"),
])
def test_the_weekday_before_a_slashed_day_says_its_order(line: str, day: str) -> None:
    event = read(f"{line}\n\nAbstract of the talk.\n", title="A talk", date="")
    assert event.start is not None and event.start.date().isoformat() == day


def test_a_slashed_day_with_no_weekday_stays_unread() -> None:
    from sphinx_meetup.reader.dates import find_date

    assert find_date("08/09/2021", None) is None  # August 9 or 8 September: no guess


# ------------------------------------------------ a ``by`` heading under the title

def test_a_by_heading_gives_the_page_talk_its_speaker() -> None:
    body = ("### by [Dr. Ann Example](https://example.org/ann)\n\n- Where: Zoom\n\n"
            "#### Abstract\n\nIn this talk we look at gradual verification.\n")
    event = read(body, title="From Scripting to Proving")
    assert talks(event) == [("From Scripting to Proving", ["Ann Example"])]


# ------------------------------------------------ an author beside the page's own title

_FACTS = """Os proponemos un nuevo seminario estadístico.

- **Título:** _{title}_
- **Autor:** Carmen Ejemplo
- **Fecha:** Jueves 22 de junio de 2017
"""


@pytest.mark.parametrize("written", [
    "Modelos de retardo distribuido",
    "Modelos de retardo distribuido: aplicaciones en epidemiología",  # the page shortens it
])
def test_an_author_line_beside_the_page_title_is_its_speaker(written: str) -> None:
    event = read(_FACTS.format(title=written), title="Modelos de retardo distribuido")
    assert [speakers for _, speakers in talks(event)] == [["Carmen Ejemplo"]]
    assert "speaker label 'Autor'" in event.talks[0].evidence["Carmen Ejemplo"]


@pytest.mark.parametrize(("body", "title"), [
    # a list whose title is another's (a book, a paper): its author is no speaker
    (_FACTS.format(title="Cien años de soledad"), "Club de lectura de junio"),
    # a blog's author line, no title line beside it
    ("Author: Ann Example\n\nWe met at the café and talked about Rust.\n", "Rust night"),
    # the title line and the author line in lists apart
    ("- Title: Rust night\n\nText between.\n\n- Author: Ann Example\n", "Rust night"),
])
def test_what_author_lines_name_no_speaker(body: str, title: str) -> None:
    assert all("Ann Example" not in s and "Carmen Ejemplo" not in s
               for _, s in talks(read(body, title=title)))


def test_who_the_people_are_after_the_dash_is_no_title() -> None:
    body = ("#### Ann Example - Senior Engineer at Initech\n\ntext\n\n"
            "#### Bob Sample - CTO at Example\n\ntext\n")
    assert all(not talk.speakers for talk in read(body, title="Speakers").talks)


# ------------------------------------------------ a table's short rows and title cells

_SCHEDULE = """### Programme

Time | Speaker | Title
:-----|:-----|:-----
09:00 - 09:30|Arrivals and coffee
09:30 - 10:00|[Ann Example](https://example.org/ann) (online) |Shaping open data
11:00 - 11:30| Break
11:30 - 12:00 |Bo Sample | [Adding audio to maps](https://youtu.be/abc) [Slides](slides/bo.pdf)
12:00 - 12:30 |Cy Demo (Acme) | Acme talk 1 - Switch to open maps
16:45 onwards|Drinks at the Barley Mow, Barton Road, 15 minutes' walk
"""


def test_a_short_row_spans_the_table_and_names_no_one() -> None:
    event = read(_SCHEDULE, title="Local day")
    assert talks(event) == [
        ("Shaping open data", ["Ann Example"]),
        ("Adding audio to maps", ["Bo Sample"]),
        ("Switch to open maps", ["Cy Demo"]),
    ]
    assert not any(problem.subtype == "programme" for problem in event.problems)


@pytest.mark.parametrize(("written", "title"), [
    ("Kubernetes part 2 - Networking", "Kubernetes part 2 - Networking"),  # a part: its words
    ("Mapio Example talk 2 - Open data in the cloud", "Open data in the cloud"),
])
def test_a_numbered_talk_slot_before_a_dash(written: str, title: str) -> None:
    from sphinx_meetup.reader.headers import tidy_title

    assert tidy_title(written) == title


# ------------------------------------------------ a name's heading over a bio

_BIO = ("Passionné par le développement Java et le Software Craftsmanship, je m'amuse "
        "actuellement chez Example Technologies à Lyon depuis plusieurs années.")


def test_a_name_heading_over_a_bio_gives_the_page_talk() -> None:
    body = f"On entend souvent dire que les tests coûtent.\n\n### Colin Example\n\n{_BIO}\n"
    event = read(body, title="Be faster: do tests!")
    assert talks(event) == [("Be faster: do tests!", ["Colin Example"])]


@pytest.mark.parametrize("body", [
    # two people's headings: one talk of both, or one each, is not said
    f"Abstract.\n\n### Colin Example\n\n{_BIO}\n\n### Laura Sample\n\n{_BIO}\n",
    # the heading over a line of hours is no name's
    "# Django Example Meetup May\n\n6:15 PM to 9:15 PM BST\n",
    # a short line under the name is no bio
    "Abstract.\n\n### Colin Example\n\nSee you there!\n",
])
def test_what_name_headings_make_no_talk(body: str) -> None:
    assert all(not talk.speakers for talk in read(body, title="Micronaut et GraalVM").talks)


@pytest.mark.parametrize("key", ["instructors", "trainers"])
def test_a_workshop_s_instructors_are_its_speakers(key: str) -> None:
    front = f"{key}:\n- name: Ann Example\n  byline: Director at Acme\n"
    event = read("Learn how to build progressive web apps.\n", front, title="PWA workshop")
    assert [speaker.name for speaker in event.speakers] == ["Ann Example"]
    assert talks(event) == [("PWA workshop", ["Ann Example"])]


# ------------------------------------------------ the main talk beside lightning talks

_LIGHTNING_BODY = """OpenStreetMap is a map of the world, made by people like you.

### Lightning Talks
- Show and tell with my .bashrc - Bo Sample
- Mapping the river paths - Cy Demo
"""


def test_a_presenter_beside_lightning_talks_gives_the_main_talk() -> None:
    event = read(_LIGHTNING_BODY, "presenter: Ann Example\n", title="Open Street Map")
    assert talks(event)[0] == ("Open Street Map", ["Ann Example"])
    assert len(talks(event)) == 3


def test_a_presenter_whose_talk_the_body_reads_gets_no_second_one() -> None:
    body = _LIGHTNING_BODY.replace("Cy Demo", "Ann Example")
    event = read(body, "presenter: Ann Example\n", title="Open Street Map")
    assert [title for title, _ in talks(event)].count("Open Street Map") == 0


def test_event_starts_at_is_the_event_s_day_over_the_post_s() -> None:
    front = ("eventStartsAt: 2019-11-02T15:39:48+09:00\n"
             "eventEndsAt: 2019-11-03T18:00:00+09:00\n")
    event = read("OpenInfra Days.\n", front, title="OpenInfra Days 2019",
                 date="2019-02-14T15:39:48+09:00")
    assert event.start is not None and event.start.date().isoformat() == "2019-11-02"
    assert event.end is not None and event.end.date().isoformat() == "2019-11-03"


# ------------------------------------------------ what is no talk (first-contact precision)

def test_a_break_word_in_the_speaker_column_makes_the_row_a_break() -> None:
    body = ("Time | Speaker | Title\n:-----|:-----|:-----\n"
            "09:00 - 09:30 | Arrivals | *Coffee and networking*\n"
            "09:30 - 10:00 | Ann Example | Opening the data\n"
            "11:00 - 11:30 | Break | *Coffee and networking*\n"
            "11:30 - 12:00 | Bo Sample | Maps in the browser\n")
    assert talks(read(body, title="Local day")) == [
        ("Opening the data", ["Ann Example"]), ("Maps in the browser", ["Bo Sample"])]


@pytest.mark.parametrize("call", [
    '{{ resize_image(path="presentation_materials/linux_phone.jpg") }}',
    '{% include figure.html src="phone.jpg" %}',
])
def test_a_template_call_is_no_title(call: str) -> None:
    body = f"{call}\n\nPresenter: Ann Example\n\nAnn will present Linux on phones.\n"
    assert talks(read(body, title="Mobile Linux")) == [("Mobile Linux", ["Ann Example"])]


def test_a_kind_of_slot_opening_the_page_title_is_no_part_of_its_talk() -> None:
    event = read("In this talk we look at long sequences.\n",
                 title="Student Talk: Learning Long Sequences")
    assert talks(event) == [("Learning Long Sequences", [])]


def test_a_page_titled_by_an_abbreviated_day_is_no_talk_title() -> None:
    event = read("In this talk we look at R packages.\n", "speaker: Ann Example\n",
                 title="Dec 3 Meeting")
    assert all(title != "Dec 3 Meeting" for title, _ in talks(event))


def test_two_people_taking_us_on_a_journey_give_one_talk() -> None:
    body = "Ann Example and Bo Sample will be taking us on a journey of CSS selectors.\n"
    assert talks(read(body, title="CSS Selector Bonanza!")) == [
        ("CSS Selector Bonanza!", ["Ann Example", "Bo Sample"])]
