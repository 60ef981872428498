"""Pages kept as a README per meetup: no front matter, the title and the day in headings.

Repositories that keep one folder per meetup write its page as a README: it opens with
the meetup's name as a heading and sets the day as a heading of its own under a ``Time``
heading, with the weekday's short name and the zone (``2024/03/05(Tue) 19:00 ~ 21:00
(UTC+8)``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from sphinx_meetup.reader import read_event, read_file
from sphinx_meetup.reader.dates import only_date

README = """\
## Gophers Night #7

### Time

#### 2024/03/05(Tue) 19:00 ~ 21:00  (UTC+8)

### Place

The office on the third floor.
"""


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2024/03/05(Tue) 19:00 ~ 21:00  (UTC+8)", dt.date(2024, 3, 5)),
        ("2024/03/05 (Tue) 19:00 ~ 21:00 (GMT+1)", dt.date(2024, 3, 5)),
        ("Thu 7 March 2024, 18:30 CET", dt.date(2024, 3, 7)),
        ("2024/03/05 19:00 (XYZ+8)", dt.date(2024, 3, 5)),  # capitals with an offset: a zone
        ("2024年3月5日(火) 19:00〜21:00", dt.date(2024, 3, 5)),  # Japanese weekday, 〜
        ("2024年3月5日（火曜日）", dt.date(2024, 3, 5)),
        ("2024年3月5日(火) 会場", None),
        ("2024/03/05 with Ann", None),  # words: not a line that is only a date
        ("2024/03/05 at ACME", None),  # capitals without an offset are a name
    ],
)
def test_a_date_line_may_hold_a_zone_and_a_short_weekday(line: str, day: dt.date | None) -> None:
    assert only_date(line, None) == day


def test_a_heading_that_is_only_a_date_gives_the_day_and_hours() -> None:
    event = read_event(README)
    assert event.start == dt.datetime(2024, 3, 5, 19, 0)
    assert event.end == dt.datetime(2024, 3, 5, 21, 0)


def test_a_dated_heading_inside_a_talk_does_not_date_the_event() -> None:
    event = read_event(
        "---\ntitle: Night\ndate: 2024-03-05\n---\n\n## Talks\n\n"
        "### Types in practice\n\nSpeaker: Ann Example\n\n#### 2024/04/09\n\nSlides later.\n"
    )
    assert event.start == dt.date(2024, 3, 5)


def test_the_opening_heading_titles_a_page_without_a_title() -> None:
    event = read_event(README)
    assert event.title == "Gophers Night #7"
    assert event.lines["title"] == 1
    assert "Gophers Night" not in event.body_rest  # shown once, as the page's title
    assert "### Time" in event.body_rest
    assert event.body_rest.count("\n") == README.count("\n")  # line numbers hold
    assert not [p for p in event.problems if "no title" in p.message]


@pytest.mark.parametrize(
    "text",
    [
        "### Time\n\n2024/03/05\n",  # a section's heading, not a page's
        "Some words first.\n\n# Later heading\n",  # the heading does not open the page
        "#\n\nText.\n",  # an empty heading
    ],
)
def test_no_title_without_an_opening_heading(text: str) -> None:
    event = read_event(text)
    assert event.title == ""
    assert any("no title" in p.message for p in event.problems)


def test_a_front_matter_title_keeps_the_body_heading() -> None:
    event = read_event("---\ntitle: From the front matter\n---\n\n# A heading\n\nText.\n")
    assert event.title == "From the front matter"
    assert "# A heading" in event.body_rest


def test_the_opening_heading_still_names_the_speaker_after_with() -> None:
    event = read_event(
        "# Profiling workshop with [Ann Example](https://example.social/@ann)\n\n"
        "A day of hands-on profiling.\n"
    )
    assert event.title == "Profiling workshop with Ann Example"
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Profiling workshop", ["Ann Example"])
    ]


def test_the_built_page_is_titled_by_the_heading_once(
    make_app: type[SphinxTestApp], tmp_path: Path
) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "gophers-7.md").write_text(README, encoding="utf-8")
    (tmp_path / "conf.py").write_text(
        'extensions = ["sphinx_meetup"]\nexclude_patterns = ["events", "_build"]\n'
    )
    (tmp_path / "index.rst").write_text(".. meetup-event:: events/gophers-7.md\n")
    app = make_app("html", srcdir=tmp_path)
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert "<title>Gophers Night #7" in html
    body = html[html.index('<div class="body"') : html.index('class="sphinxsidebar"')]
    assert body.count("Gophers Night #7") == 1  # the <h1>, not again as a section
    assert "<h1>Gophers Night #7<" in body
    assert "March 5, 2024" in body and "7:00" in body
    assert app.warning.getvalue() == ""


@pytest.mark.parametrize(
    ("folder", "name", "day"),
    [
        ("2019-08-24-gophers-night", "index.md", dt.date(2019, 8, 24)),  # a Hugo bundle
        ("meetup-20200318", "README.md", dt.date(2020, 3, 18)),  # a README per meetup
        ("2021-05-06", "_index.md", dt.date(2021, 5, 6)),
        ("gophers-night", "index.md", None),  # a folder named by no day
        # another file: its own name counts, unless nothing else dates the page - then
        # the day its folder opens with (test_reader_only_day)
        ("2019-08-24-gophers-night", "notes.md", dt.date(2019, 8, 24)),
    ],
)
def test_a_bundles_folder_names_the_day(
    tmp_path: Path, folder: str, name: str, day: dt.date | None
) -> None:
    page = tmp_path / folder / name
    page.parent.mkdir()
    page.write_text("# Gophers Night\n\nText.\n", encoding="utf-8")
    assert read_file(page).start == day


def test_a_front_matter_date_wins_over_the_folder(tmp_path: Path) -> None:
    page = tmp_path / "2019-08-24-gophers-night" / "index.md"
    page.parent.mkdir()
    page.write_text("---\ntitle: Night\ndate: 2019-09-01\n---\n", encoding="utf-8")
    assert read_file(page).start == dt.date(2019, 9, 1)
