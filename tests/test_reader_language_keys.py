"""Formats and words of sites written in their own languages: programme keys named in
Italian, Spanish, Portuguese, French, German, Polish or Russian; a theme's ``videoId``;
day headings with a weekday; a kind word before a quoted title; Pelican metadata closed
by a rule; the next meeting's date in a recap. Pages written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.dates import day_heading
from sphinx_meetup.reader.headers import tidy_title


def test_a_programme_with_keys_in_its_sites_language_is_read() -> None:
    page = ('+++\ntitle = "Giornata Linux"\ndate = "2019-10-26"\n\n[extra]\n'
            'citta = "Avellino"\n\n[[extra.talk]]\ntitolo = "Benvenuto"\n\n'
            '[[extra.talk]]\ntitolo = "Rust per tutti"\n'
            'relatori = ["Anna Esempio — Staff Engineer @ Acme"]\n'
            'descrizione = "Perché Rust."\n\n'
            '[[extra.talk]]\ntitolo = "Sicurezza"\nrelatori = ["Bruno Prova"]\n+++\n')
    event = read_event(page)
    assert [(t.title, t.speakers, t.kind) for t in event.talks] == [
        ("Benvenuto", [], "break"), ("Rust per tutti", ["Anna Esempio"], "talk"),
        ("Sicurezza", ["Bruno Prova"], "talk")]
    assert event.talks[1].affiliations == {"Anna Esempio": "Staff Engineer @ Acme"}
    assert event.talks[1].abstract == "Perché Rust."


def test_a_themes_video_id_key_is_the_talks_recording() -> None:
    page = ('+++\ntitle = "Meetup #3"\ndate = "2020-01-01"\n\n[[sessions]]\n'
            'title = "Maps"\nspeaker = "Ann Example"\nvideoId = "dv6E6K1IzQQ"\n+++\n')
    [talk] = read_event(page).talks
    assert talk.video == "https://www.youtube.com/watch?v=dv6E6K1IzQQ"


@pytest.mark.parametrize("heading", [
    "11月2日 星期六 (W-4, 1楼, 101)", "12月3日（土）", "Sábado 12", "sabato 26 ottobre",
    "Wednesday, November 5th", "Пятница", "Piątek, 3 marca"])
def test_a_heading_naming_a_day_with_its_weekday_is_a_day_of_the_agenda(heading: str) -> None:
    assert day_heading(heading)


@pytest.mark.parametrize("heading", ["Domingo Pérez: Python", "11月2日の発表", "Rust 2024"])
def test_a_heading_that_is_no_day(heading: str) -> None:
    assert not day_heading(heading)


def test_a_kind_word_before_a_quoted_title_is_not_the_titles() -> None:
    assert tidy_title('Palestra "O mundo de Python"') == "O mundo de Python"
    assert tidy_title("Talk “Big data”") == "Big data"
    assert tidy_title("Talking heads") == "Talking heads"


def test_pelican_metadata_closed_by_a_rule_and_the_next_meetings_date() -> None:
    page = ("Title: Encontro dia 15 de Julho\nDate: 2015-07-15\nAuthor: Ana\n---\n\n"
            "Olá pessoas,\n\nTivemos um encontro ontem e o próximo está marcado para o "
            "dia 19/07/2015.\n")
    event = read_event(page)
    assert event.title == "Encontro dia 15 de Julho"
    assert event.start == dt.date(2015, 7, 15)


def test_an_add_to_calendar_link_dates_a_page_that_states_no_day() -> None:
    link = ("[Add](http://www.google.com/calendar/event?action=TEMPLATE&dates="
            "{when}%2F20170613T180000Z&text=Meetup)\n")
    evening_in_minsk = "Hi.\n\n" + link.format(when="20170613T160000Z")
    assert read_event(evening_in_minsk).start == dt.date(2017, 6, 13)
    evening_in_calgary = "Hi.\n\n" + link.format(when="20170613T013000Z")
    assert read_event(evening_in_calgary).start is None  # UTC's day is not Calgary's
    assert read_event(evening_in_calgary, timezone="America/Edmonton").start == dt.date(
        2017, 6, 12)
    dated = "---\ntitle: T\ndate: 2017-06-01\n---\n" + evening_in_minsk
    assert read_event(dated).start == dt.date(2017, 6, 1)  # the page's own day wins


@pytest.mark.parametrize(("speaker", "topic"), [
    ("Előadó: Kovács Anna", "Cím: Gyors Python"),
    ("Ομιλητής: Γιώργος Παπαδόπουλος", "Θέμα: Python"),
    ("سخنران: علی رضایی", "موضوع: پایتون"),
    ("מרצה: דני כהן", "נושא: פייתון"),
    ("Vorbitor: Ana Popescu", "Titlu: Python rapid"),
])
def test_speaker_and_topic_labels_in_more_languages(speaker: str, topic: str) -> None:
    page = f"---\ntitle: Meetup\ndate: 2020-01-01\n---\n{speaker}\n\n{topic}\n"
    [talk] = read_event(page).talks
    assert (talk.title, talk.speakers) == (topic.split(": ")[1], [speaker.split(": ")[1]])


def test_words_of_a_script_without_capitals_name_no_one_without_a_label() -> None:
    page = ("---\ntitle: جلسه\ndate: 2020-01-01\n---\n"
            "در این جلسه علی رضایی درباره پایتون صحبت کرد.\n")
    assert read_event(page).talks == []


def test_a_dashed_heading_closed_by_its_slot_keeps_the_slot() -> None:
    page = ("---\ntitle: Meetup 4\ndate: 2017-06-13\n---\n## Program\n\n"
            "### Kotlin in Action - Ann Example (19:00 - 19:50)\n\nText.\n\n"
            "![Ann Example](a.png) Android developer.\n\n"
            "### DSL in Kotlin - Bo Sample (20:00 - 20:50)\n\nMore.\n\n![Bo Sample](b.png)\n")
    event = read_event(page)
    assert [(t.title, t.speakers, t.start, t.end) for t in event.talks] == [
        ("Kotlin in Action", ["Ann Example"], dt.datetime(2017, 6, 13, 19, 0),
         dt.datetime(2017, 6, 13, 19, 50)),
        ("DSL in Kotlin", ["Bo Sample"], dt.datetime(2017, 6, 13, 20, 0),
         dt.datetime(2017, 6, 13, 20, 50)),
    ]


def test_a_heading_closed_by_its_slot_gives_the_slot() -> None:
    page = ("---\ntitle: Meetup 4\ndate: 2017-06-13\n---\n## Программа:\n\n"
            "### Приветственный кофе (18:40 - 19:00)\n\nПеченьки, чай и кофе.\n\n"
            "### Kotlin in Action - Анна Пример (19:00 - 19:50)\n\nТекст.\n\n"
            "![Анна Пример](a.png) Android-разработчик.\n")
    event = read_event(page)
    assert [(t.title, t.kind, t.start) for t in event.talks] == [
        ("Приветственный кофе", "break", dt.datetime(2017, 6, 13, 18, 40)),
        ("Kotlin in Action", "talk", dt.datetime(2017, 6, 13, 19, 0))]
    assert event.talks[1].speakers == ["Анна Пример"]


def test_a_calendar_links_day_dates_the_talks_too() -> None:
    page = ("Встреча состоится 13 июня.\n\n## Программа:\n\n"
            "### Kotlin in Action - Анна Пример (19:00 - 19:50)\n\nТекст.\n\n"
            "![Анна Пример](a.png)\n\n[Add](http://www.google.com/calendar/event?"
            "action=TEMPLATE&dates=20170613T160000Z%2F20170613T180000Z)\n")
    event = read_event(page)
    day = event.start.date() if isinstance(event.start, dt.datetime) else event.start
    assert day == dt.date(2017, 6, 13)
    [talk] = event.talks
    assert talk.start == dt.datetime(2017, 6, 13, 19, 0)
