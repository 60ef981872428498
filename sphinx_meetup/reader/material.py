"""Headings that only name a talk's material: its slides, its handout, its video.

Minutes and recaps put a talk's deck or recording under a heading of its own, at the
level of the talk's heading (``### 1 Title`` then ``### PDF`` and an embedded viewer):
such a heading is part of the talk above it, never a talk of its own - a word for a file
or a recording titles nothing.
"""

from __future__ import annotations

from .labels import Labels

#: the roles whose words name material: slides (PDF, 讲义, PPT…) and recordings (视频…)
_MATERIAL = ("slides", "replay")


def media_heading(text: str, labels: Labels) -> bool:
    """Whether a heading is nothing but a material word (``PDF``, ``讲义``, ``Slides``,
    ``视频``, ``Video:``)."""
    return bool(text) and bool(labels.any_role("only", _MATERIAL).match(text))
