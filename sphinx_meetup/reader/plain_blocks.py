"""A body written plainly, split into blocks without markdown-it.

Most event bodies are paragraphs, ``#`` headings and one level of ``-`` / ``1.`` list
items, every line at the margin. For such a body the blocks are plain to see, and
markdown-it's block parser (a rule tried per line, a token per open, content and close)
was a fifth of the reader's time. :func:`plain_blocks` reads only bodies where no
CommonMark rule other than these (and ``>`` quotes of such paragraphs, and thematic
breaks between blocks) can apply - no indented line, tab, fence, setext underline,
reference definition, empty item, nested marker - and
gives, for those, exactly the blocks markdown-it's tokens give; for any other body it
gives ``None`` and the parser reads it (``tests/test_reader_fast_paths.py`` compares
the two on generated Markdown).
"""

from __future__ import annotations

from markdown_it.common.utils import MD_TRIM_CHARS as _TRIM

from .patterns import LazyPattern

#: (kind, level, content, first line, line after the last) of each block, lines of the
#: body counted from 0, as markdown-it's inline tokens and their ``map`` give them
Piece = tuple[str, int, str, int, int]

#: the characters a line can open a block other than a paragraph line with
_SPECIAL = frozenset(" >`~#=-*_+0123456789")
_ITEM = LazyPattern(r"(?:[-*+]|(\d{1,9})[.)])(?= |$)")
_HEADING = LazyPattern(r"#{1,6}(?= |$)")
_BREAK = LazyPattern(r"([-*_])(?: *\1){2,} *$")
#: a setext underline, or what would be one under a paragraph (``===``, ``--``)
_UNDERLINE = LazyPattern(r"(?:=+|-+) *$")
_PARAGRAPH, _HEADING_LINE, _ITEM_LINE, _QUOTE_LINE, _BREAK_LINE = range(5)


def plain_blocks(body: str) -> list[Piece] | None:
    """The blocks of ``body`` when it is written plainly (see the module), else ``None``."""
    if "\t" in body or "\0" in body or "\r" in body or "]:" in body:
        return None  # tabs count as indent; a reference definition ends in "]:"
    pieces: list[Piece] = []
    kind = ""  # of the paragraph being read: paragraph, item, quote ("" for none)
    depth = 1  # of the item being read: a list's, or one of a list inside its item
    width = 0  # where the text of the last item at the margin starts (its sub-items)
    inner = 0  # where the text of the item being read starts (its lines' indent)
    start = 0
    parts: list[str] = []
    for number, line in enumerate(body.split("\n")):
        if not line.strip(" "):
            if kind:
                pieces.append(_piece(kind, parts, start, number, depth))
                kind = ""
            continue
        if line[0] == " " and kind == "item" and (sub := _sub_item(line, width)) is not None:
            # ``  - sub`` right under ``- item`` (or a sub-item): a list inside the item
            pieces.append(_piece(kind, parts, start, number, depth))
            inner, text = sub
            depth, start, parts = 2, number, [text]
            continue
        if line[0] == " " and (item := _indented_item(line, kind, width, pieces)) is not None:
            # `` * item``: a list's item may stand up to three spaces in
            if kind:
                pieces.append(_piece(kind, parts, start, number, depth))
            width, text = item
            kind, depth, inner, start, parts = "item", 1, width, number, [text]
            continue
        if line[0] == " " and (kept := _indented_line(line, kind, inner, pieces)) is not None:
            # `` text``: a paragraph's line one to three spaces in
            if kind:
                parts.append(kept)
            else:
                kind, start, parts = "paragraph", number, [kept]
            continue
        shape, value = _shape(line)
        if shape is None:
            return None
        if shape == _PARAGRAPH:
            if kind:  # a paragraph line, or a lazy one of an item's or a quote's paragraph
                parts.append(line)
            else:
                kind, start, parts = "paragraph", number, [line]
            continue
        if shape == _QUOTE_LINE and kind == "quote":
            parts.append(line[2:] if line[1] == " " else line[1:])
            continue
        if kind and shape == _BREAK_LINE:
            return None  # under a paragraph ``---`` is a setext underline
        if kind == "quote" and shape == _ITEM_LINE:
            return None  # ``2.`` ends a quote, not a paragraph: not worth telling apart
        if kind == "paragraph" and shape == _ITEM_LINE and value is not None and value != 1:
            return None  # ``2.`` under a paragraph line goes on with the paragraph
        if kind:
            pieces.append(_piece(kind, parts, start, number, depth))
            kind = ""
        if shape == _HEADING_LINE:
            level, content = _heading(line)
            if not heads_nothing(content):
                pieces.append(("heading", level, content, number, number + 1))
        elif shape == _QUOTE_LINE:
            kind, start, parts = "quote", number, [line[2:] if line[1] == " " else line[1:]]
        elif shape == _ITEM_LINE:
            width = _ITEM.match(line).end() + 1  # type: ignore[union-attr]
            kind, depth, inner, start, parts = "item", 1, width, number, [line[width:]]
    if kind:
        pieces.append(_piece(kind, parts, start, number + 1, depth))
    return pieces


def _piece(kind: str, parts: list[str], start: int, end: int, depth: int = 1) -> Piece:
    """A paragraph's block: a list item's, or one at the top (a quote's is one too)."""
    item = kind == "item"
    return ("item" if item else "paragraph", depth if item else 0,
            "\n".join(parts).strip(_TRIM), start, end)


def _indented_item(
    line: str, kind: str, width: int, pieces: list[Piece]
) -> tuple[int, str] | None:
    """(where its text starts, its text) when ``line`` is an item of a list at the top
    level written one to three spaces in (`` * item``, under a heading or a paragraph,
    or after such an item). Not after a blank line that follows an item (it may belong
    to that item), nor as far in as the item above's text (a sub-item's place), nor an
    ordered item other than 1 under a paragraph (the paragraph goes on)."""
    spaces = len(line) - len(line.lstrip(" "))
    rest = line[spaces:]
    if spaces > 3:
        return None
    shape, value = _shape(rest)
    if shape != _ITEM_LINE:
        return None
    if kind == "item" and spaces >= width:
        return None
    if kind == "paragraph" and value is not None and value != 1:
        return None
    if kind == "quote" or (not kind and pieces and pieces[-1][0] == "item"):
        return None
    end = _ITEM.match(rest).end() + 1  # type: ignore[union-attr]
    return spaces + end, rest[end:]


def _indented_line(line: str, kind: str, inner: int, pieces: list[Piece]) -> str | None:
    """``line``, one to three spaces in, as a paragraph holds it: a line of a paragraph
    at the top level keeps its spaces (a new paragraph's are trimmed with it); an item's
    line loses them up to where the item's text starts. Only a plain paragraph line;
    not in a quote, nor after a blank line that follows an item (it may belong to it)."""
    spaces = len(line) - len(line.lstrip(" "))
    if spaces > 3 or _shape(line[spaces:])[0] != _PARAGRAPH:
        return None
    if kind == "quote" or (not kind and pieces and pieces[-1][0] == "item"):
        return None
    return line[min(spaces, inner):] if kind == "item" else line


def _sub_item(line: str, width: int) -> tuple[int, str] | None:
    """(where its text starts, its text) when ``line`` is a bullet item of a list inside
    the item above: indented exactly as far as that item's text (``  - sub`` under
    ``- item``), one space after the bullet, a plain paragraph line after it (a bullet
    item may break the paragraph above, an ordered one only from 1: those are left to
    the parser, as is any other indentation)."""
    if len(line) - len(line.lstrip(" ")) != width:
        return None
    rest = line[width:]
    shape, value = _shape(rest)
    if shape != _ITEM_LINE or value is not None:
        return None
    end = _ITEM.match(rest).end() + 1  # type: ignore[union-attr]
    return width + end, rest[end:]


def _shape(line: str) -> tuple[int | None, int | None]:
    """A non-blank line's shape: paragraph, heading, item (with an ordered item's
    number), quote or thematic break; ``None`` where it could be anything else."""
    if line[0] not in _SPECIAL:
        return _PARAGRAPH, None
    if line[0] == "#":
        return (_HEADING_LINE, None) if _HEADING.match(line) else (_PARAGRAPH, None)
    if line[0] == ">":
        inner = line[2:] if line[1:2] == " " else line[1:]
        if not inner.strip(" ") or inner[0] == " " or _shape(inner)[0] != _PARAGRAPH:
            return None, None
        return _QUOTE_LINE, None
    if line[0] in "-*_" and _BREAK.match(line):
        return _BREAK_LINE, None
    if line[0] == " " or line.startswith(("```", "~~~")) or (
            line[0] in "=-" and _UNDERLINE.match(line)):
        return None, None
    item = _ITEM.match(line)
    if item is None:
        return _PARAGRAPH, None
    content = line[item.end() + 1 :]
    # an empty item, more than one space, or an item that opens with another block
    if not content.strip(" ") or content[0] == " " or _shape(content)[0] != _PARAGRAPH:
        return None, None
    return _ITEM_LINE, int(item[1]) if item[1] else None


def heads_nothing(content: str) -> bool:
    """Whether a heading's text is empty but for marks (``###``, ``## **  **``: a spacer):
    no heading to either block reader (it made a talk with no title)."""
    return not content.strip(" #*_")


def _heading(line: str) -> tuple[int, str]:
    """An ATX heading's level and text, trimmed as markdown-it trims it (a closing run of
    ``#`` after a space is no part of the text; CommonMark's whitespace, not Python's)."""
    level = len(line) - len(line.lstrip("#"))
    end = len(line)
    while end > level and line[end - 1] == " ":
        end -= 1
    closing = end
    while closing > level and line[closing - 1] == "#":
        closing -= 1
    if closing > level and line[closing - 1] == " ":
        end = closing
    return level, line[level:end].strip(_TRIM)
