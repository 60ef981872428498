"""Photos: found beside the event file or in ``meetup_image_dirs``, never outside them.

Where a photo is looked for, and what the warning says, is :mod:`sphinx_meetup.checks`
(``sphinx-meetup check`` asks it too); this module turns the answer into nodes.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from docutils import nodes

from ..checks import refused_message, remote_problem, svg_refusal_reason
from ..safety import is_remote
from .compact import Settled
from .context import RenderContext


class pending_photo(nodes.General, Settled):  # noqa: N801 - docutils names nodes so
    """A local photo while its page is read; an ordinary image node once it is read.

    Sphinx's image collector resolves every image node of a page on its own: two path
    resolutions, a stat for a translated variant and a readability check per node, the
    same answers for the hundreds of cards that show one of a handbook's photos (0.15 s
    of a 5.6 s build of 200 events). :func:`~sphinx_meetup.render.photo_lookups.place_photos`
    gives these nodes the collector's answer, found once per photo and build, right after
    the collector has run; builders, post-transforms and pickled doctrees only ever see
    the image.
    """


def photo_node(
    context: RenderContext, path: str | None, alt: str, line: int | None, what: str = "photo"
) -> nodes.image | pending_photo | None:
    """An image node for ``path``, or ``None`` (with a warning) when it cannot be used.

    Local photos get a ``/``-rooted uri so Sphinx's own image handling copies them
    (and notes them as dependencies); remote https photos are used as they are.
    """
    if not path:
        return None
    if is_remote(path):
        problem = remote_problem(what, path)
        if problem is not None:
            context.warn(problem, line, "url")
            return None
        node = nodes.image(uri=path.strip(), alt=alt, classes=["meetup-photo"])
        node["meetup_remote"] = True  # see offline.py: print builders would download it
        return node
    found = find_local(context, path)
    if found is None and path in context.refused_files:
        context.warn(refused_message(what, path, context.refused_files[path]), line, "image")
        return None
    if found is None:
        context.warn(context.places.not_found(what, path), line, "image")
        return None
    return pending_photo(uri=rooted_uri(found, context.srcdir), alt=alt,
                         classes=["meetup-photo"])


def rooted_uri(found: Path, srcdir: Path) -> str:
    """``found`` as a ``/``-rooted uri from the source folder; a handbook's events share
    their photos, so each is worked out once (``relpath`` asks for the working folder)."""
    if found.is_absolute() and srcdir.is_absolute():
        return _rooted(found, srcdir)
    return "/" + Path(os.path.relpath(found, srcdir)).as_posix()


@functools.lru_cache(maxsize=4096)
def _rooted(found: Path, srcdir: Path) -> str:
    return "/" + Path(os.path.relpath(found, srcdir)).as_posix()


def find_local(context: RenderContext, path: str) -> Path | None:
    """``path`` beside the event file, then in each image folder, if it stays inside
    (looked up once per event: the card, the summary and the exports all ask); an SVG
    only if it can run nothing (:mod:`sphinx_meetup.svg`), else ``None`` and the reason
    in ``context.refused_files``."""
    if path not in context.found_files:
        found = context.places.find(path)
        problem = svg_refusal_reason(found) if found is not None else None
        if problem is not None:
            context.refused_files[path] = problem
            found = None
        context.found_files[path] = found
    return context.found_files[path]
