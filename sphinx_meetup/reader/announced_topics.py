"""Sibling paragraphs that each say who will talk about what, the topic set apart.

An announcement of a lightning-talk evening often writes its programme as prose, one
paragraph a talk: ``[Ann Example](#ann) ci parlerà di *Liferay*, portale…``, ``Bo
Sample will talk about *Event Sourcing*``, ``Enfin Cy Person nous parlera de « Tests »``.
One such sentence is prose; the shape is evidence when two or more paragraphs share it:
a person (a front-matter speaker, or a full name led by a given name the reader knows),
a verb of announcing a talk, then - within a few words - the topic in emphasis or
quotes. Each such paragraph is a talk: its topic the title, its person the speaker; the
paragraph stays in the page as written (what it says beside them is the author's).
Pure: units in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit
from .confidence import SIBLING_SLOT
from .given_names import vouched_for
from .headers import Header, tidy_title
from .names import Name, is_organisation, parse_name
from .patterns import LazyPattern

#: a person, then a verb that announces their talk (in the languages of the prose
#: readers: English, Italian, French, Spanish, Portuguese, German, Dutch, Polish)
_ANNOUNCED = LazyPattern(
    r"(?<![\w'’\-])(?P<name>[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s++(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+|van|de|der|den|"
    r"von|du|da|di)){1,4})\s++"
    r"(?:(?:will|is\s+going\s+to)\s+(?:talk|speak)\s+(?:about|on)|will\s+(?:present|introduce)"
    r"|ci\s+(?:parlerà|racconterà|presenterà|mostrerà)|parlerà|racconterà|presenterà"
    r"|nous\s+(?:parlera|présentera)|parlera|présentera|presentará|hablará|nos\s+hablará"
    r"|apresentará|falará|spricht|wird\s+über|vertelt|spreekt|opowie|przedstawi)\b"
    # (what stands between the verb and the topic: ``di``, ``about``, ``com'è``)
    r"[^*_\"“”«»„\n.]{0,24}?"
    r"(?:\*\*(?P<bold>[^*\n]{2,160})\*\*|\*(?P<italic>[^*\n]{2,160})\*|_(?P<under>[^_\n]{2,160})_"
    r"|[\"“„«]\s*+(?P<quoted>[^\"“”„«»\n]{2,160}?)\s*+[\"”»“])"
)
#: the verbs :data:`_ANNOUNCED` needs, looked for first (a name search on every
#: paragraph costs more than this one search)
_VERB_WORDS = LazyPattern(
    r"will|going\s+to|parler|raccont|present|présent|hablar|apresent|falar|spricht|wird"
    r"|vertelt|spreekt|opowie|przedstawi"
)
def _sets_apart(source: str) -> bool:
    """Whether ``source`` holds a mark :data:`_ANNOUNCED` sets its topic apart with (it
    needs one; a link made its text adds none): a substring test each, before the verb
    search - three paragraphs of four hold none on the corpus."""
    return ("*" in source or "_" in source or '"' in source or "“" in source
            or "„" in source or "«" in source)


#: a link as its text: the name the paragraph links (``[Ann Example](#speaker1)``)
_LINK = LazyPattern(r"\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)")
#: paragraphs that must share the shape
_MIN_SIBLINGS = 2


def read(
    units: list[Unit], heads: list[Header], regions: list[str], known: Collection[str]
) -> list[Header]:
    """Talk headers for the paragraphs, two or more, that each announce one person's
    talk on a topic set apart."""
    taken = {head.index for head in heads}
    found: list[tuple[int, str, Name]] = []
    for index, unit in enumerate(units):
        if (index in taken or unit.kind != "paragraph" or not unit.first
                or regions[index] in {"other", "inside"}):
            continue
        if not _sets_apart(unit.source) or not _VERB_WORDS.search(unit.source):
            continue  # (most paragraphs hold no verb of announcing: no search for a name)
        match = _ANNOUNCED.search(_LINK.sub(r"\1", unit.source))
        if match is None:
            continue
        name = parse_name(match["name"])
        if not vouched_for(name.name, known) and len(words := name.name.split()) > 2:
            name = parse_name(" ".join(words[1:]))  # ``Infine Ann Example``: "finally"
        title = tidy_title(match["bold"] or match["italic"] or match["under"] or match["quoted"])
        if title and not is_organisation(name.name) and vouched_for(name.name, known):
            found.append((index, title, name))
    if len(found) < _MIN_SIBLINGS or len({name.name for _, _, name in found}) < len(found):
        return []
    return [Header(index, "prose", title=title, own_only=True, slot=(index, [name], (
                f"line {units[index].line}: the person the paragraph says will talk on the "
                f"topic it sets apart; {SIBLING_SLOT} ({len(found)} paragraphs)")))
            for index, title, name in found]
