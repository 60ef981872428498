"""A slot whose "speaker" is the room: ``| Discussion | 参加者全員＋講師 |``,
``- Open floor - everyone``, ``Q&A — All attendees``.

A programme gives a discussion, a show-and-tell or a Q&A to everyone present in the
column or slot where the other entries name their speakers. That names no person: the
entry is a session the room holds, not a talk, and the words are no name to doubt. Read
as a talk, the row would either make a speaker card for "All participants" or, doubted,
throw away the whole programme it sits in. It stays in the agenda as written - its title
and the words of its slot - but as a break (no card, no talk).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Talk
from .patterns import LazyPattern

#: the room as a whole, in the pages' languages (``everyone``, ``all attendees``,
#: ``参加者全員``, ``todos los asistentes``, ``alle Teilnehmer``)
_ROOM = LazyPattern(
    r"(?:all|everyone|everybody|all\s+(?:the\s+)?(?:attendees|participants|of\s+us|members)|"
    r"(?:the\s+)?(?:audience|attendees|participants)|you|open\s+floor|"
    r"todos|todas|todes|tod[oa]s\s+(?:l[oa]s\s+|os\s+|as\s+)?(?:asistentes|participantes)|"
    r"(?:l[oa]s\s+|os\s+|as\s+)?(?:asistentes|participantes)|(?:el\s+|o\s+)?público|a\s+plateia|"
    r"tous|toutes|tout\s+le\s+monde|(?:les\s+)?participant(?:e|)s|le\s+public|"
    r"alle|alle\s+(?:teilnehmer(?:innen)?|teilnehmenden)|(?:die\s+)?teilnehmer(?:innen)?|"
    r"(?:die\s+)?teilnehmenden|(?:das\s+)?publikum|"
    r"tutti|(?:i\s+)?partecipanti|il\s+pubblico|iedereen|allen|(?:de\s+)?deelnemers|"
    r"wszyscy|uczestnicy|все|участники|"
    r"参加者全[員员]|参加者全体|参加者|全[員员]|みなさん|皆さん|みんな|来場者|"
    r"全体参会者|全体成员|全体|所有人|大家|参会者|与会者|现场观众|观众|"
    r"여러분|참가자|참석자|모두)",
    re.IGNORECASE,
)
#: who speaks for the room beside it (``参加者全員＋講師``, ``speakers and audience``):
#: the programme's speakers as a group, no one person
_SPEAKERS_AS_GROUP = LazyPattern(
    r"(?:(?:all\s+|the\s+)?speakers|(?:the\s+)?presenters|(?:the\s+)?panel(?:ists)?|"
    r"講師|講師陣|登壇者|発表者|讲师|讲者|嘉宾|分享嘉宾|"
    r"ponentes|palestrantes|intervenants|orateurs|referent(?:en|innen)|relatori|sprekers)",
    re.IGNORECASE,
)
#: what joins the room and the speakers in one slot
_JOINS = LazyPattern(r"\s*(?:[+＋&＆,，、/／]|\band\b|\bund\b|\bet\b|\by\b|\be\b|と|和|及)\s*",
                     re.IGNORECASE)
_EDGES = " \t.!:;()（）[]*_"


def names_the_room(text: str) -> bool:
    """Whether a speaker slot's ``text`` names everyone present rather than a person:
    the room's words alone, or with the speakers as a group (``参加者全員＋講師``)."""
    parts = [part.strip(_EDGES) for part in _JOINS.split(text.strip(_EDGES))]
    parts = [part for part in parts if part]
    if not parts or not any(_ROOM.fullmatch(part) for part in parts):
        return False
    return all(_ROOM.fullmatch(part) or _SPEAKERS_AS_GROUP.fullmatch(part) for part in parts)


def room_sessions(talks: Iterable[Talk]) -> None:
    """Every talk whose speakers all name the room becomes a break: shown as written (its
    slot's words kept as its speakers' line), no talk and no speaker card."""
    for talk in talks:
        # (the slot may have been split at its ``and``: ``Speakers`` + ``audience``)
        if talk.kind == "talk" and talk.speakers and names_the_room(" + ".join(talk.speakers)):
            talk.kind = "break"
            talk.aliases, talk.affiliations = {}, {}

