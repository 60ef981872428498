"""Hugo heading shortcodes (``{{< h3 "Title" >}}``, a theme's ``{{< mh2 "Talks" >}}``) read
as the headings they stand for, and a talk's speaker written as the link alone under its
heading (a full name, or an ``@handle``)."""

from __future__ import annotations

import pytest
from reader_support import fell_back, read, talks

from sphinx_meetup.reader import shortcodes

PAGE = """We start at 6:30 pm.

{{{{< {h}2 "Sponsors" >}}}}

Venue provided by [Example Space](https://example.com/)

{{{{< {h}2 "Talks" >}}}}

{{{{< {h}3 "Introduction to gRPC" >}}}}

{speaker}

{{{{< {h}2 "Events" >}}}}

- Example Go: Workshop Part II - [October 22](/meetup/2018-10-22/)
- Example Go Meetup - [November](/meetup/2018-11/)
"""


@pytest.mark.parametrize("h", ["h", "mh"])
@pytest.mark.parametrize(("speaker", "name"), [
    ("[Ann Example](https://github.com/annexample)", "Ann Example"),
    ("[@annex](https://twitter.com/annex) ([video](https://vimeo.com/1), "
     "[code](https://github.com/x/y))", "annex"),
])
def test_a_heading_shortcode_is_a_heading_and_the_link_under_it_the_speaker(
    h: str, speaker: str, name: str
) -> None:
    event = read(PAGE.format(h=h, speaker=speaker), title="October Meetup")
    assert talks(event) == [("Introduction to gRPC", [name])]
    assert "## Events" in event.body_rest  # shown as the heading it stands for


def test_a_link_in_prose_under_a_lone_heading_is_no_speaker() -> None:
    speaker = "Thanks to [Ann Example](https://github.com/annexample) for the idea."
    event = read(PAGE.format(h="h", speaker=speaker), title="October Meetup")
    # (a lone heading naming no one is no programme either: the page is shown as written)
    assert fell_back(event)


def test_a_handle_in_prose_is_no_speaker() -> None:
    speaker = "Follow [@annex](https://twitter.com/annex) for news."
    event = read(PAGE.format(h="h", speaker=speaker), title="October Meetup")
    assert fell_back(event)


def test_an_events_section_holds_no_talk() -> None:
    event = read(PAGE.format(h="h", speaker="").replace(
        '{{< h2 "Talks" >}}\n\n{{< h3 "Introduction to gRPC" >}}', ""), title="Night")
    assert talks(event) == []


@pytest.mark.parametrize("text", [
    '{{< h3 "Title" "extra" >}}',  # two texts: not a heading's one
    'Before {{< h3 "Title" >}}',  # not alone on its line
    '{{< youtube "abc" >}}',
])
def test_other_shortcodes_stay(text: str) -> None:
    assert shortcodes.headings(text) == text


def test_a_workshop_heading_with_an_instructor_is_the_page_talk() -> None:
    body = ("## Sponsors\n\nVenue by [Example Space](https://example.com/).\n\n"
            "## Workshop\n\nInstructor: [Ann Example](https://github.com/annexample)\n\n"
            "Mentors: [Bo Sample](https://github.com/bo), [Cy Test](https://github.com/cy)\n")
    event = read(body, title="Go for Web Developers Workshop Part I")
    assert talks(event) == [("Go for Web Developers Workshop Part I", ["Ann Example"])]


@pytest.mark.parametrize("text", [
    '```\n{{< h3 "Title" >}}\n```',  # code: shown as written
    '{{< tech2 "Go" >}}',  # a shortcode whose name only ends like a level
])
def test_shortcodes_in_code_or_of_other_names_stay(text: str) -> None:
    assert shortcodes.headings(text) == text
