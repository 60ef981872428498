"""Stop 39: shapes met on development pages, and the holes grids of shapes written for
the test found (non-persons in speaker slots, common programme shapes left unread). Pages
here are written for the test, never copied from a site.
"""

from __future__ import annotations

import pytest
from reader_support import fell_back, read, talks

from sphinx_meetup.reader import read_event

# ---------------------------------------------------- a table's ``Name - Title`` rows

#: a timetable of two columns, the second giving who, a dash, then what
_DASHED_TABLE = """## Agenda

| Hora | Atividade |
| ---- | --------- |
| 09:00 | Recepção-Coffee Break |
| 10:00 | Ann Example - Scaling Postgres in anger |
| 11:00 | Bob Sample - DevSecOps – A secure cycle |
| 12:00 | Almoço |
| 13:00 | Carl Other - Infra as Code on Arc |
"""


def test_rows_reading_name_dash_title_are_talks() -> None:
    event = read(_DASHED_TABLE, title="Example Day 2024")
    assert talks(event) == [("Scaling Postgres in anger", ["Ann Example"]),
                            ("DevSecOps – A secure cycle", ["Bob Sample"]),
                            ("Infra as Code on Arc", ["Carl Other"])]


def test_one_name_dash_row_alone_is_not_read_as_a_talk() -> None:
    # (``Ann Example - Acme Corp`` alone may be a person and their employer)
    page = _DASHED_TABLE.replace("Bob Sample - DevSecOps – A secure cycle", "Workshop")
    page = page.replace("Carl Other - Infra as Code on Arc", "Closing")
    assert ("Scaling Postgres in anger", ["Ann Example"]) not in talks(
        read(page, title="Example Day 2024"))


def test_a_table_with_a_speaker_column_keeps_its_columns() -> None:
    page = """| Time | Activity | Speaker |
| ---- | -------- | ------- |
| 10:00 | Ann Example - Scaling Postgres | Dan Host |
| 11:00 | Bob Sample - Rust in Anger | Dan Host |
"""
    event = read(page, title="Example Day 2024")
    assert fell_back(event) or all(speakers == ["Dan Host"] for _, speakers in talks(event))


# ------------------------------------------- a counted programme of front-matter speakers

_COUNTED = """---
title: 'Example Meetup #4'
date: 2024-05-02
speakers:
  - name: Ann Example
    bio: Ann shows her generative prints.
  - name: Bob Sample and Carl Other
    bio: The two of them built a VR car.
  - name: Dora Person
    bio: Dora on a decentralised web.
---
What to expect?

* {count} short talks to feed our brains
* hanging out
"""


@pytest.mark.parametrize("count", ["3", "three", "Three", "drei"])
def test_a_counted_programme_is_one_untitled_talk_an_entry(count: str) -> None:
    event = read_event(_COUNTED.format(count=count), source="meetup-4.md")
    assert talks(event) == [("", ["Ann Example"]), ("", ["Bob Sample and Carl Other"]),
                            ("", ["Dora Person"])]
    assert not [p for p in event.problems if p.subtype == "programme"]
    assert "counts" in event.talks[0].evidence[""]


@pytest.mark.parametrize("count", ["2", "four", "several"])
def test_a_count_unlike_the_speakers_makes_no_talk(count: str) -> None:
    event = read_event(_COUNTED.format(count=count), source="meetup-4.md")
    assert not talks(event)
    assert [p for p in event.problems if p.subtype == "programme"]


# --------------------------------------------------------- the group as the speaker

@pytest.mark.parametrize("group", ["SERG", "TacoJS", "NeuroTechHub"])
def test_the_group_in_the_speaker_key_gives_the_page_no_talk(group: str) -> None:
    event = read("We discuss the paper this week.", f"speaker: {group}\n",
                 title="Reading club: Toward Guidelines")
    assert not talks(event)


@pytest.mark.parametrize("person", ["DeShawn", "McKenzie", "DHH", "Ann Example", "李雷"])
def test_a_person_in_the_speaker_key_still_gives_the_page_its_talk(person: str) -> None:
    event = read("A talk on databases.", f"speaker: {person}\n",
                 title="Scaling Postgres in anger")
    assert talks(event) == [("Scaling Postgres in anger", [person])]


# ------------------------------------------------------------- warnings that say true

def test_an_issue_title_warning_names_speakers_only_when_there_are_some() -> None:
    body = ("## Talks\n\nJan Example, Acme, Senior developer\n\n"
            "Jan will talk about his mistakes in distributed systems.\n")
    bare = read(body, title="Meetup #4")
    message = next(p.message for p in bare.problems if p.subtype == "programme")
    assert not bare.speakers and "speakers are shown" not in message
    assert "shown as written" in message
    listed = read(body, "speakers:\n  - name: Jan Example\n", title="Meetup #4")
    message = next(p.message for p in listed.problems if p.subtype == "programme")
    assert listed.speakers and "speakers are shown without a talk" in message


# ----------------------------------------- a title cell's people need name knowledge

def _timetable(rows: list[str], header: tuple[str, str] | None) -> str:
    head = f"| {header[0]} | {header[1]} |\n| --- | --- |\n" if header else ""
    return "## Agenda\n\n" + head + "".join(
        f"| 1{at}:00 | {row} |\n" for at, row in enumerate(rows))


_HEADERS = [("Time", "Session"), ("Hora", "Atividade"), ("Zeit", "Programm"), None]


@pytest.mark.parametrize("header", _HEADERS)
def test_a_room_after_the_dash_is_no_speaker(header: tuple[str, str] | None) -> None:
    rows = ["Registration - Lobby", "Keynote - Main Hall", "Lunch - Cafeteria",
            "Lightning Talks - Room B"]
    event = read(_timetable(rows, header), title="Example Day 2024")
    assert not [speakers for _, speakers in talks(event) if speakers]


@pytest.mark.parametrize("header", _HEADERS)
def test_an_employer_after_the_dash_is_no_title(header: tuple[str, str] | None) -> None:
    rows = ["Doors open", "Ann Example - Acme Corp", "Bob Sample - Example University",
            "Pizza"]
    event = read(_timetable(rows, header), title="Example Day 2024")
    assert not [title for title, _ in talks(event) if title in {"Acme Corp",
                                                                 "Example University"}]


@pytest.mark.parametrize("header", _HEADERS)
def test_vouched_people_in_a_title_cell_are_read(header: tuple[str, str] | None) -> None:
    rows = ["Doors open", "Scaling Postgres (Ann Example)", "Rust in Anger - Bob Sample",
            "Pizza"]
    event = read(_timetable(rows, header), title="Example Day 2024")
    assert talks(event) == [("Scaling Postgres", ["Ann Example"]),
                            ("Rust in Anger", ["Bob Sample"])]


# ---------------------------------------------- people nothing knows as people

_ROOMS = "## Talks\n\n- Scaling Postgres in anger - {a}\n- Rust for the rest of us - {b}\n"


@pytest.mark.parametrize(("a", "b"), [("Main Hall", "Sala Azul"),
                                      ("Bring Laptop", "Free Entry")])
def test_two_people_nothing_knows_make_no_agenda(a: str, b: str) -> None:
    event = read(_ROOMS.format(a=a, b=b), title="May meetup")
    assert fell_back(event) and not talks(event)
    message = next(p.message for p in event.problems if p.subtype == "programme")
    assert a in message and "known as a person" in message


@pytest.mark.parametrize(("a", "b"), [("Ann Example", "Sala Azul"),
                                      ("Mirek Dvořák", "Bo Sample"), ("张伟", "Kai Xing")])
def test_one_known_person_vouches_for_the_reading(a: str, b: str) -> None:
    assert talks(read(_ROOMS.format(a=a, b=b), title="May meetup")) == [
        ("Scaling Postgres in anger", [a]), ("Rust for the rest of us", [b])]


def test_front_matter_people_vouch_for_the_reading() -> None:
    front = 'speakers:\n  - name: "Kai Xing"\n'
    event = read(_ROOMS.format(a="Kai Xing", b="Lior Tzur"), front, title="May meetup")
    assert talks(event) == [("Scaling Postgres in anger", ["Kai Xing"]),
                            ("Rust for the rest of us", ["Lior Tzur"])]


# ------------------------------------------------ more ways to write a programme

_WANT = [("Scaling Postgres in anger", ["Ann Example"]),
         ("Rust for the rest of us", ["Bob Sample"])]


def _two(line: str, head: str = "## Talks", sep: str = "\n") -> str:
    return head + "\n\n" + sep.join(
        line.format(t=title, w=who[0], n=at + 1) for at, (title, who) in enumerate(_WANT)) + "\n"


@pytest.mark.parametrize(("line", "sep"), [
    ("### Talk {n}\n\n**{t}** by {w}", "\n\n"),         # a marker, then a bold title's by
    ("- {t} (Speaker: {w})", "\n"),                      # a label inside the item
    ("- {t} (presenter: {w})", "\n"),
    ("- {t}, Referent: {w}", "\n"),
    ("- 19:{n}0–19:{n}5 · {t} · {w}", "\n"),             # spaced middle dots
    ("**{t}**\n\n{w}\n\nAbout it.", "\n\n"),             # a plain name under a bold title
    ("**{t}**  \n{w}, Acme Corp\n\nAbout it.", "\n\n"),
    ("**{t}**\n\n{w} (Senior Engineer at Acme)", "\n\n"),
])
def test_more_programme_shapes_are_read(line: str, sep: str) -> None:
    assert talks(read(_two(line, sep=sep), title="May meetup")) == _WANT


@pytest.mark.parametrize("line", [
    "**{t}**\n\nThanks to {w}\n\nAbout it.",              # not only a name
    "**{t}**\n\n{w}, our host\n\nAbout it.",              # no employer after the comma
])
def test_a_plain_line_that_is_not_only_who_names_no_one(line: str) -> None:
    assert not any(speakers for _, speakers in talks(read(_two(line, sep="\n\n"),
                                                          title="May meetup")))


def test_a_middle_dot_inside_a_name_is_no_separator() -> None:
    event = read("## 议程\n\n- 14:00 云原生网关实践 - 约翰·史密斯\n- 14:30 服务网格落地 - 李娜\n",
                 title="May meetup")
    assert talks(event) == [("云原生网关实践", ["约翰·史密斯"]), ("服务网格落地", ["李娜"])]


@pytest.mark.parametrize("key", ["topic", "subject", "thema", "议题"])
def test_a_programme_entry_may_title_itself_by_its_topic(key: str) -> None:
    front = ("title: May meetup\nagenda:\n"
             f"  - {key}: Scaling Postgres in anger\n    speaker: Ann Example\n"
             f"  - {key}: Rust for the rest of us\n    speaker: Bob Sample\n")
    event = read_event(f"---\n{front}---\nSee you there.\n", source="may.md")
    assert talks(event) == _WANT
    assert not [p for p in event.problems if "unknown key" in p.message]


@pytest.mark.parametrize("key", ["dateStart", "DateStart", "date_start", "startDate"])
def test_the_days_key_in_either_order(key: str) -> None:
    event = read_event(f"---\ntitle: May meetup\n{key}: '2024-03-14 19:00'\n---\nSee you.\n",
                       source="may.md")
    assert str(event.start)[:10] == "2024-03-14"


# ---------------------------------------------------- a page title's issue and day

#: the front matter of a page whose one speaker is Ann Example
_ANN = "speakers:\n  - name: Ann Example\n"

@pytest.mark.parametrize("title", ["Example Group Tokyo Vol. 5", "Example Group Vol.3",
                                   "Example Nights volume 12"])
def test_a_volume_closing_the_title_names_the_event(title: str) -> None:
    event = read("See you there.", _ANN, title=title)
    assert not talks(event)


@pytest.mark.parametrize(("title", "talk"), [
    ("Café com ADM (March 27 2020)", "Café com ADM"),
    ("Open Science Seminar (4 August 2020)", "Open Science Seminar"),
    ("Scaling Postgres (Part 2)", "Scaling Postgres (Part 2)"),
])
def test_a_day_in_a_closing_bracket_is_not_the_talks_title(title: str, talk: str) -> None:
    event = read("A talk on data.", _ANN, title=title)
    assert talks(event) == [(talk, ["Ann Example"])]


@pytest.mark.parametrize("line", ["Kdy: 14. 3. 2024 v 19:00", "Wann: 14. 3. 2024, 19 Uhr",
                                  "Datum: 14.3.2024"])
def test_a_day_written_with_spaced_dots_is_read(line: str) -> None:
    event = read(f"See you.\n\n{line}", title="May meetup", date="2024-03-07")
    assert str(event.start)[:10] == "2024-03-14"


# ------------------------------------------- a front-matter "speaker" that is no one

@pytest.mark.parametrize("value", [
    "Guest speaker", "Special guest", "Speakers TBD", "Speaker 1", "Name Surname",
    "Conference speakers", "Community members", "Acme team", "JP_Example members",
    "カンファレンススピーカー", "嘉宾待定", "講師未定", "Sprecher folgt", "Ponente por confirmar",
])
def test_a_role_placeholder_or_group_gets_no_card(value: str) -> None:
    event = read("A talk.", f'speakers:\n  - name: "{value}"\n  - name: Ann Example\n',
                 title="Scaling Postgres in anger")
    assert [s.name for s in event.speakers] == ["Ann Example"]
    assert talks(event) == [("Scaling Postgres in anger", ["Ann Example"])]


@pytest.mark.parametrize("value", ["Ann Guest", "Theo Speaker", "Special Guest Ann Example",
                                   "嘉宾 张伟", "Paulo José da Silva e Silva"])
def test_a_person_whose_name_holds_a_role_word_keeps_the_card(value: str) -> None:
    event = read("A talk.", f'speakers:\n  - name: "{value}"\n',
                 title="Scaling Postgres in anger")
    assert len(event.speakers) == 1
