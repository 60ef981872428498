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
    for number, talk in enumerate(talks, start=1):
        section += talk_node(context, talk, f"{context.id_prefix}-talk-{number}")
    return [section]


def talk_node(context: RenderContext, talk: Talk, node_id: str) -> nodes.container:
    """One talk (or break): title line, speakers, abstract, video and slides."""
    classes = ["meetup-talk"] if talk.kind == "talk" else ["meetup-talk", "meetup-break"]
    node = nodes.container(classes=classes, ids=[node_id])
    title = nodes.paragraph(classes=["meetup-talk-title"])
    when = time_text(talk.start, talk.end, context.language)
    if when:
        title += nodes.inline(when, when, classes=["meetup-time"])
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
