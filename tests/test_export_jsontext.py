"""Indented JSON for JSON-LD and events.json: the standard library's text, faster."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sphinx_meetup.export.jsontext import dumps_indented

SCALARS = (st.none() | st.booleans() | st.integers() | st.floats()
           | st.text(st.characters(codec="utf-8"), max_size=12))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30,
)


@given(VALUES, st.integers(min_value=0, max_value=3))
@settings(max_examples=500, deadline=None)
def test_same_text_as_json_dumps(value: object, indent: int) -> None:
    expected = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=indent)
    assert dumps_indented(value, indent) == expected


def test_what_it_does_not_know_is_json_dumps_own() -> None:
    numbered = {2: "a", 1: [2.5, None]}
    assert dumps_indented(numbered, 1) == json.dumps(
        numbered, ensure_ascii=False, sort_keys=True, indent=1)
    with pytest.raises(TypeError):
        dumps_indented({"when": object()}, 1)
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps_indented(loop, 1)
