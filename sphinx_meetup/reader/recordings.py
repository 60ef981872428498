"""Videos and slides: whose are they, one talk's or the whole event's?

Under a 视频回看 / Recordings / 幻灯片下载 heading, a list of links whose texts name the
talks (``[标题 - 名](video)``) gives each talk its own video or slides; a section with
one link that names no talk (``见 [Bilibili](…)``) is the event's replay. Links in such a
list that match no talk (the opening remarks) are left in the text.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..model import Talk
from ..safety import safe_url
from .blocks import Unit, fold, urls_in
from .headers import split_title_names, video_or_slides
from .labels import Labels
from .patterns import LazyPattern

#: a picture (a screenshot, a poster) under a replay heading: never a recording
_IMAGE_FILE = LazyPattern(r"\.(?:png|jpe?g|gif|webp|svg|bmp|avif)(?:[?#][^/]*)?$", re.IGNORECASE)
#: at least this many folded characters must agree before a link is given to a talk
_MIN_MATCH = 4
#: link texts × talk titles compared by containment at most per section
_MAX_COMPARISONS = 40_000


def read_sections(
    units: list[Unit],
    labels: Labels,
    talks: list[Talk],
    known: Collection[str],
    skip: set[int],
) -> tuple[dict[str, list[tuple[str, int]]], set[int]]:
    """Event-level ``replay``/``slides`` facts and the file lines used, from sections."""
    facts: dict[str, list[tuple[str, int]]] = {}
    used: set[int] = set()
    index = 0
    while index < len(units):
        unit = units[index]
        role = _section_role(unit, labels) if unit.kind == "heading" else None
        if role is None:
            index += 1
            continue
        stop = index + 1
        while stop < len(units) and not (
            units[stop].kind == "heading" and units[stop].block.level <= unit.block.level
        ):
            stop += 1
        links = [
            (line, text, url)
            for line in units[index + 1 : stop]
            if line.line not in skip
            for text, url in _links_of(line)
            if not (role == "replay" and (labels.is_not_replay(text) or _IMAGE_FILE.search(url)))
        ]
        _share(links, role, talks, known, facts, used)
        index = stop
    return facts, used


def _section_role(unit: Unit, labels: Labels) -> str | None:
    if labels.heading("replay").search(unit.text):
        return None if labels.is_not_replay(unit.text) else "replay"
    if labels.heading("slides").search(unit.text):
        return "slides"
    return None


def _links_of(unit: Unit) -> list[tuple[str, str]]:
    """(text, url) of every link on the line; bare URLs have the line as their text."""
    found: list[tuple[str, str]] = []
    for url in urls_in(unit.block, unit.source):
        text = next((t for t, u in unit.block.links if u == url and t), unit.text)
        if (safe := safe_url(url)) is not None:
            found.append((text, safe))
    return found


def _share(
    links: list[tuple[Unit, str, str]],
    role: str,
    talks: list[Talk],
    known: Collection[str],
    facts: dict[str, list[tuple[str, int]]],
    used: set[int],
) -> None:
    """Give each link to the talk it names; if none names a talk, they are the event's."""
    finder = TalkFinder(talks, known, len(links))
    matches = [(unit, url, finder(text)) for unit, text, url in links]
    if not any(talk for _, _, talk in matches):
        for unit, url, _ in matches:
            kind = video_or_slides(url)
            if kind is None and len(matches) > 1:
                continue  # one of several links of no video or slides host: an aside
            which = "replay" if kind == "video" else "slides" if kind == "slides" else role
            facts.setdefault(which, []).append((url, unit.line))
            used.add(unit.line)
        return
    for unit, url, talk in matches:
        if talk is None:
            continue
        kind = video_or_slides(url) or ("video" if role == "replay" else "slides")
        if kind == "video" and talk.video is None:
            talk.video = url
        elif kind == "slides" and talk.slides is None:
            talk.slides = url
        used.add(unit.line)


#: a colon after a link text's first words: a name put before the title's own words
_NAMED_FIRST = LazyPattern(r"\s*：\s*|:\s+")


class TalkFinder:
    """Finds the talk a link text names: by its title, with speaker names taken off.

    Built once per page: titles and names are folded once, and the containment search
    is skipped for pages too large for it to stay cheap.
    """

    def __init__(self, talks: list[Talk], known: Collection[str], links: int = 1) -> None:
        self.known = known
        self.titled = [
            (fold(talk.title), talk)
            for talk in talks
            if talk.kind == "talk" and len(fold(talk.title)) >= _MIN_MATCH
        ]
        self.exact = dict(reversed(self.titled))  # the first talk of a title wins
        self.names = {fold(name) for talk in talks for name in talk.speakers if fold(name)}
        self.longest = max(map(len, self.names), default=0)
        self.search = len(self.titled) * links <= _MAX_COMPARISONS

    def __call__(self, text: str) -> Talk | None:
        found = self._find(text)
        if found is None and (parts := _NAMED_FIRST.split(text, maxsplit=1))[1:]:
            # ``Dragonfly：基于 P2P 的…`` under the talk ``基于 P2P 的… Dragonfly``: the
            # project's name put first, then the title's words
            found = self._find(parts[1])
        return found

    def _find(self, text: str) -> Talk | None:
        split = split_title_names(text, self.known, latin=True)
        wanted = fold(split[0] if split else text)
        for size in range(min(self.longest, len(wanted) - 1), 0, -1):
            if wanted[-size:] in self.names:
                wanted = wanted[:-size]
                break
        if len(wanted) < _MIN_MATCH:
            return None
        if wanted in self.exact or not self.search:
            return self.exact.get(wanted)
        best: tuple[int, Talk] | None = None
        for title, talk in self.titled:
            if wanted in title or title in wanted:
                overlap = min(len(title), len(wanted))
                if best is None or overlap > best[0]:
                    best = (overlap, talk)
        return best[1] if best else None

