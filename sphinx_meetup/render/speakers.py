"""The speaker grid: one sphinx-design card per person (photo, name, designation).

A card is one :class:`speaker_card` holding the photo and the text lines; it becomes
sphinx-design's grid item, card and card body only when written (see
:mod:`~sphinx_meetup.render.compact`).
"""

from __future__ import annotations

import unicodedata
from typing import Any
from weakref import WeakKeyDictionary

from docutils import nodes
from sphinx_design import extension as design
from sphinx_design.shared import create_component

from ..locale import _
from ..model import Speaker
from .compact import CompactNode
from .context import RenderContext
from .images import photo_node
from .sections import part_node

#: 1 column on a phone, 2 on a tablet, 3 on a laptop, 4 on a desktop
GRID_COLUMNS = ["sd-row-cols-1", "sd-row-cols-xs-1", "sd-row-cols-sm-2", "sd-row-cols-md-3",
                "sd-row-cols-lg-4"]
#: the classes of sphinx-design's grid item and card that a speaker card stands in
_GRID_ITEM = ["sd-col", "sd-d-flex-row"]
CARD_CLASSES = ["sd-card", "sd-sphinx-override", "sd-w-100", "sd-shadow-sm", "meetup-speaker"]


def render_speakers(context: RenderContext) -> list[nodes.Node]:
    speakers = context.event.all_speakers()
    if not speakers:
        return []
    row = create_component("grid-row", ["sd-row", *GRID_COLUMNS, "sd-g-3", "sd-g-xs-3"])
    row.extend(speaker_card_node(context, speaker) for speaker in speakers)
    grid = create_component("grid-container", ["sd-container-fluid", "sd-sphinx-override",
                                               "sd-mb-4"], children=[row])
    part = part_node(context, "meetup-speakers", _("Speakers"), "speakers")
    part += grid
    return [part]


class speaker_card(CompactNode):  # noqa: N801 (docutils names nodes so)
    """A speaker's card: the photo (or initials avatar), then the name, other names and
    designation paragraphs; ``ids`` and ``classes`` are those of sphinx-design's card."""

    def expand(self) -> nodes.container:
        """sphinx-design's grid item, card and card body."""
        top, text = _photo_and_text(self)
        body = create_component("card-body", ["sd-card-body"], children=text)
        card = create_component("card", self["classes"], ids=list(self["ids"]),
                                children=[*top, body])
        card.source, card.line = self.source, self.line
        return create_component("grid-item", _GRID_ITEM, children=[card])

    def write_html(self, translator: Any) -> bool:
        """The grid item's, card's and body's tags as sphinx-design's handlers write them,
        around the photo and text lines walked as ever: three containers fewer to make,
        put in the page, walk and take out again for each card (0.1 s of 200 events).
        Only while those handlers are the translator's: another's may write otherwise."""
        if not (_handled_by(translator.visit_container, design.visit_container)
                and _handled_by(translator.depart_container, design.depart_container)):
            return False
        top, text = _photo_and_text(self)
        wrappers = _WRAPPERS.get(translator)
        if wrappers is None:
            wrappers = _WRAPPERS[translator] = _wrapper_tags(translator)
        item_start, body_start, end = wrappers
        card = create_component("card", self["classes"], ids=list(self["ids"]))
        translator.body.append(item_start)
        translator.visit_container(card)
        for child in top:
            child.walkabout(translator)
        translator.body.append(body_start)
        for child in text:
            child.walkabout(translator)
        translator.body += [end, end]  # the body's and the card's
        translator.depart_container(card)  # … and the grid item's
        return True


#: the grid item's and card body's start tags and a container's end tag, as each page's
#: translator writes them: the same for every card (neither has an id), so written once
_WRAPPERS: WeakKeyDictionary[Any, tuple[str, str, str]] = WeakKeyDictionary()


def _wrapper_tags(translator: Any) -> tuple[str, str, str]:
    written = len(translator.body)
    item = create_component("grid-item", _GRID_ITEM)
    translator.visit_container(item)
    translator.visit_container(create_component("card-body", ["sd-card-body"]))
    translator.depart_container(item)
    item_start, body_start, end = translator.body[written:]
    del translator.body[written:]
    return item_start, body_start, end


def _handled_by(method: Any, handler: Any) -> bool:
    return getattr(method, "__func__", None) is handler


def speaker_card_node(context: RenderContext, speaker: Speaker) -> speaker_card:
    """A card whose id the agenda links to; an initials avatar stands in for a photo."""
    card = speaker_card(ids=[context.speaker_id(speaker)], classes=list(CARD_CLASSES))
    photo = photo_node(context, speaker.image, speaker.name, speaker.line)
    if photo is not None:
        photo["classes"] += ["sd-card-img-top"]
        card += photo
    else:
        card += context.mark(nodes.paragraph(
            "", "", nodes.inline(initials(speaker.name), initials(speaker.name)),
            classes=["meetup-avatar"],
        ))
    card += context.mark(nodes.paragraph(
        speaker.name, speaker.name,
        classes=["sd-card-title", "sd-font-weight-bold", "meetup-name"]))
    if speaker.aliases:
        aliases = " / ".join(speaker.aliases)
        card += context.mark(nodes.paragraph(aliases, aliases,
                                             classes=["sd-card-text", "meetup-aliases"]))
    if speaker.designation:
        card += context.mark(nodes.paragraph(speaker.designation, speaker.designation,
                                             classes=["sd-card-text", "meetup-designation"]))
    return card


def _photo_and_text(card: speaker_card) -> tuple[list[nodes.Node], list[nodes.Node]]:
    """The card's photo or avatar (what goes above the card's body), and its text lines."""
    at = next((index for index, child in enumerate(card.children)
               if isinstance(child, nodes.paragraph) and "meetup-avatar" not in child["classes"]),
              len(card.children))
    return card.children[:at], card.children[at:]


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
