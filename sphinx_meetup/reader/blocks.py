"""The Markdown body as flat blocks and lines, each with its file line.

The body is tokenised with markdown-it-py (CommonMark, raw HTML off) into headings,
paragraphs and list items; every source line of a block becomes a :class:`Unit`, the
piece the talk and fact readers look at. A line is where agenda entries and
``Speaker:`` labels live, even inside one paragraph with hard breaks.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from .emphasis import unemphasise
from .html_blocks import html_pieces, is_html_structure
from .line_facts import has_colon, may_be_timed
from .memo import per_read
from .names import SYMBOLS, unadorned
from .patterns import LazyPattern, run_of
from .plain_blocks import Piece, heads_nothing, plain_blocks
from .plain_links import plain_links

_MARKDOWN = MarkdownIt("commonmark", {"html": False})

#: the characters a line must start with for each block rule to take it: markdown-it
#: tries every rule on every line (and the paragraph's terminators on each of its
#: lines), and each rule returns False, having changed nothing, on any other start
_RULE_STARTS = {"fence": "`~", "blockquote": ">", "hr": "*-_", "list": "*-+0123456789",
                "reference": "[", "heading": "#"}

_Rule = Callable[[StateBlock, int, int, bool], bool]


def _dispatch(rules: list[tuple[str, _Rule]], *, terminators: bool) -> _Rule:
    """One rule in place of ``rules`` (in their order): it asks only those whose start
    characters the line begins with. ``terminators`` ask whether a line ends the block
    before it; markdown-it calls them only so (``silent``), and in its main chain as
    well, where they must take nothing."""
    by_start: dict[str, tuple[_Rule, ...]] = {}
    for char in {char for name, _rule in rules for char in _RULE_STARTS[name]}:
        by_start[char] = tuple(rule for name, rule in rules if char in _RULE_STARTS[name])

    def dispatch(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        if terminators and not silent:
            return False
        pos = state.bMarks[line] + state.tShift[line]
        if pos >= len(state.src):
            return False
        for rule in by_start.get(state.src[pos], ()):  # noqa: SIM110 - no generator a line
            if rule(state, line, end, silent):
                return True
        return False

    return dispatch


def _indented(rule: _Rule) -> _Rule:
    def gated(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        if state.sCount[line] - state.blkIndent < 4:  # what is_code_block asks first
            return False
        return rule(state, line, end, silent)

    return gated


def _normalize(rule: Callable[[StateCore], None]) -> Callable[[StateCore], None]:
    def gated(state: StateCore) -> None:
        if "\r" in state.src or "\0" in state.src:  # else it rewrites "\n" as "\n"
            rule(state)

    return gated


def _block_parser() -> MarkdownIt:
    """Block structure only (inline parsing, for links, runs on the blocks that may hold
    one): CommonMark's block rules, each asked only where a line can start it, giving
    the tokens the plain parser gives (``tests/test_reader_fast_paths.py``). Raw HTML is
    off, so the HTML block rule (which then never matches) is not asked at all.

    Each chain of rules (the main one; the terminators of a paragraph, a reference, a
    quote, a list) becomes one dispatching rule for the rules it held, in its order."""
    parser = MarkdownIt("commonmark", {"html": False})
    parser.disable(["inline", "text_join", "html_block"])  # (text_join: no inline tokens)
    ruler = parser.block.ruler
    named = {id(rule.fn): (rule.name, rule.fn) for rule in ruler.__rules__}
    chains: dict[tuple[str, ...], list[str]] = {}
    for chain in ("", "paragraph", "reference", "blockquote", "list"):
        names = tuple(named[id(fn)][0] for fn in ruler.getRules(chain))
        chains.setdefault(tuple(n for n in names if n in _RULE_STARTS), []).append(chain)
    rules = dict(named.values())
    for number, (names, alt) in enumerate(chains.items()):
        rule = _dispatch([(name, rules[name]) for name in names], terminators=alt != [""])
        ruler.before("lheading", f"meetup_starts_{number}", rule, {"alt": [c for c in alt if c]})
    ruler.disable(list(_RULE_STARTS))
    ruler.at("code", _indented(rules["code"]), {"alt": []})
    normalize = next(rule for rule in parser.core.ruler.__rules__ if rule.name == "normalize")
    parser.core.ruler.at("normalize", _normalize(normalize.fn))
    return parser


_BLOCKS = _block_parser()
#: an HTML comment, over lines or inside one
_ANY_COMMENT = LazyPattern(r"<!--.*?-->", re.DOTALL)


def without_comments(text: str) -> str:
    """``text`` with each HTML comment blanked to spaces, its line breaks kept (every line
    keeps its number and its other words their columns)."""
    return _ANY_COMMENT.sub(lambda match: re.sub(r"[^\n]", " ", match[0]), text)


#: a paragraph that is only HTML comments: nothing a reader of the page sees
_COMMENT = LazyPattern(r"(?:\s*<!--.*?-->)+\s*", re.DOTALL)
#: a paragraph that is only template calls - Zola's and Jinja's ``{{ fn(…) }}``,
#: Liquid's ``{% include … %}`` (Hugo's ``{{< … >}}`` are :mod:`.shortcodes`'): markup
#: the site generator replaces, never a title or a name
_TEMPLATE_CALL = LazyPattern(
    r"(?:\s*+(?:\{\{(?![<%])[^{}\n]{1,300}+\}\}|\{%[^{}%\n]{1,300}+%\}))++\s*+")
#: where a sentence ends and the next begins (``. Folgende``, ``!  The``, ``。以下``)
SENTENCE_BREAK = LazyPattern(r"(?<=[.!?])\s++(?=\S)|(?<=[。！？])")
_BARE_URL = LazyPattern(r"https?://[^\s<>()（）\"'，。、\]\[]+")
# Patterns on author text stay linear: a link's text holds no ``[`` and its target no
# bare ``(`` (one level of brackets, as URLs have them), so each ``[`` or ``(`` looks only
# as far as the next one; ``![![![…`` or ``[](``-runs no longer rescan the line per bracket.
# Runs are taken whole (possessive: nothing given back could let the closing bracket
# match), not a character at a time.
_TARGET = r"\((?P<url>(?:[^()\n]++|\([^()\n]*+\))*+)\)"
_IMAGE = LazyPattern(r"!\[[^\]\[]*+\]" + _TARGET)
#: (a kramdown attribute list may close a link: ``[Slides](…){:target="_blank"}``)
_LINK = LazyPattern(r"\[([^\]\[]*+)\]" + _TARGET + r"(?:\{:[^{}\n]{0,200}+\})?")
#: a reference link, full or collapsed (``[text][2]``, ``[text][]``): its text (the
#: label names a definition elsewhere on the page; a label holds no bracket)
_REFERENCE = LazyPattern(r"\[([^\]\[]*+)\]\[[^\]\[]{0,999}+\]")
#: a footnote's mark (``Ann Example[^1]``), not its definition (``[^1]: …``) nor a
#: reference link's label
_FOOTNOTE_MARK = LazyPattern(r"(?<!\])\[\^[^\]\[\s]{1,30}\](?![:(\[])")
_AUTOLINK = LazyPattern(r"<(https?://[^<>\s]+)>")
_HTML_BREAK = LazyPattern(r"<br\s*+/?>", re.IGNORECASE)
#: an HTML tag written inline in Markdown (not ``<https://…>``, read before as a link)
_INLINE_TAG = LazyPattern(r"</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>]{0,1000})?/?>")
_ESCAPE = LazyPattern(r"\\([-\\`*_{}\[\]()#+.!|>])")
#: markup a line may end with that no reader shows as words: an attribute list
#: (kramdown's ``{: .speaker}``, a Hugo heading's ``{#talk-1}``) and a backslash - a hard
#: line break in CommonMark (``Ann Example\``). Never a Hugo shortcode's ``{{ }}``.
_LINE_END_MARKUP = LazyPattern(r"(?:(?<!\{)\{(?::[^{}\n]{0,200}|[.#][^{}\n\s][^{}\n]{0,200})\}|"
                               r"(?<!\\)\\)$")
#: an HTML entity as CommonMark reads one in text: named or numeric, with its semicolon
#: (``&ouml;``, ``&amp;``, ``&#8211;``; ``AT&T`` and ``&copy 2020`` are text)
_ENTITY = LazyPattern(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_FOLD_DROP = LazyPattern(run_of(r"[\W_]"))


@dataclass(slots=True)
class Block:
    """One heading, paragraph or list item of the body, with its file lines."""

    kind: str
    text: str
    line: int
    end_line: int
    level: int = 0
    #: (text, url) of each Markdown link in the block, URLs as written
    links: list[tuple[str, str]] = field(default_factory=list)
    source_lines: list[str] = field(default_factory=list)
    #: the file line of each source line, where they are not ``line`` on
    #: (a block read from HTML: ``<br>`` parts one file line)
    lines_at: list[int] | None = None
    #: the HTML element a block read from HTML was (``figcaption``), ``blockquote`` for
    #: a Markdown quotation's paragraph (``> …``), else ""
    tag: str = ""
    #: an item's paragraph after its first (``* **Title** by Ann`` then, indented under
    #: it, the talk's abstract): more of the item above, not an item of its own
    continued: bool = False
    #: a table of label and value rows under an empty header (``| | |``: GFM wants a
    #: header row, a table of facts leaves it blank): its rows read as labelled lines
    #: (``| 👤 **Speaker** | Ann |`` is ``Speaker: Ann``), never as an agenda's rows
    facts: bool = False
    #: the number an ordered list's item is marked with (``2)`` / ``2.``), else None:
    #: a list broken by paragraphs written flush left goes on where its numbers do
    number: int | None = None

    @property
    def plain_lines(self) -> list[str]:
        """The block's lines as a reader sees them: no emphasis markers, links as text."""
        return [plain(line) for line in self.source_lines]


@dataclass(slots=True)
class Unit:
    """One line of a block: the smallest piece a talk or fact is read from."""

    kind: str
    text: str
    source: str
    line: int
    block: Block
    first: bool
    #: the whole block is this one line
    alone: bool
    #: the line is bold from end to end (``**…**``)
    bold: bool = False
    #: the line's facts, read once (:mod:`.line_facts`): it holds a colon, it may be a
    #: timed row - a unit made by hand has them all, so that no reader skips it
    colon: bool = field(default=True, repr=False, compare=False)
    clock: bool = field(default=True, repr=False, compare=False)


def blocks_of(body: str, first_line: int) -> list[Block]:
    """``body`` as flat blocks; ``first_line`` is the file line of the body's first line.
    HTML comments are blanked first: what a writer set aside (a section copied from
    another page and commented out) is not on the page."""
    if "<!--" in body:
        body = without_comments(body)
    env: dict = {}
    pieces = plain_blocks(body)
    if pieces is None:
        pieces = _parsed_blocks(body, env)
    blocks: list[Block] = []
    body_lines: list[str] | None = None
    for kind, level, content, start, end in pieces:
        continued = False
        number = None
        tag = ""
        if kind == "paragraph" and ">" in body and (content[:1] != "<"):
            if body_lines is None:
                body_lines = body.split("\n")
            if start < len(body_lines) and body_lines[start].lstrip().startswith(">"):
                tag = "blockquote"  # (a quotation, its attribution ``- Ann Example``)
        if kind == "item":
            if body_lines is None:
                body_lines = body.split("\n")
            marker = _ITEM_MARKER.match(body_lines[start]) if start < len(body_lines) else None
            continued = start < len(body_lines) and marker is None
            if marker is not None and marker["number"]:
                number = int(marker["number"])
        if kind == "paragraph" and content.startswith("<!--") and _COMMENT.fullmatch(content):
            continue  # ``<!--more-->`` (a blog's excerpt mark), a note to other writers
        if kind == "paragraph" and content.startswith("{") and _TEMPLATE_CALL.fullmatch(content):
            continue  # ``{{ resize_image(path="…") }}``: the site generator's call, no words
        if kind == "paragraph" and is_html_structure(content):
            blocks += _html_blocks(content, first_line + start, env)
            continue
        lines = content.split("\n") if kind != "heading" else [content]
        at = None
        if len(lines) > 1 and ("*" in content or "(" in content or "（" in content):
            lines, at = _emphasis_joined(lines, first_line + start)
        blocks.append(
            Block(
                kind=kind,
                text=content,
                line=first_line + start,
                end_line=first_line + end - 1,
                level=level,
                links=_links_in(content, env),
                source_lines=[line.strip() for line in lines],
                lines_at=at,
                continued=continued,
                number=number,
                tag=tag,
            )
        )
    return blocks


def _open_marks(line: str) -> tuple[bool, bool, int]:
    """Whether ``line`` leaves a bold (``**``) and an italic (``*``) mark open (an odd
    number of each; ``***`` is one of both), and how many brackets it opens (below 0:
    closes) - what a hard-wrapped line leaves for the next to close."""
    triple = line.count("***")
    rest = line.replace("***", "")
    double = rest.count("**")
    single = rest.replace("**", "").count("*") if "*" in rest else 0
    brackets = line.count("(") + line.count("（") - line.count(")") - line.count("）")
    return (double + triple) % 2 == 1, (single + triple) % 2 == 1, brackets


def _emphasis_joined(lines: list[str], first: int) -> tuple[list[str], list[int] | None]:
    """A paragraph's lines with those an emphasis or a bracket crosses joined (``*Title:
    **Hyperbolic motion with`` / ``arbitrary limit shape***``, ``(Utrecht University,
    The`` / ``Netherlands)``: a hard-wrapped line): one phrase, not two. Also the file
    line of each joined line, or None when nothing was joined."""
    joined: list[str] = []
    at: list[int] = []
    index = 0
    while index < len(lines):
        parts, line_at = [lines[index]], first + index
        bold, italic, brackets = _open_marks(lines[index])
        while (bold or italic or brackets > 0) and index + 1 < len(lines):
            more_bold, more_italic, more = _open_marks(lines[index + 1])
            if not ((bold and more_bold) or (italic and more_italic) or (
                    brackets > 0 and more < 0)):
                break
            index += 1
            parts.append(lines[index].strip())
            bold, italic, brackets = bold != more_bold, italic != more_italic, brackets + more
        joined.append(" ".join(part.rstrip() for part in parts) if len(parts) > 1 else parts[0])
        at.append(line_at)
        index += 1
    return (joined, at) if len(joined) < len(lines) else (lines, None)


#: where a list item starts: its bullet or number (after a quote's ``>`` or an indent)
_ITEM_MARKER = LazyPattern(r"^[\s>]*+(?:[-*+]|(?P<number>\d{1,9})[.)])(?:[ \t]|$)")


def _html_blocks(content: str, line: int, env: dict) -> list[Block]:
    """A paragraph of HTML lines as the blocks its elements are
    (:mod:`~sphinx_meetup.reader.html_blocks`)."""
    blocks = []
    for kind, level, lines, tag in html_pieces(content, line):
        text = "\n".join(source for _, source in lines)
        blocks.append(Block(kind=kind, text=text, line=lines[0][0], end_line=lines[-1][0],
                            level=level, links=_links_in(text, env),
                            source_lines=[source for _, source in lines],
                            lines_at=[at for at, _ in lines], tag=tag))
    return blocks


def _parsed_blocks(body: str, env: dict) -> list[Piece]:
    """The blocks of ``body`` as markdown-it's tokens give them (``env`` gets its link
    references)."""
    tokens = _BLOCKS.parse(body, env)
    pieces: list[Piece] = []
    depth = 0
    for index, token in enumerate(tokens):
        if token.type in {"bullet_list_open", "ordered_list_open"}:
            depth += 1
        elif token.type in {"bullet_list_close", "ordered_list_close"}:
            depth -= 1
        if token.type == "fence" and token.map is not None and _fact_box(token):
            # a fenced box of ``Date: …`` / ``Time: …`` lines, aligned in monospace: the
            # event's facts, read as a paragraph of them (its lines stay the file's)
            start, end = token.map
            pieces.append(("paragraph", 0, token.content.rstrip("\n"), start + 1, end - 1))
            continue
        if token.type != "inline" or token.map is None:
            continue
        opener = tokens[index - 1]
        start, end = token.map
        if opener.type == "heading_open":
            if not heads_nothing(token.content):
                pieces.append(("heading", int(opener.tag[1]), token.content, start, end))
        elif depth:
            pieces.append(("item", depth, token.content, start, end))
        else:
            pieces.append(("paragraph", 0, token.content, start, end))
    return pieces


#: a line of a fact box: a label of a few words, a colon, a value
_FACT_LINE = LazyPattern(r"^[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+){0,3}\s*+[:：]\s*+\S")
#: code a fence says is code (``yaml``, ``python``): never a fact box
_PLAIN_FENCES = frozenset({"", "text", "txt", "plain", "plaintext"})


def _fact_box(token: Token) -> bool:
    """Whether a fenced block is the event's facts set in monospace: no language named,
    two to eight lines, every one ``Label: value``, and one of them holding a date."""
    from .dates import ANY_YEAR, find_date  # (only a page with such a fence asks)

    if token.info.strip().casefold() not in _PLAIN_FENCES:
        return False
    lines = [line.strip() for line in token.content.splitlines() if line.strip()]
    return (2 <= len(lines) <= 8 and all(_FACT_LINE.match(line) for line in lines)
            and any(find_date(line, ANY_YEAR) for line in lines))


#: a line that is bold by HTML from end to end (``<strong>标题 | 名</strong>``)
_HTML_BOLD = LazyPattern(r"^<(?P<tag>strong|b)>(?P<inner>[^<>]{2,300})</(?P=tag)>$", re.IGNORECASE)


#: ``Date | **Thursday 15th April 2021** <br>``: a label, a pipe and its value - a
#: table of two columns written without the header row Markdown needs (so a paragraph)
_PIPE_ROW = LazyPattern(
    r"^(?P<label>[^\W\d_][^|:：\n]{0,30}?)\s*+\|\s*+(?P<value>[^|\s][^|]*?)\s*$"
)


#: a two-column table's empty header row, its rule row, and a row of label and value
_EMPTY_HEADER = LazyPattern(r"^\|[ \t]*+\|[ \t]*+\|[ \t]*+$")
_RULE_ROW = LazyPattern(r"^\|[ \t]*+:?-{1,}:?[ \t]*+\|[ \t]*+:?-{1,}:?[ \t]*+\|[ \t]*+$")
_FACT_ROW = LazyPattern(r"^\|(?P<label>[^|\n]{1,80}+)\|(?P<value>[^|\n]*+)\|[ \t]*+$")


def _pipe_rows(block: Block) -> int:
    """How many lines of a paragraph are ``Label | value`` rows, when two or more are
    (a single such line may be a title with a pipe in it): 0 otherwise."""
    if not any("|" in line for line in block.source_lines):
        return 0
    rows = sum(1 for line in block.source_lines
               if "|" in line and _PIPE_ROW.match(plain(line.strip())))
    return rows if rows >= 2 else 0


#: a link whose text is bold (``[**Ann Example**](https://…)``), as its text
_BOLD_LINK = LazyPattern(r"\[(\*\*[^\[\]*]{1,80}\*\*)\]\([^()\s]{1,300}\)")


def _bold_through_links(line: str) -> bool:
    """Whether ``line`` is bold from end to end once its links are their texts: ``[**Ann
    Example**](https://…) **from Acme: "Title"**`` (a linked name then a bold rest)."""
    text = _BOLD_LINK.sub(r"\1", line)
    return len(text) > 4 and text.startswith("**") and text.endswith("**")


def units_of(blocks: list[Block]) -> list[Unit]:
    """Every line of every block, in order."""
    units: list[Unit] = []
    for block in blocks:
        count = len(block.source_lines)
        rows = _pipe_rows(block) if count > 1 and block.kind == "paragraph" else 0
        if count > 2 and block.source_lines[0].startswith("|") and _EMPTY_HEADER.match(
                block.source_lines[0]) and _RULE_ROW.match(block.source_lines[1]):
            block.facts = True
        for offset, source in enumerate(block.source_lines):
            stripped = source.strip()
            if stripped[:1] == "<" and (html := _HTML_BOLD.match(stripped)):
                stripped = f"**{html['inner'].strip()}**"  # ``<strong>…</strong>``: bold
            text = plain(stripped)
            if rows and (row := _PIPE_ROW.match(text)):
                text = f"{row['label']}: {row['value']}"  # ``Date | Thursday 15th…``
            elif block.facts and (row := _FACT_ROW.match(stripped)):
                text = f"{plain(row['label'])}: {plain(row['value'])}"
            # a symbol may open it: decoration (a CJK ideograph, most lines' first
            # character on a Chinese page, is none)
            if text and ord(text[0]) >= SYMBOLS and not 0x4E00 <= ord(text[0]) <= 0x9FFF:
                text = unadorned(text, end=False)  # (``🔰 Time:``: a title's own end stays)
            units.append(
                Unit(
                    kind=block.kind,
                    text=text,
                    source=stripped,
                    line=block.lines_at[offset] if block.lines_at else block.line + offset,
                    block=block,
                    first=offset == 0,
                    alone=count == 1,
                    bold=(len(stripped) > 4 and stripped.startswith(("**", "__"))
                          and stripped.endswith(("**", "__")))
                    or (stripped[:3] == "[**" and _bold_through_links(stripped)),
                    colon=has_colon(text),
                    clock=may_be_timed(text, stripped),
                )
            )
    return units


def sibling_headings(units: list[Unit]) -> dict[tuple[int, int], list[int]]:
    """The headings of a page grouped by the heading they stand under and their level
    (``(-1, level)`` at the top), each group in order: the siblings whose shared shape
    says what all of them are (talk headings, recap sections, speakers' names)."""
    if _SIBLINGS_OF and _SIBLINGS_OF[0] is units and _SIBLINGS_OF[1] == len(units):
        return _SIBLINGS_OF[2]  # six readers ask of the same page's units in turn
    groups: dict[tuple[int, int], list[int]] = {}
    stack: list[tuple[int, int]] = []
    for index, unit in enumerate(units):
        if unit.kind != "heading":
            continue
        level = unit.block.level
        while stack and stack[-1][0] >= level:
            stack.pop()
        groups.setdefault((stack[-1][1] if stack else -1, level), []).append(index)
        stack.append((level, index))
    _SIBLINGS_OF[:] = [units, len(units), groups]
    return groups


#: the last page's units, their count and their sibling headings (read, never changed)
_SIBLINGS_OF: list = []


def item_run(units: list[Unit], index: int) -> range:
    """The unit indices of the run of item lines ``index`` stands in (one list, or one
    agenda of items, with no other block between them); ``index`` alone when it is none."""
    start = index
    while start > 0 and units[start - 1].kind == "item":
        start -= 1
    stop = index
    while stop + 1 < len(units) and units[stop + 1].kind == "item":
        stop += 1
    return range(start, stop + 1)


def opening_paragraph(units: list[Unit], index: int, within: int | None = None) -> Unit | None:
    """The first line of the paragraph that opens the section under heading ``index``
    (an image alone skipped), or ``None`` when another heading, a list or a paragraph's
    later line comes first; ``within``: look at that many units below only."""
    stop = len(units) if within is None else min(len(units), index + 1 + within)
    for at in range(index + 1, stop):  # (no slice: a copy of the rest per heading)
        unit = units[at]
        if unit.kind == "heading":
            return None
        if unit.text:  # (an image alone has none)
            return unit if unit.kind == "paragraph" and unit.first else None
    return None


#: more ``[`` than this in one parse and markdown-it-py's link-label scan (from every
#: ``[`` to the end) turns quadratic: ``![`` x 50,000 took minutes
MAX_BRACKETS = 64


def _links_in(content: str, env: dict) -> list[tuple[str, str]]:
    """The links of one block's inline content (parsed only when it may have one).

    A block with many brackets is parsed a line at a time, and a line with too many of
    them is read with a plain pattern: the scan stays linear in the block's length."""
    if "[" not in content and "<" not in content:
        return []
    found = _markdown_links_in(content, env)
    if "<a" in content or "<A" in content:  # HTML in Markdown: its anchors link too
        found += [(plain(_TAG.sub("", match["text"])), match["url"])
                  for match in _ANCHOR.finditer(content)]
    return found


#: an HTML anchor with its target and text (``<a href="https://…">Video</a>``)
_ANCHOR = LazyPattern(
    r"<a\s[^<>]*?\bhref\s*=\s*[\"'](?P<url>https?://[^\"'\s<>]+)[\"'][^<>]*>"
    r"(?P<text>[^<]{0,200}(?:<(?!/a>)[^<]{0,200}){0,4})</a>",
    re.IGNORECASE,
)
_TAG = LazyPattern(r"<[^<>]*>")


def _markdown_links_in(content: str, env: dict) -> list[tuple[str, str]]:
    """The Markdown links of one block's inline content (see :func:`_links_in`)."""
    if content.count("[") <= MAX_BRACKETS:
        simple = plain_links(content, env, _MARKDOWN)  # written plainly: no parse needed
        if simple is not None:
            return simple
        parsed = _MARKDOWN.parseInline(content, env)
        return _links(parsed[0]) if parsed else []
    found: list[tuple[str, str]] = []
    for line in content.split("\n"):
        if line.count("[") <= MAX_BRACKETS:
            found += _markdown_links_in(line, env)
        else:
            found += [(plain(match[1]), _MARKDOWN.normalizeLink(match["url"].strip()))
                      for match in _LINK.finditer(line)]
    return found


def _links(token: Token) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    href: str | None = None
    text: list[str] = []
    for child in token.children or []:
        if child.type == "link_open":
            href, text = str(child.attrs.get("href", "")), []
        elif child.type == "link_close" and href is not None:
            found.append(("".join(text).strip(), href))
            href = None
        elif href is not None and child.type in {"text", "code_inline"}:
            text.append(child.content)
        elif href is not None and child.type in {"softbreak", "hardbreak"}:
            text.append(" ")  # a link text wrapped over two lines: one space, as shown
    return found


@per_read
def plain(markdown: str) -> str:
    """A line as a reader sees it: no images or emphasis markers, links as their text."""
    text = _IMAGE.sub("", markdown) if "![" in markdown else markdown
    if "[" in text:
        if "[^" in text:  # a footnote's mark (``Ann Example[^1]``) shows as a number
            text = _FOOTNOTE_MARK.sub("", text)
        if "][" in text:  # (before inline links: ``[[slide](…)][[video](…)]`` is none)
            text = _REFERENCE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        if "<br" in text or "<BR" in text:  # an HTML line break in Markdown: no words
            text = _HTML_BREAK.sub(" ", text)
        if "<" in text:  # inline HTML (``<strong>``, ``<a href=…>text</a>``): its words
            text = _INLINE_TAG.sub("", text)
    if text.endswith(("}", "\\")):
        text = _LINE_END_MARKUP.sub("", text).rstrip()
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    text = characters(text)  # the character an entity stands for, as the page shows it
    return unemphasise(text).strip()


def characters(text: str) -> str:
    """``text`` with its character references as the characters a browser shows
    (``&amp;`` is ``&``, ``d&#x27;interface`` is ``d'interface``: front matter exported
    from an HTML editor); none that would make Markdown or HTML of it."""
    return _ENTITY.sub(_character, text) if "&" in text else text


def _character(entity: re.Match[str]) -> str:
    """The character of an entity; one HTML does not know stays as written."""
    character = html.unescape(entity[0])
    # (``&gt2;`` is ``>2;`` to HTML: a legacy reference without its semicolon, then text)
    markup = any(mark in character for mark in "<>*_[]\\`")
    return entity[0] if character == entity[0] or markup else character


def urls_in(block: Block, line: str) -> list[str]:
    """Every URL one source line of ``block`` names, Markdown links and bare URLs."""
    found = [url for text, url in block.links if url in line or (text and text in line)]
    if "http" in line:  # what a bare URL starts with: most lines have none
        # a link's text that is itself an address (``[https://b23.tv/x](https://…)``)
        # shows where the link goes: the target is the one URL named
        texts = {text for text, _ in block.links}
        found += [unescaped(url) for url in _BARE_URL.findall(line)
                  if url not in found and url not in texts]
    return [url.rstrip(".,;") for url in found]


def unescaped(text: str) -> str:
    """``https://youtu.be/Rb7c--w\\_2K0`` as the page shows it: a bare address written
    with Markdown escapes (an editor escapes ``_``) is the address without them."""
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


@per_read
def fold(text: str) -> str:
    """Text reduced for comparing titles: NFKC, case-folded, no spaces or punctuation
    (asked of the same titles again and again: each against every other)."""
    return _FOLD_DROP.sub("", unicodedata.normalize("NFKC", text).casefold())
