"""The reader on English and Portuguese user-group pages (round 12 unsealed, issue 18).

Each rule is general - the vocabulary of a whole language, a Markdown convention, a
shape seen on more than one site with evidence on the page - and each test reads a
small page written for it: no third-party text. A wrong speaker card is worse than
none, so every rule has its guard tested beside it.
"""

from __future__ import annotations

import functools

from hypothesis import given
from hypothesis import strategies as st
from reader_support import read as page
from reader_support import talks

from sphinx_meetup.reader.blocks import blocks_of, plain, units_of
from sphinx_meetup.reader.dashed_siblings import split as dash_split
from sphinx_meetup.reader.headers import tidy_title
from sphinx_meetup.reader.names import split_names
from sphinx_meetup.reader.person_headings import person_heading

read = functools.partial(page, title="Encontro de teste", date="2024-03-14")


def test_palestrante_is_a_speaker_label() -> None:
    """``Palestrante:`` (Portuguese: the speaker of a ``palestra``) names who gives the
    talk above it, as ``Speaker:`` does; ``Palestrantes:`` more than one."""
    event = read("## Palestras\n\n### Testes sem dor\n\nPalestrante: Ana Exemplo\n\n"
                 "### Empacotando sem lágrimas\n\n**Palestrantes:** Bia Amostra, Caio Terceiro\n")
    assert talks(event) == [
        ("Testes sem dor", ["Ana Exemplo"]),
        ("Empacotando sem lágrimas", ["Bia Amostra", "Caio Terceiro"]),
    ]


def test_a_heading_over_a_palestrante_line_is_a_talk_in_any_section() -> None:
    """Under a heading that is no talks word (``Lightning Talks``), a heading followed by
    ``Palestrante:`` is a talk as one followed by ``Speaker:`` is."""
    event = read("## Lightning Talks\n\n### Um minuto de regex\n\nPalestrante: Ana Exemplo\n\n"
                 "### Dois minutos de asyncio\n\nPalestrante: Bia Amostra\n")
    assert talks(event) == [
        ("Um minuto de regex", ["Ana Exemplo"]),
        ("Dois minutos de asyncio", ["Bia Amostra"]),
    ]


def test_a_reference_link_reads_as_its_text() -> None:
    """``[text][3]`` with ``[3]: url`` at the end of the page is a link as ``[text](url)``
    is: its text is the title or the name, and the address is the link's."""
    event = read("## Palestras\n\n### [Testes sem dor][1]\n\nPalestrante: [Ana Exemplo][2]\n\n"
                 "### Empacotando sem lágrimas\n\nPalestrante: [Bia Amostra][]\n\n"
                 "[1]: https://slides.example.org/testes\n[2]: https://example.org/ana\n"
                 "[Bia Amostra]: https://example.org/bia\n")
    assert talks(event) == [
        ("Testes sem dor", ["Ana Exemplo"]),
        ("Empacotando sem lágrimas", ["Bia Amostra"]),
    ]
    assert not any(problem.subtype == "programme" for problem in event.problems)


def test_plain_reads_reference_links_but_not_inline_links_side_by_side() -> None:
    """Two inline links in brackets side by side (``[[slides](…)][[video](…)]``) are no
    reference link: only the inline links' texts are taken."""
    assert plain("[Ana Exemplo][5] e [Bia][]") == "Ana Exemplo e Bia"
    assert plain("Título [[slides](https://a.example)][[video](https://b.example)]") == (
        "Título [slides][video]"
    )


_TEXT = st.text(alphabet=st.characters(blacklist_characters="[]\n"), max_size=30)


@given(_TEXT, _TEXT, _TEXT)
def test_plain_keeps_a_reference_link_text_whole(before: str, text: str, label: str) -> None:
    """Whatever the text and label, the reference link reads as its text, and what
    stands before it is untouched."""
    assert plain(f"{before}[{text}][{label}]") == plain(f"{before}{text}")


def test_e_and_y_join_two_full_names() -> None:
    """Portuguese, Italian and Spanish join two people with ``e`` / ``y``: two names of
    a given name and a surname each are two speakers."""
    assert [n.name for n in split_names("Ana Exemplo e Bia Amostra")] == [
        "Ana Exemplo", "Bia Amostra"]
    assert [n.name for n in split_names("Ana Exemplo y Bia Amostra")] == [
        "Ana Exemplo", "Bia Amostra"]


def test_e_before_a_single_surname_is_part_of_the_name() -> None:
    """A surname may itself be joined by ``e`` (``Exemplo e Silva``): one word after it is
    part of the name, not a second person; nor is a lower-case word."""
    assert [n.name for n in split_names("Ana Exemplo e Silva")] == ["Ana Exemplo e Silva"]
    assert [n.name for n in split_names("Ana Exemplo e o grupo")] == ["Ana Exemplo e o grupo"]


def test_person_headings_under_speakers_are_no_talks() -> None:
    """``## Speakers`` then ``### Ann Example`` over a bio that opens with her name: the
    sub-headings introduce people, no talk is titled by a person; a one-session page
    with no talk in its text is their talk, titled by the page."""
    event = page("## About\n\nIn this talk we build a radio receiver.\n\n## Speakers\n\n"
                 "### Ann “Hex” Example\n\nAnn Example (also known as Hex) builds radios.\n\n"
                 "### Bo Sample\n\nBo Sample is an engineer at Example Labs.\n",
                 title="Radio for Everyone", date="2024-03-14")
    assert talks(event) == [("Radio for Everyone", ["Ann “Hex” Example", "Bo Sample"])]
    assert event.talks[0].aliases == {"Ann “Hex” Example": ["Ann Example"]}


def test_a_speakers_heading_over_talk_titles_still_holds_talks() -> None:
    """Sub-headings of ``## Speakers`` whose first paragraph does not open with the
    heading's words are talks as before (a title, then its speaker line)."""
    event = page("## Speakers\n\n### Radio for Everyone\n\nSpeaker: Ann Example\n\n"
                 "### Packet Filters\n\nSpeaker: Bo Sample\n", title="Night", date="2024-03-14")
    assert talks(event) == [("Radio for Everyone", ["Ann Example"]),
                            ("Packet Filters", ["Bo Sample"])]


def test_several_introduced_people_under_a_title_joining_two_things_make_no_talk() -> None:
    """A page titled ``A & B`` is not one talk: its introduced people are no talk's."""
    event = page("## Speakers\n\n### Ann Example\n\nAnn Example builds radios.\n\n"
                 "### Bo Sample\n\nBo Sample is an engineer.\n",
                 title="Radios & Filters", date="2024-03-14")
    assert talks(event) == []


_WORD = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@given(st.lists(_WORD, min_size=2, max_size=3), st.text(max_size=40), st.booleans())
def test_a_person_heading_is_the_name_its_bio_opens_with(
    words: list[str], rest: str, opens: bool
) -> None:
    """A heading is a person exactly when the paragraph below opens with its words."""
    name = " ".join(words)
    paragraph = f"{name} is {rest}" if opens else f"About {name}: {rest}"
    units = units_of(blocks_of(f"## Speakers\n\n### {name}\n\n{paragraph.strip()}\n", 1))
    found = person_heading(units, 1, ())
    if opens and found is not None:
        assert found.name == name
    if not opens:
        assert found is None


_TALK = "Pretendo mostrar como tudo funciona, com exemplos.\n\n"


def test_sibling_headings_that_all_end_with_a_name_are_read_alike() -> None:
    """Three or more sibling headings, every one ``Title - Name`` with a different
    person's name, are a programme: dashes inside a title stay, a one-word tail after
    a name is that person's nickname."""
    event = read("## Testes sem dor - Ana Exemplo\n\n" + _TALK
                 + "## Filas - o que são - Bia Amostra\n\n" + _TALK
                 + "## Empacotando - Caio Terceiro Neto - CTN\n\n" + _TALK)
    assert talks(event) == [
        ("Testes sem dor", ["Ana Exemplo"]),
        ("Filas - o que são", ["Bia Amostra"]),
        ("Empacotando", ["Caio Terceiro Neto"]),
    ]
    assert event.talks[2].aliases == {"Caio Terceiro Neto": ["CTN"]}


def test_dash_siblings_need_every_heading_and_three_of_them() -> None:
    """Two such headings, or one sibling of another shape, are no evidence: a dash also
    opens a subtitle."""
    two = read("## Testes sem dor - Ana Exemplo\n\n" + _TALK
               + "## Filas - Bia Amostra\n\n" + _TALK)
    assert talks(two) == []
    other = read("## Testes sem dor - Ana Exemplo\n\n" + _TALK
                 + "## Filas - Bia Amostra\n\n" + _TALK
                 + "## Empacotando - Caio Terceiro\n\n" + _TALK + "## Perguntas\n\n" + _TALK)
    assert talks(other) == []


def test_title_case_subtitles_are_no_names() -> None:
    """``Rust - Getting Started`` among siblings of the shape: a subtitle's words are
    nobody's name, so the group is no programme of speakers."""
    event = read("## Rust - Getting Started\n\n" + _TALK + "## Go - Lessons Learned\n\n"
                 + _TALK + "## Python - Best Practices\n\n" + _TALK)
    assert all(not speakers for _title, speakers in talks(event))


_NAMES = st.sampled_from(["Ana Exemplo", "Bia Amostra", "Caio Terceiro", "Duda Quarta Neto"])
_TITLES = st.text(alphabet="abcdefghij klmnop?!:", min_size=3, max_size=30).filter(
    lambda text: text.strip(" :") and text == text.strip())


@given(_TITLES, _NAMES)
def test_a_dash_tail_split_keeps_the_title_whole(title: str, name: str) -> None:
    """Whatever the title's words, the split gives the title (tidied) and the name."""
    split = dash_split(f"{title} - {name}", ())
    assert split is not None
    assert split[1].name == name
    assert split[0] == tidy_title(title)


_ABSTRACT = "We look at what the tool does and why.\n\n"


def test_sibling_sections_ending_with_a_linked_bio_are_talks() -> None:
    """``### Title`` + abstract + ``[Ann Example](profile) is …`` in two or more sibling
    sections: talks by those people; a one-word linked name counts beside a full one,
    and a ``### Sponsor`` sibling is left aside."""
    event = page("### Intro Topic * Parsing logs quickly\n\n" + _ABSTRACT
                 + "[Ann Example](https://example.org/ann) is a data engineer.\n\n"
                 "### Advanced Topic * Packaging without tears\n\n" + _ABSTRACT
                 + "[Bo](https://example.org/bo) has packaged things for years.\n\n"
                 "### Sponsor\n\nThanks to [Example Labs](https://example.org) for pizza.\n",
                 title="Night", date="2024-03-14")
    assert talks(event) == [("Parsing logs quickly", ["Ann Example"]),
                            ("Packaging without tears", ["Bo"])]


def test_one_section_with_a_linked_bio_is_no_programme() -> None:
    """One heading whose section ends with a linked bio is prose (a host's blurb opens
    the same way); nor are siblings whose bios all give one word."""
    one = page("### Parsing logs quickly\n\n" + _ABSTRACT
               + "[Ann Example](https://example.org/ann) is a data engineer.\n",
               title="Night", date="2024-03-14")
    assert talks(one) == []
    words = page("### Parsing logs\n\n" + _ABSTRACT
                 + "[Ann](https://example.org/ann) is a data engineer.\n\n"
                 "### Packaging\n\n" + _ABSTRACT
                 + "[Bo](https://example.org/bo) has packaged things.\n",
                 title="Night", date="2024-03-14")
    assert talks(words) == []


def test_a_slot_place_before_topic_is_no_part_of_the_title() -> None:
    """``First Topic * Title`` / ``Advanced Topic: Title``: the slot's place or level, as
    ``Keynote:`` is, not words of the title."""
    assert tidy_title("First Topic * Parsing logs quickly") == "Parsing logs quickly"
    assert tidy_title("Advanced Topic: Parsing logs") == "Parsing logs"
    assert tidy_title("Topic modelling for everyone") == "Topic modelling for everyone"


def test_sibling_sections_opened_by_who_will_give_the_talk_are_talks() -> None:
    """``## Title`` + ``Ann will show us…`` / ``Join Bo (Data Analyst) on…`` in two
    sibling sections: talks by those people; a sibling opening otherwise (an open
    workshop for everyone) stays in the text as written, no talk."""
    event = page("Two talks and a workshop this month!\n\n"
                 "## Parsing logs quickly\nAnn will show us how to parse logs.\n\n"
                 "## Packaging without tears\nJoin Bo (Data Analyst, Example Labs) on a tour "
                 "of wheels.\n\n## Open Workshop\nAfter the talks, bring a laptop and hack.\n",
                 title="Logs and Wheels", date="2024-03-14")
    assert talks(event) == [("Parsing logs quickly", ["Ann"]),
                            ("Packaging without tears", ["Bo"])]
    assert "Open Workshop" in event.body_rest


def test_one_section_opened_by_a_speaker_or_join_us_is_no_programme() -> None:
    """One such section alone is prose; ``Join us for…`` names nobody."""
    one = page("## Parsing logs quickly\nAnn will show us how to parse logs.\n\n"
               "## Directions\nTake the bus to the end of the line.\n",
               title="Night", date="2024-03-14")
    assert talks(one) == []
    us = page("## Parsing logs quickly\nJoin us for an evening of logs.\n\n"
              "## Packaging without tears\nJoin Example Labs for pizza and wheels.\n",
              title="Night", date="2024-03-14")
    assert talks(us) == []


_OPENINGS = st.sampled_from(["{} will show us", "{} is going to present", "Join {} on",
                             "Join {} (Data Analyst) for"])


@given(st.lists(st.tuples(_OPENINGS, st.sampled_from(["Ann", "Bo Sample", "Cy Third"])),
                min_size=2, max_size=4))
def test_every_sibling_opened_by_a_person_is_their_talk(openings: list[tuple[str, str]]) -> None:
    """However many siblings and whichever opening each uses, each is its person's talk
    (``Join`` + one word only with a role in brackets)."""
    body = "".join(f"## Topic {chr(65 + n)}\n{shape.format(name)} a demo.\n\n"
                   for n, (shape, name) in enumerate(openings))
    read_talks = talks(page(body, title="Night", date="2024-03-14"))
    expected = [(f"Topic {chr(65 + n)}", [name]) for n, (shape, name) in enumerate(openings)
                if not (shape == "Join {} on" and " " not in name)]
    if len(expected) * 2 > len(openings) and len(expected) >= 2:
        assert read_talks == expected
    else:  # no heading is a talk (the page may still be one person's talk, by its title)
        assert not any(title.startswith("Topic ") for title, _ in read_talks)
