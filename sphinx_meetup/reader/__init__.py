"""Turn an event file (Markdown + front matter) into an :class:`~sphinx_meetup.model.Event`.

Pure Python: no Sphinx, no docutils. Never raises on bad input and never prints;
everything wrong comes back in ``Event.problems`` with its file line.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ..model import Event, Problem

if TYPE_CHECKING:
    from .labels import Labels

# What reads an event's text (the front matter, the body's talks, the programme, and
# the order they run in, :mod:`.reading`) is imported by the functions that read: a
# build whose events all come from the read cache (:mod:`sphinx_meetup.read_cache`)
# never imports it, nor compiles it or its patterns. This module holds only what such
# a build uses (reading a file's bytes, for the cache's key) and the entry points.

__all__ = ["Labels", "decode", "is_draft", "read_bounded", "read_event", "read_file"]



def __getattr__(name: str) -> Any:
    """``Labels`` (in ``__all__``), imported when asked for: a build whose events all
    come from the read cache never needs the label words (:mod:`.labels`, 400 lines)."""
    if name == "Labels":
        from .labels import Labels

        return Labels
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: files larger than this are read only this far (with a problem), to bound time/memory
MAX_FILE_BYTES = 4 * 1024 * 1024


def read_file(
    path: str | Path,
    *,
    labels: Labels | None = None,
    timezone: str | None = None,
    authors_dirs: list[Path] | None = None,
    project: Path | None = None,
) -> Event:
    """Read the event file at ``path``; a file that cannot be read is a problem too.

    ``authors_dirs`` are the Hugo Blox author-profile folders; by default they are found
    by walking up from the file to its site's ``content/`` folder, never above
    ``project`` (the Sphinx source folder) when it is given.
    """
    try:
        with Path(path).open("rb") as handle:
            data = read_bounded(handle)
    except OSError as error:
        event = Event(source=str(path))
        event.problems.append(
            Problem(None, f"cannot read the file: {error.strerror}", "file", "error")
        )
        return event
    return read_event(data, source=str(path), labels=labels, timezone=timezone,
                      authors_dirs=authors_dirs, page=Path(path), project=project)


def read_bounded(handle: BinaryIO) -> bytes:
    """At most ``MAX_FILE_BYTES + 1`` bytes of ``handle``, asking for the file's size
    (plus one, to see its end): asking for the bound itself makes Python allocate 4 MiB
    for every file, which cost more than reading a meetup page. A file that grows while
    it is read (or a pipe, of size 0) is read on up to the bound."""
    want = min(os.fstat(handle.fileno()).st_size + 1, MAX_FILE_BYTES + 1)
    data = handle.read(want)
    if len(data) == want <= MAX_FILE_BYTES:
        data += handle.read(MAX_FILE_BYTES + 1 - want)
    return data


#: byte-order marks, longest first (UTF-32's little-endian one begins like UTF-16's)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes) -> tuple[str, Problem | None]:
    """``data`` as text: UTF-8, or the encoding a byte-order mark names (UTF-16/32);
    GBK pages and UTF-16 without a mark are read but named. No NUL reaches the reader."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom) :], encoding, named=False)
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed:
            return _decoded(data, guessed, named=True)
    try:
        text = data.decode("utf-8")
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
        return text.replace("\x00", ""), Problem(line, hint, "encoding")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return text.replace("\x00", ""), Problem(
            line, "the file holds NUL bytes, which no text has; they were left out", "encoding")
    return text, None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` (``utf-32-…``) when NULs fill one side of most byte pairs
    (three of four bytes): Latin text saved as UTF-16 by an editor that writes no
    byte-order mark; else ``None``."""
    sample = data[: 4096 - 4096 % 4]
    quarters = [sample[offset::4].count(0) for offset in range(4)]
    fourth = len(sample) // 4
    if not fourth:
        return None
    mostly, rarely = fourth * 0.3, fourth * 0.05
    for encoding, zeros in (("utf-32-le", (1, 2, 3)), ("utf-32-be", (0, 1, 2)),
                            ("utf-16-le", (1, 3)), ("utf-16-be", (0, 2))):
        if all(quarters[i] > mostly for i in zeros) and all(
            quarters[i] < rarely for i in range(4) if i not in zeros
        ):
            return encoding
    return None


def _decoded(data: bytes, encoding: str, *, named: bool) -> tuple[str, Problem | None]:
    """``data`` in ``encoding``; bytes that do not decode (a cut-off last character, a
    lone surrogate) become U+FFFD, and a guessed encoding is named."""
    try:
        text, problem = data.decode(encoding), None
    except UnicodeDecodeError as error:
        text = data.decode(encoding, errors="replace")
        problem = Problem(None, f"the file is {encoding.upper()} with bytes that do not "
                          "decode; they were replaced - re-save it as UTF-8", "encoding")
        line = text.count("\n", 0, text.find("\ufffd")) + 1
        problem.line = line if error.start else 1
    if named:
        problem = Problem(1, f"the file has no byte-order mark but reads as "
                          f"{encoding.upper()}; it was read so - re-save it as UTF-8 so every "
                          "tool agrees", "encoding")
    text = text.replace("\x00", "")
    return text, problem


def is_draft(content: bytes) -> bool:
    """Whether the event file ``content`` is a draft, read exactly as :func:`read_event`
    reads it (its front matter's own ``draft`` key), without reading the body: a file
    that never writes ``draft`` is not parsed at all."""
    head = content[:MAX_FILE_BYTES]
    if b"draft" not in head.lower() and b"\x00" not in head:  # UTF-16/32 hold NULs
        return False
    from . import fields
    from .frontmatter import split

    text, _problem = decode(head)
    data = split(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")).data
    return fields.draft_flag(data.get("draft"))


def read_event(
    content: str | bytes,
    *,
    source: str | None = None,
    labels: Labels | None = None,
    timezone: str | None = None,
    authors_dirs: list[Path] | None = None,
    page: Path | None = None,
    project: Path | None = None,
) -> Event:
    """Read one event from ``content``; ``timezone`` is the site's default IANA zone.

    ``page`` is where the content lives (a Hugo Blox page's bundle and author profiles
    are found from it, inside ``project``); ``authors_dirs`` overrides where profiles
    are looked up.
    """
    from .reading import read_page  # (the reader's modules, imported once there)

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
    return read_page(text, problems, source, labels, timezone, authors_dirs, page, project)
