"""Replays, slides and links of the whole event.

One button per replay, named by where it is watched (bilibili, YouTube, …); when the
header already shows them (its call to action after the event), they are not repeated
here, and the part holds only slides and links, or nothing.
"""

from __future__ import annotations

from docutils import nodes

from ..locale import _
from ..safety import safe_url
from .context import RenderContext
from .header import button, replay_buttons
from .sections import part_node


def render_replay(context: RenderContext) -> list[nodes.Node]:
    event = context.event
    replays = [] if context.replays_in_header else replay_buttons(event.replays,
                                                                  "meetup-replay-link")
    slides = [url for raw in event.slides if (url := safe_url(raw))]
    links = [(link.name, url) for link in event.links if (url := safe_url(link.url))]
    if not (replays or slides or links):
        return []
    title = _("Replay") if replays else _("Slides and links")
    part = part_node(context, "meetup-replay", title, "replay")
    items: list[nodes.Node] = list(replays)
    for index, url in enumerate(slides):
        label = _("Slides") if len(slides) == 1 else f"{_('Slides')} {index + 1}"
        items.append(button(label, url, "meetup-slides-link"))
    for name, url in links:
        items.append(context.mark(nodes.reference(name, name, refuri=url), name))
    line = nodes.paragraph(classes=["meetup-links"])
    for index, item in enumerate(items):
        if index:
            line += nodes.Text(" ")
        line += item
    part += line
    return [part]
