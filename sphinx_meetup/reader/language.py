"""Which language a piece of event text is in, as far as its script tells.

Browsers pick a font per language: Chinese on a page marked ``lang="en"`` is drawn with
whatever CJK font the system lists first (a brush-script Kaiti in Chromium on Debian),
Japanese in a Chinese font and the other way round. Text whose script names its
language gets a ``lang`` of its own; Latin text cannot tell English from French and is
left to the page (or to the event's ``language`` in the front matter).
"""

from __future__ import annotations

import functools

from .patterns import LazyPattern

#: hiragana, katakana (not U+30FB ・, which Chinese uses in foreign names, nor U+30FC ー),
#: katakana phonetic extensions, half-width katakana
KANA = LazyPattern("[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff"
                   "\uff66-\uff6f\uff71-\uff9d]")
#: Hangul syllables, jamo, compatibility jamo
_HANGUL = LazyPattern("[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e\ua960-\ua97f\ud7b0-\ud7ff]")
#: CJK unified ideographs (and extension A), compatibility ideographs, extensions B and on
_HAN = LazyPattern("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
#: a BCP 47 tag as pages write it: ``zh``, ``zh-CN``, ``zh_Hant_TW``, ``en-GB``
_TAG = LazyPattern(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}$")

#: the tag of Han text without kana, when the site is not Chinese already
DEFAULT_HAN = "zh-CN"


def script_language(text: str, han: str = DEFAULT_HAN) -> str | None:
    """``ja`` for text with kana, ``ko`` for Hangul, ``han`` for Han characters alone;
    ``None`` when the script does not tell (Latin, digits, punctuation).

    Kana wins over Han (Japanese writes kanji with kana), Hangul over Han (Korean may
    quote hanja); with both kana and Hangul, the more frequent script wins.
    """
    if text.isascii():
        return None
    kana, hangul = KANA.search(text), _HANGUL.search(text)
    if kana and hangul:
        return "ja" if len(KANA.findall(text)) >= len(_HANGUL.findall(text)) else "ko"
    if kana or hangul:
        return "ja" if kana else "ko"
    return han if _HAN.search(text) else None


@functools.lru_cache(maxsize=256)
def language_tag(value: str | None) -> str | None:
    """``zh_CN`` → ``zh-CN``: a front-matter or Sphinx language as an HTML ``lang``;
    ``None`` for anything that is not a language tag."""
    if not value or not _TAG.match(value.strip()):
        return None
    parts = value.strip().replace("_", "-").split("-")
    rest = [p.upper() if len(p) == 2 else p.title() if len(p) == 4 else p for p in parts[1:]]
    return "-".join([parts[0].lower(), *rest])


@functools.lru_cache(maxsize=256)
def same_language(one: str | None, other: str | None) -> bool:
    """Whether two tags name the same language: ``zh-CN`` and ``zh_CN`` or ``zh`` do,
    ``zh-CN`` and ``zh-TW`` do not (their fonts differ)."""
    first, second = language_tag(one), language_tag(other)
    if first is None or second is None:
        return first == second
    a, b = first.lower().split("-"), second.lower().split("-")
    return a[0] == b[0] and (len(a) == 1 or len(b) == 1 or a[1:] == b[1:])


def han_language(site: str | None) -> str:
    """The tag for Han text on a site: the site's own when it is Chinese, else zh-CN."""
    tag = language_tag(site)
    return tag if tag is not None and tag.lower().split("-")[0] == "zh" else DEFAULT_HAN


def text_language(text: str, site: str | None, declared: str | None = None) -> str | None:
    """The ``lang`` a block of event text needs on a site in ``site``'s language, or
    ``None`` when it reads as the site's: the event's declared language first, else
    what the script says."""
    if declared is None and text.isascii():  # most text of most sites: nothing to tell
        return None
    language = language_tag(declared) or script_language(text, han_language(site))
    if language is None or same_language(language, site or "en"):
        return None
    return language
