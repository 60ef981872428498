"""Stop 38: programme slots the room holds. Pages here are written for the test, never
copied from a site.
"""

from __future__ import annotations

import pytest
from reader_support import breaks, fell_back, read, talks

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.audience import names_the_room

# ---------------------------------------------------------------- the room as the speaker

#: a timetable whose discussion row gives the room where the others give a speaker
_TIMETABLE = """## Timetable

| Start | Title | Speaker |
| ----- | ----- | ------- |
| 10:00 | Scaling Postgres | Ann Example |
| 11:00 | Rust in Anger | Bob Sample |
| 12:00 | The antipattern clinic | {room} |
| 13:00 | Typing Python | Carl Other |
"""


@pytest.mark.parametrize("room", [
    "All participants", "Everyone", "All attendees + speakers", "参加者全員＋講師",
    "Speakers and audience", "todos los asistentes", "Alle Teilnehmer", "全体参会者",
    "tout le monde",
])
def test_a_row_the_room_holds_is_a_session_not_a_doubt(room: str) -> None:
    event = read(_TIMETABLE.format(room=room), title="Example Meetup 16")
    assert talks(event) == [("Scaling Postgres", ["Ann Example"]),
                            ("Rust in Anger", ["Bob Sample"]),
                            ("Typing Python", ["Carl Other"])]
    assert "The antipattern clinic" in breaks(event)
    assert not event.speakers


@pytest.mark.parametrize("room", ["All participants", "All attendees + speakers",
                                  "参加者全員＋講師", "Speakers and audience"])
def test_the_rooms_slot_stays_as_written(room: str) -> None:
    event = read(_TIMETABLE.format(room=room), title="Example Meetup 16")
    session = next(t for t in event.talks if t.kind == "break")
    assert " + ".join(session.speakers).replace("全员", "全員").replace("讲", "講") in (
        room, room.replace(" and ", " + "))


@pytest.mark.parametrize("slot", ["Acme Corp", "Example University and everyone"])
def test_a_slot_naming_more_than_the_room_is_still_doubted(slot: str) -> None:
    assert fell_back(read(_TIMETABLE.format(room=slot), title="Example Meetup 16"))


@pytest.mark.parametrize("text", [
    "Ann Example", "Alle Example", "Todos Santos Example", "Everett Young", "You Li",
    "Bob Sample and Ann Example", "Speakers", "講師", "大家乐", "Audience Research Group",
])
def test_people_and_groups_of_speakers_are_not_the_room(text: str) -> None:
    assert not names_the_room(text)


@pytest.mark.parametrize("text", ["all", "Everyone!", "(all attendees)", "参加者全員＋講師",
                                  "speakers & audience", "みなさん", "les participants"])
def test_the_rooms_words_name_the_room(text: str) -> None:
    assert names_the_room(text)


# ---------------------------------------------------------------- "this talk", again and again

_RECAP = """### {first}

In this talk Ann Example looked back on a year of releases.

### {second}

In this talk Bob Sample showed how the project is used at his company.
"""


@pytest.mark.parametrize(("first", "second"), [
    ("Scaling Postgres", "Rust in Anger"), ("一年回顾", "在公司的应用"),
])
def test_this_talk_under_sibling_headings_is_no_one_talk_of_the_page(
    first: str, second: str
) -> None:
    event = read(_RECAP.format(first=first, second=second), title="A year of releases")
    assert talks(event) == []


def test_this_talk_under_one_heading_still_calls_the_page_one_talk() -> None:
    body = _RECAP.split("\n### ")[0].format(first="Abstract")
    assert talks(read(body, title="A year of releases")) == [
        ("A year of releases", [])]


def test_the_chinese_phrase_under_sibling_headings_is_no_one_talk() -> None:
    body = ("### 回顾\n\n吴一老师本次分享：回顾了一年的发布。\n\n"
            "### 实践\n\n赵二老师本次分享：公司的实践。\n")
    assert talks(read(body, title="看见了什么？")) == []


@pytest.mark.parametrize("words", ["two short talks", "three lightning talks",
                                   "zwei spannende Vorträge", "2 short talks"])
def test_a_page_that_counts_its_talks_with_a_word_between_is_no_one_talk(words: str) -> None:
    body = (f"This month we have {words} and a panel.\n\n"
            "In this talk, we'll explore why context matters.\n")
    assert talks(read(body, title="Beyond Vibe Coding")) == []


# ---------------------------------------------------------------- a front-matter speaker's page


def test_a_bracketed_remark_after_a_topic_is_no_person_and_employer() -> None:
    event = read("Stefano Example ci parlerà di pattern.\n",
                 'speaker: Stefano Example\n',
                 title="Service Objects (solo per oggi in Ruby on Rails)")
    assert talks(event) == [("Service Objects (solo per oggi in Ruby on Rails)",
                             ["Stefano Example"])]


def test_a_person_and_employer_title_is_still_no_talk() -> None:
    event = read("Ann will talk about pattern.\n", 'speaker: Ann Example\n',
                 title="Bob Sample (University of Oslo)")
    assert talks(event) == []


#: a bio cell beside the speaker's photo, one long line as a CMS writes it
_BIO = ("Stefan Example ist Senior Consultant und Coach bei der Example AG in Dresden. "
        "Sein Schwerpunkt in Kundenprojekten sind webbasierte Softwarelösungen mit Java-EE-")
_BIO_TABLE = f"""Unit testing in Java: what the new version brings.

<table>
<tr>
<td><img src="../images/speaker.jpg"></td>
<td>{_BIO}
Toolstack. Er beschäftigt sich gern mit innovativen Technologien.</td>
</tr>
</table>
"""


def test_a_doubted_bio_row_leaves_the_front_matter_speakers_talk() -> None:
    event = read(_BIO_TABLE, "speaker: Stefan Example\n", title="JUnit 5")
    assert talks(event) == [("JUnit 5", ["Stefan Example"])]
    assert any(p.subtype == "programme" for p in event.problems)  # (the body as written)
    assert "Senior Consultant" in event.body_rest


@pytest.mark.parametrize("bio", [
    "Stefan Example ist Senior Consultant und Coach bei der Example AG.",
    "Stefan Example war lange Senior Consultant und Coach bei der Example AG.",
    # (read as a speaker cell, name and role, beside an empty title: no agenda's row)
    "Stefan Example is a Senior Consultant and coach at Example AG.",
])
def test_a_short_bio_cell_beside_the_photo_is_no_talk_title(bio: str) -> None:
    body = _BIO_TABLE.replace(_BIO + "\nToolstack. Er beschäftigt sich gern mit innovativen "
                              "Technologien.", bio)
    assert bio in body
    event = read(body, "speaker: Stefan Example\n", title="JUnit 5")
    assert talks(event) == [("JUnit 5", ["Stefan Example"])]


def test_a_title_naming_its_speaker_first_is_still_a_title() -> None:
    body = "## Talks\n\n### Stefan Example on Testing\n\nSpeaker: Stefan Example\n"
    event = read(body, "speaker: Stefan Example\n", title="JUnit 5")
    assert talks(event) == [("Stefan Example on Testing", ["Stefan Example"])]


def test_a_doubted_programme_of_several_talks_is_no_one_talk_of_the_page() -> None:
    body = ("## Agenda\n\n| Time | Talk | Speaker |\n| --- | --- | --- |\n"
            "| 18:00 | Scaling Postgres | Acme GmbH |\n| 19:00 | Rust in Anger | Acme GmbH |\n")
    event = read(body, "speaker: Stefan Example\n", title="JUnit 5")
    assert talks(event) == []


# ---------------------------------------------------------------- a seminar page's bold opener

_SEMINAR = """**{who}**, *{where}*

### Abstract

We argue that populist leaders rely on a mimesis of the people.
"""


@pytest.mark.parametrize("where", ["Centre de Sciences Humaines, New Delhi",
                                   "Center for Data Science", "Universität Wien",
                                   "Istituto di Example", "École normale supérieure"])
def test_the_bold_opener_over_a_research_centre_is_the_pages_speaker(where: str) -> None:
    event = read(_SEMINAR.format(who="Jean-Thomas Example", where=where),
                 title="Populism as Mimetic Representation")
    assert talks(event) == [("Populism as Mimetic Representation", ["Jean-Thomas Example"])]


@pytest.mark.parametrize("who", ["Claire Example-Sample & Laura Other",
                                 "Claire Example-Sample and Laura Other"])
def test_a_bold_opener_may_name_two_people(who: str) -> None:
    event = read(_SEMINAR.format(who=who, where="Sciences-Po"), title="Studying Visibility")
    assert talks(event) == [("Studying Visibility", ["Claire Example-Sample", "Laura Other"])]


def test_a_bold_opener_of_two_words_no_given_name_leads_is_no_one() -> None:
    event = read(_SEMINAR.format(who="Populism Studies & Representation", where="Sciences-Po"),
                 title="Studying Visibility")
    assert talks(event) == []


def test_no_module_binds_a_global_name_twice() -> None:
    # (a second ``_JOINED = …`` further down a module silently replaces the pattern the
    # functions above it use; a rebinding that builds on the first - ``X = (*X, …)`` - is
    # an extension, not a replacement)
    import ast
    from pathlib import Path

    import sphinx_meetup

    root = Path(sphinx_meetup.__file__).parent
    twice = []
    for path in sorted(root.rglob("*.py")):
        bound: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names, value = [node.name], None
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                value = node.value
            else:
                continue
            used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
            twice += [f"{path.name}: {name}" for name in names if name in bound
                      and name not in used]
            bound.update(names)
    assert twice == []


# ---------------------------------------------------------------- a name alone under a key


@pytest.mark.parametrize("key", ["smalltext", "subtitle", "summary", "guest"])
def test_a_full_name_alone_under_another_key_is_the_pages_speaker(key: str) -> None:
    event = read("An introduction to the realm of software patents.\n",
                 f"{key}: Bijan Example\n", title="Software Protection")
    assert talks(event) == [("Software Protection", ["Bijan Example"])]


@pytest.mark.parametrize("front", [
    "author: Bijan Example\n", "organizer: Bijan Example\n", "venue_city: Novi Sad\n",
    "photographer: Bijan Example\n", "image_credit: Bijan Example\n",
    "caption: Bijan Example\n",
    "subtitle: Bijan Example\nsummary: Laura Other\n",  # (two people: whose talk?)
    "subtitle: Software Protection\n", "summary: Acme Corporation Group\n",
])
def test_no_speaker_from_a_writers_a_places_or_two_peoples_keys(front: str) -> None:
    event = read("An introduction to the realm of software patents.\n", front,
                 title="Software Protection")
    assert talks(event) == []


def test_the_body_line_naming_the_key_person_and_another_gives_both() -> None:
    event = read(_SEMINAR.format(who="Claire Example & Laura Other", where="Sciences-Po"),
                 "summary: Claire Example\n", title="Studying Visibility")
    assert talks(event) == [("Studying Visibility", ["Claire Example", "Laura Other"])]


# ---------------------------------------------------------------- a timed programme's siblings

_TIMED = """## Program

18:30 - Petr Example, Azure Kubernetes Service
Explain the offering and deploy the cluster.

18:50 - Beer break

19:00 - Martin Sample, Example cloud native application
Demonstrate the development of a cloud native application.

19:30 - {third}, Application deployment
Deploy the application and expose it.

20:00 - {close}
"""


def test_a_name_no_given_name_vouches_for_reads_as_its_timed_siblings() -> None:
    event = read(_TIMED.format(third="Peto Other", close="Discussion followed by networking"),
                 title="Meetup #3")
    assert talks(event) == [("Azure Kubernetes Service", ["Petr Example"]),
                            ("Example cloud native application", ["Martin Sample"]),
                            ("Application deployment", ["Peto Other"])]
    assert "Discussion followed by networking" in breaks(event)


@pytest.mark.parametrize("third", ["Lightning Talks", "Acme Corp", "Beer Garden Tour"])
def test_words_that_are_no_persons_stay_unnamed_beside_the_siblings(third: str) -> None:
    event = read(_TIMED.format(third=third, close="Closing"), title="Meetup #3")
    assert all(third not in speakers for _title, speakers in talks(event))


@pytest.mark.parametrize("close", ["Discussion", "Diskussion und Ausklang", "Débat"])
def test_a_discussion_naming_no_one_is_the_rooms(close: str) -> None:
    event = read(_TIMED.format(third="Peto Other", close=close), title="Meetup #3")
    assert close in breaks(event)


# ---------------------------------------------------------------- an item's own paragraphs

_PLAYER = ('    <iframe src="//player.vimeo.com/video/{n}"></iframe> <p><a href="http://vimeo.com/'
           '{n}">“{title}” by {who}</a> from <a href="http://vimeo.com/us">us</a> on '
           '<a href="https://vimeo.com">Vimeo</a>.</p>')
_ITEMS = "\n\n".join([
    '* **"Clever autocommands"** by [Andrew Example](https://example.org/andrew)',
    "    A quick overview on autocommands and some gotchas in their usage.",
    _PLAYER.format(n=1, title="Clever autocommands", who="Andrew Example"),
    '* **"Writing text in Vim"** by [Florian Sample](https://example.org/florian)',
    _PLAYER.format(n=2, title="Writing text in Vim", who="Florian Sample"),
    "* **Blame your vimrc** [Matthias](https://example.org/m) showing his "
    "[vimrc](https://example.org/vimrc)",
    _PLAYER.format(n=3, title="vimrc", who="Matthias Other"),
])


def test_a_player_caption_under_an_item_of_a_talk_list_starts_no_talk() -> None:
    event = read("## Talks\n\n" + _ITEMS + "\n", title="January 2014 Meetup")
    assert [title for title, _people in talks(event)][:2] == [
        "Clever autocommands", "Writing text in Vim"]
    assert "vimrc" not in [title.strip("“”\"") for title, _people in talks(event)]
    assert "Blame your vimrc" in event.body_rest  # (the item not read stays as written)


# ---------------------------------------------------------------- a page that speaks of talks


def test_a_chinese_page_speaking_of_sharings_it_did_not_read_says_so() -> None:
    body = ("感谢昨天聚会的两位朋友跟大家分享的题目，其中第一位的主题真是令人印象深刻，"
            "第二位的简介也引起不少的注意，想想在云端的世界，还有很多可以做的事情。"
            "下次聚会我们继续，欢迎大家报名参加，也欢迎推荐新的朋友一起来交流。\n")
    event = read(body, title="示例聚会第七期")
    assert talks(event) == []
    assert [p.subtype for p in event.problems] == ["programme"]
    assert "'分享'" in event.problems[0].message


# ---------------------------------------------------------------- an author the body introduces

_TOML_PAGE = '''+++
title = "Spherical Gaussian Processes"
[extra]
author = "James Example"
institution = "Amazon"
+++

In this seminar I'll illustrate where these spheres come from.

{bio}
'''


@pytest.mark.parametrize("bio", [
    "James Example is a Principal Applied Scientist at Amazon, where he works on models.",
    "**James Example** works on machine learning models at Amazon.",
])
def test_an_author_the_body_introduces_is_the_pages_speaker(bio: str) -> None:
    event = read_event(_TOML_PAGE.format(bio=bio))
    assert talks(event) == [("Spherical Gaussian Processes", ["James Example"])]


@pytest.mark.parametrize("bio", [
    "He is a Principal Applied Scientist at Amazon.",  # (no name opens it)
    "We thank James Example for writing this up.",  # (named, not introduced)
])
def test_an_author_the_body_does_not_introduce_stays_the_writer(bio: str) -> None:
    # (the prose's "this seminar" still calls the page one talk: by no one known)
    assert talks(read_event(_TOML_PAGE.format(bio=bio))) == [
        ("Spherical Gaussian Processes", [])]


def test_an_introduced_author_is_no_speaker_beside_a_programme() -> None:
    body = ("## Talks\n\n### Scaling Postgres\n\nSpeaker: Ann Example\n\n"
            "### Rust in Anger\n\nSpeaker: Bob Sample\n\n"
            "Carl Other is the organiser of this group.\n")
    event = read(body, "author: Carl Other\n", title="Example Meetup 12")
    assert talks(event) == [("Scaling Postgres", ["Ann Example"]),
                            ("Rust in Anger", ["Bob Sample"])]
    assert [s.name for s in event.speakers] == []


@pytest.mark.parametrize("verb", ["will explore", "will dive into", "will showcase",
                                  "will unpack"])
def test_a_person_who_will_explore_the_topic_gives_the_pages_talk(verb: str) -> None:
    body = f"In this session, Gilles Example from Acme {verb} the value of InnerSource.\n"
    assert talks(read(body, title="Building the Case for InnerSource")) == [
        ("Building the Case for InnerSource", ["Gilles Example"])]


def test_a_sponsor_who_will_cover_the_costs_gives_no_talk() -> None:
    body = "Acme Example will cover the pizza, and we will explore the new release together.\n"
    assert talks(read(body, title="Release Party")) == []


# ---------------------------------------------------------------- Title – Name, where they work

_DASHED = """Intro to the evening of talks.

## The business case for accessibility – {first}

Why it pays.

## User testing with assistive technologies – {second}

How to test.
"""


def test_a_heading_ending_with_a_linked_name_and_employer_is_their_talk() -> None:
    body = _DASHED.format(first="[Mark Example, Abilitynet](https://twitter.com/mark)",
                          second="[Joshua Sample, Government Digital Service]"
                                 "(https://twitter.com/joshua)")
    event = read(body, title="The Accessible Web")
    assert talks(event) == [("The business case for accessibility", ["Mark Example"]),
                            ("User testing with assistive technologies", ["Joshua Sample"])]


def test_an_unlinked_name_and_employer_needs_an_employers_word_and_the_name_again() -> None:
    body = _DASHED.format(first="Mark Example, Example University",
                          second="Joshua Sample, Government Digital Service")
    body += "\nMark Example and Joshua Sample both work on accessibility.\n"
    event = read(body, title="The Accessible Web")
    assert talks(event) == [("The business case for accessibility", ["Mark Example"]),
                            ("User testing with assistive technologies", ["Joshua Sample"])]


def test_a_subtitle_after_the_dash_and_comma_is_no_person() -> None:
    body = _DASHED.format(first="Getting Started, Part Two", second="Lessons Learned, Again")
    assert all(not speakers for _title, speakers in talks(read(body, title="Rust Night")))


# ---------------------------------------------------------------- days and front matter kept


def test_a_list_item_going_on_after_its_quotation_is_read_as_written() -> None:
    page = ("---\nmeetup_date: '2018-10-15'\nsubtitle: 'Magento Live Europe'\nagenda:\n"
            "  - '18:00 Uhr: Intro'\n"
            "  - '<strong>Rückblick Magento Live Europe</strong>' von Ann Example\n"
            "  - 'Talk 1: <strong>Developing extensions</strong> von Bo Sample'\n---\n\nHallo.\n")
    event = read_event(page)
    assert event.title == "Magento Live Europe"
    assert str(event.start) == "2018-10-15"
    problem = next(p for p in event.problems if p.subtype == "frontmatter")
    assert problem.line == 6 and "'agenda'" in problem.message


@pytest.mark.parametrize("value", ["2025-03-11T12:24:42+05:30", "2025-03-11T19:00"])
def test_an_iso_day_joined_to_its_time_by_t_is_the_events_day(value: str) -> None:
    page = f"---\ntitle: 'Meetup #3'\n---\n\n**Event Date:** {value}\n\n**Venue:** Hall 1\n"
    assert str(read_event(page).start)[:10] == "2025-03-11"


# ------------------------------------------------ a row that only says the talk starts


@pytest.mark.parametrize("row", ["Talk", "Sunum", "Sunum başlangıcı",
                                 "Sunum baslangici", "Vortragsbeginn", "Talk starts"])
def test_a_timed_row_saying_only_that_the_talk_starts_is_the_pages_talk(row: str) -> None:
    body = ("This week Rommel Example gives a presentation about big data.\n\nProgram:\n"
            f"19:00 - Meeting & Networking\n\n19:30 - {row}\n\nSee you.\n")
    event = read(body, "speaker: Rommel Example\n", title="Big Data on AWS")
    assert talks(event) == [("Big Data on AWS", ["Rommel Example"])]


def test_a_day_under_the_next_meetup_heading_is_not_this_pages() -> None:
    page = ('---\ntitle: "Drupal Meetup Tokyo #102"\npubDate: "2025/6/5"\n---\n\n'
            "## LT - 萩原さん\n\n* 国際化の動きについて\n\n## 次回\n\n"
            "* 8/7 (木) 19:30〜21:00 オンライン\n")
    event = read_event(page)
    assert event.start is None  # (not the next meetup's 8/7; the publication day is no
    assert str(event.published) == "2025-06-05"  # event day)


@pytest.mark.parametrize("heading", ["## Next meetup", "## 次回", "## 下次活动",
                                     "## Nächstes Treffen"])
def test_a_day_under_a_later_next_event_heading_is_not_this_events(heading: str) -> None:
    body = (f"## Talks\n\n### Scaling Postgres\n\nSpeaker: Ann Example\n\n{heading}\n\n"
            "* 7 August 2025, 19:30\n")
    assert str(read(body, date="2025-06-05").start) == "2025-06-05"
