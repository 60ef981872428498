"""The stricter programme gate (:mod:`sphinx_meetup.reader.trust`, issue 18).

Each check has a unit test on a talk as a reader would leave it (both the reading it
doubts and the nearest reading it keeps) and page tests: a page whose programme is
doubted has no agenda, keeps its body whole and in order, its front-matter speakers'
cards, and one ``meetup.programme`` warning at the first doubtful line. Pages and
names are written for the test (no corpus text).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import Page, warning_lines
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sphinx_meetup.model import Event, Talk
from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.headers import without_own_speakers
from sphinx_meetup.reader.labels import DEFAULT
from sphinx_meetup.reader.names import key, looks_like_name
from sphinx_meetup.reader.trust import (
    PAGE_ITSELF,
    TABLE_ROW,
    TIMED_ROW,
    checks,
    doubt,
    unnamed_slots,
)

FRONT = "---\ntitle: Test evening\ndate: 2024-05-02T18:00:00+02:00\n{extra}---\n"


def read(body: str, extra: str = "") -> Event:
    return read_event(FRONT.format(extra=extra) + body)


def talks(event: Event) -> list[tuple[str, list[str]]]:
    return [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]


def programme(event: Event) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in event.problems if p.subtype == "programme"]


def timed(title: str, *speakers: str, line: int = 1) -> Talk:
    evidence = {"": f"line {line}: {TIMED_ROW}"}
    evidence.update(dict.fromkeys(speakers, f"line {line}: on the talk's own line"))
    return Talk(title=title, speakers=list(speakers), line=line, evidence=evidence)


def own_line(title: str, name: str, line: int = 1) -> Talk:
    return Talk(title=title, speakers=[name], line=line, evidence={
        "": f"line {line}: line 'name: title'", name: f"line {line}: on the talk's own line"})


def names(talk_list: list[Talk], body: str = "", known: frozenset[str] = frozenset()) -> list[str]:
    return [name for name, _, _ in checks(talk_list, DEFAULT, known, body, 1)]


# --- each check, on talks ---------------------------------------------------------------


def test_a_timed_row_naming_no_one_is_a_guess() -> None:
    body = "- 19:00 – Farewell and the way home\n"
    assert names([timed("Farewell and the way home")], body) == ["timed_unnamed"]
    assert names([timed("Parsing", "Ida Quist")], "- 19:00 – Parsing by Ida Quist\n") == []


def test_the_one_unnamed_row_of_a_named_schedule_is_no_guess() -> None:
    """Six rows of seven name their speaker: the seventh (an opening, a close) was read
    with them, not guessed; two unnamed rows of six are still doubted."""
    # (distinct names without digits: a full name holds none since stop 45)
    named = [timed(f"Talk {n}", f"Ida Quist{chr(65 + n)}", line=n + 2) for n in range(6)]
    assert names([timed("Opening speech", line=1), *named]) == []
    assert names([timed("Opening speech", line=1), timed("Drinks", line=2), *named[:4]]) == [
        "timed_unnamed", "timed_unnamed"]
    assert names([timed("Opening speech", line=1), *named[:2]]) == ["timed_unnamed"]


def test_a_named_schedule_reads_its_opening_row() -> None:
    rows = ["- 13:00 – Opening speech", *(f"- {14 + n}:00 – Part {n} by Ida Quist{chr(65 + n)}"
                                          for n in range(5))]
    event = read("\n".join(rows) + "\n")
    assert [title for title, _ in talks(event)][:2] == ["Opening speech", "Part 0"]
    assert programme(event) == []


@pytest.mark.parametrize("row", [
    "- 10:00 [Gluing data](https://example.org/1)",
    "- 10:00 <a href='/t/1'>Gluing data</a>, Main Hall",
    "- 10:00 – Lightning talk: Gluing data",
    "- 10:00 – 演讲：Gluing data",
])
def test_a_timed_row_that_links_its_talk_or_says_it_is_one_is_no_guess(row: str) -> None:
    assert names([timed("Gluing data")], row + "\n") == []


@pytest.mark.parametrize("title", [
    "(doors at 6:30pm), in the usual room", "21h : échanges autour d’un verre",
    "时间：2024-03-09（周六）", "Schedule 19h30 sharp", "2024-05-02 meetup notes",
    "11月2日 星期六 (一楼)", "3 月 9 号开放日", "5月16日開催",
])
def test_a_title_holding_a_time_or_a_date_is_a_guess(title: str) -> None:
    assert "when_in_title" in names([own_line(title, "Ida Quist")])


@pytest.mark.parametrize("title", [
    "Python 3.12: what is new", "HTTP/2 in practice", "Go 1.22 and 24/7 services",
    "Web 2.0, twenty years on", "1:1 meetings that work", "A 4h workshop on parsers",
    "12个月的日志分析", "Go 1.22 月度更新",
])
def test_version_numbers_and_ratios_are_no_time(title: str) -> None:
    assert names([own_line(title, "Ida Quist")]) == []


@pytest.mark.parametrize("title", [
    "示例公司开发工程师 《对象存储入门》", "示例科技解决方案部总监《容器实践》",
    "示例协会会长、计算机系学生，爱好编译器", "流计算实践 示例股份运维部经理",
    "多核优化实践 数据库内核工程师郑一鸣",
])
def test_a_speakers_job_left_in_the_title_is_a_guess(title: str) -> None:
    assert "job_in_title" in names([own_line(title, "钱二白")])


@pytest.mark.parametrize("title", [
    "从工程师到架构师的成长", "如何从工程师成长为一名合格的技术负责人之路",
    "给研发工程师的测试利器", "The life of a CTO, in no-nonsense mode",
])
def test_a_title_about_a_job_is_no_guess(title: str) -> None:
    assert names([own_line(title, "钱二白")]) == []


def test_a_job_word_in_a_title_a_speaker_label_vouches_for_is_no_guess() -> None:
    talk = Talk(title="从工程师到架构师", speakers=["孙三"], line=3,
                evidence={"": "line 3: 《title》 line", "孙三": "line 4: speaker label '讲师'"})
    assert names([talk]) == []


def test_words_before_a_quoted_title_are_an_unread_slot() -> None:
    assert "quote_after_text" in names([own_line("示例数据 《对象存储入门》", "郑一鸣")])
    assert names([own_line("《对象存储入门》", "郑一鸣")]) == []


@pytest.mark.parametrize("title", ["分享人简介", "Speaker bio", "About the speaker", "议程"])
def test_a_label_as_a_title_is_a_guess(title: str) -> None:
    talk = Talk(title=title, speakers=["郑一鸣"], line=5, evidence={
        "": "line 5: heading", "郑一鸣": "line 7: speaker slot (name and role) under the title"})
    assert "label_title" in names([talk])


def test_a_page_read_as_one_talk_titled_by_its_date_is_a_guess() -> None:
    def page_talk(title: str) -> Talk:
        return Talk(title=title, speakers=["Ida Quist", "Tom Verhoef"], evidence={
            "": f"{PAGE_ITSELF}: no talk in its text, speakers in front matter"})
    for title in ("January Meetup", "Meetup of March 21st", "3月线下聚会"):
        assert names([page_talk(title)]) == ["dated_page_talk"], title
    assert names([page_talk("Social media and behaviour economics")]) == []
    # a talk whose own title names a month is read from the body, not the page
    assert names([own_line("What changed in May", "Ida Quist")]) == []


@pytest.mark.parametrize("title", ["第二次例会", "第 3 期", "Meetup #5", "第十二期分享会"])
def test_a_title_that_only_names_a_meeting_of_the_series_is_a_guess(title: str) -> None:
    talk = Talk(title=title, speakers=["钱二白"], line=3, evidence={
        "": "line 3: heading", "钱二白": "line 9: speaker label '主讲人'"})
    assert "occurrence_title" in names([talk])


@pytest.mark.parametrize("title", ["第二次例会的回顾与展望", "Meetup #5: what we learnt",
                                   "对象存储入门", "Moonbit 语言介绍"])
def test_a_title_that_says_more_than_the_meeting_is_no_guess(title: str) -> None:
    talk = Talk(title=title, speakers=["钱二白"], line=3, evidence={
        "": "line 3: heading", "钱二白": "line 9: speaker label '主讲人'"})
    assert "occurrence_title" not in names([talk])


def test_one_talk_read_twice_from_two_shapes_is_a_guess() -> None:
    listed = Talk(title="Heaps and stacks", speakers=["Ida Quist"], line=3,
                  evidence={"": "line 3: list item", "Ida Quist": "line 3: on the talk's own line"})
    section = Talk(title="Heaps and stacks", line=9, evidence={"": "line 9: heading"})
    assert names([listed, section]) == ["same_talk_twice"]
    # two talks of one title by different people, or a session repeated in a schedule
    other = Talk(title="Heaps and stacks", speakers=["Tom Verhoef"], line=9,
                 evidence={"": "line 9: heading", "Tom Verhoef": "line 10: speaker label"})
    assert names([listed, other]) == []
    assert names([timed("Gluing", "Ann Lee", line=3), timed("Gluing", "Ann Lee", line=4)]) == []


@pytest.mark.parametrize("name", ["本期", "来自广州", "欢迎大家"])
def test_a_speaker_that_opens_a_sentence_is_a_guess(name: str) -> None:
    assert names([own_line("边车代理的十个坑", name)]) == ["pointing_speaker"]


def test_a_front_matter_person_is_never_a_pointing_word() -> None:
    assert names([own_line("边车代理的十个坑", "来自")], known=frozenset({key("来自")})) == []


def test_doubt_names_the_first_doubtful_talk_in_source_order() -> None:
    found = doubt([timed("Drinks and chat", line=9), own_line("21h : fin", "Ida Quist", line=4)],
                  DEFAULT, frozenset(), "", 1)
    assert found is not None and found.line == 4 and "time" in found.what


def row(title: str, *speakers: str, line: int = 1) -> Talk:
    evidence = {"": f"line {line}: {TABLE_ROW}"}
    evidence.update(dict.fromkeys(speakers, f"line {line}: speaker cell of the row"))
    return Talk(title=title, speakers=list(speakers), line=line, evidence=evidence)


def test_a_table_none_of_whose_rows_names_anyone_is_a_guess() -> None:
    body = "| 维度 | 甲 | 乙 |\n| --- | --- | --- |\n| 层级 | 软件层调度 | 硬件层配额 |\n"
    assert names([row("硬件层配额", line=3)], body) == ["table_unnamed"]


def test_a_table_row_naming_no_one_beside_named_rows_or_linking_its_talk_is_no_guess() -> None:
    # a programme table has a speaker column: its welcome row names no one
    assert names([row("Welcome", line=3), row("Parsing", "Ida Quist", line=4)]) == []
    body = "| Talk | Slides |\n| --- | --- |\n| [Gluing data](https://example.org/1) | - |\n"
    assert names([row("Gluing data", line=3)], body) == []


def test_a_row_naming_no_one_in_a_table_of_named_rows_is_a_slot() -> None:
    body = ("| Time | Session | Speaker |\n| --- | --- | --- |\n| 18:00 | Doors open | |\n"
            "| 18:30 | Parsing logs fast | Ida Quist |\n| 19:15 | Talk: Queues | |\n"
            "| 19:45 | [Lint all the things](https://example.org/lint) | |\n"
            "| 20:00 | Round of introductions | |\n")
    rows = [row("Doors open", line=3), row("Parsing logs fast", "Ida Quist", line=4),
            row("Queues", line=5), row("Lint all the things", line=6),
            row("Round of introductions", line=7)]
    unnamed_slots(rows, body)
    # the rows that say or link their talk stay talks; the others are slots
    assert [t.kind for t in rows] == ["break", "talk", "talk", "talk", "break"]


def test_a_table_naming_no_one_keeps_its_rows_for_the_doubt() -> None:
    rows = [row("Doors open", line=3), row("Round of introductions", line=4)]
    unnamed_slots(rows, "| a | b |\n| --- | --- |\n| 18:00 | Doors open |\n")
    assert [t.kind for t in rows] == ["talk", "talk"]


def test_a_page_table_row_naming_no_one_is_shown_as_a_slot() -> None:
    event = read("## Programme\n\n| Time | Session | Speaker |\n| --- | --- | --- |\n"
                 "| 18:30 | Parsing logs fast | Ida Quist |\n"
                 "| 19:15 | Round of introductions | |\n"
                 "| 19:30 | Typed configuration | Bo Lind |\n")
    assert talks(event) == [("Parsing logs fast", ["Ida Quist"]),
                            ("Typed configuration", ["Bo Lind"])]
    assert [t.title for t in event.talks if t.kind == "break"] == ["Round of introductions"]
    assert programme(event) == []


def test_a_timed_row_naming_no_one_beside_two_named_rows_is_a_slot() -> None:
    event = read("## Programme\n\n* _18:30_ - _19:00_ Doors, chat and seating\n"
                 "* _19:00_ - _19:40_ **Ida Quist: \"Parsing logs fast\"**\n"
                 "* _19:40_ - _20:00_ Coffee\n"
                 "* _20:00_ - _20:40_ **Bo Lind: \"Typed configuration\"**\n"
                 "* _20:40_ - _21:00_ Talking the talks over with new friends\n")
    assert talks(event) == [("Parsing logs fast", ["Ida Quist"]),
                            ("Typed configuration", ["Bo Lind"])]
    assert programme(event) == []
    slots = [t.title for t in event.talks if t.kind == "break"]
    assert slots == ["Doors, chat and seating", "Coffee", "Talking the talks over with new friends"]


def test_one_named_timed_row_does_not_make_the_others_slots() -> None:
    # one name is no repeated shape: the rows naming no one still doubt the reading
    event = read("## Programme\n\n* 18:30 - 19:00 Doors, chat and seating\n"
                 "* 19:00 - 19:40 **Ida Quist: \"Parsing logs fast\"**\n"
                 "* 20:00 - 20:40 Typed configuration in practice\n")
    assert talks(event) == [] and len(programme(event)) == 1


SPEAKER_SECTION = "## 议题 2：对象存储入门\n\n### {heading}\n\n郑一鸣，Acme Enginee，Acme PMC\n"


def test_a_name_title_line_under_a_speaker_heading_is_a_speaker_slot() -> None:
    talk = own_line("郑一鸣，Acme Enginee", "Acme ACMEX PMC", line=5)
    for heading in ("分享嘉宾", "讲师", "About the speaker", "嘉宾介绍："):
        body = SPEAKER_SECTION.format(heading=heading)
        assert names([talk], body) == ["under_speaker_heading"], heading


def test_a_name_title_line_under_a_programme_heading_is_no_guess() -> None:
    talk = own_line("对象存储入门", "钱二白", line=5)
    for heading in ("议程", "Speakers", "Agenda", "对象存储入门"):
        assert names([talk], SPEAKER_SECTION.format(heading=heading)) == [], heading
    # a talk read from a heading (not a line) under a speaker heading is not this check's
    heading_talk = Talk(title="对象存储入门", speakers=["钱二白"], line=5, evidence={
        "": "line 5: heading", "钱二白": "line 7: speaker slot (name and role) under the title"})
    assert names([heading_talk], SPEAKER_SECTION.format(heading="分享嘉宾")) == []


# --- pages ----------------------------------------------------------------------------

GUESSED = {
    "rows naming no one among fewer named ones": (
        "Before the schedule.\n\n## Schedule\n\n- 18:30 – Incremental parsing by Ida Quist\n"
        "- 18:40 – Questions about the parser\n- 18:50 – Error recovery by Tom Verhoef\n"
        "- 19:00 – Questions about recovery\n- 19:05 – Demo of the editor\n"
        "- 19:10 – Feedback on the demo\n- 19:15 – A look at the roadmap\n\n"
        "After the schedule.\n",
        10, "the timed row 'Questions about the parser' names no speaker",
    ),
    "a schedule whose rows name no one": (
        "## Programme\n\n- 19:00 — Présentation de l’association\n"
        "- 19:30 — Retour d’expérience sur les tests\n- 21:00 — Fin de la soirée\n",
        7, "names no",  # (the confidence check's own rule: no row names anyone)
    ),
}


@pytest.mark.parametrize("case", sorted(GUESSED))
def test_a_guessed_page_is_shown_as_written_with_one_warning(case: str) -> None:
    body, line, why = GUESSED[case]
    event = read(body)
    assert talks(event) == []
    assert event.body_rest.strip("\n") == body.strip("\n")
    ((where, message),) = programme(event)
    assert where == line and why in message and "`talks:`" in message


def test_front_matter_speakers_keep_their_cards_on_a_guessed_page() -> None:
    body, _, _ = GUESSED["rows naming no one among fewer named ones"]
    event = read(body, "speaker:\n  - name: Ida Quist\n")
    assert talks(event) == []
    assert [s.name for s in event.all_speakers()] == ["Ida Quist"]


def test_a_schedule_whose_talks_all_name_someone_is_read() -> None:
    event = read("## Schedule\n\n- 18:00 – Doors open, pizza and drinks\n"
                 "- 18:30 – Incremental parsing by Ida Quist\n"
                 "- 19:15 – Error recovery by Tom Verhoef\n")
    assert talks(event) == [("Incremental parsing", ["Ida Quist"]),
                            ("Error recovery", ["Tom Verhoef"])]
    assert programme(event) == []


def test_show_says_why_the_programme_was_not_read(tmp_path: Path, capsys) -> None:
    from sphinx_meetup.cli import main

    page = tmp_path / "event.md"
    body = GUESSED["rows naming no one among fewer named ones"][0]
    page.write_text(FRONT.format(extra="") + body, encoding="utf-8")
    assert main(["show", str(page)]) == 0
    out = capsys.readouterr()
    said = out.out + out.err
    assert "Talks (0)" in said
    assert f"{page}:10: warning: the programme was not understood (the timed row " in said


COMPARISON = ("## 方案对比\n\n| 维度 | 方案甲 | 方案乙 |\n| --- | --- | --- |\n"
              "| 限制层级 | 软件层调度 | 硬件层配额绑定 |\n"
              "| 显存 | 动态抢占 | 切分时锁定上限，其他实例也无法占用 |\n"
              "| 灵活性 | 高，抢占灵活 | 低，易出现浪费 |\n")


def test_a_comparison_table_is_no_programme() -> None:
    # (its header names no column a programme has - no time, title or speaker - so it
    # is shown as written without a doubt about a programme it never held; stop 34)
    event = read(COMPARISON)
    assert talks(event) == []
    assert event.body_rest.strip("\n") == COMPARISON.strip("\n")
    assert programme(event) == []


def test_a_headed_table_of_title_rows_naming_no_one_is_still_doubted() -> None:
    table = COMPARISON.replace("| 维度 | 方案甲 | 方案乙 |", "| 议题 | 方案甲 | 方案乙 |")
    event = read(table)
    assert talks(event) == []
    ((where, message),) = programme(event)
    assert where == 9 and "names no speaker" in message


def test_a_programme_table_with_a_speaker_column_is_read() -> None:
    event = read("## 议程\n\n| 议题 | 讲师 |\n| --- | --- |\n| 对象存储入门 | 钱二白 |\n"
                 "| 边车代理的十个坑 | 郑一鸣 |\n")
    assert talks(event) == [("对象存储入门", ["钱二白"]), ("边车代理的十个坑", ["郑一鸣"])]
    assert programme(event) == []


def abstract_page(abstract: str) -> str:
    return ("## 议程\n\n### 对象存储入门\n\n#### 分享嘉宾\n\n孙三 / 示例公司科学家\n\n"
            f"#### 议题详情\n\n{abstract}\n\n### 边车代理的十个坑\n\n#### 分享嘉宾\n\n"
            "郑一鸣 / 示例科技架构师\n")


def test_an_abstract_that_holds_a_full_stop_is_no_title_name_line() -> None:
    """``…的一环。…高性能、高可用的存储服务。…，包括分发、路由…。``: sentences of prose
    under a talk, not a ``title，name`` line (a title never holds a ``。``)."""
    event = read(abstract_page(
        "对象存储已经成为云上不可或缺的一环。它承担着数据的唯一入口，又需要满足许多应用的共性"
        "要求。示例公司需要打造一个高性能、高可用的存储服务。本文介绍它的架构，包括分发、路由、"
        "限流以及追踪等。"))
    assert talks(event) == [("对象存储入门", ["孙三"]), ("边车代理的十个坑", ["郑一鸣"])]
    assert programme(event) == []


@pytest.mark.parametrize("name", ["向上", "向下", "高可用的", "包的"])
def test_a_surname_led_word_ending_in_a_particle_or_a_position_is_no_name(name: str) -> None:
    assert not looks_like_name(name)
    assert looks_like_name(name, frozenset({key(name)}))  # the front matter says so
    assert looks_like_name(name, strict=False)  # a speaker label says so


@pytest.mark.parametrize("name", ["向明", "高一鸣", "钱二白", "上官云"])
def test_surname_led_names_are_names(name: str) -> None:
    assert looks_like_name(name)


def test_a_list_of_directions_is_no_programme() -> None:
    event = read("## 定位\n\n- 向下：适配异构硬件\n- 向上：支撑推理负载\n- 中间：调度与抽象\n")
    assert talks(event) == []
    event = read("## 议程\n\n- 钱二白：对象存储入门\n- 郑一鸣：边车代理的十个坑\n")
    assert talks(event) == [("对象存储入门", ["钱二白"]), ("边车代理的十个坑", ["郑一鸣"])]


def test_the_talk_a_doubted_title_names_is_held_to_the_same_checks() -> None:
    """``Frontend Abend - Angular JS``: the confidence check doubts "Angular JS" as a
    speaker; the title's talk is not added back after the doubt. (``Webdev No. 7 -
    Angular JS`` is not even read so: the dash closes the series' name and number.)"""
    title = "---\ntitle: {}\ndate: 2024-05-02T18:00:00+02:00\n---\n"
    event = read_event(title.format("Frontend Abend - Angular JS")
                       + "Wir treffen uns wieder. Diesmal geht es um Angular JS.\n")
    assert talks(event) == [] and len(programme(event)) == 1
    event = read_event(title.format("Webdev No. 7 - Angular JS")
                       + "Wir treffen uns wieder. Diesmal geht es um Angular JS.\n")
    assert talks(event) == [] and programme(event) == []
    event = read_event(title.format("Parsing for all - Ida Quist")
                       + "Wir treffen uns wieder. Diesmal erzählt Ida Quist vom Parsen.\n")
    assert talks(event) == [("Parsing for all", ["Ida Quist"])] and programme(event) == []


def test_a_guest_line_under_its_heading_is_no_talk() -> None:
    """``### 分享嘉宾`` over ``名，职位，某项目 PMC``: read as ``title，name`` (the capitals
    read as a surname) it was a talk by "Acme ACMEX PMC". Under a heading that is no
    talk's, the page is shown as written."""
    body = ("## 活动介绍\n\n欢迎。\n\n### 分享嘉宾\n\n"
            "郑一鸣，Acme Enginee，Acme ACMEX PMC，Acme Controller Founder\n")
    event = read(body)
    assert talks(event) == []
    assert event.body_rest.strip("\n") == body.strip("\n")
    ((where, message),) = programme(event)
    assert where == 11 and "under the speaker heading '分享嘉宾'" in message


def test_guest_lines_under_a_talk_headings_speaker_sub_heading_name_its_speakers() -> None:
    """The same lines one level under ``## 议题 N：标题``: the sub-heading labels them, so
    each names the talk's speaker (stop 17; the page was shown as written before)."""
    body = ("## 议题 1：对象存储入门\n\n### 分享嘉宾\n\n钱二白，示例公司产品经理\n\n"
            "## 议题 2：Run things in hybrid cloud\n\n### 分享嘉宾\n\n"
            "郑一鸣，Acme Enginee，Acme ACMEX PMC，Acme Controller Founder\n")
    event = read(body)
    assert talks(event) == [("对象存储入门", ["钱二白"]),
                            ("Run things in hybrid cloud", ["郑一鸣"])]
    assert programme(event) == []


# --- properties -------------------------------------------------------------------------

_NAME = st.sampled_from(["Ida Quist", "Tom Verhoef", "Petra Lind", "郑一鸣", "钱二白"])
_TITLE = st.sampled_from(["Incremental parsing", "Error recovery", "Farewell and the way home",
                          "Drinks and chat", "对象存储入门", "Closing words", "Lightning talks"])
_ROW = st.one_of(
    st.builds(lambda h, t, n: f"- {h}:00 – {t} by {n}", st.integers(9, 21), _TITLE, _NAME),
    st.builds(lambda h, t: f"- {h}:30 – {t}", st.integers(9, 21), _TITLE),
    st.builds(lambda t: f"## {t}", _TITLE),
    st.just("Some words of prose about the evening."),
    st.just(""),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ROW, min_size=1, max_size=12))
def test_a_guessed_page_keeps_every_body_line_in_order(rows: list[str]) -> None:
    """Whatever the rows, a page whose programme is doubted shows its body exactly as
    written (every line, in order), no talk, and one programme warning."""
    body = "\n".join(rows) + "\n"
    event = read(body)
    if not programme(event):
        return
    assert talks(event) == []
    # every line of the body, in order, nothing blanked (the blank lines around it aside)
    assert event.body_rest.strip("\n").split("\n") == body.strip("\n").split("\n")
    assert len(programme(event)) == 1


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ROW, min_size=1, max_size=12))
def test_no_talk_shown_is_a_timed_row_naming_no_one(rows: list[str]) -> None:
    """The gate's promise on any schedule: a talk the reader shows from a timed row
    names its speaker (the rows here link no talk and carry no kind label), unless it
    is the one row in four or more of a schedule whose other rows all name someone."""
    event = read("\n".join(rows) + "\n")
    timed_rows = [talk for talk in event.talks
                  if talk.kind == "talk" and TIMED_ROW in talk.evidence.get("", "")]
    unnamed = [talk for talk in timed_rows if not talk.speakers]
    if unnamed:
        assert len(timed_rows) >= 4 and len(unnamed) * 4 <= len(timed_rows), (unnamed, rows)


_CLAUSE = st.sampled_from(["对象存储已经成为云上不可或缺的一环", "它承担着数据的唯一入口",
                           "示例公司需要打造一个高性能、高可用的服务", "包括分发、路由以及追踪等",
                           "通过本次分享可以了解到它的优势"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CLAUSE, min_size=1, max_size=5), st.sampled_from(["，", "。"]))
def test_no_talk_title_holds_a_full_stop(clauses: list[str], joint: str) -> None:
    """Whatever the abstract under a talk says, no talk is read whose title ends a
    sentence and goes on."""
    event = read(abstract_page(joint.join(clauses) + "。"))
    for talk in event.talks:
        assert "。" not in talk.title.rstrip("。"), talk


# --- in a Sphinx build ------------------------------------------------------------------


@pytest.mark.sphinx("html", testroot="trust", freshenv=True)
def test_a_guessed_page_renders_its_body_in_order_with_one_warning(app, warning) -> None:
    app.build()
    programme_warnings = [m for m in warning_lines(warning) if "meetup.programme" in m]
    assert len(programme_warnings) == 1
    assert re.search(r"events/guessed\.md:13: WARNING: the programme was not understood "
                     r"\(the timed row 'Questions about the parser' names no speaker\).*`talks:`",
                     programme_warnings[0])
    html = (Path(app.outdir) / "guessed.html").read_text(encoding="utf-8")
    page = Page(html)
    assert page.by_class("meetup-agenda") == []
    # the front matter's speaker keeps a card; nobody the body names gets one
    assert [n["text"].strip() for n in page.by_class("meetup-name")] == ["Ida Quist"]
    order = ["Opening words of the page", "Incremental parsing by Ida Quist",
             "Questions about the parser", "Error recovery in practice by Tom Verhoef",
             "Feedback on the demo", "Farewell and the way home",
             "Closing words of the page"]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)

    named = Page((Path(app.outdir) / "named.html").read_text(encoding="utf-8"))
    assert named.by_class("meetup-agenda")
    assert sorted(n["text"].strip() for n in named.by_class("meetup-name")) == [
        "Ida Quist", "Tom Verhoef",
    ]


# --- titles cleaned of what the talk says elsewhere ----------------------------------------

@pytest.mark.parametrize(("title", "speakers", "clean_title"), [
    ("Parsing for all (Ida Quist)", ["Ida Quist"], "Parsing for all"),
    ("Error recovery (Tom Verhoef & Petra Lind)", ["Tom Verhoef", "Petra Lind"],
     "Error recovery"),
    ("对象存储入门（钱二白）", ["钱二白"], "对象存储入门"),
    ("边车代理的十个坑（钱二白、郑一鸣）", ["钱二白", "郑一鸣"], "边车代理的十个坑"),
])
def test_a_bracket_that_names_the_talks_own_speakers_is_no_part_of_its_title(
    title: str, speakers: list[str], clean_title: str,
) -> None:
    assert without_own_speakers(title, speakers) == clean_title


@pytest.mark.parametrize(("title", "speakers"), [
    ("Parsing for all (Ida Quist, Example Labs)", ["Ida Quist"]),  # says more: kept
    ("Parsing for all (Tom Verhoef)", ["Ida Quist"]),  # someone else
    ("Parsing (Part Two)", ["Ida Quist"]),
    ("(Ida Quist)", ["Ida Quist"]),  # nothing would be left
    ("Parsing for all (Ida Quist)", []),
])
def test_a_bracket_that_says_more_than_the_speakers_stays(title: str, speakers: list[str]) -> None:
    assert without_own_speakers(title, speakers) == title


def test_a_page_whose_headings_repeat_their_speaker_and_kind_reads_clean_titles() -> None:
    event = read("## Talks\n\n### Parsing for all (Ida Quist)\n\nSpeaker: Ida Quist\n\n"
                 "### 闪电演讲：Error recovery\n\nSpeaker: Tom Verhoef\n")
    assert talks(event) == [("Parsing for all", ["Ida Quist"]),
                            ("Error recovery", ["Tom Verhoef"])]
    assert programme(event) == []


@given(st.sampled_from(["Incremental parsing", "对象存储入门", "Error recovery, part 2"]),
       st.lists(_NAME, min_size=1, max_size=3, unique=True), st.sampled_from([", ", " & ", "、"]))
def test_own_speakers_in_a_closing_bracket_always_go(
    title: str, speakers: list[str], joint: str,
) -> None:
    assert without_own_speakers(f"{title} ({joint.join(speakers)})", speakers) == title
