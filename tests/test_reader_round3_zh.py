"""The reader on shapes first met in the third blind round, on Chinese community sites
(issue 18): live-stream pages, database meetups, source-reading sessions, Hexo posts.

Each rule is general (a label, a shape, evidence from the front matter) and each test
reads a small page written for it: no third-party text.
"""

from __future__ import annotations

from reader_support import talks

from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event


def read(body: str, front: str = "date: 2022-05-20\n") -> Event:
    return read_event(f"---\ntitle: 测试直播\n{front}---\n\n{body}\n")


def test_a_live_room_address_is_no_replay_but_a_recording_is() -> None:
    """``直播地址`` pointing at a live-streaming room is where the event was streamed;
    the same label over a recording's address is its replay."""
    room = read("## 直播地址\n\nB 站  https://live.bilibili.com/1234567\n")
    assert room.replays == []
    recorded = read("## 直播地址\n\nB 站  https://www.bilibili.com/video/BV1xx411c7XY\n")
    assert recorded.replays == ["https://www.bilibili.com/video/BV1xx411c7XY"]


def test_a_theme_block_of_facts_one_level_down_gives_the_day_and_the_recording() -> None:
    """A theme that keeps the event's facts in a map of its own (``section1: {time,
    videoUrl}``): read when the top level has no date or replay; the scheme-relative
    player address is linked as https."""
    event = read(
        "## 讲师简介\n\n一段介绍。\n",
        front="section1:\n  videoUrl: //player.example-video.com/player.html?id=42\n"
        "  time: 2022-3-12 14:00-18:00\n  base: 线上\n",
    )
    assert event.start is not None and event.start.date().isoformat() == "2022-03-12"
    assert event.start.hour == 14 and event.end is not None and event.end.hour == 18
    assert event.replays == ["https://player.example-video.com/player.html?id=42"]


def test_a_top_level_date_beats_a_nested_one_and_other_maps_give_no_date() -> None:
    event = read("正文。\n", front="date: 2022-05-20\nsection1:\n  time: 2023-01-01 10:00\n")
    assert event.start is not None and str(event.start)[:10] == "2022-05-20"
    plain = read("正文。\n", front="image:\n  caption: 2019 photo\n  focal_point: Smart\n")
    assert plain.start is None and plain.replays == []


def test_a_live_page_whose_bio_section_opens_with_one_person_is_their_talk() -> None:
    """``## 分享人简介`` is a heading over a bio, never a talk title; a page with no talk
    in its text whose bio section opens with one person (``名，职位，…``) is their talk."""
    event = read(
        "## 分享人简介\n\n郑一鸣，示例科技内容策略师，专注于消息队列。\n\n"
        "## 分享主题介绍\n\n分享概要：\n- 部署\n- 运维\n"
    )
    assert talks(event) == [("测试直播", ["郑一鸣"])]
    assert not any(p.subtype == "programme" for p in event.problems)


def test_a_bio_section_of_two_people_or_of_prose_makes_no_talk() -> None:
    two = read("## 讲师简介\n\n郑一鸣，示例科技架构师。\n\n钱二白，示例网络工程师。\n")
    assert talks(two) == []
    prose = read("## 讲师简介\n\n本次直播将分享某企业的云原生改造实践经验。\n")
    assert talks(prose) == []
    hosted = read("## 讲师简介\n\n郑一鸣，示例科技架构师。\n",
                  front="date: 2022-05-20\nspeakers:\n  - name: 钱二白\n")
    assert talks(hosted) == [("测试直播", ["钱二白"])]  # front-matter speakers decide


def test_numbered_talk_headings_whose_marker_word_also_names_talk_sections() -> None:
    """``### 议题 1：标题`` is a talk (its number is numbering), not a section of talks
    because ``议题`` can head one; ``分享嘉宾：名，机构，职位`` is one person."""
    event = read(
        "## 议题详情\n\n"
        "### 议题 1：边车代理的十个坑\n\n分享嘉宾：郑一鸣，示例股份，运维负责人\n\n"
        "分享概要：\n1. 背景\n2. 实践\n\n"
        "### 议题 2：函数网关的演进\n\n分享嘉宾：钱二白，示例科技，研发总监\n\n"
        "分享概要：\n1. 简介\n"
    )
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["钱二白"])]


def test_a_speaker_label_naming_two_people_still_gives_both() -> None:
    event = read("### 议题 1：边车代理的十个坑\n\n分享嘉宾：郑一鸣，钱二白\n")
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣", "钱二白"])]


def test_a_person_and_their_job_or_a_bio_line_is_never_a_talk() -> None:
    """``**名：示例数据库领域总经理**`` over a bio is a guest, not a talk whose title is
    a job; a ``个人简介：…`` paragraph is a bio. Unsure, the reader keeps the body as
    written and says so."""
    event = read(
        "### 活动议程\n\n"
        "**郑一鸣：示例数据库领域总经理**\n\n个人简介：十五年研发经验，先后于甲公司、乙科技等任职。\n\n"
        "**钱二白：示例数据库架构师**\n\n个人简介：曾任研发负责人。\n"
    )
    assert talks(event) == []
    assert any(p.subtype == "programme" for p in event.problems)
    assert "郑一鸣：示例数据库领域总经理" in event.body_rest


def test_a_talk_title_that_only_mentions_a_job_is_still_a_talk() -> None:
    event = read("### 活动议程\n\n**郑一鸣：如何从工程师成长为一名合格的技术负责人之路**\n")
    assert talks(event) == [("如何从工程师成长为一名合格的技术负责人之路", ["郑一鸣"])]


def test_html_bold_guest_lines_that_name_their_talk_before_a_bar() -> None:
    """``<strong>标题 | 职位 名</strong>`` entries of a guest section are talks: the bar
    parts the title from a speaker slot; a sibling that lost its bar reads the same way;
    a leader's address is no talk."""
    event = read(
        "### 演讲嘉宾：\n\n"
        "<strong>领导致词 | 示例基金会主席 孙三木 </strong>\n\n"
        "<strong>共建开源数据库 示例数据库领域总经理 郑一鸣 </strong>\n\n"
        "<strong>线程能力解析 | 示例内核研发团队经理 钱二白</strong>\n\n"
        "讲师简介：七年内核研发。\n\n"
        "<strong>中间件的基础技术  | 示例软件股份有限公司售前总监 周四海</strong>\n\n"
        "议题简介：基础。\n"
    )
    assert talks(event) == [
        ("共建开源数据库", ["郑一鸣"]),
        ("线程能力解析", ["钱二白"]),
        ("中间件的基础技术", ["周四海"]),
    ]


def test_a_bar_between_two_titles_names_nobody() -> None:
    event = read("**边车代理 | 服务网格**\n\n**函数计算 | 事件驱动**\n")
    assert all(not speakers for _, speakers in talks(event))


def test_timed_lines_that_mostly_end_by_a_name_read_every_tail_as_people() -> None:
    """``**20:10 - 20:25 标题 by 名**`` siblings: each tail after ``by`` is its
    speakers - a handle, a one-character name or two people - as the shape repeats."""
    event = read(
        "### 活动详情\n\n"
        "**20:00 - 20:10 开场介绍分享流程 by kimmy & 崔**\n\n"
        "**20:10 - 20:25 [响应式编程介绍](https://example.org/a) by Qzzz**\n\n"
        "**20:25 - 20:50 容错设计 by 婷**\n\n"
        "**20:50 - 21:10 限流和熔断分析 by 刘一鸣**\n"
    )
    assert talks(event) == [
        ("开场介绍分享流程", ["kimmy", "崔"]),
        ("响应式编程介绍", ["Qzzz"]),
        ("容错设计", ["婷"]),
        ("限流和熔断分析", ["刘一鸣"]),
    ]


def test_one_timed_line_ending_by_a_single_word_is_not_enough() -> None:
    event = read("**19:00 - 19:30 关于存储的分享 by Stanford**\n")
    assert all(speakers != ["Stanford"] for _, speakers in talks(event))



def test_a_links_mapping_of_labels_gives_the_replay_and_keeps_the_links() -> None:
    """``links: {报名: url, 回放: url}`` (a Hexo theme's): the replay label makes its
    link the event's replay; a sign-up or a live room never is one."""
    event = read(
        "正文。\n",
        front="date: 2020-08-27\nlinks:\n  报名: https://example.org/signup\n"
        "  回放: https://example.org/videos/42\n  直播: https://live.example.org/7\n",
    )
    assert event.replays == ["https://example.org/videos/42"]
    assert [link.name for link in event.links] == ["报名", "回放", "直播"]
