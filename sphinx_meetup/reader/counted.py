"""A page that counts its talks and lists as many speakers: one untitled talk each.

``3 short talks`` in the body, three ``speakers:`` entries in the front matter, and no
talk title anywhere: the programme is those three talks, in the front matter's order,
each given by its entry (``Ann Example and Bo Sample`` is one entry: one talk, the
entry's card). The count is the evidence - without it, two speakers may share one
talk as well as give two, and the page keeps its ``meetup.programme`` warning.

Pure: the front matter's people and the body's count in, talks out.
"""

from __future__ import annotations

from ..model import Speaker, Talk

#: number words a body's count of talks may open with (English, German, French, Spanish,
#: Portuguese, Italian, Dutch, Polish): :data:`.body._SEVERAL` is written with them too
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "deux": 2,
    "trois": 3, "quatre": 4, "cinq": 5, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "duas": 2, "dois": 2, "três": 3, "quatro": 4, "due": 2, "tre": 3, "quattro": 4,
    "twee": 2, "drie": 3, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4,
}


def counted_talks(words: str, line: int | None, people: list[Speaker]) -> list[Talk]:
    """One untitled talk for each of ``people`` when ``words`` (``3 short talks``, said
    at ``line``) counts as many talks, else none."""
    if len(people) < 2 or _count(words) != len(people):
        return []
    talks = []
    for person in people:
        talk = Talk(title="", speakers=[person.name], line=person.line)
        talk.evidence[""] = (f"line {line}: the page counts {words!r}, as many as its "
                             "front-matter speakers; no title given")
        talk.evidence[person.name] = f"line {person.line}: front-matter speaker"
        if person.aliases:
            talk.aliases[person.name] = list(person.aliases)
        talks.append(talk)
    return talks


def _count(words: str) -> int | None:
    """The number ``words`` open with (``3``, ``three``, ``drei``), if any."""
    first = words.split(maxsplit=1)[0].casefold() if words.strip() else ""
    if first.isdigit():
        return int(first)
    return NUMBER_WORDS.get(first)
