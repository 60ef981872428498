"""Pages in Traditional Chinese read as their Simplified twins are (issue 18).

The reader's Chinese words are Simplified; a page from Taiwan or Hong Kong is read
through a Simplified view of itself and given back its own characters. Every page here
is written for the test (no third-party text).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.traditional import simplified_view

SIMPLIFIED_PAGE = (
    "活动时间：2024年5月18日 14:00\n\n活动地点：示例大厦三楼\n\n## 议程\n\n"
    "### 云原生数据库的演进\n\n讲师：陈小明，某某科技架构师\n\n"
    "### 服务网格实践\n\n讲师：张伟，示例公司工程师\n"
)
TRADITIONAL_PAGE = (
    "活動時間：2024年5月18日 14:00\n\n活動地點：示例大廈三樓\n\n## 議程\n\n"
    "### 雲原生資料庫的演進\n\n講師：陳小明，某某科技架構師\n\n"
    "### 服務網格實踐\n\n講師：張偉，示例公司工程師\n"
)


def test_a_traditional_page_is_read_as_its_simplified_twin_and_shown_as_written() -> None:
    """Labels (講師, 時間, 地點), surnames (陳, 張) and headings (議程) are the reader's
    words in their Traditional form: the same talks, speakers, day and place as the
    Simplified page - each in the page's own characters."""
    hans = read(SIMPLIFIED_PAGE, title="示例活动")
    hant = read(TRADITIONAL_PAGE, title="示例活動")
    assert talks(hans) == [("云原生数据库的演进", ["陈小明"]), ("服务网格实践", ["张伟"])]
    assert talks(hant) == [("雲原生資料庫的演進", ["陳小明"]), ("服務網格實踐", ["張偉"])]
    assert hant.start == hans.start
    assert hant.title == "示例活動"
    assert (hans.language, hant.language) == (None, "zh-TW")
    assert hans.venue == "示例大厦三楼"
    assert hant.venue == "示例大廈三樓"
    assert hant.talks[0].affiliations == {"陳小明": "某某科技架構師"}
    assert hant.talks[0].evidence["陳小明"] == "line 14: speaker label '講師'"
    assert [p.subtype for p in hant.problems] == [p.subtype for p in hans.problems]


def test_the_body_and_the_warnings_keep_the_pages_characters() -> None:
    """A programme the reader cannot read is shown as written - in Traditional
    characters - and its warning quotes the page as it is."""
    page = read("## 議程\n\n我們會在現場討論很多話題，歡迎參加。\n\n講者們稍後公佈。\n",
                title="示例聚會")
    assert "我們會在現場討論很多話題" in page.body_rest
    assert all("们" not in p.message and "会" not in p.message for p in page.problems)


def test_a_simplified_page_quoting_traditional_characters_is_read_as_before() -> None:
    """A few Traditional characters in a Simplified page (a name, 於, a quoted title)
    do not make it a Traditional page: it is read as it is."""
    text = ("---\ntitle: 示例活动\n---\n\n"
            "讲师：於小明（來自示例公司），介绍《資料庫》的经验和实践。\n")
    assert simplified_view(text) is None
    assert read_event(text).title == "示例活动"


def test_a_character_whose_simplified_form_the_page_also_writes_stays_as_written() -> None:
    """臺 and 台 on one page: 臺 is not made 台 (it could not be told apart when given
    back), the rest of the page is still read through the view."""
    view = simplified_view("臺灣與台北的講師們：陳大文、張小華。時間：週六。")
    assert view is not None
    assert "臺" in view.text and "讲师们" in view.text


def test_a_japanese_page_is_not_taken_for_traditional_chinese() -> None:
    """Japanese writes 時間 and 講師 too: a page with kana is read as it is, and keeps
    its own language."""
    page = ("---\ntitle: 勉強会\n---\n\n時間：19時から。講師：山田太郎さん。"
            "東京都で開催します。講師の話を聞きましょう。\n")
    assert simplified_view(page) is None
    assert read_event(page).language is None


def test_the_file_path_is_never_rewritten() -> None:
    event = read_event("---\ntitle: 示例活動\n---\n\n講師：陳小明\n時間：週六\n",
                       source="讲座/示例.md")
    assert event.source == "讲座/示例.md"


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@given(st.text(alphabet=st.one_of(_HAN, st.sampled_from(list(" \n：，。#-*abc12"))),
               max_size=200))
def test_the_view_has_the_pages_shape_and_gives_every_character_back(text: str) -> None:
    """One character for one (lines and offsets unchanged), and back exactly."""
    view = simplified_view(text)
    if view is None:
        return
    assert len(view.text) == len(text)
    assert view.text.count("\n") == text.count("\n")
    assert view.restore(view.text) == text


def test_a_traditional_page_renders_its_agenda_in_its_own_characters(tmp_path) -> None:
    """The built page shows the talks and speakers read through the view, in the
    page's characters, with no warning."""
    from handbook_helpers import build, page, warnings

    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "meetup.md").write_text(
        f'---\ntitle: "示例聚會"\ndate: 2024-05-18\n---\n\n{TRADITIONAL_PAGE}', encoding="utf-8")
    (tmp_path / "conf.py").write_text(
        'extensions = ["sphinx_meetup"]\nexclude_patterns = ["events"]\n'
        'meetup_today = "2024-01-01"\n', encoding="utf-8")
    (tmp_path / "index.rst").write_text(".. meetup-event:: events/meetup.md\n", encoding="utf-8")
    app = build(tmp_path)
    html = page(app, "index")
    titles = re.findall(r'class="[^"]*meetup-talk-title[^"]*"[^>]*>([^<]+)<', html)
    assert titles == ["雲原生資料庫的演進", "服務網格實踐"]
    names = re.findall(r'meetup-talk-speakers[^>]*><a [^>]*>([^<]+)</a>', html)
    assert names == ["陳小明", "張偉"]
    assert 'lang="zh-TW"' in html and 'lang="zh-CN"' not in html
    assert "云原生" not in html and "陈小明" not in html
    assert "meetup" not in warnings(app)


@pytest.mark.parametrize(("declared", "lang"), [
    ("zh-Hant", "zh-TW"), ("yue", "zh-TW"), ("zh-Hans", "zh-CN"), ("tlh", None),
])
def test_a_declared_language_without_smart_quotes_gives_no_docutils_warning(
    tmp_path, declared: str, lang: str | None,
) -> None:
    """``language: zh-Hant`` (or ``yue``, or any tag docutils has no quotation marks
    for) in the front matter: the page builds without docutils' untyped "No smart
    quotes defined" warning, which ``-W`` stopped on; Chinese is marked by its script."""
    from handbook_helpers import build, page, warnings

    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "meetup.md").write_text(
        f'---\ntitle: "示例聚會"\ndate: 2024-05-18\nlanguage: {declared}\n---\n\n'
        'We say "hello" and 「你好」.\n', encoding="utf-8")
    (tmp_path / "conf.py").write_text(
        'extensions = ["sphinx_meetup"]\nexclude_patterns = ["events"]\n'
        'meetup_today = "2024-01-01"\n', encoding="utf-8")
    (tmp_path / "index.rst").write_text(".. meetup-event:: events/meetup.md\n", encoding="utf-8")
    app = build(tmp_path)
    assert "smart quotes" not in warnings(app)
    marks = set(re.findall(r'<p[^>]* lang="([^"]+)"', page(app, "index")))
    assert marks == ({lang} if lang else set())


@pytest.mark.parametrize("body", [
    "## 本期更新\n\n### Release notes\n\n"
    "这个 工具 是很多工程师期待的功能，下面是使用说明：\n\n"
    "## 总结\n\n若要部署 示例服务 的工程师们请先阅读文档。\n",
    "## 本期更新\n\n### Release notes\n\n"
    "這個 工具 是很多工程師期待的功能，下面是使用說明：\n\n"
    "## 總結\n\n若要部署 示例服務 的工程師們請先閱讀文件。\n",
])
def test_a_clause_opening_a_paragraph_is_no_speaker_slot(body: str) -> None:
    """``这个 工具 是很多工程师…`` under a heading: a demonstrative and a job word
    (工程师) are a sentence, not a name and a role - no talk by 这个 or 若要部署, in
    either script (found on a Traditional page, where the view let the job word be
    read)."""
    names = [name for _, speakers in talks(read(body, title="更新分享")) for name in speakers]
    assert not {"这个", "這個", "若要部署"} & set(names)
