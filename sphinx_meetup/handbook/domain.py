"""The ``meetup`` domain: every event, talk and speaker of the site, per document.

Data is kept per docname, so ``clear_doc`` forgets a page that is read again and
``merge_domaindata`` brings in what parallel readers (``-j N``) found - unlike an ad-hoc
``env`` attribute, which empties itself under ``-j`` and on incremental builds. The
domain also knows which pages list or reference events (``watchers``) and what each
asks: such a page is written again when the answer changes (see
:func:`outdated_watchers`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Set
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from sphinx import addnodes
from sphinx.domains import Domain, Index, IndexEntry, ObjType
from sphinx.errors import NoUri
from sphinx.locale import _TranslationProxy
from sphinx.roles import XRefRole
from sphinx.util.nodes import make_refnode

from ..config import get_config
from ..locale import _
from ..warnings_ import warn
from .people import Person, key, merge_people
from .summary import EventSummary, TalkSummary

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

#: what a watching page asks the domain: ``("ref", type, target)``, or a listing's or
#: the speakers list's own query (their first item names the kind)
Query = tuple[Any, ...]
#: kind -> the answer to a query of that kind, as shown on a page now
Answers = Mapping[str, Callable[["MeetupDomain", Query], object]]


#: generated event pages (:mod:`.generated_pages`, read by :mod:`..page_parser`)
SUFFIX = ".meetup"
FILETYPE = "meetup-event-page"
#: the page's fields, each on a line of its own: ``event: /events/x.md``, ``slug: x``
FIELDS = ("event", "slug")


def pages_folder(env: BuildEnvironment) -> str | None:
    """Where generated pages live (``meetup_pages_dir``; ``meetup`` with an events dir)."""
    config = get_config(env)
    folder = config.pages_dir or ("meetup" if config.events_dir else None)
    return folder.strip("/") if folder else None


def plain_names(
    app: object, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Index names (``rellinks``, an index page's title) as plain strings.

    They are lazy translations, which the HTML templates print; the JSON builder writes
    the context as it is, and its encoder cannot (``_TranslationProxy is not JSON
    serializable``), and a pickled context would need Sphinx to be read back.
    """
    _make_plain(context)


def plain_global_names(app: Sphinx) -> list[Any]:
    """The same for the global context, which JSON and pickle builds write at the end
    (``html-collect-pages`` comes before that, also when no page was written)."""
    _make_plain(getattr(app.builder, "globalcontext", None) or {})
    return []


def _make_plain(context: dict[str, Any]) -> None:
    if isinstance(context.get("rellinks"), list):
        context["rellinks"] = [tuple(_plain(value) for value in link)
                               for link in context["rellinks"]]
    for name, value in context.items():
        if isinstance(value, _TranslationProxy):
            context[name] = str(value)


def _plain(value: object) -> object:
    return str(value) if isinstance(value, _TranslationProxy) else value


def speaker_anchor(person: Person) -> str:
    """A speaker's entry on the speakers index (slugs are letters, digits and ``-``)."""
    return f"meetup-speaker-{person.slug}"


class MeetupDomain(Domain):
    """Events, speakers and talks: roles, ``objects.inv`` entries and two indices."""

    name = "meetup"
    label = "Meetup"
    object_types: ClassVar = {
        "event": ObjType(_("event"), "event"),
        "speaker": ObjType(_("speaker"), "speaker"),
        "talk": ObjType(_("talk"), "talk"),
    }
    #: names of events and people are text, not code: no literal styling
    roles: ClassVar = {
        "event": XRefRole(innernodeclass=nodes.inline, warn_dangling=True),
        "speaker": XRefRole(innernodeclass=nodes.inline, warn_dangling=True),
        "talk": XRefRole(innernodeclass=nodes.inline, warn_dangling=True),
    }
    #: watchers: docname -> its queries; written: docname -> digest of the answers it
    #: was last written with
    initial_data: ClassVar = {"events": {}, "watchers": {}, "written": {}}
    #: whether this build's builder writes a page per speaker (set at ``builder-inited``)
    speaker_pages = False
    #: the pages this build reads (set at ``env-before-read-docs``)
    reading: frozenset[str] = frozenset()
    data_version = 4  # 2: EventSummary.export; 3: watchers' queries; 4: named tuples

    # --- per-document data ------------------------------------------------------------

    @property
    def events_by_doc(self) -> dict[str, list[EventSummary]]:
        return self.data["events"]

    @property
    def watchers(self) -> dict[str, list[Query]]:
        return self.data["watchers"]

    def clear_doc(self, docname: str) -> None:
        self.events_by_doc.pop(docname, None)
        self.watchers.pop(docname, None)
        self.data["written"].pop(docname, None)
        self._forget()
        self.__dict__.pop("_kinds", None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for docname in docnames:
            if docname in otherdata["events"]:
                self.events_by_doc[docname] = otherdata["events"][docname]
            if docname in otherdata["watchers"]:
                self.watchers[docname] = otherdata["watchers"][docname]
        self._forget()
        self.__dict__.pop("_kinds", None)

    def process_doc(self, env: BuildEnvironment, docname: str, document: nodes.document) -> None:
        """A page with a live reference to an event, speaker or talk watches its target."""
        refs: list[Query] = []
        for node in document.findall(addnodes.pending_xref):
            if node.get("refdomain") == self.name:
                refs.append(("ref", node["reftype"], node["reftarget"]))
            elif node.get("reftype") == "any":  # :any: may land on an event or a speaker
                refs.append(("any", node["reftarget"]))
        for query in dict.fromkeys(refs):
            self.note_watcher(docname, query)

    def note_event(self, summary: EventSummary) -> None:
        self.events_by_doc.setdefault(summary.docname, []).append(summary)
        self._forget()

    def note_watcher(self, docname: str, query: Query) -> None:
        """``docname`` shows what ``query`` asks when it is written."""
        self.watchers.setdefault(docname, []).append(query)
        self.__dict__.pop("_kinds", None)

    def watches(self, kind: str) -> bool:
        """Whether a page of the site asks a query of ``kind`` (``"listing"``,
        ``"speakers"``). Their placeholders are made with the query, so without one no
        page holds any, and writing a page need not look through it for them."""
        kinds = self.__dict__.get("_kinds")
        if kinds is None:
            kinds = self.__dict__["_kinds"] = {
                query[0] for queries in self.watchers.values() for query in queries}
        return kind in kinds

    # --- the site's events and people --------------------------------------------------

    def _forget(self) -> None:
        self.__dict__.pop("_cache", None)

    def _cached(self) -> dict[str, Any]:
        cache = self.__dict__.get("_cache")
        if cache is None:
            drafts = get_config(self.env).show_drafts
            events = sorted(
                (e for docname in sorted(self.events_by_doc)
                 for e in self.events_by_doc[docname] if drafts or not e.draft),
                key=lambda e: (e.docname, e.anchor),
            )
            by_slug: dict[str, EventSummary] = {}
            for event in events:
                by_slug.setdefault(event.slug, event)
            people = merge_people(by_slug.values())
            cache = self.__dict__["_cache"] = {
                "events": list(by_slug.values()),
                "by_slug": by_slug,
                "duplicates": [e for e in events if by_slug[e.slug] is not e],
                "people": people,
                "by_name": {key(n): p for p in people for n in [p.slug, *p.names]},
            }
        return cache

    def events(self) -> list[EventSummary]:
        """Every event shown on the site (drafts only with ``meetup_show_drafts``)."""
        return self._cached()["events"]

    def event(self, slug: str) -> EventSummary | None:
        return self._cached()["by_slug"].get(slug.strip())

    def people(self) -> list[Person]:
        return self._cached()["people"]

    def person(self, name: str) -> Person | None:
        """The person known by ``name``, one of their aliases, or their page's slug."""
        return self._cached()["by_name"].get(key(name))

    def talk(self, target: str) -> tuple[EventSummary, TalkSummary] | None:
        """``event-slug/talk-slug``, or a talk's title (the newest talk of that title)."""
        slug, _sep, talk_slug = target.strip().partition("/")
        event = self.event(slug)
        for talk in event.talks if event else ():
            if talk.slug == talk_slug:
                return event, talk
        wanted = key(target)
        found = [(e, t) for e in self.events() for t in e.talks if key(t.title) == wanted]
        return max(found, key=lambda pair: pair[0].start or "") if found else None

    def speaker_target(self, person: Person) -> tuple[str, str]:
        """Where a speaker's references go.

        Their page (a document of the user's, or the page HTML builders generate), else
        their entry on the speakers index, else their card at their newest event.
        """
        folder = pages_folder(self.env)
        if folder:
            page, index = f"{folder}/speakers/{person.slug}", f"{folder}/speakers/index"
            if page in self.env.all_docs or self.speaker_pages:
                return page, ""
            if index in self.env.all_docs:
                return index, speaker_anchor(person)
        newest = person.appearances[0]
        return newest.event.docname, newest.speaker.anchor or newest.event.anchor

    def answers_digest(self, queries: list[Query], answers: Answers) -> str:
        """A digest of what ``queries`` get now: it changes when a page shows otherwise."""
        digest = hashlib.sha256(repr(self.speaker_pages).encode())  # where speakers lead
        for query in queries:
            kind = query[0]
            if kind == "ref":
                answer: object = self._find(query[1], query[2])
            elif kind == "any":
                answer = [self._find(typ, query[1]) for typ in self.object_types]
            else:
                answer = answers[kind](self, query)
            digest.update(repr((query, answer)).encode())
        return digest.hexdigest()

    # --- references --------------------------------------------------------------------

    def resolve_xref(
        self, env: BuildEnvironment, fromdocname: str, builder: Builder, typ: str,
        target: str, node: addnodes.pending_xref, contnode: nodes.Element,
    ) -> nodes.Element | None:
        found = self._find(typ, target)
        return _refnode(builder, fromdocname, found, node, contnode) if found else None

    def resolve_any_xref(
        self, env: BuildEnvironment, fromdocname: str, builder: Builder, target: str,
        node: addnodes.pending_xref, contnode: nodes.Element,
    ) -> list[tuple[str, nodes.Element]]:
        results = []
        for typ in self.object_types:
            found = self._find(typ, target)
            if found is not None:
                ref = _refnode(builder, fromdocname, found, node, contnode)
                results.append((f"{self.name}:{self.role_for_objtype(typ)}", ref))
        return results

    def _find(self, typ: str, target: str) -> tuple[str, str, str] | None:
        if typ == "event":
            event = self.event(target)
            return (event.docname, event.anchor, event.title_or_slug) if event else None
        if typ == "speaker":
            person = self.person(target)
            return (*self.speaker_target(person), person.name) if person else None
        if typ == "talk":
            found = self.talk(target)
            if found is None:
                return None
            event, talk = found
            return event.docname, talk.anchor or event.anchor, talk.title
        return None

    def get_objects(self) -> Iterable[tuple[str, str, str, str, str, int]]:
        """Events by slug, speakers by name (aliases too, kept out of search), talks."""
        for event in self.events():
            yield event.slug, event.title_or_slug, "event", event.docname, event.anchor, 1
            for talk in event.talks:
                name = f"{event.slug}/{talk.slug}"
                anchor = talk.anchor or event.anchor
                yield name, talk.title, "talk", event.docname, anchor, 1
        for person in self.people():
            docname, anchor = self.speaker_target(person)
            yield person.name, person.name, "speaker", docname, anchor, 1
            for alias in person.aliases:
                yield alias, person.name, "speaker", docname, anchor, -1

    def check_consistency(self) -> None:
        """Two events claiming one slug: the first page (by name) keeps it.

        One event file shown on several pages is no conflict (the first page is where
        references go); two different events with one slug are.
        """
        for event in self._cached()["duplicates"]:
            first = self.event(event.slug)
            if first is None or (event.source is not None and event.source == first.source):
                continue
            warn(
                f"event slug {event.slug!r} is already used by {first.docname!r} (the "
                "first page keeps it); give this event its own :slug:",
                (event.docname, None), "ref",
            )


def _refnode(
    builder: Builder, fromdocname: str, found: tuple[str, str, str],
    node: addnodes.pending_xref, contnode: nodes.Element,
) -> nodes.Element:
    """A link to ``found``; without an explicit title it shows the event's (or talk's,
    or speaker's) name rather than the slug that was typed.

    A builder that makes one book (LaTeX, single HTML) cannot link to a page outside
    it: the name is shown unlinked, not the bare slug, with a warning saying why for a
    reference the author wrote (listings, marked ``meetup_listed``, just show the name).
    """
    docname, anchor, title = found
    if not node.get("refexplicit"):
        contnode = nodes.inline(title, title, classes=contnode.get("classes", []))
    try:
        return make_refnode(builder, fromdocname, docname, anchor, contnode, title)
    except NoUri:
        if node.get("meetup_listed"):
            return contnode
        warn(f"meetup:{node['reftype']} reference {node['reftarget']!r}: its page "
             f"{docname!r} is not in this {builder.name} output (no toctree reaches it); "
             "the name is shown without a link", node, "ref")  # type: ignore[arg-type]
        return contnode


class SpeakerIndex(Index):
    """Every speaker, A to Z, with the events they spoke at."""

    name = "speakerindex"
    localname = _("Speaker Index")
    shortname = _("speakers")

    def generate(
        self, docnames: Iterable[str] | None = None
    ) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        domain: MeetupDomain = self.domain  # type: ignore[assignment]
        wanted = set(docnames) if docnames is not None else None
        groups: dict[str, list[IndexEntry]] = {}
        for person in domain.people():
            appearances = [a for a in person.appearances
                           if wanted is None or a.event.docname in wanted]
            if not appearances:
                continue
            docname, anchor = domain.speaker_target(person)
            entries = groups.setdefault(person.name[:1].upper(), [])
            entries.append(IndexEntry(person.name, 1, docname, anchor,
                                      " / ".join(person.aliases), "", person.designation or ""))
            for appearance in appearances:
                event = appearance.event
                titles = "; ".join(t.title for t in appearance.talks)
                entries.append(IndexEntry(event.title_or_slug, 2, event.docname, event.anchor,
                                          event.day or "", "", titles))
        return sorted(groups.items()), True


class EventIndex(Index):
    """Every event by year, newest first: the site's archive."""

    name = "eventindex"
    localname = _("Events by Year")
    shortname = _("events")

    def generate(
        self, docnames: Iterable[str] | None = None
    ) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        domain: MeetupDomain = self.domain  # type: ignore[assignment]
        wanted = set(docnames) if docnames is not None else None
        groups: dict[str, list[IndexEntry]] = {}
        newest_first = sorted(domain.events(), key=lambda e: (e.start or "", e.slug),
                              reverse=True)
        for event in newest_first:
            if wanted is not None and event.docname not in wanted:
                continue
            year = str(event.year) if event.year else _("Undated")
            groups.setdefault(year, []).append(IndexEntry(
                event.title_or_slug, 0, event.docname, event.anchor, event.day or "",
                "", event.location or ""))
        return list(groups.items()), False


MeetupDomain.indices = [SpeakerIndex, EventIndex]


def get_domain(env: BuildEnvironment) -> MeetupDomain:
    return env.get_domain(MeetupDomain.name)  # type: ignore[return-value]


def warn_missing_reference(app: Any, domain: Domain, node: addnodes.pending_xref) -> bool | None:
    """A broken ``:meetup:*:`` reference is a ``meetup.ref`` warning at its location."""
    if domain is None or domain.name != MeetupDomain.name:
        return None
    what = {"event": "event with the slug", "speaker": "speaker named",
            "talk": "talk"}.get(node["reftype"], node["reftype"])
    warn(f"meetup:{node['reftype']} reference: no {what} {node['reftarget']!r} in this site",
         node, "ref")  # type: ignore[arg-type]
    return True


def outdated_watchers(env: BuildEnvironment, answers: Answers) -> set[str]:
    """Pages that list or reference events, when what they show changed since written.

    Listings and references are resolved when a page is written, not when it is read,
    so such pages need writing - not reading - again. This runs at ``env-updated``, after
    every reader (serial or parallel) is done, so it also sees events that a changed page
    newly gained, which ``env-get-outdated`` (before reading) cannot know. Each page's
    queries are answered again and compared with the answers it was written with: an
    edited event rewrites its year's page, not every year's.
    """
    domain = get_domain(env)
    written = domain.data["written"]
    outdated = set()
    for docname, queries in domain.watchers.items():
        if docname not in env.found_docs:
            continue
        digest = domain.answers_digest(queries, answers)
        if written.get(docname) != digest:
            written[docname] = digest
            outdated.add(docname)
    return outdated
