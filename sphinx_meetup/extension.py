"""Registration of everything sphinx-meetup adds to Sphinx."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

from .config import setup_config
from .directives import AgendaDirective, EventDirective, ReplayDirective, SpeakersDirective
from .export import setup_exports
from .handbook import setup_handbook
from .handbook.domain import FILETYPE, SUFFIX
from .handbook.speaker_registry import check_registry
from .locale import CATALOG, LOCALE_DIR
from .page_parser import EventPageParser
from .read_cache import setup_read_cache
from .render.agenda import talk_abstract
from .render.compact import setup_compact_nodes
from .render.header import event_facts
from .render.offline import OfflinePhotos
from .render.paper import setup_print_layout
from .render.photo_lookups import setup_lookups
from .render.sections import EventSections, PartsOnPaper
from .render.speakers import speaker_card

STATIC_DIR = Path(__file__).parent / "static"


def setup_extension(app: Sphinx) -> None:
    """Users list only ``sphinx_meetup``: MyST and sphinx-design come with it."""
    app.setup_extension("myst_parser")
    app.setup_extension("sphinx_design")
    setup_config(app)
    app.add_message_catalog(CATALOG, str(LOCALE_DIR))
    app.add_directive("meetup-event", EventDirective)
    app.add_directive("meetup-speakers", SpeakersDirective)
    app.add_directive("meetup-agenda", AgendaDirective)
    app.add_directive("meetup-replay", ReplayDirective)
    app.add_transform(EventSections)
    app.add_post_transform(PartsOnPaper)
    app.add_post_transform(OfflinePhotos)
    setup_handbook(app)
    app.add_source_suffix(SUFFIX, FILETYPE)
    app.add_source_parser(EventPageParser)
    setup_print_layout(app)
    setup_compact_nodes(app, speaker_card, event_facts, talk_abstract)
    setup_exports(app)
    setup_lookups(app)
    setup_read_cache(app)
    app.connect("builder-inited", _add_static_files)
    app.connect("builder-inited", check_registry)


def _add_static_files(app: Sphinx) -> None:
    if app.builder.format == "html":
        app.config.html_static_path.append(str(STATIC_DIR))
        app.add_css_file("sphinx-meetup.css")
