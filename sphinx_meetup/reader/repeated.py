"""Talks read by repeated structure, where the shape-by-shape reader found none.

A page from a site nobody has seen writes its programme its own way, but it writes
every talk of it the same way: sibling blocks that share one shape - headings of one
level under one parent, the items of one list, bold-led paragraphs of one section -
each carrying a person. This reader looks only at that: which blocks are siblings, and
whether (nearly) each of them holds evidence of a person:

* a person the front matter lists (or an alias of theirs) named in the block, or
* a speaker slot on the block's title line, the same slot on every sibling: ``Title by
  Name``, ``Name (Org): Title``, ``Title (Name, Org)``, ``Title - Name``/``标题，名``
  ``Name - Title`` (names that read as people: known to the page, a surname-led
  Chinese name, two or more capitalised words, or a name with its employer).

It fires only when two or more siblings carry evidence and at most one does not; the
title is the title line without the person, the speakers the people found. Anything
less is no programme: it finds nothing (never invents). The caller runs it only on a
page with no talk, and the programme gates (:mod:`.confidence`, :mod:`.trust`) judge
what it finds like any other reading. Pure: units in, talks out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Speaker, Talk
from .blocks import Block, Unit
from .content import add_names, by_line
from .headers import (
    by_heading,
    is_label,
    split_title_names,
    starts_with_clock,
    tidy_title,
    timed_rest,
    who_colon_parts,
)
from .labels import Labels
from .names import (
    Name,
    clean,
    is_latin_name,
    is_organisation,
    key,
    looks_like_name,
    parse_name,
    says_how,
    split_names,
)
from .slots import first_clause, is_role, slot_names

#: what a group of siblings is called in a talk's evidence
_KINDS = {"heading": "headings of one level", "item": "items of one list",
          "paragraph": "bold-led paragraphs of one section"}
#: a title line longer than this is prose, not a title with its speaker
_MAX_LINE = 200
#: ``Title (Name, Organisation)`` closing a title line
_BRACKET = re.compile(r"^(?P<title>.*\S)\s*+[(（](?P<inner>[^()（）]{2,120})[)）]$")
#: ``Name - Title`` / ``名 —— 标题`` / ``Name | Title``: who first, a spaced dash or bar
#: (a comma after a name starts the person's job far more often than a title)
_WHO_FIRST = re.compile(r"^(?P<who>[^-–—|｜:：]{2,60}?)\s+(?:[-–—|｜]{1,2})\s+(?P<title>\S.*)$|"
                        r"^(?P<cjk_who>[^-–—|｜:：\s]{2,30}?)\s*+——\s*+(?P<cjk_title>\S.*)$")
#: the marker that opens a list item's own first line (not a paragraph inside an item)
_ITEM_MARK = re.compile(r"^\s{0,12}(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
#: a line that ends as a sentence does: prose, not a title line
_SENTENCE_END = (".", "。", "!", "！", "?", "？", ";", "；", ",", "，", ":", "：")


@dataclass(slots=True)
class _Member:
    """One sibling block: its title line and the units it holds (section included)."""

    head: int
    units: list[int]
    title: str = ""
    people: list[Name] = field(default_factory=list)
    shape: str | None = None
    why: str = ""


def read(
    units: list[Unit], labels: Labels, speakers: list[Speaker], body_lines: list[str],
    first_line: int,
) -> tuple[list[Talk], set[int], range] | None:
    """The talks of the one group of sibling blocks whose members (all but at most one)
    carry a person, with the file lines they used and the lines of the section they
    stand in; ``None`` when no group does.

    ``speakers`` are the front matter's people; ``body_lines`` the body as written
    (``first_line`` its first file line), to tell a list item from a paragraph in it.
    """
    if len(units) < 2:
        return None
    known = frozenset(key(name) for speaker in speakers for name in speaker.names)
    best: tuple[int, str, list[_Member]] | None = None
    for kind, group in _groups(units, body_lines, first_line):
        read_group = _read_group(group, units, known, speakers, labels)
        if read_group is None:
            continue
        named = sum(1 for member in read_group if member.people)
        if best is None or named > best[0]:
            best = (named, kind, read_group)
    if best is None:
        return None
    _named, kind, members = best
    talks: list[Talk] = []
    used: set[int] = set()
    for member in members:
        unit = units[member.head]
        talk = Talk(title=member.title, line=unit.line)
        talk.evidence[""] = (
            f"line {unit.line}: one of {len(members)} sibling {_KINDS[kind]} read alike "
            "(repeated structure)"
        )
        add_names(talk, member.people, member.why)
        if not talk.speakers and (_quiet(member.title, labels) or starts_with_clock(unit.text)):
            # a timed row naming no one among rows that do: as likely the doors, a
            # welcome or a wrap-up as a talk - an agenda entry, not a talk (the
            # programme gate doubts such rows in other readings for the same reason)
            talk.kind = "break"
        talks.append(talk)
        used.add(unit.line)
    return talks, used, _section(units, members, kind)


def _section(units: list[Unit], members: list[_Member], kind: str) -> range:
    """The file lines of the section the siblings stand in: from the heading above them
    (above their level, for headings) to the next heading of that heading's level or
    higher - where the programme they make is."""
    first, last = members[0].head, members[-1].units[-1]
    top = units[members[0].head].block.level if kind == "heading" else 99
    parent = next((index for index in range(first - 1, -1, -1)
                   if units[index].kind == "heading" and units[index].block.level < top), None)
    start = units[parent].line if parent is not None else 0
    level = units[parent].block.level if parent is not None else 0
    end = next((units[index].line for index in range(last + 1, len(units))
                if units[index].kind == "heading" and units[index].block.level <= level),
               units[-1].line + 1 if units else 0)
    return range(start, end)


def _quiet(title: str, labels: Labels) -> bool:
    from .agenda import is_break_title, is_remarks

    return is_break_title(title, labels) or is_remarks(title, labels)


def _groups(
    units: list[Unit], body_lines: list[str], first_line: int
) -> list[tuple[str, list[_Member]]]:
    """Every group of sibling blocks with two or more members, as (kind, members)."""
    blocks: list[tuple[Block, list[int]]] = []
    for index, unit in enumerate(units):
        if unit.first:
            blocks.append((unit.block, [index]))
        elif blocks:
            blocks[-1][1].append(index)
    groups: list[tuple[str, list[_Member]]] = []
    groups += [("heading", members) for members in _heading_groups(blocks)]
    groups += [("item", members) for members in _item_groups(blocks, body_lines, first_line)]
    groups += [("paragraph", members) for members in _bold_groups(blocks, units)]
    return [(kind, members) for kind, members in groups if len(members) >= 2]


def _heading_groups(blocks: list[tuple[Block, list[int]]]) -> list[list[_Member]]:
    """Headings of one level under one parent heading, each with its section."""
    groups: dict[tuple[int, int], list[_Member]] = {}
    parents: dict[int, int] = {}  # level -> index of the last heading of that level
    for position, (block, indices) in enumerate(blocks):
        if block.kind != "heading":
            continue
        level = block.level
        parent = max((at for lvl, at in parents.items() if lvl < level), default=-1)
        parents = {lvl: at for lvl, at in parents.items() if lvl < level}
        parents[level] = position
        section = list(indices)
        for later, later_indices in blocks[position + 1 :]:
            if later.kind == "heading" and later.level <= level:
                break
            section += later_indices
        groups.setdefault((level, parent), []).append(_Member(indices[0], section))
    return list(groups.values())


def _item_groups(
    blocks: list[tuple[Block, list[int]]], body_lines: list[str], first_line: int
) -> list[list[_Member]]:
    """The items of one list at one depth, each with what is nested under it."""
    groups: list[list[_Member]] = []
    run: list[tuple[Block, list[int]]] = []
    for block, indices in [*blocks, (None, [])]:
        if block is not None and block.kind == "item":
            run.append((block, indices))
            continue
        if run:
            depth = min(item.level for item, _ in run)
            members: list[_Member] = []
            for item, indices_ in run:
                offset = item.line - first_line
                opens = 0 <= offset < len(body_lines) and _ITEM_MARK.match(body_lines[offset])
                if item.level == depth and opens:
                    members.append(_Member(indices_[0], list(indices_)))
                elif members:
                    members[-1].units += indices_
            groups.append(members)
        run = []
    return groups


def _bold_groups(blocks: list[tuple[Block, list[int]]], units: list[Unit]) -> list[list[_Member]]:
    """Paragraphs of one section that open with a bold line, each with the paragraphs
    that follow it up to the next such one."""
    groups: list[list[_Member]] = [[]]
    for block, indices in blocks:
        if block.kind == "heading":
            groups.append([])
            continue
        if block.kind == "paragraph" and units[indices[0]].bold:
            groups[-1].append(_Member(indices[0], list(indices)))
        elif groups[-1]:
            groups[-1][-1].units += indices
    return groups


def _read_group(
    members: list[_Member], units: list[Unit], known: frozenset[str], speakers: list[Speaker],
    labels: Labels,
) -> list[_Member] | None:
    """``members`` each read, when all but at most one carry a person read the one way
    (a front-matter person named in the block counts with any shape); else ``None``."""
    shapes: set[str] = set()
    missing = 0
    for member in members:
        text = units[member.head].text
        if not text or len(text) > _MAX_LINE:
            return None
        if starts_with_clock(text):  # ``19:00 Title by Name``: the clock is no title's
            text = timed_rest(text) or ""
        if _fact_line(text, labels):
            return None  # ``时间：…`` / ``Venue: …`` among them: a list of the event's facts
        found = _slot(text, known)
        if found is not None and not _title_ok(found[0], labels):
            found = None
        if found is not None:
            member.title, member.people, member.shape = found
            member.why = (f"line {units[member.head].line}: speaker slot ({member.shape}) "
                          "on the title line, as on its siblings")
            shapes.add(member.shape)
            continue
        member.title = tidy_title(text)
        if text.endswith(_SENTENCE_END) and not text.endswith((":", "：")):
            return None  # a sentence: these blocks are prose, not a programme
        if not _title_ok(member.title, labels):
            missing += 1  # (no evidence: ``Speakers`` over a name and role is no talk)
            if missing > 1:
                return None
            continue
        under = _under_title(member, units, known)
        if under is not None:
            member.people, member.shape = under
            line = units[member.units[1]].line
            member.why = f"line {line}: speaker slot ({member.shape}) under the title"
            shapes.add(member.shape)
            continue
        person = _named(member, units, speakers)
        if person is not None:
            member.people = [person]
            member.shape = "known"
            member.why = (f"line {units[member.head].line}: front-matter speaker named in "
                          "the block")
        elif not _quiet(member.title, labels):
            missing += 1
            if missing > 1:
                return None  # two siblings naming no one: no programme (and no more work)
    if len(shapes) > 1:
        return None  # siblings that give their people differently are not read alike
    if shapes & {"Name: Title", "Name - Title"} and not _vouched(members, known):
        return None
    if shapes:  # the one sibling the slot did not read, read the same way, less strictly
        shape = next(iter(shapes))
        for member in members:
            if not member.people:
                _same_slot(member, units[member.head], shape, known, labels)
    if any(not member.title for member in members):
        return None
    named = [member for member in members if member.people]
    # a break (coffee, lunch, a welcome) names no one and is no missing evidence
    talks = [member for member in members if member.people or not _quiet(member.title, labels)]
    if len(named) < 2 or len(named) < len(talks) - 1:
        return None
    people = [key(person.name) for member in named for person in member.people]
    if len(set(people)) < 2 and len(named) > 1:
        return None  # one person in every block: the page's host or author, not a programme
    return members


def _slot(
    text: str, known: frozenset[str], *, loose: bool = False
) -> tuple[str, list[Name], str] | None:
    """The title line read with a speaker slot: (title, people, the slot's shape);
    ``loose``: a name of one capitalised word counts (the siblings gave the shape)."""
    by = by_heading(text, known)
    if by is not None and by[1] and all(_person(name, known, loose=loose) for name in by[1]):
        return by[0], by[1], "by Name"
    parts = who_colon_parts(text)
    if parts is not None and parts[2]:
        who, inner, title = parts
        people = split_names(who, known)
        if people and all(_person(name, known, loose=loose) for name in people):
            if inner and len(people) == 1:  # ``Name (Org)``, ``Name (nickname)``
                people[0] = parse_name(f"{people[0].name}（{clean(inner)}）")
            title = tidy_title(title)
            return (title, people, "Name: Title") if title else None
    # ``Title - Two Words``: a Western name unknown to the page needs its employer
    # there (``Clocks - Time Zones`` is a topic list)
    split = split_title_names(text, known, latin=False)
    if split is not None and not _spaced(text, split[0]):
        split = None  # ``Monge-Ampère``, ``Jean-Luc``: a hyphen inside words joins them
    if split is not None and all(_person(name, known, loose=loose) for name in split[1]):
        title = tidy_title(split[0])
        return (title, split[1], "Title - Name") if title else None
    first = _WHO_FIRST.match(text)
    if first is not None:
        who = first["who"] or first["cjk_who"]
        title = tidy_title(first["title"] or first["cjk_title"])
        people = split_names(who, known)
        if title and people and all(_person(name, known, loose=loose) for name in people):
            return title, people, "Name - Title"
    bracket = _BRACKET.match(text)
    if bracket is not None and not says_how(bracket["inner"]):
        whole = parse_name(bracket["inner"])  # ``(Name, Employer)``: one person
        people = [whole] if whole.affiliation else split_names(bracket["inner"], known)
        if people and all(_person(name, known, loose=loose) for name in people):
            title = tidy_title(bracket["title"])
            return (title, people, "Title (Name)") if title else None
    return None


def _under_title(
    member: _Member, units: list[Unit], known: frozenset[str]
) -> tuple[list[Name], str] | None:
    """The people of the line right under the title line, when it is a speaker line:
    ``By Name`` (a label: the people it names are the block's speakers)."""
    if len(member.units) < 2:
        return None
    unit = units[member.units[1]]
    if unit.kind == "heading" or len(unit.text) > _MAX_LINE:
        return None
    people = by_line(replace(unit, first=True), known)  # (a line of its own, or not)
    if people and all(_person(name, known) for name in people):
        return people, "By line"
    # (a bare ``Name (Org)`` / ``名，职位`` line under each sibling is no evidence of a
    # talk: team and committee lists are written the same way)
    return None


def _vouched(members: list[_Member], known: frozenset[str]) -> bool:
    """``Name: Title`` / ``Name - Title`` siblings: capitalised words before a colon or
    a dash are as often a topic (``Getting Started: …``) as a person. Western names the
    page does not know count when a sibling writes a bracket after its name (``Ann Lee
    (Example Labs):``, ``Bo Chan (bochan):``) - what a topic never has."""
    people = [person for member in members for person in member.people]
    if all(key(person.name) in known or not is_latin_name(person.name) for person in people):
        return True
    return any(person.affiliation or person.aliases for person in people)


def _fact_line(text: str, labels: Labels) -> bool:
    """``时间：…`` / ``Venue: …``: a label of the event's facts (or of a person) opens it."""
    if ":" not in text and "：" not in text:
        return False
    who = re.split("[:：]", text, maxsplit=1)[0]
    return bool(who.strip()) and is_label(who, labels)


def _title_ok(title: str, labels: Labels) -> bool:
    """Whether a sibling's title is one: words, not an address, a number, a label
    (``Speakers``, ``Organizers``, ``嘉宾``: a section about people, not a talk), a
    person with a role, or what a person does (``名：某大学教授，…`` is a bio)."""
    if not title or "://" in title or title.startswith("www."):
        return False
    if sum(char.isalpha() for char in title) < 2:
        return False
    if is_label(title, labels) or slot_names(title):
        return False
    return not is_role(first_clause(title))


def _spaced(text: str, title: str) -> bool:
    """Whether the separator after ``title`` in ``text`` stands apart (spaces, or a
    CJK mark): a bare ASCII hyphen between two letters is part of a word."""
    rest = text[len(title):] if text.startswith(title) else ""
    return not rest.startswith("-") or not title[-1:].isalnum()


def _same_slot(
    member: _Member, unit: Unit, shape: str, known: frozenset[str], labels: Labels
) -> None:
    """``member`` read in its siblings' slot ``shape``, one capitalised word standing
    where they name a person (``Bo (bo42): Title`` among ``Ann Lee: Title``)."""
    text = timed_rest(unit.text) or "" if starts_with_clock(unit.text) else unit.text
    found = _slot(text, known, loose=True)
    if found is None or found[2] != shape or not _title_ok(found[0], labels):
        return
    # the title as the siblings give theirs; the person only when a full name (the
    # programme gate doubts a one-word speaker, and a talk with none is no invention)
    member.title, member.shape = found[0], shape
    member.people = [name for name in found[1] if _person(name, known)]
    member.why = (f"line {unit.line}: speaker slot ({shape}) on the title line, the shape "
                  "of its siblings")


def _person(name: Name, known: frozenset[str], *, loose: bool = False) -> bool:
    """Whether ``name`` reads as a person: the page knows them, or the name alone does
    (``loose``: after a ``by`` label, one capitalised word will do)."""
    if key(name.name) in known or any(key(alias) in known for alias in name.aliases):
        return True
    if says_how(name.name) or is_organisation(name.name):
        return False
    return looks_like_name(name.name, known, strict=not loose)


def _named(member: _Member, units: list[Unit], speakers: list[Speaker]) -> Name | None:
    """The one front-matter speaker the block names (whole words), else ``None``."""
    if not speakers:
        return None
    text = "\n".join(units[index].text for index in member.units)
    found: list[Speaker] = []
    for speaker in speakers:
        for name in speaker.names:
            if len(name) >= 2 and _says(text, name):
                found.append(speaker)
                break
    if len(found) != 1:
        return None
    speaker = found[0]
    return Name(speaker.name, list(speaker.aliases), speaker.affiliation)


def _says(text: str, name: str) -> bool:
    """Whether ``text`` holds ``name`` as a whole word (any run, for a Chinese name)."""
    at = text.find(name)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(name)] if at + len(name) < len(text) else " "
        if not (before.isascii() and before.isalnum()) and not (
            after.isascii() and after.isalnum()
        ):
            return True
        at = text.find(name, at + 1)
    return False
