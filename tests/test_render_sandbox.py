"""The body of an event file is rendered in a sandbox (issue 13, items 1-5 and 20).

The test root's ``conf.py`` enables substitutions, dollar math and amsmath for the
site's own pages, as many sites do; the event body tries each way out of the page. Every
test here fails without the sandbox: the substitution is evaluated, the icon role writes
a live ``<img onerror>``, ``meta`` reaches the head, the PDF gets raw TeX, the toctree
and ``py:function`` change the site, and docutils' messages bypass Sphinx's logger.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import warning_lines

EVENT = "events/hostile-body.md"

#: line of the event file -> what the warning at that line says
REFUSED = {
    6: "substitutions ({{ }}) are not evaluated",
    8: "the 'octicon' role takes 'name;height;classes'",
    10: "the 'material-regular' role takes 'name;height;classes'",
    12: "eval-rst is not allowed in an event body",
    18: "the 'math' role is not allowed",
    20: "the 'toctree' directive is not allowed",
    24: "the 'py:function' directive is not allowed",
    27: "the 'raw' directive is not allowed",
    31: "the 'include' directive is not allowed",
    34: "the 'csv-table' directive may not read files or URLs",
}


def shown(html: str) -> str:
    """The page's text as a reader sees it (tags dropped, entities kept)."""
    return re.sub(r"<[^>]+>", "", html)


def html_of(app, page: str = "index") -> str:
    return (Path(app.outdir) / f"{page}.html").read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="sandbox", freshenv=True)
def test_refused_syntax_is_a_located_body_warning_and_stays_text(app, warning) -> None:
    app.build()
    lines = warning_lines(warning)
    for line, message in REFUSED.items():
        assert any(f"{EVENT}:{line}: WARNING: {message}" in entry
                   and entry.endswith("[meetup.body]") for entry in lines), (line, lines)
    html = html_of(app)
    text = shown(html)
    # item 1: nothing is evaluated; the author's text is shown as written
    assert str(app.srcdir) not in html and "SITE-SECRET-VALUE" not in html
    assert "{{ env.srcdir }}" in text and "{{ site_secret }}" in text
    # item 2: the icon roles' payload is text, no element carries an event handler
    assert not re.search(r"<img[^>]*onerror", html, re.IGNORECASE)
    assert "onerror=alert(document.domain)&gt;" in text
    # the allowed note and a well-formed icon still render
    note = html[html.index('class="admonition note"'):]
    assert "<strong>bold</strong>" in note and "<svg" in note.split("</div>", 1)[0]
    assert "cell two" in html
    # MyST's own fixed markup for hard breaks, strikethrough and task lists is kept
    assert "<br />\nafter it, <s>struck</s> text." in html
    assert 'class="task-list-item-checkbox" checked="checked"' in html
    assert not any("raw output" in entry for entry in lines)
    # item 3: nothing reaches the head
    head = html[: html.index("</head>")]
    assert "refresh" not in head and "evil.example" not in head
    assert "hijacked description" not in head
    # nothing is raw: the raw directive's script and the included conf.py are text
    assert "<script>alert('raw')" not in html
    assert "&lt;script&gt;alert('raw')&lt;/script&gt;" in html
    assert "myst_substitutions" not in html, "the include and csv-table read no file"
    assert not (Path(app.outdir) / "_downloads").exists(), "a path: link copies no file"
    assert any("link '../conf.py' is not an http" in entry for entry in lines), lines
    # item 5: the site's navigation and objects.inv are the site's own
    assert "other" not in app.env.toctree_includes.get("index", [])
    assert "hijack_target" not in app.env.domains["py"].objects


@pytest.mark.sphinx("latex", testroot="sandbox", freshenv=True)
def test_math_in_a_body_is_not_raw_tex(app, warning) -> None:
    """Item 4: ``{math}`` and ``$...$`` would put ``\\input{/etc/passwd}`` into the .tex."""
    app.build()
    tex = next(Path(app.outdir).glob("*.tex")).read_text(encoding="utf-8")
    assert r"\input{/etc/passwd}" not in tex and r"\write18{id}" not in tex
    assert r"\textbackslash{}input\{/etc/passwd\}" in tex, "shown as text"


@pytest.mark.sphinx("html", testroot="sandbox", freshenv=True)
def test_inline_events_in_myst_pages_report_the_page_lines(app, warning) -> None:
    """Item 20: problems of an inline event in a MyST page, the reader's and the body's
    (a disabled directive, an invalid icon), are at the page's own lines."""
    app.build()
    lines = warning_lines(warning)
    expected = {10: "end: 'not a date' is not a date", 15: "the 'raw' directive is not allowed",
                19: "Invalid octicon content"}
    for line, message in expected.items():
        assert any(f"inline.md:{line}: WARNING: {message}" in entry for entry in lines), (
            line, lines)
    assert not any("(WARNING/2)" in entry or "(ERROR/3)" in entry for entry in
                   warning_lines(warning, all_lines=True)), "nothing bypasses the logger"


@pytest.mark.sphinx("html", testroot="sandbox", freshenv=True,
                    confoverrides={"meetup_unsafe_body_allow": ["math", "substitution"]})
def test_a_site_that_trusts_its_authors_widens_the_list(app, warning) -> None:
    app.build()
    html = html_of(app)
    assert "SITE-SECRET-VALUE" in html, "the substitution is evaluated"
    assert re.search(r'class="math[^"]*"', html), "math is rendered as math"
    lines = warning_lines(warning)
    assert not any(f"{EVENT}:18: WARNING: the 'math' role" in entry for entry in lines)
    # what is not listed stays refused, and raw output never comes back
    assert any(f"{EVENT}:27: WARNING: the 'raw' directive" in entry for entry in lines)
    assert "<script>alert('raw')" not in html


@pytest.mark.sphinx("html", testroot="sandbox", freshenv=True,
                    confoverrides={"meetup_unsafe_body_allow": ["*"]})
def test_even_everything_keeps_raw_output_and_file_reading_out(app, warning) -> None:
    app.build()
    html = html_of(app)
    assert "<script>alert('raw')" not in html
    assert "myst_substitutions" not in html
    lines = warning_lines(warning)
    assert any(f"{EVENT}:27: WARNING: the 'raw' directive" in entry for entry in lines)
    assert any(f"{EVENT}:31: WARNING: the 'include' directive" in entry for entry in lines)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('{\n  "title": "One line", "date": "bad"\n}\n', 2),
        ('{\n  "title": "x",\n  "speaker": [], "date": "bad"\n}\n', 3),
        ("+++\ntitle = 'x'\n'date' = 'bad'\n+++\n", 3),
    ],
)
def test_json_and_toml_keys_that_do_not_start_a_line_are_located(text: str, line: int) -> None:
    """Item 20: a key after another on its line, or quoted as TOML allows, had no line
    ("line None" in ``check``)."""
    from sphinx_meetup.reader import read_event

    problems = [p for p in read_event(text).problems if p.message.startswith("date:")]
    assert [p.line for p in problems] == [line], problems
