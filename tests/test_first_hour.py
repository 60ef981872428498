"""The first hour of a new user (issue 14): `check` reports what the build reports, says
what it checked and finds bundles; `show` names the file, reads stdin and writes UTF-8 on
any console; the directive says what is wrong with a path; a broken page warns once."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from handbook_helpers import build, warnings

from sphinx_meetup.cli import main

ROOT = Path(__file__).parent.parent
SEED = Path(__file__).parent / "roots" / "test-seed" / "events" / \
    "service-mesh-meetup-09-hangzhou.md"

EVENT = """---
title: Photos gone wrong
date: 2030-05-01
speaker:
  - name: Ann Lee
    image: images/ann.jpg
  - name: Bo Chen
    image: "javascript:alert(1)"
  - name: Cy Wu
    image: cy.jpg
---

Our room:

![the room](room.png)

## Talks

### Rust at scale

Speaker: Ann Lee

### Borrowing

Speaker: 贾岛
"""
REGISTRY = "- name: 靳文祥\n  aliases: [贾岛]\n  photo: people/jin.jpg\n- just a name\n- {}\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A Sphinx project whose one event names missing photos, a bad photo URL, a missing
    body image and a registry person whose photo is missing."""
    srcdir = tmp_path / "project"
    (srcdir / "events").mkdir(parents=True)
    (srcdir / "events" / "night.md").write_text(EVENT, encoding="utf-8")
    (srcdir / "events" / "cy.jpg").write_bytes(b"photo")  # found: beside the event file
    (srcdir / "static" / "images").mkdir(parents=True)  # Hugo's, not meetup_image_dirs
    (srcdir / "static" / "images" / "ann.jpg").write_bytes(b"not where the build looks")
    (srcdir / "speakers.yaml").write_text(REGISTRY, encoding="utf-8")
    (srcdir / "conf.py").write_text(
        'extensions = ["sphinx_meetup"]\nexclude_patterns = ["events"]\n'
        'meetup_speakers = "speakers.yaml"\n', encoding="utf-8")
    (srcdir / "index.md").write_text("# Night\n\n```{meetup-event} events/night.md\n```\n",
                                     encoding="utf-8")
    return srcdir


def problems_of(text: str, pattern: str) -> set[tuple[str, int, str, str]]:
    """(file name, line, message, subtype) of each reported line."""
    return {(Path(m["file"]).name, int(m["line"] or 1), m["message"], m["subtype"])
            for m in re.finditer(pattern, text, re.M)}


def test_check_strict_reports_what_the_build_reports(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 5: photos relative to the event file, the registry, the same subtypes."""
    built = re.sub(r"\x1b\[[0-9;]*m", "", warnings(build(project)))
    monkeypatch.chdir(project)
    assert main(["check", "--strict", "--speakers", "speakers.yaml", "events"]) == 1
    out = capsys.readouterr().out
    build_side = problems_of(built, r"^(?P<file>\S+?):(?P<line>\d+)?: WARNING: "
                             r"(?P<message>.*) \[meetup\.(?P<subtype>[\w-]+)\]$")
    check_side = problems_of(out, r"^(?P<file>[^:\s]+):(?:(?P<line>\d+):)? (?:warning|error): "
                             r"(?P<message>.*) \[(?P<subtype>[\w-]+)\]$")
    assert check_side == build_side
    assert {(name, sub) for name, _, _, sub in check_side} == {
        ("night.md", "image"), ("night.md", "url"), ("speakers.yaml", "speaker")}
    assert len([p for p in check_side if p[3] == "image"]) == 3, "ann, 靳文祥, the room"
    assert "cy.jpg" not in out, "a photo beside the event file is found"
    assert out.endswith("1 file: 5 warnings\n")


def test_a_wrong_photo_path_says_where_it_starts_and_where_it_looked(project: Path) -> None:
    """Item 7: the path is relative to the event file, and the warning says where."""
    built = re.sub(r"\x1b\[[0-9;]*m", "", warnings(build(project)))
    assert "events/night.md:5: WARNING: photo 'images/ann.jpg' not found: a path is " \
        "relative to the event file's folder (then to the source folder and " \
        "meetup_image_dirs), and may not leave them; looked for events/images/ann.jpg, " \
        "images/ann.jpg; an avatar is shown [meetup.image]" in built
    # the registry's photo (relative to speakers.yaml) is looked for from the source folder
    assert "photo '/people/jin.jpg' not found: a path starting with / is relative to the " \
        "source folder and meetup_image_dirs (a registry's photo, relative to the registry " \
        "file, is written so)" in built


def test_check_says_what_it_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Item 6: a silent success looked like nothing had run."""
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text("---\ntitle: T\ndate: 2020-01-01\n---\n",
                                     encoding="utf-8")
    assert main(["check", *(str(tmp_path / n) for n in ("a.md", "b.md", "c.md"))]) == 0
    assert capsys.readouterr().out == "3 files, no problems\n"
    (tmp_path / "empty").mkdir()
    assert main(["check", str(tmp_path / "empty")]) == 1
    assert capsys.readouterr().out == (
        f"{tmp_path / 'empty'}: error: no event files (*.md) in this folder [file]\n"
        "0 files: 1 error\n")


def test_check_dir_finds_bundles_and_upper_case_suffixes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Item 6: ``check content/event`` reads ``<slug>/index.md`` and ``.MD`` files, and
    skips Hugo's ``_index.md`` section page, as the build's events folder does."""
    event = tmp_path / "content" / "event"
    files = {"kickoff/index.md": "date: soon", "LOUD.MD": "date: later",
             "plain.md": "date: 2020-01-01", "_index.md": "date: never"}
    for name, line in files.items():
        (event / name).parent.mkdir(parents=True, exist_ok=True)
        (event / name).write_text(f"---\ntitle: T\n{line}\n---\n", encoding="utf-8")
    assert main(["check", str(event)]) == 0
    out = capsys.readouterr().out
    assert f"{event / 'kickoff' / 'index.md'}:3: warning: date: 'soon'" in out
    assert f"{event / 'LOUD.MD'}:3: warning: date: 'later'" in out
    assert "never" not in out
    assert out.endswith("3 files: 2 warnings\n")


def test_the_build_reads_upper_case_md_event_files(tmp_path: Path) -> None:
    """Item 6: ``meetup_events_dir`` reads ``.MD`` files (Hugo does)."""
    srcdir = tmp_path / "site"
    (srcdir / "events").mkdir(parents=True)
    (srcdir / "events" / "Loud.MD").write_text("---\ntitle: Loud night\ndate: 2020-01-01\n"
                                               "---\n", encoding="utf-8")
    (srcdir / "conf.py").write_text('extensions = ["sphinx_meetup"]\n'
                                    'meetup_events_dir = "events"\n', encoding="utf-8")
    (srcdir / "index.rst").write_text("Home\n====\n\n.. toctree::\n\n   meetup/index\n",
                                      encoding="utf-8")
    app = build(srcdir)
    assert warnings(app) == ""
    assert "Loud night" in (Path(app.outdir) / "meetup/events/Loud.html").read_text(
        encoding="utf-8")


def test_show_names_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.md"
    assert main(["show", str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (f"{missing}: error: cannot read the file: No such file or "
                            "directory [file]\n")
    assert "None" not in captured.err


def test_show_problems_name_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "odd.md"
    odd.write_text("---\ntitle: Odd\ndate: soon\n---\n", encoding="utf-8")
    assert main(["show", str(odd)]) == 0
    out = capsys.readouterr().out
    assert f"{odd}:3: warning: date: 'soon' is not a date" in out
    assert "line " not in out


def test_show_dash_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["show", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Service Mesh Meetup #9 杭州站\n")
    assert "by 鲁直, 涵畅, 张超盟, 付铖, 王国云" in out


def test_show_writes_utf8_on_a_cp1252_console() -> None:
    """Item 10: Windows' console encoding; ``show`` writes UTF-8 regardless, no crash."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONUTF8", None)
    for argv in (["show", str(SEED)], ["show", "--json", str(SEED)], ["check", str(SEED)]):
        result = subprocess.run([sys.executable, "-m", "sphinx_meetup.cli", *argv], env=env,
                                capture_output=True, check=False)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        assert result.stderr == b""
        text = result.stdout.decode("utf-8")
        assert ("杭州" if argv[0] == "show" else "1 file: 4 warnings") in text


def test_check_needs_no_sphinx(project: Path) -> None:
    code = (
        "import sys; from sphinx_meetup.cli import main; "
        f"main(['check', '--speakers', {str(project / 'speakers.yaml')!r}, "
        f"{str(project / 'events')!r}]); "
        "assert 'sphinx' not in sys.modules and 'docutils' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr


def directive_project(tmp_path: Path, body: str) -> Path:
    srcdir = tmp_path / "site"
    (srcdir / "events" / "folder").mkdir(parents=True)
    (srcdir / "events" / "night.md").write_text(EVENT, encoding="utf-8")
    (srcdir / "conf.py").write_text('extensions = ["sphinx_meetup"]\n'
                                    'exclude_patterns = ["events"]\n', encoding="utf-8")
    (srcdir / "index.md").write_text(body, encoding="utf-8")
    return srcdir


def test_the_directive_says_directory_and_not_a_regular_file(tmp_path: Path) -> None:
    """Item 6: "not found" sent people looking for a typo in a path that was there."""
    srcdir = directive_project(tmp_path, "# Home\n\n```{meetup-event} events/folder\n```\n\n"
                               "```{meetup-event} events/pipe.md\n```\n\n"
                               "```{meetup-event} events/nowhere.md\n```\n")
    os.mkfifo(srcdir / "events" / "pipe.md")
    found = warnings(build(srcdir))
    assert "meetup-event: 'events/folder' is a directory, not an event file" in found
    assert "meetup-event: 'events/pipe.md' is not a regular file" in found
    assert "meetup-event: event file 'events/nowhere.md' not found in the project" in found


def test_parts_on_a_part_directive_is_a_warning(tmp_path: Path) -> None:
    """Item 6: ``meetup-speakers :parts: agenda`` rendered speakers without a word."""
    srcdir = directive_project(tmp_path, "# Home\n\n```{meetup-speakers} events/night.md\n"
                               ":parts: agenda\n```\n")
    app = build(srcdir)
    assert "index.md:3: WARNING: meetup-speakers always renders its own part; :parts: is " \
        "ignored (use meetup-event with :parts: to choose parts) [meetup.config]" in \
        re.sub(r"\x1b\[[0-9;]*m", "", warnings(app))
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert "meetup-speakers" in html and "meetup-agenda" not in html


def test_a_broken_page_warns_once_not_per_sidebar(tmp_path: Path) -> None:
    """Item 7: an event with broken front matter on a page of its own gave the page no
    title, and every page's sidebar repeated ``toc.no_title`` about it."""
    srcdir = directive_project(tmp_path, "Home\n====\n\n```{toctree}\nnight\na\nb\nc\n```\n")
    (srcdir / "events" / "broken.md").write_text(
        '---\ntitle: "unclosed\ndate: 2024-01-01\n---\nbody\n', encoding="utf-8")
    (srcdir / "night.md").write_text("```{meetup-event} events/broken.md\n```\n",
                                     encoding="utf-8")
    for name in "abc":
        (srcdir / f"{name}.md").write_text(f"# {name}\n\ntext\n", encoding="utf-8")
    app = build(srcdir)
    found = warnings(app)
    assert "toc.no_title" not in found
    assert found.count("[meetup.frontmatter]") == 2, found  # malformed; no title
    assert ">broken</a>" in (Path(app.outdir) / "a.html").read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="export", srcdir="export-over",
                    confoverrides={"meetup_today": "2027-06-01"})
def test_no_add_to_calendar_for_an_event_that_is_over(app) -> None:
    """Item 10: a calendar entry for last January helps nobody; the event's own calendar
    file stays (the site's calendar keeps its history)."""
    app.build()
    html = (Path(app.outdir) / "shanghai.html").read_text(encoding="utf-8")
    assert "meetup-header" in html
    assert "meetup-add-to-calendar" not in html
    assert (Path(app.outdir) / "_meetup/calendar/shanghai-night.ics").is_file()


@pytest.mark.sphinx("html", testroot="export", srcdir="export-ahead",
                    confoverrides={"meetup_today": "2027-01-16"})
def test_add_to_calendar_up_to_the_day_itself(app) -> None:
    app.build()
    html = (Path(app.outdir) / "shanghai.html").read_text(encoding="utf-8")
    assert "meetup-add-to-calendar" in html


REPLAY_AFTER = """---
title: Rust Night
date: 2020-03-01
---

## Talks

### Ownership in practice

Speaker: Ada Lovelace

Ada walks through ownership.

### Async without tears

Speaker: Grace Hopper
{own}
Replay: https://example.org/replay
"""


@pytest.mark.parametrize("own", ["", "Slides: https://example.org/grace.pdf\n"])
def test_a_replay_line_after_the_programme_is_the_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], own: str
) -> None:
    """Item 8: the line after the last talk, in a paragraph of its own, is the event's
    replay (the button on a past event), not the last talk's video."""
    srcdir = directive_project(tmp_path, "# Home\n\n```{meetup-event} events/rust.md\n```\n")
    event = srcdir / "events" / "rust.md"
    event.write_text(REPLAY_AFTER.format(own=own), encoding="utf-8")
    assert main(["show", "--json", str(event)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["replays"] == ["https://example.org/replay"]
    assert [talk["video"] for talk in data["talks"]] == [None, None]
    app = build(srcdir)
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    button = re.search(r'<a class="[^"]*meetup-replay-button[^"]*" href="([^"]+)"', html)
    assert button is not None and button[1] == "https://example.org/replay"


def test_a_replay_line_in_the_talks_own_block_stays_the_talks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    event = tmp_path / "rust.md"
    event.write_text(REPLAY_AFTER.format(own="").replace(
        "Grace Hopper\n\nReplay:", "Grace Hopper\nReplay:"), encoding="utf-8")
    assert main(["show", "--json", str(event)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["replays"] == []
    assert data["talks"][1]["video"] == "https://example.org/replay"
