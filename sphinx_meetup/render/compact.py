"""Compact nodes: an event's parts as few nodes as they need until the page is written.

Sphinx walks every node of a page some sixty times between reading and writing it
(transforms, post-transforms, collectors, pickling, the search index), so a node costs
far more than making it. A speaker card as sphinx-design writes it is a grid item, a
card and a card body around the photo and the text lines, and a fact of the header
(date, place, fee) is a field, its name and its body around the value: wrappers that
only the writer needs. Here each is one :class:`CompactNode` holding the nodes with
content, and becomes the standard structure (:meth:`CompactNode.expand`) only when
written:

- HTML builders (HTML, dirhtml, singlehtml, ePub) swap the expansion in for the time
  the writer walks it, so the markup is the very markup of the standard nodes;
- every other builder (LaTeX, text, manual pages, XML…) gets the expansion for good
  before anything else reads the page (:class:`ExpandCompactNodes`), so its writer and
  the print layout see what they always saw.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

#: the compact node classes, registered by :func:`setup_compact_nodes`
_COMPACT: set[type[CompactNode]] = set()
#: whether a build's builder needs the expansion for good (by its environment)
_EXPANDS: WeakKeyDictionary[Any, bool] = WeakKeyDictionary()


class CompactNode(nodes.General, nodes.Element):
    """A part that stands for a larger structure of standard nodes."""

    def expand(self) -> nodes.Element:
        """The standard structure, made around this node's children (which it adopts)."""
        raise NotImplementedError

    def write_html(self, translator: Any) -> bool:
        """Write the expansion's markup without making it, where that is sure to be the
        same markup; ``False``: not done, walk the expansion."""
        return False

    def expanded(self) -> nodes.Element:
        """:meth:`expand`, from this node's place in its file (warnings point there)."""
        structure = self.expand()
        structure.source, structure.line = self.source, self.line
        return structure


def visit_compact(self: Any, node: CompactNode) -> None:
    """Write ``node`` as its expansion, then put ``node`` back as it was."""
    if node.write_html(self):
        raise nodes.SkipNode
    expanded = node.expanded()
    # ``parent.replace``, not ``replace_self``, which would merge ids and classes; the
    # writer walks a copy of the parent's children, so the swap does not disturb it
    parent = node.parent
    parent.replace(node, expanded)
    try:
        expanded.walkabout(self)
    finally:
        parent.replace(expanded, node)
        for child in node.children:
            child.parent = node
    raise nodes.SkipNode


def _note_builder(app: Any) -> None:
    """Whether the builder's translator gets :func:`visit_compact`, found as Sphinx finds
    a translator's handlers (by the builder's name, else its format)."""
    handlers = app.registry.translation_handlers
    found = handlers.get(app.builder.name)
    if found is None:
        found = handlers.get(app.builder.format, {})
    _EXPANDS[app.env] = not all(cls.__name__ in found for cls in _COMPACT)


class ExpandCompactNodes(SphinxPostTransform):
    """Builders without the HTML writer's handler get the standard structure for good."""

    default_priority = 5  # before anything of ours or Sphinx's reads the page

    def is_supported(self) -> bool:
        return _EXPANDS.get(self.env, True)

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(CompactNode)):
            node.parent.replace(node, node.expanded())


def setup_compact_nodes(app: Any, *classes: type[CompactNode]) -> None:
    for cls in classes:
        _COMPACT.add(cls)
        app.add_node(cls, html=(visit_compact, None))
    app.add_post_transform(ExpandCompactNodes)
    app.connect("builder-inited", _note_builder)
