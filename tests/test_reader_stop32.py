"""Stop 32: a seminar series whose pages name their one talk's speaker as ``author``
(``reader/site_authors.py``), read only where the site's pages each name an author of
their own. Pages here are written for the test, never copied from a site.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.read_cache import ReadCache
from sphinx_meetup.reader import read_event, read_file
from sphinx_meetup.reader.site_authors import (
    MIN_PAGES,
    author_text,
    authors_vary,
    sibling_authors,
)

SEMINAR = """---
title: "{title}"
author: "{author}"
date: 2025-0{month}-05 14:00:00
---
**Viernes {month} de septiembre, 14:00 hs**
Sala 324

{prose}
"""

PROSE = "A story told in one long paragraph of prose, with no programme in it at all."
SPEAKERS = ["Ann Example", "Bo Sample", "Cleo Tester", "Dan Placeholder"]
TITLES = ["Spherical Processes", "A Tale of Two Queues", "Sparse Models", "Why Maps Fold"]


def _site(folder: Path, authors: list[str], *, prose: str = PROSE) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    for number, (title, author) in enumerate(zip(TITLES, authors, strict=False), 1):
        page = folder / f"2025-0{number}-05-talk-{number}.md"
        page.write_text(SEMINAR.format(title=title, author=author, month=number,
                                       prose=prose), encoding="utf-8")
        pages.append(page)
    return pages


def _talks(page: Path) -> list[tuple[str, list[str]]]:
    return [(talk.title, talk.speakers) for talk in read_file(page).talks
            if talk.kind == "talk"]


def test_pages_each_by_their_own_author_are_their_authors_talks(tmp_path: Path) -> None:
    pages = _site(tmp_path / "posts", SPEAKERS)
    for page, title, author in zip(pages, TITLES, SPEAKERS, strict=True):
        event = read_file(page)
        assert _talks(page) == [(title, [author])]
        assert [speaker.name for speaker in event.speakers] == [author]
        assert "front-matter author" in event.talks[0].evidence[author]
        assert event.read_other_files  # the read cache must not keep it


def test_an_author_who_writes_most_pages_is_a_writer(tmp_path: Path) -> None:
    pages = _site(tmp_path / "posts", ["Ann Example", "Ann Example", "Ann Example",
                                       "Bo Sample"])
    for page in pages:
        event = read_file(page)
        assert _talks(page) == []
        assert event.speakers == []


def test_too_few_pages_say_nothing(tmp_path: Path) -> None:
    pages = _site(tmp_path / "posts", SPEAKERS[: MIN_PAGES - 1])
    assert all(_talks(page) == [] for page in pages)


def test_the_page_alone_is_no_evidence() -> None:
    page = SEMINAR.format(title=TITLES[0], author=SPEAKERS[0], month=1, prose=PROSE)
    assert [talk for talk in read_event(page).talks if talk.kind == "talk"] == []


def test_a_page_with_a_programme_keeps_its_speakers(tmp_path: Path) -> None:
    programme = ("## Programme\n\n### Lifetimes\n\n**Speaker:** Erin Sample\n\n"
                 "### Borrowing\n\n**Speaker:** Finn Example\n")
    pages = _site(tmp_path / "posts", SPEAKERS, prose=programme)
    talks = _talks(pages[0])
    assert [speakers for _, speakers in talks] == [["Erin Sample"], ["Finn Example"]]
    assert "Ann Example" not in [s.name for s in read_file(pages[0]).speakers]


@pytest.mark.parametrize("author", ["SOFA 团队", "Acme GmbH", "admin", "renato42"])
def test_an_author_that_is_no_person_gives_no_talk(tmp_path: Path, author: str) -> None:
    pages = _site(tmp_path / "posts", [author, *SPEAKERS[1:]])
    assert _talks(pages[0]) == []
    assert _talks(pages[1]) == [(TITLES[1], [SPEAKERS[1]])]


def test_a_title_of_two_things_shows_no_card_without_a_talk(tmp_path: Path) -> None:
    pages = _site(tmp_path / "posts", SPEAKERS)
    text = pages[0].read_text(encoding="utf-8").replace(
        TITLES[0], "Pizza night and lightning talks")
    pages[0].write_text(text, encoding="utf-8")
    event = read_file(pages[0])
    if not [talk for talk in event.talks if talk.kind == "talk"]:
        assert event.speakers == []


def test_zola_extra_author_and_bundles(tmp_path: Path) -> None:
    for number, (title, author) in enumerate(zip(TITLES, SPEAKERS, strict=True), 1):
        bundle = tmp_path / "content" / f"2022-03-0{number}-talk"
        bundle.mkdir(parents=True)
        (bundle / "index.md").write_text(
            f'+++\ntitle = "{title}"\n[extra]\nauthor = "{author}"\ninstitution = "MIT"\n'
            f'video = "https://www.youtube.com/watch?v=abcdefghij{number}"\n+++\n\n{PROSE}\n',
            encoding="utf-8")
    page = tmp_path / "content" / "2022-03-02-talk" / "index.md"
    assert _talks(page) == [(TITLES[1], [SPEAKERS[1]])]


def test_a_symlinked_sibling_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("---\nauthor: Secret Person\n---\n", encoding="utf-8")
    folder = tmp_path / "posts"
    _site(folder, SPEAKERS[:2])
    (folder / "2025-09-link.md").symlink_to(outside)
    assert "secret person" not in sibling_authors(folder / "2025-01-05-talk-1.md")


def test_the_read_cache_reads_such_a_page_afresh(tmp_path: Path) -> None:
    pages = _site(tmp_path / "posts", SPEAKERS)
    cache = ReadCache(tmp_path / "cache")
    assert cache.read_file(pages[0]).talks[0].speakers == [SPEAKERS[0]]
    assert not list((tmp_path / "cache").glob("*.pickle"))


@pytest.mark.parametrize(("head", "expected"), [
    ('---\ntitle: X\nauthor: "Ann Example"\n---\nbody', "ann example"),
    ("---\nauthors:\n  - Ann Example\n  - Bo Sample\n---\n", "ann example"),
    ("---\nauthors: [Ann Example]\n---\n", "ann example"),
    ('+++\ntitle = "X"\n[extra]\nauthor = "Ann  Example"\n+++\n', "ann example"),
    ("---\ntitle: X\n---\nauthor: Ann Example in the body\n", None),
    ("no front matter\nauthor: Ann\n", None),
    ("---\nauthor_url: https://example.org\n---\n", None),
])
def test_author_text(head: str, expected: str | None) -> None:
    assert author_text(head) == expected


@given(st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f", None]), max_size=12),
       st.randoms())
def test_authors_vary_ignores_order(authors: list[str | None], random: object) -> None:
    shuffled = list(authors)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert authors_vary(authors) == authors_vary(shuffled)


@given(st.text(min_size=1, max_size=10), st.integers(min_value=MIN_PAGES, max_value=30))
def test_one_author_of_every_page_is_a_writer(author: str, pages: int) -> None:
    assert not authors_vary([author] * pages)


@given(st.lists(st.text(min_size=1, max_size=8), min_size=MIN_PAGES, max_size=20,
                unique=True))
def test_every_page_its_own_author_varies(authors: list[str]) -> None:
    assert authors_vary(authors)
