"""``*Title* (von handle)`` closing a timed row: the title set apart by emphasis, the
bracket after it says who gives it - one-word names and handles included; the Swiss
spelling of a welcome is a welcome: pages written for the test."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from reader_support import breaks, read, talks


def test_a_set_apart_title_then_von_names_its_handle() -> None:
    event = read(
        "## Was?\n\n"
        " - **19:15 - 19:30 Uhr** Begrüssung\n"
        " - **19:30 - 20:00 Uhr** *Parser bauen mit Rust* (von annex) <br>\n"
        " - **20:05 - 20:25 Uhr** *Jitsi selbst betreiben* (von Mathias) <br>\n"
        " - **ab 20:25 Uhr** Zeit für Fragen und Plaudereien.\n",
        title="Digitales Treffen",
    )
    assert talks(event) == [("Parser bauen mit Rust", ["annex"]),
                            ("Jitsi selbst betreiben", ["Mathias"])]
    assert breaks(event) == ["Begrüssung"]
    assert event.talks[1].start is not None
    assert "after the 'by' label" in event.talks[1].evidence["annex"]
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_a_bracket_of_words_after_von_is_no_speaker() -> None:
    event = read(" - **19:30 Uhr** *Parser bauen* (von der Idee zum Code)\n"
                 " - **20:00 Uhr** *Rust lernen* (von Anfang an)\n", title="Treffen")
    assert all(not talk.speakers for talk in event.talks)


def test_a_word_that_says_how_is_no_speaker_after_a_set_apart_title() -> None:
    # ``(by invitation)``, ``(von innen)``: how, not who - nobody speaks, no card
    event = read("- **19:00 Uhr** *Workshop* (by invitation)\n"
                 "- **20:00 Uhr** *Rundgang* (von innen)\n", title="Treffen")
    assert all(not talk.speakers for talk in event.talks)


def test_a_one_word_bracket_after_a_plain_title_is_no_speaker() -> None:
    # the title is not set apart: ``(by invitation)`` says how, not who
    event = read("- 19:00 Workshop (by invitation)\n- 20:00 Dinner (by Invitation)\n",
                 title="Meetup")
    assert all(not talk.speakers for talk in event.talks)


_PIECE = st.sampled_from(["19:30", "Uhr", "*Parser*", "*Rust lernen*", "(von annex)",
                          "(von der Idee)", "(by Ann Example)", "(by invitation)", "<br>", "-"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PIECE, min_size=1, max_size=6), min_size=1, max_size=5))
# found by this test: the clock's word twice after a dash (``Uhr Uhr``) read as a name
@example(rows=[["19:30", "19:30", "-", "Uhr", "Uhr"]])
# and a clock after a dash (``19:30 Ann - 19:30``) read as a talk "30" by Ann
@example(rows=[["19:30", "*Parser*", "*Parser*", "-", "19:30"]])
@example(rows=[["*Parser*", "*Parser*", "-", "19:30"], ["*Parser*", "*Parser*", "-", "19:30"]])
@example(rows=[["19:30", "*Parser*", "-", "*Parser*", "*Parser*"]])
def test_every_speaker_read_is_in_a_bracket_of_its_row(rows: list[list[str]]) -> None:
    lines = [f"- {' '.join(row)}" for row in rows]
    event = read("\n".join(lines) + "\n", title="Treffen")
    for talk in event.talks:
        for name in talk.speakers:
            # in a bracket of its row - or, the other shape of a row that names its
            # speaker, closing it after a spaced dash (``19:30 *Parser* - *Ann* *Example*``)
            assert any(f"(von {name})" in line or f"(by {name})" in line
                       or plain_row(line).endswith(f" - {name}") for line in lines)


def plain_row(line: str) -> str:
    return " ".join(line.replace("*", "").split())
