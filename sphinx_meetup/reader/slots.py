"""Speaker slots: the line beside a talk title that says who gives it.

A name becomes a speaker only with evidence. Here the evidence is the *shape* of the
line in a place where a speaker is expected (right under a talk's title, in an agenda
table's speaker column, after a ``嘉宾介绍`` label): a person followed by what they do
(``名，职位`` / ``名（花名：X） 职位`` / ``Name, Role at Org``) or what they do followed
by the person (``职位 名``, the name last, often after a no-break space). The part that
is not the name must read as a job or an employer (:func:`.names.describes_someone`),
so a line of prose or a list of keywords never yields a person.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .names import (
    Name,
    clean,
    describes_someone,
    initials,
    is_organisation,
    key,
    looks_like_name,
    parse_name,
)
from .patterns import LazyPattern, alternation, openers

#: ``名`` / ``名（…）`` at the start of a line; the bracket may hold a nickname
_CJK_LEAD = LazyPattern(
    r"^(?P<name>[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,8}[·•・][\u3400-\u9fff]{1,10})"
    r"(?P<bracket>[ \u3000]?[（(][^（()）]{1,40}[）)])?"
)
#: a Western name at the start of a line: capitalised words
_LATIN_LEAD = re.compile(
    r"^(?P<name>[A-Z][\w'’\-]*\.?(?: (?:[A-Z][\w'’\-]*\.?|van|de|der|den|von|du|la|le|di|da)){0,5})"
    r"(?P<bracket> ?\([^()]{1,40}\))?"
)
#: a bio paragraph opening ``名是…``: the name, then 是 ("is") and what they do
_BIO_IS = LazyPattern(r"^(?P<name>[\u3400-\u9fff]{2,3})(?=是[^，。,\s]{2})")
#: what may stand between the name and the role
_SEPARATORS = "，,、:：;；|｜/／-–—@＠ \u3000\u00a0"
#: the name at the end of a line, after the role: ``蚂蚁金服技术专家 名``
_CJK_LAST = LazyPattern(
    r"[\s\u00a0\u3000](?P<name>[\u3400-\u9fff]{2,4})(?P<bracket>[（(][^（()）]{1,40}[）)])?$"
)
#: words of a job or an employer, strong enough to say "this is a person's role": no
#: generic nouns (技术, 产品, 社区) that titles are full of
_ROLE_CJK = (
    r"专家|工程师|架构师|负责人|创始人|创办人|联合创始人|经理|总监|总裁|主管|组长|成员|作者|布道师|分析师|"
    r"研究员|开发者|教授|博士|讲师|顾问|主席|委员|维护者|贡献者|合伙人|首席|董事|爱好者|"
    r"设计师|策略师|主理人|站长|咨询师|"
    r"公司|集团|股份|大学|学院|研究院|研究所|实验室|银行|基金会|事业部|团队"
)
_ROLE_LATIN = (
    "founder", "cofounder", "co-founder", "engineer", "architect", "developer", "manager",
    "director", "lead", "head", "member", "author", "evangelist", "advocate", "consultant",
    "scientist", "researcher", "professor", "ceo", "cto", "contributor", "cio", "coo", "vp",
    "maintainer", "committer", "pmc", "ppmc", "chair", "partner", "owner", "specialist", "expert",
    "analyst", "president", "officer", "principal", "intern", "student", "teacher", "inc", "ltd",
    "gmbh", "llc", "university",
    # the same jobs in the pages' other languages (``Directeur de Projet chez Enovea``,
    # ``Entwicklerin bei Example``, ``Ingeniera en Example``): French, German, Spanish,
    # Portuguese, Italian, Dutch
    "directeur", "directrice", "développeur", "développeuse", "ingénieur", "ingénieure",
    "stagiaire", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "architecte",
    "chercheur", "chercheuse", "étudiant", "étudiante", "professeur", "professeure", "responsable",
    "entwickler", "entwicklerin", "softwareentwickler", "softwareentwicklerin", "gründer",
    "gründerin", "mitgründer", "geschäftsführer", "geschäftsführerin", "berater", "beraterin",
    "leiter", "leiterin", "ingenieur", "ingenieurin", "architekt", "architektin", "studentin",
    "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "fundador", "fundadora",
    "cofundador", "cofundadora", "director", "directora", "investigador", "investigadora",
    "profesor", "profesora", "arquitecto", "arquitecta", "estudiante", "desenvolvedor",
    "desenvolvedora", "engenheiro", "engenheira", "diretor", "diretora", "pesquisador",
    "pesquisadora", "arquiteto", "arquiteta", "estudante", "sviluppatore", "sviluppatrice",
    "ingegnere", "fondatore", "fondatrice", "direttore", "direttrice", "ricercatore",
    "ricercatrice", "studente", "studentessa", "ontwikkelaar", "oprichter", "medeoprichter",
    "onderzoeker",
    # the scientist, the analyst, the consultant: Spanish, Portuguese, Italian, French
    "científico", "científica", "cientista", "scienziato", "scienziata", "scientifique",
    "analista", "consultor", "consultora", "consulente", "consultante",
)
#: the look-ahead lets a search skip every position no word can start at (most of a
#: line) instead of trying all the words there; the Latin words are a tree of their
#: shared beginnings (:func:`.alternation`): matched case-insensitively, a flat list was
#: entered word by word at each word of a line (the engine tests no case-insensitive
#: first letter before it enters an alternative: some 120 entries a word)
_LATIN_TREE = alternation(sorted(_ROLE_LATIN, key=len, reverse=True), ignorecase=True)
_ROLE = LazyPattern(
    rf"(?={initials(_ROLE_CJK)}|\b{initials('|'.join(_ROLE_LATIN))})"
    rf"(?:{_ROLE_CJK}|\b(?:{_LATIN_TREE})s?\b)",
    re.IGNORECASE,
)
#: :data:`_ROLE`'s two halves, for a yes or no (:func:`is_role`): the CJK words open
#: with their characters, which the engine skips ahead to; the Latin words open with a
#: word start, tried at every place, and are searched only in a text holding a letter
#: one of them opens with (420 of a pass's 794 texts, CJK lines, hold none)
_ROLE_CJK_WORDS = LazyPattern(_ROLE_CJK)
_ROLE_LATIN_OPENERS = LazyPattern(openers("".join({word[0] for word in _ROLE_LATIN})))
_ROLE_LATIN_WORDS = LazyPattern(
    rf"(?=\b{initials('|'.join(_ROLE_LATIN))})\b(?:{_LATIN_TREE})s?\b", re.IGNORECASE)
#: a role is at most this long; longer text after a name is a paragraph of prose
_MAX_ROLE = 120
#: the longest line read as a slot, and how much of a bio paragraph's start is read
_MAX_SLOT = 300
_MAX_NAME_LINE = 80
_MAX_BIO_START = 200
#: a role before a name at the end of the line is short and is no sentence or label
_MAX_LAST_ROLE = 48
_NOT_IN_ROLE = ("：", ":", "。", "（", "(", "【", "】")
#: several people in one cell: ``名（X），职位；名（Y），职位``
_PEOPLE = LazyPattern(r"(?<!\s)\s*+[；;]\s*")


def slot_names(text: str, known: Collection[str] = (), *, bio: bool = False) -> list[Name]:
    """The people a speaker slot names, or ``[]`` when the line is not one.

    ``bio``: the line opens a paragraph about the speaker (after a ``嘉宾介绍`` label),
    so only its first clause has to be a role (``名，职位。Then prose…``).
    """
    # a slot is a short line; a bio paragraph is judged by its start
    text = text[:_MAX_BIO_START] if bio else text
    if len(text) > _MAX_SLOT or (not known and not is_role(text)):
        return []  # no role word and no name the page knows: no slot (the common case)
    text = clean(text.replace("\u00a0", " "))
    if not text:
        return []
    if bio:
        person = _name_first(text, known, bio=True)
        return [person] if person else []
    several = ";" in text or "；" in text
    parts = [part for part in _PEOPLE.split(text) if part] if several else [text]
    people = [_one(part, known) for part in parts]
    if not all(people):
        return []
    return [person for person in people if person is not None]


def peel_name(text: str, known: Collection[str] = ()) -> Name | None:
    """``示例集团技术专家郑一鸣（花名：一鸣）``: a role glued to the name after it (no
    separator), the name ending the text or followed by its bracket."""
    text = clean(text)
    if len(text) > _MAX_SLOT:
        return None
    last = None
    for match in _ROLE.finditer(text):
        last = match
    if last is None or last.start() == 0:
        return None
    rest = text[last.end() :]
    lead = _CJK_LEAD.match(rest)
    if lead is None or lead.end() != len(rest):
        return None
    person = parse_name(lead.group(0))
    if not person.name or describes_someone(person.name) or is_organisation(person.name):
        return None
    if not (key(person.name) in known or looks_like_name(person.name, known, strict=False)):
        return None
    person.affiliation = person.affiliation or text[: last.end()].strip()
    return person


def name_alone(text: str, known: Collection[str] = ()) -> Name | None:
    """``名（花名：X）`` alone on a line (its role on the lines below, in a bio)."""
    if len(text) > _MAX_NAME_LINE:
        return None
    text = clean(text)
    lead = _CJK_LEAD.match(text) or _LATIN_LEAD.match(text)
    if lead is None or lead.end() != len(text):
        return None
    person = parse_name(text)
    if not person.name or describes_someone(person.name):
        return None
    strict = lead.re is _LATIN_LEAD and key(person.name) not in known
    return person if looks_like_name(person.name, known, strict=strict) else None


def _one(text: str, known: Collection[str]) -> Name | None:
    return _name_first(text, known) or _name_last(text, known)


def _name_first(text: str, known: Collection[str], *, bio: bool = False) -> Name | None:
    """``名，职位`` / ``名（花名：X），职位`` / ``Name, Role at Org`` / a known name alone."""
    lead, shape = _CJK_LEAD.match(text), "cjk"
    if lead is None:
        lead, shape = _LATIN_LEAD.match(text), "latin"
    if lead is None:
        return None
    copula = _BIO_IS.match(text) if bio else None
    if copula and looks_like_name(copula["name"], known, strict=True):
        lead, shape = copula, "bio"  # 张三是某某团队的技术专家，…: a bio that says who
        # the name is (strictly a name: ``我们是一支…团队`` is no person)
    rest = text[lead.end() :]
    role = rest.lstrip(_SEPARATORS)
    if shape == "bio":
        role = rest[1:]  # after 是
    elif rest and role == rest and shape == "cjk":
        return None  # 名 glued to more characters: part of a longer word, not a name
    if rest and role == rest and not rest[:1].isspace():
        return None
    person = parse_name(lead.group(0))
    if not person.name:
        return None
    is_known = key(person.name) in known or any(key(a) in known for a in person.aliases)
    if not role:
        # 名 alone is a speaker only if the page knows it, or its bracket says what they
        # do: 名（某某集团技术专家）
        bracket = lead["bracket"] or ""
        return person if is_known or (bracket and is_role(bracket)) else None
    colon = rest.lstrip(" \u3000")[:1] in ":："
    if colon and not bio and not is_known and shape == "cjk" and not lead["bracket"]:
        # ``活动主题：…`` / ``时间：…``: a label, not a person - unless the name is known
        # or the bracket says who (``名（花名：X）：职位``)
        return None
    if (len(role) > _MAX_ROLE and not bio) or not is_role(first_clause(role)):
        return None
    if not (is_known or looks_like_name(person.name, known, strict=shape == "latin")):
        return None
    if describes_someone(person.name) or (shape == "cjk" and is_organisation(person.name)):
        return None
    person.affiliation = person.affiliation or clean(first_clause(role) if bio else role)
    return person


def _name_last(text: str, known: Collection[str]) -> Name | None:
    """``蚂蚁金服技术专家 名`` / ``… 名（花名：X）``: a role, then the name last."""
    match = _CJK_LAST.search(text)
    if match is None:
        return None
    role = text[: match.start()].strip()
    name = match["name"]
    # the job comes right before the name (``…负责人 名``, ``Seata Committer 名``), and
    # the whole cell is a short role, not a sentence or a label
    if not role or len(role) > _MAX_LAST_ROLE or any(mark in role for mark in _NOT_IN_ROLE):
        return None
    if not is_role(role.split()[-1]):
        return None
    if describes_someone(name):
        return None
    if not (key(name) in known or looks_like_name(name, known, strict=False)):
        return None
    # ``职位 名（花名：X）``: the bracket after the name holds the nickname
    aliases = parse_name(name + match["bracket"]).aliases if match["bracket"] else []
    return Name(name, aliases, affiliation=clean(role))


def is_role(text: str) -> bool:
    """Whether ``text`` says what someone does or where (``蚂蚁集团技术专家``,
    ``Senior Engineer at Initech``): a job word or an employer word."""
    return _ROLE_CJK_WORDS.search(text) is not None or (
        _ROLE_LATIN_OPENERS.search(text) is not None
        and _ROLE_LATIN_WORDS.search(text) is not None)


#: the words of a job line at most (``Product Designer at Example``)
_JOB_WORDS = 5


#: ``Dev 🥑@cloudflare``, ``Hacker @acme``: a few words, then an at-sign and the employer
_AT_EMPLOYER = LazyPattern(r"^[^@\n]{1,40}?\s*+@\s*+[\w.-]++\s*+$")


def is_job(text: str) -> bool:
    """Whether ``text`` is what a person does (``Product Designer at Example``, ``CTO``,
    ``Dev @acme``): a role, or a short line that describes someone or ends with an
    at-sign and where they work - a long one may hold a job's words and still be a
    talk's title (``La clase de arquitectura de software que …``)."""
    return is_role(text) or (len(text.split()) <= _JOB_WORDS and (
        describes_someone(text) or ("@" in text and _AT_EMPLOYER.match(text) is not None)))


def first_clause(text: str) -> str:
    """The first clause of a role: ``蚂蚁集团技术专家，2017 年加入…`` gives the job."""
    for stop in "。；;.!?！？，、":
        cut = text.find(stop)
        while stop == "." and 0 < cut < len(text) - 1 and text[cut + 1].isalnum():
            cut = text.find(stop, cut + 1)  # ``Tetrate.io 创始工程师``: a dot in a word
        if cut > 0:
            text = text[:cut]
    return text[:80]
