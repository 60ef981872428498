"""A numbered talk heading (``## 主题1``, its title on the line below) with a deeper
speaker label heading (``### 演讲者``) whose line opens with the person in bold.

Pages written for the test (no third-party text).
"""

from __future__ import annotations

from reader_support import read, talks

PAGE = (
    "# 本月聚会\n\n**时间:** 2021年6月12日 14:00 - 17:00\n\n"
    "## 主题详情\n\n"
    "### 主题1\n《用示例讲清楚编译器》\n\n"
    "#### 演讲者\n**周小舟(Zed)**，某某开源社区的志愿者，喜欢写解释器。\n\n"
    "#### 内容简介\n从一个计算器讲到一个编译器。\n\n"
    "### 主题2\n《路由器上的小系统》\n\n"
    "#### 演讲者\n**吴一凡**, 嵌入式工程师\n\n"
    "#### 预计时长\n30分钟\n"
)


def test_the_bold_name_under_a_speaker_sub_heading_of_a_numbered_talk() -> None:
    """The label heading says a person follows; the bold says where the name ends. The
    one word bracketed inside the bold is what the person goes by; the bio line stays
    in the talk's text (nothing of it is cut away)."""
    event = read(PAGE, title="六月聚会")
    assert talks(event) == [
        ("用示例讲清楚编译器", ["周小舟"]),
        ("路由器上的小系统", ["吴一凡"]),
    ]
    first = event.talks[0]
    assert first.aliases == {"周小舟": ["Zed"]}
    assert first.affiliations == {}
    assert "喜欢写解释器" in first.abstract
    assert "嵌入式工程师" in event.talks[1].abstract
    assert event.problems == []


def test_an_organisation_in_bold_under_the_label_is_no_speaker() -> None:
    """``**某某科技有限公司**，…`` under ``#### 演讲者``: an employer, not a person - the
    talk keeps no speaker rather than a wrong card."""
    body = ("### 主题1\n《一个题目》\n\n#### 演讲者\n**示例科技有限公司**，提供场地与讲师。\n\n"
            "### 主题2\n《另一个题目》\n\n#### 演讲者\n**吴一凡**, 嵌入式工程师\n")
    assert talks(read(body, title="聚会")) == [("一个题目", []), ("另一个题目", ["吴一凡"])]
