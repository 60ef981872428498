"""The words that say who gives a talk, in the languages event pages are written in.

``Title by Ann Example`` was read in English from the first pages, and in French,
German and Dutch by the same word in each rule that reads it (``par``, ``von``,
``door``) - written out again in every pattern, and never in Spanish or Portuguese
(``Título por Ana Ejemplo``) or the other languages of the sites we had not seen. One
vocabulary here, used by every rule that reads a ``by``, carries a new language to all
of them at once. The names after the word are still judged as names by the caller;
the word itself is no evidence of a person.
"""

from __future__ import annotations

import re

from .patterns import ASCII_CASES, CaselessWords, LazyPattern

#: the word between a title and its speakers (``Title by Ann``, ``Titre par Ann``,
#: ``Titel von Ann``, ``Titel door Ann``, ``Título por Ana``)
BY = r"(?:by|par|von|door|por)"

#: a participle and its ``by``: who presents the talk, also mid-sentence (``…,
#: présenté par Ann Example.``) where a bare ``by`` would name any agent. Not the words
#: of hosting or moderating (``animé par``, ``moderated by``): a host gives no talk.
#: (grouped by first letter, each group's words in their order: the engine tests a
#: branch's first letter before it enters the branch when the letter is a class matched
#: as written, :data:`.patterns.ASCII_CASES` - matched case-insensitively every branch
#: is entered; no two groups can match at one place, so their order is free)
PRESENTED_BY = (
    ASCII_CASES["p"] + r"(?:resented\s++by"
    r"|résenté(?:e|s|es)?\s++par"
    r"|resentad[oa]s?\s++por"
    r"|resentat[oa]\s++da"
    r"|räsentiert\s++von"
    r"|resenteras\s++av|resenteres\s++av|resentert\s++av"
    r"|ræsenteret\s++af"
    r"|rowadzon[ya]\s++przez|rezentowan[ya]\s++przez)"
    r"|" + ASCII_CASES["i"] + r"mpartid[oa]s?\s++por"
    r"|" + ASCII_CASES["d"] + r"ictad[oa]s?\s++por"
    r"|" + ASCII_CASES["a"] + r"(?:presentad[oa]s?\s++por|\s++cura\s++di)"
    r"|" + ASCII_CASES["m"] + r"inistrad[oa]s?\s++por"
    r"|" + ASCII_CASES["t"] + r"enut[oa]\s++da"
    r"|" + ASCII_CASES["v"] + r"(?:orgestellt\s++von|erzorgd\s++door)"
    r"|" + ASCII_CASES["g"] + r"(?:ehalten\s++von|epresenteerd\s++door|egeven\s++door)"
    r"|" + ASCII_CASES["h"] + r"(?:ålls\s++av|oldt\s++av|oldes\s++a[fv])"
)

#: a piece of each participle of :data:`PRESENTED_BY` (``present`` for ``presented``,
#: ``presentado``, ``gepresenteerd``…): a text holding none, in any case, holds no
#: ``presented by`` - and is not searched for one, a search entered at every word that
#: opens with one of :data:`BY_INITIALS` (a talkless page's paragraphs of prose: 16 a
#: corpus pass, 820 characters each, 0.07 M instructions a page). A property test holds
#: the two together
PARTICIPLES = CaselessWords((
    "present", "présenté", "präsentiert", "præsenteret", "prowadzon", "prezentowan",
    "impartid", "dictad", "cura", "ministrad", "tenut", "vorgestellt", "verzorgd",
    "gehalten", "gegeven", "ålls", "oldt", "oldes",
))

#: the first letters, either case, of ``talk by``, ``given by``, :data:`BY` and
#: :data:`PRESENTED_BY`: a line opening with none of them is no ``by`` line (no search)
BY_INITIALS = "BbPpTtGgVvDdAaIiMmHh"

#: words that open a phrase after ``por`` that is no person (Portuguese and Spanish:
#: ``Git por Baixo dos Panos``, ``Python por Dentro``, ``Datos por Favor``)
_POR_PHRASES = frozenset({
    "dentro", "trás", "tras", "detrás", "baixo", "debaixo", "cima", "encima", "fora", "fuera",
    "meio", "medio", "favor", "exemplo", "ejemplo", "acaso", "fim", "fin", "sempre", "siempre",
    "partes", "etapas", "qué", "que", "todo", "toda", "todos", "todas", "um", "uma", "una", "un",
    "el", "la", "los", "las", "o", "a", "os", "as",
})


def phrase_after(by: str, tail: str) -> bool:
    """Whether ``tail`` after the ``by`` word ``by`` opens a phrase, not a name: after
    ``por`` (also "through", "for", "per"), a word of :data:`_POR_PHRASES`."""
    if by.strip().casefold() != "por":
        return False
    first = tail.split(None, 1)[0].casefold() if tail.split() else ""
    return first in _POR_PHRASES


#: words before ``by`` that name a host, an organiser or a sponsor, not a speaker
#: (``hosted by``, ``gesponsert von``, ``organisé par``, ``gesponsord door``,
#: ``patrocinado por``, ``representado por``)
#: (searched: grouped by first letter, as :data:`PRESENTED_BY` - 35 words entered at
#: every place of the text were 12 letters tested)
NOT_SPEAKING = LazyPattern(
    r"(?=[hmospbgvuarc])(?:" + ASCII_CASES["h"] + r"(?:osted|ospedad[oa]s?)"
    r"|" + ASCII_CASES["m"] + r"(?:oderated|oderiert|oderad[oa]s?)"
    r"|" + ASCII_CASES["o"] + r"(?:rgani[sz]ed|rganisiert|rganisée?s?|ndersteund"
    r"|rganizad[oa]s?|ferecid[oa]s?|frecid[oa]s?)"
    r"|" + ASCII_CASES["s"] + r"(?:ponsored|upported|ponsorisée?s?|outenue?s?)"
    r"|" + ASCII_CASES["p"] + r"(?:owered|atrocinad[oa]s?)"
    r"|" + ASCII_CASES["b"] + r"rought\s+to\s+you"
    r"|" + ASCII_CASES["g"] + r"(?:esponsert|ehostet|esponsord|eorganiseerd|ehost|emodereerd)"
    r"|" + ASCII_CASES["v"] + r"eranstaltet"
    r"|" + ASCII_CASES["u"] + r"nterstützt"
    r"|" + ASCII_CASES["a"] + r"(?:ccueillie?s?|nimée?s?|uspiciad[oa]s?|poyad[oa]s?"
    r"|poiad[oa]s?)"
    r"|" + ASCII_CASES["r"] + r"epresentad[oa]s?"
    r"|" + ASCII_CASES["c"] + r"ortesía)$",
    re.IGNORECASE,
)
