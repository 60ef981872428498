"""What is never a talk's title, whatever line it stands on: a link address.

``- Website: <https://example.org/>`` reads like ``名：标题`` (a label, a colon, the
rest), but the rest is where a link points, not what a talk is called; the label
before it is no speaker either. The header goes, and its line stays in the text.
"""

from __future__ import annotations

import re

from .headers import Header
from .patterns import LazyPattern

#: a title that is nothing but one address (``https://…``, ``www.…``, ``<https://…>``)
_ADDRESS = LazyPattern(r"^<?(?:[a-z][a-z0-9+.-]*://|www\.)\S+>?$", re.IGNORECASE)


def is_address(title: str) -> bool:
    """Whether ``title`` is only a link address."""
    return bool(_ADDRESS.match(title.strip()))


def without_addresses(heads: list[Header]) -> list[Header]:
    """``heads`` without those whose title is a link address."""
    if not any(":" in head.title or head.title[:4].lower() == "www." for head in heads):
        return heads
    return [head for head in heads if not is_address(head.title)]


#: where an "add to calendar" link points: a calendar service's new-event form or an
#: iCalendar file
_CALENDAR_TARGET = LazyPattern(
    r"calendar\.google\.|google\.com/calendar|outlook\.(?:live|office)\.com/calendar"
    r"|calendar\.yahoo\.|\.ics(?:$|[?#])|[?&]action=TEMPLATE",
    re.IGNORECASE,
)


def is_calendar_button(text: str, links: list[tuple[str, str]]) -> bool:
    """Whether a line of ``text`` is nothing but a link that adds the event to a
    calendar (``[Add to Google Calendar](https://calendar.google.com/event?…)``): a
    button of the page, never the title of the talk below or above it."""
    return any(words.strip() == text.strip() and _CALENDAR_TARGET.search(url)
               for words, url in links)
