"""The agenda: talks in order, with time, title, speakers linked to their cards."""

from __future__ import annotations

from docutils import nodes

from ..locale import _
from ..model import Talk
from ..safety import safe_url
from .context import RenderContext
from .header import time_text
from .markdown import markdown_nodes


def render_agenda(context: RenderContext) -> list[nodes.Node]:
    talks = context.event.talks
    if not talks:
        return []
    section = nodes.container(classes=["meetup-agenda"])
    section += nodes.rubric(_("Agenda"), _("Agenda"))
    numbered = list(enumerate(talks, start=1))
    for run in _runs(numbered):
        if len({talk.room for _, talk in run}) < 2 or run[0][1].room is None:
            for number, talk in run:
                section += talk_node(context, talk, f"{context.id_prefix}-talk-{number}")
        else:
            section += _parallel(context, run)
    return [section]


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


def _parallel(context: RenderContext, run: list[tuple[int, Talk]]) -> nodes.container:
    """Parallel tracks side by side (stacked where there is no room): one column per
    room, its talks in order."""
    block = nodes.container(classes=["meetup-parallel"])
    columns: dict[str, nodes.container] = {}
    for number, talk in run:
        room = talk.room or ""
        if room not in columns:
            columns[room] = nodes.container(classes=["meetup-room-column"])
            columns[room] += nodes.paragraph(room, room, classes=["meetup-room-name"])
            block += columns[room]
        columns[room] += talk_node(context, talk, f"{context.id_prefix}-talk-{number}")
    return block


def talk_node(context: RenderContext, talk: Talk, node_id: str) -> nodes.container:
    """One talk (or break): title line, speakers, abstract, video and slides."""
    classes = ["meetup-talk"] if talk.kind == "talk" else ["meetup-talk", "meetup-break"]
    node = nodes.container(classes=classes, ids=[node_id])
    title = nodes.paragraph(classes=["meetup-talk-title"])
    when = time_text(talk.start, talk.end, context.language)
    if when:
        title += nodes.inline(when, when, classes=["meetup-time"])
        title += nodes.Text(" ")
    if talk.room:
        title += nodes.inline(talk.room, talk.room, classes=["meetup-room"])
        title += nodes.Text(" ")
    title += nodes.strong(talk.title, talk.title)
    node += title
    if talk.speakers:
        node += speakers_line(context, talk)
    if talk.abstract:
        abstract = nodes.container(classes=["meetup-abstract"])
        abstract.extend(markdown_nodes(talk.abstract))
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
    return line
