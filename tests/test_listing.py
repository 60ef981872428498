"""``meetup-events``: order, filters, formats, drafts and the empty message, as built."""

from __future__ import annotations

from pathlib import Path

import pytest
from handbook_helpers import build, copy_root, listing, listing_html, page, warnings

UPCOMING = ["Summer Meetup", "Autumn Meetup"]
PAST = ["Spring Meetup", "Old Meetup"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, str]:
    app = build(copy_root("handbook", tmp_path_factory.mktemp("listing")))
    return app, page(app, "listings")


def test_upcoming_soonest_first_then_the_archive_newest_first(site: tuple) -> None:
    _app, html = site
    assert listing(html, "all-events") == UPCOMING + PAST
    whole = listing_html(html, "all-events")
    assert whole.index("Upcoming events") < whole.index("Summer") < whole.index("Past events")
    assert listing(html, "upcoming") == UPCOMING
    assert "Upcoming events" not in listing_html(html, "upcoming"), "one group: no headings"


def test_drafts_are_left_out(site: tuple) -> None:
    _app, html = site
    assert "Secret Meetup" not in listing_html(html, "all-events")


def test_filters(site: tuple) -> None:
    _app, html = site
    assert listing(html, "k8s") == ["Autumn Meetup", "Spring Meetup"], "topic, any case"
    assert listing(html, "in-beijing") == ["Autumn Meetup", "Spring Meetup"]
    # 涵畅 is 肖涵's nickname: the person is found under either name
    assert listing(html, "by-nickname") == ["Summer Meetup", "Spring Meetup"]
    assert listing(html, "by-two") == UPCOMING + PAST, "several values: any of them"
    assert listing(html, "in-2023") == ["Old Meetup"]
    assert listing(html, "first-three") == [*UPCOMING, "Spring Meetup"]


def test_formats(site: tuple) -> None:
    _app, html = site
    table = listing_html(html, "past-table")
    assert "<table" in table
    for header in ("Date", "Event", "Location", "Speakers"):
        assert f"<p>{header}</p>" in table
    assert listing(html, "past-table") == PAST
    assert "肖涵, Bob Li" in table
    cards = listing_html(html, "k8s")
    assert cards.count("meetup-event-card") == 2
    assert "sd-card-title" in cards and "meetup-topic" in cards
    items = listing_html(html, "in-2023")
    assert "Nov 11, 2023" in items and "Hangzhou" in items


def test_links_point_at_the_event(site: tuple) -> None:
    _app, html = site
    assert 'href="summer.html#meetup-summer-meetup"' in listing_html(html, "upcoming")


def test_empty_message(site: tuple) -> None:
    _app, html = site
    nothing = listing_html(html, "nothing")
    assert listing(html, "nothing") == []
    assert "meetup-empty" in nothing and "No events match." in nothing
    assert "Nothing planned in Hangzhou yet." in listing_html(html, "custom-empty")


def test_myst_listing(site: tuple) -> None:
    app, _html = site
    assert listing(page(app, "more"), "myst-past") == PAST


def test_no_warnings_but_the_broken_reference(site: tuple) -> None:
    app, _html = site
    lines = [line for line in warnings(app).splitlines() if line.strip()]
    assert len(lines) == 1 and "no-such-event" in lines[0]


def test_show_drafts(tmp_path: Path) -> None:
    app = build(copy_root("handbook", tmp_path), confoverrides={"meetup_show_drafts": True})
    html = page(app, "listings")
    assert listing(html, "all-events") == [
        "Summer Meetup", "Secret Meetup", "Autumn Meetup", *PAST]


def test_today_decides_what_is_upcoming(tmp_path: Path) -> None:
    app = build(copy_root("handbook", tmp_path), confoverrides={"meetup_today": "2030-01-01"})
    html = page(app, "listings")
    assert listing(html, "upcoming") == []
    assert "No upcoming events." in listing_html(html, "upcoming")
    assert listing(html, "all-events") == ["Autumn Meetup", "Summer Meetup", *PAST]


def test_upcoming_and_past_together_is_an_error(tmp_path: Path) -> None:
    srcdir = copy_root("handbook", tmp_path)
    (srcdir / "about.rst").write_text(
        "About\n=====\n\n.. meetup-events::\n   :upcoming:\n   :past:\n", encoding="utf-8")
    app = build(srcdir)
    assert "choose :upcoming: or :past:" in warnings(app)


def test_an_unknown_speaker_is_named(tmp_path: Path) -> None:
    srcdir = copy_root("handbook", tmp_path)
    (srcdir / "about.rst").write_text(
        "About\n=====\n\n.. meetup-events::\n   :speaker: Nobody Here\n", encoding="utf-8")
    app = build(srcdir)
    assert f"{srcdir / 'about.rst'}:4: WARNING: meetup-events: no speaker named " \
           "'Nobody Here' in this site [meetup.ref]" in warnings(app)
    assert "No events match." in page(app, "about")


def test_a_listing_on_a_site_that_had_none_is_resolved(tmp_path: Path) -> None:
    # pages are only looked through for listings while some page has one (the domain
    # knows: a listing is a query the page watches); a rebuild that adds the first
    # listing must still fill it in
    from sphinx_meetup.handbook.domain import get_domain

    srcdir = copy_root("handbook", tmp_path)
    (srcdir / "listings.rst").unlink()
    (srcdir / "more.md").unlink()
    app = build(srcdir)
    assert not get_domain(app.env).watches("listing")
    assert "meetup-events" not in page(app, "about")
    (srcdir / "about.rst").write_text(
        "About\n=====\n\n.. meetup-events::\n   :past:\n   :class: gone\n", encoding="utf-8")
    app = build(srcdir)
    assert get_domain(app.env).watches("listing")
    assert listing(page(app, "about"), "gone") == PAST
    (srcdir / "about.rst").write_text("About\n=====\n\nNo listing.\n", encoding="utf-8")
    app = build(srcdir)
    assert not get_domain(app.env).watches("listing")
