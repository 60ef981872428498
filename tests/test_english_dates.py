"""English days and times without Babel's locale data: exactly what Babel writes."""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date, format_time
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.render import english_dates
from sphinx_meetup.render.header import clock_time, full_date

ENGLISH = Locale.parse("en")


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_days_as_babel_writes_them(day: dt.date) -> None:
    assert english_dates.full_date(day) == format_date(day, "full", locale=ENGLISH)
    assert english_dates.medium_date(day) == format_date(day, "medium", locale=ENGLISH)


def test_every_day_of_four_centuries() -> None:
    day = dt.date(1900, 1, 1)
    while day.year < 2300:
        assert english_dates.full_date(day) == format_date(day, "full", locale=ENGLISH)
        assert english_dates.medium_date(day) == format_date(day, "medium", locale=ENGLISH)
        day += dt.timedelta(days=1)


def test_every_minute_of_a_day_in_its_own_zone() -> None:
    zones = [None, dt.UTC, dt.timezone(dt.timedelta(hours=8)),
             dt.timezone(dt.timedelta(hours=-5, minutes=-30))]
    for zone in zones:
        for minute in range(24 * 60):
            moment = dt.datetime(2026, 3, 1, minute // 60, minute % 60, tzinfo=zone)
            expected = format_time(moment, "short", tzinfo=moment.tzinfo, locale=ENGLISH)
            assert english_dates.short_time(moment) == expected


def test_only_plain_english_takes_the_short_way() -> None:
    """``en_GB`` writes ``Wednesday 2 February 2011`` and ``13:00``: Babel's answer."""
    british = Locale.parse("en_GB")
    day, moment = dt.date(2011, 2, 2), dt.datetime(2011, 2, 2, 13, 0)
    assert full_date(day, british) == format_date(day, "full", locale=british)
    assert clock_time(moment, british) == "13:00"
    assert full_date(day, ENGLISH) == "Wednesday, February 2, 2011"
    assert clock_time(moment, ENGLISH) == "1:00\u00a0PM"  # printable in every engine
