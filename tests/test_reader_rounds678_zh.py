"""The reader on shapes of the Chinese pages of rounds 6-8 (issue 18), each rule read
on one site and checked on another before it was kept.

Each rule is general (a label, a shape, a vocabulary word, a repeated shape) and each
test reads a small page written for it: no third-party text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.reader.headers import tidy_title

# -- a list whose items are ``名 - 标题`` / ``名，标题`` / ``名：标题`` ----------------------


def test_a_list_of_name_dash_and_name_comma_items_is_the_programme() -> None:
    event = read(
        "## 议程\n\n- 郑一鸣 - 边车代理的十个坑\n- 钱二白 - 函数网关的演进\n"
        "- 孙三红，Tracing in Practice\n- 李四，Static Calls for Example\n"
        "- 现场报名的闪电演讲（如果有的话）\n"
    )
    assert talks(event) == [
        ("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["钱二白"]),
        ("Tracing in Practice", ["孙三红"]), ("Static Calls for Example", ["李四"]),
    ]
    assert "现场报名的闪电演讲" in event.body_rest  # the open slot stays as written
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_a_handle_among_full_names_of_one_list_speaks_as_its_siblings_do() -> None:
    """``- MaskRay： Title`` / ``- 小马哥: 标题``: one word in the name slot that three
    full-name siblings share reads as a person (a handle, a nickname)."""
    event = read(
        "## 议程\n\n- Examplo： Relocation of Examples\n- 郑一鸣：边车代理的十个坑\n"
        "- 钱二白：函数网关的演进\n- 孙三红：链路追踪实践\n- 小马哥：服务治理重新实现\n"
    )
    assert talks(event) == [
        ("Relocation of Examples", ["Examplo"]), ("边车代理的十个坑", ["郑一鸣"]),
        ("函数网关的演进", ["钱二白"]), ("链路追踪实践", ["孙三红"]),
        ("服务治理重新实现", ["小马哥"]),
    ]


def test_two_full_names_are_no_list_programme_and_a_handle_alone_is_no_person() -> None:
    """The near miss: only two full-name items (and a handle) - no repeated shape."""
    event = read("## 关于\n\n- 郑一鸣 - 边车代理的十个坑\n- 钱二白 - 函数网关的演进\n"
                 "- Examplo - Relocation of Examples\n")
    assert talks(event) == []


def test_a_list_of_facts_or_links_is_no_programme() -> None:
    """``- 时间：…`` / ``- 社区博客： https://…`` / ``- Meeting ID: …``: label words and
    addresses, not people and titles."""
    event = read(
        "## 参会\n\n- 时间：周六下午\n- 地点：示例大厦\n- 社区博客： https://blog.example.org\n"
        "- 邮件列表： list@example.org\n- Meeting ID: 843 0000 1111\n- Passcode: 123456\n"
    )
    assert talks(event) == []


def test_a_list_of_bios_after_a_speaker_intro_label_is_no_programme() -> None:
    """``讲者简介：`` then ``- 名：机构会长、本科生，曾在…``: who the people are."""
    event = read(
        "讲者简介：\n\n- 郑一鸣：示例协会会长、本科生，曾在示例公司实习\n"
        "- 钱二白：示例中心主任，长期负责系统运维\n- 孙三红：示例研究专家、协会前会长\n"
    )
    assert talks(event) == []


def test_an_attendee_remark_closing_a_list_title_is_left_out() -> None:
    event = read(
        "- 郑一鸣 - 边车代理的十个坑\n- 钱二白 - 函数网关的演进\n"
        "- 孙三红 - 内核调研成果演示（带上电脑的大家可以跟着做实验）\n"
    )
    assert talks(event)[-1] == ("内核调研成果演示", ["孙三红"])
    # a bracket that says what the talk is (not to the audience) stays in the title
    kept = read("- 郑一鸣 - 边车代理的十个坑\n- 钱二白 - 函数网关的演进\n"
                "- 孙三红 - 内核调研（闪电演讲）\n")
    assert talks(kept)[-1] == ("内核调研（闪电演讲）", ["孙三红"])


def test_a_closing_language_remark_is_no_part_of_the_title() -> None:
    assert tidy_title("Dubbo 的现状与规划 (中文)") == "Dubbo 的现状与规划"
    assert tidy_title("Examples in Practice （English）") == "Examples in Practice"
    # a bracket that is part of the title stays
    assert tidy_title("Examples (and English)") == "Examples (and English)"
    assert tidy_title("中文 (分词) 实践") == "中文 (分词) 实践"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=12), min_size=3, max_size=6))
def test_any_list_items_read_without_error_and_never_an_empty_title(parts: list[str]) -> None:
    body = "".join(f"- {part.replace(chr(10), ' ')} - 标题{number}\n"
                   for number, part in enumerate(parts))
    event = read(body)
    assert all(talk.title for talk in event.talks if talk.kind == "talk")


# -- ``名《标题》``: a person, then the quoted title ------------------------------------


def test_name_then_quoted_title_items_are_talks() -> None:
    event = read(
        "### 分享嘉宾\n\n- 郑一鸣(一鸣) 《边车代理的十个坑》 [slides](https://e.org/a.pdf)\n\n"
        "  ![](https://e.org/1.jpg)\n\n- 钱二白《函数网关%20的演进》\n\n"
        "- 孙三红（三红) 《链路追踪实践》 [PPT](https://e.org/c.pdf)\n"
    )
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关 的演进", ["钱二白"]),
                            ("链路追踪实践", ["孙三红"])]
    assert event.talks[0].aliases == {"郑一鸣": ["一鸣"]}


def test_name_then_quoted_title_headings_are_talks() -> None:
    event = read("## 郑一鸣《边车代理的十个坑》\n\n分享了代理的经验。\n\n"
                 "## 钱二白《函数网关的演进》\n\n讲了网关。\n")
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["钱二白"])]
    assert event.talks[1].abstract == "讲了网关。"
    # one such heading alone may be anything (a book and its author)
    assert talks(read("## 郑一鸣《边车代理的十个坑》\n\n读书笔记。\n")) == []


def test_one_name_then_quoted_title_alone_is_no_talk() -> None:
    """The near misses: one line (a book in a bio), words after the title, no name."""
    assert talks(read("- 郑一鸣《边车代理的十个坑》\n- 其他资料\n")) == []
    assert talks(read("- 郑一鸣《示例》作者，现任架构师\n- 钱二白《示例二》译者，工程师\n")) == []
    assert talks(read("- 推荐阅读《边车代理》\n- 推荐阅读《函数网关》\n")) == []


def test_a_call_to_act_in_a_link_is_no_speaker() -> None:
    """``### 如您不能前来`` over ``- [预约直播（开发者社区）](…)``: a link's words."""
    event = read("### 如您不能前来参会\n\n- [预约直播（开发者社区）](https://e.org/live)\n"
                 "- [加入 示例群](https://e.org/g)\n")
    assert talks(event) == []


# -- a talk heading whose speaker is named by a label below it ---------------------------


def test_a_speaker_intro_label_that_opens_with_the_name_gives_the_speaker() -> None:
    """``## Topic 1：标题`` then ``>讲师介绍：名，职位…`` and a video link labelled 视频."""
    event = read(
        "## Topic 1：边车代理的十个坑\n\n>讲师介绍：郑一鸣，示例公司研发工程师。主要做代理。\n\n"
        "+ [视频 | 示例 Meetup No.5：边车代理](https://www.bilibili.com/video/av1/?p=1)\n\n"
        "本次分享讲了代理。\n\n"
        "## Topic 2：函数网关的演进\n\n>讲师介绍：钱二白，Example team tech-lead。\n\n"
        "讲了网关。\n"
    )
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["钱二白"])]
    assert event.talks[0].video == "https://www.bilibili.com/video/av1/?p=1"


def test_a_speaker_intro_label_never_outvotes_a_speaker_label() -> None:
    """``讲师：贾岛`` then ``讲师介绍：靳文祥（花名贾岛），…``: one person, the label's."""
    event = read(
        "## 议程\n\n### 《边车代理的十个坑》\n\n- 讲师：郑一鸣 示例公司 高级技术专家\n"
        "- 讲师介绍：郑大鸣（花名一鸣），2011年加入示例团队。\n"
    )
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"])]


def test_a_speaker_intro_that_opens_with_a_project_names_no_one() -> None:
    event = read("## 边车代理的十个坑\n\n个人简介：Apache Example 创始人，PMC 成员。\n")
    assert all(not speakers for _title, speakers in talks(event))


def test_lines_under_a_speaker_sub_heading_name_the_speakers() -> None:
    """``## 议题 1：标题`` + ``### 分享嘉宾`` + ``名，…`` lines (job words the slot reading
    does not know, two people, ``名 / 机构``)."""
    event = read(
        "## 议题 1：边车代理的十个坑\n\n### 分享嘉宾\n\n郑一鸣，示例云 网关技术架构\n\n"
        "钱二白，示例云 网关产品\n\n### 议题详情\n\n1. 为什么\n\n"
        "## 议题 2：Run Example in hybrid cloud\n\n### 分享嘉宾\n\n"
        "孙三红，Example Enginee，Example PMC\n\n## 参与方式\n\n扫码。\n"
    )
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣", "钱二白"]),
                            ("Run Example in hybrid cloud", ["孙三红"])]
    slash = read("### 函数网关的演进\n\n#### 分享嘉宾\n\n钱二白 / example.ai 联合创始人 & CTO\n\n"
                 "### 链路追踪\n\n#### 分享嘉宾\n\n孙三红 / 示例 工程师\n")
    assert talks(slash) == [("函数网关的演进", ["钱二白"]), ("链路追踪", ["孙三红"])]


def test_a_line_under_a_speaker_sub_heading_that_names_no_one_is_no_speaker() -> None:
    """The near miss: ``### 分享嘉宾`` over a sentence, not a ``名，…`` line."""
    event = read("## 议题 1：边车代理的十个坑\n\n### 分享嘉宾\n\n敬请期待，嘉宾即将公布\n")
    assert all(not speakers for _title, speakers in talks(event))


# -- a recap's sibling headings whose first paragraph names who gave the talk ------------


_RECAP = (
    "## 开场\n\n示例基金会主席 **Ann Example** 在开场演讲中指出：要提效。\n\n"
    "## 技术分享回顾\n\n### 边车代理的十个坑\n\n![](a.png)\n\n"
    "示例公司研发工程师郑一鸣分享了代理的实践。\n\n"
    "### 函数网关的演进\n\n示例社区 Maintainer **钱二白** 介绍了网关。\n\n"
    "### 示例银行：链路追踪实践\n\n示例银行平台工程师 James 展示了追踪。\n\n"
    "### 内核调研\n\n示例科技 **孙三红** 首次公开了成果。\n\n"
    "## 交流环节\n\n现场讨论热烈。\n"
)


def test_recap_headings_whose_sections_open_with_the_speaker_are_talks() -> None:
    event = read(_RECAP)
    assert talks(event) == [
        ("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["钱二白"]),
        ("示例银行：链路追踪实践", ["James"]), ("内核调研", ["孙三红"]),
    ]
    assert "郑一鸣分享了" in event.talks[0].abstract  # the paragraph stays the talk's


def test_two_recap_headings_or_prose_without_a_person_are_no_programme() -> None:
    """The near misses: two sibling sections only; sections that name no one first."""
    two = read("## 回顾\n\n### 边车代理\n\n示例公司工程师郑一鸣分享了代理。\n\n"
               "### 函数网关\n\n示例社区 **钱二白** 介绍了网关。\n")
    assert talks(two) == []
    prose = read("## 回顾\n\n### 边车代理\n\n大家分享了代理。\n\n### 函数网关\n\n"
                 "本次介绍了网关。\n\n### 链路追踪\n\n我们展示了追踪。\n")
    assert talks(prose) == []


# -- a bracket closing an agenda entry whose last word is the speaker ----------------------


def test_a_bracket_that_ends_with_the_name_gives_the_speaker() -> None:
    event = read(
        "议程如下：\n\n* 边车代理简介（示例公司CTO-郑一鸣 14:00-14:20）。\n"
        "* 函数网关的演进（示例-钱二白 14:20-15:00）。\n* 链路追踪实践 （孙三红 15:10-15:50）\n"
        "* 自由讨论\n"
    )
    assert talks(event) == [("边车代理简介", ["郑一鸣"]), ("函数网关的演进", ["钱二白"]),
                            ("链路追踪实践", ["孙三红"])]


def test_timed_entries_whose_bracket_ends_with_role_and_name() -> None:
    """``HH:MM - HH:MM 标题（机构 & 角色   名 ）[PPT](…)``; an unnamed round table is no
    talk."""
    event = read(
        "**议程如下**\n\n* 14:00 - 14:40 边车代理（ 示例游戏 & Committer   郑一鸣）"
        "[PPT](https://e.org/a.pptx)\n* 14:40 - 15:20 函数网关（示例数科 & PPMC  钱二白 ）\n"
        "* 15:20 - 16:00 链路追踪（大数据平台部总监   孙三红 ）\n"
        "* 16:10 - 16:40 内核调研 （ 示例数科高级DBA && PPMC    李四 ）\n"
        "* 16:40 - 17:20 圆桌讨论 - 如何加入社区\n"
    )
    assert talks(event) == [("边车代理", ["郑一鸣"]), ("函数网关", ["钱二白"]),
                            ("链路追踪", ["孙三红"]), ("内核调研", ["李四"])]


def test_a_bracket_of_words_or_a_lone_bracket_names_no_one() -> None:
    """The near misses: a bracket that is a remark, one entry alone with only a name."""
    assert talks(read("* 边车代理（线上 直播）\n* 函数网关（闪电演讲）\n")) == []
    assert talks(read("* 边车代理（郑一鸣）\n* 其他\n")) == []


# -- ``名/机构/职位`` lines, each followed by ``演讲主题：标题`` ----------------------------


def test_slashed_guest_slots_followed_by_a_topic_label_are_talks() -> None:
    event = read(
        "## 议题介绍\n\n郑一鸣/示例数科/大数据工程师\n\n演讲主题：边车代理的十个坑\n"
        "演讲概要：代理的演变。\n\n<div><img src=\"/a.png\"/></div>\n\n"
        "昝二白/示例思科/大数据工程师\n\n演讲主题：函数网关的演进\n演讲概要：网关。\n"
    )
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["昝二白"])]


def test_one_slashed_slot_or_slashes_without_a_topic_label_are_no_talk() -> None:
    assert talks(read("郑一鸣/示例数科/大数据工程师\n\n演讲主题：边车代理\n")) == []
    assert talks(read("郑一鸣/示例数科/工程师\n\n钱二白/示例/工程师\n\n介绍了代理。\n")) == []


# -- a timed plan of blocks beside a list of named talks -----------------------------------


def test_a_timed_plan_naming_no_one_beside_a_named_list_stays_text() -> None:
    body = ("大体上的时间安排如下：\n\n- 14:00 - 15:00 内核主题（示例社区组织）\n"
            "- 15:00 - 17:00 编译器主题\n- 17:00 - 18:00 闪电演讲、自由讨论\n\n"
            "分享的话题列表：\n\n- 郑一鸣 - 边车代理的十个坑\n- 钱二白 - 函数网关的演进\n"
            "- 孙三红 - 链路追踪实践\n- 闪电演讲（现场报名）\n")
    event = read(body)
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["钱二白"]),
                            ("链路追踪实践", ["孙三红"])]
    assert "- 15:00 - 17:00 编译器主题" in event.body_rest  # the plan, as written
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_timed_rows_are_talks_when_no_named_list_stands_beside_them() -> None:
    """The near miss: two named items only - the timed rows naming no one stay in doubt."""
    event = read("- 14:00 - 15:00 内核主题\n- 15:00 - 17:00 编译器主题\n\n话题：\n\n"
                 "- 郑一鸣 - 边车代理的十个坑\n- 钱二白 - 函数网关的演进\n")
    assert talks(event) == []
    assert [p for p in event.problems if p.subtype == "programme"]


# -- ``名/名将在…进行题为"标题"的演讲`` -----------------------------------------------------


def test_a_sentence_naming_a_talk_by_its_quoted_title_gives_it_and_its_people() -> None:
    event = read('郑一鸣/钱二白将在示例城举办的示例大会上进行题为"Examples: What and How"的演讲。'
                 "请点击[此处](https://e.org)查看议程。\n")
    assert talks(event) == [("Examples: What and How", ["郑一鸣", "钱二白"])]


def test_a_titled_sentence_whose_subject_is_no_person_gives_no_talk() -> None:
    event = read('本次大会将进行题为"Examples: What and How"的演讲。\n')
    assert talks(event) == []


def test_a_list_of_name_comma_job_items_is_no_programme() -> None:
    """``- 名，示例公司技术专家``: who the guests are, no titles."""
    event = read("## 嘉宾\n\n- 郑一鸣，示例公司技术专家\n- 钱二白，示例公司高级工程师\n"
                 "- 孙三红，示例科技架构师\n")
    assert talks(event) == []


def test_a_list_of_name_pairs_is_no_programme() -> None:
    """``- 张三，李四``: two people, not a person and a title."""
    assert talks(read("- 郑一鸣，钱二白\n- 孙三红，李四\n- 周五，吴六\n")) == []


def test_bare_name_brackets_alone_are_books_and_authors_not_talks() -> None:
    """``- 《书名》（作者）`` items with no entry whose bracket also says what the person
    does: a reading list, no programme."""
    assert talks(read("推荐阅读：\n\n* 深入理解代理（郑一鸣）\n* 网关之道（钱二白）\n"
                      "* 追踪实战（孙三红）\n")) == []


def test_sibling_sections_each_with_one_bio_paragraph_are_talks_by_those_people() -> None:
    event = read(
        "开场白。\n\n## Concurrency in Examples\n\n并发很重要，Ann 讲解了所有权。\n\n"
        ">Ann Example，示例公司工程师，核心团队成员。从事示例工作五年。\n\n问答环节。\n\n"
        "## How we use Examples\n\n示例是一个数据库。\n\n>郑一鸣，示例公司首席架构师。\n\n"
        "郑一鸣表示：好。\n"
    )
    assert talks(event) == [("Concurrency in Examples", ["Ann Example"]),
                            ("How we use Examples", ["郑一鸣"])]


def test_a_bio_in_one_section_only_or_two_bios_in_one_give_no_talks() -> None:
    """The near misses (the bio paragraph below the section's first line): one of two
    sections holds one; a section holds two."""
    one = read("## 甲\n\n开场。\n\n>郑一鸣，示例公司首席架构师。\n\n## 乙\n\n没有人。\n")
    assert talks(one) == []
    two = read("## 甲\n\n开场。\n\n>郑一鸣，示例公司首席架构师。\n\n>钱二白，示例公司工程师。\n\n"
               "## 乙\n\n开场。\n\n>孙三红，示例公司工程师。\n")
    assert talks(two) == []


def test_a_slot_right_under_the_heading_stays_the_speaker_slot_reading() -> None:
    """``## 标题`` then ``名，职位`` (a slot) and a bio further down: the slot reading
    holds (its employer and role), the bio paragraphs are no second reading."""
    event = read("## 边车代理\n\n郑一鸣，示例研发工程师，Example PMC\n\n正文。\n\n"
                 "郑一鸣，示例研发工程师，长期从事代理。\n\n## 函数网关\n\n"
                 "钱二白，示例研发工程师\n\n正文。\n\n钱二白，示例研发工程师，长期从事网关。\n")
    assert talks(event) == [("边车代理", ["郑一鸣"]), ("函数网关", ["钱二白"])]
    assert all("bio paragraph" not in talk.evidence.get(talk.speakers[0], "")
               for talk in event.talks)
