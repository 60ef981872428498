"""The site's speaker registry in a build: read once, photos made findable, problems told.

The pure part (reading, merging into an event) is :mod:`sphinx_meetup.reader.speaker_registry`,
and reading the file as a build does :mod:`sphinx_meetup.checks` (``check`` shares it).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..checks import load_registry
from ..config import get_config
from ..model import Problem, Speaker
from ..warnings_ import Subtype, file_location, warn

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
    return load_registry(path, srcdir, image_roots)
