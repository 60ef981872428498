"""The Markdown body: talks, fact lines (time, venue, replay, slides) and the rest.

The body is tokenised with markdown-it-py (CommonMark, raw HTML off) into flat blocks
that keep their file lines; talks are then found by structure and label words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..model import Talk
from ..safety import safe_url
from .labels import Labels
from .names import split_names

_MARKDOWN = MarkdownIt("commonmark", {"html": False})
_BARE_URL = re.compile(r"https?://[^\s<>()（）\"'，。、]+")
_NUMBERING = re.compile(
    r"^\s*(?:(?:talk|session|topic)\s*\d+\s*[:：.\-–]\s*|\d{1,2}\s*[.、:：)]\s*|"
    r"议题[一二三四五六七八九十\d]+\s*[:：]\s*|[一二三四五六七八九十]+\s*[、.]\s*)",
    re.IGNORECASE,
)


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

    @property
    def plain_lines(self) -> list[str]:
        """The block's lines as a reader sees them: no emphasis markers, links as text."""
        return [_plain(line) for line in self.source_lines]


@dataclass(slots=True)
class Body:
    """What the body says, and which file lines that used up."""

    talks: list[Talk] = field(default_factory=list)
    facts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    consumed: set[int] = field(default_factory=set)


def blocks_of(body: str, first_line: int) -> list[Block]:
    """``body`` as flat blocks; ``first_line`` is the file line of the body's first line."""
    tokens = _MARKDOWN.parse(body)
    lines = body.splitlines()
    blocks: list[Block] = []
    depth = 0
    for index, token in enumerate(tokens):
        if token.type in {"bullet_list_open", "ordered_list_open"}:
            depth += 1
        elif token.type in {"bullet_list_close", "ordered_list_close"}:
            depth -= 1
        if token.type != "inline" or token.map is None:
            continue
        opener = tokens[index - 1]
        start, end = token.map
        if opener.type == "heading_open":
            kind, level = "heading", int(opener.tag[1])
        elif depth:
            kind, level = "item", depth
        else:
            kind, level = "paragraph", 0
        blocks.append(
            Block(
                kind=kind,
                text=token.content,
                line=first_line + start,
                end_line=first_line + end - 1,
                level=level,
                links=_links(token),
                source_lines=[line.strip() for line in lines[start:end]]
                if kind != "heading"
                else [token.content],
            )
        )
    return blocks


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
    return found


def _plain(markdown: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    text = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"\1", text)
    return text.strip()


def urls_in(block: Block, line: str) -> list[str]:
    """Every URL one source line of ``block`` names, Markdown links and bare URLs."""
    found = [url for text, url in block.links if url in line or (text and text in line)]
    found += [url for url in _BARE_URL.findall(line) if url not in found]
    return [url.rstrip(".,;") for url in found]


def read_body(blocks: list[Block], labels: Labels) -> Body:
    """Talks from the talks section (or from headings with speaker lines), then facts."""
    body = Body()
    section = _talks_section(blocks, labels)
    for start, stop in _talk_spans(blocks, labels, section):
        body.talks.append(_talk(blocks[start:stop], labels, body))
    if section is not None:
        body.consumed.add(blocks[section[0]].line)
    _read_facts(blocks, labels, body)
    return body


def _talks_section(blocks: list[Block], labels: Labels) -> tuple[int, int] | None:
    """The (first, past-last) block indices of the section that holds the talks."""
    for index, block in enumerate(blocks):
        if block.kind != "heading" or not labels.heading("talks_section").search(block.text):
            continue
        stop = next(
            (
                later
                for later in range(index + 1, len(blocks))
                if blocks[later].kind == "heading" and blocks[later].level <= block.level
            ),
            len(blocks),
        )
        return index, stop
    return None


def _talk_spans(
    blocks: list[Block], labels: Labels, section: tuple[int, int] | None
) -> list[tuple[int, int]]:
    """Block ranges, one per talk: a heading and everything up to the next heading.

    Inside the talks section every sub-heading is a talk; elsewhere a heading is a talk
    only when a speaker line follows it.
    """
    headings = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    spans = []
    for position, index in enumerate(headings):
        stop = headings[position + 1] if position + 1 < len(headings) else len(blocks)
        inside = section is not None and section[0] < index < section[1]
        if inside and blocks[index].level > blocks[section[0]].level:
            spans.append((index, stop))
        elif not inside and _speaker_line(blocks[index + 1 : stop], labels) is not None:
            if not labels.heading("not_talks_section").search(blocks[index].text):
                spans.append((index, stop))
    return spans


def _speaker_line(blocks: list[Block], labels: Labels) -> tuple[Block, int, str] | None:
    pattern = labels.fact("speaker")
    for block in blocks:
        for number, line in enumerate(block.plain_lines):
            match = pattern.match(line)
            if match and match["value"].strip():
                return block, number, match["value"]
    return None


def _talk(blocks: list[Block], labels: Labels, body: Body) -> Talk:
    heading, rest = blocks[0], blocks[1:]
    talk = Talk(title=_NUMBERING.sub("", _plain(heading.text)).strip(), line=heading.line)
    body.consumed.add(heading.line)
    abstract: list[str] = []
    speaker_pattern = labels.fact("speaker")
    for block in rest:
        kept: list[str] = []
        for offset, (source, plain) in enumerate(
            zip(block.source_lines, block.plain_lines, strict=True)
        ):
            line = block.line + offset
            if (match := speaker_pattern.match(plain)) and not talk.speakers:
                for name in split_names(match["value"]):
                    talk.speakers.append(name.name)
                    if name.aliases:
                        talk.aliases[name.name] = name.aliases
                body.consumed.add(line)
            elif labels.fact("replay").match(plain) and (urls := urls_in(block, source)):
                talk.video = talk.video or safe_url(urls[0])
                body.consumed.add(line)
            elif labels.fact("slides").match(plain) and (urls := urls_in(block, source)):
                talk.slides = talk.slides or safe_url(urls[0])
                body.consumed.add(line)
            else:
                kept.append(source)
        if kept:
            body.consumed.update(range(block.line, block.end_line + 1))
            prefix = "- " if block.kind == "item" else ""
            abstract.append(prefix + "\n".join(kept))
    talk.abstract = "\n\n".join(abstract).strip()
    return talk


def _read_facts(blocks: list[Block], labels: Labels, body: Body) -> None:
    """``时间：…`` / ``Venue: …`` / ``Replay: url`` lines outside the talks."""
    for block in blocks:
        if block.kind == "heading":
            continue
        for offset, (source, plain) in enumerate(
            zip(block.source_lines, block.plain_lines, strict=True)
        ):
            line = block.line + offset
            if line in body.consumed:
                continue
            for role in ("time", "venue", "replay", "slides"):
                match = labels.fact(role).match(plain)
                if not match:
                    continue
                value = match["value"].strip()
                if role in {"replay", "slides"}:
                    urls = urls_in(block, source)
                    if not urls:
                        continue
                    value = " ".join(urls)
                if value:
                    body.facts.setdefault(role, []).append((value, line))
                    body.consumed.add(line)
                break
