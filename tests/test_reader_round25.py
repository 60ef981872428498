"""Rules written at stop 25: the day a page's title names. Pages written for the test,
never copied from a site."""

from __future__ import annotations

import datetime as dt
from functools import partial

from reader_support import read

from sphinx_meetup.reader import read_event

#: a page of the evening around a test's body
evening = partial(read, title="Evening", date="2031-05-20")


def day_of(text: str) -> dt.date | None:
    start = read_event(text).start
    return start.date() if isinstance(start, dt.datetime) else start


def test_a_day_in_the_title_wins_over_the_posting_stamp() -> None:
    page = ('---\ntitle: "2031/05/22 Hacking Night at the Library"\n'
            "date: 2031-05-20 18:38:00 +0800\n---\nTime: usually 19:00-22:00\n")
    event = read_event(page)
    assert event.start == dt.datetime(2031, 5, 22, 19, 0, tzinfo=event.start.tzinfo)
    assert day_of('---\ntitle: "Meetup du 12 Mars 2031 chez Example"\ndate: 2031-03-01\n'
                  "---\nRendez-vous à 19h.\n") == dt.date(2031, 3, 12)


def test_the_title_day_takes_the_hours_of_its_own_line() -> None:
    # two lines for one evening in two zones: the title's day is the first line's
    page = ("# Monthly Meetup 2031-01-26\n\n## When\n\n"
            "- 2031年01月26日 周日上午 10:00 - 12:00 北京时间\n"
            "- 2031年01月25日 周六晚上 18:00 - 20:00 PST/PDT\n")
    event = read_event(page)
    assert (event.start, event.end) == (dt.datetime(2031, 1, 26, 10, 0),
                                        dt.datetime(2031, 1, 26, 12, 0))


def test_a_title_day_does_not_move_the_events_own_day_nor_far() -> None:
    # a key naming the event's own day stands
    assert day_of('---\ntitle: "Notes of 2031-05-22"\nevent_date: 2031-05-29\n---\n'
                  "Hello.\n") == dt.date(2031, 5, 29)
    # a title year without its day, or a day a year away from the page's, moves nothing
    assert day_of('---\ntitle: "PyDay 2031"\ndate: 2031-05-20\n---\nHi.\n') == dt.date(
        2031, 5, 20)
    assert day_of('---\ntitle: "Looking back at 2030-01-10"\ndate: 2031-05-20\n---\n'
                  "Hi.\n") == dt.date(2031, 5, 20)


def test_talk_headings_none_of_which_names_anyone_are_no_programme() -> None:
    body = "## Talks\n\n### Queues in practice\n\nWhat we learned.\n\n### Parsing logs\n\nMore.\n"
    event = evening(body)
    assert event.talks == []
    assert [p.subtype for p in event.problems] == ["programme"]
    assert "### Parsing logs" in event.body_rest  # shown as written
    # one sibling naming its speaker makes the headings a programme's
    named = body.replace("What we learned.", "Speaker: Ann Example")
    event = evening(named)
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Queues in practice", ["Ann Example"]), ("Parsing logs", [])]


def test_a_handle_after_a_name_is_an_alias_not_an_employer() -> None:
    from sphinx_meetup.reader.names import parse_name

    assert parse_name("Ann Example @annex").name == "Ann Example"
    assert parse_name("Ann Example @annex").aliases == ["@annex"]
    bracketed = parse_name("Ann Example (@annex)")
    assert (bracketed.aliases, bracketed.affiliation) == (["@annex"], None)
    assert parse_name("@annex").name == "@annex"  # a handle alone stays what it is


def test_a_participle_before_by_is_no_part_of_the_title() -> None:
    from sphinx_meetup.reader.headers import by_tail

    for line in ("Queues in practice présenté par Ann Example",
                 "Queues in practice presentado por Ann Example"):
        title, names = by_tail(line, frozenset(), latin=True) or ("", [])
        assert (title, [n.name for n in names]) == ("Queues in practice", ["Ann Example"])



def test_a_short_list_every_item_of_which_ends_with_by_full_names() -> None:
    body = ("- [Queues in practice](https://slides.example/q) par Ann Example @annex\n"
            "- Parsing logs par Bo Lind et Cy Dee (@cydee)\n")
    event = evening(body, title="Evening #12")
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Queues in practice", ["Ann Example"]), ("Parsing logs", ["Bo Lind", "Cy Dee"])]
    # one item of two that names no one by: no shape repeated, nothing read
    half = body.replace(" par Bo Lind et Cy Dee (@cydee)", "")
    assert evening(half).talks == []


def test_a_contact_or_attendee_list_is_no_programme() -> None:
    for heading in ("Contact Info", "Teilnehmer", "Participantes"):
        body = (f"## {heading}\n\n- Ann Example : Queues in practice\n"
                "- Bo Lind : Parsing logs for fun\n")
        assert evening(body).talks == [], heading


def test_a_heading_that_only_labels_a_fact_is_no_talk() -> None:
    body = ("## Talks\n\n### Queues in practice\n\nSpeaker: Ann Example\n\n"
            "### 場所\n\nExample Cafe 2F (North 8 West 5)\n")
    event = evening(body)
    assert "場所" not in [talk.title for talk in event.talks]


def test_a_title_without_a_word_is_no_talk() -> None:
    body = ("Call us:\n\n- Ann Example: 090-1234-5678\n- Bo Lind: 080-8765-4321\n"
            "- Cy Dee: 070-1111-2222\n")
    event = evening(body)
    assert [t.title for t in event.talks if t.kind == "talk"] == []


def test_a_liquid_render_of_a_player_is_the_recording() -> None:
    for tag in ('{% render "youtube", youtube_id: "AbCdEfGh123" %}',
                "{% render 'YouTube', id: 'AbCdEfGh123' %}"):
        event = evening(f"Talks.\n\n{tag}\n")
        assert event.replays == ["https://www.youtube.com/watch?v=AbCdEfGh123"], tag
    # a channel's link rendered by the same template is no recording
    assert evening("{% render 'YouTube', user: 'examplechannel' %}\n").replays == []


def test_a_line_whose_both_sides_read_as_names_is_not_guessed() -> None:
    from sphinx_meetup.reader.headers import split_title_names

    # ``Name - Title`` read as ``Title - Name`` gave a speaker card to "Low Code Tools"
    assert split_title_names("Ann Example - Low Code Tools", frozenset(), latin=True) is None
    assert split_title_names("Queues in practice - Ann Example", frozenset(),
                             latin=True) is not None



def test_sibling_lines_that_all_open_with_a_full_name_and_a_dash() -> None:
    body = ("![](poster.png)\n\nAnn Example - Grafana for beginners\n\n"
            "Bo Lind - La clase de arquitectura que no tuviste en la escuela\n\n"
            "{% render 'youtube', id: 'AbCdEfGh123' %}\n")
    event = evening(body)
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Grafana for beginners", ["Ann Example"]),
        ("La clase de arquitectura que no tuviste en la escuela", ["Bo Lind"])]
    # one such line alone, a term defined in lower case, a job, a kind of session: no one
    for lines in (["Ann Example - Grafana for beginners"],
                  ["Object Detection - finding the boundaries", "Image Labels - naming them"],
                  ["Ann Example - Product Designer at Example", "Bo Lind - Grafana for all"],
                  ["Lightning Talks - Part 1", "Bo Lind - Grafana for all"]):
        assert evening("\n\n".join(lines) + "\n").talks == [], lines


def test_talk_headings_that_each_open_with_a_person_alone() -> None:
    body = ("## Talks\n\n### Queues in practice\n\n* Ann Example\n\nLevel 100\n\n"
            "What we learned.\n\n### Parsing logs\n\n* Bo Lind\n\nMore.\n")
    event = evening(body)
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Queues in practice", ["Ann Example"]), ("Parsing logs", ["Bo Lind"])]
    assert event.talks[0].abstract.startswith("Level 100")  # the name line is the slot
    # one heading of two that does not open with a person: no shared shape, no names
    other = body.replace("* Bo Lind\n\n", "")
    assert all(not t.speakers for t in evening(other).talks)
    # a line that opens with "by" is the by-line reading's, not a lone name
    par = body.replace("* Ann Example", "Par Ann Example").replace("* Bo Lind", "Par Bo Lind")
    assert [t.speakers for t in evening(par).talks] == [["Ann Example"], ["Bo Lind"]]



def test_an_agenda_tables_row_repeated_by_a_talks_section_is_one_talk() -> None:
    body = ("# Agenda\n\n| Time | Activity |\n|----|----|\n| 6:00pm | Food and drinks |\n"
            "| 6:30pm | **Ann Example**: Queues in practice [Level 100] |\n"
            "| 7:00pm | **Bo Lind**: Parsing logs [Level 200] |\n"
            "| 7:30pm | Marketplace (Who's Hiring) |\n\n"
            "## Queues in practice\n\n* Ann Example\n\nWhat we learned.\n\n"
            "## Parsing logs\n\n* Bo Lind\n\nMore.\n")
    event = evening(body)
    talks = [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]
    assert talks == [("Queues in practice", ["Ann Example"]), ("Parsing logs", ["Bo Lind"])]
    assert event.talks[1].abstract == "What we learned."
    assert [p.subtype for p in event.problems] == []


def test_a_jbake_header_is_the_front_matter() -> None:
    page = ("title=O segundo encontro\ndate=2031-04-01\ntype=post\ntags=blog, java\n"
            "status=published\n~~~~~~\n\nOla a todos.\n")
    event = read_event(page)
    assert (event.title, event.start) == ("O segundo encontro", dt.date(2031, 4, 1))
    assert "~~~~~~" not in event.body_rest and "Ola a todos." in event.body_rest
    # a line of tildes further down a page with no such header is the body's own
    plain = read_event("Hello there.\n~~~~~~\n\nMore.\n")
    assert plain.title in (None, "") and "Hello there." in plain.body_rest


def test_a_galician_day_in_prose() -> None:
    # ``o martes 25 de abril``: the article, weekday and month of Galician
    page = ("---\ntitle: Segundo encontro\ndate: 2023-04-01\n---\n\n"
            "O encontro farase no coworking ás 19:30 o martes 25 de Abril.\n")
    assert day_of(page) == dt.date(2023, 4, 25)
    page = page.replace("o martes 25 de Abril", "o xoves 6 de Xullo").replace(
        "2023-04-01", "2023-06-20")
    assert day_of(page) == dt.date(2023, 7, 6)


def test_a_name_holding_a_replay_word_is_no_recording_link() -> None:
    body = ('- "Scala" por [@ann](https://social.example/ann) de '
            "[Teltek Video Research](http://teltek.example). Unha charla.\n")
    assert evening(body).replays == []
    watch = "[Watch The Video](https://media.example/v/123)\n"
    assert evening(watch).replays == ["https://media.example/v/123"]


def test_nikola_metadata_is_the_front_matter() -> None:
    page = (".. title: Stammtisch 0x01 2031-01-14\n.. slug: stammtisch-0x01\n"
            ".. date: 2030-12-20 16:22:42 UTC+01:00\n.. tags: bsd, show and tell\n"
            ".. link: \n\n## Next meeting\nTuesday, 2031-01-14, 19:00 (CET)\n")
    event = read_event(page)
    assert event.title == "Stammtisch 0x01 2031-01-14"
    assert event.start is not None and event.start.date() == dt.date(2031, 1, 14)
    assert "## Next meeting" in event.body_rest and ".. slug" not in event.body_rest



def test_the_time_of_an_event_map_is_the_events_day() -> None:
    page = ("---\ntitle: 'meet.js #29'\nevent:\n  time: 2031-01-24 17:00:00\n"
            "  place:\n    name: Example Hall\ndate: 2031-01-10 10:51:02\n---\n\nHello.\n")
    assert day_of(page) == dt.date(2031, 1, 24)
    # a clock alone in the map is no day: the page's date stands
    clock = page.replace("time: 2031-01-24 17:00:00", "time: '17:00'")
    assert day_of(clock) == dt.date(2031, 1, 10)


def test_a_title_saying_the_evening_holds_several_talks_is_no_one_talk() -> None:
    for title in ("2. Bunter Abend mit 3 Vorträgen", "Soirée avec deux présentations",
                  "Night of three talks"):
        page = (f"---\ntitle: '{title}'\ndate: 2031-05-20\nspeakers:\n  - Ann Example\n"
                "  - Bo Lind\n  - Cy Dee\n---\n\nWe meet at the library.\n")
        event = read_event(page)
        assert [t.title for t in event.talks] == [], title
        assert [p.subtype for p in event.problems] == ["programme"], title


def test_a_wiki_link_around_a_name_is_the_name() -> None:
    from sphinx_meetup.reader.names import clean

    assert clean("[[Ann Example]]") == "Ann Example"
    assert clean("[[Ann Example|Ann]]") == "Ann Example"
    page = ('---\ntitle: "Privacy in libraries"\ndate: 2031-05-20\nspeakers:\n'
            '  - "[[Ann Example]]"\n---\n\nA talk.\n')
    assert [s.name for s in read_event(page).speakers] == ["Ann Example"]


def test_a_name_numbered_with_a_hash_before_a_dash_is_the_series() -> None:
    from sphinx_meetup.reader.titled import without_series

    assert without_series("Hacknight #250 – Radio in the Library") == "Radio in the Library"
    # a language's name holding ``#`` is no series number
    assert without_series("C# 10 – What is new") == "C# 10 – What is new"



def test_a_cura_di_is_the_italian_by() -> None:
    body = ('**Programma:**\n\n- 09:30 "Introduzione a Scala", a cura di Ann Example\n'
            '- 11:00 "Pagine web veloci", a cura di Bo Lind\n- 12:30 Pranzo\n')
    event = evening(body)
    assert [(t.title, t.speakers) for t in event.talks if t.kind == "talk"] == [
        ("Introduzione a Scala", ["Ann Example"]), ("Pagine web veloci", ["Bo Lind"])]


def test_numbered_speaker_keys_are_one_list_of_speakers() -> None:
    page = ("---\ntitle: February Meetup\ndate: 2031-02-02\nspeaker1:\n  name: Ann Example\n"
            "  presentation_title: Fail less, validate faster\nspeaker2:\n"
            "  name: Bo Lind\n  presentation_title: Open data in the city\nspeaker3:\n"
            "  name: ''\n  presentation_title: ''\n---\n\nJoin us.\n")
    event = read_event(page)
    assert [s.name for s in event.speakers] == ["Ann Example", "Bo Lind"]
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Fail less, validate faster", ["Ann Example"]),
        ("Open data in the city", ["Bo Lind"])]
    flat = "---\ntitle: Night\nspeaker: Ann Example\nspeaker2: Bo Lind\n---\n\nHi.\n"
    assert [s.name for s in read_event(flat).speakers] == ["Ann Example", "Bo Lind"]


def test_various_people_is_nobody_named() -> None:
    for word in ("Verschiedene", "various", "Varios"):
        page = f"---\ntitle: Bunter Abend\ndate: 2031-01-23\nspeakers: [{word}]\n---\n\nHi.\n"
        event = read_event(page)
        assert (event.speakers, event.talks) == ([], []), word


def test_a_timetables_header_names_its_columns_in_more_languages() -> None:
    body = ("## タイムテーブル\n\n| タイトル | 時刻 | 時間 | 担当 |\n|:--|:--:|:--:|:--|\n"
            "| 開場 | 13:00 | | |\n| Tor on a stick | | | ann.example |\n"
            "| OpenSCADはじめました | | | bo_lind |\n| 運営ブレスト | 16:25 | 30m | みんな |\n")
    event = evening(body)
    assert [(t.title, t.speakers) for t in event.talks if t.kind == "talk"] == [
        ("Tor on a stick", ["ann.example"]), ("OpenSCADはじめました", ["bo_lind"])]
    german = ("| Zeit | Thema | Referent |\n|---|---|---|\n| 19:00 | Queues in der Praxis | "
              "Ann Example |\n| 20:00 | Logs lesen | Bo Lind |\n")
    assert [(t.title, t.speakers) for t in evening(german).talks] == [
        ("Queues in der Praxis", ["Ann Example"]), ("Logs lesen", ["Bo Lind"])]


def test_a_speakers_title_that_is_a_job_is_no_talk() -> None:
    page = ("---\ntitle: Design night\ndate: 2031-04-05\nspeakers:\n  - name: Ann Example\n"
            "    title: Product designer at Example\n  - name: Bo Lind\n"
            "    title: Product Designer at Sample Studio\n---\n\nJoin us.\n")
    event = read_event(page)
    assert [s.name for s in event.speakers] == ["Ann Example", "Bo Lind"]
    assert not any(t.title.startswith("Product") for t in event.talks)
