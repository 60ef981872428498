"""The reader on shapes of the fourth blind round: precision first.

A wrong talk or speaker card is worse than a missing one (issue 18). Each rule is
general (a vocabulary kept as data, a shape backed by evidence, a check of the
programme as a whole) and each test reads a small page written for it: no
third-party text.
"""

from __future__ import annotations

from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event


def read(body: str, front: str = "", title: str = "Test night") -> Event:
    return read_event(f"---\ntitle: \"{title}\"\ndate: 2024-03-14\n{front}---\n\n{body}\n")


def talks(event: Event) -> list[tuple[str, list[str]]]:
    return [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]


def test_a_chat_log_with_seconds_is_no_agenda() -> None:
    """``19:02:11\\t From Ann : text`` lines are a chat export: a time with seconds
    stamps a log line, and no line of it is a talk. An agenda in minutes still is."""
    log = (
        "19:02:11\t From ann : 用的是什么编辑器\n19:02:40\t From bo : vim\n"
        "19:05:03\t From cy : 默认的就挺好\n19:09:58\t From ann : 谢谢\n"
    )
    event = read("## 问题\n\n" + log)
    assert talks(event) == []
    assert "From bo : vim" in event.body_rest
    agenda = read("## Agenda\n\n- 19:00 Reading logs by hand\n- 19:30 Clocks and seconds\n")
    assert [title for title, _ in talks(agenda)] == [
        "Reading logs by hand", "Clocks and seconds",
    ]


def test_a_wrapped_line_of_prose_that_starts_with_a_time_is_no_entry() -> None:
    """A paragraph wrapped by hand whose second line happens to open with a time (``…
    on Monday, from`` / ``6:20pm to 8:00pm (doors at 6pm), in the usual room``) is
    prose; lines of one paragraph under a short ``Agenda:`` line are entries."""
    event = read(
        "Our next meeting takes place on Monday the 4th, from\n"
        "6:20pm to 8:00pm (doors at 6pm), in the usual room of the\n"
        "library.\n\n"
        "## Talks\n\n### Parsing dates by hand\n\n**Speaker:** Ada Example\n"
    )
    assert talks(event) == [("Parsing dates by hand", ["Ada Example"])]
    agenda = read("Agenda:\n18:00 Reading logs by hand\n18:30 Clocks and seconds\n")
    assert [title for title, _ in talks(agenda)] == [
        "Reading logs by hand", "Clocks and seconds",
    ]


def test_fields_of_a_facts_list_are_no_title_of_the_speakers_talk() -> None:
    """``* 主讲人：名`` among ``* 时间：…`` / ``* 形式：…`` items, then a closing sentence:
    none of them is the talk's title (the talk was titled by the time line); the page
    is shown as written, with the programme warning."""
    event = read(
        "活动信息：\n\n* 主讲人：郑一鸣\n* 时间：**2024-03-14（周四）** 19:00 UTC +08:00\n"
        "* 活动形式：线下 + 线上会议\n  * 地点：示例楼 101\n\n欢迎大家一起来玩！\n"
    )
    assert talks(event) == []
    assert [p.subtype for p in event.problems] == ["programme"]
    assert "时间：" in event.body_rest
