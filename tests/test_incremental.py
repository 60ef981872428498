"""Rebuilds: only what changed is read, every page listing events is written again, and
``-j 2`` or a second build gives the very same files."""

from __future__ import annotations

import filecmp
import json
import os
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest
from handbook_helpers import build, copy_root, listing, page
from sphinx.testing.util import SphinxTestApp
from sphinx.util.inventory import InventoryFile

from sphinx_meetup.handbook.domain import MeetupDomain

#: pages of roots/test-eventsdir that list or reference events
EVENTSDIR_WATCHERS = {"index", "meetup/index", "meetup/speakers/index", "meetup/years/2022",
                      "meetup/years/2023", "meetup/years/2024"}
SPEAKER_PAGES = {"meetup/speakers/bob-li", "meetup/speakers/carol-zhang", "meetup/speakers/肖涵"}
HANDBOOK_WATCHERS = {"listings", "more", "refs"}


@dataclass
class Rebuild:
    app: SphinxTestApp
    read: set[str]
    written: set[str]
    #: speaker pages rendered (HTML pages, not documents)
    speaker_pages: set[str]
    #: the ``meetup`` domain's index pages rendered
    indices: set[str]


def rebuild(srcdir: Path, **kwargs: object) -> Rebuild:
    """Build again; which documents were read (their read time moved) and written."""
    app = SphinxTestApp("html", srcdir=srcdir, status=StringIO(), warning=StringIO(),
                        **kwargs)
    before = dict(app.env.all_docs)
    pages: list[str] = []
    app.connect("html-page-context", lambda _app, name, *_args: pages.append(name))
    try:
        app.build()
    finally:
        app.cleanup()
    read = {d for d, stamp in app.env.all_docs.items() if before.get(d) != stamp}
    return Rebuild(app, read, {p for p in pages if p in app.env.found_docs},
                   {p for p in pages if p.startswith("meetup/speakers/")
                    and p not in app.env.found_docs},
                   {p for p in pages if p.startswith("meetup-")})


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def eventsdir(tmp_path: Path) -> Path:
    srcdir = copy_root("eventsdir", tmp_path)
    build(srcdir)
    return srcdir


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    srcdir = copy_root("handbook", tmp_path)
    build(srcdir)
    return srcdir


def test_nothing_changed_nothing_read_nothing_written(eventsdir: Path) -> None:
    again = rebuild(eventsdir)
    assert again.read == set() and again.written == set() and again.speaker_pages == set()
    assert "0 added, 0 changed, 0 removed" in again.app.status.getvalue()


def test_editing_one_event_file(eventsdir: Path) -> None:
    edit(eventsdir / "events" / "k8s-day.md", "Kubernetes Day", "Kubernetes Day 2024")
    again = rebuild(eventsdir)
    assert again.read == {"meetup/events/k8s-day"}
    assert again.written == again.read | {"index", "meetup/index", "meetup/years/2024"}, (
        "the pages that list it; not the other years, nor the speakers index (its speakers "
        "and their number of talks are the same)")
    assert set(again.app.env.get_domain("meetup").watchers) == EVENTSDIR_WATCHERS
    assert again.speaker_pages == {"meetup/speakers/bob-li", "meetup/speakers/肖涵"}, (
        "the speaker pages that show its title, not Carol Zhang's")
    assert "Kubernetes Day 2024" in page(again.app, "meetup/speakers/bob-li")
    for docname in ("meetup/index", "meetup/years/2024"):
        assert "Kubernetes Day 2024" in listing(page(again.app, docname), "meetup-events-list")
    assert rebuild(eventsdir).read == set(), "and then it is quiet again"


def test_deleting_an_event_removes_it_everywhere(eventsdir: Path) -> None:
    (eventsdir / "events" / "old-meetup.md").unlink()
    again = rebuild(eventsdir)
    app = again.app
    assert "meetup/events/old-meetup" not in app.env.found_docs
    assert not (eventsdir / "meetup" / "events" / "old-meetup.meetup").exists()
    assert not (eventsdir / "meetup" / "years" / "2023.rst").exists(), "its year is empty"
    assert app.env.get_domain("meetup").event("old-meetup") is None
    assert "Old Meetup" not in page(app, "meetup/index")
    assert "Old Meetup" not in page(app, "meetup/speakers/bob-li")
    assert "years/2023.html" not in page(app, "meetup/index")
    inventory = InventoryFile.loads((Path(app.outdir) / "objects.inv").read_bytes(), uri="")
    assert "old-meetup" not in inventory.data["meetup:event"]
    assert "meetup/index" in again.read and "meetup/speakers/bob-li" in again.speaker_pages
    assert "meetup/speakers/index" in again.written, "Bob Li has one talk fewer"
    assert "about" not in again.written


def test_a_speaker_who_is_gone_loses_the_page(eventsdir: Path) -> None:
    edit(eventsdir / "events" / "mesh-night.md", "Carol Zhang", "Carol Wang")
    again = rebuild(eventsdir)
    speakers = Path(again.app.outdir) / "meetup" / "speakers"
    assert not (speakers / "carol-zhang.html").exists()
    assert again.speaker_pages == {"meetup/speakers/carol-wang"}


def test_a_speaker_page_of_ones_own_written_later(eventsdir: Path) -> None:
    mine = eventsdir / "meetup" / "speakers" / "bob-li.rst"
    mine.write_text(":orphan:\n\nBob Li\n======\n\nMy own page.\n", encoding="utf-8")
    again = rebuild(eventsdir)
    assert again.read == {"meetup/speakers/bob-li"} and not again.speaker_pages
    assert "My own page." in page(again.app, "meetup/speakers/bob-li"), "not deleted as stale"


def test_a_damaged_speaker_pages_record_renders_them_again(eventsdir: Path) -> None:
    doctrees = eventsdir / "_build" / "doctrees"
    record = next(doctrees.glob("meetup-speaker-pages.*.json"))
    data = json.loads(record.read_text(encoding="utf-8"))
    record.write_text(json.dumps({**data, "pages": ["not", "a", "mapping"]}), encoding="utf-8")
    again = rebuild(eventsdir)
    assert again.speaker_pages == SPEAKER_PAGES
    assert again.app.warning.getvalue() == ""


def test_a_changed_configuration_renders_every_speaker_page(eventsdir: Path) -> None:
    again = rebuild(eventsdir, confoverrides={"html_title": "Our meetups"})
    assert again.speaker_pages == SPEAKER_PAGES
    assert "<title>Bob Li &#8212; Our meetups</title>" in page(again.app, "meetup/speakers/bob-li")


def test_a_fresh_environment_after_a_deletion(eventsdir: Path) -> None:
    """The stale year page is read before the events say it is gone: it goes next time."""
    (eventsdir / "events" / "old-meetup.md").unlink()
    app = build(eventsdir, freshenv=True)
    assert "years/2023.html" not in page(app, "meetup/index")
    assert app.warning.getvalue() == ""
    again = build(eventsdir)
    assert not (eventsdir / "meetup" / "years" / "2023.rst").exists()
    assert "meetup/years/2023" not in again.env.found_docs | set(again.env.all_docs)
    assert again.warning.getvalue() == ""


def test_speaker_pages_of_an_older_version_are_removed_before_reading(eventsdir: Path) -> None:
    old = eventsdir / "meetup" / "speakers" / "bob-li.rst"
    old.write_text(":orphan:\n\n.. generated by sphinx-meetup: edit the event files, not "
                   "this page.\n\n.. meetup-speaker-page::\n\n   {}\n", encoding="utf-8")
    again = rebuild(eventsdir)
    assert not old.exists()
    assert again.app.warning.getvalue() == ""
    assert "Kubernetes Day" in page(again.app, "meetup/speakers/bob-li")


def test_event_pages_of_an_older_version_become_meetup_pages(eventsdir: Path) -> None:
    """Until 0.x event pages were ``.rst`` files: a build on top of one replaces them."""
    events = eventsdir / "meetup" / "events"
    for stub in events.glob("*.meetup"):
        stub.unlink()
    old = events / "k8s-day.rst"
    old.write_text(":orphan:\n\n.. generated by sphinx-meetup: edit the event files, not "
                   "this page.\n\n.. meetup-event:: /events/k8s-day.md\n   :slug: k8s-day\n",
                   encoding="utf-8")
    again = rebuild(eventsdir)
    assert not old.exists() and (events / "k8s-day.meetup").is_file()
    assert again.app.warning.getvalue() == ""
    assert "Scaling etcd" in page(again.app, "meetup/events/k8s-day")


def test_renaming_an_event(eventsdir: Path) -> None:
    events = eventsdir / "events"
    (events / "mesh-night.md").rename(events / "mesh-night-2024.md")
    app = rebuild(eventsdir).app
    assert "meetup/events/mesh-night" not in app.env.found_docs
    cards = page(app, "meetup/index")
    assert 'href="events/mesh-night-2024.html#meetup-mesh-night-2024"' in cards
    assert 'href="events/mesh-night.html' not in cards
    warning = app.warning.getvalue()
    assert "no event with the slug 'mesh-night'" in warning, "the old slug is gone"


def test_a_new_event_file(eventsdir: Path) -> None:
    (eventsdir / "events" / "new-year.md").write_text(
        '---\ntitle: "New Year Meetup"\ndate: 2025-01-10\nspeaker:\n  - name: "Eve Wu"\n---\n',
        encoding="utf-8")
    again = rebuild(eventsdir)
    assert {"meetup/events/new-year", "meetup/years/2025", "meetup/index"} <= again.read
    assert again.speaker_pages == {"meetup/speakers/eve-wu"}
    assert "meetup/speakers/index" in again.written
    assert listing(page(again.app, "meetup/index"), "meetup-events-cards") == [
        "Mesh Night", "New Year Meetup"]
    assert "about" not in again.read | again.written


def test_hand_written_pages(handbook: Path) -> None:
    edit(handbook / "events" / "spring-meetup.md", "Spring Meetup", "Spring Fling")
    again = rebuild(handbook)
    assert again.read == {"spring"}, "the page that includes the event file"
    # index: Sphinx itself writes a toctree's parent again with any page it holds
    assert again.written == {"spring", "index"} | HANDBOOK_WATCHERS
    assert "Spring Fling" in listing(page(again.app, "listings"), "all-events")
    assert ">Spring Fling</span>" in page(again.app, "refs")

    edit(handbook / "about.rst", "neither lists", "still neither lists")
    again = rebuild(handbook)
    assert again.read == {"about"}
    assert again.written == {"about", "index"}, "events unchanged: listings untouched"


def test_a_page_that_gains_an_event(handbook: Path) -> None:
    """Before reading, nobody can know that a changed page now holds an event."""
    with (handbook / "about.rst").open("a", encoding="utf-8") as about:
        about.write("\n.. meetup-event:: events/secret-meetup.md\n   :slug: now-public\n")
    edit(handbook / "events" / "secret-meetup.md", "draft: true", "draft: false")
    again = rebuild(handbook)
    assert "Secret Meetup" in listing(page(again.app, "listings"), "all-events")
    assert again.written >= {"listings", "more"}
    assert "refs" not in again.written, "it references none of the secret meetup's"


@pytest.mark.parametrize(("event", "reference"), [
    ("spring-meetup", ":meetup:event:"), ("autumn-meetup", ":any:")])
def test_a_reference_follows_its_event(handbook: Path, event: str, reference: str) -> None:
    title = event.replace("-m", " M").title()
    edit(handbook / "events" / f"{event}.md", f'title: "{title}"', f'title: "{title} 2025"')
    again = rebuild(handbook)
    assert "refs" in again.written, f"{reference} shows the title"
    assert f"{title} 2025" in page(again.app, "refs")


@pytest.mark.sphinx("html", testroot="eventsdir", srcdir="eventsdir-parallel", parallel=2)
def test_parallel_build_is_identical(
    app: SphinxTestApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    merged: list[set[str]] = []
    original = MeetupDomain.merge_domaindata

    def merge(self: MeetupDomain, docnames: set[str], otherdata: dict) -> None:
        merged.append(set(docnames))
        original(self, docnames, otherdata)

    monkeypatch.setattr(MeetupDomain, "merge_domaindata", merge)
    app.build()
    assert app.parallel == 2 and len(merged) >= 2, "read by parallel workers, then merged"
    assert app.warning.getvalue() == ""
    serial = build(copy_root("eventsdir", tmp_path))
    assert_same_output(Path(app.outdir), Path(serial.outdir))


def test_parallel_hand_written_pages(tmp_path: Path) -> None:
    parallel = build(copy_root("handbook", tmp_path / "j2"), parallel=2)
    serial = build(copy_root("handbook", tmp_path / "j1"))
    assert listing(page(parallel, "listings"), "all-events") == [
        "Summer Meetup", "Autumn Meetup", "Spring Meetup", "Old Meetup"]
    assert_same_output(Path(parallel.outdir), Path(serial.outdir))


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first = build(copy_root("eventsdir", tmp_path / "a"))
    second = build(copy_root("eventsdir", tmp_path / "b"))
    assert_same_output(Path(first.outdir), Path(second.outdir))
    fresh = build(Path(first.srcdir), freshenv=True)  # generated pages already on disk
    assert_same_output(Path(fresh.outdir), Path(second.outdir))


def assert_same_output(left: Path, right: Path) -> None:
    files = sorted(p.relative_to(left) for p in left.rglob("*") if p.is_file()
                   and ".doctrees" not in p.parts)
    assert files == sorted(p.relative_to(right) for p in right.rglob("*") if p.is_file()
                           and ".doctrees" not in p.parts)
    assert len(files) > 20
    _match, mismatch, errors = filecmp.cmpfiles(left, right, files, shallow=False)
    assert mismatch == [] and errors == []


def test_parallel_rebuild_after_an_edit(tmp_path: Path) -> None:
    srcdir = copy_root("eventsdir", tmp_path)
    build(srcdir, parallel=2)
    edit(srcdir / "events" / "old-meetup.md", "Old Meetup", "Vintage Meetup")
    again = rebuild(srcdir, parallel=2)
    assert "meetup/events/old-meetup" in again.read
    assert "meetup/events/k8s-day" not in again.read
    assert listing(page(again.app, "meetup/years/2023"), "meetup-events") == ["Vintage Meetup"]
    assert "Vintage Meetup" in page(again.app, "meetup/speakers/bob-li")


INDICES = {"meetup-speakerindex", "meetup-eventindex"}


def test_the_indices_are_written_when_they_change(eventsdir: Path) -> None:
    """Sphinx writes every domain index each build; ours are written as documents are."""
    outdir = eventsdir / "_build" / "html"
    assert rebuild(eventsdir).indices == set(), "nothing changed"
    edit(eventsdir / "events" / "k8s-day.md", "Speaker: Bob Li",
         "Speaker: Bob Li\n\nHow a cluster of 5,000 nodes keeps its etcd small.")
    again = rebuild(eventsdir)
    assert again.read == {"meetup/events/k8s-day"} and again.indices == set(), (
        "an abstract is on neither index")
    edit(eventsdir / "events" / "k8s-day.md", "### Scaling etcd", "### Scaling etcd well")
    again = rebuild(eventsdir)
    assert again.indices == {"meetup-speakerindex"}, "it shows each speaker's talk titles"
    assert "Scaling etcd well" in (outdir / "meetup-speakerindex.html").read_text(
        encoding="utf-8")
    edit(eventsdir / "events" / "k8s-day.md", "Kubernetes Day", "Kubernetes Day 2024")
    assert rebuild(eventsdir).indices == INDICES, "both show the event's title"
    (outdir / "meetup-eventindex.html").unlink()
    assert rebuild(eventsdir).indices == {"meetup-eventindex"}, "a missing file is written"
    again = rebuild(eventsdir, confoverrides={"html_title": "Our meetups"})
    assert again.indices == INDICES, "a changed configuration writes them as it does pages"
    assert "Our meetups" in (outdir / "meetup-speakerindex.html").read_text(encoding="utf-8")


def test_the_next_build_of_one_application_works_its_stamp_and_views_out_again(
    tmp_path: Path,
) -> None:
    """What a build works out once - the newest template, in what the indices are
    stamped with, and each event's export view - is worked out again by the same
    application's next build: a template touched and an address set in between count."""
    srcdir = copy_root("eventsdir", tmp_path)
    unused = srcdir / "_templates" / "unused.html"
    unused.parent.mkdir()
    unused.write_text("{# no page uses it #}\n", encoding="utf-8")
    app = SphinxTestApp("html", srcdir=srcdir, status=StringIO(), warning=StringIO(),
                        confoverrides={"templates_path": ["_templates"]})
    try:
        app.build()
        pages: list[str] = []
        app.connect("html-page-context", lambda _app, name, *_args: pages.append(name))
        later = unused.stat().st_mtime_ns + 10**9
        os.utime(unused, ns=(later, later))
        app.config.html_baseurl = "https://moved.example.org/"
        app.build()
    finally:
        app.cleanup()
    assert INDICES.issubset(pages), "a newer template writes the indices again"
    head = (app.outdir / "meetup" / "events" / "k8s-day.html").read_text(encoding="utf-8")
    assert '"url":"https://moved.example.org/meetup/events/k8s-day.html' in head


def test_a_damaged_indices_record_writes_them_again(eventsdir: Path) -> None:
    (eventsdir / "_build" / "doctrees" / "meetup-indices.html.json").write_text(
        "[not a record", encoding="utf-8")
    again = rebuild(eventsdir)
    assert again.indices == INDICES and again.app.warning.getvalue() == ""



def test_two_output_folders_sharing_the_doctrees_each_get_their_indices(
    eventsdir: Path, tmp_path: Path
) -> None:
    """``sphinx-build -d shared`` into two output folders: one folder's index written
    never stands in for the other's (the output folder is part of what is stamped)."""
    from sphinx.cmd.build import build_main

    doctrees = tmp_path / "doctrees"

    def build_into(folder: str) -> str:
        out = tmp_path / folder
        assert build_main(["-q", "-b", "html", "-d", str(doctrees), str(eventsdir),
                           str(out)]) == 0
        return (out / "meetup-eventindex.html").read_text(encoding="utf-8")

    build_into("one"), build_into("two")
    edit(eventsdir / "events" / "k8s-day.md", "Kubernetes Day", "Kubernetes Day 2024")
    assert "Kubernetes Day 2024" in build_into("one")
    assert "Kubernetes Day 2024" in build_into("two")
