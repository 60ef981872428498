"""Agenda tables: ``| 时间 | 议题 | 讲师 |`` rows as talks.

CommonMark has no tables, so their rows reach the reader as lines of a paragraph. The
columns are known by their header words (时间, 议题, 讲师 / Time, Talk, Speaker), else
by what their cells hold: a clock range, people's names, the longest text.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..safety import safe_url
from .agenda import is_break_title
from .blocks import Unit, plain, urls_in
from .confidence import TABLE_HANDLE, TABLE_SPEAKER_LABEL
from .dates import find_times, only_date
from .fields import NOBODY
from .given_names import vouched_or_cjk
from .headers import Header, tidy_title, title_and_names, video_or_slides
from .labels import Labels
from .name_dash import split_line
from .names import (
    Name,
    key,
    looks_like_name,
    parse_name,
    split_names,
    with_employer,
)
from .patterns import LazyPattern
from .slots import slot_names
from .titled import is_profile

#: a table's rule line: ``|---|:---:|``; GFM takes one dash a cell (``|:-:|-|``) where
#: a pipe says it is a table's
_TABLE_RULE = LazyPattern(
    r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$"
    r"|^(?=[^|]*\|)\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$"
)
_TABLE_COLUMNS = {
    # (Chinese, Japanese, English; German, French, Spanish, Portuguese, Italian, Dutch,
    # Polish, Russian)
    # a column of row numbers (``| # |``, ``| No. |``, ``| 序号 |``): neither title nor who
    "number": LazyPattern(r"^(?:#|no\.?|nr\.?|n[°º]|num(?:ber)?|序号|编号|番号)$", re.I),
    "time": LazyPattern(
        r"时间|時間|時刻|time|when|heure|tijd|zeit|uhrzeit|horaire|hora|horário|orario|"
        r"godzina|время", re.I),
    "speaker": LazyPattern(
        r"讲师|嘉宾|主讲|分享人|演讲者|讲者|汇报人|报告人|発表者|登壇者|講演者|講師|スピーカー|担当|"
        r"speaker|presenter|who|referent|sprecher|vortragende|intervenant|orateur|ponente|orador|"
        r"palestrante|relatore|spreker|prelegent|докладчик|спикер|"
        # ``Presented by`` / ``Proposed By``: who gives (or offered) the talk
        r"\bby\b|\bpar\b|\bvon\b|\bpor\b", re.I),
    # where the speaker works: its cells are no people (``| Speaker | Affiliation |``)
    "org": LazyPattern(
        r"affiliation|organi[sz]ation|company|institution|employer|单位|机构|公司|所属|"
        r"firma|unternehmen|empresa|instituci[oó]n|entreprise|organisme|azienda|"
        r"bedrijf|organizacja|организация", re.I),
    "title": LazyPattern(
        r"议题|主题|题目|话题|内容|演讲|分享|环节|论文|論文|タイトル|演題|テーマ|発表|"
        # a reading group's or a seminar's rows: the paper read, the lecture given
        r"paper|article|reading|presentation|lecture|"
        r"topic|title|talk|session|subject|vortrag|thema|titel|titre|sujet|título|tema|"
        r"charla|palestra|titolo|onderwerp|tytuł|temat|тема|доклад", re.I
    ),
}

#: header words that name the title column outright (``Title of the Presentation``),
#: preferred to a column the title words above only qualify (``Paper Venue``)
_TITLE_OUTRIGHT = LazyPattern(
    r"title|titel|titre|t[ií]tulo|titolo|tytuł|标题|标題|题目|題目|タイトル|演題", re.I)


#: ``<br>`` inside a cell: a line break, which in a speaker cell is between people
#: (``名@职位<br />名@职位``); read as ``；`` so the people do not run together
_LINE_BREAK = LazyPattern(r"<br\s*/?>(?=.)", re.IGNORECASE)


#: ``圆桌环节-《标题》`` / ``Panel：《标题》``: a label of a few characters, a dash or a
#: colon, then the quoted title ending the cell
_LABELLED_QUOTE = LazyPattern(r"^[^《》\s]{1,8}\s*[-–—:：]{1,2}\s*《(?P<title>[^《》]{2,200})》$")


def table_cells(text: str, *, bare: bool = False) -> list[str] | None:
    """The cells of a Markdown table row ``| 14:00 | 标题 | 名 |``, or ``None``; ``bare``:
    of a table written without its outer pipes (``14:00 | 标题 | 名``)."""
    stripped = text.strip()
    if bare:
        cells = stripped.strip("|").split("|")
        return [cell.strip() for cell in cells] if "|" in stripped else None
    if not stripped.startswith("|") or stripped.count("|") < 2:
        return None
    return [cell.strip() for cell in stripped.strip("|").split("|")]


#: the roles of the event's facts a table of label and value cells may give
_FACT_ROLES = ("time", "venue", "fee")


def fact_row(
    units: list[Unit], index: int, labels: Labels, *, bare: bool = False
) -> tuple[str, str] | None:
    """``| **日時** | 2020年12月19日(土) 13:00 - 17:00 |``: a row of a table of the event's
    facts - a label cell and its value, the labelled line ``日時：…`` set in a table - as
    its role and value (not the header row of an agenda, ``| 时间 | 环节 |``, which a
    rule row follows); ``bare``: of a table written without its outer pipes."""
    cells = table_cells(units[index].source, bare=bare)
    if cells is None or len(cells) != 2 or not cells[1]:
        return None
    below = units[index + 1].source.strip() if index + 1 < len(units) else ""
    if _TABLE_RULE.match(below):
        return None
    label = _CJK_SPACED.sub("", plain(cells[0]))  # ``日　時``: 日時 spaced to fill the cell
    for role in _FACT_ROLES:
        if labels.only(role).match(label):
            return role, plain(cells[1])
    return None


#: spaces between two CJK characters (a label spaced out to the width of its column)
_CJK_SPACED = LazyPattern(
    r"(?<=[\u3400-\u9fff\u3040-\u30ff])[ \u3000]++(?=[\u3400-\u9fff\u3040-\u30ff])")


def in_bare_table(unit: Unit) -> bool:
    """Whether ``unit`` is a row of a table written without its outer pipes (its
    paragraph holds the table's rule line ``--- | ---``)."""
    return "|" in unit.source and not unit.source.lstrip().startswith("|") and any(
        "|" in line and _TABLE_RULE.match(line.strip()) for line in unit.block.source_lines)


def opens_table(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` is a table's first row: ``| … |``, or - GFM makes the
    outer pipes optional - ``活动 | 时间 | 内容`` with the table's rule line below it. A
    table of facts (:attr:`~.blocks.Block.facts`) is none: its rows are labelled lines."""
    if units[index].block.facts:
        return False
    if table_cells(units[index].source) is not None:
        return True
    return "|" in units[index].source and _bare_rule(units, index + 1, units[index])


def _bare_rule(units: list[Unit], index: int, header: Unit) -> bool:
    """A rule line (``--- | ---``) of the header row's paragraph at ``units[index]``."""
    if index >= len(units) or units[index].block is not header.block:
        return False
    line = units[index].source.strip()
    return "|" in line and _TABLE_RULE.match(line) is not None


def table_rows(
    units: list[Unit], start: int, known: Collection[str], labels: Labels
) -> tuple[list[Header], int, list[int]]:
    """The talks of the table whose first row is ``units[start]``, and the index past
    it. Columns are known by their header words (时间, 议题, 讲师 / Time, Talk,
    Speaker), else by what their cells hold."""
    rows: list[tuple[int, list[str]]] = []
    stop = start
    bare = table_cells(units[start].source) is None
    while stop < len(units) and (
        (cells := table_cells(units[stop].source, bare=bare)) is not None
        and (not bare or units[stop].block is units[start].block)
    ):
        rows.append((stop, cells))
        stop += 1
    roles: dict[int, str] = {}
    header_lines: list[int] = []
    header: list[str] = []
    if len(rows) >= 2 and _TABLE_RULE.match(units[rows[1][0]].source.strip()):
        header_lines = [units[rows[0][0]].line, units[rows[1][0]].line]
        header = [plain(cell) for cell in rows[0][1]]
        for column, cell in enumerate(header):
            role = next((r for r, p in _TABLE_COLUMNS.items() if p.search(cell)),
                        None) or _label_role(cell, labels)
            if role and role not in roles.values():
                roles[column] = role
            elif role == "time":
                roles[column] = "end"  # ``| Start Time | End Time |``: the second is the end
            elif role == "title" and _TITLE_OUTRIGHT.search(cell):
                taken = next(c for c, r in roles.items() if r == "title")
                if not _TITLE_OUTRIGHT.search(header[taken]):
                    # ``| Paper Venue | Title of the Presentation |``: the header that
                    # says "title" is the title's, not one whose word qualifies another
                    del roles[taken]
                    roles[column] = role
        rows = rows[2:]
    # (the rows that are the event's facts, asked once: the day or the place, read with
    # its facts, is no talk)
    facts = {index for index, _ in rows if fact_row(units, index, labels, bare=bare) is not None}
    if not header and len(facts) >= 2 and all(len(cells) == 2 for _, cells in rows):
        # ``| 日　時 | 4月23日 |`` / ``| 場　所 | … |`` / ``| 共　催 | … |``: a table of the
        # event's facts, label and value, whose other rows are facts the reader has no
        # role for (who co-hosts, how to apply) - no programme
        return [], stop, header_lines
    rows = [(index, [plain(_LINE_BREAK.sub("；", cell)) for cell in cells], cells)
            for index, cells in rows]
    if _series_schedule([cells for _, cells, _ in rows]) or (
            not roles and sum(1 for cell in header if cell) >= 2) or (
            "org" in roles.values() and not {"title", "time"} & set(roles.values())):
        # (a header naming no column a programme has - ``| Naam | Uit regio | Twitter |``,
        # a list of who comes - is some other table's: shown as written; so is one that
        # says where people work but neither what they give nor when - ``| Name |
        # Institution | GitHub Handle |``, a call's sign-in sheet)
        return [], stop, header_lines
    heads = []
    anchors: dict[str, str] | None = None
    quoted = sum(1 for _, cells, _ in rows if any(c.startswith("《") for c in cells))
    dashed = {} if {"title", "speaker"} & set(roles.values()) else _dashed_rows(
        rows, roles, known, labels)
    title_column = next((column for column, role in roles.items() if role == "title"), None)
    # ``09:00 - 09:30|Arrivals and coffee`` under ``Time | Speaker | Title``: a row cut
    # short spans the rest of the table - its text is what the slot is, not who (the
    # title's column, which the row does not reach, keeps the speaker's role: no name is
    # then looked for in the text - ``… at the Barley Mow, Barton Road``)
    spanning = {column: {"speaker": "title", "title": "speaker"}.get(role, role)
                for column, role in roles.items()} if (
        title_column is not None and "speaker" in roles.values()) else None
    for index, cells, written in rows:
        if index in facts:
            continue  # the event's day or place, read with its facts
        short = spanning is not None and len(cells) <= title_column
        head = _row(index, units[index].line, cells, spanning if short else roles, known,
                    labels, written)
        if head is not None and index in dashed:
            head.title, head.names = dashed[index]
        if head is not None and quoted >= 2 and not head.names and not any(
            c.startswith("《") for c in cells
        ):
            head.kind = "break"  # 签到, 互动交流: a row that does not share the talks' shape
        if head is not None and "#" in units[index].source:
            if anchors is None:  # (the page's headings by anchor, once a table)
                anchors = {_squashed(unit.text): unit.text for unit in units
                           if unit.kind == "heading"}
            _title_of_linked_heading(head, anchors, units[index].source)
        if head is not None:
            source = units[index].source
            # (only the row's own: a link text such as ``Slides`` stands in every row)
            for url in (url for url in urls_in(units[index].block, source) if url in source):
                kind = video_or_slides(safe_url(url) or "")
                if kind and getattr(head, kind) is None:
                    setattr(head, kind, url)
            heads.append(head)
    return heads, stop, header_lines


def _dashed_rows(
    rows: list[tuple[int, list[str], list[str]]], roles: dict[int, str],
    known: Collection[str], labels: Labels,
) -> dict[int, tuple[str, list[Name]]]:
    """``| 10:00 | Ann Example - Title |``: rows whose one cell of text (besides the
    time) reads ``Full Name - Title`` as sibling lines do (:func:`.name_dash.split_line`),
    by row index - when two rows or more of a table with no title or speaker column
    share that shape; one such row alone may be a person and their employer."""
    dashed = {}
    for index, cells, _ in rows:
        texts = [cell for column, cell in enumerate(cells)
                 if cell and roles.get(column) is None and find_times(cell)[0] is None]
        if len(texts) == 1 and (found := split_line(texts[0], known, labels)) is not None:
            dashed[index] = found
    return dashed if len(dashed) >= _MIN_DASHED else {}


#: rows of a table that read ``Full Name - Title``: at least this many
_MIN_DASHED = 2


def _title_of_linked_heading(head: Header, anchors: dict[str, str], source: str) -> None:
    """``| Talk 4 | [Advanced High Efficiency PAs](/program#advanced-high-efficiency-…) |``:
    a row that links to a heading of the page by its anchor (``anchors``: the headings'
    texts by :func:`_squashed` text) names that heading's talk - its title is the
    heading's, whole, so the row and the section are read as one."""
    for link in _SECTION_LINK.finditer(source):
        if (wanted := _squashed(link["fragment"])) and (heading := anchors.get(wanted)):
            head.title = tidy_title(heading)
            return


def _squashed(text: str) -> str:
    """A heading's text or an anchor as compared: lower case, letters and digits only
    (``RF Power Amplifier…`` and ``#rf-power-amplifier-…`` agree)."""
    return "".join(char for char in text.casefold() if char.isalnum())


#: days apart beyond which a table's dates are several events', not one event's days
_EVENT_DAYS = 6


def _series_schedule(rows: list[list[str]]) -> bool:
    """Rows each dated (a cell that is only a date), the dates weeks apart: a term's or
    a series' schedule (``| 2024-03-07 | Ann Example | Title |`` …), whose talks are
    other events' - not this page's programme. Consecutive days are one event's."""
    days = set()
    for cells in rows:
        for cell in cells:
            if cell and any(map(str.isdigit, cell)) and (
                    day := only_date(cell, _ANY_YEAR)) is not None:
                days.add(day)
                break
    return len(days) >= 2 and (max(days) - min(days)).days > _EVENT_DAYS


#: the year a date written without one is read in (only days apart are compared)
_ANY_YEAR = 2000


#: the labels' roles that name a table's columns, as the header words above do
_LABEL_COLUMNS = (("time", "time"), ("speaker", "speaker"), ("topic", "title"))


def _label_role(cell: str, labels: Labels) -> str | None:
    """The column a header cell names when it is nothing but a label word of the time,
    speaker or topic roles (``Pembicara``, ``Konu``, ``발표자``): the header words above
    know a dozen languages, the labels' vocabulary (the site's own ``meetup_labels``
    too) many more."""
    if not cell or len(cell) > 40:
        return None
    return next((column for role, column in _LABEL_COLUMNS
                 if labels.only(role).match(cell)), None)


#: ``[Ann Example](https://linkedin.com/in/ann) - Title`` in a cell (``[Ann](…) / [Bo](…)
#: - Title`` for two): each person by the link to their own page, then what they give
_PROFILE_LINK = LazyPattern(r"\[(?P<name>[^\[\]]{2,60})\]\((?P<url>[^()\s]+)\)(?:\{[^{}]*\})?")
_PEOPLE_JOIN = LazyPattern(r"\s*(?:/|&|,|\+|\band\b|\bund\b|\bet\b|\ben\b)\s*", re.IGNORECASE)
_BEFORE_TITLE = LazyPattern(r"\s*[-–—:]\s*(?=\S)")


#: a one-word Latin name (``Ann``, ``José``): a given name, which only a label vouches for
_ONE_WORD = LazyPattern(r"[^\W\d_][^\W\d_'’-]*")


def _row(
    index: int,
    line: int,
    cells: list[str],
    roles: dict[int, str],
    known: Collection[str],
    labels: Labels,
    written: list[str],
) -> Header | None:
    head = Header(index, "table", own_only=True)
    rest: list[str] = []
    where = ""
    for column, cell in enumerate(cells):
        role = roles.get(column)
        start, end = find_times(cell) if role in {"time", "end", None} else (None, None)
        if role == "time" or (role is None and start is not None and head.start is None):
            head.start, head.end = start, end
        elif role == "end":
            head.end = head.end or start
        elif role in {"title", None} and (person := _profile_then_title(written[column], known)):
            head.names, head.title = person[0], _quoted_part(person[1])
        elif role == "speaker" and (handle := _HANDLE_CELL.fullmatch(cell)):
            # ``@ann`` / ``@茄子(ant_sz)``: the name the person goes by (and another)
            person = Name(handle["handle"], [handle["other"]] if handle["other"] else [])
            head.slot = (index, [person], TABLE_HANDLE)
        elif role == "speaker" and (cell.casefold() in NOBODY or _only_role(cell, labels)):
            pass  # ``みんな`` / ``everyone`` / ``Host`` / ``All speakers``: no one person
        elif role == "speaker" and cell and " " not in cell and is_break_title(cell, labels):
            head.kind = "break"  # ``| Break | *Coffee and networking* |``: who is no one
        elif role == "org":
            where = cell or where
        elif role == "number":
            pass  # the row's number
        elif role == "speaker" and _BARE_HANDLE.fullmatch(cell):
            # ``arice.gear`` / ``noboru_i`` under a header that says the column is who
            # speaks: an account's handle written without its ``@``
            head.slot = (index, [Name(cell)], TABLE_HANDLE)
        elif role == "speaker" and (people := _speaker_lines(written[column], known)):
            head.names = people  # ``Ann Example<br>_Example S.A._``: who, then where
        elif role == "speaker" and cell and (slot := slot_names(cell, known)):
            head.names = slot  # 职位 名 / 名（花名），职位；名（花名），职位
        elif role == "speaker" or (role is None and cell and "speaker" not in roles.values()
                                   and _all_names(cell, known, written[column])):
            # (a column its header calls the speakers' names them: no other cell does)
            head.names = with_employer(split_names(cell, known), cell)
            if role == "speaker" and head.names and all(
                    _ONE_WORD.fullmatch(name.name) for name in head.names):
                # ``| Presenter |`` over ``| Ann |``: the header is the name's label
                why = f"line {line}: {TABLE_SPEAKER_LABEL}"
                head.slot, head.names = (index, head.names, why), []
        elif role == "title" and _media_link(cell, written[column], labels):
            pass  # ``| Presentation |`` over ``[Slides](…)``: the talk's material (its link
            # is the row's slides or video below), the title in another column
        elif role == "title":
            if (bold := _bold_first_line(written[column])) is not None:
                head.title, head.note = bold
            else:
                head.title = _quoted_part(_without_material(cell, written[column]))
        elif cell:
            rest.append(cell)
    if not head.title and rest:
        head.title = _quoted_part(max(rest, key=len))
    if head.title and not head.names and head.slot is None:
        # (a speaker column that named the person leaves the title whole:
        # ``Confidently Wrong: Why…`` beside ``@ann`` is no talk by "Confidently Wrong")
        head.names = _after_quoted(cells, head.title, known)
    unnamed = bool(head.title) and not head.names and head.slot is None
    if unnamed and "speaker" not in roles.values():
        # ``| Time | Session |`` over ``| 19:00 | Scaling Postgres (Ann Example) |``, or no
        # header at all: with no column for who speaks, the title's cell names them -
        # when name knowledge vouches for every person it would (the front matter, a
        # known given name: ``Keynote - Main Hall`` gives a room, no one)
        _named_in_title(head, known, labels)
    elif unnamed and "title" not in roles.values():
        # (a cell under a header that says it is the title is the title whole:
        # ``Google Big Query: Practical Use-cases`` names no one)
        title_and_names(head, head.title, known, labels)
    if where and len(head.names) == 1 and not head.names[0].affiliation:
        head.names[0].affiliation = where
    head.title = tidy_title(head.title)
    return head if head.title or head.names else None


#: a link closing a title's cell that is the talk's material, not its words:
#: ``[Title](video) [Slides](deck.pdf)``
_MATERIAL_LINK = LazyPattern(
    r"\s*+\[(?P<text>slides|video|pdf|recording|deck|folien|diapos)\]\([^()\s]*+(?:\s[^()]*)?\)\s*$",
    re.IGNORECASE)


def _without_material(cell: str, written: str) -> str:
    """The title cell's text without a material link closing it (its address is the
    row's slides or video all the same)."""
    if "](" not in written or (link := _MATERIAL_LINK.search(written)) is None:
        return cell
    text = link["text"]
    return cell[: -len(text)].rstrip(" |-–·,") if cell.endswith(text) and cell != text else cell


def _named_in_title(head: Header, known: Collection[str], labels: Labels) -> None:
    """The title cell's people, read as an agenda line's (``Title (Ann Example)``,
    ``Title - Ann Example``, ``Title by Ann``), kept only when every one is vouched for."""
    from .bracket_items import bracketed_people  # (a table whose cells name no one asks)

    probe = Header(head.index, "table")
    title_and_names(probe, head.title, known, labels)
    if not probe.names and (bracketed := bracketed_people(head.title, known)):
        probe.title, probe.names = bracketed
    if probe.names and probe.title and not employer(probe.title) and all(
            vouched_or_cjk(name.name, known) for name in probe.names):
        head.title, head.names = probe.title, probe.names


def employer(title: str) -> bool:
    """Whether what a title cell gives beside its people is where they work (``Ann
    Example - Acme Corp``, ``- Example University``): a few words that close with a
    company's or an institution's word, or open with an institution's - no talk's title
    (``Typing Python``, ``Deep dive into eBPF``: the organisation words of names are
    a technology's here too)."""
    return len(title.split()) <= _EMPLOYER_WORDS and _EMPLOYER.search(title) is not None


#: words of a title cell's rest from which it is no employer's name
_EMPLOYER_WORDS = 4
#: an employer's name by its closing or opening word
_EMPLOYER = LazyPattern(
    r"\b(?:Inc|Ltd|LLC|GmbH|AG|Corp|Corporation|Company|University|Universit[éäà]t?|"
    r"Universidad|Institute|Labs?|College|Foundation|Agency|Ministry|Bank)\.?$"
    r"|^(?:University|Universit[éäà]t?|Universidad|Institut[eo]?|Istituto|École|Hochschule)\b"
)


def _media_link(cell: str, written: str, labels: Labels) -> bool:
    """A cell that is one link named only by a slides or recording word (``Slides``,
    ``Slideshare``, ``Video``)."""
    return ("](" in written and written.lstrip().startswith("[") and 0 < len(cell) <= 30
            and bool(labels.any_role("only", ("slides", "replay")).match(cell)))


#: the label roles whose word alone in a speaker cell names a role, not a person
_ROLE_CELLS = ("host", "speaker", "talks_section")


def _only_role(cell: str, labels: Labels) -> bool:
    """``Host`` / ``主持人`` / ``Speakers`` / ``All speakers`` in a speaker cell: the slot
    of a role (the evening's host, a panel of the night's speakers), nobody's name."""
    if not cell or len(cell) > 30:
        return False
    words = cell.casefold().split(maxsplit=1)
    bare = words[1] if len(words) == 2 and words[0] in {"all", "the", "our"} else cell
    return bool(labels.any_role("only", _ROLE_CELLS).match(bare))


#: a speaker cell that is one handle, maybe with another name in brackets
#: a handle without its ``@``: lower-case ASCII, digits, ``.``, ``_``, ``-``, one word
_BARE_HANDLE = LazyPattern(r"(?=[a-z0-9._-]*[a-z])[a-z0-9][a-z0-9._-]{1,30}")
_HANDLE_CELL = LazyPattern(
    r"@(?P<handle>[^\s@()（）|]{1,30})\s*+(?:[(（](?P<other>[^\s()（）|]{1,30})[)）])?"
)


_BREAK_SPLIT = LazyPattern(r"<br\s*/?>", re.IGNORECASE)
#: a cell's line set apart whole: ``_Example S.A._``, ``*CTO*``, ``<em>…</em>``
_EMPHASISED = LazyPattern(r"^(?:([*_]{1,2})[^*_].*\1|<(em|i|small)>.*</\2>)$", re.IGNORECASE)
#: ``**Title**`` - a cell's first line bold from end to end
_BOLD_LINE = LazyPattern(r"^(\*\*|__)(?P<title>[^*_].*?)\1$")


def _speaker_lines(cell: str, known: Collection[str]) -> list[Name] | None:
    """A speaker cell of lines (``Ann Example<br>_Example S.A._<br>Bo Sample``): a line
    that is a name (strictly, or one the front matter knows) is a person, any other line
    (an employer, a job, a line set apart in emphasis) says where the person above it
    works. ``None`` when the cell is one line or its first line is no name."""
    if "<" not in cell or not _LINE_BREAK.search(cell):
        return None
    people: list[Name] = []
    for written in _BREAK_SPLIT.split(cell):
        line = plain(written).strip()
        if not line:
            continue
        if not _EMPHASISED.match(written.strip()) and looks_like_name(line, known):
            people += split_names(line, known)
        elif people:
            where = people[-1].affiliation
            people[-1].affiliation = f"{where}, {line}" if where else line
        else:
            return None
    return people or None


def _bold_first_line(cell: str) -> tuple[str, str] | None:
    """``**Title**<br>a subtitle or abstract``: the title is the bold first line; the
    lines below it are what the row says of the talk (its abstract, kept)."""
    if "<" not in cell or not _LINE_BREAK.search(cell):
        return None
    first, rest = _BREAK_SPLIT.split(cell, 1)
    bold = _BOLD_LINE.match(first.strip())
    title = plain(bold["title"]).strip() if bold else ""
    if not title:
        return None
    return title, " ".join(plain(line).strip() for line in _BREAK_SPLIT.split(rest)).strip()


def _profile_then_title(cell: str, known: Collection[str]) -> tuple[list[Name], str] | None:
    """``[Ann Example](https://linkedin.com/in/ann) - Title``: who (the link to their
    own page, and a full name or one the front matter knows) and what they give."""
    cell, at, people = cell.strip(), 0, []
    while (link := _PROFILE_LINK.match(cell, at)) is not None and is_profile(link["url"]):
        name = parse_name(plain(link["name"]))
        if name.name != plain(link["name"]).strip() or not looks_like_name(name.name, known):
            return None
        people.append(name)
        at = link.end()
        if (join := _PEOPLE_JOIN.match(cell, at)) is not None and join.end() > at and (
                cell.startswith("[", join.end())):
            at = join.end()
    gap = _BEFORE_TITLE.match(cell, at) if people else None
    title = plain(cell[gap.end():]).strip() if gap else ""
    return (people, title) if title else None


def _quoted_part(cell: str) -> str:
    """``《标题》演示 + 说明`` in a title cell: the quoted title (the rest is a note);
    ``圆桌环节-《标题》``: a short kind label before the whole quoted title."""
    if cell.startswith("《") and (end := cell.find("》")) > 1 and end < len(cell) - 1:
        return cell[1:end]
    labelled = _LABELLED_QUOTE.match(cell)
    return labelled["title"] if labelled else cell


def _after_quoted(cells: list[str], title: str, known: Collection[str]) -> list[Name]:
    """``《标题》 示例集团 示例团队 名``: who gives the talk, after its quoted title in the
    same cell (a speaker slot: the name last, after a role)."""
    for cell in cells:
        if cell.startswith("《") and _quoted_part(cell) == title:
            tail = cell[cell.find("》") + 1 :].strip()
            return slot_names(tail, known) if tail else []
    return []


def _all_names(cell: str, known: Collection[str], written: str = "") -> bool:
    """Whether a cell no header names is people: names only, each vouched for by name
    knowledge (the front matter lists them, a known given name leads them:
    ``Moonbounce Basics`` is no one) and none of five words or more unless listed
    (``RF Power Amplifier Design Considerations``), and no link to a section
    (``[Title](#title)``, ``[Title](/program#title)``: a talk's heading below)."""
    if "#" in written and _SECTION_LINK.search(written):
        return False
    names = split_names(cell, known)
    return bool(names) and all(
        looks_like_name(n.name, known) and (len(n.name.split()) < _LONGEST_NAME
                                            or key(n.name) in known)
        and vouched_or_cjk(n.name, known, one_word=True)
        for n in names)


#: a link to a section of a page: its target holds a fragment
_SECTION_LINK = LazyPattern(r"\]\([^()\s#]*+#(?P<fragment>[^()\s]+)\)")
#: words from which a name no one vouches for is a title's, not a person's
_LONGEST_NAME = 5


