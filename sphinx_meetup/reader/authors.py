"""Hugo Blox author profiles: ``content/[<lang>/]authors/<name>/_index.md`` as speakers.

A Hugo Blox page names people by their profile folder (``authors: [soumik]``); the
profile holds the display name, role, organisations, social links and an ``avatar.*``
photo beside it. This is the only place the reader opens files other than the event
file itself, and it only opens those profiles.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import Link, Speaker
from ..safety import resolve_inside, safe_url
from .frontmatter import split
from .value_types import SCALAR

#: profile files larger than this are not read (a profile is a few hundred bytes)
MAX_PROFILE_BYTES = 256 * 1024
_PROFILE_FILES = ("_index.md", "index.md")
_AVATAR_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg")
#: link names for the icons profiles use most; others are named by their icon
_ICON_NAMES = {
    "globe": "Website", "link": "Website", "home": "Website", "envelope": "Email",
    "github": "GitHub", "gitlab": "GitLab", "twitter": "Twitter", "x-twitter": "X",
    "linkedin": "LinkedIn", "orcid": "ORCID", "google-scholar": "Google Scholar",
    "mastodon": "Mastodon", "youtube": "YouTube", "bilibili": "Bilibili", "weixin": "WeChat",
    "researchgate": "ResearchGate", "cv": "CV",
}


def find_authors_dirs(page: Path, project: Path | None = None) -> list[Path]:
    """The ``authors`` folders a page can name people from, nearest first.

    Walks up from the page to the Hugo site's ``content/`` folder, so a page under
    ``content/fr/event/`` finds ``content/fr/authors`` before ``content/authors``.
    A page outside any ``content/`` folder has none (so nothing else is searched), and
    the walk never leaves ``project`` (the Sphinx source folder, the site imported): a
    ``content`` folder above it is someone else's.
    """
    folder = page.parent.absolute()
    ancestors = [folder, *folder.parents]
    if project is not None:
        top = project.absolute()
        ancestors = [a for a in ancestors if a == top or a.is_relative_to(top)]
    content = next((a for a in ancestors if a.name == "content"), None)
    if content is None:
        return []
    chain = ancestors[: ancestors.index(content) + 1]
    found = [a / "authors" for a in chain if (a / "authors").is_dir()]
    if project is None:
        return found
    return [d for d in found if resolve_inside(".", d, [project]) is not None]


def named(value: object) -> list[tuple[int, str]]:
    """``(position, name)`` of each person an ``authors`` value lists (a list or one)."""
    items = value if isinstance(value, list) else [value]
    return [(index, text) for index, item in enumerate(items) if (text := _text(item))]


def find(key: str, authors_dirs: list[Path]) -> tuple[Path, Speaker] | None:
    """The profile folder of ``key`` and the person it describes, if there is one."""
    folder = profile_folder(key, authors_dirs)
    speaker = read_profile(folder) if folder is not None else None
    return (folder, speaker) if folder is not None and speaker is not None else None


def profile_folder(key: str, authors_dirs: list[Path]) -> Path | None:
    """The profile folder of ``key`` (as written, lower-cased, or urlized like Hugo)."""
    candidates = dict.fromkeys([key, key.lower(), urlize(key)])
    for folder in authors_dirs:
        for candidate in candidates:
            if not candidate or "/" in candidate or "\\" in candidate or candidate in {".", ".."}:
                continue
            if any((folder / candidate / name).is_file() for name in _PROFILE_FILES) and (
                resolve_inside(candidate, folder, [folder]) is not None  # no symlink out
            ):
                return folder / candidate
    return None


def urlize(name: str) -> str:
    """Hugo's ``urlize`` of an author name: ``Jane Doe`` → ``jane-doe``."""
    return re.sub(r"[^\w.~-]+", "-", name.strip().lower()).strip("-")


def read_profile(folder: Path) -> Speaker | None:
    """The person a profile folder describes; ``image`` is the avatar's absolute path."""
    for name in _PROFILE_FILES:
        path = folder / name
        try:
            stat = path.stat()
        except OSError:
            continue
        found = _cached_profile(str(path), stat.st_mtime_ns, stat.st_size)
        if found is None:
            return None
        # a copy: callers adapt it to their page, the cached one stays as read
        return replace(found, aliases=list(found.aliases), links=list(found.links))
    return None


@lru_cache(maxsize=256)
def _cached_profile(path: str, mtime_ns: int, size: int) -> Speaker | None:
    """One profile read once per build (keyed on its mtime and size, so edits show)."""
    if size > MAX_PROFILE_BYTES:
        return None
    try:
        text = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    data = split(text.replace("\r\n", "\n")).data
    if not isinstance(data, dict):
        return None
    folder = Path(path).parent
    name = _text(data.get("title")) or _text(data.get("name")) or " ".join(
        part for part in (_text(data.get("first_name")), _text(data.get("last_name"))) if part
    )
    if not name:
        return None
    organisations = [
        org for item in _as_list(data.get("organizations"))
        if (org := _text(item.get("name") if isinstance(item, dict) else item))
    ]
    affiliation = "; ".join(organisations) or None
    avatar = _avatar(folder)
    return Speaker(
        name=name,
        image=str(avatar) if avatar else None,
        designation=_text(data.get("role")) or affiliation,
        aliases=[folder.name] if folder.name != name else [],
        affiliation=affiliation,
        links=_social_links(data),
    )


def _avatar(folder: Path) -> Path | None:
    for suffix in _AVATAR_SUFFIXES:
        candidate = folder / f"avatar{suffix}"
        if candidate.is_file():
            return candidate
    return None


def _social_links(data: dict[str, Any]) -> list[Link]:
    links: list[Link] = []
    for item in _as_list(data.get("social")) + _as_list(data.get("profiles")):
        if not isinstance(item, dict):
            continue
        raw = _text(item.get("link") or item.get("url"))
        url = safe_url(raw)
        if url is None or any(link.url == url for link in links):
            continue  # "#contact", "files/cv.pdf": nothing to link from elsewhere
        icon = (_text(item.get("icon")) or "").split("/")[-1]
        links.append(Link(_ICON_NAMES.get(icon, icon.replace("-", " ").title() or url), url))
    return links


def _text(value: object) -> str | None:
    if isinstance(value, SCALAR) and not isinstance(value, bool):
        text = re.sub(r"\s+", " ", str(value)).strip()
        return text or None
    return None


def _as_list(value: object) -> list[Any]:
    if value in (None, ""):
        return []
    return value if isinstance(value, list) else [value]
