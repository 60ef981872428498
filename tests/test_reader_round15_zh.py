"""Shapes first met on round 15's Chinese site, each read by evidence: a table without
outer pipes, ``@handles`` in a speaker column, prose that says who the guest is and
quotes the title, front matter after empty lines, and ``activity_*`` keys."""

from __future__ import annotations

import datetime as dt

import pytest
from reader_support import read, talks

from sphinx_meetup.reader import read_event

TABLE = """以下是主要内容预告：

活动    |  时间 | 地点 | 主讲人   |  内容
-------  | ---- | -----| ---------|-----
Tutorial | 07.03 19:00  | 东中院 4-102  | [@exampler](http://example.com)   |  Git 使用教学
Sharing  | 07.06 19:00  | 东中院 4-102  | @小例(ex_small)    |  计算机工作原理漫谈
Guest Talk  | 07.10 19:00  | 东中院 4-102    | 周某某，示例科技研发总监 | 从摩尔定律谈起

欢迎感兴趣的同学们参加！
"""


def test_a_table_without_outer_pipes_is_read_with_handles_in_its_speaker_column() -> None:
    event = read(TABLE, title="暑期课堂")
    assert talks(event) == [
        ("Git 使用教学", ["exampler"]), ("计算机工作原理漫谈", ["小例"]),
        ("从摩尔定律谈起", ["周某某"])]
    assert event.talks[1].aliases == {"小例": ["ex_small"]}


def test_a_pipe_in_prose_is_no_table() -> None:
    text = "今天 | 明天 都可以来\n\n欢迎参加"
    assert talks(read(text, title="活动")) == []


@pytest.mark.parametrize(("sentence", "title", "name"), [
    ("本次分享的嘉宾是冷某某同学，题目是“Proving rules in Abella”。",
     "Proving rules in Abella", "冷某某"),
    ("本次带来技术分享的是张某学长，技术分享结束后是聚餐。", "示例分享", "张某"),
    ("11月12日晚18:00将在二楼进行例行分享，由@贾某 学长给大家带来分享 Life of a packet。",
     "示例分享", "贾某"),
])
def test_prose_saying_who_the_guest_is_gives_the_page_its_talk(
    sentence: str, title: str, name: str
) -> None:
    event = read(sentence + "\n\n欢迎大家参加。", title="SJTUG 技术分享：示例分享")
    assert talks(event) == [(title, [name])]


@pytest.mark.parametrize("sentence", [
    "无法赴约的嘉宾是谁还不知道。",  # no name: a question word
    "本次活动的主题是“开源”，欢迎参加。",  # a title, but nobody speaks
])
def test_no_guest_named_no_talk(sentence: str) -> None:
    assert talks(read(sentence, title="活动")) == []


def test_front_matter_after_empty_lines_is_the_front_matter() -> None:
    page = ('\n\n+++\ntitle = "例行分享：Dependent Type"\ndate = "2016-10-04T22:55:00+08:00"\n'
            'activity_time = "2016-10-03T18:00:00+08:00"\nactivity_place = "图书馆 E316"\n'
            '+++\n\n正文\n')
    event = read_event(page)
    assert event.title == "例行分享：Dependent Type"
    assert event.start == dt.datetime(2016, 10, 3, 18, 0, tzinfo=event.start.tzinfo)
    assert event.venue == "图书馆 E316"


def test_a_front_matter_problem_after_empty_lines_is_at_its_file_line() -> None:
    page = '\n\n+++\ntitle = "T"\nbad = \n+++\n\nBody\n'
    problems = read_event(page).problems
    assert [problem.line for problem in problems if "TOML" in problem.message] == [5]


def test_an_honorific_is_no_part_of_the_guest_name() -> None:
    event = read("本次分享的嘉宾是张老师，题目是“开源入门”。\n", title="分享")
    assert talks(event) == [("开源入门", ["张"])] or talks(event) == []
