"""Front-matter keys written in the site's own language: ``titulo``, ``palestrantes``.

A theme made for one community names its fields in that community's words - a
Portuguese site's ``nome``, ``data`` and ``palestrantes: [{nome, titulo, resumo}]``, an
Italian one's ``relatori``. They are read as the English keys they translate, at the top
level and inside the entries of a people or programme list, where the English key is not
written too (it wins). Only words that are a field's name in their language and no
English key's are listed; ``data`` is a date only when it holds one.

A theme may also prefix its fields with the kind of page they describe
(``event_speaker``, ``meetup_venue``, ``talk_slides``): such a key is read as the field
it names when the page does not write that field plainly.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .fields import ALIASES
from .patterns import LazyPattern

#: a key in another language -> the key the reader knows
KEYS: dict[str, str] = {
    **dict.fromkeys(("titulo", "título", "titolo", "titre", "titel", "tytuł", "název",
                     "название", "başlık"), "title"),
    **dict.fromkeys(("nome", "nombre", "naam", "imię", "jméno", "имя"), "name"),
    **dict.fromkeys(("fecha", "datum", "data", "fecha_evento", "data_evento", "дата",
                     "tarih"), "date"),
    **dict.fromkeys(("palestrante", "palestrantes", "ponente", "ponentes", "relatore",
                     "relatori", "orateur", "orateurs", "sprecher", "spreker", "sprekers",
                     "prelegent", "prelegenci", "konuşmacı", "konuşmacılar", "докладчик",
                     "докладчики", "спикер", "спикеры", "conferencista", "conferencistas",
                     "expositor", "expositores"), "speakers"),
    **dict.fromkeys(("resumo", "resumen", "riassunto", "zusammenfassung", "streszczenie",
                     "аннотация"), "abstract"),
    **dict.fromkeys(("descrição", "descricao", "descripción", "descripcion", "descrizione",
                     "beschreibung", "opis", "описание"), "description"),
    **dict.fromkeys(("lugar", "luogo", "lieu", "ort", "miejsce", "место"), "location"),
}
#: keys whose value must be a date to be read as one (``data`` is also a word for data)
_DATE_ONLY = frozenset({"data"})
_DATE_TEXT = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}.*)?")
#: lists whose entries may name their fields so too (people, a programme)
_LISTS = frozenset({"speakers", "talks", "schedule", "agenda", "program", "programme",
                    "sessions"})


#: the words a theme prefixes its fields with: the kind of page they belong to
_OWN_KIND = LazyPattern(r"(?:event|meetup|talk|session|seminar|meeting)[_-](?P<field>.+)")
#: the fields such a prefix leaves their meaning (the event's people, place, price,
#: language and records - not its ``type``, ``id`` or ``url``, which name the page's own)
_PREFIXED_FIELDS: frozenset[str] = frozenset(
    key for field in ("speakers", "location", "venue", "fee", "language", "end",
                      "timezone", "replays", "slides", "registration_url")
    for key in ALIASES[field])


def translate(data: dict[str, Any], lines: dict[str, int]) -> None:
    """Read ``data``'s keys in another language as the English keys they name (in
    place; a key's line goes with it), and so the entries of its people and programme
    lists."""
    _translate(data, lines)
    _unprefix(data, lines)
    for key, value in data.items():
        if isinstance(key, str) and key in _LISTS and isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    _translate(item, None)


def _unprefix(data: dict[str, Any], lines: dict[str, int]) -> None:
    """``event_speaker: [Ann]`` as ``speaker``, unless ``speaker`` is written too."""
    found = []
    for key in data:
        # (a prefix is joined by ``_`` or ``-``: a key without either is not matched)
        named = (_OWN_KIND.fullmatch(key)
                 if isinstance(key, str) and ("_" in key or "-" in key) else None)
        if named is not None and named["field"] in _PREFIXED_FIELDS:
            found.append((key, named["field"]))
    _rename(data, lines, found)


def _translate(data: dict[str, Any], lines: dict[str, int] | None) -> None:
    found = [(key, KEYS[key]) for key in data if isinstance(key, str) and key in KEYS]
    _rename(data, lines, found)


def _rename(data: dict[str, Any], lines: dict[str, int] | None,
            found: list[tuple[str, str]]) -> None:
    """Each ``(key, english)`` found: the value under ``english`` too, with its lines."""
    for key, english in found:
        if english in data:
            continue
        value = data[key]
        if key in _DATE_ONLY and not (
                isinstance(value, dt.date) or (isinstance(value, str)
                                               and _DATE_TEXT.fullmatch(value.strip()))):
            continue
        data[english] = value
        if lines is not None and key in lines:
            lines.setdefault(english, lines[key])
            for sub, line in list(lines.items()):
                if sub.startswith(f"{key}."):
                    lines.setdefault(english + sub[len(key):], line)
