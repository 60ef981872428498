"""The HTML an event page is made of: sections where they nest, ``lang`` on text in
another language than the site's, one replay button per host, the event's own time."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import Page, clean

from sphinx_meetup.render.header import host_label


def _page(app, name: str) -> tuple[str, Page]:
    html = (Path(app.outdir) / f"{name}.html").read_text(encoding="utf-8")
    main = html[html.index("<section"):html.rindex("</section>")]
    return main, Page(main)


def _headings(page: Page) -> list[tuple[str, str]]:
    return [(e["tag"], clean(e["text"].replace("\u202f", " ")).rstrip("¶")) for e in page.elements
            if e["tag"] in {"h1", "h2", "h3", "h4", "h5"}]


@pytest.fixture(scope="module")
def built(rootdir: Path, tmp_path_factory: pytest.TempPathFactory):
    """One build of ``test-html`` for the whole module."""
    import shutil
    from io import StringIO

    from sphinx.testing.util import SphinxTestApp

    srcdir = tmp_path_factory.mktemp("html") / "src"
    shutil.copytree(rootdir / "test-html", srcdir)
    warnings = StringIO()
    app = SphinxTestApp("html", srcdir=srcdir, warning=warnings)
    try:
        app.build()
        assert warnings.getvalue() == ""
        yield app
    finally:
        app.cleanup()


def test_an_event_that_owns_its_page_has_a_section_per_part(built) -> None:
    html, page = _page(built, "owned")
    assert _headings(page) == [
        ("h1", "London Python Night"), ("h2", "Speakers"), ("h2", "Agenda"),
        ("h3", "6:30 PM–7:00 PM Typed pipelines"), ("h3", "7:00 PM–7:15 PM Break"),
        ("h2", "Getting there"),
    ]
    # the body where the file has it: the opening line before the speakers and agenda,
    # the section after the talks after them
    assert html.index("Doors open at six") < html.index("Speakers") < html.index("Getting")
    assert not page.by_class("rubric")


def test_an_event_in_a_section_of_another_page_nests_one_level_down(built) -> None:
    _html, page = _page(built, "nested")
    assert _headings(page) == [
        ("h1", "Our meetups"), ("h2", "London Python Night"), ("h3", "Speakers"),
        ("h3", "Agenda"), ("h4", "6:30 PM–7:00 PM Typed pipelines"),
        ("h4", "7:00 PM–7:15 PM Break"), ("h3", "Getting there"), ("h2", "Next year"),
    ]
    # the toctree (and so every "On this page" sidebar) sees the event's sections
    toc = built.env.tocs["nested"].astext()
    for title in ("London Python Night", "Speakers", "Agenda", "Typed pipelines", "Next year"):
        assert title in toc


@pytest.mark.parametrize("name", ["trailing", "admonition"])
def test_where_sections_cannot_nest_the_parts_are_rubrics(built, name: str) -> None:
    _html, page = _page(built, name)
    assert [tag for tag, _text in _headings(page)] == ["h1"]
    assert [clean(e["text"]) for e in page.by_class("rubric")] == [
        "京都もくもく会", "Speakers", "Agenda"]
    title = page.one("meetup-talk-title")
    assert title["tag"] == "p" and clean(title["text"]) == "Rust で作るウェブサーバ"
    assert page.one("meetup-event")["attrs"]["id"] == "meetup-kyoto"


def test_the_events_declared_language_marks_its_text_not_the_sites(built) -> None:
    _html, page = _page(built, "trailing")
    assert page.one("meetup-title")["attrs"]["lang"] == "ja"
    for css in ("meetup-name", "meetup-designation", "meetup-talk-title",
                "meetup-talk-speakers"):
        assert page.one(css)["attrs"].get("lang") == "ja", css
    dates = [e for e in page.by_class("meetup-date") if e["tag"] == "dd"]
    assert dates and "lang" not in dates[0]["attrs"] and "lang" not in str(dates[0])
    register = page.one("meetup-register")
    assert "lang" not in register["attrs"], "labels are in the site's language"


def test_times_are_the_events_own_and_replays_are_named_by_host(built) -> None:
    html, page = _page(built, "owned")
    # 18:30+01:00 in London on a Berlin site: 6:30 PM, as attendees need it
    header = clean(page.one("meetup-header")["text"].replace("\u202f", " "))
    assert "Thursday, June 12, 2025 6:30 PM (UTC+01:00)" in header
    buttons = [clean(e["text"]) for e in page.by_class("meetup-replay-button")]
    assert buttons == ["Watch the replay on bilibili", "Watch the replay on YouTube"]
    assert not page.by_class("meetup-replay"), "the header's buttons are not repeated"
    assert html.count("https://youtu.be/dQw4w9WgXcQ") == 1


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://www.bilibili.com/video/BV1xx", "bilibili"),
        ("https://b23.tv/abc", "bilibili"),
        ("https://m.youtube.com/watch?v=x", "YouTube"),
        ("https://youtu.be/x", "YouTube"),
        ("https://vimeo.com/1", "Vimeo"),
        ("https://www.example.org/replay", "example.org"),
        ("https://notyoutube.com/x", "notyoutube.com"),
    ],
)
def test_host_labels(url: str, label: str) -> None:
    assert host_label(url) == label
