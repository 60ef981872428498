"""Japanese event pages: the day, the place and the timetable by their labels.

Pages written for the test (no third-party text).
"""

from __future__ import annotations

import datetime as dt

from reader_support import read, talks

PAGE = (
    "日時：2024年5月18日 19:00\n\n会場：サンプル会館 3階\n\n## タイムテーブル\n\n"
    "### データ可視化のはじめかた\n\n登壇者：山田 太郎\n\n"
    "### ちゃんと学ぶ地図の描き方\n\n発表者：佐藤 花子\n"
)


def test_a_japanese_page_gives_its_day_place_and_timetable() -> None:
    """``日時：`` and ``会場：`` are the event's day and place. The headings under
    ``## タイムテーブル`` are talks, each by the person its ``登壇者：`` / ``発表者：``
    label names: ``山田 太郎`` (a family and a given name, a space between) is one person
    (stop 36; before, neither label was known and the timetable was shown as written)."""
    event = read(PAGE, title="データ勉強会 #4", date="2024-05-01")
    assert event.start == dt.datetime(2024, 5, 18, 19, 0)
    assert event.venue == "サンプル会館 3階"
    assert talks(event) == [("データ可視化のはじめかた", ["山田 太郎"]),
                            ("ちゃんと学ぶ地図の描き方", ["佐藤 花子"])]
    assert not [p.subtype for p in event.problems if p.subtype == "programme"]
