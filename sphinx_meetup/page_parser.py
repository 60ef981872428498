"""The source parser of generated event pages (``meetup/events/<slug>.meetup``).

A generated event page says one thing: "render this event file, under this slug". As
reStructuredText that costs docutils' whole state machine per page (about 0.5 ms and
some 700 objects left for the garbage collector, which with 1,000 events is more than
the rest of what the page adds); this parser reads the two fields and runs
``meetup-event`` directly. The page is still a document like any other: every builder,
the search index, references and ``objects.inv`` see it.
"""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import DirectiveError
from docutils.statemachine import StringList
from sphinx.parsers import Parser

from .directives import EventDirective
from .handbook.domain import FIELDS, FILETYPE


class EventPageParser(Parser):
    """Turns a generated event page into the ``meetup-event`` output it stands for."""

    supported: ClassVar[tuple[str, ...]] = (FILETYPE,)

    def parse(self, inputstring: str, document: nodes.document) -> None:
        fields: dict[str, tuple[str, int]] = {}
        for number, line in enumerate(inputstring.splitlines(), start=1):
            name, colon, value = line.partition(":")
            if colon and name.strip() in FIELDS:
                fields.setdefault(name.strip(), (value.strip(), number))
        # the page is an orphan: it is reached from the listings, not from a toctree
        name = nodes.field_name("", "orphan")
        name.source = document["source"]  # else Sphinx mends it, at a cost (see directives)
        document += nodes.docinfo("", nodes.field("", name, nodes.field_body()))
        event, line = fields.get("event", ("", 1))
        options = {"slug": fields["slug"][0]} if fields.get("slug", ("",))[0] else {}
        page = _PageState(document)
        directive = EventDirective("meetup-event", [event] if event else [], options,
                                   StringList(), line, 0, inputstring, page, page)
        try:
            document.extend(directive.run())
        except DirectiveError as error:
            document += document.reporter.system_message(error.level, error.msg, line=line)


class _PageState:
    """What a directive asks of docutils' parser state, for a page with one directive:
    the document (which is also where the directive stands) and where a line is."""

    def __init__(self, document: nodes.document) -> None:
        self.document = document
        self.parent = document
        self.reporter = document.reporter

    def get_source_and_line(self, lineno: int | None = None) -> tuple[str, int | None]:
        return self.document["source"], lineno
