"""Stop 33: front-matter fields prefixed with the page's kind (``event_speaker``), a bold
title closed by a bracket of front-matter people, and an evening's timed schedule that
names no one beside talks that name every front-matter speaker (dev94, unsealed). Pages
here are written for the test, never copied from a site.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event

TWO_TALKS = """---
title: "Ports and mutants"
date: 2025-02-01
event_date: 2025-03-06T18:30:00+01:00
event_type: talk
event_speaker:
  - Ann Example
  - Bo Sample
meetup_signup_url: https://www.example.org/events/1
---

The user group invites you to two talks.

## The talks

**Ports and Adapters: robust software (with interfaces)** (_Ann Example_)

Ann shows how a core stays free of its database.

**Mutation testing – why?** (Bo Sample):

Bo explains what a surviving mutant tells you.

## The programme

- 18:30 Doors open
- 19:00 Start of the talks

Networking afterwards.
"""


def test_prefixed_front_matter_fields_are_read() -> None:
    event = read_event(TWO_TALKS)
    assert [speaker.name for speaker in event.speakers] == ["Ann Example", "Bo Sample"]
    assert event.registration_url == "https://www.example.org/events/1"


def test_bold_titles_closed_by_front_matter_people_are_talks() -> None:
    event = read_event(TWO_TALKS)
    assert talks(event) == [
        ("Ports and Adapters: robust software (with interfaces)", ["Ann Example"]),
        ("Mutation testing – why?", ["Bo Sample"]),
    ]
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_the_evenings_schedule_beside_them_is_slots() -> None:
    event = read_event(TWO_TALKS)
    slots = [talk.title for talk in event.talks if talk.kind != "talk"]
    assert "Start of the talks" in " ".join(slots)


def test_a_plain_key_wins_over_a_prefixed_one() -> None:
    page = TWO_TALKS.replace("event_type: talk\n", "speaker: Cy Person\n")
    assert [speaker.name for speaker in read_event(page).speakers] == ["Cy Person"]


def test_a_prefix_keeps_keys_that_name_the_page_itself() -> None:
    """``event_type``, ``event_url``: the page's own kind and address, no field."""
    page = "---\ntitle: Night\ndate: 2021-04-01\nevent_url: https://www.example.org/x\n---\n"
    assert read_event(page).registration_url is None


def test_a_bracket_of_unknown_people_is_no_talk() -> None:
    """Without the front matter's people the bracket is no evidence (``(Part 2)``,
    ``(Remote)``, an author of a book): the paragraph stays prose."""
    page = TWO_TALKS.replace("event_speaker:\n  - Ann Example\n  - Bo Sample\n", "")
    assert talks(read_event(page)) == []


def test_a_schedule_is_no_slots_while_a_speaker_has_no_talk() -> None:
    """One front-matter speaker no talk names: the schedule's rows may be their talk,
    so they are not set aside as the evening's slots."""
    page = TWO_TALKS.replace("  - Bo Sample\n", "  - Bo Sample\n  - Cy Person\n")
    rows = {talk.title: talk.kind for talk in read_event(page).talks}
    assert rows.get("Start of the talks", "talk") == "talk"


BR_TABLE = """---
title: "Meetup Mai"
date: 2024-05-02
---

| Horario | Charla | Ponente |
|:-:|:-|:-|
| 19:00 | **Kubernetes sin dolor**<br>Una introducción práctica | Ana Ejemplo<br>_Empresa S.A._ |
| 19:45 | **Observabilidad con OpenTelemetry** | Bruno Muestra<br/>Carla Prueba |
| 20:30 | Cervezas | |
"""


def test_a_rule_row_of_one_dash_a_cell_opens_the_table() -> None:
    """GFM takes ``|:-:|:-|``: the header above it names the columns, no talk."""
    titles = [talk.title for talk in read_event(BR_TABLE).talks]
    assert "Horario" not in titles and "Charla" not in titles


def test_a_speaker_cell_of_lines_is_people_and_where_they_work() -> None:
    event = read_event(BR_TABLE)
    assert talks(event)[:2] == [
        ("Kubernetes sin dolor", ["Ana Ejemplo"]),
        ("Observabilidad con OpenTelemetry", ["Bruno Muestra", "Carla Prueba"]),
    ]
    assert "Empresa S.A" not in " ".join(speaker.name for speaker in event.speakers)


def test_a_bold_title_cell_keeps_its_subtitle_as_the_abstract() -> None:
    talk = read_event(BR_TABLE).talks[0]
    assert (talk.title, talk.abstract) == ("Kubernetes sin dolor", "Una introducción práctica")


def test_a_line_of_a_speaker_cell_that_is_no_name_is_never_a_person() -> None:
    """``Universidad de Chile`` reads as a name (capitalised words); set apart in
    emphasis it is where the person works, and a first line that is no name leaves the
    cell to the older reading."""
    page = BR_TABLE.replace("_Empresa S.A._", "*Universidad de Chile*")
    event = read_event(page)
    assert talks(event)[0] == ("Kubernetes sin dolor", ["Ana Ejemplo"])
    speaker = next(s for s in event.talks[0].speakers)
    assert speaker == "Ana Ejemplo"


_LINE = st.sampled_from(["Ann Example", "Bo Sample", "_Example Labs_", "*Universidad de Chile*",
                         "<em>Red Hat</em>", "Staff Engineer", "Google", "**Cy Person**"])


@settings(max_examples=80, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=4))
def test_no_line_set_apart_in_emphasis_becomes_a_speaker(lines: list[str]) -> None:
    """Under a person's name, a cell's lines in emphasis are never people."""
    cell = "<br>".join(["Ann Example", *lines])
    page = ("---\ntitle: Night\ndate: 2024-05-02\n---\n\n| Time | Talk | Speaker |\n"
            f"|-|-|-|\n| 19:00 | Queues at scale | {cell} |\n")
    said = {"Example Labs", "Universidad de Chile", "Red Hat", "Staff Engineer"}
    for talk in read_event(page).talks:
        assert not said & set(talk.speakers)


ORG_COLUMN = """---
title: Group meeting
date: 2024-05-02
---

| Time | Speaker | Affiliation | Title |
|---|---|---|---|
| 14:00 | Moderator | | Opening |
| 14:10 | Ann Example | ETH Zürich | Learning with graphs |
| 14:50 | Bo Sample | Example Labs | Causal inference in practice |
| 15:30 | All speakers | | Panel: what comes next |
"""


def test_an_affiliation_column_is_where_the_speaker_works() -> None:
    event = read_event(ORG_COLUMN)
    assert talks(event)[:2] == [("Learning with graphs", ["Ann Example"]),
                                ("Causal inference in practice", ["Bo Sample"])]
    assert [p for p in event.problems if p.subtype == "programme"] == []


def test_a_role_in_a_speaker_cell_is_nobody() -> None:
    """``Moderator``, ``All speakers``: the slot of a role, no card."""
    names = {name for talk in read_event(ORG_COLUMN).talks for name in talk.speakers}
    assert names == {"Ann Example", "Bo Sample"}


SERIES_TABLE = """---
title: Spring seminar
date: 2024-03-01
---

| Date | Speaker | Title |
|---|---|---|
| 2024-03-07 | Ann Example (MIT) | Learning with graphs |
| 2024-03-14 | Bo Sample (ETH) | Causal inference in practice |
"""


def test_a_table_of_dated_rows_weeks_apart_is_a_series_not_a_programme() -> None:
    """Each row another event's: no talk of this page, the table shown as written."""
    event = read_event(SERIES_TABLE)
    assert talks(event) == []
    assert "Learning with graphs" in event.body_rest


def test_the_days_of_one_event_are_its_programme() -> None:
    page = SERIES_TABLE.replace("2024-03-14", "2024-03-08")
    assert talks(read_event(page)) == [("Learning with graphs", ["Ann Example"]),
                                        ("Causal inference in practice", ["Bo Sample"])]


READING_GROUP = """---
title: Reading group
date: 2024-05-02
---

| # | Paper | Presenter |
|---|---|---|
| 1 | Attention Is All You Need | Ann |
| 2 | Deep Residual Learning | Bo |
"""


def test_a_column_its_header_calls_the_presenters_vouches_for_one_word_names() -> None:
    event = read_event(READING_GROUP)
    assert talks(event) == [("Attention Is All You Need", ["Ann"]),
                             ("Deep Residual Learning", ["Bo"])]
    assert "header" in event.talks[0].evidence["Ann"]


def test_a_one_word_label_in_a_presenter_column_is_still_no_one() -> None:
    page = READING_GROUP.replace("| Bo |", "| Topics |")
    names = {name for talk in read_event(page).talks for name in talk.speakers}
    assert "Topics" not in names


def test_a_chinese_research_groups_table() -> None:
    page = ("---\ntitle: 组会\ndate: 2024-05-02\n---\n\n| 汇报人 | 单位 | 论文 |\n|---|---|---|\n"
            "| 王小明 | 浙江大学 | Graph Neural Networks for Recommendation |\n"
            "| 陈静 | 清华大学 | Efficient LLM Inference |\n")
    assert talks(read_event(page)) == [
        ("Graph Neural Networks for Recommendation", ["王小明"]),
        ("Efficient LLM Inference", ["陈静"]),
    ]


def _talks_list(items: str, heading: str = "## Talks") -> list[tuple[str, list[str]]]:
    return talks(_read(f"{heading}\n\n{items}"))


def test_two_name_dash_title_items_under_a_talks_heading_are_its_programme() -> None:
    assert _talks_list("- John Smith — Intro to eBPF\n- Maria Garcia — WASM on the server\n") == [
        ("Intro to eBPF", ["John Smith"]), ("WASM on the server", ["Maria Garcia"])]


def test_two_such_items_elsewhere_are_not_enough() -> None:
    """Without the heading, three items must repeat the shape (a fact list of two
    ``Name - note`` lines is common)."""
    items = "- John Smith — Intro to eBPF\n- Maria Garcia — WASM on the server\n"
    assert _talks_list(items, heading="## Thanks") == []
    assert _talks_list(items, heading="") == []


def test_a_bracket_of_a_person_and_where_they_work_closes_a_talk_item() -> None:
    items = ("- Intro to eBPF (Ann Example, Example Corp)\n"
             "- WASM on the server (Bo Sample @ Sample Inc)\n")
    assert _talks_list(items) == [("Intro to eBPF", ["Ann Example"]),
                                  ("WASM on the server", ["Bo Sample"])]


def test_books_and_publishers_are_no_talks() -> None:
    items = ("- Clean Code (Robert Martin, Prentice Hall)\n"
             "- Refactoring (Martin Fowler, Addison-Wesley)\n")
    assert _talks_list(items, heading="## Books") == []


def _read(body: str) -> Event:
    """``body`` under the front matter of a night titled ``Meetup``."""
    return read(body, title="Meetup", date="2024-05-02")


def test_person_headings_over_a_bold_title_line_are_their_talks() -> None:
    event = _read("## Speakers\n\n### Ann Example\n\n**Intro to eBPF**\n\n"
                             "Abstract one.\n\n### Bo Sample\n\n\"WASM on the server\"\n\n"
                             "Abstract two.\n")
    assert talks(event) == [("Intro to eBPF", ["Ann Example"]),
                             ("WASM on the server", ["Bo Sample"])]
    assert [talk.abstract for talk in event.talks] == ["Abstract one.", "Abstract two."]


def test_person_headings_over_their_jobs_are_no_talks() -> None:
    event = _read("## Speakers\n\n### Ann Example\n\n**Staff Engineer at Example**"
                             "\n\nBio one.\n\n### Bo Sample\n\n**CTO, Sample Inc**\n\nBio two.\n")
    assert talks(event) == []


def test_presentations_and_demos_headings_name_the_talks() -> None:
    items = "1. Ann Example — Intro to eBPF\n1. Bo Sample — WASM on the server\n"
    for heading in ("## Presentations", "## Demos"):
        assert _talks_list(items, heading=heading) == [
            ("Intro to eBPF", ["Ann Example"]), ("WASM on the server", ["Bo Sample"])]


def test_timed_entries_closing_with_known_full_names_in_brackets() -> None:
    items = ("- 19:00 Intro to eBPF (Ann Example)\n- 19:30 WASM on the server (Bo Sample)\n"
             "- 20:00 A robot that waters plants (Cy Person)\n- 20:30 Drinks (Main Hall)\n")
    assert _talks_list(items, heading="## Agenda") == [
        ("Intro to eBPF", ["Ann Example"]), ("WASM on the server", ["Bo Sample"])]


def test_one_such_entry_is_not_enough() -> None:
    """``19:00 Welcome (Ann Example)`` alone: a bracket says many things."""
    items = "- 19:00 Intro to eBPF (Ann Example)\n- 19:30 Pizza (Main Hall)\n"
    assert _talks_list(items, heading="## Agenda") == []


def test_a_heading_that_is_only_a_known_given_names_full_name_is_a_card_not_a_talk() -> None:
    """``### John Smith`` over a line about him: his introduction, no talk titled by him."""
    event = _read("## Talks\n\n### Intro to eBPF\n\nSpeaker: Ann Example\n\n"
                             "## Speakers\n\n### John Smith\n\nJohn will open the evening.\n")
    assert talks(event) == [("Intro to eBPF", ["Ann Example"])]
    assert "John will open the evening." in event.body_rest


def test_titles_with_their_speakers_nested_one_level_deeper() -> None:
    items = ("- Intro to eBPF\n  - Ann Example\n- WASM on the server\n  - Bo Sample\n"
             "- A robot that waters plants\n  - John Smith\n")
    assert _talks_list(items, heading="") == [
        ("Intro to eBPF", ["Ann Example"]), ("WASM on the server", ["Bo Sample"]),
        ("A robot that waters plants", ["John Smith"])]


def test_groups_with_their_people_nested_are_no_programme() -> None:
    items = "- Sponsors\n  - Ann Example\n- Organisers\n  - John Smith\n"
    assert _talks_list(items, heading="") == []


def test_a_japanese_name_with_a_space_is_one_person() -> None:
    """``山田 太郎``: family name, given name - no card for 山田 working at 太郎."""
    page = ("---\ntitle: 勉強会\ndate: 2024-05-02\n---\n\n"
            "| 時間 | タイトル | 発表者 |\n|---|---|---|\n"
            "| 19:30 | Rustで作るWebサーバー | 山田 太郎 |\n| 20:00 | 型のはなし | 佐藤 さくら |\n")
    assert talks(read_event(page)) == [("Rustで作るWebサーバー", ["山田 太郎"]),
                                        ("型のはなし", ["佐藤 さくら"])]


def test_chinese_names_with_a_space_keep_their_reading() -> None:
    from sphinx_meetup.reader.names import split_names

    assert [(n.name, n.affiliation) for n in split_names("张伟 腾讯")] == [("张伟", "腾讯")]
    assert [(n.name, n.affiliation) for n in split_names("王芳 老师")] == [("王芳", "老师")]
    assert [n.name for n in split_names("张三 李四")] == ["张三", "李四"]


def test_a_page_titled_by_a_person_and_where_they_work_has_no_talk_of_that_title() -> None:
    """A Hugo Blox event page whose title is its speaker (a given name the reader does
    not know): no talk titled by the person, and no card on a guess."""
    page = ("---\ntitle: \"Xandor Quillby (University of Example)\"\nabstract: \"\"\n"
            "location: \"24.S01\"\ndate: 2024-11-14T00:00:00\ndate_end: 2024-11-14T00:00:00\n"
            "all_day: false\nevent: Statistics Seminar\nevent_url: \"\"\n"
            "publishDate: 2024-11-14T00:00:00\ndraft: false\nfeatured: false\n"
            "tags: [seminar]\nimage:\n  filename: \"seminar.png\"\n  focal_point: Smart\n"
            "  preview_only: false\n---\n")
    assert [talk.title for talk in read_event(page).talks] == []


def test_a_page_titled_by_a_call_to_come_is_no_talk_of_that_title() -> None:
    page = ("---\ntitle: 'May 2026 Meetup - Join Us!'\ndate: 2026-05-21\n---\n\n"
            "Our guest speaker Max Example will be presenting on two topics.\n")
    event = read_event(page)
    assert talks(event) == []
    assert [p for p in event.problems if p.subtype == "programme"]


def test_a_quoted_title_beside_its_speaker_titles_the_pages_one_talk() -> None:
    event = _read('This month Ann Example will present "Intro to eBPF".\n')
    assert talks(event) == [("Intro to eBPF", ["Ann Example"])]


def test_a_quoted_title_away_from_the_speaker_is_not_the_pages_talk() -> None:
    """Another paragraph quotes a talk (another seminar's): not this page's title."""
    event = _read(
        "Terry will be speaking at the colloquium tomorrow.\n"
        'The talk is on "The center problem."\n\n'
        "- ACGT continues on Tuesday. Ben Example will speak about graphs.\n")
    assert [talk.title for talk in event.talks] != ["The center problem"]


def test_a_bold_title_over_a_speaker_label_in_one_paragraph() -> None:
    event = _read("**Kubernetes sem dor**\nPalestrante: Ana Exemplo\n\n"
                             "**Rust para iniciantes**\nPalestrante: Bruno Amostra\n")
    assert talks(event) == [("Kubernetes sem dor", ["Ana Exemplo"]),
                             ("Rust para iniciantes", ["Bruno Amostra"])]


def test_german_and_french_quotes_wrapping_a_title_are_not_its_words() -> None:
    from sphinx_meetup.reader.headers import tidy_title

    assert tidy_title("„Kotlin in der Praxis“") == "Kotlin in der Praxis"
    assert tidy_title("« Kubernetes sans douleur »") == "Kubernetes sans douleur"
    assert tidy_title("„Ein „Zitat“ darin“") == "„Ein „Zitat“ darin“"


def test_a_title_over_its_speaker_in_one_paragraph() -> None:
    """No empty line between the title and who gives it: a label, ``by``, or the name
    set apart in emphasis."""
    for below in ("Speaker: {}", "by {}", "*{}*"):
        body = "".join(f"**{title}**\n{below.format(name)}\n\n" for title, name in (
            ("Intro to eBPF", "Ann Example"), ("WASM on the server", "John Smith")))
        assert talks(_read("## Talks\n\n" + body)) == [
            ("Intro to eBPF", ["Ann Example"]), ("WASM on the server", ["John Smith"])], below


def test_a_plain_title_over_a_speaker_label_under_a_talks_heading() -> None:
    body = "Intro to eBPF\nSpeaker: Ann Example\n\nWASM on the server\nSpeaker: Bo Sample\n"
    assert talks(_read("## Talks\n\n" + body)) == [
        ("Intro to eBPF", ["Ann Example"]), ("WASM on the server", ["Bo Sample"])]


def test_a_bold_job_over_a_by_line_is_no_talk() -> None:
    body = "**Staff Engineer at Example**\nby Ann Example\n"
    assert talks(_read(body)) == []


def test_the_title_and_the_body_naming_one_day_date_the_event_however_far() -> None:
    """A page copied from an older one keeps its date; its title and body agree."""
    import datetime as dt

    page = ("---\ntitle: Treffen am 2019-03-28\ndate: 2018-11-03T20:04:00+01:00\n---\n\n"
            "Unser nächstes Treffen wird am 2019-03-28 um 18:00 Uhr stattfinden.\n")
    start = read_event(page).start
    assert isinstance(start, dt.datetime) and start.date() == dt.date(2019, 3, 28)
    assert start.hour == 18


PROPOSED = """---
title: Meetup
date: 2024-05-02
---

## Agenda

* Talks on two topics by participants
* Have fun!

### Time and Venue

|           |                             |
| --------- | --------------------------- |
| **Time**  | January 25, 2020, 3pm - 5pm |
| **Venue** | Room 204                    |

## Proposed Talks

| Talk                                  | Proposed By |
| ------------------------------------- | ----------- |
| Google Big Query: Practical Use-cases | Jitendra    |
| Getting Started with Kubernetes       | Smriti      |
"""


def test_a_heading_of_fact_labels_is_no_talk_heading() -> None:
    """``### Time and Venue`` under ``## Agenda``: when and where, no talk."""
    event = read_event(PROPOSED)
    assert "Time and Venue" not in [talk.title for talk in event.talks]
    assert not [p for p in event.problems if "Time and Venue" in p.message]


def test_a_proposed_by_column_names_the_speakers_and_a_title_cell_stays_whole() -> None:
    assert talks(read_event(PROPOSED)) == [
        ("Google Big Query: Practical Use-cases", ["Jitendra"]),
        ("Getting Started with Kubernetes", ["Smriti"])]


def test_we_will_hear_from_names_the_one_talks_speaker() -> None:
    page = ("---\ntitle: \"Test automation is a sandwich\"\ndate: 2021-02-01\n---\n\n"
            "We'll hear from [Ann Example](https://example.org/ann) about a way to look at "
            "our tests:\n\nThe test pyramid is not the only model.\n")
    assert talks(read_event(page)) == [("Test automation is a sandwich", ["Ann Example"])]


def test_presented_by_closing_a_line_is_a_speaker_label_anywhere() -> None:
    body = ("Example Group - session 1: Unit Tests with SQLite – presented by Ann Example\n\n"
            "Abstract one.\n\n"
            "Example Group - session 2: Reactive Programming – presented by John Smith\n\n"
            "Abstract two.\n")
    assert talks(_read(body)) == [
        ("Unit Tests with SQLite", ["Ann Example"]), ("Reactive Programming", ["John Smith"])]


def test_a_plain_by_outside_a_talks_section_is_still_no_label() -> None:
    body = "Unit Tests with SQLite by Ann Example\n\nA book review.\n"
    assert talks(_read(body)) == []


def test_the_front_matters_lines_come_in_one_order_whatever_the_hash_seed() -> None:
    """Keys whose line is not found (TOML tables) were given theirs in a set's order:
    an event's ``repr`` differed between runs (seen by the speed work's identity checks)."""
    import os
    import subprocess
    import sys

    script = ("from sphinx_meetup.reader import read_event\n"
              "page = '+++\\ntitle = \"Night\"\\ndate = 2024-05-02\\n\\n[taxonomies]\\n"
              "tags = [\"a\"]\\n\\n[extra]\\nvenue = \"Hall\"\\n+++\\n\\nText.\\n'\n"
              "print(list(read_event(page).lines))\n")
    seen = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        seen.add(done.stdout)
    assert len(seen) == 1
