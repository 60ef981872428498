"""The reader on page styles it was not written against: evidence before shapes.

One test per rule of issue 18, each on a small page written for the test (no corpus
text): what makes a name a speaker, what is never a talk, what is not a replay.
"""

from __future__ import annotations

from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event


def read(body: str, front: str = "", date: str = "2021-05-22") -> Event:
    return read_event(f"---\ntitle: 测试活动\ndate: {date}\n{front}---\n\n{body}\n")


def talks(event: Event) -> list[tuple[str, list[str]]]:
    return [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]


# --- replays are recordings ----------------------------------------------------------


def test_live_room_sign_up_and_recap_article_are_not_replays() -> None:
    event = read(
        "- 活动时间：5 月 22 日\n"
        "- 直播间地址：[https://live.example.org/42](https://live.example.org/42)\n"
        "- [直播回顾文章](https://blog.example.org/recap-7/)\n"
        "- [视频回放](https://video.example.org/v/7)\n\n"
        "## 直播预约\n\n[https://video.example.org/reserve/7](https://video.example.org/reserve/7)\n"
    )
    assert event.replays == ["https://video.example.org/v/7"]


def test_placeholder_link_is_not_a_replay() -> None:
    event = read("## 直播回放\n\n[待直播后更新](https://video.example.org/v/older-episode)\n")
    assert event.replays == []


def test_english_recap_post_and_registration_are_not_replays() -> None:
    event = read(
        "Recording: [watch it](https://video.example.org/v/9)\n\n"
        "Recording and recap article: [read the blog post](https://blog.example.org/p/9)\n\n"
        "Livestream registration: [sign up](https://tickets.example.org/e/9)\n"
    )
    assert event.replays == ["https://video.example.org/v/9"]
