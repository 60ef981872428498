"""Stop 40: shapes grids of shapes written for the test found unread, and what must stay
unread beside them. Pages here are written for the test, never copied from a site.
"""

from __future__ import annotations

import pytest
from reader_support import breaks, fell_back, read, talks

from sphinx_meetup.reader.headers import tidy_title
from sphinx_meetup.reader.names import split_names

_PEOPLE = [("Ann Example", "Scaling Postgres in anger"),
           ("Bob Sample", "Rust for the rest of us"),
           ("Carl Other", "Typing Python at scale")]


def _page(heading: str, block: str) -> str:
    return heading + "\n\n" + "\n\n".join(
        block.format(who=who, title=title) for who, title in _PEOPLE) + "\n"


# ------------------------------------------------ a bold name over its talk's title

@pytest.mark.parametrize(("heading", "block"), [
    ("## Talks", "**{who}**  \n{title}"),
    ("## Talks", "**{who}**\n{title}"),
    ("## Talks", "**{who}** (Acme Corp)  \n{title}"),
    ("## Talks", "**{who}**  \n*{title}*"),
    ("## Speakers", '**{who}**  \n"{title}"'),
    ("## Speakers", "**{who}**  \n_{title}_"),
])
def test_a_bold_name_over_a_title_line_gives_the_talk(heading: str, block: str) -> None:
    event = read(_page(heading, block), title="May meetup")
    assert talks(event) == [(title, [who]) for who, title in _PEOPLE]


@pytest.mark.parametrize(("heading", "block"), [
    ("## Speakers", "**{who}**  \n{who} is a developer at Acme Corp. She likes databases."),
    ("## Speakers", "**{who}**  \nSenior engineer at Acme Corp"),
    ("## Speakers", "**{who}**  \n*Software Engineer at Acme*"),
    ("## Speakers", '**{who}**  \n"Loves databases."'),
    ("## Speakers", "**{who}**  \nWhat she builds at work"),  # plain: no talks section
    ("## Organisers", "**{who}**  \nCo-organiser"),
    ("## Hosts", "**{who}**  \n*Meetup host*"),
    ("## Sponsors", "**{who} Corp**  \nHosting and pizza"),
    ("## Talks", "**{who}**  \nAcme Corp"),
    ("## Talks", "**{who}**  \nCo-organiser"),
    ("## Talks", "**{who}**  \nStaff Software Engineer"),
    ("## Talks", "**{who}**  \nBerlin, Germany"),
    ("## Talks", "**{who}**  \nDelivery Hero"),
    ("## Talks", "**{who}**  \nWorks on compilers  \nat Acme since 2019"),
    ("## Talks", "**{who}**  \nacme.example.org"),
    ("## Talks", "**{who}**  \n@annexample"),
    ("## Talks", "**Acme Corp**  \nHosting the evening at its office"),
])
def test_a_bold_name_over_who_they_are_gives_no_talk(heading: str, block: str) -> None:
    assert talks(read(_page(heading, block), title="May meetup")) == []


def test_a_bold_name_needs_a_full_name_the_reader_knows() -> None:
    # (``Zorblax Quux`` may be a product as well as a person: no known given name leads it)
    page = "## Talks\n\n**Zorblax Quux**  \nScaling Postgres in anger\n"
    assert talks(read(page, title="May meetup")) == []


def test_a_front_matter_speaker_vouches_for_the_bold_name() -> None:
    page = "## Talks\n\n**Zorblax Quux**  \nScaling Postgres in anger\n"
    event = read(page, "speakers:\n  - Zorblax Quux\n", title="May meetup")
    assert talks(event) == [("Scaling Postgres in anger", ["Zorblax Quux"])]


# ------------------------------------------------ a timed entry, who gives it below

@pytest.mark.parametrize("entry", [
    "19:{n}0 - {title}  \n{who}",
    "19:{n}0 - 19:{n}5 {title}  \n{who}",
    "19:{n}0 - {title}  \n{who}, Acme Corp",
    "**19:{n}0** {title}  \n*{who}*",
    "19:{n}0 {title}  \nby {who}",
    "19:{n}0 - {title}\n\n{who}",
    "7.{n}0 - 7.{n}5 {title} [ENG]  \n{who}",
    "- 19:{n}0 {title}\n  - {who}",
])
def test_a_timed_entry_takes_who_the_line_below_names(entry: str) -> None:
    page = "## Agenda\n\n" + "\n\n".join(
        entry.format(who=who, title=title, n=n) for n, (who, title) in enumerate(_PEOPLE, 1))
    assert talks(read(page + "\n", title="May meetup")) == [
        (title, [who]) for who, title in _PEOPLE]


@pytest.mark.parametrize("below", [
    "Main Hall", "We look at how it works in practice.", "Beginner friendly",
    "Moderated by Ann Example", "Sponsored by Acme Corp"])
def test_a_timed_entry_over_no_one_names_no_speaker(below: str) -> None:
    page = "## Agenda\n\n" + "\n\n".join(
        f"19:{n}0 - {title}  \n{below}" for n, (_, title) in enumerate(_PEOPLE, 1))
    assert all(not speakers for _, speakers in talks(read(page + "\n", title="May meetup")))


@pytest.mark.parametrize("nested", ["Room 2, Building A", "Beginner friendly",
                                    "Berlin, Germany"])
def test_an_item_nested_under_a_timed_entry_names_no_place(nested: str) -> None:
    page = "## Agenda\n\n" + "\n".join(
        f"- 19:{n}0 {title}\n  - {nested}" for n, (_, title) in enumerate(_PEOPLE, 1))
    assert all(not speakers for _, speakers in talks(read(page + "\n", title="May meetup")))


@pytest.mark.parametrize("slot", [
    "19:00 - Doors open  \nwith Ann Example", "21:00 - Networking  \nAnn Example",
    "19:00 - Welcome  \nAnn Example"])
def test_a_host_under_a_slot_of_the_evening_gives_no_talk(slot: str) -> None:
    page = (f"## Agenda\n\n{slot}\n\n19:30 - Rust for the rest of us  \nBob Sample\n\n"
            "20:00 - Typing Python at scale  \nCarl Other\n")
    assert talks(read(page, title="May meetup")) == [
        ("Rust for the rest of us", ["Bob Sample"]),
        ("Typing Python at scale", ["Carl Other"])]


@pytest.mark.parametrize(("written", "title"), [
    ("Kubernetes, the CoreOS way [ENG]", "Kubernetes, the CoreOS way"),
    ("Orchestratori di container [ITA]", "Orchestratori di container"),
    ("Observability (EN)", "Observability"), ("Observability [PT/EN]", "Observability"),
    ("Careers in software (IT)", "Careers in software (IT)"),
    ("Release notes [1]", "Release notes [1]")])
def test_a_language_code_closing_a_title_is_no_part_of_it(written: str, title: str) -> None:
    assert tidy_title(written) == title


def test_a_nested_name_and_organisation_still_needs_its_siblings() -> None:
    # (:mod:`nested` reads ``Name, Organisation`` items only where siblings say so)
    page = ("## Schedule\n\n- 09:10 [Sheaves for beginners](https://example.org/t/1)\n"
            "  - Ann Example, Example Institute of Sheaves\n"
            "- 10:30 [Random walks](https://example.org/t/2)\n  - Bob Sample, ETH Zurich\n")
    assert all(not speakers for _, speakers in talks(read(page, title="May meetup")))


# ------------------------------------- a front-matter speaker written with their employer

@pytest.mark.parametrize(("value", "name", "employer"), [
    ("Acme Corp：Ann Example", "Ann Example", "Acme Corp"),
    ("Acme：山田太郎", "山田太郎", "Acme"),
    ("Acme Corp: Ann Example", "Ann Example", "Acme Corp"),
    ("Acme Corp - Ann Example", "Ann Example", "Acme Corp"),
    ("Ann Example / Acme Corp", "Ann Example", "Acme Corp"),
    ("Ann Example | Acme Corp", "Ann Example", "Acme Corp"),
    ("株式会社Acme 山田太郎", "山田太郎", "株式会社Acme"),
    ("Speaker: Ann Example", "Ann Example", None),
    ("Ann Example, DataMade", "Ann Example", "DataMade"),
])
@pytest.mark.parametrize("form", ["list", "text"])
def test_a_front_matter_speaker_beside_their_employer_is_one_person(
        value: str, name: str, employer: str | None, form: str) -> None:
    front = f'speakers:\n  - "{value}"\n' if form == "list" else f'speaker: "{value}"\n'
    event = read("A talk.", front, title="Scaling Postgres in anger")
    assert [(s.name, s.affiliation) for s in event.speakers] == [(name, employer)]


@pytest.mark.parametrize("value", [
    "Ann Example, Acme Corp", "Ann Example (Acme Corp)", "Ann Example @ Acme"])
def test_a_front_matter_speaker_as_text_with_an_employer_is_one_card(value: str) -> None:
    event = read("A talk.", f'speaker: "{value}"\n', title="Scaling Postgres in anger")
    assert [s.name for s in event.speakers] == ["Ann Example"]


@pytest.mark.parametrize("value", [
    "司会：山田太郎", "Rust Tokyo：Ann Example and Bob Sample", "Acme Corp: Acme Labs",
    "Ann Example / Bob Sample", "Zorblax Quux, DataMade"])
def test_two_parts_that_are_not_an_employer_and_a_person_stay_as_written(value: str) -> None:
    event = read("A talk.", f'speakers:\n  - "{value}"\n', title="Scaling Postgres in anger")
    assert all(s.affiliation is None for s in event.speakers)


# ------------------------------------------------ the page's own speakers section vouches

_AGENDA_WITH = """### Agenda

* **1:00 PM - 1:30 PM** - Welcome & Registration
* **1:30 PM - 2:30 PM** - Graph search with Zorblax Quux
* **2:45 PM - 3:45 PM** - Vector stores with Xyloph Brant
* **4:45 PM - 5:00 PM** - Q&A & Networking
"""
_SPEAKERS_SECTION = "\n".join([
    "", "### 🎤 Expert Speakers", "",
    "**Zorblax Quux** - Acme Corp  ", "*Topic: Graph search*  ",
    "Knowledge graphs in practice.", "",
    "**Xyloph Brant** - Example Labs  ", "*Topic: Vector stores*  ",
    "How to index a billion vectors.", ""])


def test_names_a_speakers_section_introduces_vouch_for_the_agenda() -> None:
    # (no given name the reader knows leads ``Zorblax Quux``: the page's own speakers
    # section says who speaks)
    event = read(_AGENDA_WITH + _SPEAKERS_SECTION, title="May meetup")
    assert talks(event) == [("Graph search", ["Zorblax Quux"]),
                            ("Vector stores", ["Xyloph Brant"])]


def test_without_its_speakers_section_the_agenda_stays_in_doubt() -> None:
    assert fell_back(read(_AGENDA_WITH, title="May meetup"))


@pytest.mark.parametrize("heading", ["### Sponsors", "### Organisers", "### Call for speakers"])
def test_other_sections_of_bold_names_vouch_for_no_one(heading: str) -> None:
    section = _SPEAKERS_SECTION.replace("### 🎤 Expert Speakers", heading)
    section = section.replace("*Topic: Graph search*  \n", "").replace(
        "*Topic: Vector stores*  \n", "")
    assert fell_back(read(_AGENDA_WITH + section, title="May meetup"))


def test_a_profile_line_under_a_japanese_speakers_heading_vouches() -> None:
    page = ("## 内容\n\n- 19:00 開場\n- 19:10 スマートシティの動向（小林巌生）\n"
            "- 19:40 アーバンデザイン（大林勇人）\n\n## 発表者プロフィール\n\n"
            "▽小林巌生（こばやし いわお）  \n情報アーキテクト。\n\n"
            "▽大林勇人（おおばやし はやと）  \nシニアマネージャー。\n")
    assert talks(read(page)) == [("スマートシティの動向", ["小林巌生"]),
                                 ("アーバンデザイン", ["大林勇人"])]


# ------------------------------------------------ numbered sessions of an unnamed schedule

_SESSIONS = """### Agenda

* **10:30 AM - 11:00 AM** - Welcome & Registration
* **11:00 AM - 12:00 PM** - Session 1: Agents in action
* **12:00 PM - 1:00 PM** - Session 2: The backbone of connected tools
* **1:00 PM - 1:30 PM** - Hands-on labs & live demos
* **1:30 PM - 2:00 PM** - Networking & Q&A
"""


def test_numbered_sessions_say_which_entries_of_an_unnamed_schedule_are_talks() -> None:
    event = read(_SESSIONS, title="May meetup")
    assert talks(event) == [("Agents in action", []),
                            ("The backbone of connected tools", [])]
    assert "Hands-on labs & live demos" in breaks(event)


def test_one_numbered_session_is_no_pattern() -> None:
    page = _SESSIONS.replace("Session 2: The backbone", "The backbone")
    assert fell_back(read(page, title="May meetup"))


# ------------------------------------------------ the organisers' slots are no talks

_TIMETABLE = """## タイムテーブル

| 時間 | 登壇者 | タイトル |
| --- | --- | --- |
| 09:30 | 実行委員会 | 開場 |
| 09:50 | 実行委員会 | 開会宣言 |
| 10:00 | 山田太郎 | Goの静的解析 |
| 10:40 | 鈴木花子 | サーバーレスの設計 |
| 16:30 | 実行委員会 | クロージング |
"""


def test_a_break_the_organisers_hold_is_no_talk() -> None:
    event = read(_TIMETABLE)
    assert talks(event) == [("Goの静的解析", ["山田太郎"]), ("サーバーレスの設計", ["鈴木花子"])]
    assert breaks(event) == ["開場", "開会宣言", "クロージング"]


@pytest.mark.parametrize("group", ["実行委員会", "運営スタッフ", "组委会"])
def test_the_organisers_as_a_front_matter_speaker_get_no_card(group: str) -> None:
    assert read("A talk.", f"speakers:\n  - {group}\n").speakers == []


# ------------------------------------------------ how to attend is no talk of the programme

@pytest.mark.parametrize("heading", [
    "Parking", "Code of conduct", "How to get there", "FAQ", "Accessibility", "Our hosts",
    "Call for speakers", "Join our Slack", "Tickets", "What to bring", "Newsletter",
    "Volunteers", "Wi-Fi", "Anfahrt", "Cómo llegar", "アクセス", "交通方式", "Livestream",
    "Thanks", "Next time", "Remote attendance", "Hybrid", "Fee", "Kosten", "Price",
    "Acme Corp", "Example GmbH"])
@pytest.mark.parametrize("below", ["Some text about it.", "Hosted by Carl Other.",
                                   "**Carl Other**, Acme Corp", "19:00 - 21:00"])
def test_a_heading_on_how_to_attend_among_talks_is_no_talk(heading: str, below: str) -> None:
    page = (f"## Program\n\n### Scaling Postgres in anger\n\nSpeaker: Ann Example\n\n"
            f"### {heading}\n\n{below}\n\n### Rust for the rest of us\n\nSpeaker: Bob Sample\n")
    assert talks(read(page, title="May meetup")) == [
        ("Scaling Postgres in anger", ["Ann Example"]), ("Rust for the rest of us", ["Bob Sample"])]


def test_a_talk_whose_title_opens_with_such_a_word_is_a_talk() -> None:
    page = ("## Program\n\n### Scaling Postgres in anger\n\nSpeaker: Ann Example\n\n"
            "### Accessibility in React apps\n\nSpeaker: Carl Other\n")
    assert talks(read(page, title="May meetup"))[1] == (
        "Accessibility in React apps", ["Carl Other"])


@pytest.mark.parametrize("slot", ["Raffle", "Door prizes", "Game night", "Afterparty",
                                  "Hallway track", "Job board", "Sorteo", "Tombola"])
def test_a_game_or_notice_heading_among_talks_is_a_slot(slot: str) -> None:
    page = (f"## Program\n\n### Scaling Postgres in anger\n\nSpeaker: Ann Example\n\n"
            f"### {slot}\n\nWe'll do it together.\n\n"
            "### Rust for the rest of us\n\nSpeaker: Bob Sample\n")
    event = read(page, title="May meetup")
    assert [title for title, _ in talks(event)] == [
        "Scaling Postgres in anger", "Rust for the rest of us"]


@pytest.mark.parametrize("title", ["Games in Rust", "Free time series tools", "Jobs to be done"])
def test_a_talk_that_mentions_such_a_word_stays_a_talk(title: str) -> None:
    page = (f"## Program\n\n### Scaling Postgres in anger\n\nSpeaker: Ann Example\n\n"
            f"### {title}\n\nSpeaker: Carl Other\n")
    assert (title, ["Carl Other"]) in talks(read(page, title="May meetup"))


# ------------------------------------------------ a track or a half of the day groups talks

@pytest.mark.parametrize("group", [
    "Track A", "Morning session", "Afternoon", "Workshops", "Main stage", "Room 2",
    "Part II", "Beginner track", "Hauptprogramm", "Sesión de la mañana", "午前の部", "上午场"])
@pytest.mark.parametrize("entry", ["- {title} - {who}", "#### {title}\n\nSpeaker: {who}",
                                   "**{title}**  \nby {who}"])
def test_a_heading_that_groups_the_programme_is_no_talk(group: str, entry: str) -> None:
    sep = "\n" if entry.startswith("-") else "\n\n"
    page = f"## Program\n\n### {group}\n\n" + sep.join(
        entry.format(title=title, who=who) for who, title in _PEOPLE[:2]) + "\n"
    assert talks(read(page, title="May meetup")) == [
        (title, [who]) for who, title in _PEOPLE[:2]]


def test_a_talk_titled_with_a_group_word_and_more_is_a_talk() -> None:
    page = ("## Program\n\n### Room for improvement in Postgres\n\nSpeaker: Ann Example\n\n"
            "### Rust for the rest of us\n\nSpeaker: Bob Sample\n")
    assert talks(read(page, title="May meetup"))[0] == (
        "Room for improvement in Postgres", ["Ann Example"])


# ------------------------------------------------ a talk's parts as headings of its level

@pytest.mark.parametrize("part", [
    "Zusammenfassung", "Résumé", "Resumo", "Sommario", "Biography", "Über den Referenten",
    "Sobre o palestrante", "Sobre el ponente", "À propos de l'intervenant", "Target audience",
    "Beschreibung", "Descripción", "概要"])
def test_a_part_of_a_talk_written_at_its_level_is_no_talk(part: str) -> None:
    page = ("## Talks\n\n### Scaling Postgres in anger\n\nSpeaker: Ann Example\n\n"
            f"### {part}\n\nSome words about it.\n\n"
            "### Rust for the rest of us\n\nSpeaker: Bob Sample\n\n"
            f"### {part}\n\nMore words.\n")
    assert talks(read(page, title="May meetup")) == [
        ("Scaling Postgres in anger", ["Ann Example"]), ("Rust for the rest of us", ["Bob Sample"])]


# ------------------------------------------------ one talk announced in a sentence

@pytest.mark.parametrize("sentence", [
    'This month Ann Example presents "Scaling Postgres in anger".',
    'Join us for "Scaling Postgres in anger", a talk by Ann Example.',
    "Présentation de « Scaling Postgres in anger » par Ann Example.",
    'Ann Example hablará sobre "Scaling Postgres in anger".',
    'Charla: "Scaling Postgres in anger", a cargo de Ann Example.',
    'Ann Example vai apresentar "Scaling Postgres in anger".',
    'Palestra "Scaling Postgres in anger" com Ann Example.',
    "Ann Example spricht über „Scaling Postgres in anger“.",
    "Vortrag „Scaling Postgres in anger“ von Ann Example.",
    'Ann Example ci parlerà di "Scaling Postgres in anger".',
    'Ann Example vertelt over "Scaling Postgres in anger".',
    "Our speaker Ann Example will present *Scaling Postgres in anger*.",
])
def test_a_sentence_announcing_the_one_talk_gives_it(sentence: str) -> None:
    event = read(f"Hello everyone!\n\n{sentence}\n\nSee you there.\n", title="May meetup")
    assert talks(event) == [("Scaling Postgres in anger", ["Ann Example"])]


def test_two_quoted_titles_of_two_sentences_give_no_one_talk() -> None:
    page = ('Vortrag „Scaling Postgres in anger“ von Ann Example.\n\n'
            'Next month: „Rust for the rest of us“ von Bob Sample.\n')
    assert ("Scaling Postgres in anger", ["Ann Example"]) not in talks(
        read(page, title="May meetup"))


@pytest.mark.parametrize("joined", ["Ann Example + Bob Sample", "Ann Example ve Bob Sample"])
def test_a_plus_and_the_turkish_ve_join_two_speakers(joined: str) -> None:
    page = (f"## Talks\n\n### Scaling Postgres in anger\n\nSpeakers: {joined}\n\n"
            "### Rust for the rest of us\n\nSpeaker: Carl Other\n")
    assert talks(read(page, title="May meetup"))[0] == (
        "Scaling Postgres in anger", ["Ann Example", "Bob Sample"])


@pytest.mark.parametrize("one", ["C++ Guru", "Ann Example ve arkadaşları"])
def test_a_plus_inside_a_word_or_ve_before_no_name_joins_no_one(one: str) -> None:
    assert [name.name for name in split_names(one)] == [one]


# ------------------------------------------------ a labelled day written day first, no year

@pytest.mark.parametrize(("line", "day"), [
    ("Termin: 14.03., 19 Uhr", "2024-03-14"), ("Date: 14/03, 7pm", "2024-03-14"),
    ("Wann: 3.4., 18:30", "2024-04-03")])
def test_a_labelled_day_without_its_year_is_the_events_day(line: str, day: str) -> None:
    event = read(f"See you.\n\n{line}\n", title="May meetup", date="2024-02-20")
    assert event.start is not None and str(event.start)[:10] == day


@pytest.mark.parametrize("line", ["Date: 03/04, 7pm", "Version: 1.2.3, 19 Uhr"])
def test_a_day_of_either_order_or_a_version_moves_no_day(line: str) -> None:
    event = read(f"See you.\n\n{line}\n", title="May meetup", date="2024-02-20")
    assert str(event.start)[:10] == "2024-02-20"


# ------------------------------------------------ a talk heading over its speaker's heading

_SUBHEADED = """#### Publishing Experiments for Strata
##### Ann Example - [Acme Games](https://example.org/)

From concept to finish, marketing and deployment.

#### Playtesting at the Multiplayer Evening
##### Bob Sample

Bob will talk about our community sharing locally made games.
"""


def test_a_heading_over_a_persons_sub_heading_is_that_persons_talk() -> None:
    assert talks(read(_SUBHEADED, title="Games night")) == [
        ("Publishing Experiments for Strata", ["Ann Example"]),
        ("Playtesting at the Multiplayer Evening", ["Bob Sample"])]


def test_one_heading_over_a_name_is_no_pattern() -> None:
    one = _SUBHEADED.split("#### Playtesting")[0]
    assert ("Publishing Experiments for Strata", ["Ann Example"]) not in talks(
        read(one, title="Games night"))


def test_sub_headings_that_only_look_like_names_are_no_speakers() -> None:
    page = ("## Technical Deep Dive\n### Next-Generation Hardware\n\nText.\n\n"
            "## Ethical Considerations\n### Informed Consent\n\nText.\n")
    assert talks(read(page, title="Neural interfaces")) == []


# ------------------------------------------------ the post's byline is its writer's

_REPORT = """# CSS Grid Layout + Webpack Tooling
von [Ann Example](https://example.org/ann)

Volles Haus, spannende Talks und entspanntes Networking.
"""


def test_a_byline_naming_the_front_matters_author_is_no_talk() -> None:
    event = read(_REPORT, "author: Ann Example\n", title="CSS Grid Layout + Webpack Tooling")
    assert talks(event) == []


def test_a_by_line_under_a_talks_own_title_is_still_its_speaker() -> None:
    event = read(_REPORT.replace("# CSS Grid Layout + Webpack Tooling", "# Grid in practice"),
                 "author: Bob Sample\n", title="CSS Grid Layout + Webpack Tooling")
    assert talks(event) == [("Grid in practice", ["Ann Example"])]


# ------------------------------------------------ a talks list with abstracts, then bios

_CHARLAS = """Charlas:

- Dinámicas de aprendizaje (José Canfrán): Sobre las dinámicas que compaginamos.

- UX en equipos de desarrollo (Eva M. Pérez): Eva dará un repaso a cómo integran UX.

- Clean Code (Julio Ripoll Moreno): Los procesos y herramientas que utilizamos.

BIOS:

- José Canfrán: Desarrollador software, mis herramientas van desde Groovy hasta Pharo.

- Eva M. Pérez: UX designer con 10 años de experiencia.
"""


def test_bracketed_speakers_before_an_abstract_are_read_and_the_abstract_kept() -> None:
    event = read(_CHARLAS, title="OSOCO visita")
    assert talks(event) == [("Dinámicas de aprendizaje", ["José Canfrán"]),
                            ("UX en equipos de desarrollo", ["Eva M. Pérez"]),
                            ("Clean Code", ["Julio Ripoll Moreno"])]
    assert event.talks[0].abstract == "Sobre las dinámicas que compaginamos."
    assert "UX designer con 10 años" in (event.body_rest or "")


def test_a_bios_list_holds_no_talk() -> None:
    bios = _CHARLAS.split("BIOS:")[1]
    assert talks(read("Our guests.\n\nBIOS:" + bios, title="OSOCO visita")) == []


@pytest.mark.parametrize("slot", ["Name : Topic", "Speaker - Title", "Title: Speaker"])
def test_a_templates_slot_left_as_written_is_no_talk(slot: str) -> None:
    page = (f"## Lightning talks\n\n### Scaling Postgres in anger -- Ann Example\n\nText.\n\n"
            f"### {slot}\n\nText.\n")
    assert slot not in [title for title, _ in talks(read(page, title="May meetup"))]


# ------------------------------------------------ "save the date" opening the page

@pytest.mark.parametrize("opening", [
    "Save the date: das nächste Meetup findet am Donnerstag, den `23. Juli` um `19:00 Uhr` statt.",
    "Save the date: our next meetup is on Thursday, July 23 at 7pm."])
def test_the_next_meetup_the_page_opens_with_is_its_own_day(opening: str) -> None:
    event = read(f"{opening}\n\n# Talks\n\nMore below.\n", title="July meetup",
                 date="2015-06-27")
    assert str(event.start)[:10] == "2015-07-23"


def test_the_next_meetup_a_recap_closes_with_is_another_events_day() -> None:
    page = ("What a night we had.\n\n# Talks\n\nMore below.\n\n"
            "Save the date: das nächste Meetup findet am Donnerstag, den 23. Juli statt.\n")
    assert str(read(page, title="June recap", date="2015-06-27").start)[:10] == "2015-06-27"


# ------------------------------------------------ the author who writes "in this talk I will"

@pytest.mark.parametrize("author", ["ann-example", "Ann Example"])
def test_an_author_speaking_of_their_talk_in_the_first_person_gives_it(author: str) -> None:
    body = ("Building C code is frequent. In this tutorial I will introduce you to CMake, "
            "a meta build system.\n")
    event = read(body, f"author: {author}\n", title="CMake - Get your build on!")
    assert talks(event) == [("CMake - Get your build on!", ["Ann Example"])]


def test_an_author_writing_about_someone_elses_talk_is_no_speaker() -> None:
    body = "Last week Bob Sample showed us CMake. It was great.\n"
    event = read(body, "author: ann-example\n", title="CMake - Get your build on!")
    assert all("Ann Example" not in speakers for _, speakers in talks(event))
