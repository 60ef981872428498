"""People's names as pages write them: lists, brackets, nicknames, affiliations.

Whether a piece of text is a person is decided by its shape (a Chinese name is two to
four characters, usually led by a common surname; a Western name is a few capitalised
words), by the words around it (a label such as ``主讲人：`` or ``by``) and by the names
the front matter already lists: never by a list of particular people.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field

from ..model import name_key
from .dates import ZONE
from .emphasis import unemphasise
from .memo import per_read
from .patterns import LazyPattern, alternation, openers

#: how pages join several names: 、 , ， / ； & and "and"/"et"/"und"/"和"/"与" between names;
#: the Portuguese, Italian and Spanish ``e`` / ``y``, the Polish (and South Slavic) ``i``,
#: the Dutch ``en``, the Swedish ``och``, the Danish and Norwegian ``og``, the Turkish
#: ``ve``, the Russian ``и`` and a ``+`` between spaces only before a name of two
#: capitalised words (``Ana Souza e Bia Lima``): a surname may be joined so (``Souza e
#: Silva``), a room's slot written ``All attendees + speakers`` names no two people
# Patterns here run on every name candidate: none starts inside a run of spaces or lets
# two quantifiers share one (``王`` + 10,000 spaces + ``x`` was quadratic).
_JOINERS = LazyPattern(
    r"(?<!\s)(?:\s*+(?:[、,，/;；&＆]|\b(?:and|et|und)\b"
    r"|(?-i:(?:\b(?:[eyi]|en|och|og|ve|и)|(?<=\s)\+)(?=\s++[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻА-Я][\w'’\-]*+"
    r"\s++[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻА-Я])))"
    r"|\s++[和与](?=\s))\s*+",
    re.IGNORECASE,
)
#: what every match of :data:`_JOINERS` holds, as a pattern the engine skips ahead to:
#: one of its marks, or one of its words where a word starts (``and``, ``et``, ``und`` in
#: any case; ``e``, ``y``, ``i``, ``en``, ``och``, ``og``, ``и`` before a space). The
#: joiners open with a look-behind, so they are entered at every place of a name (21 k
#: instructions a call); most names hold none
_MAY_JOIN = LazyPattern(
    r"[、,，/;；&＆和与+aAeEuUyiovи](?:(?<=[、,，/;；&＆和与+])|(?<=\b[aAuU])(?i:nd)\b"
    r"|(?<=\b[eE])(?i:t)\b|(?<=\b[eyi])\s|(?<=\be)n\s|(?<=\bo)(?:ch|g)\s|(?<=\bv)e\s"
    r"|(?<=\bи)\s)"
)
_BRACKETED = LazyPattern(
    r"^(?P<name>[^（(]*?[^（(\s])\s*+[（(](?P<inner>[^）)]*)[）)]\s*+(?P<rest>.*)$"
)
_ANY_BRACKET = LazyPattern(r"[（()）]")
#: the texts of a person's profile links after their name (``Ann Example [LinkedIn](…)
#: [GitHub](…)``, ``Ann Example <https://…>``): where to find them, not who they are
_PROFILE_WORDS = frozenset({"twitter", "linkedin", "github", "gitlab", "mastodon", "bluesky",
                            "website", "homepage", "blog", "web", "youtube", "instagram",
                            "facebook"})
_PROFILES = LazyPattern(
    r"(?:[\s,|·/(]+(?:https?://\S+|" + "|".join(sorted(_PROFILE_WORDS)) + r")\)?)+$",
    re.IGNORECASE)


def _profile_end(text: str) -> bool:
    """Whether ``text`` ends with a profile link's text or an address (cheap: its last
    word only)."""
    last = text.rsplit(None, 1)[-1].strip("()").casefold() if " " in text else ""
    return last in _PROFILE_WORDS or last.startswith(("http://", "https://"))


_COMMA = LazyPattern(r"([,，])")
_SURNAME_AFTER = LazyPattern(r"^(?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+)?$")
_HTML_TAG = LazyPattern(r"</?[a-zA-Z][^<>]*>")
#: ``Jane Doe - CTO at Initech``: a dash between a name and a job
_ROLE_DASH = LazyPattern(r"(?<!\s)\s++[-–—|｜]\s+")
#: ``Ann Example · Acme``, ``Ann Example @ Acme``, ``Ann Example from Acme``: a full
#: name, then where the person works (never inside a sentence: the name is all before)
_NAME_THEN_ORG = LazyPattern(
    r"^(?P<who>[^\W\d_][^·•@]{2,60}?)\s++(?:[·•@]|from|at)\s++(?P<org>\S.*)$")
#: ``Jane Doe is a data scientist at…``: a sentence about someone, led by the name
_LATIN_SENTENCE = LazyPattern(
    r"^(?P<name>[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|van|de|der|den|von|du|la|le))*)"
    r"\s+(?:is|was|works|worked|has|will|joined|leads|heads)\b"
)
#: the verb :data:`_LATIN_SENTENCE` needs after the name: looked for first, since the
#: sentence pattern backtracks over every capitalised word of a title
_SENTENCE_VERB = LazyPattern(r"\s(?:is|was|works|worked|has|will|joined|leads|heads)\b")
_CJK_TOKEN = LazyPattern(r"^[\u3400-\u9fff]{2,4}$")
#: (asked only of a text with a colon, which it needs: most names have none)
_GUEST = LazyPattern(r"^\s*(?:special\s+)?guest\s+speaker\s*[:：]\s*", re.IGNORECASE)
#: a bracket that says it holds a nickname: （花名：天元）, (aka Bob)
_NICKNAME = LazyPattern(r"^\s*(?:花名|昵称|网名|人称|aka|a\.k\.a\.|nickname)\s*[:：]?\s*", re.I)

#: words that make a bracketed part an organisation rather than a nickname
_ORGANISATION_WORDS = LazyPattern(
    r"公司|集团|股份|大学|学院|株式会社|有限会社|合同会社|研究院|研究所|实验室|科技|技术|网络|银行|金融|云|团队|社区|基金会|"
    # the best-known companies go by two characters, like a nickname; a short list of
    # them (not of people) keeps 张三（腾讯） an employee rather than a nickname
    r"腾讯|阿里|百度|字节|网易|美团|京东|华为|小米|滴滴|蚂蚁|快手|携程|拼多多|微博|新浪|搜狐|"
    r"唯品会|饿了么|知乎|哔哩哔哩|七牛|中兴|联想|平安|招行|工行|建行|微软|谷歌|亚马逊|"
    # Latin words start a word (``Igor Laborie`` holds no lab); ``Lab``, ``Corp`` and
    # ``Bank`` are whole words (``Paqui Corpas``, ``Ann Bankole``)
    r"\b(?:Inc\b|Ltd\b|LLC\b|GmbH\b|B\.?V\.?\b|Corp(?:oration)?\b|Company|University|Institute|Labs?\b|"
    # the research world's in the pages' languages (``Centre de Sciences Humaines``,
    # ``Universität Wien``, ``Istituto …``, ``École …``)
    r"Universit[éäàae]|Universidad|Institut\b|Instituto|Istituto|Centre\b|Center\b|Centro\b|"
    r"Zentrum|École|Ecole\b|Escuela|Hochschule|College\b|Laboratoire|"
    # the public sector's (``Government Digital Service``, ``City Council``)
    r"Government|Agency|Department|Ministry|Council\b|Services?\b|Authority|Commission\b|"
    r"Laborator|Foundation|Group|Team|Bank\b|Cloud|Technologies|Technology|Software|Systems|"
    # a community or its language (``Python Valencia``, ``PyData Berlin``, ``Linux Club``)
    r"Community|Meetup|Society|Association|Club|Chapter|Python|PyData|Django|JavaScript|"
    r"Linux|Kubernetes|Docker|"
    # a company whose first word is also a given name of the table (``Red``): the name
    # knowledge would vouch for it as a person
    r"Red\s+Hat)|"
    r"[A-Z]{2,}",
)
def initials(alternatives: str) -> str:
    """A character class of the first characters of ``alternatives`` (``a|b|…``, each
    starting with a plain character): the look-ahead that lets a search skip every
    position none of them can start at, instead of trying each of them there."""
    return "[" + "".join(sorted({re.escape(word[0]) for word in alternatives.split("|")})) + "]"


#: words of a job or an employer: text holding them describes a person, it is not a name
_ROLE_CJK = (
    r"专家|工程师|架构师|负责人|创始人|创办人|经理|总监|总裁|主管|成员|作者|布道师|分析师|研究员|"
    r"开发者|教授|博士|顾问|主席|委员|维护者|贡献者|合伙人|首席|资深|高级|技术|产品|运维|开发|"
    r"社区|团队|集团|公司|大学|学院|研究院|研究所|实验室|科技|银行|平台|部门|事业部|基金会"
)
_ROLE_LATIN = (
    "founder", "cofounder", "co-founder", "engineer", "architect", "developer", "manager",
    "director", "lead", "head", "member", "author", "evangelist", "advocate", "consultant",
    "scientist", "researcher", "professor", "ceo", "cto", "cio", "coo", "vp", "maintainer",
    "committer", "chair", "partner", "owner", "specialist", "expert", "analyst", "president",
    "officer", "principal", "senior", "intern", "student", "teacher", "phd", "inc", "ltd", "gmbh",
    "team", "department", "school", "college", "faculty", "centre", "center", "laboratory",
    # the developer and the engineer in more languages (``Ana, Desenvolvedora na X``)
    "desenvolvedor", "desenvolvedora", "desarrollador", "desarrolladora", "desarrolladore",
    "engenheiro", "engenheira", "ingeniero", "ingeniera", "sviluppatore", "sviluppatrice",
    "ingegnere", "entwickler", "entwicklerin", "développeur", "développeuse", "ingénieur",
    "ingénieure",
)
_ROLE_STEMS = r"universit|institut"
#: (the Latin words a tree of their shared beginnings, as :data:`.slots._ROLE`'s: a flat
#: list matched case-insensitively is entered word by word at every word of a text)
_ROLE_WORDS = LazyPattern(
    rf"(?={initials(_ROLE_CJK)}|\b{initials('|'.join(_ROLE_LATIN))}|{initials(_ROLE_STEMS)})"
    rf"(?:{_ROLE_CJK}"
    rf"|\b(?:{alternation(sorted(_ROLE_LATIN, key=len, reverse=True), ignorecase=True)})\b"
    rf"|{_ROLE_STEMS})",
    re.IGNORECASE,
)
#: :data:`_ROLE_WORDS`' halves, for a yes or no (:func:`has_role_word`, as
#: :func:`.slots.is_role`): the CJK words, whose characters the engine skips ahead to,
#: and the Latin words and stems, tried at every place - only in a text holding a
#: letter one of them opens with
_ROLE_CJK_WORDS = LazyPattern(_ROLE_CJK)
_ROLE_LATIN_OPENERS = LazyPattern(openers("".join({word[0] for word in (
    *_ROLE_LATIN, *_ROLE_STEMS.split("|"))})))
_ROLE_LATIN_WORDS = LazyPattern(
    rf"(?=\b{initials('|'.join(_ROLE_LATIN))}|{initials(_ROLE_STEMS)})"
    rf"(?:\b(?:{alternation(sorted(_ROLE_LATIN, key=len, reverse=True), ignorecase=True)})\b"
    rf"|{_ROLE_STEMS})",
    re.IGNORECASE,
)


def has_role_word(text: str) -> bool:
    """Whether :data:`_ROLE_WORDS` finds a word of a job or an employer in ``text``."""
    return _ROLE_CJK_WORDS.search(text) is not None or (
        _ROLE_LATIN_OPENERS.search(text) is not None
        and _ROLE_LATIN_WORDS.search(text) is not None)


#: ``SRE at Foobar`` / ``Entwicklerin bei X``: a job at an employer
_AT_ORG = LazyPattern(r"\s(?:at|bei|chez|@)\s++[A-Z0-9]")
#: the commonest Chinese surnames (single and double); a two-to-four character name
#: led by one of them reads as a person even where no label says so
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章"
    "鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉"
    "骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝宣粟敬郁鞠赖洪"
)
_DOUBLE_SURNAMES = frozenset(
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
        "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫",
    ]
)
_CJK_RUN = LazyPattern(r"^[\u3400-\u9fff]{2,4}$")
_CJK_DOTTED = LazyPattern(r"^[\u3400-\u9fff]{1,8}[·•・][\u3400-\u9fff]{1,10}$")
#: a handle written as a link's text or in a slot: ``@ann_example`` (the name the
#: person goes by online)
_HANDLE_SHAPE = r"@(?P<handle>[A-Za-z0-9_][\w.-]{1,38})"
HANDLE = LazyPattern(_HANDLE_SHAPE)
#: ``Ann Example @annex``: the handle closing a name (an alias, :func:`parse_name`)
_TRAILING_HANDLE = LazyPattern(rf"(?<=\S)\s+{_HANDLE_SHAPE}$")
#: ``ぬこ@nuko_yokohama``: a handle written straight after a name in Japanese or Chinese
_CJK_HANDLE = LazyPattern(rf"(?<=[\u3040-\u30ff\u3400-\u9fff]){_HANDLE_SHAPE}$")
#: Japanese honorifics after a name (``山崎さん``, ``喜田氏``): the address, not the name
_HONORIFICS = ("さん", "氏", "様", "先生")
_HONORIFIC_END = LazyPattern(r"\s*+(?:さん|氏|様|先生)$")
#: ``JPUG 喜田``: an organisation's acronym, then a name in Chinese or Japanese characters
_ACRONYM_THEN_CJK = LazyPattern(
    r"^(?P<org>[A-Z][A-Z0-9&.-]{1,11})\s++"
    r"(?P<name>[\u3040-\u30ff\u3400-\u9fff]{1,6}(?:\s*+[（(][^()（）]{1,40}[)）])?)$")
_LATIN_WORD = LazyPattern(r"^(?:[^\W\d_][\w'’\-]*\.?|[A-Z]\.)$")
PARTICLES = frozenset(
    [
        "van", "de", "der", "den", "von", "du", "la", "le", "di",
        "da", "dos", "das", "del", "della", "ten", "ter", "bin",
        "al", "el", "y", "'t", "op",
    ]
)


@dataclass(slots=True)
class Name:
    """A name as written, split into its parts."""

    name: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None


#: a wiki link (Obsidian, Foam, Jekyll wiki plugins) around a whole name:
#: ``[[Ann Example]]``, ``[[Ann Example|Ann]]``
_WIKI_LINK = LazyPattern(r"\[\[(?P<target>[^\[\]|]+)(?:\|[^\[\]]*)?\]\]")


@per_read
def clean(text: str) -> str:
    """Trim, collapse inner whitespace and drop Markdown emphasis around a name.

    Called for every name candidate, so each step runs only when it can change the text;
    ``str.split()`` splits at exactly the characters that regex ``\\s`` matches.
    """
    text = unicodedata.normalize("NFC", text)
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if "[[" in text and (wiki := _WIKI_LINK.fullmatch(text.strip())):
        text = wiki["target"]  # ``[[Kejo Buchanan]]``: a wiki's link to the person's page
    text = unemphasise(text)  # ``jane_doe`` stays
    text = " ".join(text.split()).strip(" \t\u3000.。;；:：,，")
    if text and (ord(text[-1]) >= SYMBOLS or ord(text[0]) >= SYMBOLS):
        text = unadorned(text)  # ``Ann Example 🎤`` / ``🇩🇪 Ann Example``
    return text


#: below this code point no character is a pictograph (emoji, arrows, dingbats)
SYMBOLS = 0x2000
#: what adorns a text rather than spells it: symbols (``🎤``, ``▶``, a flag's letters),
#: the variation selectors and joiners of emoji, spaces between them
_ADORNMENT = frozenset({"So", "Sk", "Mn", "Cf", "Zs"})


def unadorned(text: str, *, end: bool = True) -> str:
    """``text`` without the pictographs and symbols before its first word (``🔰 Time:``,
    ``🎤 Ann Example``) and - ``end`` - after its last (``Ann Example 🎤``): ornament, not
    part of a label, a title or a name. A text of nothing else stays as it is."""
    start, stop = 0, len(text)
    while start < stop and (
            text[start].isspace() or unicodedata.category(text[start]) in _ADORNMENT):
        start += 1
    while end and stop > start and (
            text[stop - 1].isspace() or unicodedata.category(text[stop - 1]) in _ADORNMENT):
        stop -= 1
    return text[start:stop] if stop > start else text


#: an academic title before a full name (``Dr Ann Example``, ``Prof. Ann Example``,
#: ``Dra. Ana Ejemplo``, ``Dott.ssa Anna Esempio``): how the person is addressed
_ACADEMIC_TITLE = LazyPattern(
    r"^(?:Dr|Dra|Prof|Profa|Professor|Professora|Dott|Dott\.ssa|Prof\.ssa)\.?\s++"
    r"(?=[^\W\d_][^\s,;]*\s++[^\W\d_])"
)


def without_academic_title(name: str) -> str:
    """A front matter's ``Dr Ann Example`` as ``Ann Example``: one person, one card, on
    pages that write the title and pages that do not. (Only the front matter's names: in
    a body line the title is what marks ``**Dr. Ann Example**: Institute, Title`` as a
    person's line before its title, which name knowledge would then read whole.)"""
    return _ACADEMIC_TITLE.sub("", name, count=1) if name[:1] in "DP" else name


def parse_name(text: str) -> Name:
    """``肖涵（涵畅）`` → 肖涵 alias 涵畅; ``Ann (ACME Inc)`` → Ann of ACME Inc;
    ``guest speaker: Bert Jan, OpenValue`` → Bert Jan of OpenValue."""
    guest = (":" in text or "：" in text) and bool(_GUEST.match(text))
    text = clean(_GUEST.sub("", text)) if guest else clean(text)
    if text.endswith(("*", "†", "‡")) and text.count("*") % 2:
        text = text.rstrip("*†‡ ")  # ``Ann Example*``: a footnote's mark (*remote)
    affiliation: str | None = None
    aliases: list[str] = []
    if _profile_end(text) and (profiles := _PROFILES.search(text)):
        text = text[: profiles.start()]  # ``Ann Example (Twitter, GitHub)``: her links' texts
    if text.endswith(_HONORIFICS) and len(text) > 2:
        text = _HONORIFIC_END.sub("", text) or text  # ``山崎さん``: how one addresses him
    if " " in text and (led := _ACRONYM_THEN_CJK.match(text)):
        text, affiliation = led["name"], led["org"]  # ``JPUG 喜田``: the person of JPUG
    if "@" in text and (handle := _TRAILING_HANDLE.search(text) or _CJK_HANDLE.search(text)):
        text = text[: handle.start()]  # ``Ann Example @annex``: her handle, an alias
        aliases.append(handle.group().strip())
    match = _BRACKETED.match(text) if "(" in text or "（" in text else None
    if match:
        text, inner = match["name"].strip(), clean(match["inner"])
        rest = match["rest"].strip()
        inside = bool(_SURNAME_AFTER.match(rest)) and not is_cjk(text)
        if inside:  # Robert (Bob) Smith: the bracket is inside the name
            text = f"{text} {rest}"
        nickname = _NICKNAME.match(inner)
        if nickname and inner[nickname.end() :].strip():
            aliases.append(clean(inner[nickname.end() :]))
        elif inner and inside:
            aliases.append(inner)
        elif inner.startswith("@") and HANDLE.fullmatch(inner):
            aliases.append(inner)  # ``Ann Example (@annex)``: a handle, not an employer
        elif inner and _is_affiliation(text, inner):
            affiliation = inner
        elif inner:
            aliases.append(inner)
        if text.endswith(_HONORIFICS) and len(text) > 2:
            text = _HONORIFIC_END.sub("", text) or text  # ``山崎さん（@yama）``
    elif "," in text or "，" in text:
        name, _, org = _COMMA.split(text, maxsplit=1)
        if org.strip() and (guest or _is_organisation(org)):
            text, affiliation = name.strip(), clean(org)
    if affiliation is None and _has_dash(text) and (dash := _ROLE_DASH.search(text)):
        who, role = text[: dash.start()], text[dash.end() :]
        one_word = len(role.split()) == 1 and len(who.split()) > 1 and not is_cjk(who)
        if describes_someone(role) or _is_organisation(role) or one_word:
            text, affiliation = who, clean(role)
    if affiliation is None and (" from " in text or " at " in text or "·" in text
                                or "•" in text or " @ " in text) and (
            (parts := _NAME_THEN_ORG.match(text)) and _a_full_name(parts["who"])):
        text, affiliation = parts["who"], clean(parts["org"])
    if _SENTENCE_VERB.search(text) and (sentence := _LATIN_SENTENCE.match(text)):
        text = sentence["name"]
    return Name(clean(text), aliases, affiliation)


#: ``王小明-xiaoming`` / ``李雷-雷子``: a Chinese name, a hyphen, the person's handle
_NAME_HANDLE = LazyPattern(
    r"^(?P<name>[\u3400-\u9fff]{2,4})[-－](?P<handle>[A-Za-z][\w.]{1,19}|[\u3400-\u9fff]{1,4})$"
)
#: ``长期支持社区的韩梅梅``: a description, 的, then the person it describes
_AFTER_DE = LazyPattern(r"的(?P<name>[\u3400-\u9fff]{2,3})$")


def with_handle(name: Name, known: Collection[str] = ()) -> Name:
    """``王小明-xiaoming`` → 王小明, alias xiaoming: a surname-led Chinese name joined by a
    hyphen to the handle the person goes by (``名-handle``); any other name as it is."""
    if "-" not in name.name and "－" not in name.name:
        return name
    match = _NAME_HANDLE.match(name.name)
    if match is None or not looks_like_name(match["name"], known):
        return name
    return Name(match["name"], [*name.aliases, match["handle"]], name.affiliation)


def described_name(text: str, known: Collection[str] = ()) -> Name | None:
    """``长期支持社区的韩梅梅`` → 韩梅梅: under a speaker label, a phrase that describes the
    person and ends ``的`` + a surname-led name; ``None`` for anything else."""
    match = _AFTER_DE.search(text)
    if match is None or match.start() == 0 or not looks_like_name(match["name"], known):
        return None
    return Name(match["name"])


def _a_full_name(text: str) -> bool:
    """Two to four words, each capitalised or a particle (``Ann Example``, ``Jan van
    der Berg``): a name alone, not a sentence about someone."""
    words = text.split()
    return 2 <= len(words) <= 4 and words[0][:1].isupper() and all(
        word[:1].isupper() or word in PARTICLES for word in words)


def _has_dash(text: str) -> bool:
    """Whether ``text`` holds a character :data:`_ROLE_DASH` needs (a cheap test first:
    the search itself tries every whitespace run of the text)."""
    return _DASH.search(text) is not None


#: the characters :data:`_ROLE_DASH` needs, one search for all of them (a search for a
#: character class skips ahead in C; a test per character is a loop in Python)
_DASH = LazyPattern("[-–—|｜]")


def split_names(
    text: str, known: Collection[str] = (), *, each: Callable[[Name], bool] | None = None
) -> list[Name]:
    """Every person of a speaker line: ``鲁直 、涵畅 、张超盟`` → three names.

    Joiners inside brackets (``张三（A公司、B团队）``) do not split. What follows a name
    and describes a job or employer (``宋净超，云原生社区创始人``) is that person's
    affiliation, not another person. ``known`` holds name keys (:func:`key`) of people
    the page already lists.

    ``each``: a test the caller needs every name to pass (it must not look at the
    affiliation, which a later part may still add): the first name that fails it ends
    the reading with ``[]``, the answer the caller would have made of the whole list.
    """
    text = clean(text)
    if "," in text and (legal := _COMMA_LEGAL_FORM.search(text)) is not None:
        # ``Ann Example, Industrial Logic, Inc.``: the company's legal form, not a part
        text = text[: legal.start()] + " " + text[legal.start() + 1 :].lstrip()
    guest = _GUEST.match(text) if ":" in text or "：" in text else None
    if guest:
        name = parse_name(text)
        return [name] if name.name else []
    names: list[Name] = []
    for part, start in _split_outside_brackets(text):
        if not part.strip():
            continue
        name = parse_name(part)
        if not any(map(str.isalpha, name.name)):
            continue  # ``-`` / ``…``: a list's bullet or a dash left alone, nobody
        bracketed_job = ("(" in part or "（" in part) and describes_someone(part) and (
            not looks_like_name(name.name, known)
        )  # ``名，示例云办公(https://…)创始人``: the job after a bracketed address
        if names and (bracketed_job or _describes(name, names[-1], known)):
            names[-1].affiliation = names[-1].affiliation or clean(text[start:])
            break
        people = _spaced_people(name, known)
        if each is not None and not all(each(person) for person in people):
            return []
        names.extend(people)
    return names


#: a comma before a company's legal form (``Industrial Logic, Inc.``)
_COMMA_LEGAL_FORM = LazyPattern(
    r",(?=\s*+(?:Inc\.?|Ltd\.?|LLC|L\.L\.C\.|GmbH|Corp\.?|AG|S\.A\.|B\.V\.)(?:$|[\s,;)]))"
)


def _spaced_people(name: Name, known: Collection[str]) -> list[Name]:
    """``张三 李四`` is two people; ``吴晟 Apache SkyWalking创始人`` (or ``名 | 机构``) is
    one, with a job."""
    tokens = name.name.split()
    if len(tokens) < 2 or not _CJK_TOKEN.match(tokens[0]):
        return [name]
    if _family_then_given(tokens, known):
        return [name]  # ``山田 太郎``: one person, family name and given name
    rest = tokens[1:]
    if all(looks_like_name(token, known) for token in rest):
        return [Name(tokens[0], name.aliases, name.affiliation)] + [Name(t) for t in rest]
    # ``名 | 机构``: a bar parts the name from where they work; it is neither's
    job = " ".join(rest).lstrip("|｜ ") or None
    return [Name(tokens[0], name.aliases, name.affiliation or job)]


#: a Japanese family name or given name: kanji, or kana (``さくら``, ``ケン``)
_JAPANESE_PART = LazyPattern(r"[\u3040-\u30ff\u3400-\u9fff々]{1,4}")
_KANA = LazyPattern(r"[\u3040-\u30ff]")
#: what a Chinese page writes after a name that is no given name: how the person is
#: addressed or what they are (``王芳 老师``, ``张三 同学``)
_AFTER_A_NAME = frozenset({"老师", "同学", "学生", "讲师", "嘉宾", "先生", "女士", "博士",
                           "教授", "主持", "主持人", "校友", "大佬", "小姐", "总", "哥", "姐"})


def _family_then_given(tokens: list[str], known: Collection[str]) -> bool:
    """``山田 太郎`` / ``佐藤 さくら``: a Japanese name, family name then given name, a space
    between - not ``张三 李四`` (two Chinese full names), ``张伟 腾讯`` (a name and an
    employer) or ``王芳 老师`` (a name and how she is addressed). The given name holds
    kana, or the family name is no Chinese full name and the given name no word of
    those."""
    if len(tokens) != 2 or not all(_JAPANESE_PART.fullmatch(token) for token in tokens):
        return False
    family, given = tokens
    if given in _AFTER_A_NAME or is_organisation(given) or describes_someone(given):
        return False
    if _KANA.search(given):
        return True
    return len(given) <= 3 and not looks_like_name(family, known) and not looks_like_name(
        given, known)


def _describes(part: Name, previous: Name, known: Collection[str]) -> bool:
    """Whether ``part`` (after ``previous``) is a job or employer rather than a person."""
    if known and key(part.name) in known:
        return False
    if describes_someone(part.name):
        return True
    words = part.name.split()
    # "Jane Doe, Google": one bare word after a full name is where she works; so is an
    # acronym after any name ("Sreekumar, CRED": no one's name is written in capitals)
    if len(words) == 1:
        word = part.name
        acronym = word.isalpha() and word.isupper() and len(word) > 1 and word.isascii()
        return not is_cjk(word) and (len(previous.name.split()) > 1 or acronym)
    # "Jane Doe, SBA Research" / "…, TU Wien": a name that leads with an acronym is an
    # organisation's (people lead with a given name: ``Xavier NOPRE``)
    lead = words[0].strip(".,;:()")
    if lead.isalpha() and lead.isupper() and len(lead) > 1 and len(previous.name.split()) > 1:
        return True
    # "Jane Doe, Pillar Technologies": an organisation's word after a full name (not a
    # surname in capitals: "Ana EJEMPLO & Bruno MUESTRA" are two people)
    return len(previous.name.split()) > 1 and is_organisation(
        " ".join(word for word in words if not word.isupper()))


@per_read
def describes_someone(text: str) -> bool:
    """Whether ``text`` is a job, a title or an employer (``资深架构师``, ``CTO at X``)."""
    if has_role_word(text) or _AT_ORG.search(text):
        return True
    compact = text.replace(" ", "")
    return (is_cjk(compact) and len(compact) > 5 and not _CJK_DOTTED.match(compact)) or len(
        text.split()
    ) > 6


#: words that open a sentence about the event or its audience (``本期 Go 夜读是由…``,
#: ``大家好``) or call the reader to act (``预约直播``), never a person: a sentence that
#: starts so is prose, not ``名 职位``
_POINTING_WORDS = frozenset({
    "本期", "本次", "本场", "本周", "此次", "这次", "这期", "今天", "今晚", "明天", "我们",
    "大家", "各位", "欢迎", "届时", "来自",
    # a call to act (``预约直播``, ``扫码报名``, ``加入钉钉群``): a link's words, not a person
    "预约", "报名", "扫码", "点击", "加入", "关注", "观看",
    # a clause's first words: a demonstrative, a pronoun, a conjunction (``这个 API 是…``,
    # ``若要使用 Flex Message 的开发者们…``): prose under a heading, not a name and a role
    "这个", "那个", "这些", "那些", "这里", "若要", "如果", "如何", "因为", "所以", "但是",
    "而且", "并且", "或者", "以及", "为了", "通过", "什么", "每个", "所有", "他们", "她们",
    "它们", "你们", "咱们",
})


#: characters that end a phrase, never a given name: grammatical particles (``高可用的``)
#: and position words (``向上``, ``向下``, ``线上``) - where a surname leads a word such as
#: these, the word is no person unless a label or the front matter says so
_NOT_NAME_ENDS = frozenset("的了们着过地得上下里内外")


def is_double_surname(text: str) -> bool:
    """Whether ``text`` is a two-character surname (``欧阳``, ``司马``)."""
    return text in _DOUBLE_SURNAMES


def opens_sentence(text: str) -> bool:
    """Whether ``text`` opens with a word pointing at the event or its audience (``本期``,
    ``来自…``): the first words of a sentence, not a person."""
    return text[:2] in _POINTING_WORDS


def looks_like_name(text: str, known: Collection[str] = (), *, strict: bool = True) -> bool:
    """Whether ``text`` reads as one person's name.

    ``strict`` (no label says a name comes here): a Chinese name led by a common surname
    or a Western name of two or more capitalised words, none of them a room's or a
    building's (:func:`names_a_place`). Otherwise any short text that
    does not describe a job. Names in ``known`` (keys) always count.
    """
    text = clean(text)
    if not text or any(map(str.isdigit, text)):
        return False
    if known and key(text) in known:  # (no key to make when the page knows nobody)
        return True
    if describes_someone(text):
        return False
    if _CJK_RUN.match(text):
        if opens_sentence(text) or (strict and text[-1] in _NOT_NAME_ENDS):
            return False
        return not strict or text[0] in _SURNAMES or text[:2] in _DOUBLE_SURNAMES
    if _CJK_DOTTED.match(text):
        return True
    words = text.split()
    if not strict and 1 <= len(words) <= 4 and caseless(text):
        # Persian, Arabic, Hebrew, Thai…: a script without capitals gives no sign of a
        # name but the label's (``سخنران: علی رضایی``)
        return True
    if not 1 <= len(words) <= 5 or not all(_LATIN_WORD.match(word) for word in words):
        return False
    capitalised = [word for word in words if word[0].isupper()]
    lower_ok = all(word[0].isupper() or word.lower() in PARTICLES for word in words)
    if not lower_ok or not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    if len(words) > 1 and words[0] in ("The", "THE"):
        return False  # ``The Fediverse (and NoVaLUG)``: a thing's name (``An`` is a given name)
    if strict and names_a_place(text):  # ``Building A``: capitalised as a name is
        return False
    if names_a_technology(text):  # ``Service Mesh``: a title's words, never a person
        return False
    if any(word.casefold() in _CLOCK_WORDS or _ZONE_WORD.fullmatch(word) for word in words):
        return False  # ``19:30 - Uhr Uhr``, ``by Ann<br>GMT``: a clock's or a zone's word
    if len(words) > 2 and any(word.casefold() in _TITLE_WORDS for word in words[1:-1]):
        return False  # ``Service-Meshed Java Enterprise With Istio``: a title's words
    return len(capitalised) >= 2 or not strict


#: English words that join a title's words (``… With Istio``, ``… For Beginners``) and
#: never stand inside a person's name (whose particles are ``van``, ``de``, ``bin``…)
_TITLE_WORDS = frozenset({
    "with", "for", "of", "the", "to", "in", "on", "using", "from", "into", "via", "about",
    "your", "our", "my", "is", "are", "how", "why", "what", "without", "vs", "vs.",
})


#: a word of a script that has no capitals (Arabic, Hebrew, Thai, Devanagari,
#: Georgian…; ZWNJ inside Persian words), not CJK (read by its own rules)
_CASELESS_WORD = LazyPattern(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f"
    r"\u10a0-\u10ff\u200c\ufb1d-\ufdff\ufe70-\ufeff]+"
)
def caseless(text: str) -> bool:
    """Whether ``text`` is written in a script without capitals (Arabic, Hebrew…)."""
    return all(_CASELESS_WORD.fullmatch(word) for word in text.split())


#: the clock's words after a time (``19:30 Uhr``), nobody's name
_CLOCK_WORDS = frozenset({"uhr", "o'clock", "o’clock"})
#: a time zone's abbreviation (``GMT``, ``CET``, ``UTC+8``), nobody's name either
_ZONE_WORD = LazyPattern(ZONE)


#: words that say how or what a slot is, never a person's name: ``(Live Demo)``,
#: ``(Part Two)``, ``(Online Session)``
_FORMAT_WORDS = frozenset({
    "live", "demo", "online", "remote", "virtual", "hybrid", "recorded", "video", "part",
    "session", "workshop", "keynote", "panel", "lightning", "talk", "intro", "introduction",
    "tutorial", "hands", "beginner", "beginners", "advanced", "english", "german", "french",
    "chinese", "dutch", "spanish", "one", "two", "three", "i", "ii", "iii", "q&a",
})


def says_how(text: str) -> bool:
    """Whether ``text`` holds a word of how a slot is run (``Live Demo``, ``Part Two``):
    a bracket after a title with such a word is no speaker slot."""
    return any(word.casefold().strip(".,-") in _FORMAT_WORDS for word in text.split())


#: nouns of the rooms and buildings events happen in that are nobody's given name or
#: surname (``Hall``, ``Wing`` and ``Sala`` are surnames, so they are not here)
_PLACE_NOUNS = frozenset({
    "building", "room", "floor", "auditorium", "theatre", "theater", "lab", "laboratory",
    "campus", "lobby", "foyer", "atrium", "cafeteria", "canteen", "library", "venue",
    "aula", "hörsaal", "zaal", "gebäude", "raum",
})


#: words of the technologies talks are about that are nobody's given name or surname:
#: a "name" made only of them (``Service Mesh``, ``Cloud Native``, ``Machine Learning``)
#: is a topic written capitalised, as titles are, and never a speaker
_TECH_WORDS = frozenset({
    "service", "services", "mesh", "cloud", "native", "serverless", "kubernetes", "k8s",
    "container", "containers", "microservice", "microservices", "devops", "devsecops",
    "gitops", "api", "apis", "gateway", "runtime", "observability", "monitoring",
    "security", "database", "databases", "storage", "network", "networking", "platform",
    "infrastructure", "architecture", "framework", "operator", "operators", "cluster",
    "clusters", "data", "big", "machine", "learning", "deep", "ai", "ml", "llm", "llms",
    "computing", "edge", "blockchain", "web", "frontend", "backend", "open", "source",
    "software", "engineering", "testing", "chaos", "analytics", "pipeline", "pipelines",
    "deployment", "delivery", "continuous", "integration", "sre", "ci", "cd", "ci/cd",
})


def names_a_technology(text: str) -> bool:
    """Whether every word of ``text`` is a technology's (``Service Mesh``): a topic."""
    words = [word.strip(".,;:").casefold() for word in text.split()]
    return bool(words) and all(word in _TECH_WORDS for word in words)


def names_a_place(text: str) -> bool:
    """Whether ``text`` names a room or building (``Building A``, ``Lecture Room``),
    not a person, though its words are capitalised as a name's are."""
    return any(word.strip(".,;:").casefold() in _PLACE_NOUNS for word in text.split())


def is_latin_name(text: str) -> bool:
    """Whether ``text`` is written in Latin letters (a Western name, not a Chinese one)."""
    return bool(text) and not is_cjk(text)


def name_parts(text: str) -> list[str]:
    """The parts :func:`split_names` reads a person from, each as written (cut at its
    joiners outside brackets): a line whose people are exactly these parts names them
    and nothing else - no job, no sentence after a name."""
    return [clean(part) for part, _ in _split_outside_brackets(clean(text)) if part.strip()]


def _split_outside_brackets(text: str) -> Iterator[tuple[str, int]]:
    """``text`` cut at joiners that are not inside brackets, each part with its start,
    one at a time (a reader that stops at a part that is no name cuts no further)."""
    if not _MAY_JOIN.search(text):
        yield text, 0  # (no joiner: one part, in brackets or not)
        return
    if not _ANY_BRACKET.search(text):
        start = 0
        for joiner in _JOINERS.finditer(text):
            if joiner.end() > joiner.start():
                yield text[start : joiner.start()], start
                start = joiner.end()
        yield text[start:], start
        return
    depth, start, position = 0, 0, 0
    while position < len(text):
        char = text[position]
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            joiner = _JOINERS.match(text, position)
            if joiner and joiner.end() > position:
                yield text[start:position], start
                position = start = joiner.end()
                continue
        position += 1
    yield text[start:], start


def _is_affiliation(name: str, inner: str) -> bool:
    """Whether the bracket after ``name`` holds an employer (else it is a nickname)."""
    if _is_organisation(inner) or describes_someone(inner):
        return True
    if is_cjk(name):
        return not is_cjk(inner) or len(inner.replace(" ", "")) > 6
    # after a Western name, a bracket names the company unless it is written in CJK
    return not is_cjk(inner)


#: a person's page key: lower-case words joined by ``-`` or ``_`` (``ann-example``)
PERSON_KEY = LazyPattern(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")


def slug_name(text: str) -> str:
    """``ann-example`` → ``Ann Example``: a person's page key as their name; any text
    that is no such key as it is."""
    return slug_words(text) if PERSON_KEY.fullmatch(text) else text


def slug_words(slug: str) -> str:
    """``ann-example`` / ``ann_example`` → ``Ann Example``: a person's page id (a theme's
    ``speaker_id``, the last part of ``/speakers/ann-example``) as their name."""
    return " ".join(part.capitalize() for part in re.split(r"[-_]", slug))


def is_group_name(text: str) -> bool:
    """Whether ``text`` is one word written as a group's name, not a person's: capitals
    only, four or more (``SERG``), or two capitals or more after a small letter
    (``TacoJS``, ``NeuroTechHub``) - a given name has at most one (``DeShawn``,
    ``McKenzie``), initials fewer letters (``DHH``)."""
    word = text.strip()
    if not (word.isascii() and word.isalnum()):
        return False
    if word.isupper():
        return sum(map(str.isalpha, word)) >= _GROUP_CAPITALS
    small = next((at for at, char in enumerate(word) if char.islower()), len(word))
    return sum(map(str.isupper, word[small:])) >= 2


#: letters of a word in capitals only from which it is a group's name
_GROUP_CAPITALS = 4


def with_employer(names: list[Name], cell: str) -> list[Name]:
    """``Ann Example, Example Corp`` (``Ann Example and Bo Sample, Example Corp``): the
    people and, after the cell's one comma, a name with an organisation's word - where
    they work, not another speaker."""
    if len(names) >= 2 and cell.count(",") == 1 and not names[-2].affiliation and (
            is_organisation(names[-1].name) and not is_organisation(names[-2].name)):
        names[-2].affiliation = names[-1].name
        return names[:-1]
    return names


def is_organisation(text: str) -> bool:
    """Whether ``text`` holds an organisation word (``蚂蚁``, ``集团``, ``Inc``)."""
    return bool(_ORGANISATION_WORDS.search(text))


def _is_organisation(text: str) -> bool:
    if _ORGANISATION_WORDS.search(text):
        return True
    # a nickname is short; anything long is somebody's employer or title
    return len(text) > (6 if is_cjk(text) else 20)


def is_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese or Japanese character (names written so need no
    given-name knowledge: their shape is told apart otherwise)."""
    return _CJK_CHAR.search(text) is not None


#: a CJK ideograph: searched for in C, where a test of each character was a loop in Python
_CJK_CHAR = LazyPattern(r"[\u3400-\u9fff]")


@per_read
def key(name: str) -> str:
    """A name reduced for matching: NFKC, case-folded, no spaces or dots (the model's
    :func:`~sphinx_meetup.model.name_key`, so the reader and the model agree)."""
    return name_key(name)
