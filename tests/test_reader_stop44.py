"""Stop 44: rules of the reader written this stop. Pages here are written for the test,
never copied from a site."""

from __future__ import annotations

import pytest

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.deixis import can_title_a_talk

ABSTRACT = """---
title: "{title}"
date: 2024-09-30T19:00:00+02:00
---

Verification tools each invent a specification language.

{sentence}
"""


def _talks(page: str) -> list[tuple[str, list[str]]]:
    return [(t.title, t.speakers) for t in read_event(page).talks if t.kind == "talk"]


# A page whose prose calls it one talk: more of the sentences that say so (deixis.py)

@pytest.mark.parametrize("sentence", [
    "This session will be an interactive demo of the library.",
    "This workshop will walk through the first steps.",
    "This webinar looks at what comes next.",
    "Join us for a talk on how contracts are checked.",
    "Come to a presentation of the checker's internals.",
])
def test_more_sentences_call_the_page_one_talk(sentence: str) -> None:
    page = ABSTRACT.format(title="Contracts in Rust", sentence=sentence)
    assert _talks(page) == [("Contracts in Rust", [])]


@pytest.mark.parametrize("sentence", [
    "This session is open to everyone.",  # (a session of what? - still the page's one)
])
def test_a_session_sentence_under_a_nights_title_is_no_talk(sentence: str) -> None:
    assert _talks(ABSTRACT.format(title="Rust Meetup", sentence=sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Join us for drinks after the talks.",
    "Come to the meetup early for pizza.",
    "The session room is on the second floor.",
])
def test_sentences_about_the_evening_are_no_evidence(sentence: str) -> None:
    assert _talks(ABSTRACT.format(title="Contracts in Rust", sentence=sentence)) == []


@pytest.mark.parametrize("title", [
    "Spiking networks on Chip-2", "Scaling Web3 wallets", "Simulating a car, Part 2",
    "Versionskontrolle Teil 2",
])
def test_a_number_of_a_name_or_a_part_can_end_a_talks_title(title: str) -> None:
    assert can_title_a_talk(title)
    page = ABSTRACT.format(title=title, sentence="In this talk we present it.")
    assert _talks(page) == [(title, [])]


@pytest.mark.parametrize("title", [
    "Code Tavern III", "Session 12", "Rust Night #12", "Python 3", "Edition 2",
])
def test_a_number_of_its_own_still_numbers_a_night(title: str) -> None:
    assert not can_title_a_talk(title)


# The night's words before the topic of a page's title (headers._GATHERING_HEAD)

@pytest.mark.parametrize(("title", "talk"), [
    ("Feb 27 Meeting - Shiny", "Shiny"),
    ("Monthly meetup: Parsing with care", "Parsing with care"),
    ("Python User Group | Pandas tips", "Pandas tips"),
])
def test_a_gathering_head_before_a_separator_is_not_the_talks_title(
        title: str, talk: str) -> None:
    page = ABSTRACT.format(title=title, sentence="This session will be an interactive demo.")
    assert _talks(page) == [(talk, [])]


@pytest.mark.parametrize("title", [
    "Meeting minutes, read aloud",  # no separator after the gathering word
    "Rust meetup",  # nothing after it
    "Hack Night - February",  # only a month is left: no talk's title
])
def test_without_a_topic_after_the_gathering_head_no_talk(title: str) -> None:
    page = ABSTRACT.format(title=title, sentence="This session will be an interactive demo.")
    assert _talks(page) == []


# A page titled ``Title (Ann Example)`` (titled._bracketed)

BRACKETED = """---
title: "{title}"
date: 2019-03-07 18:30:00 +0100
---

Abstract:

In diesem Vortrag zeigt sie, wie man Skripte schreibt.

Bio:

{bio}
"""


@pytest.mark.parametrize("title", [
    "Making Scripts Groovy (Ann Example)", "Making Scripts Groovy (Ann Example) (deutsch)",
])
def test_a_name_in_the_bracket_closing_the_title_named_again_is_the_speaker(title: str) -> None:
    page = BRACKETED.format(title=title, bio="Ann Example ist Entwicklerin bei Acme.")
    assert _talks(page) == [("Making Scripts Groovy", ["Ann Example"])]


def test_the_given_name_opening_the_bio_is_evidence_too() -> None:
    page = BRACKETED.format(title="Taming the Elephant (Ann Marie Example)",
                            bio="Ann ist Entwicklerin bei Acme.")
    assert _talks(page) == [("Taming the Elephant", ["Ann Marie Example"])]


@pytest.mark.parametrize("title", [
    "Graphs in Practice (Neo4j)", "Making Scripts Groovy (Part 2)",
    "Making Scripts Groovy (Bo Sample)",  # a name the body never gives again
])
def test_a_bracket_of_anything_else_gives_no_speaker(title: str) -> None:
    page = BRACKETED.format(title=title, bio="Ann Example ist Entwicklerin bei Acme.")
    assert all(not speakers for _title, speakers in _talks(page))


# A quoted title, then the day it is given (headers.without_when_after_quotes)

LECTURES = """---
title: Ann Example - Example Mathematics Lectures - April 15-16, 2019
date: 2019-02-15 00:30:00
---

### The lectures

- Lecture 1 - "Random graphs: global views". April 15, 5-6 pm, Room 124
- Lecture 2 - "Random graphs: local views". Tuesday, April 16, 2019, 5-6 pm, Room 101
"""


def test_a_quoted_title_then_its_day_is_titled_by_the_quotes() -> None:
    assert [title for title, _ in _talks(LECTURES)] == [
        "Random graphs: global views", "Random graphs: local views"]


@pytest.mark.parametrize(("title", "tidy"), [
    ('"Random graphs". April 15, 5-6 pm, Room 124', "Random graphs"),
    ("“Random graphs”, Wednesday, February 12, 2020", "Random graphs"),
    ('"Random graphs" and why they matter', '"Random graphs" and why they matter'),
    ('"Random graphs". Room 124', '"Random graphs". Room 124'),
    ("Random graphs. April 15", "Random graphs. April 15"),
])
def test_only_a_day_after_the_quotes_is_taken_off(title: str, tidy: str) -> None:
    from sphinx_meetup.reader.headers import without_when_after_quotes

    assert without_when_after_quotes(title) == tidy


# A page that links the slides of its one talk (decks.py)

DECK = """---
title: "{title}"
date: 2025-08-16
---

We set up a mail server from scratch: DNS records, TLS, spam filtering.

{links}
"""


@pytest.mark.parametrize("links", [
    "Slides: [ODP Slides](https://example.org/files/mail.odp)",
    "[Deck](https://speakerdeck.com/ann/mail-servers)",
    "See [the deck](https://docs.google.com/presentation/d/abc/edit) and the [code](https://example.org/code).",
    "Download [here](https://example.org/slides/mail.pdf).",
])
def test_one_linked_deck_makes_the_topic_page_one_talk(links: str) -> None:
    event = read_event(DECK.format(title="Run Your Own Email Server", links=links))
    talks = [t for t in event.talks if t.kind == "talk"]
    assert [(t.title, t.speakers) for t in talks] == [("Run Your Own Email Server", [])]
    assert talks[0].slides and "slides of one talk" in talks[0].evidence[""]


@pytest.mark.parametrize(("title", "links"), [
    ("Run Your Own Email Server", "[Flyer](https://example.org/flyer.pdf)"),  # no deck
    ("Run Your Own Email Server",  # two decks: as many talks, unnamed
     "[Slides 1](https://speakerdeck.com/a/one) and [Slides 2](https://speakerdeck.com/b/two)"),
    ("August Meetup", "[Slides](https://speakerdeck.com/ann/mail-servers)"),  # a night's title
    ("Lightning Talks", "[Slides](https://speakerdeck.com/ann/mail-servers)"),  # several
])
def test_no_deck_two_decks_or_a_nights_title_make_no_talk(title: str, links: str) -> None:
    event = read_event(DECK.format(title=title, links=links))
    assert [t for t in event.talks if t.kind == "talk"] == []


# Sibling bar headings: the repeated shape reads a name that name knowledge does not know
# (bar_headings._person_side)

BARS = """---
title: Cloud Thursday - April 2021
date: 2021-04-03
---

This time, we had {count} speakers and sessions:

{headings}

Watch the stream
----------------

https://example.org/stream
"""


def _bars(*names: str) -> str:
    titles = ["Migrating old applications", "Deploying web stacks", "The layered cake",
              "Static sites at scale"]
    return "\n\n".join(f"{name} | {title}\n{'-' * 40}\n\nAbstract of the session.\n"
                       for name, title in zip(names, titles, strict=False))


def test_a_full_name_beside_vouched_siblings_is_read_the_same_way() -> None:
    page = BARS.format(count="three", headings=_bars(
        "Jonah Example", "Quillon Sample", "Robin Example"))
    assert _talks(page) == [("Migrating old applications", ["Jonah Example"]),
                            ("Deploying web stacks", ["Quillon Sample"]),
                            ("The layered cake", ["Robin Example"])]


@pytest.mark.parametrize("names", [
    ("Jonah Example", "Quillon Sample", "Dawuda Quist"),  # one vouched: too few
    ("Jonah Example", "Robin Example", "Quillon Sample", "Dawuda Quist"),  # half only
    ("Jonah Example", "Robin Example", "Acme Cloud GmbH"),  # a company is no full name
])
def test_too_few_vouched_or_a_company_reads_no_run(names: tuple[str, ...]) -> None:
    page = BARS.format(count="some", headings=_bars(*names))
    assert not any(speakers for _title, speakers in _talks(page))


# ``This workshop run by Ann Example will…``: the talk's words, then who gives it

PASSIVE = """---
title: Writing software for the cloud
date: 2019-10-17 18:30:00
---

Ever wondered how to get your data out? {sentence}

Ann Example is a software engineer at Acme.
"""


@pytest.mark.parametrize("sentence", [
    "This workshop run by Ann Example will get you started.",
    "The talk given by Ann Example covers the basics.",
    "Tonight's session led by Ann Example is hands-on.",
])
def test_the_talk_then_run_by_a_person_names_its_speaker(sentence: str) -> None:
    page = PASSIVE.format(sentence=sentence)
    assert _talks(page) == [("Writing software for the cloud", ["Ann Example"])]


@pytest.mark.parametrize("sentence", [
    "The venue is run by Acme Corp.",  # no talk's word before it
    "This workshop is hosted by Ann Example.",  # a host is not a speaker
])
def test_other_passives_name_no_speaker(sentence: str) -> None:
    assert all(not speakers for _title, speakers in _talks(PASSIVE.format(sentence=sentence)))


# A speaker entry's ``title`` that is ``Role @employer`` is their job, not their talk
# (slots.is_job)

AT_JOB = """---
title: 'Web Assembly: what it is, and why you should care'
speakers:
  - name: Ann Example
    title: {job}
---

Let's talk about a five-year-old technology as if it were new.
"""


@pytest.mark.parametrize("job", ["Dev 🥑@acme", "Hacker @ Acme", "Engineer @acme"])
def test_a_role_at_an_employer_is_no_talk_title(job: str) -> None:
    assert _talks(AT_JOB.format(job=job)) == [
        ("Web Assembly: what it is, and why you should care", ["Ann Example"])]


@pytest.mark.parametrize("title", ["Intro to @decorators in Python", "Python @ home and at work"])
def test_a_title_with_an_at_sign_inside_is_still_a_talk(title: str) -> None:
    from sphinx_meetup.reader.slots import is_job

    assert not is_job(title)


# ``"Title" with Ann Example`` items (by_items._quoted_with)

QUOTED_WITH = """---
date: August 12, 2020
---
 * "How to build fast loaders for binary data" with Ann Example
 * "Modern time series analysis with matrix profiles", with its creator and maintainer, Bo Sample
"""


def test_quoted_titles_with_their_people_are_a_programme() -> None:
    assert _talks(QUOTED_WITH) == [
        ("How to build fast loaders for binary data", ["Ann Example"]),
        ("Modern time series analysis with matrix profiles", ["Bo Sample"])]


@pytest.mark.parametrize("items", [
    ' * "Fast loaders" with pizza\n * "Time series" with friends\n',  # no one's name
    ' * Testing with Raspberry Pi Zero\n * Scaling with Apache Kafka\n',  # no quotes
])
def test_with_and_no_full_name_or_no_quotes_is_no_programme(items: str) -> None:
    page = "---\ntitle: August meetup\ndate: 2020-08-12\n---\n" + items
    assert all(not speakers for _title, speakers in _talks(page))


def test_the_bracketed_speaker_says_where_it_was_read() -> None:
    page = BRACKETED.format(title="Making Scripts Groovy (Ann Example)",
                            bio="Ann Example ist Entwicklerin bei Acme.")
    [talk] = [t for t in read_event(page).talks if t.kind == "talk"]
    assert talk.evidence["Ann Example"].startswith(
        "the page's title: the person in the bracket closing it; named again on line")
    assert "after the dash" not in talk.evidence["Ann Example"]


# ``Speaker: @ann``: a labelled handle is who the person goes by (content.read_talk)

LABELLED_HANDLES = """---
title: Kansai meetup
date: 2015-07-11
---

### Rails guides in practice

Speaker: @yasulab

Shown with demos.

### Contract work and RubyGems

Speaker: @koic さん

Good.
"""


def test_a_speaker_labels_handle_is_the_speaker() -> None:
    assert _talks(LABELLED_HANDLES) == [("Rails guides in practice", ["@yasulab"]),
                                        ("Contract work and RubyGems", ["@koic"])]


def test_a_labelled_handle_may_say_where_the_person_works() -> None:
    page = LABELLED_HANDLES.replace("Speaker: @yasulab", "Speaker: @yasulab - Acme Labs")
    assert ("Rails guides in practice", ["@yasulab"]) in _talks(page)


def test_a_handle_in_a_sentence_after_the_label_is_still_doubted() -> None:
    page = LABELLED_HANDLES.replace("Speaker: @yasulab", "Speaker: @yasulab and friends at @acme")
    assert ("Rails guides in practice", ["@yasulab"]) not in _talks(page)


# ``講演: @ann さん``: a report's kind of talk, then the person the honorific marks
# (content.label_value)

HONOURED = """---
title: 関西 Ruby 会議
date: 2015-07-11
---

### Rails ガイドを支える技術

講演: @yasulab さん

デモを交えて紹介されていました。

### RSpec と Minitest

基調講演: 山田 太郎 氏

会場から拍手。
"""


def test_a_kind_of_talk_then_an_honoured_person_names_the_speaker() -> None:
    assert _talks(HONOURED) == [("Rails ガイドを支える技術", ["@yasulab"]),
                                ("RSpec と Minitest", ["山田 太郎"])]


def test_a_kind_of_talk_then_a_title_names_no_one() -> None:
    page = HONOURED.replace("講演: @yasulab さん", "講演: Rails の未来").replace(
        "基調講演: 山田 太郎 氏", "基調講演: テストの話")
    assert all(not speakers for _title, speakers in _talks(page))


def test_a_deck_under_one_of_sibling_headings_makes_no_talk_of_the_page() -> None:
    page = """---
title: Fukuoka Ruby day
date: 2012-12-01
---

### Failing at my first system

* Presenter
  * Ann Example
* Slides
  * [slides](https://www.slideshare.net/a/b)

### I wrote a book on Sencha Touch

* Presenter
  * Bo Sample
"""
    assert _talks(page) != [("Fukuoka Ruby day", [])]
    assert all(title != "Fukuoka Ruby day" for title, _ in _talks(page))


# An outline's label and value: ``* Speaker`` over ``  * Ann Example`` (content.nested_label)

OUTLINE = """---
title: Fukuoka Ruby day
date: 2012-12-01
---

### Failing at my first system (招待講演)

* {label}
  * {first}
* Slides
  * [slides](https://www.slideshare.net/a/b)

### I wrote a book on Sencha Touch

* {label}
  * {second}
"""


@pytest.mark.parametrize("label", ["Speaker", "Speaker:", "発表者"])
@pytest.mark.parametrize(("first", "second", "people"), [
    ("Ann Example", "Bo Sample", (["Ann Example"], ["Bo Sample"])),
    ("[@ann](https://twitter.com/ann)", "[@bo](https://twitter.com/bo)", (["@ann"], ["@bo"])),
])
def test_a_nested_item_under_a_speaker_label_item_is_the_speaker(
        label: str, first: str, second: str, people: tuple[list[str], list[str]]) -> None:
    page = OUTLINE.format(label=label, first=first, second=second)
    assert _talks(page) == [("Failing at my first system", people[0]),
                            ("I wrote a book on Sencha Touch", people[1])]


def test_a_nested_item_under_another_label_is_no_speaker() -> None:
    page = OUTLINE.format(label="Venue", first="Ann Example", second="Bo Sample")
    assert all(not speakers for _title, speakers in _talks(page))


@pytest.mark.parametrize(("written", "name", "alias"), [
    ("まつもとゆきひろ氏(@yukihiro_matz)", "まつもとゆきひろ", "@yukihiro_matz"),
    ("山崎さん（@yama）", "山崎", "@yama"),
])
def test_an_honorific_before_a_bracket_is_no_part_of_the_name(
        written: str, name: str, alias: str) -> None:
    from sphinx_meetup.reader.names import parse_name

    parsed = parse_name(written)
    assert (parsed.name, parsed.aliases) == (name, [alias])


def test_a_label_nested_under_an_item_makes_no_talk_of_the_heading_above() -> None:
    page = """---
title: 松江 Ruby 会議
date: 2018-06-23
---

### LTセッション

司会で以下の LT の発表が行われました。

* 松江ではたらく
  * 発表者
    * 加藤 龍氏

* Rubyでつくるスレッド
  * 発表者
    * 前田 修吾氏
"""
    assert "LTセッション" not in [title for title, _ in _talks(page)]
