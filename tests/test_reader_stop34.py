"""Stop 34: agenda tables whose presenter cells are Hugo Blox mentions
(``{{% mention "Ann Example" %}}``) and whose title column is the one its header calls
the title (dev97, unsealed). Pages here are written for the test, never copied from a
site.
"""

from __future__ import annotations

from reader_support import fell_back, read, talks

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.shortcodes import mentions

SEMINAR = """\
| Paper Venue | Title of the Presentation | Presenter | Time Slot |
| :-: | :-: | :-: | :-: |
| -- | Opening words | {{% mention "Cy Host" %}} | 9:45-10:00 |
| SPLASH 2023 | [Types for Tired Programmers](/s/1/a/) | {{% mention "Ann Example" %}} | 10:00 |
| -- | [Proofs](/s/1/b/) | {{< mention "Bo Sample" >}} and {{% mention "Di Person" %}} | 11 |
| -- | Lunch Break | -- | 11:20-13:00 |
"""


def test_a_mention_is_the_name_it_writes() -> None:
    assert mentions('Chaired by {{% mention "Ann Example" %}}.') == "Chaired by Ann Example."
    assert mentions("{{< mention 'ann-example' >}}") == "Ann Example"


def test_a_mention_without_a_name_stays_as_written() -> None:
    for tag in ('{{% mention "<b>x</b>" %}}', '{{% mention "12 34" %}}'):
        assert mentions(tag) == tag


def test_a_mention_in_a_fenced_block_is_code() -> None:
    code = '```\n{{% mention "Ann Example" %}}\n```\n'
    assert mentions(code) == code


def test_presenter_mentions_under_the_title_header_are_talks() -> None:
    event = read(SEMINAR, title="Seminar day")
    assert ("Types for Tired Programmers", ["Ann Example"]) in talks(event)
    assert ("Proofs", ["Bo Sample", "Di Person"]) in talks(event)
    assert not any(title == "SPLASH 2023" for title, _ in talks(event))
    assert not any(p.subtype == "programme" for p in event.problems)


def test_the_column_the_header_calls_title_wins_over_a_qualifying_word() -> None:
    body = SEMINAR.replace("{{% mention ", "").replace("{{< mention ", "")
    body = body.replace(' %}}', '').replace(' >}}', '').replace('"', "")
    event = read(body, title="Seminar day")
    titles = [title for title, _ in talks(event)]
    assert "Types for Tired Programmers" in titles
    assert "SPLASH 2023" not in titles


def test_a_mention_of_no_name_still_falls_back() -> None:
    body = SEMINAR.replace('{{% mention "Ann Example" %}}', '{{% mention "<i>x</i>" %}}')
    event = read(body, title="Seminar day")
    assert fell_back(event) or ("Types for Tired Programmers", ["Ann Example"]) not in talks(event)


def test_a_second_time_column_is_the_end_never_a_title() -> None:
    body = """\
| Name | Speaker | Start Time | End Time |
| --- | --- | --- | --- |
| Types for Tired Programmers | Ann Example, Example Corp | 10:40 AM | 11:20 AM |
| Lunch | | 1:00 PM | 2:00 PM |
"""
    event = read(body, title="Meetup")
    assert [talk.title for talk in event.talks] == ["Types for Tired Programmers", "Lunch"]
    assert [str(talk.end.time()) for talk in event.talks if talk.end] == ["11:20:00", "14:00:00"]


SCHEDULE_AND_SECTIONS = """\
### Schedule

| Name | Speaker | Start Time | End Time |
| --- | --- | --- | --- |
| Welcome | | 10:30 AM | 10:40 AM |
| Types for Tired Programmers | Ann Example, Example Corp | 10:40 AM | 11:20 AM |
| Proofs by Picture | Bo Sample and Ann Other, Example Corp | 11:20 AM | 12:00 PM |
| Quiet Failures: Why Retries Lie | Cy Person, Example Corp | 12:00 PM | 12:40 PM |

### Talks

**Types for Tired Programmers**

_Speaker:_ Ann Example, Staff Engineer, Example Corp

About the talk: A tour of types that catch what tired eyes miss.

More words about the talk.

**Proofs by Picture**

_Speaker:_ Bo Sample, Engineer at Example Corp

About the talk: Diagrams that are proofs.

**Quiet Failures: Why Retries Lie**

_Speaker:_ Cy Person, CTO @ Example Corp

About the talk: When a retry hides the fault.
"""


def test_a_schedule_table_and_its_talk_sections_are_one_programme() -> None:
    event = read(SCHEDULE_AND_SECTIONS, title="Meetup")
    assert talks(event) == [
        ("Types for Tired Programmers", ["Ann Example"]),
        ("Proofs by Picture", ["Bo Sample", "Ann Other"]),
        ("Quiet Failures: Why Retries Lie", ["Cy Person"]),
    ]
    assert not any(p.subtype == "programme" for p in event.problems)
    first = next(talk for talk in event.talks if talk.title == "Types for Tired Programmers")
    assert str(first.start.time()) == "10:40:00"
    assert "tired eyes" in first.abstract


def test_a_bold_title_line_over_a_speaker_label_keeps_its_colon_words() -> None:
    body = SCHEDULE_AND_SECTIONS.split("### Talks", 1)[1]
    event = read(body, title="Meetup")
    assert ("Quiet Failures: Why Retries Lie", ["Cy Person"]) in talks(event)
    assert ("Proofs by Picture", ["Bo Sample"]) in talks(event)


def test_a_row_adds_no_company_to_its_sections_people() -> None:
    body = SCHEDULE_AND_SECTIONS.replace(
        "Bo Sample and Ann Other, Example Corp", "Bo Sample, Art of Example Labs")
    event = read(body, title="Meetup")
    assert ("Proofs by Picture", ["Bo Sample"]) in talks(event)


def test_a_bold_title_over_a_label_runs_to_the_next_section_as_a_heading_does() -> None:
    body = """\
**Types for Tired Programmers**

_Speaker:_ Ann Example, Staff Engineer, Example Corp

A tour of types.

## Venue

Join us at the pub afterwards.
"""
    event = read(body, title="Meetup")
    assert talks(event) == [("Types for Tired Programmers", ["Ann Example"])]
    assert event.talks[0].abstract == "A tour of types."
    assert "pub" in event.body_rest


def test_a_table_whose_header_names_no_programme_column_holds_no_talks() -> None:
    body = """\
## Who is coming

| Naam | Uit regio + vervoer | Twitter |
| --- | --- | --- |
| Ann Example | Amsterdam, fiets | @ann |
| Bo Sample | Utrecht, openbaar vervoer | @bo |
"""
    assert talks(read(body, title="Borrel")) == []


def test_a_table_with_an_empty_header_row_is_still_read() -> None:
    body = """\
| | | |
| --- | --- | --- |
| 19:00 | Types for Tired Programmers | Ann Example |
| 19:45 | Proofs by Picture | Bo Sample |
"""
    assert talks(read(body, title="Meetup")) == [
        ("Types for Tired Programmers", ["Ann Example"]), ("Proofs by Picture", ["Bo Sample"])]


def test_dutch_walk_in_and_introduction_are_no_talks() -> None:
    body = """\
# Programma

* 18:00 inloop (er is eten aanwezig!)
* 18:30 Ontvangst met een drankje en hapjes
* 19:00 introductie door Fronteers
* 19:10 Ann Example - Lessons learned building a sheet music engine
* 20:00 Korte pauze
* 20:30 Bo Sample - Changing live audio with the Web Audio API
* 21:15 Naborrelen
"""
    event = read(body, title="Bijeenkomst")
    assert talks(event) == [
        ("Lessons learned building a sheet music engine", ["Ann Example"]),
        ("Changing live audio with the Web Audio API", ["Bo Sample"]),
    ]


def test_the_last_line_of_a_paragraph_announces_the_list_below() -> None:
    body = """\
Il Linux Day si terrà a Mottola il 27 ottobre.
Lo start dell'evento è alle 09:30 e seguirà il seguente programma:

- Introduzione al software libero – Valerio Esempio
- Trashware e senso di comunità – Alex Esempio
"""
    assert talks(read(body, title="Linux Day")) == [
        ("Introduzione al software libero", ["Valerio Esempio"]),
        ("Trashware e senso di comunità", ["Alex Esempio"]),
    ]


def test_a_paragraph_line_that_goes_on_announces_nothing() -> None:
    body = """\
Lo start è alle 09:30 e seguirà il seguente programma:
con pranzo offerto.

- Introduzione al software libero – Valerio Esempio
- Trashware e senso di comunità – Alex Esempio
"""
    assert talks(read(body, title="Linux Day")) == []


MEDIA_TABLE = """\
### Schedule

| Name | Speaker | Start Time | Presentation | Recording |
| --- | --- | --- | --- | --- |
| Welcome | | 9:30 AM | | |
| Introduction and Types for Tired Programmers | Ann Example, Example Corp | 10:00 AM \
| [Slideshare](https://www.slideshare.net/ann/types){:target="\\_blank"} \
| [YouTube](https://youtu.be/AAAAAAAAAAA){:target="\\_blank"} |
| Proofs in Pictures | Bo Sample, Example Corp | 10:30 AM \
| [Slides](https://docs.google.com/presentation/d/bo1){:target="\\_blank"} \
| [YouTube](https://youtu.be/BBBBBBBBBBB){:target="\\_blank"} |
| Beyond Types: Effects | Cy Person, Example Corp | 11:00 AM \
| [Slides](https://docs.google.com/presentation/d/cy2){:target="\\_blank"} | |

### Talks

- **Types for Tired Programmers**

_Speaker:_ **Ann Example, Staff Engineer at Example Corp**

_About the talk:_ A tour of types.

- **Beyond Types: Effects**

_Speaker:_ **Cy Person, Engineer at Example Corp**

_About the talk:_ Effects, typed.

- **Proofs in Pictures**

_Speaker:_ **Bo Sample, Engineer at Example Corp**

_About the talk:_ Diagrams that are proofs.
"""


def test_a_presentation_column_of_slide_links_is_the_rows_material() -> None:
    event = read(MEDIA_TABLE, title="Meetup")
    assert talks(event) == [
        ("Types for Tired Programmers", ["Ann Example"]),
        ("Proofs in Pictures", ["Bo Sample"]),
        ("Beyond Types: Effects", ["Cy Person"]),
    ]
    by_title = {talk.title: talk for talk in event.talks}
    assert by_title["Types for Tired Programmers"].slides == "https://www.slideshare.net/ann/types"
    assert by_title["Types for Tired Programmers"].video == "https://youtu.be/AAAAAAAAAAA"
    assert by_title["Proofs in Pictures"].slides == "https://docs.google.com/presentation/d/bo1"
    assert by_title["Beyond Types: Effects"].slides == "https://docs.google.com/presentation/d/cy2"
    assert by_title["Beyond Types: Effects"].video is None
    assert not any(p.subtype == "programme" for p in event.problems)


def test_a_kramdown_attribute_list_closing_a_link_is_no_text() -> None:
    from sphinx_meetup.reader.blocks import plain

    assert plain('[Slides](https://example.org/s){:target="_blank"} here') == "Slides here"
    assert plain("{:.class} [a](b)") == "{:.class} a"


def test_a_front_matter_talks_speaker_then_one_word_is_where_they_work() -> None:
    front = """talks:
  - title: Types for Tired Programmers
    speaker: Ann Example, Nutanix
    slide: https://www.slideshare.net/ann/types
  - title: Proofs by Picture
    speaker: Bo Sample & Cy Person, Examplery
  - title: Pair talk
    speakers: Ann Example, Maria
"""
    event = read("", front=front, title="Meetup")
    assert talks(event) == [
        ("Types for Tired Programmers", ["Ann Example"]),
        ("Proofs by Picture", ["Bo Sample", "Cy Person"]),
        ("Pair talk", ["Ann Example", "Maria"]),
    ]
    first = event.talks[0]
    assert first.affiliations == {"Ann Example": "Nutanix"}
    assert first.slides == "https://www.slideshare.net/ann/types"
    assert not [p for p in event.problems if "unknown key" in p.message]


def test_an_acronym_after_a_name_is_where_they_work() -> None:
    from sphinx_meetup.reader.names import split_names

    assert [(n.name, n.affiliation) for n in split_names("Sreekumar, CRED")] == [
        ("Sreekumar", "CRED")]
    assert [n.name for n in split_names("Ann, Bo")] == ["Ann", "Bo"]


def test_bold_titles_over_speaker_labels_may_read_as_fields_or_run_long() -> None:
    long_title = "A Journey towards spec-first configuration " + "and more " * 12
    body = f"""\
### Talks

**Types for Tired Programmers**

_Speaker:_ Sreekumar, CRED

About the talk: A tour of types.

**Kong: Product Roadmap**

_Speaker:_ Ann Example, CTO & Co-Founder, Example

About the talk: Where the product goes.

**{long_title.strip()}**

_Speaker:_ Bo Sample, Example

About the talk: Specs first.
"""
    assert talks(read(body, title="Meetup")) == [
        ("Types for Tired Programmers", ["Sreekumar"]),
        ("Kong: Product Roadmap", ["Ann Example"]),
        (long_title.strip(), ["Bo Sample"]),
    ]


def test_beside_a_speaker_column_a_capitalised_title_is_no_people() -> None:
    body = """\
| Name | Speaker | Start Time |
| --- | --- | --- |
| Kong Gateway Custom Plugin Development | Ann Example & Bo Sample, Example | 10:30 AM |
| Observing Plugins in Gateway 3.x | Cy Person, Example | 11:15 AM |
"""
    assert talks(read(body, title="Meetup")) == [
        ("Kong Gateway Custom Plugin Development", ["Ann Example", "Bo Sample"]),
        ("Observing Plugins in Gateway 3.x", ["Cy Person"]),
    ]


ROUNDTABLE = """\
## Schedule

Time    | Event    | Description
--------|----------|---
9:30    | Doors open
10:40   | Talk 1   | [Moonbounce Basics](/events/program#moonbounce-basics-for-amateurs)
11:15   | Talk 2   | [RF Amplifiers](/events/program#rf-amplifiers-for-radio-amateurs)
12:30   | Lunch    | Buffet at the University

## Talks

### RF Amplifiers for Radio Amateurs
Zack Example

Modern RF power amplifier design uses CAD tools.

### Moonbounce Basics for Amateurs
Peter Example - G3ABC

The history of this mode of radio communication.
"""


def test_rows_linking_to_talk_headings_are_those_talks() -> None:
    event = read(ROUNDTABLE, title="Roundtable")
    assert talks(event) == [
        ("Moonbounce Basics for Amateurs", ["Peter Example"]),
        ("RF Amplifiers for Radio Amateurs", ["Zack Example"]),
    ]
    moon = next(t for t in event.talks if t.title.startswith("Moonbounce"))
    assert str(moon.start.time()) == "10:40:00"
    assert moon.affiliations == {"Peter Example": "G3ABC"}


def test_a_cell_no_header_names_is_people_only_by_name_knowledge() -> None:
    body = """\
Time    | Event    | Description
--------|----------|---
9:30    | Doors open
10:40   | Talk 1   | [Moonbounce Basics](/slides/a)
11:15   | Talk 2   | Amplifier Design Notes
"""
    event = read(body, title="Roundtable")
    # (no "Moonbounce Basics" card: two capitalised words no given name leads)
    assert not any(talk.speakers for talk in event.talks)
    assert talks(read(body.replace("Amplifier Design Notes", "Ann Example"))) != []


def test_a_call_sign_after_a_lone_name_is_no_second_person() -> None:
    from sphinx_meetup.reader.siblings import _CODE_AFTER

    assert _CODE_AFTER.search("Peter Example - G3ABC")["code"] == "G3ABC"
    assert _CODE_AFTER.search("Peter Example - @pex")["code"] == "@pex"
    assert _CODE_AFTER.search("Peter Example - Bo Sample") is None
    assert _CODE_AFTER.search("Peter Example - Lead") is None


def test_dutch_reception_drinks_and_snacks_are_breaks() -> None:
    from sphinx_meetup.reader.agenda import is_break_title
    from sphinx_meetup.reader.labels import DEFAULT

    for title in ("Ontvangst met drankjes en hapjes", "Korte pauze", "Naborrelen",
                  "Ontvangst met een hapje en een drankje"):
        assert is_break_title(title, DEFAULT), title
    assert not is_break_title("Ontvangst van signalen uit de ruimte met SDR", DEFAULT)


def test_a_list_of_bold_terms_and_their_meanings_names_no_one() -> None:
    body = """\
# The Future of Neural Interfaces

## Talk Overview

In this keynote, Prof. Alex Example explores neural interface technology.

## Key Topics Covered

- **Therapeutic Applications**: Progress in treating paralysis and epilepsy
- **Technology Limitations**: Current bottlenecks in signal quality and power
- **Regulatory Landscape**: FDA pathways and international standards
"""
    event = read(body, title="The Future of Neural Interfaces",
                 front='speaker: "Prof. Alex Example"\n')
    assert talks(event) == [("The Future of Neural Interfaces", ["Alex Example"])]
    assert "Technology Limitations" not in {s.name for s in event.speakers}


def test_a_list_of_bold_people_and_their_talks_is_still_read() -> None:
    body = """\
## Talks

- **Ann Example**: Types for Tired Programmers
- **Bo Sample**: Proofs in Pictures
- **Kwame Mensah-Bonsu**: Queues in practice
"""
    found = talks(read(body, title="Evening", front="speakers:\n  - Kwame Mensah-Bonsu\n"))
    assert found == [("Types for Tired Programmers", ["Ann Example"]),
                     ("Proofs in Pictures", ["Bo Sample"]),
                     ("Queues in practice", ["Kwame Mensah-Bonsu"])]


def test_one_word_after_by_is_a_person_only_when_known() -> None:
    body = "## Talks\n\n- Proofs by Picture\n- Types by Ann\n"
    found = talks(read(body, title="Evening"))
    assert ("Proofs", ["Picture"]) not in found
    assert ("Types", ["Ann"]) in found


def test_a_talk_heading_that_only_says_to_be_announced_is_a_slot() -> None:
    body = """\
# Agenda

| Time   | Activity |
| ------ | -------- |
| 6:00pm | Food and Socialising |
| 6:55pm | **Ann Example**: Pole Position with Ops [Level 200] |
| 7:25pm | **TBA**: TBA  |
| 8:00pm | Networking + Close |

## Pole Position with Ops

* Ann Example

Level 200

A tour of favourite services.

## TBA
"""
    event = read(body, title="Meetup")
    assert talks(event) == [("Pole Position with Ops", ["Ann Example"])]


def test_a_talks_section_of_recording_links_lists_the_talks() -> None:
    body = """\
## Presentations

[Construcción de una librería de componentes](https://www.youtube.com/watch?v=AAAAAAAAAAA)

[Procesos, herramientas y aprendizajes](https://www.youtube.com/watch?v=BBBBBBBBBBB)

## Special Thanks
"""
    event = read(body, title="Design at Scale")
    assert talks(event) == [("Construcción de una librería de componentes", []),
                            ("Procesos, herramientas y aprendizajes", [])]
    assert event.talks[0].video == "https://www.youtube.com/watch?v=AAAAAAAAAAA"


def test_one_recording_link_or_links_outside_a_talks_section_are_no_programme() -> None:
    one = "## Presentations\n\n[Construcción de una librería](https://youtu.be/AAAAAAAAAAA)\n"
    assert talks(read(one, title="Design at Scale")) == []
    two = ("## Gallery\n\n[Our evening](https://youtu.be/AAAAAAAAAAA)\n\n"
           "[The afterparty](https://youtu.be/BBBBBBBBBBB)\n")
    assert talks(read(two, title="Design at Scale")) == []


def test_a_day_the_body_states_outright_corrects_the_event_keys_within_a_week() -> None:
    page = """---
title: "User Group #147 - April 2025"
date: 2025-04-24
time: "6:00pm - 8:00pm"
---
**Join us for the User Group Meetup on 30 April!**

As usual, we are back on the last Wednesday of the month.
"""
    assert str(read_event(page).start)[:10] == "2025-04-30"
    far = page.replace("on 30 April", "on 30 May")
    assert str(read_event(far).start)[:10] == "2025-04-24"


def test_a_front_matter_title_that_repeats_its_speakers_value_drops_it() -> None:
    front = """talks:
  - title: "Empowering Queries on Lakehouses | Ann Example, Onehouse"
    speaker: Ann Example, Onehouse
  - title: "Rust - Bo Sample"
    speaker: Cy Person
"""
    assert talks(read("", front=front, title="Meetup")) == [
        ("Empowering Queries on Lakehouses", ["Ann Example"]),
        ("Rust - Bo Sample", ["Cy Person"]),
    ]


def test_a_page_titled_by_its_speaker_takes_the_title_its_prose_announces() -> None:
    body = """\
Our Lunch Seminar series continues on Monday, March 7! We will host

Ann Example

(University of Example) who will give a talk on

Quantum Information and Machine Learning. From foundations to applications

See below for more information and the abstract.
"""
    event = read(body, front="speaker: Ann Example\n", title="Ann Example's talk")
    assert talks(event) == [
        ("Quantum Information and Machine Learning. From foundations to applications",
         ["Ann Example"])]
    titled = read(body, front="speaker: Ann Example\n", title="Quantum Machines")
    assert talks(titled) == [("Quantum Machines", ["Ann Example"])]


def test_a_front_matter_speakers_academic_title_is_kept_as_how_they_are_written() -> None:
    event = read("Abstract of the talk.\n", front='speaker: "Prof. Ann Example"\n',
                 title="Arabic NLP Tools")
    assert [s.name for s in event.speakers] == ["Ann Example"]
    assert event.speakers[0].aliases == ["Prof. Ann Example"]
    assert talks(event) == [("Arabic NLP Tools", ["Ann Example"])]
    assert read("", front='speaker: "Dr Who"\n', title="x").speakers[0].name == "Dr Who"


def _academic_talk(title: str, *, author: str = "Ann Example, University of Example",
                   date: str = "2019-04-27T09:06:00Z",
                   times: str = "time_start = 2019-07-19T15:00:00Z", body: str = "") -> str:
    """An older Hugo Academic talk page: its ``date`` the schedule page's publication,
    ``time_start``/``time_end`` the talk's own times."""
    return (f'+++\ntitle = "{title}"\nauthors = ["{author}"]\n'
            f"date = {date}  # Schedule page publish date.\n{times}\n"
            f'event = "Machine Learning Seminar"\n+++\n{body}')


def test_a_hugo_academic_author_with_an_affiliation_is_a_person_and_where_they_work() -> None:
    page = _academic_talk("From Random Projections to Learning Theory",
                          author="Dr Ann Example, University of Example",
                          date="2017-06-21T13:49:21Z", times="time_start = 2017-06-21T15:00:00Z",
                          body="\n## Abstract\n\nRandom projections, and back.\n")
    event = read_event(page)
    assert [(s.name, s.affiliation) for s in event.speakers] == [
        ("Ann Example", "University of Example")]
    assert talks(event) == [("From Random Projections to Learning Theory", ["Ann Example"])]


def test_a_talk_page_titled_to_be_confirmed_holds_no_talk_yet() -> None:
    from sphinx_meetup.reader.placeholders import is_placeholder

    assert is_placeholder("[title tbc]") and is_placeholder("(TBA)")
    assert not is_placeholder("[Types for Tired Programmers]")
    event = read_event(_academic_talk("[title tbc]"))
    assert talks(event) == []
    assert [s.name for s in event.speakers] == ["Ann Example"]


def test_an_academic_talk_pages_time_start_is_its_day() -> None:
    event = read_event(_academic_talk(
        "Factorised Gaussian Process Models",
        times="time_start = 2019-07-19T15:00:00Z\ntime_end = 2019-07-19T16:00:00Z"))
    assert event.start.isoformat().startswith("2019-07-19T15:00")
    assert event.end.isoformat().startswith("2019-07-19T16:00")


def test_a_clock_time_start_on_a_hugo_blox_page_is_no_date_problem() -> None:
    event = read_event(_academic_talk(
        "Factorised Models", times='time_start = "15:00"\ntime_end = "16:00"'))
    assert event.start.isoformat().startswith("2019-04-27T09:06")
    assert not [p for p in event.problems if p.subtype == "date"]
