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

Once the page is read (every transform has seen its paragraphs), a compact node holds
each plain paragraph of its own (a name, a designation, a fact's value: one text, no id)
as that text alone, and the paragraph's classes in ``packed``
(:meth:`CompactNode.pack`): the pickled page, the post-transforms and the search index
then see two nodes fewer a speaker card. The paragraphs are made again, as they were,
just before the node is written or expanded (:meth:`CompactNode.unpack`).
"""

from __future__ import annotations

import functools
import re
from typing import Any
from weakref import WeakKeyDictionary

from docutils import nodes
from docutils.utils.smartquotes import smartchars
from sphinx.transforms.post_transforms import SphinxPostTransform

#: the compact node classes, registered by :func:`setup_compact_nodes`
_COMPACT: set[type[CompactNode]] = set()
#: whether a build's builder needs the expansion for good (by its environment)
_EXPANDS: WeakKeyDictionary[Any, bool] = WeakKeyDictionary()


class Settled(nodes.Element):
    """A node of ours that is settled once its page is read (``doctree-read``): a photo
    gets what Sphinx's image collector would find, a compact node packs its paragraphs.
    One walk of the page finds both (:func:`~sphinx_meetup.render.photo_lookups.settle`)."""


class CompactNode(nodes.General, Settled):
    """A part that stands for a larger structure of standard nodes."""

    def expand(self) -> nodes.Element:
        """The standard structure, made around this node's children (which it adopts;
        :meth:`expanded` has made its paragraphs again first)."""
        raise NotImplementedError

    def pack(self, *, early: bool = False) -> None:
        """Hold each plain paragraph child as its text alone, its classes in ``packed``.

        Plain: one text and nothing else a writer or the search index reads - no id or
        name, no source or line, its raw source empty or its text, not ``no-search``.
        ``early``: as it is rendered, before the page's transforms, and only a text that
        smart quotes leave as it is whatever their settings (the one transform that
        changes such a text); its raw source becomes its text, as Sphinx's
        ``ApplySourceWorkaround`` makes it. The rest is packed once the page is read.
        """
        packed = list(self.get("packed", ()))
        children = self.children
        for index, child in enumerate(children):
            if type(child) is nodes.paragraph and _plain(child):
                text = child.children[0]
                if early and _smart_quotable(text):
                    continue
                children[index] = text
                text.parent = self
                packed.append((index, " ".join(child["classes"]),
                               early or bool(child.rawsource)))
        if packed:
            self["packed"] = tuple(sorted(packed))

    def unpack(self) -> None:
        """The paragraphs :meth:`pack` took out, back around their texts as they were."""
        packed = self.attributes.pop("packed", None)
        if not packed:
            return
        children = self.children
        for index, classes, raw in packed:
            text = children[index]
            paragraph = nodes.paragraph(str(text) if raw else "",
                                        classes=classes.split() if classes else [])
            paragraph.children.append(text)
            text.parent = paragraph
            paragraph.parent = self
            children[index] = paragraph

    def write_html(self, translator: Any) -> bool:
        """Write the expansion's markup without making it, where that is sure to be the
        same markup; ``False``: not done, walk the expansion."""
        return False

    def expanded(self) -> nodes.Element:
        """:meth:`expand`, its packed paragraphs made again first (:meth:`unpack`), from
        this node's place in its file (warnings point there)."""
        self.unpack()
        structure = self.expand()
        structure.source, structure.line = self.source, self.line
        return structure


def visit_compact(self: Any, node: CompactNode) -> None:
    """Write ``node`` as its expansion, then put ``node`` back as it was (unpacked:
    a second writer of the page, singlehtml's or ePub's, sees the same)."""
    node.unpack()
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


#: the attributes of a paragraph that :meth:`CompactNode.pack` may hold as classes alone
_PLAIN_KEYS = frozenset({"ids", "classes", "names", "dupnames", "backrefs"})


def _plain(paragraph: nodes.paragraph) -> bool:
    children = paragraph.children
    if len(children) != 1 or type(children[0]) is not nodes.Text:
        return False
    if paragraph.source is not None or paragraph.line is not None:
        return False
    if paragraph.rawsource and paragraph.rawsource != children[0]:
        return False  # given smart quotes, say: the raw source is not the text
    attributes = paragraph.attributes
    if not _PLAIN_KEYS.issuperset(attributes) or "no-search" in attributes["classes"]:
        return False
    return not (attributes.get("ids") or attributes.get("names")
                or attributes.get("dupnames") or attributes.get("backrefs"))


@functools.cache
def _smart_quote_marks() -> re.Pattern[str]:
    """What smart quotes may change in a text, in any of their modes and languages: a
    quote, backtick, backslash escape or entity, two dashes or dots, and (to write them
    back as ASCII) any language's typographic quote, dash or ellipsis."""
    marks = {smartchars.endash, smartchars.emdash, smartchars.ellipsis,
             smartchars.apostrophe}
    for quotes in smartchars.quotes.values():
        marks.update("".join(quotes))
    marks = {mark for mark in marks if not mark.isspace()}  # beside a mark, never alone
    marks.update("'\"`\\&")
    return re.compile(f"[{re.escape(''.join(sorted(marks)))}]|--|\\.\\.|\\. \\.")


def _smart_quotable(text: str) -> bool:
    return _smart_quote_marks().search(text) is not None


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
