"""Talk headings of Japanese reports: the person marked by the honorific さん (or by
their @handle) beside a quoted title, or after ``from`` closing the title.

Pages written for the test (no third-party text).
"""

from __future__ import annotations

from reader_support import read, talks

from sphinx_meetup.reader.honorific import split

PERSON_FIRST = (
    "7/9(水)に勉強会を開きました。\n\n"
    "## 読書会\n\n第3章の途中まで読みました。\n\n"
    "## [@kumo_7](https://twitter.com/kumo_7)さん「小さなCLIを作った話」\n\n"
    "手元の作業を自動化した話でした。\n\n"
    "## [hoshi42](https://twitter.com/hoshi42) さん『テストを速くする三つの工夫』\n\n"
    "並列化の話が中心でした。\n\n"
    "## 次回は\n\n来月も第2水曜日です。\n"
)


def test_a_name_marked_by_san_before_a_quoted_title_gives_the_talk() -> None:
    """The honorific marks the linked words as a person; the quoted words are the
    title. A handle with digits is what the page calls them (no doubt, no fallback);
    the reading-circle and next-time headings stay sections."""
    event = read(PERSON_FIRST, title="勉強会 #12 を開催しました")
    assert talks(event) == [
        ("小さなCLIを作った話", ["@kumo_7"]),
        ("テストを速くする三つの工夫", ["hoshi42"]),
    ]
    assert event.problems == []
    assert "第3章の途中まで読みました。" in event.body_rest
    assert "来月も第2水曜日です。" in event.body_rest


TITLE_FROM = (
    "## セッション\n\n"
    "### 家計簿アプリを一晩で作った from [@mori_t](https://twitter.com/mori_t)\n\n"
    "夜通し作った話。\n\n"
    "### 型のある世界へようこそ from [@asa_k](https://twitter.com/asa_k)\n\n"
    "静的型の話。\n"
)


def test_titles_closed_by_from_and_a_linked_handle_repeated_are_talks() -> None:
    """``Title from [@handle](profile)`` on two sibling headings: the repeated shape
    and the handle make each the talk of that account."""
    event = read(TITLE_FROM, title="第9回")
    assert talks(event) == [
        ("家計簿アプリを一晩で作った", ["@mori_t"]),
        ("型のある世界へようこそ", ["@asa_k"]),
    ]
    assert event.problems == []


def test_one_title_from_a_person_marked_by_san_is_a_talk() -> None:
    """One heading alone is enough when the honorific marks the person."""
    body = ("## セッション\n\n### 音声認識を試した話 from [@nagi](https://twitter.com/nagi)さん\n\n"
            "デモがありました。\n")
    assert talks(read(body, title="第10回")) == [("音声認識を試した話", ["@nagi"])]


def test_a_lone_heading_without_the_honorific_stays_a_section() -> None:
    """``Greetings from [@ann](…)`` or ``@handle "words"`` once on a page, with no
    honorific anywhere: a phrase, not a programme - no talk is made of it."""
    body = ("## Greetings from [@ann_example](https://twitter.com/ann_example)\n\n"
            "We had a nice time.\n")
    assert talks(read(body, title="Notes")) == []
    body = '## @helper "quoted words"\n\nSome text.\n'
    assert talks(read(body, title="Notes")) == []


def test_an_unmarked_handle_rides_along_with_marked_siblings() -> None:
    """``### @handle "Title"`` (no link, no さん) among headings that carry the
    honorific is one more talk of the same programme."""
    body = ('## LT\n\n### [@ume](https://twitter.com/ume)さん "最初の話"\n\n本文。\n\n'
            '### @sakura "二番目の話"\n\n本文。\n')
    assert talks(read(body, title="LT大会")) == [
        ("最初の話", ["@ume"]), ("二番目の話", ["@sakura"])]


def test_split_reads_the_alias_and_refuses_unmarked_words() -> None:
    """``名 (あだ名)さん「…」``: the bracket is what the person is also called. Words
    that neither the honorific nor an @ marks are no person."""
    title, name, marked = split("taro9 (たろう)さん「分散処理の入門」")
    assert (title, name.name, name.aliases, marked) == ("分散処理の入門", "taro9", ["たろう"], True)
    assert split('Talk "Something"') is None
    assert split("Notes from Berlin") is None
    assert split("「題」 from [@x_y](https://twitter.com/x_y)") is not None
