"""The agenda: talks in order, with time, title, speakers linked to their cards."""

from __future__ import annotations

from docutils import nodes

from ..locale import _
from ..model import Talk
from ..safety import safe_url
from .compact import CompactNode
from .context import RenderContext
from .header import time_text
from .markdown import markdown_nodes
from .sections import part_node


def render_agenda(context: RenderContext) -> list[nodes.Node]:
    talks = context.event.talks
    if not talks:
        return []
    agenda = part_node(context, "meetup-agenda", _("Agenda"), "agenda")
    numbered = list(enumerate(talks, start=1))
    for run in _runs(numbered):
        if len({talk.room for _, talk in run}) < 2 or run[0][1].room is None:
            for number, talk in run:
                agenda += talk_node(context, talk, f"{context.id_prefix}-talk-{number}")
        else:
            agenda += _parallel(context, run)
    return [agenda]


def _runs(numbered: list[tuple[int, Talk]]) -> list[list[tuple[int, Talk]]]:
    """Talks in runs: each entry without a room alone, consecutive roomed entries
    together (a block of parallel tracks)."""
    runs: list[list[tuple[int, Talk]]] = []
    for item in numbered:
        if item[1].room is not None and runs and runs[-1][-1][1].room is not None:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _parallel(context: RenderContext, run: list[tuple[int, Talk]]) -> nodes.Element:
    """Parallel tracks side by side (stacked where there is no room): one column per
    room, its talks in order. Among sections the block is one (headed by its rooms),
    its talks entries of their column: a section cannot sit in a column."""
    rooms = list(dict.fromkeys(talk.room or "" for _number, talk in run))
    if context.sections:
        heading = " · ".join(rooms)
        block: nodes.Element = nodes.section(
            ids=[f"{context.id_prefix}-rooms-{run[0][0]}"], classes=["meetup-parallel"])
        block += context.mark(nodes.title(heading, heading))
    else:
        block = nodes.container(classes=["meetup-parallel"])
    columns: dict[str, nodes.container] = {}
    for number, talk in run:
        room = talk.room or ""
        if room not in columns:
            columns[room] = nodes.container(classes=["meetup-room-column"])
            columns[room] += context.mark(nodes.paragraph(room, room,
                                                          classes=["meetup-room-name"]))
            block += columns[room]
        columns[room] += talk_node(context, talk, f"{context.id_prefix}-talk-{number}",
                                   section=False)
    return block


def talk_node(
    context: RenderContext, talk: Talk, node_id: str, *, section: bool | None = None
) -> nodes.Element:
    """One talk (or break): title line, speakers, abstract, video and slides; a section
    headed by the time and title where the parts are sections."""
    classes = ["meetup-talk"] if talk.kind == "talk" else ["meetup-talk", "meetup-break"]
    head: list[nodes.Node] = []
    when = time_text(talk.start, talk.end, context.language)
    if when:
        head += [nodes.inline(when, when, classes=["meetup-time"]), nodes.Text(" ")]
    if talk.room:
        head += [nodes.inline(talk.room, talk.room, classes=["meetup-room"]), nodes.Text(" ")]
    node: nodes.Element
    if context.sections if section is None else section:
        node = nodes.section(classes=classes, ids=[node_id])
        title: nodes.Element = nodes.title("", "", *head, nodes.Text(talk.title),
                                           classes=["meetup-talk-title"])
    else:
        node = nodes.container(classes=classes, ids=[node_id])
        title = nodes.paragraph("", "", *head, nodes.strong(talk.title, talk.title),
                                classes=["meetup-talk-title"])
    node += context.mark(title, talk.title)
    if talk.speakers:
        node += speakers_line(context, talk)
    if talk.abstract:
        abstract = talk_abstract(classes=["meetup-abstract"])
        abstract.extend(markdown_nodes(talk.abstract))
        context.mark_blocks([abstract])
        node += abstract
    links = [
        nodes.reference(label, label, refuri=url)
        for label, raw in ((_("Video"), talk.video), (_("Slides"), talk.slides))
        if (url := safe_url(raw))
    ]
    if links:
        line = nodes.paragraph(classes=["meetup-talk-links"])
        for index, link in enumerate(links):
            if index:
                line += nodes.Text(" · ")
            line += link
        node += line
    return node


class talk_abstract(CompactNode):  # noqa: N801 (docutils names nodes so)
    """A talk's abstract: its blocks, written as the ``meetup-abstract`` container around
    them. A compact node, so that a paragraph of plain text in it is held as its text
    (see :mod:`~sphinx_meetup.render.compact`); its expansion is the container."""

    def expand(self) -> nodes.container:
        return nodes.container("", *self.children, ids=list(self["ids"]),
                               classes=list(self["classes"]))


def speakers_line(context: RenderContext, talk: Talk) -> nodes.paragraph:
    """The talk's speakers as the body names them, each linked to their card."""
    line = nodes.paragraph(classes=["meetup-talk-speakers"])
    for index, name in enumerate(talk.speakers):
        if index:
            line += nodes.Text(_(", "))
        speaker = context.event.speaker_for(talk, name) if context.link_speakers else None
        if speaker is None:
            line += nodes.Text(name)
            continue
        line += nodes.reference(name, name, refid=context.speaker_id(speaker),
                                internal=True, classes=["meetup-speaker-link"])
    return context.mark(line, " ".join(talk.speakers))
