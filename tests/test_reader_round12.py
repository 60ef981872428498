"""Rules of the event's day and facts written on round 12 (unsealed at stop 20), each the
convention of a whole language or layout: a table of the event's facts, a file name in
an HTML tag that is no date line, the word before a day in Portuguese, Spanish, Italian and
Dutch, a day opening a paragraph kept as HTML. Pages written for the test, never copied
from a site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from reader_support import talks

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.dates import find_date, only_date, prose_date, untagged


def test_a_table_of_the_events_facts_gives_its_day_place_and_fee() -> None:
    # a label cell and its value (no header rule): the labelled lines, set in a table
    event = read_event("---\ntitle: 'Example.rb #7'\n---\n\n# meetup #7\n\n"
                       "Talks by everyone who comes.\n\n"
                       "| **日時**   | 2021年3月6日(土) 13:00 - 17:00 |\n"
                       "| **会場**   | **オンライン** |\n"
                       "| **参加費** | 無料 |\n")
    assert event.start == dt.datetime(2021, 3, 6, 13, 0)
    assert event.end == dt.datetime(2021, 3, 6, 17, 0)
    assert (event.venue, event.fee) == ("オンライン", "無料")
    # no talk (and no "the table row '日時' names no speaker" warning)
    assert talks(event) == []
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_an_agenda_tables_header_row_is_no_fact() -> None:
    # ``| 时间 | 议题 |`` over a rule row heads an agenda: its rows are still talks
    event = read_event("---\ntitle: 测试活动\ndate: 2021-05-22\n---\n\n## 议程\n\n"
                       "| 时间 | 议题 | 讲师 |\n| --- | --- | --- |\n"
                       "| 13:30-14:15 | 《示例服务的演进》 | 王小明 |\n"
                       "| 14:15-15:00 | 《示例平台的实践》 | 李大华 |\n")
    assert talks(event) == [("示例服务的演进", ["王小明"]), ("示例平台的实践", ["李大华"])]
    assert event.start == dt.date(2021, 5, 22)


def test_a_labelled_fee_line_is_the_events_fee() -> None:
    event = read_event("---\ntitle: 测试活动\ndate: 2021-05-22\n---\n\n"
                       "**活动费用**：免费\n\n**活动地点**：示例大厦\n")
    assert (event.fee, event.venue) == ("免费", "示例大厦")
    # the front matter's own fee wins
    event = read_event("---\ntitle: 测试活动\ndate: 2021-05-22\nfee: 50 元\n---\n\n"
                       "**活动费用**：免费\n")
    assert event.fee == "50 元"


def test_a_day_inside_an_html_tag_is_no_date_line() -> None:
    # ``<img src="/img/2025-07-23.png">`` names a file, not the event's day
    page = ("---\ntitle: Example night\n---\n\n# Example night\n\n"
            "_June 19th, 2025_ | [Meetup](https://meetup.example.org/e/1)\n\n"
            "<img src=\"/img/2025-07-23.png\">\n\nAnn shows the tool.\n")
    assert read_event(page, page=Path("2025-07-23.md")).start == dt.date(2025, 6, 19)
    assert only_date('<img src="/img/2025-07-23.png">', None) is None
    assert only_date("<p>12 de marzo, 2024</p>", None) == dt.date(2024, 3, 12)


def test_the_word_before_a_day_in_portuguese_spanish_italian_and_dutch() -> None:
    assert prose_date("No dia 27 de Outubro de 2018 realizamos o encontro.", None) == \
        dt.date(2018, 10, 27)
    assert prose_date("Nos vemos el 12 de marzo de 2024 en la oficina.", None) == \
        dt.date(2024, 3, 12)
    assert prose_date("Ci vediamo il 5 maggio 2023 a Milano.", None) == dt.date(2023, 5, 5)
    assert prose_date("We komen samen op 9 november 2022 in Utrecht.", None) == \
        dt.date(2022, 11, 9)
    # a day an abstract merely mentions is still none
    assert prose_date("O Python 3.0 saiu 3 de dezembro de 2008.", None) is None
    # a page with no date of its own takes the day its opening sentence names
    event = read_event("# Encontro na Exemplo\n\n"
                       "No dia 13 de Novembro de 2017 comemoramos os 10 anos do grupo.\n")
    assert event.start == dt.date(2017, 11, 13)


def test_a_day_opening_a_paragraph_kept_as_html() -> None:
    event = read_event("---\ntitle: 第一期沙龙回顾\n---\n\n"
                       "<p>2012年6月16日，第一期沙龙以“<strong>示例</strong>”为话题举行。</p>\n"
                       "<p>两位嘉宾围绕主题做了发言。</p>\n")
    assert event.start == dt.date(2012, 6, 16)
    assert "<p>2012年6月16日" in event.body_rest  # the page is still shown as written


@given(st.text(max_size=40))
def test_untagged_leaves_text_without_tags_alone(text: str) -> None:
    if "<" not in text:
        assert untagged(text) == text
    assert untagged(f"<p>{text}</p>").count("<p>") <= text.count("<p>")


def test_htmls_own_video_player_is_the_pages_recording() -> None:
    player = ('<div class="frame">\n  <video\n    controls\n    width="560"\n  >\n'
              "    <source\n      src='https://media.example.org/night/0_1564'\n"
              '      type="video/mp4"\n    />Your browser does not play it.\n  </video>\n'
              "</div>\n")
    page = f"---\ntitle: 第三期活动\ndate: 2021-05-22\n---\n\n分享视频回顾：\n\n{player}\n"
    assert read_event(page).replays == ["https://media.example.org/night/0_1564"]
    # also written on the element itself
    assert read_event(page.replace(player, '<video src="https://media.example.org/a.mp4" '
                                   "controls></video>\n")).replays == [
        "https://media.example.org/a.mp4"]
    # an excerpt (a media fragment starting part-way), two players, or no web address:
    # no replay
    assert read_event(page.replace("0_1564", "0_1564#t=120")).replays == []
    assert read_event(page + "\n" + player.replace("night", "other")).replays == []
    assert read_event(page.replace("https://media.example.org", "javascript:alert(1)//")
                      ).replays == []


_DIGITS = "〇一二三四五六七八九"


def _in_numerals(number: int) -> str:
    """A month's or a day's number as Chinese writes it: 八, 十, 十二, 二十八, 三十一."""
    tens, ones = divmod(number, 10)
    return (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (
        _DIGITS[ones] if ones or not tens else "")


@given(st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)))
def test_a_date_in_chinese_numerals(day: dt.date) -> None:
    written = (f"{''.join(_DIGITS[int(d)] for d in str(day.year))}年"
               f"{_in_numerals(day.month)}月{_in_numerals(day.day)}日")
    assert find_date(written, None) == day
    assert only_date(written, None) == day


def test_a_formal_dateline_in_chinese_numerals_gives_the_day() -> None:
    event = read_event("---\ntitle: 首次沙龙纪要\n---\n\n"
                       "<p>公元二〇一二年九月八日，在海边的城市，沙龙终于迎来了首聚。</p>\n")
    assert event.start == dt.date(2012, 9, 8)
    assert find_date("二〇一二年二月三十日", None) is None  # no such day
