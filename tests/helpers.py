"""Helpers for tests that read produced HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_VOID = {"img", "br", "hr", "meta", "link", "input"}


class Page(HTMLParser):
    """A tiny DOM: elements with tag, attributes, text, and their class list."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[dict] = []
        self._open: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        element["classes"] = (element["attrs"].get("class") or "").split()
        self.elements.append(element)
        if tag not in _VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:  # `<br />` ends nothing that is open
            return
        while self._open:
            if self._open.pop()["tag"] == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element["text"] += data

    def by_class(self, name: str) -> list[dict]:
        return [e for e in self.elements if name in e["classes"]]

    def one(self, name: str) -> dict:
        found = self.by_class(name)
        assert len(found) == 1, f"{len(found)} elements of class {name}"
        return found[0]


def clean(text: str) -> str:
    """Whitespace collapsed, as a reader sees text."""
    return re.sub(r"\s+", " ", text).strip()


def warning_lines(warning, *, all_lines: bool = False) -> list[str]:
    """The warning and error lines a build logged, without terminal colours."""
    lines = re.sub(r"\x1b\[[0-9;]*m", "", warning.getvalue()).splitlines()
    return [line for line in lines if all_lines or "WARNING" in line or "ERROR" in line]
