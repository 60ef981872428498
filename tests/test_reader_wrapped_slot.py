"""A speaker slot under a talk's heading whose role the author wrapped onto a second
line (the first line ends with a comma).

Pages written for the test (no third-party text).
"""

from __future__ import annotations

from reader_support import fell_back, read, talks


def test_a_slot_wrapped_after_a_comma_still_names_the_speaker() -> None:
    """``Ann Example - Lead consultant Example Co,`` then ``Certified Cloud Architect``
    on the next line of one paragraph: the first line is the slot; the second stays
    the talk's text."""
    body = ("## Talks\n\n### Threat modelling for beginners\n\n"
            "<div>Ann Example - Lead consultant Example Co,\n"
            "Certified Cloud Architect</div>\n\nAn introduction.\n\n"
            "### Wallets in practice\n\n<div>王小明，示例公司前端工程师</div>\n\nA demo.\n")
    event = read(body, title="Security evening")
    assert talks(event) == [("Threat modelling for beginners", ["Ann Example"]),
                            ("Wallets in practice", ["王小明"])]
    assert "Certified Cloud Architect" in event.talks[0].abstract


def test_a_paragraph_of_two_sentences_is_no_slot() -> None:
    """A first line that ends with a full stop is prose, not a slot cut by a wrap."""
    body = ("## Talks\n\n### Threat modelling for beginners\n\n"
            "Ann Example - we will look at threats.\nThen we practise.\n")
    # (no slot, so no heading names anyone: the page is shown as written)
    assert fell_back(read(body, title="Security evening"))
