"""Headings that only name a talk's material: its slides, its handout, its video.

Minutes and recaps put a talk's deck or recording under a heading of its own, at the
level of the talk's heading (``### 1 Title`` then ``### PDF`` and an embedded viewer):
such a heading is part of the talk above it, never a talk of its own - a word for a file
or a recording titles nothing.
"""

from __future__ import annotations

import re

from .labels import Labels
from .patterns import LazyPattern

#: the roles whose words name material: slides (PDF, 讲义, PPT…) and recordings (视频…)
_MATERIAL = ("slides", "replay")


#: pictures of the talk (``### 截图``, ``### Photos``): its material as well
_PICTURES = LazyPattern(r"^\W*(?:截图|截屏|现场照片|照片|图片|screenshots?|photos?|pictures?)\W*$",
                       re.IGNORECASE)


def media_heading(text: str, labels: Labels) -> bool:
    """Whether a heading is nothing but a material word (``PDF``, ``讲义``, ``Slides``,
    ``视频``, ``Video:``, ``截图``)."""
    return bool(text) and (bool(labels.any_role("only", _MATERIAL).match(text))
                           or bool(_PICTURES.match(text)))
