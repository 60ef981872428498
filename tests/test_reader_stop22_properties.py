"""Properties of this round's reader pieces, for any input: heading shortcodes keep every
file line where it was, a slug reads as its own words, a list's speakers are words of
the list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import read

from sphinx_meetup.reader import shortcodes
from sphinx_meetup.reader.programme import _unslugged

_LINES = st.lists(
    st.one_of(
        st.text(alphabet='{}<>%h123 "Title-abc', max_size=30),
        st.builds(lambda level, text: f'{{{{< h{level} "{text}" >}}}}',
                  st.integers(1, 6), st.text(alphabet="abc XYZ", min_size=1, max_size=12)),
    ),
    max_size=8,
)


@settings(deadline=None)
@given(_LINES)
def test_heading_shortcodes_keep_every_line_in_place(lines: list[str]) -> None:
    text = "\n".join(lines)
    out = shortcodes.headings(text)
    assert out.count("\n") == text.count("\n")
    for before, after in zip(text.split("\n"), out.split("\n"), strict=True):
        assert after == before or after.startswith("#")


@given(st.lists(st.from_regex(r"[a-z0-9]{1,6}", fullmatch=True), min_size=1, max_size=6))
def test_a_slug_reads_as_its_own_words(words: list[str]) -> None:
    slug = "-".join(words)
    lettered = len(words) >= 3 and all(any(c.isalpha() for c in w) for w in words)
    assert _unslugged(slug).casefold() == (" ".join(words) if lettered else slug)


_NAME = st.from_regex(r"[A-Z][a-z]{2,7} [A-Z][a-z]{2,9}", fullmatch=True)
_TITLE = st.from_regex(r"[A-Za-z][a-z ]{2,20}[a-z]", fullmatch=True)


@settings(deadline=None, max_examples=60)
@given(st.lists(st.tuples(_TITLE, _NAME, st.sampled_from(["by", "por", "par"])),
                min_size=1, max_size=5))
def test_speakers_of_a_by_list_are_words_of_the_list(items: list[tuple[str, str, str]]) -> None:
    body = "A night with a few things:\n\n" + "".join(
        f"- {title} {by} {name}\n" for title, name, by in items)
    event = read(body, title="Night")
    for talk in event.talks:
        for person in talk.speakers:
            assert person in body
