"""Agenda entries read alike (``Name (Org): Title``), headings over people, and status
markers: pages written for the test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import talks

from sphinx_meetup.cli import main
from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event

AGENDA = (
    "## Programme\n\n"
    "- 10:00 - 11:00 **Ann Lee** (Leeds): Gluing data\n"
    "- 11:00 - 11:15 Coffee\n"
    "- 11:15 - 12:15 **Bob Ray** (Turin): Cohomology by hand\n"
    "- 13:30 - 14:30 **Cleo Park** (Oslo): Sheaves set by Tags (online)\n"
    "- 14:30 - 15:30 **Dev Rao** (Graz):\nSpectral sequences for the impatient\n"
)


def read(body: str, front: str = "") -> Event:
    return read_event(f"---\ntitle: Workshop\ndate: 2024-03-05\n{front}---\n\n{body}")


def test_entries_that_break_their_siblings_shape_are_read_in_it() -> None:
    event = read(AGENDA)
    assert talks(event) == [
        ("Gluing data", ["Ann Lee"]),
        ("Cohomology by hand", ["Bob Ray"]),
        # "by Tags" is no speaker: the siblings put the name before the colon
        ("Sheaves set by Tags (online)", ["Cleo Park"]),
        # the line ends at the colon: the title is the entry's next line
        ("Spectral sequences for the impatient", ["Dev Rao"]),
    ]
    assert not [p for p in event.problems if p.subtype == "programme"]
    assert event.talks[-1].abstract == ""


def test_one_entry_alone_is_no_pattern() -> None:
    event = read("## Programme\n\n- 10:00 - 11:00 Sheaves set by Tags\n")
    assert all("Tags" not in t.speakers for t in event.talks)


def test_show_explain_names_the_siblings(tmp_path, capsys) -> None:
    page = tmp_path / "event.md"
    page.write_text(f"---\ntitle: Workshop\ndate: 2024-03-05\n---\n\n{AGENDA}", "utf-8")
    assert main(["show", "--explain", str(page)]) == 0
    out = capsys.readouterr().out
    assert "Cleo Park: line 11: name before the colon, the shape of 2 sibling" in out
    assert "Dev Rao: line 12: name before the colon" in out and "title on line 13" in out


def test_a_heading_ending_with_a_speaker_word_is_over_people_not_a_talk() -> None:
    event = read(
        "### Confirmed speakers\n\n- Ann Lee (Example University)\n- Bob Ray (Examplab)\n\n"
        "### Programme\n\n- 10:00 - 11:00 Gluing data - Ann Lee (Example University)\n"
    )
    assert "Confirmed speakers" not in [t.title for t in event.talks]
    assert talks(event) == [("Gluing data", ["Ann Lee"])]


def test_a_cancelled_marker_is_kept_after_the_title_not_read_as_it() -> None:
    event = read(
        "## Programme\n\n- 10:00 - 11:00: **Ann Lee** (Leeds): Gluing data\n"
        "- 11:00 - 12:00:--**CANCELLED**--**Bob Ray** (Turin): Cohomology by hand\n"
        "- 12:00 - 13:00: **Cleo Park** (Oslo): Sheaves\n"
    )
    assert talks(event)[1] == ("Cohomology by hand (CANCELLED)", ["Bob Ray"])


_NAMES = st.sampled_from(["Ann Lee", "Bob Ray", "Topics", "Tags", "Leeds", "Dev", "and"])
_WORDS = st.sampled_from(["Gluing", "data", "by", "with", ":", "(", ")", "Sheaves", "Tags"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_NAMES, st.lists(_WORDS, min_size=1, max_size=6)), min_size=1,
                max_size=5))
def test_every_speaker_read_is_written_in_the_agenda(rows: list[tuple[str, list[str]]]) -> None:
    lines = [f"- 1{n}:00 - 1{n}:30 **{who}** (Oslo): {' '.join(words)}"
             for n, (who, words) in enumerate(rows)]
    event = read("## Programme\n\n" + "\n".join(lines) + "\n")
    for talk in event.talks:
        for name in talk.speakers:
            assert any(name in line for line in lines)


def test_a_bracket_after_the_title_is_the_speaker_slot_of_an_agenda_entry() -> None:
    event = read(
        "**Schedule**\n\n- 18:00 – Doors open, pizza & soft drinks\n"
        "- 19:00 – Talk: Vector search in practice (Mara Voss, Examplab)\n"
        "- 19:45 – Break with snacks\n"
        "- 20:00 – Talk: Fuzzing parsers (Jon Hale)\n"
        "- 20:45 – Lightning talk: Sorting (Live Demo)\n"
    )
    assert talks(event) == [
        # the kind label ``Talk:`` is no part of the title
        ("Vector search in practice", ["Mara Voss"]),
        # a bare name in the bracket: read because a sibling gives name and employer
        ("Fuzzing parsers", ["Jon Hale"]),
        # two capitalised words that say how the slot is run are nobody
        ("Sorting (Live Demo)", []),
    ]
    assert event.talks[1].affiliations == {"Mara Voss": "Examplab"}
    assert "in the bracket after the title (name and employer)" in (
        event.talks[1].evidence["Mara Voss"])


def test_a_bare_name_bracket_without_a_sibling_giving_an_employer_is_no_slot() -> None:
    event = read("- 19:00 – Fuzzing parsers (Jon Hale)\n- 20:00 – Sorting (Live Demo)\n")
    assert all(not t.speakers for t in event.talks)


def test_quoted_japanese_titles_then_the_speaker() -> None:
    event = read(
        "## タイムテーブル\n\n- 19:00 開場・受付\n"
        "- 19:30 「Rustで並行処理」 田中一郎（株式会社テスト）\n- 20:00 休憩\n"
        "- 20:10 『型で守るAPI』 高橋花子\n"
    )
    assert talks(event) == [("Rustで並行処理", ["田中一郎"]), ("型で守るAPI", ["高橋花子"])]


def test_a_topic_label_names_the_title_over_a_greeting() -> None:
    event = read(
        "Hallo zusammen, wir sehen uns im April!\n\n"
        "**Vortrag:** Caching ohne Kopfschmerzen\n**Referent:** Jonas Weber (Beispiel GmbH)\n\n"
        "Wie man Caches invalidiert.\n\n"
        "**Vortrag:** Async für alle\n**Referentin:** Lea Brandt\n\nEin Überblick.\n"
    )
    assert talks(event) == [
        ("Caching ohne Kopfschmerzen", ["Jonas Weber"]), ("Async für alle", ["Lea Brandt"]),
    ]


def test_kind_labels_before_heading_titles_are_not_part_of_the_title() -> None:
    event = read(
        "## Keynote: Sustainable parsing\n\nSpeaker: Nora Lind (Example Foundation)\n\n"
        "## Panel discussion: Funding parsers\n\nModerator: Karen Holt\n\n"
        "Panelists: Ahmed Farouk (Examplab) and Sofia Rossi (independent)\n"
    )
    assert talks(event) == [
        ("Sustainable parsing", ["Nora Lind"]),
        # the moderator is a host: no speaker of the panel
        ("Funding parsers", ["Ahmed Farouk", "Sofia Rossi"]),
    ]


def test_the_last_by_of_a_bold_title_line_names_the_speaker() -> None:
    event = read(
        "## Agenda\n\n**Gluing data by example by Ann Lee**\n\nAbstract one.\n\n"
        "**Cohomology by hand by Bob Ray**\n\nAbstract two.\n"
    )
    assert talks(event) == [("Gluing data by example", ["Ann Lee"]),
                            ("Cohomology by hand", ["Bob Ray"])]


def test_presented_by_is_a_speaker_label_hosted_by_is_not() -> None:
    event = read(
        "## Programme\n\n1. **Gluing data** — presented by Ann Lee\n"
        "2. **Cohomology by hand** — presented by Bob Ray\n"
    )
    assert talks(event) == [("Gluing data", ["Ann Lee"]), ("Cohomology by hand", ["Bob Ray"])]
    hosted = read("## Agenda\n\n- 19:15 Datos con Rust hosted by Ana López\n")
    assert all(not t.speakers for t in hosted.talks)


def test_a_speaker_label_opening_an_agenda_entry_then_the_title() -> None:
    event = read(
        "## Agenda\n\n- 19:00 Bienvenida\n- 19:15 Ponente: Ana López — Datos con Rust\n"
        "- 20:00 Cerveza\n"
    )
    assert talks(event) == [("Datos con Rust", ["Ana López"])]
    assert [t.title for t in event.talks if t.kind == "break"] == ["Bienvenida", "Cerveza"]
