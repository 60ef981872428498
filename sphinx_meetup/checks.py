"""What a build checks beyond the reader, in one place for the build and for
``sphinx-meetup check``: the photos an event names, found where a build looks for them,
and the site's speaker registry, read as a build reads it.

No Sphinx and no docutils here: the directive's renderer and the command line both call
these, so ``check --strict`` reports what ``sphinx-build -W`` reports, with the same
messages and subtypes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from .model import Event, Problem, Speaker
from .reader import decode
from .safety import is_remote, resolve_inside, safe_url
from .svg import looks_like_svg, svg_problem

#: what is shown instead of a photo that cannot be used
INSTEAD = {"photo": "an avatar is shown", "image": "its description is shown"}
_MARKDOWN = MarkdownIt("commonmark", {"html": False})


@dataclass(slots=True, eq=False, repr=False)  # nothing compares or prints them
class PhotoPlaces:
    """Where an event's photos are looked for: beside the event file, then in the image
    folders (the source folder first, then ``meetup_image_dirs``), never outside these."""

    #: the event file's folder: relative paths start here
    base_dir: Path
    #: the source folder, then each ``meetup_image_dirs`` folder
    roots: list[Path]
    #: ``roots`` with symlinks resolved, once per event (set on first use)
    real_roots: list[Path] | None = None

    def find(self, path: str) -> Path | None:
        """``path`` beside the event file, then in each image folder, if it stays inside."""
        relative = path.lstrip("/")
        for start in [self.base_dir, *self.roots]:
            # one stat first: resolving (every folder of the path, and of the roots) is
            # only worth it where the file is
            if not (start / relative).is_file():
                continue
            if self.real_roots is None:
                self.real_roots = [root.resolve() for root in self.roots]
            found = resolve_inside(relative, start, self.roots, real_roots=self.real_roots)
            if found is not None and found.is_file():
                return found
        return None

    def not_found(self, what: str, path: str) -> str:
        """The warning for a photo that is not there: where the path starts, where it was
        looked for (relative to the source folder), and what is shown instead."""
        relative = path.lstrip("/")
        looked = [_shown(start / relative, self.roots[0]) for start in
                  dict.fromkeys([self.base_dir, *self.roots])]
        starts = ("a path starting with / is relative to the source folder and "
                  "meetup_image_dirs (a registry's photo, relative to the registry file, is "
                  "written so)" if path.startswith("/") else
                  "a path is relative to the event file's folder (then to the source folder "
                  "and meetup_image_dirs)")
        return (f"{what} {path!r} not found: {starts}, and may not leave them; "
                f"looked for {', '.join(looked)}; {INSTEAD[what]}")


def _shown(path: Path, srcdir: Path) -> str:
    """``path`` as the user knows it: relative to the source folder when inside it."""
    relative = os.path.relpath(path, srcdir)
    return Path(relative).as_posix() if not relative.startswith("..") else path.as_posix()


def remote_problem(what: str, path: str) -> str | None:
    """The warning for a remote photo that may not be used (not http(s)), else ``None``."""
    url = safe_url(path)
    if url is None or not url.lower().startswith(("https://", "http://")):
        return f"{what} {path[:80]!r} is not an http(s) URL; {INSTEAD[what]}"
    return None


def svg_refusal_reason(found: Path) -> str | None:
    """Why the photo file ``found`` may not be published (an SVG that could run script)."""
    return svg_problem(found) if looks_like_svg(found) else None


def refused_message(what: str, path: str, reason: str) -> str:
    """The warning for a photo refused for ``reason``, where it is shown."""
    return f"{what} {path!r} {reason}; it is not published ({INSTEAD[what]})"


def photo_problems(event: Event, places: PhotoPlaces) -> list[Problem]:
    """What a build warns about the photos of ``event``: each speaker's photo (as the
    speaker grid shows them) and each image of the body, at their lines; an SVG that
    could run script wherever it is shown, the event's own image included."""
    named = [("photo", s.image, s.line) for s in event.all_speakers() if s.image]
    named += [("image", src, line) for src, line in body_images(event)]

    problems = []
    for what, path, line in named:
        if is_remote(path):
            message = remote_problem(what, path)
            if message:
                problems.append(Problem(line, message, "url"))
            continue
        found = places.find(path)
        reason = svg_refusal_reason(found) if found is not None else None
        if found is None:
            problems.append(Problem(line, places.not_found(what, path), "image"))
        elif reason is not None:
            problems.append(Problem(line, refused_message(what, path, reason), "image"))
    image = _image_refusal(event, places)
    if image is not None:
        problems.append(image)
    return problems


def _image_refusal(event: Event, places: PhotoPlaces) -> Problem | None:
    """The event's own image is only exported (``og:image``): a build says nothing when
    it is missing, but refuses an SVG that could run script."""
    if not event.image or is_remote(event.image):
        return None
    found = places.find(event.image)
    reason = svg_refusal_reason(found) if found is not None else None
    if reason is None:
        return None
    return Problem(event.lines.get("image"), refused_message("photo", event.image, reason),
                   "image")


def body_images(event: Event) -> list[tuple[str, int]]:
    """``(src, line)`` of each Markdown image in what the body shows."""
    found = []
    for token in _MARKDOWN.parse(event.body_rest):
        for child in token.children or []:
            src = child.attrGet("src") if child.type == "image" else None
            if isinstance(src, str) and src and token.map:
                found.append((src, event.body_rest_line + token.map[0]))
    return found


def load_registry(
    path: Path, srcdir: Path, image_roots: tuple[Path, ...] | list[Path]
) -> tuple[dict[str, Speaker], list[Problem]]:
    """The registry at ``path`` as a build reads it: every name → its person, photos
    made ``/``-rooted under the folder that holds them; and the file's problems."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return {}, [Problem(None, f"cannot read the speaker registry: {error.strerror}",
                            "speaker", "error")]
    from .reader.speaker_registry import index, read_registry  # only sites with a registry

    text, problem = decode(data)
    kind = {".toml": "toml", ".json": "json"}.get(path.suffix.lower(), "yaml")
    people, problems = read_registry(text, kind)
    if problem is not None:
        problems.insert(0, problem)
    for person in people:
        if person.image and "://" not in person.image:
            person.image = _rooted(path.parent / person.image, (srcdir, *image_roots))
    return index(people), problems


def _rooted(photo: Path, roots: tuple[Path, ...]) -> str:
    """The photo as a ``/``-rooted path under the first root that holds it, which is how
    photos are looked up (else as written, and the check will say so)."""
    resolved = photo.resolve()
    for root in roots:
        if resolved.is_relative_to(root.resolve()):
            return "/" + Path(os.path.relpath(resolved, root.resolve())).as_posix()
    return str(photo)
