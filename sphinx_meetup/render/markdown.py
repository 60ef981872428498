"""Markdown from an event file as docutils nodes, with no way to inject HTML.

Abstracts use a small converter (paragraphs, lists, emphasis, code, safe links); the
rest of the body goes through MyST with raw HTML and file insertion switched off.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from docutils import nodes
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode
from myst_parser.mdit_to_docutils.base import token_line
from myst_parser.mdit_to_docutils.sphinx_ import SphinxRenderer
from myst_parser.parsers.mdit import create_md_parser
from myst_parser.warnings_ import MystWarnings
from sphinx.addnodes import pending_xref
from sphinx.util.docutils import new_document

from ..safety import safe_url

_MARKDOWN = MarkdownIt("commonmark", {"html": False})

_BLOCKS = {"paragraph_open": nodes.paragraph, "bullet_list_open": nodes.bullet_list,
           "ordered_list_open": nodes.enumerated_list, "list_item_open": nodes.list_item,
           "blockquote_open": nodes.block_quote}
_INLINE = {"strong_open": nodes.strong, "em_open": nodes.emphasis}


def markdown_nodes(text: str) -> list[nodes.Node]:
    """Block nodes for a short Markdown text such as a talk abstract."""
    root = nodes.container()
    stack: list[nodes.Element] = [root]
    for token in _MARKDOWN.parse(text):
        if token.type in _BLOCKS:
            node = _BLOCKS[token.type]()
            stack[-1] += node
            stack.append(node)
        elif token.type.endswith("_close") and token.type.replace("_close", "_open") in _BLOCKS:
            stack.pop()
        elif token.type == "inline":
            target = stack[-1]
            if not isinstance(target, nodes.paragraph):
                paragraph = nodes.paragraph()
                target += paragraph
                target = paragraph
            target.extend(inline_nodes(token.children or []))
        elif token.type in {"fence", "code_block"}:
            stack[-1] += nodes.literal_block(token.content, token.content)
    return list(root.children)


def inline_nodes(tokens: list[Token]) -> list[nodes.Node]:
    """Text, emphasis, code and links (http, https, mailto only) of one inline run."""
    root = nodes.inline()
    stack: list[nodes.Element] = [root]
    for token in tokens:
        if token.type in _INLINE:
            node = _INLINE[token.type]()
            stack[-1] += node
            stack.append(node)
        elif token.type == "link_open":
            url = safe_url(token.attrs.get("href"))
            node = nodes.reference(refuri=url) if url else nodes.inline()
            stack[-1] += node
            stack.append(node)
        elif token.type in {"strong_close", "em_close", "link_close"} and len(stack) > 1:
            stack.pop()
        elif token.type == "code_inline":
            stack[-1] += nodes.literal(token.content, token.content)
        elif token.type in {"softbreak", "hardbreak"}:
            stack[-1] += nodes.Text(" ")
        elif token.type == "image" or token.content:
            stack[-1] += nodes.Text(token.content)
    return list(root.children)


def body_nodes(
    text: str,
    first_line: int,
    source: Path | str,
    document: nodes.document,
    warn: Callable[[str, int | None, str], None],
    image_uri: Callable[[str, int | None], str | None],
) -> list[nodes.Node]:
    """The rest of the body parsed by MyST, in a document of its own.

    Line numbers are kept and MyST's warnings go to ``warn`` (so they name the event
    file); the author's HTML is shown as text and file insertion is off; images are
    looked up beside the event file (``image_uri`` gives the uri, or ``None`` and a
    warning); headings become rubrics so the event's own sections do not leak into the
    page's table of contents.
    """
    if not text.strip():
        return []
    settings = copy.copy(document.settings)
    settings.file_insertion_enabled = False
    settings.raw_enabled = False
    inner = new_document(str(source), settings)
    source_text = "\n" * (first_line - 1) + text
    config = settings.env.myst_config
    parser = _take_parser(config)
    parser.renderer.report = warn
    parser.renderer.lines = source_text.split("\n")
    parser.options["document"] = inner
    try:
        parser.render(source_text)
    finally:
        _give_back(config, parser)
    for image in list(inner.findall(nodes.image)):
        uri = image_uri(image["uri"], image.line)
        if uri is None:
            alt = image.get("alt", "")
            image.replace_self(nodes.inline(alt, alt))
        else:
            image["uri"] = uri
    _unlink_unsafe(inner, warn, source_text.split("\n"))
    for transition in list(inner.findall(nodes.transition)):
        transition.parent.remove(transition)  # a `---` divider cannot stand inside the event
    for section in list(inner.findall(nodes.section)):
        title = section[0] if section.children and isinstance(section[0], nodes.title) else None
        heading = title.astext() if title else ""
        rest = section.children[1 if title else 0 :]
        section.replace_self([nodes.rubric(heading, heading), *rest])
    # the nodes join the page: they must not keep the inner document (whose settings
    # hold the whole build environment) alive, or every pickled doctree carries it
    for node in inner.findall():
        node.document = document
    inner.settings.env = None
    return list(inner.children)


def _unlink_unsafe(
    document: nodes.document, warn: Callable[[str, int | None, str], None], lines: list[str]
) -> None:
    """Links the page cannot follow become their text: other schemes than http(s)/mailto,
    and relative links, which point into the Hugo site the page came from."""
    for node in list(document.findall(lambda n: isinstance(n, nodes.reference | pending_xref))):
        target = node.get("refuri") if isinstance(node, nodes.reference) else node.get("reftarget")
        if isinstance(node, nodes.reference) and (safe_url(target) or node.get("refid")):
            continue
        text = node.astext()
        if str(target).startswith("#"):  # the original page's own anchors: nothing is wrong
            node.replace_self(nodes.inline(text, text))
            continue
        warn(f"link {str(target)[:80]!r} is not an http, https or mailto URL (relative links "
             "point into the site the page came from); its text is shown",
             _line_of(f"]({target}", node.line or 1, lines), "url")
        node.replace_self(nodes.inline(text, text))


class _BodyRenderer(SphinxRenderer):
    """MyST's renderer, reporting at the event file's lines (``report`` and ``lines``
    are set for each body it renders)."""

    report: Callable[[str, int | None, str], None]
    lines: list[str]

    def create_warning(
        self,
        message: str,
        subtype: MystWarnings | str,
        *,
        wtype: str | None = None,
        line: int | None = None,
        append_to: nodes.Element | None = None,
    ) -> nodes.system_message | None:
        # heading levels do not matter here: headings become rubrics
        if subtype != MystWarnings.MD_HEADING_NON_CONSECUTIVE:
            self.report(f"{message} [myst.{getattr(subtype, 'value', subtype)}]", line, "body")
        return None

    def render_html_block(self, token: SyntaxTreeNode) -> None:
        """The author's HTML, as text: nothing from an event file runs in a page."""
        self.report("raw HTML in the event body is shown as text, not run",
                    _line_of(token.content, token_line(token), self.lines), "html")
        if token.type == "html_inline":
            self.current_node.append(nodes.Text(token.content))
        else:
            self.current_node.append(nodes.literal_block(token.content, token.content))

    render_html_inline = render_html_block


#: id(MyST config) -> (that config, an idle parser for it): a MyST parser and renderer
#: are built once per configuration, not once per event
_IDLE_PARSERS: dict[int, tuple[object, MarkdownIt]] = {}


def _take_parser(config: object) -> MarkdownIt:
    """The idle parser for ``config``, or a new one (also for a body inside a body)."""
    idle = _IDLE_PARSERS.pop(id(config), None)
    if idle is not None and idle[0] is config:
        return idle[1]
    return create_md_parser(config, _BodyRenderer)  # type: ignore[arg-type]


def _give_back(config: object, parser: MarkdownIt) -> None:
    parser.options["document"] = None  # nothing of the last page stays alive
    if len(_IDLE_PARSERS) >= 8:  # configurations of earlier builds in this process
        _IDLE_PARSERS.clear()
    _IDLE_PARSERS[id(config)] = (config, parser)


def _line_of(snippet: str, near: int, lines: list[str]) -> int:
    """The line ``snippet`` starts on, from ``near`` (inline tokens only know their
    paragraph's first line)."""
    first = snippet.strip().split("\n", 1)[0]
    for number in range(max(near, 1), min(near + 50, len(lines)) + 1):
        if first and first in lines[number - 1]:
            return number
    return near
