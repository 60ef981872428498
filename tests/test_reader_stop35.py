"""Stop 35: rules written on the development sets (dev71b … dev106, unsealed). Pages here
are written for the test, never copied from a site.
"""

from __future__ import annotations

from reader_support import read, talks

from sphinx_meetup.reader import read_event

BY_BOLD = """\
We welcome the new year with presenters from three countries!

1. A talk on **Stream Processing at Scale**, by **Ann Example**, member of the Example
   User Group and architect at Acme
2. **Typed Testing**, with examples in Kotlin, by **Bo Sample**, test engineer at Sample Ltd.
3. How (not) to ship software, and the **limits of the team** by **Cy Person**, engineer
"""


def test_items_naming_their_people_in_bold_after_by_are_talks() -> None:
    event = read(BY_BOLD, title="Mini conference")
    assert talks(event) == [
        ("Stream Processing at Scale", ["Ann Example"]),
        ("Typed Testing", ["Bo Sample"]),
        ("How (not) to ship software, and the limits of the team", ["Cy Person"]),
    ]


def test_a_bold_word_after_by_that_is_no_name_gives_no_talk() -> None:
    body = BY_BOLD.replace("**Bo Sample**", "**the community**").replace(
        "**Cy Person**", "**popular demand**")
    assert ("Typed Testing", ["Bo Sample"]) not in talks(read(body, title="Mini conference"))
    assert not any(people == ["the community"] for _, people in talks(
        read(body, title="Mini conference")))


def _academic(authors: str, event: str = "BLUG") -> str:
    return (f'+++\ntitle = "Lightning talks"\nauthors = [{authors}]\nevent = "{event}"\n'
            'date = "2018-01-25T18:30:00+01:00"\n+++\nA round of short talks; send us yours.\n')


def test_a_hugo_blox_author_that_is_the_event_group_gets_no_speaker_card() -> None:
    assert read_event(_academic('"BLUG"')).speakers == []
    assert read_event(_academic('"Linux Users Bergen"', event="Linux Users Bergen")).speakers == []
    assert read_event(_academic('"GDG"', event="Meetup")).speakers == []


def test_a_hugo_blox_author_who_is_a_person_stays_the_speaker() -> None:
    event = read_event(_academic('"Ann Example"'))
    assert [s.name for s in event.speakers] == ["Ann Example"]
    assert talks(event) == [("Lightning talks", ["Ann Example"])]


SITES_AFTER_NAMES = """\
Say hello to our speakers.

## Emotional Design - [Ann Example](https://social.example/ann) - [annexample.co.uk](https://annexample.co.uk)

Ann explores how we decide.

## Reminder apps: the Bad and the Ugly - [Katarzyna Sample](https://social.example/ks) - [sample.com](https://sample.com/)

Katarzyna's talk looks at memory aids.

## [Bo Person](https://social.example/bo)

Bo is a consultant.
"""


def test_a_site_closing_sibling_talk_headings_is_no_speaker() -> None:
    event = read(SITES_AFTER_NAMES, title="Designing for health")
    assert talks(event) == [("Emotional Design", ["Ann Example"]),
                            ("Reminder apps: the Bad and the Ugly", ["Katarzyna Sample"])]


def test_a_librarys_dotted_name_closing_a_heading_is_no_site() -> None:
    from sphinx_meetup.reader.named_headings import _sides

    assert _sides("Ann Example - node.js", True) == ("Ann Example", "node.js")
    assert _sides("Servers - Ann Example - annexample.io", False) == ("Ann Example", "Servers")


def test_a_quoted_title_goes_on_after_a_comma_in_a_timed_row() -> None:
    body = """\
## The programme

- 18:00 Doors open, food and drinks
- 19:00 Ann Example ([@annex](https://s.example/a)) - "From zero to done", building an app.
- 19:45 Short break
- 20:00 Bo Sample ([@bos](https://code.example/bos)) - "Welcome to [Bedrock](https://bedrock.example)"
- 20:45 Drinks
"""
    assert talks(read(body, title="Meetup at Example Corp")) == [
        ("From zero to done, building an app", ["Ann Example"]),
        ("Welcome to Bedrock", ["Bo Sample"]),
    ]


def test_a_page_whose_prose_says_who_will_be_lecturing_is_their_talk() -> None:
    body = ("The chapter invites you to a special lecture.\n\n"
            "WHO: Ann Example will be lecturing.\n\nWHERE: Room 104, Main Building\n")
    event = read(body, title="Special Lecture on Beam Based Imaging")
    assert talks(event) == [("Special Lecture on Beam Based Imaging", ["Ann Example"])]
    assert talks(read(body.replace("will be lecturing", "will be there"),
                      title="Special Lecture on Beam Based Imaging")) == []


def test_a_talk_held_by_a_person_the_reader_knows_by_given_name_is_theirs() -> None:
    body = ("Vi arrangerer en introduksjon til et loggesystem.\n\n"
            "Introduksjonen holdes av Lars Example, som jobber som utvikler hos Acme.\n")
    assert talks(read(body, title="Medlemsmøte om logging")) == [
        ("Medlemsmøte om logging", ["Lars Example"])]
    english = "The evening is great.\n\nThe workshop is presented by Python Ireland.\n"
    assert talks(read(english, title="Packaging workshop")) == []


def test_an_invitation_to_join_a_person_for_a_talk_names_the_speaker() -> None:
    body = ("During the September meeting, join Ann Example, an undergraduate and assistant "
            "in the Example Laboratory for a talk on virtual reality.\n")
    assert talks(read(body, title="Applications of Virtual Reality")) == [
        ("Applications of Virtual Reality", ["Ann Example"])]
    heard = "Join us on this community call to hear how Bo Sample from Acme measures it.\n"
    assert talks(read(heard, title="Measuring InnerSource")) == [
        ("Measuring InnerSource", ["Bo Sample"])]
    assert talks(read("Join Example Corp for a talk on rust.\n", title="Rust")) == []


ANNOUNCED = """\
Three speakers, three topics!

[Daniele Example](#speaker1) ci parlerà di *Liferay*, un portale open-source

> Una veloce presentazione del portale.

[Michele Sample](#speaker2) ci parlerà di *Event Sourcing*

Infine [Robert Person](#speaker3) ci racconterà com'è *Il programmatore che vorrei essere*
"""


def test_paragraphs_announcing_who_talks_on_an_emphasised_topic_are_talks() -> None:
    event = read(ANNOUNCED, title="Lightning Talks",
                 front='speaker: "Daniele Example, Michele Sample e Robert Person"\n')
    assert talks(event) == [("Liferay", ["Daniele Example"]),
                            ("Event Sourcing", ["Michele Sample"]),
                            ("Il programmatore che vorrei essere", ["Robert Person"])]
    english = "Ann Example will talk about *Rust*.\n\nThen Bo Sample will talk about *Go*.\n"
    assert talks(read(english, title="Two talks")) == [("Rust", ["Ann Example"]),
                                                      ("Go", ["Bo Sample"])]


def test_one_announcing_paragraph_alone_is_prose() -> None:
    one = "Ann Example will talk about *Rust* and how it helps.\n\nBring a laptop.\n"
    assert ("Rust", ["Ann Example"]) not in talks(read(one, title="Systems evening"))
    nobody = "Acme Corp will talk about *Rust*.\n\nExample Labs will talk about *Go*.\n"
    assert talks(read(nobody, title="Two talks")) == []


EMPLOYERS = """\
Our speakers:

* **Dr. Ann Example**: Example Institute (EXIT) Data Center, Learning maps for navigation
* **Matt Sample**: Hangar 18 (Example Software Factory), Bringing models inside the fence.
* **Dr. Shauna Person**: Galois,  "Expertise for the Masses" Will explore design challenges.
* **Andy Garrett**: Mile 2, A resource provisioning tool for ML.
"""


def test_siblings_opening_their_titles_with_an_employer_give_the_rest_as_title() -> None:
    event = read(EMPLOYERS, title="Machine learning collider")
    assert talks(event) == [
        ("Learning maps for navigation", ["Ann Example"]),
        ("Bringing models inside the fence", ["Matt Sample"]),
        ("Expertise for the Masses", ["Shauna Person"]),
        ("A resource provisioning tool for ML", ["Andy Garrett"]),
    ]
    first = next(t for t in event.talks if t.speakers == ["Ann Example"])
    assert first.aliases == {"Ann Example": ["Dr. Ann Example"]}


def test_titles_with_a_comma_but_no_employer_stay_whole() -> None:
    body = ("* **Ann Example**: Proofs, Types and Programs\n"
            "* **Matt Sample**: Lenses, Prisms and Traversals\n")
    assert talks(read(body, title="Functional evening")) == [
        ("Proofs, Types and Programs", ["Ann Example"]),
        ("Lenses, Prisms and Traversals", ["Matt Sample"])]


def test_a_title_with_its_own_acronym_in_brackets_is_no_person() -> None:
    from sphinx_meetup.reader.trust import names_a_person

    assert not names_a_person("Spiking Neural Networks (SNN)")
    assert not names_a_person("Retrieval Augmented Generation (RAG)")
    assert names_a_person("Aliaksander Example (University of Oslo)")
    body = ("**Ann Example** from Example AI will discuss spiking networks, which are "
            "biologically inspired.\n")
    assert talks(read(body, title="Spiking Neural Networks (SNN)")) == [
        ("Spiking Neural Networks (SNN)", ["Ann Example"])]


BOLD_BY = """\
Two speakers this month.

**Algorithmic Redistricting**
This project explores redistricting with simulated annealing.

**LangChain Example**, by David Example:
Code For Dayton uses LangChain to parse property data.

**Venue**
Example Hall, second floor.

**Future topic ideas:**

* MLFlow: why you should switch.
"""


def test_a_bold_title_then_by_a_known_person_is_a_talk_and_its_bold_siblings_too() -> None:
    event = read(BOLD_BY, title="ML for communities")
    assert talks(event) == [("Algorithmic Redistricting", []),
                            ("LangChain Example", ["David Example"])]


def test_bold_paragraph_openers_without_a_by_sibling_stay_prose() -> None:
    body = BOLD_BY.replace(", by David Example:", "")
    assert talks(read(body, title="ML for communities")) == []
    unknown = BOLD_BY.replace("David Example", "Dayton Civic Group")
    assert talks(read(unknown, title="ML for communities")) == []


def test_what_follows_a_comma_to_the_end_and_says_what_someone_does_is_no_person() -> None:
    body = ("## What is UX strategy? - Tim Example, Strategy Director at Foolproof\n\nSlides.\n\n"
            "## From tactics to strategy - Jason Example, Digital Strategist and Founding "
            "Partner at Brilliant Noise\n\nMore slides.\n\n"
            "## The strategy is delivery - Leisa Example, Head of Research\n\nSlides.\n")
    assert talks(read(body, title="UX Strategy")) == [
        ("What is UX strategy?", ["Tim Example"]),
        ("From tactics to strategy", ["Jason Example"]),
        ("The strategy is delivery", ["Leisa Example"])]


def test_a_topic_line_titles_a_heading_that_only_names_the_kind_of_slot() -> None:
    body = ("## Event\n\n- 날짜: 2023-05-25\n- 장소: Room 310\n\n"
            "## Session\n\n- 주제: Cloud Computing? IAM?\n- 발표자: 정지우, 김선효\n\n"
            "## Details\n\nWe met and talked.\n")
    assert talks(read(body, title="First meeting - AWS and the cloud")) == [
        ("Cloud Computing? IAM?", ["정지우", "김선효"])]


def test_a_talk_by_line_over_the_pages_one_heading_is_that_talk() -> None:
    body = ("This event is at the pub.\n\nTalk by Ann Example from [Acme](https://acme.example/)"
            "\n\n## Meshes and clones: an open source story\n\nIn this talk, I explain it.\n")
    event = read(body, title="January Meetup")
    assert talks(event) == [("Meshes and clones: an open source story", ["Ann Example"])]
    assert event.talks[0].affiliations == {"Ann Example": "Acme"}
    stranger = body.replace("Ann Example from", "Example Systems from")
    assert talks(read(stranger, title="January Meetup")) == []


HANDLES = """\
__Loose agenda:__

- [@annex](https://github.com/annex) will talk about a plugin she has been hacking on.
- [@bosample](https://github.com/bosample) - World Open Map: open sourcing apps with data
- [@cyperson](https://github.com/cyperson) - Jenkins, continuous integration, and you!
- Everyone - Let's talk about the next conference
"""


def test_list_items_opening_with_a_linked_handle_then_a_dash_are_talks() -> None:
    event = read(HANDLES, title="December meeting")
    assert talks(event) == [
        ("World Open Map: open sourcing apps with data", ["@bosample"]),
        ("Jenkins, continuous integration, and you!", ["@cyperson"]),
    ]


def test_one_handle_item_alone_is_no_programme() -> None:
    one = HANDLES.replace("[@cyperson](https://github.com/cyperson) - ", "Someone: ")
    assert talks(read(one, title="December meeting")) == []


def test_a_sponsor_label_before_a_colon_is_no_person() -> None:
    body = "中国的用户认可 Apache 的软件。\n\n* 白金赞助：华为、腾讯云\n* 黄金赞助：百度\n"
    assert talks(read(body, title="Apache 中国路演")) == []
    english = "* **Sponsors**: Acme, Initech\n* **Partners**: Example Labs\n"
    assert talks(read(english, title="Roadshow")) == []


def _blox_event(title: str, event: str) -> str:
    return (f'---\ntitle: "{title}"\nevent: "{event}"\nlocation: Arsenal\n'
            "date: 2023-11-17T19:00:00+02:00\nauthors: []\n---\n\nJoin us for the evening.\n")


def test_a_hugo_blox_page_titled_by_its_events_name_again_is_no_talk() -> None:
    for title, event in [("Gala de la Faculté (collaboration ALMIN - Cercle Info)",
                          "Gala de la Faculté"), ("Ciné Débat : Her", "Ciné-débat")]:
        assert talks(read_event(_blox_event(title, event))) == []
    seminar = read_event(_blox_event("Oriented R-CNN for detection", "Vision Seminar"))
    assert talks(seminar) == [("Oriented R-CNN for detection", [])]
    galaxy = read_event(_blox_event("Galaxy formation", "Gala"))
    assert talks(galaxy) == [("Galaxy formation", [])]


def test_a_german_weekday_then_den_and_the_day_is_the_events_day() -> None:
    body = ("Am Freitag, den 14. Februar startet unsere neue Veranstaltungsreihe.\n\n"
            "Los geht's um 20 Uhr.\n")
    event = read(body, title="Talks, Talks, Talks", date="2020-02-11")
    assert str(event.start)[:10] == "2020-02-14"
