"""The video player a page embeds: the event's recording.

A page that embeds one player - Hugo's ``{{< youtube ID >}}`` / ``{{< vimeo ID >}}`` /
``{{< bilibili ID >}}`` (or a theme's ``{{< youtubeLite id="…" >}}``), a Jekyll site's
``{% include youtube.html id="…" %}``, an MDX
``<YouTube id="…" />``, an ``<iframe>`` of a video host's player, HTML's own ``<video>``
or ``<audio>`` playing a file (a talk night's podcast) - shows the night's
recording: on the development sites that do (a Go reading group, a German web meetup,
a GPU project's recap, a Python group's live stream), each such player is the page's
annotated replay. Not a replay: a player that starts part-way (``start=2344``, an
excerpt of someone else's video quoted in a write-up), and several players on one page
(each talk's own video, read with the talks or not at all).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .blocks import unescaped, without_comments
from .patterns import LazyPattern

#: also the themes' lighter players of the same videos (Blowfish's ``youtubeLite``,
#: ``lite-youtube``)
_SHORTCODE = LazyPattern(
    r"\{\{[<%]\s*+(?:lite-?)?(?P<host>youtube|vimeo|bilibili)(?:-?lite)?\b"
    r"(?P<args>[^{}\n]{0,300}?)[>%]\}\}",
    re.IGNORECASE,
)
#: Jekyll's ``{% include youtube.html id="…" %}`` (``widgets/youtube.html``,
#: ``youtube.md video_id='…'``), LiquidJS's and Eleventy's ``{% render "youtube",
#: youtube_id: "…" %}``: a site's own player template, named after the host
_INCLUDE = LazyPattern(
    r"\{%-?\s*+(?:include|include_relative|render)\s++[\"']?(?:[\w.-]+/)*"
    r"(?P<host>youtube|vimeo|bilibili)[\w.-]*[\"']?"
    r"(?P<args>[^{}%]{0,300}?)-?%\}",
    re.IGNORECASE,
)
_MDX = LazyPattern(r"<(?P<host>YouTube|Youtube|Vimeo|Bilibili)\b(?P<args>[^<>]{0,400}?)/?>")
_IFRAME = LazyPattern(r"<iframe\b[^<>]{0,600}?\bsrc\s*=\s*[\"'](?P<src>[^\"'<>\s]{1,400})[\"']",
                     re.IGNORECASE)
#: HTML's own player: ``<video src="…">`` or ``<video>`` holding ``<source src="…">`` (the
#: file itself plays: a recording on any host); ``<audio>`` alike (a talk's podcast)
_VIDEO_TAG = LazyPattern(
    r"<(?P<tag>video|audio)\b(?P<attrs>[^<>]{0,600}?)>(?P<inner>.{0,1200}?)</(?P=tag)\s*>",
    re.IGNORECASE | re.DOTALL,
)
_SRC = LazyPattern(r"\bsrc\s*=\s*[\"'](?P<src>https?://[^\"'<>\s]{1,400})[\"']", re.IGNORECASE)
#: a media fragment starting the file part-way (``#t=120``)
_FRAGMENT_START = LazyPattern(r"#t=[1-9]")
#: the id a shortcode or component gives: ``id="…"``, ``videoId="…"``, ``bvid=…`` or the
#: first bare argument
_ID = r"(?P<id>[A-Za-z0-9_-]{4,40})"
_NAMED_ID = LazyPattern(rf"\b(?:id|videoid|video_id|youtube_id|vid|bvid)\s*[=:]\s*[\"']?{_ID}",
                       re.IGNORECASE)
_BARE_ID = LazyPattern(rf"^\s*[\"']?{_ID}[\"']?(?:\s|$)")
_STARTS_LATER = LazyPattern(r"\b(?:start|t|time)\s*=\s*[\"']?[1-9]", re.IGNORECASE)
_PLAYER_URLS = tuple(
    (LazyPattern(r"^(?:https?:)?//" + address, re.IGNORECASE), host)
    for address, host in (
        (rf"(?:www\.)?youtube(?:-nocookie)?\.com/embed/{_ID}", "youtube"),
        # a player given the video's short link (the browser follows it to the video)
        (rf"youtu\.be/{_ID}(?:[?#]|$)", "youtube"),
        (r"player\.vimeo\.com/video/(?P<id>\d{4,20})", "vimeo"),
        (r"player\.bilibili\.com/player\.html\?[^\s]*?\bbvid=(?P<id>BV[A-Za-z0-9]{4,20})",
         "bilibili"),
    )
)
#: the id in a video address, to know one player from a link to the same video
_VIDEO_IDS = LazyPattern(
    r"(?:youtube\.com/watch\?(?:[^\s#]*&)?v=|youtu\.be/|youtube\.com/embed/|vimeo\.com/"
    rf"(?:video/)?|bilibili\.com/video/|[?&]bvid=){_ID}",
    re.IGNORECASE,
)


class Player(NamedTuple):
    url: str
    #: it starts part-way into the video (an excerpt)
    excerpt: bool


def players(body: str) -> list[Player]:
    """Every player ``body`` embeds (not one an HTML comment sets aside), as the address
    of its video's page."""
    if "<!--" in body:
        body = without_comments(body)
    found: list[tuple[int, Player]] = []
    for pattern in (_SHORTCODE, _INCLUDE, _MDX):
        for match in pattern.finditer(body):
            args = match["args"]
            named = _NAMED_ID.search(args) or (_BARE_ID.match(args) if pattern is _SHORTCODE
                                               else None)
            if named is not None:
                url = watch_address(match["host"].casefold(), named["id"])
                found.append((match.start(), Player(url, bool(_STARTS_LATER.search(args)))))
    for match in _IFRAME.finditer(body):
        src = match["src"]
        for pattern, host in _PLAYER_URLS:
            if (player := pattern.match(src)) is not None:
                excerpt = bool(_STARTS_LATER.search(src.partition("?")[2]))
                found.append((match.start(), Player(watch_address(host, player["id"]), excerpt)))
    if "<video" in body or "<VIDEO" in body or "<audio" in body or "<AUDIO" in body:
        for match in _VIDEO_TAG.finditer(body):
            src = _SRC.search(match["attrs"]) or _SRC.search(match["inner"])
            if src is not None:
                url = src["src"]
                found.append((match.start(), Player(url, bool(_FRAGMENT_START.search(url)))))
    return [player for _, player in sorted(found)]


def watch_address(host: str, video: str) -> str:
    """The page of video ``video`` on ``host`` (``youtube``, ``vimeo``, ``bilibili``)."""
    if host == "youtube":
        return f"https://www.youtube.com/watch?v={video}"
    if host == "vimeo":
        return f"https://vimeo.com/{video}"
    return f"https://www.bilibili.com/video/{video}"


def video_ids(urls: list[str]) -> set[str]:
    return {match["id"] for url in urls if (match := _VIDEO_IDS.search(url))}


def talk_player(text: str, is_video: Callable[[str], bool] | None = None) -> str | None:
    """The video of a talk whose own text (under its heading) embeds one player, from
    the start (``#### 视频`` + an ``<iframe>``): that player shows the talk. With
    ``is_video`` (what a video's page is), a line that is only such an address - the
    one video the text gives - shows it too (a bare ``https://youtu.be/…`` under the
    talk's heading, as a site's editor pastes it)."""
    if "{{" in text or "<" in text or "{%" in text:
        found = players(text)
        return found[0].url if len(found) == 1 and not found[0].excerpt else None
    if is_video is None or "http" not in text:
        return None
    bare = [unescaped(line.strip()) for line in text.split("\n")
            if line.strip().startswith("http")]
    videos = [line for line in bare if " " not in line and is_video(line)]
    if len(videos) != 1 or text.count("http") != 1 or _FRAGMENT_START.search(videos[0]) or (
            _STARTS_LATER.search(videos[0].partition("?")[2])):
        return None  # (another link beside it, or an excerpt: not the talk's recording)
    return videos[0]


def recording(body: str, known: list[str]) -> str | None:
    """The replay the page's one player shows, unless it is an excerpt or a video the
    page already links (``known``: its replays and its talks' videos)."""
    if "{{" not in body and "<" not in body and "{%" not in body:
        return None
    found = players(body)
    if len(found) != 1 or found[0].excerpt:
        return None
    url = found[0].url
    return None if video_ids([url]) & video_ids(known) else url
