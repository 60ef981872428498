"""Slides and video links that close a talk's line: what they are, not what it says.

``- Title / Name [Slides](…) [video](…)``: the link words are read as the talk's slides
and video once the talk is read (:func:`.content.read_talk`); before that, the line is
split into title and names without them, or ``Name Slides video`` is no name.
"""

from __future__ import annotations

from .blocks import Unit
from .labels import Labels

#: a media link's words are a word or two (``Slides``, ``PDF下载``), not a title
_MAX_WORDS = 24


def is_media_text(text: str, labels: Labels) -> bool:
    """Whether a link's words only say it is slides or a recording."""
    if not text or len(text) > _MAX_WORDS:
        return False
    if labels.mention("slides").search(text):
        return True
    return bool(labels.mention("replay").search(text)) and not labels.is_not_replay(text)


def trailing_media(unit: Unit, labels: Labels) -> tuple[str, list[tuple[str, str]]] | None:
    """The line's text without the slides and video links that close it (``[Slides]``
    or ``[[video]]`` written in brackets too), and those links; ``None`` when none
    closes it."""
    links = unit.block.links
    if not links:
        return None
    text = unit.text.rstrip()
    media: list[tuple[str, str]] = []
    for link in reversed(links):
        words = link[0]
        if not is_media_text(words, labels):
            break
        bracketed = f"[{words}]"
        if text.endswith(bracketed):
            text = text[: -len(bracketed)].rstrip()
        elif text.endswith(words):
            text = text[: -len(words)].rstrip()
        else:
            break
        media.append(link)
    if not media or not text:
        return None
    return text, media
