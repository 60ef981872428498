"""Dates and times as event pages write them, and the zone they belong to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event, read_file
from sphinx_meetup.reader.dates import (
    compact_day,
    day_name_day,
    find_date,
    find_times,
    only_date,
    post_name_day,
    prose_date,
    stated_date,
    weekday_pair_day,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SHANGHAI = ZoneInfo("Asia/Shanghai")


def page(front: str, body: str, **kwargs: object) -> object:
    return read_event(f"---\ntitle: An event\n{front}\n---\n\n{body}\n", **kwargs)


@pytest.mark.parametrize(
    ("text", "year", "day"),
    [
        ("时间：2019年12月28日（星期六）", None, dt.date(2019, 12, 28)),
        ("2019 年 6 月 24 日，星期一", None, dt.date(2019, 6, 24)),
        ("6月24日", 2020, dt.date(2020, 6, 24)),
        ("2030-02-20", None, dt.date(2030, 2, 20)),
        ("February 20th, 2030, 17:00 – 21:00", None, dt.date(2030, 2, 20)),
        ("June 30th, 19:00 -20:00", 2020, dt.date(2020, 6, 30)),
        ("11th of february", 2019, dt.date(2019, 2, 11)),
        ("4 October 2018", None, dt.date(2018, 10, 4)),
        ("le 6 juillet 2019", None, dt.date(2019, 7, 6)),
        # day, month and year with dashes: day first, as Dutch and Danish write them
        ("Datum: 12-03-2024 om 19:00", None, dt.date(2024, 3, 12)),
        ("wann: 3-9-2024", None, dt.date(2024, 9, 3)),
        ("日期12-03-2024", None, dt.date(2024, 3, 12)),
        ("bel 06-12-3456", None, None),  # a phone number's groups
        ("v1-2-2024x", None, None),  # a version or a code
        # a Japanese era's year (元 is its first)
        ("日時：令和元年5月18日(土) 13:00〜", None, dt.date(2019, 5, 18)),
        ("平成31年4月30日", None, dt.date(2019, 4, 30)),
        ("June 31st", 2020, None),  # no such day
        ("June 30th", None, None),  # no year anywhere
    ],
)
def test_find_date(text: str, year: int | None, day: dt.date | None) -> None:
    assert find_date(text, year) == day


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("17:00 – 21:00", dt.time(17), dt.time(21)),
        ("19:00 -20:00", dt.time(19), dt.time(20)),
        ("9:00 ~ 16:00", dt.time(9), dt.time(16)),
        ("下午 1:00 - 5:30", dt.time(13), dt.time(17, 30)),
        ("下午1:00-5:30", dt.time(13), dt.time(17, 30)),
        ("上午 9:30 至 11:30", dt.time(9, 30), dt.time(11, 30)),
        ("7 - 9pm", dt.time(19), dt.time(21)),
        ("7pm to 9pm", dt.time(19), dt.time(21)),
        ("at 13:30", dt.time(13, 30), None),
        ("at 7pm", dt.time(19), None),
        ("no clock here, only 2019", None, None),
    ],
)
def test_find_times(text: str, start: dt.time | None, end: dt.time | None) -> None:
    assert find_times(text) == (start, end)


def test_only_date_and_prose_date() -> None:
    assert only_date("4 October 2018", None) == dt.date(2018, 10, 4)
    assert only_date("2019年6月24日，星期一 9:00 - 16:00", None) == dt.date(2019, 6, 24)
    assert only_date("4 October 2018 was fun", None) is None
    assert prose_date("Join us on 11th of february for a meetup", 2019) == dt.date(2019, 2, 11)
    assert prose_date("We shipped 3 June", 2019) is None  # not "on …"


def test_a_front_matter_date_with_dashes_day_first_keeps_its_clock() -> None:
    event = page("date: 28-04-2017 20:00:00", "Text.")
    assert str(event.start) == "2017-04-28 20:00:00"
    assert [p for p in event.problems if p.subtype == "date"] == []


def test_a_date_map_of_the_posts_writing_is_no_event_day() -> None:
    # MkDocs Material's blog: ``date: {created, updated}`` is when the post was written
    event = read_event("---\ntitle: Meetup 2\ndate:\n  created: 2026-01-08\n"
                       "  updated: 2026-02-13\ndescription: 2026-05-13 Meetup 2\n---\n\nText.\n")
    assert (str(event.start), str(event.published), event.problems) == (
        "2026-05-13", "2026-01-08", [])


def test_this_years_day_in_chinese_prose() -> None:
    assert prose_date("用户交流会，于今年 12 月 7 日（周日）14 时 30 分举行。", 2014) == dt.date(
        2014, 12, 7)


def test_a_deadline_is_not_the_day_of_the_event() -> None:
    assert prose_date("Registration ends on February 2nd at 23:59.", 2026) is None
    assert prose_date("Call for talks closes on 3 May 2026. We meet on 12 May 2026.",
                      None) == dt.date(2026, 5, 12)
    assert prose_date("Join us on February 5th.", 2026) == dt.date(2026, 2, 5)


def test_a_body_date_line_beats_the_front_matter_date() -> None:
    event = page("date: 2019-12-24T13:00:00+08:00", "时间：2019年12月28日（星期六）")
    assert event.start == dt.date(2019, 12, 28)
    assert event.problems == []


def test_a_body_time_range_gives_start_and_end() -> None:
    event = page(
        "date: 2018-07-20T13:00:00+08:00", "时间：2018年7月29日（星期日）下午 1:00 - 5:30"
    )
    assert event.start == dt.datetime(2018, 7, 29, 13, tzinfo=event.start.tzinfo)
    assert event.end == dt.datetime(2018, 7, 29, 17, 30, tzinfo=event.start.tzinfo)
    assert event.start.utcoffset() == dt.timedelta(hours=8)


def test_date_and_time_on_two_lines() -> None:
    event = page(
        "date: 2019-06-24T13:00:00+08:00", "- 日期：2019年6月24日，星期一\n- 时间：9:00 – 16:00"
    )
    assert (event.start.hour, event.end.hour) == (9, 16)
    assert event.start.date() == dt.date(2019, 6, 24)


def test_english_time_line_with_year_from_the_front_matter() -> None:
    event = page(
        "date: 2020-06-29T22:00:00Z",
        "Time: June 30th, 19:00 -20:00\nLocation: online",
        timezone="Europe/Amsterdam",
    )
    assert event.start == dt.datetime(2020, 6, 30, 19, tzinfo=AMSTERDAM)
    assert event.end == dt.datetime(2020, 6, 30, 20, tzinfo=AMSTERDAM)


def test_utc_date_late_at_night_is_the_next_day_in_amsterdam() -> None:
    event = page("date: 2020-06-29T22:00:00Z", "A virtual meetup.", timezone="Europe/Amsterdam")
    assert event.start.date() == dt.date(2020, 6, 30)
    assert event.timezone == "Europe/Amsterdam"


def test_a_per_event_timezone_key_beats_the_site_zone() -> None:
    event = page(
        "date: 2020-06-29T22:00:00Z\ntimezone: Asia/Shanghai", "Hi.", timezone="Europe/Amsterdam"
    )
    assert event.start == dt.datetime(2020, 6, 30, 6, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("day", "offset"),
    [("March 28th", 1), ("March 29th", 2), ("October 24th", 2), ("October 25th", 1)],
)
def test_body_times_get_the_daylight_saving_offset_of_their_day(day: str, offset: int) -> None:
    event = page("date: 2020-01-01", f"Time: {day}, 10:00 - 11:00", timezone="Europe/Amsterdam")
    assert event.start.utcoffset() == dt.timedelta(hours=offset)
    assert event.end - event.start == dt.timedelta(hours=1)


def test_an_end_past_midnight_is_the_next_day() -> None:
    event = page("date: 2020-05-01", "Time: May 1st, 22:00 - 01:00", timezone="UTC")
    assert event.end - event.start == dt.timedelta(hours=3)


def test_prose_dates_only_correct_the_front_matter_by_up_to_a_week() -> None:
    near = page("date: 2019-02-10T17:00:00Z", "Join us on 11th of february!", timezone="UTC")
    assert near.start == dt.date(2019, 2, 11)
    slip = page("date: 2019-12-24", "See you on December 28th in Hangzhou.")
    assert slip.start == dt.date(2019, 12, 28)
    far = page("date: 2023-08-29", "Registration closes on August 1st; see you then.")
    assert far.start == dt.date(2023, 8, 29)
    nearest = page(
        "date: 2020-06-28", "Sign up on June 22nd.\n\nThe meetup is on June 30th."
    )
    assert nearest.start == dt.date(2020, 6, 30)


def test_a_prose_date_inside_a_multi_day_event_changes_nothing() -> None:
    event = page("date: 2023-08-29\nend: 2023-09-30", "Lectures start on September 2nd.")
    assert event.start == dt.date(2023, 8, 29)


def test_agreeing_prose_keeps_the_front_matter_time() -> None:
    event = page("date: 2019-02-11T17:00:00Z", "Join us on 11th of february!", timezone="UTC")
    assert event.start == dt.datetime(2019, 2, 11, 17, tzinfo=ZoneInfo("UTC"))


def test_a_date_only_line_states_the_day() -> None:
    event = page("date: 2018-09-01T16:00:00Z", "PROGRAM\n\n4 October 2018\n\n18:00 Food")
    assert event.start == dt.date(2018, 10, 4)


def test_agenda_times_land_on_the_event_day_in_its_zone() -> None:
    event = page(
        "date: 2019-06-24T13:00:00+08:00",
        "时间：2019年6月24日\n\n## 议程\n\n**9:00 - 9:20 开场 by 甲一**\n\n"
        "**9:20 - 10:10 容器的未来 by 王小明**\n\n**12:00 - 13:00 午餐时间**",
        timezone="Asia/Shanghai",
    )
    talk = next(t for t in event.talks if t.kind == "talk")
    assert talk.title == "容器的未来"
    assert talk.start == dt.datetime(2019, 6, 24, 9, 20, tzinfo=SHANGHAI)
    assert talk.end == dt.datetime(2019, 6, 24, 10, 10, tzinfo=SHANGHAI)


def test_an_unreadable_time_line_without_a_date_is_a_problem_with_its_line() -> None:
    event = read_event("---\ntitle: T\n---\n\n时间：待定\n")
    assert [(p.line, p.subtype) for p in event.problems] == [(5, "date")]


def test_an_unknown_site_zone_is_a_problem_not_an_exception() -> None:
    event = page("date: 2020-06-29T22:00:00Z", "Hi.", timezone="Mars/Olympus")
    assert any("Mars/Olympus" in p.message for p in event.problems)


@pytest.mark.parametrize("key", ["meeting_date", "event_date", "eventDate", "dateTime",
                                 "start", "Meeting-Date", "when"])
def test_a_key_naming_the_event_day_wins_over_the_post_date(key: str) -> None:
    # many sites keep ``date`` for the day the page was posted, weeks before the night
    event = page(f"date: 2023-11-09\n{key}: 2023-12-11", "The December meeting.")
    assert event.start == dt.date(2023, 12, 11)
    assert event.problems == []


def test_the_post_date_alone_is_still_the_event_day() -> None:
    assert page("date: 2023-11-09", "Hello.").start == dt.date(2023, 11, 9)


def test_a_map_of_the_event_facts_gives_the_day_over_the_post_date() -> None:
    event = page('date: "2023-03-25"\nevent:\n    date: "2023-04-05 19:00"\n'
                 '    location:\n        name: "Online"', "Une soirée.")
    assert event.start == dt.datetime(2023, 4, 5, 19, 0)


def test_an_event_map_is_not_the_hugo_blox_event_name() -> None:
    # Hugo Blox writes ``event: Name of the conference`` (text); a map is another theme's
    # block of facts, and the page is read as an event page, title and all
    event = page('date: "2023-03-25"\nevent:\n    date: "2023-04-05"', "Une soirée.")
    assert event.title == "An event" and event.start == dt.date(2023, 4, 5)
    blox = page('date: "2023-03-25"\nevent: "SciPy 2023"\nevent_url: https://x.example',
                "A talk.")
    assert blox.title == "SciPy 2023", "Hugo Blox's event name is the event's title"


def test_an_unreadable_event_day_key_is_a_located_warning() -> None:
    event = page("date: 2023-11-09\nmeeting_date: next Monday", "Hello.")
    assert [(p.line, p.subtype) for p in event.problems] == [(4, "date")]
    assert "meeting_date" in event.problems[0].message
    alone = page("start: next week", "Hello.")
    assert [(p.line, p.subtype) for p in alone.problems] == [(3, "date")], "said once"


def test_a_location_map_is_read_as_one_line_of_place() -> None:
    event = page('location:\n  name: "Example Labs"\n  address: "1 Rue Exemple, 38000 Grenoble"',
                 "Hello.")
    assert event.location == "Example Labs, 1 Rue Exemple, 38000 Grenoble"
    assert event.problems == []
    odd = page("location:\n  lat: 45.1\n  lon: 5.7", "Hello.")
    assert odd.location is None, "a map with no place in it gives none"
    assert [(p.line, p.subtype) for p in odd.problems] == [(3, "frontmatter")], "and says so"


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("2019-08-24-gdg-night.md", dt.date(2019, 8, 24)),
        ("2011-7-5-html5-salon.markdown", dt.date(2011, 7, 5)),
        ("2013-02-30-no-such-day.md", None),
        ("2019-08-24.md", None),  # no slug: not a post's name (MkDocs blogs, Hugo)
        ("2019-08-24_talk.md", None),  # not Jekyll's separator
        ("20190824-talk.md", None),
        ("meetup-2019-08-24-night.md", None),
        ("2019-08-24-.md", None),
    ],
)
def test_a_jekyll_post_name_gives_a_day(name: str, day: dt.date | None) -> None:
    assert post_name_day(name) == day


def _post(tmp_path: Path, name: str, front: str, body: str) -> object:
    path = tmp_path / name
    path.write_text(f"---\ntitle: A night\n{front}---\n\n{body}\n", encoding="utf-8")
    return read_file(path)


def test_a_post_without_a_date_is_dated_by_its_file_name(tmp_path: Path) -> None:
    event = _post(tmp_path, "2021-04-17-spring-night.md", "layout: post\n", "Talks and tea.")
    assert event.start == dt.date(2021, 4, 17) and event.published == dt.date(2021, 4, 17)
    assert event.problems == []
    # the same text read with no file behind it has no day at all
    assert read_event("---\ntitle: A night\n---\n\nTalks and tea.\n").start is None


def test_the_front_matter_date_beats_the_file_name(tmp_path: Path) -> None:
    event = _post(tmp_path, "2021-04-17-spring-night.md", "date: 2021-04-20\n", "Hi.")
    assert event.start == dt.date(2021, 4, 20)


def test_a_day_the_body_states_beats_the_file_name(tmp_path: Path) -> None:
    # the post went up a fortnight before the night; the body says when it is
    event = _post(tmp_path, "2021-04-03-spring-night.md", "",
                  "Clear your evening.\n\n**April 17th 2021 at 19.00**.")
    assert event.start == dt.date(2021, 4, 17)
    labelled = _post(tmp_path, "2021-04-03-spring-salon.md", "", "时间：4 月 17 日 14:00-17:00")
    assert labelled.start == dt.datetime(2021, 4, 17, 14), "the name lends the year"


def test_hours_without_a_day_land_on_the_file_names_day(tmp_path: Path) -> None:
    event = _post(tmp_path, "2021-04-17-recap.md", "", "- 时间: 13:30~18:00\n- 地点: 某大厦")
    assert (event.start, event.end) == (dt.datetime(2021, 4, 17, 13, 30),
                                        dt.datetime(2021, 4, 17, 18))


def test_a_compact_day_in_a_time_line_is_read_near_the_page_date(tmp_path: Path) -> None:
    event = _post(tmp_path, "2021-05-02-slides.md", "", "- 时间: 210417 1400~1700")
    assert event.start == dt.date(2021, 4, 17)


def test_an_unreadable_time_line_keeps_the_file_name_out(tmp_path: Path) -> None:
    # the body states the day in a way the reader does not know: no day is better
    # than the post's (a wrong day), and the author hears where
    event = _post(tmp_path, "2021-05-02-slides.md", "", "Time: the usual slot")
    assert event.start is None
    assert [(p.line, p.subtype) for p in event.problems] == [(5, "date")]


@pytest.mark.parametrize(
    ("text", "near", "day"),
    [
        ("时间: 190824 1313~1642", dt.date(2019, 9, 6), dt.date(2019, 8, 24)),
        ("Date: 20190824", dt.date(2019, 9, 6), dt.date(2019, 8, 24)),
        ("时间: 190824", dt.date(2023, 9, 6), None),  # years from the page's date
        ("room 131313", dt.date(2013, 1, 1), None),  # month 13
        ("v1.190824", dt.date(2019, 9, 6), None),  # part of a version
    ],
)
def test_compact_day(text: str, near: dt.date, day: dt.date | None) -> None:
    assert compact_day(text, near) == day


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789-._/年月 mdx", max_size=40), st.dates())
def test_post_names_and_compact_days_never_raise(text: str, near: dt.date) -> None:
    named = post_name_day(text + ".md")
    if named is not None:
        assert (text + ".md").startswith(f"{named.year:04d}-")
    found = compact_day(text, near)
    assert found is None or abs((found - near).days) <= 92


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1000, 1, 1)),
       st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True))
def test_a_post_name_round_trips_its_day(day: dt.date, slug: str) -> None:
    assert post_name_day(f"{day.isoformat()}-{slug}.md") == day


@pytest.mark.parametrize(
    ("text", "year", "day"),
    [
        ("Our next night will be on *Monday* the 9th of June, from 6pm.", 2025,
         dt.date(2025, 6, 9)),
        ("The spring meeting will be on **Tuesday the 3rd of June**,", 2025,
         dt.date(2025, 6, 3)),
        ("The workshop will take\nplace Mar 4-5, 2024.  Talks are recorded.", 2024,
         dt.date(2024, 3, 4)),
        ("The meetup is held on Thursday, May 8th at the library.", 2025, dt.date(2025, 5, 8)),
        ("La rencontre aura lieu le 12 mars à 19h.", 2024, dt.date(2024, 3, 12)),
        ("本次沙龙将于**2024年5月18日星期六**，下午2：00 至5：00举行。", None,
         dt.date(2024, 5, 18)),
        ("大会将于2024年9月3日-4日在会展中心举办", None, dt.date(2024, 9, 3)),
        ("聚会大致时间 2024.01.13, 10:00 AM - 5:00 PM", None, dt.date(2024, 1, 13)),
        ("时间是3.16下午2:00-5:00，地点另行通知。", 2024, dt.date(2024, 3, 16)),
        # mentions, not statements: no day
        ("Registration closes on May 1st, 2025.", None, None),
        ("报名截止时间 2024年5月10日", None, None),
        ("Version 2.0 was released on Jan 5, 2021.", None, None),
        ("时间是3.16，地点另行通知。", 2024, None),  # no clock: 3.16 may be anything
        ("It will be on the agenda in 2024.", None, None),
        ("Meetup 3 will take place on the [28th of January 2023 at 16:00](https://x.example)",
         None, dt.date(2023, 1, 28)),
    ],
)
def test_a_day_the_prose_says_the_event_is_on(text: str, year: int | None,
                                               day: dt.date | None) -> None:
    assert stated_date(text, year) == day


def test_the_first_statement_moves_a_post_date_by_weeks(tmp_path: Path) -> None:
    # a blog post put up three weeks before the night
    event = page("date: 2025-05-19 10:12:00",
                 "Our June meeting will be on *Monday* the 9th of June, from 6:30pm to 8pm.")
    assert (event.start, event.end) == (dt.datetime(2025, 6, 9, 18, 30),
                                        dt.datetime(2025, 6, 9, 20))
    zh = page("date: 2024-04-30",
              "朋友们：\n\n沙龙将于**2024年5月18日星期六**，下午2：00 至5：00在某咖啡馆举行。")
    assert zh.start == dt.datetime(2024, 5, 18, 14)


def test_a_statement_never_moves_the_events_own_day_key() -> None:
    event = page("date: 2025-05-19\nmeeting_date: 2025-06-09",
                 "Our June meeting will be on Monday the 16th of June.")
    assert event.start == dt.date(2025, 6, 9)


def test_a_statement_far_from_the_page_date_or_after_another_changes_nothing() -> None:
    far = page("date: 2025-01-10", "Our summer party will be on the 20th of July.")
    assert far.start == dt.date(2025, 1, 10), "half a year from the post: another event"
    second = page("date: 2025-05-19", "Hello.\n\nThe meetup will be on June 9th.\n\n"
                  "The summer party will be on June 30th.")
    assert second.start == dt.date(2025, 6, 9)


def test_a_statement_in_a_talks_abstract_is_not_the_events_day() -> None:
    event = page("date: 2025-05-19", "## Talks\n\n### Release notes\n\n"
                 "Speaker: Ann Lee\n\nThe new version will be on sale on June 30th.")
    assert event.start == dt.date(2025, 5, 19)


def test_a_publication_key_lends_its_year_to_a_stated_day() -> None:
    event = page("published_at: 2012-09-18 00:00:00 Z",
                 "The October meeting will be on *Monday* the 8th of October.")
    assert event.start == dt.date(2012, 10, 8)
    assert event.published == dt.datetime(2012, 9, 18, tzinfo=dt.UTC)
    nothing = page("published_at: 2012-09-18 00:00:00 Z", "A meeting. No day given.")
    assert nothing.start is None, "the publication day is no event day"


def test_a_hugo_blox_date_left_at_its_publish_date_yields_to_the_body() -> None:
    template = page("date: 2021-01-09T08:00:00-08:00\npublishDate: 2021-01-09T20:14:18-08:00\n"
                    "all_day: true\nevent: Kickoff",
                    "The kickoff will take place Jan 29-30, 2021.  See below.")
    assert template.start == dt.date(2021, 1, 29)
    own = page("date: 2021-01-25T08:00:00-08:00\npublishDate: 2021-01-09T20:14:18-08:00\n"
               "all_day: true\nevent: Kickoff",
               "The kickoff will take place Jan 29-30, 2021.  See below.")
    assert own.start == dt.date(2021, 1, 25), "a date of its own is the event's"


def test_a_year_typed_for_the_month_mark_still_reads() -> None:
    assert find_date("2024年03年16日，沙龙圆满结束", None) == dt.date(2024, 3, 16)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="will be on the  Monday 1234567890.-/年月日将于时间是下午:*_\n",
               max_size=60), st.none() | st.integers(min_value=1, max_value=9999))
def test_stated_date_never_raises(text: str, year: int | None) -> None:
    day = stated_date(text, year)
    assert day is None or isinstance(day, dt.date)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_a_stated_day_round_trips(day: dt.date) -> None:
    english = f"The meetup will be on {day:%A} the {day.day}th of {day:%B} {day.year}."
    assert stated_date(english, None) == day
    chinese = f"沙龙将于{day.year}年{day.month}月{day.day}日举行"
    assert stated_date(chinese, None) == day


@pytest.mark.parametrize(
    "last",
    ["The next meetup will take place on the 13th of March at 19:00.",
     "Our next meeting will be on Wednesday 13th of March 2024 at 19:00 UTC.",
     "感谢参与！下期沙龙将于2024年3月13日举行。", "下期时间是3.13下午2:00"],
)
def test_a_recap_naming_the_next_meetup_keeps_its_own_day(last: str) -> None:
    event = page("date: 2024-02-20", f"Thanks to everyone who came on Tuesday.\n\n{last}")
    assert event.start == dt.date(2024, 2, 20)
    # opening an announcement, the next meetup is the page's own
    opening = page("date: 2024-02-20", f"{last}\n\nSee you there.")
    assert (opening.start.month, opening.start.day) == (3, 13)


@pytest.mark.parametrize("extra", ["", "address: 1 Example Street\n"])
def test_a_start_at_key_names_the_events_day(tmp_path: Path, extra: str) -> None:
    # a Jekyll post put up three weeks before the workshop (with an ``address`` key, a
    # page that reads like a Hugo Blox one): the key, not the file name, gives the day
    event = _post(tmp_path, "2024-11-18-workshop.md", f"start_at: 2024-12-08 14:00:00\n{extra}",
                  "Bring a laptop.")
    assert event.start == dt.datetime(2024, 12, 8, 14)


@pytest.mark.parametrize(
    ("text", "year", "day"),
    [
        ("Saturday 24/08", 2019, dt.date(2019, 8, 24)),
        ("samedi 24.08", 2019, dt.date(2019, 8, 24)),
        ("周六 8/24", 2019, dt.date(2019, 8, 24)),
        ("Friday, 3/1", 2024, dt.date(2024, 3, 1)),  # 1 March is a Friday, 3 January no
        ("Saturday 2/3", 2024, None),  # 2 March and 3 February are both Saturdays: no guess
        ("Monday 24/08", 2019, None),  # the weekday fits no reading
        ("Tuesday 4/6", 2024, dt.date(2024, 6, 4)),  # 6 April 2024 is a Saturday
        ("Saturday 24/08", None, None),  # no year to check the weekday in
        ("Friday 10/01", 2024, None),  # a Friday in 2025 only: no guess at the year either
    ],
)
def test_a_weekday_decides_day_and_month(text: str, year: int | None,
                                         day: dt.date | None) -> None:
    assert weekday_pair_day(text, year) == day


def test_a_weekday_pair_states_the_day_in_prose_and_time_lines() -> None:
    prose = page("date: 2019-08-01", "The meetup will be on Saturday 24/08 at 14:00.")
    assert prose.start == dt.datetime(2019, 8, 24, 14)
    line = page("date: 2019-08-01", "- Time: Saturday 24/08, 14:00 - 17:00")
    assert (line.start, line.end) == (dt.datetime(2019, 8, 24, 14), dt.datetime(2019, 8, 24, 17))


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_a_weekday_pair_never_names_a_day_off_its_weekday(day: dt.date) -> None:
    text = f"{day:%A} {day.day}/{day.month}"
    found = weekday_pair_day(text, day.year)
    assert found is None or (found.weekday() == day.weekday() and found.year == day.year)
    if day.day > 12 or day.day == day.month:  # one reading only
        assert found == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("25. März 2020", dt.date(2020, 3, 25)),
        ("Mittwoch, 5. Dezember 2019", dt.date(2019, 12, 5)),
        ("25 de marzo de 2020", dt.date(2020, 3, 25)),
        ("3 de maio del 2021", dt.date(2021, 5, 3)),
        ("12 giugno 2024", dt.date(2024, 6, 12)),
        ("25 maart 2020", dt.date(2020, 3, 25)),
        # a range of days is read from its first day
        ("Datum: 28.-30. Dezember 2022", dt.date(2022, 12, 28)),
        ("28-30 December 2022", dt.date(2022, 12, 28)),
        ("December 28-30, 2022", dt.date(2022, 12, 28)),
        ("29th-30th June 2011", dt.date(2011, 6, 29)),
        # a numbered item is no German day: the dot needs a month name after it
        ("1. Vortrag 2022", None),
    ],
)
def test_dates_in_more_languages_and_ranges(text: str, day: dt.date | None) -> None:
    assert find_date(text, None) == day


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("2018-09-06.md", dt.date(2018, 9, 6)),
        ("2024-11-12.markdown", dt.date(2024, 11, 12)),
        ("2018-02-30.md", None),
        ("2018-9-6.md", None),  # not a name a site picks for its pages by the day
        ("2018-09-06-night.md", None),  # a Jekyll post's: post_name_day's
        ("meetup-2018-09-06.md", None),
        # the day as one run of digits between separators
        ("meetup-122-20200318.md", dt.date(2020, 3, 18)),
        ("20200707-live.md", dt.date(2020, 7, 7)),
        ("20180906.md", dt.date(2018, 9, 6)),
        ("v20200318.md", None),  # a version, not a day
        ("build-20201345.md", None),
        ("123420200318.md", None),
    ],
)
def test_a_page_named_by_its_day_alone(name: str, day: dt.date | None) -> None:
    assert day_name_day(name) == day


def test_a_page_named_by_its_day_is_that_days_event(tmp_path: Path) -> None:
    event = _post(tmp_path, "2018-09-06.md", "", "Talks and pizza.")
    assert event.start == dt.date(2018, 9, 6)
    assert event.published is None, "the name says when the event is, not the post"
    later = _post(tmp_path, "2018-09-01.md", "", "Join us on **September 6th 2018**.")
    assert later.start == dt.date(2018, 9, 6), "a day the body states still wins"
    dated = _post(tmp_path, "2018-09-07.md", "date: 2018-09-06\n", "Talks.")
    assert dated.start == dt.date(2018, 9, 6), "and the front matter's date"


def test_a_title_naming_a_day_names_the_events() -> None:
    # a write-up posted days after the night, titled by the night
    event = read_event("---\ntitle: June 29th 2011 - Open VPN, Truecrypt, Bitcoin\n"
                       "date: 2011-07-04 12:24:21+00:00\n---\n\nAt last night's meeting…\n")
    assert event.start == dt.date(2011, 6, 29)
    assert event.published == dt.datetime(2011, 7, 4, 12, 24, 21, tzinfo=dt.UTC)
    same = read_event("---\ntitle: Meetup 2020-07-25\ndate: 2020-07-25T18:00:00\n---\n\nHi.\n")
    assert same.start == dt.datetime(2020, 7, 25, 18), "the same day keeps its time"
    # an announcement posted weeks before, the day without its year: the nearest year
    soon = read_event("---\ntitle: Lightning talks on December 19th\ndate: 2013-11-25\n---\n\n"
                      "Volunteer on the list.\n")
    assert soon.start == dt.date(2013, 12, 19)
    new_year = read_event("---\ntitle: Treffen am 3. Januar\ndate: 2019-12-20\n---\n\nHallo.\n")
    assert new_year.start == dt.date(2020, 1, 3)


@pytest.mark.parametrize(
    ("front", "body", "day"),
    [
        # an event key of the front matter names the day: the title does not move it
        ("event_date: 2011-07-01", "Hi.", dt.date(2011, 7, 1)),
        # the body states the day
        ("", "Time: July 1st 2011, 19:00", dt.datetime(2011, 7, 1, 19)),
        # a title naming a month is no day
        ("", "Hi.", dt.date(2011, 7, 4)),
        # nor one far from the page's date (ten years on from the first night)
        ("", "Ten years!", dt.date(2021, 7, 4)),
    ],
)
def test_a_title_day_gives_way(front: str, body: str, day: dt.date) -> None:
    title = "June 29th 2011 - Open VPN" if front or body != "Hi." else "June Meeting - Open VPN"
    posted = "2021-07-04" if body == "Ten years!" else "2011-07-04"
    event = read_event(f"---\ntitle: {title}\ndate: {posted}\n{front}\n---\n\n{body}\n")
    assert event.start == day


@pytest.mark.parametrize("key", ["replay", "video", "videos", "recording", "recordings"])
def test_a_list_of_recordings_in_the_front_matter_is_the_replay(key: str) -> None:
    event = page(f"{key}:\n  - https://www.dailymotion.com/video/xmkxrw\n"
                 "  - https://www.youtube.com/watch?v=abc", "Hi.")
    assert event.replays == ["https://www.dailymotion.com/video/xmkxrw",
                             "https://www.youtube.com/watch?v=abc"]


@pytest.mark.parametrize(
    "key", ["youtubevideourl", "video_url", "youtube_url", "recording_url", "replay_url"]
)
def test_a_themes_compound_replay_key_gives_the_replay(key: str) -> None:
    event = page(f"{key}: https://www.youtube.com/embed/abcdefghijk", "Hi.")
    assert event.replays == ["https://www.youtube.com/embed/abcdefghijk"]


@pytest.mark.parametrize("value", ["javascript:alert(1)", "not a link"])
def test_a_compound_replay_key_links_only_web_addresses(value: str) -> None:
    event = page(f"youtube_url: {value!r}", "Hi.")
    assert event.replays == []
    assert [p.line for p in event.problems if p.subtype == "url"] == [3]


@pytest.mark.parametrize(
    ("front", "day"),
    [
        # a Jekyll post's ``date`` is when it went up; ``meetingdate`` is the evening's
        ("date: 2018-03-07 00:00\nmeetingdate: 2018-03-26", dt.date(2018, 3, 26)),
        ("date: 2014-06-05 16:42\nmeetingdate: giovedì 5 giugno 2014", dt.date(2014, 6, 5)),
        ("date: 2018-03-07\nevent_date: 2018-03-26", dt.date(2018, 3, 26)),
        # no key naming the event's day: the schema's ``date`` stands
        ("date: 2018-03-07", dt.date(2018, 3, 7)),
        # a key naming the day that holds none: the ``date`` stands (and a warning)
        ("date: 2018-03-07\nmeetingdate: soon", dt.date(2018, 3, 7)),
    ],
)
def test_a_key_naming_the_events_day_beats_a_hugo_blox_date(front: str, day: dt.date) -> None:
    # ``abstract`` and ``address`` are Hugo Blox event keys: the page is read by its schema
    event = page(f"{front}\nabstract: A talk.\naddress: Via Roma 1", "Hi.")
    start = event.start.date() if isinstance(event.start, dt.datetime) else event.start
    assert start == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("<p>Martes 12 de Septiembre, 2023</p>", dt.date(2023, 9, 12)),
        ("<p>Martes 11 De Noviembre, 2025</p>", dt.date(2025, 11, 11)),
        ('<span class="day">giovedì 5 giugno 2014</span>', dt.date(2014, 6, 5)),
        ("<p>Quinta-feira, 27 de julho de 2017</p>", dt.date(2017, 7, 27)),
        ("Donnerstag, 25. März 2020", dt.date(2020, 3, 25)),
        ("zaterdag 4 oktober 2025", dt.date(2025, 10, 4)),
        # words beside the date in the element: no line that is only a date
        ("<p>Nos vemos el 12 de Septiembre, 2023</p>", None),
        ("<p>Martes 12 de Septiembre, 2023 en Wizeline</p>", None),
    ],
)
def test_a_date_alone_in_an_html_element_with_its_weekday(line: str, day: dt.date | None) -> None:
    assert only_date(line, None) == day


def test_an_html_card_holding_the_day_dates_a_page_without_one() -> None:
    body = ('<div class="event-details">\n  <div class="card">\n    <h3>Fecha</h3>\n'
            "    <p>Martes 12 de Marzo, 2024</p>\n  </div>\n</div>")
    assert read_event(f"---\ntitle: Meetup\n---\n\n{body}\n").start == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("weekday", "number"),
    [("martes", 1), ("Giovedì", 3), ("sexta-feira", 4), ("Sonntag", 6), ("woensdag", 2),
     ("sábado", 5)],
)
def test_european_weekdays_are_known(weekday: str, number: int) -> None:
    from sphinx_meetup.reader.dates import stated_weekday

    assert stated_weekday(weekday) == number


ONE_TALK_POST = """# PolarDB 的发展 - 梁辰

## 主题

《PolarDB 的发展》

## 作者介绍

**梁辰** 数据库内核开发。

## 数据库朋友圈

{line}

地点：北京
"""


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("时间：  2023年 9 月16日  13:00 - 18:00", dt.datetime(2023, 9, 16, 13)),
        # no year: the line does not say which day it is; the post's date stands
        ("时间：9 月16日  13:00 - 18:00", dt.date(2023, 9, 3)),
    ],
)
def test_the_labelled_day_in_a_one_talk_posts_section(line: str, start: dt.date) -> None:
    event = page("date: 2023-09-03", ONE_TALK_POST.format(line=line))
    assert [talk.title for talk in event.talks] == ["PolarDB 的发展"]
    assert event.start == start


def test_a_labelled_day_in_one_of_several_talks_is_that_talks() -> None:
    body = ("## Talks\n\n### A talk\n\n- Speaker: Ann Lee\n- 时间：2023年9月16日 13:00\n\n"
            "### Another talk\n\n- Speaker: Bob Ray\n- 时间：2023年9月17日 13:00\n")
    event = page("date: 2023-09-03", body)
    assert len([talk for talk in event.talks if talk.kind == "talk"]) == 2
    assert event.start == dt.date(2023, 9, 3)


@pytest.mark.parametrize(
    ("description", "day"),
    [
        # a recap's summary opening with the day: posted nine days later
        ("2020年11月14日Apache SkyWalking 2020 DevCon 线下活动视频", dt.date(2020, 11, 14)),
        ("2020 年 11 月 21 日PyCon China 2020 线上分享视频", dt.date(2020, 11, 21)),
        ("November 14, 2020: the DevCon's videos", dt.date(2020, 11, 14)),
        # a day further into the text is something it mentions, not its own
        ("DevCon videos; the next one is on 2020年12月19日", dt.date(2020, 11, 23)),
        # no year, or a season away: the page's date stands
        ("11月14日 DevCon 线下活动视频", dt.date(2020, 11, 23)),
        ("2019年11月14日 DevCon 线下活动视频", dt.date(2020, 11, 23)),
    ],
)
def test_a_description_opening_with_a_day_names_the_events(description: str,
                                                            day: dt.date) -> None:
    event = read_event(f'---\ntitle: "[视频] DevCon 2020"\ndate: 2020-11-23\n'
                       f'description: "{description}"\n---\n\nHi.\n')
    assert event.start == day


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # a recap saying when it was held, posted days later
        ("Apache APISIX Meetup 上海站已于上周六（8 月 21 日）顺利举办！", dt.date(2021, 8, 21)),
        ("The meetup was held on August 21st, 2021 at the office.", dt.date(2021, 8, 21)),
        ("Our August meetup took place on the 21st of August.", dt.date(2021, 8, 21)),
        ("La rencontre a eu lieu le 21 août 2021.", dt.date(2021, 8, 21)),
        # a day the sentence only mentions: the post's date stands
        ("The call for papers was open until August 21st, 2021.", dt.date(2021, 8, 24)),
        ("Version 2.9 was released in 2021.", dt.date(2021, 8, 24)),
    ],
)
def test_a_recap_saying_when_it_was_held(body: str, day: dt.date) -> None:
    assert page("date: 2021-08-24", body).start == day


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Das Treffen findet am **Mittwoch, 8. Juli 2020 ab 18:00 Uhr** statt.",
         dt.datetime(2020, 7, 8, 18)),
        ("El meetup se llevará a cabo el martes 7 de julio de 2020.", dt.date(2020, 7, 7)),
        ("Il meeting si terrà il 9 luglio 2020 a Milano.", dt.date(2020, 7, 9)),
        ("O encontro acontecerá no dia 11 de julho de 2020.", dt.date(2020, 7, 11)),
        # a day the sentence does not say the event is on: the page's date stands
        ("Anmeldung bis 8. Juli 2020 im Chat.", dt.date(2020, 7, 1)),
    ],
)
def test_a_sentence_stating_the_day_in_german_spanish_italian_portuguese(
    body: str, start: dt.date
) -> None:
    assert page("date: 2020-07-01", body).start == start


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # the weekday fits 16 June 2011: the day of an announcement posted two weeks ahead
        ("We will be at the usual place, [the centre](https://example.org) on Thursday 16 "
         "June.", dt.date(2011, 6, 16)),
        ("Wir treffen uns am Donnerstag, 16. Juni im Café.", dt.date(2011, 6, 16)),
        # a weekday that does not fit: no more than a week's move, so the page's date
        ("We will be at the usual place on Friday 16 June.", dt.date(2011, 6, 2)),
        # a weekday that fits, half a year away: something else
        ("Our next party is on Friday 16 December.", dt.date(2011, 6, 2)),
    ],
)
def test_a_day_in_prose_with_the_weekday_it_falls_on(body: str, day: dt.date) -> None:
    assert page("date: 2011-06-02", body).start == day


TALKS_THEN_DAY = """## memcached 分析与比较

讲师：长期支持沙龙的张洁，来自 动网先锋网
说明：有精力研究这么多产品的不多。

## Redis 实践

讲师：**翁伟-Wuvist**，从新加坡海归回来，在汕头创业

{line}
"""


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        # the closing statement under the last talk gives the day and the afternoon's hours
        ("时间是10.30下午1:30-5:30，地点在广州市区。", dt.datetime(2011, 10, 30, 13, 30),
         dt.datetime(2011, 10, 30, 17, 30)),
        # a statement of a day half a year away: another event's, the page's date stands
        ("下次活动将于2012年6月30日举办。", dt.datetime(2011, 10, 16, 14, 59), None),
    ],
)
def test_a_statement_of_the_day_under_the_last_talk(line: str, start: dt.datetime,
                                                     end: dt.datetime | None) -> None:
    event = page("date: 2011-10-16 14:59:00", TALKS_THEN_DAY.format(line=line))
    assert len([talk for talk in event.talks if talk.kind == "talk"]) == 2
    assert (event.start, event.end) == (start, end)


def test_a_statement_outside_the_talks_wins_over_one_inside() -> None:
    body = "本次沙龙将于10月23日举办。\n\n" + TALKS_THEN_DAY.format(line="时间是10.30下午1:30。")
    assert page("date: 2011-10-16", body).start == dt.date(2011, 10, 23)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("时间是10.30下午1:30-5:30", dt.time(13, 30), dt.time(17, 30)),
        ("12月28日晚上7:00", dt.time(19), None),
        ("版本 10.30:00", None, None),
    ],
)
def test_a_chinese_part_of_the_day_right_after_a_number(text: str, start: dt.time | None,
                                                        end: dt.time | None) -> None:
    assert find_times(text) == (start, end)


@pytest.mark.parametrize(
    ("value", "when"),
    [
        ("2019/12/25", dt.date(2019, 12, 25)),
        ("2019.9.23", dt.date(2019, 9, 23)),
        ("2016-2-5 9:05:06", dt.datetime(2016, 2, 5, 9, 5, 6)),
        ("2019/12/25 19:00", dt.datetime(2019, 12, 25, 19, 0)),
        ("2019.09.23T17:18:43", dt.datetime(2019, 9, 23, 17, 18, 43)),
    ],
)
def test_a_front_matter_date_written_year_first(value: str, when: dt.date) -> None:
    event = page(f"date: {value!r}", "Text.")
    assert event.start == when
    assert event.problems == []


@pytest.mark.parametrize(
    "value",
    ["2019/13/01", "2019/02/30", "05/03/2024", "2021-7-29 14:00-17:00", "next Tuesday"],
)
def test_impossible_or_ambiguous_days_and_ranges_are_no_date(value: str) -> None:
    event = page(f"date: {value!r}", "Text.")
    assert event.start is None
    assert [p.line for p in event.problems if "is not a date" in p.message] == [3]


@pytest.mark.parametrize(
    ("value", "when"),
    [
        ("May 14th 2013", dt.date(2013, 5, 14)),
        ("October 11, 2016", dt.date(2016, 10, 11)),
        ("Tuesday, April 14 2015 6:30pm", dt.datetime(2015, 4, 14, 18, 30)),
        ("14 mai 2013 19:00", dt.datetime(2013, 5, 14, 19, 0)),
        ("2019年12月28日 14:00", dt.datetime(2019, 12, 28, 14, 0)),
        # one order only: the 25th is no month (a body line reads it so too)
        ("12/25/2019", dt.date(2019, 12, 25)),
        ("2019/12-25", dt.date(2019, 12, 25)),
    ],
)
def test_a_front_matter_date_written_in_words(value: str, when: dt.date) -> None:
    # Jekyll reads such dates; they were "not a date" warnings, and the day was lost
    event = page(f"date: {value!r}", "Text.")
    assert event.start == when
    assert event.problems == []


def test_a_time_keys_pm_is_both_ends_of_its_range() -> None:
    event = page("date: 2013-05-14\ntime: 6:00 - 7:30 pm", "Text.")
    assert (event.start, event.end) == (
        dt.datetime(2013, 5, 14, 18), dt.datetime(2013, 5, 14, 19, 30))


def test_a_description_that_states_the_day_gives_it() -> None:
    event = page(
        "date: 2019-12-25\ndescription: Gophers meetup, 将于12月21号在杭州举行", "No day here."
    )
    assert event.start == dt.date(2019, 12, 21)
    assert event.published == dt.date(2019, 12, 25)


def test_a_description_states_the_nearest_year_only_within_a_season() -> None:
    # posted in early January about "December 28": the December just before
    event = page("date: 2020-01-03\ndescription: The meetup will be on December 28th.", "Hi.")
    assert event.start == dt.date(2019, 12, 28)
    # a day months away is another event's
    event = page("date: 2020-06-03\ndescription: The meetup will be on December 28th.", "Hi.")
    assert event.start == dt.date(2020, 6, 3)


def test_a_page_without_a_date_takes_the_year_its_title_names() -> None:
    text = "---\ntitle: Das war der Herbsttag 2016\n---\n\nam 24. September in der Halle.\n"
    assert read_event(text).start == dt.date(2016, 9, 24)
    # two years in the title: neither is the page's
    text = "---\ntitle: From 2015 to 2016\n---\n\nam 24. September in der Halle.\n"
    assert read_event(text).start is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("05.03.2024", dt.date(2024, 3, 5)),  # dots: day first, as every language writing them
        ("Datum: 5.3.2024, 19 Uhr", dt.date(2024, 3, 5)),
        ("03.13.2024", dt.date(2024, 3, 13)),  # only one order is a date
        ("05/03/2024", None),  # slashes: either order is written, the page does not say
    ],
)
def test_a_dotted_date_is_day_first(text: str, day: dt.date | None) -> None:
    assert find_date(text, None) == day


def test_a_japanese_wave_dash_joins_a_time_range() -> None:
    assert find_times("19:00〜21:00") == (dt.time(19), dt.time(21))


@pytest.mark.parametrize(
    ("front", "start", "end"),
    [
        ('date: 2024-11-27\ntime: "18:00"', dt.datetime(2024, 11, 27, 18), None),
        ("date: 2020-12-12\ntime: 19:00-21:00", dt.datetime(2020, 12, 12, 19),
         dt.datetime(2020, 12, 12, 21)),
        ('date: 2025-01-13\nstart_time: "3:00 pm"\nend: "16:00"', dt.datetime(2025, 1, 13, 15),
         dt.datetime(2025, 1, 13, 16)),
        ('date: 2025-01-13T15:00:00\nend: "16:30"', dt.datetime(2025, 1, 13, 15),
         dt.datetime(2025, 1, 13, 16, 30)),
        ('date: 2024-11-27\ntime: "two hours"', dt.date(2024, 11, 27), None),  # no clock
        ('date: 2024-11-27T20:00:00\ntime: "18:00"', dt.datetime(2024, 11, 27, 20), None),
    ],
)
def test_a_clock_key_gives_a_days_hours(front: str, start: dt.date, end: dt.datetime | None
                                        ) -> None:
    event = page(front, "Hi.")
    assert (event.start, event.end) == (start, end)


def test_a_clock_key_leaves_the_pages_own_date_a_day() -> None:
    event = page('date: 2024-11-27\ntime: "18:00"', "Hi.")
    assert event.published == dt.date(2024, 11, 27)


def test_an_end_clock_without_a_start_clock_is_said() -> None:
    event = page('date: 2025-01-13\nend: "16:00"', "Hi.")
    assert (event.start, event.end) == (dt.date(2025, 1, 13), None)
    assert [p.line for p in event.problems if "time of day" in p.message] == [4]


@pytest.mark.parametrize("label", ["Time/date", "Date & time", "Date and Time", "日期/时间"])
def test_two_words_of_one_role_make_one_label(label: str) -> None:
    event = page("title: Weekly\ndate: 2017-03-22",
                 f"Hello all!\n\n* {label}: Friday, March 24th, 2017, 4pm - 6pm (room 7)\n")
    assert event.start == dt.datetime(2017, 3, 24, 16, 0)
    assert event.end == dt.datetime(2017, 3, 24, 18, 0)


def test_words_of_two_roles_are_no_label() -> None:
    from sphinx_meetup.reader.labels import DEFAULT

    time = DEFAULT.fact("time")
    assert time.match("Date & Time: Friday")["value"] == "Friday"
    assert time.match("Time & topic: Friday") is None  # a day's word and a talk's


@pytest.mark.parametrize(("dated", "opening", "day"), [
    ("2014-06-28", "6/25(水)に会議室にて第13回を開催しました。", dt.date(2014, 6, 25)),
    ("2015-02-08", "1/28（水）に第20回を開催しました。", dt.date(2015, 1, 28)),
    ("2014-06-28", "6/24（周二）举行了第一次活动。", dt.date(2014, 6, 24)),
    ("2014-06-28", "6/25(木)に第13回を開催しました。", None),  # a Wednesday: no guess
    ("2014-06-28", "1/2(土)と2/1(日)の二回。", None),  # no reading of 1/2 is a Saturday
])
def test_month_day_and_a_bracketed_weekday_open_a_recap(
    dated: str, opening: str, day: dt.date | None
) -> None:
    event = page(f"date: {dated}", opening)
    assert event.start == (day or dt.date.fromisoformat(dated))


def test_the_weekday_decides_which_number_is_the_month() -> None:
    assert find_date("4/5(土)", 2014) == dt.date(2014, 4, 5)  # a Saturday
    assert find_date("5/4(土)", 2014) == dt.date(2014, 4, 5)  # 4 May is a Sunday
    assert find_date("4/5(月)", 2014) is None  # neither 5 April nor 4 May is a Monday
    assert find_date("12/1(月)", 2014) == dt.date(2014, 12, 1)
    assert find_date("6/25(水)", None) is None  # no year to prove it in


def test_a_post_named_for_the_night_is_dated_by_its_name(tmp_path: Path) -> None:
    """Jekyll dates a post by its file name (when it was posted); the words after that
    day may name the night itself, as a title does."""
    body = "---\ntagline: Lightning talks\n---\nBring a script to show!\n"
    named = tmp_path / "2019-06-11-June-19th-Meetup.md"
    named.write_text(body, encoding="utf-8")
    assert read_file(named).start == dt.date(2019, 6, 19)
    assert read_file(named).published == dt.date(2019, 6, 11)
    plain = tmp_path / "2019-06-11-monthly-meetup-12.md"
    plain.write_text(body, encoding="utf-8")
    assert read_file(plain).start == dt.date(2019, 6, 11)
    stated = tmp_path / "2019-06-11-June-19th-Meetup-b.md"
    stated.write_text(body.replace("Bring", "Date: June 20th, 2019\n\nBring"), encoding="utf-8")
    assert read_file(stated).start == dt.date(2019, 6, 20)  # the body's statement


@pytest.mark.parametrize(("hijri", "gregorian"), [
    ((1394, 1, 1), dt.date(2015, 3, 21)), ((1394, 6, 23), dt.date(2015, 9, 14)),
    ((1394, 8, 1), dt.date(2015, 10, 23)), ((1399, 10, 11), dt.date(2020, 12, 31)),
    ((1400, 1, 1), dt.date(2021, 3, 21)), ((1403, 1, 1), dt.date(2024, 3, 20)),
    ((1403, 12, 30), dt.date(2025, 3, 20)), ((1380, 1, 1), dt.date(2001, 3, 21)),
])
def test_solar_hijri_days(hijri: tuple[int, int, int], gregorian: dt.date) -> None:
    from sphinx_meetup.reader.dates import from_solar_hijri

    assert from_solar_hijri(dt.date(*hijri)) == gregorian


def test_a_persian_page_dated_in_the_solar_hijri_calendar() -> None:
    persian = page('date: "1394-06-23"', "در این جلسه سه ارائه با موضوع‌های گوناگون انجام شد.")
    assert persian.start == dt.date(2015, 9, 14)
    # the same numbers on a page in Arabic (the lunar Hijri calendar) or English stay
    arabic = page('date: "1445-06-23"', "عقد اللقاء الشهري في المقر الرئيسي.")
    assert arabic.start == dt.date(1445, 6, 23)
    english = page('date: "1394-06-23"', "A history night about the year 1394.")
    assert english.start == dt.date(1394, 6, 23)


def test_a_file_name_does_not_move_a_front_matter_date(tmp_path: Path) -> None:
    """A page that gives its date keeps it: a name naming another day is a copy's."""
    copied = tmp_path / "meetup-27-september.md"
    copied.write_text("---\ntitle: Evening\ndate: 2018-12-06\n---\nTalks and beer.\n",
                      encoding="utf-8")
    assert read_file(copied).start == dt.date(2018, 12, 6)


@pytest.mark.parametrize(("text", "day"), [
    ("Le 03.03.20 à la Cantine, présenté par Ann Example.", dt.date(2020, 3, 3)),
    ("Am 13.10.21 im Labor.", dt.date(2021, 10, 13)),
])
def test_a_dotted_day_with_a_two_digit_year_in_a_sentence(text: str, day: dt.date) -> None:
    assert prose_date(text, 2020) == day


@pytest.mark.parametrize("text", [
    "Python 3.10.12 est sorti.",  # a version, no date mark before it
    "Voir la v1.10.20 et la 2.1.3.4",
])
def test_a_version_number_is_no_dotted_day(text: str) -> None:
    assert prose_date(text, 2020) is None


def test_a_dotted_day_in_the_opening_sentence_corrects_the_post_date() -> None:
    page = ('---\ntitle: "Hugo"\ndate: 2020-03-05T10:00:00+01:00\n---\n\n'
            "Le 03.03.20 à la Cantine, présenté par Ann Example.\n")
    start = read_event(page).start
    assert (start.date() if isinstance(start, dt.datetime) else start) == dt.date(2020, 3, 3)
