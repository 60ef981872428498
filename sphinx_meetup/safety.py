"""The two gates every value from an event file passes: URLs and paths.

Every URL that becomes a link goes through :func:`safe_url`; every path that is read
goes through :func:`resolve_inside`. Keeping them in one place makes them easy to test
and hard to forget.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

#: schemes a page author may link to; everything else (javascript:, data:, vbscript:,
#: file:, protocol-relative //host) is refused
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def safe_url(value: object) -> str | None:
    """``value`` as a URL safe to link to, or ``None``.

    Browsers ignore tabs, newlines and leading control characters inside a scheme
    (``java\\nscript:``), so they are stripped before the scheme is judged, and a URL
    carrying them is refused outright.
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or _CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES:
        return None
    if parts.scheme.lower() in {"http", "https"} and not parts.netloc:
        return None
    return url


def is_remote(value: str) -> bool:
    """Whether ``value`` names something on the web rather than a file."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//", value))


def resolve_inside(
    relative: str, start: Path, roots: list[Path] | tuple[Path, ...],
    *, real_roots: list[Path] | None = None,
) -> Path | None:
    """``relative`` resolved against ``start`` (or a root, when ``/``-rooted), if it
    stays inside one of ``roots`` once symlinks are followed; else ``None``.

    ``real_roots``: ``roots`` already resolved, by a caller that checks many paths.
    """
    if not relative or "\x00" in relative:
        return None
    if relative.startswith("/"):
        candidates = [root / relative.lstrip("/") for root in roots]
    else:
        candidates = [start / relative]
    resolved_roots = real_roots if real_roots is not None else [r.resolve() for r in roots]
    for candidate in candidates:
        try:
            real = candidate.resolve()
        except (OSError, RuntimeError):
            continue
        if any(real == root or real.is_relative_to(root) for root in resolved_roots):
            return real
    return None
