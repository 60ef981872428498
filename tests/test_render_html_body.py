"""A body kept as HTML renders as the Markdown it stands for, and nothing in it runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import warning_lines

EVENT = "events/kept-as-html.md"


@pytest.mark.sphinx("html", testroot="htmlbody", freshenv=True)
def test_an_html_body_renders_as_markdown_without_running(app, warning) -> None:
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    # the programme is the agenda, with its speakers
    assert 'class="meetup-talk-title">Packaging with Nix' in html
    assert 'class="meetup-talk-title">Rust in the kernel' in html
    # the rest is HTML read as Markdown: a heading, a paragraph with its break and
    # link, a list - not tags shown as text
    assert "&lt;p&gt;" not in html and "&lt;li&gt;" not in html and "&lt;h3" not in html
    assert re.search(r"<h\d[^>]*>Afterwards", html)
    assert ('Drinks at <a class="reference external" href="https://pub.example/">the pub</a>,'
            " <em>all welcome</em>.<br />") in html
    assert "<li><p>Parking at the back</p></li>" in html
    # nothing of it runs: no script link, no handler, escaped text stays text, a
    # script's words are not shown, a role is refused
    assert "javascript:" not in html and "onerror" not in html
    assert "alert(4)" not in html and "<script>alert" not in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html
    assert "click me" in text and "<b>raw role" not in html
    lines = warning_lines(warning)
    assert any(f"{EVENT}:10: WARNING: raw HTML in the event body is shown as the Markdown"
               in entry and entry.endswith("[meetup.html]") for entry in lines), lines
    assert not any("Traceback" in entry for entry in lines)
