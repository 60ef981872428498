"""Rules written at stop 26. Pages written for the test, never copied from a site."""

from __future__ import annotations

import datetime as dt

from reader_support import breaks, read, talks

from sphinx_meetup.reader import read_event

#: the page's two people, in its front matter
TWO = "speaker: Ann Smith\nspeaker2: Bob Jones\n"


def test_a_by_line_whose_speaker_is_a_link_is_a_talk_in_a_paragraph_too() -> None:
    # ``**Title** by **[Name](profile)**``: the link is the speaker's page, as in a list
    for after in ("", " (english talk)"):
        body = (f"**Event Sourcing Basics** by **[Ann Smith](/people?k=ann)**{after}\n\n"
                "What the first talk covers, in a few words.\n\n"
                f"**Builds that Last** by [Bob Jones](/people?k=bob){after}\n\n"
                "What the second one covers.\n")
        assert talks(read(body, TWO, title="Night of Two Talks")) == [
            ("Event Sourcing Basics", ["Ann Smith"]), ("Builds that Last", ["Bob Jones"])]


def test_a_link_after_by_that_goes_on_is_no_profile() -> None:
    # the link does not close the line: its text is part of a sentence, not a speaker
    body = ("**Event Sourcing Basics** by [Ann Smith](/people?k=ann) and the whole team "
            "of the evening, who will tell you more when you arrive.\n")
    assert ("Event Sourcing Basics", ["Ann Smith"]) not in talks(
        read(body, TWO, title="Night of Two Talks"))


def _loose_list(indent: str) -> str:
    """Three ``**Title** par [Name](profile)`` items, each with its abstract indented
    under it (a loose list: one item, two paragraphs)."""
    entries = [("Clean HTML", "Anne Lenoir"), ("Des tests qui durent", "Nicolas Blanc"),
               ("Un workflow git", "Paul Vert")]
    return "".join(
        f"* **{title}** par [{name}](https://example.org/speakers?key={number})\n\n"
        f"{indent}Ce que dit la présentation {number}, en une phrase.\n\n"
        for number, (title, name) in enumerate(entries, 1))


def test_an_items_paragraph_under_it_is_no_item_of_its_own() -> None:
    from sphinx_meetup.reader.blocks import blocks_of

    blocks = blocks_of("* **Title** by Ann\n\n  What it is about.\n\n* Second item\n", 1)
    assert [(block.kind, block.continued) for block in blocks] == [
        ("item", False), ("item", True), ("item", False)]


def test_a_loose_list_of_title_by_name_items_is_read_with_each_talks_abstract() -> None:
    for indent in ("  ", "    ", "\t"):
        event = read(_loose_list(indent), title="Soirée Quickies")
        assert talks(event) == [("Clean HTML", ["Anne Lenoir"]),
                                ("Des tests qui durent", ["Nicolas Blanc"]),
                                ("Un workflow git", ["Paul Vert"])], repr(indent)
        assert [talk.abstract for talk in event.talks] == [
            f"Ce que dit la présentation {number}, en une phrase." for number in (1, 2, 3)]
        assert "présentation" not in event.body_rest


#: a programme in front matter whose entries a site's own ``type`` sorts
TYPED = """schedule:
  - title: Doors open
    type: social
  - title: Welcome
    type: host
  - title: Streams in practice
    type: presenter
    speakers:
      - name: Ann Smith
  - title: Types for everyone
    type: presenter
    speaker: Bob Jones
  - title: Drinks nearby
    type: social
"""


def test_a_sites_own_entry_types_say_which_entries_are_talks() -> None:
    event = read("", TYPED)
    assert talks(event) == [("Streams in practice", ["Ann Smith"]),
                            ("Types for everyone", ["Bob Jones"])]
    assert breaks(event) == ["Doors open", "Welcome", "Drinks nearby"]
    assert not [p for p in event.problems if "neither a talk nor a break" in p.message]


def test_without_people_the_types_sort_nothing() -> None:
    # no kind names anyone: which kind is a talk is not said; read as talks, with the
    # warning that the kind is not the schema's
    nobody = TYPED.replace("    speakers:\n      - name: Ann Smith\n", "")
    event = read("", nobody.replace("    speaker: Bob Jones\n", ""))
    assert len(talks(event)) == 5
    assert [p for p in event.problems if "neither a talk nor a break" in p.message]


def _sections(bios: list[list[str]], *, opening: str, day: bool = False) -> str:
    """Talk headings under ``## Les sujets de la soirée``, each an abstract paragraph
    (``opening``) and then one bio paragraph per person (``Name, role chez Org.``)."""
    titles = ["Le cache sans douleur", "Des flux en continu", "Les données météo"]
    text = "## Les sujets de la soirée\n\n"
    for title, people in zip(titles, bios, strict=False):
        text += f"### {title}\n\n{opening}\n\n"
        text += "".join(f"{person}, {role} chez Exemple.\n\n"
                        for person, role in zip(people, ("directeur de projet", "stagiaire",
                                                         "développeuse", "fondatrice"),
                                                strict=False))
    if day:
        text += "### Mercredi 13 juin 2031 de 19h à 22h\n\nInscrivez-vous !\n"
    return text


def test_bio_paragraphs_in_french_name_the_speakers_of_sibling_talks() -> None:
    # French jobs (``directeur``, ``stagiaire``) and ``Les sujets`` as the talks' section
    bios = [["Anne Lenoir"], ["Paul Vert"], ["Marc Blanc"]]
    expected = [("Le cache sans douleur", ["Anne Lenoir"]), ("Des flux en continu", ["Paul Vert"]),
                ("Les données météo", ["Marc Blanc"])]
    # an abstract that opens like a name (``Le Big Data, c'est …``) is prose, no slot
    opening = "Le Grand Cache, c'est pour beaucoup une pile de mots à la mode sur des slides."
    assert talks(read(_sections(bios, opening=opening), title="Soirée")) == expected
    # a heading that gives the day is no sibling of the talks' headings
    assert talks(read(_sections(bios, opening=opening, day=True), title="Soirée")) == expected


def test_a_kind_label_after_a_decoration_is_no_part_of_the_title() -> None:
    from sphinx_meetup.reader.headers import tidy_title

    assert tidy_title("-Talk: “Press Play”") == "Press Play"
    assert tidy_title("演讲介绍：如虎添翼：云原生新思路") == "如虎添翼：云原生新思路"
    body = ("## ⚡-Talk: “Press Play” - Anna Example ##\n\nAnna Example spricht über das "
            "Abspielen.\n\n## ⚡-Talk: “Sound Check” - Ben Muster ##\n\nBen Muster zeigt es.\n")
    assert talks(read(body, title="Treffen 26")) == [("Press Play", ["Anna Example"]),
                                                     ("Sound Check", ["Ben Muster"])]


def test_a_meetings_number_before_its_day_is_no_first_day_of_a_range() -> None:
    from sphinx_meetup.reader import dates

    assert dates.find_date("Meetup #13 - 18 Jul 2031", None) == dt.date(2031, 7, 18)
    assert dates.find_date("Treffen №7 – 9 März 2031", None) == dt.date(2031, 3, 9)
    assert dates.find_date("28-30 December 2031", None) == dt.date(2031, 12, 28)


def test_a_page_with_its_programme_in_front_matter_is_dated_by_its_title() -> None:
    page = ('---\ntitle: "Meetup #13 - 18 Jul 2031"\ntalks:\n  - title: Streams\n'
            "    speakers: [Ann Smith]\n---\nSee you there.\n")
    assert read_event(page).start == dt.date(2031, 7, 18)


def test_an_entity_in_a_speakers_name_is_the_character_the_page_shows() -> None:
    page = ('---\ntitle: "Node &amp; Co"\nspeakers: Mart&iacute;n Example\n---\n'
            "A talk about Node.\n")
    event = read_event(page)
    assert [speaker.name for speaker in event.speakers] == ["Martín Example"]
    listed = read_event('---\ntitle: "Node"\nspeakers: [Mart&iacute;n Example, Ana L&oacute;pez]'
                        "\n---\nTwo talks.\n")
    assert [speaker.name for speaker in listed.speakers] == ["Martín Example", "Ana López"]


def test_a_talk_entrys_author_gives_the_talk() -> None:
    page = ('---\ntitle: "Frameworks"\nauthor: Site Editor\ntalks:\n'
            '  - title: "Getting started with Django"\n    author: "Ann Smith"\n'
            '    photo: "https://example.org/ann.jpg"\n---\nSome words.\n')
    event = read_event(page)
    assert talks(event) == [("Getting started with Django", ["Ann Smith"])]
    assert not [p for p in event.problems if "unknown key" in p.message]


def test_a_link_around_a_whole_html_card_leaves_no_brackets_behind() -> None:
    from sphinx_meetup.reader.blocks import blocks_of, units_of

    card = ('<ul class="talks">\n  <li>\n    <a href="#">\n      <h3>Streams in practice</h3>\n'
            '      <span>Ann Smith</span>\n    </a>\n  </li>\n</ul>\n')
    assert [unit.source for unit in units_of(blocks_of(card, 1))] == [
        "Streams in practice", "Ann Smith"]
    # a link of words on one line stays a link
    line = '<p>See <a href="https://example.org">the site</a> now</p>\n'
    assert [unit.source for unit in units_of(blocks_of(line, 1))] == [
        "See [the site](https://example.org) now"]
