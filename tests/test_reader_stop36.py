"""Stop 36: how a page adorns a name, and labels set apart in bold. Pages here are
written for the test, never copied from a site.

A speaker's name reads the same however the page adorns it: markup Markdown or the
site's generator shows as no words (a hard line break's backslash, an attribute list,
a footnote's mark), pictographs, the texts of profile links, an academic title, an
employer set apart by a middle dot, an ``@`` or ``from``.
"""

from __future__ import annotations

import pytest
from reader_support import read, talks

from sphinx_meetup.reader import read_event

PEOPLE = [("Ann Example", "Scaling Postgres"), ("Bob Sample", "Rust in anger"),
          ("Carl Other", "Typing Python")]

#: how a line writes a talk and its speaker
SHAPES = {
    "dashed item": "- **{title}** - {who}",
    "by item": "- {title} by {who}",
    "labelled heading": "### {title}\n\nSpeaker: {who}\n",
    "heading with an id": "### {title} {{#talk-1}}\n\nSpeaker: {who}\n",
    "heading and an attribute list": "### {title}\n{{: .talk}}\n\nSpeaker: {who}\n",
    "timed item": "- 19:00 {title} - {who}",
}

#: what a page may write around a name at the end of its line
ADORNED = {
    "hard line break": "{name}\\",
    "attribute list": "{name} {{: .speaker}}",
    "microphone after": "{name} 🎤",
    "microphone before": "🎤 {name}",
    "flag": "{name} 🇩🇪",
    "sparkles": "{name} ✨",
    "profile link": "{name} [LinkedIn](https://www.linkedin.com/in/x)",
    "profile links in brackets": "{name} ([Twitter](https://twitter.com/x), "
                                 "[GitHub](https://github.com/x))",
    "footnote mark": "{name}[^1]",
    "asterisk": "{name}*",
    "middle dot": "{name} · Acme",
    "at sign": "{name} @ Acme",
    "from": "{name} from Acme",
}


def _page(shape: str, adorned: str) -> str:
    lines = [SHAPES[shape].format(title=title, who=adorned.format(name=name))
             for name, title in PEOPLE]
    joiner = "\n" if "item" in shape else "\n\n"
    return "## Programme\n\n" + joiner.join(lines) + "\n"


@pytest.mark.parametrize("adorned", ADORNED)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_name_reads_the_same_however_the_page_adorns_it(shape: str, adorned: str) -> None:
    event = read(_page(shape, ADORNED[adorned]), title="March meetup")
    assert talks(event) == [(title, [name]) for name, title in PEOPLE]


@pytest.mark.parametrize("adorned", ["{name} (Acme)", "{name} (@ann)", "🎤 {name}",
                                     "{name} · Acme", "{name} from Acme"])
def test_a_name_led_item_keeps_its_name_however_adorned(adorned: str) -> None:
    body = "## Talks\n\n" + "\n".join(
        f'- {adorned.format(name=name)} - "{title}"' for name, title in PEOPLE) + "\n"
    assert talks(read(body, title="March meetup")) == [(title, [name]) for name, title in PEOPLE]


def test_an_academic_title_is_no_reason_to_doubt_a_known_given_name() -> None:
    body = "## Programme\n\n" + "\n".join(
        f"- 19:00 {title} - Dr. {name}" for name, title in PEOPLE) + "\n"
    assert talks(read(body, title="March meetup")) == [
        (title, [f"Dr. {name}"]) for name, title in PEOPLE]


def test_what_markup_leaves_alone_stays() -> None:
    """A Hugo shortcode's double braces, a brace that opens no attribute list, a
    footnote's own definition and a pictograph inside a title are text of the page."""
    from sphinx_meetup.reader.blocks import plain

    assert plain("Title {{< youtube abc >}}") == "Title {{< youtube abc >}}"
    assert plain("Sets in Python {json}") == "Sets in Python {json}"
    assert plain("[^1]: remote talk") == "[^1]: remote talk"
    assert plain(r"C:\\") == "C:\\"
    event = read("## Programme\n\n- **Rust 🦀 in anger** - Bob Sample\n"
                 "- **Scaling Postgres** - Ann Example\n", title="March meetup")
    assert talks(event)[0] == ("Rust 🦀 in anger", ["Bob Sample"])


def test_a_middle_dot_inside_a_chinese_name_is_the_name() -> None:
    from sphinx_meetup.reader.names import parse_name

    assert parse_name("阿卜杜·买买提").name == "阿卜杜·买买提"
    assert parse_name("Ann Example · Acme").affiliation == "Acme"
    assert parse_name("Ann Example from Acme").affiliation == "Acme"


def test_a_bold_name_whose_colon_is_inside_the_bold_is_a_label() -> None:
    """``**Ann Example:** Title``: the bold ends at its colon - the name set apart as a
    label is; a colon inside a bold title with more after it is the title's own."""
    body = ("The speakers are:\n\n"
            "* **Ann Example:** Scaling Postgres: from one node to many\n"
            "* **Bob Sample:** Rust in anger\n")
    assert talks(read(body, title="An evening of short talks")) == [
        ("Scaling Postgres: from one node to many", ["Ann Example"]),
        ("Rust in anger", ["Bob Sample"])]
    titled = read("## Talks\n\n- **Rust: the hard parts** - Bob Sample\n"
                  "- **Postgres: at scale** - Ann Example\n", title="Talks")
    assert talks(titled) == [("Rust: the hard parts", ["Bob Sample"]),
                             ("Postgres: at scale", ["Ann Example"])]


# --- a title's style x its speaker line's style -------------------------------------

#: how a talk's title is set (``{n}``: its number)
TITLE_STYLES = {
    "h3": "### {title}", "h2": "## {title}", "bold": "**{title}**",
    "bold closed by a colon": "**{title}:**", "talk label": "Talk: {title}",
    "bold talk label": "**Talk:** {title}", "topic label": "Topic: {title}",
    "numbered h3": "### Talk {n}: {title}", "italic": "*{title}*",
    "bold italic": "***{title}***", "h3 bold": "### **{title}**",
}
#: how the line under it says who speaks
SPEAKER_STYLES = {
    "label": "Speaker: {name}", "bold label": "**Speaker:** {name}",
    "by": "by {name}", "italic by": "*by {name}*", "presented by": "Presented by {name}",
    "italic name": "*{name}*", "with": "with {name}", "microphone": "🎤 {name}",
    "speaker dash": "Speaker - {name}", "bold label without colon": "**Speaker** {name}",
    "name and employer": "{name}, Acme", "bold name": "**{name}**",
}
TWO_WORD_TITLES = [("Ann Example", "Scaling Postgres"), ("Bob Sample", "Rust in anger"),
                   ("Carl Other", "Typing Python")]


def _titled_page(title_style: str, speaker_style: str) -> str:
    blocks = [TITLE_STYLES[title_style].format(title=title, n=n) + "\n\n"
              + SPEAKER_STYLES[speaker_style].format(name=name)
              for n, (name, title) in enumerate(TWO_WORD_TITLES, 1)]
    return "## Programme\n\n" + "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("speaker_style", SPEAKER_STYLES)
@pytest.mark.parametrize("title_style", TITLE_STYLES)
def test_no_talk_of_a_programme_is_read_wrong(
        title_style: str, speaker_style: str) -> None:
    """Whatever the styles, no talk is read wrong: a title of two capitalised words
    (``Typing Python``) is no person, a label (``Speaker -``, ``Presented by``) no
    title, and the talks keep their own speakers; what is not read stays as written."""
    event = read(_titled_page(title_style, speaker_style), title="March meetup")
    read_talks = talks(event)
    expected = [(title, [name]) for name, title in TWO_WORD_TITLES]
    assert all(talk in expected for talk in read_talks), read_talks


@pytest.mark.parametrize(("title_style", "speaker_style"), [
    ("bold", "label"), ("bold", "by"), ("bold", "presented by"), ("bold", "italic name"),
    ("bold", "with"), ("bold closed by a colon", "label"), ("bold closed by a colon", "by"),
    ("talk label", "by"), ("topic label", "italic by"), ("bold italic", "microphone"),
    ("h3", "name and employer"), ("h3 bold", "bold name"),
])
def test_a_title_over_who_gives_it_is_a_talk(title_style: str, speaker_style: str) -> None:
    event = read(_titled_page(title_style, speaker_style), title="March meetup")
    assert talks(event) == [(title, [name]) for name, title in TWO_WORD_TITLES]


def test_a_bold_label_closed_by_a_colon_is_no_title() -> None:
    body = ("## Programme\n\n**Scaling Postgres**\n\nby Ann Example\n\n**Abstract:**\n\n"
            "by the way, we look at replicas\n")
    assert talks(read(body, title="March meetup")) == [("Scaling Postgres", ["Ann Example"])]


KEY_VALUE = """\
Starting a new project is hard; we show how to set up its build in one evening.

## Event details

| | |
|---|---|
| 👤 **Speaker** | [Ann Example](https://example.com/ann) |
| 🕕 **Date & Time** | **24\\. april, u 18h** |
| 📍 **Location** | **ICT Hub** |
"""


def test_a_table_of_facts_under_an_empty_header_gives_the_speaker_not_a_talk() -> None:
    """``| | |`` over ``| **Speaker** | Ann |``: a table of label and value rows (GFM
    wants a header row; a table of facts leaves it blank) - the speaker of the page's
    one talk, which the page's title names; no talk titled ``Speaker``."""
    event = read(KEY_VALUE, title="Packaging with vcpkg")
    assert talks(event) == [("Packaging with vcpkg", ["Ann Example"])]


# --- a list item's shape x the kind of name it gives -------------------------------

ITEM_TITLES = ["Scaling Postgres", "Rust in anger", "Typing Python"]
#: names of each kind, three to a list
NAME_KINDS = {
    "known given names": ["Ann Example", "Bob Sample", "Carl Other"],
    "given names the table lacks": ["Zorba Mkhize", "Thulani Ndlovu", "Yiyang Zhou"],
    "particles": ["Jan van der Berg", "Ana de la Cruz", "Ludwig von Mises"],
    "accents": ["José Pérez", "Łukasz Żółw", "Zoë Müller"],
    "hyphens": ["Jean-Luc Picard", "Anne-Marie Dupont", "Hans-Peter Kurz"],
    "Chinese": ["张伟", "李娜", "王芳"],
    "pairs": ["Ann Example and Bob Sample", "Carl Other & Dana Lee", "Eve Adams, Frank Moore"],
}
ITEM_SHAPES = {
    "title em dash name": "- {title} — {who}", "title dash name": "- {title} - {who}",
    "title (name)": "- {title} ({who})", "name: title": "- {who}: {title}",
    "name dash title": "- {who} - {title}", "quoted title dash name": '- "{title}" - {who}',
    "title by name": "- {title} by {who}", "bold name dash title": "- **{who}** - {title}",
    "bold title dash name": "- **{title}** - {who}",
    "linked title dash name": "- [{title}](https://example.com/t) - {who}",
    "title bar name": "- {title} | {who}", "timed": "- 19:00 {title} - {who}",
    "numbered by": "1. {title} by {who}", "title, italic name": "- {title}, *{who}*",
}
SECTIONS = {"talks": "## Talks\n\n", "agenda": "## Agenda\n\n", "none": ""}


def _people(who: str) -> list[str]:
    return [part.strip() for part in who.replace(" and ", ",").replace(" & ", ",").split(",")]


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("kind", NAME_KINDS)
@pytest.mark.parametrize("shape", ITEM_SHAPES)
def test_no_list_item_is_read_wrong(shape: str, kind: str, section: str) -> None:
    """Whatever the item's shape, the names' kind and the section: a talk is read with
    its own title and people, or not at all (``Ludwig von Mises``: ``von`` is no
    ``by``; ``Ann Example and Bob Sample - Title``: the people lead)."""
    lines = [ITEM_SHAPES[shape].format(title=title, who=who)
             for title, who in zip(ITEM_TITLES, NAME_KINDS[kind], strict=True)]
    event = read("Join us for talks.\n\n" + SECTIONS[section] + "\n".join(lines) + "\n",
                 title="March meetup")
    expected = [(title, _people(who))
                for title, who in zip(ITEM_TITLES, NAME_KINDS[kind], strict=True)]
    assert all(talk in expected for talk in talks(event)), talks(event)


def test_a_name_led_item_under_a_talks_heading_with_a_known_given_name() -> None:
    body = "## Talks\n\n" + "\n".join(
        f"- {name} - {title}" for name, title in PEOPLE) + "\n"
    assert talks(read(body, title="March meetup")) == [
        (title, [name]) for name, title in PEOPLE]


def test_siblings_say_the_title_comes_first() -> None:
    """``Scaling Postgres — Zorba Mkhize`` reads either way round alone; two siblings
    whose people known given names vouch for say the title comes first."""
    body = ("## Talks\n\n- Scaling Postgres — Zorba Mkhize\n- Typing Python — Ann Example\n"
            "- Deploying on Fridays — Bob Sample\n")
    assert talks(read(body, title="March meetup")) == [
        ("Scaling Postgres", ["Zorba Mkhize"]), ("Typing Python", ["Ann Example"]),
        ("Deploying on Fridays", ["Bob Sample"])]
    alone = read("## Talks\n\n- Scaling Postgres — Zorba Mkhize\n- Typing Python — Ann "
                 "Example\n", title="March meetup")
    assert ("Scaling Postgres", ["Zorba Mkhize"]) not in talks(alone)


def test_japanese_names_without_their_honorific_handle_or_group() -> None:
    """``山崎さん``: さん is how one addresses him; ``例子@example_jp``: the handle
    written straight after the name; ``JPUG 鈴木``: the group's acronym before it."""
    from sphinx_meetup.reader.names import parse_name

    assert parse_name("山崎さん").name == "山崎"
    handled = parse_name("例子@example_jp さん")
    assert (handled.name, handled.aliases) == ("例子", ["@example_jp"])
    grouped = parse_name("JPUG 鈴木(@suzuki_db) さん")
    assert (grouped.name, grouped.affiliation, grouped.aliases) == (
        "鈴木", "JPUG", ["@suzuki_db"])
    assert parse_name("AWS Lambda").name == "AWS Lambda"
    body = ("|開始時間 | 終了時間| タイトル|講師\n|---|---|---|---\n"
            "|10:00 | 11:00 | 受付・準備 |\n|11:00 | 12:00 | MySQL入門 |山崎さん |\n"
            "|13:00 | 13:50 | PostgreSQLの新機能 | 例子@example_jp さん |\n"
            "|14:00 | 14:50 | データベース設計 | JPUG 鈴木(@suzuki_db) さん |\n")
    assert talks(read(body, title="DB勉強会")) == [
        ("MySQL入門", ["山崎"]), ("PostgreSQLの新機能", ["例子"]), ("データベース設計", ["鈴木"])]


@pytest.mark.parametrize("label", ["登壇者", "発表者", "講師", "Řečník", "Mówca", "Taler",
                                   "Esitleja", "Runātājs", "Fyrirlesari", "Narasumber",
                                   "Tagapagsalita", "Người trình bày", "Lektor"])
def test_speaker_labels_of_more_languages(label: str) -> None:
    body = "\n\n".join(f"### {title}\n\n{label}: {name}" for name, title in PEOPLE[:2])
    assert talks(read("## Programme\n\n" + body + "\n", title="March meetup")) == [
        (title, [name]) for name, title in PEOPLE[:2]]


def test_a_japanese_family_and_given_name_after_a_label_is_one_person() -> None:
    body = "### Rustの話\n\n登壇者: 山田 太郎\n\n### Goの話\n\n登壇者: 佐藤 花子\n"
    assert talks(read(body, title="勉強会")) == [("Rustの話", ["山田 太郎"]),
                                               ("Goの話", ["佐藤 花子"])]


def test_a_front_matter_that_records_one_speaker_and_their_topic() -> None:
    """``name`` beside ``affiliation`` and ``topic``, no ``title``: a seminar page
    written as its speaker's record - the name is the speaker's, the topic the talk's
    title and the page's."""
    front = ("layout: talk\nname: Ann Example\naffiliation: Example University\n"
             "bio: PhD student\ntopic: Parsing with care\nabstract: We parse.\n")
    event = read_event(f"---\n{front}date: 2023-03-08\n---\n[slides](https://x.org/s.pdf)\n")
    assert event.title == "Parsing with care"
    assert talks(event) == [("Parsing with care", ["Ann Example"])]
    assert [(s.name, s.affiliation) for s in event.speakers] == [
        ("Ann Example", "Example University")]
    plain_name = read_event("---\nname: Spring Meetup\ndate: 2023-03-08\n---\nHello.\n")
    assert plain_name.title == "Spring Meetup" and not plain_name.speakers


def test_a_seminar_page_opening_with_its_speaker_in_bold() -> None:
    """``**Ann Example**, *Example University*`` alone, first in a talkless page's body,
    over the abstract: the page's one talk, titled by the page, is hers."""
    body = ("**Ann Example**, *Example University*\n\n### Abstract\n\n"
            "This study estimates the effect of quotas on councils.\n")
    event = read(body, title="What Helps Women More: Quotas or Votes?")
    assert talks(event) == [("What Helps Women More: Quotas or Votes?", ["Ann Example"])]
    unknown = read(body.replace("Ann Example", "Example Foundation"),
                   title="What Helps Women More: Quotas or Votes?")
    assert talks(unknown) == []


def test_a_title_given_with_a_known_person() -> None:
    """``Title com Ana Exemplo`` / ``Title with Ann Example``: the people after the last
    ``with`` (in the pages' languages) when name knowledge vouches for them; ``with
    React Native`` names no one. A ``Discussion:`` label is the slot's kind."""
    body = ("## Cronograma\n\n- **19h00:** Abertura\n"
            "- **19h20:** **Palestra:** A multiplicação dos Devs com [Ana Exemplo](https://x.org/a)\n"
            "- **20h30:** **Lightning Talk:** Microservices in practice com Bruno Amostra\n"
            "- **21h00:** Discussion: **Magento Features** with Carl Other\n")
    assert talks(read(body, title="Meetup")) == [
        ("A multiplicação dos Devs", ["Ana Exemplo"]),
        ("Microservices in practice", ["Bruno Amostra"]),
        ("Magento Features", ["Carl Other"])]
    from sphinx_meetup.reader.headers import with_tail

    assert with_tail("Building apps with React Native", frozenset()) is None


def test_a_page_titled_as_someones_talk_on_a_topic() -> None:
    """``Ann Example's Talk on …``: whose talk the page is, then what on; a ``Title:``
    line of the body (wrapped over its paragraph) is the talk's own words."""
    body = ("__Time, Date, Location__: 11:00, Friday, 16 February, 2024, Room 1\n\n"
            "__Title:__ Optimisation of distributed energy resources\nin distribution "
            "networks\n\n__Abstract:__ We study control.\n")
    event = read(body, title="Ann Example's Talk on Engineering Energy Networks")
    assert talks(event) == [
        ("Optimisation of distributed energy resources in distribution networks",
         ["Ann Example"])]
    untitled = read("We study control.\n", title="Ann Example's talk on Energy Networks")
    assert talks(untitled) == [("Energy Networks", ["Ann Example"])]
    assert talks(read("We study control.\n", title="Google's talk on Energy Networks")) == []


def test_an_event_map_gives_the_pages_speaker_and_recording() -> None:
    """``event: {speaker: …, youtube: …}``: a theme's event map holds the page's speaker
    and recording; ``speaker: Conference`` is the kind of event, no person."""
    front = ("title: Introduzione al Serverless\ndate: 2018-09-10 19:00:00\nevent:\n"
             "  speaker: Ann Example\n  location: AQuest\n"
             "  youtube: https://www.youtube.com/watch?v=abcdefghijk\n")
    event = read_event(f"---\n{front}---\n\nI paradigmi Serverless.\n")
    assert talks(event) == [("Introduzione al Serverless", ["Ann Example"])]
    assert event.replays == ["https://www.youtube.com/watch?v=abcdefghijk"]
    conference = read_event("---\ntitle: ReactJS Day\ndate: 2018-10-05\nevent:\n"
                            "  speaker: Conference\n---\n\nA conference.\n")
    assert not conference.speakers and talks(conference) == []


def test_a_hyphenated_given_name_is_known_when_each_part_is() -> None:
    from sphinx_meetup.reader.given_names import is_given_name, led_by_given_name

    assert is_given_name("Anne-Marie") and is_given_name("Hans-Peter")
    assert led_by_given_name("Jean-Luc Picard")
    assert not is_given_name("Open-Source") and not led_by_given_name("Cloud-Native Days")


@pytest.mark.parametrize(("name", "is_one"), [
    ("Yiyang Zhou", True), ("Zhou Yiyang", True), ("Tianyu Li", True), ("Jie An", True),
    ("Xi An", False), ("Machine Learning", False), ("Ping Pong", False),
    ("Open Source", False), ("YIYANG ZHOU", False), ("Yiyang Example", False),
])
def test_a_chinese_name_in_pinyin_is_led_by_a_given_name(name: str, is_one: bool) -> None:
    """A common family name and a given name of one or two pinyin syllables, as English
    pages write Chinese names, which no list of given names holds."""
    from sphinx_meetup.reader.given_names import led_by_given_name, pinyin_name

    assert led_by_given_name(name) is is_one
    assert not pinyin_name(["Hong", "Kong"])  # (a place; ``Hong`` alone is a given name)
