"""A speaker's name in bold, then the title of their talk on the line below.

``**Ann Example**`` over ``Scaling Postgres in anger`` is the mirror of a bold title over
who gives it (:func:`~.talks._title_over_person`). A bold name over a line is as often a
speaker's profile (``**Ann Example**`` over ``Senior engineer at Acme``) or an organiser
(``Co-organiser``), so the line below is a title only with evidence: the name is a
full name the reader knows (the front matter or a known given name leads it), the line
is no job, organisation, person or sentence, and either a talks section holds it or the
author set it apart as a title (in quotes, or in emphasis whole).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .blocks import SENTENCE_BREAK, Unit, has_colon
from .emphasis import unemphasise
from .given_names import vouched_person
from .headers import Header, tidy_title, title_like
from .labels import Labels
from .names import describes_someone, looks_like_name, split_names
from .patterns import LazyPattern
from .tables import employer

#: ``**Ann Example**``, ``**Ann Example** (Acme Corp)``, ``**Ann Example**, Acme Corp``:
#: a name in bold, where they work after it
_BOLD_NAME = LazyPattern(r"^\*\*(?P<who>[^*]{3,60})\*\*\s*+(?:[,(（].{0,60})?$")
#: a title set apart: wrapped whole in quotes or in emphasis
_SET_APART = LazyPattern(r"^(?:[\"“„«《「].+[\"”“»》」]|([*_])[^*_].*[^*_]\1)$")
#: a title line is short
_TITLE_LINE = 120
#: a title not set apart says more than a place or an employer does (``Berlin,
#: Germany``, ``Delivery Hero``)
_PLAIN_TITLE_WORDS = 3
#: what someone is at the event rather than what they present (``Co-organiser``)
_EVENT_ROLE = LazyPattern(
    r"\b(?:co-?)?(?:organi[sz]er|host|moderator|emcee|mc|volunteer|chair|sponsor)s?\b",
    re.IGNORECASE)
#: a handle or a web address alone: how to reach someone, no title
_CONTACT = LazyPattern(r"^(?:@\S+|\S+\.[a-z]{2,}(?:/\S*)?)$", re.IGNORECASE)
_EVIDENCE = "line {line}: the name in bold over the title of its talk ({why})"


def read(
    units: list[Unit], index: int, known: Collection[str], labels: Labels, *, in_talks: bool
) -> Header | None:
    """The talk ``units[index]`` opens when it is a bold name over its title line (the
    next line of its paragraph): a header on the name's line, its title from the line
    below; else ``None``."""
    unit = units[index]
    if not unit.first or unit.alone or "**" not in unit.source:
        return None
    if (bold := _BOLD_NAME.match(unit.source.strip())) is None:
        return None
    names = split_names(bold["who"], known)
    if len(names) != 1 or not vouched_person(names[0], known):
        return None
    below = units[index + 1] if index + 1 < len(units) else None
    if below is None or below.block is not unit.block or not _last(units, index + 1):
        return None
    set_apart = bool(_SET_APART.match(below.source.strip()))
    if not (set_apart or (in_talks and not _under_speakers(units, index, labels))):
        return None
    title = tidy_title(unemphasise(below.text.strip()))
    if not title or not _title_line(below, title, known) or not (
            set_apart or len(title.split()) >= _PLAIN_TITLE_WORDS):
        return None
    why = "a talks section" if in_talks else "the title set apart"
    return Header(index, "line", title=title, wrapped=1,
                  slot=(index, names, _EVIDENCE.format(line=unit.line, why=why)))


def _under_speakers(units: list[Unit], index: int, labels: Labels) -> bool:
    """Whether the heading above names the section's people (``## Speakers``): a plain
    line under a name there says who they are as often as what they present."""
    heading = next((units[at] for at in range(index - 1, -1, -1)
                    if units[at].kind == "heading"), None)
    return heading is not None and labels.only("speaker").match(heading.text) is not None


def _last(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` closes its paragraph: the name and the title are the
    paragraph's two lines, no profile going on below them."""
    return index + 1 >= len(units) or units[index + 1].block is not units[index].block


def _title_line(below: Unit, text: str, known: Collection[str]) -> bool:
    """Whether the line under the name reads as a title, not as who they are."""
    return (len(text) <= _TITLE_LINE and title_like(below, in_block=True)
            and not has_colon(text) and not SENTENCE_BREAK.search(text)
            and not describes_someone(text) and not employer(text)
            and not looks_like_name(text, known) and "://" not in text
            and not text.endswith((".", "。")) and not _EVENT_ROLE.search(text)
            and not _CONTACT.match(text))
