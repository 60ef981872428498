"""No network during a build: remote photos stay remote, or are left out.

HTML pages link a remote photo and the reader's browser fetches it. LaTeX, ePub and
Texinfo must embed pictures, so Sphinx downloads every remote image while writing -
any URL an event author names, plain http and the build machine's own network included.
Unless ``meetup_download_photos`` allows it, a remote photo from an event file is
replaced before that download: a speaker gets the initials avatar the HTML page shows
when there is no photo (which the print layout leaves out on paper), a picture in the
body its description, and one info line says so.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakSet

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

from ..config import get_config
from .speakers import initials

LOGGER = logging.getLogger(__name__)
#: marks an image node whose uri is a remote URL an event file gave
REMOTE = "meetup_remote"
#: the environments whose build was told (one info line per build)
_TOLD: WeakSet[Any] = WeakSet()


class OfflinePhotos(SphinxPostTransform):
    """Replaces remote event photos for builders that would download them."""

    default_priority = 90  # before Sphinx's ImageDownloader (100)

    def run(self, **kwargs: Any) -> None:
        # what Sphinx's ImageDownloader asks (Sphinx 8.1+; the app's builder before)
        builder = getattr(self.env, "_builder_cls", None) or self.app.builder
        if builder.supported_remote_images or get_config(self.env).download_photos:
            return
        replaced = 0
        for image in list(self.document.findall(nodes.image)):
            if not image.get(REMOTE):
                continue
            replaced += 1
            alt = image.get("alt", "")
            if "meetup-photo" in image["classes"] and isinstance(image.parent, nodes.Element):
                letters = initials(alt)
                image.replace_self(nodes.paragraph(
                    "", "", nodes.inline(letters, letters), classes=["meetup-avatar"]))
            else:
                image.replace_self(nodes.inline(alt, alt))
        if replaced and self.env not in _TOLD:
            _TOLD.add(self.env)
            LOGGER.info(
                "sphinx-meetup: remote photos are not downloaded by the %s builder (speakers "
                "are shown without them); meetup_download_photos = True downloads them",
                builder.name,
            )
