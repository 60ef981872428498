"""Titles that only say a talk is not known yet: ``TBA``, ``Stay tuned!``, ``à venir``,
``Empty Slot``.

A programme slot or a talk's page titled so holds no talk yet (a talk needs a title the
page states): the slot is shown as written, its people are the event's, and no talk is
made of it.
"""

from __future__ import annotations

import re

from .patterns import LazyPattern

#: a title that only says the talk is still to come, in the pages' languages (``TBA``,
#: ``Stay tuned!``, ``à venir``, ``por definir``, ``Тема уточняется``, ``待定``)
_PLACEHOLDER = LazyPattern(
    r"(?:(?:talk|title|topic|session|sujet|thème|tema|тема|thema|titel|título|titolo)\s*+"
    r"[:：-]?\s*+)?(?:tba|tbd|tbc|to\s+be\s+(?:announced|advised|decided|confirmed|determined)|"
    r"stay\s+tuned|coming\s+soon|more\s+(?:info\s+)?soon|à\s+venir|à\s+(?:confirmer|définir)|"
    r"por\s+(?:definir|confirmar|anunciar)|a\s+(?:definir|confirmar)|da\s+(?:definire|confermare)|"
    r"(?:wird\s+)?noch\s+(?:bekannt\s+gegeben|offen)|folgt|уточняется|будет\s+объявлена|"
    r"待定|敬请期待|未定|미정|"
    # a slot waiting for whoever offers a talk (``Empty Slot``, ``Your talk here``)
    r"(?:empty|open|free|available)\s+slot|slot\s+(?:available|open|free)|"
    r"your\s+(?:talk|title|name)(?:\s+(?:here|goes\s+here))?)[\s.!…?]*+",
    re.IGNORECASE,
)


def is_placeholder(title: str) -> bool:
    """Whether a slot's title only says its talk is not known yet (``TBA``, ``[title
    tbc]``: a bracket around the words changes nothing)."""
    text = title.strip().strip("[](){}<>").strip() if title else ""
    return bool(text) and _PLACEHOLDER.fullmatch(text) is not None
