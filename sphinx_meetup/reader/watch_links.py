"""A link to a video page that its sentence says is the recording: the event's replay.

``活动视频[在这里](https://www.youtube.com/watch?v=…)。``, ``视频回放 [已经上传到了B站](…)``,
``[Assista às palestras desse encontro no nosso canal do YouTube](…). Veja…``, an HTML
``<a href="…playlist?list=…">Assista as palestras…</a>``: a replay word just before the
link or in its text, and an address that is one video (or a playlist) on a video host.
The stricter reading of a loose link (a label such as ``见:`` right before it, nothing
after it) misses these; the address is the evidence that stands in for that shape. Not
a replay: a channel's or a live room's address, a link the sentence calls a sign-up, a
recap or photos (``not_replay`` words), a link inside a talk's text (its own video).
A short link text that itself names a recording (``[查看回看](…)``) is the replay on any
host: the text is the label.
"""

from __future__ import annotations

import re

from .labels import Labels
from .patterns import LazyPattern

#: one video or playlist on a video host (not a channel, a user page or a live room)
_VIDEO_PAGE = LazyPattern(
    r"^https?://(?:(?:www\.|m\.)?youtube\.com/(?:watch\?(?:[^\s#]*&)?v=|playlist\?"
    r"(?:[^\s#]*&)?list=|live/)[\w-]{4,}|youtu\.be/[\w-]{4,}"
    r"|(?:www\.|m\.)?bilibili\.com/video/[\w-]{4,}|b23\.tv/[\w-]{4,}"
    r"|(?:www\.)?vimeo\.com/\d{4,}|(?:www\.)?dailymotion\.com/video/[\w-]{4,}"
    # and the recordings of conference and meetup hosts, and of video sites in Russia,
    # China and Japan (one talk's page each: never a channel)
    r"|(?:www\.)?skillsmatter\.com/skillscasts/\d+|media\.ccc\.de/v/[\w-]{4,}"
    r"|(?:www\.)?infoq\.com/(?:[a-z]{2}/)?presentations/[\w-]{4,}|slideslive\.com/\d{5,}"
    r"|(?:www\.)?twitch\.tv/videos/\d{5,}|rutube\.ru/video/[\da-f]{16,}"
    r"|(?:www\.)?(?:vk\.com|vkvideo\.ru)/video-?\d+_\d+|v\.qq\.com/x/(?:page|cover)/[\w/]{6,}"
    r"|v\.youku\.com/v_show/id_[\w=]{6,}|(?:www\.)?ixigua\.com/\d{6,}"
    r"|(?:www\.)?nicovideo\.jp/watch/[a-z]{2}\d{4,}|(?:www\.)?loom\.com/share/[\da-f]{16,}"
    # a Facebook video (a group's live stream kept as its recording)
    r"|(?:www\.|m\.)?facebook\.com/(?:[\w.-]+/videos/(?:[\w.-]+/)?\d{6,}|watch/?\?v=\d{6,})"
    r"|fb\.watch/[\w-]{4,})",
    re.IGNORECASE,
)
_ANCHOR = LazyPattern(
    r"<a\s[^<>]{0,300}?\bhref\s*=\s*[\"'](?P<url>[^\"'<>\s]{1,500})[\"'][^<>]{0,300}>"
    r"(?P<text>[^<>]{0,300})</a>",
    re.IGNORECASE,
)
_TAG = LazyPattern(r"</?[A-Za-z][^<>]{0,300}>")
#: how much of the sentence before the link is read for a replay word
_BEFORE = 40
_SENTENCE_END = LazyPattern(r"[.!?。！？;；]\s")


#: replay words that do not say the link is a recording: a live stream, a bare "watch"
_NOT_RECORDING = frozenset({"直播", "直播地址", "livestream", "live stream", "watch",
                            "assista", "assistir"})


def _names_recording(text: str, labels: Labels) -> bool:
    """Whether a short link text itself names a recording (``[查看回看](…)``, ``[Watch
    the recording](…)``): the text is the label, whatever the host."""
    if not text or len(text) > 24 or labels.is_not_replay(text):
        return False
    match = labels.mention("replay").search(text)
    if match is None or match.group(0).casefold() in _NOT_RECORDING:
        return False
    # the word opens or closes the text (``[Video de la charla]``, ``[Watch The Video]``);
    # inside it, capitalised words around it (``[Teltek Video Research]``) make the text
    # a name - a company's, a channel's - not a label
    bare = text.strip(" \t.:：!()（）[]")
    if bare.startswith(match.group(0)) or bare.endswith(match.group(0)):
        return True
    rest = (text[: match.start()] + " " + text[match.end():]).split()[1:]
    return not any(word[:1].isupper() for word in rest)


def video_page(url: str) -> bool:
    """Whether ``url`` is one video or a playlist on a video host."""
    return _VIDEO_PAGE.match(url) is not None


def replays(source: str, links: list[tuple[str, str]], labels: Labels) -> list[str]:
    """The video pages ``source`` (one line as written) links to as the recording;
    ``links`` are the (text, url) pairs of Markdown links on its block."""
    if "http" not in source:
        return []
    pairs = []  # (text, url, where the link starts)
    for text, url in links:
        at = source.find(url)
        if at >= 0:
            shown = source.rfind(text, 0, at) if text else -1
            pairs.append((text, url, shown if shown >= 0 else at))
    if "<a" in source or "<A" in source:
        pairs += [(match["text"], match["url"], match.start())
                  for match in _ANCHOR.finditer(source)]
    found: list[str] = []
    for text, url, start in pairs:
        if url in found:
            continue
        if not _VIDEO_PAGE.match(url):
            if _names_recording(text, labels) and url.startswith(("http://", "https://")):
                found.append(url)
            continue
        before = _TAG.sub("", source[max(0, start - _BEFORE - 200) : start])
        before = before.replace("[", "").rstrip("( ")[-_BEFORE:]
        cut = list(_SENTENCE_END.finditer(before))
        if cut:  # only the link's own sentence
            before = before[cut[-1].end() :]
        said = f"{before} {text}"
        if labels.mention("replay").search(said) and not labels.is_not_replay(said):
            found.append(url)
    return found
