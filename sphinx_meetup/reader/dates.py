"""Dates and times as event pages write them, and the time zone they belong to."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..model import When

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "janvier"),
            ("february", "feb", "février", "fevrier"),
            ("march", "mar", "mars"),
            ("april", "apr", "avril"),
            ("may", "mai"),
            ("june", "jun", "juin"),
            ("july", "jul", "juillet"),
            ("august", "aug", "août", "aout"),
            ("september", "sep", "sept", "septembre"),
            ("october", "oct", "octobre"),
            ("november", "nov", "novembre"),
            ("december", "dec", "décembre", "decembre"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th|er)?"

_CJK_DATE = re.compile(r"(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]")
_NUMERIC_DATE = re.compile(r"\b(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})\b")
_MONTH_FIRST = re.compile(
    rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}\b(?:,?\s*(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    rf"\b(?P<day>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<month>{_MONTH})\b\.?(?:,?\s*(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)
_CLOCK = r"(?P<{0}h>[01]?\d|2[0-3])(?:[:：.h](?P<{0}m>[0-5]\d))?\s*(?P<{0}ap>[ap]\.?m\.?)?"
_TIME_RANGE = re.compile(
    r"(?<![\d:])" + _CLOCK.format("s") + r"\s*(?:[-–—~～至到]|to|until)\s*" + _CLOCK.format("e")
    + r"(?![\d])",
    re.IGNORECASE,
)
_SINGLE_TIME = re.compile(r"(?<![\d:])(?P<sh>[01]?\d|2[0-3])[:：](?P<sm>[0-5]\d)(?!\d)")


def find_date(text: str, default_year: int | None) -> dt.date | None:
    """The first calendar day ``text`` names: ``2019年12月28日``, ``2019-12-28``,
    ``February 20th, 2030``, ``on June 30th`` (year from ``default_year``)."""
    best: tuple[int, dt.date] | None = None
    for pattern in (_CJK_DATE, _NUMERIC_DATE, _MONTH_FIRST, _DAY_FIRST):
        for match in pattern.finditer(text):
            month = match["month"]
            month_number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            year = int(match["year"]) if match["year"] else default_year
            if year is None:
                continue
            try:
                found = dt.date(year, month_number, int(match["day"]))
            except ValueError:
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), found)
            break
    return best[1] if best else None


def find_times(text: str) -> tuple[dt.time | None, dt.time | None]:
    """A clock range ``17:00 – 21:00`` (or one time ``13:30``) in ``text``."""
    match = _TIME_RANGE.search(text)
    if match and (match["sm"] or match["em"] or match["sap"] or match["eap"]):
        return _clock(match, "s"), _clock(match, "e")
    single = _SINGLE_TIME.search(text)
    if single:
        return dt.time(int(single["sh"]), int(single["sm"])), None
    return None, None


def _clock(match: re.Match[str], side: str) -> dt.time:
    hour = int(match[f"{side}h"])
    minute = int(match[f"{side}m"] or 0)
    meridiem = (match[f"{side}ap"] or "").lower()
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    return dt.time(hour, minute)


def parse_value(value: object) -> When | None:
    """A front-matter date value (YAML date/datetime, ISO string) as a date or datetime.

    Raises ``ValueError`` for anything else, so the caller can say where it was.
    """
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)  # +0300 → +03:00
        text = re.sub(r"\s+(?=[+-]\d{2}:\d{2}$)", "", text)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace(" ", "T", 1))
    raise ValueError(f"expected a date, got {type(value).__name__} {value!r}")


def zone(name: str | None) -> ZoneInfo | None:
    """The IANA zone called ``name``; raises ``ValueError`` for an unknown name."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise ValueError(f"unknown time zone {name!r}") from error


def localise(value: When | None, tz: dt.tzinfo | None) -> When | None:
    """``value`` seen in the event's zone: aware times converted, naive times placed."""
    if not isinstance(value, dt.datetime) or tz is None:
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    return value.astimezone(tz)


def combine(day: dt.date, time: dt.time | None, like: When | None) -> When:
    """``day`` at ``time``, in the zone of ``like`` when it has one."""
    if time is None:
        return day
    tzinfo = like.tzinfo if isinstance(like, dt.datetime) else None
    return dt.datetime.combine(day, time, tzinfo=tzinfo)
