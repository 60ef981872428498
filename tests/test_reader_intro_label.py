"""A talk heading whose section introduces its guest with a speaker-intro label alone
(``嘉宾介绍：``) and a paragraph that opens with the person; ``咨询师`` as a job word.

Pages written for the test (no third-party text).
"""

from __future__ import annotations

from reader_support import read, talks

PAGE = (
    "## 本月内容\n\n"
    "#### 在家也能高效协作\n\n"
    "内容说明：\n\n聊聊分布式团队的日常。\n\n"
    "嘉宾介绍：\n\n"
    "周立群，从业十年，架构师 / 创业者，关注团队协作工具。\n\n"
    "## 时间\n\n2020年4月11日 周六 下午 2:00 - 4:00\n"
)


def test_an_intro_label_alone_then_the_person_makes_the_heading_a_talk() -> None:
    """The heading is under no talks word, and its first line is no speaker slot: the
    intro label and the paragraph that opens ``名，…`` below it say who gives it."""
    event = read(PAGE, title="四月线上活动")
    assert talks(event) == [("在家也能高效协作", ["周立群"])]


def test_an_intro_label_after_a_quoted_title_line_belongs_to_that_line() -> None:
    """Under a section heading, ``**《标题》**`` then ``**嘉宾介绍**`` + ``名，职位``: the
    label introduces the quoted talk, the section heading is no talk of its own."""
    body = ("## 本期内容详解\n\n**《一个示例议题》**\n\n**嘉宾介绍**\n\n"
            "孙晓明，示例公司技术专家。\n\n**议题简介**\n\n一些说明。\n")
    assert [title for title, _ in talks(read(body, title="示例沙龙"))] == ["一个示例议题"]


def test_a_consultant_is_a_job() -> None:
    """``名，某公司高级咨询师，…`` under a talk heading is a speaker slot, as ``顾问``
    (and ``consultant``) already were."""
    body = ("## 活动内容\n\n### 从零搭一个构建流程\n"
            "<span>韩一鸣，示例科技高级咨询师，做过多年前端</span>\n\n讲讲打包工具。\n")
    assert talks(read(body, title="前端沙龙")) == [("从零搭一个构建流程", ["韩一鸣"])]
