"""The reader on shapes of the third blind round (English and French user-group sites).

Each rule is general (a label, a shape backed by evidence, a repeated sibling shape) and
each test reads a small page written for it: no third-party text.
"""

from __future__ import annotations

import functools

from reader_support import read as page
from reader_support import talks

#: an English meetup night (the title may be given per test)
read = functools.partial(page, title="Test night", date="2024-03-14")


def test_numbered_lightning_talk_marker_is_not_part_of_the_title() -> None:
    """``### Lightning Talk 2: Title`` is numbered like ``### Talk 2: Title``."""
    event = read(
        "### Talk 1: Parsing dates by hand\n**Speaker:** Ada Example\n\nNotes.\n\n"
        "### Lightning Talk 2: Tiny tools\n\n- **Speaker:** Bo Sample\n- What it was about.\n"
    )
    assert talks(event) == [
        ("Parsing dates by hand", ["Ada Example"]),
        ("Tiny tools", ["Bo Sample"]),
    ]


def test_a_short_line_announcing_talks_heads_the_list_below_it() -> None:
    """``Tonight, three talks:`` then ``- Title — Name`` items: the line stands for a
    ``## Talks`` heading over the list, so Western names after the dash are speakers.
    The same list with no such line, or a topic list under a talk, makes no talks."""
    items = (
        "- Reading pages by evidence — Ada Example\n"
        "- Keys, trust and the web — Bo Sample\n"
        "- Why dates drift — Cy Demo\n"
    )
    event = read("Tonight, three talks:\n\n" + items)
    assert talks(event) == [
        ("Reading pages by evidence", ["Ada Example"]),
        ("Keys, trust and the web", ["Bo Sample"]),
        ("Why dates drift", ["Cy Demo"]),
    ]
    assert talks(read("We met at the pub.\n\n" + items)) == []
    under_talk = read(
        "## Talk 1: Parsing dates by hand\n**Speaker:** Ada Example\n\n"
        "Topics covered:\n\n- Clocks — Time Zones\n- Calendars — Leap Years\n"
    )
    assert talks(under_talk) == [("Parsing dates by hand", ["Ada Example"])]


def test_a_colon_inside_the_emphasised_title_is_the_titles_own() -> None:
    """``- *Title: subtitle* — Name`` and ``- **A: B** - *Name*``: the emphasis marks the
    title, so the colon inside it is no ``Name: Title`` separator. A line emphasised
    whole keeps its ``名（机构）：标题`` reading."""
    event = read(
        "## Talks\n\n"
        "- *Reading Dates: a field guide* — Ada Example\n"
        "- **Keeping Keys: trust and the web** - *Bo Sample*\n"
        "- *Small tools* — Cy Demo\n"
    )
    assert talks(event) == [
        ("Reading Dates: a field guide", ["Ada Example"]),
        ("Keeping Keys: trust and the web", ["Bo Sample"]),
        ("Small tools", ["Cy Demo"]),
    ]
    whole = read("## 议题\n\n**张三（某某科技）：边车代理的十个坑**\n\n摘要。\n")
    assert talks(whole) == [("边车代理的十个坑", ["张三"])]


def test_a_paragraph_that_opens_with_the_talks_own_title_is_no_bio() -> None:
    """``### Quill OS`` then ``Quill OS is an operating system…``: the paragraph tells
    what the talk is about; its subject is no speaker (a person's bio still is one)."""
    event = read(
        "## Talks\n\n### Quill OS\n\nQuill OS is an embedded operating system for small "
        "boards.\n\n### Reading dates\n\nAda Example is an engineer at a clock maker.\n"
    )
    assert talks(event) == [("Quill OS", []), ("Reading dates", ["Ada Example"])]


def test_a_talks_list_whose_titles_headings_repeat_is_their_summary() -> None:
    """``- **Title** - *Name*`` items, then a ``### Title`` section per talk with its
    abstract: one talk each, where the list puts it, with the list's speaker - not a
    second, speakerless talk from the section."""
    event = read(
        "## Talks\n\n"
        "- **Reading dates by hand** - *Ada Example*\n"
        "- **Keys and trust** - *Bo Sample*\n\n"
        "---\n\n### Reading dates by hand\n\nHow calendars drift.\n\n"
        "### Keys and trust\n\nWho signs what.\n"
    )
    assert talks(event) == [
        ("Reading dates by hand", ["Ada Example"]),
        ("Keys and trust", ["Bo Sample"]),
    ]


def test_a_surname_in_capitals_after_the_given_name_is_a_person() -> None:
    """``Prénom NOM`` (``Ada EXAMPLE``, ``Bo DE SAMPLE``): the capitals are a surname, not
    an organisation's acronym; capitals that lead or that are short stay doubtful."""
    from sphinx_meetup.reader.confidence import speaker_doubt
    from sphinx_meetup.reader.labels import DEFAULT

    event = read(
        "## Talks\n\n"
        "- *Reading dates by hand* — Ada EXAMPLE\n"
        "- *Keys and trust* — Bo DE SAMPLE\n"
    )
    assert talks(event) == [
        ("Reading dates by hand", ["Ada EXAMPLE"]),
        ("Keys and trust", ["Bo DE SAMPLE"]),
    ]
    for organisation in ("IBM Research", "Generative AI", "ETH Zurich", "Acme GmbH"):
        assert speaker_doubt(organisation, DEFAULT) is not None


def test_a_part_after_the_comma_that_leads_with_an_acronym_is_the_employer() -> None:
    """``*Ada Example, QRS Research*``: what leads with capitals after a full name is
    where she works, not a second speaker (so the agenda is not doubted away)."""
    from sphinx_meetup.reader.names import split_names

    event = read(
        "## Agenda\n\n"
        "- **18:00–18:40** Reading dates by hand - *Ada Example, QRS Research*\n"
        "- **18:45–19:30** Keys and trust - *Bo Sample*\n"
    )
    assert talks(event) == [
        ("Reading dates by hand", ["Ada Example"]),
        ("Keys and trust", ["Bo Sample"]),
    ]
    assert [n.name for n in split_names("Ada Example, Bo Sample")] == ["Ada Example", "Bo Sample"]


def test_a_speaker_label_sub_heading_under_a_talk_heading_names_its_speaker() -> None:
    """``## Talk 1: Title`` then ``### Speaker: Name``: the deeper heading is the talk's
    speaker line (and leaves the body with it); a speaker heading of the same level as
    the one above it is not read so."""
    event = read(
        "## Talk 1: Reading dates by hand\n### Speaker: Ada Example\n\nHow calendars drift.\n\n"
        "## Talk 2: Keys and trust\n### Speaker: Bo Sample\n\nWho signs what.\n"
    )
    assert talks(event) == [
        ("Reading dates by hand", ["Ada Example"]),
        ("Keys and trust", ["Bo Sample"]),
    ]
    assert "Speaker:" not in event.body_rest
    flat = read("## Reading dates by hand\n## Speaker: Ada Example\n\nHow calendars drift.\n")
    assert ("Reading dates by hand", ["Ada Example"]) not in talks(flat)


def test_headings_that_end_with_by_name_are_talks_when_siblings_agree() -> None:
    """``## Title, by Name:`` on two or more headings: each is a talk whose speaker
    follows ``by`` (a label, so one word will do); a single heading holding ``by`` and
    a ``sponsored by`` heading are no talks."""
    event = read(
        "Opening notes.\n\n## Reading dates by hand, by Ada:\n\n- clocks\n- calendars\n\n"
        "## Break sponsored by Example Labs\n\n## Keys and trust, by Bo Sample\n\n- signing\n"
    )
    assert talks(event) == [
        ("Reading dates by hand", ["Ada"]),
        ("Keys and trust", ["Bo Sample"]),
    ]
    alone = read("## Learning by doing, by Ada\n\n- notes\n\n## Closing\n\nBye.\n")
    assert talks(alone) == []


def test_a_talk_details_heading_heads_the_talks() -> None:
    """``## Talk Details`` is a talks section like ``## Talks``."""
    event = read(
        "## Talk Details\n\n- Reading dates by hand - Ada Example\n- Keys and trust - Bo Sample\n"
    )
    assert talks(event) == [
        ("Reading dates by hand", ["Ada Example"]),
        ("Keys and trust", ["Bo Sample"]),
    ]


def test_by_before_the_names_of_a_talks_list_item_is_a_speaker_label() -> None:
    """``- Title by Ann`` / ``- Title by [Bo Sample](profile)`` in a talks section: ``by``
    labels the speaker (one word will do; a link there is the speaker's page, not the
    talk's video); a sentence ending ``… by Ann.`` is prose, not a talk."""
    event = read(
        "## Talks\n\n"
        "- Reading dates by hand by Ada\n\n  How calendars drift.\n\n"
        "- Keys and trust by [Bo Sample](https://example.org/people/bo)\n\n"
        "  This talk was first given in a workshop run by Cy.\n"
    )
    assert talks(event) == [("Reading dates by hand", ["Ada"]), ("Keys and trust", ["Bo Sample"])]
    assert event.talks[1].video is None
    assert talks(read("- Reading dates by hand by Ada\n")) == []


def test_a_one_talk_page_takes_its_title_for_the_labelled_speakers_talk() -> None:
    """A page whose only programme is ``Intervenant : Name, role`` below the abstract is
    one talk: the event's title (without the pictograph that closes it) by that
    person. Prose saying ``Name, who will enlighten us`` does the same."""
    event = read(
        "Ce talk explique les calendriers.\n\n"
        "Intervenant : Ada Example, chercheuse chez Example Labs.\n",
        title="Lire les dates à la main 🗓️",
    )
    assert talks(event) == [("Lire les dates à la main", ["Ada Example"])]
    joined = read(
        "Ce soir, accueil puis un talk.\n\nIntervenant : Ada Example, chercheuse.\n",
        title="Soirée : accueil & lire les dates",
    )
    assert talks(joined) == []  # a title of two parts is not the talk's title
    facts = read("* Intervenant : Ada Example\n* Lieu : salle 101\n", title="Lire les dates")
    assert talks(facts) == []  # an item of a facts list about the event, no talk's line
    prose = read(
        "Can dates be read by hand? We have Bo Sample who will enlighten us.\n",
        title="Reading dates by hand",
    )
    assert talks(prose) == [("Reading dates by hand", ["Bo Sample"])]


def test_what_a_read_list_item_goes_on_with_is_its_talks_abstract() -> None:
    """``*   Title by Ann`` read as a talk, its abstract indented under it: the abstract
    is the item's, so the talk's (stop 26; before, it stayed in the body at the margin -
    left indented under the blanked item line it would have been a code block)."""
    event = read(
        "## Talks\n\n"
        "*   Reading dates by hand by Ada\n\n    How calendars drift.\n\n"
        "*   Keys and trust by Bo Sample\n\n    Who signs what.\n\n"
        "Doors open at six.\n"
    )
    assert talks(event) == [("Reading dates by hand", ["Ada"]), ("Keys and trust", ["Bo Sample"])]
    assert [talk.abstract for talk in event.talks] == ["How calendars drift.", "Who signs what."]
    lines = [line for line in event.body_rest.split("\n") if line.strip()]
    assert lines == ["## Talks", "Doors open at six."]
