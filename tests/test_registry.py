"""The site's speaker registry: one person under every name, across all events."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import Page, clean, warning_lines

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.speaker_registry import apply_registry, index, read_registry


@pytest.mark.sphinx("html", testroot="registry", freshenv=True)
def test_registry_joins_nicknames_to_their_cards(app, warning) -> None:
    app.build()
    out = Path(app.outdir)
    seed = Page((out / "seed.html").read_text(encoding="utf-8"))
    names = [clean(e["text"]) for e in seed.by_class("meetup-name")]
    # 贾岛 and 嘉祁 are 靳文祥 and 黄家琦: no card of their own
    assert "贾岛" not in names and "嘉祁" not in names
    cards = {card["attrs"]["id"]: clean(card["text"]) for card in seed.by_class("meetup-speaker")}
    links = {link["text"]: link["attrs"]["href"].lstrip("#")
             for link in seed.by_class("meetup-speaker-link")}
    assert "靳文祥" in cards[links["贾岛"]]
    assert "黄家琦" in cards[links["嘉祁"]]
    assert "贾岛" in cards[links["贾岛"]], "the card lists the other name"
    # a photo the page gives wins over the registry's
    html = (out / "seed.html").read_text(encoding="utf-8")
    assert "_images/jin.png" not in html, "the page's own photo path wins over the registry"

    night = Page((out / "night.html").read_text(encoding="utf-8"))
    night_names = [clean(e["text"]) for e in night.by_class("meetup-name")]
    assert night_names == ["Jimmy Song"], "宋净超 and Jimmy Song are one person"
    speakers = [clean(e["text"]) for e in night.by_class("meetup-talk-speakers")]
    assert speakers == ["Jimmy Song", "宋净超"]
    targets = {link["attrs"]["href"] for link in night.by_class("meetup-speaker-link")}
    assert len(targets) == 1

    lines = warning_lines(warning)
    assert any(re.search(r"people/speakers\.yaml:1: WARNING: registry entry 4 has no name.*"
                         r"\[meetup\.speaker\]", line) for line in lines), lines


def test_registry_fills_in_what_the_page_lacks() -> None:
    people, problems = read_registry(
        "people:\n  - name: Ada Lovelace\n    aliases: [Ada]\n    photo: ada.png\n"
        "    designation: Analyst\n", "yaml")
    assert problems == []
    event = read_event("---\ntitle: T\nspeaker:\n  - name: Ada\n---\n\n## Talks\n\n### X\n\n"
                       "Speaker: Ada Lovelace\n")
    apply_registry(event, index(people))
    (ada,) = event.all_speakers()
    assert (ada.name, ada.image, ada.designation) == ("Ada", "ada.png", "Analyst")
    assert event.speaker_for(event.talks[0], "Ada Lovelace") is ada


def test_registry_links_are_judged_like_every_url() -> None:
    people, _ = read_registry("- name: A\n  links: [{name: x, url: 'javascript:alert(1)'},"
                              " 'https://example.org']\n", "yaml")
    assert [link.url for link in people[0].links] == ["https://example.org"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('[[people]]\nname = "Grace Hopper"\naliases = ["Grace"]\n', "toml"),
        ('{"Grace Hopper": {"aliases": ["Grace"]}}', "json"),
        ("Grace Hopper:\n  aliases: [Grace]\n", "yaml"),
    ],
)
def test_registry_shapes(text: str, kind: str) -> None:
    people, problems = read_registry(text, kind)
    assert problems == []
    assert [(p.name, p.aliases) for p in people] == [("Grace Hopper", ["Grace"])]


def test_broken_registry_is_a_problem_not_an_exception() -> None:
    people, problems = read_registry("- name: [unclosed\n", "yaml")
    assert people == [] and problems[0].message.startswith("malformed YAML speaker registry")
