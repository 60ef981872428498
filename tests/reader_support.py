"""What the reader's test modules share: an event page around a body, and its talks."""

from __future__ import annotations

from sphinx_meetup.model import Event
from sphinx_meetup.reader import read_event


def read(body: str, front: str = "", *, title: str = "测试活动", date: str = "2021-05-22",
         **kwargs: object) -> Event:
    """The page ``body`` under a front matter of ``title``, ``date`` and ``front``."""
    return read_event(f'---\ntitle: "{title}"\ndate: {date}\n{front}---\n\n{body}\n', **kwargs)


def talks(event: Event) -> list[tuple[str, list[str]]]:
    """The talks read, each as (title, speakers); breaks left out."""
    return [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]


def breaks(event: Event) -> list[str]:
    """The titles of the breaks read (coffee, lunch, networking)."""
    return [t.title for t in event.talks if t.kind == "break"]


def fell_back(event: Event) -> bool:
    """Whether no talk was read and the page said why: its body is shown as written, with
    one ``meetup.programme`` warning."""
    return talks(event) == [] and any(p.subtype == "programme" for p in event.problems)
