"""Shapes of round 20's sites (unsealed at the end of stop 22), read by evidence: a
facts list that names the guest under an info heading, and the topic label below the
speaker's in one list."""

from __future__ import annotations

from reader_support import read, talks

FACTS = """### 节目信息

- 时间：2021 年 5 月 25 日晚 8 点
- 主持人：宋某（示例）
- 嘉宾：马某某（示例公司）
{topic}
### 本期简介

想了解示例的来历吗？
"""


def test_an_info_heading_over_the_events_facts_is_no_talk() -> None:
    event = read(FACTS.format(topic=""), title="大咖说第 1 期")
    assert all(title != "节目信息" for title, _ in talks(event))


def test_a_topic_label_below_the_guest_in_the_facts_titles_the_talk() -> None:
    event = read(FACTS.format(topic="- 话题：如何让示例更为高效\n"), title="大咖说第 3 期")
    assert talks(event) == [("如何让示例更为高效", ["马某某"])]


def test_a_live_room_address_is_no_title() -> None:
    body = "- 直播间：<https://live.example.com/1>\n- 嘉宾：马某某（示例公司）\n\n简介。\n"
    assert all("://" not in title for title, _ in talks(read(body, title="大咖说")))
