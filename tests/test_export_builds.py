"""Exports are reproducible, survive parallel and incremental builds, stay out of
non-HTML builders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree
from export_helpers import EXPORT_FILES, head

ROOT = Path(__file__).parent / "roots" / "test-export"
EVENT_PAGES = ("shanghai", "amsterdam", "allday", "hostile")


def sphinx_build(outdir: Path, *extra: str, seed: str) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in {"SOURCE_DATE_EPOCH", "READTHEDOCS_CANONICAL_URL"}}
    env["PYTHONHASHSEED"] = seed
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-d", str(outdir / ".doctrees"),
         *extra, str(ROOT), str(outdir)],
        check=True, env=env, capture_output=True,
    )


def exported(outdir: Path) -> dict[str, bytes]:
    files = {name: (outdir / name).read_bytes() for name in EXPORT_FILES}
    for path in sorted((outdir / "_meetup").rglob("*")):
        if path.is_file():
            files[path.relative_to(outdir).as_posix()] = path.read_bytes()
    for page in EVENT_PAGES:
        parsed = head(outdir, page)
        files[page] = repr((parsed.scripts, parsed.meta)).encode()
    return files


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    """Another hash seed, and parallel reading and writing: the same bytes."""
    sphinx_build(tmp_path / "one", seed="1")
    sphinx_build(tmp_path / "two", "-j", "2", seed="2")
    one, two = exported(tmp_path / "one"), exported(tmp_path / "two")
    assert sorted(one) == sorted(two)
    assert len([name for name in one if name.endswith(".ics")]) == 5
    for name in one:
        assert one[name] == two[name], name


@pytest.mark.sphinx("html", testroot="export", srcdir="export-incremental")
def test_incremental_build_keeps_every_event(app) -> None:
    """A build that reads and writes no page still exports every event, unchanged."""
    app.build()
    before = exported(Path(app.outdir))
    app.build()
    assert exported(Path(app.outdir)) == before
    (Path(app.srcdir) / "amsterdam.rst").write_text(
        ".. meetup-event:: events/amsterdam-hackathon.md\n   :slug: amsterdam-2027\n",
        encoding="utf-8")
    app.build()
    ics = (Path(app.outdir) / "events.ics").read_text(encoding="utf-8")
    assert "UID:amsterdam-2027@" in ics and "UID:amsterdam-hackathon@" not in ics
    assert "UID:shanghai-night@" in ics, "events of pages not read again stay"
    calendars = {p.name for p in (Path(app.outdir) / "_meetup/calendar").iterdir()}
    assert "amsterdam-hackathon.ics" not in calendars, "the old calendar is removed"
    assert "amsterdam-2027.ics" in calendars


@pytest.mark.sphinx("html", testroot="export", srcdir="export-unchanged")
def test_a_build_with_nothing_changed_makes_no_export(app, monkeypatch) -> None:
    """The files are not made again while what they are made from and the files
    themselves are as the last build left them; a file changed or removed in the
    output, a new setting or an event's image changed, and they are."""
    from sphinx_meetup.export import hooks

    app.build()
    before = exported(Path(app.outdir))
    made = []
    original = hooks.site_events
    monkeypatch.setattr(hooks, "site_events", lambda a: made.append(1) or original(a))
    app.build()
    assert made == [] and exported(Path(app.outdir)) == before
    calendar, other = sorted((Path(app.outdir) / "_meetup/calendar").iterdir())[:2]
    calendar.unlink()
    other.write_bytes(b"x" * len(other.read_bytes()))  # the same size, other bytes
    (Path(app.outdir) / "events.json").write_text("{}", encoding="utf-8")
    stale = Path(app.outdir) / "_meetup/calendar/gone.ics"
    stale.write_bytes(b"")
    app.build()
    assert made == [1] and exported(Path(app.outdir)) == before
    assert not stale.exists()
    app.build()
    assert made == [1]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    app.build()
    assert made == [1, 1]
    assert b"DTSTAMP:20270115T080000Z" in (Path(app.outdir) / "events.ics").read_bytes()
    cover = Path(app.srcdir) / "events/cover.png"
    cover.write_bytes(cover.read_bytes() + b"another picture")
    app.build()
    assert made == [1, 1, 1]
    copies = list((Path(app.outdir) / "_meetup/images").iterdir())
    assert [copy.read_bytes() for copy in copies] == [cover.read_bytes()]


@pytest.mark.parametrize("builder", ["text", "latex", "epub"])
def test_other_builders_get_no_files(builder: str, make_app, rootdir: Path,
                                     tmp_path: Path) -> None:
    import shutil

    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-export", srcdir)
    app = make_app(builder, srcdir=srcdir)
    app.build()
    outdir = Path(app.outdir)
    for name in EXPORT_FILES:
        assert not (outdir / name).exists()
    assert not (outdir / "_meetup").exists()
    assert "Traceback" not in app.warning.getvalue()
    if builder == "epub":
        xhtml = next(outdir.rglob("shanghai.xhtml")).read_text(encoding="utf-8")
        assert "application/ld+json" not in xhtml and "Add to calendar" not in xhtml


@pytest.mark.sphinx("singlehtml", testroot="export", srcdir="export-single")
def test_single_page_builder(app) -> None:
    app.build()
    outdir = Path(app.outdir)
    assert (outdir / "events.ics").is_file()
    assert 'href="events.ics"' in (outdir / "index.html").read_text(encoding="utf-8")


def test_dates_at_the_ends_of_the_calendar(make_app, tmp_path: Path) -> None:
    """Year 1 and 9999 (any date YAML allows) build; a calendar leaves out what it
    cannot hold (an all-day event on 9999-12-31 has no day after)."""
    icalendar = pytest.importorskip("icalendar")
    dates = {"a": "0001-01-01", "b": "9999-12-31", "c": "0001-01-01T10:00:00+08:00",
             "d": "9999-12-31T10:00:00-08:00"}
    (tmp_path / "events").mkdir()
    for name, date in dates.items():
        zone = "timezone: Asia/Shanghai\n" if name == "c" else ""
        (tmp_path / "events" / f"{name}.md").write_text(
            f"---\ntitle: {name.upper()}\ndate: {date}\n{zone}---\n", encoding="utf-8")
        (tmp_path / f"{name}.rst").write_text(f".. meetup-event:: events/{name}.md\n",
                                              encoding="utf-8")
    (tmp_path / "index.rst").write_text("X\n=\n\n.. toctree::\n\n   a\n   b\n   c\n   d\n",
                                        encoding="utf-8")
    (tmp_path / "conf.py").write_text(
        'extensions = ["sphinx_meetup"]\nexclude_patterns = ["events", "_build"]\n'
        'html_baseurl = "https://x.example/"\n', encoding="utf-8")
    app = make_app("html", srcdir=tmp_path)
    app.build()
    outdir = Path(app.outdir)
    cal = icalendar.Calendar.from_ical((outdir / "events.ics").read_bytes())
    assert {str(e["uid"]) for e in cal.walk("VEVENT")} == {"a@x.example", "c@x.example",
                                                             "d@x.example"}
    feed = ElementTree.parse(outdir / "events.atom").getroot()
    updated = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}updated")]
    assert "0001-01-01T00:00:00Z" in updated
    assert len(json.loads((outdir / "events.json").read_text("utf-8"))["events"]) == 4
