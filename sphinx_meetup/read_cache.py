"""Events read by earlier builds, reused while nothing they were read from changed.

A full build (``-E``, a cleaned ``_build``, a CI job that keeps ``_build``) reads every
event file again: about 2 ms of CPU a file, where unpickling the event it was read as
takes 0.05 ms. An entry is found by a digest of everything its reading depends on - the
file's bytes and path, the reader's options and the code of the reader and the model -
so an edited file, other ``meetup_labels`` or another sphinx-meetup reads afresh.
A reading that looked at other files (Hugo Blox author profiles) is never kept.

Entries are pickles, trusted as Sphinx trusts the pickled environment beside them; one
that cannot be loaded is a miss. Writing is best-effort: a cache folder that cannot be
written only makes builds read again. Entries unused for :data:`KEEP_DAYS` are removed
(looked for once a day, not by every build).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from . import reader
from .config import get_config
from .model import Event
from .version import __version__

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: the cache's folder, beside the output folder (``_build/.meetup-cache``), as
#: myst-nb keeps its execution cache (``_build/.jupyter_cache``)
FOLDER = ".meetup-cache"
#: bumped when what an entry holds changes shape
FORMAT = 1
#: entries not used for this long are removed (at the end of a build)
KEEP_DAYS = 30
#: a build looks for such entries at most this often (seconds): the look stats every
#: entry, and the folder holds one per event file
PRUNE_EVERY = 86400
#: the file whose time says when entries were last looked at
PRUNED = ".pruned"
_SOURCES = ("reader", "model.py", "read_cache.py")


class ReadCache:
    """Reads event files through the entries in ``folder`` (``None``: no cache)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def read_file(self, path: Path, **options: Any) -> Event:
        """:func:`~sphinx_meetup.reader.read_file`, unless this reading is kept."""
        if self.folder is None:
            return reader.read_file(path, **options)
        try:
            with path.open("rb") as handle:
                data = reader.read_bounded(handle)
        except OSError:
            return reader.read_file(path, **options)  # says what is wrong, as a problem
        entry = self.folder / f"{_digest(path, options, data)}.pickle"
        event = self._load(entry)
        if event is not None:
            return event
        event = reader.read_event(data, source=str(path), page=path, **options)
        if not event.read_other_files:
            self._store(entry, event)
        return event

    def prune(self, now: float | None = None) -> None:
        """Remove the entries no build has used for :data:`KEEP_DAYS`."""
        if self.folder is None or not self.folder.is_dir():
            return
        oldest = (now or time.time()) - KEEP_DAYS * 86400
        for entry in self.folder.glob("*.pickle"):
            try:
                if entry.stat().st_mtime < oldest:
                    entry.unlink()
            except OSError:
                pass

    def prune_now_and_then(self, now: float | None = None) -> None:
        """:meth:`prune`, unless a build did in the last :data:`PRUNE_EVERY` seconds."""
        if self.folder is None or not self.folder.is_dir():
            return
        now = now or time.time()
        stamp = self.folder / PRUNED
        try:
            if now - stamp.stat().st_mtime < PRUNE_EVERY:
                return
        except OSError:  # never pruned
            pass
        self.prune(now)
        with contextlib.suppress(OSError):
            stamp.touch()

    def _load(self, entry: Path) -> Event | None:
        try:
            with entry.open("rb") as handle:
                event = pickle.load(handle)  # noqa: S301 - the build's own files
            os.utime(entry)  # used: not pruned
        except Exception:  # missing, damaged, or pickled by another Python: a miss
            return None
        return event if isinstance(event, Event) else None

    def _store(self, entry: Path, event: Event) -> None:
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(descriptor, "wb") as handle:
                pickle.dump(event, handle, protocol=pickle.HIGHEST_PROTOCOL)
            Path(temporary).replace(entry)  # whole or not at all, also for -j workers
        except Exception:  # best effort: the next build reads the file again
            Path(temporary).unlink(missing_ok=True)


def _digest(path: Path, options: dict[str, Any], data: bytes) -> str:
    """Everything a reading depends on (``Labels`` and paths have stable reprs)."""
    options_text = _options_text(options)
    head = f"{FORMAT}|{_code_fingerprint()}|{path}|{options_text}".encode()
    return hashlib.sha256(head + b"\0" + data).hexdigest()


#: the last options and their text: a build reads every file with the same options, and
#: the repr of its ``Labels`` (every label of every language) is the digest's dearest part
_LAST_OPTIONS: list[tuple[tuple[tuple[str, Any], ...], str]] = []


def _options_text(options: dict[str, Any]) -> str:
    key = tuple(sorted((name, tuple(value) if isinstance(value, list) else value)
                       for name, value in options.items()))
    if _LAST_OPTIONS and _LAST_OPTIONS[0][0] == key:
        return _LAST_OPTIONS[0][1]
    text = repr(sorted(options.items()))
    _LAST_OPTIONS[:] = [(key, text)]
    return text


@functools.cache
def _code_fingerprint() -> str:
    """A digest of the version and of the reader's and the model's source files - their
    names, sizes and modification times, as Python itself decides whether a module's
    bytecode is still its source's: a new version, or an edit in a checkout, never
    reuses what older code read. (Hashing the 830 KB of source they hold took 3-5 ms of
    every build, more than reading ten events from the cache; finding the files with
    ``Path.rglob`` 2 ms, with ``os.scandir`` 0.5 ms.)"""
    package = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for name in _SOURCES:
        place = package / name
        found = _python_files(place, name) if place.is_dir() else [(name, place.stat())]
        for relative, stat in sorted(found, key=lambda item: item[0].split("/")):
            digest.update(f"{relative}|{stat.st_size}|{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:16]


def _python_files(folder: Path, relative: str) -> list[tuple[str, os.stat_result]]:
    """The ``.py`` files in ``folder`` and below, as paths from the package (``folder``
    is ``relative`` there), with what ``stat`` says of them."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = f"{relative}/{entry.name}"
            if entry.is_dir():
                found += _python_files(folder / entry.name, name)
            elif entry.name.endswith(".py"):
                found.append((name, entry.stat()))
    return found


_BUILDS: WeakKeyDictionary[BuildEnvironment, ReadCache] = WeakKeyDictionary()


def build_cache(env: BuildEnvironment) -> ReadCache:
    """The cache of the build ``env`` belongs to (none outside a build)."""
    return _BUILDS.get(env) or ReadCache(None)


def start(app: Sphinx) -> None:
    """At ``builder-inited``: the folder beside the output, unless ``meetup_read_cache``
    is off (``-j`` workers inherit the cache, and write their own entries)."""
    folder = Path(app.outdir).parent / FOLDER if get_config(app.env).read_cache else None
    _BUILDS[app.env] = ReadCache(folder)


def finish(app: Sphinx, exception: Exception | None) -> None:
    """At ``build-finished``: forget entries unused for a month (looked for once a day)."""
    if exception is None:
        build_cache(app.env).prune_now_and_then()


def setup_read_cache(app: Sphinx) -> None:
    app.connect("builder-inited", start)
    app.connect("build-finished", finish)
