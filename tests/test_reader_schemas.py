"""Front-matter schemas that meetup sites and their themes share (the stop-23 survey,
`notes/schema-survey.md`): people named by the key of their page, keys written with
capitals, an ``event:`` map of the gathering's facts, venue references, sign-up links.
Pages written for the test, never copied from a site."""

from __future__ import annotations

from sphinx_meetup.reader import read_event


def _page(front: str, body: str = "Text.\n") -> str:
    return f"---\n{front}---\n{body}"


def test_speakers_named_by_their_page_keys_are_read_as_names() -> None:
    for keys in ("[ann-example, bo-sample]", "\n  - ann_example\n  - bo_sample"):
        event = read_event(_page(f"title: Queues\ndate: 2026-03-04\nspeakers: {keys}\n"))
        assert [s.name for s in event.speakers] == ["Ann Example", "Bo Sample"]
        # the key stays the person's other name, so a body or registry naming it matches
        assert event.speakers[0].aliases in (["ann-example"], ["ann_example"])
        assert [t.speakers for t in event.talks] == [["Ann Example", "Bo Sample"]]


def test_a_list_mixing_names_and_keys_is_left_as_written() -> None:
    event = read_event(_page("title: Q\ndate: 2026-03-04\nspeakers: [ann-example, Bo Sample]\n"))
    assert [s.name for s in event.speakers] == ["ann-example", "Bo Sample"]
    # one word is no key that can be read as a name
    event = read_event(_page("title: Q\ndate: 2026-03-04\nspeakers: [annexample]\n"))
    assert [s.name for s in event.speakers] == ["annexample"]
