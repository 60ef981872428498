"""Which language a block of text is in, by its script (hypothesis properties)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader.language import (
    language_tag,
    same_language,
    script_language,
    text_language,
)

latin = st.text(st.characters(max_codepoint=0x024F), max_size=40)
han = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1,
              max_size=20)
hiragana = st.text(st.characters(min_codepoint=0x3041, max_codepoint=0x3096), min_size=1,
                   max_size=10)
hangul = st.text(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1,
                 max_size=10)


@given(latin)
def test_latin_text_does_not_tell(text: str) -> None:
    assert script_language(text) is None


@given(latin, han, latin)
def test_han_alone_is_chinese(before: str, chinese: str, after: str) -> None:
    assert script_language(before + chinese + after) == "zh-CN"
    assert script_language(before + chinese + after, han="zh-TW") == "zh-TW"


@given(han, hiragana, latin)
def test_kana_makes_it_japanese(kanji: str, kana: str, rest: str) -> None:
    assert script_language(kanji + kana + rest) == "ja"
    assert script_language(rest + kana + kanji) == "ja"


@given(hangul, st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=5))
def test_hangul_makes_it_korean(korean: str, hanja: str) -> None:
    assert script_language(hanja + korean) == "ko"


@given(st.text(max_size=60))
def test_any_text_gives_one_of_four_answers_in_any_order(text: str) -> None:
    found = script_language(text)
    assert found in {None, "zh-CN", "ja", "ko"}
    assert script_language("".join(sorted(text))) == found


def test_a_chinese_name_with_a_katakana_middle_dot_stays_chinese() -> None:
    assert script_language("马克・吐温") == "zh-CN"


@given(st.sampled_from(["zh_CN", "zh-cn", "ZH-CN", "zh-CN"]))
def test_tags_are_normalised(value: str) -> None:
    assert language_tag(value) == "zh-CN"
    assert same_language(value, "zh")
    assert not same_language(value, "zh-TW")


@given(st.text(max_size=20))
def test_a_tag_is_safe_in_an_attribute(value: str) -> None:
    tag = language_tag(value)
    assert tag is None or all(c.isalnum() or c == "-" for c in tag)


def test_text_language_against_the_site() -> None:
    assert text_language("杭州西溪谷 G 座", "en") == "zh-CN"
    assert text_language("杭州西溪谷 G 座", "zh_CN") is None
    assert text_language("台北", "zh_TW") is None  # Han text on a Taiwanese site is theirs
    assert text_language("Service Mesh", "en") is None
    assert text_language("Service Mesh", "zh_CN") is None  # Latin does not tell
    assert text_language("Service Mesh", "zh_CN", declared="en") == "en"
    assert text_language("Rust で", "en", declared="ja") == "ja"
    assert text_language("x", "en", declared="en-GB") is None
