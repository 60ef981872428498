"""Answers kept for the length of one read.

A page asks the same small questions of the same strings again and again: the key of
each speaker's name against every line that may name them, a line's plain text in
each pass, whether a phrase describes someone. Those answers depend on the string
alone, so :func:`per_read` keeps them - until the next read starts (:func:`forget`,
called by :func:`~sphinx_meetup.reader.read_event`). A process that reads many pages
holds at most one page's answers (and never more than a few thousand), and a page read
again costs what it cost the first time: ``score_corpus.py --speed`` times reading,
not remembering.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

_Function = TypeVar("_Function", bound=Callable[..., object])
#: a page asks about a few hundred strings; a bound for whatever calls these outside
#: a read (the importer's name keys)
_SIZE = 4096
_KEPT: list[functools._lru_cache_wrapper] = []


def per_read(function: _Function) -> _Function:
    """``function`` (of hashable arguments, giving an answer nobody changes) with its
    answers kept until :func:`forget`."""
    kept = functools.lru_cache(maxsize=_SIZE)(function)
    _KEPT.append(kept)
    return kept  # type: ignore[return-value]


def forget() -> None:
    """Drop every kept answer (a new read starts)."""
    for kept in _KEPT:
        kept.cache_clear()
