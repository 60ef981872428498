"""Hostile and broken event files: each a clear problem with its line, nothing more.

Every test here would fail if its protection were removed: the alias-bomb guard, the
size cap, the encoding fallback, the path checks, the escaping of every field.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tracemalloc
from pathlib import Path

import pytest
import yaml
from helpers import Page, warning_lines
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sphinx_meetup.reader import MAX_FILE_BYTES, read_event
from sphinx_meetup.reader.frontmatter import MAX_YAML_NODES

BOMB = """---
title: bomb
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
speaker: [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
---

## Talks

### Still here

Speaker: Survivor
"""


def peak_memory(function) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = function()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_yaml_alias_bomb_is_refused_before_it_expands() -> None:
    event, peak = peak_memory(lambda: read_event(BOMB))
    assert peak < 20 * 2**20, f"{peak / 2**20:.0f} MiB for a 1 KiB file"
    assert any(f"more than {MAX_YAML_NODES:,} values" in p.message and p.line == 1
               for p in event.problems)
    assert [talk.title for talk in event.talks] == ["Still here"], "the body still renders"


def test_ten_thousand_speakers_and_a_megabyte_body_stay_bounded() -> None:
    # (``Ann Example 7``: ``Speaker 7`` is a template's placeholder, no one - stop 39)
    speakers = "".join(f"  - name: Ann Example {n}\n    designation: Job {n}\n"
                       for n in range(10_000))
    body = "## Talks\n\n" + "".join(
        f"### Talk {n}\n\nSpeaker: Ann Example {n}\n\n{'lorem ipsum ' * 80}\n\n"
        for n in range(1_000))
    text = f"---\ntitle: Huge\nspeaker:\n{speakers}---\n\n{body}"
    assert len(text.encode()) > 2**20
    event, peak = peak_memory(lambda: read_event(text.encode()))
    assert len(event.speakers) == 10_000 and len(event.talks) == 1_000
    assert peak < 400 * 2**20, f"{peak / 2**20:.0f} MiB"


def test_a_file_over_the_size_cap_is_read_up_to_it_with_a_problem() -> None:
    text = "---\ntitle: Too big\n---\n\n" + "x" * (MAX_FILE_BYTES + 10)
    event = read_event(text.encode())
    assert event.title == "Too big"
    assert any(p.subtype == "file" and "larger than" in p.message for p in event.problems)


def test_gbk_pages_are_read_and_the_encoding_is_named_with_the_fix() -> None:
    text = "---\ntitle: 杭州站\n---\n\n## 讲师与演讲话题\n\n### 服务网格\n\n主讲人：王国云\n"
    event = read_event(text.encode("gbk"))
    assert event.title == "杭州站"
    assert event.talks[0].speakers == ["王国云"]
    (problem,) = event.problems
    assert problem.subtype == "encoding" and "GBK" in problem.message
    assert "iconv -f GBK -t UTF-8" in problem.message


def test_a_utf8_bom_is_not_a_problem() -> None:
    event = read_event("\ufeff---\ntitle: With BOM\n---\n".encode())
    assert event.title == "With BOM" and event.problems == []


def test_yaml_1_1_sexagesimal_times_stay_times() -> None:
    event = read_event("---\ntitle: T\ndate: 2020-05-01\ntime: 18:30\nend: 18:30\n---\n")
    assert event.start == dt.datetime(2020, 5, 1, 18, 30), "not the integer 1110"
    (problem,) = event.problems
    assert problem.line == 5 and problem.subtype == "date"
    assert "18:30 is not after the start (18:30)" in problem.message
    event = read_event("---\ntitle: T\ndate: 2020-05-01\nend: 18:30\n---\n")
    assert "18:30 is a time of day" in event.problems[0].message, "not the integer 1110"


@pytest.mark.parametrize(
    ("front_matter", "line", "message"),
    [
        ("+++\ntitle = \"broken\nsponsor = 1\n+++\n", 2, "malformed TOML front matter"),
        ("---\n42\n---\n", 1, "not a int"),
        ("---\njust text\n---\n", 1, "not a string"),
        ("{\n\"title\": \"json\",\n\"date\":\n}\n", 4, "malformed JSON front matter"),
        ("---\ntitle: never closed\n", 1, "opened but never closed"),
    ],
)
def test_broken_front_matter_is_a_located_problem_and_the_body_survives(
    front_matter: str, line: int, message: str
) -> None:
    event = read_event(front_matter + "\n## Talks\n\n### Kept\n\nSpeaker: Ann\n")
    assert any(p.line == line and message in p.message for p in event.problems), event.problems


@pytest.mark.sphinx("html", testroot="seed", srcdir="seed-deleted", freshenv=True)
def test_an_event_file_deleted_between_builds(app, warning, make_app) -> None:
    app.build()
    event = Path(app.srcdir) / "events" / "service-mesh-meetup-09-hangzhou.md"
    renamed = event.with_name("renamed.md")
    shutil.move(event, renamed)
    again = make_app("html", srcdir=app.srcdir)
    again.build()
    lines = warning_lines(again._warning)
    assert any("index.rst:1: ERROR: meetup-event: event file" in line
               and "not found in the project" in line for line in lines), lines
    html = (Path(again.outdir) / "index.html").read_text(encoding="utf-8")
    assert "meetup-speaker" not in html, "the old event is gone from the page"


# -- property: whatever an event file holds, every builder writes the page ------------

_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_URLISH = st.one_of(_TEXT, st.sampled_from([
    "javascript:alert(1)", "https://example.org/x", "//evil.example", "data:text/html,x",
    "mailto:a@b.c", "../../../etc/passwd", "/etc/passwd", "#", "",
]))
_SCALAR = st.one_of(_TEXT, _URLISH, st.integers(), st.booleans(), st.none(),
                    st.dates().map(str))
_SPEAKER = st.dictionaries(st.sampled_from(["name", "image", "designation", "aliases"]),
                           _SCALAR, max_size=4)
_FRONT_MATTER = st.fixed_dictionaries(
    {},
    optional=dict.fromkeys(
        ("title", "date", "end", "location", "venue", "fee", "topic", "sponsor", "apply_url",
         "replay", "slides", "timezone", "description", "draft"),
        _SCALAR,
    ) | {"speaker": st.one_of(_SCALAR, st.lists(_SPEAKER, max_size=4))},
)
_LINE = st.one_of(
    _TEXT,
    st.builds(lambda t: f"### {t}", _TEXT),
    st.builds(lambda t: f"## {t}", st.sampled_from(["Talks", "讲师与演讲话题", "Agenda", "About"])),
    st.builds(lambda t: f"主讲人：{t}", _TEXT),
    st.builds(lambda t: f"Speaker: {t}", _TEXT),
    st.builds(lambda u: f"Video: {u}", _URLISH),
    st.builds(lambda u: f"[link]({u})", _URLISH),
    st.builds(lambda u: f"![img]({u})", _URLISH),
    st.sampled_from(["<script>alert(1)</script>", "---", "时间：2019年12月28日", "```{raw} html",
                     "```{include} /etc/passwd", "```", "{{< shortcode >}}", "- item"]),
)


def _event_file(front_matter: dict, lines: list[str]) -> str:
    dumped = yaml.safe_dump(front_matter, allow_unicode=True)
    return f"---\n{dumped}---\n\n" + "\n\n".join(lines) + "\n"


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(events=st.lists(st.tuples(_FRONT_MATTER, st.lists(_LINE, max_size=12)),
                       min_size=6, max_size=6))
def test_any_event_renders_in_every_builder(make_app, tmp_path_factory, events) -> None:
    srcdir = tmp_path_factory.mktemp("any-event")
    (srcdir / "events").mkdir()
    names = []
    for number, (front_matter, lines) in enumerate(events):
        (srcdir / "events" / f"e{number}.md").write_text(_event_file(front_matter, lines),
                                                        encoding="utf-8")
        (srcdir / f"page{number}.rst").write_text(
            f"Page {number}\n=======\n\n.. meetup-event:: events/e{number}.md\n",
            encoding="utf-8")
        names.append(f"page{number}")
    toctree = "".join(f"   {name}\n" for name in names)
    (srcdir / "index.rst").write_text(f"Any\n===\n\n.. toctree::\n\n{toctree}",
                                      encoding="utf-8")
    (srcdir / "conf.py").write_text(
        'project = "any"\nversion = "1"\ncopyright = "2026"\n'
        'extensions = ["sphinx_meetup"]\nexclude_patterns = ["events"]\n', encoding="utf-8")
    for builder in ("html", "latex", "text", "epub"):
        app = make_app(builder, srcdir=srcdir, freshenv=True)
        app.build()  # raises on an invalid doctree or a writer that cannot handle a node
        if builder == "html":
            theme_scripts = _scripts((Path(app.outdir) / "index.html").read_text("utf-8"))
            for name in names:
                body = (Path(app.outdir) / f"{name}.html").read_text(encoding="utf-8")
                page = Page(body)
                assert _scripts(body) == theme_scripts, "only the theme's own scripts"
                assert not [e for e in page.elements if e["tag"] in {"iframe", "object"}]
                for element in page.elements:
                    for attribute in ("href", "src"):
                        value = (element["attrs"].get(attribute) or "").lower()
                        assert not value.startswith(("javascript:", "data:", "vbscript:", "//"))
                        assert "etc/passwd" not in value, "nothing links to a file outside"
                    assert not [a for a in element["attrs"] if a.startswith("on")], element


def _scripts(html: str) -> int:
    """Scripts that run (structured data, ``application/ld+json``, does not)."""
    return html.count("<script") - html.count('<script type="application/ld+json"')


def test_year_one_seen_from_another_zone_does_not_overflow() -> None:
    event = read_event("---\ntitle: x\ndate: 0001-01-01T01:00:00+08:00\n---\n",
                       timezone="America/New_York")
    assert event.start.year == 1 and event.problems == []
