"""``meetup-event`` and the part directives: find the file, read it, report, render.

The only place (with the listing) where reader problems become Sphinx warnings; they
point at the event file and line, not at the page that includes it.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from myst_parser.mocking import MockState
from sphinx.util.docutils import SphinxDirective

from .config import PARTS, get_config
from .handbook.domain import get_domain
from .handbook.speaker_registry import registry_for
from .handbook.summary import summarize
from .locale import _
from .model import Event
from .read_cache import build_cache
from .render import RenderContext, elements, render_parts
from .render.compact import CompactNode
from .render.images import pending_photo, photo_node
from .render.markdown import body_nodes
from .render.photo_lookups import lookups
from .render.sections import as_rubrics, nests, note_nested, part_node
from .safety import resolve_inside
from .warnings_ import Subtype, file_location, warn

Locator = Callable[[int | None], str | tuple[str, int | None]]


def parts_option(argument: str | None) -> list[str]:
    """``:parts: header agenda`` → the parts, in that order; unknown names are errors."""
    parts = (argument or "").replace(",", " ").split()
    unknown = [part for part in parts if part not in PARTS]
    if unknown or not parts:
        raise ValueError(f"unknown parts {unknown}; choose from {', '.join(PARTS)}")
    return parts


class EventDirective(SphinxDirective):
    """Render an event from a file (``.. meetup-event:: events/x.md``) or inline content."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec: ClassVar = {
        "parts": parts_option,
        "class": directives.class_option,
        #: the name ``:meetup:event:`` references use (default: the event file's stem)
        "slug": directives.unchanged_required,
    }
    #: the parts a part directive always renders (``None``: ``:parts:`` or the config)
    fixed_parts: ClassVar[list[str] | None] = None

    def run(self) -> list[nodes.Node]:
        if self.arguments and self.content:
            raise self.error(f"{self.name}: give a file path or inline content, not both")
        if not self.arguments and not self.content:
            raise self.error(f"{self.name}: give the path of an event file, or its content")
        if self.fixed_parts is not None and "parts" in self.options:
            warn(f"{self.name} always renders its own part; :parts: is ignored (use "
                 "meetup-event with :parts: to choose parts)", self.get_location(),
                 Subtype.CONFIG)
        loaded = self._load_file() if self.arguments else self._load_inline()
        if loaded is None:
            return []
        event, path, base_dir, line_offset = loaded
        self._apply_registry(event)

        def location(line: int | None) -> str | tuple[str, int | None]:
            if path is not None:
                return file_location(path, line)
            return (self.env.docname, line_offset + line if line else self.lineno)

        for problem in event.problems:
            warn(problem.message, location(problem.line), problem.subtype)
        return self._render(event, path, base_dir, location)

    def _apply_registry(self, event: Event) -> None:
        """The site's speaker registry joins nicknames to people (and re-reads on edit)."""
        speakers_file = get_config(self.env).speakers_file
        if speakers_file is not None:
            from .reader.speaker_registry import apply_registry  # only sites with a registry

            self.env.note_dependency(str(speakers_file))
            apply_registry(event, registry_for(self.env))

    def _load_file(self) -> tuple[Event, Path | None, Path, int] | None:
        argument = self.arguments[0].strip()
        if not self.state.document.settings.file_insertion_enabled:
            warn(f"{self.name}: reading files is disabled here (file_insertion_enabled)",
                 self.get_location(), Subtype.PATH)
            return None
        srcdir = Path(self.env.srcdir)
        page_dir = Path(self.env.doc2path(self.env.docname)).parent
        path = resolve_inside(argument, page_dir, [srcdir])
        mode = _file_mode(path) if path is not None else None
        if path is None or mode is None:
            raise self.error(
                f"{self.name}: event file {argument!r} not found in the project "
                "(paths may not leave the source directory)"
            )
        if stat.S_ISDIR(mode):
            raise self.error(f"{self.name}: {argument!r} is a directory, not an event file "
                             "(meetup_events_dir turns a folder of events into pages)")
        if not stat.S_ISREG(mode):
            raise self.error(f"{self.name}: {argument!r} is not a regular file (a pipe or a "
                             "device?); give the path of an event file")
        self.env.note_dependency(str(path))
        config = get_config(self.env)
        event = build_cache(self.env).read_file(
            path, labels=config.reader_labels, timezone=config.timezone,
            authors_dirs=list(config.authors_roots) or None, project=srcdir)
        self._warn_if_stray_page(path)
        return event, path, path.parent, 0

    def _load_inline(self) -> tuple[Event, Path | None, Path, int]:
        from .reader import read_event  # events written in the page are never cached

        config = get_config(self.env)
        lines = list(self.content)
        # MyST reads a `---` block right after the fence as options: an empty line first
        # keeps the front matter the event's, so leading empty lines are skipped here
        skipped = next((i for i, line in enumerate(lines) if line.strip()), 0)
        event = read_event("\n".join(lines[skipped:]), source=self.env.docname,
                           labels=config.reader_labels, timezone=config.timezone)
        base_dir = Path(self.env.doc2path(self.env.docname)).parent
        return event, None, base_dir, self._content_start() + skipped

    def _content_start(self) -> int:
        """The page line before the content's first line (docutils' ``content_offset``).

        MyST counts ``content_offset`` from the line after the directive's own line.
        """
        if isinstance(self.state, MockState):
            return self.lineno + self.content_offset
        return self.content_offset

    def _warn_if_stray_page(self, path: Path) -> None:
        docname = self.env.path2doc(str(path))
        if docname is not None and docname in self.env.found_docs:
            warn(
                f"the event file is also built as a page of its own ({docname!r}); add its "
                "folder to exclude_patterns in conf.py (meetup-event still reads it)",
                self.get_location(),
                Subtype.STRAY_PAGE,
            )

    def _render(
        self, event: Event, path: Path | None, base_dir: Path, location: Locator
    ) -> list[nodes.Node]:
        config = get_config(self.env)
        parts = self.fixed_parts or self.options.get("parts") or config.parts
        srcdir = Path(self.env.srcdir)
        image_roots = [srcdir, *config.image_roots]
        context = RenderContext(
            event=event,
            base_dir=base_dir,
            srcdir=srcdir,
            image_roots=image_roots,
            today=config.today_date(),
            language=self.config.language or "en",
            id_prefix=self._id_prefix(path),
            warn=lambda message, line, subtype: warn(message, location(line), subtype),
            found_files=lookups(self.env).photos(base_dir, image_roots),
        )
        owns_page = self._page_has_no_title()
        context.sections = self.fixed_parts is None and (
            owns_page or (bool(event.title) and self._in_section()))
        content = render_parts(
            context, parts, body=lambda which: self._body(event, path, location, context, which)
        )
        source = str(path) if path is not None else self.state.document["source"]
        if self.fixed_parts is not None:
            return _given_source(content, source)
        self._note_event(event, context, content, path)
        classes = ["meetup-event", *self.options.get("class", [])]
        if not context.sections:
            container = nodes.container(classes=classes, ids=[context.id_prefix])
            if event.title:
                container += context.mark(
                    nodes.rubric(event.title, event.title, classes=["meetup-title"]))
            container.extend(content)
            return _given_source([container], source)
        # the event is a section: the page's own (h1), or one of the page it stands in.
        # An untitled event (broken front matter, say) still titles its page, after its
        # file: one meetup warning says what is wrong, instead of a "no title" warning
        # from every toctree and sidebar that lists the page
        title_text = event.title or (path.stem if path is not None
                                     else Path(self.env.docname).name)
        section = nodes.section(ids=[context.id_prefix], classes=classes)
        title = nodes.title(title_text, title_text,
                            classes=[] if owns_page else ["meetup-title"])
        section += context.mark(title)
        section.extend(content)
        if not nests(section):  # parts in an order sections cannot take
            for child in list(section.children):
                if isinstance(child, nodes.section):
                    child.replace_self(as_rubrics(child))
        if owns_page:
            self.state.document.note_implicit_target(section, section)
        else:
            note_nested(self.state.document, section)
        return _given_source([section], source)

    def _note_event(
        self, event: Event, context: RenderContext, rendered: list[nodes.Node], path: Path | None
    ) -> None:
        """Tell the ``meetup`` domain, so listings, references and speaker pages know it."""
        default = path.stem if path is not None else Path(self.env.docname).name
        slug = (self.options.get("slug") or default).strip()
        get_domain(self.env).note_event(summarize(
            event, context, rendered, slug=slug, docname=self.env.docname,
            anchor=context.id_prefix, source=path,
        ))

    def _body(
        self, event: Event, path: Path | None, location: Locator, context: RenderContext,
        which: str,
    ) -> list[nodes.Node]:
        """The body's ``intro`` (before the talks), ``rest``, or ``all`` of it."""
        source = path if path is not None else self.env.doc2path(self.env.docname)
        first_line = event.body_rest_line
        lines = event.body_rest.split("\n")
        split = intro_lines(event)
        if which == "intro":
            lines = lines[:split]
        elif which == "rest":
            lines, first_line = lines[split:], first_line + split

        def image_uri(uri: str, line: int | None) -> str | None:
            found = photo_node(context, uri, "", line, what="image")
            return found["uri"] if found is not None else None

        rendered = body_nodes(
            "\n".join(lines), first_line, source, self.state.document,
            lambda message, line, subtype: warn(message, location(line), subtype),
            image_uri,
            sandbox=get_config(self.env).sandbox,
            id_prefix=context.id_prefix if context.sections else None,
        )
        context.mark_blocks(rendered)
        if which == "rest" and context.sections and rendered and not isinstance(
                rendered[0], nodes.section):
            # text after the talks, under no heading of its own: one follows a section
            more = part_node(context, "meetup-more", _("More about the event"), "more")
            while rendered and not isinstance(rendered[0], nodes.section):
                more += rendered.pop(0)
            rendered.insert(0, more)
        return rendered

    def _in_section(self) -> bool:
        """Whether the directive stands directly in a section (its parts can nest)."""
        renderer = getattr(self.state, "_renderer", None)
        parent = renderer.current_node if renderer is not None else self.state.parent
        return isinstance(parent, nodes.section)

    def _id_prefix(self, path: Path | None) -> str:
        base = nodes.make_id(f"meetup-{path.stem}") if path is not None else "meetup-event"
        serial = self.env.new_serialno("meetup-event")
        return base if serial == 0 else f"{base}-{serial}"

    def _page_has_no_title(self) -> bool:
        """Whether the directive stands at the top of a page that has no title yet."""
        document = self.state.document
        renderer = getattr(self.state, "_renderer", None)  # MyST's mock state has no parent
        parent = renderer.current_node if renderer is not None else self.state.parent
        return parent is document and document.next_node(nodes.section) is None


def _file_mode(path: Path) -> int | None:
    """What is at ``path`` (one ``stat`` for exists, is a directory, is a file)."""
    try:
        return path.stat().st_mode
    except (OSError, ValueError):
        return None


def intro_lines(event: Event) -> int:
    """How many lines of the body come before its first talk: the author's opening text
    ("about this event"). All of them when no talk is written in the body."""
    first = min((talk.line for talk in event.talks
                 if talk.line is not None and talk.line >= event.body_rest_line), default=None)
    if first is None:
        return event.body_rest.count("\n") + 1
    return first - event.body_rest_line


def _given_source(rendered: list[nodes.Node], source: str) -> list[nodes.Node]:
    """``rendered``, its images, titles, rubrics and field names naming their file, and
    its compact nodes' lines that no transform of the page changes packed (in the same
    walk: :meth:`~sphinx_meetup.render.compact.CompactNode.pack`).

    Without a source Sphinx mends each one at reading, logging it at debug level as XML,
    and the XML is rendered even when debug is off: 0.6 s in a build of 1,000 events.
    """
    for node in elements(rendered):
        if isinstance(node, _MENDED) and node.source is None:
            node.source = source
        elif isinstance(node, CompactNode):
            node.pack(early=True)
    return rendered


#: the nodes Sphinx's ``apply_source_workaround`` mends when they have no source (and the
#: photos that become images after it has run)
_MENDED = (nodes.image, pending_photo, nodes.title, nodes.rubric)


class SpeakersDirective(EventDirective):
    """Only the speaker grid of an event."""

    fixed_parts: ClassVar = ["speakers"]


class AgendaDirective(EventDirective):
    """Only the agenda of an event."""

    fixed_parts: ClassVar = ["agenda"]


class ReplayDirective(EventDirective):
    """Only the replay and slides links of an event."""

    fixed_parts: ClassVar = ["replay"]
