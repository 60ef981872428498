"""Talk rules written on round 11 (unsealed at stop 19), each general: a link address
is no title, a download link's words are no part of one, a hyphen inside a word parts
nothing. Pages written for the test, never copied from a site."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.headers import split_title_names
from sphinx_meetup.reader.not_titles import is_address


def test_a_link_address_is_never_a_talk_title() -> None:
    # ``- Label: <https://…>`` items: the address after the colon is a link, not a title
    # a page with no front matter: the heading names the session
    event = read_event("# Kites: an Engine for Wind - Ann Example\n\n"
                       "- Official Website: <https://kites.example.org/>\n"
                       "- Join Kites Slack: <https://chat.example.org/apps/kites/kites>\n"
                       "- Code: <https://code.example.org/kites/kites>\n"
                       "- Profile Page: <https://social.example.org/company/kites-group/>\n")
    assert all("://" not in title for title, _ in talks(event))
    assert not any(speakers == ["Official Website"] for _, speakers in talks(event))


def test_a_download_link_text_after_a_title_is_no_part_of_it() -> None:
    # the slides sit beside the site (a relative address): their link words still go
    body = ("---\n**《示例服务的两年》**  [PDF下载](/files/one.pdf)\n\n"
            "**主讲人：** **王小明**，示例公司工程师。\n\n**摘要：** 两年的回顾。\n\n"
            "---\n**《示例平台的实践》**  [PDF下载](/files/two.pdf)\n\n"
            "**主讲人：** **李大华**，样例科技架构师。\n\n**摘要：** 平台的做法。\n")
    assert talks(read(body)) == [("示例服务的两年", ["王小明"]), ("示例平台的实践", ["李大华"])]


def test_a_hyphen_inside_a_word_parts_no_title_from_a_name() -> None:
    body = ("Ann takes us through it.\n\n### Schedule\n\n"
            "**18:30 - 19:00**: Arrival and Welcome  \n"
            "**19:00 - 19:45**: Well-Known Patterns  \n**19:45 - 20:00**: Break / Pizza  \n"
            "**20:00 - 20:45**: Well-Known Patterns  \n")
    found = talks(read(body, 'speaker:\n  - "Ann Example"\n', title="Evening"))
    assert ("Well", ["Known Patterns"]) not in found
    assert all(title == "Well-Known Patterns" for title, _ in found)
    # with a closing row after them, no talk is made of it nor given the page's speaker
    event = read(body + "**21:00**: Close up\n", 'speaker:\n  - "Ann Example"\n',
                 title="Evening")
    assert "Close up" not in [title for title, _ in talks(event)]


def test_a_heading_over_several_timed_entries_is_no_talk_of_its_own() -> None:
    # each entry: a clock line, a title, its speaker label - the heading holds them all
    body = ("### What we covered\n\n**09:00 – 09:45**  \n*Kites and Their Engines*  \n"
            "Speaker: *Ann Example*  \n[Notes](https://notes.example.org/one)\n\n"
            "**10:00 – 10:45**  \n*Wind Tables in Practice*  \nSpeaker: *Bob Sample*\n")
    found = talks(read_event(f"# Spring Gathering\n\n{body}"))
    assert "What we covered" not in [title for title, _ in found]
    assert not any(len(speakers) > 1 for _, speakers in found)


def test_the_same_in_chinese_a_section_heading_over_timed_entries() -> None:
    body = ("### 本期议题详解\n\n13:30-14:15《示例网关的思考》\n\n- 讲师：王小明 示例公司 专家\n"
            "- 讲师介绍：多年网关经验。\n\n14:15-15:00《样例平台的实录》\n\n"
            "- 讲师：李大华 样例科技 专家\n- 讲师介绍：负责平台研发。\n")
    found = talks(read(body))
    assert "本期议题详解" not in [title for title, _ in found]


def test_two_speaker_labels_of_one_talk_keep_their_heading() -> None:
    body = ("### 《示例体系的实践》\n\n讲师：示例集团专家 王小明\n\n讲师：示例集团专家 李大华\n\n"
            "[资料](https://files.example.org/deck.pdf)\n")
    found = talks(read(body))
    assert [title for title, _ in found] == ["示例体系的实践"]


def test_a_surname_that_starts_like_an_organisation_word_is_a_name() -> None:
    # ``Lab`` is an organisation word only as a word: ``Labarthe`` is a surname
    body = ("**Les motifs en Java, par Anne Exemple (30 min)**\n\nUne session sur les motifs.\n\n"
            "**Clients REST sans peine, par Paul Labarthe (15 min)**\n\nDu code en direct.\n\n"
            "**Premiers pas en Go, par Marc Essai (30 min)**\n\nUne introduction.\n")
    assert talks(read(body, title="Soirée")) == [
        ("Les motifs en Java", ["Anne Exemple"]),
        ("Clients REST sans peine", ["Paul Labarthe"]),
        ("Premiers pas en Go", ["Marc Essai"]),
    ]


def test_slides_and_video_links_closing_an_item_are_no_part_of_its_name() -> None:
    # ``Title / Name [Slides](…) [video](…)``: the link words are read as the talk's
    # slides and video, then the line parts into title and names as it would without
    event = read_event("## Gathering #3\n\n### Talks\n\n"
                       "- Kites in Go / 王小明 [Slides](https://slides.example.org/a.pdf) "
                       "[video](https://youtu.be/abcdefghijk)\n"
                       "- 示例的函式庫 / 李大华(ACME)、陈一(ACME) "
                       "[Slides](https://slides.example.org/b)\n")
    assert talks(event) == [("Kites in Go", ["王小明"]), ("示例的函式庫", ["李大华", "陈一"])]
    assert event.talks[0].slides == "https://slides.example.org/a.pdf"
    assert event.talks[0].video == "https://youtu.be/abcdefghijk"
    assert not event.replays  # a talk's own video is no recording of the evening


def test_getting_ready_and_closing_rows_of_a_one_session_evening_are_no_talks() -> None:
    # arrival, setup and close-up rows around one ``Session``: the talk is the event's
    # own title after its label, the front-matter speaker is its speaker
    body = ("Ann Example shows how kites are tested.\n\n### Schedule\n\n"
            "**17:15 - 17:30**: Setup & connectivity check  \n**17:30 - 18:30**: Session  \n"
            "**18:30 - 18:45**: Close up\n")
    event = read(body, 'speaker:\n  - "Ann Example"\n',
                 title="June Virtual Meetup: Testing Kites in the Wind")
    assert talks(event) == [("Testing Kites in the Wind", ["Ann Example"])]


def test_an_arrival_row_is_a_break_and_setup_alone_is_no_break() -> None:
    from sphinx_meetup.reader.agenda import is_break_title
    from sphinx_meetup.reader.labels import Labels

    labels = Labels()
    assert is_break_title("Arrival and drinks", labels)
    assert is_break_title("Setup & connectivity check", labels)
    assert not is_break_title("Setup", labels)
    assert not is_break_title("Reproducible Setup with Nix", labels)


def test_polish_speaker_and_topic_labels() -> None:
    body = ("Temat: Latawce w Pythonie\n\nPrelegent: Anna Przykład\n\n"
            "Krótki opis wystąpienia.\n")
    assert talks(read(body, title="Meetup #1")) == [("Latawce w Pythonie", ["Anna Przykład"])]


def test_a_front_matter_person_written_as_a_markdown_link() -> None:
    # the link's text is the name, its target the person's page: no brackets in the
    # name, and no address taken for their employer or role
    event = read("Ann shows how kites are tested.\n",
                 'speaker:\n  - "[Ann Example](https://social.example.org/annexample)"\n',
                 title="June Meetup: Testing Kites")
    speaker = event.speakers[0]
    assert speaker.name == "Ann Example"
    assert speaker.affiliation is None and speaker.designation is None
    assert [link.url for link in speaker.links] == ["https://social.example.org/annexample"]


_TWO_SESSIONS = ('speaker:\n  - "[Ann Example](https://social.example.org/ann)"\n'
                 '  - "[Bob Sample](https://social.example.org/bob)"\n')


def test_a_heading_that_is_only_an_ordinal_marker_is_titled_by_the_line_below() -> None:
    # ``## Session 1`` is the paragraph ``Talk 1:`` as a heading: the next line names it
    body = ("## Session 1\n\nKites for Beginners\n\n"
            "[Ann Example](https://social.example.org/ann) is a kite engineer at ACME.\n\n"
            "## Session 2\n\nWind Tables in Practice\n\n"
            "Bob Sample is a data engineer who flies kites.\n")
    event = read(body, _TWO_SESSIONS, title="May Meetup: Kites and Wind")
    assert talks(event) == [("Kites for Beginners", ["Ann Example"]),
                            ("Wind Tables in Practice", ["Bob Sample"])]


def test_a_paragraph_opening_with_words_of_the_title_is_no_bio() -> None:
    # ``Kite Engine is …`` under ``Kite Engine and Python``: the subject, not a person
    body = ("## Talks\n\n### Kites for Beginners\n\nAnn Example is a kite engineer.\n\n"
            "### Kite Engine and Python\n\n"
            "Kite Engine is the shiny new library for flying kites.\n\n"
            "Bob Sample is a data engineer who flies kites.\n")
    found = talks(read(body, title="Kites and Wind"))
    assert ("Kites for Beginners", ["Ann Example"]) in found
    assert not any("Kite Engine" in speakers for _, speakers in found)


def test_a_welcome_row_that_introduces_the_user_group_is_no_talk() -> None:
    from sphinx_meetup.reader.agenda import is_remarks
    from sphinx_meetup.reader.labels import Labels

    labels = Labels()
    assert is_remarks("Arrival, and welcome / User Group introduction", labels)
    assert not is_remarks("User Group", labels)
    assert not is_remarks("Growing a User Group", labels)


def test_a_known_speaker_whose_title_is_still_to_come_gives_no_talk() -> None:
    body = ("### Speakers\n\n**Ann Example (@ann)** - Kites for Beginners\n\n"
            "**Bob Sample (@bob)** - session title/description tbd\n")
    event = read(body, 'speaker:\n  - "Ann Example"\n  - "Bob Sample"\n', title="Evening")
    assert talks(event) == [("Kites for Beginners", ["Ann Example"])]


def test_a_known_speaker_line_that_runs_on_into_sentences_is_no_title() -> None:
    # the first sentence may be the title, but the line goes on about the talk: a
    # paragraph, not a title line
    body = ("### Speakers\n\n**Ann Example (@ann)** - Kites for Beginners! Ann will walk us "
            "through how to build a kite, how to fly it on a windy day and how she made "
            "her own kite festival website.\n")
    event = read(body, 'speaker:\n  - "Ann Example"\n', title="Evening")
    assert all(len(title.split()) < 10 for title, _ in talks(event))


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2,
                max_size=8)


@settings(max_examples=80, deadline=None)
@given(st.lists(_WORD, min_size=2, max_size=5), st.integers(min_value=0, max_value=3))
@example(["Well", "Known", "Patterns"], 0)
def test_a_hyphen_joining_two_words_never_parts_a_title(words: list[str], at: int) -> None:
    at = at % (len(words) - 1)
    title = " ".join([*words[:at], f"{words[at]}-{words[at + 1]}", *words[at + 2 :]])
    split = split_title_names(title, set(), latin=True)
    assert split is None or "-" not in title[len(split[0]) : len(split[0]) + 1]


@settings(max_examples=80, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_only_a_link_address_is_an_address(text: str) -> None:
    if "://" not in text and not text.strip().lower().startswith(("www.", "<www.")):
        assert not is_address(text)
    assert is_address(f"https://example.org/{''.join(text.split())}")
