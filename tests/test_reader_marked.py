"""List items that open with a bold or linked person's name, then a dash or a semicolon
and the talk (:mod:`sphinx_meetup.reader.marked`): pages written for the test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.cli import main

RECAP = (
    "Ein schöner Tag mit vielen Gästen.\n\n"
    "## Speaker und Vorträge\n\n"
    "- ![Anna Beispiel](/img/anna.png) **Anna Beispiel** — [Caching ohne Kopfschmerzen]"
    "(/downloads/caching.pdf)\n"
    "- ![Bernd Muster](/img/bernd.png) **Bernd Muster** — [Tests für alle](/downloads/tests.pdf), "
    "[Die Pyramide der Tests](https://www.youtube.com/watch?v=abc)\n"
    "- ![Clara Probe](/img/clara.png) **Clara Probe** — Statusmodelle in der Praxis\n"
)


def test_bold_names_then_a_dash_and_the_title_are_talks() -> None:
    event = read(RECAP, title="Entwicklertag")
    assert talks(event) == [
        ("Caching ohne Kopfschmerzen", ["Anna Beispiel"]),
        # two linked titles after one name: two talks by the same person
        ("Tests für alle", ["Bernd Muster"]),
        ("Die Pyramide der Tests", ["Bernd Muster"]),
        ("Statusmodelle in der Praxis", ["Clara Probe"]),
    ]
    assert event.talks[2].video == "https://www.youtube.com/watch?v=abc"
    assert not [p for p in event.problems if p.subtype == "programme"]
    assert "Ein schöner Tag" in event.body_rest


def test_linked_names_then_a_semicolon_and_what_they_show() -> None:
    event = read(
        "### The demos\n\n"
        "1. [Ann Example](https://ann.example); 3 games in 3 minutes "
        "([Pong](https://ann.example/pong), [Snake](https://ann.example/snake)).\n"
        "1. [Bob Sample](https://bob.example); how we test our [widgets](https://w.example).\n"
        "1. Dan: a thing without a link.\n",
        title="Show and tell",
    )
    assert talks(event) == [
        # the bracket of links is what was shown, not words of the title
        ("3 games in 3 minutes", ["Ann Example"]),
        ("how we test our widgets", ["Bob Sample"]),
    ]
    # the item of another shape stays in the body, where it was
    assert "1. Dan: a thing without a link." in event.body_rest


def test_one_item_alone_is_no_pattern() -> None:
    event = read("- [Ann Example](https://ann.example) — Caching without tears\n\nSee you there.\n",
                 title="Meetup")
    assert talks(event) == []


def test_bold_words_that_are_no_person_are_not_read() -> None:
    event = read(
        "## Practical\n\n- **Open Doors** — from 18:30\n- **Free Entry** — for members\n",
        title="Meetup",
    )
    assert talks(event) == []


def test_bold_names_without_a_picture_or_a_link_are_not_enough() -> None:
    # bold marks a fact's label as often as a person: the page must show it is someone
    event = read("- **Ann Example** — Caching without tears\n- **Bob Sample** — Testing things\n",
                 title="Meetup")
    assert talks(event) == []


def test_a_list_mostly_of_another_shape_is_not_read() -> None:
    event = read(
        "- [Ann Example](https://ann.example) — Caching without tears\n- Bring a laptop\n"
        "- Doors at 18:30\n- Pizza and drinks\n- [Bob Sample](https://bob.example) — Testing\n",
        title="Meetup",
    )
    assert talks(event) == []


def test_show_explain_names_the_shape(tmp_path, capsys) -> None:
    page = tmp_path / "event.md"
    page.write_text(f"---\ntitle: Entwicklertag\ndate: 2015-07-04\n---\n\n{RECAP}", "utf-8")
    assert main(["show", "--explain", str(page)]) == 0
    out = capsys.readouterr().out
    assert "list item 'bold or linked name - title' (as its siblings')" in out


_WHO = st.sampled_from(["Ann Example", "Bob Sample", "Doors", "Open Source", "Tags", "ann"])
_WORDS = st.sampled_from(["Caching", "by", "Ann", "—", ";", "(", ")", "[x](/y)", "Tags"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_WHO, st.sampled_from([" — ", "; ", " - "]),
                          st.lists(_WORDS, min_size=1, max_size=6)), min_size=1, max_size=5))
def test_every_speaker_read_is_a_marked_name_of_the_list(
    rows: list[tuple[str, str, list[str]]],
) -> None:
    lines = [f"- **{who}**{dash}{' '.join(words)}" for who, dash, words in rows]
    event = read("\n".join(lines) + "\n", title="Meetup")
    for talk in event.talks:
        for name in talk.speakers:
            assert any(f"**{name}**" in line or name in line for line in lines)


def test_linked_names_under_a_heading_that_names_no_talks_are_not_read() -> None:
    # a list of linked things (or of people thanked) with a word on each: no programme
    for body in (
        "## Resources\n\n- [React Router](https://rr.example) — routing for React apps\n"
        "- [Visual Studio Code](https://code.example) — the editor we used\n",
        "We thank:\n\n- [Ann Example](https://ann.example) — for the pizza\n"
        "- [Bob Sample](https://bob.example) — for the venue\n",
        # a team with pictures and roles
        "## Team\n\n- ![Ann Example](a.png) **Ann Example** — Organiser\n"
        "- ![Bob Sample](b.png) **Bob Sample** — Treasurer\n",
    ):
        assert talks(read(body, title="Meetup")) == []
