"""Rules written at stop 26. Pages written for the test, never copied from a site."""

from __future__ import annotations

from reader_support import read, talks

#: the page's two people, in its front matter
TWO = "speaker: Ann Smith\nspeaker2: Bob Jones\n"


def test_a_by_line_whose_speaker_is_a_link_is_a_talk_in_a_paragraph_too() -> None:
    # ``**Title** by **[Name](profile)**``: the link is the speaker's page, as in a list
    for after in ("", " (english talk)"):
        body = (f"**Event Sourcing Basics** by **[Ann Smith](/people?k=ann)**{after}\n\n"
                "What the first talk covers, in a few words.\n\n"
                f"**Builds that Last** by [Bob Jones](/people?k=bob){after}\n\n"
                "What the second one covers.\n")
        assert talks(read(body, TWO, title="Night of Two Talks")) == [
            ("Event Sourcing Basics", ["Ann Smith"]), ("Builds that Last", ["Bob Jones"])]


def test_a_link_after_by_that_goes_on_is_no_profile() -> None:
    # the link does not close the line: its text is part of a sentence, not a speaker
    body = ("**Event Sourcing Basics** by [Ann Smith](/people?k=ann) and the whole team "
            "of the evening, who will tell you more when you arrive.\n")
    assert ("Event Sourcing Basics", ["Ann Smith"]) not in talks(
        read(body, TWO, title="Night of Two Talks"))
