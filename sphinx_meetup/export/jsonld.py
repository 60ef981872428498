"""schema.org ``Event`` as JSON-LD in the ``<head>`` of each event page.

Follows Google's event structured-data guidelines: ``name``, ``startDate`` (with its UTC
offset), ``location`` (a ``Place`` with an address, a ``VirtualLocation`` with a URL, or
both), then the recommended ``endDate``, ``eventStatus``, ``eventAttendanceMode``,
``image``, ``description``, ``organizer``, ``performer``, ``offers``; a ``subEvent``
per talk. Values come from event files, so the script is escaped to stay one script.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from ..reader.patterns import LazyPattern
from ..safety import is_remote, safe_url
from .events import ExportEvent, ExportTalk

SCHEMA = "https://schema.org/"
#: words that say an event (or part of it) happens on the internet
ONLINE = re.compile(r"online|on-line|virtual|webinar|livestream|live stream|线上|在线|直播"
                    r"|zoom|腾讯会议", re.IGNORECASE)
#: what is left of "北京 + 线上直播" or "Amsterdam and online" besides the place
_JOINERS = LazyPattern(r"\b(?:and|or|plus|also|only)\b|[+＋&/、，,;；()（）\[\]【】·|和与及或同步]",
                      re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
FREE = re.compile(r"^\s*+(?:free|免费|gratis|gratuit|kostenlos|0|0\.0+|¥?0元?)\s*+[.!]?\s*+$",
                  re.IGNORECASE)
_PRICE = LazyPattern(
    r"^\s*+(?P<pre>[¥￥$€£]|CNY|RMB|USD|EUR|GBP)?\s*+(?P<amount>\d++(?:\.\d{1,2})?)\s*+"
    r"(?P<post>元|块|CNY|RMB|USD|EUR|GBP|€|\$)?\s*+$", re.IGNORECASE,
)
_CURRENCY = {"¥": "CNY", "￥": "CNY", "元": "CNY", "块": "CNY", "rmb": "CNY", "cny": "CNY",
             "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP"}


def event_data(event: ExportEvent, image: str | None) -> dict[str, Any] | None:
    """The ``Event`` object, or ``None`` for an undated event (Google needs a start).

    ``image`` is the event image as an absolute URL, if it has one.
    """
    if event.start is None:
        return None
    mode, location = attendance(event)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": event.start.isoformat(),
        "eventStatus": SCHEMA + "EventScheduled",
        "eventAttendanceMode": SCHEMA + mode,
    }
    if location is not None:
        data["location"] = location
    if event.end is not None:
        data["endDate"] = event.end.isoformat()
    talks = "; ".join(t.title for t in event.talks)
    if description := event.description or talks or event.when_and_where:
        data["description"] = description
    if event.url:
        data["url"] = event.url
    if image:
        data["image"] = [image]
    if organizers := _organizers(event):
        data["organizer"] = organizers
    if event.performers:
        data["performer"] = [{"@type": "Person", "name": name} for name in event.performers]
    if offer := _offer(event):
        data["offers"] = offer
    if topics := [t for t in event.data.get("topics", []) if t.strip()]:
        data["keywords"] = ", ".join(topics)
    if event.talks:
        data["subEvent"] = [_talk(event, talk, mode, location) for talk in event.talks]
    return data


def attendance(event: ExportEvent) -> tuple[str, Any]:
    """``OfflineEventAttendanceMode`` and a ``Place``, ``Online…`` and a
    ``VirtualLocation``, or ``Mixed…`` and both, judged from the location and venue:
    "online", "线上", "virtual", or a URL in place of a place mean online."""
    online_url: str | None = None
    online = False
    places: dict[str, str] = {}
    for key in ("venue", "location"):
        text = (event.data.get(key) or "").strip()
        if not text:
            continue
        if is_remote(text):
            online = True
            online_url = online_url or safe_url(text)
            continue
        if ONLINE.search(text):
            online = True
            text = " ".join(_JOINERS.sub(" ", ONLINE.sub(" ", text)).split())
        if _LETTER.search(text):
            places[key] = text
    virtual = {"@type": "VirtualLocation",
               "url": online_url or event.data.get("registration_url") or event.url}
    virtual = {k: v for k, v in virtual.items() if v}
    if not places:
        if online:
            return "OnlineEventAttendanceMode", virtual
        return "OfflineEventAttendanceMode", None  # not known: better none than made up
    address = {"@type": "PostalAddress"}
    if "venue" in places:
        address["streetAddress"] = places["venue"]
    if "location" in places:
        address["addressLocality"] = places["location"]
    place = {"@type": "Place", "name": places.get("venue") or places["location"],
             "address": address}
    if online:
        return "MixedEventAttendanceMode", [place, virtual]
    return "OfflineEventAttendanceMode", place


def _organizers(event: ExportEvent) -> list[dict[str, str]]:
    found = []
    for sponsor in event.data.get("sponsors", []):
        name = (sponsor.get("name") or "").strip()
        if name:
            item = {"@type": "Organization", "name": name}
            if sponsor.get("url"):
                item["url"] = sponsor["url"]
            found.append(item)
    return found


def _offer(event: ExportEvent) -> dict[str, Any] | None:
    """Price 0 for a free event ("Free", "免费"), the amount and currency when the fee
    is a plain price (``¥50``, ``50 元``, ``€10``), the registration link as its URL."""
    fee = (event.data.get("fee") or "").strip()
    url = event.data.get("registration_url")
    offer: dict[str, Any] = {"@type": "Offer"}
    if fee and FREE.match(fee):
        offer["price"] = 0
    elif fee and (match := _PRICE.match(fee)):
        amount = float(match["amount"])
        offer["price"] = int(amount) if amount.is_integer() else round(amount, 2)
        sign = (match["pre"] or match["post"] or "").lower()
        if sign in _CURRENCY:
            offer["priceCurrency"] = _CURRENCY[sign]
    if url:
        offer["url"] = url
    if event.published is not None:
        offer["validFrom"] = event.published.isoformat()
    return offer if "price" in offer or "url" in offer else None


def _talk(event: ExportEvent, talk: ExportTalk, mode: str, location: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Event", "name": talk.title,
                            "eventAttendanceMode": SCHEMA + mode}
    if talk.room and isinstance(location, dict) and location.get("@type") == "Place":
        data["location"] = {"@type": "Place", "name": talk.room, "containedInPlace": location}
    elif talk.room and location is None:
        data["location"] = {"@type": "Place", "name": talk.room}
    elif location is not None:
        data["location"] = location
    if isinstance(talk.start, dt.datetime):
        data["startDate"] = talk.start.isoformat()
    if isinstance(talk.end, dt.datetime):
        data["endDate"] = talk.end.isoformat()
    if talk.abstract:
        data["description"] = talk.abstract
    if talk.speakers:
        data["performer"] = [{"@type": "Person", "name": name} for name in talk.speakers]
    if event.url and talk.anchor:
        data["url"] = event.url.split("#")[0] + "#" + talk.anchor
    return data


def script_text(data: dict[str, Any]) -> str:
    """JSON that cannot end its ``<script>`` element: ``<``, ``>`` and ``&`` as
    ``\\u`` escapes (so no ``</script>`` or ``<!--``), and U+2028/2029 too.

    Compact, as search engines read it: an indented script was a third of every event
    page, and only the standard library's C encoder writes compact JSON."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text
