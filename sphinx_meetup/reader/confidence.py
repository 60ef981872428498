"""Whether the programme read from a body can be trusted; when not, the body as written.

A wrong speaker card is worse than none. After the body is read, each talk is checked
for general signs that the reader misread the page: a "speaker" that reads as an
organisation, a role, a label or a fragment of markup; a title that is empty, a label
or the speaker's name; a speaker slot left inside a title. One doubtful talk is enough:
a partial agenda would scramble the page's order, so the rule is all or nothing - the
agenda is dropped (front-matter speakers keep their cards), the body is shown whole in
source order, and one ``meetup.programme`` problem says what was not understood and
points to the structured ``talks:`` front matter.

Lines the reader took out of the body but used for nothing (``Moderator: …``, a day
heading) are put back where they were: the reader never drops the author's text.

Pure: data in, data out; decided by vocabulary and shape, never by a page's strings.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..model import Event, Problem, Talk
from .blocks import SENTENCE_BREAK, plain
from .given_names import vouched_for
from .headers import TRAILING_HANDLE
from .html_blocks import words_of
from .introduced_author import INTRODUCES
from .labels import Labels
from .names import (
    caseless,
    clean,
    describes_someone,
    is_organisation,
    key,
    looks_like_name,
    says_how,
)
from .patterns import LazyPattern, alternation, run_of

#: label roles whose words never name a person
_NOT_NAME_ROLES = (
    "talk_part", "topic", "talks_section", "not_talks_section", "event_section", "host",
    "speaker_intro", "theme", "affiliation", "time", "venue", "replay", "slides",
)
#: what a name is never written with: Markdown or HTML residue, a link, a handle
_MARKUP = LazyPattern(r"[\[\]<>|#*`@{}=\\]|https?:|www\.")
#: what each mark of :data:`_MARKUP` is, as a doubt names it (in words, so a warning
#: says what to mend and a sealed round's tally may show it)
_MARKS = {"[": "a link's bracket", "]": "a link's bracket", "<": "an HTML tag",
          ">": "an HTML tag", "|": "a table's bar", "#": "a hash sign", "*": "an asterisk",
          "`": "a code mark", "@": "an at sign", "{": "a brace", "}": "a brace",
          "=": "an equals sign", "\\": "a backslash"}
#: the speaker labels' words a name never opens with (``**Speaker** Ann Example``, a
#: label left without its colon)
_LABEL_OPENERS = frozenset({"speaker", "speakers", "presenter", "presenters", "referent",
                            "referentin", "sprecher", "sprecherin", "spreker", "ponente",
                            "palestrante", "relatore", "orateur", "intervenant",
                            "intervenante", "prelegent", "lecturer", "panelist"})
#: an acronym: two or more capitals and nothing else (UBC, MIT, CS)
_ACRONYM = LazyPattern(r"^[A-Z]{2,}[0-9]*$")
_LATIN_WORDS = LazyPattern(run_of(r"[A-Za-z\u00c0-\u024f]", least=2))
_CJK = LazyPattern(r"[\u3040-\u30ff\u3400-\u9fff]")
#: ``… (Name, Org)`` / ``… — Name`` at the end of a title: a speaker slot left unread
_TRAILING_SLOT = LazyPattern(r"(?:[(（](?P<inner>[^()（）]+)[)）]|\s[-–—]\s+(?P<dash>[^-–—]+))\s*$")
#: a title that is a sentence of prose (greetings, announcements), not a talk's name
#: ``「Title」 Name（Org）``: a quoted title with more text after it
_QUOTED_FIRST = LazyPattern(r"^\s*[「《“『\"](?P<title>[^」》”』\"]+)[」》”』\"](?P<rest>.*)$")
#: ``标题 示例公司技术总监`` / ``标题 数据库内核工程师名``: a title, a space, then a word
#: that ends with a job (and perhaps the name glued after it) - a speaker slot unread
_TRAILING_ROLE = LazyPattern(
    r"\s(?P<slot>\S{0,24}?(?:专家|工程师|架构师|负责人|创始人|经理|总监|总裁|主管|组长|成员|"
    r"布道师|分析师|研究员|教授|顾问|主席|委员|董事|合伙人|设计师)[\u3400-\u9fff]{0,4})$"
)
#: ``+ Q/A`` after a name in an agenda row
_QUESTIONS = LazyPattern(r"(?<![a-z])q\s*[/&]\s*a(?![a-z])", re.IGNORECASE)
_PROSE_END = LazyPattern(r"[.!。！]\s*$")
_MAX_NAME_WORDS = 5
#: ``Storytelling's Brushstrokes``, ``Rust’s future``: a word's possessive before another
#: word - a title's words, never a person's name (``O'Brien`` has no ``'s``)
_POSSESSIVE = LazyPattern(r"\w['’]s\s+\w")
#: the words that say a bracket holds a nickname (``（花名：X）``): read, not kept
_NICKNAME_WORDS = LazyPattern(r"花名|昵称|网名|(?<![a-z])aka(?![a-z])")
#: runs of letters and digits (joined, the text without what is not: faster than
#: substituting every run of what is not one by nothing)
_LETTERS = LazyPattern(run_of(r"[^\W_]"))
#: an ASCII text's characters that are no letter or digit, deleted by ``translate``: what
#: :data:`_LETTERS` leaves of an ASCII text (``isalnum`` and ``[^\W_]`` agree there; a
#: test compares), at a tenth of the cost (a kept text of 1,800 characters: 50 µs)
_ASCII_SQUEEZE = dict.fromkeys(point for point in range(128) if not chr(point).isalnum())
#: a table's rule line (``|---|``, ``|:-:|-|``: GFM takes one dash a cell)
_TABLE_RULE = LazyPattern(r"^\s*\|?\s*:?(?:-{3,}|-+:?\s*\|)")
#: words a reader may leave out of a title or name without losing what the line says
_SMALL_WORDS = frozenset({"the", "of", "at", "by", "and", "an", "in", "on", "for", "to",
                          "with", "from", "et", "und", "de", "la", "le", "der", "die", "das"})
#: label roles whose words say what a line is, not what it holds
_LABEL_ROLES = (
    "speaker", "host", "topic", "talks_section", "talk_part", "speaker_intro", "time",
    "venue", "replay", "slides", "affiliation",
)


#: a text opening with a full name (two to four capitalised words) and the verb of a
#: bio: who they are or what they do (:data:`.introduced_author.INTRODUCES`)
_BIO_OPENING = LazyPattern(
    r"(?P<name>[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){1,3})" + INTRODUCES)


#: label roles of a line that describes a person or a talk, never a talk's title
_NOT_TITLE_ROLES = ("speaker_intro", "talk_part")
#: what a talk's evidence says when it was read from a timed agenda that names no one and
#: links no entry (:func:`.talks.find_talks` says so; the check decides with the page)
UNNAMED_SCHEDULE = "of a schedule that names no one"
#: the evidence of people read from the speaker label a talk with no header was cut at:
#: labelled (a one-word handle may speak), yet no vouch for a talk without a title
CUT_AT_LABEL = "after the speaker label the text was cut at"
#: the evidence of people read from the speaker column of a recap's running order
#: (:mod:`.running`): the column, repeated over the entries, stands for a label
SPEAKER_COLUMN = "the speaker column of a running order"
#: the evidence of people read from the name slot a list's items share (:mod:`.name_items`):
#: like a column, the slot repeated over the siblings stands for a label
SIBLING_SLOT = "the name slot its sibling items share"
#: the evidence of a person a sentence names beside a quoted title (:mod:`.quoted_prose`):
#: the page's other sentences of that shape stand for a label, as siblings' slots do
SIBLING_SENTENCES = "sentences of the page name a talk so"
#: the evidence of a person read from the ``@handle`` beside a deck's link: a handle is
#: what the person goes by (its words are no job or employer to doubt)
DECK_HANDLE = "the @handle beside the deck's link"
#: the evidence of a person read from a link whose text is their ``@handle`` (their
#: profile) after ``with`` in the heading that opens a one-talk page (:mod:`.titled`)
LINKED_HANDLE = "the linked @handle after 'with' in the page's opening heading"
#: the evidence of a person read from a talk heading that marks them with a Japanese
#: honorific (``さん``) or as an ``@handle`` beside the quoted title (:mod:`.honorific`):
#: what the page calls the person (a handle may hold digits) is their name
HONORIFIC_HEADING = ("the person the honorific (さん) or the @handle marks beside the "
                     "title in the heading")

#: the evidence of a person read from a link whose text is their ``@handle``, alone as
#: the first paragraph under the talk's heading (:mod:`.linked_names`)
OPENING_HANDLE = "the linked @handle alone under the talk's heading"

#: the evidence of a person read from an ``@handle`` that is a whole cell of a table's
#: speaker column (``| 主讲人 |`` … ``| @ann |``)
TABLE_HANDLE = "the @handle in the table's speaker column"
#: the evidence of a one-word name in a table's column its header calls the speaker's
#: (``| Presenter |`` over ``| Ann |``): the header is the name's label
TABLE_SPEAKER_LABEL = "the speaker column its header labels"

#: the evidence of a person read from a link whose text is their ``@handle``, closing
#: an item of a talks section's list (:mod:`.bracket_items`)
ITEM_HANDLE = "the linked @handle closing the list item"
#: the evidence of a person read from an ``@handle`` opening a list item that its
#: siblings open alike (:mod:`.handle_items`)
OPENING_ITEM_HANDLE = "the linked @handle opening the list item"


#: the evidence of a person read from an ``@handle`` that is the whole value of a speaker
#: label (``Speaker: @ann``, ``LT: @ann さん``): the label says it is who speaks
LABEL_HANDLE = "the @handle the speaker label names"


#: evidence that vouches for a handle as the person's name
HANDLES = (DECK_HANDLE, LINKED_HANDLE, HONORIFIC_HEADING, OPENING_HANDLE, TABLE_HANDLE,
           ITEM_HANDLE, OPENING_ITEM_HANDLE, TRAILING_HANDLE, LABEL_HANDLE)


@dataclass(slots=True, frozen=True)
class Doubt:
    """What was not understood, and the file line where it is."""

    line: int | None
    what: str


def _given_then_surname_in_capitals(words: list[str]) -> bool:
    """``Xavier NOPRE``, ``Rachel DA SILVA SANTOS``: a given name written as words are,
    then the surname in capitals, as French and other pages write people. The capitals
    are no acronym of an organisation here: one capitalised word leads (``IBM Research``
    and ``ETH Zurich`` lead with the capitals) and one capitals word is a real word of
    three letters or more (``Generative AI`` is not a person)."""
    if not 2 <= len(words) <= _MAX_NAME_WORDS:
        return False
    given, rest = words[0], words[1:]
    if not (given[:1].isupper() and given[1:].islower() and given.isalpha() and len(given) > 1):
        return False
    bare = [word.replace("-", "").replace("'", "").replace("’", "") for word in rest]
    capitals = all(word.isalpha() and word.isupper() and len(word) > 1 for word in bare)
    return capitals and any(len(word) > 2 for word in bare)


def speaker_doubt(
    name: str, labels: Labels, known: Collection[str] = (), *, labelled: bool = False
) -> str | None:
    """Why ``name`` does not read as a person (``None`` when it does, or when the front
    matter lists them): an organisation, a role, an acronym, a label word, markup; a
    lone word unless a speaker label (``Speaker: Ann``) stands before it."""
    if key(name) in known:
        return None
    text = clean(name)
    if not text:
        return "an empty name"
    if markup := _MARKUP.search(name):
        return f"text with markup ({_MARKS.get(markup[0][:1], 'an address')})"
    if any(map(str.isdigit, text)):
        return "text with digits"
    cjk = bool(_CJK.search(text))
    if cjk and looks_like_name(text, known):
        return None  # 李云: a surname-led name, whatever its characters also mean
    words = text.split()
    surname_caps = _given_then_surname_in_capitals(words)
    if (is_organisation(text) and not surname_caps) or describes_someone(text):
        return "an organisation or a role"
    if not surname_caps and any(_ACRONYM.match(word.strip(".,;:()")) for word in words):
        return "an acronym (an organisation)"
    if len(words) > 2 and not cjk and words[0].casefold() in _LABEL_OPENERS:
        return "a speaker label before a name"  # ``**Speaker** Ann Example``: no colon
    folded = {word.casefold().strip(".,;:()") for word in words}
    singles = _single_words(labels)
    if folded & singles.keys() or _only_labels(labels).match(text):
        hit = next((singles[w] for w in folded if w in singles), None)
        return f"a {(hit or 'label').replace('_', ' ')} word"
    if len(words) > _MAX_NAME_WORDS:
        return "a phrase, not a name"
    if not cjk and _POSSESSIVE.search(text):
        return "a possessive (something of someone's), not a name"
    if not cjk and len(words) > 1 and not any(word[:1].isupper() for word in words) and (
        not (labelled and looks_like_name(text, strict=False) and caseless(text))
    ):
        # ``it could be you``, ``to be announced``: words of a sentence - a person's
        # name has a capital somewhere (a one-word handle may be all lower case); a
        # script without capitals (``علی رضایی``) has only its label to go by
        return "a phrase, not a name"
    if not cjk and len(words) == 1 and not labelled:
        # a lone Latin word (Stanford, Topics) is a place or a thing more often than a
        # person; a one-word speaker must be in the front matter
        return "a single word, not a full name"
    return None


_SINGLES: dict[int, tuple[Labels, dict[str, str], re.Pattern[str]]] = {}


def _not_name_words(labels: Labels) -> tuple[dict[str, str], re.Pattern[str]]:
    """The one-word labels of :data:`_NOT_NAME_ROLES` of three letters or more
    (``Topics``, ``Keywords``) with their role - a word of a longer label (``will`` of
    "what you will learn") is an ordinary word - and a pattern for a text that is
    nothing but one of the roles' labels (compiled once per labels)."""
    cached = _SINGLES.get(id(labels))
    if cached is not None and cached[0] is labels:
        return cached[1], cached[2]
    singles: dict[str, str] = {}
    phrases: set[str] = set()
    for role in _NOT_NAME_ROLES:
        for phrase in getattr(labels, role):
            phrases.add(phrase)
            if " " not in phrase and len(phrase) > 2:
                singles.setdefault(phrase.casefold(), role)
    # (as :func:`.alternation`'s tree of the words, not a flat list of some 400 tried
    # one by one at the text's first letter: 11 µs a name, 0.6 µs as a tree)
    alternatives = alternation(sorted(phrases, key=lambda p: (-len(p), p)), ignorecase=True)
    only = re.compile(rf"^[\W\d_]*(?:{alternatives})[\W_]*$", re.IGNORECASE)
    _SINGLES[id(labels)] = (labels, singles, only)
    return singles, only


def _single_words(labels: Labels) -> dict[str, str]:
    return _not_name_words(labels)[0]


def _only_labels(labels: Labels) -> re.Pattern[str]:
    return _not_name_words(labels)[1]


#: a job title ends with its job noun; a talk's title rarely does
_JOB_END = LazyPattern(
    r"(?:经理|总经理|总监|架构师|工程师|专家|主席|总裁|负责人|创始人|研究员|顾问|布道师|"
    r"\bCEO|\bCTO|\bVP)$"
)
_MAX_JOB = 24


def talk_doubt(
    talk: Talk, labels: Labels, known: Collection[str] = (), people: Collection[str] = ()
) -> str | None:
    """Why ``talk`` looks misread, or ``None``; ``people`` are the name keys of every
    speaker the page's talks name (a title that is one of them is a misread row)."""
    if talk.title.count("[") != talk.title.count("]"):
        return f"the title {talk.title!r} is a fragment of a link"
    title = clean(plain(talk.title)) if talk.title else ""
    vouched = bool(talk.speakers) and all(
        key(name) in known or (
            "label" in (why := talk.evidence.get(name, "")) and CUT_AT_LABEL not in why
        )
        for name in talk.speakers
    )
    if not title and (not vouched or "agenda table row" in talk.evidence.get("", "")):
        # ``Talk 3:`` over a ``Speakers:`` line is a talk whose title the page never
        # gives; a talk with no title and no labelled speaker is a misread paragraph, and
        # a table row with none (a photo cell beside a bio cell) is no agenda's row
        return "a talk with no title"
    title_key = key(title) if talk.speakers else ""
    for name in talk.speakers:
        name_key = key(name)
        if talk.evidence and name not in talk.evidence and name_key not in known:
            # a reading path that records its evidence gave none for this name
            return f"no label or shape says {name!r} speaks in {title!r}"
        evidence = talk.evidence.get(name, "")
        labelled = "label" in evidence or any(
            mark in evidence for mark in (SPEAKER_COLUMN, SIBLING_SLOT, SIBLING_SENTENCES,
                                          TABLE_SPEAKER_LABEL))
        why = None if any(mark in evidence for mark in HANDLES) else speaker_doubt(
            name, labels, known, labelled=labelled)
        if why:
            return f"the speaker {name!r} of {title!r} reads as {why}"
        if name_key == title_key:
            return f"the title {title!r} is its speaker's name"
    # (``Q/A`` and ``Q&A`` need their slash or ampersand: a title without either is not
    # searched)
    asked = _QUESTIONS.sub(" ", title) if "/" in title or "&" in title else title
    bare = labels.mention("break").sub(" ", asked).strip(" \t+&:：-–—()（）")
    if bare and (known or people) and ((bare_key := key(bare)) in known or bare_key in people):
        return f"{bare!r} stands where a talk's title goes: a person's name, not a talk's"
    if labels.any_role("fact", ("speaker_intro", "talk_part")).match(title):
        return f"the title {title!r} opens with a bio or abstract label"
    if (known or people) and (opener := _BIO_OPENING.match(title)) and (
            (opener_key := key(opener["name"])) in known or opener_key in people):
        # ``Stefan Example ist Senior Consultant und…`` (a photo table's bio cell): a
        # sentence about one of the page's people, not a talk's title
        return f"the title {title!r} is a sentence about {opener['name']!r} (a bio)"
    title_line = f"line {talk.line}: "
    on_line = [name for name in talk.speakers
               if talk.evidence.get(name, "").startswith(title_line)]
    if on_line and len(on_line) < len(talk.speakers) and any(
            not _CJK.search(name) and not vouched_for(name, known) for name in on_line):
        # ``- Ryerson Radio - Civic Influence`` / ``Einsatz von Code-Reviews`` over
        # ``Speaker: Ann Example``: what the title's line seemed to name is the title's
        # own words when another line names who speaks
        return f"the title line of {title!r} names {on_line[0]!r} beside its speaker line"
    own_line = all("talk's own line" in talk.evidence.get(name, "") for name in talk.speakers)
    if talk.speakers and own_line and len(title) <= _MAX_JOB and _JOB_END.search(title):
        # ``**名：openGauss数据库领域总经理**``: a person and their job on one line, not
        # a talk (``《从工程师到架构师》`` with its speaker labelled below is one)
        return f"the title {title!r} reads as its speaker's job"
    labelled = labels.fact("topic").match(title) or labels.fact("speaker").match(title)
    if labelled and not talk.speakers:
        return f"the title {title!r} still holds its labels"
    if labels.any_role("fact", _NOT_TITLE_ROLES).match(title):
        # ``个人简介：…`` / ``Abstract: …``: a labelled bio or part of a talk, no title
        return f"the title {title!r} is a labelled bio or part of a talk"
    if not talk.speakers and (slot := _TRAILING_SLOT.search(title)):
        inner = slot["inner"] or slot["dash"] or ""
        first = re.split(r"[,，;；]", inner, maxsplit=1)[0]
        words = first.split()
        named = looks_like_name(first, known) and not says_how(first)
        if named and all(len(word) > 1 for word in words):
            return f"the speaker in {title!r} was not read"
    if not talk.speakers and (slot := _TRAILING_ROLE.search(title)) and slot.start() > 0:
        return f"the role after the title {title!r} ({slot['slot']!r}) was not read"
    quoted = _QUOTED_FIRST.match(title)
    if quoted and not talk.speakers and len(quoted["rest"].strip(" \t,，、:：-–—")) >= 2:
        return f"the text after the quoted title of {title!r} was not read"
    if _PROSE_END.search(title) and len(title.split()) >= 6 and not talk.speakers:
        return f"the title {title!r} is a sentence of prose"
    if len(title.split()) > _PARAGRAPH_WORDS and SENTENCE_BREAK.search(title):
        # a table cell or a line that holds a bio or an abstract (``Ann Example is a
        # consultant in Dresden. Her work…``): sentences, whoever they name
        return f"the title {title[:60]!r}… is a paragraph of prose"
    return None


#: more words than a talk's title has, when they also make sentences
_PARAGRAPH_WORDS = 20


#: ``line 13: …``: where the evidence of a talk was found, before what it was
_AT_LINE = LazyPattern(r"^line \d+: ")


def evidence_shape(talk: Talk) -> str:
    """The talk's evidence without its line (``list item …``): the shape it was read from,
    the same for the siblings of one list or table."""
    return _AT_LINE.sub("", talk.evidence.get("", ""))


#: talks of one shape, and how many of them give full names, before a one-word name in
#: the same slot is read as their siblings' names are
_SHAPE_SIBLINGS, _FULL_NAMED = 3, 2


def shared_slots(talks: Iterable[Talk]) -> None:
    """A one-word speaker (``by Gram``) read from the same shape as sibling talks whose
    speakers are full names (three talks of the shape or more, two of them with full
    names) stands in their name slot: its evidence says so (:data:`SIBLING_SLOT`), and
    :func:`speaker_doubt` reads it as it reads a labelled name. Alone, a lone word is a
    place or a thing as often as a person."""
    shapes: dict[str, list[Talk]] = {}
    for talk in talks:
        if talk.kind == "talk" and talk.speakers and talk.evidence.get(""):
            shapes.setdefault(evidence_shape(talk), []).append(talk)
    for group in shapes.values():
        full = sum(1 for talk in group if all(len(n.split()) > 1 for n in talk.speakers))
        if len(group) < _SHAPE_SIBLINGS or full < _FULL_NAMED:
            continue
        for talk in group:
            for name in talk.speakers:
                why = talk.evidence.get(name, "")
                if len(name.split()) == 1 and why and SIBLING_SLOT not in why and not (
                        _CJK.search(name)):
                    talk.evidence[name] = why + (f"; {SIBLING_SLOT} ({full} of {len(group)} "
                                            "talks of its shape give full names)")


def doubt(
    talks: Iterable[Talk], labels: Labels, known: Collection[str] = (),
    others: Iterable[Talk] = (),
) -> Doubt | None:
    """The first doubtful talk of ``talks`` in source order (breaks are not checked);
    ``others`` are talks read from structured data (their speakers are people too)."""
    ordered = sorted(
        (talk for talk in talks if talk.kind == "talk"),
        key=lambda talk: talk.line if talk.line is not None else 0,
    )
    people = {key(name) for talk in (*ordered, *others) for name in talk.speakers}
    if not known and not people:
        timed = next((talk for talk in ordered if UNNAMED_SCHEDULE in talk.evidence.get("", "")),
                     None)
        if timed is not None:
            return Doubt(timed.line, "a timed schedule that names no one: which of its entries "
                         "are talks (not a welcome, a discussion or the end of the evening) is "
                         "a guess")
    for talk in ordered:
        why = talk_doubt(talk, labels, known, people)
        if why:
            return Doubt(talk.line, why)
    return None


def fall_back(
    event: Event, found: Doubt, body: str, body_line: int, kept: Collection[Talk] = ()
) -> None:
    """No agenda read from the body (``kept`` talks, read from structured data such as
    Hugo Blox shortcodes, stay), the body whole and in order, one ``meetup.programme``
    problem."""
    ids = {id(talk) for talk in kept}
    event.talks = [talk for talk in event.talks if id(talk) in ids]
    event.body_rest = body
    event.body_rest_line = body_line
    if any(problem.subtype == "programme" for problem in event.problems):
        return
    event.problems.append(
        Problem(
            found.line,
            f"the programme was not understood ({found.what}); no agenda or speaker cards "
            "were made from the body, which is shown as written - give the programme as "
            "`talks:` in the front matter",
            "programme",
        )
    )


def restore_unused(
    body: str, body_line: int, consumed: set[int], used: Iterable[int], event: Event,
    labels: Labels,
) -> set[int]:
    """Lines of ``consumed`` whose words went nowhere (no talk, no fact, no speaker):
    they stay in the body. ``used`` are the fact lines the reader took a value from;
    a talk's own line is that talk."""
    lines = body.split("\n")
    # a talk's own line is shown as that talk (a title shortened by a role the reader
    # judged to be the speaker's is not put back: the line would show twice)
    skip = set(used) | {talk.line for talk in event.talks}
    accounted: _Kept | None = None  # (joined once a line needs it: on many pages none)
    keep: set[int] = set()
    for line in consumed:
        index = line - body_line
        if line in skip or not 0 <= index < len(lines):
            continue
        text = lines[index]
        if _section_heading(text, labels) or _table_head(lines, index):
            continue  # a heading whose section was all read leaves with it
        if accounted is None:
            accounted = _accounted(event)
        if _unaccounted(text, accounted, labels):
            keep.add(line)
    return consumed - keep


_LABEL_PATTERNS: dict[int, tuple[Labels, re.Pattern[str]]] = {}


def _label_words(labels: Labels) -> re.Pattern[str]:
    """One pattern for every word of :data:`_LABEL_ROLES` (compiled once per labels)."""
    cached = _LABEL_PATTERNS.get(id(labels))
    if cached is not None and cached[0] is labels:
        return cached[1]
    words = sorted(
        {w for role in _LABEL_ROLES for w in getattr(labels, role)}, key=lambda w: (-len(w), w)
    )
    # (the tree of :func:`.alternation`: a flat list of some 600 words is entered word by
    # word at each place that passes the look-ahead, 4.7 times the time on the corpus)
    alternatives = alternation(words, ignorecase=True)
    # the words' first letters as a look-ahead: a search skips other positions at once
    initials = "".join(sorted({re.escape(word[0]) for word in words})) if all(words) else ""
    ahead = f"(?=[{initials}])" if initials else ""
    pattern = re.compile(rf"(?<![a-z]){ahead}(?:{alternatives})(?![a-z])", re.IGNORECASE)
    _LABEL_PATTERNS[id(labels)] = (labels, pattern)
    return pattern


_HTML_HEADING = LazyPattern(r"<h[1-6][\s>]", re.IGNORECASE)


def _section_heading(line: str, labels: Labels) -> bool:
    """``## Agenda``, ``## 关于本次活动``: a heading that names a kind of section (a day
    heading such as ``## Day 2`` names none, and stays); ``<h2>Agenda</h2>`` too."""
    stripped = line.lstrip()
    if not stripped.startswith("#") and _HTML_HEADING.match(stripped) is None:
        return False
    roles = ("talks_section", "event_section", "not_talks_section")
    return bool(labels.any_role("mention", roles).search(line))


def _table_head(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a table's header row (its columns' names)."""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return lines[index].lstrip().startswith("|") and bool(_TABLE_RULE.match(after))


def _accounted(event: Event) -> _Kept:
    """Every text the reader kept of the page, case-folded, for :func:`_unaccounted`."""
    parts: list[str] = [event.title, event.description, event.location or "",
                        event.venue or "", event.fee or ""]
    for talk in event.talks:
        parts += [talk.title, talk.abstract, talk.video or "", talk.slides or "",
                  talk.room or "", *talk.speakers, *talk.affiliations.values()]
        parts += [alias for aliases in talk.aliases.values() for alias in aliases]
    for speaker in event.speakers:
        parts += [speaker.name, speaker.designation or "", speaker.affiliation or "",
                  *speaker.aliases]
    parts += event.replays + event.slides + event.topics
    parts += [link.name for link in (*event.links, *event.sponsors)]
    return _Kept("\n".join(parts).casefold())


class _Kept:
    """The kept text, and (made when first needed: most pages' lines are found in the
    text as it is) the same with its Markdown and spacing squeezed out, as
    :func:`plain` reads a line. A piece of one line (no newline) is kept when either
    holds it - what a search of the two joined by a newline found."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._squeezed: str | None = None

    def holds(self, piece: str) -> bool:
        if piece in self.text:
            return True
        if not piece.isalnum():
            # the squeezed text is letters and digits alone (what ``isalnum`` says of a
            # character is what ``[^\W_]`` does): a piece with anything else is not in it
            return False
        if self._squeezed is None:
            self._squeezed = (self.text.translate(_ASCII_SQUEEZE) if self.text.isascii()
                              else "".join(_LETTERS.findall(self.text)))
        return piece in self._squeezed


def _cjk(text: str) -> list[str]:
    """The CJK characters of ``text`` (none in an ASCII text: not scanned for)."""
    return [] if text.isascii() else _CJK.findall(text)


def _all_held(text: str, accounted: _Kept) -> bool:
    """Whether every word of ``text`` (but the small ones) and every CJK character is in
    the kept text: :func:`_unaccounted`'s answer is then no, whatever label words the
    line holds (a property test compares the two)."""
    # (each character once: a line repeats its characters, and each look-up is a
    # search of the whole kept text)
    return all(word in _SMALL_WORDS or accounted.holds(word)
               for word in _LATIN_WORDS.findall(text)) and all(
        char in accounted.text for char in set(_cjk(text)))


def _unaccounted(line: str, accounted: _Kept, labels: Labels) -> bool:
    """Whether ``line`` says something (two words or more, beyond label words) that
    none of the kept text holds."""
    text = plain(words_of(line)).casefold().strip(" \t-*>#|")
    if not text or accounted.holds(text):
        return False  # a title, an abstract line: kept as it is
    if _all_held(text, accounted):
        # every word and character of the line is kept somewhere: with the label words
        # taken out, what is left is pieces of the same words (a cut only shortens a
        # word, never joins two), so the answer is no - without the label-word search,
        # the costliest pattern of a pass (600 words, case-insensitive)
        return False
    text = _NICKNAME_WORDS.sub(" ", _label_words(labels).sub(" ", text))
    words = _LATIN_WORDS.findall(text)
    missing = [w for w in words if w not in _SMALL_WORDS and not accounted.holds(w)]
    cjk = _cjk(text)
    # (every character of the squeezed text is one of the text's)
    cjk_missing = [char for char in cjk if char not in accounted.text]
    # nothing of the line is kept anywhere (``Moderator: 李云``)
    whole = (missing or cjk_missing) and len(missing) + len(cjk_missing) == len(
        [w for w in words if w not in _SMALL_WORDS]
    ) + len(cjk)
    return bool(missing) or bool(whole) or len(cjk_missing) >= 2
