"""People in a front-matter programme as Japanese pages write them: the employer
before the name, footnote marks, a middle dot between two people, a host's label; and a
theme's ``youtube:`` id as the event's recording."""

from __future__ import annotations

import pytest

from sphinx_meetup.reader import read_event


def _page(speaker: str, extra: str = "") -> str:
    return (f'---\ntitle: "Workshop #1"\ndate: 2024-05-24\n{extra}presentations:\n'
            f'- title: "監視網ルータの話"\n  speaker: "{speaker}"\n---\n')


@pytest.mark.parametrize(("speaker", "people", "employer"), [
    ("例コミュニケーションズ 浅田、矢葺", ["浅田", "矢葺"], "例コミュニケーションズ"),
    ("NTT 中野寛二", ["中野寛二"], "NTT"),
    ("例情報 株式会社 松本", ["松本"], "例情報 株式会社"),
    ("株式会社レイ　高山克哉", ["高山克哉"], "株式会社レイ"),
    ("キーサイト Ann Example・野田　清志", ["Ann Example", "野田 清志"], "キーサイト"),
    ("竹内　梧郎 [1]、畔柳　駿一 [2]", ["竹内 梧郎", "畔柳 駿一"], None),
    ("ジョン・スミス", ["ジョン・スミス"], None),  # a katakana name keeps its dot
    ("Koki Obuchi", ["Koki Obuchi"], None),
])
def test_employer_first_and_marks_in_a_speaker_field(
    speaker: str, people: list[str], employer: str | None
) -> None:
    talk = read_event(_page(speaker)).talks[0]
    assert talk.speakers == people
    assert talk.affiliations.get(people[0]) == employer


def test_a_host_alone_makes_no_talk() -> None:
    talk = read_event(_page("司会：HitoshiKuwata")).talks[0]
    assert talk.kind == "break" and talk.speakers == []


@pytest.mark.parametrize("key", ["youtube", "youtube_id"])
def test_a_youtube_id_key_is_the_recording(key: str) -> None:
    event = read_event(_page("Ann Example", extra=f"{key}: KK0gFuWCu5U\n"))
    assert event.replays == ["https://www.youtube.com/watch?v=KK0gFuWCu5U"]


def test_a_youtube_key_that_is_no_id_is_no_recording() -> None:
    event = read_event(_page("Ann Example", extra="youtube: our channel\n"))
    assert event.replays == []


def test_a_link_in_a_programme_title_is_its_words() -> None:
    page = ('---\ntitle: "Meetup #2"\ndate: 2021-04-13\npresentations:\n'
            '  - title: "[OAI](https://openairinterface.org/) v1.2.2 on a phone"\n'
            '    speaker: "Ann Example"\n---\n')
    assert read_event(page).talks[0].title == "OAI v1.2.2 on a phone"


@pytest.mark.parametrize(("speaker", "people"), [
    ("NTT 山田 太郎", ["山田 太郎"]),  # family and given name, spaced
    ("DJ Jazzy Jeff", ["DJ Jazzy Jeff"]),  # a stage title, no employer
])
def test_a_spaced_name_after_an_employer_stays_whole(speaker: str, people: list[str]) -> None:
    assert read_event(_page(speaker)).talks[0].speakers == people


def test_a_panel_led_by_its_host_is_still_a_talk() -> None:
    page = _page("司会：山田太郎").replace("監視網ルータの話", "パネルディスカッション")
    talk = read_event(page).talks[0]
    assert talk.kind == "talk" and talk.speakers == [] and "host" not in talk.evidence


@pytest.mark.parametrize("value", ["https://www.youtube.com/@examplegroup", "pythonmeets"])
def test_a_youtube_channel_or_name_is_no_recording(value: str) -> None:
    event = read_event(_page("Ann Example", extra=f"youtube: {value}\n"))
    assert event.replays == []


def test_a_date_in_a_string_programme_is_no_slug() -> None:
    page = '---\ntitle: T\ntalks:\n  - "2024-11-20"\n  - intro-to-elixir-basics\n---\n'
    assert [t.title for t in read_event(page).talks] == ["2024-11-20", "Intro to elixir basics"]
