"""Render community meetup pages (Hugo event files) in Sphinx."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .version import __version__

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict[str, Any]:
    """Register sphinx-meetup; the real work is in :mod:`sphinx_meetup.extension`."""
    from .extension import setup_extension

    setup_extension(app)
    return {
        "version": __version__,
        "env_version": 2,  # 2: the meetup domain; older environments lack its events
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
