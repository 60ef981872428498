"""People's names as pages write them: lists, brackets, nicknames, affiliations."""

from __future__ import annotations

import pytest

from sphinx_meetup.reader.names import (
    Name,
    describes_someone,
    key,
    looks_like_name,
    parse_name,
    split_names,
)


def names(text: str, known: tuple[str, ...] = ()) -> list[str]:
    return [name.name for name in split_names(text, frozenset(key(k) for k in known))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲一 、乙二 、丙三 ", ["甲一", "乙二", "丙三"]),
        ("王小明,李小红", ["王小明", "李小红"]),
        ("王小明，李小红", ["王小明", "李小红"]),
        ("王小明 / 李小红", ["王小明", "李小红"]),
        ("王小明；李小红", ["王小明", "李小红"]),
        ("Ann Lee and Bob Ray", ["Ann Lee", "Bob Ray"]),
        ("Ann Lee, Bob Ray and Cy Dee", ["Ann Lee", "Bob Ray", "Cy Dee"]),
        ("Ann Lee & Bob Ray", ["Ann Lee", "Bob Ray"]),
        ("Ferdinand Andersen", ["Ferdinand Andersen"]),  # "and" inside a word
    ],
)
def test_a_speaker_line_splits_into_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_space_separated_chinese_names_are_people_unless_a_job_follows() -> None:
    assert names("张三 李四") == ["张三", "李四"]
    assert split_names("吴一 某某集团技术专家") == [Name("吴一", [], "某某集团技术专家")]
    assert split_names("刘一 Apache 项目创始人") == [Name("刘一", [], "Apache 项目创始人")]


def test_joiners_inside_brackets_do_not_split() -> None:
    found = split_names("张三（A公司、B团队）, 李四")
    assert [n.name for n in found] == ["张三", "李四"]
    assert found[0].affiliation == "A公司、B团队"


def test_a_job_after_a_name_is_the_affiliation_not_a_person() -> None:
    found = split_names("王小明，开源社区联合创始人")
    assert found == [Name("王小明", [], "开源社区联合创始人")]
    found = split_names("王小明，开源社区创始人、某某布道师")
    assert found == [Name("王小明", [], "开源社区创始人、某某布道师")]


def test_one_word_after_a_full_western_name_is_where_they_work() -> None:
    assert split_names("Jane Doe, Initech") == [Name("Jane Doe", [], "Initech")]
    assert names("Jane, Bob") == ["Jane", "Bob"]


def test_a_known_name_after_a_comma_stays_a_person() -> None:
    assert names("Jane Doe, Cher", known=("Cher",)) == ["Jane Doe", "Cher"]


@pytest.mark.parametrize(
    ("text", "name", "aliases", "affiliation"),
    [
        ("肖一（涵二）", "肖一", ["涵二"], None),  # a short Chinese bracket: a nickname
        ("周一 (广二） ", "周一", ["广二"], None),  # mixed brackets
        ("孙一 (花名：天二)", "孙一", ["天二"], None),  # a bracket that says so
        ("刘一（OPPO）", "刘一", [], "OPPO"),
        ("王一（某某科技公司）", "王一", [], "某某科技公司"),
        ("宋一（布道师、社区创始人）", "宋一", [], "布道师、社区创始人"),
        ("Ann Lee (ACME Inc)", "Ann Lee", [], "ACME Inc"),
        ("Ann Lee (Initech)", "Ann Lee", [], "Initech"),  # after a Western name: employer
        ("Jimmy Song (宋一)", "Jimmy Song", ["宋一"], None),
        ("Ann Lee (aka Annie)", "Ann Lee", ["Annie"], None),
        ("Robert (Bob) Smith", "Robert Smith", ["Bob"], None),  # a bracket inside the name
        ("Jane Doe - CTO at Initech", "Jane Doe", [], "CTO at Initech"),
        ("Jane Doe is a data scientist at Initech", "Jane Doe", [], None),
        ("<b>Mallory</b>", "Mallory", [], None),
    ],
)
def test_a_bracket_is_a_nickname_or_an_affiliation_by_its_content(
    text: str, name: str, aliases: list[str], affiliation: str | None
) -> None:
    assert parse_name(text) == Name(name, aliases, affiliation)


@pytest.mark.parametrize(
    "text",
    ["guest speaker: Bert Jan Doe, OpenThing", "Guest Speaker：Bert Jan Doe，OpenThing"],
)
def test_guest_speaker_name_and_org(text: str) -> None:
    assert parse_name(text) == Name("Bert Jan Doe", [], "OpenThing")
    assert split_names(text) == [Name("Bert Jan Doe", [], "OpenThing")]


def test_names_are_trimmed_of_spaces_and_emphasis() -> None:
    assert parse_name("  **付一**  ").name == "付一"
    assert names("_Jane Doe_") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "strict", "expected"),
    [
        ("王院一", True, True),  # a common surname
        ("个人介绍", True, False),  # a field label, not a person
        ("个人介绍", False, True),  # …but after a speaker label anything short goes
        ("嘉一", True, False),  # a nickname needs a label or the front matter
        ("Luuk van der Velde", True, True),
        ("Maarten", True, False),
        ("Maarten", False, True),
        ("Beyond the Identity Server", True, False),
        ("资深架构师", False, False),
        ("Staff Engineer", False, False),
        ("Release 2", False, False),
        ("阿依·古丽", True, True),
    ],
)
def test_looks_like_name(text: str, strict: bool, expected: bool) -> None:
    assert looks_like_name(text, strict=strict) is expected


def test_a_known_name_always_counts() -> None:
    assert looks_like_name("嘉一", frozenset({key("嘉一")}))


def test_describes_someone() -> None:
    assert describes_someone("某某集团高级技术专家")
    assert describes_someone("CTO at Initech")
    assert describes_someone("Department of Mathematics, Université X")
    assert not describes_someone("王小明")
    assert not describes_someone("Jane Doe")


def test_name_keys_ignore_width_case_and_spacing() -> None:
    assert key("Ｊａｎｅ  DOE") == key("jane doe") == "janedoe"
    assert key("J. R. Doe") == key("JR Doe")
