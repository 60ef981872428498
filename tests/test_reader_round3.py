"""The reader on shapes of the third blind round (English and French user-group sites).

Each rule is general (a label, a shape backed by evidence, a repeated sibling shape) and
each test reads a small page written for it: no third-party text.
"""

from __future__ import annotations

from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event


def read(body: str, front: str = "", title: str = "Test night") -> Event:
    return read_event(f"---\ntitle: \"{title}\"\ndate: 2024-03-14\n{front}---\n\n{body}\n")


def talks(event: Event) -> list[tuple[str, list[str]]]:
    return [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]


def test_numbered_lightning_talk_marker_is_not_part_of_the_title() -> None:
    """``### Lightning Talk 2: Title`` is numbered like ``### Talk 2: Title``."""
    event = read(
        "### Talk 1: Parsing dates by hand\n**Speaker:** Ada Example\n\nNotes.\n\n"
        "### Lightning Talk 2: Tiny tools\n\n- **Speaker:** Bo Sample\n- What it was about.\n"
    )
    assert talks(event) == [
        ("Parsing dates by hand", ["Ada Example"]),
        ("Tiny tools", ["Bo Sample"]),
    ]
