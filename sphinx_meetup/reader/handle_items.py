"""A list whose items open with a linked handle, then a dash and a title.

A meeting's agenda kept by a group that knows its members by their accounts writes
``- [@ann](https://github.com/ann) - A Leaflet debug plugin``: who (a handle linked to
their profile), a dash, what. One such item says little (a list of links to people's
accounts may go on with anything); the shape is read per list: at least two top-level
items of one list, and half of them or more, so written. Those items are talks, each
by its handle as the page writes it (``@ann``); an item of another shape stays as
written. Pure: units in, headers out.
"""

from __future__ import annotations

from .blocks import Unit, plain
from .confidence import OPENING_ITEM_HANDLE, SIBLING_SLOT
from .headers import Header, tidy_title
from .name_items import unread_lists
from .names import Name
from .patterns import LazyPattern

#: ``[@ann](https://…) - Title``: a linked handle, a dash or a colon, the title
_HANDLE_ITEM = LazyPattern(
    r"^\[(?P<handle>@[A-Za-z0-9][\w.-]{0,38})\]\([^()\s]{4,300}\)\s*+[-–—:]\s*+(?P<title>\S.*)$"
)
#: items of one list that must share the shape
_MIN_ITEMS = 2


def read(units: list[Unit], heads: list[Header], regions: list[str]) -> list[Header]:
    """Headers for the ``[@handle](profile) - Title`` items of lists that repeat it."""
    added: list[Header] = []
    for items in unread_lists(units, heads, regions, _MIN_ITEMS):
        found = {index: match for index in items if units[index].first
                 and (match := _HANDLE_ITEM.match(units[index].source)) is not None}
        if len(found) < _MIN_ITEMS or 2 * len(found) < len(items):
            continue
        for index, match in found.items():
            title = tidy_title(plain(match["title"]))
            if not title:
                continue
            why = (f"line {units[index].line}: {OPENING_ITEM_HANDLE}; "
                   f"{SIBLING_SLOT} ({len(found)} of {len(items)} items)")
            added.append(Header(index, "line", title=title, own_only=True,
                                slot=(index, [Name(match["handle"])], why)))
    return added
