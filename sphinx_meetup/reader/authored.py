"""An ``Author:`` line beside the page's own title as a ``Title:`` line: the speaker.

On a blog ``Author:`` names who wrote the post, and the reader never takes it for a
speaker's label. A seminar's page often describes its one talk as a labelled list -
``- **Título:** _Title_``, ``- **Autor:** Name``, ``- **Fecha:** …`` - where the talk's
author is the person who presents it. The label is read as a speaker's only there: on a
page one of whose list items is a ``Title:`` line restating the page's own title (or
opening with it), another item of that same list being the ``Author:`` line. Pure: units
and labels in, labels out.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from .blocks import Unit, fold, item_run
from .content import label_value
from .labels import Labels
from .patterns import LazyPattern

#: the author's label in the languages the reader knows
AUTHOR_WORDS = ("autor", "autora", "autores", "author", "authors", "auteur", "auteurs",
                "autore", "autori", "autrice", "autorin")
_AUTHOR_LINE = LazyPattern(
    r"^(?:" + "|".join(AUTHOR_WORDS) + r")\s*+[:：]\s*+\S", re.IGNORECASE)
#: what wraps a title in a list item (``_Title_``, ``*Title*``, quotes)
_WRAPPING = "_*\"'“”«» "


def labels_for(units: list[Unit], labels: Labels, title: str) -> Labels:
    """``labels``, with the author's label a speaker's when the page's list says so."""
    if not title or not any(unit.kind == "item" and _AUTHOR_LINE.match(unit.text)
                            for unit in units):
        return labels
    wanted = title.strip(_WRAPPING)
    for index, unit in enumerate(units):
        if unit.kind != "item" or not unit.first:
            continue
        value = label_value(unit, labels, "topic")
        if value is None or not _restates(value.strip(_WRAPPING), wanted):
            continue
        if any(_AUTHOR_LINE.match(units[other].text)
               for other in item_run(units, index) if other != index):
            return _with_authors(labels)
    return labels


def _restates(value: str, title: str) -> bool:
    """Whether a ``Title:`` line's value is the page's title, or opens with a title of
    three words or more that the page shortened (``Title: subtitle``)."""
    if fold(value) == fold(title):
        return True
    value, title = " ".join(value.casefold().split()), " ".join(title.casefold().split())
    return (len(title.split()) >= 3 and value.startswith(title)
            and not value[len(title)].isalnum())


@functools.lru_cache(maxsize=8)
def _with_authors(labels: Labels) -> Labels:
    """``labels`` with the author's words among the speaker's (kept: compiling a set of
    labels' patterns is paid once a build, not once a page)."""
    return dataclasses.replace(labels, speaker=labels.speaker + AUTHOR_WORDS)
