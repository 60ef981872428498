"""Days and clock times in English, as Babel writes them, without Babel's locale data.

Babel answers every language, but its first answer for one loads all of that language's
CLDR data - 5 MB that stay for the whole build (a fifth of what a 200-event build keeps
beyond a hand-written one) and 12 ms - where English, Sphinx's default language and most
sites', needs three patterns: ``EEEE, MMMM d, y``, ``MMM d, y`` and ``h:mm a``. A test
compares these with the installed Babel for every day of several centuries and every
minute of a day, so a new CLDR that changes them shows up there, not on a page.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
#: CLDR's narrow no-break space between the time and AM/PM
_BEFORE_PERIOD = "\u202f"


def is_english(locale: Locale) -> bool:
    """Plain ``en``, whose patterns this module knows (``en_GB``'s differ)."""
    return str(locale) == "en"


def full_date(day: dt.date) -> str:
    """``Wednesday, February 2, 2011`` (Babel's ``full`` date for ``en``)."""
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def medium_date(day: dt.date) -> str:
    """``Feb 2, 2011`` (Babel's ``medium`` date for ``en``)."""
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def short_time(moment: dt.datetime | dt.time) -> str:
    """``1:05 PM`` with a narrow no-break space (Babel's ``short`` time for ``en``), in
    the moment's own zone."""
    period = "AM" if moment.hour < 12 else "PM"
    return f"{moment.hour % 12 or 12}:{moment.minute:02d}{_BEFORE_PERIOD}{period}"
