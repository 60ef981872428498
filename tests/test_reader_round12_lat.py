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
