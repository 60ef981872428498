"""Talk headings that name their speaker as Japanese reports do: the person marked by
the honorific ``さん`` (or ``氏``), or by their ``@handle``, beside a quoted title.

``### [@handle](profile)さん「タイトル」`` / ``## 名前さん "Title"`` put the person
first, the title in quotes after them; ``### タイトル from [@handle](profile)さん`` puts
the title first and the person after ``from``. The honorific is the evidence that the
words before it are a person (a Japanese writer puts it after people's names, never
after a title), and an ``@handle`` is an account, someone's. A heading without the
honorific (``### @handle "Title"``, ``### Title from [@handle](…)``) is read only on a
page whose headings repeat the shape (two or more of them, or one with the honorific):
one ``Greetings from [@ann](…)`` alone is no programme.

Pure: units in, headers out; nothing looks at a file name.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit
from .confidence import HONORIFIC_HEADING
from .headers import Header, tidy_title
from .names import Name
from .patterns import LazyPattern

#: the honorifics a Japanese page puts after a person's name
_HONORIFIC = r"(?:さん|氏)"
#: who: a link (its text the person or their ``@handle``), or a bare ``@handle`` or
#: name - short, no spaces, no quotes or brackets
_WHO = (
    r"(?:\[(?P<linked>[^\[\]\s]{1,40})\]\((?P<url>[^()\s]{0,300})\)"
    r"|(?P<bare>@?[^\s\[\]()（）「」『』\"“”:：]{1,24}?))"
)
#: ``名 (ニックネーム)`` / ``名（あだ名）``: what the person is also called
_ALIAS = r"(?:\s*+[(（](?P<alias>[^()（）\[\]]{1,20})[)）])?"
#: the quote marks a title is set in, and the mark that closes each
_CLOSING = {"「": "」", "『": "』", '"': '"', "“": "”"}
_PERSON_FIRST = LazyPattern(
    rf"^{_WHO}{_ALIAS}\s*+(?P<hon>{_HONORIFIC})?\s*+(?P<open>[「『\"“])"
    r"(?P<title>[^「」『』\"“”]{1,200})(?P<close>[」』\"”])\s*+$"
)
_TITLE_FROM = LazyPattern(
    rf"^(?P<title>\S.{{0,200}}?)\s++from\s++{_WHO}{_ALIAS}\s*+(?P<hon>{_HONORIFIC})?\s*+$"
)
#: headings of the shape without the honorific that make it a page's programme
_MIN_REPEATED = 2


def read(units: list[Unit], taken: Collection[int]) -> dict[int, Header]:
    """Talk headers of the headings that name their speaker so, by unit index."""
    found: dict[int, tuple[str, Name, bool]] = {}
    for index, unit in enumerate(units):
        if unit.kind != "heading" or index in taken:
            continue
        source = unit.source.lstrip("#").strip()
        if not any(mark in source for mark in ("さん", "氏", "@")):
            continue  # (most headings: no person marked so)
        parts = split(source)
        if parts is not None:
            found[index] = parts
    if not found:
        return {}
    if len(found) < _MIN_REPEATED and not any(marked for _t, _n, marked in found.values()):
        return {}
    heads: dict[int, Header] = {}
    for index, (title, name, _marked) in found.items():
        why = f"line {units[index].line}: {HONORIFIC_HEADING}"
        heads[index] = Header(index, "heading", title=title, slot=(index, [name], why))
    return heads


def split(text: str) -> tuple[str, Name, bool] | None:
    """(title, person, whether the honorific marks them) of a heading's source, else
    ``None``: the person must be marked by the honorific or be an ``@handle``."""
    match = _PERSON_FIRST.match(text)
    if match is not None and _CLOSING[match["open"]] != match["close"]:
        match = None
    if match is None:
        match = _TITLE_FROM.match(text)
        if match is None:
            return None
    who = (match["linked"] or match["bare"] or "").strip()
    marked = bool(match["hon"])
    if not who or not (marked or who.startswith("@")):
        return None
    if who.startswith("@") and len(who) < 2:
        return None
    title = match["title"].strip()
    if title[:1] in _CLOSING and title[-1:] == _CLOSING[title[:1]]:
        title = title[1:-1]  # ``「Title」 from @handle``: the marks are not the title's
    title = tidy_title(title)
    if not title or "](" in title:
        return None
    aliases = [match["alias"].strip()] if match["alias"] else []
    return title, Name(who, aliases), marked
