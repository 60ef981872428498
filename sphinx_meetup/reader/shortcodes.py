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
from ..safety import is_remote, safe_url
from .names import slug_name, split_names
from .patterns import LazyPattern

_TAG = LazyPattern(
    # params hold no ``{{``: an unclosed tag looks only as far as the next one
    r"\{\{(?P<open>[<%])\s*+(?:/\*\s*+)?(?P<close>/)?\s*+(?P<name>[\w./-]+)"
    r"(?P<params>(?:[^{]|\{(?!\{))*?)"
    r"(?:\*/\s*)?[>%]\}\}",
    re.DOTALL,
)
_PARAM = LazyPattern(
    r"""(?<![\w-])(?P<key>[\w-]+)\s*+=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"']+))"""
)
_TALK_SPEAKER_KEYS = ("author", "authors", "speaker", "speakers", "presenter")


@dataclass(slots=True)
class Shortcodes:
    """A text with its shortcodes blanked, and the talks some of them wrote."""

    text: str
    talks: list[Talk] = field(default_factory=list)
    #: the day (and clock) a talk's shortcode gives, as written, by the talk's ``id``
    days: dict[int, str] = field(default_factory=dict)


#: a talk shortcode's parameters for its recording and slides, and for its day and hour
_VIDEO_KEYS = ("video", "recording", "replay", "video_url", "youtube", "recording_url")
_SLIDES_KEYS = ("slides", "slides_url", "deck")
_DAY_KEYS = ("date", "day", "fecha", "datum", "data")
_HOUR_KEYS = ("time", "hour", "hora", "uhrzeit", "heure", "ora")


def read(text: str, first_line: int = 1) -> Shortcodes:
    """``text`` without shortcode tags; talk shortcodes are taken out whole."""
    result = Shortcodes(text)
    spans: list[tuple[int, int]] = []
    tags = list(_TAG.finditer(text))
    closings = _closings(tags)
    taken = 0  # a talk inside a talk is part of the outer one's text
    for index, tag in enumerate(tags):
        if tag["close"] or tag.start() < taken:
            continue
        params = _params(tag["params"])
        said = next((k for k in _TALK_SPEAKER_KEYS if params.get(k)), "")
        speakers = params.get(said, "")
        title = params.get("title", "").strip()
        closing = closings.get(index)
        if not (title and speakers and closing):
            continue
        taken = closing.end()
        inner = text[tag.end() : closing.start()]
        line = first_line + text.count("\n", 0, tag.start())
        talk = Talk(
            title=re.sub(r"\s+", " ", title),
            speakers=[name.name for name in split_names(speakers)],
            abstract=textwrap.dedent(inner).strip(),
            line=line,
        )
        talk.evidence[""] = (f"line {line}: a paired shortcode ({tag['name']}) with a title "
                             "and a speaker")
        talk.evidence.update((name, f"line {line}: the shortcode's {said}= parameter")
                             for name in talk.speakers)
        talk.video = _address(params, _VIDEO_KEYS)
        talk.slides = _address(params, _SLIDES_KEYS)
        day = next((params[k].strip() for k in _DAY_KEYS if params.get(k, "").strip()), "")
        if day:
            hour = next((params[k].strip() for k in _HOUR_KEYS if params.get(k, "").strip()), "")
            result.days[id(talk)] = f"{day} {hour}".strip()
        result.talks.append(talk)
        spans.append((tag.start(), closing.end()))
    spans += [(tag.start(), tag.end()) for tag in tags]
    result.text = _blank(text, spans)
    return result


def _address(params: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The first safe web address among ``params``' ``keys``."""
    for key in keys:
        url = safe_url(params.get(key, "").strip())
        if url and is_remote(url):
            return url
    return None


#: a heading written as a shortcode, alone on its line: ``{{< h3 "Title" >}}``, a theme's
#: ``{{< mh2 "Talks" >}}`` - the name ends with the level; one quoted text, maybe flags
_HEADING = LazyPattern(
    r"^[ \t]*+\{\{[<%]\s*+[a-z]?h(?P<level>[1-6])\s++\"(?P<text>[^\"\n{}]+)\""
    r"(?:\s++[\w-]+)*+\s*+[>%]\}\}[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)


def headings(text: str) -> str:
    """``text`` with each heading shortcode alone on its line written as the Markdown
    heading it stands for (same level, same text, same line): Sphinx cannot run the
    theme's shortcode, and a page that writes its talks under ``{{< h3 "Title" >}}`` is
    read and shown as one that writes ``### Title``. So is a person's shortcode alone on
    its line (``{{< speaker speaker_id="ann-example" >}}``, the theme's card of a
    speaker): a ``Speaker: Name`` line, as a page without the theme writes it."""
    if "{{" not in text:
        return text
    parts = _FENCE.split(text)  # (odd parts are fenced code: shown as written)
    return "".join(
        part if index % 2 else _PERSON.sub(_person_line, _HEADING.sub(
            lambda m: "#" * int(m["level"]) + " " + m["text"].strip(), part))
        for index, part in enumerate(parts)
    )


#: Hugo Blox's ``{{% mention "Ann Example" %}}`` (or ``"ann-example"``, a person's page
#: key): the theme writes the person's name, linked to their page, where it stands
_MENTION = LazyPattern(
    r"""\{\{[<%]\s*+mention\s++(?:"(?P<dq>[^"{}\n]+)"|'(?P<sq>[^'{}\n]+)')\s*+[>%]\}\}""")


def mentions(text: str) -> str:
    """``text`` with each person's mention (``{{% mention "Ann Example" %}}``), wherever
    it stands, written as the name Hugo Blox shows there: blanked as any other tag, a
    table's presenter cell or a ``Chaired by`` line would lose its person."""
    if "mention" not in text:
        return text
    parts = _FENCE.split(text)  # (odd parts are fenced code: shown as written)
    return "".join(part if index % 2 else _MENTION.sub(_mentioned, part)
                   for index, part in enumerate(parts))


def _mentioned(match: re.Match[str]) -> str:
    """The name a mention shortcode writes; the tag as written when it holds no name."""
    value = slug_name((match["dq"] or match["sq"]).strip())
    return value if _PERSON_NAME.fullmatch(value) else match[0]


#: a speaker's card written as a shortcode, alone on its line: ``{{< speaker
#: speaker_id="ann-example" >}}``, ``{{< speaker "ann-example" >}}``, ``{{< presenter
#: name="Ann Example" >}}``
_PERSON = LazyPattern(
    r"^[ \t]*+\{\{[<%]\s*+(?:speaker|speakers|presenter|speaker-card|speakercard)"
    r"(?P<params>\s[^{}\n]*?)?\s*+[>%]\}\}[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
_PERSON_KEYS = ("name", "speaker", "speaker_id", "id", "slug", "key")
#: what a person's name may hold: letters, spaces, dots, apostrophes, hyphens
_PERSON_NAME = LazyPattern(r"[^\W\d_][\w .'’-]{0,59}")
_BARE_FIRST = LazyPattern(r"""^\s*(?:"(?P<dq>[^"]+)"|'(?P<sq>[^']+)'|(?P<bare>[^\s=]+))\s*$""")


def _person_line(match: re.Match[str]) -> str:
    """The speaker line a person's shortcode stands for; the tag as written when it
    names no one a reader can tell (no name, no slug of a name)."""
    raw = match["params"] or ""
    params = _params(raw)
    value = next((params[k] for k in _PERSON_KEYS if params.get(k)), "")
    if not value and (bare := _BARE_FIRST.match(raw)):
        value = bare["dq"] or bare["sq"] or bare["bare"] or ""
    value = slug_name(value.strip())
    if not _PERSON_NAME.fullmatch(value):
        return match[0]  # no name (markup, a sentence): the tag as written
    indent = match[0][: len(match[0]) - len(match[0].lstrip())]
    return f"{indent}Speaker: {value}"


#: a fenced code block, whole: its lines are code, not headings
_FENCE = LazyPattern(r"(^[ \t]{0,3}(?:```|~~~)[^\n]*\n(?:.*?\n)?[ \t]{0,3}(?:```|~~~)[ \t]*$)",
                    re.MULTILINE | re.DOTALL)


def strip(text: str) -> str:
    """``text`` without shortcode tags (for summaries and abstracts)."""
    return read(text).text


def _params(raw: str) -> dict[str, str]:
    return {
        m["key"].lower(): next(v for v in (m["dq"], m["sq"], m["bare"]) if v is not None)
        for m in _PARAM.finditer(raw)
    }


def _closings(tags: list[re.Match[str]]) -> dict[int, re.Match[str]]:
    """Opening tag index -> its closing tag, paired as Hugo nests them (a closing tag
    closes the latest open one of its name): one pass, where looking through every later
    tag from every opening one was quadratic."""
    pairs: dict[int, re.Match[str]] = {}
    open_tags: dict[str, list[int]] = {}
    for index, tag in enumerate(tags):
        if not tag["close"]:
            open_tags.setdefault(tag["name"], []).append(index)
        elif open_tags.get(tag["name"]):
            pairs[open_tags[tag["name"]].pop()] = tag
    return pairs


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every span emptied except its newlines."""
    if not spans:
        return text
    keep = bytearray(b"\x01") * len(text)
    for start, end in spans:
        keep[start:end] = b"\x00" * (end - start)
    return "".join(char for char, kept in zip(text, keep, strict=True) if kept or char == "\n")
