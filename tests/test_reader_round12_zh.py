"""Talk rules written on round 12's Chinese and Japanese sites (unsealed at stop 20),
each general: vocabulary of a whole language, shapes seen on more than one site. Pages
written for the test, never copied from a site."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from reader_support import fell_back, read, talks

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.blocks import blocks_of
from sphinx_meetup.reader.embeds import video_ids
from sphinx_meetup.reader.labels import DEFAULT


def test_a_theme_label_above_a_guest_label_titles_the_guests_session() -> None:
    # one bold-label block: the salon's theme, then its guests - one session, theirs
    body = ("**沙龙主题**：《示例数据的未来》  \n"
            "**沙龙嘉宾**：王小明（示例大学）、陈明（样例网）\n")
    assert talks(read(body, title="示例沙龙第三期")) == [
        ("示例数据的未来", ["王小明", "陈明"])
    ]


def test_a_theme_label_is_never_a_speaker() -> None:
    body = "**本期主题**：示例分析与可视化  \n**本期嘉宾**：王小明\n\n王小明，示例大学教授。\n"
    found = talks(read(body, title="示例沙龙第四期"))
    assert found == [("示例分析与可视化", ["王小明"])]
    assert all("本期主题" not in speakers for _, speakers in found)


_HAN = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2,
               max_size=12)


@settings(max_examples=60)
@given(st.sampled_from(DEFAULT.theme), _HAN)
@example("沙龙主题", "示例分析")
def test_no_theme_label_is_read_as_a_person(label: str, title: str) -> None:
    # ``**活动主题**：…`` opens no ``名：标题`` line, whatever the theme says
    event = read(f"**{label}**：{title}  \n**嘉宾**：王小明\n", title="示例活动")
    assert all(label not in speakers for _, speakers in talks(event))


# -- minutes: an attendee list, a talks section, material headings, remark lists --------

_MINUTES = """## 第五次活动

- 时间：2021年5月22日（周六）19:00 - 21:00
- 地点：示例空间

## Attendees

1. 王小明，示例公司创始人
1. 陈明，样例网工程师
1. 刘芳芳，示例大学学生

## Talks

### 1 示例对话系统的设计

![王小明](talk-one.jpg)

- 对话的起源
- 设计的方法

### 讲义

- [示例讲义](https://files.example.org/one)

### PDF

<iframe src='/assets/one.pdf' width='560'></iframe>

### 1 样例知识库的搭建

![陈明](talk-two.jpg)

- 知识的整理

### PDF

<iframe src='/assets/two.pdf' width='560'></iframe>

## 活动纪要

### 脑洞

1. 王小明：用机器人记笔记
1. 陈明：自动整理会议纪要
1. 刘芳芳：一个写诗的机器人

### 改进建议

1. 王小明：提前发会议链接
1. 陈明：控制时间
"""


def test_an_attendee_list_is_no_programme() -> None:
    found = talks(read(_MINUTES))
    assert "Attendees" not in [title for title, _ in found]
    assert all("刘芳芳" not in speakers for _, speakers in found)


def test_a_material_heading_after_a_talk_is_part_of_it() -> None:
    titles = [title for title, _ in talks(read(_MINUTES))]
    assert "讲义" not in titles and "PDF" not in titles


def test_remark_lists_outside_the_talks_section_are_no_talks() -> None:
    assert talks(read(_MINUTES)) == [
        ("示例对话系统的设计", ["王小明"]), ("样例知识库的搭建", ["陈明"])
    ]


def test_a_heading_under_an_attendee_list_is_no_talk() -> None:
    body = ("## Attendees\n\n### Makers\n\n1. 王小明，示例公司创始人\n1. 陈明，样例网工程师\n\n"
            "## Talks\n\n### 示例对话系统的设计\n\n王小明，示例公司创始人。\n")
    assert "Makers" not in [title for title, _ in talks(read(body))]


def test_a_photo_names_its_talk_speaker_only_when_the_page_names_them_again() -> None:
    # (a sibling talk names its speaker: the headings are a programme's)
    body = ("## Talks\n\n### 示例对话系统的设计\n\n![王小明](talk-one.jpg)\n\n- 对话的起源\n\n"
            "### 样例知识库的搭建\n\n讲师：李小红\n")
    assert talks(read(body)) == [("示例对话系统的设计", []), ("样例知识库的搭建", ["李小红"])]
    named = body + "\n## 参会人员\n\n1. 王小明，示例公司创始人\n"
    assert talks(read(named)) == [
        ("示例对话系统的设计", ["王小明"]), ("样例知识库的搭建", ["李小红"])]


def test_a_talks_own_player_is_its_video_and_a_single_talks_the_replay() -> None:
    body = ("## Talks\n\n### 1 Small Models on Small Devices\n\nSpeaker: Ann Example\n\n"
            "#### 视频\n\n"
            '<iframe width="560" src="https://www.youtube.com/embed/abcdEFGH123"></iframe>\n')
    event = read(body)
    assert [(t.title, t.video) for t in event.talks] == [
        ("Small Models on Small Devices", "https://www.youtube.com/watch?v=abcdEFGH123")
    ]
    assert event.replays == []  # the talk's video, shown once: not said to be the evening's
    # linked again outside the talk (a playlist), it is the evening's recording too
    linked = (body + "\n## 活动视频 Playlist\n\n"
              "- [YouTube](https://www.youtube.com/watch?v=abcdEFGH123)\n")
    assert video_ids(read(linked).replays) == {"abcdEFGH123"}


def test_a_player_given_a_short_link_is_the_talks_video() -> None:
    body = ("## Talks\n\n### Small Models on Small Devices\n\nSpeaker: Ann Example\n\n"
            "### 视频\n\n"
            '<iframe width="560" src="https://youtu.be/abcdEFGH123"></iframe>\n')
    assert [t.video for t in read(body).talks] == ["https://www.youtube.com/watch?v=abcdEFGH123"]


def test_a_talks_parts_written_as_sibling_headings() -> None:
    # ``### 题目：《…》`` then its outline, its speaker and its pictures, each a heading
    body = ("## Talks\n\n### 题目：《示例电视里的对话机器人》\n\n"
            "### 大纲：\n\n- 产品简介\n- 解决方案\n\n### 分享者\n\n- 王小明\n\n"
            "### 截图\n\n![talk-1](talk-1.jpg)\n")
    assert talks(read(body)) == [("示例电视里的对话机器人", ["王小明"])]


# -- talk headings numbered by a bare number --------------------------------------------

def test_bare_numbers_counting_from_one_are_numbering() -> None:
    body = ("## Talks\n\n### 1 示例对话系统的设计\n\n讲师：王小明\n\n### 2 样例知识库的搭建\n\n"
            "讲师：李小红\n")
    assert [title for title, _ in talks(read(body))] == ["示例对话系统的设计", "样例知识库的搭建"]


def test_a_number_that_opens_a_title_stays() -> None:
    # not counted from one: ``10 Things …`` is the title's own number
    body = ("## Talks\n\n### 10 Things About Kites\n\nSpeaker: Ann Example\n\n### 3 Ways to Fly\n\n"
            "Speaker: Bo Lind\n")
    assert [title for title, _ in talks(read(body))] == ["10 Things About Kites", "3 Ways to Fly"]


_TITLE = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=4,
                 max_size=14)


#: label words open no talk title here: a heading that is only one (``### 1 视频链接``,
#: a material heading) is part of the talk above, and the rest no longer count from 1
_LABEL_ROLES = ("slides", "replay", "break", "remarks", "talk_part", "speaker", "host",
                "topic", "time", "venue", "fee", "talks_section", "not_talks_section",
                "event_section", "speaker_intro", "theme")


@settings(max_examples=40)
@given(st.lists(_TITLE, min_size=1, max_size=4, unique=True), st.integers(0, 1))
@example(titles=["一二三四", "五六七八"], first=1)
def test_numbered_talk_headings_lose_their_numbers(titles: list[str], first: int) -> None:
    labels = DEFAULT
    assume(not any(labels.heading(role).search(title)
                   for role in _LABEL_ROLES for title in titles))
    body = "## Talks\n\n" + "".join(f"### {first + n} {title}\n\n内容。\n\n"
                                    for n, title in enumerate(titles))
    found = [title for title, _ in talks(read(body))]
    assert all(not title[:1].isdigit() for title in found)
    assert set(found) <= set(titles)


# -- a report's slides list, in Japanese; a link text wrapped over two lines -----------

_REPORT = """# meetup #7 report

## 話題

- 「今日は写真係がいる！」

## スライド

- [示例で作るDSL](https://www.slideshare.net/ann/dsl-example)
- [Kites for
  Vim](https://www.slideshare.net/bob/kites-for-vim)
- [凧とコーヒーと私](https://speakerdeck.com/carol/tako-to-kohi)

## 収支

|項目 |金額 |補足 |
|:----|----:|:----|
| 部屋代 | 3,000円 | |
| 参加費合計 | 4,500円 | |
"""


def test_a_japanese_slides_list_names_the_talks() -> None:
    event = read_event(f'---\ntitle: "#7 report"\n---\n\n{_REPORT}')
    assert talks(event) == [("示例で作るDSL", []), ("Kites for Vim", []), ("凧とコーヒーと私", [])]


def test_an_accounts_table_is_no_programme() -> None:
    event = read_event(f'---\ntitle: "#7 report"\n---\n\n{_REPORT}')
    assert not [p for p in event.problems if p.subtype == "programme"]


@settings(max_examples=60)
@given(st.lists(st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True), min_size=2, max_size=6),
       st.data())
def test_a_link_text_wrapped_over_lines_reads_with_one_space(words: list[str], data) -> None:
    cut = data.draw(st.integers(1, len(words) - 1))
    text = " ".join(words[:cut]) + "\n  " + " ".join(words[cut:])
    (block,) = [b for b in blocks_of(f"- [{text}](https://example.org/deck)\n", 1) if b.links]
    assert block.links == [(" ".join(words), "https://example.org/deck")]


# -- more minutes: a vote table, ``### 标题，名`` headings; a guest on the label's next line

def test_a_table_under_another_heading_than_the_talks_is_no_programme() -> None:
    body = ("## Talks\n\n### 示例对话系统的设计\n\n王小明，示例公司工程师。\n\n## 活动纪要\n\n"
            "大家投票选了新的标志：\n\n| Version | Logo |\n| --- | --- |\n| 1 | 旧的 |\n"
            "| 2 | 新的 |\n")
    event = read(body)
    assert talks(event) == [("示例对话系统的设计", ["王小明"])]
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_a_heading_ending_with_a_comma_and_a_name_the_page_names_again() -> None:
    body = ("## Attendees\n\n1. [王小明](/people/ming/)，示例公司创始人\n"
            "1. [陈明](/people/chen/)，样例网工程师\n\n## Talks\n\n"
            "### 1 示例社群的构想，王小明\n\n- 要点一\n\n"
            "### 2 样例知识库的搭建，陈明\n\n- 要点二\n")
    assert talks(read(body)) == [("示例社群的构想", ["王小明"]), ("样例知识库的搭建", ["陈明"])]


def test_a_comma_tail_named_nowhere_else_stays_in_the_title() -> None:
    body = ("## Talks\n\n### 示例社群的构想，王小明\n\n- 要点一\n\n"
            "### 样例知识库的搭建\n\n讲师：李小红\n")
    assert talks(read(body)) == [("示例社群的构想，王小明", []), ("样例知识库的搭建", ["李小红"])]


def test_a_guest_label_with_its_person_on_the_next_line() -> None:
    body = ("**本期主题**：示例数据可视化  \n**沙龙嘉宾**：\n"
            "王小明，示例大学教授，多年从事可视化研究。\n")
    assert talks(read(body, title="示例沙龙第五期")) == [("示例数据可视化", ["王小明"])]


def test_the_next_events_plan_is_not_this_events_programme() -> None:
    body = ("## Talks\n\n### 示例对话系统的设计\n\n王小明，示例公司工程师。\n\n## 下次活动信息\n\n"
            "1. 时间：6月5日（周五） 18:30 - 21:00\n1. 议程\n"
            "    1. 18:30 - 19:00 (30 MIN): Registration & Pizza\n"
            "    1. 19:15 - 19:45 (30 MIN): Talk 1\n"
            "    1. 20:00 - 20:30 (30 MIN): Talk 2\n")
    event = read(body)
    assert talks(event) == [("示例对话系统的设计", ["王小明"])]
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_a_photo_of_two_people_names_both_when_the_page_names_one_again() -> None:
    body = ("## Attendees\n\n1. 王小明，示例大学学生\n1. 刘芳芳，样例网工程师\n\n"
            "## Talks\n\n### 示例情感机器人\n\n![王小明，陈明](talk-three.jpg)\n\n"
            "- 灵感来源\n- 角色设计\n")
    assert talks(read(body)) == [("示例情感机器人", ["王小明", "陈明"])]
    # an alt text that holds anything but names names no one
    other = body.replace("![王小明，陈明]", "![王小明在讲台上]")
    assert fell_back(read(other))  # (then no heading names anyone: shown as written)


def test_a_recap_sentence_saying_who_brought_the_talk() -> None:
    body = ("<p>沙龙的第一场是由示例数据团队的王小明、陈明带来的《示例与大数据分析》。"
            "从趋势到方法，内容丰富。</p>\n\n<p>第二场是一位神秘嘉宾的分享。</p>\n")
    assert talks(read(body, title="示例沙龙纪要")) == [("示例与大数据分析", ["王小明", "陈明"])]
    # the agent must be people: a team alone brings no speaker card
    team = body.replace("的王小明、陈明带来的", "带来的")
    assert talks(read(team, title="示例沙龙纪要")) == []


@pytest.mark.parametrize("honorific", ["先生", "女士", "老师", "博士", ""])
def test_a_recap_sentence_presenting_a_lecture_on_a_theme(honorific: str) -> None:
    body = (f"<p>本期沙龙如期举行，本次嘉宾，来自示例研究所的王小明{honorific}（@小明）"
            "为大家呈现了主题为“示例数据的可视化”的精彩讲座。</p>\n")
    assert talks(read(body, title="示例沙龙纪要")) == [("示例数据的可视化", ["王小明"])]
