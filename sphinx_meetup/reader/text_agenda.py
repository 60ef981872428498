"""A front-matter programme written as text: agenda lines, not entries.

``agenda:`` (or ``talks:``/``schedule:``) is a list of entries; a plain string entry is
a title (``- Rust in anger``). Some sites keep their whole agenda there as the lines a
layout prints, with the markup of text: ``- 'Talk 1: <strong>Title</strong> von Name'``,
``- '**Magento News** by Ann and Bob'``, ``- '18:30: Pizza, gesponsert von <a …>Acme</a>'``.
Read as titles, every line becomes a "talk" (the pizza, the networking) and no speaker
is found. A list of strings of which one carries inline markup (an HTML tag, Markdown
emphasis or a link) is therefore text: its lines are read as the body's agenda list is
read (the same rules, the same evidence, the same doubt), at their own file lines. When
that reading is in doubt, no talk is made and the lines are shown as written, before the
body, with the ``meetup.programme`` warning.
"""

from __future__ import annotations

from typing import Any

from .patterns import LazyPattern

#: inline markup of text: an HTML tag, Markdown bold/italic by ``**``/``__``, a link
#: (strong emphasis only with its closing marks: ``__init__``-like words or a lone
#: ``__0`` are a title's characters, not markup)
_MARKUP = LazyPattern(
    r"<(?:[a-z][a-z0-9]*)\b[^<>]*>|\*\*\S[^\n]*?\*\*|(?<!\w)__\S[^\n]*?__(?!\w)|\[[^\[\]\n]+\]\("
)


def written_as_text(value: Any) -> bool:
    """Whether a programme's list is agenda lines: strings only, one with markup."""
    return (
        isinstance(value, list) and bool(value)
        and all(isinstance(item, str) for item in value)
        and any(_MARKUP.search(item) for item in value)
    )


def as_markdown(value: list[str], key: str, lines: dict[str, int]) -> tuple[str, int]:
    """The list as a Markdown list whose items stand at their own file lines (blank
    lines between where an entry spans several) under a heading that is its key, on
    the key's line (``agenda:`` heads its list as ``## Agenda`` would), and the file
    line it starts on."""
    first = lines.get(f"{key}.0") or (lines.get(key, 0) + 1)
    head = min(lines.get(key) or first - 1, first - 1)
    out: list[str] = [f"## {key.capitalize()}"]
    at = head + 1
    if first > at:
        out.extend([""] * (first - at))
        at = first
    for index, item in enumerate(value):
        line = lines.get(f"{key}.{index}", at)
        if line > at:
            out.extend([""] * (line - at))
            at = line
        text = " ".join(item.split("\n")).strip()
        out.append(f"- {text}")
        at += 1
    return "\n".join(out) + "\n", head


def before_body(agenda: str, agenda_line: int, body: str, body_line: int) -> tuple[str, int]:
    """The agenda's lines then the body, as one text starting at ``agenda_line`` (blank
    lines for the front matter between them, so every line keeps its file line)."""
    used = agenda.count("\n")
    gap = max(body_line - agenda_line - used, 1)
    return agenda + "\n" * gap + body, agenda_line
