"""Talk shapes of round 9 that another development site also writes (or that issue 18
names as vocabulary): pages written for the test, never copied from a site."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import Page, clean, warning_lines
from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.reader.headers import tidy_title

_ORDINALS = "一二三四五六七八九"


def test_an_ordinal_topic_label_before_a_quoted_title_is_no_part_of_it() -> None:
    event = read("### 第一个主题： 《示例数据库的演进》\n\n分享嘉宾： 王小明 | 示例科技\n\n"
                 "内容简介： 演进路线。\n\n### 第二个主题： 《示例存储的实践》\n\n"
                 "分享嘉宾： 李大华 | 样例数据\n\n内容简介： 建设背景。\n")
    assert talks(event) == [("示例数据库的演进", ["王小明"]), ("示例存储的实践", ["李大华"])]
    # the bar parts the name from the employer: neither keeps it
    assert [t.affiliations for t in event.talks] == [{"王小明": "示例科技"}, {"李大华": "样例数据"}]
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_an_open_slot_under_an_ordinal_label_is_no_talk() -> None:
    event = read("### 第一个主题： 《示例数据库的演进》\n\n分享嘉宾： 王小明 | 示例科技\n\n"
                 "### 第二个主题：  Lite Talk\n\n活动说明： 每个人可以申请讲五分钟。\n")
    assert talks(event) == [("示例数据库的演进", ["王小明"])]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ORDINALS), st.sampled_from(["个", ""]),
       st.sampled_from(["主题", "议题", "话题", "分享", "演讲"]), st.sampled_from(["：", ":"]),
       st.text(alphabet="示例数据库演进实践", min_size=2, max_size=12))
def test_the_ordinal_label_goes_and_the_title_stays(
    number: str, measure: str, word: str, colon: str, title: str
) -> None:
    assert tidy_title(f"第{number}{measure}{word}{colon} 《{title}》") == title


def test_an_ordinal_without_a_colon_is_the_titles_own() -> None:
    # no label's colon: the words are the title (``第一个主题公园``)
    assert tidy_title("第一个主题公园的故事") == "第一个主题公园的故事"


def test_a_line_announcing_the_talks_in_portuguese_heads_the_list() -> None:
    event = read("Nesse encontro tivemos 3 palestras:\n\n"
                 "* Lidando com dívida técnica - Ana Example\n"
                 "* Programação funcional em Ruby - versão 2020 - Bruno Sample\n"
                 "* Goodbye RVMs and Thanks for All the Fish! - Carla Test\n\n"
                 "Assista no nosso canal.\n", title="59º encontro")
    assert talks(event) == [
        ("Lidando com dívida técnica", ["Ana Example"]),
        # the last spaced dash before a name parts title and speaker
        ("Programação funcional em Ruby - versão 2020", ["Bruno Sample"]),
        ("Goodbye RVMs and Thanks for All the Fish!", ["Carla Test"]),
    ]


def test_a_job_in_portuguese_after_the_name_is_the_speakers_affiliation() -> None:
    event = read("Palestras:\n\n* Rails on Rack - Ana Example, Desenvolvedora na exemplo\n"
                 "* O R do Rest - Bruno Sample, Software Engineer na Sample\n"
                 "* Mesa redonda - discutimos ações para melhorar a comunidade\n",
                 title="65º encontro")
    assert talks(event) == [("Rails on Rack", ["Ana Example"]), ("O R do Rest", ["Bruno Sample"])]
    assert event.talks[0].affiliations == {"Ana Example": "Desenvolvedora na exemplo"}
    # the round table, which names no one, stays as written
    assert "Mesa redonda - discutimos" in event.body_rest


def test_the_same_list_under_a_sentence_that_announces_nothing_is_not_read() -> None:
    # near miss: the line before the list does not name the talks - no programme
    event = read("Nesse encontro tivemos muitas pessoas:\n\n"
                 "* Lidando com dívida técnica - Ana Example\n"
                 "* Programação funcional em Ruby - Bruno Sample\n"
                 "* Goodbye RVMs - Carla Test\n", title="59º encontro")
    assert talks(event) == []
    assert "Lidando com dívida técnica - Ana Example" in event.body_rest


def test_a_speaker_slot_after_a_rows_line_break_names_the_speaker() -> None:
    event = read("**议程：**\n\n14:00-14:30 示例项目 v9 解析 <br>王小明  示例公司 创始工程师\n\n"
                 "14:30-15:00 示例数据库的设计<br>李大华 样例科技 资深架构师\n")
    assert talks(event) == [("示例项目 v9 解析", ["王小明"]), ("示例数据库的设计", ["李大华"])]
    assert event.talks[1].affiliations == {"李大华": "样例科技 资深架构师"}
    assert "after the row's line break" in event.talks[0].evidence["王小明"]


def test_words_after_a_rows_line_break_that_name_no_one_stay_in_the_row() -> None:
    # near miss: no job or employer word after the break - no speaker is made of it
    event = read("**议程：**\n\n14:00-14:30 示例项目 v9 解析 <br>现场互动 抽奖\n\n"
                 "14:30-15:00 示例数据库的设计<br>欢迎 大家\n")
    assert all(not talk.speakers for talk in event.talks)


def test_a_dot_inside_a_word_does_not_end_the_role() -> None:
    # ``Tetrate.io 创始工程师``: the role goes on after the domain's dot
    event = read("# 日程\n\n09：30-09：50 示例项目的过去与未来\n\n"
                 "王小明，Example.io 创始工程师，示例项目创始人\n\n"
                 "09：55-10：30 全链路跟踪实践\n\n李大华，样例公司技术负责人\n")
    assert talks(event) == [("示例项目的过去与未来", ["王小明"]), ("全链路跟踪实践", ["李大华"])]


def test_a_slash_between_name_and_job_is_no_part_of_the_job() -> None:
    event = read("### 示例网关的落地实践\n\n王小明 / 示例科技工程师\n\n"
                 "### 示例存储的实践\n\n李大华 / 样例公司技术平台负责人\n")
    assert [t.affiliations for t in event.talks] == [
        {"王小明": "示例科技工程师"}, {"李大华": "样例公司技术平台负责人"}]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="示例项目数据库设计 v9ab<>/r", max_size=30))
def test_a_line_break_never_makes_a_speaker_of_words_without_a_job(after: str) -> None:
    from sphinx_meetup.reader.broken_rows import row_and_slot

    assert row_and_slot(f"14:00-14:30 示例 <br>{after}", ()) is None


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Talk", "Charla", "Palestra", "Vortrag", "Intervento", "Sessione"]),
       st.integers(min_value=1, max_value=9))
def test_a_numbered_talk_marker_in_more_languages_is_no_part_of_the_title(
    word: str, number: int
) -> None:
    assert tidy_title(f"{word} {number}: Parsing with Example") == "Parsing with Example"


def test_an_ordinal_marker_on_a_paragraph_starts_a_talk() -> None:
    event = read("第一个主题：《示例数据库的演进》\n\n分享嘉宾：王小明，示例科技架构师\n\n"
                 "第二个主题：《示例存储的实践》\n\n分享嘉宾：李大华，样例数据工程师\n")
    assert talks(event) == [("示例数据库的演进", ["王小明"]), ("示例存储的实践", ["李大华"])]
    one = read("主题一：《示例数据库的演进》\n\n分享嘉宾：王小明，示例科技架构师\n")
    assert [t.title for t in one.talks] == ["示例数据库的演进"]


def test_a_word_that_only_opens_like_a_marker_is_the_titles_own() -> None:
    # ``主题一些想法``, ``分享一下``: the number word goes on into a word - no marker
    assert tidy_title("主题一些想法") == "主题一些想法"
    assert tidy_title("Charlas 2024 en resumen") == "Charlas 2024 en resumen"


def test_a_heading_over_timed_rows_groups_them_and_is_no_talk() -> None:
    event = read("# 日程安排\n\n## 上午\n\n09:55-10:30 全链路跟踪实践\n\n"
                 "王小明，示例公司技术负责人\n\n10:35-11:15 示例项目的实践\n\n"
                 "李大华，样例科技工程师\n\n## 下午\n\n"
                 "13:30-14:10 如何贡献开源\n\n赵一鸣，示例基金会成员\n\n"
                 "14:10-14:50 示例项目的应用\n\n钱二白，样例公司研发负责人\n")
    assert talks(event) == [("全链路跟踪实践", ["王小明"]), ("示例项目的实践", ["李大华"]),
                            ("如何贡献开源", ["赵一鸣"]), ("示例项目的应用", ["钱二白"])]


def test_a_talk_heading_with_one_timed_line_stays_a_talk() -> None:
    # near miss: one clock line under the heading is the talk's time, not a group of rows
    event = read("# 日程安排\n\n## 全链路跟踪实践\n\n09:55-10:30 上午场\n\n"
                 "分享嘉宾：王小明，示例公司技术负责人\n\n## 示例项目的实践\n\n"
                 "分享嘉宾：李大华，样例科技工程师\n")
    assert talks(event) == [("全链路跟踪实践", ["王小明"]), ("示例项目的实践", ["李大华"])]


# --- the same shapes in a real build ------------------------------------------------------

@pytest.mark.sphinx("html", testroot="round9", freshenv=True)
def test_round9_shapes_render_agendas_cards_and_the_rest_in_order(app, warning) -> None:
    app.build()
    assert not [m for m in warning_lines(warning) if "meetup.programme" in m]
    out = Path(app.outdir)

    ordinal_html = (out / "ordinal.html").read_text(encoding="utf-8")
    ordinal = Page(ordinal_html)
    assert _titles(ordinal) == ["示例数据库的演进", "示例存储的实践"]
    assert sorted(clean(n["text"]) for n in ordinal.by_class("meetup-name")) == ["李大华", "王小明"]
    # the slot's bar and employer are no part of a name or a title
    assert "王小明 |" not in ordinal_html and "| 示例科技" not in ordinal_html
    # the open slot is no talk: its words stay in the body, after the agenda's words
    assert "每个人可以申请讲五分钟" in ordinal_html
    assert ordinal_html.index("开场的话") < ordinal_html.index("每个人可以申请讲五分钟")

    broken = Page((out / "broken.html").read_text(encoding="utf-8"))
    assert _titles(broken) == ["示例项目 v9 解析", "示例数据库的设计"]
    assert sorted(clean(n["text"]) for n in broken.by_class("meetup-name")) == ["李大华", "王小明"]

    palestras_html = (out / "palestras.html").read_text(encoding="utf-8")
    palestras = Page(palestras_html)
    assert _titles(palestras) == ["Lidando com dívida técnica", "Rails on Rack"]
    assert sorted(clean(n["text"]) for n in palestras.by_class("meetup-name")) == [
        "Ana Example", "Bruno Sample"]
    # the round table names no one: it stays as written, before the closing line
    assert palestras_html.index("Mesa redonda") < palestras_html.index("Assista no nosso canal")

    # ``## 上午`` / ``## 下午`` group the timed rows: four talks, no talk named 上午
    groups = Page((out / "groups.html").read_text(encoding="utf-8"))
    assert _titles(groups) == ["全链路跟踪实践", "示例项目在某部门的实践", "如何从社区学习",
                               "示例项目在某公司的应用"]
    assert len(groups.by_class("meetup-name")) == 4


def _titles(page: Page) -> list[str]:
    """The talk titles of the agenda, in page order (without the time a timed entry's
    heading opens with)."""
    times = [clean(e["text"]) for e in page.by_class("meetup-time")]
    titles = []
    for element in page.by_class("meetup-talk-title"):
        title = clean(element["text"]).rstrip("¶").strip()
        for time in times:
            title = title.removeprefix(time).strip()
        titles.append(title)
    return titles
