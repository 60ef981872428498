"""Given names, as knowledge: ``Wolfgang Schell`` is a person, ``Object Detection`` not.

Two capitalised words look alike whether they are a person or a title's words; what
tells them apart is knowing that one of them is a given name. The table
(``data/given_names.txt``, made from Faker's first-name lists of some eighty locales by
``tools/given_names.py``) holds given names folded (case, accents). It is read the
first time a rule asks, never at import: most pages never need it. A name in the table
is evidence, not proof - ``Grace`` and ``Ruby`` are given names - so the rules that ask
want a whole shape around it (a full name of two words or more, repeated in a list).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from functools import cache
from pathlib import Path

from .names import is_cjk, key, without_academic_title

_TABLE = Path(__file__).with_name("data") / "given_names.txt"


@cache
def _given_names() -> frozenset[str]:
    # (the header's comment lines stay in: a line with spaces is never one folded word)
    return frozenset(_TABLE.read_text(encoding="utf-8").splitlines())


def fold(word: str) -> str:
    """``Jürgen`` -> ``jurgen``: the table's form of a word. Twice, since either step
    can make work for the other (``ᴵ`` decomposes to ``I``, ``İ`` folds to ``i̇``)."""
    return _fold_once(_fold_once(word))


def _fold_once(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name the table knows (any case, any accents); a
    hyphenated one when each part is (``Anne-Marie``, ``Hans-Peter``)."""
    folded = fold(word.strip(".,;:"))
    if folded in _given_names():
        return True
    parts = folded.split("-")
    return len(parts) > 1 and all(part in _given_names() for part in parts)


def led_by_given_name(name: str) -> bool:
    """A full name - two words or more - whose first word is a known given name
    (``Wolfgang Schell``, ``Jurgen de Smet``, after an academic title: ``Dr. Ann
    Example``); one word is no full name."""
    words = (without_academic_title(name) if name[:1] in "DP" else name).split()
    return len(words) >= 2 and is_given_name(words[0])


def vouched_or_cjk(name: str, known: Collection[str], *, one_word: bool = False) -> bool:
    """:func:`vouched_for`, or a name written in Chinese or Japanese characters, whose
    shape the reader tells apart without a list of given names."""
    return is_cjk(name) or vouched_for(name, known, one_word=one_word)


def vouched_for(name: str, known: Collection[str], *, one_word: bool = False) -> bool:
    """A person the reader knows by evidence beyond shape: a name the front matter lists
    (``known`` holds name keys), a full name led by a known given name, or - ``one_word``
    - one known given name alone (``Iwan``)."""
    return (key(name) in known or led_by_given_name(name)
            or (one_word and " " not in name and is_given_name(name)))
