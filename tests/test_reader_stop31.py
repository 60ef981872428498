"""Stop 31: shapes of the development half of rounds 71-76, each checked on the sealed
half before it landed (docs/accuracy.md, "Stop 31"). Pages here are written for the
test, never copied from a site.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.body import page_talk_title, without_date


def _talks(page: str) -> list[tuple[str, list[str]]]:
    return [(talk.title, talk.speakers) for talk in read_event(page).talks
            if talk.kind == "talk"]


# A talk's page titled with its night's day after the series' name

@pytest.mark.parametrize(("title", "expected"), [
    ("ExLUG June 1st 2017 - Packet Filters", "Packet Filters"),
    ("ExLUG 30. November 2017 - Storage - Where Next?", "Storage - Where Next?"),
    ("Rust Night 2019-04-11 - Lifetimes", "Lifetimes"),
    # a day alone before the dash, as before
    ("June 29th 2011 - OpenVPN", "OpenVPN"),
])
def test_a_series_and_its_day_before_the_dash_are_not_the_title(
        title: str, expected: str) -> None:
    assert without_date(title) == expected
    assert page_talk_title(title) == expected


@pytest.mark.parametrize("title", [
    "Python 3 - What Changed",  # a version, no day
    "Meetup March 2019 - Lightning Talks",  # a month is no day
    "Three Big Words 2019-04-11 - Topic",  # three words are more than a series' name
])
def test_what_is_not_a_series_and_a_day_stays(title: str) -> None:
    assert without_date(title) == title


HUGO_BLOX_TALK = """\
+++
title = "ExLUG June 1st 2017 - Packet Filters"
date = "2017-06-01T18:30:00+02:00"
authors = ["Ann Example"]
event = "ExLUG Last Thursday"
url_video = "https://www.youtube.com/watch?v=abcdefghijk"
+++

A hands-on evening.
"""


def test_a_hugo_blox_talk_page_drops_its_nights_day_from_the_talks_title() -> None:
    assert _talks(HUGO_BLOX_TALK) == [("Packet Filters", ["Ann Example"])]


# A front-matter slot whose title says the talk is not known yet

PLACEHOLDERS = """\
---
title: Meetup 40
date: 2020-01-16
talks:
  - speaker: ""
    title: "Stay tuned!"
  - speakers: Ann Example
    title: "Тема уточняется."
  - speakers: Bo Example
    title: "Parsing Logs Quickly"
---

Hello.
"""


def test_a_slot_titled_only_to_come_is_no_talk_but_stays_in_the_agenda() -> None:
    event = read_event(PLACEHOLDERS)
    assert _talks(PLACEHOLDERS) == [("Parsing Logs Quickly", ["Bo Example"])]
    slots = [(talk.title, talk.kind, talk.speakers) for talk in event.talks]
    assert slots[:2] == [("Stay tuned!", "break", []),
                         ("Тема уточняется.", "break", ["Ann Example"])]
    assert not event.problems


@pytest.mark.parametrize("title", ["TBA: Rust Lifetimes", "Staying Tuned in Jazz",
                                   "Coming Soon to a Browser Near You"])
def test_a_title_that_only_holds_such_words_is_still_a_talk(title: str) -> None:
    page = PLACEHOLDERS.replace("Parsing Logs Quickly", title)
    assert (title, ["Bo Example"]) in _talks(page)


# An empty speaker label whose paragraph goes on with the name alone on its line

_HEAD = "---\ntitle: Life Cycle of Models\ndate: 2023-03-01\n---\n\n"


@pytest.mark.parametrize("people", [
    "**Speaker:**\n**Ann Example**\n**ML Engineer, Example Labs**",
    "**Speaker:**<br />\nAnn Example<br />\nML Engineer, Example Labs",
    "**Speaker:**\nAnn Example",
])
def test_the_name_on_the_line_after_an_empty_speaker_label(people: str) -> None:
    page = _HEAD + "**Title: Life Cycle of Models (with use cases)**\n\n" + people + "\n"
    assert _talks(page) == [("Life Cycle of Models (with use cases)", ["Ann Example"])]


def test_an_organisation_after_the_empty_label_is_no_speaker() -> None:
    page = _HEAD + "**Title:** Life Cycle of Models\n\n**Speaker:**\nExample Labs GmbH\n"
    assert not any(talk.speakers for talk in read_event(page).talks)


# A meeting room is where people join live, never the recording

ROOM = """\
---
title: Reading night 53
date: 2019-08-01
---

## Where

[zoom 在线直播 - https://zoom.us/j/6923842137](https://zoom.us/j/6923842137)

## 视频回放

{url}
"""


@pytest.mark.parametrize("room", [
    "https://zoom.us/j/6923842137", "https://us02web.zoom.us/j/812345?pwd=abc",
    "https://meet.google.com/abc-defg-hij", "https://meet.jit.si/ExampleNight",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x",
])
def test_a_meeting_room_is_no_replay_but_stays_a_link(room: str) -> None:
    event = read_event(ROOM.replace("https://zoom.us/j/6923842137", room).format(url=room))
    assert event.replays == []
    assert room in [link.url for link in event.links]


def test_a_recording_beside_the_room_is_the_replay() -> None:
    event = read_event(ROOM.format(url="https://www.youtube.com/watch?v=abcdefghijk"))
    assert event.replays == ["https://www.youtube.com/watch?v=abcdefghijk"]
    assert "https://zoom.us/j/6923842137" not in event.replays


def test_a_zoom_recording_is_a_replay() -> None:
    event = read_event(ROOM.format(url="https://zoom.us/rec/share/abcDEF123"))
    assert event.replays == ["https://zoom.us/rec/share/abcDEF123"]


def test_a_talks_page_titled_only_to_come_makes_no_talk() -> None:
    page = ("---\ntitle: TBA\ndate: 2025-10-10\nspeaker: Ann Example\n---\n\n"
            "Abstract to follow.\n")
    event = read_event(page)
    assert [talk for talk in event.talks if talk.kind == "talk"] == []
    assert [speaker.name for speaker in event.speakers] == ["Ann Example"]


# What an HTML comment sets aside is not on the page

COMMENTED = """\
---
title: Tape, Storage of Tomorrow
date: 2018-02-22
---

A talk on tape.

<!--
## Video

<div class="video"><iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe></div>
-->
## Practical

Room 1, first floor.
"""


def test_a_commented_out_player_is_no_replay() -> None:
    assert read_event(COMMENTED).replays == []


def test_the_same_player_outside_the_comment_is_the_replay() -> None:
    page = COMMENTED.replace("<!--\n", "").replace("-->\n", "")
    [replay] = read_event(page).replays
    assert "youtube.com/" in replay and replay.endswith("abcdefghijk")


def test_blanking_a_comment_keeps_every_line_and_column() -> None:
    from sphinx_meetup.reader.blocks import without_comments

    text = "a <!-- x\ny --> b\nc"
    blanked = without_comments(text)
    assert blanked.split("\n") == ["a       ", "      b", "c"]


# A label word with an inclusive ending is the same label

@pytest.mark.parametrize("label", ["Expositor/a", "Ponente(s)", "Intervenant·e",
                                   "Referent*in", "Sprecher_innen", "Speaker"])
def test_an_inclusive_ending_keeps_the_speaker_label(label: str) -> None:
    page = ("---\ntitle: Sediment Transport in Rivers\ndate: 2024-05-02\n---\n\n"
            f"**{label}:** Ana Example (Universidad Ejemplo)\n\nAn abstract.\n")
    assert _talks(page) == [("Sediment Transport in Rivers", ["Ana Example"])]


def test_another_word_after_the_slash_is_no_ending() -> None:
    from sphinx_meetup.reader.labels import DEFAULT

    assert DEFAULT.fact("speaker").match("Speaker/Moderator: Ana") is None


# A page warned for naming people shows its body whole (a random seed of the trust
# property test found the rows read as breaks blanked from it)

def test_a_page_warned_for_its_people_shows_its_body_whole() -> None:
    body = ("- 9:00 – Closing words by Ida Quist\n"
            "- 9:00 – Closing words by Tom Verhoef\n")
    event = read_event("---\ntitle: Meetup 12\ndate: 2024-03-14\n---\n\n" + body)
    assert [problem.subtype for problem in event.problems] == ["programme"]
    assert event.talks == []
    assert event.body_rest.strip("\n") == body.strip("\n")


# A hard-wrapped line: an emphasis or a bracket that crosses the break joins the lines

WRAPPED = """\
---
title: Ann Example (Example University, The Netherlands)
date: 2021-03-08
---

*Speaker:* **Ann Example**  (Example University, The
Netherlands)

*Title: **Billiards in subriemannian geometry and
other tables***

*Abstract:* When one considers manifolds with boundary,
billiard dynamics are the natural analogue.
"""


def test_emphasis_and_brackets_across_a_hard_wrap_are_one_line() -> None:
    assert _talks(WRAPPED) == [
        ("Billiards in subriemannian geometry and other tables", ["Ann Example"])]


def test_joined_lines_keep_the_file_line_they_start_on() -> None:
    from sphinx_meetup.reader.blocks import blocks_of

    [speaker, title, _abstract] = blocks_of(WRAPPED.split("---\n\n", 1)[1], 6)
    assert speaker.source_lines == [
        "*Speaker:* **Ann Example**  (Example University, The Netherlands)"]
    assert speaker.lines_at == [6]
    assert title.lines_at == [9]


def test_lines_no_mark_crosses_stay_apart() -> None:
    from sphinx_meetup.reader.blocks import blocks_of

    [block] = blocks_of("**Time:** 19:00\n**Place:** Room 1 (first floor)\n", 1)
    assert block.source_lines == ["**Time:** 19:00", "**Place:** Room 1 (first floor)"]
    assert block.lines_at is None


@given(st.lists(st.text(alphabet="ab *()（）", max_size=12), min_size=1, max_size=8))
def test_joining_keeps_every_word_in_order(lines: list[str]) -> None:
    from sphinx_meetup.reader.blocks import _emphasis_joined

    joined, at = _emphasis_joined(lines, 10)
    assert " ".join(joined).split() == " ".join(lines).split()
    if at is not None:
        assert len(at) == len(joined) and at == sorted(at) and at[0] == 10


# A Hugo Blox talk page titled by its speaker first

SPEAKER_FIRST = """\
---
title: "{title}"
event: Statistics Seminar
date: 2024-02-22T00:00:00
location: "Room 24"
---
"""


def test_a_talk_page_titled_speaker_then_title() -> None:
    page = SPEAKER_FIRST.format(title="Marco Example (Columbia University): M-estimation "
                                      "and local privacy")
    event = read_event(page)
    assert _talks(page) == [("M-estimation and local privacy", ["Marco Example"])]
    assert [(s.name, s.affiliation) for s in event.speakers] == [
        ("Marco Example", "Columbia University")]


def test_a_talk_page_titled_by_its_speaker_alone_makes_their_card_and_no_talk() -> None:
    event = read_event(SPEAKER_FIRST.format(title="Catalina Example (University of Edinburgh)"))
    assert event.talks == []
    assert [(s.name, s.affiliation) for s in event.speakers] == [
        ("Catalina Example", "University of Edinburgh")]


def test_a_bracketed_title_no_given_name_leads_stays_whole() -> None:
    title = "Deep Learning (Part 2): Transformers"
    assert [talk.title for talk in read_event(SPEAKER_FIRST.format(title=title)).talks
            ] == [title]


# The page's speaker opening its title says who, not what

@pytest.mark.parametrize("title", ["Ann Example - Parsing Logs Quickly",
                                   "Ann Example (Example Labs): Parsing Logs Quickly",
                                   "Meetup #19: Ann Example - Parsing Logs Quickly"])
def test_the_speaker_opening_the_title_is_not_the_talks_title(title: str) -> None:
    page = f"---\ntitle: \"{title}\"\ndate: 2013-05-09\nspeaker: Ann Example\n---\n\nHello.\n"
    assert _talks(page) == [("Parsing Logs Quickly", ["Ann Example"])]


def test_a_sentences_first_word_before_a_given_name_is_no_name() -> None:
    page = ("---\ntitle: \"Meetup #19: Adam Example - PhpStorm\"\ndate: 2013-05-09\n---\n\n"
            "Adam Example and his move to PhpStorm.\n\n"
            "Najskôr Adam predstavil nástroje, ktoré používal predtým.\n")
    assert all("Najskôr" not in name for talk in read_event(page).talks
               for name in talk.speakers)


# The page's title restated in its body is its one talk's, whatever it joins

def test_a_title_the_body_restates_titles_the_labelled_talk() -> None:
    title = "Watching Volcanoes: Seismology against Eruption Risk"
    page = (f"---\ntitle: \"{title}\"\ndate: 2024-05-02\n---\n\n"
            "**Expositor/a:** Ana Example\n\n"
            f"\"{title}\"\nAlong the Andes there are more than three hundred volcanoes.\n")
    assert _talks(page) == [(title, ["Ana Example"])]


def test_a_joined_title_the_body_does_not_restate_is_no_talks_title() -> None:
    page = ("---\ntitle: \"Watching Volcanoes: Seismology against Eruption Risk\"\n"
            "date: 2024-05-02\n---\n\n**Expositor/a:** Ana Example\n\n"
            "Along the Andes there are more than three hundred volcanoes.\n")
    assert _talks(page) == []


# A table cell of sentences is a bio or an abstract, not a talk's title

_BIO = ("Stefan Example ist Senior Consultant und Coach bei der Example Systems AG in "
        "Dresden. Sein Schwerpunkt in Kundenprojekten sind webbasierte Softwarelösungen "
        "mit Java.")
BIO_TABLE = f"""\
---
title: "JUnit 5"
date: 2017-01-25
speakers:
  - name: Stefan Example
---

A talk on the new JUnit.

<table>
<tr>
<td><img src="../images/stefan.jpg"></td>
<td>{_BIO}</td>
</tr>
</table>
"""


def test_a_paragraph_in_a_table_cell_is_no_talk() -> None:
    assert all("Consultant" not in title for title, _ in _talks(BIO_TABLE))


def test_a_long_title_of_one_sentence_is_still_a_title() -> None:
    from sphinx_meetup.model import Talk
    from sphinx_meetup.reader.confidence import talk_doubt
    from sphinx_meetup.reader.labels import DEFAULT

    title = ("Building Digital Platforms at Scale: Lessons from Modern Banks - Moving from "
             "monoliths to modular, domain-driven architectures (bounded contexts)")
    talk = Talk(title=title, speakers=["Ann Example"])
    talk.evidence.update({"": "line 3: agenda table row", "Ann Example": "line 3: speaker label"})
    assert talk_doubt(talk, DEFAULT, {"annexample"}) is None


def test_one_speaker_written_as_text_is_read_without_a_word() -> None:
    event = read_event("---\ntitle: JUnit 5\ndate: 2017-01-25\nspeaker: Stefan Example\n"
                       "---\n\nA talk on JUnit.\n")
    assert [s.name for s in event.speakers] == ["Stefan Example"]
    assert not [p for p in event.problems if p.subtype == "frontmatter"]


def test_several_speakers_in_one_string_still_get_a_word() -> None:
    event = read_event("---\ntitle: Night\ndate: 2017-01-25\n"
                       "speaker: \"Ada Example、Grace Example\"\n---\n\nTalks.\n")
    assert [s.name for s in event.speakers] == ["Ada Example", "Grace Example"]
    assert any("should be a list" in p.message for p in event.problems)


# A Korean, Japanese or Chinese meeting's name before the talk's title

@pytest.mark.parametrize(("title", "expected"), [
    ("경희대학교 첫 번째 모임 - Cloud Computing 및 AWS 소개", "Cloud Computing 및 AWS 소개"),
    ("第3回勉強会：Rustの所有権", "Rustの所有権"),
    ("Kubernetes 모임 소개", "Kubernetes 모임 소개"),  # no separator: the title's own words
])
def test_a_meetings_name_before_the_title_is_the_events(title: str, expected: str) -> None:
    from sphinx_meetup.reader.titled import without_series

    assert without_series(title) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("5AWtVMdCFFo?start=680", "https://www.youtube.com/watch?v=5AWtVMdCFFo&t=680"),
    ("5AWtVMdCFFo?t=680", "https://www.youtube.com/watch?v=5AWtVMdCFFo&t=680"),
    ("5AWtVMdCFFo?start=soon", None),
])
def test_a_bare_video_id_from_a_moment_on(value: str, expected: str | None) -> None:
    from sphinx_meetup.reader.fields import video_address

    assert video_address("video", value) == expected


# A Hugo Blox page that is the event, its summary saying who presents it

PRESENTED = """\
---
title: 'Normalizing Flows'
authors:
  - ann
date: '2024-06-07T00:00:00Z'
publishDate: '2024-06-07T00:00:00Z'
abstract: Flows map a simple distribution into a complex one.
summary: {summary}
---
"""


def test_a_summary_that_says_who_presents_gives_the_pages_talk() -> None:
    page = PRESENTED.format(summary="Seminar presented by Ann Example and Bo Sample on "
                                    "normalizing flows (07/06/2024 at 2 PM).")
    assert _talks(page) == [("Normalizing Flows", ["Ann Example", "Bo Sample"])]


@pytest.mark.parametrize("summary", ["Seminar presented by the Statistics Society.",
                                     "Seminar on normalizing flows."])
def test_a_summary_naming_no_person_gives_no_talk(summary: str) -> None:
    assert _talks(PRESENTED.format(summary=summary)) == []


# A page title that lists its talks as 'Full Name - Title'

@pytest.mark.parametrize(("title", "expected"), [
    ("WebNight #20 @ Acme: Andrej Example - Intro to Git; Ondrej Sample - Hacking life",
     [("Intro to Git", ["Andrej Example"]), ("Hacking life", ["Ondrej Sample"])]),
    ("WebNight #19: Adam Example - PhpStorm", [("PhpStorm", ["Adam Example"])]),
])
def test_a_title_listing_its_talks_by_full_names(
        title: str, expected: list[tuple[str, list[str]]]) -> None:
    page = f"---\ntitle: \"{title}\"\ndate: 2013-06-06\n---\n\nSlides below.\n"
    assert _talks(page) == expected


@pytest.mark.parametrize("title", ["Python - the Basics", "Meetup #3 - Docker Basics",
                                   "WebNight #4: Ann Example - Git; and drinks"])
def test_a_title_without_full_names_on_every_part_lists_nothing(title: str) -> None:
    from sphinx_meetup.reader.body import named_first_talks

    assert named_first_talks(title) == []


# The event's own fact labels (``Event Date:``, ``Event Venue:``) in a table of facts

FACTS_TABLE = """\
---
title: "Meetup #2"
---

|                    |                                       |
| ------------------ | ------------------------------------- |
| **Event Date:**    | Friday, April 25<sup>th</sup>, 2025   |
| **Event Timings:** | 3:30 PM to 7:00 PM                    |
| **Event Venue:**   | [Example Office, Pune](https://example.org/map) |

### Slides

- [EXPLAIN Explained: Making Sense of Query Plans](/slides/explain.pdf)
- [Hidden information about your tables](/slides/columns.pdf)
"""


def test_a_table_of_the_events_facts_is_no_programme() -> None:
    event = read_event(FACTS_TABLE)
    assert not [p for p in event.problems if p.subtype == "programme"]
    assert str(event.start).startswith("2025-04-25")
    assert [title for title, _ in _talks(FACTS_TABLE)] == [
        "EXPLAIN Explained: Making Sense of Query Plans", "Hidden information about your tables"]
