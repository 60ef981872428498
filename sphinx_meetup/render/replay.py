"""Replays and slides of the whole event: one link per replay."""

from __future__ import annotations

from docutils import nodes

from ..locale import _
from ..safety import safe_url
from .context import RenderContext
from .header import button


def render_replay(context: RenderContext) -> list[nodes.Node]:
    event = context.event
    replays = [url for raw in event.replays if (url := safe_url(raw))]
    slides = [url for raw in event.slides if (url := safe_url(raw))]
    links = [(link.name, url) for link in event.links if (url := safe_url(link.url))]
    if not (replays or slides or links):
        return []
    section = nodes.container(classes=["meetup-replay"])
    section += nodes.rubric(_("Replay"), _("Replay"))
    items = nodes.bullet_list(classes=["meetup-links"])
    for index, url in enumerate(replays):
        label = _("Replay") if len(replays) == 1 else f"{_('Replay')} {index + 1}"
        items += _item(button(label, url, "meetup-replay-link", primary=index == 0))
    for index, url in enumerate(slides):
        label = _("Slides") if len(slides) == 1 else f"{_('Slides')} {index + 1}"
        items += _item(button(label, url, "meetup-slides-link"))
    for name, url in links:
        items += _item(nodes.reference(name, name, refuri=url))
    section += items
    return [section]


def _item(link: nodes.reference) -> nodes.list_item:
    return nodes.list_item("", nodes.paragraph("", "", link))
