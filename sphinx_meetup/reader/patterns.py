"""Regular expressions compiled at their first use.

Python 3.11 compiles a pattern in Python: a character class by visiting every code point
of its ranges (each ``[\u3400-\u9fff]`` costs about a millisecond), a class that mixes
ASCII with other characters (``[:：|]``) by cutting a 65,536-entry map into blocks
(0.2 ms). The reader's module-level patterns are written as :class:`LazyPattern` and cost
nothing until a page needs them: an English page uses about half of them, and the other
half was 0.6 G of the 3.2 G instructions its first file cost (an edited event's rebuild).
Patterns the reader compares with ``match.re is`` stay ``re.compile``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any

#: the methods a first call compiles; afterwards the compiled pattern's own, kept on
#: the instance, answer (an instance attribute wins over these plain methods)
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


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

    def sub(self, replacement: Any, text: str, count: int = 0) -> str:
        return self._compile().sub(replacement, text, count)

    def subn(self, replacement: Any, text: str, count: int = 0) -> tuple[str, int]:
        return self._compile().subn(replacement, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self._compile().split(text, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def run_of(char_class: str, least: int = 1) -> str:
    """``[…]+`` (``[…]{least,}``) written as one ``[…]`` and then the rest of the run: the
    same matches, but a search (``sub``, ``split``, ``findall``) opening with a class skips
    ahead to its characters, where one opening with a repeat enters the pattern at every
    place of the text (the key and name squeezes, 1,300 calls a pass: a third of their
    instructions)."""
    rest = f"{{{least - 1},}}" if least > 1 else "*"
    return f"{char_class}{char_class}{rest}"


def alternation(words: Iterable[str], *, ignorecase: bool = False) -> str:
    """``w1|w2|…`` (``words`` escaped, longest first: a longer word is tried before a
    word it begins with) as one pattern that matches the same, written as a tree of the
    words' shared beginnings (``jan(?:uary|vier)?``): where the flat list tried each of
    60 month names at every word of a line, a word that fails at its first letters
    fails with every word that shares them.

    Case-insensitively, two different letters may stand for each other (``s`` and
    ``ſ``, ``i`` and ``ı``); the tree would then try all the words under one before the
    longer words under the other, so where such letters branch, the words from there on
    are a flat list, longest first (``aral(?:ık|ik)``): the rest of the tree stays one
    (a single Turkish month had made all 150 month names one flat list).
    ``ignorecase``: the pattern is matched so, and an ASCII letter is written in lower
    case - ``P`` and ``p`` match the very same characters then (``PPT`` and
    ``presentación`` share a branch instead of making the whole list flat)."""
    words = list(words)
    flat = "|".join(re.escape(word) for word in words)
    if any(len(b) > len(a) for a, b in pairwise(words)):
        return flat  # not longest first: the order is the caller's own
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char.lower() if ignorecase and char.isascii() else char, {})
        node[""] = {}  # a word ends here

    def endings(node: dict[str, dict]) -> list[str]:
        """The words' rest from ``node`` on (``""`` where a word ends there)."""
        return [char + rest for char in node if char for rest in endings(node[char])] + (
            [""] if "" in node else [])

    def written(node: dict[str, dict]) -> str:
        chars = sorted(char for char in node if char)
        if any(_same_letter(a, b) for i, a in enumerate(chars) for b in chars[i + 1 :]):
            rest = sorted(filter(None, endings(node)), key=len, reverse=True)
            body = f"(?:{'|'.join(re.escape(ending) for ending in rest)})"
        else:
            branches = []
            # (case-insensitively, a branch opening with a letter is entered to be tried:
            # one opening with a class matched as written is passed by the engine at
            # once when the text's character is not in it - see :data:`ASCII_CASES`)
            cased = ignorecase and len(chars) > 1
            for char in chars:  # (a loop: a list comprehension is one more call a node)
                first = ASCII_CASES.get(char, "") if cased else ""
                branches.append((first or re.escape(char)) + written(node[char]))
            if not branches:
                return ""
            body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return written(tree)


#: each ASCII letter as a class of the characters it matches case-insensitively, matched
#: case-sensitively (``(?-i:[Kk\u212a])``: the Kelvin sign is a ``k`` to the engine, as
#: ``İ`` and ``ı`` are an ``i`` and ``ſ`` an ``s``; a test compares each class with what
#: the engine matches). In an alternation the engine enters every branch that opens with
#: a letter matched case-insensitively, but passes at once one that opens with a
#: case-sensitive class or character the text's character is not in (a label tree's
#: first level, some 25 letters, was 25 branches entered at each place it was tried).
ASCII_CASES = {
    letter: "(?-i:[" + letter + letter.upper() + {"i": "\u0130\u0131", "k": "\u212a",
                                                   "s": "\u017f"}.get(letter, "") + "])"
    for letter in "abcdefghijklmnopqrstuvwxyz"
}


def openers(initials: str) -> str:
    """A class matched as written of the characters the engine matches
    case-insensitively to one of ``initials``: an ASCII letter as :data:`ASCII_CASES`
    has it (``ı``, ``İ``, ``ſ`` and the Kelvin sign included), another letter in its two
    cases - not always all (``σ`` is ``ς`` too): a test asks the engine about every code
    point for the initials it is used for. A search for it skips ahead in C, and a text
    without one holds no word opening with ``initials``."""
    chars: set[str] = set()
    for char in initials:
        if char in ASCII_CASES:
            chars.update(ASCII_CASES[char][len("(?-i:[") : -len("])")])
        else:
            chars.update({char, *(case for case in (char.lower(), char.upper())
                                  if len(case) == 1)})
    return "(?-i:[" + "".join(re.escape(char) for char in sorted(chars)) + "])"


@functools.cache
def _same_letter(a: str, b: str) -> bool:
    """Whether one of two characters matches the other case-insensitively (kept: the
    label trees ask about the same few hundred pairs 15,000 times at a reader's start).

    Two ASCII characters do when they are one letter in two cases, and a character of a
    script without case (CJK ideographs, kana, Hangul) matches itself alone: most
    pairs of label words are answered so, without compiling a pattern for each (a
    reader's first page asked about some 2,000 pairs, 20 ms); so are two letters of other
    scripts by their cases (the month, weekday and job-word trees ask about Cyrillic,
    Polish, Turkish letters); any other pair is asked of the regular expression engine
    (a property test compares the two)."""
    if a.isascii() and b.isascii():
        return a.lower() == b.lower()
    if _caseless(a) or _caseless(b):
        return a == b
    lower_a, lower_b = a.lower(), b.lower()
    if len(lower_a) == len(lower_b) == 1 and len(lower_a.upper()) == len(lower_b.upper()) == 1:
        # the engine matches a letter case-insensitively by its lower case, and by the
        # other lower cases of its upper case (``ı`` and ``i``: ``I``; ``ſ`` and ``s``);
        # a letter whose case is written with two (``İ``, ``ß``) is asked of the engine
        return lower_a == lower_b or lower_a.upper() == lower_b.upper()
    return bool(re.fullmatch(re.escape(a), b, re.IGNORECASE)
                or re.fullmatch(re.escape(b), a, re.IGNORECASE))


def _caseless(char: str) -> bool:
    """A character of a script without letter case: CJK ideographs (U+3400-U+9FFF), kana
    (U+3040-U+30FF), Hangul syllables (U+AC00-U+D7AF)."""
    return "\u3400" <= char <= "\u9fff" or "\u3040" <= char <= "\u30ff" or (
        "\uac00" <= char <= "\ud7af")


#: the characters the engine matches case-insensitively to a Latin letter that
#: ``str.lower`` does not make that letter: ``ı`` and ``İ`` (an ``i``; ``İ`` lower-cased
#: is two characters), ``ſ`` (an ``s``) - a test compares every character the engine
#: matches for each letter of :class:`CaselessWords`' words with what ``lower`` makes
_ODD_CASES = LazyPattern("[\u0130\u0131\u017f]")


class Words:
    """Whether a text holds one of ``words`` as written: a substring test each, which is
    what a search of their alternation answers. The engine enters a tree of words at
    every place of the text that one of them opens with - in prose, most letters - and
    tries its branches there (the prose-speaker words: 7.6 M instructions a corpus pass
    searched so, 1.8 M as substring tests); ``in`` skips ahead in C."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)

    def found_in(self, text: str) -> bool:
        """Whether ``text`` holds one of the words."""
        for word in self.words:  # noqa: SIM110 - no generator frame a text
            if word in text:
                return True
        return False


class CaselessWords:
    """Whether a text holds one of ``words`` (written in lower case, no Greek), as a
    case-insensitive search of their tree finds them - searched case-sensitively in the
    text's lower case. A case-insensitive search is entered at every place of the text
    (the engine cannot skip ahead to the words' first letters in either case: 3-6 µs a
    line); a case-sensitive tree opens with its letters, which the engine skips ahead
    to. A text holding a letter :data:`_ODD_CASES` names is searched case-insensitively
    (a property test compares the two)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted(words, key=lambda word: (-len(word), word))
        if any(word != word.lower() for word in self.words):
            raise ValueError("the words are written in lower case")

    @functools.cached_property
    def _lower(self) -> Words:
        return Words(self.words)

    @functools.cached_property
    def _caseless(self) -> re.Pattern[str]:
        return re.compile(alternation(self.words, ignorecase=True), re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        """Whether ``text`` holds one of the words, in any case."""
        # (an ASCII text - ``isascii`` reads a flag - holds none of the odd letters: the
        # class is not scanned for; most texts asked are ASCII)
        if not text.isascii() and _ODD_CASES.search(text) is not None:
            return self._caseless.search(text) is not None
        return self._lower.found_in(text.lower())
