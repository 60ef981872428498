"""The reader on shapes first met on Chinese pages of the fifth blind round (issue 18):
a university club's weekly meetings, a city developer group's recaps, a cloud
community's live lessons.

Each rule is general (a label, a shape, a vocabulary word, a repeated shape) and each
test reads a small page written for it: no third-party text.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.reader.headers import names_occurrence, without_event_kind


def test_a_name_colon_item_alone_in_its_list_is_a_fact_even_with_another_elsewhere() -> None:
    """``- 文字: 官方博客 …`` among media lines, and ``- 郑老湿:别名 , 全名`` in a list of
    bios: each is the only item of its list read as ``名：标题`` - facts, not two talks
    (the repeated shape is counted per list, not per page)."""
    event = read(
        "资料如下:\n\n- 文字: 官方博客 https://blog.example.org\n- 录音: 云存储\n"
        "- 幻灯: 幻灯片网站\n\n"
        "正文一段。\n\n## 照片\n\n- 郑老湿:Zheng.Example , 郑一鸣.\n- 合影若干\n"
    )
    assert talks(event) == []


def test_name_colon_items_that_repeat_in_one_list_are_the_programme() -> None:
    event = read("- 郑一鸣：边车代理的十个坑\n- 钱二白：函数网关的演进\n")
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["钱二白"])]


def test_a_sentence_that_starts_with_laizi_names_no_speaker() -> None:
    """``来自深圳示例团队的小伙伴，现场分享…`` under a talk heading: 来自 ("from") opens a
    sentence, no ``名 职位`` slot."""
    event = read(
        "## 议程\n\n### 边车代理的十个坑\n\n来自深圳 示例团队的小伙伴,现场分享代理的体验\n"
    )
    assert all("来自深圳" not in speakers for _, speakers in talks(event))


def test_a_dotted_day_glued_to_a_word_is_no_clock_time() -> None:
    """``11.23示例Meetup 上的:幻灯;录音`` starts with a day (month.day), not a time: no
    agenda entry; ``9.30 开场`` and ``19.00签到`` still start with one."""
    event = read("由于时间问题只能附上:\n\n11.23Example 上的:[幻灯](https://e.org/s);[录音](https://e.org/a);\n")
    assert talks(event) == []
    timed = read("## 议程\n\n- 9.30 边车代理的十个坑 - 郑一鸣\n- 19.00签到\n")
    assert [(t.title, t.kind) for t in timed.talks] == [
        ("边车代理的十个坑", "talk"), ("签到", "break")]


def test_a_speaker_labels_link_to_a_file_is_the_persons_resume_not_a_person() -> None:
    """``主讲人：[handle](profile)，[Resume](….jpg)``: the handle speaks; the second link
    goes to a file (a résumé, a photo) and names nobody."""
    event = read(
        "请带电脑。\n\n主讲人：[exampledev](https://github.com/exampledev)，"
        "[Resume](https://img.example.org/cv.jpg)\n",
        title="例会：版本控制入门",
    )
    assert talks(event) == [("版本控制入门", ["exampledev"])]


def test_a_line_that_points_to_the_list_below_is_no_title() -> None:
    """``希望大家先预习以下内容`` over a list, then the speaker label: the line and its
    items announce homework; the one talk is the page's title without the series word
    before its colon (``例会：``)."""
    event = read(
        "希望大家可以先预习以下内容\n\n1. 安装版本控制工具\n2. 注册一个代码托管账号\n\n"
        "主讲人：[exampledev](https://github.com/exampledev)\n\n参考资料如下：\n\n"
        "[入门教程](https://e.org/tutorial)\n",
        title="例会：版本控制入门",
    )
    assert talks(event) == [("版本控制入门", ["exampledev"])]


def test_a_page_title_that_joins_two_parts_is_still_no_talk_title() -> None:
    """``沙龙：迎新会 & 实验平台介绍``: after the series word two things remain - which
    one the labelled speaker gives is not said, so no title is taken."""
    event = read(
        "希望大家可以先预习以下内容\n\n1. 安装工具\n\n主讲人：郑一鸣、钱二白\n",
        title="沙龙：迎新会 & 实验平台介绍",
    )
    assert all(title for title, _ in talks(event))
    assert ("迎新会 & 实验平台介绍", ["郑一鸣", "钱二白"]) not in talks(event)


def test_under_a_heading_that_names_the_meeting_a_topic_label_names_the_talk() -> None:
    """``## 第三次例会`` names one meeting of a series; the ``主题：`` line under it is the
    talk's title (inline code marks dropped), and a promise to upload the recording
    later (``后续…``) is no replay."""
    event = read(
        "## 第三次例会\n\n主题： `make` 与 `cmake` 构建入门\n\n"
        "视频：后续我们会将录播更新在[频道](https://space.bilibili.com/12345/)\n\n"
        "主讲人： [exampledev](https://github.com/exampledev) - "
        "[Resume](https://img.example.org/cv.png)\n",
        title="第三次例会",
    )
    assert talks(event) == [("make 与 cmake 构建入门", ["exampledev"])]
    assert event.replays == []


def test_a_heading_that_is_a_talk_title_keeps_it_over_a_topic_label() -> None:
    event = read("## 边车代理的十个坑\n\n主题：代理\n\n主讲人：郑一鸣\n")
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"])]


@given(st.text(alphabet="例会第二次期：: -|沙龙直播课Meetup#3标题 abc", max_size=30))
def test_a_title_without_its_series_words_is_a_nonempty_part_of_it(title: str) -> None:
    """Taking the series words off a page title only ever cuts at its ends, and never
    leaves nothing of a title that had words."""
    rest = without_event_kind(title)
    assert rest in title
    if title.strip():
        assert rest.strip()


@given(st.text(max_size=40))
def test_a_title_with_no_colon_bar_or_dash_keeps_its_words(title: str) -> None:
    if not any(mark in title for mark in ":：|｜-–—"):
        assert without_event_kind(title) == title.strip()
    assert isinstance(names_occurrence(title), bool)
