"""What the ``meetup`` domain keeps of each event: small, picklable, comparable.

The domain travels between processes (``-j N``) and into the pickled environment, so it
holds these frozen summaries (strings and tuples), never docutils nodes or the full
:class:`~sphinx_meetup.model.Event`. Equal summaries mean equal listings, which is how
incremental builds tell whether pages that list events must be written again.

They are named tuples rather than frozen dataclasses: as immutable, comparable, hashable
and printable, but made without generating and compiling six methods each at import
(the three dataclasses took 3.3 ms of every build's start, the tuples 0.4 ms).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from docutils import nodes

from ..model import Event, Speaker
from ..render import elements
from ..render.context import RenderContext
from ..render.images import find_local, rooted_uri
from ..safety import is_remote, safe_url
from .event_record import export_record


class SpeakerSummary(NamedTuple):
    """A speaker as one event shows them."""

    name: str
    aliases: tuple[str, ...] = ()
    #: ``/``-rooted path inside the project, or an http(s) URL
    photo: str | None = None
    designation: str | None = None
    #: id of the speaker's card on the event page (``None`` when no cards are shown)
    anchor: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class TalkSummary(NamedTuple):
    """A talk (breaks are left out): its title and who gives it."""

    title: str
    slug: str
    #: the speakers' names as the event's speaker list spells them
    speakers: tuple[str, ...] = ()
    anchor: str | None = None


class EventSummary(NamedTuple):
    """One event of the site, where it is rendered, and what listings show of it."""

    slug: str
    title: str
    docname: str
    anchor: str
    #: ISO date or date-time, as the event says
    start: str | None = None
    end: str | None = None
    location: str | None = None
    venue: str | None = None
    description: str = ""
    topics: tuple[str, ...] = ()
    speakers: tuple[SpeakerSummary, ...] = ()
    talks: tuple[TalkSummary, ...] = ()
    draft: bool = False
    #: the event file, relative to the source folder (``None`` for inline events)
    source: str | None = None
    #: what calendars, feeds and structured data need (canonical JSON, see
    #: :mod:`sphinx_meetup.handbook.event_record`), kept so exports read only the domain
    export: str = ""

    @property
    def day(self) -> str | None:
        """The ISO day the event starts."""
        return self.start[:10] if self.start else None

    @property
    def year(self) -> int | None:
        return int(self.start[:4]) if self.start else None

    def is_upcoming(self, today: dt.date) -> bool:
        """Not over yet on ``today``; undated events count as upcoming, as on their page."""
        last = (self.end or self.start or "")[:10]
        return not last or last >= today.isoformat()

    @property
    def title_or_slug(self) -> str:
        return self.title or self.slug


#: a slug's words: letters and digits of every script
_WORDS = re.compile(r"[^\W_]+")


def slugify(text: str, max_bytes: int | None = None) -> str:
    """Words joined by ``-``, letters of every script kept (``靳文祥`` stays ``靳文祥``).

    ``max_bytes`` bounds the slug's UTF-8 length, for slugs that become file names: 80
    letters of four bytes each (𠀀…) made a name no file system takes. A cut slug ends in
    a hash of the whole text, so two long names that start alike stay two slugs."""
    words = _WORDS.findall(unicodedata.normalize("NFKC", text).casefold())
    slug = "-".join(words)[:80].strip("-")
    if not slug:
        return "x" + hashlib.sha256(text.encode()).hexdigest()[:8]
    if max_bytes is not None and len(slug.encode()) > max_bytes:
        cut = slug.encode()[: max_bytes - 9].decode("utf-8", errors="ignore").strip("-")
        slug = f"{cut}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"
    return slug


def summarize(
    event: Event, context: RenderContext, rendered: list[nodes.Node], *, slug: str,
    docname: str, anchor: str, source: Path | None,
) -> EventSummary:
    """The summary of an event just rendered into ``docname``, anchors read off ``rendered``."""
    card_ids, talk_ids = rendered_anchors(rendered)
    speakers = tuple(
        SpeakerSummary(
            name=speaker.name.strip(),
            aliases=tuple(a.strip() for a in speaker.aliases if a.strip()),
            photo=photo_uri(context, speaker),
            designation=speaker.designation,
            anchor=card_ids.get(speaker.name.strip()),
        )
        for speaker in event.all_speakers()
        if speaker.name.strip()
    )
    talks = []
    for talk in event.talks:
        if talk.kind != "talk" or not talk.title.strip():
            continue
        names = []
        for name in talk.speakers:
            speaker = event.speaker_for(talk, name)
            names.append((speaker.name if speaker else name).strip())
        talks.append(TalkSummary(
            title=talk.title.strip(),
            slug=slugify(talk.title),
            speakers=tuple(dict.fromkeys(n for n in names if n)),
            anchor=talk_ids.get(talk.title.strip()),
        ))
    return EventSummary(
        slug=slug,
        title=event.title.strip(),
        docname=docname,
        anchor=anchor,
        start=_iso(event.start),
        end=_iso(event.end),
        location=event.location,
        venue=event.venue,
        description=event.description,
        topics=tuple(event.topics),
        speakers=speakers,
        talks=tuple(talks),
        draft=event.draft,
        source=_relative(source, context.srcdir) if source is not None else None,
        export=export_record(event, context),
    )


def rendered_anchors(rendered: list[nodes.Node]) -> tuple[dict[str, str], dict[str, str]]:
    """Speaker name -> card id, talk title -> agenda entry id, as the page has them.

    Read from the rendered nodes (their documented classes) rather than recomputed, so
    references land exactly where the page put its cards and talks.
    """
    cards: dict[str, str] = {}
    talks: dict[str, str] = {}
    # in document order; a card's or a talk's own content holds no other card or talk,
    # so the walk does not go into them (a third of the elements of a page is in them)
    stack = [node for node in reversed(rendered) if isinstance(node, nodes.Element)]
    while stack:
        node = stack.pop()
        classes = node["classes"]
        if node["ids"] and "meetup-speaker" in classes:
            name = _first_with_class(node, "meetup-name")
            if name is not None:
                cards.setdefault(name.astext().strip(), node["ids"][0])
            continue
        if node["ids"] and "meetup-talk" in classes and "meetup-break" not in classes:
            title = _first_with_class(node, "meetup-talk-title")
            text = _talk_title(title) if title is not None else ""
            if text:
                talks.setdefault(text, node["ids"][0])
            continue
        stack.extend(child for child in reversed(node.children)
                     if isinstance(child, nodes.Element))
    return cards, talks


def _talk_title(title: nodes.Element) -> str:
    """A talk's title as its heading (or first line) shows it, without time and room."""
    return "".join(
        child.astext() for child in title.children
        if not (isinstance(child, nodes.Element)
                and {"meetup-time", "meetup-room"} & set(child["classes"]))
    ).strip()


def _first_with_class(node: nodes.Element, name: str) -> nodes.Element | None:
    return next((n for n in elements([node]) if name in n["classes"]), None)


def photo_uri(context: RenderContext, speaker: Speaker) -> str | None:
    """The photo as the event page shows it (no warning here: the page already gave it)."""
    if not speaker.image:
        return None
    if is_remote(speaker.image):
        url = safe_url(speaker.image)
        return url if url and url.lower().startswith(("https://", "http://")) else None
    found = find_local(context, speaker.image)
    if found is None:
        return None
    return rooted_uri(found, context.srcdir)


def _relative(path: Path, srcdir: Path) -> str:
    try:
        return path.resolve().relative_to(srcdir.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None
