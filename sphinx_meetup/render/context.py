"""What rendering needs to know besides the event: where it lives, today, language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from docutils import nodes
from docutils.utils import normalize_language_tag
from docutils.utils.smartquotes import smartchars

from ..checks import PhotoPlaces
from ..model import Event, Speaker
from ..reader.language import text_language


# no generated ``__eq__`` and ``__repr__`` (each compiled at import): a page's context
# is only ever itself, and its repr would print the whole event
@dataclass(eq=False, repr=False)
class RenderContext:
    """One event being rendered into one page."""

    event: Event
    #: the folder relative photo paths start from (the event file's, or the page's)
    base_dir: Path
    srcdir: Path
    #: folders photos may come from: the source dir, then ``meetup_image_dirs``
    image_roots: list[Path]
    today: dt.date
    language: str
    #: prefix for node ids, unique within the page
    id_prefix: str
    #: ``warn(message, line, subtype)`` for problems found while rendering
    warn: Callable[[str, int | None, str], None]
    speaker_ids: dict[int, str] = field(default_factory=dict)
    #: photo path -> the file it was found as (or ``None``): the card, the summary and
    #: the exports of one event look each photo up once (the directive passes the
    #: build's cache for ``base_dir``, :mod:`sphinx_meetup.render.photo_lookups`)
    found_files: dict[str, Path | None] = field(default_factory=dict)
    #: photo path -> why it was found but refused (an SVG that could run script); each
    #: place that shows it warns at its own line
    refused_files: dict[str, str] = field(default_factory=dict)
    #: whether speaker cards are on the page, so talk speakers can link to them
    link_speakers: bool = True
    #: parts as sections (``h2``, a section per talk) rather than rubrics: see
    #: :mod:`.sections`
    sections: bool = False
    #: whether the header shows the replays (so the replay part does not repeat them)
    replays_in_header: bool = False

    def mark(self, node: nodes.Element, text: str | None = None) -> nodes.Element:
        """Give ``node`` (a block of the event's own text) the ``lang`` its text is in,
        when that is not the site's; writers turn a ``language-*`` class into ``lang``."""
        language = text_language(_text_of(node) if text is None else text, self.language,
                                 self.event.language)
        if language is not None and (language := quotable(language)) is not None:
            node["classes"].append(f"language-{language}")
        return node

    def mark_blocks(self, rendered: list[nodes.Node]) -> None:
        """:meth:`mark` every block of Markdown the event's author wrote (body, abstract)."""
        for top in rendered:
            if isinstance(top, nodes.Element):
                for node in top.findall(_is_block):
                    self.mark(node)

    @cached_property
    def places(self) -> PhotoPlaces:
        """Where the event's photos are looked for (shared with ``sphinx-meetup check``)."""
        return PhotoPlaces(self.base_dir, self.image_roots)

    def speaker_id(self, speaker: Speaker) -> str:
        """The id of a speaker's card, so the agenda can link to it."""
        return self.speaker_ids.setdefault(
            id(speaker), f"{self.id_prefix}-speaker-{len(self.speaker_ids) + 1}"
        )

    @property
    def is_upcoming(self) -> bool:
        """Whether the event has not happened yet (undated events count as upcoming)."""
        start = self.event.end or self.event.start
        if start is None:
            return True
        day = start.date() if isinstance(start, dt.datetime) else start
        return day >= self.today


#: the blocks of text ``lang`` goes on (not code: its font is the monospace one)
_BLOCKS = (nodes.paragraph, nodes.title, nodes.rubric, nodes.term, nodes.line, nodes.caption)


def _text_of(node: nodes.Element) -> str:
    """``node.astext()``, without its walk for the usual block of one text."""
    children = node.children
    if len(children) == 1 and isinstance(children[0], nodes.Text) and (
            type(node).astext is nodes.Element.astext):
        return children[0].astext()
    return node.astext()


def _is_block(node: nodes.Node) -> bool:
    return isinstance(node, _BLOCKS)


#: subtags of Chinese written in Traditional characters (``zh-Hant``, ``zh-HK``, ``yue``)
_TRADITIONAL_TAGS = frozenset({"hant", "tw", "hk", "mo", "yue"})


@lru_cache(maxsize=64)
def quotable(language: str) -> str | None:
    """``language`` as a ``lang`` the page's typography can take: docutils puts smart
    quotes in every block by its language, and warns - an untyped warning that ``-W``
    stops on and ``suppress_warnings`` cannot name - about one it has no quotes for
    (``yue``, ``zh-Hant``, a front matter's own tag). Chinese is then the tag of its
    script (``zh-TW`` or ``zh-CN``: the glyphs are the point); any other language is
    left unmarked, as Latin text is."""
    if any(tag in smartchars.quotes for tag in normalize_language_tag(language)):
        return language
    parts = language.lower().replace("_", "-").split("-")
    if parts[0] in {"zh", "yue", "cmn", "lzh"}:
        return "zh-TW" if _TRADITIONAL_TAGS & set(parts) else "zh-CN"
    return None
