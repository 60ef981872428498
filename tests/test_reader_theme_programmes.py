"""Programmes other themes keep in front matter under their own words: a ``timeline``
of entries whose slot is one ``18:30 — 19:00`` field, whose speaker is named only in a
line of their own (``header: Name — role``), whose recording is a bare YouTube id, and
whose breaks are entries with no one in them. Pages written for the test."""

from __future__ import annotations

import datetime as dt

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.fields import video_address

PAGE = """---
{
  "date": "2019-07-18",
  "timeline": [
    {"time": "18:30 — 19:00", "name": "Сбор гостей, регистрация"},
    {"time": "19:00 — 19:45", "header": "Анна Пример — Lead Developer, Acme",
     "name": "Reactive forms in depth", "description": "Forms.", "video": "Ab3dE_gH1jK"},
    {"time": "19:45 — 20:15", "name": "Перерыв под пиццу и морс."},
    {"time": "20:15 — 21:00", "header": "Bo Sample, Acme", "name": "Testing components"},
    {"time": "21:00", "name": "Closing, networking and a walk to the pub"}
  ],
  "speakers": [{"name": "Анна Пример", "company": "Acme"},
               {"name": "Bo Sample", "company": "Acme"}]
}
---
"""


def test_a_timeline_of_another_theme_is_the_programme() -> None:
    event = read_event(PAGE)
    talks = [t for t in event.talks if t.kind == "talk"]
    assert [(t.title, t.speakers) for t in talks] == [
        ("Reactive forms in depth", ["Анна Пример"]), ("Testing components", ["Bo Sample"])]
    assert talks[0].video == "https://www.youtube.com/watch?v=Ab3dE_gH1jK"
    assert talks[0].start == dt.datetime(2019, 7, 18, 19, 0)
    assert talks[0].end == dt.datetime(2019, 7, 18, 19, 45)
    # the rows with no one in them are the evening's breaks, kept in order
    assert [t.kind for t in event.talks] == ["break", "talk", "break", "talk", "break"]
    assert not [p for p in event.problems if p.subtype in {"date", "url"}]


def test_a_field_naming_someone_the_front_matter_does_not_know_is_no_speaker() -> None:
    page = PAGE.replace('"header": "Bo Sample, Acme"', '"header": "Cy Other, Acme"')
    event = read_event(page)
    assert [t.speakers for t in event.talks if t.title == "Testing components"] == [[]]


def test_a_bare_video_id_needs_the_look_of_one() -> None:
    assert video_address("video", "Ab3dE_gH1jK") == "https://www.youtube.com/watch?v=Ab3dE_gH1jK"
    assert video_address("video", "Coming-Soon") is None  # a word, not an id
    assert video_address("video", "https://youtu.be/Ab3dE_gH1jK") is None  # an address
    assert video_address("youtube", "KK0gFuWCu5U") == "https://www.youtube.com/watch?v=KK0gFuWCu5U"
    assert video_address("youtube", "pythonmeets") is None
    event = read_event("---\ntitle: T\ndate: 2020-01-01\nvideo: Ab3dE_gH1jK\n---\n")
    assert event.replays == ["https://www.youtube.com/watch?v=Ab3dE_gH1jK"]


def test_an_entry_key_of_its_own_holding_a_video_page_is_the_recording() -> None:
    page = ("---\ntitle: Rainy night\ndate: 2015-09-22\ntalks:\n"
            "- title: Faster views\n  speaker: Ann Example\n"
            "  skills_matter: https://skillsmatter.com/skillscasts/6628-faster-views\n"
            "  slides: https://example.org/deck\n"
            "- title: Search\n  speaker: Bo Sample\n  meetup: https://www.meetup.com/x/events/1/\n"
            "---\n")
    event = read_event(page)
    assert [(t.title, t.video) for t in event.talks] == [
        ("Faster views", "https://skillsmatter.com/skillscasts/6628-faster-views"),
        ("Search", None)]
    # the key used is no typo; the one not used still is
    assert [p.message for p in event.problems if "unknown key" in p.message] == [
        "talks entry 2: unknown key 'meetup' (known: title, speakers, start, end, duration, "
        "abstract, video, slides, room, kind); it is ignored"]


def test_a_programme_entry_says_where_it_was_read() -> None:
    # ``sphinx-meetup show --explain`` names the entry a talk came from
    event = read_event(PAGE)
    talks = [t for t in event.talks if t.kind == "talk"]
    assert talks[0].evidence[""].endswith("entry 2 of the front matter's timeline:")
