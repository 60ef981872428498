"""Agenda entries under a heading that names the programme, each closing with a bracket
that holds only the speaker's name (``1. 标题（名）``).

Pages written for the test (no third-party text).
"""

from __future__ import annotations

from reader_support import read, talks

AGENDA = (
    "## 活动议程（已确认）\n\n"
    "0. 开场与近期计划（郑一鸣，主持人）\n"
    "1. 设备模拟入门：以串口为例（钱二白）\n"
    "2. 单元测试在模拟器中的用法（孙三红）\n"
    "3. 指令翻译插件的使用（李小四）\n"
    "4. 新报名的分享以及自由讨论\n"
)


def test_bare_name_brackets_of_a_programme_list_are_its_talks() -> None:
    """Under ``## 活动议程`` the list is the programme: two or more entries whose
    bracket is strictly one name are talks by them. The host's opening (a name and
    ``主持人``) and the open discussion name no speaker and stay as written."""
    event = read(AGENDA, title="模拟器专题讨论会")
    assert talks(event) == [
        ("设备模拟入门：以串口为例", ["钱二白"]),
        ("单元测试在模拟器中的用法", ["孙三红"]),
        ("指令翻译插件的使用", ["李小四"]),
    ]


def test_the_same_list_under_a_reading_heading_is_no_programme() -> None:
    """``## 推荐阅读`` over ``- 书名（作者）``: books and their authors, no talks."""
    body = "## 推荐阅读\n\n- 深入理解代理（郑一鸣）\n- 网关之道（钱二白）\n"
    assert talks(read(body, title="读书会")) == []
