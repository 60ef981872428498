"""``sphinx-meetup import``: a small Hugo site of both schemas into a Sphinx project."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sphinx_meetup.cli import main
from sphinx_meetup.reader import read_file

EDUCENTER = """---
title: "Cloud Native Meetup #5"
date: 2019-12-24T13:00:00+08:00
image: "images/events/meetup-5.jpg"
location: "Hangzhou"
speaker:
  - name: "Ann Lee"
    image: "images/event-speakers/ann.jpg"
    designation: "Engineer at ACME"
  - name: "Bo Chen"
    image: "../../secret.jpg"
type: "event"
---

## Talks

### Service mesh in production

Speaker: Ann Lee
"""

EDUCENTER_FR = EDUCENTER.replace("Hangzhou", "Paris").replace("Meetup #5", "Rencontre #5")

HUGOBLOX = """---
title: Rust at scale
event: Systems Seminar
location: Room 101
authors: [jane]
date: '2024-03-01T18:00:00Z'
date_end: '2024-03-01T19:00:00Z'
url_slides: slides.pdf
image:
  caption: 'Photo: us'
  focal_point: Right
---

Our room:

![the room](./room.png)
"""

PROFILE = """---
title: Jane Doe
role: Maintainer
organizations:
- name: Rust Foundation
  url: https://foundation.rust-lang.org
social:
- icon: github
  icon_pack: fab
  link: https://github.com/jane
---
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A Hugo site with an educenter page (in two languages) and a Hugo Blox bundle."""
    root = tmp_path / "site"
    files = {
        "content/event/_index.md": "---\ntitle: Events\n---\n",
        "content/event/meetup-5.md": EDUCENTER,
        "content/fr/event/meetup-5.md": EDUCENTER_FR,
        "content/event/rust-at-scale/index.md": HUGOBLOX,
        "content/authors/jane/_index.md": PROFILE,
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    photos = {
        "static/images/events/meetup-5.jpg": b"event photo",
        "static/images/event-speakers/ann.jpg": b"ann",
        "content/event/rust-at-scale/featured.jpg": b"featured",
        "content/event/rust-at-scale/room.png": b"room",
        "content/event/rust-at-scale/slides.pdf": b"%PDF",
        "content/event/rust-at-scale/unused.png": b"never named",
        "content/authors/jane/avatar.jpg": b"jane",
    }
    for name, data in photos.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    (tmp_path / "secret.jpg").write_bytes(b"not the site's")
    return root


def run_import(site: Path, docs: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["import", str(site), str(docs), *extra]) == 0
    return capsys.readouterr().out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def test_import_both_schemas(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    out = run_import(site, docs, capsys)
    events = docs / "events"
    # educenter: the page as it was, photos at the path it names (under events/)
    source = site / "content" / "event" / "meetup-5.md"
    assert (events / "meetup-5.md").read_bytes() == source.read_bytes()
    assert (events / "images/events/meetup-5.jpg").read_bytes() == b"event photo"
    assert (events / "images/event-speakers/ann.jpg").read_bytes() == b"ann"
    # the same slug in another language folder gets the language code
    assert "Paris" in (events / "meetup-5-fr.md").read_text(encoding="utf-8")
    # a bundle: its files under images/<slug>/, the page pointed at them
    page = (events / "rust-at-scale.md").read_text(encoding="utf-8")
    assert "![the room](images/rust-at-scale/room.png)" in page
    assert "url_slides: images/rust-at-scale/slides.pdf" in page
    assert 'image:\n  filename: "images/rust-at-scale/featured.jpg"\n  caption:' in page
    bundle_files = [("room.png", b"room"), ("slides.pdf", b"%PDF"), ("featured.jpg", b"featured")]
    for name, data in bundle_files:
        assert (events / "images/rust-at-scale" / name).read_bytes() == data
    assert not (events / "images/rust-at-scale/unused.png").exists()
    # section pages are no events
    assert sorted(p.name for p in events.glob("*.md")) == [
        "index.md", "meetup-5-fr.md", "meetup-5.md", "rust-at-scale.md"
    ]
    assert "```{meetup-events}" in (events / "index.md").read_text(encoding="utf-8")
    assert (events / "index.md").read_text(encoding="utf-8").startswith("# ")
    # the imported pages read as the originals do, photos found beside them
    imported = read_file(events / "rust-at-scale.md")
    assert imported.image == "images/rust-at-scale/featured.jpg"
    assert (events / imported.image).is_file()
    assert imported.slides == ["images/rust-at-scale/slides.pdf"]
    assert imported.title == "Systems Seminar"
    assert imported.problems == []
    original = read_file(site / "content/event/meetup-5.md")
    assert read_file(events / "meetup-5.md").to_json() == original.to_json()
    # what was done, one line per file, and the conf.py lines
    assert "created     events/meetup-5.md" in out
    assert "created     events/images/rust-at-scale/featured.jpg" in out
    assert "created     speakers.yaml" in out
    assert 'meetup_events_dir = "events"' in out
    assert 'meetup_speakers = "speakers.yaml"' in out


def test_speaker_registry(site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    run_import(site, docs, capsys)
    people = {person["name"]: person for person in yaml.safe_load(
        (docs / "speakers.yaml").read_text(encoding="utf-8")
    )}
    assert sorted(people) == ["Ann Lee", "Bo Chen", "Jane Doe"]
    assert people["Ann Lee"] == {
        "name": "Ann Lee",
        "photo": "events/images/event-speakers/ann.jpg",
        "designation": "Engineer at ACME",
    }
    assert "photo" not in people["Bo Chen"]  # its photo path left the site
    jane = people["Jane Doe"]
    assert jane["aliases"] == ["jane"]
    assert jane["photo"] == "events/images/authors/jane/avatar.jpg"
    assert (docs / jane["photo"]).read_bytes() == b"jane"
    assert jane["designation"] == "Maintainer"
    assert jane["affiliation"] == "Rust Foundation"
    assert jane["links"] == [{"name": "GitHub", "url": "https://github.com/jane"}]


def test_a_second_run_changes_nothing(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    run_import(site, docs, capsys)
    before = snapshot(docs)
    assert ".sphinx-meetup-import.json" in before
    out = run_import(site, docs, capsys)
    assert snapshot(docs) == before
    reported = [line for line in out.splitlines() if line.startswith(("created", "unchanged",
                                                                      "overwritten", "skipped"))]
    assert reported and all(line.startswith("unchanged") for line in reported)


def test_edited_files_are_kept_unless_forced(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    run_import(site, docs, capsys)
    page = docs / "events" / "meetup-5.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMy own notes.\n", encoding="utf-8")
    out = run_import(site, docs, capsys)
    assert "skipped     events/meetup-5.md (edited by user" in out
    assert "My own notes." in page.read_text(encoding="utf-8")
    out = run_import(site, docs, capsys)  # still the user's, run after run
    assert "skipped     events/meetup-5.md" in out
    out = run_import(site, docs, capsys, "--force")
    assert "overwritten events/meetup-5.md" in out
    assert "My own notes." not in page.read_text(encoding="utf-8")
    assert "unchanged   events/meetup-5.md" in run_import(site, docs, capsys)


def test_a_changed_site_updates_files_nobody_edited(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    run_import(site, docs, capsys)
    source = site / "content/event/meetup-5.md"
    source.write_text(source.read_text(encoding="utf-8").replace("Hangzhou", "Ningbo"),
                      encoding="utf-8")
    out = run_import(site, docs, capsys)
    assert "overwritten events/meetup-5.md" in out
    assert "Ningbo" in (docs / "events/meetup-5.md").read_text(encoding="utf-8")


def test_a_file_the_user_wrote_first_is_never_overwritten(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    (docs / "events").mkdir(parents=True)
    (docs / "events" / "index.md").write_text("# Our events\n", encoding="utf-8")
    out = run_import(site, docs, capsys)
    assert "skipped     events/index.md" in out
    assert (docs / "events" / "index.md").read_text(encoding="utf-8") == "# Our events\n"


def test_paths_leaving_the_site_are_refused(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text(EDUCENTER, encoding="utf-8")
    (site / "content/event/linked.md").symlink_to(outside)
    docs = tmp_path / "docs"
    out = run_import(site, docs, capsys)
    assert "refused     ../../secret.jpg (named by content/event/meetup-5.md)" in out
    assert "refused     content/event/linked.md: the page leaves the Hugo site" in out
    assert not (docs / "events" / "linked.md").exists()
    copied = {path.read_bytes() for path in docs.rglob("*") if path.is_file()}
    assert b"not the site's" not in copied
    assert not any(".." in path.relative_to(docs).parts for path in docs.rglob("*"))


def test_not_a_hugo_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "nothing"), str(tmp_path / "docs")]) == 2
    assert "no content/ folder" in capsys.readouterr().err
    assert not (tmp_path / "docs").exists()


def test_import_is_a_cli_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "--help"])
    assert exit_info.value.code == 0
    assert "--force" in capsys.readouterr().out
