"""The reader's lazily compiled patterns behave as compiled ones, and compile once."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader.patterns import LazyPattern

NAME = r"(?P<name>[\u3400-\u9fff]{2,4})(?:（(?P<nick>[^）]+)）)?"
TEXTS = st.text(alphabet=st.sampled_from("张三李四（）花名 ab,，"), max_size=30)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.groupdict()) == (
        b.span(), b.groupdict()))  # type: ignore[union-attr]


@given(TEXTS)
def test_a_lazy_pattern_answers_as_the_compiled_one(text: str) -> None:
    compiled, lazy = re.compile(NAME), LazyPattern(NAME)
    assert _same(lazy.match(text), compiled.match(text))
    assert _same(lazy.search(text), compiled.search(text))
    assert _same(lazy.fullmatch(text), compiled.fullmatch(text))
    assert lazy.findall(text) == compiled.findall(text)
    assert _same(lazy.search(text, 1), compiled.search(text, 1)), "pos, as headers.py passes it"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_it_compiles_at_the_first_call_only(monkeypatch) -> None:
    calls: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda p, f=0: calls.append(p) or real(p, f))
    lazy = LazyPattern(r"[\u3400-\u9fff]{2}", re.IGNORECASE)
    assert calls == [], "nothing is compiled before the first use"
    assert lazy.search("ab张三").group(0) == "张三"
    assert lazy.match("张三") and not lazy.fullmatch("张三李") and lazy.findall("张三 李四")
    assert calls == [r"[\u3400-\u9fff]{2}"], "one compile, whatever is called after"
    assert lazy.search.__self__.flags & re.IGNORECASE, "the flags are kept"
