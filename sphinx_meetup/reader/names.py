"""People's names as pages write them: lists, brackets, nicknames, affiliations."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

#: how pages join several names: 、 , ， / ； & and "and"/"和"/"与" between names
_JOINERS = re.compile(r"\s*(?:[、,，/;；&＆]|\band\b|\s和\s|\s与\s)\s*", re.IGNORECASE)
_BRACKETED = re.compile(r"^(?P<name>[^（(]+?)\s*[（(](?P<inner>[^）)]*)[）)]\s*(?P<rest>.*)$")
_GUEST = re.compile(r"^\s*(?:special\s+)?guest\s+speaker\s*[:：]\s*", re.IGNORECASE)

#: words that make a bracketed part an organisation rather than a nickname
_ORGANISATION_WORDS = re.compile(
    r"公司|集团|大学|学院|研究院|研究所|实验室|科技|技术|网络|银行|金融|云|团队|社区|基金会|"
    r"Inc\b|Ltd\b|LLC\b|GmbH\b|B\.?V\.?\b|Corp|Company|University|Institute|Lab|Labs|"
    r"Foundation|Group|Team|Bank|Cloud|Technologies|Technology|Software|Systems|"
    r"[A-Z]{2,}",
)


@dataclass(slots=True)
class Name:
    """A name as written, split into its parts."""

    name: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None


def clean(text: str) -> str:
    """Trim, collapse inner whitespace and drop Markdown emphasis around a name."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[*_`]+", "", text)
    return re.sub(r"\s+", " ", text).strip(" \t\u3000.。;；:：")


def parse_name(text: str) -> Name:
    """``肖涵（涵畅）`` → 肖涵 alias 涵畅; ``Ann (ACME Inc)`` → Ann of ACME Inc;
    ``guest speaker: Bert Jan, OpenValue`` → Bert Jan of OpenValue."""
    text = clean(_GUEST.sub("", text)) if _GUEST.match(text) else clean(text)
    affiliation = None
    aliases: list[str] = []
    match = _BRACKETED.match(text)
    if match:
        text, inner = match["name"].strip(), clean(match["inner"])
        if inner and _is_organisation(inner):
            affiliation = inner
        elif inner:
            aliases.append(inner)
    elif "," in text or "，" in text:
        name, _, org = re.split(r"([,，])", text, maxsplit=1)
        if org.strip() and _is_organisation(org):
            text, affiliation = name.strip(), clean(org)
    return Name(clean(text), aliases, affiliation)


def split_names(text: str) -> list[Name]:
    """Every person of a speaker line: ``鲁直 、涵畅 、张超盟`` → three names.

    Joiners inside brackets (``张三（A公司、B团队）``) do not split.
    """
    names = []
    for part in _split_outside_brackets(clean(text)):
        if not part.strip():
            continue
        name = parse_name(part)
        if name.name:
            names.append(name)
    return names


def _split_outside_brackets(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    position = 0
    while position < len(text):
        char = text[position]
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            joiner = _JOINERS.match(text, position)
            if joiner and joiner.end() > position:
                parts.append(text[start:position])
                position = start = joiner.end()
                continue
        position += 1
    parts.append(text[start:])
    return parts


def _is_organisation(text: str) -> bool:
    if _ORGANISATION_WORDS.search(text):
        return True
    # a nickname is short; anything long is somebody's employer or title
    return len(text) > (6 if _is_cjk(text) else 20)


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def key(name: str) -> str:
    """A name reduced for matching: NFKC, case-folded, no spaces or dots."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s.·•_-]+", "", folded)
