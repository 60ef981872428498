"""A list agenda whose speakers stand one level deeper (``  - Name, Organisation``) or
after the title's link: read by the siblings' shape, never from one line's look alone.
Every page here is written for the test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import talks

from sphinx_meetup.cli import main
from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event

AGENDA = (
    "## Schedule\n\n"
    "- 09:00 - 09:10 Opening words\n"
    "- 09:10 - 10:00 [Sheaves for beginners: a tour](https://example.org/t/1)\n"
    "  - Mira Okafor, Department of Mathematics, Example University\n"
    "- 10:00 - 10:30 Coffee\n"
    "- 10:30 - 11:00 [Random walks on graphs](https://example.org/t/2)\n"
    "  - Tomas Lindqvist, Senior Researcher at Examplab\n"
    "- 11:00 - 11:30 [Curvature of point clouds](https://example.org/t/3)\n"
    "  - Ines Duarte-Silva, KTH Stockholm\n"
    "- 11:30 - 12:00 [Gradient flows, gently](https://example.org/t/4) Paulo Reis, "
    "Example University\n"
    "- 12:00 - 13:00 Open discussion\n"
)


def read(body: str) -> Event:
    return read_event(f"---\ntitle: Workshop\ndate: 2024-03-05\n---\n\n{body}")


def test_nested_name_organisation_items_are_the_entries_speakers() -> None:
    event = read(AGENDA)
    assert talks(event) == [
        # the link's text is the title whole: its colon cuts out no "speaker"
        ("Sheaves for beginners: a tour", ["Mira Okafor"]),
        ("Random walks on graphs", ["Tomas Lindqvist"]),
        # no job word in "KTH Stockholm": read alike because two siblings have one
        ("Curvature of point clouds", ["Ines Duarte-Silva"]),
        # the siblings' slot written after the link on the entry's own line
        ("Gradient flows, gently", ["Paulo Reis"]),
    ]
    assert [t.title for t in event.talks if t.kind == "break"] == [
        "Opening words", "Coffee", "Open discussion",
    ]
    assert not [p for p in event.problems if p.subtype == "programme"]
    curvature = event.talks[4]
    assert curvature.affiliations == {"Ines Duarte-Silva": "KTH Stockholm"}
    assert "2 sibling speaker slots" in curvature.evidence["Ines Duarte-Silva"]


def test_name_organisation_items_without_a_sibling_with_a_role_give_no_speaker() -> None:
    # one shape, no evidence: no sibling says what the second part is
    event = read(
        "## Schedule\n\n"
        "- 09:10 - 10:00 [Sheaves for beginners](https://example.org/t/1)\n"
        "  - Mira Okafor, KTH Stockholm\n"
        "- 10:30 - 11:00 [Random walks on graphs](https://example.org/t/2)\n"
        "  - Tomas Lindqvist, ETH Zurich\n"
    )
    assert all("Mira Okafor" not in t.speakers for t in event.talks)
    assert all("Tomas Lindqvist" not in t.speakers for t in event.talks)


def test_nested_prose_under_entries_is_no_speaker() -> None:
    event = read(
        "## Schedule\n\n"
        "- 09:10 - 10:00 [Sheaves for beginners](https://example.org/t/1)\n"
        "  - Mira Okafor, Senior Researcher at Examplab\n"
        "- 10:30 - 11:00 [Random walks on graphs](https://example.org/t/2)\n"
        "  - Tomas Lindqvist, Professor at Example University\n"
        "- 11:00 - 11:30 [Curvature of point clouds](https://example.org/t/3)\n"
        "  - Bring a laptop, with Python installed\n"
    )
    assert talks(event)[:2] == [
        ("Sheaves for beginners", ["Mira Okafor"]),
        ("Random walks on graphs", ["Tomas Lindqvist"]),
    ]
    assert all(not t.speakers for t in event.talks if t.title.startswith("Curvature"))


def test_show_explain_names_the_sibling_evidence(tmp_path, capsys) -> None:
    page = tmp_path / "event.md"
    page.write_text(f"---\ntitle: Workshop\ndate: 2024-03-05\n---\n\n{AGENDA}", "utf-8")
    assert main(["show", "--explain", str(page)]) == 0
    out = capsys.readouterr().out
    assert "Ines Duarte-Silva: line 15: nested under the entry" in out
    assert "Paulo Reis: line 16: after the title's link" in out


_WORDS = st.sampled_from(["Mira", "Okafor", "Tomas", "Example", "University", "KTH", "at",
                          "Lab", ",", "(", ")", "Coffee", "tea", "Senior", "Researcher", "."])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=7).map(" ".join), min_size=2,
                max_size=5))
def test_every_nested_speaker_is_written_in_its_slot(lines: list[str]) -> None:
    body = "## Schedule\n\n" + "".join(
        f"- 1{n}:00 - 1{n}:30 [Topic number {n}](https://example.org/{n})\n  - {line}\n"
        for n, line in enumerate(lines)
    )
    event = read(body)
    for talk in event.talks:
        for name in talk.speakers:
            assert any(name in line for line in lines)


LINKED = (
    "## Programme\n\n"
    "- `9:00-10:00` [Knots and braids](/event/knots/), __Ada Varga__, _EPFL Math_\n"
    "- `10:00-10:30` Meet the team\n"
    "- `10:30-11:30` [Tilings of the plane](/event/tilings/), __Omar Haddad__, _UBC CS_\n"
    "- `11:30-12:00` [Sums of squares](/event/squares/) __Lin Wei__, _KTH, Sweden_\n"
)


def test_the_person_after_a_titles_link_and_their_organisation() -> None:
    event = read(LINKED)
    assert talks(event) == [
        ("Knots and braids", ["Ada Varga"]),
        ("Tilings of the plane", ["Omar Haddad"]),
        ("Sums of squares", ["Lin Wei"]),
    ]
    # the department after the name is where they work, not a second speaker
    assert event.talks[2].affiliations == {"Omar Haddad": "UBC CS"}
    # no speaker and no link, among linked entries that give theirs: a slot of the day
    assert event.talks[1].kind == "break"
    assert "after the title's link" in event.talks[0].evidence["Ada Varga"]


def test_a_lone_link_entry_with_a_name_after_it_keeps_the_rule_of_one_line() -> None:
    # one entry is no repeated shape, but the link still bounds the title
    event = read("## Programme\n\n- 9:00 - 10:00 [Knots and braids](/k/), Ada Varga, EPFL\n")
    assert talks(event) == [("Knots and braids", ["Ada Varga"])]


def test_bold_items_with_a_nested_teacher_are_talks_when_siblings_agree() -> None:
    event = read(
        "### Mini courses\n\n"
        " * **Knots for everyone**\n   - _Ada Varga (Mathematics, Example University)_\n"
        " * **Tilings**\n   - _Omar Haddad (Example University)_\n"
        " * **Sums of squares**\n   - _Lin Wei (KTH, Sweden)_\n\n"
        "### Committee\n\n * Ivo Petrov _(Example University)_\n"
    )
    assert talks(event) == [
        ("Knots for everyone", ["Ada Varga"]),
        ("Tilings", ["Omar Haddad"]),
        ("Sums of squares", ["Lin Wei"]),
    ]
    assert event.talks[0].evidence[""].endswith(
        "bold or linked list item whose nested item is a speaker slot (as its siblings')")


def test_bold_items_with_nested_lines_that_name_nobody_are_no_talks() -> None:
    event = read(
        "### What to bring\n\n"
        " * **A laptop**\n   - _with Python 3.12 installed_\n"
        " * **Curiosity**\n   - _and questions_\n"
    )
    assert talks(event) == []


def test_bold_groups_of_people_outside_a_talks_section_are_no_talks() -> None:
    # the same shape as the mini courses, under a heading that says nothing of talks
    event = read(
        "## Team\n\n* **Core team**\n  - Ann Lee (Example University)\n"
        "* **Advisors**\n  - Bob Ray (Initech University)\n"
    )
    assert talks(event) == []


def test_an_item_nested_under_an_agenda_entry_is_never_a_talk_of_its_own() -> None:
    event = read(
        "## Schedule\n\n- 09:00 - 10:00 [Gluing data](https://example.org/1)\n"
        "  - Room A, Building Two\n"
        "- 10:00 - 11:00 [Cohomology](https://example.org/2)\n  - Room B, Building Two\n"
    )
    assert talks(event) == [("Gluing data", []), ("Cohomology", [])]
    assert "Room A, Building Two" in event.talks[0].abstract


def test_a_room_after_the_title_is_no_speaker() -> None:
    """``[Title](…), Main Hall, Building A`` says where, not who: no speaker card for
    "Building A" (or for "Main Hall" beside it); the author's text stays in the title."""
    schedule = (
        "## Schedule\n\n"
        "- 10:00 [Opening the toolbox](/talks/a/), Main Hall, Building A\n"
        "- 11:00 [Proof assistants today](/talks/b/), Ada Lovelace, Analytical Engines Ltd\n"
    )
    event = read(schedule)
    assert talks(event) == [
        ("Opening the toolbox, Main Hall, Building A", []),
        ("Proof assistants today", ["Ada Lovelace"]),
    ]
    assert [s.name for s in event.all_speakers()] == ["Ada Lovelace"]
    # a timed row naming no one that links no talk (lunch, read as a talk) is a guess:
    # the page is shown as written, and still names no room as a person
    lunch = read(schedule + "- 12:00 Lunch in the Lecture Room\n")
    assert talks(lunch) == [] and [p.subtype for p in lunch.problems] == ["programme"]
    assert lunch.all_speakers() == []


@given(st.sampled_from(["Building", "Room", "Auditorium", "Lab", "Library", "Campus"]),
       st.sampled_from(["A", "B", "North", "East", "Main"]))
@settings(max_examples=30, deadline=None)
def test_no_room_of_any_name_is_read_as_a_person(noun: str, which: str) -> None:
    for place in (f"{noun} {which}", f"{which} {noun}"):
        event = read(f"## Talks\n\n- 10:00 Tensors explained - {place}\n"
                     f"- 11:00 [Graphs](/g/), {place}, Example University\n")
        assert not event.all_speakers(), place
