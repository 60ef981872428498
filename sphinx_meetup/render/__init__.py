"""An :class:`~sphinx_meetup.model.Event` as docutils nodes, one module per part.

Only standard docutils nodes and sphinx-design containers are produced, so every
builder (HTML, LaTeX, ePub, text, gettext) can write them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from docutils import nodes

from .agenda import render_agenda
from .context import RenderContext
from .header import render_header, shows_replays
from .replay import render_replay
from .speakers import render_speakers

__all__ = ["PART_RENDERERS", "RenderContext", "body_places", "elements", "render_parts"]

PART_RENDERERS: dict[str, Callable[[RenderContext], list[nodes.Node]]] = {
    "header": render_header,
    "speakers": render_speakers,
    "agenda": render_agenda,
    "replay": render_replay,
}
#: the parts the body's opening text comes before, when the file has it first
_AFTER_INTRO = ("speakers", "agenda", "replay")


def render_parts(
    context: RenderContext, parts: list[str], body: Callable[[str], list[nodes.Node]]
) -> list[nodes.Node]:
    """The nodes of ``parts`` in order; ``body(which)`` renders the Markdown body that is
    not talks or facts (the directive does it, as it needs MyST and the page's
    document): ``"intro"`` (what the file has before its talks), ``"rest"`` or
    ``"all"``, placed by :func:`body_places`."""
    context.link_speakers = "speakers" in parts
    context.replays_in_header = "header" in parts and shows_replays(context)
    places = body_places(parts)
    rendered: list[nodes.Node] = []
    for index, part in enumerate(parts):
        if index in places:
            rendered.extend(body(places[index]))
        if part != "body":
            rendered.extend(PART_RENDERERS[part](context))
    return rendered


def body_places(parts: list[str]) -> dict[int, str]:
    """Where the body goes: the author's opening text (an "about this event" before the
    talks) before the first of speakers, agenda and replay, the rest where ``body`` is
    in ``parts``; all of it there when ``body`` comes first anyway."""
    if "body" not in parts:
        return {}
    at = parts.index("body")
    first = next((i for i, part in enumerate(parts) if part in _AFTER_INTRO), None)
    if first is None or first > at:
        return {at: "all"}
    return {first: "intro", at: "rest"}


def elements(rendered: list[nodes.Node]) -> Iterator[nodes.Element]:
    """Every element of ``rendered``, in document order.

    A loop over a stack, not ``findall``'s nested generators (one per level, each
    yielding every node below it), which cost more than the check made on each node.
    """
    stack = [node for node in reversed(rendered) if isinstance(node, nodes.Element)]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(child for child in reversed(node.children)
                     if isinstance(child, nodes.Element))
