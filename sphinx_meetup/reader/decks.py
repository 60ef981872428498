"""A page that links the slides it was given with: ``Slides: [ODP Slides](…)``.

A talk night's page that names no talk in its text, under a title that is a topic (``Run
Your Own Email Server``, ``Neural Networks``), is often the page of one presentation: its
deck linked under the abstract, on a slides host (Speaker Deck, SlideShare, slides.com,
Google Slides) or as a link whose text or address says slides. The deck is the evidence
that something was presented; one deck, one talk - a page linking two decks or more held
as many talks, which the page does not name, and is left alone. Whether the title can be
a talk's is asked by the caller (:func:`.deixis.can_title_a_talk`), as for a page whose
prose calls it one talk. Pure: units in, the deck's address and line out.
"""

from __future__ import annotations

import re

from .blocks import Unit, sibling_headings
from .patterns import LazyPattern

#: a host that serves slide decks (a PDF or a document host is no evidence: a flyer,
#: a paper, a poster are PDFs too)
_DECK_HOST = LazyPattern(
    r"^https?://(?:(?:[\w-]+\.)*(?:speakerdeck\.com|slideshare\.net|slides\.com)(?:[/?#]|$)|"
    r"docs\.google\.com/presentation/)",
    re.IGNORECASE,
)
#: a slides word as a path segment of the address (``…/slides/intro.pdf``)
_DECK_PATH = LazyPattern(r"^https?://[^/\s]+/(?:[^?#\s]*/)?(?:slides?|decks?|folien)(?:[/._-]|$)",
                         re.IGNORECASE)
#: a link's text that says it is the slides (``Slides``, ``ODP Slides``, ``Folien``)
_DECK_TEXT = LazyPattern(r"\b(?:slides?|slide\s+deck|deck|folien|diapositivas|diapos)\b",
                         re.IGNORECASE)
#: an HTML link's address (an anchor around the deck's picture keeps no text)
_HREF = LazyPattern(r"""href\s*=\s*["']([^"'\s<>]{1,2000})["']""", re.IGNORECASE)


def linked_deck(units: list[Unit], inside: set[int]) -> tuple[str, int] | None:
    """The address and line of the one slide deck the page links outside any talk, or
    ``None`` when it links none - or two or more, or one under a heading that has
    siblings (``### Title A`` … deck, ``### Title B``: the deck is one section's, and
    the page holds as many sections, perhaps as many talks)."""
    decks: dict[str, int] = {}
    under: int | None = None  # the index of the heading above the unit
    for index, unit in enumerate(units):
        if unit.kind == "heading":
            under = index
        if index in inside:
            continue
        for url in _decks(unit):
            if under is not None and _has_siblings(units, under):
                return None
            decks.setdefault(url, unit.line)
            if len(decks) > 1:
                return None
    return next(iter(decks.items()), None)


def _has_siblings(units: list[Unit], heading: int) -> bool:
    return any(heading in group and len(group) > 1 for group in sibling_headings(units).values())


def _decks(unit: Unit) -> list[str]:
    """The slide decks one unit links: a Markdown link whose text or address says so,
    an HTML link to a slides host or path."""
    found = [url for text, url in unit.block.links
             if (url in unit.source or (text and text in unit.source)) and (
                 _DECK_TEXT.search(text) or _is_deck(url))]
    if "href" in unit.source:
        found += [url for url in _HREF.findall(unit.source) if _is_deck(url)]
    return found


def _is_deck(url: str) -> bool:
    return bool(_DECK_HOST.match(url) or _DECK_PATH.match(url))
