"""Talk abstracts: the plain-text shortcut gives exactly the parser's nodes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sphinx_meetup.render.markdown import markdown_nodes, parsed_nodes

#: letters, CJK, spaces, newlines and every character Markdown gives a meaning to
ALPHABET = st.sampled_from(list("ab Z9.,:;'\"()%$@/|{}^+=#-*_~`[]<>!&\\\n\t\r\x00\xa0\u3000靳文祥"))


#: mostly what the shortcut takes, with the few characters that only matter at the start
PLAINISH = st.sampled_from(list("ab Z9.,:;'\"()%$@/|{}^+=#-靳文\n "))


def _shape(result: list) -> list[str]:
    return [node.pformat() for node in result]


@given(st.text(ALPHABET, max_size=40))
@settings(max_examples=600, deadline=None)
def test_shortcut_matches_the_parser(text: str) -> None:
    assert _shape(markdown_nodes(text)) == _shape(parsed_nodes(text))


@given(st.text(PLAINISH, max_size=40))
@settings(max_examples=600, deadline=None)
def test_shortcut_matches_the_parser_on_plain_text(text: str) -> None:
    assert _shape(markdown_nodes(text)) == _shape(parsed_nodes(text))


def test_plain_abstracts_take_the_shortcut_and_markup_does_not() -> None:
    plain = markdown_nodes("We look at how teams ship services.  \n")
    assert _shape(plain) == _shape(parsed_nodes("We look at how teams ship services."))
    assert [n.astext() for n in plain] == ["We look at how teams ship services."]
    emphasis = markdown_nodes("We *ship*.")
    assert emphasis[0].children[1].tagname == "emphasis"
    listed = markdown_nodes("1. one\n2. two")
    assert listed[0].tagname == "enumerated_list"
    code = markdown_nodes("    indented code")
    assert code[0].tagname == "literal_block"
