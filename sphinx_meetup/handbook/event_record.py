"""What the exports need of an event, taken when the page is read.

Calendars, feeds and structured data are written when the build ends, from the
``meetup`` domain only, so they see every event also after a parallel read (``-j N``)
or an incremental build that read no event page. The reader's full
:class:`~sphinx_meetup.model.Event` is not kept there; this module turns it into a
canonical JSON string that :class:`~sphinx_meetup.handbook.summary.EventSummary` carries
(hashable and picklable, like the rest of the summary), and reads it back.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..checks import refused_message
from ..model import Event, When
from ..render.images import find_local
from ..safety import is_remote, safe_url

if TYPE_CHECKING:
    from ..render.context import RenderContext


def export_record(event: Event, context: RenderContext) -> str:
    """The event as exports use it: ``to_json()`` with unsafe URLs removed, the image
    found in the project, the page's date and every speaker's name."""
    image = _image(event.image, context)
    data = sanitized(event.to_json(), refused=context.refused_files)
    return json.dumps(
        {
            "event": data,
            "image": image,
            "published": event.published.isoformat() if event.published else None,
            "performers": [s.name.strip() for s in event.all_speakers() if s.name.strip()],
        },
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    )


def sanitized(
    data: dict[str, Any], refused: set[str] | dict[str, str] | None = None
) -> dict[str, Any]:
    """``Event.to_json()`` with every URL passed through :func:`safe_url` (a
    ``javascript:`` registration link becomes ``None``, unsafe list entries go), photos
    that were ``refused`` (an SVG that could run script) left out, and without
    ``problems``: warnings are for the build log, not for the public."""
    refused = set(refused or ())
    data = dict(data)
    data.pop("problems", None)
    data["registration_url"] = safe_url(data.get("registration_url"))
    for key in ("replays", "slides"):
        data[key] = [url for url in data.get(key, []) if safe_url(url)]
    for key in ("sponsors", "links"):
        data[key] = [{**item, "url": safe_url(item.get("url"))} for item in data.get(key, [])]
    data["talks"] = [
        {**talk, "video": safe_url(talk.get("video")), "slides": safe_url(talk.get("slides"))}
        for talk in data.get("talks", [])
    ]
    data["image"] = _safe_path(data.get("image"), refused)
    data["speakers"] = [{**s, "image": _safe_path(s.get("image"), refused)}
                        for s in data.get("speakers", [])]
    return data


def _safe_path(value: str | None, refused: set[str]) -> str | None:
    """A photo path as written, unless it is a URL that may not be linked or a photo
    that was refused."""
    if value in refused:
        return None
    if not value or not is_remote(value):
        return value
    url = safe_url(value)
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _image(image: str | None, context: RenderContext) -> str | None:
    """The event image: an http(s) URL, or its path relative to the source folder."""
    if not image:
        return None
    if is_remote(image):
        return _safe_path(image, set())
    found = find_local(context, image)
    if found is None and image in context.refused_files:
        context.warn(refused_message("photo", image, context.refused_files[image]),
                     context.event.lines.get("image"), "image")
    if found is None:
        return None
    try:
        return found.resolve().relative_to(context.srcdir.resolve()).as_posix()
    except ValueError:  # an image folder outside the source folder (meetup_image_dirs)
        return found.resolve().as_posix()


def record_of(text: str | None) -> dict[str, Any]:
    """The record an :class:`~sphinx_meetup.handbook.summary.EventSummary` carries as
    ``export`` (an empty one for summaries made without it)."""
    empty: dict[str, Any] = {"event": {}, "image": None, "published": None, "performers": []}
    return {**empty, **json.loads(text)} if text else empty


def parse_when(value: str | None, timezone: str | None) -> When | None:
    """An ISO date or date-time back as a value, seen in the event's IANA zone.

    A date stays a date (an all-day event); a time is placed in the zone the event is
    in, so calendars can name it (``TZID=Europe/Amsterdam``); without a zone a naive time
    stays naive (a floating time: the page did not say where it is).
    """
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    try:  # as reader.dates.zone, whose module (and patterns) a warm build never imports
        tz = ZoneInfo(timezone) if timezone else None
    except (ZoneInfoNotFoundError, ValueError, OSError):
        tz = None
    if tz is None:
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    try:
        return moment.astimezone(tz)
    except OverflowError:  # the first or last hours of year 1 or 9999
        return moment
