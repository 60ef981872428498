"""The links of a block written plainly, found without markdown-it's inline parser.

Most blocks that hold a link write it plainly: ``[text](https://…)``, an image
``![alt](src)`` or ``<https://…>``, with no code span, escape, entity, emphasis in the
link's text or nested bracket anywhere near. For those, the links are the pattern's
matches (the target normalised and checked by markdown-it's own functions), which is
what the inline parser would give, at a fraction of its cost. Anything else - a bracket
the pattern does not account for, a reference definition, a link markdown-it would
refuse - answers ``None``, and the block is parsed as before. Hypothesis compares the
two (``tests/test_reader_fast_paths.py``).
"""

from __future__ import annotations

from markdown_it import MarkdownIt

from .patterns import LazyPattern

#: a link target with nothing markdown-it reads specially: no space or control (which
#: end it), bracket, quote, escape or angle bracket
_TARGET = r"[^\x00-\x20\x7f\s()<>\[\]\\\"'`]+"
#: a link's or an image's title, which the reader does not keep (``[text](url "title")``), written
#: plainly: in double quotes after spaces, with no quote, escape or line break in it
_TITLE = r'(?: +"[^"\\\n]*" *)?'
_PLAIN = LazyPattern(
    r"(?P<image>!\[[^\[\]\n`\\<>]*\]\((?P<src>" + _TARGET + r")" + _TITLE + r"\))"
    r"|\[(?P<text>[^\[\]\n`\\<>*]*)\]\((?P<url>" + _TARGET + r")" + _TITLE + r"\)"
    r"|<(?P<auto>[a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^<>\x00-\x20]*)>"
)
#: a run of ``_`` in a link's text that a letter or digit does not stand on both sides of:
#: only such a run can open or close emphasis (``vd_source`` in a URL written as the
#: link's text is text)
_LOOSE_UNDERSCORE = LazyPattern(r"(?:^|[^A-Za-z0-9_])_|_(?:$|[^A-Za-z0-9_])")
#: what could be an entity (``&amp;``, ``&#91;``): markdown-it decodes those
_ENTITY = LazyPattern(r"&[#A-Za-z0-9]+;")
#: a target markdown-it's ``normalizeLink`` gives back as it is (mdurl parses, re-forms
#: and percent-encodes it character by character in Python, the dearer half of reading
#: a link): an http(s) URL with a plain host, or a path, of ASCII letters, digits, the
#: characters mdurl keeps and %-escapes, with no ``@`` (a user part) and no port-like
#: ``:`` in a host. Hypothesis checks the claim on strings of this shape.
#: (runs of plain characters taken whole: a character at a time, the pattern cost more
#: than reading the rest of the link)
_REST = r"(?:[A-Za-z0-9;/?:&=+$,\-_.!~*#]++|%[0-9A-Fa-f]{2})*+"
UNCHANGED = LazyPattern(
    r"https?://[A-Za-z0-9\-.]+(?::[0-9]{1,5})?(?:[/?#]" + _REST + r")?"
    r"|[/A-Za-z0-9\-_.~](?:[A-Za-z0-9;/?&=+$,\-_.!~*#]++|%[0-9A-Fa-f]{2})*+"
)


def _normalized(url: str, md: MarkdownIt) -> str:
    return url if UNCHANGED.fullmatch(url) else md.normalizeLink(url)


def plain_links(content: str, env: dict, md: MarkdownIt) -> list[tuple[str, str]] | None:
    """(text, URL) of each link of ``content`` as markdown-it reads them, or ``None``
    when the block is not written plainly enough to be sure."""
    if "references" in env or "\\" in content:
        return None
    if "`" in content:
        code = "".join(content[start:stop] for start, stop in _code_spans(content))
        if "[" not in content:
            # ```<SOFA:Channel/>` 有趣实用…``: every ``<`` inside code, so no link at all
            return [] if content.count("<") == code.count("<") else None
        if "[" in code or "]" in code or "<" in code or ">" in code:
            return None  # a bracket in code is no link's: the parser tells them apart
        # code spans without brackets and links (whose text and target hold no backtick)
        # keep out of each other's way: the links are the pattern's, as with no code
    if "&" in content and _ENTITY.search(content):
        return None
    found: list[tuple[str, str]] = []
    brackets = autolinks = 0
    for match in _PLAIN.finditer(content):
        if match["image"]:
            if not md.validateLink(_normalized(match["src"], md)):
                return None
            brackets += 1
        elif match["auto"] is None:
            if "_" in match["text"] and _LOOSE_UNDERSCORE.search(match["text"]):
                return None
            href = _normalized(match["url"], md)
            if not md.validateLink(href):
                return None
            found.append((match["text"].strip(), href))
            brackets += 1
        else:
            href = md.normalizeLink(match["auto"])
            if not md.validateLink(href):
                return None
            found.append((md.normalizeLinkText(match["auto"]).strip(), href))
            autolinks += 1
    if content.count("[") != brackets or content.count("]") != brackets:
        return None
    if content.count("<") != autolinks and "@" in content:
        return None  # ``<a@b.org>`` is a link too; any other ``<`` is text (raw HTML is off)
    return found


def _code_spans(content: str) -> list[tuple[int, int]]:
    """Where the code spans of ``content`` (which holds no backslash) are, as
    markdown-it's inline parser pairs backtick runs: from the left, a run of n backticks
    opens a span that the next run of exactly n closes (a run with no such closer is
    text). What else could take a backtick first - a link's text or target, an autolink
    - is ruled out by the caller (no bracket of a link or ``<`` inside a span)."""
    spans: list[tuple[int, int]] = []
    at = content.find("`")
    while at != -1:
        end = at
        while end < len(content) and content[end] == "`":
            end += 1
        closer = end
        while (closer := content.find("`", closer)) != -1:
            closer_end = closer
            while closer_end < len(content) and content[closer_end] == "`":
                closer_end += 1
            if closer_end - closer == end - at:
                spans.append((at, closer_end))
                end = closer_end
                break
            closer = closer_end
        at = content.find("`", end)
    return spans
