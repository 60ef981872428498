"""Indented JSON exactly as ``json.dumps(..., ensure_ascii=False, sort_keys=True,
indent=N)`` writes it, without its pure-Python encoder.

With ``indent`` the standard library gives up its C encoder for nested generators;
every event page's JSON-LD and ``events.json`` are written that way, and that was half
the time of an event page's ``<head>``. Strings still go through the C escaper. Any
value it does not know (or a key that is not a string) falls back to ``json.dumps``, so
results and errors are the standard library's.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any


class _UnknownError(Exception):
    """A value or key only ``json.dumps`` knows how to write (or refuse)."""


def dumps_indented(value: Any, indent: int) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=indent)``."""
    out: list[str] = []
    try:
        _write(value, out, "\n", " " * indent)
    except (_UnknownError, RecursionError):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=indent)
    return "".join(out)


def _write(value: Any, out: list[str], newline: str, step: str) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        if not all(isinstance(key, str) for key in value):
            raise _UnknownError
        inner = newline + step
        out.append("{")
        for index, key in enumerate(sorted(value)):
            out.append(("," if index else "") + inner)
            out.append(encode_basestring(key))
            out.append(": ")
            _write(value[key], out, inner, step)
        out.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + step
        out.append("[")
        for index, item in enumerate(value):
            out.append(("," if index else "") + inner)
            _write(item, out, inner, step)
        out.append(newline + "]")
    else:
        raise _UnknownError


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)
