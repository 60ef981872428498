"""Hugo shortcodes (``{{< callout >}}``, ``{{% abstract title="…" %}}``) in a page.

Sphinx cannot run them, so their tags are blanked (keeping every newline, so file
lines still hold) and what they wrap stays as text. A paired shortcode that carries a
``title`` and an ``author``/``speaker`` is how some sites write a talk; it becomes one.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

from ..model import Talk
from .names import split_names

_TAG = re.compile(
    r"\{\{(?P<open>[<%])\s*(?:/\*\s*)?(?P<close>/)?\s*(?P<name>[\w./-]+)(?P<params>.*?)"
    r"(?:\*/\s*)?[>%]\}\}",
    re.DOTALL,
)
_PARAM = re.compile(
    r"""(?P<key>[\w-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"']+))"""
)
_TALK_SPEAKER_KEYS = ("author", "authors", "speaker", "speakers", "presenter")


@dataclass(slots=True)
class Shortcodes:
    """A text with its shortcodes blanked, and the talks some of them wrote."""

    text: str
    talks: list[Talk] = field(default_factory=list)


def read(text: str, first_line: int = 1) -> Shortcodes:
    """``text`` without shortcode tags; talk shortcodes are taken out whole."""
    result = Shortcodes(text)
    spans: list[tuple[int, int]] = []
    tags = list(_TAG.finditer(text))
    for index, tag in enumerate(tags):
        if tag["close"]:
            continue
        params = _params(tag["params"])
        speakers = next((params[k] for k in _TALK_SPEAKER_KEYS if params.get(k)), "")
        title = params.get("title", "").strip()
        closing = _closing(tags[index + 1 :], tag["name"])
        if not (title and speakers and closing):
            continue
        inner = text[tag.end() : closing.start()]
        result.talks.append(
            Talk(
                title=re.sub(r"\s+", " ", title),
                speakers=[name.name for name in split_names(speakers)],
                abstract=textwrap.dedent(inner).strip(),
                line=first_line + text.count("\n", 0, tag.start()),
            )
        )
        spans.append((tag.start(), closing.end()))
    spans += [(tag.start(), tag.end()) for tag in tags]
    result.text = _blank(text, spans)
    return result


def strip(text: str) -> str:
    """``text`` without shortcode tags (for summaries and abstracts)."""
    return read(text).text


def _params(raw: str) -> dict[str, str]:
    return {
        m["key"].lower(): next(v for v in (m["dq"], m["sq"], m["bare"]) if v is not None)
        for m in _PARAM.finditer(raw)
    }


def _closing(later: list[re.Match[str]], name: str) -> re.Match[str] | None:
    return next((tag for tag in later if tag["close"] and tag["name"] == name), None)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every span emptied except its newlines."""
    if not spans:
        return text
    keep = bytearray(b"\x01") * len(text)
    for start, end in spans:
        keep[start:end] = b"\x00" * (end - start)
    return "".join(char for char, kept in zip(text, keep, strict=True) if kept or char == "\n")
