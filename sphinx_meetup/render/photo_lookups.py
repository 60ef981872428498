"""What one build looks up on disk once, not once per event: photo files by folder,
and what Sphinx's image collector would find for each photo.

A handbook's events share their photo folders (``images/``, ``meetup_image_dirs``) and
often their photos; finding a photo means a ``stat`` and resolving every folder of its
path against the image roots: about 0.3 ms of CPU an event in a 200-event build whose
events share six photos. The answers are kept for the build they were found in (cleared when a build
starts reading, so an edited or added photo is seen by the next build), never pickled.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from docutils import nodes
from sphinx.locale import __
from sphinx.util import logging
from sphinx.util.i18n import search_image_for_language

from .compact import CompactNode, Settled
from .images import pending_photo

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

LOGGER = logging.getLogger(__name__)


class Lookups:
    """One build's answers: photo path -> file (or ``None``), per folder and roots."""

    def __init__(self) -> None:
        self._photos: dict[tuple[Path, tuple[Path, ...]], dict[str, Path | None]] = {}
        #: ``/``-rooted photo uri -> (path relative to the source folder, readable)
        self.collected: dict[str, tuple[str, bool]] = {}

    def photos(self, base_dir: Path, roots: list[Path]) -> dict[str, Path | None]:
        """The cache of photos found from ``base_dir`` within ``roots`` (filled by
        :func:`~sphinx_meetup.render.images.find_local`)."""
        return self._photos.setdefault((base_dir, tuple(roots)), {})


_BUILDS: WeakKeyDictionary[BuildEnvironment, Lookups] = WeakKeyDictionary()


def lookups(env: BuildEnvironment) -> Lookups:
    """This build's lookups (each ``-j`` worker fills its own copy)."""
    if env not in _BUILDS:
        _BUILDS[env] = Lookups()
    return _BUILDS[env]


def forget(app: Sphinx, env: BuildEnvironment, *args: object) -> None:
    """A build starts reading: what the last one found may have changed on disk."""
    _BUILDS.pop(env, None)


def settle(app: Sphinx, doctree: nodes.document) -> None:
    """A read page's photos placed (:func:`place_photos`), then its compact nodes packed
    (:meth:`~sphinx_meetup.render.compact.CompactNode.pack`): found in one walk.

    Connected after the image collector (priority 600), which so never sees the photos;
    every transform of the page has seen the paragraphs the compact nodes pack.
    """
    settled = list(doctree.findall(Settled))
    if not settled:
        return
    photos = [node for node in settled if isinstance(node, pending_photo)]
    if photos:
        place_photos(app, photos)
    for node in settled:
        if isinstance(node, CompactNode):
            node.pack()


def place_photos(app: Sphinx, photos: list[pending_photo]) -> None:
    """Each :class:`~sphinx_meetup.render.images.pending_photo` becomes the image node
    Sphinx's image collector would have made of it: the same uri (translated with
    ``figure_language_filename``, relative to the source folder), candidates,
    dependency, entry in ``env.images`` and warning, found once per photo and build.
    """
    env = app.env
    docname = env.docname
    collected = lookups(env).collected
    noted: set[str] = set()  # a page's dependencies and images are sets: once a photo
    for photo in photos:
        uri = photo["uri"]
        if uri not in collected:  # a /-rooted uri: the same answer from every page
            path, _ = env.relfn2path(search_image_for_language(uri, env), docname)
            collected[uri] = (path, os.access(Path(app.srcdir, path), os.R_OK))
        path, readable = collected[uri]
        image = nodes.image(photo.rawsource, **photo.attributes)
        image.source, image.line = photo.source, photo.line
        image["uri"], image["original_uri"], image["candidates"] = path, uri, {"*": path}
        if path not in noted:
            noted.add(path)
            env.note_dependency(path)
            if readable:
                env.images.add_file(docname, path)
            else:
                LOGGER.warning(__("image file not readable: %s"), path, location=image,
                               type="image", subtype="not_readable")
        photo.replace_self(image)


def setup_lookups(app: Sphinx) -> None:
    app.connect("env-before-read-docs", forget)
    app.connect("doctree-read", settle, priority=600)
