"""A talks section's list whose items end with who gives them: ``- Firebase (Ann Example)``,
``- UX [@ann](https://…)``, ``- Title (Ann Example): what it is about``.

A bracket after a title says many things (``(Part 2)``, ``(in English)``, ``(30 min)``)
and one item proves nothing, so the shape is read per list, and only under a heading or
line that says the list holds the talks: at least two top-level items of one list, more
than half of them, end with a bracket holding people's full names (two capitalised
words or more, or names the front matter knows), one given name the reader knows
(:mod:`.given_names`: ``- Testing in Python (Iwan)``) or a link whose text is an
``@handle`` (the person as they go by online). Then a sibling whose bracket holds one
capitalised word (a given name: ``- Kanban (Jo)``) is read the same way, the repeated
shape standing for a label. Outside a talks section the list is read only when name
knowledge vouches for every person of those items (a full name led by a known given
name, one known given name, or front-matter people). Items of any other shape stay as
written. Pure: units in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit, plain
from .confidence import ITEM_HANDLE, SIBLING_SLOT
from .given_names import is_given_name, vouched_for
from .headers import Header, by_bracket, tidy_title
from .labels import DEFAULT as DEFAULT_LABELS
from .name_items import list_runs, unread_lists
from .names import (
    HANDLE,
    Name,
    describes_someone,
    is_organisation,
    looks_like_name,
    split_names,
)
from .names import key as key_of
from .patterns import LazyPattern

#: ``Title (Ann Example)``: the last bracket closes the item
_BRACKETED = LazyPattern(r"^(?P<title>[^()（）]*?\S)\s*+[(（](?P<who>[^()（）]{2,60})[)）]$")
#: ``"Title (with brackets)" (Ann Example)``: a quoted title may hold brackets of its own
_QUOTED_BRACKETED = LazyPattern(
    r"^[\"“„«](?P<title>[^\"“”„«»]+)[\"”»]\s*+[(（](?P<who>[^()（）]{2,60})[)）]$"
)
#: what a text either pattern matches ends with: its closing bracket, last or before a
#: last newline (where ``$`` matches too) - tested first: most items end otherwise, and
#: the patterns' lazy title tries every length of the text before failing
CLOSING_BRACKET = (")", "）", ")\n", "）\n")
#: one word in a talk's closing bracket that says what the talk is: its level, its
#: form, its language (English, Spanish, French, German, Portuguese)
_NOT_GIVEN_NAMES = frozenset({
    "beginner", "beginners", "intermediate", "advanced", "expert", "intro", "introduction",
    "basics", "remote", "online", "live", "hybrid", "onsite", "recorded", "workshop",
    "lightning", "keynote", "panel", "demo", "tutorial", "english", "spanish", "french",
    "german", "portuguese", "chinese", "japanese", "español", "inglés", "français", "anglais",
    "deutsch", "englisch", "português", "inglês", "principiante", "avanzado", "intermedio",
    "débutant", "avancé", "anfänger", "fortgeschritten", "iniciante", "avançado", "tba",
    "tbd", "new", "cancelled", "canceled", "postponed", "update", "updated", "draft",
    # the day a recording or a session is of (``Day 1 Lightning Talks (Monday)``)
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "morning", "afternoon", "evening",
})


def _item_and_abstract(text: str) -> tuple[str, str]:
    """``Title (Ann Example): what the talk is about``: the item up to the bracket a colon
    or a dash follows, and the abstract after it (kept as the talk's text); else the item
    whole and no abstract."""
    if ")" not in text and "）" not in text:
        return text, ""
    match = _THEN_ABSTRACT.match(text)
    if match is None:
        return text, ""
    item = match["item"]
    return item, text[len(item):].strip().lstrip(":：-–—").strip()


#: a title and its closing bracket, then a colon or a spaced dash and the abstract
_THEN_ABSTRACT = LazyPattern(
    r"^(?P<item>[^()（）:：]*?[^()（）:：\s]\s*+[(（][^()（）]{2,60}[)）])(?:\s*+[:：]|\s++[-–—])\s++\S"
)


#: items of one list that must name their people so before any is read
_MIN_SHAPED = 2


def read(
    units: list[Unit], heads: list[Header], regions: list[str], known: Collection[str]
) -> list[Header]:
    """Headers for the items of talks-section lists that end with their speakers."""
    added: list[Header] = []
    for items in unread_lists(units, heads, regions, minimum=_MIN_SHAPED):
        sure = {index: found for index in items
                if (found := _sure(units[index], known) or _known_given_name(units[index]))}
        if any(regions[index] != "talks" for index in items):
            # outside a talks section a bracket says too many things - unless knowing
            # given names says it holds people (``Testing in Python (Iwan)``)
            sure = {index: found for index, found in sure.items()
                    if _known_people(found[1], known)}
        if len(sure) < _MIN_SHAPED or 2 * len(sure) <= len(items):
            continue
        for index in items:
            found = sure.get(index) or _given_name(units[index])
            if found is None:
                continue
            title, names, why = found
            why = (f"line {units[index].line}: {why}; {SIBLING_SLOT} "
                   f"({len(sure)} of {len(items)} items)")
            added.append(Header(index, "line", title=title, own_only=True,
                                slot=(index, names, why),
                                note=_item_and_abstract(units[index].text)[1]))
    return added


def _known_given_name(unit: Unit) -> tuple[str, list[Name], str] | None:
    """``Testing in Python (Iwan)``: one given name the table knows in the closing
    bracket - as sure as a full name."""
    found = _given_name(unit)
    return found if found is not None and is_given_name(found[1][0].name) else None


def _known_people(names: list[Name], known: Collection[str]) -> bool:
    """Every person a full name led by a known given name, one known given name, or a
    name the front matter lists."""
    return all(vouched_for(name.name, known, one_word=True) for name in names)


def _sure(unit: Unit, known: Collection[str]) -> tuple[str, list[Name], str] | None:
    """(title, people, evidence) of an item ending with full names in brackets or with
    a handle's link; else ``None``."""
    if (handle := _handle_at_end(unit)) is not None:
        return handle
    text = _item_and_abstract(unit.text)[0]
    found = bracketed_people(text, known)
    if found:
        return (*found, "the people in brackets closing the item")
    found = _bracketed_person_at(text, known)
    return (*found, "the person and where they work in brackets closing the item") if (
        found) else None


#: ``Ann Example, Example Corp`` / ``Ann Example @ Example`` / ``Ann Example from
#: Example``: who, then where they work
_PERSON_AT = LazyPattern(
    r"^(?P<name>[^,，@]+?)\s*(?:[,，]|\s@|\sfrom\s|\s[-–—]\s)\s*(?P<where>\S.*)$"
)


_HOST_WORDS = frozenset(word.casefold() for word in DEFAULT_LABELS.host)


def _bracketed_person_at(text: str, known: Collection[str]) -> tuple[str, list[Name]] | None:
    """``Title (Ann Example, Example Corp)``: one full name, then where the person works
    (an organisation or a job - not another person), closing the item."""
    if not text.endswith(CLOSING_BRACKET):
        return None
    match = _BRACKETED.match(text)
    person = _PERSON_AT.match(match["who"].strip()) if match else None
    if person is None:
        return None
    name, where = person["name"].strip(), person["where"].strip()
    if where.casefold().strip(" .") in _HOST_WORDS:
        return None  # ``开场（名，主持人）`` / ``Welcome (Ann Example, host)``: the host's words
    if not looks_like_name(name, known, strict=True) or is_organisation(name) or (
            looks_like_name(where, known, strict=True) and not (
                is_organisation(where) or describes_someone(where))):
        return None
    title = tidy_title(match["title"])
    return (title, [Name(name, [], where)]) if title else None


#: items of one list read as ``Title (by Ann Example)`` before their siblings are read so
_MIN_BY_SIBLINGS = 2


def by_siblings(
    units: list[Unit], heads: list[Header], regions: list[str], known: Collection[str]
) -> list[Header]:
    """The unread items of a list whose read items close with ``(by Full Name)``: where
    two items or more are read so and more than half of the list closes with such a
    bracket, a sibling closing with ``(by handle)`` or with a bracket of full names
    (``(Ann Example)``, the ``by`` left out) names its speaker the same way - the
    repeated slot stands for a label."""
    read_at = {head.index for head in heads}
    added: list[Header] = []
    for items in list_runs(units, regions, minimum=3):
        if any(units[index].kind != "item" for index in items):
            continue
        shaped = [index for index in items if index in read_at
                  and by_bracket(units[index].text, known) is not None]
        if len(shaped) < _MIN_BY_SIBLINGS:
            continue
        unread = {index: found for index in items if index not in read_at and (
            found := by_bracket(units[index].text, known, handles=True)
            or bracketed_people(units[index].text, known))}
        if 2 * (len(shaped) + len(unread)) <= len(items):
            continue  # the shape is not the list's
        for index, found in unread.items():
            if not (title := tidy_title(found[0])):
                continue
            why = (f"line {units[index].line}: the bracket closing the item; {SIBLING_SLOT} "
                   f"({len(shaped)} of {len(items)} items close with 'by' and full names)")
            added.append(Header(index, "line", title=title, own_only=True,
                                slot=(index, found[1], why)))
    return added


def bracketed_people(text: str, known: Collection[str]) -> tuple[str, list[Name]] | None:
    """``Title (Ann Example)``: the title and the full names (or names the front matter
    knows) its closing bracket holds - no organisation - else ``None``."""
    if not text.endswith(CLOSING_BRACKET):
        return None
    match = _QUOTED_BRACKETED.match(text) or _BRACKETED.match(text)
    if match is None:
        return None
    names = split_names(match["who"], known)
    if not names or not all(
        looks_like_name(name.name, known, strict=True) and not is_organisation(name.name)
        for name in names
    ):
        return None
    title = tidy_title(match["title"])
    return (title, names) if title else None


#: ``**Title** (_Ann Example_):`` - a bold title (brackets of its own allowed), then a
#: bracket closing the line (a colon may follow)
_BOLD_THEN_BRACKET = LazyPattern(
    r"(\*\*|__)(?P<title>[^*_]+?)\1\s*+[(（](?P<who>[^()（）]{2,60})[)）]\s*+[:：]?\s*+$"
)


def bold_title_known(unit: Unit, index: int, known: Collection[str]) -> Header | None:
    """``**Title** (_Ann Example_):`` opening a paragraph: a bold title whose closing
    bracket holds only people the front matter lists - their names are the evidence, as
    a label would be; the abstract follows."""
    if not known or not unit.first:
        return None
    match = _BOLD_THEN_BRACKET.match(unit.source)
    if match is None:
        return None
    names = split_names(match["who"].strip(" *_"), known)
    if not names or not all(key_of(name.name) in known for name in names):
        return None
    title = tidy_title(plain(match["title"]))
    return Header(index, "line", title=title, names=names) if title else None


def _handle_at_end(unit: Unit) -> tuple[str, list[Name], str] | None:
    """``UX [@ann](https://…)``: the title, then the person's handle as the last link."""
    if not unit.block.links:
        return None
    text, _url = unit.block.links[-1]
    handle = HANDLE.fullmatch(text.strip())
    written = unit.text.rstrip()
    if handle is None or not written.endswith(text.strip()):
        return None
    title = tidy_title(written[: -len(text.strip())].rstrip(" -–—:,"))
    return (title, [Name(handle["handle"])], ITEM_HANDLE) if title else None


def _given_name(unit: Unit) -> tuple[str, list[Name], str] | None:
    """``Kanban (Jo)``: one capitalised word in the closing bracket (a given name), read
    only beside siblings that name people so."""
    text = _item_and_abstract(unit.text)[0]
    match = _BRACKETED.match(text) if text.endswith(CLOSING_BRACKET) else None
    if match is None:
        return None
    who = match["who"].strip()
    if len(who.split()) != 1 or not who[:1].isupper() or not who.isalpha() or who.isupper():
        return None
    if who.casefold() in _NOT_GIVEN_NAMES:
        return None  # ``Rust (Advanced)``, ``Zig (English)``: what the talk is, not who
    if describes_someone(who) or is_organisation(who) or not looks_like_name(who, strict=False):
        return None
    title = tidy_title(match["title"])
    return (title, [Name(who)], "a given name in brackets closing the item") if title else None
