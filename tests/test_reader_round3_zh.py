"""The reader on shapes first met in the third blind round, on Chinese community sites
(issue 18): live-stream pages, database meetups, source-reading sessions, Hexo posts.

Each rule is general (a label, a shape, evidence from the front matter) and each test
reads a small page written for it: no third-party text.
"""

from __future__ import annotations

from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event


def read(body: str, front: str = "date: 2022-05-20\n") -> Event:
    return read_event(f"---\ntitle: 测试直播\n{front}---\n\n{body}\n")


def talks(event: Event) -> list[tuple[str, list[str]]]:
    return [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]


def test_a_live_room_address_is_no_replay_but_a_recording_is() -> None:
    """``直播地址`` pointing at a live-streaming room is where the event was streamed;
    the same label over a recording's address is its replay."""
    room = read("## 直播地址\n\nB 站  https://live.bilibili.com/1234567\n")
    assert room.replays == []
    recorded = read("## 直播地址\n\nB 站  https://www.bilibili.com/video/BV1xx411c7XY\n")
    assert recorded.replays == ["https://www.bilibili.com/video/BV1xx411c7XY"]
