"""Markdown from an event file as docutils nodes, with no way to inject HTML.

Abstracts use a small converter (paragraphs, lists, emphasis, code, safe links); the
rest of the body goes through MyST in a sandbox (:mod:`.sandbox`): only allowed roles
and directives run, raw HTML and file insertion are off, and every problem, MyST's and
docutils' alike, is a ``meetup.body`` warning at the event file's line.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.utils import Reporter
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode
from myst_parser.mdit_to_docutils.base import token_line
from myst_parser.mdit_to_docutils.sphinx_ import SphinxRenderer
from myst_parser.parsers.directives import parse_directive_text
from myst_parser.parsers.mdit import create_md_parser
from myst_parser.warnings_ import MystWarnings
from sphinx.addnodes import pending_xref
from sphinx.util.docutils import new_document

from ..reader.patterns import LazyPattern
from ..safety import is_remote, safe_url
from ..sandbox import Sandbox

_MARKDOWN = MarkdownIt("commonmark", {"html": False})

_BLOCKS = {"paragraph_open": nodes.paragraph, "bullet_list_open": nodes.bullet_list,
           "ordered_list_open": nodes.enumerated_list, "list_item_open": nodes.list_item,
           "blockquote_open": nodes.block_quote}
_INLINE = {"strong_open": nodes.strong, "em_open": nodes.emphasis}


#: a line Markdown reads as a paragraph of plain text: no character that starts inline
#: markup, an entity, an escape or raw HTML (control characters are excluded here too,
#: other non-printable ones by ``isprintable``)
_PLAIN_LINE = re.compile(r"[^\x00-\x1f\x7f`*_\[\]<>!&\\~]+")
#: what such a line may not start with: headings, lists, quotes, fences, thematic breaks
_BLOCK_START = re.compile(r"[#>+=*_~`0-9-]")


def markdown_nodes(text: str) -> list[nodes.Node]:
    """Block nodes for a short Markdown text such as a talk abstract."""
    line = text.strip("\n")
    if (line and _PLAIN_LINE.fullmatch(line) and line.isprintable()
            and not _BLOCK_START.match(line) and not line[0].isspace()):
        # most abstracts are one line of plain text: the paragraph the parser would make
        return [nodes.paragraph("", "", nodes.Text(line.rstrip(" ")))]
    return parsed_nodes(text)


def parsed_nodes(text: str) -> list[nodes.Node]:
    """:func:`markdown_nodes` by the parser, for any Markdown."""
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
    sandbox: Sandbox | None = None,
    *,
    id_prefix: str | None = None,
) -> list[nodes.Node]:
    """The rest of the body parsed by MyST in a sandbox, in a document of its own.

    Line numbers are those of the event file (``first_line`` is the body's first line),
    and every problem goes to ``warn``: MyST's, docutils' (a directive's error) and the
    sandbox's refusals, so ``-W`` sees them all; refused syntax is shown as text. The
    author's HTML is shown as text and file insertion is off; images are looked up
    beside the event file (``image_uri`` gives the uri, or ``None`` and a warning).
    With ``id_prefix``, headings stay sections (the event's parts are sections: see
    :mod:`.sections`), their ids made unique on the page from it; without, they become
    rubrics.
    """
    if not text.strip():
        return []
    settings = copy.copy(document.settings)
    settings.file_insertion_enabled = False
    settings.raw_enabled = False
    inner = new_document(str(source), settings)
    inner.reporter = _reporter(str(source), settings, warn)
    source_text = "\n" * (first_line - 1) + text
    lines = source_text.split("\n")
    config = settings.env.myst_config
    parser = _take_parser(config)
    renderer = parser.renderer
    renderer.report, renderer.lines = warn, lines
    renderer.sandbox = sandbox or Sandbox()
    parser.options["document"] = inner
    try:
        parser.render(source_text)
    finally:
        _give_back(config, parser)
    _unwrap_messages(inner)
    _raw_as_text(inner, warn)
    for image in list(inner.findall(nodes.image)):
        uri = image_uri(image["uri"], image.line)
        if uri is None:
            alt = image.get("alt", "")
            image.replace_self(nodes.inline(alt, alt))
        else:
            image["uri"] = uri
            image["meetup_remote"] = is_remote(uri)  # see offline.py
    _unlink_unsafe(inner, warn, lines)
    for transition in list(inner.findall(nodes.transition)):
        transition.parent.remove(transition)  # a `---` divider cannot stand inside the event
    used: set[str] = set()
    for number, section in enumerate(list(inner.findall(nodes.section)), start=1):
        title = section[0] if section.children and isinstance(section[0], nodes.title) else None
        heading = title.astext() if title else ""
        if id_prefix is not None:
            slug = nodes.make_id(heading)
            wanted = f"{id_prefix}-{slug}" if slug else f"{id_prefix}-section-{number}"
            if wanted in used or wanted in document.ids:
                wanted = f"{id_prefix}-section-{number}"
            used.add(wanted)
            section["ids"], section["names"] = [wanted], []
            continue
        rest = section.children[1 if title else 0 :]
        section.replace_self([nodes.rubric(heading, heading), *rest])
    # the nodes join the page: they must not keep the inner document (whose settings
    # hold the whole build environment) alive, or every pickled doctree carries it
    for node in inner.findall():
        node.document = document
    inner.settings.env = None
    return list(inner.children)


def _reporter(
    source: str, settings: object, warn: Callable[[str, int | None, str], None]
) -> Reporter:
    """A reporter of the body's own: docutils' messages (a directive's error, a role's
    bad argument) become ``meetup.body`` warnings at their line, not text on stderr
    that ``-W`` does not see (Sphinx's ``new_document`` shares one reporter that writes
    to the terminal)."""
    reporter = Reporter(source, getattr(settings, "report_level", 2),
                        getattr(settings, "halt_level", 5), stream=False)

    def observe(message: nodes.system_message) -> None:
        if message["level"] >= Reporter.WARNING_LEVEL:
            text = message[0].astext() if message.children else message.astext()
            warn(text, message.get("line"), "body")

    reporter.attach_observer(observe)
    return reporter


def _unwrap_messages(document: nodes.document) -> None:
    """System messages were reported; in the page only the text they quote is kept."""
    for message in list(document.findall(nodes.system_message)):
        kept = [child for child in message.children if isinstance(child, nodes.literal_block)]
        if message.parent is None:
            continue
        parent = message.parent
        index = parent.index(message)
        parent[index : index + 1] = kept
    for problem in list(document.findall(nodes.problematic)):
        text = problem.astext()
        problem.parent.replace(problem, nodes.literal(text, text, classes=["meetup-refused"]))


#: the raw nodes MyST itself makes (hard breaks, ``~~strikethrough~~``, task lists):
#: fixed text, not the author's
_OWN_RAW = frozenset({("html", "<s>"), ("html", "</s>"), ("html", "<br />\n"),
                      ("latex", "\\\\\n")})
_CHECKBOX = LazyPattern(r'<input class="task-list-item-checkbox" (?:checked="checked" )?'
                       r'(?:disabled="disabled" )?type="checkbox">')


def _raw_as_text(document: nodes.document, warn: Callable[[str, int | None, str], None]) -> None:
    """Nothing from an event file becomes ``nodes.raw``, whatever made it."""
    for raw in list(document.findall(nodes.raw)):
        text = raw.astext()
        if (raw.get("format"), text) in _OWN_RAW or (
            raw.get("format") == "html" and _CHECKBOX.fullmatch(text)
        ):
            continue
        warn("raw output in the event body is shown as text", raw.line, "body")
        raw.replace_self(nodes.literal_block(text, text))


def _unlink_unsafe(
    document: nodes.document, warn: Callable[[str, int | None, str], None], lines: list[str]
) -> None:
    """Links the page cannot follow become their text: other schemes than http(s)/mailto,
    and relative links, which point into the Hugo site the page came from."""
    for node in list(document.findall(lambda n: isinstance(n, nodes.reference | pending_xref))):
        uri = node.get("refuri")
        if isinstance(node, nodes.reference) and (safe_url(uri) or node.get("refid")):
            continue
        # a download_reference (``path:`` links) is a reference with a reftarget
        target = uri or node.get("reftarget")
        text = node.astext()
        if str(target).startswith("#"):  # the original page's own anchors: nothing is wrong
            node.replace_self(nodes.inline(text, text))
            continue
        warn(f"link {str(target)[:80]!r} is not an http, https or mailto URL (relative links "
             "point into the site the page came from); its text is shown",
             _line_of(f"]({target}", node.line or 1, lines), "url")
        node.replace_self(nodes.inline(text, text))


class _BodyRenderer(SphinxRenderer):
    """MyST's renderer in a sandbox, reporting at the event file's lines (``report``,
    ``lines`` and ``sandbox`` are set for each body it renders).

    Roles and directives are looked up only if the sandbox allows them; ``eval-rst``,
    substitutions, math and front matter are refused unless the site widened it. A
    refusal is a warning, and the author's text is shown as they wrote it.
    """

    report: Callable[[str, int | None, str], None]
    lines: list[str]
    sandbox: Sandbox

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
        """The author's HTML, as text: nothing from an event file runs in a page. A
        block of HTML structure (a page kept as HTML) is shown as the Markdown it stands
        for - headings, lists, paragraphs, tables, emphasis, links - its tags not run."""
        # the reader's HTML blocks only here: a body without HTML (most) never needs them,
        # and compiling the module and its patterns was 1.6% of a 10-event build
        from ..reader.html_blocks import as_markdown, is_html_structure

        line = _line_of(token.content, token_line(token), self.lines)
        if token.type == "html_block" and is_html_structure(token.content):
            parts = as_markdown(token.content)
            if not parts:
                return  # tags alone (``</ol>`` after the list was read): nothing to show
            self.report("raw HTML in the event body is shown as the Markdown it stands for "
                        "(headings, lists, paragraphs, tables, links); its tags are not run",
                        line, "html")
            for offset, markdown in parts:
                self.nested_render_text(markdown, token_line(token) + offset)
            return
        self.report("raw HTML in the event body is shown as text, not run", line, "html")
        if token.type == "html_inline":
            self.current_node.append(nodes.Text(token.content))
        else:
            self.current_node.append(nodes.literal_block(token.content, token.content))

    render_html_inline = render_html_block

    # --- roles and directives: only the allowed ones run ---------------------------

    def render_myst_role(self, token: SyntaxTreeNode) -> None:
        name = token.meta["name"]
        written = f"{{{name}}}`{token.content}`"
        line = _line_of(f"{{{name}}}", token_line(token, 1), self.lines)
        why = self.sandbox.role(name, token.content)
        if why is not None:
            self._refuse(f"{why}; it is shown as text", line, written, inline=True)
            return
        try:
            super().render_myst_role(token)
        except Exception as error:  # a role's own bug must not stop the build
            self._refuse(f"the {name!r} role failed ({type(error).__name__}: {error}); "
                         "it is shown as text", line, written, inline=True)

    def run_directive(
        self,
        name: str,
        first_line: str,
        content: str,
        position: int,
        additional_options: dict[str, str] | None = None,
        *,
        block_text: str | None = None,
    ) -> list[nodes.Element]:
        written = block_text if block_text is not None else content
        if not self.sandbox.directive(name):
            return [self._refused_block(
                f"the {name!r} directive is not allowed in an event body "
                "(see meetup_unsafe_body_allow); it is shown as text", position, written)]
        if _reads_files(name, self.document, self.language_module_rst, first_line, content):
            return [self._refused_block(
                f"the {name!r} directive may not read files or URLs in an event body "
                "(:file:, :url:); it is shown as text", position, written)]
        try:
            return super().run_directive(name, first_line, content, position,
                                         additional_options, block_text=block_text)
        except Exception as error:  # a directive's own bug must not stop the build
            return [self._refused_block(
                f"the {name!r} directive failed ({type(error).__name__}: {error}); "
                "it is shown as text", position, written)]

    # --- MyST syntax that evaluates, reaches the head or writes TeX ------------------

    def render_restructuredtext(self, token: SyntaxTreeNode) -> None:
        if self.sandbox.syntax("eval-rst"):
            super().render_restructuredtext(token)
            return
        self.current_node.append(self._refused_block(
            "eval-rst is not allowed in an event body (it runs any directive); it is "
            "shown as text", token_line(token, 1),
            f"{token.markup}{token.info}\n{token.content}{token.markup}"))

    def render_substitution(self, token: SyntaxTreeNode, inline: bool) -> None:
        if self.sandbox.syntax("substitution"):
            super().render_substitution(token, inline)
            return
        near = token_line(token, 1)
        written = _as_written(
            re.compile(r"\{\{\s*" + re.escape(token.content.strip()) + r"\s*\}\}"),
            near, self.lines) or f"{{{{{token.content}}}}}"
        self._refuse("substitutions ({{ }}) are not evaluated in an event body; the text "
                     "is shown as written", _line_of("{{", token_line(token, 1), self.lines),
                     written, inline=inline)

    def render_front_matter(self, token: SyntaxTreeNode) -> None:
        if self.sandbox.syntax("front-matter"):
            super().render_front_matter(token)
            return
        content = token.content if isinstance(token.content, str) else str(token.content)
        self.current_node.append(self._refused_block(
            "front matter inside the event body is not used; it is shown as text",
            token_line(token, 1), f"---\n{content}\n---"))

    def _math(self, token: SyntaxTreeNode, inline: bool) -> None:
        """``$...$``, ``$$...$$`` and amsmath: TeX the PDF would run, so text."""
        if self.sandbox.syntax("math"):
            getattr(super(), f"render_{token.type}")(token)
            return
        markup = token.markup or ("$" if inline else "$$")
        written = (f"{markup}{token.content}{markup}" if inline
                   else f"{markup}\n{token.content.strip(chr(10))}\n{markup}")
        if token.type == "amsmath":
            written = token.content
        self._refuse("math is not rendered in an event body (it is raw TeX in a PDF); it "
                     "is shown as text", _line_of(markup, token_line(token, 1), self.lines),
                     written, inline=inline)

    def render_math_inline(self, token: SyntaxTreeNode) -> None:
        self._math(token, inline=True)

    def render_math_single(self, token: SyntaxTreeNode) -> None:
        self._math(token, inline=True)

    def render_math_inline_double(self, token: SyntaxTreeNode) -> None:
        self._math(token, inline=True)

    def render_math_block(self, token: SyntaxTreeNode) -> None:
        self._math(token, inline=False)

    def render_math_block_label(self, token: SyntaxTreeNode) -> None:
        self._math(token, inline=False)

    def render_amsmath(self, token: SyntaxTreeNode) -> None:
        self._math(token, inline=False)

    # --- refusals ---------------------------------------------------------------------

    def _refuse(self, message: str, line: int | None, written: str, *, inline: bool) -> None:
        if inline:
            self.report(message, line, "body")
            self.current_node.append(nodes.literal(written, written, classes=["meetup-refused"]))
        else:
            self.current_node.append(self._refused_block(message, line, written))

    def _refused_block(self, message: str, line: int | None, written: str) -> nodes.Element:
        self.report(message, line, "body")
        block = nodes.literal_block(written, written, classes=["meetup-refused"])
        block["language"] = "text"
        block.line = line
        return block


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


def _reads_files(
    name: str, document: nodes.document, language: object, first_line: str, content: str
) -> bool:
    """Whether the directive is given a ``file`` or ``url`` option (``csv-table``)."""
    found, _ = directives.directive(name, language, document)
    spec = getattr(found, "option_spec", None) or {}
    if not {"file", "url"} & set(spec):
        return False
    try:
        parsed = parse_directive_text(found, first_line, content, validate_options=False)
    except Exception:  # run_directive reports what cannot be parsed
        return False
    return bool({"file", "url"} & set(parsed.options))


def _as_written(pattern: re.Pattern[str], near: int, lines: list[str]) -> str | None:
    """The text ``pattern`` finds on the lines from ``near`` (tokens lose spacing)."""
    for number in range(max(near, 1), min(near + 50, len(lines)) + 1):
        found = pattern.search(lines[number - 1])
        if found:
            return found.group()
    return None


def _line_of(snippet: str, near: int, lines: list[str]) -> int:
    """The line ``snippet`` starts on, from ``near`` (inline tokens only know their
    paragraph's first line)."""
    first = snippet.strip().split("\n", 1)[0]
    for number in range(max(near, 1), min(near + 50, len(lines)) + 1):
        if first and first in lines[number - 1]:
            return number
    return near
