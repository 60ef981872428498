"""Front matter: split (python-frontmatter), parse safely, remember each key's line.

YAML is parsed with a loader that keeps ``18:30`` a string (YAML 1.1 would read it as
the integer 1110) and refuses alias bombs before building anything; TOML and JSON use
the stdlib. Nothing here raises on bad input: problems come back as values.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

import yaml
from frontmatter.default_handlers import BaseHandler, JSONHandler, YAMLHandler

from ..model import Problem

#: values that aliases may add on top of what is written before we call it a bomb
#: ("billion laughs": a 1 KiB file whose aliases stand for 10**9 values)
MAX_YAML_NODES = 50_000


class _TOMLHandler(BaseHandler):
    """python-frontmatter's ``+++`` splitter (the text is parsed with tomllib below)."""

    FM_BOUNDARY = re.compile(r"^\+{3,}\s*$", re.MULTILINE)


#: libyaml's parser when PyYAML was built with it (about twice as fast), else Python's
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SafeYAMLLoader(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """A safe loader without YAML 1.1's base-60 numbers (``18:30`` stays a string)."""


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
    re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"),
    list("-+0123456789"),
)
_SafeYAMLLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)

#: lists whose entries' own keys get lines too (``talks.2.duration``), for warnings
#: about one field of a programme entry
_FIELD_LINES = frozenset({"talks", "agenda", "schedule"})

_HANDLERS: tuple[BaseHandler, ...] = (YAMLHandler(), _TOMLHandler(), JSONHandler())


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


def split(text: str) -> FrontMatter:
    """Split ``text`` into front matter and body and parse the front matter."""
    handler = next((h for h in _HANDLERS if h.detect(text)), None)
    if handler is None:
        return FrontMatter(body=text)
    try:
        raw, body = handler.split(text)
    except ValueError:
        return FrontMatter(
            body=text,
            problems=[Problem(1, "front matter is opened but never closed", "frontmatter")],
        )
    start = 1  # `raw` starts with the rest of the opening line (JSON: the `{` itself)
    body_line = _body_line(text, body)
    kind = {YAMLHandler: "yaml", _TOMLHandler: "toml", JSONHandler: "json"}[type(handler)]
    result = FrontMatter(body=body, body_line=body_line, format=kind)
    parse = {"yaml": _parse_yaml, "toml": _parse_toml, "json": _parse_json}[kind]
    parse(raw, start, result)
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
    return result


def _body_line(text: str, body: str) -> int:
    offset = len(text) - len(body)
    return text.count("\n", 0, max(offset, 0)) + 1


def _parse_yaml(raw: str, start: int, result: FrontMatter) -> None:
    # one loader composes the node tree and then builds the values from it (a second
    # loader would set up the parser again for nothing)
    loader = _SafeYAMLLoader(raw)
    try:
        node = loader.get_single_node()
        if node is None:
            return
        # an alias is written ``*name``: with no ``*`` at all nothing can expand
        if "*" in raw and _alias_expansion(node) > MAX_YAML_NODES:
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
        result.data = loader.construct_document(node)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = start + mark.line if mark else start
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        result.problems.append(
            Problem(line, f"malformed YAML front matter: {reason}", "frontmatter", "error")
        )
        return
    finally:
        loader.dispose()
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            result.lines.setdefault(key, start + key_node.start_mark.line)
            if isinstance(value_node, yaml.SequenceNode):
                for index, item in enumerate(value_node.value):
                    result.lines[f"{key}.{index}"] = start + item.start_mark.line
                    if key in _FIELD_LINES and isinstance(item, yaml.MappingNode):
                        for field_key, _field_value in item.value:
                            result.lines.setdefault(f"{key}.{index}.{field_key.value}",
                                                    start + field_key.start_mark.line)


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
    _scan_lines(raw, start, result, r"^\s*\[*\s*\"?{key}\"?\s*(?:=|\]\])",
                r"[\s,{{][\"']?{key}[\"']?\s*=")


def _parse_json(raw: str, start: int, result: FrontMatter) -> None:
    try:
        result.data = json.loads(raw)
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
    _scan_lines(raw, start, result, r"^\s*\"{key}\"\s*:", r"\"{key}\"\s*:")


def _scan_lines(
    raw: str, start: int, result: FrontMatter, template: str, inside: str
) -> None:
    """Key lines for formats whose parsers keep no positions: the first line naming the
    key; ``[[key]]`` tables (TOML arrays of tables) give the lines of their items.

    A key that does not start a line (``{"title": "x", "date": "y"}``) gets the first
    line naming it (``inside``), else the front matter's first line: never none."""
    if not isinstance(result.data, dict):
        return
    lines = raw.splitlines()
    for key in result.data:
        name = re.escape(str(key))
        pattern = re.compile(template.format(key=name))
        hits = [number for number, text in enumerate(lines) if pattern.match(text)]
        if not hits:
            anywhere = re.compile(inside.format(key=name))
            found = next((n for n, text in enumerate(lines) if anywhere.search(f" {text}")), 0)
            result.lines[str(key)] = start + found
            continue
        result.lines[str(key)] = start + hits[0]
        if len(hits) > 1 or lines[hits[0]].lstrip().startswith("[["):
            for index, hit in enumerate(hits):
                result.lines[f"{key}.{index}"] = start + hit


def _kind_name(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    return type(value).__name__
