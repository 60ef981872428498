"""Turn an event file (Markdown + front matter) into an :class:`~sphinx_meetup.model.Event`.

Pure Python: no Sphinx, no docutils. Never raises on bad input and never prints;
everything wrong comes back in ``Event.problems`` with its file line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..model import Event, Problem
from . import body as body_reader
from . import dates, fields
from .frontmatter import split
from .labels import Labels

__all__ = ["Labels", "decode", "read_event", "read_file"]

#: files larger than this are read only this far (with a problem), to bound time/memory
MAX_FILE_BYTES = 4 * 1024 * 1024


def read_file(
    path: str | Path, *, labels: Labels | None = None, timezone: str | None = None
) -> Event:
    """Read the event file at ``path``; a file that cannot be read is a problem too."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        event = Event(source=str(path))
        event.problems.append(
            Problem(None, f"cannot read the file: {error.strerror}", "file", "error")
        )
        return event
    return read_event(data, source=str(path), labels=labels, timezone=timezone)


def decode(data: bytes) -> tuple[str, Problem | None]:
    """``data`` as text: UTF-8 (a BOM is fine); GBK pages are read but named."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        try:
            text = data.decode("gb18030")
            hint = (
                "the file is not UTF-8 but looks like GBK/GB18030 Chinese; it was read as "
                "GBK - convert it once with `iconv -f GBK -t UTF-8` so every tool agrees"
            )
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
            hint = "the file is not UTF-8; unreadable bytes were replaced - re-save it as UTF-8"
        return text, Problem(line, hint, "encoding")


def read_event(
    content: str | bytes,
    *,
    source: str | None = None,
    labels: Labels | None = None,
    timezone: str | None = None,
) -> Event:
    """Read one event from ``content``; ``timezone`` is the site's default IANA zone."""
    labels = labels or Labels()
    problems: list[Problem] = []
    if isinstance(content, bytes):
        if len(content) > MAX_FILE_BYTES:
            problems.append(
                Problem(None, f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB; only "
                        "the start of it is read", "file")
            )
            content = content[:MAX_FILE_BYTES]
        content, encoding_problem = decode(content)
        if encoding_problem:
            problems.append(encoding_problem)
    text = content.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_FILE_BYTES:
        text = text[:MAX_FILE_BYTES]
    front = split(text)
    event = Event(source=source, problems=problems + front.problems)
    fields.apply(front.data, front.lines, event)
    blocks = body_reader.blocks_of(front.body, front.body_line)
    found = body_reader.read_body(blocks, labels)
    event.talks = found.talks
    _apply_facts(event, found.facts)
    _place_in_time_zone(event, timezone)
    event.body_rest = _blank_lines(front.body, front.body_line, found.consumed)
    event.body_rest_line = front.body_line
    if not event.title:
        event.problems.append(Problem(1, "the event has no title", "frontmatter"))
    return event


def _apply_facts(event: Event, facts: dict[str, list[tuple[str, int]]]) -> None:
    """Fact lines of the body: the day the event happens wins over the page's date."""
    for value, line in facts.get("time", [])[:1]:
        year = event.start.year if event.start else None
        day = dates.find_date(value, year)
        start_time, end_time = dates.find_times(value)
        if day is None and event.start is not None and start_time is not None:
            day = event.start if not isinstance(event.start, dt.datetime) else event.start.date()
        if day is None:
            if event.start is None:
                event.problems.append(
                    Problem(line, f"cannot read a date in {value[:60]!r}", "date")
                )
            continue
        like = event.start
        event.start = dates.combine(day, start_time, like)
        event.end = dates.combine(day, end_time, like) if end_time else None
    for value, _line in facts.get("venue", [])[:1]:
        event.venue = event.venue or value
    for role, target in (("replay", event.replays), ("slides", event.slides)):
        for value, _line in facts.get(role, []):
            for url in value.split():
                if url not in target and url.startswith(("http://", "https://")):
                    target.append(url)


def _place_in_time_zone(event: Event, site_timezone: str | None) -> None:
    name = event.timezone or site_timezone
    try:
        tz = dates.zone(name)
    except ValueError as error:
        event.problems.append(Problem(None, f"{error}; times are shown as written", "date"))
        return
    event.timezone = name
    event.start = dates.localise(event.start, tz)
    event.end = dates.localise(event.end, tz)
    ends_first = (
        isinstance(event.start, dt.datetime)
        and isinstance(event.end, dt.datetime)
        and (event.start.tzinfo is None) == (event.end.tzinfo is None)
        and event.end < event.start
    )
    if ends_first:
        event.problems.append(
            Problem(event.line_of("end"), "the event ends before it starts; the end is "
                    "ignored", "date")
        )
        event.end = None


def _blank_lines(body: str, first_line: int, consumed: set[int]) -> str:
    """The body with the lines the reader used up blanked (so line numbers still hold)."""
    lines = body.split("\n")
    return "\n".join(
        "" if first_line + number in consumed else line for number, line in enumerate(lines)
    )
