"""A handbook of many events: what is collected across pages, wired into Sphinx.

The ``meetup`` domain (:mod:`.domain`) keeps a summary of every event (:mod:`.summary`,
with the record exports read, :mod:`.event_record`) and merges people across events
(:mod:`.people`, :mod:`.speaker_registry`); from it come the ``meetup-events`` listings
(:mod:`.listing`), the generated event and year pages (:mod:`.generated_pages`) and the
speaker pages (:mod:`.speaker_pages`), which :mod:`.hooks` registers without importing
them; the domain's indices are written when they change (:mod:`.index_pages`).
:mod:`.rebuild_records` keeps what a rebuild needs beside the doctrees.
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from .domain import (
    MeetupDomain,
    get_domain,
    outdated_watchers,
    plain_global_names,
    plain_names,
    warn_missing_reference,
)
from .hooks import (
    EventsDirective,
    ResolveListings,
    ResolveSpeakerLists,
    SpeakerListDirective,
    collect_speaker_pages,
    exclude_events_dir,
    listed,
    listed_speakers,
    makes_speaker_pages,
    meetup_listing,
    meetup_speaker_list,
    refresh_site_pages,
    write_early_pages,
)
from .index_pages import setup_index_pages
from .rebuild_records import forget_build_stamp


def setup_handbook(app: Sphinx) -> None:
    """Register the ``meetup`` domain, ``meetup-events`` and the generated pages."""
    app.add_domain(MeetupDomain)
    app.add_node(meetup_listing)
    app.add_node(meetup_speaker_list)
    app.add_directive("meetup-events", EventsDirective)
    app.add_directive("meetup-speaker-list", SpeakerListDirective)
    app.add_post_transform(ResolveListings)
    app.add_post_transform(ResolveSpeakerLists)
    # after the config is validated (priority 500), before it is compared with the last build
    app.connect("config-inited", exclude_events_dir, priority=600)
    app.connect("builder-inited", write_early_pages)
    app.connect("builder-inited", _note_builder)
    app.connect("env-before-read-docs", _note_reading)
    app.connect("env-before-read-docs", forget_build_stamp)
    app.connect("env-updated", _env_updated)
    app.connect("warn-missing-reference", warn_missing_reference)
    app.connect("html-collect-pages", collect_speaker_pages)
    app.connect("html-page-context", plain_names)
    app.connect("html-collect-pages", plain_global_names)
    setup_index_pages(app)


def _note_builder(app: Sphinx) -> None:
    get_domain(app.env).speaker_pages = makes_speaker_pages(app.builder)


def _note_reading(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    get_domain(env).reading = frozenset(docnames)


def _env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Generated pages that changed (read here), and listing pages to write again."""
    answers = {"listing": listed, "speakers": listed_speakers}
    return sorted(set(refresh_site_pages(app, env)) | outdated_watchers(env, answers))
