"""``sphinx-meetup import SITE DOCS_DIR``: bring a Hugo site's events into a Sphinx project.

Both schemas are imported: educenter pages (``content/[<lang>/]event/*.md``, photos
under the site's ``static/``) and Hugo Blox bundles (``content/[<lang>/]event/<slug>/
index.md``, older sites ``talk/``). Each event becomes ``DOCS_DIR/events/<slug>.md``;
photos keep the relative path the page uses, under ``DOCS_DIR/events/`` (a bundle's
files go to ``events/images/<slug>/`` and only then are the page's references to them
rewritten). A manifest of what was written (with content hashes) lets a second run
change nothing and keeps files the user has edited, unless ``--force``; a file that was
there before any import is the user's and is never overwritten. The events folder holds
events only: the listing is the generated ``meetup/index`` page.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..model import Event, Speaker
from ..reader import authors as profiles
from ..reader import hugoblox, read_event
from ..reader.frontmatter import split
from ..reader.names import key as name_key
from ..safety import is_remote, resolve_inside

HELP = "copy a Hugo site's event pages and photos into a Sphinx project"
#: content sections that hold events (``talk`` on older Hugo Blox sites)
SECTIONS = ("event", "events", "talk")
CONF_LINES = (
    'extensions = ["sphinx_meetup"]  # or add "sphinx_meetup" to your list',
    'meetup_events_dir = "events"',
    'meetup_speakers = "speakers.yaml"',
)
#: the generated page that lists the events (``meetup_pages_dir``'s index)
TOCTREE_ENTRY = "meetup/index"
#: the listing page earlier versions wrote into the events folder, which then read it as
#: an event: removed when it is still as written
OLD_INDEX_PAGE = "events/index.md"
#: slugs an event may not take: Hugo's section page, and the listing of earlier versions
RESERVED_SLUGS = frozenset({"index", "_index"})
#: what the last run wrote, with content hashes, beside conf.py
MANIFEST = ".sphinx-meetup-import.json"


class ManifestError(Exception):
    """The manifest cannot be read: without it, edits cannot be told from imports."""


class Writer:
    """Writes files into the project so that a second run changes nothing and a file
    the user edited since (its hash is not the one written) is kept unless forced."""

    def __init__(self, root: Path, *, force: bool) -> None:
        self.root = root
        self.force = force
        self.report: list[str] = []
        self.written: dict[str, str] = self._manifest()
        self.seen: set[str] = set()

    def has(self, relative: str) -> bool:
        """Whether ``relative`` was (or would have been) written in this run."""
        return relative in self.seen

    def put(self, relative: str, data: bytes) -> None:
        """Write ``data`` to ``root/relative`` unless that would lose the user's edits."""
        if relative in self.seen:
            return  # a photo two pages share
        self.seen.add(relative)
        target = self.root / relative
        if target.is_dir():
            self._line("failed", relative, "a folder is in the way; move it to import this file")
            return
        try:
            current = target.read_bytes() if target.is_file() else None
        except OSError as error:
            self._line("failed", relative, error.strerror or str(error))
            return
        if current is None:
            status = "created"
        elif current == data:
            status = "unchanged"
        elif relative not in self.written:
            self._line("kept", relative, "it was there before the import; never overwritten, "
                       "not even with --force: move it away to import this file")
            return
        elif self.force or self.written.get(relative) == _digest(current):
            status = "overwritten"
        else:
            self._line("skipped", relative, "edited by user; --force overwrites it")
            return
        if status != "unchanged":
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            except OSError as error:
                self._line("failed", relative, error.strerror or str(error))
                return
        self.written[relative] = _digest(data)
        self.report.append(f"{status:<11} {relative}")

    def remove(self, relative: str, why: str) -> None:
        """Delete a file an earlier run wrote, if it is still as written (else say so)."""
        target = self.root / relative
        digest = self.written.pop(relative, None)
        if digest is None or not target.is_file():
            return
        if _digest(target.read_bytes()) != digest:
            self._line("kept", relative, f"edited by user; {why}")
            return
        target.unlink()
        self._line("removed", relative, why)

    def _line(self, status: str, relative: str, why: str) -> None:
        self.report.append(f"{status:<11} {relative} ({why})")

    def finish(self) -> None:
        """Save the manifest (only when it changed, so a second run is byte-identical)."""
        text = json.dumps(
            {"written by": "sphinx-meetup import", "files": dict(sorted(self.written.items()))},
            indent=2, ensure_ascii=False,
        ) + "\n"
        path = self.root / MANIFEST
        if not path.is_file() or path.read_bytes() != text.encode():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode())

    def _manifest(self) -> dict[str, str]:
        """The files the last run wrote; a manifest that cannot be read stops the run
        before anything is written (every imported file would count as the user's)."""
        path = self.root / MANIFEST
        if not path.exists():
            return {}
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
        except IsADirectoryError as error:
            raise ManifestError(f"{path} is a folder, not the import's manifest") from error
        except OSError as error:
            raise ManifestError(f"{path}: cannot be read: {error.strerror}") from error
        except UnicodeDecodeError as error:
            raise ManifestError(f"{path} is not UTF-8 text") from error
        except ValueError as error:
            raise ManifestError(f"{path} is not JSON ({error})") from error
        files = data.get("files") if isinstance(data, dict) else None
        if not isinstance(files, dict):
            raise ManifestError(f"{path} has no \"files\" mapping")
        return {str(name): str(digest) for name, digest in files.items()}


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass(slots=True)
class Person:
    """One entry of ``speakers.yaml``."""

    name: str
    aliases: list[str] = field(default_factory=list)
    photo: str | None = None
    designation: str | None = None
    affiliation: str | None = None
    links: list[dict[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Import:
    """What one run has read from the site and will write into the project."""

    #: the site as given (for messages) and resolved (for the containment checks)
    given: Path
    site: Path
    writer: Writer
    people: dict[str, Person] = field(default_factory=dict)
    slugs: set[str] = field(default_factory=set)
    photos_seen: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``sphinx-meetup import``."""
    parser.add_argument("site", type=Path, help="the Hugo site (the folder holding content/)")
    parser.add_argument("docs_dir", type=Path, help="the Sphinx source folder (beside conf.py)")
    parser.add_argument(
        "--force", action="store_true", help="overwrite files edited since the last import"
    )


def run(args: argparse.Namespace) -> int:
    """Import every event of ``args.site`` into ``args.docs_dir``; print what was done."""
    content = args.site / "content"
    if not content.is_dir():
        sys.stderr.write(f"{args.site}: no content/ folder; is this a Hugo site?\n")
        return 2
    if args.docs_dir.exists() and not args.docs_dir.is_dir():
        sys.stderr.write(f"{args.docs_dir}: not a folder; DOCS_DIR is the Sphinx source "
                         "folder (the one holding conf.py)\n")
        return 2
    try:
        writer = Writer(args.docs_dir, force=args.force)
    except ManifestError as error:
        sys.stderr.write(f"{error}: nothing was imported. Restore or delete it (without it, "
                         "every file already there counts as yours and is kept).\n")
        return 2
    job = Import(args.site, args.site.resolve(), writer)
    for page, language in event_pages(content):
        try:
            _import_page(job, page, language)
        except OSError as error:
            _note(job, "failed", f"{page.relative_to(job.given).as_posix()}: "
                  f"{error.strerror or error}")
    writer.remove(OLD_INDEX_PAGE, f"the events are listed on the generated {TOCTREE_ENTRY}")
    writer.put("speakers.yaml", _registry(job.people))
    try:
        writer.finish()
    except OSError as error:
        _note(job, "failed", f"{MANIFEST}: {error.strerror or error}")
    for line in [*job.notes, *writer.report]:
        sys.stdout.write(line + "\n")
    sys.stdout.write(next_steps())
    return 1 if any(line.startswith("failed") for line in [*job.notes, *writer.report]) else 0


def next_steps() -> str:
    """What to add to ``conf.py`` and to the root toctree, printed after every import."""
    conf = "".join(f"    {line}\n" for line in CONF_LINES)
    return (f"\nAdd to conf.py:\n{conf}"
            "\nAdd to the toctree of your root page (index.md or index.rst), to list the "
            f"events:\n    {TOCTREE_ENTRY}\n")


def event_pages(content: Path) -> list[tuple[Path, str | None]]:
    """Every event page of the site with its language folder; section pages
    (``_index.md``) are not events."""
    roots = [(content, None)] + [
        (folder, folder.name) for folder in sorted(content.iterdir())
        if folder.is_dir() and folder.name not in SECTIONS
    ]
    pages = []
    for root, language in roots:
        for section in SECTIONS:
            folder = root / section
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if path.is_file() and path.suffix.lower() == ".md" \
                        and path.name.lower() != "_index.md":
                    pages.append((path, language))
                elif path.is_dir() and (path / "index.md").is_file():
                    pages.append((path / "index.md", language))
    return pages


def _import_page(job: Import, page: Path, language: str | None) -> None:
    where = page.relative_to(job.given).as_posix()
    if resolve_inside(page.name, page.parent, [job.site]) is None:
        _note(job, "refused", f"{where}: the page leaves the Hugo site")
        return
    bundle = page.name == "index.md"
    stem = page.parent.name if bundle else page.stem
    slug = _slug(job, stem, language)
    if stem.lower() in RESERVED_SLUGS:
        _note(job, "renamed", f"{where} -> events/{slug}.md: an event named {stem!r} would "
              "be taken for a listing page")
    text = page.read_bytes()
    event = read_event(text, source=str(page), page=page, project=job.site)
    data = split(text.decode("utf-8-sig", errors="replace")).data
    blox = hugoblox.looks_like_hugoblox(data)
    if bundle:
        text = _import_bundle(job, page, slug, text, event, data)
    elif blox:
        _import_static_photo(job, where, event.image)
    else:  # educenter: the event image and speaker photos, from static/
        for ref in [event.image, *(speaker.image for speaker in event.speakers)]:
            _import_static_photo(job, where, ref)
    job.writer.put(f"events/{slug}.md", text)
    for speaker in event.speakers:
        photo = f"events/{speaker.image.lstrip('/')}" if speaker.image and not blox else None
        _remember(job, speaker, photo if photo and job.writer.has(photo) else None)
    if blox:
        _remember_authors(job, page, data.get("authors"))


def _note(job: Import, status: str, text: str) -> None:
    job.notes.append(f"{status:<11} {text}")


def _slug(job: Import, stem: str, language: str | None) -> str:
    """The page's name in ``events/``; a name taken by another language gets its code."""
    slug = re.sub(r"[^\w.-]+", "-", stem).strip(".-") or "event"
    candidates = [slug, f"{slug}-{language}" if language else slug]
    candidates += [f"{slug}-{n}" for n in range(2, 1000)]
    chosen = next(c for c in candidates
                  if c.lower() not in job.slugs and c.lower() not in RESERVED_SLUGS)
    job.slugs.add(chosen.lower())
    return chosen


def _import_static_photo(job: Import, where: str, ref: str | None) -> None:
    """A photo an educenter page names, relative to the site's ``static/``: copied to
    the same relative path under ``events/``, so the page needs no change."""
    if not ref or is_remote(ref) or ref in job.photos_seen:
        return  # a photo many pages name is copied (or reported) once
    job.photos_seen.add(ref)
    relative = ref.lstrip("/")
    static = job.site / "static"
    if resolve_inside(relative, static, [job.site]) is None:
        _note(job, "refused", f"{ref} (named by {where}): it leaves the Hugo site")
        return
    found = resolve_inside(relative, static, [static])
    if found is None or not found.is_file():
        _note(job, "missing", f"{ref} (named by {where}): not found under static/")
        return
    target = found.relative_to(static.resolve()).as_posix()
    job.writer.put(f"events/{target}", found.read_bytes())


def _import_bundle(
    job: Import, page: Path, slug: str, text: bytes, event: Event, data: dict[str, Any]
) -> bytes:
    """Copy the bundle's files the page uses to ``events/images/<slug>/`` and point the
    page's references at them; the implicit ``featured.*`` image is written in."""
    folder = page.parent.resolve()
    source = text.decode("utf-8-sig", errors="replace")
    image = data.get("image")
    named = (isinstance(image, str) and image.strip()) or (
        isinstance(image, dict) and image.get("filename"))
    featured = event.image if event.image and not named and (folder / event.image).is_file() \
        else None
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix != ".md"):
        real = resolve_inside(path.relative_to(folder).as_posix(), folder, [job.site])
        relative = path.relative_to(folder).as_posix()
        if real is None:
            _note(job, "refused", f"{relative} (in the bundle of {slug}): it leaves the Hugo site")
            continue
        if relative != featured and relative not in source:
            continue  # a file the page never names
        target = f"images/{slug}/{relative}"
        job.writer.put(f"events/{target}", real.read_bytes())
        source = _point_at(source, relative, target)
    if featured:
        source = _with_featured(source, f"images/{slug}/{featured}")
    return source.encode()


def _point_at(text: str, old: str, new: str) -> str:
    """``text`` with Markdown/HTML link targets and front-matter values naming ``old``
    (as ``old`` or ``./old``) naming ``new`` instead."""
    path = r"(?:\./)?" + re.escape(old) + r"(?=[\s)\"'>]|$)"
    end = _front_matter_end(text)
    head = re.sub(r"(?m)^([ \t]*(?:-\s+)?[\w-]+\s*:\s*[\"']?)" + path,
                  lambda m: m[1] + new, text[:end])
    body = re.sub(r"(\]\(\s*<?|(?:src|href)\s*=\s*[\"'])" + path,
                  lambda m: m[1] + new, text[end:])
    return head + body


def _with_featured(text: str, target: str) -> str:
    """YAML front matter with ``image.filename`` set to the (copied) featured image."""
    end = _front_matter_end(text)
    if not text.startswith("---") or not end:
        return text
    head, rest = text[:end], text[end:]
    line = re.search(r"(?m)^image:[ \t]*(?:\"\"|''|\{\}|null|~)?[ \t]*(?:#.*)?$", head)
    if line:
        following = (ln for ln in head[line.end():].splitlines()[1:]
                     if ln.strip() and not ln.lstrip().startswith("#"))
        child = re.match(r"[ \t]+", next(following, ""))
        indent = child[0] if child else "  "
        entry = f'image:\n{indent}filename: "{target}"'
        head = head[: line.start()] + entry + head[line.end():]
    else:
        closing = head.rstrip().rfind("\n")
        head = head[:closing] + f'\nimage:\n  filename: "{target}"' + head[closing:]
    return head + rest


def _front_matter_end(text: str) -> int:
    """Where the front matter's closing ``---``/``+++`` line ends (0: none)."""
    match = re.match(r"(?s)(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(?:\n|$)", text)
    return match.end() if match else 0


def _remember(job: Import, speaker: Speaker, photo: str | None, *aliases: str) -> None:
    """Add a person to the registry, merged with anyone known by the same name."""
    person = job.people.setdefault(name_key(speaker.name), Person(speaker.name))
    for alias in [*speaker.aliases, *aliases]:
        if alias and alias != person.name and alias not in person.aliases:
            person.aliases.append(alias)
    person.photo = person.photo or photo
    person.designation = person.designation or speaker.designation
    person.affiliation = person.affiliation or speaker.affiliation
    for link in speaker.links:
        if all(known["url"] != link.url for known in person.links):
            person.links.append({"name": link.name, "url": link.url})


def _remember_authors(job: Import, page: Path, keys: object) -> None:
    """The people a Hugo Blox page's ``authors`` names, from their profiles, with the
    profile's avatar copied to ``events/images/authors/<name>/``."""
    dirs = profiles.find_authors_dirs(page, job.site)
    for _, key in profiles.named(keys):
        found = profiles.find(key, dirs)
        if found is None:
            continue
        folder, speaker = found
        photo = None
        avatar = Path(speaker.image) if speaker.image else None
        if avatar is not None and resolve_inside(avatar.name, folder, [job.site]) is not None:
            photo = f"events/images/authors/{folder.name}/{avatar.name}"
            job.writer.put(photo, avatar.read_bytes())
        _remember(job, speaker, photo, key, folder.name)


def _registry(people: dict[str, Person]) -> bytes:
    """``speakers.yaml``: one entry per person, sorted by name, empty keys left out."""
    entries = [
        {key: value for key, value in asdict(person).items() if value}
        for person in sorted(people.values(), key=lambda person: person.name.casefold())
    ]
    header = (
        "# Speakers of the events imported by `sphinx-meetup import`: name, aliases (other\n"
        "# names pages use), photo (relative to this file), designation, affiliation, links.\n"
    )
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000)
    return (header + (body if entries else "[]\n")).encode()


#: the ``import`` subcommand, as ``sphinx_meetup.cli`` registers it
COMMAND = (HELP, add_arguments, run)
