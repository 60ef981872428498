"""Regular expressions compiled at their first use, for the costly ones.

Python 3.11 compiles a character class by visiting every code point of its ranges, so
each ``[\u3400-\u9fff]`` in a pattern costs about a millisecond: the reader's patterns
for Chinese names came to some 20 ms at the start of every build and ``sphinx-meetup``
command, also on sites with no Chinese page. Those are written as :class:`LazyPattern`
and cost nothing until a page needs them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: the methods a first call compiles; afterwards the compiled pattern's own, kept on
#: the instance, answer (an instance attribute wins over these plain methods)
_METHODS = ("match", "fullmatch", "search", "finditer", "findall")


class LazyPattern:
    """``re.compile(pattern, flags)``, done when one of its methods is first called."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def _compile(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self._compile().match(text, *span)

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self._compile().fullmatch(text, *span)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self._compile().search(text, *span)

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self._compile().finditer(text, *span)

    def findall(self, text: str, *span: int) -> list[str]:
        return self._compile().findall(text, *span)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"
