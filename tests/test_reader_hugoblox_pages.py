"""Hugo Blox pages the team wrote: whether the page is a talk or the event, and when
its ``authors`` (the page's writers) are speakers. Issue 18: an author is a speaker
only with evidence."""

from __future__ import annotations

from pathlib import Path

from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_file


def bundle(tmp_path: Path, front: str, body: str = "") -> Event:
    content = tmp_path / "site" / "content"
    profile = content / "authors" / "kim"
    profile.mkdir(parents=True)
    (profile / "_index.md").write_text("---\ntitle: Dana Kim\nrole: Professor\n---\n", "utf-8")
    page = content / "event" / "one" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text(f"---\n{front}authors: [kim]\ndate: 2024-04-02\n---\n\n{body}", "utf-8")
    return read_file(page, project=tmp_path / "site")


def test_an_event_page_without_a_programme_makes_no_talk_of_its_authors(tmp_path) -> None:
    event = bundle(tmp_path, "title: Summer school on sheaves\nevent:\n",
                   "A week of lectures in the mountains.\n")
    assert event.talks == []
    assert event.speakers == []


def test_a_talk_page_is_its_authors_talk(tmp_path) -> None:
    # `event` names the series: the page is one talk of it
    event = bundle(tmp_path, "title: Sheaves in practice\nevent: Friday Seminar\n")
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Sheaves in practice", ["Dana Kim"])]


def test_a_page_whose_body_gives_a_programme_is_the_event(tmp_path) -> None:
    event = bundle(
        tmp_path, "title: Kick-off day\nevent: Sheaves network\n",
        "## Programme\n\n- 9:00 - 10:00 Gluing data - Ann Lee (Example University)\n"
        "- 10:00 - 11:00 Cohomology by hand - Bob Ray (Example Lab)\n",
    )
    assert [t.title for t in event.talks] == ["Gluing data", "Cohomology by hand"]
    assert event.speakers == []  # the writer, named by no talk


def test_an_author_the_programme_names_stays_a_speaker(tmp_path) -> None:
    event = bundle(
        tmp_path, "title: Kick-off day\nevent: Sheaves network\n",
        "## Programme\n\n- 9:00 - 10:00 Gluing data - Dana Kim (Example University)\n"
        "- 10:00 - 11:00 Cohomology by hand - Bob Ray (Example Lab)\n",
    )
    assert [s.name for s in event.speakers] == ["Dana Kim"]
    assert event.speakers[0].designation == "Professor"


def test_agenda_entries_linking_to_abstracts_are_those_talks(tmp_path) -> None:
    event = bundle(
        tmp_path, "title: Sheaves retreat\nevent: Sheaves retreat\n",
        "## Schedule\n"
        "  * **9:30 - 10:30**: [Ann Lee](#gluing-data-in-practice) + Q/A\n"
        "  * **10:30 - 11:00**: _Coffee_\n"
        "  * **11:00 - 12:00**: **Keynote**: [Bob\n    Ray](#cohomology-by-hand)\n"
        "  * **12:00 - 1:00**: Cleo Park and [Dev\n    Rao](#spectral-sequences) + Q/A\n\n"
        "## Abstracts\n\n"
        '{{< abstract title="Cohomology by hand" author="Bob Ray" >}}\nBy hand.\n'
        "{{< /abstract >}}\n\n"
        '{{< abstract title="Gluing data in practice" author="Ann Lee" >}}\nGlue.\n'
        "{{< /abstract >}}\n\n"
        '{{< abstract title="Spectral sequences" author="Dev Rao" >}}\nPages.\n'
        "{{< /abstract >}}\n",
    )
    talks = [(t.title, t.speakers, t.start.hour if t.start else None)
             for t in event.talks if t.kind == "talk"]
    # in the agenda's order, with its times; the abstract gives the title
    assert talks == [
        ("Gluing data in practice", ["Ann Lee"], 9),
        ("Cohomology by hand", ["Bob Ray"], 11),
        ("Spectral sequences", ["Dev Rao", "Cleo Park"], 12),
    ]
    assert not [p for p in event.problems if p.subtype == "programme"]
    assert "named beside the link" in event.talks[-1].evidence["Cleo Park"]
