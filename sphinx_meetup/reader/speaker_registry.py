"""The site's speaker registry (``meetup_speakers``): one entry per person, every name.

A page may call someone by a nickname (贾岛) and the front matter by their legal name
(靳文祥); only the site knows they are one person. The registry says so once, for every
event of the site. Pure: text in, people and problems out. Its Sphinx half, which
finds the file of a build, keeps it for the build and reports its problems, is
:mod:`sphinx_meetup.handbook.speaker_registry`.
"""

from __future__ import annotations

from typing import Any

from ..model import Event, Link, Problem, Speaker
from ..safety import safe_url
from .frontmatter import FrontMatter, parse
from .names import key


def read_registry(text: str, kind: str) -> tuple[list[Speaker], list[Problem]]:
    """People from a registry file's text; ``kind`` is ``yaml``, ``toml`` or ``json``.

    Accepted shapes: a list of people, ``{people: [...]}`` / ``{speakers: [...]}``
    (TOML's ``[[people]]``), or a mapping of name to details.
    """
    parsed = FrontMatter(format=kind)
    parse(text, kind, parsed, what="speaker registry", subtype="speaker")
    data: Any = parsed.data
    if any(problem.severity == "error" for problem in parsed.problems):
        return [], parsed.problems
    if isinstance(data, dict) and isinstance(data.get("people", data.get("speakers")), list):
        data = data.get("people", data.get("speakers"))
    elif isinstance(data, dict):
        data = [{"name": name, **(v if isinstance(v, dict) else {})} for name, v in data.items()]
    if data is None:
        return [], parsed.problems
    if not isinstance(data, list):
        return [], [*parsed.problems,
                    Problem(1, "the speaker registry should be a list of people", "speaker")]
    people, problems = [], parsed.problems
    for index, entry in enumerate(data):
        person = _person(entry)
        if person is None:
            problems.append(Problem(None, f"registry entry {index + 1} has no name; it is "
                                    "ignored", "speaker"))
        else:
            people.append(person)
    return people, problems


def _person(entry: object) -> Speaker | None:
    if isinstance(entry, str):
        entry = {"name": entry}
    if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
        return None
    aliases = entry.get("aliases") or entry.get("alias") or []
    links = []
    for raw in entry.get("links") or []:
        if isinstance(raw, dict) and (url := safe_url(raw.get("url"))):
            links.append(Link(str(raw.get("name") or url), url))
        elif isinstance(raw, str) and (url := safe_url(raw)):
            links.append(Link(url, url))
    photo = entry.get("photo") or entry.get("image") or entry.get("avatar")
    designation = entry.get("designation") or entry.get("role") or entry.get("title")
    return Speaker(
        name=str(entry["name"]).strip(),
        image=str(photo).strip() if photo else None,
        designation=str(designation).strip() if designation else None,
        aliases=[str(a).strip() for a in (aliases if isinstance(aliases, list) else [aliases])
                 if str(a).strip()],
        affiliation=str(entry["affiliation"]).strip() if entry.get("affiliation") else None,
        links=links,
    )


def index(people: list[Speaker]) -> dict[str, Speaker]:
    """Every name and alias key of the registry → its person."""
    return {key(name): person for person in people for name in person.names}


def apply_registry(event: Event, people: dict[str, Speaker]) -> None:
    """Merge what the registry knows into the event, before its people are built.

    A front-matter speaker gains the registry's other names (so a talk that calls them
    by a nickname links to their card) and its photo, designation and links where the
    page has none. A talk speaker the front matter lacks is named as the registry names
    them, with the registry's photo: the same person across all events of the site.
    """
    if not people:
        return
    # a programme's speaker the page did not list, but the site knows: not a typo
    event.problems = [
        p for p in event.problems
        if p.subject is None or p.subtype != "speaker" or key(p.subject) not in people
    ]
    for speaker in event.speakers:
        person = next((people[k] for k in map(key, speaker.names) if k in people), None)
        if person is not None:
            _merge(speaker, person)
    for talk in event.talks:
        for name in talk.speakers:
            person = people.get(key(name))
            if person is None or event.speaker_named(name) is not None:
                continue
            if any(event.speaker_named(other) for other in person.names):
                continue  # a front-matter speaker now carries this name as an alias
            event.known_people.append(person)


def _merge(speaker: Speaker, person: Speaker) -> None:
    known = {key(name) for name in speaker.names}
    speaker.aliases += [name for name in person.names if key(name) not in known]
    speaker.image = speaker.image or person.image
    speaker.designation = speaker.designation or person.designation
    speaker.affiliation = speaker.affiliation or person.affiliation
    urls = {link.url for link in speaker.links}
    speaker.links += [link for link in person.links if link.url not in urls]
