"""``sphinx-meetup import``: a small Hugo site of both schemas into a Sphinx project."""

from __future__ import annotations

import hashlib
import json
import textwrap
from pathlib import Path

import pytest
import yaml
from handbook_helpers import build, page, warnings

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
        "meetup-5-fr.md", "meetup-5.md", "rust-at-scale.md"
    ], "events/ holds events only: the listing is the generated meetup/index"
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
    assert out.endswith("Add to the toctree of your root page (index.md or index.rst), to "
                       "list the events:\n    meetup/index\n")


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


@pytest.mark.parametrize("mine", ["speakers.yaml", "events/meetup-5.md"])
def test_a_file_the_user_wrote_first_is_never_overwritten(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], mine: str
) -> None:
    """Issue 14, item 3: a file that was there before any import is not an edit: its
    own status, run after run, and ``--force`` does not touch it either."""
    docs = tmp_path / "docs"
    (docs / mine).parent.mkdir(parents=True, exist_ok=True)
    (docs / mine).write_text("# mine, written by hand\n", encoding="utf-8")
    for extra in ((), (), ("--force",)):
        out = run_import(site, docs, capsys, *extra)
        assert f"kept        {mine} (it was there before the import; never overwritten, " \
            "not even with --force" in out
        assert "edited by user" not in out
        assert (docs / mine).read_text(encoding="utf-8") == "# mine, written by hand\n"
    assert "created     events/meetup-5-fr.md" not in out  # (written by the first run)


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


def test_the_listing_is_no_event_and_the_import_builds(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14, item 2: import, the printed conf lines, the printed toctree entry, build:
    the events index lists the three events and no untitled ``index`` event appears."""
    docs = tmp_path / "docs"
    out = run_import(site, docs, capsys)
    conf = out.split("Add to conf.py:\n")[1].split("\n\n")[0]
    entry = out.rsplit("\n", 2)[-2].strip()
    (docs / "conf.py").write_text(textwrap.dedent(conf), encoding="utf-8")
    (docs / "index.md").write_text(f"# Home\n\n```{{toctree}}\n{entry}\n```\n", encoding="utf-8")
    app = build(docs)
    events = json.loads((Path(app.outdir) / "events.json").read_text(encoding="utf-8"))
    assert sorted(e["title"] for e in events["events"]) == [
        "Cloud Native Meetup #5", "Cloud Native Rencontre #5", "Systems Seminar"]
    assert not (Path(app.outdir) / "meetup/events/index.html").exists()
    assert "meetup/index" in app.env.toctree_includes["index"]
    assert "index" not in warnings(app).replace("index.md", "")
    assert "(no title)" not in page(app, "meetup/index")


def test_an_old_listing_page_in_events_is_removed_or_skipped(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The listing page earlier versions wrote into ``events/``: removed by the next
    import when untouched; one edited by hand is kept and the build skips it, saying so."""
    docs = tmp_path / "docs"
    listing = "# Events\n\n```{meetup-events}\n```\n"
    (docs / "events").mkdir(parents=True)
    (docs / "events/index.md").write_text(listing, encoding="utf-8")
    digest = "sha256:" + hashlib.sha256(listing.encode()).hexdigest()
    manifest = {"written by": "sphinx-meetup import", "files": {"events/index.md": digest}}
    (docs / ".sphinx-meetup-import.json").write_text(json.dumps(manifest), encoding="utf-8")
    out = run_import(site, docs, capsys)
    assert "removed     events/index.md (the events are listed on the generated " \
        "meetup/index)" in out
    assert not (docs / "events/index.md").exists()
    (docs / "events/index.md").write_text("# Our events\n", encoding="utf-8")
    (docs / "conf.py").write_text('extensions = ["sphinx_meetup"]\n'
                                  'meetup_events_dir = "events"\n', encoding="utf-8")
    (docs / "index.rst").write_text("Home\n====\n\n.. toctree::\n\n   meetup/index\n",
                                    encoding="utf-8")
    app = build(docs)
    assert "events/index.md has no front matter: a page, not an event" in warnings(app)
    assert not (Path(app.outdir) / "meetup/events/index.html").exists()


def test_a_bundle_named_index_is_renamed_and_said(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = site / "content/event/index/index.md"
    bundle.parent.mkdir()
    bundle.write_text(EDUCENTER.replace("Meetup #5", "Meetup #6"), encoding="utf-8")
    docs = tmp_path / "docs"
    out = run_import(site, docs, capsys)
    assert "renamed     content/event/index/index.md -> events/index-2.md: an event " \
        "named 'index' would be taken for a listing page" in out
    assert "Meetup #6" in (docs / "events/index-2.md").read_text(encoding="utf-8")
    assert not (docs / "events/index.md").exists()


def test_no_traceback_when_docs_dir_is_a_file(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14, item 4: each case a message and an exit code, never a traceback."""
    docs = tmp_path / "conf.py"
    docs.write_text("", encoding="utf-8")
    assert main(["import", str(site), str(docs)]) == 2
    assert "conf.py: not a folder; DOCS_DIR is the Sphinx source folder" in \
        capsys.readouterr().err


def test_no_traceback_when_a_folder_is_where_a_file_goes(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    (docs / "events/meetup-5.md").mkdir(parents=True)
    (docs / "speakers.yaml").mkdir()
    assert main(["import", str(site), str(docs)]) == 1
    out = capsys.readouterr().out
    assert "failed      events/meetup-5.md (a folder is in the way; move it" in out
    assert "failed      speakers.yaml (a folder is in the way" in out
    assert "created     events/rust-at-scale.md" in out, "the rest is imported"
    assert "Add to conf.py:" in out


def test_no_traceback_when_a_file_is_where_a_folder_goes(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "events").write_text("not a folder", encoding="utf-8")
    assert main(["import", str(site), str(docs)]) == 1
    out = capsys.readouterr().out
    assert "failed      events/meetup-5.md (" in out
    assert "created     speakers.yaml" in out


@pytest.mark.parametrize("manifest", [b"\xff\xfe{not utf-8", b"{nope", b"[]", None])
def test_a_manifest_that_cannot_be_read_stops_before_writing(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], manifest: bytes | None
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    path = docs / ".sphinx-meetup-import.json"
    if manifest is None:
        path.mkdir()
    else:
        path.write_bytes(manifest)
    assert main(["import", str(site), str(docs)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(str(path))
    assert {None: "is a folder", b"[]": 'has no "files" mapping', b"{nope": "is not JSON",
            b"\xff\xfe{not utf-8": "is not UTF-8 text"}[manifest] in err
    assert "nothing was imported" in err
    assert sorted(p.name for p in docs.iterdir()) == [".sphinx-meetup-import.json"]
