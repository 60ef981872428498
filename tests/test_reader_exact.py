"""Draft, dates, names and encodings read from the parsed data, exactly, in a real build.

Each of these was silently wrong before: a ``draft: true`` nested under a speaker hid a
published event, an end before the start went unnoticed when a date met a datetime,
``jane_doe`` became ``janedoe``, a UTF-16 file lost all its content, and a speaker
named in four-byte letters got no page.
"""

from __future__ import annotations

import json
import re
from io import StringIO
from pathlib import Path
from urllib.parse import unquote

import pytest
from helpers import Page, clean
from sphinx.testing.util import SphinxTestApp

from sphinx_meetup import reader
from sphinx_meetup.cli import main
from sphinx_meetup.reader import read_event

BODY = "\n## Talks\n\n### The talk\n\nSpeaker: {speaker}\n"
LONG_NAME = "".join(chr(0x20000 + number) for number in range(90))  # CJK Extension B

EVENTS: dict[str, str | bytes] = {
    # item 14: a nested draft key is not the event's
    "nested-draft.md": (
        "---\ntitle: Nested Draft Is Published\ndate: 2024-05-01\n"
        "description: |\n  draft: true\nspeaker:\n  - name: Ann Lee\n    draft: true\n---\n"
        + BODY.format(speaker="Ann Lee")),
    "real-draft.md": (
        "---\ntitle: Real Draft\ndate: 2024-05-02\ndraft: yes\nspeaker:\n  - name: Bo Chen\n"
        "---\n" + BODY.format(speaker="Bo Chen")),
    # item 16: underscores and asterisks are part of names and titles
    "underscores.md": (
        "---\ntitle: Intro to my_var\ndate: 2024-05-03\nspeaker:\n  - name: jane_doe\n"
        "  - name: A*B\n---\n\n## Talks\n\n### Using snake_case and C*\n\nSpeaker: jane_doe\n\n"
        "### **Bold** talk\n\nSpeaker: A*B\n"),
    # item 18: UTF-16 with a byte-order mark, and without one
    "utf16.md": ("---\ntitle: Sixteen Bits\ndate: 2024-05-04\nspeaker:\n  - name: 王小明\n---\n"
                 + BODY.format(speaker="王小明")).encode("utf-16"),
    "utf16-nobom.md": ("---\ntitle: No Mark\ndate: 2024-05-05\n---\n" + BODY.format(
        speaker="Ann Lee")).encode("utf-16-le"),
    # item 19: a name of four-byte letters
    "long-name.md": (f"---\ntitle: Long Name\ndate: 2024-05-06\nspeaker:\n  - name: {LONG_NAME}\n"
                     "---\n" + BODY.format(speaker=LONG_NAME)),
    # item 15: an end before the start, written as a datetime and a date
    "ends-first.md": ("---\ntitle: Ends First\ndate: 2024-05-07T18:00:00+08:00\n"
                      "end: 2024-05-06\n---\n"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[SphinxTestApp, str]:
    srcdir = tmp_path_factory.mktemp("exact")
    (srcdir / "events").mkdir()
    for name, content in EVENTS.items():
        path = srcdir / "events" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (srcdir / "conf.py").write_text(
        'project = "exact"\nextensions = ["sphinx_meetup"]\nmeetup_events_dir = "events"\n'
        'meetup_today = "2024-01-01"\n', encoding="utf-8")
    (srcdir / "index.rst").write_text(
        "Exact\n=====\n\n.. toctree::\n\n   meetup/index\n\n.. meetup-events::\n\n"
        "See :meetup:speaker:`jane_doe` and :meetup:speaker:`A*B`.\n", encoding="utf-8")
    app = SphinxTestApp("html", srcdir=srcdir, status=StringIO(), warning=StringIO())
    try:
        app.build()
    finally:
        app.cleanup()
    return app, app.warning.getvalue()  # type: ignore[attr-defined]


def html(app: SphinxTestApp, name: str) -> str:
    return (Path(app.outdir) / name).read_text(encoding="utf-8")


# --- item 14 ---------------------------------------------------------------------


def test_a_nested_draft_key_does_not_hide_a_published_event(site) -> None:
    app, _warnings = site
    out = Path(app.outdir)
    assert (out / "meetup" / "events" / "nested-draft.html").is_file()
    assert "Nested Draft Is Published" in html(app, "index.html"), "listed"
    assert "Nested Draft Is Published" in (out / "events.ics").read_text(encoding="utf-8")
    assert not (out / "meetup" / "events" / "real-draft.html").exists()
    assert "Real Draft" not in html(app, "index.html")


def test_show_json_says_what_the_build_did(site, capsys) -> None:
    app, _warnings = site
    for name, draft in (("nested-draft.md", False), ("real-draft.md", True)):
        path = Path(app.srcdir) / "events" / name
        main(["show", "--json", str(path)])
        assert json.loads(capsys.readouterr().out)["draft"] is draft, name
        assert reader.is_draft(path.read_bytes()) is draft


@pytest.mark.parametrize(
    ("front_matter", "draft"),
    [
        ("draft: true", True), ("draft: on", True), ("draft: 'yes'", True), ("draft: 1", True),
        ("draft: false", False), ("draft: 'no'", False), ("draft: [true]", False),
        ("speaker:\n  - name: A\n    draft: true", False),
        ("description: 'draft: true'", False),
        ("notes: |\n  draft: true", False),
    ],
)
def test_the_draft_flag_is_the_top_level_key_only(front_matter: str, draft: bool) -> None:
    text = f"---\ntitle: T\n{front_matter}\n---\n"
    assert read_event(text).draft is draft
    assert reader.is_draft(text.encode()) is draft


# --- item 15 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2024-05-10T18:00:00", "2024-05-09"),  # a datetime, then a day before it
        ("2024-05-10", "2024-05-09T10:00:00"),  # a day, then a datetime the day before
        ("2024-05-10T18:00:00+08:00", "2024-05-10T17:00:00"),  # aware, then naive
        ("2024-05-10T18:00:00", "2024-05-10T17:00:00+08:00"),  # naive, then aware
    ],
)
def test_an_end_before_the_start_is_caught_whatever_each_is(start: str, end: str) -> None:
    event = read_event(f"---\ntitle: T\ndate: {start}\nend: {end}\n---\n")
    (problem,) = event.problems
    assert (problem.line, problem.subtype) == (4, "date") and "ends before" in problem.message
    assert event.end is None


def test_an_end_on_the_day_of_the_start_or_in_its_zone_is_fine() -> None:
    for start, end in (("2024-05-10T18:00:00", "2024-05-10"),
                       ("2024-05-10T18:00:00+08:00", "2024-05-10T19:00:00")):
        event = read_event(f"---\ntitle: T\ndate: {start}\nend: {end}\n---\n")
        assert event.problems == [] and event.end is not None
    event = read_event("---\ntitle: T\ndate: 2024-05-10T18:00:00+08:00\n"
                       "end: 2024-05-10T19:00:00\n---\n")
    assert event.end.utcoffset() == event.start.utcoffset(), "a naive end takes the start's zone"


def test_an_end_before_the_start_is_a_warning_in_the_build(site) -> None:
    _app, warnings = site
    assert re.search(r"events/ends-first\.md:4: WARNING: the event ends before it starts.*"
                     r"\[meetup\.date\]", warnings), warnings


# --- item 16 ---------------------------------------------------------------------


def test_underscores_and_asterisks_stay_in_names_and_titles(site) -> None:
    app, _warnings = site
    page = Page(html(app, "meetup/events/underscores.html"))
    assert [clean(e["text"]) for e in page.by_class("meetup-name")] == ["jane_doe", "A*B"]
    titles = [clean(e["text"]).rstrip("¶ ") for e in page.by_class("meetup-talk-title")]
    assert titles == ["Using snake_case and C*", "Bold talk"], "emphasis marks still go"
    speakers = [clean(e["text"]) for e in page.by_class("meetup-talk-speakers")]
    assert speakers == ["jane_doe", "A*B"]
    assert "janedoe" not in html(app, "meetup/events/underscores.html")


def test_a_speaker_reference_finds_a_name_with_an_underscore(site) -> None:
    app, warnings = site
    assert "jane_doe" not in "\n".join(
        line for line in warnings.splitlines() if "meetup.ref" in line), warnings
    index = Page(html(app, "index.html"))
    links = {clean(a["text"]): a["attrs"].get("href") for a in index.elements if a["tag"] == "a"}
    assert links.get("jane_doe") and links.get("A*B"), links
    target = links["jane_doe"].split("#")[0]
    assert (Path(app.outdir) / target).is_file()


# --- item 18 ---------------------------------------------------------------------


def test_utf16_with_a_byte_order_mark_is_read_in_full(site) -> None:
    app, warnings = site
    page = Page(html(app, "meetup/events/utf16.html"))
    assert "Sixteen Bits" in html(app, "meetup/events/utf16.html")
    assert [clean(e["text"]) for e in page.by_class("meetup-name")] == ["王小明"]
    assert "utf16.md" not in "\n".join(line for line in warnings.splitlines()
                                       if "meetup.encoding" in line)


def test_utf16_without_a_mark_is_read_and_named(site) -> None:
    app, warnings = site
    assert "No Mark" in html(app, "meetup/events/utf16-nobom.html")
    assert re.search(r"events/utf16-nobom\.md:1: WARNING: the file has no byte-order mark but "
                     r"reads as UTF-16-LE.*\[meetup\.encoding\]", warnings), warnings


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"])
def test_every_unicode_encoding_is_read(encoding: str) -> None:
    text = "---\ntitle: Hällo 杭州\n---\n" + BODY.format(speaker="王小明")
    event = read_event(text.encode(encoding))
    assert event.title == "Hällo 杭州" and event.talks[0].speakers == ["王小明"]
    assert all(p.subtype == "encoding" for p in event.problems)
    assert bool(event.problems) == (encoding in {"utf-16-be", "utf-32-le"}), "no mark: named"


def test_nul_bytes_never_reach_the_page() -> None:
    event = read_event(b"---\ntitle: A\x00B\n---\n")
    assert event.title == "AB"
    assert [(p.line, p.subtype) for p in event.problems] == [(2, "encoding")]


# --- item 19 ---------------------------------------------------------------------


def test_a_speaker_of_four_byte_letters_gets_a_page_and_working_links(site) -> None:
    app, _warnings = site
    folder = Path(app.outdir) / "meetup" / "speakers"
    index = Page(html(app, "meetup/speakers/index.html"))
    (link,) = [a for a in index.elements
               if a["tag"] == "a" and a["attrs"].get("title") == LONG_NAME]
    target = folder / unquote(link["attrs"]["href"].split("#")[0])
    assert target.is_file(), "the page is written and the index links to it"
    assert len(target.name.encode()) <= 120, "a file name every file system takes"
    assert LONG_NAME in target.read_text(encoding="utf-8"), "the page shows the whole name"
