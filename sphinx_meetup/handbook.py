"""A handbook of many events: the domain, listings and generated pages, wired together."""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from .domain import MeetupDomain, outdated_watchers, warn_missing_reference
from .listing import EventsDirective, ResolveListings, meetup_listing
from .pages import exclude_events_dir, refresh_site_pages, write_early_pages
from .speaker_pages import SpeakerListDirective, SpeakerPageDirective


def setup_handbook(app: Sphinx) -> None:
    """Register the ``meetup`` domain, ``meetup-events`` and the generated pages."""
    app.add_domain(MeetupDomain)
    app.add_node(meetup_listing)
    app.add_directive("meetup-events", EventsDirective)
    app.add_directive("meetup-speaker-page", SpeakerPageDirective)
    app.add_directive("meetup-speaker-list", SpeakerListDirective)
    app.add_post_transform(ResolveListings)
    # after the config is validated (priority 500), before it is compared with the last build
    app.connect("config-inited", exclude_events_dir, priority=600)
    app.connect("builder-inited", write_early_pages)
    app.connect("env-updated", _env_updated)
    app.connect("warn-missing-reference", warn_missing_reference)


def _env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Generated pages that changed (read here), and listing pages to write again."""
    return sorted(set(refresh_site_pages(app, env)) | outdated_watchers(env))
