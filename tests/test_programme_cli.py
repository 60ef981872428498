"""The command line with structured programmes: ``show``, ``check`` and ``freeze``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sphinx_meetup.cli import main
from sphinx_meetup.cli.freeze import FreezeError, freeze
from sphinx_meetup.reader import read_event

ROOT = Path(__file__).parent / "roots" / "test-programme" / "events"
SEED = Path(__file__).parent.parent / "docs" / "events" / "service-mesh-meetup-09-hangzhou.md"

BODY_PAGE = """\
---
title: Body Night  # a comment the organiser wrote
date: 2024-03-01T09:00:00+01:00
# where
location: Utrecht
speaker:
  - name: Ann Lee
  - name: Bob Day
---

Time: 2024-03-07 18:00 - 21:00

## Talks

**18:00 - 18:30 Welcome drinks**

### Testing in anger

Speaker: Bob Day

Why tests fail at night.

### Types for everyone

Speaker: Ann Lee (Annie)

Closing words.
"""


def test_show_json_gives_chained_times_and_rooms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "--json", str(ROOT / "tracks.md")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(t["title"], t["room"], t["start"][11:16], (t["end"] or "")[11:16])
            for t in data["talks"]] == [
        ("Keynote", None, "09:00", "09:30"), ("Testing in anger", "Main", "09:30", "10:00"),
        ("Types for everyone", "Side", "09:30", "10:15"), ("Q&A", "Main", "10:00", "10:15"),
        ("Afternoon", None, "11:15", ""),
    ]
    assert data["start"] == "2024-07-01T09:00:00-04:00"


def test_show_text_lists_times_and_rooms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(ROOT / "tracks.md")]) == 0
    out = capsys.readouterr().out
    assert "  - 09:30–10:15 Types for everyone [Side]\n" in out
    assert "  - 11:15 Afternoon\n" in out


def test_check_reports_each_entry_at_its_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ROOT / "tracks.md")]) == 0
    assert main(["check", "--strict", str(ROOT / "tracks.md")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("1 file: ")  # what was checked, last
    located = sorted({(line.split(":")[1], line.rsplit("[", 1)[1]) for line in out
                      if line.endswith("]")})
    assert located == [("28", "speaker]"), ("29", "date]"), ("30", "date]"), ("30", "talk]")]
    # rust.md names Lin, whom only the site's registry knows: check (no registry) says so
    assert main(["check", str(ROOT / "rust.md")]) == 0
    said = capsys.readouterr().out
    assert "speaker 'Lin' is not one of the page's speakers" in said and ":24:" in said
    # …and with the registry, as a build reads it, says nothing
    registry = ROOT.parent / "speakers.yaml"
    assert main(["check", "--strict", "--speakers", str(registry), str(ROOT / "rust.md")]) == 0
    assert capsys.readouterr().out == "1 file, no problems\n"


def test_freeze_prints_and_changes_nothing(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "body.md"
    page.write_text(BODY_PAGE, encoding="utf-8")
    assert main(["freeze", str(page)]) == 0
    out, err = capsys.readouterr()
    assert page.read_text(encoding="utf-8") == BODY_PAGE
    # the whole body and every other line of the front matter, comments included, kept
    assert out.endswith(BODY_PAGE.split("---\n", 2)[2])
    for line in BODY_PAGE.split("---\n")[1].splitlines():
        if not line.startswith("date:"):
            assert line in out.splitlines()
    assert "date: 2024-03-07T18:00:00+01:00  # the day the body states; the page's date " \
           "was 2024-03-01T09:00:00+01:00" in out
    assert "the body still holds the talks" in err
    # a talk the body gave no time now follows the one before it: said, for review
    assert "check this: 'Testing in anger' has no time in the body; in talks: it starts " \
           "when the entry before it ends (18:30)" in err
    assert "does not read back" not in err
    before, after = read_event(BODY_PAGE), read_event(out)
    assert [(t.title, t.kind) for t in after.talks] == [(t.title, t.kind) for t in before.talks]
    assert (after.talks[0].start, after.talks[0].end) == (
        before.talks[0].start, before.talks[0].end)
    assert [t.speakers for t in after.talks] == [[], ["Bob Day"], ["Ann Lee"]]
    assert [f"{t.start:%H:%M}" for t in after.talks[:1]] == ["18:00"]
    assert after.talks[1].abstract == "Why tests fail at night."
    assert after.start == before.start and after.end == before.end
    # the talk after it has no time either: the frozen page says so, at its entry
    assert [(p.subtype, p.message[:40]) for p in after.problems] == [
        ("date", "talks entry 3 (Types for everyone) has n")]
    assert "check this: talks entry 3 (Types for everyone) has no start" in err


def test_freeze_refuses_a_programme_the_reader_does_not_trust(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A body whose reading is a guess (a timed row naming no one, while front-matter
    speakers have no talk: the row may be theirs) is not frozen into ``talks:``: freeze
    says why, at the line, and changes nothing."""
    page = tmp_path / "guessed.md"
    text = BODY_PAGE.replace("**18:00 - 18:30 Welcome drinks**",
                             "**18:00 - 18:30 Farewell and the way home**").replace(
        "  - name: Bob Day\n", "  - name: Bob Day\n  - name: Cy Ray\n  - name: Di Fox\n")
    page.write_text(text, encoding="utf-8")
    assert main(["freeze", "--write", str(page)]) == 1
    err = capsys.readouterr().err
    assert "line 17: the programme was not understood (the timed row 'Farewell and the " \
           "way home' names no speaker)" in err and "nothing to freeze" in err
    assert page.read_text(encoding="utf-8") == text


def test_freeze_write_then_refuses_a_second_time(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "body.md"
    page.write_text(BODY_PAGE, encoding="utf-8")
    assert main(["freeze", "--write", str(page)]) == 0
    written = page.read_text(encoding="utf-8")
    assert "\ntalks:\n" in written and written.endswith(BODY_PAGE.split("---\n", 2)[2])
    assert capsys.readouterr().out == ""
    assert main(["freeze", "--write", str(page)]) == 1
    assert "already has a programme (talks:)" in capsys.readouterr().err
    assert page.read_text(encoding="utf-8") == written
    assert not list(tmp_path.glob("*.freezing"))


def test_freeze_the_seed_keeps_people_and_day() -> None:
    text = SEED.read_text(encoding="utf-8")
    frozen, notes = freeze(text)
    before, after = read_event(text), read_event(frozen)
    assert [(t.title, t.speakers) for t in after.talks] == [
        (t.title, t.speakers) for t in before.talks]
    # 肖涵 keeps the nickname the body gave, so the panel's 涵畅 is the same person
    assert after.talks[2].aliases == {"肖涵": ["涵畅"]}
    assert len(after.all_speakers()) == len(before.all_speakers())
    assert after.start == before.start and after.venue == before.venue
    assert after.replays == before.replays
    assert not any("does not read back" in note for note in notes)
    assert frozen.endswith(text.split("\n---\n", 1)[1])


def test_freeze_toml(tmp_path: Path) -> None:
    text = ('+++\ntitle = "T"\ndate = 2024-05-10\n[[speaker]]\nname = "Ann Lee"\n+++\n\n'
            '## Talks\n\n### Hello "world"\n\nSpeaker: Ann Lee\n')
    frozen, _notes = freeze(text)
    assert '[[talks]]\ntitle = "Hello \\"world\\""\nspeakers = ["Ann Lee"]' in frozen
    after = read_event(frozen)
    assert [(t.title, t.speakers) for t in after.talks] == [('Hello "world"', ["Ann Lee"])]
    assert after.problems == []


@pytest.mark.parametrize(("text", "said"), [
    ("---\ntitle: T\ntalks: []\n---\n", "already has a programme"),
    ("---\ntitle: T\n---\n\nJust prose.\n", "found no talks"),
    ('{"title": "T"}\n\n### A\n\nSpeaker: Ann\n', "only YAML"),
    ("---\ntitle: [\n---\n", "cannot be read"),
])
def test_freeze_refuses(text: str, said: str) -> None:
    with pytest.raises(FreezeError, match=said):
        freeze(text)


def test_freeze_writes_the_day_over_the_key_the_reader_read_it_from() -> None:
    text = ("---\ntitle: T\ndate: 2023-11-09\nmeeting_date: 2023-12-01\n---\n\n"
            "Date: 11 December 2023\n\n## Talks\n\n### Hello\n\nSpeaker: Ann Lee\n")
    frozen, notes = freeze(text)
    assert "date: 2023-11-09\n" in frozen, "the post's date is left as it was"
    assert "meeting_date: 2023-12-11  # the day the body states" in frozen, notes
    assert read_event(frozen).start == dt.date(2023, 12, 11)
