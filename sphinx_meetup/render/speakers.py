"""The speaker grid: one sphinx-design card per person (photo, name, designation)."""

from __future__ import annotations

import unicodedata

from docutils import nodes
from sphinx_design.shared import create_component

from ..locale import _
from ..model import Speaker
from .context import RenderContext
from .images import photo_node
from .sections import part_node

#: 1 column on a phone, 2 on a tablet, 3 on a laptop, 4 on a desktop
GRID_COLUMNS = ["sd-row-cols-1", "sd-row-cols-xs-1", "sd-row-cols-sm-2", "sd-row-cols-md-3",
                "sd-row-cols-lg-4"]


def render_speakers(context: RenderContext) -> list[nodes.Node]:
    speakers = context.event.all_speakers()
    if not speakers:
        return []
    row = create_component("grid-row", ["sd-row", *GRID_COLUMNS, "sd-g-3", "sd-g-xs-3"])
    for speaker in speakers:
        row += create_component("grid-item", ["sd-col", "sd-d-flex-row"],
                                children=[speaker_card(context, speaker)])
    grid = create_component("grid-container", ["sd-container-fluid", "sd-sphinx-override",
                                               "sd-mb-4"], children=[row])
    part = part_node(context, "meetup-speakers", _("Speakers"), "speakers")
    part += grid
    return [part]


def speaker_card(context: RenderContext, speaker: Speaker) -> nodes.container:
    """A card whose id the agenda links to; an initials avatar stands in for a photo."""
    card = create_component(
        "card", ["sd-card", "sd-sphinx-override", "sd-w-100", "sd-shadow-sm", "meetup-speaker"],
        ids=[context.speaker_id(speaker)],
    )
    photo = photo_node(context, speaker.image, speaker.name, speaker.line)
    if photo is not None:
        photo["classes"] += ["sd-card-img-top"]
        card += photo
    else:
        card += context.mark(nodes.paragraph(
            "", "", nodes.inline(initials(speaker.name), initials(speaker.name)),
            classes=["meetup-avatar"],
        ))
    body = create_component("card-body", ["sd-card-body"])
    body += context.mark(nodes.paragraph(
        speaker.name, speaker.name,
        classes=["sd-card-title", "sd-font-weight-bold", "meetup-name"]))
    if speaker.aliases:
        aliases = " / ".join(speaker.aliases)
        body += context.mark(nodes.paragraph(aliases, aliases,
                                             classes=["sd-card-text", "meetup-aliases"]))
    if speaker.designation:
        body += context.mark(nodes.paragraph(speaker.designation, speaker.designation,
                                             classes=["sd-card-text", "meetup-designation"]))
    card += body
    return card


def initials(name: str) -> str:
    """``靳文祥`` → ``靳``; ``Bert Jan Schrijver`` → ``BS``: what an avatar shows."""
    name = name.strip()
    if not name:
        return "?"
    if unicodedata.east_asian_width(name[0]) in {"W", "F"}:
        return name[0]
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return name[0].upper()
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()
