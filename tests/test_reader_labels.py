"""A site's own label words (``meetup_labels``) are read on that site, and only there."""

from __future__ import annotations

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.labels import DEFAULT, Labels

PAGE = "---\ntitle: Abend\n---\n\n## Programm\n\n### Typen in Python\n\nErzählerin: Ann Lee\n"


def _speakers(labels: Labels | None) -> list[list[str]]:
    return [talk.speakers for talk in read_event(PAGE, labels=labels).talks]


def test_site_words_are_read_after_the_defaults_compiled_their_patterns() -> None:
    assert _speakers(None) != [["Ann Lee"]]  # compiles the defaults' patterns first
    site = Labels.extended({"speaker": ["Erzählerin"]})
    assert _speakers(site) == [["Ann Lee"]]
    assert site.fact("speaker") is not DEFAULT.fact("speaker")


def test_the_defaults_do_not_take_a_sites_words() -> None:
    site = Labels.extended({"speaker": ["Erzählerin"]})
    assert site.fact("speaker").match("Erzählerin: Ann Lee")
    assert not DEFAULT.fact("speaker").match("Erzählerin: Ann Lee")
    assert _speakers(None) != [["Ann Lee"]]
