"""Replays: a link to a video page its sentence calls the recording, front-matter video
keys beside another schema's, and a site's own live-streaming room (issue 18, round 9)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.labels import DEFAULT_LABELS
from sphinx_meetup.reader.watch_links import replays


def page(body: str, front: str = "date: 2020-06-27") -> object:
    return read_event(f"---\ntitle: Meeting 59\n{front}\n---\n\n{body}\n")


WATCH = "https://www.youtube.com/watch?v=M2fKC92Ov0k"
PLAYLIST = "https://www.youtube.com/playlist?list=PL5KmpU-nEj8ZS-Ch_GCeGWxeu3jT26qU1"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # the link's own text, a sentence going on after it
        (f"We had six talks.\n\n[Assista às palestras desse encontro no nosso canal do YouTube]"
         f"({WATCH}). Veja descrição do vídeo para assistir o início de cada palestra.", [WATCH]),
        # an HTML anchor whose text says so, to a playlist
        (f'<p><a href="{PLAYLIST}">Assista as palestras no nosso canal no Youtube.</a></p>',
         [PLAYLIST]),
        # the replay word just before the link, a full stop after it
        (f"活动视频[在这里]({WATCH})。", [WATCH]),
        ("视频回放 [已经上传到了B站：BV1FpMtzDEeB](https://www.bilibili.com/video/BV1FpMtzDEeB/)。",
         ["https://www.bilibili.com/video/BV1FpMtzDEeB/"]),
        # no word naming a recording: a link to a video is not said to be the night's
        (f"Last year's keynote is [here]({WATCH}) if you missed it.", []),
        # a channel is no recording, nor a live room's sign-up
        ("Assista as palestras no [nosso canal](https://www.youtube.com/@gurusp).", []),
        (f"Watch live: [sign up here]({WATCH}).", []),
        # the replay word in an earlier sentence is not this link's
        (f"The video is coming. Meanwhile, see [this]({WATCH}).", []),
    ],
)
def test_a_link_to_a_video_page_its_sentence_calls_the_recording(body: str, found: list) -> None:
    assert page(body).replays == found


def test_a_video_link_inside_a_talk_is_the_talks_own() -> None:
    body = ("## Talks\n\n### Functional design\n\nSpeaker: Ann Lee\n\n"
            f"[Watch the talk]({WATCH}).\n\n### Another talk\n\nSpeaker: Bob Ray\n")
    assert page(body).replays == []


@given(st.text(alphabet="<a href=\"'>[]()https://youtu.be/watch?v=abc Assista 视频。. ",
               max_size=80))
def test_watch_links_never_fail(source: str) -> None:
    for url in replays(source, [], DEFAULT_LABELS):
        assert url.startswith(("http://", "https://"))


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("https://youtu.be/fmzIO-RK1B8 e https://youtu.be/uSV1vhzrpec",
         ["https://youtu.be/fmzIO-RK1B8", "https://youtu.be/uSV1vhzrpec"]),
        ("https://youtu.be/a1b2c3 and https://youtu.be/d4e5f6",
         ["https://youtu.be/a1b2c3", "https://youtu.be/d4e5f6"]),
        ("https://youtu.be/a1b2c3", ["https://youtu.be/a1b2c3"]),
    ],
)
@pytest.mark.parametrize("schema", ["", "abstract: A talk.\naddress: Via Venini 42\n"])
def test_a_video_key_holding_several_addresses(value: str, found: list, schema: str) -> None:
    # also on a page read by the Hugo Blox schema (``abstract``, ``address``), whose own
    # ``url_video`` it has not
    assert page("Hi.", f"date: 2019-11-23\n{schema}video: {value}").replays == found


def test_a_video_key_holding_a_sentence_is_not_split() -> None:
    event = page("Hi.", "video: see https://youtu.be/a1b2c3 then https://youtu.be/d4e5f6")
    assert event.replays == []
    assert any(problem.subtype == "url" for problem in event.problems)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://live.lcpu.dev", False),  # a club's own streaming host
        ("https://live.bilibili.com/123", False),
        ("https://www.bilibili.com/video/BV1xZ4y1G7D7", True),
        ("https://www.youtube.com/live/AREZ8MfABpY", True),  # a stream's recording page
    ],
)
def test_a_live_streaming_room_is_no_replay(url: str, kept: bool) -> None:
    assert page(f"* 时间: 2025年10月11日 13:30\n*   线上直播: {url}").replays == (
        [url] if kept else [])


@pytest.mark.parametrize(
    ("urls", "found"),
    [
        # the one video page among the event's addresses is its recording
        ("['https://www.meetup.com/guru-sp/events/310329502', "
         "'https://www.sympla.com.br/evento/71/3061535', 'https://www.youtube.com/watch?v=AREZ8MfABpY']",
         ["https://www.youtube.com/watch?v=AREZ8MfABpY"]),
        # none, or two (which is which is not known)
        ("['https://www.meetup.com/guru-sp/events/270734924/']", []),
        ("['https://youtu.be/a1b2c3d', 'https://youtu.be/e4f5g6h']", []),
        # a channel is no video page
        ("['https://www.youtube.com/@gurusp']", []),
    ],
)
def test_the_video_page_among_a_list_of_the_events_addresses(urls: str, found: list) -> None:
    assert page("Hi.", f"date: 2025-09-14\nexternal_urls: {urls}").replays == found


def test_a_replay_key_wins_over_a_list_of_addresses() -> None:
    front = ("date: 2025-09-14\nvideo: https://vimeo.com/123456\n"
             "external_urls: ['https://www.youtube.com/watch?v=AREZ8MfABpY']")
    assert page("Hi.", front).replays == ["https://vimeo.com/123456"]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # a short link text that itself names a recording: the replay, whatever the host
        ("对杭州站有兴趣又没有在当时收看直播或到现场的同学，可以[查看回看](https://yqh.aliyun.com/"
         "live/detail/29133)和[下载演讲PDF](https://github.com/x/y.pdf)。",
         ["https://yqh.aliyun.com/live/detail/29133"]),
        ("Missed it? Here is [the recording](https://media.example.org/2022/42) of the night.",
         ["https://media.example.org/2022/42"]),
        # the live stream, a written recap, a bare "watch": no recording
        ("届时可以[观看直播](https://yqh.aliyun.com/live/detail/29133)。", []),
        ("可以[查看回顾文章](https://developer.aliyun.com/article/986002)。", []),
        ("You can [watch](https://example.org/stream) with us.", []),
    ],
)
def test_a_link_text_naming_a_recording(body: str, found: list) -> None:
    assert page(body).replays == found
