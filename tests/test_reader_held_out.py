"""Rules found by scoring the reader blind on held-out pages of a site it had seen half
of (issue 18). Each test reads a small page written for it - never the held-out text."""

from __future__ import annotations

from reader_support import read, talks


def test_audience_sentence_with_enumeration_is_no_talk() -> None:
    # A comma inside the "affiliation" shows the line is a sentence: no talk by
    # "Service Mesh" titled "对云原生".
    event = read(
        "## 介绍\n\n### | 针对人群\n\n"
        "熟悉容器、Kernel Bypass、网络编程有基本经验，想要深入了解数据平面开发的同学\n\n"
        "## 议程\n\n### 19:05-20:00  数据平面的扩展机制\n\n张小飞 某某科技高级工程师\n"
    )
    assert talks(event) == [("数据平面的扩展机制", ["张小飞"])]


def test_table_speaker_cell_name_at_role_and_br_between_people() -> None:
    event = read(
        "## 议程\n\n"
        "| 时间 | 环节 | 分享大纲 | 分享嘉宾 |\n| --- | --- | --- | --- |\n"
        "| 13:00-13:30 | 签到 |  |  |\n"
        "| 13:30-14:15 | 《配置中心的演进》 | - 现状<br />- 展望<br /> "
        "| 远山@某某配置中心 开源负责人 |\n"
        "| 14:15-15:00 | 《移动端测试的跨平台实践》 | - 背景<br /> "
        "| 青竹@某某测试框架 核心作者<br />白石@某某测试框架 核心作者 |\n"
    )
    assert talks(event) == [
        ("配置中心的演进", ["远山"]),
        ("移动端测试的跨平台实践", ["青竹", "白石"]),
    ]


def test_speaker_label_role_then_name_with_nickname() -> None:
    event = read(
        "## 介绍\n\n"
        "### | 一、《配置推送的大规模实践》\n\n讲师：示例集团高级技术专家 郑一鸣（花名：鸣远）\n\n"
        "**议题简介**\n\n介绍配置推送。\n\n"
        "### | 二、《网关的新一代架构》\n\n讲师：网关社区核心成员 孙二娘（花名：青岚）\n\n"
        "**议题简介**\n\n介绍网关。\n"
    )
    assert talks(event) == [
        ("配置推送的大规模实践", ["郑一鸣"]),
        ("网关的新一代架构", ["孙二娘"]),
    ]
    assert event.talks[0].aliases == {"郑一鸣": ["鸣远"]}


def test_series_marker_without_separator_is_not_in_the_talk_title() -> None:
    event = read(
        "## 概要\n\n- 活动主题：DemoTalk#3 配置中心源码解析：推送链路\n- 活动时间：09 月 14 日\n\n"
        "## 分享嘉宾\n\n- 郑一鸣\n\n- 示例配置中心 Contributor，开源爱好者。\n"
    )
    assert [t for t, _ in talks(event)] == ["配置中心源码解析：推送链路"]


def test_quoted_theme_then_community_gives_the_quoted_title() -> None:
    event = read(
        "## 概要\n\n- 活动主题：DemoChannel#7《边车代理的十个坑》——示例网关社区\n"
        "- 活动时间：05 月 31 日\n\n## 嘉宾\n\n- 郑一鸣（花名：一鸣）\n- 示例集团技术专家\n"
    )
    assert [t for t, _ in talks(event)] == ["边车代理的十个坑"]


def test_bold_slides_label_with_unquoted_document_links_gives_talks() -> None:
    event = read(
        "## 概要\n\n- 活动主题：示例社区六周年\n- 活动时间：04 月 20 日 13:30--18:00\n"
        "- **资料下载**：\n\n"
        "  [配置中心的新征程](https://files.example.org/a/one.pdf)\n\n"
        "  [探索微服务下一站，模块化研发框架](https://files.example.org/a/two(1).pdf)\n\n"
        "## 议程\n\n![](https://img.example.org/agenda.png)\n"
    )
    assert [t for t, _ in talks(event)] == ["配置中心的新征程", "探索微服务下一站，模块化研发框架"]


def test_one_unquoted_slides_link_or_a_call_to_click_is_no_talk() -> None:
    event = read(
        "## 概要\n\n- 活动主题：示例社区六周年\n- 活动时间：04 月 20 日\n"
        "- 资料下载：[戳这里](https://files.example.org/a/one.pdf)\n\n"
        "## 嘉宾\n\n- 郑一鸣，示例集团技术专家\n- 孙二娘，示例集团架构师\n"
    )
    assert talks(event) == []


def test_podling_ppmc_is_a_role_in_a_guest_list() -> None:
    event = read(
        "## 概要\n\n- 活动主题：示例社区六周年\n- 活动时间：04 月 20 日\n- 资料下载：\n\n"
        "  [事务框架的新征程](https://files.example.org/a/one.pdf)\n\n"
        "  [网关的模块化演进](https://files.example.org/a/two.pdf)\n\n"
        "## 嘉宾\n\n- 郑一鸣（花名：一鸣），Apache Example(incubating) 社区 PPMC\n\n"
        "- 孙二娘（花名：青岚），示例网关社区负责人\n"
    )
    assert talks(event) == [("事务框架的新征程", ["郑一鸣"]), ("网关的模块化演进", ["孙二娘"])]


def test_day_without_year_falls_nearest_the_page_date() -> None:
    # announced on 31 December for a Thursday in January: next year's 9 January
    event = read("## 概要\n\n- 活动时间：1 月 9 日周四晚 7 点\n", date="2019-12-31T12:10:00+08:00")
    assert str(event.start)[:10] == "2020-01-09"
    # a day later in the page's year stays in it (pages announce months ahead)
    event = read("## 概要\n\n- 活动时间：10 月 25 日周五\n", date="2019-01-06")
    assert str(event.start)[:10] == "2019-10-25"
    # an explicit year is kept even far from the page's date
    event = read("## 概要\n\n- 活动时间：2018 年 6 月 9 日\n", date="2020-01-06")
    assert str(event.start)[:10] == "2018-06-09"


def test_link_text_that_is_another_address_is_no_second_replay() -> None:
    event = read(
        "## 直播回放\n\n[https://short.example.org/Gnz9](https://video.example.org/v/BV1?spm=1&src=2)\n"
    )
    assert event.replays == ["https://video.example.org/v/BV1?spm=1&src=2"]


def test_table_title_cell_with_the_speaker_after_the_quoted_title() -> None:
    event = read(
        "## 议程\n\n"
        "| DemoChannel#2：配置推送的设计 时间：2019-02-21 |  |\n| --- | --- |\n"
        "| 19:00-20:00 | **《配置推送的设计》** 示例集团 示例中间件团队 郑一鸣 |\n"
    )
    assert talks(event) == [("配置推送的设计", ["郑一鸣"])]



def test_quoted_titles_one_per_line_are_the_talks_of_an_announcement() -> None:
    event = read(
        "**时间**：2021 年 9 月 11 日 (周六)\n\n"
        "本次分享将邀请四位专家，分别带来四个专题分享，分别是：\n\n"
        "《从观测视角解读微服务》\n\n《边车落地之后》\n\n《限流的落地与实践》\n\n"
        ">![](https://img.example.org/poster.png)\n"
    )
    assert talks(event) == [
        ("从观测视角解读微服务", []), ("边车落地之后", []), ("限流的落地与实践", []),
    ]


def test_two_quoted_lines_in_prose_are_no_programme() -> None:
    event = read("推荐阅读：\n\n《深入理解网络代理》\n\n《分布式系统设计》\n\n欢迎报名。\n")
    assert talks(event) == []


def test_speaker_intro_paragraph_name_is_role() -> None:
    event = read(
        "### 本期议题以及嘉宾详解\n\n"
        "**《准实时的日志聚合平台》**\n\n**嘉宾介绍**\n\n"
        "郑一鸣是某某科技产品线团队的技术专家，热爱开源，热爱分享。\n\n"
        "**议题简介**\n\n介绍日志平台。\n\n"
        "**《网关的模块化演进》**\n\n**嘉宾介绍**\n\n"
        "孙二娘，示例集团技术专家，专注网关。\n\n**议题简介**\n\n介绍网关。\n"
    )
    assert talks(event) == [("准实时的日志聚合平台", ["郑一鸣"]), ("网关的模块化演进", ["孙二娘"])]


def test_we_are_a_team_is_no_speaker() -> None:
    event = read(
        "**《网关的模块化演进》**\n\n**嘉宾介绍**\n\n"
        "我们是一支专注网关的技术团队，来自示例集团。\n"
    )
    assert all(not speakers for _, speakers in talks(event))


def test_table_title_cell_with_a_kind_label_before_the_quoted_title() -> None:
    event = read(
        "## 议程\n\n| 时间 | 环节（分享主题） | 分享嘉宾 |\n| --- | --- | --- |\n"
        "| 13:30-14:15 | 《网关的模块化演进》 | 孙二娘 示例集团 技术专家 |\n"
        "| 15:20-16:00 | 圆桌环节-《边车落地的务实与创新》 | 郑一鸣 示例集团 架构师 |\n"
    )
    assert [t for t, _ in talks(event)] == ["网关的模块化演进", "边车落地的务实与创新"]


_SLIDES = (
    "- 资料下载：\n\n"
    "[《边缘计算的运行时》](https://example.org/a.pdf)\n\n"
    "[《内存回收的新思路》](https://example.org/b.pdf)\n\n"
    "[《链上合约的执行环境》](https://example.org/c.pdf)\n\n"
    "## 活动议程\n\n![](https://example.org/agenda.png)\n\n## 活动回顾\n\n"
)


def test_recap_under_an_agenda_image_names_who_gave_each_slides_title() -> None:
    # The talks come from the slides list; a recap below the agenda image gives each
    # one's person: a name / role paragraph above the 《title》 line, or an intro below.
    event = read(
        _SLIDES
        + "王小明\n某某科技资深技术专家\n\n《边缘计算的运行时》\n\n嘉宾简介：\n\n"
        "王小明，一直从事运行时相关工作。\n\n"
        "《内存回收的新思路》\n\n嘉宾简介：李大同，某某云高级工程师，专注于编程语言。\n\n"
        "赵一鸣\n某某链技术专家\n\n《链上合约的执行环境》\n\n"
        "嘉宾简介：毕业于某某大学，从事编译器研发工作。\n"
    )
    assert talks(event) == [
        ("边缘计算的运行时", ["王小明"]),
        ("内存回收的新思路", ["李大同"]),
        ("链上合约的执行环境", ["赵一鸣"]),
    ]


def test_recap_that_names_two_people_for_one_title_gives_it_none() -> None:
    # Above the title one person, in its intro another: no evidence which gave it.
    # A paragraph above that is no name and role gives nobody either.
    event = read(
        _SLIDES
        + "王小明\n某某科技资深技术专家\n\n《边缘计算的运行时》\n\n"
        "嘉宾简介：李大同，某某云高级工程师，专注于编程语言。\n\n"
        "本场活动\n精彩纷呈\n\n《内存回收的新思路》\n\n"
        "《链上合约的执行环境》\n\n嘉宾简介：我们是一支年轻的团队，欢迎加入。\n"
    )
    assert talks(event) == [
        ("边缘计算的运行时", []),
        ("内存回收的新思路", []),
        ("链上合约的执行环境", []),
    ]
