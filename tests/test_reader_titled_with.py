"""One-talk pages whose title or opening heading names the speaker after ``featuring`` /
``with`` / ``mit`` (:func:`sphinx_meetup.reader.titled.heading_speaker`): pages written
for the test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.cli import main
from sphinx_meetup.reader import read_event


def test_a_title_featuring_a_person_the_body_names_again() -> None:
    event = read("Am 4. Oktober haben wir Ann Example zu Gast.\n",
                 title="Webdevel No. 31 - Caching featuring Ann Example")
    # the series' name and number are the event's, not the talk's
    assert talks(event) == [("Caching", ["Ann Example"])]


def test_the_opening_heading_with_a_linked_handle() -> None:
    event = read("# Angular mit [@ann_example](https://social.example/@ann_example)\n\n"
                 "Am 8. November berichtet uns jemand über Angular JS.\n",
                 title="Webdevel No. 32 - Angular JS")
    # the page's title carries the heading's topic: it is the talk's title
    assert talks(event) == [("Angular JS", ["@ann_example"])]
    assert not [p for p in event.problems if p.subtype == "programme"]
    assert "linked @handle" in event.talks[0].evidence["@ann_example"]


def test_the_opening_heading_with_a_name_the_page_links_or_pictures() -> None:
    page = ("# Xdebug workshop with Ann Example\n\n**October 4th, 2019**\n\n"
            "We are proud to host a workshop.\n\n![Ann Example](/img/ann.jpg)\n\n"
            "Ann Example wrote the debugger.\n")
    event = read_event(page)  # no front matter: the heading is the page's title
    assert talks(event) == [("Xdebug workshop", ["Ann Example"])]


def test_with_and_words_that_only_look_like_a_name_are_not_read() -> None:
    event = read("# Hacking with Raspberry Pi\n\nBring your Raspberry Pi and a cable.\n",
                 title="Hack night")
    assert talks(event) == []


def test_a_link_after_with_to_a_things_site_is_no_person() -> None:
    # a full name's words, linked - but to a project's site, and nowhere else on the page
    for target in ("https://rpi.example", "https://github.com/raspberry-pi"):
        event = read(f"# Hacking with [Raspberry Pi]({target})\n\nBring one.\n",
                     title="Hack night")
        assert talks(event) == []


def test_a_name_after_with_needs_a_link_or_a_picture() -> None:
    # named again in plain prose is enough after a dash or ``by``, not after ``with``
    event = read("# Caching with Ann Example\n\nAnn Example shows us her cache.\n",
                 title="Meetup")
    assert talks(event) == []


def test_a_later_heading_is_a_sections_not_the_pages() -> None:
    event = read("We meet at eight.\n\n## Dinner with Ann Example\n\n"
                 "![Ann Example](/img/ann.jpg)\n", title="Meetup")
    assert talks(event) == []


def test_show_explain_names_the_heading(tmp_path, capsys) -> None:
    page = tmp_path / "event.md"
    page.write_text("---\ntitle: Meetup\n---\n\n# Caching with [Ann Example]"
                    "(https://twitter.com/ann_example)\n\nSee you.\n", "utf-8")
    assert main(["show", "--explain", str(page)]) == 0
    out = capsys.readouterr().out
    assert "its heading names the speaker" in out


_WORD = st.sampled_from(["Caching", "with", "mit", "Ann", "Example", "Pi", "[x](/y)", "@a1"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=8), st.lists(_WORD, max_size=8))
def test_a_speaker_read_from_the_heading_is_written_in_it(
    heading: list[str], text: list[str],
) -> None:
    line = " ".join(heading)
    event = read(f"# {line}\n\n{' '.join(text)}\n", title="Meetup")
    for talk in event.talks:
        for name in talk.speakers:
            assert name in line
