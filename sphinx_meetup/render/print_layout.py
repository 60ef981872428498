"""Events on paper: what the LaTeX (PDF) and text builders get instead of the web layout.

The rendered nodes are builder-neutral and laid out for screens (a grid of sphinx-design
cards, buttons). On paper a card grid prints one photo per page, an initials avatar is a
stray line, a button is a label nobody can click, and the LaTeX writer labels sections,
tables and targets but not the containers that carry the ids links point to. So, when a
page is written by such a builder (a post-transform: the read doctree stays the same for
every builder), this module:

- turns the speaker grid into a table, two speakers a row: a photo of fixed width
  (``PHOTO_WIDTH``), the name, other names and designation; no avatar (LaTeX);
- turns the agenda into a list, one item per talk: time, title, speakers, abstract and
  links (LaTeX);
- gives every id of the extension's nodes a target the LaTeX writer labels, so links to
  speaker cards, talks and events resolve (no ``??``);
- prints the URL beside each link whose label is not its URL (register, replay, slides,
  sponsors, per-talk links), unless ``latex_show_urls`` already does;
- drops initials avatars (LaTeX, text, Texinfo, manual pages).

What is registered (the post-transform, the table's nodes) is in :mod:`.paper`, so
builds for screens never import this module. It also warns, once per build, when a
LaTeX engine that cannot set CJK text (pdflatex) meets it: see
:func:`warn_cjk_on_pdflatex`.
"""

from __future__ import annotations

import weakref
from typing import Any

from docutils import nodes

from ..reader.patterns import LazyPattern
from ..warnings_ import file_location, warn
from .paper_table import meetup_print_cell, meetup_print_row, meetup_print_table

#: the width of a speaker's photo on paper
PHOTO_WIDTH = "2.5cm"
#: LaTeX engines that set CJK text (with xeCJK, or Japanese engines)
CJK_ENGINES = frozenset({"xelatex", "lualatex", "platex", "uplatex"})
_CJK = LazyPattern(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
#: nodes the LaTeX writer labels with their own ids
_LABELLED = (nodes.section, nodes.target, nodes.table, nodes.figure, nodes.literal_block,
             nodes.reference)


def _ours(node: nodes.Node) -> bool:
    return isinstance(node, nodes.Element) and any(
        c.startswith("meetup-") for c in node.get("classes", []))


def _inside_ours(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if _ours(parent):
            return True
        parent = parent.parent
    return False


def lay_out(transform: Any) -> None:
    """:class:`~.paper.PrintLayout` on a page a print builder writes."""
    document = transform.document
    latex = transform.format == "latex"
    for avatar in list(document.findall(_has_class("meetup-avatar"))):
        avatar.parent.remove(avatar)
    if latex:
        for grid in list(document.findall(_has_class("meetup-speakers"))):
            speaker_table(grid)
        for agenda in list(document.findall(_has_class("meetup-agenda"))):
            agenda_list(agenda)
        for node in list(document.findall(_ours)):
            label_ids(node)
        for section in list(document.findall(nodes.section)):
            label_section(section)
        warn_cjk_on_pdflatex(transform.env, document)
    if _show_urls(transform, latex):
        for reference in list(document.findall(nodes.reference)):
            if _inside_ours(reference):
                show_url(reference)


def _show_urls(transform: Any, latex: bool) -> bool:
    config = transform.config
    if latex:
        return config.latex_show_urls in {False, "no"}
    if transform.format == "texinfo":
        return config.texinfo_show_urls in {False, "no"}
    if transform.format == "man":
        return not config.man_show_urls
    return True


def _has_class(name: str) -> Any:
    return lambda node: isinstance(node, nodes.Element) and name in node.get("classes", [])


# --- speakers ------------------------------------------------------------------------


# (the nodes of the table, and how the LaTeX writer writes them, are in .paper)


def speaker_table(grid: nodes.Element) -> None:
    """The cards of a speaker grid become rows of a table (two speakers a row)."""
    cards = list(grid.findall(_has_class("meetup-speaker")))
    if not cards:
        return
    cells = [_speaker_cells(card) for card in cards]
    table = meetup_print_table(classes=["meetup-speaker-table"])
    for start in range(0, len(cells), 2):
        pair = cells[start:start + 2]
        row = meetup_print_row()
        for photo, text in pair:
            row += [photo, text]
        if len(pair) == 1:
            row += [meetup_print_cell(), meetup_print_cell()]
        table += row
    # the grid (sphinx-design's containers) goes; the heading before it stays
    grid_root = next((child for child in grid.children
                      if isinstance(child, nodes.Element) and cards[0] in child.findall()),
                     None)
    if grid_root is not None:
        grid.replace(grid_root, table)


def _speaker_cells(card: nodes.Element) -> tuple[meetup_print_cell, meetup_print_cell]:
    photo = next(iter(card.findall(nodes.image)), None)
    photo_cell = meetup_print_cell()
    if photo is not None:
        photo.parent.remove(photo)
        photo["width"] = PHOTO_WIDTH
        photo_cell += photo
    text_cell = meetup_print_cell()
    name = next(iter(card.findall(_has_class("meetup-name"))), None)
    first = nodes.paragraph()
    first += nodes.target("", "", ids=list(card["ids"]))
    card["ids"] = []
    if name is not None:
        first += nodes.strong(name.astext(), name.astext())
    text_cell += first
    for css in ("meetup-aliases", "meetup-designation"):
        for found in card.findall(_has_class(css)):
            text_cell += nodes.paragraph(found.astext(), found.astext(), classes=[css])
    return photo_cell, text_cell


# --- the agenda ----------------------------------------------------------------------


def agenda_list(agenda: nodes.Element) -> None:
    """One list item per talk: time and title, then speakers, abstract and links.

    Each run of talks becomes a list: the agenda's own, and each room's in a block of
    parallel tracks (whose room names stay as they are).
    """
    for room in list(agenda.findall(_has_class("meetup-room-name"))):
        if isinstance(room, nodes.paragraph):  # the room heads its column of talks
            name = nodes.strong("", "", *room.children)
            room.clear()
            room += name
    for parent in [agenda, *agenda.findall(_has_class("meetup-room-column"))]:
        runs: list[list[nodes.Element]] = []
        previous = None
        for child in parent.children:
            if _has_class("meetup-talk")(child):
                if previous is None or not _has_class("meetup-talk")(previous):
                    runs.append([])
                runs[-1].append(child)
            previous = child
        for run in runs:
            items = nodes.bullet_list(classes=["meetup-agenda-list"])
            items.extend(_talk_item(talk) for talk in run)
            parent.replace(run[0], items)
            for talk in run[1:]:
                parent.remove(talk)


def _talk_item(talk: nodes.Element) -> nodes.list_item:
    item = nodes.list_item(ids=list(talk["ids"]), classes=list(talk["classes"]))
    children = list(talk.children)
    head = children[0] if children else None
    if isinstance(head, nodes.title):  # a talk written as a section
        line = nodes.paragraph("", "", nodes.strong("", "", *head.children),
                               classes=["meetup-talk-title"])
        children = children[1:]
    elif isinstance(head, nodes.paragraph):
        line = head
        children = children[1:]
    else:
        line = nodes.paragraph()
    talk.clear()
    item += line
    item.extend(children)
    return item


# --- ids, links ----------------------------------------------------------------------


def label_ids(node: nodes.Element) -> None:
    """Give ``node``'s ids a target the LaTeX writer labels (containers get none)."""
    if not node["ids"] or isinstance(node, _LABELLED):
        return
    ids, node["ids"] = list(node["ids"]), []
    target = nodes.target("", "", ids=ids)
    if isinstance(node, nodes.TextElement):
        node.insert(0, target)
        return
    first = node.children[0] if node.children else None
    if isinstance(first, _LABELLED) and not isinstance(first, nodes.reference):
        first["ids"].extend(ids)  # the writer labels it, and skips a target before it
    elif isinstance(first, nodes.paragraph):
        first.insert(0, target)
    else:
        node.insert(0, nodes.paragraph("", "", target))


def label_section(section: nodes.section) -> None:
    """An event's ids on a target after its title: LaTeX drops the title section of the
    root document (it is the book's title), and the label with it."""
    ours = [i for i in section["ids"] if i.startswith("meetup-")]
    if not ours:
        return
    section["ids"] = [i for i in section["ids"] if i not in ours]
    at = 1 if section.children and isinstance(section[0], nodes.title) else 0
    section.insert(at, nodes.target("", "", ids=ours))


def show_url(reference: nodes.reference) -> None:
    """``Register (https://…)``: the URL beside a label a printed page cannot click."""
    url = reference.get("refuri", "")
    if not url.startswith(("http://", "https://", "mailto:")):
        return
    shown = url.removeprefix("mailto:")
    if reference.astext().strip() in {url, shown}:
        return
    parent = reference.parent
    at = parent.index(reference) + 1
    parent.insert(at, [nodes.Text(" ("), nodes.reference(shown, shown, refuri=url,
                                                           classes=["meetup-url"]),
                       nodes.Text(")")])


# --- CJK on pdflatex -----------------------------------------------------------------


#: the environments (builds) already warned about CJK text on pdflatex
_WARNED: weakref.WeakSet[Any] = weakref.WeakSet()


def warn_cjk_on_pdflatex(env: Any, document: nodes.document) -> None:
    """One ``meetup.latex`` warning per build when pdflatex meets Chinese (or other CJK)
    text: pdflatex cannot set it (it stops with "Unicode character not set up")."""
    engine = env.config.latex_engine
    if engine in CJK_ENGINES or env in _WARNED:
        return
    for text in document.findall(nodes.Text):
        found = _CJK.search(text)
        if found is None:
            continue
        _WARNED.add(env)
        where = text.parent
        while where is not None and not where.source:
            where = where.parent
        warn(f"{found.group()!r}: this build has CJK (Chinese, Japanese or Korean) text and "
             f"latex_engine is {engine!r}, which cannot set it; set "
             'latex_engine = "xelatex" in conf.py (with xeCJK and a CJK font in '
             "latex_elements, see the Read the Docs downloads page of sphinx-meetup's docs)",
             file_location(where.source, where.line) if where is not None else None,
             "latex")
        return
