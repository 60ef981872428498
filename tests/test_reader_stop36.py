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
