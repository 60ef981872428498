"""The reader on page styles it was not written against: evidence before shapes.

One test per rule of issue 18, each on a small page written for the test (no corpus
text): what makes a name a speaker, what is never a talk, what is not a replay.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import breaks, read, talks

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.slots import slot_names

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


# --- evidence of a speaker -----------------------------------------------------------


def test_bold_quoted_titles_with_speaker_intro_paragraphs() -> None:
    event = read(
        "### 本期议题\n\n"
        "**《边车代理的十个坑》**\n\n**嘉宾介绍**\n\n"
        "郑一鸣，某某科技高级工程师，长期从事网络代理开发。\n\n"
        "**议题简介**\n\n- 讲讲踩过的坑。\n\n"
        "**《从零搭建观测平台》**\n\n**嘉宾介绍**\n\n"
        "冯小岚，示例云架构师。\n\n"
        "马文博，示例云开发工程师。\n\n"
        "**听众收获**\n\n- 一套可复用的方案\n"
    )
    assert talks(event) == [
        ("边车代理的十个坑", ["郑一鸣"]),
        ("从零搭建观测平台", ["冯小岚", "马文博"]),
    ]


def test_bold_quoted_lines_without_any_speaker_evidence_are_not_talks() -> None:
    event = read("**《一本好书》**\n\n推荐大家读一读。\n\n**《另一本书》**\n\n也不错。\n")
    assert talks(event) == []


def test_table_speaker_cells_with_the_name_last_and_two_people() -> None:
    event = read(
        "## 议程\n\n"
        "| 时间 | 环节 | 讲师 |\n| --- | --- | --- |\n"
        "| 13:00 - 13:30 | 签到 |  |\n"
        "| 13:30 - 14:10 | 《缓存的边界》 | 示例科技资深工程师\u00a0阿福 |\n"
        "| 14:10 - 14:20 | 抽奖与合影环节 |  |\n"
        "| 14:20 - 15:00 | 《调度器二三事》附带演示 |"
        " 冯小岚（岚岚），示例云架构师；马文博（博哥），示例云工程师 |\n"
    )
    assert talks(event) == [
        ("缓存的边界", ["阿福"]),
        ("调度器二三事", ["冯小岚", "马文博"]),
    ]
    assert event.talks[-1].aliases == {"冯小岚": ["岚岚"], "马文博": ["博哥"]}


def test_timed_headings_and_the_slot_line_under_each() -> None:
    event = read(
        "## 议程\n\n"
        "### 19:00-19:05 主持人开场\n\n小助手 主持人\n\n"
        "### 19:05-20:00 零拷贝网络栈\n\n阿城（花名：城城），示例集团技术专家\n\n"
        "### 你将收获\n\n- 网络栈的基本概念\n\n"
        "### 本期分享大纲：\n\n- 一、二、三\n"
    )
    assert talks(event) == [("零拷贝网络栈", ["阿城"])]
    assert event.talks[-1].aliases == {"阿城": ["城城"]}


def test_heading_then_name_and_role_lines_outside_a_talks_section() -> None:
    event = read(
        "## 精彩回顾\n\n### 日志平台的演进\n\n"
        "郑一鸣，某某科技研发工程师，某项目 PMC\n\n正文……\n\n"
        "### Building a Tiny Runtime\n\nJane Roe, Senior Engineer at Example Corp\n"
    )
    assert talks(event) == [
        ("日志平台的演进", ["郑一鸣"]),
        ("Building a Tiny Runtime", ["Jane Roe"]),
    ]


def test_labels_of_other_things_never_yield_speakers() -> None:
    event = read(
        "### 议题\n\n"
        "- 关键词：服务网格、可观测性\n"
        "- Keywords: Alpha, Beta, Gamma\n"
        "- 活动主题：示例沙龙：云原生专场\n"
    )
    assert talks(event) == []


def test_quoted_title_with_date_clock_and_name_alone_then_role_paragraphs() -> None:
    event = read(
        "## 直播介绍\n\n**《向量检索入门》**\n\n2021 年 6 月 3 日（周四）\n\n19:00 - 20:00\n\n"
        "**「嘉宾简介」**\n\n冯小岚（花名：岚岚）\n\n示例集团技术专家\n\n"
        "**「议题简介」**\n\n一段介绍。\n",
        date="2021-05-28",
    )
    assert talks(event) == [("向量检索入门", ["冯小岚"])]
    assert event.talks[0].aliases == {"冯小岚": ["岚岚"]}
    assert str(event.start)[:10] == "2021-06-03"


def test_a_long_sentence_after_a_heading_is_not_a_speaker_slot() -> None:
    event = read(
        "## 介绍\n\n### Example Webinar\n\n"
        "Example Webinar 是由示例社区发起的线上活动，邀请社区成员为大家带来分享。\n"
    )
    assert talks(event) == []


def test_recap_section_keeps_quoted_talks_with_speaker_intros() -> None:
    event = read(
        "## 活动回顾\n\n**《容器镜像按需加载》**\n\n**嘉宾介绍**\n\n"
        "郑一鸣：示例集团技术专家，长期从事存储工作。\n\n"
        "马文博：示例集团高级技术专家。\n"
    )
    assert talks(event) == [("容器镜像按需加载", ["郑一鸣", "马文博"])]


# --- talks known only from what the page says apart -----------------------------------


def test_talks_only_from_a_slides_list_paired_with_the_guest_list_in_order() -> None:
    event = read(
        "## 概要\n\n- 活动主题：示例社区三周年\n- 资料下载：\n"
        "  [《日志平台的演进》](https://files.example.org/a.pdf)\n"
        "  [《调度器二三事》](https://files.example.org/b.pdf)\n\n"
        "## 嘉宾\n\n- 郑一鸣（花名：一鸣），示例集团架构师\n- 马文博，示例科技研发工程师\n\n"
        "## 议程\n\n![](https://img.example.org/agenda.png)\n"
    )
    assert talks(event) == [("日志平台的演进", ["郑一鸣"]), ("调度器二三事", ["马文博"])]
    assert event.talks[0].aliases == {"郑一鸣": ["一鸣"]}


def test_slides_list_without_guests_gives_talks_without_speakers() -> None:
    event = read(
        "- 资料下载：\n  [《甲方案》](https://files.example.org/a.pdf)\n"
        "  [《乙方案》](https://files.example.org/b.pdf)\n  [待直播后更新](https://files.example.org/c.pdf)\n"
    )
    assert talks(event) == [("甲方案", []), ("乙方案", [])]


def test_one_guest_and_a_theme_make_the_one_talk_without_the_series_marker() -> None:
    event = read(
        "## 概要\n\n- 活动主题：DemoCast#12：内存分配器漫谈\n\n"
        "## 嘉宾\n\n- 阿城（花名：城城）\n- 示例集团高级工程师\n\n"
        "## 议程\n\n![](https://img.example.org/agenda.png)\n"
    )
    assert talks(event) == [("内存分配器漫谈", ["阿城"])]


def test_two_guests_and_a_theme_stay_unread() -> None:
    event = read(
        "- 活动主题：DemoCast#12：内存分配器漫谈\n\n"
        "## 嘉宾\n\n- 阿城，示例集团高级工程师\n- 马文博，示例科技研发工程师\n"
    )
    assert talks(event) == []


def test_a_copied_agenda_slot_loses_to_the_title_and_theme_that_agree() -> None:
    page = (
        "---\ntitle: \"DemoCast#13：向量数据库的索引结构\"\ndate: 2021-05-01\n---\n\n"
        "- 活动主题：DemoCast#13：向量数据库的索引结构\n- 活动时间：5 月 13 日周四晚 7 点\n\n"
        "## 议程\n\n### 19:00-19:05 主持人开场\n\n小助手 主持人\n\n"
        "### 19:05-20:00 分布式事务的前世今生\n\n阿城 示例集团技术专家\n"
    )
    event = read_event(page)
    assert talks(event) == [("向量数据库的索引结构", ["阿城"])]
    assert [p.subtype for p in event.problems] == ["programme"]
    assert "talks:" in event.problems[0].message


def test_a_copied_part_one_agenda_dated_another_day_loses_to_the_theme() -> None:
    # part 1 and part 2 share most words: only the other day the copied table's caption
    # gives says the agenda is the earlier episode's
    page = (
        "---\ntitle: \"DemoCast#7：缓存设计（下）—— 动手实践\"\ndate: 2021-05-20\n---\n\n"
        "- 活动主题：DemoCast#7：缓存设计（下）—— 动手实践\n\n"
        "## 议程\n\n| DemoCast#6：缓存设计（上）—— 原理 时间：2021-05-13 | |\n| --- | --- |\n"
        "| 19:00-20:00 | **《缓存设计（上）—— 原理》** 示例集团 阿城 |\n\n"
        "## 嘉宾\n\n阿城，示例集团高级工程师\n"
    )
    event = read_event(page)
    assert talks(event) == [("缓存设计（下）—— 动手实践", ["阿城"])]
    assert [p.subtype for p in event.problems] == ["programme"]
    assert "2021-05-13" in event.talks[0].evidence[""]


def test_a_part_two_agenda_dated_the_events_day_is_kept() -> None:
    page = (
        "---\ntitle: \"DemoCast#7：缓存设计（下）—— 动手实践\"\ndate: 2021-05-20\n---\n\n"
        "- 活动主题：DemoCast#7：缓存设计（下）—— 动手实践\n\n"
        "## 议程\n\n| DemoCast#7 时间：2021-05-20 | |\n| --- | --- |\n"
        "| 19:00-20:00 | **《缓存设计（下）—— 动手实践与调优》** 示例集团 阿城 |\n"
    )
    assert [t.title for t in read_event(page).talks] == ["缓存设计（下）—— 动手实践与调优"]


def test_an_agenda_slot_worded_a_little_differently_from_the_theme_is_kept() -> None:
    page = (
        "---\ntitle: \"DemoCast#14：解读 Foo：项目概况和进展\"\ndate: 2021-05-01\n---\n\n"
        "- 活动主题：DemoCast#14：解读 Foo：项目概况和进展\n\n"
        "## 议程\n\n### 19:00-20:00 Foo 项目的概况和最新进展\n\n阿城，示例集团技术专家\n"
    )
    assert talks(read_event(page)) == [("Foo 项目的概况和最新进展", ["阿城"])]


# --- never lose or scramble ----------------------------------------------------------


def test_an_agenda_that_gives_no_talk_is_kept_as_written_with_one_warning() -> None:
    body = (
        "## 议程\n\n第一段：大家自由讨论云原生的未来，欢迎带上问题。\n\n"
        "第二段：闭门交流。\n\n## 报名\n\n扫码报名。\n"
    )
    event = read(body)
    assert talks(event) == []
    problems = [p for p in event.problems if p.subtype == "programme"]
    assert len(problems) == 1
    assert problems[0].line == 6 and "'议程'" in problems[0].message
    assert "talks:" in problems[0].message
    # nothing taken out: the text is all there, in its order
    rest = event.body_rest
    assert rest.index("第一段") < rest.index("第二段") < rest.index("扫码报名")


def test_a_page_with_talks_or_no_programme_gets_no_programme_warning() -> None:
    assert not [p for p in read("随便聊聊。\n").problems if p.subtype == "programme"]
    event = read("## 议程\n\n### 缓存的边界\n\n讲师：阿福\n")
    assert talks(event) == [("缓存的边界", ["阿福"])]
    assert not [p for p in event.problems if p.subtype == "programme"]


# --- dates ------------------------------------------------------------------------------


def test_event_day_without_a_year_takes_the_front_matter_year() -> None:
    event = read("- 活动时间：03 月 07 日（周四）19:00-20:00\n", date="2024-02-20")
    assert str(event.start)[:16] == "2024-03-07 19:00"


def test_a_stale_labelled_date_whose_weekday_does_not_fit_loses_to_one_that_does() -> None:
    # 2024-03-07 is a Thursday, 2024-02-22 too; 2024-02-21 is a Wednesday
    event = read(
        "- 活动时间：2 月 21 日周四晚 7 点\n\n"
        "3 月 7 日周四晚 7 点，将邀请示例社区的维护者分享。\n",
        date="2024-02-20",
    )
    assert str(event.start)[:10] == "2024-03-07"


def test_a_labelled_date_whose_weekday_fits_is_kept() -> None:
    event = read(
        "- 活动时间：2 月 22 日周四晚 7 点\n\n3 月 7 日周四晚 7 点，还有下一期。\n",
        date="2024-02-20",
    )
    assert str(event.start)[:10] == "2024-02-22"


def test_a_paragraph_that_opens_with_a_date_near_the_page_date_gives_the_day() -> None:
    event = read(
        "自 2018 年 4 月 19 日起，社区一路走来。\n\n"
        "2024 年 4 月 27 日 示例社区在杭州举办了生日会。\n",
        date="2024-04-23",
    )
    assert str(event.start)[:10] == "2024-04-27"


# --- English shapes -------------------------------------------------------------------


def test_by_name_role_at_org_under_a_heading() -> None:
    event = read(
        "### Making caches boring\n\nBy Jane Roe, Staff Engineer at Initech\n\nWhy and how.\n\n"
        "### Graphs for everyone\n\nPresented by Ann Lee (Example Labs)\n"
    )
    assert talks(event) == [("Making caches boring", ["Jane Roe"]),
                            ("Graphs for everyone", ["Ann Lee"])]
    assert event.talks[0].affiliations == {"Jane Roe": "Staff Engineer at Initech"}


def test_agenda_rows_for_food_drinks_and_walk_in_are_breaks() -> None:
    event = read(
        "## Agenda\n\n- 18:00 Walk-in and pizza\n- 18:30 Making caches boring, by Jane Roe\n"
        "- 19:15 Drinks\n"
    )
    assert talks(event) == [("Making caches boring", ["Jane Roe"])]
    assert breaks(event) == ["Walk-in and pizza", "Drinks"]


def test_talk_marker_with_the_title_on_the_next_paragraph_and_two_speakers() -> None:
    event = read(
        "**Talk 1:**\n\nScaling search at home\n\nSpeaker: Jane Roe\n\n"
        "**Talk 2:**\n\nGraphs for everyone\n\nSpeakers: Ann Lee & Bob Ray\n"
    )
    assert talks(event) == [("Scaling search at home", ["Jane Roe"]),
                            ("Graphs for everyone", ["Ann Lee", "Bob Ray"])]


def test_keywords_and_topics_lines_and_a_host_are_not_speakers() -> None:
    event = read(
        "## Agenda\n\n### Opening\n\nHost: Carl Moe\n\n"
        "### Making caches boring\n\nSpeaker: Jane Roe\n\n"
        "Keywords: Redis, Memcached, Varnish\n\nTopics: Caching, Service Mesh\n"
    )
    assert talks(event) == [("Making caches boring", ["Jane Roe"])]
    assert "Carl Moe" not in [s for t in event.talks for s in t.speakers]


def test_list_of_recorded_talks_keeps_the_speakerless_welcome_in_order() -> None:
    event = read(
        "## Talks\n\n- [Welcome and intro](https://www.youtube.com/watch?v=a1)\n"
        "- [Community update](https://www.youtube.com/watch?v=a0)\n"
        "- [Making caches boring, Jane Roe](https://www.youtube.com/watch?v=a2)\n"
        "- [Graphs for everyone, Ann Lee](https://www.youtube.com/watch?v=a3)\n"
    )
    assert [(t.title, t.kind) for t in event.talks] == [
        ("Welcome and intro", "break"), ("Community update", "talk"),
        ("Making caches boring", "talk"), ("Graphs for everyone", "talk"),
    ]
    assert event.talks[1].video == "https://www.youtube.com/watch?v=a0"


def test_talks_only_from_a_recordings_list_when_the_page_has_no_other() -> None:
    event = read(
        "## 视频回放\n\n- [欢迎致辞](https://www.bilibili.com/video/a1)\n"
        "- [缓存的边界，郑一鸣](https://www.bilibili.com/video/a2)\n"
        "- [调度器二三事，马文博](https://www.bilibili.com/video/a3)\n"
    )
    assert talks(event) == [("缓存的边界", ["郑一鸣"]), ("调度器二三事", ["马文博"])]
    assert breaks(event) == ["欢迎致辞"]
    assert event.talks[1].video == "https://www.bilibili.com/video/a2"
    assert event.replays == []


# --- properties ---------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="张李王阿城，,：:（）() 、;；工程师专家集团Jane RoeatInc\u00a0",
               max_size=60))
def test_slot_names_never_raise_and_only_name_short_people(text: str) -> None:
    for name in slot_names(text):
        assert name.name and len(name.name) <= 40
        assert name.name in text.replace("\u00a0", " ") or name.name.replace(" ", "") in text


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1_000, max_value=20_000))
def test_slot_names_stay_fast_on_long_adversarial_lines(size: int) -> None:
    import time

    for text in ("张" * size, "张三，" + "专家 " * size, "Ab " * size + "at Inc",
                 "（" * size + "张三", "蚂蚁 " * size + "张三"):
        began = time.perf_counter()
        slot_names(text)
        assert time.perf_counter() - began < 0.5


def test_a_speakers_section_of_names_each_with_a_bio_paragraph() -> None:
    event = read(
        "## Talks\n\n### Scaling search at home\n\nAbstract of the talk.\n\n**Speakers:**\n\n"
        "Jane Roe\n\nJane is a staff engineer at Initech.\n\n"
        "Bob Ray\n\nBob is a developer at Example Labs.\n"
    )
    assert talks(event) == [("Scaling search at home", ["Jane Roe", "Bob Ray"])]


def test_lecturer_label_with_the_job_glued_before_the_name_and_a_nickname() -> None:
    event = read(
        "## 议程\n\n### | 二、《缓存的边界》\n\n讲师：示例集团技术专家郑一鸣（花名：一鸣）\n"
    )
    assert talks(event) == [("缓存的边界", ["郑一鸣"])]
    assert event.talks[0].aliases == {"郑一鸣": ["一鸣"]}
    assert event.talks[0].affiliations == {"郑一鸣": "示例集团技术专家"}


def test_name_with_its_job_in_brackets_under_a_heading() -> None:
    event = read("#### 缓存的边界\n\n郑一鸣（示例科技架构师）\n\n正文。\n")
    assert talks(event) == [("缓存的边界", ["郑一鸣"])]


def test_a_replay_link_naming_the_project_first_is_its_talks_video() -> None:
    # ``Name：the title's words`` under a talk titled ``the title's words Name``
    page = ("---\ntitle: 第九期\ndate: 2022-05-01\n---\n## 议题\n\n"
            "### 基于 P2P 的镜像加速系统 Lotus\n\n"
            "讲师：张三\n\n### 云原生应用灾备实践\n\n讲师：李四\n\n## 直播回放\n\n"
            "[Lotus：基于 P2P 的镜像加速系统](https://www.bilibili.com/video/BV1xx411c7aa)\n\n"
            "[云原生应用灾备实践](https://www.bilibili.com/video/BV1xx411c7bb)\n")
    event = read_event(page)
    assert [(t.title, t.video) for t in event.talks] == [
        ("基于 P2P 的镜像加速系统 Lotus", "https://www.bilibili.com/video/BV1xx411c7aa"),
        ("云原生应用灾备实践", "https://www.bilibili.com/video/BV1xx411c7bb")]


def test_a_heading_over_a_paragraph_of_the_events_facts_is_no_talk() -> None:
    # ``**主題**：…<br>`` / ``**講者**：…<br>`` / ``**時間**：…<br>`` under ``# 活動資訊``
    page = ("# 活動資訊\n\n**第 5 期：**<br>\n**主題**：網頁入門<br>\n**講者**：王小明<br>\n"
            "**時間**：2020/01/04 早上 11:00<br>\n**場地**：某咖啡店<br>\n\n# 重點\n\n文字。\n")
    event = read_event(page)
    assert [(t.title, t.speakers) for t in event.talks] == [("網頁入門", ["王小明"])]
