"""Days, weekdays and labels in more languages: Russian, Ukrainian, Polish, Czech,
Scandinavian, Turkish, Indonesian, Vietnamese and Korean (the month's name as a date
writes it, the words for "year" and "day" around it, and the labels of the day, the place
and the speaker). Lines written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.dates import find_date, only_date, stated_weekday

#: each language's month names in a date, January first
_GENITIVE = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада "
          "грудня",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu "
          "prosince",
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
          "december",
    "no": "januar februar mars april mai juni juli august september oktober november "
          "desember",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "id": "januari februari maret april mei juni juli agustus september oktober november "
          "desember",
}


@given(st.sampled_from(sorted(_GENITIVE)), st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)),
       st.booleans())
def test_a_day_with_its_months_name_in_each_language(
    language: str, day: dt.date, capital: bool
) -> None:
    month = _GENITIVE[language].split()[day.month - 1]
    written = f"{day.day} {month.capitalize() if capital else month} {day.year}"
    assert find_date(written, None) == day
    assert only_date(written, None) == day


@pytest.mark.parametrize(("line", "day"), [
    ("18 августа 2019 года", dt.date(2019, 8, 18)),
    ("Суббота, 18 августа 2019 г.", dt.date(2019, 8, 18)),
    ("18 sierpnia 2019 r.", dt.date(2019, 8, 18)),
    ("18. srpna 2019", dt.date(2019, 8, 18)),
    ("ngày 18 tháng 8 năm 2019", dt.date(2019, 8, 18)),
    ("2019년 5월 25일 (토) 14:00 - 18:00", dt.date(2019, 5, 25)),
    ("2019년 5월 25일 토요일", dt.date(2019, 5, 25)),
    ("lördag 12 oktober 2019", dt.date(2019, 10, 12)),
])
def test_a_line_that_is_only_a_date(line: str, day: dt.date) -> None:
    assert only_date(line, None) == day


def test_weekdays_in_more_languages() -> None:
    assert stated_weekday("в субботу, 18 августа") == 5
    assert stated_weekday("środa 14 maja") == 2
    assert stated_weekday("2019년 5월 25일 토요일") == 5
    assert stated_weekday("12 Ekim 2019 Cumartesi") == 5
    # a name in a sentence is no date (the "year" words only count around a date)
    assert only_date("Ann r. Example 18 sierpnia 2019", None) is None


def test_labels_of_the_day_the_place_and_the_speakers() -> None:
    event = read_event("---\ntitle: Встреча №5\n---\n\n"
                       "**Дата**: 18 августа 2019 года, 14:00 - 18:00\n\n"
                       "**Место**: Офис Пример, Москва\n\n## Доклады\n\n"
                       "### Типы на практике\n\nДокладчик: Иван Петров\n\n"
                       "### Монады без страха\n\nДокладчик: Анна Смирнова\n")
    assert (event.start, event.end) == (dt.datetime(2019, 8, 18, 14), dt.datetime(2019, 8, 18, 18))
    assert event.venue == "Офис Пример, Москва"
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Типы на практике", ["Иван Петров"]), ("Монады без страха", ["Анна Смирнова"])]
    event = read_event("---\ntitle: 예시 모임\n---\n\n- 일시: 2019년 5월 25일 (토) 14:00 - 18:00\n"
                       "- 장소: 예시 빌딩\n\n## 발표\n\n### 예시 소개\n\n발표자: 김철수\n\n"
                       "### 패키지 만들기\n\n발표자: 이영희\n")
    assert event.start == dt.datetime(2019, 5, 25, 14)
    assert event.venue == "예시 빌딩"
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("예시 소개", ["김철수"]), ("패키지 만들기", ["이영희"])]


def test_breaks_and_remarks_of_an_agenda_in_more_languages() -> None:
    event = read_event("---\ntitle: Встреча\ndate: 2019-08-18\n---\n\n## Программа\n\n"
                       "- 14:00 Регистрация\n- 14:30 Открытие\n"
                       "- 14:40 Типы на практике — Иван Петров\n- 15:30 Кофе-брейк\n"
                       "- 16:00 Монады без страха — Анна Смирнова\n")
    assert [(t.title, t.kind) for t in event.talks] == [
        ("Регистрация", "break"), ("Открытие", "break"), ("Типы на практике", "talk"),
        ("Кофе-брейк", "break"), ("Монады без страха", "talk")]
    # a break word in a short agenda row, in each language (never a talk of its own)
    from sphinx_meetup.reader.agenda import is_break_title, is_remarks
    from sphinx_meetup.reader.labels import Labels

    labels = Labels()
    for title in ("Przerwa kawowa", "Kahve arası", "Makan siang", "Giải lao", "점심", "Fika"):
        assert is_break_title(title, labels), title
    for title in ("Otwarcie", "Açılış", "Pembukaan", "Khai mạc", "개회사", "Välkommen"):
        assert is_remarks(title, labels), title
