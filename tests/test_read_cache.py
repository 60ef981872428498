"""The read cache: a full build reads again only the event files that changed, and a
page built from the cache is the page built without it (problems and warnings too)."""

from __future__ import annotations

import filecmp
import os
import time
from pathlib import Path

import pytest
from handbook_helpers import build, copy_root, warnings

import sphinx_meetup.read_cache as read_cache
from sphinx_meetup import reader
from sphinx_meetup.read_cache import FOLDER, KEEP_DAYS, PRUNE_EVERY, ReadCache
from sphinx_meetup.reader import read_file
from sphinx_meetup.reader.labels import Labels

EVENT = """---
title: Cache Meetup
date: 2026-03-01T14:00:00+01:00
speakers:
  - name: Ada Lovelace
    designation: Engineer
---

## Talks

### Engines

Speaker: Ada Lovelace
"""


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every reading the cache does not answer, by file."""
    readings: list[str] = []
    real = reader.read_event

    def read_event(data: bytes, **options: object) -> object:
        readings.append(str(options["source"]))
        return real(data, **options)

    monkeypatch.setattr(reader, "read_event", read_event)
    return readings


def test_same_bytes_read_once(tmp_path: Path, counted: list[str]) -> None:
    page = tmp_path / "event.md"
    page.write_text(EVENT, encoding="utf-8")
    cache = ReadCache(tmp_path / "cache")
    first = cache.read_file(page, timezone=None)
    again = ReadCache(tmp_path / "cache").read_file(page, timezone=None)
    assert counted == [str(page)]
    assert again == first == read_file(page, timezone=None)
    assert again is not first  # a fresh object: the directive may change it


def test_anything_the_reading_depends_on_misses(tmp_path: Path, counted: list[str]) -> None:
    page = tmp_path / "event.md"
    page.write_text(EVENT, encoding="utf-8")
    cache = ReadCache(tmp_path / "cache")
    cache.read_file(page, timezone=None)
    cache.read_file(page, timezone="Asia/Shanghai")  # other options
    cache.read_file(page, timezone=None, labels=Labels.extended({"speaker": ["Spreker"]}))
    page.write_text(EVENT.replace("Engines", "Looms"), encoding="utf-8")  # other bytes
    assert cache.read_file(page, timezone=None).talks[0].title == "Looms"
    moved = tmp_path / "moved.md"  # another file (problems name it)
    moved.write_text(EVENT.replace("Engines", "Looms"), encoding="utf-8")
    assert cache.read_file(moved, timezone=None).source == str(moved)
    assert len(counted) == 5


def test_other_code_misses(tmp_path: Path, counted: list[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "event.md"
    page.write_text(EVENT, encoding="utf-8")
    ReadCache(tmp_path / "cache").read_file(page)
    monkeypatch.setattr(read_cache, "_code_fingerprint", lambda: "another version")
    ReadCache(tmp_path / "cache").read_file(page)
    assert len(counted) == 2


def test_damaged_entries_and_unwritable_folders_only_read_again(
    tmp_path: Path, counted: list[str]
) -> None:
    page = tmp_path / "event.md"
    page.write_text(EVENT, encoding="utf-8")
    folder = tmp_path / "cache"
    ReadCache(folder).read_file(page)
    [entry] = folder.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert ReadCache(folder).read_file(page).title == "Cache Meetup"
    assert ReadCache(folder).read_file(page).title == "Cache Meetup"  # rewritten: a hit
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    assert ReadCache(blocked / "cache").read_file(page).title == "Cache Meetup"
    assert len(counted) == 3


def test_a_reading_of_other_files_is_not_kept(tmp_path: Path, counted: list[str]) -> None:
    """Hugo Blox pages name author profiles: a profile may change under the same bytes."""
    page = tmp_path / "content" / "event" / "talk" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text("---\ntitle: A Talk\nevent: Conf\nauthors: [ada]\n"
                    "date: 2026-03-01T14:00:00Z\n---\n", encoding="utf-8")
    cache = ReadCache(tmp_path / "cache")
    assert cache.read_file(page).read_other_files
    cache.read_file(page)
    assert len(counted) == 2
    assert not list((tmp_path / "cache").glob("*.pickle"))


def test_unused_entries_are_pruned(tmp_path: Path) -> None:
    page = tmp_path / "event.md"
    page.write_text(EVENT, encoding="utf-8")
    cache = ReadCache(tmp_path / "cache")
    cache.read_file(page)
    [entry] = (tmp_path / "cache").glob("*.pickle")
    cache.prune()
    assert entry.exists()
    old = time.time() - (KEEP_DAYS + 1) * 86400
    os.utime(entry, (old, old))
    cache.prune()
    assert not entry.exists()


def test_builds_look_for_unused_entries_once_a_day(tmp_path: Path) -> None:
    """The look stats every entry (one per event file): a build does it once a day."""
    page = tmp_path / "event.md"
    page.write_text(EVENT, encoding="utf-8")
    cache = ReadCache(tmp_path / "cache")
    cache.read_file(page)
    [entry] = (tmp_path / "cache").glob("*.pickle")
    old = time.time() - (KEEP_DAYS + 1) * 86400
    os.utime(entry, (old, old))
    cache.prune_now_and_then()  # never looked: looks now
    assert not entry.exists()
    cache.read_file(page)
    os.utime(entry, (old, old))
    cache.prune_now_and_then()  # looked a moment ago: not again today
    assert entry.exists()
    cache.prune_now_and_then(now=time.time() + PRUNE_EVERY + 1)  # a day later
    assert not entry.exists()


def test_a_full_build_reads_no_unchanged_file(tmp_path: Path, counted: list[str]) -> None:
    srcdir = copy_root("bad", tmp_path)
    first = build(srcdir, freshenv=True)
    read_first = sorted(counted)
    assert read_first  # every event file, problems and all
    cache = srcdir / "_build" / FOLDER
    assert len(list(cache.glob("*.pickle"))) == len(read_first)
    copy = tmp_path / "first-html"
    os.rename(first.outdir, copy)
    counted.clear()
    again = build(srcdir, freshenv=True)
    assert counted == []
    assert warnings(again) == warnings(first)  # the same problems, at the same lines
    assert "meetup" in warnings(again)
    pages = sorted(p.name for p in copy.glob("*.html"))
    _match, mismatch, errors = filecmp.cmpfiles(copy, again.outdir, pages, shallow=False)
    assert (mismatch, errors) == ([], [])


def test_the_cache_can_be_turned_off(tmp_path: Path, counted: list[str]) -> None:
    srcdir = copy_root("bad", tmp_path)
    build(srcdir, freshenv=True, confoverrides={"meetup_read_cache": False})
    build(srcdir, freshenv=True, confoverrides={"meetup_read_cache": False})
    assert len(counted) == 2 * len(set(counted))
    assert not (srcdir / "_build" / FOLDER).exists()


def test_a_bad_setting_keeps_the_default(tmp_path: Path, counted: list[str]) -> None:
    """``meetup_read_cache = 0`` (falsy, not False) is a config warning; the cache stays on."""
    srcdir = copy_root("bad", tmp_path)
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('meetup_read_cache = 0\n')
    app = build(srcdir, freshenv=True)
    assert "meetup_read_cache: expected True or False" in warnings(app)
    assert list((srcdir / "_build" / FOLDER).glob("*.pickle"))
