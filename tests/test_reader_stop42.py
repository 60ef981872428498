"""Stop 42: what a site's own structure says - how its front matter files a page, a
schedule its theme nests, an audio player - written again here for the test (never
copied from a site), and what must stay unread beside them.
"""

from __future__ import annotations

import pytest
from reader_support import read, talks

from sphinx_meetup.reader.fields import filed_as_talk

_PROSE = ("Ann erklärt uns, wie Versionsverwaltung funktioniert, und zeigt die wichtigsten "
          "Befehle.\n\nDanach gibt es Getränke.")


# ------------------------------------------------ a page its front matter files as a talk

@pytest.mark.parametrize("filing", ["category: talk", "categories: [talk]", "type: lecture",
                                    "eventType:\n  - presentation", "layout: Vortrag",
                                    "kind: 讲座"])
def test_a_page_filed_as_a_talk_is_its_one_talk(filing: str) -> None:
    event = read(_PROSE, f"{filing}\n", title="Versionsverwaltung mit Git")
    assert talks(event) == [("Versionsverwaltung mit Git", [])]
    assert "front matter files it as a talk" in event.talks[0].evidence[""]
    assert not any(problem.subtype == "programme" for problem in event.problems)


@pytest.mark.parametrize(("filing", "title"), [
    ("category: meetup", "Versionsverwaltung mit Git"),
    ("categories: [talks]", "Versionsverwaltung mit Git"),  # a plural files several as well
    ("eventType: [presentation, exercise]", "Versionsverwaltung mit Git"),  # other parts too
    ("tags: [talk]", "Versionsverwaltung mit Git"),  # a tag is a topic, not the page's kind
    ("category: talk", "Kurzvorträge"),  # the title says several
    ("category: talk", "Lightning Talks im Mai"),
    ("category: talk", "Mai 2024"),  # a month names a meeting, not a talk
])
def test_what_is_no_filing_of_one_talk(filing: str, title: str) -> None:
    assert talks(read(_PROSE, f"{filing}\n", title=title)) == []


def test_a_filed_page_titled_by_a_name_is_left_as_written() -> None:
    # ``Ann Example über "…"``: who speaks is in the title, and where the talk's own title
    # starts is a guess when the text does not name her again
    event = read("Es geht um Versionsverwaltung.", "category: talk\n",
                 title='Ann Example über \\"Versionsverwaltung\\"')
    assert talks(event) == []


def test_front_matter_speakers_give_the_filed_talk() -> None:
    front = "category: talk\nspeakers:\n  - name: Ann Example\n"
    assert talks(read(_PROSE, front, title="Git")) == [("Git", ["Ann Example"])]


def test_a_talk_read_from_the_text_wins_over_the_filing() -> None:
    body = "## Programm\n\n### Git für alle\n\nSpeaker: Ann Example\n"
    assert talks(read(body, "category: talk\n", title="Abend")) == [
        ("Git für alle", ["Ann Example"])]


@pytest.mark.parametrize(("data", "expected"), [
    ({"category": "Talk"}, ("category: Talk", 4)),
    ({"eventtype": ["presentation"]}, ("eventtype: presentation", 4)),
    ({"category": "talk ", "type": "post"}, ("category: talk", 4)),
    ({"category": ["talk", "meetup"]}, None),
    ({"category": 3}, None),
    ({"title": "talk"}, None),
    ({}, None),
])
def test_filed_as_talk(data: dict[str, object], expected: tuple[str, int] | None) -> None:
    lines = dict.fromkeys(data, 4)
    assert filed_as_talk(data, lines) == expected


# --------------------------------------------- a schedule nested in a theme's own layout

def _nested(*cells: str) -> str:
    rows = "".join(f"  - row:\n      columns:\n      - column:\n          time: {9 + n}:00\n"
                   f"      - column:\n{cell}" for n, cell in enumerate(cells))
    return f"event_schedule:\n  title: Programma\n  rows:\n{rows}"


def _talk(title: str, speaker: str) -> str:
    return f"          talk:\n            speaker: {speaker}\n            title: \"{title}\"\n"


def _text(text: str) -> str:
    return f"          textfield:\n            text: {text}\n"


def test_talk_records_nested_in_a_schedule_are_the_programme() -> None:
    front = _nested(_text("Ontvangst, koffie"), _talk("Scaling Postgres", "Ann Example"),
                    _text("Lunch"), _talk("Rust for the rest of us", "Bo Sample en Cy Other"))
    event = read("Het programma staat hierboven.", front, title="Najaarsconferentie")
    assert talks(event) == [("Scaling Postgres", ["Ann Example"]),
                            ("Rust for the rest of us", ["Bo Sample", "Cy Other"])]
    assert all("event_schedule" in talk.evidence[""] for talk in event.talks)


def test_one_nested_record_is_no_programme() -> None:
    front = _nested(_text("Ontvangst"), _talk("Scaling Postgres", "Ann Example"))
    assert talks(read("Tekst.", front, title="Avond")) == []


def test_records_under_a_key_of_people_are_no_programme() -> None:
    # a theme's people with a job ``title``: the key says what they are
    front = ("organizers:\n  board:\n    - speaker: yes\n      title: Chair\n      name: Ann\n"
             "    - speaker: yes\n      title: Treasurer\n      name: Bo\n")
    assert talks(read("Tekst.", front, title="Avond")) == []


def test_a_programme_of_the_page_s_own_wins_over_nested_records() -> None:
    front = ("talks:\n  - title: Own talk\n    speaker: Dee Example\n"
             + _nested(_talk("Nested one", "Ann Example"), _talk("Nested two", "Bo Sample")))
    assert talks(read("Tekst.", front, title="Avond")) == [("Own talk", ["Dee Example"])]


@pytest.mark.parametrize(("joined", "names"), [
    ("Ed Example en Ron Sample", ["Ed Example", "Ron Sample"]),
    ("Ed Example und Ron Sample", ["Ed Example", "Ron Sample"]),
    ("Ed Example et Ron Sample", ["Ed Example", "Ron Sample"]),
    ("Ed Example og Ron Sample", ["Ed Example", "Ron Sample"]),
])
def test_a_front_matter_entry_joins_its_people_in_its_language(joined: str,
                                                               names: list[str]) -> None:
    front = f"talks:\n  - title: Joint work\n    speaker: {joined}\n"
    assert talks(read("Tekst.", front, title="Avond")) == [("Joint work", names)]


# --------------------------------------------------------------------------- an audio player

def test_an_audio_player_of_a_file_is_the_recording() -> None:
    body = ('<audio id="player">\n  <source src="https://files.example.org/podcast/git.mp3" '
            'type="audio/mpeg"></source>\n</audio>\n\nAnn erklärt Git.')
    assert read(body, "category: talk\n", title="Git").replays == [
        "https://files.example.org/podcast/git.mp3"]


@pytest.mark.parametrize("player", [
    '<audio src="git.mp3"></audio>',  # a file of the site: no address to link
    '<audio src="https://files.example.org/a.mp3#t=300"></audio>',  # an excerpt
    '<audio src="https://files.example.org/a.mp3"></audio>\n\n'
    '<audio src="https://files.example.org/b.mp3"></audio>',  # each talk's own
])
def test_audio_that_is_no_recording_of_the_event(player: str) -> None:
    assert read(f"{player}\n\nText.", title="Git").replays == []


# ------------------------------------------------ a dash inside a title, the person in a bracket

def test_a_bracket_opening_with_a_person_is_the_slot_not_the_dash() -> None:
    body = ("### Our agenda\n\n* 18:45 Kick off\n"
            "* 19:15 Scaling Postgres (Ann Example, Acme)\n"
            "* 19:45 Serverless vs Kubernetes - The Great Debate (John Sample, Initech)\n"
            "* 20:15 Break\n"
            "* 20:30 Tracing at scale (Maria Other, Globex)\n")
    assert talks(read(body, title="July meetup")) == [
        ("Scaling Postgres", ["Ann Example"]),
        ("Serverless vs Kubernetes - The Great Debate", ["John Sample"]),
        ("Tracing at scale", ["Maria Other"])]


def test_a_dash_before_a_person_stays_the_slot() -> None:
    body = ("### Our agenda\n\n* 19:15 Scaling Postgres - Ann Example (Acme)\n"
            "* 19:45 Rust for the rest of us - John Sample (Initech)\n")
    assert talks(read(body, title="July meetup")) == [
        ("Scaling Postgres", ["Ann Example"]), ("Rust for the rest of us", ["John Sample"])]


# ------------------------------------------------------- a recap's sentences linking each talk

_RECAP = ("Kicking off our evening was John Sample from Initech, with a talk on "
          "[Scaling Postgres in anger](https://video.example.org/1) (starting at 19:07).\n\n"
          "* Why it broke.\n\n"
          "Next up we had Maria Other from Globex discussing [Tracing at scale with "
          "OpenTelemetry](https://video.example.org/2).\n\n"
          "Finally Ann Example wrapped up with a discussion on [Platform teams as "
          "products](https://video.example.org/3).")


def test_a_recap_s_sentences_name_each_linked_talk() -> None:
    assert talks(read(_RECAP, title="June recap")) == [
        ("Scaling Postgres in anger", ["John Sample"]),
        ("Tracing at scale with OpenTelemetry", ["Maria Other"]),
        ("Platform teams as products", ["Ann Example"])]


@pytest.mark.parametrize("recap", [
    # one sentence alone, its person known to no front matter: no programme
    "John Sample from Initech gave a talk on [Scaling Postgres in anger](https://v.example/1).",
    # a link to a person is the person, not a title
    "We had a talk by [John Sample](https://example.org/john) and one by "
    "[Maria Other](https://example.org/maria).",
    # a one-word link is a place or a product more often than a talk
    "John Sample gave a talk at [KubeCon](https://k.example) and Maria Other spoke at "
    "[FOSDEM](https://f.example).",
])
def test_linked_words_that_name_no_talk(recap: str) -> None:
    assert talks(read(recap, title="June recap")) == []


# ------------------------------------------------------------------------ an empty heading

@pytest.mark.parametrize("spacer", ["###", "### ", "## **  **", "#"])
def test_an_empty_heading_heads_no_talk(spacer: str) -> None:
    body = (f"Intro text.\n\n{spacer}\n\n**Scaling Postgres in anger by John Sample, "
            "Engineer at Initech**\n\nAfter a welcome, the evening began with a talk.")
    assert talks(read(body, title="HUG #2")) == [("Scaling Postgres in anger", ["John Sample"])]


# ------------------------------------------------- "the following speakers" is no next event

@pytest.mark.parametrize(("opening", "day"), [
    ("Thursday, May 6, we organized another evening. This time, we had the following "
     "speakers:", "2021-05-06"),
    ("Thursday, June 3rd was our evening again. We had the following awesome speakers:",
     "2021-06-03"),
])
def test_the_following_speakers_open_a_list_not_another_event(opening: str, day: str) -> None:
    event = read(f"{opening}\n\nMore text.", title="Cloud evening - May 2021", date="2021-05-07")
    assert event.start is not None and event.start.isoformat()[:10] == day


def test_the_following_meetup_closing_a_recap_is_another_event() -> None:
    body = ("We met and talked about clouds.\n\nThanks to everyone who came.\n\n"
            "The following meetup will be on Thursday, June 3rd.")
    event = read(body, title="Cloud evening - May 2021", date="2021-05-07")
    day = "2021-05-07"
    assert event.start is not None and event.start.isoformat()[:10] == day


# ------------------------------------------------------------ sibling headings split by a bar

_BARRED = ("Thursday, May 6, we met again. This time, we had the following speakers:\n\n"
           "## {one}\n\nWhat the first talk was about.\n\nhttps://youtu.be/abcdefghijk\n\n"
           "## {two}\n\nWhat the second talk was about.\n\n## Watch the stream\n\nThe link.")


@pytest.mark.parametrize(("one", "two"), [
    ("John Sample | Project Fifteen", "Maria Other & Peter Example | Edge computing at home"),
    ("Project Fifteen | John Sample", "Edge computing at home | Maria Other & Peter Example"),
])
def test_sibling_headings_split_by_a_bar_name_their_people(one: str, two: str) -> None:
    event = read(_BARRED.format(one=one, two=two), title="Cloud evening - May 2021")
    assert talks(event) == [("Project Fifteen", ["John Sample"]),
                            ("Edge computing at home", ["Maria Other", "Peter Example"])]


@pytest.mark.parametrize(("one", "two"), [
    ("Rust | Getting started", "Go | Beyond the basics"),  # no person on either side
    ("John Sample | Project Fifteen", "John Sample | Edge computing"),  # one person twice
    ("John Sample | Maria Other", "Peter Example | Ann Example"),  # people on both sides
    ("John Sample | Project Fifteen", "Edge computing at home"),  # one heading alone
    ("John Sample | Project Fifteen", "Xqzt Vrbl | Edge computing"),  # a name none vouches for
])
def test_barred_headings_that_are_no_programme(one: str, two: str) -> None:
    assert talks(read(_BARRED.format(one=one, two=two), title="Cloud evening")) == []


# ------------------------------------------------------- a bare video address under a talk

def _video_page(under_one: str) -> str:
    return _BARED_VIDEO.format(under_one=under_one)


_BARED_VIDEO = ("## John Sample | Project Fifteen\n\nWhat the first talk was about.\n\n"
                "{under_one}\n\n## Maria Other | Edge computing\n\nThe second talk.\n\n"
                "https://youtu.be/second_one")


def test_a_bare_video_address_under_a_talk_is_its_video() -> None:
    event = read(_video_page(r"https://youtu.be/first\_one"), title="Cloud evening")
    assert [(talk.title, talk.video) for talk in event.talks] == [
        ("Project Fifteen", "https://youtu.be/first_one"),
        ("Edge computing", "https://youtu.be/second_one")]


@pytest.mark.parametrize("under_one", [
    "https://example.org/slides.pdf",  # no video's page
    "https://youtu.be/first_one?t=120",  # an excerpt
    "https://youtu.be/first_one\n\nhttps://youtu.be/other_one",  # two: whose is which
    "See https://youtu.be/first_one and https://example.org/x",  # another link beside
])
def test_what_is_no_bare_video_of_a_talk(under_one: str) -> None:
    event = read(_video_page(under_one), title="Cloud evening")
    assert event.talks[0].video is None


# ---------------------------------------------- a recap's "held on"; a blog post's authors

_RECAP_DAY = ("**A quarterly meetup.**\n\nOur friends at [Acme](https://a.example/) kindly "
              "hosted the fourth meetup, held on 22nd March. We gathered at their office.")


@pytest.mark.parametrize("front", ["", "authors:\n- ann-writer\n", "type: Event\n"])
def test_a_recap_s_held_on_states_the_day(front: str) -> None:
    event = read(_RECAP_DAY, front, title="Meetup #4 summary", date="2022-03-25")
    assert event.start is not None and event.start.isoformat()[:10] == "2022-03-22"


def test_a_hugo_blox_event_keeps_its_date() -> None:
    # the schema's own keys beside ``authors``: its ``date`` is the event's day
    front = "authors:\n- ann-writer\nevent_url: https://a.example/\ndate_end: 2022-03-25\n"
    event = read(_RECAP_DAY, front, title="Meetup #4", date="2022-03-25")
    assert event.start is not None and event.start.isoformat()[:10] == "2022-03-25"


def test_the_next_meetup_held_on_a_day_closing_a_recap_is_not_the_day() -> None:
    body = ("We met and talked about clouds.\n\nMore words.\n\n"
            "The next meetup will be held on 5th May.")
    event = read(body, title="Meetup #4", date="2022-03-25")
    assert event.start is not None and event.start.isoformat()[:10] == "2022-03-25"
