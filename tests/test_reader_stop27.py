"""Rules written at stop 27. Pages written for the test, never copied from a site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sphinx_meetup.reader import read_event, read_file


def _dated(front: str) -> dt.date | None:
    event = read_event(f"---\ntitle: Evening of talks\n{front}---\n\nSee you there.\n")
    return event.start.date() if isinstance(event.start, dt.datetime) else event.start

@pytest.mark.parametrize("front", [
    "the_date: 2019-07-14\n",
    "event_on_date: '14/07/2019'\n",
    "Datum: 14.07.2019\n",
    "fecha_evento: 14 de julio de 2019\n",
    "dateEvenement: 2019-07-14T18:30:00Z\n",
    "日期: 2019年7月14日\n",
    "time: 2019-07-14T18:30:00Z\n",      # a time key whose value is a whole day
    "heure_debut: 2019-07-14 18:30\n",
])
def test_a_key_whose_name_says_date_dates_a_page_no_known_key_dates(front: str) -> None:
    assert _dated(front) == dt.date(2019, 7, 14)

@pytest.mark.parametrize("front", [
    "the_date: '08/06/2019'\n",                      # 8 June or August 6: not said
    "lastmod_date: 2019-07-14\n",                    # the page's history, not the event
    "updated_date: 2019-07-14\n",
    "registration_date: 2019-07-14\n",               # a deadline before it
    "end_date: 2019-07-14\n",
    "the_date: 2019-07-14\nother_date: 2019-07-15\n",  # two days: which is said nowhere
    "the_date: see the meetup page\n",
    "mydata: 2019-07-14 and more words\n",
])
def test_no_day_from_a_key_that_does_not_say_one_day_is_the_events(front: str) -> None:
    assert _dated(front) is None

def test_a_known_date_key_wins_over_a_date_named_one() -> None:
    assert _dated("date: 2019-07-20\nthe_date: 2019-07-14\n") == dt.date(2019, 7, 20)


@pytest.mark.parametrize("where", ["2019-07-14-summer-meetup/index.zh.md",
                                   "2019-07-14-summer-meetup/index.pt-br.md",
                                   "2019-07-14.fr.md"])
def test_a_translation_named_by_its_language_is_dated_by_its_file_name(
        tmp_path: Path, where: str) -> None:
    # Hugo's translation by file name: ``index.zh.md`` is the bundle's ``index``
    page = tmp_path / where
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("---\ntitle: Summer meetup\n---\n\nSee you there.\n", encoding="utf-8")
    assert read_file(page).start == dt.date(2019, 7, 14)


def _page_talk(title: str, front: str) -> list[tuple[str, list[str]]]:
    event = read_event(f"---\ntitle: {title}\ndate: 2019-07-14\n{front}---\n\n"
                       "Doors open at seven; drinks after.\n")
    return [(talk.title, talk.speakers) for talk in event.talks if talk.kind == "talk"]


@pytest.mark.parametrize("title", [
    "Fast builds with Ann Example", "Fast builds avec Ann", "Fast builds mit Ann Example",
    "'Fast builds: Ann Example'", "Fast builds (Ann Example)", "Fast builds by Ann Example",
])
def test_the_page_talks_title_leaves_out_its_front_matter_speaker(title: str) -> None:
    assert _page_talk(title, "speaker: Ann Example\n") == [("Fast builds", ["Ann Example"])]


def test_two_front_matter_speakers_closing_the_title_are_left_out_together() -> None:
    front = "speakers:\n  - Ann Example\n  - Bo Sample\n"
    assert _page_talk("Fast builds par Ann Example et Bo Sample", front) == [
        ("Fast builds", ["Ann Example", "Bo Sample"])]


@pytest.mark.parametrize("title", [
    "Fast builds with Annette Other",   # someone else: a title's own words
    "Meet Ann Example",                 # no joining word: the name is the title's
    "with Ann Example",                 # nothing would be left
])
def test_a_title_closing_with_no_front_matter_speaker_is_kept(title: str) -> None:
    assert _page_talk(title, "speaker: Ann Example\n") == [(title, ["Ann Example"])]


_PROSE = ("The evening starts at seven with pizza and drinks, then we move to the big room "
          "upstairs where the projector is. Bring a laptop if you like; the wifi password "
          "is on the wall next to the coffee machine, as always. ")


def _warnings(body: str, front: str = "") -> list[tuple[int | None, str]]:
    event = read_event(f"---\ntitle: Spring evening\ndate: 2019-07-14\n{front}---\n\n{body}\n")
    return [(p.line, p.message) for p in event.problems if p.subtype == "programme"]


@pytest.mark.parametrize("words", [
    "Zwei Vorträge heute, danach Diskussion.", "Tendremos dos charlas y pizza.",
    "Два доклада и вопросы.", "今回は二つの発表があります。",
    "Our speakers come from afar this time.",
])
def test_a_page_with_no_talk_read_that_names_talks_is_warned_about(words: str) -> None:
    found = _warnings(f"{_PROSE}\n\n{words}\n\n{_PROSE}")
    assert len(found) == 1
    line, message = found[0]
    assert line == 8 and "no talk was read from this page" in message and "talks: []" in message


@pytest.mark.parametrize(("body", "front"), [
    (f"{_PROSE}\n\n{_PROSE}", ""),                          # names no talk: no word
    ("Two talks tonight, then drinks.", ""),                # too short to hide a programme
    (f"{_PROSE}\n\nPhotos: https://example.org/talks/2019\n\n{_PROSE}", ""),  # an address
    (f"{_PROSE}\n\nTwo talks tonight.\n\n{_PROSE}", "talks: []\n"),  # says it has none
    (f"{_PROSE}\n\nWritten by Ann Example.\n\n{_PROSE}", ""),  # ``by`` names any agent
])
def test_no_warning_where_nothing_names_a_talk_or_the_page_says_it_has_none(
        body: str, front: str) -> None:
    assert _warnings(body, front) == []


def test_a_page_whose_talk_was_read_gets_no_such_warning() -> None:
    body = f"## Talks\n\n### Fast builds\n\nSpeaker: Ann Example\n\n{_PROSE}"
    assert _warnings(body) == []


def _one_talk(body: str) -> list[tuple[str, list[str]]]:
    title = "Patterns for teams - workshop 3h!"
    event = read_event(f"---\ntitle: {title}\ndate: 2019-07-14\nspeaker: Ann Example\n---\n\n"
                       f"{body}\n")
    return [(talk.title, talk.speakers) for talk in event.talks if talk.kind == "talk"]


def test_the_heading_a_body_opens_with_titles_the_front_matter_speakers_talk() -> None:
    body = ("## Patterns for teams: growing agility in a complex organisation\n\n"
            "What the session covers, in a few words of prose.\n")
    assert _one_talk(body) == [
        ("Patterns for teams: growing agility in a complex organisation", ["Ann Example"])]


@pytest.mark.parametrize("body", [
    "## What we will see\n\nWhat the session covers.\n",         # not the page's words
    "## About the event\n\nWhat the session covers.\n",          # a section's label
    "Doors open at seven.\n\n## Patterns for teams in depth\n",  # not what the body opens with
    "## Patterns\n\nWhat the session covers.\n",                 # no words of its own
])
def test_the_page_titles_its_talk_when_its_opening_heading_does_not(body: str) -> None:
    assert _one_talk(body) == [("Patterns for teams - workshop 3h!", ["Ann Example"])]


def _day_of_page(body: str, date: str = "2017-09-14") -> object:
    return read_event(f"---\ntitle: Weekly meeting\ndate: {date}\n---\n\n{body}\n").start


def test_the_bodys_one_day_given_with_its_hours_is_the_events() -> None:
    body = ("Our next meeting is **Friday, September 15th, 2017** from **4:00pm to 6:00pm**, "
            "in the usual room.")
    assert _day_of_page(body) == dt.datetime(2017, 9, 15, 16, 0)


_NEXT = "Our next meeting is **{day}, September 15th, 2017**{hours}, in the usual room."


@pytest.mark.parametrize("body", [
    _NEXT.format(day="Tuesday", hours=" from **4:00pm**"),            # not that weekday
    _NEXT.format(day="Friday", hours=""),                             # no hours
    _NEXT.format(day="Friday", hours=" from **4:00pm**")
    + "\n\nThe one after is **October 2nd, 2017**.",                   # another day too
    # (the last: a recap's closing line names the next event, not this one)
    "Notes: [post](https://example.org/2017/09/20/notes) read at 4:00pm.",  # an address
    "Our next meeting is **Friday, March 16th, 2018** from **4:00pm**.",  # seasons away
    "Our next meeting is **Friday, September 15th** from **4:00pm**.",  # no year written
    "Thanks to all who came!\n\n" + _NEXT.format(day="Friday", hours=" from **4:00pm**"),
])
def test_the_pages_date_stays_when_the_body_does_not_give_one_timed_day(body: str) -> None:
    assert _day_of_page(body) == dt.date(2017, 9, 14)
