"""Lines that look like ``title by name`` or ``name: title`` but are neither: a passive
sentence's agent, a name parted by a dash from the first half of a title.

Pages written for the test (no third-party text).
"""

from __future__ import annotations

from reader_support import read, talks


def test_the_agent_of_a_passive_sentence_gives_no_talk() -> None:
    """``… The plan was drafted by Dr. Example.`` in a talks section: the sentence's
    agent, not a talk called "We thank … was drafted" by them."""
    body = ("## Programme\n\n**Ann Example：Testing the emulator**\n\n"
            "Ann shows how the emulator is tested.\n\n"
            "We thank Dr. Bo Example from Example Lab. The plan was drafted by Dr. Example.\n")
    event = read(body, title="Emulator evening")
    assert ("Testing the emulator", ["Ann Example"]) in talks(event)
    assert all(not title.startswith("We thank") for title, _ in talks(event))


def test_a_dash_before_a_colon_parts_a_title_not_a_job() -> None:
    """``- 郑一鸣 - 示例系统 on 新架构: 迁移时遇到的问题`` names no one by ``名：标题``: the
    words after the dash are the first half of the title, not the person's job."""
    body = ("## 议程\n\n- 郑一鸣 - 示例系统 on 新架构: 迁移时遇到的问题\n"
            "- Bo Example - Example OS on New Arch: lessons learned\n")
    assert all("迁移" not in title and "lessons" not in title
               for title, _ in talks(read(body, title="双语活动")))
