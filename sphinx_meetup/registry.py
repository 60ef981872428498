"""The site's speaker registry in a build: read once, photos made findable, problems told.

The pure part (reading, merging into an event) is :mod:`sphinx_meetup.reader.registry`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .config import get_config
from .model import Problem, Speaker
from .reader import decode
from .reader.registry import index, read_registry
from .warnings_ import Subtype, file_location, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def registry_for(env: BuildEnvironment) -> dict[str, Speaker]:
    """Every name and alias of the registry → its person (empty without a registry)."""
    config = get_config(env)
    if config.speakers_file is None:
        return {}
    path = config.speakers_file
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    if not path.is_file():  # a folder: check_registry says so
        return {}
    people, _problems = _load(path, stamp, Path(env.srcdir), config.image_roots)
    return people


def check_registry(app: Sphinx) -> None:
    """Report the registry's problems once per build (not once per event)."""
    config = get_config(app.config)
    if config.speakers_file is None:
        return
    path = config.speakers_file
    if not path.is_file():
        warn(f"meetup_speakers: {path} is not a file; no speaker registry is used", None,
             Subtype.CONFIG)
        return
    _people, problems = _load(path, path.stat().st_mtime_ns, Path(app.srcdir),
                              get_config(app.config).image_roots)
    for problem in problems:
        warn(problem.message, file_location(path, problem.line), problem.subtype)


@lru_cache(maxsize=4)
def _load(
    path: Path, stamp: int, srcdir: Path, image_roots: tuple[Path, ...]
) -> tuple[dict[str, Speaker], list[Problem]]:
    del stamp  # part of the cache key: an edited registry is read again
    try:
        data = path.read_bytes()
    except OSError as error:
        return {}, [Problem(None, f"cannot read the speaker registry: {error.strerror}",
                            "speaker", "error")]
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
    the renderer looks photos up (else as written, and the renderer will say so)."""
    resolved = photo.resolve()
    for root in roots:
        if resolved.is_relative_to(root.resolve()):
            return "/" + Path(os.path.relpath(resolved, root.resolve())).as_posix()
    return str(photo)
