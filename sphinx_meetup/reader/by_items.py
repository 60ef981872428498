"""A list whose items end ``… by Ann Example``: a programme, with no talks heading over it.

Under a talks heading (or a ``Our talks:`` line) ``Title by Name`` items are read one by
one: the section says what they are. Elsewhere one such item says little - a list of
news may hold a book ``by`` its author - so the shape is read per list, never per line:
at least three top-level items of one list, more than half of them, end with ``by`` (in
the languages of :mod:`.by_words`: ``Título por Ana Ejemplo``) and people written as
full names, or names the front matter knows - or every item of a shorter list of two
(a page whose whole programme is ``Title par Name`` twice). Those items are the talks,
each by its people; an item of the list that names no one stays as written. Pure: units
in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit, plain
from .broken_rows import row_before_break
from .by_words import BY
from .confidence import SIBLING_SLOT
from .headers import Header, by_tail, tidy_title
from .name_items import unread_lists
from .names import Name, looks_like_name, split_names
from .patterns import LazyPattern

#: items of one list that must end ``by`` full names before any of them is a talk
_MIN_BY = 3
#: or items of a shorter list that all do
_MIN_EVERY = 2


def read(
    units: list[Unit], heads: list[Header], regions: list[str], known: Collection[str]
) -> list[Header]:
    """Headers for the unread ``Title by Name`` items of lists that repeat the shape."""
    added: list[Header] = []
    for items in unread_lists(units, heads, regions, _MIN_EVERY):
        split = {}
        for index in items:
            # (``Title by Ann <br> Ann``: no word joins the name across an HTML break -
            # the text before the break is read when it holds the ``by`` and its people)
            before = row_before_break(units[index].source)
            text = units[index].text
            if before is not None and by_tail(before, known, latin=True, by_label=True):
                text = before  # (its ``by`` and people stand before the break)
            found = (_by_bold(units[index].source, known) or by_tail(text, known, latin=True)
                     or _quoted_with(text, known))
            if found and (title := tidy_title(_quoted_part(found[0]))):
                split[index] = (title, found[1])
        if not ((len(split) >= _MIN_BY and 2 * len(split) > len(items))
                or len(split) == len(items) >= _MIN_EVERY):
            continue
        for index, (title, names) in split.items():
            why = (f"line {units[index].line}: after 'by' closing the item; {SIBLING_SLOT} "
                   f"({len(split)} of {len(items)} items)")
            added.append(Header(index, "line", title=title, own_only=True,
                                slot=(index, names, why)))
    return added


#: ``Acme Community: "Title"`` before the ``by``: a few words (who presents it), then
#: the title the quotes set apart - the closing mark may be written as the opening one
_QUOTED_LAST = LazyPattern(
    r"^(?P<head>[^\"“”„«»:：]{0,60}?)[:：]?\s*+[\"“„«]\s*+(?P<title>[^\"“”„«»]{2,200}?)\s*+"
    r"[\"”“»]$"
)
#: the most words before such a quoted title
_MOST_HEAD_WORDS = 6


def _quoted_part(text: str) -> str:
    """The quoted title closing ``text`` when only a few words stand before it (``Acme
    Community: “Title“``), else ``text``."""
    if not any(mark in text for mark in '"“„«'):
        return text
    match = _QUOTED_LAST.match(text.strip())
    if match is None or len(match["head"].split()) > _MOST_HEAD_WORDS:
        return text
    return match["title"]


#: ``**Title**, with examples, by **Ann Example**, role at Acme``: the people in bold after
#: the ``by``, who they are after a comma - emphasis sets the name apart from the role
_BY_BOLD = LazyPattern(
    rf"^(?P<before>.+?),?\s++(?i:{BY})\s++\*\*(?P<who>[^*]{{3,80}})\*\*\s*+(?:[,(;–—-].*)?$"
)
#: ``**Title**, with examples on Java`` / ``A talk on **Title**``: the bold words are the
#: title, the rest says what kind of talk it is or how it is given
_BOLD_TITLE = LazyPattern(
    r"^\*\*(?P<first>[^*]{3,200})\*\*,\s.*$"
    r"|^(?i:an?\s++(?:talk|presentation|lecture|session|workshop)\s++(?:on|about))\s++"
    r"\*\*(?P<only>[^*]{3,200})\*\*\s*+$"
)


def _by_bold(source: str, known: Collection[str]) -> tuple[str, list[Name]] | None:
    """An item's title and people when its ``by`` names them in bold and goes on with
    who they are (``…, by **Ann Example**, Engineer at Acme``)."""
    if "**" not in source:  # (the bold it needs: most items have none, and the pattern's
        return None  # lazy title is tried at every length of an item before it fails)
    match = _BY_BOLD.match(" ".join(source.split()))  # (an item wrapped over lines)
    if match is None:
        return None
    names = split_names(plain(match["who"]), known)
    if not names or not all(looks_like_name(n.name, known) for n in names):
        return None
    before = match["before"].strip()
    bold = _BOLD_TITLE.match(before)
    title = (bold["first"] or bold["only"]) if bold else before
    return plain(title), names


#: ``"Title" with Ann Example`` / ``"Title", with its creator, Ann Example``: the quotes
#: set the title apart, so ``with`` cannot be the title's word - it says who gives it
_QUOTED_WITH = LazyPattern(
    r"^[\"“](?P<title>[^\"“”]{3,200})[\"”],?\s++with\s++(?:[^,\"“”]{2,80},\s++)?"
    r"(?P<who>[^,\"“”]{3,80}?)\s*+\.?$"
)


def _quoted_with(text: str, known: Collection[str]) -> tuple[str, list[Name]] | None:
    """An item's quoted title and the people ``with`` names after it, each a full name."""
    if " with " not in text or text[:1] not in "\"“":
        return None
    match = _QUOTED_WITH.match(" ".join(text.split()))
    if match is None:
        return None
    names = split_names(match["who"], known)
    if not names or not all(" " in n.name and looks_like_name(n.name, known, strict=True)
                            for n in names):
        return None
    return match["title"].strip(), names
