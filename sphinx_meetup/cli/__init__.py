"""``sphinx-meetup``: see how an event file is understood, and check files in CI.

``show`` and ``check`` need no Sphinx: they run the same reader a build runs.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import __version__
from ..model import Event, Problem, Speaker
from ..reader import MAX_FILE_BYTES, read_event, read_file
from . import terminal

Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``sphinx-meetup`` console script."""
    _utf8_output()
    _REGISTRIES.clear()  # (main() runs more than once in one process in tests)
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
    show.add_argument("file", type=Path, help="the event file; - reads it from standard input")
    show.add_argument("--json", action="store_true", help="print the documented JSON shape")
    show.add_argument("--timezone", help="the site's IANA time zone (meetup_timezone)")
    show.add_argument("--speakers", type=Path, metavar="FILE", help=_SPEAKERS_HELP)
    show.add_argument(
        "--explain", action="store_true",
        help="for each talk and speaker, the line and shape it was read from",
    )
    show.set_defaults(run=_show)

    check = commands.add_parser("check", help="report problems of event files (exit 1 on error)")
    check.add_argument("files", type=Path, nargs="+", metavar="PATH",
                       help="event files, or folders to search for them (bundles too)")
    check.add_argument("--timezone", help="the site's IANA time zone (meetup_timezone)")
    check.add_argument("--speakers", type=Path, metavar="FILE", help=_SPEAKERS_HELP)
    check.add_argument(
        "--strict", action="store_true", help="exit 1 on warnings too, like sphinx-build -W"
    )
    check.add_argument("--image-dir", type=Path, action="append", default=[], metavar="DIR",
                       help="a folder photos are also looked for in (meetup_image_dirs)")
    check.add_argument("--srcdir", type=Path, metavar="DIR",
                       help="the Sphinx source folder (default: the nearest folder above "
                       "the file holding conf.py)")
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
    """``path`` read as a build reads it: the site's zone, and its registry if given
    (whose own problems ``show`` writes to stderr; ``check`` lists them)."""
    event = read_file(path, timezone=args.timezone)
    if getattr(args, "speakers", None) is not None:
        from ..reader.speaker_registry import apply_registry

        people, problems = _registry(args, path)
        if args.run is _show:
            for problem in problems:
                sys.stderr.write(_problem_line(str(args.speakers), problem))
        apply_registry(event, people)
    return event


def _registry(args: argparse.Namespace, near: Path) -> tuple[dict[str, Speaker], list[Problem]]:
    """The registry as the build reads it (photos rooted in the source folder), once."""
    if args.speakers not in _REGISTRIES:
        from ..checks import load_registry

        srcdir = _srcdir(args, near)
        _REGISTRIES[args.speakers] = load_registry(args.speakers, srcdir,
                                                   getattr(args, "image_dir", []))
    return _REGISTRIES[args.speakers]


_REGISTRIES: dict[Path, tuple[dict[str, Speaker], list[Problem]]] = {}


def _utf8_output() -> None:
    """Event pages are full of 杭州 and ：; a console in another encoding (Windows' cp1252)
    gets UTF-8 anyway, and a character it cannot take never stops the command."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _show(args: argparse.Namespace) -> int:
    if str(args.file) == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        event = read_event(data, source="<stdin>", timezone=args.timezone)
        if args.speakers is not None:
            from ..reader.speaker_registry import apply_registry

            apply_registry(event, _registry(args, Path.cwd() / "-")[0])
    else:
        event = _read(args.file, args)
    unreadable = [p for p in event.problems if p.subtype == "file" and p.severity == "error"]
    if unreadable and not args.json:
        sys.stderr.write(_problem_line(event.source or str(args.file), unreadable[0]))
        return 1
    if args.json:
        data = event.to_json()
        if args.explain:
            real = [talk for talk in event.talks if talk.kind == "talk"]
            for shown, talk in zip(data["talks"], real, strict=False):
                shown["evidence"] = dict(talk.evidence)
        sys.stdout.write(terminal.json_text(json.dumps(data, ensure_ascii=False, indent=2)))
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_summary(event, explain=args.explain))
    return 1 if _has_error(event) else 0


def _check(args: argparse.Namespace) -> int:
    """Every problem a build would report about the files, then what was checked."""
    from .. import checks

    found: list[tuple[str, Problem]] = []
    files = [file for path in args.files for file in _event_files(path, found)]
    if args.speakers is not None:
        found += [(str(args.speakers), problem) for problem in
                  _registry(args, files[0] if files else args.speakers)[1]]
    for path in files:
        event = _read(path, args)
        places = checks.PhotoPlaces(path.parent, [_srcdir(args, path), *args.image_dir])
        found += [(str(path), problem) for problem in
                  [*event.problems, *checks.photo_problems(event, places)]]
    for where, problem in found:
        sys.stdout.write(_problem_line(where, problem))
    errors = sum(problem.severity == "error" for _, problem in found)
    warnings = len(found) - errors
    counts = [f"{n} {word}{'s' if n != 1 else ''}"
              for n, word in ((errors, "error"), (warnings, "warning")) if n]
    checked = f"{len(files)} file{'s' if len(files) != 1 else ''}"
    sys.stdout.write(f"{checked}: {', '.join(counts)}\n" if counts
                     else f"{checked}, no problems\n")
    return 1 if errors or (args.strict and warnings) else 0


def _event_files(path: Path, found: list[tuple[str, Problem]]) -> list[Path]:
    """``path`` itself, or the event files of a folder as a build finds them: ``*.md``
    (any case), Hugo bundles' ``index.md`` included, ``_index.md`` section pages not."""
    if not path.is_dir():
        return [path]
    files = sorted(
        file for file in path.rglob("*")
        if file.suffix.lower() == ".md" and file.name.lower() != "_index.md"
        and not any(part.startswith(".") for part in file.relative_to(path).parts)
        and file.is_file()
    )
    if not files:
        found.append((str(path), Problem(None, "no event files (*.md) in this folder",
                                         "file", "error")))
    return files


def _srcdir(args: argparse.Namespace, path: Path) -> Path:
    """The source folder photos may come from: ``--srcdir``, else the nearest folder
    above ``path`` holding ``conf.py``, else the current folder (or the file's, outside)."""
    if getattr(args, "srcdir", None) is not None:
        return args.srcdir
    start = path.resolve().parent
    for folder in [start, *start.parents]:
        if (folder / "conf.py").is_file():
            return folder
    here = Path.cwd()
    return here if start.is_relative_to(here) else start


def _problem_line(where: str, problem: Problem) -> str:
    """``file:line: severity: message [subtype]``, as compilers and Sphinx write them."""
    at = f"{where}:{problem.line}" if problem.line else where
    return terminal.plain(f"{at}: {problem.severity}: {problem.message} [{problem.subtype}]") + "\n"


def _has_error(event: Event) -> bool:
    return any(problem.severity == "error" for problem in event.problems)


def _summary(event: Event, *, explain: bool = False) -> str:
    """A short human-readable account of the event (``show`` without ``--json``);
    ``explain`` adds, under each talk, what it and each speaker were read from."""
    data = event.to_json()
    real = [talk for talk in event.talks if talk.kind == "talk"]
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
    for number, talk in enumerate(data["talks"]):
        when = _clock(talk["start"]) + ("–" + _clock(talk["end"]) if talk["end"] else "")
        room = f" [{talk['room']}]" if talk.get("room") else ""
        lines.append(f"  - {when + ' ' if when else ''}{talk['title']}{room}")
        if talk["speakers"]:
            lines.append("      by " + ", ".join(talk["speakers"]))
        evidence = real[number].evidence if explain and number < len(real) else {}
        lines += [f"      {name or 'talk'}: {why}" for name, why in evidence.items()]
    if explain and not real and not any(p.subtype == "programme" for p in event.problems):
        # a silent page: nothing read and nothing doubted - say what that means
        lines.append("  (no talk was read: no heading, list, table, agenda line or label of "
                     "the page reads as one; if the event has talks, give them as `talks:` "
                     "in the front matter)")
    for url in data["replays"]:
        lines.append(f"Replay: {url}")
    return "\n".join(map(terminal.plain, lines)) + "\n" + "".join(
        _problem_line(event.source or "-", problem) for problem in event.problems)


def _clock(iso: str | None) -> str:
    """``18:30`` of an ISO date and time (nothing for a day or no time)."""
    return iso[11:16] if iso and len(iso) > 16 else ""


if __name__ == "__main__":
    raise SystemExit(main())
