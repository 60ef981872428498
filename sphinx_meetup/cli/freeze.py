"""``sphinx-meetup freeze FILE``: write what the reader understood of a body as ``talks:``.

An organiser reviews the programme once, and from then on it is exact: a page with
``talks:`` is never guessed at again. The front matter is edited as text (the
programme added at its end, a date the body stated written over the page's), so every
other key, comment and the whole body stay as they are. Printed by default; the file
changes only with ``--write``; a page that already has a programme is refused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from ..model import Event, Talk, When
from ..reader import decode, read_event
from ..reader import programme as programme_reader
from ..reader.fields import ALIASES, event_day_key
from ..reader.frontmatter import split

HELP = "write the talks the reader found in a page's body into its front matter (talks:)"
_CLOSE = {"yaml": re.compile(r"^-{3,}\s*$"), "toml": re.compile(r"^\+{3,}\s*$")}
#: the page's own keys for the event's day, as the reader looks them up
_DATE_KEYS = {"start": (*ALIASES["start"],), "end": (*ALIASES["end"], "date_end")}


class FreezeError(Exception):
    """Why a page cannot be frozen (said to the user, with exit status 1)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--write", action="store_true",
                        help="change the file (default: print the frozen page)")
    parser.add_argument("--timezone", help="the site's IANA time zone (meetup_timezone)")


def run(args: argparse.Namespace) -> int:
    try:
        raw = args.file.read_bytes()
    except OSError as error:
        sys.stderr.write(f"{args.file}: cannot read the file: {error.strerror}\n")
        return 1
    text, problem = decode(raw)
    if problem is not None:
        sys.stderr.write(f"{args.file}: {problem.message}\n")
    try:
        frozen, notes = freeze(text, source=str(args.file), timezone=args.timezone)
    except FreezeError as error:
        sys.stderr.write(f"{args.file}: {error}\n")
        return 1
    for note in notes:
        sys.stderr.write(f"{args.file}: {note}\n")
    if args.write:
        temporary = args.file.with_name(args.file.name + ".freezing")
        temporary.write_text(frozen, encoding="utf-8", newline="")
        temporary.replace(args.file)
        sys.stderr.write(f"{args.file}: written; review its talks: once\n")
    else:
        sys.stdout.write(frozen)
    return 0


COMMAND = (HELP, add_arguments, run)


def freeze(text: str, *, source: str | None = None,
           timezone: str | None = None) -> tuple[str, list[str]]:
    """``text`` with its body's programme written into its front matter, and notes for
    the organiser. Raises :class:`FreezeError` when the page cannot be frozen."""
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    front = split(text)
    if front.format not in {"yaml", "toml"}:
        raise FreezeError("only YAML (---) and TOML (+++) front matter can be frozen; "
                          "write talks: by hand (see the reference)")
    if any(p.severity == "error" for p in front.problems):
        raise FreezeError("the front matter cannot be read; fix it first "
                          "(sphinx-meetup check)")
    if (key := programme_reader.find_key(front.data)) is not None:
        raise FreezeError(f"the page already has a programme ({key}:); nothing to freeze")
    event = read_event(text, source=source, timezone=timezone)
    if not event.talks:
        doubted = next((p for p in event.problems if p.subtype == "programme"), None)
        if doubted is not None:  # a guess is not frozen into talks: either
            raise FreezeError(f"line {doubted.line}: {doubted.message}; nothing to freeze")
        raise FreezeError("the reader found no talks in the body; nothing to freeze")
    plain = read_event(_front_only(text, front.body_line), timezone=timezone)
    lines = text.split("\n")
    close = next((n for n in range(1, len(lines)) if _CLOSE[front.format].match(lines[n])),
                 None)
    if close is None:
        raise FreezeError("the front matter is not closed")
    notes: list[str] = []
    added: list[str] = []
    for name in ("start", "end"):
        value = getattr(event, name)
        if value is not None and value != getattr(plain, name):
            _set_date(lines, front, name, value, added, notes)
    for name, written in (("venue", "venue"), ("replays", "replay"), ("slides", "slides")):
        value = getattr(event, name)
        if value and not getattr(plain, name):
            added.append(_assignment(front.format, written, value))
            notes.append(f"{written}: taken from the body")
    entries = _entries(event)
    block = _toml_tables(entries) if front.format == "toml" else _yaml_block(entries)
    lines[close:close] = [*added, *block]
    frozen = "\n".join(lines)
    notes += _check(frozen, event, timezone)
    consumed = [t.line + len(added) + len(block) for t in event.talks if t.line]
    if consumed:
        notes.append(f"the body still holds the talks (from line {min(consumed)}); it is now "
                     "shown as the event's text - shorten it once you have checked talks:")
    return frozen.replace("\n", newline), notes


def _front_only(text: str, body_line: int) -> str:
    """The page without its body: what the front matter alone says."""
    return "\n".join(text.split("\n")[: body_line - 1]) + "\n"


def _set_date(lines: list[str], front: Any, name: str, value: When, added: list[str],
              notes: list[str]) -> None:
    """The day the body states, written over the page's own date line (kept in a
    comment), or added."""
    written = _iso(value)
    key = event_day_key(front.data) if name == "start" else None
    key = key or next((k for k in _DATE_KEYS[name] if front.data.get(k) not in (None, "")), None)
    line = front.lines.get(key) if key else None
    separator = "=" if front.format == "toml" else ":"
    if key and line:
        pattern = re.compile(rf"^(\s*{re.escape(key)}\s*{separator}\s*)(.+?)\s*$")
        match = pattern.match(lines[line - 1])
        if match and "#" not in match[2]:
            old = match[2]
            lines[line - 1] = (f"{match[1]}{_scalar(front.format, written)}  # the day the "
                               f"body states; the page's date was {old}")
            notes.append(f"{key}: {old} -> {written} (the day the body states)")
            return
    added.append(_assignment(front.format, "date" if name == "start" else "end", written))
    notes.append(f"{'date' if name == 'start' else 'end'}: {written} (the body states it)")


def _entries(event: Event) -> list[dict[str, Any]]:
    """The talks as programme entries: a start where the chain does not give it, a
    duration where the end is known."""
    entries: list[dict[str, Any]] = []
    previous_end: When | None = None
    day = event.start.date() if isinstance(event.start, dt.datetime) else event.start
    for talk in event.talks:
        entry: dict[str, Any] = {"title": talk.title}
        if talk.kind == "break":
            entry["kind"] = "break"
        if talk.speakers:
            entry["speakers"] = [_speaker(event, talk, name) for name in talk.speakers]
        if isinstance(talk.start, dt.datetime) and talk.start != previous_end:
            same_day = talk.start.date() == day
            entry["start"] = f"{talk.start:%H:%M}" if same_day else talk.start.isoformat()
        if isinstance(talk.start, dt.datetime) and isinstance(talk.end, dt.datetime) \
                and talk.end > talk.start:
            entry["duration"] = programme_reader.format_duration(talk.end - talk.start)
        if talk.room:
            entry["room"] = talk.room
        for name in ("video", "slides"):
            if getattr(talk, name):
                entry[name] = getattr(talk, name)
        if talk.abstract.strip():
            entry["abstract"] = talk.abstract.strip() + "\n"
        entries.append(entry)
        previous_end = talk.end if isinstance(talk.start, dt.datetime) else None
    return entries


def _speaker(event: Event, talk: Talk, name: str) -> str | dict[str, Any]:
    """The front-matter name of the person ``name`` means (the body may use a nickname
    or an alias), so the frozen programme links to the same card; else the name with
    the aliases and affiliation the body gave."""
    person = event.speaker_for(talk, name)
    if person is not None and any(person is s for s in event.speakers):
        return person.name
    aliases, affiliation = talk.aliases.get(name), talk.affiliations.get(name)
    if not aliases and not affiliation:
        return name
    entry: dict[str, Any] = {"name": name}
    if aliases:
        entry["aliases"] = list(aliases)
    if affiliation:
        entry["affiliation"] = affiliation
    return entry


class _Dumper(yaml.SafeDumper):
    """Block style, multi-line text as ``|`` blocks, lists indented under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and not re.search(r"[ \t]\n|[^\S\n]$", value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _yaml_block(entries: list[dict[str, Any]]) -> list[str]:
    dumped = yaml.dump({"talks": entries}, Dumper=_Dumper, allow_unicode=True,
                       sort_keys=False, width=88, default_flow_style=False)
    return ["# the programme, as sphinx-meetup read it from the body: review it once",
            *dumped.rstrip("\n").split("\n")]


def _toml_tables(entries: list[dict[str, Any]]) -> list[str]:
    lines = ["# the programme, as sphinx-meetup read it from the body: review it once"]
    for entry in entries:
        lines += ["", "[[talks]]"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in entry.items()]
    return lines


def _toml_value(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    text = json.dumps(str(value), ensure_ascii=False)
    return re.sub(r"[\x7f]", lambda m: f"\\u{ord(m[0]):04x}", text)


def _assignment(kind: str | None, key: str, value: object) -> str:
    if kind == "toml":
        return f"{key} = {_toml_value(value)}"
    dumped = yaml.dump({key: value}, Dumper=_Dumper, allow_unicode=True, width=88,
                       default_flow_style=False)
    return dumped.rstrip("\n")


def _scalar(kind: str | None, value: str) -> str:
    return value if kind == "toml" and re.fullmatch(r"[\d:T+\-.]+", value) else (
        value if kind != "toml" else json.dumps(value))


def _iso(value: When) -> str:
    return value.isoformat()


def _day(value: When | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _check(frozen: str, event: Event, timezone: str | None) -> list[str]:
    """Read the frozen page back: it must give the talks the body gave."""
    again = read_event(frozen, timezone=timezone)

    notes = [f"check this: {p.message} (line {p.line})" for p in again.problems
             if p.subtype in {"talk", "date", "speaker", "url"}
             and not any(p.message == q.message for q in event.problems)]
    for was, now in zip(event.talks, again.talks, strict=False):
        if was.start is None and isinstance(now.start, dt.datetime):
            notes.append(f"check this: {now.title!r} has no time in the body; in talks: it "
                         f"starts when the entry before it ends ({now.start:%H:%M})")
    same = [(t.title, t.kind, t.video, t.slides, t.room) for t in again.talks] == [
        (t.title, t.kind, t.video, t.slides, t.room) for t in event.talks]
    if not same or _day(again.start) != _day(event.start):
        notes.append("the frozen programme does not read back as the body did; compare "
                     "`sphinx-meetup show` of both before writing")
    return notes
