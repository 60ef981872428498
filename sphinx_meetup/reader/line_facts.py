"""What a body line is, read once: the cheap facts the line readers' questions need.

A plain paragraph line is asked some twenty pattern questions and sixty reader calls a
read, many of them the same question by several readers (docs/performance.md, "Reader
speed, stop 40"): does it hold a colon - ``has_colon``, eight times a line, before each
label pattern - and may it open with a clock (``headers.timed``, with its two readers of
HTML line breaks, on every line of every block). :func:`.blocks.units_of` asks these
once, when it makes the line's :class:`~.blocks.Unit`, and keeps the answers on it as
plain flags (a record object made for each line cost more than it spared); a reader
whose answer needs what the line lacks skips it. Each fact is a necessary condition,
never a reading: a property test shows the gated question false wherever its gate
skips (``tests/test_reader_line_facts.py``).
"""

from __future__ import annotations


def has_colon(text: str) -> bool:
    """A cheap test before trying label patterns, which all need a colon (or 【】)."""
    return ":" in text or "：" in text or "】" in text


def may_be_timed(text: str, source: str) -> bool:
    """Whether :func:`.headers.timed` may read a row from a line of ``text`` (as read)
    and ``source`` (as written): each of its clocks opens with a digit, and a row broken
    by an HTML ``<br>`` is read from the part before the break."""
    return text[:1].isdecimal() or "<br" in source or "<BR" in source
