"""Photos: found beside the event file or in ``meetup_image_dirs``, never outside them."""

from __future__ import annotations

import os
from pathlib import Path

from docutils import nodes

from ..safety import is_remote, resolve_inside, safe_url
from .context import RenderContext


def photo_node(
    context: RenderContext, path: str | None, alt: str, line: int | None, what: str = "photo"
) -> nodes.image | None:
    """An image node for ``path``, or ``None`` (with a warning) when it cannot be used.

    Local photos get a ``/``-rooted uri so Sphinx's own image handling copies them
    (and notes them as dependencies); remote https photos are used as they are.
    """
    if not path:
        return None
    if is_remote(path):
        url = safe_url(path)
        if url is None or not url.lower().startswith(("https://", "http://")):
            context.warn(f"{what} {path[:80]!r} is not an http(s) URL; {_instead[what]}",
                         line, "url")
            return None
        return nodes.image(uri=url, alt=alt, classes=["meetup-photo"])
    found = find_local(context, path)
    if found is None:
        context.warn(
            f"{what} {path!r} not found beside the event file or in meetup_image_dirs "
            f"(or it leaves the project); {_instead[what]}",
            line,
            "image",
        )
        return None
    uri = "/" + Path(os.path.relpath(found, context.srcdir)).as_posix()
    return nodes.image(uri=uri, alt=alt, classes=["meetup-photo"])


_instead = {"photo": "an avatar is shown", "image": "its description is shown"}


def find_local(context: RenderContext, path: str) -> Path | None:
    """``path`` beside the event file, then in each image folder, if it stays inside."""
    if path not in context.found_files:
        context.found_files[path] = _find_local(context, path)
    return context.found_files[path]


def _find_local(context: RenderContext, path: str) -> Path | None:
    relative = path.lstrip("/")
    for start in [context.base_dir, *context.image_roots]:
        # one stat first: resolving (every folder of the path, and of the roots) is only
        # worth it where the file is
        if not (start / relative).is_file():
            continue
        if context.real_roots is None:
            context.real_roots = [root.resolve() for root in context.image_roots]
        found = resolve_inside(relative, start, context.image_roots,
                               real_roots=context.real_roots)
        if found is not None and found.is_file():
            return found
    return None
