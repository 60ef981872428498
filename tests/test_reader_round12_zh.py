"""Talk rules written on round 12's Chinese and Japanese sites (unsealed at stop 20),
each general: vocabulary of a whole language, shapes seen on more than one site. Pages
written for the test, never copied from a site."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.reader.labels import DEFAULT


def test_a_theme_label_above_a_guest_label_titles_the_guests_session() -> None:
    # one bold-label block: the salon's theme, then its guests - one session, theirs
    body = ("**沙龙主题**：《示例数据的未来》  \n"
            "**沙龙嘉宾**：王小明（示例大学）、陈明（样例网）\n")
    assert talks(read(body, title="示例沙龙第三期")) == [
        ("示例数据的未来", ["王小明", "陈明"])
    ]


def test_a_theme_label_is_never_a_speaker() -> None:
    body = "**本期主题**：示例分析与可视化  \n**本期嘉宾**：王小明\n\n王小明，示例大学教授。\n"
    found = talks(read(body, title="示例沙龙第四期"))
    assert found == [("示例分析与可视化", ["王小明"])]
    assert all("本期主题" not in speakers for _, speakers in found)


_HAN = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2,
               max_size=12)


@settings(max_examples=60)
@given(st.sampled_from(DEFAULT.theme), _HAN)
@example("沙龙主题", "示例分析")
def test_no_theme_label_is_read_as_a_person(label: str, title: str) -> None:
    # ``**活动主题**：…`` opens no ``名：标题`` line, whatever the theme says
    event = read(f"**{label}**：{title}  \n**嘉宾**：王小明\n", title="示例活动")
    assert all(label not in speakers for _, speakers in talks(event))
