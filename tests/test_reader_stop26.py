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


#: three talks, each item ``Full Name - Title`` (one title in mixed case)
NAMED_ITEMS = ("* Ann Smith - Why Teams Ditch Scrum\n* Bob Jones - Caching in Practice\n"
               "* Carl Berg - iOS Development\n")
NAMED_TALKS = [("Why Teams Ditch Scrum", ["Ann Smith"]), ("Caching in Practice", ["Bob Jones"]),
               ("iOS Development", ["Carl Berg"])]


def test_a_list_of_full_name_dash_title_items_in_a_talks_section_is_the_programme() -> None:
    assert talks(read("### Talks this month\n" + NAMED_ITEMS)) == NAMED_TALKS
    assert talks(read("These talks are planned:\n\n" + NAMED_ITEMS)) == NAMED_TALKS


def test_the_same_list_outside_a_talks_section_needs_the_front_matter() -> None:
    assert talks(read("Links we liked:\n\n" + NAMED_ITEMS)) == []


def test_a_list_whose_every_title_could_be_a_name_says_no_side() -> None:
    # ``Ann Smith - Dana Scully``: which side is the person is a guess
    body = ("### Talks\n* Ann Smith - Why Teams Ditch Scrum\n* Bob Jones - Digital Effin "
            "Strategy\n* Carl Berg - Dana Scully\n")
    assert talks(read(body)) == []


def test_template_blanks_and_defined_terms_are_no_talks() -> None:
    blanks = "### Talks\n" + "- Presenter Name - TITLE OF THE PRESENTATION\n" * 3
    terms = ("### Talks\n* Object Detection - finding the boxes\n"
             "* Image Segmentation - cutting the picture\n* Pose Estimation - where joints are\n")
    assert talks(read(blanks)) == [] and talks(read(terms)) == []


def test_an_item_that_goes_on_to_describe_its_talk_stays_as_written() -> None:
    body = ("### Talks\n" + NAMED_ITEMS + "* Dana Lee - Go Home! The site was rebuilt. "
            "Dana will show how.\n")
    event = read(body)
    assert talks(event) == NAMED_TALKS
    assert "Dana will show how." in event.body_rest
