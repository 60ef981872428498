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

from .patterns import LazyPattern

#: the word between a title and its speakers (``Title by Ann``, ``Titre par Ann``,
#: ``Titel von Ann``, ``Titel door Ann``, ``Título por Ana``)
BY = r"(?:by|par|von|door|por)"

#: a participle and its ``by``: who presents the talk, also mid-sentence (``…,
#: présenté par Ann Example.``) where a bare ``by`` would name any agent. Not the words
#: of hosting or moderating (``animé par``, ``moderated by``): a host gives no talk.
PRESENTED_BY = (
    r"presented\s++by"
    r"|présenté(?:e|s|es)?\s++par"
    r"|presentad[oa]s?\s++por|impartid[oa]s?\s++por|dictad[oa]s?\s++por"
    r"|apresentad[oa]s?\s++por|ministrad[oa]s?\s++por"
    r"|presentat[oa]\s++da|tenut[oa]\s++da|a\s++cura\s++di"
    r"|präsentiert\s++von|vorgestellt\s++von|gehalten\s++von"
    r"|gepresenteerd\s++door|gegeven\s++door|verzorgd\s++door"
    r"|presenteras\s++av|presenteres\s++av|presentert\s++av|hålls\s++av|holdt\s++av"
    r"|præsenteret\s++af|holdes\s++af"
    r"|prowadzon[ya]\s++przez|prezentowan[ya]\s++przez"
)

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
NOT_SPEAKING = LazyPattern(
    r"(?:hosted|moderated|organi[sz]ed|sponsored|powered|brought\s+to\s+you|supported|"
    r"gesponsert|gehostet|organisiert|veranstaltet|moderiert|unterstützt|"
    r"sponsorisée?s?|organisée?s?|accueillie?s?|animée?s?|soutenue?s?|"
    r"gesponsord|georganiseerd|gehost|ondersteund|gemodereerd|"
    r"patrocinad[oa]s?|organizad[oa]s?|auspiciad[oa]s?|apoyad[oa]s?|apoiad[oa]s?|"
    r"representad[oa]s?|moderad[oa]s?|hospedad[oa]s?|cortesía|oferecid[oa]s?|"
    r"ofrecid[oa]s?)$",
    re.IGNORECASE,
)
