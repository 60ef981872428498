"""Markdown emphasis and code marks around text, removed the way Markdown reads them.

``**Jane Doe**``, ``*new*``, ``_word_``, ``介绍**张三**的`` and ```kubectl``` lose their
marks; ``jane_doe``, ``A*B``, ``5 * 3 * 4`` and ``C_`` keep theirs, since Markdown shows
those characters as they are (a name written ``jane_doe`` is ``jane_doe`` on the card
and in ``:meetup:speaker:``). Linear whatever the text holds: openers and closers are
found once each and paired by bisection, where the pattern ``(\\*\\*|__|\\*|_)(.+?)\\1``
looked to the end of the line again from every opener.
"""

from __future__ import annotations

import bisect
import re

from .memo import per_read

#: longest first, so ``**a**`` is read as strong, not as two empty emphases
MARKS = ("**", "__", "*", "_", "`")
#: marks nested in marks (``***a***``) are unwrapped in a few passes, not recursively
_PASSES = 3


def unemphasise(text: str) -> str:
    """``text`` without the emphasis and code marks Markdown would not show."""
    if "*" not in text and "_" not in text and "`" not in text:
        return text
    return _unemphasised(text)


@per_read  # (behind the test above: most texts hold no mark, and keeping their answer
# cost more than the test - 12% of the texts asked were asked again)
def _unemphasised(text: str) -> str:
    for _ in range(_PASSES):
        unwrapped = _unwrap_once(text)
        if unwrapped == text:
            break
        text = unwrapped
    return text


def _unwrap_once(text: str) -> str:
    openers = sorted(
        (match.start(), priority, mark)
        for priority, mark in enumerate(MARKS)
        if mark[0] in text
        for match in _OPENS[mark].finditer(text)
    )
    if not openers:
        return text
    closers = {mark: [m.start() for m in _CLOSES[mark].finditer(text)] for mark in MARKS
               if mark[0] in text}
    pieces, last = [], 0
    for at, _priority, mark in openers:
        if at < last:
            continue  # inside a pair already unwrapped, or its closing mark
        after = at + len(mark)
        found = closers[mark]
        index = bisect.bisect_left(found, after + 1)  # at least one character inside
        if index < len(found):
            pieces += [text[last:at], text[after : found[index]]]
            last = found[index] + len(mark)
    pieces.append(text[last:])
    return "".join(pieces)


def _lookahead(mark: str, opening: bool) -> re.Pattern[str]:
    """Where ``mark`` opens (text follows; ``_`` not after a letter) or closes (text
    before it; ``_`` not before a letter): the matches' starts. Each match is the mark's
    first character alone, what stands around it looked at from there - so overlapping
    places (each ``**`` of ``****``) are all found, as zero-width matches found them,
    and a search skips ahead to that character (a pattern that opens with a look-around
    is tried at every position of the text); a run of ``_`` opens only at its start and
    closes only at its end."""
    first, rest = re.escape(mark[0]), re.escape(mark[1:])
    if mark == "`":
        return re.compile(rf"{first}(?=.)" if opening else rf"{first}(?<=.{first})", re.S)
    if opening:
        before = rf"(?<!\w{first})" if mark[0] == "_" else ""
        return re.compile(rf"{first}{before}(?={rest}\S)")
    after = r"(?!\w)" if mark[0] == "_" else ""  # ``*`` closes inside a word: 介绍**张三**的
    ahead = rf"(?={rest}{after})" if rest or after else ""
    return re.compile(rf"{first}(?<=\S{first}){ahead}")


_OPENS = {mark: _lookahead(mark, opening=True) for mark in MARKS}
_CLOSES = {mark: _lookahead(mark, opening=False) for mark in MARKS}
