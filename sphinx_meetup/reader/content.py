"""What follows a talk's first line: speaker, host and company lines, a title line, a
bio that starts with the name, the talk's own video and slides, and the abstract.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from ..model import Talk
from ..safety import safe_url
from . import headers as found
from .agenda import HOST_EVIDENCE
from .blocks import Unit, fold, has_colon, urls_in
from .by_words import BY, BY_INITIALS, PRESENTED_BY
from .confidence import CUT_AT_LABEL, LABEL_HANDLE
from .fields import NOBODY
from .given_names import vouched_for
from .headers import BY_BRACKET, TRAILING_HANDLE, Header
from .introduced_author import BY_LINE
from .labels import Labels
from .material import media_heading
from .names import (
    Name,
    described_name,
    describes_someone,
    is_double_surname,
    is_organisation,
    key,
    looks_like_name,
    parse_name,
    split_names,
    with_handle,
)
from .patterns import LazyPattern
from .slots import first_clause, is_role, name_alone, peel_name, slot_names

#: a speaker slot is one short line, not a paragraph of prose
_SLOT_LINE = 160
#: what each header style is, as ``show --explain`` says it
_SHAPES = {
    "heading": "heading (under a talks section, or followed by a speaker line or slot)",
    "timed": "timed agenda line",
    "numbered": "numbered talk marker (Talk 1:)",
    "line": "line 'name: title' / 'title - name' / 'front-matter name — title' / "
            "'**title** (front-matter name)'",
    "item": "list item '[title - name](link)'",
    "table": "agenda table row",
    "quoted": "《title》 line alone (or a bold title over a speaker label), with speaker "
              "evidence below (it or a sibling)",
    "quoted_name": "line '《title》name', as a sibling line is",
    "name_quoted": "line or heading 'name《title》', as a sibling is (or a front-matter name)",
    "slot_topic": "bold 'name role' (or 'name/org/role') line with a topic label below (as "
                  "its siblings)",
    "running": "entry of a running order ('~ 15:13 name title' heading)",
    "segment": "text cut at a speaker label",
    "bar": "bold line 'title | job name': the person after the bar (as its siblings')",
    "nested": "bold or linked list item whose nested item is a speaker slot (as its siblings')",
    "marked": "list item 'bold or linked name - title' (as its siblings')",
    "sub_speaker": "list item title whose nested item is a speaker slot (as its siblings')",
    "prose": "sentence naming a person, a word of talking and a title set apart (quoted, "
             "emphasised or linked)",
}


def _label_of(text: str) -> str:
    """The label word of a ``label: value`` line."""
    for colon in (":", "："):
        if colon in text:
            text = text.split(colon, 1)[0]
    return text.strip("【】 ")

_CJK_BIO = LazyPattern(r"^(?P<name>[\u3400-\u9fff·]{2,8})(?:[ \u3000]+|[，,]\s*)(?P<rest>\S.*)$")
_LATIN_BIO = LazyPattern(
    r"^(?P<name>[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|van|de|der|den|von|du|la|le|di|da|ten|"
    r"ter))*)\s+(?:is|was|works|worked|will|has|joined|leads|heads)\b(?P<rest>.*)$"
)
_CLAUSE = LazyPattern(r"[。；;.!?！？]")
_NICKNAME_AFTER = (
    r"\s*+[（(]\s*+(?:花名|昵称|网名|aka|a\.k\.a\.)\s*+[:：]?\s*+(?P<alias>[^）)]{1,12})[）)]"
)


_NICKNAME = LazyPattern("(?<!\\s)" + _NICKNAME_AFTER)
#: what a match of :data:`_NICKNAME` holds one of (substring tests before the pattern,
#: which opens with a look-behind and is tried at every position of a bio)
_NICKNAME_WORDS = ("花名", "昵称", "网名", "aka", "a.k.a.")


@lru_cache(maxsize=256)
def _nickname_after(name: str) -> re.Pattern[str]:
    """``name (花名：…)``: compiled once per name (few units carry a nickname at all)."""
    return re.compile(re.escape(name) + _NICKNAME_AFTER)


#: ``By Jane Roe, Staff Engineer at Initech`` / ``Presented by …``: a speaker label
#: without a colon, at the start of its own line
_BY_LINE = LazyPattern(
    r"^(?:(?:talk|given)\s+by|" + PRESENTED_BY + "|" + BY + r")\s+(?P<value>\S.*)$", re.I
)


#: ``[Jane Roe](…) says:`` over a quoted abstract: the person whose words follow
_SAYS_LINE = LazyPattern(r"^(?P<name>[^:：]{3,60}?)\s+(?:says|writes)\s*[:：]$", re.I)
#: how a line :data:`_SAYS_LINE` matches ends (``$`` also matches before a last newline):
#: a cheap test first, since its lazy name is tried at every length before it fails
_SAYS_ENDS = (":", "：", ":\n", "：\n")


#: a talk's text opening with who gives it and the verb of giving it, in a recap or an
#: announcement: ``Ann Example gave a talk on…``, ``Ann Example will present…``
_OPENS_WITH_PRESENTER = LazyPattern(
    r"^(?P<name>[A-Z][\w'’\-]+(?:\s++[A-Z][\w'’\-]+){1,3})\s++"
    r"(?:gave\s++(?:a|an|us\s++a)\s++(?:talk|presentation|workshop|demo|lightning\s++talk)"
    r"|(?:talked|spoke)\s++(?:to\s++us\s++)?(?:about|on)|presented\s++(?:on|about|a|an|the|his|her|their)"
    r"|will\s++(?:give|present|talk|speak|show|demonstrate)|is\s++going\s++to\s++(?:present|talk|show))\b"
)


def opening_presenter(unit: Unit, known: Collection[str]) -> list[Name]:
    """``[Ann Example](…) gave a talk on…`` opening a talk's text: who gives it (a full
    name, no organisation). Read only under a heading already known to be a talk: one
    such sentence does not make a heading a talk (siblings must, :mod:`.prose_siblings`)."""
    if not unit.first or (opens := _OPENS_WITH_PRESENTER.match(unit.text)) is None:
        return []
    name = parse_name(opens["name"])
    if looks_like_name(name.name, known, strict=True) and not is_organisation(name.name):
        return [name]
    return []


def by_line(unit: Unit, known: Collection[str]) -> list[Name]:
    """The people of a ``By Name, Role at Org`` line (its role kept as affiliation), or
    of a ``Name says:`` line alone over the talk's abstract (a full name: two
    capitalised words at least, or a name the page knows)."""
    if unit.alone and unit.text.endswith(_SAYS_ENDS) and (says := _SAYS_LINE.match(unit.text)):
        name = parse_name(says["name"])
        return [name] if looks_like_name(name.name, known, strict=True) else []
    if unit.alone and unit.text.endswith((":", "：")) and len(unit.block.links) == 1:
        # ``[Jane Roe](https://…):`` - a linked name alone, a colon, the abstract below
        text, _url = unit.block.links[0]
        name = parse_name(text)
        if text and unit.text[:-1].strip() == text and looks_like_name(name.name, known):
            return [name]
    if not unit.first or unit.text[:1] not in BY_INITIALS:
        return []
    match = _BY_LINE.match(unit.text)
    if match is None or len(unit.text) > 200:
        return []
    value = match["value"].strip()
    names = slot_names(value, known)
    if names:
        return names
    names = split_names(value, known)
    ok = names and all(looks_like_name(n.name, known, strict=False) for n in names)
    if not ok and (employed := _FROM_ORG.match(value)) and vouched_for(
            employed["name"], known):
        # ``Talk by Ann Example from Acme``: the person, then where she works
        return [Name(employed["name"], [], employed["org"])]
    return names if ok else []


#: ``Ann Example from Acme`` / ``… at Acme``: a person, then where they work
_FROM_ORG = LazyPattern(
    r"^(?P<name>[^\W\d_][^,;:()]{2,60}?)\s++(?:from|at|of)\s++(?P<org>[^\W\d_].{1,80})$"
)


def speaker_heading(unit: Unit, above: Unit, labels: Labels) -> bool:
    """Whether the heading ``unit``, right under the heading ``above``, is a deeper one
    that only labels who speaks (``## Talk 1: Title`` then ``### Speaker: Name``)."""
    deeper = unit.block.level > above.block.level
    return deeper and label_value(unit, labels, "speaker") is not None


#: ``名，职位…`` / ``名, Role``: a name, then a comma and what they do
_NAME_COMMA = LazyPattern(r"^(?P<name>[^，,：:（(/／\s]{2,4})\s*+[，,/／]\s*+\S")


def _opening_name(text: str, known: Collection[str]) -> Name | None:
    """``名，…`` / ``名 / …``: a surname-led name of two or three characters (four only
    with a double surname: ``欧阳陆伟``, not ``敬请期待``), or a front-matter name."""
    match = _NAME_COMMA.match(text)
    if match is None:
        return None
    name = match["name"]
    if key(name) in known or (len(name) < 4 and looks_like_name(name, known, strict=True)) or (
            len(name) == 4 and is_double_surname(name[:2])):
        return parse_name(name)
    return None


def section_names(text: str, known: Collection[str]) -> list[Name]:
    """The person a line under a speaker label (``### 分享嘉宾``) names: a speaker slot
    (``名，职位``), or a line that opens with a surname-led name and a comma or a slash
    (``名，职位，头衔`` / ``名 / 机构 职位`` whose job words the slot reading does not
    know) - the label says it is a person."""
    names = slot_names(text, known)
    if names:
        return names
    name = _opening_name(text, known)
    return [name] if name else []


#: ``**名**，职位…`` / ``**Name (Nick)**, role``: a bold span opening the line, then a
#: comma and what follows about the person
_BOLD_OPENING = LazyPattern(r"^\*\*(?P<name>[^*\n]{1,40}?)\*\*\s*+[，,、]\s*+\S")
#: a bold person is a name, not a sentence: a few words at most
_MAX_BOLD_WORDS = 4


def bold_opening(unit: Unit, known: Collection[str]) -> list[Name]:
    """The person a line under a speaker label opens with in bold, before a comma and
    their role (``**名(nick)**，职位…``, ``**Ann Example**, Role``): the label says a
    person follows, the bold marks where their name ends - a name the name reading
    would not vouch for alone (``Derek 某``, a Latin given name and a Chinese one) is
    taken so; never an organisation, a role or a phrase."""
    match = _BOLD_OPENING.match(unit.source)
    if match is None:
        return []
    name = parse_name(match["name"])
    text = name.name
    if not text or len(text.split()) > _MAX_BOLD_WORDS or has_colon(text):
        return []
    inner = name.affiliation or ""
    if inner and " " not in inner.strip() and not is_organisation(inner):
        # ``**名(nick)**，职位``: the role follows the comma; the one word bracketed
        # inside the bold is what the person goes by, not an employer
        name = Name(text, [*name.aliases, inner.strip()], None)
    if key(text) in known or looks_like_name(text, known, strict=False):
        return [name]
    if describes_someone(text) or is_organisation(text) or any(c.isdigit() for c in text):
        return []
    return [name]


def _name_item(text: str, known: Collection[str]) -> list[Name]:
    """``- 名`` under a speaker label heading: an item that is one full name."""
    return [parse_name(text)] if looks_like_name(text, known, strict=True) else []


def intro_names(value: str, known: Collection[str]) -> list[Name]:
    """The person a speaker-intro label's text opens with (``讲师介绍：名，职位…``):
    strictly a name (surname-led, or the front matter's), not a project or employer."""
    names = slot_names(value, known, bio=True)
    if not names and (opening := _opening_name(value, known)):
        names = [opening]  # ``名，TiKV team lead``: the label says who
    return names if len(names) == 1 and (key(names[0].name) in known or (
        not names[0].name.isascii() and looks_like_name(names[0].name, known, strict=True)
    )) else []


def bare_label(unit: Unit, labels: Labels, role: str) -> bool:
    """A line that is only a label (``Speakers:``), its value on the next line."""
    if not unit.colon:
        return False
    match = labels.fact(role).match(unit.text)
    return bool(match) and not match["value"].strip()


def nested_label(units: list[Unit], index: int, labels: Labels, role: str) -> bool:
    """A list item that is only a label (``* Speaker``, ``* 発表者``), its value the item
    nested one level under it (``  * Ann Example``) - an outline's label and value."""
    unit = units[index]
    if unit.kind != "item" or index + 1 >= len(units):
        return False
    below = units[index + 1]
    return (below.kind == "item" and below.block.level == unit.block.level + 1
            and labels.only(role).match(unit.text) is not None)


#: a link to a file (a résumé, a photo, a deck): material about a person, never one
_FILE_LINK = LazyPattern(r"\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|pptx?)(?:[?#]|$)", re.IGNORECASE)


def people_value(unit: Unit, value: str) -> str:
    """A speaker label's value without the texts of its links to files: in
    ``主讲人：[handle](github)，[Resume](….jpg)`` the second link is the person's résumé,
    not a second person."""
    if not unit.block.links:
        return value
    for text, url in unit.block.links:
        if text and text in value and _FILE_LINK.search(url):
            value = value.replace(text, " ")
    return value.strip(" ,，、;；-–—|｜/")


#: a line that opens with a label in bold and its colon (``**Meeting Link**: …``,
#: ``**Recording:** …``): a field of the talk, never its title
_BOLD_LABEL = LazyPattern(
    r"^\s*+(?:[-*+]\s+)?(?:\*\*|__)[^*_\n]{1,40}?"
    r"(?:(?:\*\*|__)\s*+[:：]|[:：]\s*+(?:\*\*|__))"
)


#: a bold title and nothing after it but short links (``**Title** [Abstract](…)``)
_BOLD_THEN_LINKS = LazyPattern(
    r"\*\*(?P<title>[^*]{2,300})\*\*"
    r"(?:\s*+\[[^\[\]]{1,24}\]\((?:<[^<>\n]{1,300}>|[^()\s]{1,300})\))++")


#: a speaker label's value an ``@handle`` (a Japanese honorific after it: ``@ann さん``),
#: maybe where they work after a dash, a comma or in a bracket (``@ann - Acme``)
_LABELLED_HANDLE = LazyPattern(
    r"@[\w.-]{2,40}(?:\s*+(?:さん|氏|san))?(?:\s*+[-–—,(（][^@\n]{0,60})?")


def _handle_mark(value: str) -> str:
    """The evidence a speaker label's value adds when it is an ``@handle``: who the person
    goes by (:data:`.confidence.LABEL_HANDLE`), which no doubt of markup then refutes."""
    return f"; {LABEL_HANDLE}" if value.startswith("@") and _LABELLED_HANDLE.fullmatch(
        value) else ""


#: ``講演: @ann さん`` / ``基調講演: 山田 太郎 さん`` / ``LT: Ann 氏``: a Japanese report's kind
#: of talk, then the person the honorific marks - the honorific says it is someone (as
#: :mod:`.honorific` reads it in headings), so the kind word labels the speaker
_HONOURED_SLOT = LazyPattern(
    r"^(?:基調講演|招待講演|ゲスト講演|特別講演|講演|発表|LT|ライトニングトーク)\s*+[:：]\s*+"
    r"(?P<value>[^:：\n]{1,40}?\s*+(?:さん|氏))\s*$")


def label_value(unit: Unit, labels: Labels, role: str) -> str | None:
    if not unit.colon:  # (every label pattern needs one)
        return None
    match = labels.fact(role).match(unit.text)
    # (the honorific it needs: most lines asked for a speaker's label hold none)
    if match is None and role == "speaker" and ("さん" in unit.text or "氏" in unit.text) and (
            honoured := _HONOURED_SLOT.match(unit.text)):
        return honoured["value"]
    return match["value"].strip() or None if match else None


def read_talk(
    head: Header,
    units: list[Unit],
    labels: Labels,
    known: Collection[str],
    consumed: set[int],
    inside: set[int],
) -> Talk:
    """The talk ``head`` starts: labelled lines, a title line, a bio, the abstract."""
    unit = units[head.index]
    talk = Talk(title=head.title, line=unit.line, video=head.video, slides=head.slides)
    talk.evidence[""] = f"line {unit.line}: {_SHAPES.get(head.style, head.style)}"
    where = {"table": "speaker cell of the row",
             "segment": CUT_AT_LABEL}.get(
        head.style, "on the talk's own line")
    add_names(talk, head.names, f"line {unit.line}: {where}")
    if head.slot is not None:
        why = head.slot[2]
        add_names(talk, head.slot[1], f"line {unit.line}: {why}"
                  if why in (BY_BRACKET, TRAILING_HANDLE) else why)
    _header_media(talk, unit, labels)
    consumed.add(unit.line)
    inside.update(range(head.index, head.stop))
    hosts: list[Name] = []
    host_line = 0
    free: list[Unit] = []
    skip = -1
    intro = False  # after a 嘉宾介绍 label: paragraphs that open with a name
    introduced: list[tuple[Name, int]] = []
    intro_adds = False  # a "Speakers:" section: its people join those named before
    slots_open = True  # the lines right under the title may be speaker slots
    people_under: str | None = None  # the speaker sub-heading the lines are under
    marker_people = False  # that sub-heading is under a numbered marker heading
    labelled_intro: list[tuple[Name, str]] = []  # people opening a ``讲师介绍：`` line
    slot_index = head.slot[0] if head.slot is not None else -1
    for index in range(head.index + 1, head.stop):
        line = units[index]
        if index in (skip, slot_index) or index <= head.index + head.wrapped:
            consumed.add(line.line)
            slots_open = slots_open and index != slot_index
            continue
        if line.kind == "heading" and head.style == "heading" and not (
            index == head.index + 1 and speaker_heading(line, unit, labels)
        ):
            intro = bool(labels.only("speaker_intro").match(line.text))
            # ``### 分享嘉宾`` right under the talk's heading: its lines name the people
            # (or lower down, at the talk's own level: ``### 题目：…`` / ``### 大纲`` /
            # ``### 分享者`` + ``- 名``, the talk's parts written as sibling headings)
            sibling = line.block.level == unit.block.level
            people_under = (line.text if (index == head.index + 1 or sibling) and labels.only(
                "speaker").match(line.text) else None)
            free.append(line)
            continue
        if (line.kind == "heading" and head.style == "numbered" and unit.kind == "heading"
                and line.block.level > unit.block.level and labels.only("speaker").match(
                    line.text)):
            # ``### 主题1`` (the title on the line below) then ``#### 演讲者``: the lines
            # under the deeper speaker label name the people, as under a talk's heading
            people_under, marker_people = line.text, True
            free.append(line)
            continue
        if people_under and marker_people and line.alone and line.kind == "paragraph" and (
                names := bold_opening(line, known) or section_names(line.text, known)):
            # the name in bold (or a slot), then a bio: the person is read, the whole
            # line stays the talk's text (its bio is not cut into an affiliation)
            add_names(talk, names, f"line {line.line}: under the speaker label heading "
                      f"{people_under!r}, the line opens with the name")
            people_under = None
            free.append(line)
            continue
        if (people_under and line.alone and line.kind == "paragraph" and (
            names := section_names(line.text, known)
        )) or (people_under and line.kind == "item" and (
            names := _name_item(line.text, known)
        )):
            add_names(talk, names, f"line {line.line}: under the speaker label heading "
                      f"{people_under!r}, the line opens with the name")
            consumed.add(line.line)
            continue
        people_under = None
        if line.alone and labels.only("speaker_intro").match(line.text):
            intro = True
            consumed.add(line.line)
            continue
        if line.alone and labels.only("talk_part").match(line.text):
            intro = False
            free.append(line)
            continue
        if intro and line.first and line.kind != "heading":
            names = _intro_names(units, index, head.stop, known)
            introduced += [(name, line.line) for name in names]
            free.append(line)
            continue
        if (bare_label(line, labels, "speaker") or nested_label(units, index, labels, "speaker")
                ) and index + 1 < head.stop:
            skip = index + 1  # "Speakers:" alone, the names on the next line
            # a "Speakers:" paragraph of its own: more people may follow, each a name
            # alone then a bio paragraph
            section = line.alone and units[skip].block is not line.block
            intro, intro_adds = intro or section, intro_adds or section
            why = f"line {units[skip].line}: after the speaker label {_label_of(line.text)!r}"
            why += _handle_mark(units[skip].text)  # ``Speaker`` over ``@ann``
            names = split_names(units[skip].text, known)
            if len(names) > 1 and len(slot := slot_names(units[skip].text, known, bio=True)) == 1:
                names = slot  # ``名，职位，…``: one person and their role, not a list
            add_names(talk, names, why)
        elif value := label_value(line, labels, "speaker"):
            why = f"line {line.line}: speaker label {_label_of(line.text)!r}"
            value = people_value(line, value)
            why += _handle_mark(value)  # ``Speaker: @ann``
            names = [with_handle(name, known) for name in split_names(value, known)]
            if names and not looks_like_name(names[0].name, known, strict=False) and (
                described := described_name(names[0].name, known)
            ):  # 讲师：长期支持社区的名，来自 示例网: a phrase, 的, the name, then more about them
                names = [described] + [
                    name for name in names[1:] if looks_like_name(name.name, known, strict=False)
                ]
            if len(names) > 1 and 0 < value.find("。") < len(value) - 1:
                # 讲师：名（本名）。对，就是…: the first sentence says who, the rest is
                # about them (its words are no second person)
                first = split_names(value[: value.find("。")], known)
                names = [with_handle(name, known) for name in first] if len(first) == 1 else names
            if len(names) == 1 and describes_someone(names[0].name):
                # 讲师：示例集团技术专家名（花名：X）, the job glued before the name, or
                # 讲师：示例集团技术专家 名（花名：X）, the name last after a space
                peeled = peel_name(value, known)
                names = [peeled] if peeled else slot_names(value, known) or names
                if not peeled and names and _prose_value(names[0].name, value, known):
                    free.append(line)  # 讲师：这个主题，同样来自…: prose, kept as text
                    continue
            elif len(names) > 1 and len(slot := slot_names(value, known)) == 1:
                # 分享嘉宾：名，机构，职位 - one person and where they work, not a list
                names = slot
            add_names(talk, names, why)
        elif (value := label_value(line, labels, "speaker_intro")) and (
            names := intro_names(value, known)
        ):
            # ``讲师介绍：名，职位…``: the introduction opens with the person - who
            # speaks when no label says so (its text stays the talk's)
            why = (f"line {line.line}: speaker-intro label {_label_of(line.text)!r} whose "
                   "text opens with the name")
            labelled_intro += [(name, why) for name in names]
            free.append(line)
            continue
        elif names := by_line(line, known):
            add_names(talk, names, f"line {line.line}: {BY_LINE}")
        elif not talk.speakers and (names := opening_presenter(line, known)):
            add_names(talk, names, f"line {line.line}: the talk's text opens with who gives it")
        elif (value := label_value(line, labels, "topic")) and (
            not talk.title or (head.style == "heading" and (
                found.names_occurrence(talk.title) or found.only_a_slot_kind(talk.title)))
        ):
            # under ``## 第二次例会`` (the event's name) or ``## Session`` (its kind),
            # ``主题：…`` names the talk
            talk.title = found.tidy_title(value)
        elif value := label_value(line, labels, "host"):
            hosts = split_names(value, known)
            host_line = line.line
        elif value := label_value(line, labels, "affiliation"):
            if len(talk.speakers) == 1:
                talk.affiliations.setdefault(talk.speakers[0], value)
        elif not _link_fact(talk, line, labels):
            if slots_open and line.text and line.kind != "heading":
                names = _slot(line, known)
                slots_open = bool(names)
                if names:
                    add_names(talk, names, f"line {line.line}: speaker slot (name and "
                               "role) under the title")
                    consumed.add(line.line)
                    continue
            free.append(line)
            continue
        consumed.add(line.line)
    if not talk.title and (head.style != "heading" or head.kind == "person"):
        # a speaker item's title is an item of its list, not a field of it (``* 时间：…``,
        # ``* 活动形式：…``) nor the paragraph after the list
        listed = unit.kind == "item"
        # (nor a line that only names the talk's material: ``* PPT`` over the decks)
        first = next((line for line in free if not found.is_field_line(line.text)
                      and not _BOLD_LABEL.match(line.source)
                      and not _fact_of_the_event(line.text, labels)
                      and not media_heading(line.text, labels)
                      and not (listed and (line.kind != "item" or _LABELLED.match(line.text)))),
                     None)
        emphasised = first is not None and (first.bold or first.text.startswith("《"))
        # (``**Title.** [Abstract](…)``: the bold is the title - a sentence's full stop
        # and all - the link its material)
        bold = _BOLD_THEN_LINKS.fullmatch(first.source.strip()) if (
            first is not None and head.style == "numbered" and first.first) else None
        if first is not None and (bold or found.title_like(first)) and (
            head.kind != "person" or (emphasised and not describes_someone(first.text))
        ):  # (under a person's heading a bold ``Staff Engineer at Example`` is who they are)
            talk.title = found.tidy_title(bold["title"] if bold else first.text)
            if not talk.speakers and (by := _bold_title_by(first, known, labels)):
                talk.title = by[0]  # ``### Talk 1`` over ``**Title** by Ann Example``
                add_names(talk, by[1], f"line {first.line}: the bold title's 'by' line")
            free.remove(first)
            consumed.add(first.line)
    for name, why in labelled_intro if not talk.speakers else ():
        add_names(talk, [name], why)
    for name, number in introduced if intro_adds or not talk.speakers else ():
        add_names(talk, [name], f"line {number}: paragraph after a speaker-intro label "
                   "that opens with the name")
    if not talk.speakers:
        first = next((unit.line for unit in free if unit.first), talk.line)
        add_names(talk, _bio_names(free, known, talk.title),
                  f"line {first}: bio paragraph that opens with the name and a role")
    if not talk.speakers:
        add_names(talk, hosts, f"line {host_line}: {HOST_EVIDENCE} (the talk names no one else)")
    _nicknames(talk, free)
    if talk.video is None and talk.title:
        talk.video = _titled_video(free, talk.title)
    talk.abstract = _abstract(free) or head.note
    consumed.update(line.line for line in free)
    return talk


def _bold_title_by(
    line: Unit, known: Collection[str], labels: Labels
) -> tuple[str, list[Name]] | None:
    """``**Title** by Ann Example`` as a marker's title line: the bold part is the
    title, the people after ``by`` give it (read as an agenda line's ``by``)."""
    match = _BOLD_THEN_BY.match(line.source.strip())
    if match is None:
        return None
    probe = Header(0, "numbered")
    found.title_and_names(probe, f"{match['title']} {match['rest']}", known, labels)
    if probe.names and found.tidy_title(match["title"]) == probe.title:
        return probe.title, probe.names
    return None


#: a bold title, then ``by`` (``von``, ``par``…) and the rest of the line
_BOLD_THEN_BY = LazyPattern(rf"^\*\*(?P<title>[^*]+)\*\*\s+(?P<rest>(?:{BY})\s.+)$", re.I)


#: the clause marks of a sentence
_SENTENCE_MARKS = LazyPattern(r"[，,。；;！!？?]")


def _prose_value(name: str, value: str, known: Collection[str]) -> bool:
    """Whether a speaker label's value is a sentence that names no one it can read
    (``讲师：这个非技术主题，同样来自…``): no name, no job - then the line stays the
    talk's text instead of a speaker card (or a doubt about the whole programme)."""
    return (
        bool(_SENTENCE_MARKS.search(value)) and not is_role(first_clause(value))
        and not looks_like_name(name, known, strict=False)
    )


#: ``活动形式：…`` / ``Format: …``: a short label and a colon opening a line
_LABELLED = LazyPattern(r"^(?:[^\W\d_]{1,6}|[A-Za-z]+(?: [A-Za-z]+)?)\s*[:：]")
#: label roles of a line about the event, never a talk's title (``时间：…``, ``Venue: …``)
_EVENT_FACTS = ("time", "venue", "host", "replay", "slides", "affiliation")


def _fact_of_the_event(text: str, labels: Labels) -> bool:
    """``时间：2024-03-14 19:00``: a labelled fact of the event (when, where, who hosts,
    the recording), whatever its length - no title for the talk a speaker label cut."""
    return has_colon(text) and bool(labels.any_role("fact", _EVENT_FACTS).match(text))


def add_names(talk: Talk, names: list[Name], why: str = "") -> None:
    """Give ``talk`` these speakers (each once), with the evidence ``why`` and the
    nicknames and affiliations the page wrote beside them."""
    for name in names:
        if name.name in talk.speakers or name.name.casefold() in NOBODY:
            continue  # (``by: Pending``, ``Speaker: TBA``: nobody known yet)
        talk.speakers.append(name.name)
        if why:
            talk.evidence[name.name] = why
        if name.aliases:
            talk.aliases[name.name] = list(name.aliases)
        if name.affiliation:
            talk.affiliations[name.name] = name.affiliation


def _header_media(talk: Talk, unit: Unit, labels: Labels) -> None:
    """``- 名：标题 [视频](…) [PPT](…)``: links named by a replay or slides word on the
    talk's own line are its video and slides, not part of its title."""
    for text, url in unit.block.links:
        if not text or text not in unit.text:
            continue
        if "](" in unit.source and url not in unit.source:
            continue  # (another line's link of the same words: a table's ``[Slides](…)``)
        if labels.mention("replay").search(text) and not labels.is_not_replay(text):
            attribute = "video"
        elif labels.mention("slides").search(text):
            attribute = "slides"
        else:
            continue
        # a site-relative ``/files/deck.pdf`` is kept by no field, yet its link words
        # (``PDF下载``) are no more the title's than an absolute link's are
        if getattr(talk, attribute) is None and (safe := safe_url(url)) is not None:
            setattr(talk, attribute, safe)
        if talk.title.endswith(text) or f" {text} " in f" {talk.title} ":
            talk.title = found.tidy_title(talk.title.replace(text, " "))


def _link_fact(talk: Talk, unit: Unit, labels: Labels) -> bool:
    """``视频：url`` / ``Slides: url`` inside a talk: the talk's own video or slides."""
    if not unit.colon:  # (the two labels' patterns need one)
        return False
    for role, attribute in (("replay", "video"), ("slides", "slides")):
        if not labels.fact(role).match(unit.text):
            continue  # asked first: few lines are labelled, the not-a-replay words are many
        if role == "replay" and labels.is_not_replay(unit.text):
            continue
        if urls := urls_in(unit.block, unit.source):
            if getattr(talk, attribute) is None:
                setattr(talk, attribute, safe_url(urls[0]))
            return True
    return False


def _intro_names(units: list[Unit], index: int, stop: int, known: Collection[str]) -> list[Name]:
    """The person a paragraph after ``嘉宾介绍`` opens with: ``名，职位…`` / ``名：职位``,
    or ``名（花名：X）`` alone on its line with the role on the next line."""
    unit = units[index]
    names = slot_names(unit.text, known, bio=True) or intro_names(unit.text, known)
    if names:
        return names
    after = next((i for i in range(index + 1, stop) if units[i].text), None)
    person = name_alone(unit.text, known) if after is not None else None
    if person and is_role(_CLAUSE.split(units[after].text, maxsplit=1)[0][:80]):
        return [person]
    return []


def _slot(unit: Unit, known: Collection[str]) -> list[Name]:
    """A short line alone under a talk's title that is a speaker slot (``名 职位``,
    ``名（花名：X），职位``, ``Name, Role at Org``): its people."""
    if len(unit.text) > _SLOT_LINE:
        return []
    if not unit.alone and not (unit.first and unit.text.endswith((",", "，"))
                               and len(unit.block.plain_lines) == 2):
        # (``Ann Example - Lead consultant Example,`` / ``Certified …``: a slot whose
        # role the author wrapped onto a second line - the first line still says who)
        return []
    return slot_names(unit.text, known)


def _bio_names(free: list[Unit], known: Collection[str], title: str = "") -> list[Name]:
    """People named at the start of the first paragraphs: ``吴晟 Apache SkyWalking创始人…``,
    ``Robert de Snoo is founder of…`` - one per paragraph, while paragraphs keep doing it.
    A paragraph that opens with the talk's own title (``### RIOT OS`` then ``RIOT OS is
    an operating system…``), or with words of it (``Power BI is …`` under ``Power BI and
    PowerShell``), describes the subject, not a person."""
    names: list[Name] = []
    subject = key(title) if title else None
    for unit in free:
        if not unit.first:
            continue
        match = _CJK_BIO.match(unit.text) or _LATIN_BIO.match(unit.text)
        if not match:
            break
        name = parse_name(match["name"])
        if subject is not None and key(name.name) in subject:
            break  # ``Power BI is …`` under ``Power BI and …``: words of the title
        clause = _CLAUSE.split(match["rest"], maxsplit=1)[0][:80]
        is_known = key(name.name) in known
        if not (is_known or (looks_like_name(name.name) and describes_someone(clause))):
            break
        names.append(name)
    return names


def _titled_video(free: list[Unit], title: str) -> str | None:
    """In a talk's text, the one link to a video host whose text is the talk's own title
    (``- 土豆: [奇点与未来](…)`` under ``奇点与未来``): the talk's recording."""
    if not any(unit.first and unit.block.links for unit in free):
        return None  # no link at all (most talks' text): the title need not be folded
    # (text, address) of each link of the talk's text to a video host
    linked = [
        (text, safe) for unit in free if unit.first and unit.block.links
        for text, url in unit.block.links
        if text and found.VIDEO_HOSTS.match(url) and (safe := safe_url(url))
    ]
    wanted = fold(title)
    videos = {safe for text, safe in linked if fold(text) == wanted}
    if not videos:
        # ``+ [视频 | 系列名：标题的简称](bilibili)``: the one link of the talk's own text
        # that says it is a video (its title may be shortened)
        videos = {safe for text, safe in linked if _VIDEO_WORD.match(text)}
    return videos.pop() if len(videos) == 1 else None


#: a link text that opens by saying it is a video (``视频 | …``, ``Video: …``)
_VIDEO_WORD = LazyPattern(r"^\s*+(?:视频|录像|回放|video|recording)\s*+[|｜:：\-–—]", re.IGNORECASE)


def _nicknames(talk: Talk, free: list[Unit]) -> None:
    """``孙健波 (花名：天元)`` in a speaker's bio gives the talk an alias for them."""
    marked = [
        unit
        for unit in free
        if ("(" in unit.text or "（" in unit.text)
        and any(word in unit.text for word in _NICKNAME_WORDS) and _NICKNAME.search(unit.text)
    ]
    for name in talk.speakers if marked else ():
        for unit in marked:
            match = name in unit.text and _nickname_after(name).search(unit.text)
            if match:
                aliases = talk.aliases.setdefault(name, [])
                if match["alias"].strip() not in aliases:
                    aliases.append(match["alias"].strip())
                break


def _abstract(free: list[Unit]) -> str:
    parts: list[str] = []
    current = None
    for unit in free:
        if unit.block is not current:
            current = unit.block
            # (an item's paragraph after its first is a paragraph of the same item)
            prefix = ("- " if unit.kind == "item" and not unit.block.continued
                      else "#### " if unit.kind == "heading" else "")
            parts.append(prefix + unit.source)
        else:
            parts[-1] += "\n" + unit.source
    return "\n\n".join(parts).strip()
