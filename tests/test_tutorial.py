"""The walk-through page (``docs/tutorial.md``) is run as written: every ``console``
block but the installation, in order, on a small Hugo site made here, ending in a build
with ``-W``. The quick start's example event reads as the quick start says."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sphinx_meetup.cli import main

ROOT = Path(__file__).parent.parent
TUTORIAL = ROOT / "docs" / "tutorial.md"
QUICKSTART = ROOT / "docs" / "quickstart.md"
#: the commands that install sphinx-meetup: the test runs in an environment that has it
INSTALLS = ("python -m venv", "git clone", "python -m pip install")

KICKOFF = """---
title: "Kick-off meetup"
date: 2024-03-01T18:30:00+01:00
location: "Utrecht"
speaker:
  - name: "Ann Lee"
    image: "images/event-speakers/ann.jpg"
    designation: "Engineer at ACME"
  - name: "Bo Chen"
---

Venue: Library, Neude 11

## Talks

### Service mesh in production

Speaker: Ann Lee

What we learnt running a mesh.

### Tracing for everyone

Speaker: Bo Chen

Replay: https://example.org/kickoff
"""

SECOND = KICKOFF.replace("Kick-off meetup", "Second meetup").replace(
    "2024-03-01", "2024-06-07").replace("https://example.org/kickoff",
                                        "https://example.org/second")

BUNDLE = """---
title: Rust at scale
event: Systems Seminar
location: Room 101
authors: [jane]
date: '2024-09-01T18:00:00Z'
date_end: '2024-09-01T19:00:00Z'
url_slides: slides.pdf
---

Our room:

![the room](./room.png)
"""

PROFILE = "---\ntitle: Jane Doe\nrole: Maintainer\n---\n"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da6364f8ffbf1e0005fe02fea7d6a1"
    "b40000000049454e44ae426082"
)


def hugo_site(root: Path) -> None:
    """A Hugo site of both schemas: two educenter pages, a Hugo Blox bundle."""
    files: dict[str, str | bytes] = {
        "content/event/_index.md": "---\ntitle: Events\n---\n",
        "content/event/kickoff.md": KICKOFF,
        "content/event/second.md": SECOND,
        "content/event/rust-at-scale/index.md": BUNDLE,
        "content/event/rust-at-scale/featured.png": PNG,
        "content/event/rust-at-scale/room.png": PNG,
        "content/event/rust-at-scale/slides.pdf": b"%PDF-1.4\n",
        "content/authors/jane/_index.md": PROFILE,
        "content/authors/jane/avatar.png": PNG,
        "static/images/event-speakers/ann.jpg": PNG,
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")


def blocks(page: Path, language: str) -> list[str]:
    """The fenced blocks of ``language`` on the page, in order."""
    text = page.read_text(encoding="utf-8")
    return re.findall(rf"(?ms)^```{language}\n(.*?)^```$", text)


def script(block: str) -> str:
    """A ``console`` block as shell: prompts taken off, heredoc bodies kept."""
    return "".join(line[2:] if line.startswith("$ ") else line
                   for line in block.splitlines(keepends=True))


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The folder the tutorial was walked in, and the output of each command block."""
    here = tmp_path_factory.mktemp("tutorial")
    hugo_site(here / "my-hugo-site")
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),  # this checkout, whatever the environment installed
        "SOURCE_DATE_EPOCH": "1735689600",  # 2025-01-01: every event is over
    }
    outputs = []
    for block in blocks(TUTORIAL, "console"):
        if block.lstrip("$ ").startswith(INSTALLS):
            continue
        result = subprocess.run(["bash", "-euo", "pipefail", "-c", script(block)], cwd=here,
                                env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{block}\n{result.stdout}\n{result.stderr}"
        outputs.append(result.stdout + result.stderr)
    return here, outputs


def test_the_page_installs_from_the_clone_or_a_git_url() -> None:
    installs = [b for b in blocks(TUTORIAL, "console") if b.lstrip("$ ").startswith(INSTALLS)]
    text = "".join(installs)
    assert "git clone" in text and "python -m pip install ./sphinx-meetup" in text
    assert 'python -m pip install "sphinx-meetup @ git+https://' in text
    assert "pip install sphinx-meetup\n" not in TUTORIAL.read_text(encoding="utf-8")
    assert "pip install sphinx-meetup\n" not in QUICKSTART.read_text(encoding="utf-8")


def test_every_command_runs_and_the_build_passes_with_w(walked) -> None:
    here, _outputs = walked
    html = here / "handbook" / "_build" / "html"
    index = (html / "meetup" / "index.html").read_text(encoding="utf-8")
    for title in ("Kick-off meetup", "Second meetup", "Systems Seminar"):
        assert title in index
    assert (html / "meetup" / "events" / "kickoff.html").is_file()
    root = (html / "index.html").read_text(encoding="utf-8")
    assert 'href="meetup/index.html"' in root, "the events index is in the toctree"
    events = json.loads((html / "events.json").read_text(encoding="utf-8"))["events"]
    assert len(events) == 3, "no listing page read as an event"
    kickoff = (html / "meetup" / "events" / "kickoff.html").read_text(encoding="utf-8")
    assert "meetup-replay-button" in kickoff and "meetup-add-to-calendar" not in kickoff
    assert "Jane Doe" in (html / "meetup" / "events" / "rust-at-scale.html").read_text(
        encoding="utf-8")


def test_the_printed_output_is_what_the_page_shows(walked) -> None:
    """The conf lines the page appends are the ones ``import`` prints; ``check``
    prints what the page says it prints."""
    _here, outputs = walked
    imported = next(out for out in outputs if "Add to conf.py:" in out)
    printed = imported.split("Add to conf.py:\n")[1].split("\n\n")[0]
    appended = next(b for b in blocks(TUTORIAL, "console") if "cat >> handbook/conf.py" in b)
    assert [line.strip() for line in printed.splitlines()] == \
        appended.splitlines()[2:-1]
    assert imported.rstrip().endswith("meetup/index")
    shown = blocks(TUTORIAL, "text")
    assert imported.endswith("Add to conf.py:" + shown[0].split("Add to conf.py:")[1])
    for line in shown[0].split("\n\n")[0].splitlines():  # (a few of the files)
        assert line in imported.splitlines()
    checked = next(out for out in outputs if "no problems" in out or "warning" in out)
    assert checked == shown[1] == "3 files, no problems\n"


def test_the_read_the_docs_files(walked) -> None:
    here, _outputs = walked
    config = yaml.safe_load((here / ".readthedocs.yaml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    assert (here / config["sphinx"]["configuration"]).is_file()
    assert config["sphinx"]["fail_on_warning"] is True
    requirements = here / config["python"]["install"][0]["requirements"]
    assert requirements.read_text(encoding="utf-8").startswith("sphinx-meetup @ git+https://")


def test_the_quick_start_example_reads_as_it_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Item 10: the body format the quick start shows is the one the reader understands."""
    example = next(b for b in blocks(QUICKSTART, "markdown") if b.startswith("---\n"))
    event = tmp_path / "rust-night.md"
    event.write_text(example, encoding="utf-8")
    assert main(["show", "--json", str(event)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["venue"] == "Library, Neude 11, Utrecht"
    assert [(t["title"], t["speakers"], t["video"]) for t in data["talks"]] == [
        ("Ownership in practice", ["Ada Lovelace"], None),
        ("Async without tears", ["Grace Hopper"], None),
    ]
    assert data["replays"] == ["https://example.org/rust-night-3"]
    assert data["problems"] == []
    quickstart = QUICKSTART.read_text(encoding="utf-8")
    assert "structured `talks:` list" in quickstart and "{doc}`reference`" in quickstart
    assert "sphinx-build -W -b html docs" not in quickstart, "no docs/ folder assumed"
