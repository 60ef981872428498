"""What is never a talk's title, whatever line it stands on: a link address, an "add to
calendar" button, a quotation's attribution.

``- Website: <https://example.org/>`` reads like ``名：标题`` (a label, a colon, the
rest), but the rest is where a link points, not what a talk is called; the label
before it is no speaker either. ``[Add to Google Calendar](https://calendar.google.com/…)``
is a button of the page, and ``> The best meetup in town. - Ann Example`` a quotation and
who said it. The header goes, and its line stays in the text.
"""

from __future__ import annotations

import re

from .blocks import Unit
from .headers import Header
from .patterns import LazyPattern

#: a title that is nothing but one address (``https://…``, ``www.…``, ``<https://…>``)
_ADDRESS = LazyPattern(r"^<?(?:[a-z][a-z0-9+.-]*://|www\.)\S+>?$", re.IGNORECASE)


def is_address(title: str) -> bool:
    """Whether ``title`` is only a link address."""
    return bool(_ADDRESS.match(title.strip()))


def without_non_titles(heads: list[Header], units: list[Unit]) -> list[Header]:
    """``heads`` without those whose title is a link address, or whose line is a
    calendar button or a quotation's attribution."""
    # (most titles hold no colon and open with no ``www.``: no address to look for)
    addresses = any(":" in head.title or head.title[:4].lower() == "www." for head in heads)
    return [head for head in heads
            if not (addresses and is_address(head.title))
            and not is_calendar_button(units[head.index].text, units[head.index].block.links)
            and not _attribution(units[head.index])]


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


#: a sentence's end before a dash and what follows it: ``… in town. - Ann Example``
_SAID_BY = LazyPattern(r"[.!?…][\"”»]?\s+[-–—~]{1,2}\s*+\S")


def _attribution(unit: Unit) -> bool:
    """``> The best meetup in town. - Ann Example``: a quotation and who said it (a
    sentence, then a dash and the name), not a talk titled by the quote."""
    return unit.block.tag == "blockquote" and bool(_SAID_BY.search(unit.text))
