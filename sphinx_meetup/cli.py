"""``sphinx-meetup``: see how an event file is understood, and check files in CI.

``show`` and ``check`` need no Sphinx: they run the same reader a build runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .model import Event, Speaker
from .reader import read_file

Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``sphinx-meetup`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    return int(args.run(args))


_SPEAKERS_HELP = "the site's speaker registry (meetup_speakers), to read names as a build does"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sphinx-meetup", description="Read Hugo event pages the way a Sphinx build does."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    show = commands.add_parser("show", help="print how an event file was understood")
    show.add_argument("file", type=Path)
    show.add_argument("--json", action="store_true", help="print the documented JSON shape")
    show.add_argument("--timezone", help="the site's IANA time zone (meetup_timezone)")
    show.add_argument("--speakers", type=Path, help=_SPEAKERS_HELP)
    show.set_defaults(run=_show)

    check = commands.add_parser("check", help="report problems of event files (exit 1 on error)")
    check.add_argument("files", type=Path, nargs="+")
    check.add_argument("--timezone", help="the site's IANA time zone (meetup_timezone)")
    check.add_argument("--speakers", type=Path, help=_SPEAKERS_HELP)
    check.add_argument(
        "--strict", action="store_true", help="exit 1 on warnings too, like sphinx-build -W"
    )
    check.set_defaults(run=_check)

    for name, (help_text, add_arguments, run) in _extra_commands().items():
        command = commands.add_parser(name, help=help_text)
        add_arguments(command)
        command.set_defaults(run=run)
    return parser


def _extra_commands() -> dict[str, Command]:
    """Subcommands that live in their own modules (imported here, not at start-up)."""
    from .freeze import COMMAND as FREEZE
    from .importer import COMMAND as IMPORT

    return {"import": IMPORT, "freeze": FREEZE}


def _read(path: Path, args: argparse.Namespace) -> Event:
    """``path`` read as a build reads it: the site's zone, and its registry if given."""
    event = read_file(path, timezone=args.timezone)
    if getattr(args, "speakers", None) is not None:
        from .reader.registry import apply_registry

        apply_registry(event, _registry(args.speakers))
    return event


def _registry(path: Path) -> dict[str, Speaker]:
    """The registry's people by name key (read once per run); its problems to stderr."""
    if path not in _REGISTRIES:
        from .reader import decode
        from .reader.registry import index, read_registry

        try:
            text, _problem = decode(path.read_bytes())
        except OSError as error:
            sys.stderr.write(f"{path}: cannot read the speaker registry: {error.strerror}\n")
            text = ""
        kind = {".toml": "toml", ".json": "json"}.get(path.suffix.lower(), "yaml")
        people, problems = read_registry(text, kind)
        for problem in problems:
            sys.stderr.write(f"{path}:{problem.line or 1}: {problem.message}\n")
        _REGISTRIES[path] = index(people)
    return _REGISTRIES[path]


_REGISTRIES: dict[Path, dict[str, Speaker]] = {}


def _show(args: argparse.Namespace) -> int:
    event = _read(args.file, args)
    if args.json:
        json.dump(event.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_summary(event))
    return 1 if _has_error(event) else 0


def _check(args: argparse.Namespace) -> int:
    failed = False
    for path in args.files:
        event = _read(path, args)
        for problem in event.problems:
            where = f"{path}:{problem.line}" if problem.line else str(path)
            sys.stdout.write(
                f"{where}: {problem.severity}: {problem.message} [{problem.subtype}]\n"
            )
        failed = failed or _has_error(event) or (args.strict and bool(event.problems))
    return 1 if failed else 0


def _has_error(event: Event) -> bool:
    return any(problem.severity == "error" for problem in event.problems)


def _summary(event: Event) -> str:
    """A short human-readable account of the event (``show`` without ``--json``)."""
    data = event.to_json()
    lines = [data["title"] or "(no title)"]
    for label, key in (
        ("When", "start"), ("Until", "end"), ("Time zone", "timezone"), ("Where", "location"),
        ("Venue", "venue"), ("Fee", "fee"), ("Register", "registration_url"),
    ):
        if data[key]:
            lines.append(f"  {label}: {data[key]}")
    if data["topics"]:
        lines.append("  Topics: " + ", ".join(data["topics"]))
    lines += [f"  Sponsor: {s['name']} {s['url']}".rstrip() for s in data["sponsors"]]
    lines.append(f"Speakers ({len(data['speakers'])}):")
    lines += [f"  - {s['name']}" + (f", {s['designation']}" if s["designation"] else "")
              for s in data["speakers"]]
    lines.append(f"Talks ({len(data['talks'])}):")
    for talk in data["talks"]:
        when = _clock(talk["start"]) + ("–" + _clock(talk["end"]) if talk["end"] else "")
        room = f" [{talk['room']}]" if talk.get("room") else ""
        lines.append(f"  - {when + ' ' if when else ''}{talk['title']}{room}")
        if talk["speakers"]:
            lines.append("      by " + ", ".join(talk["speakers"]))
    for url in data["replays"]:
        lines.append(f"Replay: {url}")
    for problem in data["problems"]:
        lines.append(f"line {problem['line']}: {problem['severity']}: {problem['message']}")
    return "\n".join(lines) + "\n"


def _clock(iso: str | None) -> str:
    """``18:30`` of an ISO date and time (nothing for a day or no time)."""
    return iso[11:16] if iso and len(iso) > 16 else ""


if __name__ == "__main__":
    raise SystemExit(main())
