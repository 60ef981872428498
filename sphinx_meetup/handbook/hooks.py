"""What Sphinx is given for listings, the speakers list and generated pages, without their code.

Every build registers ``meetup-events`` and ``meetup-speaker-list``, their placeholders
and post-transforms, and the generated pages' hooks; most sites use few of them (the
yardstick's pages hold one ``meetup-event`` directive each). The modules that do the
work - :mod:`.listing`, :mod:`.speaker_pages` and :mod:`.generated_pages`, some 940
lines - are imported when a page has a listing or the speakers list, when the HTML
builder writes speaker pages, or when ``meetup_events_dir`` / ``meetup_pages_dir`` is
set, not by every build: run from source (an editable install on a machine that writes
no bytecode), compiling them was 2% of a 10-event build.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, TypeGuard

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective

from ..config import get_config
from .domain import MeetupDomain, Query, get_domain, pages_folder

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

def exclude_events_dir(app: Sphinx, config: Config) -> None:
    """``config-inited``: see :func:`.generated_pages.exclude_events_dir`."""
    if get_config(config).events_dir:
        from .generated_pages import exclude_events_dir as exclude

        exclude(app, config)


def write_early_pages(app: Sphinx) -> None:
    """``builder-inited``: see :func:`.generated_pages.write_early_pages`."""
    if pages_folder(app.env):
        from .generated_pages import write_early_pages as write

        write(app)


def refresh_site_pages(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: see :func:`.generated_pages.refresh_site_pages`."""
    if not pages_folder(env):
        return []
    from .generated_pages import refresh_site_pages as refresh

    return refresh(app, env)


# --- meetup-events ------------------------------------------------------------------------

FORMATS = ("cards", "table", "list")


class meetup_listing(nodes.General, nodes.Element):  # noqa: N801 - docutils node naming
    """Where a listing goes; replaced when the page is written."""


def _words(argument: str | None) -> list[str]:
    """``a, b`` → ``["a", "b"]``: several values are given comma-separated."""
    return [w.strip() for w in (argument or "").split(",") if w.strip()]


def _years(argument: str | None) -> list[int]:
    try:
        years = [int(w) for w in _words(argument)]
    except ValueError:
        raise ValueError("expected years such as 2019 or 2019, 2020") from None
    if not years:
        raise ValueError("expected at least one year")
    return years


def _format(argument: str | None) -> str:
    return directives.choice(argument, FORMATS)


class EventsDirective(SphinxDirective):
    """``.. meetup-events::`` with filters; upcoming events first, then the archive."""

    has_content = False
    option_spec: ClassVar = {
        "upcoming": directives.flag,
        "past": directives.flag,
        "limit": directives.positive_int,
        "topic": _words,
        "location": _words,
        "speaker": _words,
        "year": _years,
        "format": _format,
        "empty": directives.unchanged,
        "class": directives.class_option,
    }

    def run(self) -> list[nodes.Node]:
        if "upcoming" in self.options and "past" in self.options:
            raise self.error(f"{self.name}: choose :upcoming: or :past: (neither lists both)")
        when = "upcoming" if "upcoming" in self.options else "all"
        when = "past" if "past" in self.options else when
        node = meetup_listing()
        node["when"] = when
        for name in ("limit", "topic", "location", "speaker", "year", "empty"):
            node[name] = self.options.get(name)
        node["format"] = self.options.get("format", "list")
        node["classes"] = self.options.get("class", [])
        self.set_source_info(node)
        get_domain(self.env).note_watcher(self.env.docname, listing_query(node))
        return [node]


#: the options that choose a listing's events (the others only change its look)
CHOOSING = ("when", "limit", "topic", "location", "speaker", "year")


def listing_query(node: meetup_listing) -> Query:
    """What a listing asks the domain, for :func:`~.domain.outdated_watchers`."""
    return ("listing", *((name, _frozen(node.get(name))) for name in CHOOSING))


def listed(domain: MeetupDomain, query: Query) -> object:
    """What a listing of ``query`` shows now: the events it chooses, and today."""
    from .listing import select

    return get_config(domain.env).today_date(), select(domain, dict(query[1:]))


def _frozen(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


class ResolveListings(SphinxPostTransform):
    """Replace each placeholder by the events it asks for."""

    default_priority = 5  # before ReferencesResolver (10), which resolves our links

    def run(self, **kwargs: Any) -> None:
        if not get_domain(self.env).watches("listing"):
            return  # no page has a listing: no need to look through this one
        from .listing import render_listing

        for node in list(self.document.findall(meetup_listing)):
            node.replace_self(render_listing(self.env, node))


# --- the speakers list and speaker pages ----------------------------------------------------


def makes_speaker_pages(builder: Builder) -> TypeGuard[StandaloneHTMLBuilder]:
    """HTML builders that write pages of their own; not ePub (a book) or single HTML."""
    return (isinstance(builder, StandaloneHTMLBuilder) and not builder.embedded
            and builder.name != "singlehtml")


class meetup_speaker_list(nodes.General, nodes.Element):  # noqa: N801 - docutils naming
    """Where the list of speakers goes; filled in when the page is written."""


class SpeakerListDirective(SphinxDirective):
    """Every speaker of the site (internal: the generated ``speakers/index`` holds it)."""

    def run(self) -> list[nodes.Node]:
        node = meetup_speaker_list()
        self.set_source_info(node)
        get_domain(self.env).note_watcher(self.env.docname, ("speakers",))
        return [node]


def listed_speakers(domain: MeetupDomain, _query: Query) -> object:
    """What the speakers list shows now (see :func:`.speaker_pages.speaker_list`), for
    :func:`~.domain.outdated_watchers`."""
    with_talks = not domain.speaker_pages
    return [(person.slug, person.name, person.aliases, person.designation,
             person.talk_count, domain.speaker_target(person),
             [(a.event.slug, a.event.title_or_slug, a.event.start, a.event.docname,
               a.event.anchor, [(t.slug, t.title, t.anchor) for t in a.talks])
              for a in person.appearances] if with_talks else None)
            for person in domain.people()]


class ResolveSpeakerLists(SphinxPostTransform):
    """Each person with their page's link; without speaker pages, with their talks."""

    default_priority = 5  # before ReferencesResolver (10), which resolves our links

    def run(self, **kwargs: Any) -> None:
        if not get_domain(self.env).watches("speakers"):
            return  # no page has the speakers list: no need to look through this one
        from .speaker_pages import speaker_list

        for node in list(self.document.findall(meetup_speaker_list)):
            domain = get_domain(self.env)
            node.replace_self(speaker_list(domain, with_talks=not domain.speaker_pages))


def collect_speaker_pages(app: Sphinx) -> Iterator[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``: the pages whose context changed since the last build.

    A record beside the doctrees keeps each page's digest, with a stamp of what every
    page depends on (configuration, tags, templates, output folder), so an unchanged
    build renders nothing - the same rule Sphinx applies to documents. Pages of people
    no longer in the site are deleted; a document of the user's at the same name wins
    (:func:`.speaker_pages.changed_pages`).
    """
    builder, folder = app.builder, pages_folder(app.env)
    if folder and makes_speaker_pages(builder):
        from .speaker_pages import changed_pages

        yield from changed_pages(app, builder, folder)
