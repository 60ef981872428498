"""Compact nodes: speaker cards and the header's facts stay few nodes until written, and
are written exactly as sphinx-design's containers and docutils' field list would be."""

from __future__ import annotations

from types import MethodType

import pytest
from docutils import nodes
from sphinx_design.shared import is_component

from sphinx_meetup.render.compact import CompactNode
from sphinx_meetup.render.header import event_facts
from sphinx_meetup.render.speakers import speaker_card


def written(app, doctree: nodes.document) -> str:
    """``doctree`` as the build's HTML translator writes it."""
    builder = app.builder
    builder.current_docname = "index"
    builder.secnumbers, builder.fignumbers = {}, {}
    builder.imgpath, builder.dlpath = "_images", "_downloads"
    doctree.settings = builder.docsettings
    visitor = app.builder.create_translator(doctree, app.builder)
    doctree.walkabout(visitor)
    return "".join(visitor.body)


def expanded(doctree: nodes.document) -> nodes.document:
    """A copy of ``doctree`` with every compact node replaced by its expansion."""
    copy = doctree.deepcopy()
    for node in list(copy.findall(CompactNode)):
        node.parent.replace(node, node.expand())
    return copy


@pytest.mark.sphinx("html", testroot="compact")
def test_the_read_page_holds_compact_nodes(app) -> None:
    app.build()
    doctree = app.env.get_doctree("index")
    cards = list(doctree.findall(speaker_card))
    assert [card["ids"] for card in cards] == [["meetup-night-speaker-1"],
                                               ["meetup-night-speaker-2"]]
    wrappers = [node for node in doctree.findall(nodes.container)
                if is_component(node, "grid-item") or is_component(node, "card-body")]
    assert wrappers == []
    assert not list(doctree.findall(nodes.field_list))
    (facts,) = doctree.findall(event_facts)
    assert facts["fact_classes"] == ["meetup-date", "meetup-location", "meetup-venue",
                                     "meetup-fee", "meetup-topics", "meetup-sponsors"]


@pytest.mark.sphinx("html", testroot="compact")
def test_html_is_the_markup_of_the_standard_nodes(app) -> None:
    app.build()
    doctree = app.env.get_doctree("index")
    app.env.apply_post_transforms(doctree, "index")
    compact_html = written(app, doctree)
    assert compact_html == written(app, expanded(doctree))
    assert compact_html.count('<div class="sd-col sd-d-flex-row docutils">') == 2
    assert compact_html.count('<div class="sd-card-body docutils">') == 2
    assert '<dl class="meetup-facts field-list simple">' in compact_html
    assert '<dt class="meetup-sponsors field-even">Sponsors<span class="colon">:</span></dt>' \
        in compact_html
    # writing leaves the page as it was: a second writer (singlehtml, ePub) sees the same
    assert written(app, doctree) == compact_html
    for node in doctree.findall(CompactNode):
        assert all(child.parent is node for child in node.children)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'id="meetup-night-speaker-1">\n<img alt="Ada Lovelace"' in page
    assert "The “Old” Library" in page, "values are still given smart quotes"
    assert "Bert O’Brien" in page


@pytest.mark.sphinx("html", testroot="compact")
def test_cards_are_walked_as_expanded_when_containers_are_written_by_another(app) -> None:
    # a card's wrappers are written without nodes only while sphinx-design writes
    # containers; a theme's or extension's own container writer gets the expansion
    app.build()
    doctree = app.env.get_doctree("index")
    app.env.apply_post_transforms(doctree, "index")

    def by_another(self, node) -> None:
        self.body.append(f'<section data-by="another" data-ids="{" ".join(node["ids"])}">')

    def own(document: nodes.document) -> str:
        builder = app.builder
        builder.current_docname = "index"
        builder.secnumbers, builder.fignumbers = {}, {}
        builder.imgpath, builder.dlpath = "_images", "_downloads"
        document.settings = builder.docsettings
        visitor = builder.create_translator(document, builder)
        visitor.visit_container = MethodType(by_another, visitor)
        document.walkabout(visitor)
        return "".join(visitor.body)

    html = own(doctree)
    assert html == own(expanded(doctree))
    assert html.count('<section data-by="another" data-ids="meetup-night-speaker-1">') == 1
    assert html.count('<section data-by="another" data-ids="meetup-night-speaker-2">') == 1
    assert '<div class="sd-card-body docutils">' not in html


@pytest.mark.sphinx("pseudoxml", testroot="compact")
def test_other_builders_get_the_standard_nodes(app) -> None:
    app.build()
    tree = (app.outdir / "index.pseudoxml").read_text(encoding="utf-8")
    assert "speaker_card" not in tree and "event_facts" not in tree
    assert tree.count('<container classes="sd-col sd-d-flex-row"') == 2
    assert tree.count('<container classes="sd-card-body"') == 2
    assert '<field_list classes="meetup-facts">' in tree
    assert "<field_name>\n" in tree and "Sponsors" in tree


@pytest.mark.sphinx("epub", testroot="compact")
def test_a_builder_whose_writers_are_found_by_its_name_gets_the_standard_nodes(app) -> None:
    # the root's conf.py gives a node a writer for "epub" by name: Sphinx then no longer
    # gives the ePub writer the "html" writers, so the compact nodes must be expanded
    app.build()
    page = (app.outdir / "index.xhtml").read_text(encoding="utf-8")
    # (sphinx-design's own writers are not given to it either: plain containers)
    assert page.count('<div class="sd-card-body docutils container">') == 2
    assert '<dl class="meetup-facts field-list simple">' in page


@pytest.mark.sphinx("latex", testroot="compact")
def test_paper_gets_the_speaker_table_and_the_facts(app) -> None:
    app.build()
    tex = (app.outdir / "sphinx-meetuptests.tex").read_text(encoding="utf-8")
    assert r"\sphinxstylestrong{Ada Lovelace}" in tex
    assert "Analyst" in tex and "Utrecht" in tex
    assert r"\sphinxlineitem{Location}" in tex
