"""Compact nodes: speaker cards and the header's facts stay few nodes until written, and
are written exactly as sphinx-design's containers and docutils' field list would be."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import MethodType

import pytest
from docutils import nodes
from docutils.utils.smartquotes import educate_tokens, smartchars
from hypothesis import given, settings
from hypothesis import strategies as st
from sphinx_design.shared import is_component

from sphinx_meetup.render import compact
from sphinx_meetup.render.agenda import talk_abstract
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
        node.parent.replace(node, node.expanded())
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
    assert "talk_abstract" not in tree
    assert tree.count('<container classes="meetup-abstract">') == 2
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


@pytest.mark.sphinx("html", testroot="compact")
def test_a_read_page_holds_plain_lines_as_their_text(app) -> None:
    # once read, a card's name and designation and a fact's plain value are their text
    # alone (two nodes fewer a card for every walk after reading); the classes are kept
    app.build()
    doctree = app.env.get_doctree("index")
    ada, bert = doctree.findall(speaker_card)
    assert [type(child) for child in ada.children] == [nodes.image, nodes.Text, nodes.Text]
    assert ada["packed"] == ((1, "sd-card-title sd-font-weight-bold meetup-name", True),
                             (2, "sd-card-text meetup-designation", True))
    # what smart quotes changed (the raw source is not the text) stays a paragraph, as
    # does the avatar (not one text)
    assert "packed" not in bert
    assert [child.astext() for child in bert.children] == ["BO", "Bert O’Brien",
                                                          "The “writer”"]
    (facts,) = doctree.findall(event_facts)
    assert [type(child).__name__ for child in facts.children[1::2]] == [
        "Text", "Text", "paragraph", "Text", "paragraph", "paragraph"]
    # a talk's abstract is a compact node too: its paragraph of plain text is text
    plain, quoted = doctree.findall(talk_abstract)
    assert [type(child) for child in plain.children] == [nodes.Text]
    assert [child.astext() for child in plain.children] == [
        "Keeping notes for years, in plain text."]
    assert [type(child) for child in quoted.children] == [nodes.paragraph]


def _paragraph(text: str, rawsource: str | None = None, **attributes) -> nodes.paragraph:
    return nodes.paragraph(text if rawsource is None else rawsource, text, **attributes)


@pytest.mark.parametrize(("paragraph", "packs"), [
    (_paragraph("Analyst", classes=["sd-card-text"]), True),
    (_paragraph("Utrecht", rawsource=""), True),
    (_paragraph("Bert O’Brien", rawsource="Bert O'Brien"), False),
    (_paragraph("Analyst", ids=["x"]), False),
    (_paragraph("Analyst", names=["x"]), False),
    (_paragraph("Analyst", classes=["no-search"]), False),
    (_paragraph("Analyst", lang="nl"), False),
    (nodes.paragraph("", "", nodes.Text("a"), nodes.Text("b")), False),
    (nodes.paragraph("", "", nodes.inline("a", "a")), False),
    (nodes.paragraph(), False),
])
def test_unpacking_gives_back_the_paragraphs_packing_took(paragraph, packs) -> None:
    card = speaker_card(ids=["meetup-x-speaker-1"], classes=["sd-card"])
    card += [nodes.image(uri="a.png", alt="A"), _paragraph("Ada", classes=["meetup-name"]),
             paragraph]
    before = card.pformat()
    rawsources = [child.rawsource for child in card.children[1:]]
    card.pack()
    assert (type(card[2]) is nodes.Text) == packs
    assert type(card[1]) is nodes.Text
    assert all(child.parent is card for child in card.children)
    card.unpack()
    assert card.pformat() == before
    assert "packed" not in card
    assert [child.rawsource for child in card.children[1:]] == rawsources
    assert all(child.parent is card for child in card.children)
    assert all(grandchild.parent is child for child in card.children
               for grandchild in getattr(child, "children", []))


def test_a_packed_node_expands_as_it_did_unpacked() -> None:
    facts = event_facts(classes=["meetup-facts"], fact_classes=["meetup-fee"])
    facts += [nodes.Text("Fee"), _paragraph("5 EUR", rawsource="")]
    before = facts.deepcopy().expanded().pformat()
    facts.pack()
    assert facts.expanded().pformat() == before


@pytest.mark.sphinx("html", testroot="compact", freshenv=True)
def test_lines_smart_quotes_leave_alone_are_packed_as_they_are_rendered(app) -> None:
    # before the page's transforms: a name and designation without quotes, dashes or
    # dots to make smart are text already; what smart quotes change is not (yet)
    seen = {}

    def read(app, doctree) -> None:
        seen.update({card["ids"][0]: [type(child).__name__ for child in card.children]
                     for card in doctree.findall(speaker_card)})

    app.connect("doctree-read", read, priority=100)
    app.build()
    assert seen == {"meetup-night-speaker-1": ["pending_photo", "Text", "Text"],
                    "meetup-night-speaker-2": ["paragraph", "paragraph", "paragraph"]}


@pytest.mark.parametrize("builder", ["html", "pseudoxml", "latex", "text"])
def test_packing_as_rendered_changes_no_output(builder, make_app, rootdir, tmp_path,
                                               monkeypatch) -> None:
    def output() -> dict[str, str]:
        srcdir = tmp_path / "compact"  # the same path for both: pseudo-XML names it
        shutil.rmtree(srcdir, ignore_errors=True)
        shutil.copytree(rootdir / "test-compact", srcdir)
        app = make_app(builder, srcdir=srcdir, freshenv=True)
        app.build()
        return {path.name: path.read_text(encoding="utf-8") for path in
                Path(app.outdir).iterdir() if path.suffix in {".html", ".pseudoxml",
                                                              ".tex", ".txt"}}

    early = output()
    monkeypatch.setattr(compact, "_smart_quotable", lambda text: True)  # none early
    assert output() == early


def test_what_smart_quotes_change_is_told() -> None:
    assert compact._smart_quotable("Bert O'Brien")
    assert compact._smart_quotable('The "writer"')
    assert compact._smart_quotable("wait...") and compact._smart_quotable("a -- b")
    assert compact._smart_quotable("„Anführung“") and compact._smart_quotable("&#39;")
    assert not compact._smart_quotable("Jean-Luc Picard 7-0, Dr. A. Smith")
    assert not compact._smart_quotable("王小明 · 1:00\u00a0PM")


#: smart quotes' modes (docutils' ``smartquotes_action``) and some languages' quotes
_ACTIONS = ["qDe", "1", "2", "3", "-1", "qbBdDiew", "qe"]
_LANGUAGES = ["en", "de", "fr", "ja", "zh-cn", "it", "ru", "sv"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(
    sorted(set("".join("".join(q) for q in smartchars.quotes.values()))
           | set("'\"`\\&#;-. –—…")))))
def test_a_text_told_unquotable_is_left_alone_by_smart_quotes(text) -> None:
    if compact._smart_quotable(text):
        return
    for action in _ACTIONS:
        for language in _LANGUAGES:
            assert list(educate_tokens([("text", text)], action, language)) == [text]
