"""A seminar series' pages name their speaker as the page's ``author``.

``author`` is a page's writer, and the reader never takes it for a speaker on the
page's word alone: an organiser writes the announcements. Some sites (a seminar series,
a reading group, a weekly talk night) give each page the author of its one talk instead,
and the site shows it: its pages name *different* authors, page after page, where an
organiser's name would come back. That evidence is the folder's, not the page's: the
authors of the page's siblings (the other event files beside it, or the other bundles'
``index.md``) are scanned from the text of their front matter (no parse), once a folder.

Only the author-like keys are read (``author``, ``authors``; one table down, as Zola's
``[extra]`` and Hugo's ``[params]`` keep a theme's fields), only of regular files in the
page's own folder (no symlink is followed), and only their first lines.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .names import is_organisation, looks_like_name

#: the keys a page's author is written under
AUTHOR_KEYS = ("author", "authors")
#: tables one level down whose author is the page's (Zola's ``[extra]``, Hugo's ``[params]``)
_TABLES = ("extra", "params")
#: at least this many sibling pages must name an author for their authors to say anything
MIN_PAGES = 3
#: ... and at least this share of them must be names no other page gives
MIN_DISTINCT = 0.6
#: a folder's pages looked at (the first, by name): a site's archive can be large
MAX_SIBLINGS = 500
#: bytes of a sibling read to find its front matter's author
HEAD_BYTES = 4096
_SUFFIXES = (".md", ".markdown")

#: ``author: Ann Example``, ``author = "Ann Example"``, ``authors:`` (a list follows),
#: ``  author: …`` inside a table - the first such line of a front matter
_AUTHOR_LINE = re.compile(r"^[ \t]*authors?[ \t]*[:=][ \t]*(.*)$", re.MULTILINE)
#: the first item of a YAML list below ``authors:``
_FIRST_ITEM = re.compile(r"\n[ \t]*-[ \t]*(.+)$", re.MULTILINE)


def page_author(data: dict[str, Any], lines: dict[str, int]) -> tuple[str, int | None] | None:
    """The one person a page's front matter names as its author, with the key's line:
    ``None`` for no author, several, or a value that is no person's name (a team, a
    company, a user name)."""
    for table, prefix in ((data, ""), *((data.get(t), f"{t}.") for t in _TABLES)):
        if not isinstance(table, dict):
            continue
        for key in AUTHOR_KEYS:
            value = table.get(key)
            if isinstance(value, list) and len(value) == 1:
                value = value[0]
            if value is None or value == "" or value == []:
                continue
            if not isinstance(value, str):
                return None
            name = " ".join(value.split())
            if not looks_like_name(name) or is_organisation(name):
                return None
            return name, lines.get(prefix + key, lines.get(prefix.rstrip(".")))
    return None


def authors_vary(authors: Sequence[str | None]) -> bool:
    """Whether the pages' authors (``None``: a page without one) are each page's own:
    enough pages name one, and most of those names no other page gives."""
    named = [author for author in authors if author]
    if len(named) < MIN_PAGES:
        return False
    counts: dict[str, int] = {}
    for author in named:
        counts[author] = counts.get(author, 0) + 1
    return len(counts) >= MIN_DISTINCT * len(named)


def sibling_authors(page: Path) -> tuple[str | None, ...]:
    """The author (normalised text) each event page beside ``page`` names, itself
    included; ``()`` when the folder cannot be read."""
    if page.name in ("index.md", "_index.md") or page.stem == "index":
        pages = [folder / page.name for folder in _entries(page.parent.parent)
                 if folder.is_dir() and not folder.is_symlink()]
    else:
        pages = [entry for entry in _entries(page.parent)
                 if entry.suffix.lower() in _SUFFIXES and not entry.name.startswith("_")]
    return tuple(_cached_author(str(path), *_stamp(path)) for path in pages[:MAX_SIBLINGS])


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _stamp(path: Path) -> tuple[int, int]:
    try:
        if path.is_symlink():
            return -1, -1
        stat = path.stat()
    except OSError:
        return -1, -1
    return stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=4096)
def _cached_author(path: str, mtime: int, size: int) -> str | None:
    """The author text of the file at ``path`` as it was at ``mtime`` and ``size``."""
    if size < 0:
        return None
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    return author_text(head)


def author_text(head: str) -> str | None:
    """The author a page's front matter names, as normalised text (for comparing pages,
    not for showing): the value of its first author key, or the first item under it."""
    head = head.lstrip("\ufeff").replace("\r\n", "\n")
    fence = head[:3]
    if fence not in ("---", "+++"):
        return None
    end = head.find("\n" + fence, 3)
    front = head[3:end] if end >= 0 else head[3:]
    found = _AUTHOR_LINE.search(front)
    if found is None:
        return None
    value = found[1].strip()
    if not value:
        item = _FIRST_ITEM.match(front, found.end())
        value = item[1].strip() if item else ""
    value = value.strip("[]'\" \t").casefold()
    return " ".join(value.split()) or None
