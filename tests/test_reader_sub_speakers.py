"""A list of bare titles whose speakers stand one level deeper (``- Title`` /
``  - Name - 10 min``, ``- 标题`` / ``  + 名 ~ 职位``): read by the list's repeated shape,
never from one item alone (census of stop 19: seen on two development sites). Every
page here is written for the test."""

from __future__ import annotations

from reader_support import talks

from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event


def read(body: str) -> Event:
    return read_event(f"---\ntitle: Evening 4\ndate: 2024-03-05\n---\n\n{body}")


def test_titles_with_a_name_and_a_duration_nested_are_talks() -> None:
    event = read(
        "### Programme\n\n"
        "* About the Example Circle\n"
        "  * Hana Okoye - 5 min\n"
        "* The Crew\n"
        "  * Everyone - 10 min\n"
        "* Spreadsheets Without Tears\n"
        "  * Lior Brandt - 15 min\n"
        "* Dashboards That Age Well\n"
        "  * Ama Mensah - 20 min\n"
        "* Forms for Everybody\n"
        "  * Ruiz (30 min)\n"
        "* Quiet Automation\n"
        "  * Tove Lindgren - 10 min\n"
    )
    assert talks(event) == [
        ("Spreadsheets Without Tears", ["Lior Brandt"]),
        ("Dashboards That Age Well", ["Ama Mensah"]),
        # a one-word name, read because three siblings give full names in the slot
        ("Forms for Everybody", ["Ruiz"]),
        ("Quiet Automation", ["Tove Lindgren"]),
    ]
    # the group's own introduction is an opening segment, not a talk
    assert [(t.title, t.kind) for t in event.talks if t.kind != "talk"] == [
        ("About the Example Circle", "break"),
    ]
    # 'Everyone' is nobody in particular: that item stays as written in the body
    assert "The Crew" in event.body_rest and "Everyone - 10 min" in event.body_rest
    assert not [p for p in event.problems if p.subtype == "programme"]
    assert "sibling items of the list" in event.talks[1].evidence["Lior Brandt"]


def test_titles_with_a_name_and_a_role_nested_are_talks() -> None:
    event = read(
        "### 现场记录\n\n"
        "- 开场\n"
        "    + 录音: [open.mp3](https://example.org/a/0.mp3)\n"
        "- 用示例框架做日志分析\n"
        "    + 周明远 ~ 开源爱好者、独立开发者\n"
        "    + 录音: [log.mp3](https://example.org/a/1.mp3)\n"
        "    + 讲得很细\n"
        "- 小团队的发布流程\n"
        "    + 林晓雨, 示例软件公司架构师\n"
        "- 闪电演讲:\n"
        "    + 郑一鸣 ~ 示例集团技术总监\n"
    )
    assert talks(event) == [
        ("用示例框架做日志分析", ["周明远"]),
        ("小团队的发布流程", ["林晓雨"]),
    ]
    first = event.talks[0]
    assert first.affiliations == {"周明远": "开源爱好者、独立开发者"}
    # the items under the title are the talk's, the next title's are not
    assert "讲得很细" in first.abstract and "林晓雨" not in first.abstract
    # a label ending in a colon names a group of talks, not one: left as written
    assert "闪电演讲" in event.body_rest


def test_one_title_with_a_nested_name_is_no_programme() -> None:
    # one item alone may be a sponsor or a host: no talk from it
    event = read(
        "- Example Works\n"
        "  - Hana Okoye, Head of Engineering\n"
        "- Venue: the old library\n"
    )
    assert talks(event) == []


def test_nested_items_that_are_no_people_make_no_talks() -> None:
    event = read(
        "- Hardware corner\n"
        "  - Three boards - 10 min\n"
        "- Open questions\n"
        "  - Everyone - 20 min\n"
        "- Wrap-up\n"
        "  - All - 5 min\n"
    )
    assert talks(event) == []


def test_groups_of_people_are_no_titles() -> None:
    # a who's who: each item names a group, the nested item a member and their role
    event = read(
        "- Core team\n"
        "  - Hana Okoye, Engineer at Example Works\n"
        "- Advisors\n"
        "  - Lior Brandt, Professor at Example University\n"
        "- **Talk of the night**\n"
        "  - Ama Mensah, Developer at Example Labs\n"
    )
    assert talks(event) == []
