"""Real sections for an event's parts, or rubrics where sections cannot nest.

Where the event owns its page, each part is a section (``h2``: Speakers, Agenda,
Replay, the body's own headings; ``h3`` per talk), so screen readers can jump between
them and themes fill their "On this page" sidebars. Where ``meetup-event`` stands in a
section of another page, the event becomes a subsection with its parts one level
deeper, as long as nothing but sections follows it there: text after a subsection
would read as part of its last talk, so then (and inside a non-section container
such as an admonition or a tab) the parts are containers headed by rubrics.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform

from .context import RenderContext

#: the document attribute listing events rendered as subsections of another page
PENDING = "meetup_nested_events"


def part_node(context: RenderContext, css: str, title: str, suffix: str) -> nodes.Element:
    """A part headed by ``title``: a section, or a container with a rubric."""
    if context.sections:
        node: nodes.Element = nodes.section(ids=[f"{context.id_prefix}-{suffix}"],
                                            classes=[css])
        node += nodes.title(title, title)
    else:
        node = nodes.container(classes=[css])
        node += nodes.rubric(title, title)
    return node


def nests(node: nodes.Element) -> bool:
    """Whether sections in ``node`` only ever follow body elements (never precede one),
    which is how every writer (and the toctree collector) expects them."""
    seen_section = False
    for child in node.children:
        if isinstance(child, nodes.section):
            seen_section = True
            if not nests(child):
                return False
        elif seen_section and not isinstance(child, nodes.Invisible):
            return False
    return True


def as_rubrics(node: nodes.Element) -> nodes.Element:
    """``node`` with every section turned into a container headed by a rubric (a talk's
    title into its ``meetup-talk-title`` paragraph), ids and classes kept."""
    for section in [node, *node.findall(nodes.section, include_self=False)][::-1]:
        if not isinstance(section, nodes.section):
            continue
        container = nodes.container(ids=section["ids"], classes=section["classes"])
        children = list(section.children)
        if children and isinstance(children[0], nodes.title):
            container += _heading(children.pop(0))
        for child in children:
            child.parent = None
        container.extend(children)
        if section is node:
            node = container
        else:
            section.replace_self(container)
    return node


def _heading(title: nodes.title) -> nodes.Element:
    children = list(title.children)
    for child in children:
        child.parent = None
    if "meetup-talk-title" in title["classes"]:
        # the title text in bold after the time and room, as a talk's first line
        lead = 0
        while lead < len(children) and _leads(children[lead]):
            lead += 1
        head: nodes.Element = nodes.paragraph(
            "", "", *children[:lead], nodes.strong("", "", *children[lead:]),
            classes=title["classes"])
    else:
        head = nodes.rubric("", "", *children, classes=title["classes"])
    head.source, head.line = title.source, title.line
    return head


def _leads(child: nodes.Node) -> bool:
    """Whether ``child`` of a talk's title goes before its bold title: time, room, space."""
    if isinstance(child, nodes.Element):
        return bool({"meetup-time", "meetup-room"} & set(child["classes"]))
    return not child.astext().strip()


def note_nested(document: nodes.document, section: nodes.section) -> None:
    """Ask :class:`EventSections` to check ``section`` once the page is read."""
    pending: list[nodes.section] = document.get(PENDING) or []
    pending.append(section)
    document[PENDING] = pending


class EventSections(SphinxTransform):
    """Events rendered as subsections of another page stay so only where they nest:
    their parent is a section (or the page) and only sections follow them."""

    default_priority = 200  # early: before anything reads the page's sections

    def apply(self, **kwargs: Any) -> None:
        pending = self.document.attributes.pop(PENDING, None)
        for section in pending or []:
            if section.parent is None or _nests_there(section):
                continue
            section.replace_self(as_rubrics(section))


def _nests_there(section: nodes.section) -> bool:
    parent = section.parent
    if not isinstance(parent, nodes.section | nodes.document):
        return False
    after = parent.children[parent.index(section) + 1:]
    return all(isinstance(n, nodes.section | nodes.Invisible) for n in after)


class PartsOnPaper(SphinxPostTransform):
    """In LaTeX, an event that is the root document's own title keeps its parts as
    rubrics: the root's sections become chapters, and a chapter (on a page of its own)
    per Speakers, Agenda and Replay spreads one event over many pages. An event page
    the root document includes is a chapter, its parts sections, as in HTML."""

    default_priority = 199  # before the print layout (200), which reads the parts
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        for event in list(self.document.findall(nodes.section)):
            if "meetup-event" in event["classes"] and event.parent is self.document:
                for child in list(event.children):
                    if isinstance(child, nodes.section):
                        child.replace_self(as_rubrics(child))
