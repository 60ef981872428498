"""Front matter: split (python-frontmatter), parse safely, remember each key's line.

YAML is parsed with a loader that keeps ``18:30`` a string (YAML 1.1 would read it as
the integer 1110) and refuses alias bombs before building anything; TOML and JSON use
the stdlib. Nothing here raises on bad input: problems come back as values. A value
no parser should have given us (an impossible date, a number too long to print, a
set, bytes, a lone surrogate, nesting hundreds deep) is kept as text or dropped, with
a problem at its line, so that nothing downstream can trip over it.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml
from frontmatter.default_handlers import BaseHandler, JSONHandler, YAMLHandler

from ..model import Problem
from .patterns import LazyPattern
from .value_types import BOOL_OR_FLOAT, DAY_OR_CLOCK, SEQUENCE

#: values that aliases may add on top of what is written before we call it a bomb
#: ("billion laughs": a 1 KiB file whose aliases stand for 10**9 values)
MAX_YAML_NODES = 50_000
#: front matter deeper than this is not a meetup page's (a speaker's links are 3 deep)
MAX_DEPTH = 32
#: problems told of one kind in one document (each costs a look at the text)
MAX_TOLD = 20
#: Python refuses to print integers longer than this (CVE-2020-10735); so do we
MAX_DIGITS = sys.get_int_max_str_digits() or 4300


def _split_at_boundaries(text: str, boundary: Any, line_start: str) -> tuple[str, str]:
    """``BaseHandler.split``: the front matter and the body either side of the first two
    matches of ``boundary`` (a ``ValueError`` when there are fewer). The second is looked
    for only where a line opens with ``line_start`` (``\\n---``: a substring search),
    not at every position of the page (the pattern opens with ``^``, which the engine
    cannot skip ahead to); ``boundary.match`` there says what its search would."""
    first = boundary.match(text)
    if first is None:  # (not a page ``detect`` passes: the handler's own way)
        _, front, body = boundary.split(text, 2)
        return front, body
    at = first.end()
    while (found := text.find(line_start, at - 1)) >= 0:
        second = boundary.match(text, found + 1)
        if second is not None:
            return text[first.end() : second.start()], text[second.end() :]
        at = found + 2
    raise ValueError("the front matter is never closed")


class _YAMLHandler(YAMLHandler):
    """python-frontmatter's ``---`` splitter, its closing line found by its dashes."""

    def split(self, text: str) -> tuple[str, str]:
        return _split_at_boundaries(text, self.FM_BOUNDARY, "\n---")


class _TOMLHandler(BaseHandler):
    """python-frontmatter's ``+++`` splitter (the text is parsed with tomllib below)."""

    FM_BOUNDARY = LazyPattern(r"^\+{3,}\s*$", re.MULTILINE)

    def split(self, text: str) -> tuple[str, str]:
        return _split_at_boundaries(text, self.FM_BOUNDARY, "\n+++")


#: libyaml's parser when PyYAML was built with it (about twice as fast), else Python's
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SafeYAMLLoader(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """A safe loader without YAML 1.1's base-60 numbers (``18:30`` stays a string).

    A scalar its tag cannot hold (``2024-13-40``, ``!!int abc``) is kept as the text
    written; a set or bytes (``!!set``, ``!!binary``) is no value of an event page and
    is dropped. Either way ``problems`` says where.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.problems: list[tuple[yaml.Node, str]] = []
        #: the document was built by :func:`_plain` (so nothing in it needs cleaning)
        self.built_plainly = False

    def resolve(self, kind: type, value: str | None, implicit: tuple[bool, bool]) -> str | None:
        """PyYAML's ``resolve`` for a loader without path resolvers (this one): libyaml
        asks it of every node, and the resolvers of a scalar's first character are
        joined to the wildcard ones once (:data:`_IMPLICIT`), not at every scalar."""
        if self.yaml_path_resolvers:
            return super().resolve(kind, value, implicit)
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], _IMPLICIT_ANY):  # type: ignore[index]
                    if regexp.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG
        if kind is yaml.SequenceNode:
            return self.DEFAULT_SEQUENCE_TAG
        if kind is yaml.MappingNode:
            return self.DEFAULT_MAPPING_TAG
        return None


_SafeYAMLLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_SafeYAMLLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    LazyPattern(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"),
    list("-+0123456789"),
)
_SafeYAMLLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    LazyPattern(
        r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
#: the implicit resolvers :meth:`_SafeYAMLLoader.resolve` tries for a scalar, by its first
#: character (``""`` for an empty one), in PyYAML's order: that character's, then the
#: wildcard ones (:data:`_IMPLICIT_ANY`, all a character with none of its own gets)
_IMPLICIT_ANY = tuple(_SafeYAMLLoader.yaml_implicit_resolvers.get(None, []))
_IMPLICIT = {
    first: (*resolvers, *_IMPLICIT_ANY)
    for first, resolvers in _SafeYAMLLoader.yaml_implicit_resolvers.items()
    if first is not None
}

#: lists whose entries' own keys get lines too (``talks.2.duration``), for warnings
#: about one field of a programme entry
_FIELD_LINES = frozenset({"talks", "agenda", "schedule"})


def _as_text_when_invalid(
    construct: Callable[[Any, yaml.ScalarNode], object], what: str
) -> Callable[[_SafeYAMLLoader, yaml.ScalarNode], object]:
    """``construct`` for a typed scalar, keeping the text when the value is impossible.

    An unquoted ``2024-13-40`` is YAML's implicit date that no calendar has: it is read
    as the text (what quoting it would give), and the key that needs a date says so. An
    explicit tag on text it cannot be (``!!int abc``) is a problem of its own.
    """

    def safe(loader: _SafeYAMLLoader, node: yaml.ScalarNode) -> object:
        try:
            value = construct(loader, node)
        except (ValueError, KeyError, AttributeError, TypeError, OverflowError):
            value = None
        else:
            if not isinstance(value, int) or _printable_int(value):
                return value
        implicit = loader.resolve(yaml.ScalarNode, node.value, (True, False)) == node.tag
        if not implicit:
            loader.problems.append(
                (node, f"{_short(node.value)} is not {what} (its YAML tag says it is); it is "
                       "read as text")
            )
        return str(node.value)

    return safe


def _refused(what: str) -> Callable[[_SafeYAMLLoader, yaml.Node], None]:
    def refuse(loader: _SafeYAMLLoader, node: yaml.Node) -> None:
        loader.problems.append((node, f"a YAML {what} is no value of an event page; it is "
                                      "ignored"))

    return refuse


for _tag, _what in (("int", "a whole number"), ("float", "a number"),
                    ("bool", "true or false"), ("timestamp", "a date")):
    _SafeYAMLLoader.add_constructor(
        f"tag:yaml.org,2002:{_tag}",
        _as_text_when_invalid(_SafeYAMLLoader.yaml_constructors[f"tag:yaml.org,2002:{_tag}"],
                              _what),
    )
_SafeYAMLLoader.add_constructor("tag:yaml.org,2002:set", _refused("set (!!set)"))
_SafeYAMLLoader.add_constructor("tag:yaml.org,2002:binary", _refused("binary value (!!binary)"))


def _printable_int(value: int) -> bool:
    """Whether ``str(value)`` works (a ``0x…`` of 5,000 digits parses but cannot print)."""
    return value.bit_length() <= MAX_DIGITS * 3  # 3 bits per digit: a safe lower bound


def _short(text: object) -> str:
    shown = str(text)
    return repr(shown if len(shown) <= 40 else shown[:40] + "…")


_HANDLERS: tuple[BaseHandler, ...] = (_YAMLHandler(), _TOMLHandler(), JSONHandler())


@dataclass(slots=True)
class FrontMatter:
    """The parsed front matter, where it is, and what went wrong reading it."""

    data: dict[str, Any] = field(default_factory=dict)
    #: file line of each key; list items as ``key.N``
    lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    #: file line on which ``body`` starts
    body_line: int = 1
    format: str | None = None
    problems: list[Problem] = field(default_factory=list)


#: empty lines before the front matter's opening line (Hugo skips them, as it does a BOM)
_LEADING_BLANK = LazyPattern(r"(?:[ \t]*+\r?\n)++(?=[-+{])")


def split(text: str) -> FrontMatter:
    """Split ``text`` into front matter and body and parse the front matter."""
    lead = 0
    if text[:1] in "\n\r \t" and (blank := _LEADING_BLANK.match(text)) is not None:
        lead = text.count("\n", 0, blank.end())
        opened = text[blank.end():]
        text = opened if any(h.detect(opened) for h in _HANDLERS) else text
        lead = lead if text is opened else 0
    handler = next((h for h in _HANDLERS if h.detect(text)), None)
    if handler is None:
        return (_metadata(text) or _jbake(text) or _nikola(text) or _cobalt(text)
                or FrontMatter(body=text))
    try:
        raw, body = handler.split(text)
    except ValueError:
        never_closed = _never_closed(text, lead, handler)
        _lower_keys(never_closed)
        return never_closed
    # `raw` starts with the rest of the opening line (JSON: the `{` itself)
    start = 1 + lead
    body_line = _body_line(text, body) + lead
    kind = {_YAMLHandler: "yaml", _TOMLHandler: "toml", JSONHandler: "json"}[type(handler)]
    result = FrontMatter(body=body, body_line=body_line, format=kind)
    parse(raw, kind, result, start=start)
    if not isinstance(result.data, dict):
        result.problems.append(
            Problem(
                start,
                f"front matter must be a mapping of keys to values, not a "
                f"{_kind_name(result.data)}; it is ignored",
                "frontmatter",
                "error",
            )
        )
        result.data, result.lines = {}, {}
    _lower_keys(result)
    return result


def _never_closed(text: str, lead: int, handler: BaseHandler) -> FrontMatter:
    """A YAML front matter with no closing line: when everything after the opening line
    is one clean mapping (a page that is all data, its body never written), it is the
    front matter and the body is empty; else the file is the body, as written."""
    problem = Problem(1 + lead, "front matter is opened but never closed", "frontmatter")
    if isinstance(handler, YAMLHandler) and "\n" in text:
        rest = text.split("\n", 1)[1]
        result = FrontMatter(body="", body_line=lead + 2 + rest.count("\n"), format="yaml")
        parse(rest, "yaml", result, start=2 + lead)
        if isinstance(result.data, dict) and result.data and not result.problems:
            problem.message += "; the rest of the file is read as front matter (close it "\
                "with ---)"
            result.problems.append(problem)
            return result
    return FrontMatter(body=text, problems=[problem])


def _lower_keys(result: FrontMatter) -> None:
    """Keys written with capitals (``Title``, ``Speakers``, ``EventDate``: devopsdays'
    talk pages, some sites' hand-written pages) as Hugo reads them: its front-matter keys
    are case-insensitive. A key is renamed only when its lower-case form is not a key of
    its own beside it; a map's keys (``[event] StartDate``) the same, a few levels down."""
    data = result.data
    if not isinstance(data, dict) or all(
            not isinstance(key, str) or key.islower() or not any(c.isupper() for c in key)
            for key in data):
        return
    renamed = _lowered(data, 0)
    for old, new in ((k, k.lower()) for k in data if isinstance(k, str)):
        if new != old and new in renamed and old not in renamed:
            for line_key in [k for k in result.lines if k == old or k.startswith(old + ".")]:
                result.lines[new + line_key[len(old):]] = result.lines.pop(line_key)
    result.data = renamed


def _lowered(mapping: dict[Any, Any], depth: int) -> dict[Any, Any]:
    taken = set(mapping)
    out: dict[Any, Any] = {}
    for key, value in mapping.items():
        if isinstance(value, dict) and depth < 3:
            value = _lowered(value, depth + 1)
        if isinstance(key, str) and (lower := key.lower()) != key and lower not in taken:
            key = lower
        out[key] = value
    return out


#: a top-level YAML key opening a line (``title: …``, ``data:``)
_YAML_KEY_LINE = LazyPattern(r"[A-Za-z_][\w-]{0,60}:(?:[ \t].*)?")
#: Cobalt's front matter is at most this many lines
_MAX_COBALT = 200


def _cobalt(text: str) -> FrontMatter | None:
    """Cobalt's front matter (cobalt.rs): YAML that opens the file with no ``---`` line
    before it, closed by a ``---`` line - one clean mapping that names the page's
    ``title``. ``None`` for any other opening (a body's first paragraph and a rule)."""
    if not _YAML_KEY_LINE.fullmatch(text.split("\n", 1)[0].rstrip()):
        return None
    lines = text.split("\n", _MAX_COBALT + 1)
    close = next((i for i, line in enumerate(lines[:_MAX_COBALT]) if line.rstrip() == "---"),
                 None)
    if close is None or close < 2:
        return None
    raw = "\n".join(lines[:close])
    result = FrontMatter(body="\n".join(lines[close + 1 :]), body_line=close + 2,
                         format="yaml")
    parse(raw, "yaml", result, start=1)
    if not isinstance(result.data, dict) or "title" not in result.data or result.problems:
        return None
    if isinstance(extra := result.data.get("data"), dict):
        # Cobalt keeps a page's own fields under ``data:`` (``data: {agenda: […]}``):
        # read as the page's, where the page has no such key itself
        for key, value in extra.items():
            if isinstance(key, str) and key not in result.data:
                result.data[key] = value
                result.lines.setdefault(key, result.lines.get("data", 1))
    _lower_keys(result)
    return result


#: a line of Pelican's (and MultiMarkdown's) metadata: ``Title: …``, ``Date: …``
_METADATA_LINE = LazyPattern(r"(?P<key>[A-Za-z][A-Za-z0-9_-]{0,30}):[ \t]+(?P<value>\S.*)")
#: metadata keys whose value is a list, comma-separated
_LISTS = frozenset({"tags", "keywords", "authors"})
#: the metadata of a page is at most this many lines
_MAX_METADATA = 40


def _metadata(text: str) -> FrontMatter | None:
    """Pelican's front matter (also MultiMarkdown's): ``Key: value`` lines that open
    the file, up to its first empty line, naming at least the page's title and date -
    every value a string, as Pelican reads them. ``None`` for any other opening."""
    head = text[: text.find("\n\n")] if "\n\n" in text else text
    lines = head.split("\n")
    if len(lines) > _MAX_METADATA:
        return None
    ruled = len(lines) > 1 and lines[-1].rstrip() == "---"
    if ruled:  # ``Author: Ann`` then a ``---`` line closing the metadata (a site's rule)
        lines = lines[:-1]
    found = [_METADATA_LINE.fullmatch(line.rstrip()) for line in lines]
    if not all(found):
        return None
    data, places = _header_values(enumerate(found, start=1))
    if "title" not in data or "date" not in data:
        return None
    body_line = len(lines) + ruled + 2
    return FrontMatter(data=data, lines=places, body=text[len(head) + 2 :],
                       body_line=body_line, format="metadata")


def _header_values(
    found: Iterable[tuple[int, re.Match[str] | None]],
) -> tuple[dict[str, Any], dict[str, int]]:
    """The keys and values of a header written a ``key`` and a ``value`` a line (Pelican,
    JBake, Nikola), and each key's line: a key in any case, its first line wins; every
    value is text, ``tags``, ``keywords`` and ``authors`` split at commas."""
    data: dict[str, Any] = {}
    places: dict[str, int] = {}
    for number, match in found:
        key = match["key"].lower()  # type: ignore[index]
        if key not in data:
            value = match["value"].strip()  # type: ignore[index]
            data[key] = [v.strip() for v in value.split(",") if v.strip()] if key in _LISTS \
                else value
            places[key] = number
    return data, places


#: a line of JBake's header: ``title=…``, ``date=2017-04-01``
_JBAKE_LINE = LazyPattern(r"(?P<key>[A-Za-z][\w.-]{0,30})=(?P<value>.*)")
#: the line closing JBake's header
_JBAKE_END = "~~~~~~"


def _jbake(text: str) -> FrontMatter | None:
    """JBake's header (the static site generator of many Java user groups):
    ``key=value`` lines that open the file, closed by a line of ``~~~~~~``, naming at
    least the title - every value a string, ``tags`` a comma-separated list, as JBake
    reads them. ``None`` for any other opening."""
    head, rule, _rest = text.partition(f"\n{_JBAKE_END}")
    lines = head.split("\n")
    if not rule or len(lines) > _MAX_METADATA:
        return None
    found = [(number, _JBAKE_LINE.fullmatch(line.rstrip()))
             for number, line in enumerate(lines, start=1) if line.strip()]
    if not found or not all(match for _, match in found):
        return None
    data, places = _header_values(found)
    if "title" not in data:
        return None
    rest = text[len(head) + len(rule):]
    body = rest.split("\n", 1)[1] if "\n" in rest else ""
    return FrontMatter(data=data, lines=places, body=body, body_line=len(lines) + 2,
                       format="jbake")


#: a line of Nikola's metadata in a Markdown file: ``.. title: …`` (a reST comment)
_NIKOLA_LINE = LazyPattern(r"\.\.[ \t]+(?P<key>[A-Za-z][\w-]{0,30}):[ \t]*(?P<value>.*)")


def _nikola(text: str) -> FrontMatter | None:
    """Nikola's metadata (the static site generator's header for Markdown posts):
    ``.. key: value`` lines that open the file, up to its first empty line, naming at
    least the title - ``tags`` split at commas, every other value text. ``None`` for any
    other opening."""
    if not text.startswith(".."):
        return None
    head = text[: text.find("\n\n")] if "\n\n" in text else text
    lines = head.split("\n")
    found = [_NIKOLA_LINE.fullmatch(line.rstrip()) for line in lines]
    if len(lines) > _MAX_METADATA or not all(found):
        return None
    # (``.. link: `` left empty by the post's template names nothing)
    filled = [(number, match) for number, match in enumerate(found, start=1)
              if match["value"].strip()]  # type: ignore[index]
    data, places = _header_values(filled)
    if "title" not in data:
        return None
    return FrontMatter(data=data, lines=places, body=text[len(head) + 2 :],
                       body_line=len(lines) + 2, format="nikola")


def parse(
    raw: str, kind: str, result: FrontMatter, *, start: int = 1,
    what: str = "front matter", subtype: str = "frontmatter",
) -> None:
    """Parse ``raw`` (``yaml``, ``toml`` or ``json``, first line ``start``) into ``result``.

    Whatever the parser throws (a date no calendar has, a number too long to print,
    nesting too deep for the stack, ...) becomes one problem at its line; a value the
    parser gives that an event page cannot hold is dropped with a problem, so what
    reaches the rest of the reader is plain text, numbers, dates, lists and mappings.
    ``what`` and ``subtype`` name the document in problems (the speaker registry uses
    this too).
    """
    name = kind.upper()
    parser = {"yaml": _parse_yaml, "toml": _parse_toml, "json": _parse_json}[kind]
    problems_before = len(result.problems)
    try:
        clean = parser(raw, start, result)
    except Exception as error:  # any parser failure is a problem of the page
        result.data, result.lines = {}, {}
        del result.problems[problems_before:]
        result.problems.append(
            Problem(_failure_line(raw, start, error), f"malformed {name} {what}: "
                    f"{_reason(error)}", subtype, "error")
        )
        return
    for problem in result.problems[problems_before:]:
        problem.message = problem.message.replace("front matter", what)
        problem.subtype = subtype
    if clean:
        return  # built of values an event page holds, nothing too deep (:func:`_plain`)
    cleaner = _Cleaner(result, start, subtype)
    cleaned = cleaner.value(result.data, start, 0)
    result.data = {} if cleaned is _DROPPED else cleaned


def _reason(error: Exception) -> str:
    if isinstance(error, RecursionError):
        return "values nested too deeply"
    reason = getattr(error, "problem", None) or getattr(error, "msg", None) or str(error)
    return str(reason).splitlines()[0][:200] if str(reason).strip() else type(error).__name__


def _failure_line(raw: str, start: int, error: Exception) -> int:
    """The line a parser failure is about: its own mark when it has one, the first
    overlong number or the deepest nesting when that is what it choked on."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is not None:
        return start + mark.line
    if isinstance(error, json.JSONDecodeError):
        return start + error.lineno - 1
    if isinstance(error, tomllib.TOMLDecodeError):
        match = re.search(r"line (\d+)", str(error))
        return start + int(match[1]) - 1 if match else start
    at = None
    if isinstance(error, RecursionError):
        at = _deep_offset(raw)
    elif isinstance(error, ValueError):
        at = next((m.start() for m in _NUMBER.finditer(raw) if len(m[0]) > MAX_DIGITS), None)
    return start + raw.count("\n", 0, at) if at is not None else start


#: a run of digits (``_`` as TOML and YAML allow): each run is found once, whole
_NUMBER = LazyPattern(r"[0-9a-fA-F_]+")


def _deep_offset(raw: str, depth: int = 100) -> int | None:
    """Where ``raw``'s brackets first nest ``depth`` deep (strings not told apart: this
    only points at a line)."""
    level = 0
    for offset, char in enumerate(raw):
        if char in "[{":
            level += 1
            if level >= depth:
                return offset
        elif char in "]}":
            level -= 1
    return None


def _body_line(text: str, body: str) -> int:
    offset = len(text) - len(body)
    return text.count("\n", 0, max(offset, 0)) + 1


def _parse_yaml(raw: str, start: int, result: FrontMatter) -> bool:
    """Parse YAML front matter into ``result``; whether its values need no cleaning.

    A top-level value YAML cannot read as written (``title: Kotlin: from Hello World
    to bytecode``, ``description: "Quoted" - and more``: the plain value holds a ``: ``
    or goes on after its quotes) is read as the text of its line, with a warning: the
    author meant text, and the page keeps its title and date (:func:`_as_text`)."""
    mended: list[tuple[int, str, str]] = []
    while True:
        # one loader composes the node tree and then builds the values from it (a
        # second loader would set up the parser again for nothing)
        loader = _SafeYAMLLoader(raw)
        try:
            node = loader.get_single_node()
            if node is None:
                return
            # an alias is written ``*name``: with no ``*`` at all nothing can expand; a
            # ``*`` in a value (Markdown's ``**bold**``) is no alias: the tree says
            # whether one is used
            repeated = _alias_expansion(node) if "*" in raw else 0
            if repeated > MAX_YAML_NODES:
                result.problems.append(
                    Problem(
                        start,
                        f"front matter expands to more than {MAX_YAML_NODES:,} values "
                        "(YAML aliases used as a 'billion laughs' bomb?); it is ignored",
                        "frontmatter",
                        "error",
                    )
                )
                return
            result.data = _constructed(loader, node, aliases=repeated > 0)
            break
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
            line = start + mark.line if mark else start
            reason = getattr(error, "problem", None) or str(error).splitlines()[0]
            mend = _as_text(raw, mark.line) if mark and len(mended) < _MAX_MENDS else None
            if mend is None:
                result.problems.append(
                    Problem(line, f"malformed YAML front matter: {reason}", "frontmatter",
                            "error")
                )
                return
            raw, key = mend
            mended.append((line, reason, key))
        finally:
            loader.dispose()
    result.problems.extend(
        Problem(line, f"malformed YAML front matter: {reason}; the value of '{key}' is read "
                "as the text written on its line (quote it to say so)", "frontmatter")
        for line, reason, key in mended
    )
    result.problems.extend(
        Problem(start + bad.start_mark.line, message, "frontmatter")
        for bad, message in loader.problems
    )
    _duplicate_keys(node, start, result)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            result.lines[key] = start + key_node.start_mark.line  # the last one wins
            if isinstance(value_node, yaml.SequenceNode):
                for index, item in enumerate(value_node.value):
                    result.lines[f"{key}.{index}"] = start + item.start_mark.line
                    if key in _FIELD_LINES and isinstance(item, yaml.MappingNode):
                        for field_key, _field_value in item.value:
                            result.lines.setdefault(f"{key}.{index}.{field_key.value}",
                                                    start + field_key.start_mark.line)
    return loader.built_plainly


#: at most this many lines of one front matter are read as text (:func:`_as_text`)
_MAX_MENDS = 20
#: a ``key: value`` line whose value is plain text as YAML writes it (not a list, a
#: mapping, a block, an anchor, an alias or a tag): at the top level, or a field of a
#: list's entry (``  - title: …``, ``    title: …``)
_TEXT_LINE = LazyPattern(
    r"(?P<lead>(?:[ \t]*+-[ \t]++|[ \t]++)*+)"
    r"(?P<key>[A-Za-z_][\w-]{0,60}):[ \t]+(?P<value>[^\s\[{|>&*!].*)"
)


#: ``excerpt: > Some text``: a block's indicator with its text on the same line, which
#: YAML refuses (a block's text starts on the next line); the author meant that text
_BLOCK_ON_ITS_LINE = LazyPattern(
    r"(?P<lead>[ \t]*+)(?P<key>[A-Za-z_][\w-]{0,60}):[ \t]+[>|][-+1-9]?[ \t]++(?P<value>[^\s#].*)"
)


#: a list's item of text that opens with a quotation and goes on after it (``- '<b>Title</b>'
#: von Ann``): YAML ends the text at the closing quote and finds the rest no YAML
_QUOTED_ITEM = LazyPattern(r"(?P<lead>[ \t]*+-[ \t]++)(?P<value>(?P<quote>['\"]).*)")


def _as_text(raw: str, index: int) -> tuple[str, str] | None:
    """``raw`` with the value on its line ``index`` (0-based) quoted as the text it is,
    and that line's key; ``None`` when that line is no ``key: value`` (at the top level
    or in a list's entry) nor a list's item of text that goes on after its quotation
    (its key is then the list's)."""
    lines = raw.split("\n")
    if not 0 <= index < len(lines):
        return None
    found = _TEXT_LINE.fullmatch(lines[index].rstrip())
    if found is None:
        found = _BLOCK_ON_ITS_LINE.fullmatch(lines[index].rstrip())
    if found is None:
        return _item_as_text(lines, index)
    value = found["value"]
    if len(value) > 1 and value[0] == value[-1] == "'" and "'" not in value[1:-1]:
        return None  # already text: the fault is elsewhere
    lines[index] = f"{found['lead']}{found['key']}: {_single_quoted(value)}"
    return "\n".join(lines), found["key"]


def _single_quoted(value: str) -> str:
    """``value`` as a YAML single-quoted scalar: the text it is (a quote doubled)."""
    return "'" + value.replace("'", "''") + "'"


def _item_as_text(lines: list[str], index: int) -> tuple[str, str] | None:
    """``lines`` with the list item on line ``index`` quoted whole (``- '<b>T</b>' von
    Ann`` read as the text ``'<b>T</b>' von Ann``, its quotes kept), and the key of the
    list it is in."""
    found = _QUOTED_ITEM.fullmatch(lines[index].rstrip())
    if found is None:
        return None
    value = found["value"]
    if value.endswith(found["quote"]) and found["quote"] not in value[1:-1]:
        return None  # already text: the fault is elsewhere
    key = next((match["key"] for line in reversed(lines[:index])
                if (match := _LIST_KEY.match(line)) is not None), None)
    if key is None:
        return None
    lines[index] = f"{found['lead']}{_single_quoted(value)}"
    return "\n".join(lines), key


#: the key a list's items stand under (``agenda:`` alone on its line, at the top level)
_LIST_KEY = LazyPattern(r"(?P<key>[A-Za-z_][\w-]{0,60}):[ \t]*$")


_STR, _MAP, _SEQ = (f"tag:yaml.org,2002:{kind}" for kind in ("str", "map", "seq"))
#: a mapping or list this deep is one the cleaner drops (:data:`MAX_DEPTH`): the plain
#: build below leaves such a document to PyYAML (which builds nested values without
#: recursing) and the cleaner, so that what it builds itself needs no cleaning
_PLAIN_DEPTH = MAX_DEPTH


class _UnusualError(Exception):
    """A document the plain build does not make as PyYAML makes it."""


_NOT_BUILT = object()


def _constructed(loader: _SafeYAMLLoader, node: yaml.Node, *, aliases: bool) -> Any:
    """``loader.construct_document(node)``, the same values and problems.

    PyYAML builds each mapping and list through a generator that it resumes later,
    a third of what reading the front matter costs. A document of plain mappings,
    lists and text (what front matter is), with no alias and no scalar the loader
    finds a problem in, is built here directly (other scalars - dates, numbers - by
    the loader's own constructors); any other document, whole, by PyYAML, so that
    problems and errors come in its order.
    """
    if not aliases:
        try:
            value = _plain(loader, node, 0)
        except Exception:  # whatever it is, PyYAML's build says it, in its order
            value = _NOT_BUILT
        if value is not _NOT_BUILT and not loader.problems:
            loader.built_plainly = True
            return value
        loader.problems.clear()
        loader.constructed_objects = {}
        loader.recursive_objects = {}
    return loader.construct_document(node)


def _plain(loader: _SafeYAMLLoader, node: yaml.Node, depth: int) -> Any:
    kind, tag = type(node), node.tag
    if kind is yaml.ScalarNode:
        return node.value if tag == _STR else loader.construct_object(node)
    if depth >= _PLAIN_DEPTH:
        raise _UnusualError
    if kind is yaml.MappingNode and tag == _MAP:
        data: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode or key_node.tag in _KEY_TAGS:
                raise _UnusualError  # a merge (``<<``), a ``=`` key or a collection as a key
            data[_plain(loader, key_node, depth)] = _plain(loader, value_node, depth + 1)
        return data
    if kind is yaml.SequenceNode and tag == _SEQ:
        return [_plain(loader, item, depth + 1) for item in node.value]
    raise _UnusualError


#: key tags PyYAML's mapping constructor rewrites before it builds the mapping
_KEY_TAGS = frozenset({"tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"})


def _duplicate_keys(root: yaml.Node, start: int, result: FrontMatter) -> None:
    """A key written twice in one mapping: YAML keeps the last value, silently; say so
    at the line of the one that wins, naming the line whose value is lost."""
    # (a scalar holds no key: only mappings and lists are walked, in the same order)
    scalar = yaml.ScalarNode
    seen_nodes, stack = set(), [root]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:  # an alias: its mapping was looked at already
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(item for item in node.value if not isinstance(item, scalar))
        elif isinstance(node, yaml.MappingNode):
            first: dict[str, yaml.Node] = {}  # the key's last node so far
            for key_node, value_node in node.value:
                if not isinstance(value_node, scalar):
                    stack.append(value_node)
                if not isinstance(key_node, scalar) or key_node.value == "<<":
                    continue
                earlier = first.get(key_node.value)
                if earlier is not None:
                    line = start + key_node.start_mark.line
                    result.problems.append(Problem(
                        line, f"{_short(key_node.value)} is given twice (first on line "
                        f"{start + earlier.start_mark.line}); the value on line {line} is "
                        "used, the earlier one is ignored"))
                first[key_node.value] = key_node


def _alias_expansion(root: yaml.Node) -> int:
    """How many values aliases add once expanded (stops counting past the limit).

    A long front matter written out in full (10,000 speakers) adds none; a bomb adds
    millions from a few lines.
    """
    expanded, written, stack = 0, set(), [root]
    while stack and expanded - len(written) <= MAX_YAML_NODES:
        node = stack.pop()
        expanded += 1
        written.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                stack.extend((key_node, value_node))
    return expanded - len(written)


def _parse_toml(raw: str, start: int, result: FrontMatter) -> None:
    try:
        result.data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        line = start + int(match[1]) - 1 if match else start
        result.problems.append(
            Problem(line, f"malformed TOML front matter: {error}", "frontmatter", "error")
        )
        return
    _scan_lines(raw, start, result, _TOML_KEY)


def _parse_json(raw: str, start: int, result: FrontMatter) -> None:
    duplicates: list[tuple[str, int, int]] = []
    try:
        result.data = _json_decoder(raw, duplicates).decode(raw)
    except json.JSONDecodeError as error:
        result.problems.append(
            Problem(
                start + error.lineno - 1,
                f"malformed JSON front matter: {error.msg}",
                "frontmatter",
                "error",
            )
        )
        return
    for key, first, line in duplicates:
        result.problems.append(Problem(
            start + line, f"{_short(key)} is given twice (first on line {start + first}); the "
            f"value on line {start + line} is used, the earlier one is ignored"))
    _scan_lines(raw, start, result, _JSON_KEY)


def _json_decoder(raw: str, duplicates: list[tuple[str, int, int]]) -> json.JSONDecoder:
    """A decoder that notes keys written twice in one object (``json`` keeps the last
    silently), with the lines of both: the pure-Python scanner, since only it tells
    where an object starts (JSON front matter is short)."""
    decoder = json.JSONDecoder(object_pairs_hook=list)

    def parse_object(s_and_end: tuple[str, int], *args: Any, **kwargs: Any) -> tuple[Any, int]:
        text, begin = s_and_end
        pairs, end = json.decoder.JSONObject(s_and_end, *args, **kwargs)
        found: dict[str, int] = {}
        for key, _value in pairs:
            if key in found and len(duplicates) < MAX_TOLD:  # each told costs a look
                first, later = _key_offsets(text, key, begin, end)
                duplicates.append((key, text.count("\n", 0, first), text.count("\n", 0, later)))
            found[key] = 1
        return dict(pairs), end

    decoder.parse_object = parse_object  # type: ignore[method-assign]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder


def _key_offsets(text: str, key: str, begin: int, end: int) -> tuple[int, int]:
    """Offsets of the first and the last ``"key":`` between ``begin`` and ``end``."""
    written = re.compile(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:")
    hits = [m.start() for m in written.finditer(text, begin, end)]
    if len(hits) < 2:  # written with escapes: say the object
        return begin, begin
    return hits[0], hits[-1]


#: a key at the start of a line: TOML ``key =``/``"key" =``/``[[key]]``, JSON ``"key":``
_TOML_KEY = LazyPattern(
    r"\s*(?P<table>\[\[\s*)?(?:\"(?P<quoted>[^\"\n]*)\"|(?P<bare>[^\s\"=\[\]]+))\s*(?:=|\]\])"
)
_JSON_KEY = LazyPattern(r"\s*\"(?P<quoted>(?:[^\"\\\n]|\\.)*)\"\s*:")


#: a key anywhere in a line (``{"title": "x", "date": "y"}``, TOML inline tables)
_TOML_INSIDE = LazyPattern(
    r"[\s,{](?:\"(?P<quoted>[^\"\n]*)\"|'(?P<single>[^'\n]*)'|(?P<bare>[^\s\"'=,{}\[\]]+))\s*="
)
_JSON_INSIDE = LazyPattern(r"\"(?P<quoted>(?:[^\"\\\n]|\\.)*)\"\s*:")


_LINE_ENDS = LazyPattern(r"\r\n|\r|\n")


def _scan_lines(raw: str, start: int, result: FrontMatter, pattern: re.Pattern[str]) -> None:
    """Key lines for formats whose parsers keep no positions: the first line naming the
    key; ``[[key]]`` tables (TOML arrays of tables) give the lines of their items.

    A key that does not start a line (``{"title": "x", "date": "y"}``) gets the first
    line naming it, else the front matter's first line: never none. One look at each
    line (a pattern per key over every line was keys x lines)."""
    if not isinstance(result.data, dict):
        return
    hits: dict[str, list[int]] = {}
    tables: set[str] = set()
    # (the file's own line ends: ``splitlines`` also ends a line at U+0085 or U+2028,
    # which a key's value may hold, and the lines after it came out one too far)
    lines = _LINE_ENDS.split(raw)
    for number, text in enumerate(lines):
        match = pattern.match(text)
        if match is None:
            continue
        key = match["quoted"] if match["quoted"] is not None else match.groupdict().get("bare")
        if key is None or key not in result.data:
            continue
        hits.setdefault(key, []).append(number)
        if match.groupdict().get("table") and len(hits[key]) == 1:
            tables.add(key)
    for key, numbers in hits.items():
        result.lines[key] = start + numbers[0]
        if len(numbers) > 1 or key in tables:
            for index, hit in enumerate(numbers):
                result.lines[f"{key}.{index}"] = start + hit
    missing = {str(key) for key in result.data} - hits.keys()
    inside = _JSON_INSIDE if pattern is _JSON_KEY else _TOML_INSIDE
    for number, text in enumerate(lines if missing else ()):
        for match in inside.finditer(f" {text}"):
            key = next((k for k in match.groups() if k is not None), None)
            if key in missing:
                result.lines[key] = start + number
                missing.discard(key)
        if not missing:
            break
    for key in sorted(missing):  # (in one order whatever the hash seed: a set has none)
        result.lines[key] = start


_DROPPED = object()


class _Cleaner:
    """Walks parsed front matter and keeps only what an event page can hold."""

    def __init__(self, result: FrontMatter, start: int, subtype: str) -> None:
        self.result = result
        self.start = start
        self.subtype = subtype

    def problem(self, line: int, message: str) -> None:
        self.result.problems.append(Problem(line, message, self.subtype))

    def value(self, value: Any, line: int, depth: int, key: str | None = None) -> Any:
        """``value`` as an event page may hold it, or ``_DROPPED``; ``key`` names a
        top-level list, whose items have lines of their own (``speaker.2``)."""
        if value is None or isinstance(value, BOOL_OR_FLOAT):
            return value
        if isinstance(value, str):
            return self.text(value, line)
        if isinstance(value, int):
            if _printable_int(value):
                return value
            self.problem(line, f"a number of more than {MAX_DIGITS:,} digits; it is ignored")
            return _DROPPED
        if isinstance(value, DAY_OR_CLOCK):  # datetimes too (TOML has bare times)
            return value
        if depth >= MAX_DEPTH:
            self.problem(line, f"values nested more than {MAX_DEPTH} deep; the deeper ones "
                               "are ignored")
            return _DROPPED
        if isinstance(value, dict):
            return self.mapping(value, line, depth)
        if isinstance(value, SEQUENCE):
            lines = self.result.lines
            items = (self.value(item, lines.get(f"{key}.{index}", line) if key else line,
                                depth + 1)
                     for index, item in enumerate(value))
            return [item for item in items if item is not _DROPPED]
        self.problem(line, f"a value of type {type(value).__name__} is no value of an event "
                           "page; it is ignored")
        return _DROPPED

    def mapping(self, value: dict[Any, Any], line: int, depth: int) -> dict[Any, Any]:
        cleaned = {}
        for key, item in value.items():
            key_line = self.result.lines.get(str(key), line) if depth == 0 else line
            if isinstance(key, str):
                key = self.text(key, key_line)
            kept = self.value(item, key_line, depth + 1, str(key) if depth == 0 else None)
            if kept is not _DROPPED:
                cleaned[key] = kept
        return cleaned

    def text(self, text: str, line: int) -> str:
        """``text`` without lone surrogates (JSON's ``"\ud800"``): no encoder takes them,
        so the first file written with the text (``objects.inv``) would fail."""
        if text.isascii():
            return text
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            shown = text.encode("utf-8", "backslashreplace").decode()
            self.problem(line, f"'{shown[:60]}' holds a lone UTF-16 surrogate, which is no "
                         "character; it is replaced by U+FFFD")
            return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char
                           for char in text)
        return text


def _kind_name(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    return type(value).__name__
