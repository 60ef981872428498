"""Titles that only say a talk is not known yet: ``TBA``, ``Stay tuned!``, ``à venir``,
``Empty Slot``.

A programme slot or a talk's page titled so holds no talk yet (a talk needs a title the
page states): the slot is shown as written, its people are the event's, and no talk is
made of it.
"""

from __future__ import annotations

import re

from .patterns import LazyPattern

#: a title that only says the talk is still to come, in the pages' languages (``TBA``,
#: ``Stay tuned!``, ``à venir``, ``por definir``, ``Тема уточняется``, ``待定``)
_PLACEHOLDER = LazyPattern(
    r"(?:(?:talk|title|topic|session|sujet|thème|tema|тема|thema|titel|título|titolo)\s*+"
    r"[:：-]?\s*+)?(?:tba|tbd|tbc|to\s+be\s+(?:announced|advised|decided|confirmed|determined)|"
    r"stay\s+tuned|coming\s+soon|more\s+(?:info\s+)?soon|à\s+venir|à\s+(?:confirmer|définir)|"
    r"por\s+(?:definir|confirmar|anunciar)|a\s+(?:definir|confirmar)|da\s+(?:definire|confermare)|"
    r"(?:wird\s+)?noch\s+(?:bekannt\s+gegeben|offen)|folgt|уточняется|будет\s+объявлена|"
    r"待定|敬请期待|未定|미정|"
    # a slot waiting for whoever offers a talk (``Empty Slot``, ``Your talk here``)
    r"(?:empty|open|free|available)\s+slot|slot\s+(?:available|open|free)|"
    r"your\s+(?:talk|title|name)(?:\s+(?:here|goes\s+here))?|"
    # a template's slot left as written (``### Name : Topic``, ``Speaker - Title``)
    r"(?:name|speaker|presenter)\s*+[:：\-–—|]\s*+(?:topic|title|talk)|"
    r"(?:topic|title|talk)\s*+[:：\-–—|]\s*+(?:name|speaker|presenter))[\s.!…?]*+",
    re.IGNORECASE,
)


def is_placeholder(title: str) -> bool:
    """Whether a slot's title only says its talk is not known yet (``TBA``, ``[title
    tbc]``: a bracket around the words changes nothing)."""
    text = title.strip().strip("[](){}<>").strip() if title else ""
    return bool(text) and _PLACEHOLDER.fullmatch(text) is not None


def names_no_one(name: str) -> bool:
    """Whether a speaker's "name" only says who will speak without naming anyone: a role
    or a template's words (``Guest speaker``, ``Speaker 1``, ``Name Surname``,
    ``カンファレンススピーカー``), a placeholder after them (``Speakers TBD``, ``嘉宾待定``,
    ``Sprecher folgt``), or a group (``JP_Stripes members``, ``Acme team``). A name
    holding any other word (``Ann Guest``) is a person's."""
    text = name.casefold()
    for word in _CJK_ROLE_WORDS:
        text = text.replace(word, " ")
    words = _WORDS.findall(text)
    if len(words) >= 2 and words[-1] in _GROUP_WORDS:
        return True
    rest = [word for word in words if word not in _ROLE_WORDS and not word.isdigit()]
    return not rest or is_placeholder(" ".join(rest))


_WORDS = LazyPattern(r"\w+")
#: words of who speaks, of a template, and of several people, in the pages' languages
_ROLE_WORDS = frozenset({
    "speaker", "speakers", "guest", "guests", "special", "invited", "keynote", "conference",
    "community", "member", "members", "our", "the", "a", "an", "organizer", "organizers",
    "organiser", "organisers", "team", "multiple", "several", "lightning", "talkers", "open",
    "mic", "host", "hosts", "panelist", "panelists", "mystery", "surprise", "name", "surname",
    "first", "last", "firstname", "lastname", "your", "here", "sprecher", "sprecherin",
    "referent", "referentin", "referenten", "gast", "ponente", "ponentes", "invitado",
    "invitada", "invitados", "especial", "intervenant", "intervenants", "invité", "invités",
    "palestrante", "palestrantes", "convidado", "convidada", "relatore", "relatori", "ospite",
    "speciale", "spreker", "sprekers", "prelegent", "prelegenci", "to", "be", "announced",
})
#: a last word that makes the name a group's (``JP_Stripes members``)
_GROUP_WORDS = frozenset({"members", "team", "organizers", "organisers", "community",
                          "speakers", "staff", "crew", "volunteers", "mitglieder", "membres",
                          "miembros", "membros", "membri"})
#: role words of scripts without spaces, taken out before the rest is asked
_CJK_ROLE_WORDS = ("カンファレンス", "スピーカー", "ゲスト", "登壇者", "講師", "讲师", "嘉宾",
                   "嘉賓", "特邀", "分享人", "分享嘉宾", "主讲人", "演讲者", "발표자", "연사",
                   # the event's own organisers, as a group (``実行委員会``, ``组委会``)
                   "実行委員会", "実行委員", "委員会", "運営", "事務局", "スタッフ", "主催者",
                   "组委会", "主办方", "工作人员", "운영진")
