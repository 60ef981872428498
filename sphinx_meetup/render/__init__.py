"""An :class:`~sphinx_meetup.model.Event` as docutils nodes, one module per part.

Only standard docutils nodes and sphinx-design containers are produced, so every
builder (HTML, LaTeX, ePub, text, gettext) can write them.
"""

from __future__ import annotations

from collections.abc import Callable

from docutils import nodes

from .agenda import render_agenda
from .context import RenderContext
from .header import render_header
from .replay import render_replay
from .speakers import render_speakers

__all__ = ["PART_RENDERERS", "RenderContext", "render_parts"]

PART_RENDERERS: dict[str, Callable[[RenderContext], list[nodes.Node]]] = {
    "header": render_header,
    "speakers": render_speakers,
    "agenda": render_agenda,
    "replay": render_replay,
}


def render_parts(
    context: RenderContext, parts: list[str], body: Callable[[], list[nodes.Node]]
) -> list[nodes.Node]:
    """The nodes of ``parts`` in order; ``body`` renders the rest of the Markdown body
    (the directive does it, as it needs MyST and the page's document)."""
    context.link_speakers = "speakers" in parts
    rendered: list[nodes.Node] = []
    for part in parts:
        rendered.extend(body() if part == "body" else PART_RENDERERS[part](context))
    return rendered
