"""The reader on shapes of the fourth blind round: precision first.

A wrong talk or speaker card is worse than a missing one (issue 18). Each rule is
general (a vocabulary kept as data, a shape backed by evidence, a check of the
programme as a whole) and each test reads a small page written for it: no
third-party text.
"""

from __future__ import annotations

import functools

from reader_support import read as page
from reader_support import talks

from sphinx_meetup.reader import read_event

#: an English meetup night (the title may be given per test)
read = functools.partial(page, title="Test night", date="2024-03-14")


def test_a_chat_log_with_seconds_is_no_agenda() -> None:
    """``19:02:11\\t From Ann : text`` lines are a chat export: a time with seconds
    stamps a log line, and no line of it is a talk. An agenda in minutes still is."""
    log = (
        "19:02:11\t From ann : 用的是什么编辑器\n19:02:40\t From bo : vim\n"
        "19:05:03\t From cy : 默认的就挺好\n19:09:58\t From ann : 谢谢\n"
    )
    event = read("## 问题\n\n" + log)
    assert talks(event) == []
    assert "From bo : vim" in event.body_rest
    agenda = read(
        "## Agenda\n\n- 19:00 Reading chat logs by Ada Example\n"
        "- 19:30 Clocks and seconds by Bo Sample\n"
    )
    assert talks(agenda) == [
        ("Reading chat logs", ["Ada Example"]), ("Clocks and seconds", ["Bo Sample"]),
    ]


def test_a_wrapped_line_of_prose_that_starts_with_a_time_is_no_entry() -> None:
    """A paragraph wrapped by hand whose second line happens to open with a time (``…
    on Monday, from`` / ``6:20pm to 8:00pm (doors at 6pm), in the usual room``) is
    prose; lines of one paragraph under a short ``Agenda:`` line are entries."""
    event = read(
        "Our next meeting takes place on Monday the 4th, from\n"
        "6:20pm to 8:00pm (doors at 6pm), in the usual room of the\n"
        "library.\n\n"
        "## Talks\n\n### Parsing dates by hand\n\n**Speaker:** Ada Example\n"
    )
    assert talks(event) == [("Parsing dates by hand", ["Ada Example"])]
    agenda = read(
        "Agenda:\n18:00 Reading chat logs by Ada Example\n18:30 Clocks and seconds by Bo Sample\n"
    )
    assert talks(agenda) == [
        ("Reading chat logs", ["Ada Example"]), ("Clocks and seconds", ["Bo Sample"]),
    ]


def test_fields_of_a_facts_list_are_no_title_of_the_speakers_talk() -> None:
    """``* 主讲人：名`` among ``* 时间：…`` / ``* 形式：…`` items, then a closing sentence:
    none of them is the talk's title (the talk was titled by the time line); the page
    is shown as written, with the programme warning."""
    event = read(
        "活动信息：\n\n* 主讲人：郑一鸣\n* 时间：**2024-03-14（周四）** 19:00 UTC +08:00\n"
        "* 活动形式：线下 + 线上会议\n  * 地点：示例楼 101\n\n欢迎大家一起来玩！\n"
    )
    assert talks(event) == []
    assert [p.subtype for p in event.problems] == ["programme"]
    assert "时间：" in event.body_rest


def test_a_role_before_the_quoted_title_is_the_speakers() -> None:
    """``- 名：职位 《标题》``: the role is the person's, the quoted title the talk's (the
    talk was titled "职位 《标题》")."""
    event = read(
        "本次公开课内容包括：\n\n"
        "- 郑一鸣：示例云数据开发工程师 《对象存储入门》\n"
        "- 钱二白：示例科技技术总监《网络虚拟化探索》\n"
    )
    assert talks(event) == [("对象存储入门", ["郑一鸣"]), ("网络虚拟化探索", ["钱二白"])]


def test_a_list_of_speaker_bios_is_no_programme() -> None:
    """``- 名：机构会长、本科生，曾在…实习``: a bio of several clauses whose first says
    what the person does is no talk title; ``- 名：标题`` items still are talks."""
    bios = read(
        "讲者简介：\n\n"
        "- 郑一鸣：示例大学开源协会会长、计算机系本科生，曾在示例公司实习\n"
        "- 钱二白：示例大学信息中心主任，长期负责学校信息系统的运行与维护\n"
    )
    assert talks(bios) == []
    programme = read("## 议程\n\n- 郑一鸣：对象存储入门\n- 钱二白：网络虚拟化探索\n")
    assert talks(programme) == [("对象存储入门", ["郑一鸣"]), ("网络虚拟化探索", ["钱二白"])]


def test_a_timed_schedule_that_names_no_one_is_shown_as_written() -> None:
    """``- 19:00 — Accueil`` … ``- 21:30 — Au revoir émouvant``: a schedule of the
    evening that names no one and links no talk; which entry is a talk is a guess, so
    the page is shown as written with one programme warning. Naming the speaker of one
    entry does not make the others talks (drinks, goodbye: the gate of
    :mod:`sphinx_meetup.reader.trust`); a schedule whose talks all name someone is read."""
    schedule = (
        "## Le programme\n\n- 19:00 — Accueil chaleureux\n- 19:15 — Présentation et questions\n"
        "- 20:15 — Échanges autour d’un verre pour qui le souhaite\n- 21:30 — Au revoir émouvant\n"
    )
    event = read(schedule)
    assert talks(event) == []
    assert [p.subtype for p in event.problems] == ["programme"]
    assert "Au revoir émouvant" in event.body_rest
    named = read(schedule.replace("Présentation et questions", "Tester sans peur par Ada Example"))
    assert talks(named) == [] and [p.subtype for p in named.problems] == ["programme"]
    assert "Au revoir émouvant" in named.body_rest
    talks_only = read("## Le programme\n\n- 19:00 — Accueil chaleureux\n"
                      "- 19:15 — Tester sans peur par Ada Example\n"
                      "- 20:15 — Typer sans peur par Bo Sample\n")
    assert talks(talks_only) == [("Tester sans peur", ["Ada Example"]),
                                 ("Typer sans peur", ["Bo Sample"])]


def test_front_matter_speakers_with_their_talk_titles_are_the_programme() -> None:
    """``speakers: [{title, name}]`` on a page with no talk in its text: one talk per
    speaker's title, in order, not one talk titled as the page by all of them. A
    ``title`` that is a job (``CTO``) is no talk's."""
    front = (
        "speakers:\n  - title: \"Parsing dates: by hand\"\n    name: Ada Example\n"
        "  - title: Clocks and seconds\n    name: Bo Sample\n"
    )
    event = read("We got two speakers this time. Doors at 18:00.", front, title="May meetup")
    assert talks(event) == [
        ("Parsing dates: by hand", ["Ada Example"]), ("Clocks and seconds", ["Bo Sample"]),
    ]
    jobs = front.replace('"Parsing dates: by hand"', "CTO")  # the page is their talk
    assert talks(read("Doors at 18:00.", jobs)) == [("Test night", ["Ada Example", "Bo Sample"])]


def test_a_sentence_about_the_evening_is_no_speaker_slot() -> None:
    """``本期读书会是由小组成员郑一鸣给大家带来的…`` under a heading opens with ``本期`` (this
    issue), a word that points at the event: no person, so no ``名 职位`` slot and no
    talk by "本期"."""
    event = read(
        "## 读书会第 3 期 时钟与时区\n\n"
        "本期 读书会是由读书小组成员郑一鸣给大家带来的经典论文导读。\n\n## 大纲\n\n- 背景\n- 讨论\n"
    )
    assert all("本期" not in speakers for _, speakers in talks(event))


def test_a_labelled_bio_is_no_title() -> None:
    """``个人简介：…，先后于示例电子、李记天成`` was split at its last ``、`` into a
    title and a "speaker"; a line opening with a bio or talk-part label is no title, so
    the page is shown as written."""
    event = read(
        "**郑一鸣 示例公司副总经理**\n\n"
        "个人简介：通信工程专业，拥有20年的软件服务从业经历，先后于示例电子、李记天成\n"
    )
    assert talks(event) == []
    assert "个人简介" in event.body_rest


def test_a_role_left_after_an_agenda_title_is_doubted() -> None:
    """``14:20-14:50\\t标题\\t示例委员会工程师郑一鸣`` read as one title with the role and
    name left in it is a speaker slot unread: the page is shown as written. A title
    with a job word inside it (``从工程师到架构师的成长``) is not doubted."""
    event = read(
        "### 活动议程\n\n13:30-14:00\t现场签到\n\n"
        "14:20-14:50\t示例数据库多核优化技术内幕\t示例技术委员会工程师郑一鸣\n\n"
        "14:50-15:20\t从客户端看数据库 示例公司售前总监\n\n15:20-15:50\t流计算的实践 by 钱二白\n"
    )
    assert talks(event) == []
    assert [p.subtype for p in event.problems] == ["programme"]
    kept = read("### 活动议程\n\n- 14:20 从工程师到架构师的成长 by 郑一鸣\n")
    assert talks(kept) == [("从工程师到架构师的成长", ["郑一鸣"])]


def test_a_meeting_date_key_beats_the_pages_date() -> None:
    """``date`` of a blog post is the day it was published; ``meeting_date`` /
    ``event_date`` name the day of the event itself."""
    event = read_event(
        "---\ntitle: March meeting\ndate: 2024-02-22\nmeeting_date: 2024-03-11\n---\n\nHello.\n"
    )
    assert str(event.start) == "2024-03-11"


def test_the_date_of_an_event_map_is_the_events_day() -> None:
    """``event: {date: "2024-04-03 19:00:00.000", location: …}`` (a post dated the day it
    was written): the map's date is the event's, and a map of facts under ``event`` is
    no Hugo Blox page (whose ``event`` is the event's name)."""
    event = read_event(
        "---\ntitle: \"Testing together\"\ndate: \"2024-03-08\"\nevent:\n"
        "    date: \"2024-04-03 19:00:00.000\"\n    location:\n        name: \"Example hall\"\n"
        "---\n\nHello.\n"
    )
    assert str(event.start) == "2024-04-03 19:00:00"


def test_a_quoted_title_with_its_speaker_label_on_the_next_line() -> None:
    """``**《标题》**`` then ``讲师：名，职位`` on the next line of the same paragraph (no empty
    line between them), under a heading that names the evening's topics: each pair is a
    talk, and the heading is none. ``讲师：示例中国站长名`` is a role glued to the name."""
    event = read(
        "### 本期沙龙的主题\n\n上半场 1:30 - 3:30\n\n"
        "**《对象存储入门》**\n讲师：郑一鸣，示例公司前端工程师\n博客：https://example.org/a\n\n"
        "**《网络虚拟化探索》**\n讲师 ：钱二白 ，独立顾问。\n\n"
        "下半场 4:00 - 6:00\n**《从工程师到架构师》**\n讲师：示例中国站长孙三\n"
    )
    assert talks(event) == [
        ("对象存储入门", ["郑一鸣"]), ("网络虚拟化探索", ["钱二白"]),
        ("从工程师到架构师", ["孙三"]),
    ]


def test_a_name_says_line_over_the_abstract_gives_the_speaker() -> None:
    """``### Title`` under an agenda, then ``[Ada Example](…) says:`` and the abstract
    as a quote: the linked person is the speaker. ``Somebody says:`` (no full name) is
    not."""
    event = read(
        "## Agenda\n\n### Parsing dates by hand\n\n[Ada Example](https://example.org/ada) says:\n\n"
        "> I will show how clocks drift.\n\n### Clocks and seconds\n\nSomebody says:\n\n"
        "> Seconds matter.\n"
    )
    assert talks(event) == [("Parsing dates by hand", ["Ada Example"]), ("Clocks and seconds", [])]


def test_a_linked_name_and_a_colon_over_the_abstract_gives_the_speaker() -> None:
    """``## Title`` then ``[Ada Example](…):`` alone and a quoted abstract: the heading is
    a talk by the linked person. A linked word that is no name (``[Details](…):``) is
    not a speaker."""
    event = read(
        "Agenda\n------\n\n## Parsing dates by hand\n\n[Ada Example](https://example.org/ada):\n\n"
        "> I will show how clocks drift.\n\n## Clocks and seconds\n\n"
        "[Bo Sample](https://example.org/bo):\n\n> Seconds matter.\n"
    )
    assert talks(event) == [
        ("Parsing dates by hand", ["Ada Example"]), ("Clocks and seconds", ["Bo Sample"]),
    ]
    details = read("## Parsing dates by hand\n\n[Details](https://example.org/d):\n\n> Text.\n")
    assert all(speakers == [] for _, speakers in talks(details))
