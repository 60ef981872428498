"""The reader on single-talk pages and talk headings of European sites (issue 18).

Each rule is general - a vocabulary kept as data, a shape backed by evidence on the
page (a front-matter person, a name written again elsewhere, siblings of one shape) -
and each test reads a small page written for it: no third-party text. A wrong speaker
card is worse than none, so every rule has its guard tested beside it.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from reader_support import read as page
from reader_support import talks

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.blocks import blocks_of, units_of
from sphinx_meetup.reader.dashed import dash_headings
from sphinx_meetup.reader.full_names import full_name, introductions
from sphinx_meetup.reader.titled import names_an_issue, title_speaker, without_series

read = functools.partial(page, title="Test night", date="2024-03-14")


def _json_page(presenter: str, title: str = "Packet filters") -> str:
    return (
        "{\n"
        f'   "title": "{title}",\n'
        '   "meetingdate": "2024-03-14T19:00+01:00",\n'
        f'   "presenter": "{presenter}",\n'
        '   "eventtype": "Workshop"\n'
        "}\n\n## Server\n* https://meet.example.org\n\n## Notes\nTaken during the evening.\n"
    )


@pytest.mark.parametrize("key", ["presenter", "intervenant", "referent"])
def test_a_presenter_key_names_the_speaker_of_a_one_session_page(key: str) -> None:
    """``presenter: Ann Example`` (JSON or YAML front matter) is the page's speaker, as
    ``speaker`` is: the session is the page itself, titled as the page, with no
    warning that the key holds text rather than a list."""
    event = read_event(_json_page("Ann Example").replace('"presenter"', f'"{key}"'))
    assert talks(event) == [("Packet filters", ["Ann Example"])]
    assert [s.name for s in event.speakers] == ["Ann Example"]
    assert not [p for p in event.problems if p.subtype == "frontmatter"]


def test_presenters_as_a_list_are_the_speakers() -> None:
    event = read("We meet again on Thursday.\n", "presenters:\n  - Ann Example\n  - Bo Sample\n")
    assert talks(event) == [("Test night", ["Ann Example", "Bo Sample"])]


@pytest.mark.parametrize("who", ["Alle", "all", "Everybody", "TBA", "tout le monde"])
def test_everybody_as_presenter_is_no_person(who: str) -> None:
    """``presenter: Alle`` says everybody takes part: no speaker card, no talk."""
    event = read_event(_json_page(who))
    assert event.speakers == []
    assert talks(event) == []


def test_the_author_of_a_post_is_no_speaker() -> None:
    """``author`` is who wrote the post: it never gives a speaker or a talk."""
    event = read("We meet again on Thursday.\n", 'author: "Ann Example"\n')
    assert event.speakers == []
    assert talks(event) == []


def test_a_heading_title_dash_name_is_a_talk_when_the_page_names_the_person_again() -> None:
    """``### _Talk:_ Title - Name`` with the person's avatar (alt text) or bio below:
    one talk per heading, the kind label left out of the title; a one-word name counts
    when the front matter knows it."""
    event = read(
        "# April night\n\nTwo talks this month.\n\n"
        "### _Talk:_ Parsing logs quickly - Ann Example\n"
        "![Ann Example Avatar](https://example.org/ann.png){: style=\"height:90px\"}\n\n"
        "How the parser skips what it does not need.\n\n"
        "_Ann Example builds log tools._\n\n"
        "### _Talk_: Packaging without tears - Bodo\n"
        "![Bodo Avatar](https://example.org/bodo.png)\n\n"
        "Wheels, sdists and the rest.\n", "authors:\n  - bodo\n",
    )
    assert talks(event) == [
        ("Parsing logs quickly", ["Ann Example"]), ("Packaging without tears", ["Bodo"]),
    ]
    evidence = event.talks[0].evidence["Ann Example"]
    assert "named again on line" in evidence
    unknown = read("### Packaging without tears - Bodo\n\nBodo packs wheels.\n")
    assert talks(unknown) == []


def test_a_dash_inside_a_heading_title_names_no_speaker() -> None:
    """``#### Python and Rust - A Match Made in Heaven`` or ``## June Meetup - June 4``:
    the tail is no person the page names again - no speaker is split off, and a
    one-word tail alone (no sibling with a full name) is no speaker either."""
    event = read(
        "## June Meetup - June 4, 2024\n\n"
        "#### Python and Rust - A Match Made in Heaven\n\n"
        "> How the bindings are written.\n\n"
        "### Closing words - Thanks\n\nThanks to everyone who came.\n"
    )
    assert all(not speakers for _, speakers in talks(event))
    assert not any("Made in Heaven" in name for s in event.speakers for name in s.names)


def test_a_dash_tail_named_nowhere_else_is_no_speaker() -> None:
    """``### Kafka streams - Real Time`` reads as a name by its capitals, but the page
    never names "Real Time" again: not a speaker."""
    event = read("### Kafka streams - Real Time\n\nStreams, tables and joins.\n")
    assert all("Real Time" not in speakers for _, speakers in talks(event))


def test_a_page_titled_title_dash_name_is_that_persons_talk() -> None:
    """A page with no talk in its body, titled ``Title — Name`` / ``Title - Name`` /
    ``Title by Name``: its talk is Title, by Name - when the body names the person
    again (a linked full name, or the given name opening a clause)."""
    linked = read(
        "Hello everyone!\n\n[Ann Example](https://example.org/ann) is in town and offered "
        "a workshop.\n", title="Static sites in an afternoon by Ann Example",
    )
    assert talks(linked) == [("Static sites in an afternoon", ["Ann Example"])]
    given = read(
        "Une soirée pour parler de tests.\n\nÀ propos de Bodo\n\nBodo est développeur "
        "depuis dix ans.\n", title="Tester sans douleur — Bodo Sample",
    )
    assert talks(given) == [("Tester sans douleur", ["Bodo Sample"])]


def test_a_page_title_with_a_name_the_body_never_gives_makes_no_talk() -> None:
    """The title's tail alone is no evidence (``Clean code - Ann Example`` over a body
    that never names her); nor is a calendar tail (``Meetup - June Edition``), nor a
    title joining two things (``Tests & Types - Ann Example``)."""
    for title, body in (
        ("Clean code - Ann Example", "A talk about naming things.\n"),
        ("Meetup - June Edition", "June is here, June brings talks.\n"),
        ("Tests & Types - Ann Example", "Ann Example will not be alone.\n"),
    ):
        assert talks(read(body, title=title)) == [], title


def test_a_schedule_that_names_no_one_keeps_the_body_but_the_title_gives_the_talk() -> None:
    """A timed schedule naming no one (``18:15 — Accueil``, ``18:30 — Présentation``)
    is doubted: the body is shown as written, with the programme warning; the talk the
    title names with a speaker the body names again is still the page's talk."""
    event = read(
        "Deux heures pour parler du métier. Comme toujours, Bodo répond à tout.\n\n"
        "## Le programme\n\n- 18:15 — Accueil\n- 18:30 — Présentation et questions\n"
        "- 20:30 — Fin\n", title="Le métier de CTO — Bodo Sample",
    )
    assert talks(event) == [("Le métier de CTO", ["Bodo Sample"])]
    assert "18:30 — Présentation" in event.body_rest
    assert [p.subtype for p in event.problems] == ["programme"]


def test_a_title_dash_name_of_the_front_matter_speaker_drops_the_name() -> None:
    """``Title - Ann Example`` with ``speakers: [Ann Example]``: the talk is Title."""
    event = read("Notes of the evening.\n", "speakers:\n  - name: Ann Example\n",
                 title="Parsing logs quickly - Ann Example")
    assert talks(event) == [("Parsing logs quickly", ["Ann Example"])]


_WORDS = st.sampled_from(["Ann", "Example", "Bodo", "Sample", "logs", "Parsing", "by", "-",
                          "—", "&", "June", "Talk:", "#3", "de", "von", "–", "x"])
_TITLES = st.lists(_WORDS, max_size=9).map(" ".join) | st.text(max_size=60)


@given(_TITLES, st.lists(_TITLES, max_size=3))
# a series' number before the title (``#3 - ``) is no part of it (:func:`without_series`)
@example(title="#3 - Ann by Ann Ann", lines=["Ann"])
def test_a_titled_talk_is_the_titles_own_words(title: str, lines: list[str]) -> None:
    """Whatever the title and body: the talk's title is the start of the page title
    (after a series' name and number), and its speaker is written after it and named
    again in the body."""
    units = units_of(blocks_of("\n\n".join(lines), 1))
    found = title_speaker(title, units, ())
    if found is None:
        return
    told, person, _why = found
    own = without_series(title)
    assert own.startswith(told) and told.strip()
    assert person.name in own[len(told):]
    assert any(person.name.split()[0] in unit.text for unit in units)


@given(st.lists(_TITLES, min_size=1, max_size=4), st.lists(_TITLES, max_size=3))
def test_a_dash_heading_speaker_is_named_again_on_the_page(
    heads: list[str], lines: list[str]
) -> None:
    """A speaker split off a heading is written at the heading's end and again in
    another line of the page (never invented from the heading alone)."""
    body = "\n\n".join([f"### {head}" for head in heads] + lines)
    units = units_of(blocks_of(body, 1))
    for index, head in dash_headings(units, ()).items():
        assert head.slot is not None
        name = head.slot[1][0].name
        assert units[index].text.rstrip().endswith(name)
        assert any(name in unit.source for at, unit in enumerate(units) if at != index)


@pytest.mark.parametrize(
    "title",
    ["Episode 4 – Parsing logs quickly", "Demo Meetup: Parsing logs quickly",
     "Meetup #12: Parsing logs quickly", "Folge 12: Parsing logs quickly",
     "Rust Town Meetup - Parsing logs quickly"],
)
def test_a_series_prefix_is_not_part_of_the_one_talks_title(title: str) -> None:
    """The page's one talk is its title after the series' name and number."""
    event = read("Notes of the evening.\n", "presenter: Ann Example\n", title=title)
    assert talks(event) == [("Parsing logs quickly", ["Ann Example"])]


def test_a_title_with_a_colon_of_its_own_keeps_it() -> None:
    """``Ruff: a fast linter`` is one title (no series word before the colon)."""
    event = read("Notes.\n", "presenter: Ann Example\n", title="Ruff: a fast linter")
    assert talks(event) == [("Ruff: a fast linter", ["Ann Example"])]


def test_a_page_title_joining_two_things_is_no_one_talk() -> None:
    """``Welcome & Talk`` with a front-matter speaker, or ``A + B`` with a presenter the
    prose names: no talk is invented from the title; the speaker keeps a card, and a
    programme warning says why."""
    event = read("Notes.\n", "presenter: Ann Example\n", title="Welcome & Lightning talk")
    assert talks(event) == []
    assert [s.name for s in event.speakers] == ["Ann Example"]
    assert [p.subtype for p in event.problems] == ["programme"]
    prose = read("Ann Example will present both topics.\n", title="Web components + GraphQL")
    assert talks(prose) == []


@pytest.mark.parametrize(
    "sentence",
    ["Ann Example presents on fast linters and their design.",
     "Lors de cette soirée, Ann Example nous présentera son linter.",
     "Ann Example präsentiert diesmal ihren Linter.",
     "Ann Example spricht über schnelle Linter."],
)
def test_prose_that_announces_a_presenter_names_the_one_talks_speaker(sentence: str) -> None:
    """A page with no programme whose prose announces who presents (English present
    tense, French, German): one talk, the page, by that person."""
    event = read(f"{sentence}\n", title="Fast linters")
    assert talks(event) == [("Fast linters", ["Ann Example"])]


def test_a_heading_dash_name_with_an_attribute_list_or_a_linked_name() -> None:
    """``### Title - Name {.talk}`` (a kramdown attribute list after it) reads as the
    plain heading; ``### Title - [Name](profile)``: the link to the person is the
    evidence, even when the page names them nowhere else."""
    event = read(
        "### Parsing logs quickly - Ann Example {.talk}\n\nAnn Example wrote the parser.\n\n"
        "### Packaging without tears - [Bo Sample](https://example.org/bo)\n\nWheels.\n"
    )
    assert talks(event) == [
        ("Parsing logs quickly", ["Ann Example"]), ("Packaging without tears", ["Bo Sample"]),
    ]


def test_a_subtitle_after_a_dash_is_no_name_even_when_repeated() -> None:
    """``### Ethernet – A Brief History`` twice on the page: an article opens a
    subtitle, never a name - nor in a page title (``Sockets - The Long Story``)."""
    event = read(
        "### Talk 1: Ethernet – A Brief History\n\nA Brief History is the book behind it.\n"
    )
    assert all("A Brief History" not in speakers for _, speakers in talks(event))
    page = read("The Long Story of sockets, told again.\n", title="Sockets - The Long Story")
    assert talks(page) == []


def test_a_speakers_photo_beside_a_heading_makes_it_their_talk() -> None:
    """``![Ann Example Avatar](…)`` (or ``Photo of Ann Example``) right above or below a
    heading: the heading is Ann Example's talk, its whole text the title (a dash inside
    it splits nothing); between two headings, the deeper one's. A photo whose alt text
    names no one, a date heading, or a photo between two headings of one level, give
    nothing."""
    event = read(
        "## April night\n\n"
        "![Ann Example Avatar](https://example.org/ann.png){: style=\"height:90px\"}\n"
        "#### Python and Rust - A Match Made in Heaven\n\n> How the bindings are written.\n\n"
        "#### Async for beginners\n\n![Photo of Bo Sample](https://example.org/bo.png)\n\n"
        "## Pictures\n\n![Our venue](https://example.org/venue.png)\n\n### Room 2\n"
    )
    assert talks(event) == [
        ("Python and Rust - A Match Made in Heaven", ["Ann Example"]),
        ("Async for beginners", ["Bo Sample"]),
    ]
    assert "the alt text of the photo" in event.talks[0].evidence["Ann Example"]
    dated = read(
        "## June 4, 2024\n\n![Ann Example Avatar](https://example.org/ann.png)\n\n"
        "Ann Example gave a talk.\n"
    )
    assert all(title != "June 4, 2024" for title, _ in talks(dated))
    between = read(
        "### Parsing logs\n\n![Ann Example Avatar](https://example.org/ann.png)\n\n"
        "### Packaging\n\nWheels.\n"
    )
    assert talks(between) == []


@given(_TITLES)
def test_a_series_prefix_leaves_the_end_of_the_title(title: str) -> None:
    """Whatever the title: what is left is its end, with a letter in it, or the title."""
    rest = without_series(title)
    assert title.endswith(rest)
    assert rest == title or any(char.isalpha() for char in rest)


def test_a_given_name_takes_the_full_name_the_pages_bio_section_gives() -> None:
    """``## Parsing logs, by Ann`` and ``## Packaging, by Bo`` with a speakers section at
    the end (``**Ann Example** is…``, ``### Bo SAMPLE``): the talks are by the full
    names, the given names kept as aliases."""
    event = read(
        "## Parsing logs quickly, by Ann\n\nHow the parser skips.\n\n"
        "## Packaging without tears, by Bo\n\nWheels.\n\n"
        "## About the speakers\n\n**Ann Example** is a log tooling engineer.\n\n"
        "### Bo SAMPLE\n\nPackager of many wheels.\n"
    )
    assert talks(event) == [
        ("Parsing logs quickly", ["Ann Example"]), ("Packaging without tears", ["Bo SAMPLE"]),
    ]
    assert event.talks[0].aliases == {"Ann Example": ["Ann"]}
    assert "full name" in event.talks[0].evidence["Ann Example"]


def test_a_given_name_two_people_share_stays_as_written() -> None:
    """Two people named Ann in the bios: which one speaks is a guess - no full name."""
    event = read(
        "## Parsing logs quickly, by Ann\n\nHow.\n\n## Packaging, by Bo Sample\n\nWheels.\n\n"
        "## Speakers\n\nAnn Example is an engineer.\n\nAnn Other is a writer.\n"
    )
    assert all("Ann Example" not in speakers and "Ann Other" not in speakers
               for _, speakers in talks(event))


def test_prose_naming_two_presenters_by_given_name_takes_the_bios_full_names() -> None:
    """``Ann et Bo parleront de…`` on a page with no programme but two bio paragraphs
    that open with the linked full names: the page is one talk by both - also when its
    only agenda is a schedule that names no one (the body stays as written)."""
    body = (
        "Lors de cet événement, Ann et Bo parleront de matériel.\n\n"
        "[Ann Example](https://example.org/ann) est développeuse indépendante.\n\n"
        "[Bo Sample](https://example.org/bo) est développeur chez Exemple.\n\n"
        "## Programme\n\n- 19:00 — Accueil\n- 19:15 — Présentation et questions\n"
    )
    event = read(body, title="Captation simple")
    assert talks(event) == [("Captation simple", ["Ann Example", "Bo Sample"])]
    assert "19:15 — Présentation" in event.body_rest
    bare = read("Ann et Bo parleront de matériel.\n", title="Captation simple")
    assert talks(bare) == []  # given names alone: no person


@given(st.lists(_TITLES, max_size=5), st.sampled_from(["Ann", "Bodo", "June", "Talk"]))
def test_a_full_name_starts_with_the_given_name_and_is_on_the_page(
    lines: list[str], given: str
) -> None:
    """Whatever the page: a full name found for a given name starts with it and is
    written on the page."""
    units = units_of(blocks_of("\n\n".join(lines), 1))
    found = full_name(introductions(units), given)
    if found is not None:
        assert found[0].startswith(f"{given} ")
        assert any(found[0] in unit.text for unit in units)


def test_an_entry_that_only_names_the_kind_of_slot_is_the_pages_talk() -> None:
    """``19:15 — Talk par Ann Example et Bo Sample`` among ``Accueil`` / ``Apéro`` /
    ``Au revoir``: the page's one talk, titled by the page, by both (``et`` joins two
    people as ``and`` does); the other entries are the evening around it."""
    event = read(
        "## Le programme\n\n- 19:00 — Accueil chaleureux\n"
        "- 19:15 — Talk par Ann Example et Bo Sample\n- 20:00 — Apéro offert\n"
        "- 20:15 — Discussions libres\n- 21:30 — Au revoir\n",
        title="Tester avec le BDD",
    )
    assert talks(event) == [("Tester avec le BDD", ["Ann Example", "Bo Sample"])]
    assert len(event.talks) == 5
    two = read(
        "## Programme\n\n- 19:00 — Talk von Ann Example und Bo Sample\n"
        "- 19:45 — Lightning talk by Cy Third\n", title="Zwei Vorträge",
    )
    assert ("Zwei Vorträge", ["Ann Example", "Bo Sample"]) not in talks(two)


def test_by_headings_with_an_employer_or_an_unknown_speaker() -> None:
    """Among ``## Title, by Name`` headings: ``by Ann and Bo of Example Labs`` gives two
    people working there; ``by ?`` is a talk whose speaker is not known - it never
    counts toward the shape, and alone it is no talk."""
    event = read(
        "## Reading logs, by Cy Third:\n\nNotes.\n\n"
        "## Scaling data work, by Ann and Bo of Example Labs\n\nNotes.\n\n"
        "## Packaging, by Dee Fourth\n\nNotes.\n\n### Small tools, by ?\n\nNotes.\n"
    )
    assert talks(event) == [
        ("Reading logs", ["Cy Third"]), ("Scaling data work", ["Ann", "Bo"]),
        ("Packaging", ["Dee Fourth"]), ("Small tools", []),
    ]
    assert event.talks[1].affiliations == {"Ann": "Example Labs", "Bo": "Example Labs"}
    alone = read("## Reading logs, by ?\n\nNotes.\n\n## Packaging, by Dee Fourth\n\nNotes.\n")
    assert ("Reading logs", []) not in talks(alone)


def test_two_capitalised_words_after_a_comma_are_an_employer_among_siblings_with_one() -> None:
    """``- **Title** - *Ann Example, Example Testing*`` in a list whose siblings end
    ``*Name, Org GmbH*``: Example Testing is where Ann works, not a second speaker.
    Alone (no sibling naming an employer so), the tail stays two people."""
    event = read(
        "## Talks\n\n"
        "- **Testing with tools** - *Ann Example, Example Testing*\n"
        "- **Secure boot** - *Bo Sample & Cy Third, sample works GmbH*\n"
        "- **Small screens** - *Dee Fourth, fourth labs GmbH*\n"
        "- **Edge vision** - *Eve Fifth*\n"
    )
    assert talks(event)[0] == ("Testing with tools", ["Ann Example"])
    assert event.talks[0].affiliations == {"Ann Example": "Example Testing"}
    alone = read("## Talks\n\n- **Testing with tools** - *Ann Example, Bo Sample*\n"
                 "- **Edge vision** - *Eve Fifth*\n")
    assert talks(alone)[0] == ("Testing with tools", ["Ann Example", "Bo Sample"])


def test_a_labelled_speaker_under_an_episode_title_gives_the_talk_without_the_series() -> None:
    """``Speaker: Ann Example, engineer at Example Corp`` under the abstract of a page
    titled ``Episode 4 – Parsing logs``: the talk is Parsing logs."""
    event = read("How the parser skips.\n\nSpeaker: Ann Example, engineer at Example Corp\n",
                 title="Episode 4 – Parsing logs")
    assert talks(event) == [("Parsing logs", ["Ann Example"])]


def test_a_presented_by_line_alone_names_the_pages_one_talk() -> None:
    """A talkless page with one ``Presented by Ann Example`` line: the page is her talk.
    Not when a second ``by …`` line follows another abstract (``by me``), nor under a
    title that only names the month, nor for a given name alone."""
    event = read("Presented by Ann Example\n\nHow the parser skips.\n", title="Parsing logs")
    assert talks(event) == [("Parsing logs", ["Ann Example"])]
    assert "'Presented by …' line" in event.talks[0].evidence["Ann Example"]
    two = read("Parsing logs\n\nAbstract.\n\nby Ann Example\n\nPackaging\n\nAbstract.\n\n"
               "by me ... you have been warned\n", title="Parsing logs")
    assert talks(two) == []
    month = read("Presented by Ann Example\n\nAbstract.\n", title="February 2019")
    assert talks(month) == []
    given = read("Presented by Ann\n\nAbstract.\n", title="Parsing logs")
    assert talks(given) == []


def test_a_slides_list_whose_entries_name_their_speakers_gives_talks_with_them() -> None:
    """A page with no programme but a slides list: each link is a talk; when every entry
    names its speaker the same way - inside the link's text after a dash, or after the
    link (``by Ann Example``) - those are the speakers; when one entry does not, none."""
    inside = read(
        "Thanks for coming!\n\n## Slides\n\n"
        "- [Parsing logs quickly – Ann Example](https://example.org/a.pdf)\n"
        "- [Packaging without tears – Bo Sample](https://example.org/b.pdf)\n"
    )
    assert talks(inside) == [
        ("Parsing logs quickly", ["Ann Example"]), ("Packaging without tears", ["Bo Sample"]),
    ]
    after = read(
        "## Slides\n\n- [Parsing logs quickly](https://example.org/a.pdf) by Ann Example\n"
        "- [Packaging without tears](https://example.org/b.pdf) by Bo Sample\n"
    )
    assert talks(after) == talks(inside)
    uneven = read(
        "## Slides\n\n- [Parsing logs quickly](https://example.org/a.pdf) by Ann Example\n"
        "- [Packaging without tears](https://example.org/b.pdf)\n"
    )
    assert talks(uneven) == [("Parsing logs quickly", []), ("Packaging without tears", [])]


def test_prose_naming_one_presenter_beside_an_unread_talks_section_makes_no_talk() -> None:
    """``Ann will present on logs, then Bo on packaging`` over a ``## Speakers`` section
    the reader cannot read as talks: the page holds a programme, so Ann's is not the
    page's one talk (the body is shown as written, with the programme warning)."""
    event = read(
        "Ann will present on logs, then Bo on packaging.\n\n## Speakers\n\n"
        "**Ann Example** is an engineer.\n\n**Bo Sample** is a packager.\n",
        title="Spring night",
    )
    assert talks(event) == []
    assert [p.subtype for p in event.problems] == ["programme"]


@pytest.mark.parametrize("title", [
    "Example JUG Meeting #100", "Cloud Native Evening #12", "Rust Night # 7",
    "Webdevel No. 32", "Stammtisch Nr. 4",
])
def test_a_title_ending_with_its_issue_number_is_no_talk(title: str) -> None:
    """A front-matter-only page of one speaker, titled by its series and issue number:
    the title names the event, so there is no talk to show (no invented title), the
    speaker keeps their card, and one ``programme`` warning says why - whether the page
    is read as a Hugo event page (``speaker``) or by the Hugo Blox schema (``abstract``)."""
    plain = read("We meet at the usual place.\n", "speaker: Ann Example\n", title=title)
    blox = read("", 'speaker: "Ann Example"\nabstract: "Why value objects help."\n'
                "address: Via Example 1\n", title=title)
    for event in (plain, blox):
        assert talks(event) == []
        assert [s.name for s in event.speakers] == ["Ann Example"]
        assert [p.subtype for p in event.problems if "issue of a series" in p.message] == [
            "programme"]


@pytest.mark.parametrize("title", [
    "Value objects in practice", "Ten #hashtags that ruined a launch",
    "Road to Java 21", "Meetup #3: Value objects in practice",
])
def test_a_title_with_words_after_any_number_is_still_the_talk(title: str) -> None:
    """The guard's near misses: a number inside the title or a topic after the series'
    number keeps the page's one talk (titled as before)."""
    event = read("We meet at the usual place.\n", "speaker: Ann Example\n", title=title)
    assert [speakers for _, speakers in talks(event)] == [["Ann Example"]]
    assert not [p for p in event.problems if "issue of a series" in p.message]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40), st.integers(0, 9999))
def test_names_an_issue_only_for_a_trailing_issue_number(words: str, number: int) -> None:
    """Any words followed by ``#N`` name an issue; the same words followed by more words
    (a topic) do not."""
    assert names_an_issue(f"{words} #{number}")
    assert not names_an_issue(f"{words} #{number} and its lessons")


def test_lecturer_is_a_speaker_label() -> None:
    """``Lecturer:`` is ``讲师：`` in English: the people it names give the talk above it,
    as after ``Speaker:``; ``About the lecturer`` opens the speaker's bio."""
    event = read("## Talks\n\n### Parsing logs quickly\n\nLecturer: Ann Example\n\n"
                 "### Packaging without tears\n\nLecturers: Bo Sample and Cy Third\n")
    assert talks(event) == [
        ("Parsing logs quickly", ["Ann Example"]),
        ("Packaging without tears", ["Bo Sample", "Cy Third"]),
    ]
    bio = read("## Program\n\n### Parsing logs quickly\n\nAbout the lecturer\n\n"
               "Ann Example is a data engineer at Example Labs.\n")
    assert talks(bio) == [("Parsing logs quickly", ["Ann Example"])]
