"""HTML kept in an event body is read as the Markdown it stands for (reader/html_blocks.py)."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.blocks import blocks_of, units_of
from sphinx_meetup.reader.html_blocks import html_pieces, is_html_structure


def _page(body: str) -> bytes:
    front = "---\ntitle: Linux Night\ndate: 2024-03-05\n---\n"
    return (front + textwrap.dedent(body).lstrip("\n")).encode()


def pieces(html: str, line: int) -> list[tuple[str, int, list[tuple[int, str]]]]:
    return [(kind, level, lines) for kind, level, lines, _tag in html_pieces(html, line)]


def _talks(body: str) -> list[tuple[str, list[str], int | None]]:
    return [(t.title, t.speakers, t.line) for t in read_event(_page(body)).talks
            if t.kind == "talk"]


def test_headings_items_and_paragraphs_are_blocks_with_their_lines():
    html = ("<h3>Talks</h3>\n<ol>\n<li><strong>Nix  builds</strong> - by Ann Example</li>\n"
            "<li><em> Rust </em> &amp; more</li>\n</ol>\n<p>Where: Hall 2</p>")
    assert pieces(html, 10) == [
        ("heading", 3, [(10, "Talks")]),
        ("item", 1, [(12, "**Nix builds** - by Ann Example")]),
        ("item", 1, [(13, "*Rust* & more")]),
        ("paragraph", 0, [(15, "Where: Hall 2")]),
    ]


def test_nested_lists_go_one_level_deeper_and_a_heading_joins_its_lines():
    html = "<ul><li>Evening\n<ul><li>Talk one</li></ul></li></ul>\n<h2>A long\nheading</h2>"
    assert pieces(html, 1) == [
        ("item", 1, [(1, "Evening")]),
        ("item", 2, [(2, "Talk one")]),
        ("heading", 2, [(3, "A long heading")]),
    ]


def test_a_line_break_parts_lines_on_one_file_line():
    assert pieces("<p>Speaker: Ann<br/>Topic: Nix</p>", 7) == [
        ("paragraph", 0, [(7, "Speaker: Ann"), (7, "Topic: Nix")]),
    ]


def test_table_rows_are_one_block_and_a_header_row_gets_its_rule():
    html = ("<table><tr><th>Time</th><th>Talk</th></tr>\n"
            "<tr><td>19:00</td><td>Nix | builds</td></tr></table>")
    assert pieces(html, 1) == [
        ("paragraph", 0, [(1, "| Time | Talk |"), (1, "| --- | --- |"),
                          (2, "| 19:00 | Nix / builds |")]),
    ]


def test_links_and_images_become_markdown_only_when_their_target_is_safe():
    html = ('<p><a href="https://example.org/a b">Slides</a> '
            '<a href="javascript:alert(1)">Click</a> <a href="/x"></a></p>\n'
            '<p><img src="data:image/png;base64,AAAA"><img src="img/a.png" alt="A [b]"></p>')
    assert pieces(html, 1) == [
        ("paragraph", 0, [(1, "[Slides](https://example.org/a%20b) Click")]),
        ("paragraph", 0, [(2, "![A b](img/a.png)")]),
    ]


def test_players_stay_as_written_and_scripts_say_nothing():
    html = ('<div><iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe></div>\n'
            "<script>var talk = 'Fake talk';</script><style>p {}</style><p>Text</p>")
    assert pieces(html, 1) == [
        ("paragraph", 0, [(1, '<iframe src="https://www.youtube.com/embed/abcdefghijk">'
                              "</iframe>")]),
        ("paragraph", 0, [(2, "Text")]),
    ]


def test_a_caption_is_marked_as_one():
    html = "<figure>\n<img src='a.jpg'>\n<figcaption>Ann</figcaption>\n</figure>"
    assert html_pieces(html, 1) == [
        ("paragraph", 0, [(2, "![](a.jpg)")], ""), ("paragraph", 0, [(3, "Ann")], "figcaption"),
    ]


def test_only_lines_opening_or_closing_blocks_make_a_paragraph_html():
    assert is_html_structure("<p>Hello</p>")
    assert is_html_structure("Intro\n  </ul>")
    assert not is_html_structure("<strong>When:</strong> Tuesday")
    assert not is_html_structure("A <br> line and <span>words</span>")
    assert not is_html_structure("<pre>x</pre> and <person>")


def test_units_carry_the_file_line_of_each_html_line():
    units = units_of(blocks_of("Intro line\n<ul>\n<li>One<br>Two</li>\n</ul>\n", 20))
    assert [(u.kind, u.text, u.line) for u in units] == [
        ("paragraph", "Intro line", 20), ("item", "One", 22), ("item", "Two", 22),
    ]


def test_an_html_programme_reads_as_its_markdown_twin():
    html = """
    <p><strong>When:</strong> Tuesday, 5th March 2024, 7pm</p>
    <h3>Talks</h3>
    <ol>
    <li><strong>Packaging with Nix</strong> - by Ann Example</li>
    <li><strong>Rust in the kernel</strong> - by Bob Sample</li>
    </ol>
    """
    markdown = """
    **When:** Tuesday, 5th March 2024, 7pm

    ### Talks

    1. **Packaging with Nix** - by Ann Example
    2. **Rust in the kernel** - by Bob Sample
    """
    expected = [("Packaging with Nix", ["Ann Example"]), ("Rust in the kernel", ["Bob Sample"])]
    assert [(title, people) for title, people, _ in _talks(html)] == expected
    assert [(title, people) for title, people, _ in _talks(markdown)] == expected
    assert [line for *_, line in _talks(html)] == [8, 9]  # the file lines of the items


def test_an_html_talk_heading_with_a_speaker_label():
    html = """
    <h2>Programme</h2>
    <h3>Observability on a budget</h3>
    <p>Speaker: Carla Example<br>How we watch forty services with one box.</p>
    <h3>Shipping on Fridays</h3>
    <p>Speaker: Dan Sample<br>Why our deploys are boring.</p>
    """
    assert [(title, people) for title, people, _ in _talks(html)] == [
        ("Observability on a budget", ["Carla Example"]),
        ("Shipping on Fridays", ["Dan Sample"]),
    ]


_HTML_PIECES = st.lists(st.sampled_from([
    "<p>", "</p>", "<ul>", "</ul>", "<ol>", "<li>", "</li>", "<h3>", "</h3>", "<br>",
    "<strong>", "</strong>", "<em>", "<a href=\"https://x.org\">", "<a href='javascript:x'>",
    "</a>", "<table>", "<tr>", "<th>", "<td>", "</td>", "</tr>", "</table>", "<script>",
    "</script>", "<!-- c -->", "<img src=\"a.png\">", "<div>", "</div>", "\n", " ", "Ann",
    "Talk", "&amp;", "|", "*", "[", "]", "(", ")", "<", ">",
]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_HTML_PIECES)
def test_any_html_gives_lines_in_order_within_the_paragraph(html):
    lines = html.count("\n") + 1
    seen = 0
    for kind, level, pieces, tag in html_pieces(html, 5):
        assert tag in {"", "figcaption", "ol"}
        assert kind in {"heading", "item", "paragraph"}
        assert level >= 0 and pieces
        for at, text in pieces:
            assert 5 <= at < 5 + lines and at >= seen
            assert text and text == text.strip()
            assert "<script" not in text and "javascript:" not in text.replace("](", "")
            seen = at


def test_as_markdown_gives_parts_at_their_lines_with_words_escaped():
    from sphinx_meetup.reader.html_blocks import as_markdown

    html = ("<h3>Talks</h3>\n<ul>\n<li>One &lt;b&gt;</li>\n<li>Two<ul><li>Inner</li></ul></li>\n"
            "</ul>\n<p>Thanks<br>Bye</p>\n</ol>")
    assert as_markdown(html) == [
        (0, "### Talks"),
        (2, "-  One &lt;b&gt;\n-  Two\n   -  Inner"),
        (5, "Thanks\\\nBye"),
    ]
    assert as_markdown("</ol>\n</div>") == []
    # a numbered list stays numbered, its items' second lines under their text
    assert as_markdown("<ol><li>First<br>line two</li><li>Second</li></ol>") == [
        (0, "1. First\\\n   line two\n1. Second")]


def test_inline_html_in_markdown_lines_reads_as_its_words_and_links():
    body = """
    ## Talks

    - <strong>Packaging with Nix</strong> - by <a href="https://ann.example">Ann Example</a>
    - <strong>Caf&eacute; &amp; Rust</strong> - by Bob Sample
    """
    assert [(title, people) for title, people, _ in _talks(body)] == [
        ("Packaging with Nix", ["Ann Example"]), ("Café & Rust", ["Bob Sample"])]
    blocks = blocks_of('See <a href="https://x.example/s" target="_blank">the <b>slides</b></a>', 1)
    assert blocks[0].links == [("the slides", "https://x.example/s")]


def test_a_setext_heading_that_leaves_takes_its_underline():
    body = ("Opening words.\n\nTalks\n=====\n\n### First talk\n\nSpeaker: Ann Example\n\n"
            "### Second talk\n\nSpeaker: Bob Sample\n")
    event = read_event(_page(body))
    assert [t.title for t in event.talks] == ["First talk", "Second talk"]
    assert "=====" not in event.body_rest and "Opening words." in event.body_rest


def test_a_cell_of_several_paragraphs_is_a_row_each() -> None:
    from sphinx_meetup.reader.html_blocks import as_markdown, html_pieces

    table = ("<table>\n  <tr>\n    <td>19:00</td>\n    <td>\n      <p>\n        **Talk A**<br/>\n"
             "        Ann Example\n      </p>\n      <p>\n        **Talk B**<br/>\n"
             "        Bo Sample\n      </p>\n    </td>\n  </tr>\n</table>")
    [(_kind, _level, lines, _tag)] = html_pieces(table, 1)
    assert [text for _line, text in lines] == ["| 19:00 | **Talk A**<br> Ann Example |",
                                              "|  | **Talk B**<br> Bo Sample |"]
    # shown as a table, the line break a space (a table's cell holds one line)
    [(_line, text)] = as_markdown(table)
    assert text.split("\n") == ["| 19:00 | **Talk A** Ann Example |",
                                "|  | **Talk B** Bo Sample |"]


def test_come_together_and_chatting_over_beer_are_breaks() -> None:
    from sphinx_meetup.reader.agenda import is_break_title, is_remarks
    from sphinx_meetup.reader.labels import DEFAULT

    assert is_remarks("Opening & come together", DEFAULT) or is_break_title(
        "Opening & come together", DEFAULT)
    assert is_break_title("Diskutieren, austauschen, Bier trinken, etc.", DEFAULT)
    assert not is_break_title("Trinken und Essen im Wandel der Zeit: eine Datenanalyse",
                              DEFAULT)


def test_an_icon_fonts_empty_element_leaves_no_marks() -> None:
    from sphinx_meetup.reader.html_blocks import html_pieces

    html = ('<div class="talk">\n<h3><i class="fas fa-rocket"></i> Faster builds</h3>\n'
            '<p><i class="fa fa-clock"></i> 45 min, <i>really</i></p>\n</div>')
    texts = [text for _kind, _level, lines, _tag in html_pieces(html, 1) for _, text in lines]
    assert texts == ["Faster builds", "45 min, *really*"]
