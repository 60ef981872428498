"""HTML kept in a Markdown body, read as the Markdown it stands for.

Pages copied from Drupal or WordPress (and Hugo pages written by hand) keep their
programme as HTML: ``<h3>Talks</h3>``, ``<ol><li><strong>Title</strong> - by Ann</li>``,
``<p>Speaker: Ann<br>Topic: …</p>``. With raw HTML off, CommonMark gives such lines to
the reader as one paragraph of tag-laden lines, so no heading, list item or paragraph
of it was ever a heading, item or paragraph. :func:`html_pieces` splits such a paragraph
into the blocks its elements are - headings, items (nested lists one level deeper),
paragraphs, table rows as ``| a | b |`` lines - with ``<strong>`` as ``**``, ``<em>`` as
``*``, ``<a href>`` as a Markdown link, ``<img>`` as an image and ``<br>`` as a line of
its own, every line keeping the file line it was written on. What is not HTML
structure (inline tags in a Markdown line) is left as it is.
"""

from __future__ import annotations

import html
import re

from .patterns import LazyPattern

#: an element that is a block of its own (or holds blocks)
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
})
#: players, kept as their tags: the readers of embedded recordings read those
_PLAYERS = frozenset({"audio", "embed", "iframe", "object", "source", "video"})
#: a line that opens or closes one of them at its start: the paragraph is HTML structure
_STRUCTURE = LazyPattern(
    r"^\s*+</?(?:" + "|".join(sorted(_BLOCK_TAGS, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE | re.MULTILINE,
)
_TAG = LazyPattern(
    r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]{0,20})((?:\s[^<>]{0,2000})?)/?>", re.DOTALL
)
_ATTRIBUTE = LazyPattern(r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
#: what empty ``<strong></strong>`` and ``<a href=…></a>`` leave
_EMPTY_MARKS = LazyPattern(r"\*\*\*\*|(?<!!)\[\]\([^()]*\)")
_SAFE_TARGET = LazyPattern(r"(?:https?://|mailto:|/|\.{0,2}/|#)|[\w.-]+(?:/|$)", re.IGNORECASE)

#: (kind, level, lines, tag): ``lines`` are (file line, text) in order; ``tag`` names
#: the element the block was read from (``figcaption``: a photo's caption; ``ol``: an
#: item of a numbered list), or is ""
Element = tuple[str, int, list[tuple[int, str]], str]


def is_html_structure(content: str) -> bool:
    """Whether a paragraph's lines open or close block elements (cheap test first)."""
    return "<" in content and _STRUCTURE.search(content) is not None


def words_of(line: str) -> str:
    """A source line's words as :func:`html_pieces` reads them: no tags, no entities
    (to tell whether what was read of an HTML line kept all it said)."""
    if "<" not in line and "&" not in line:
        return line
    return html.unescape(_TAG.sub(" ", line))


def html_pieces(content: str, first_line: int) -> list[Element]:
    """The blocks a paragraph of HTML lines stands for, in order (see the module)."""
    reader = _Reader()
    for offset, line in enumerate(content.split("\n")):
        reader.feed(line, first_line + offset)
    reader.close_block()
    return reader.elements


def as_markdown(content: str) -> list[tuple[int, str]]:
    """The Markdown an HTML block stands for, to render it without running it: its
    words escaped (``&lt;`` stays text), players shown as their text. In parts, each
    with the line of the block it starts on (a list's items are one part), so that
    what is said of a part is said at its line."""
    parts: list[tuple[int, str]] = []
    last_kind = ""
    for kind, level, lines, tag in html_pieces(content, 0):
        # (a line break in a table's cell is read, not shown: a space, as before)
        texts = [_ESCAPE_TEXT.sub(lambda m: _ESCAPES[m[0]], _CELL_BREAK.sub(" ", text))
                 for _, text in lines]
        if kind == "heading":
            markdown = "#" * level + " " + texts[0]
        elif kind == "item":
            indent, marker = "   " * (level - 1), "1. " if tag == "ol" else "-  "
            markdown = indent + marker + f"\\\n{indent}   ".join(texts)
            if last_kind == "item":  # the list goes on
                parts[-1] = (parts[-1][0], parts[-1][1] + "\n" + markdown)
                continue
        elif texts[0].startswith("|"):
            markdown = "\n".join(texts)  # table rows: a table, as in Markdown
        else:
            markdown = "\\\n".join(texts)
        last_kind = kind
        parts.append((lines[0][0], markdown))
    return parts


_ESCAPE_TEXT = LazyPattern(r"[<>&]")
#: a ``<br>`` kept inside a table's cell (tables read it), with the spaces around it
_CELL_BREAK = LazyPattern(r" ?<br> ?")
_ESCAPES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


class _Reader:
    """Walks the tags of a paragraph line by line, closing a block where HTML would."""

    def __init__(self) -> None:
        self.elements: list[Element] = []
        self.kind = "paragraph"
        self.level = 0
        self.tag_name = ""
        self.lines: list[tuple[int, str]] = []
        self.text: list[str] = []  # of the current line of the current block
        self.line = 0
        self.lists: list[str] = []  # the open ``<ul>`` / ``<ol>``, outermost first
        self.link: str | None = None  # the target of an open ``<a>``
        #: where the open ``<a>``'s ``[`` stands in ``text`` (``None`` once its line ended)
        self.link_at: int | None = None
        self.cells: list[list[str]] | None = None  # of an open table row: paragraphs
        self.parts: list[str] = []  # the paragraphs of the open cell before the last
        self.row_line = 0
        self.table = False  # inside ``<table>``: its rows make one block
        self.header_cells = False  # the open row has a ``<th>``
        self.hidden = False  # inside ``<script>`` / ``<style>``: no words of the page
        #: the emphasis markers open at this point, outermost first: a line that ends
        #: inside ``<strong>`` closes them and the next line opens them again
        self.marks: list[str] = []

    def feed(self, line: str, number: int) -> None:
        self.line = number
        at = 0
        for match in _TAG.finditer(line):
            self.add_text(line[at:match.start()])
            at = match.end()
            if match[2]:
                self.tag(match[2].lower(), bool(match[1]), match[3] or "", match[0])
        self.add_text(line[at:])
        self.end_line()

    # -- text -----------------------------------------------------------------------
    def add_text(self, text: str) -> None:
        if self.hidden:
            return
        if self.text and self.text[-1] == "\0":  # just after an opening marker
            text = text.lstrip()
            if text:
                self.text.pop()
        if text:
            self.text.append(text)

    def end_line(self) -> None:
        """A source line ends: what it held is one line of the block."""
        if self.link is not None:
            # ``<a href="#">`` around a whole card (a heading, a line of its own): the
            # link goes on past its line, so it is no link of words - its ``[`` is
            # dropped and its end writes nothing (a line ``[`` or ``](#)`` is no text)
            if self.link_at is not None and self.text[self.link_at:self.link_at + 1] == ["["]:
                del self.text[self.link_at]
            self.link, self.link_at = None, None
        if self.cells is not None:
            return  # a row goes on to its ``</tr>``
        # (``<strong>Speaker: Ann<br>Topic: Git</strong>``: each line its own emphasis,
        # not a ``**`` opening one line and another closing the next)
        for marker in reversed(self.marks):
            self._close_mark(marker)
        text = _EMPTY_MARKS.sub("", "".join(self.text).replace("\0", ""))
        text = " ".join(text.split())
        self.text = []
        for marker in self.marks:
            self._open_mark(marker)
        if text:
            self.lines.append((self.line, html.unescape(text)))

    def close_block(self) -> None:
        self.end_line()
        if self.cells is None:
            # (an emphasis left open goes no further than its block: a stray unclosed
            # ``<strong>`` does not make every later paragraph bold)
            self.marks, self.text = [], []
        if self.lines:
            if self.kind == "heading":  # a heading is one line, wherever it wrapped
                joined = " ".join(text for _, text in self.lines)
                self.lines = [(self.lines[0][0], joined)]
            self.elements.append((self.kind, self.level, self.lines, self.tag_name))
        self.lines = []

    def open_block(self, kind: str, level: int, tag: str = "") -> None:
        self.close_block()
        self.kind, self.level, self.tag_name = kind, level, tag

    # -- tags -----------------------------------------------------------------------
    def tag(self, name: str, closing: bool, attributes: str, whole: str) -> None:
        if name in ("strong", "b"):
            self.mark("**", closing)
        elif name in ("em", "i"):
            self.mark("*", closing)
        elif name == "a":
            self.anchor(closing, attributes)
        elif name == "img" and not closing:
            source = _attribute(attributes, "src")
            if source and _SAFE_TARGET.match(source):
                alt = _attribute(attributes, "alt").replace("[", "").replace("]", "")
                self.add_text(f"![{alt}]({_target(source)})")
        elif name == "br":
            if self.cells is not None:
                self.add_text("<br>")  # a line break in a cell: the reader's
            else:
                self.end_line()  # (a line of its own, on the same file line)
        elif name in ("td", "th"):
            self.cell(closing)
            self.header_cells = self.header_cells or name == "th"
        elif name == "tr":
            self.row(closing)
        elif name in ("table", "thead", "tbody", "tfoot"):
            if name == "table" or not self.table:
                self.open_block("paragraph", 0)  # a table's rows: one block, as in Markdown
            self.table = not closing if name == "table" else self.table or not closing
        elif name in _PLAYERS:
            self.add_text(whole)  # kept as written: what reads players reads it
        elif name in ("script", "style"):
            self.hidden = not closing
        elif name in _BLOCK_TAGS:
            self.block_tag(name, closing)
        # any other tag (span, font, sup, code, …) holds words only: it is dropped

    def mark(self, marker: str, closing: bool) -> None:
        """Emphasis markers hug their words (``** Title **`` is no emphasis); an element
        with no words (``<i class="fa fa-clock"></i>``, an icon font's) leaves none."""
        if closing:
            if marker in self.marks:
                del self.marks[len(self.marks) - 1 - self.marks[::-1].index(marker)]
            self._close_mark(marker)
        else:
            self.marks.append(marker)
            self._open_mark(marker)

    def _open_mark(self, marker: str) -> None:
        self.text.append(marker)
        self.text.append("\0")  # drop the spaces that follow the opening marker

    def _close_mark(self, marker: str) -> None:
        if self.text[-2:] == [marker, "\0"]:
            del self.text[-2:]
            return
        last = "".join(self.text)
        stripped = last.rstrip()
        self.text = [stripped, marker, last[len(stripped):]]

    def anchor(self, closing: bool, attributes: str) -> None:
        if not closing:
            target = _attribute(attributes, "href")
            self.link = target if target and _SAFE_TARGET.match(target) else None
            if self.link is not None:
                self.link_at = len(self.text)
                self.text.append("[")
                self.text.append("\0")
        elif self.link is not None:
            self.mark_link_end(self.link)
            self.link, self.link_at = None, None

    def mark_link_end(self, target: str) -> None:
        last = "".join(self.text)
        stripped = last.rstrip()
        self.text = [stripped, f"]({_target(target)})", last[len(stripped):]]

    def cell(self, closing: bool) -> None:
        if self.cells is None:
            self.row(False)
        if not closing:
            self.text, self.parts = [], []
        elif self.cells is not None:
            self.cell_paragraph()
            self.cells.append(self.parts)
            self.text, self.parts = [], []

    def cell_paragraph(self) -> None:
        """A ``<p>`` of a cell ends: its words are one of the cell's paragraphs."""
        text = " ".join("".join(self.text).replace("\0", "").split())
        if text:
            self.parts.append(text)
        self.text = []

    def row(self, closing: bool) -> None:
        if not closing:
            if not self.table:
                self.open_block("paragraph", 0)
            self.cells = []
            self.text = []
            self.row_line = self.line
            return
        cells, self.cells = self.cells or [], None
        if any(cells):
            # a cell of several paragraphs (``<td><p>Talk A</p><p>Talk B</p></td>``):
            # a row each, the other cells said once, as the slot they share
            for index in range(max(len(cell) for cell in cells)):
                row = [(cell[index] if index < len(cell) else "") if len(cell) > 1
                       else (" ".join(cell) if index == 0 else "") for cell in cells]
                self.lines.append((self.row_line, html.unescape(
                    "| " + " | ".join(cell.replace("|", "/") for cell in row) + " |")))
                if self.header_cells and not index:  # a row of ``<th>``: the header
                    self.lines.append((self.row_line, "|" + " --- |" * len(cells)))
        self.text = []
        self.header_cells = False

    def block_tag(self, name: str, closing: bool) -> None:
        if self.cells is not None and name in ("p", "div"):
            self.cell_paragraph()  # a paragraph of a cell: the cell's, not a block
            return
        if name in ("ul", "ol"):
            self.open_block("paragraph", 0)
            if not closing:
                self.lists.append(name)
            elif self.lists:
                self.lists.pop()
            return
        if closing:
            self.open_block("paragraph" if not self.lists else "item", len(self.lists),
                            self._list_tag())
            return
        if name[0] == "h" and name[1:].isdigit():
            self.open_block("heading", int(name[1]))
        elif name == "li":
            self.open_block("item", max(1, len(self.lists)), self._list_tag())
        elif self.kind == "item" and name in ("p", "div"):
            # a paragraph inside an item: the item's
            self.open_block("item", self.level, self.tag_name)
        else:
            self.open_block("paragraph", 0, "figcaption" if name == "figcaption" else "")


    def _list_tag(self) -> str:
        """``ol`` for the items of a numbered list (shown numbered), else ""."""
        return "ol" if self.lists and self.lists[-1] == "ol" else ""


def _target(url: str) -> str:
    """A link target Markdown reads back whole (no space or bracket ends it early)."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _attribute(attributes: str, name: str) -> str:
    for match in _ATTRIBUTE.finditer(attributes):
        if match[1].lower() == name:
            value = next((v for v in match.groups()[1:] if v is not None), "")
            return html.unescape(value).strip()
    return ""
