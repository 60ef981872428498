"""Inline events, part directives, configuration checks, stray pages, the catalog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import Page, clean, warning_lines

import sphinx_meetup
from sphinx_meetup.locale.compile import LOCALE_DIR, compiled


@pytest.mark.sphinx("html", testroot="inline", freshenv=True)
def test_inline_events_in_rst_and_myst(app, warning) -> None:
    app.build()
    out = Path(app.outdir)
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    # the page has a title of its own: each event is a section of it (h2)
    titles = index.by_class("meetup-title")
    assert [clean(e["text"]).rstrip("¶") for e in titles] == ["Inline in rST", "TOML inline"]
    assert [e["tag"] for e in titles] == ["h2", "h2"]
    # meetup_parts = header, agenda: no speaker grid unless :parts: asks for it
    events = index.by_class("meetup-event")
    assert "meetup-header" in str(index.elements) and len(events) == 2
    assert "Engines that weave patterns" in events[0]["text"]
    assert "Ada Lovelace" in events[0]["text"]
    assert not [e for e in index.by_class("meetup-speakers") if "Ada" in e["text"]]
    assert "Grace Hopper" in events[1]["text"] and "Admiral" in events[1]["text"]
    assert index.one("meetup-register")["attrs"]["href"] == "https://example.org/register"

    myst = Page((out / "myst.html").read_text(encoding="utf-8"))
    assert "Compilers for everyone" in myst.one("meetup-agenda")["text"]
    assert myst.by_class("meetup-replay-button"), "a past event shows its replay"
    assert not myst.by_class("meetup-register")

    lines = warning_lines(warning)
    # a problem of inline content is located at the page's line
    assert any(re.search(r"index\.rst:15: WARNING: end: 'yesterday' is not a date", line)
               for line in lines), lines
    # a config value of the wrong type: a warning, and the default is used
    assert any("meetup_image_dirs: expected a list of strings; the default is used" in line
               for line in lines), lines


@pytest.mark.sphinx("html", testroot="inline", freshenv=True)
def test_part_directives_render_one_part_each(app) -> None:
    app.build()
    page = Page((Path(app.outdir) / "parts.html").read_text(encoding="utf-8"))
    assert len(page.by_class("meetup-speakers")) == 1
    assert len(page.by_class("meetup-agenda")) == 1
    assert len(page.by_class("meetup-replay")) == 1
    assert not page.by_class("meetup-header")
    assert not page.by_class("meetup-event"), "part directives add no event wrapper"
    assert len(page.by_class("meetup-talk")) == 6


@pytest.mark.sphinx("html", testroot="stray", freshenv=True)
def test_event_file_inside_the_source_dir_is_named_as_a_stray_page(app, warning) -> None:
    app.build()
    lines = warning_lines(warning)
    assert any(re.search(r"index\.rst:4: WARNING: the event file is also built as a page of its "
                         r"own \('events/service-mesh-meetup-09-hangzhou'\); add its folder to "
                         r"exclude_patterns.*\[meetup\.stray-page\]", line) for line in lines)


def test_setup_declares_parallel_safety_and_version() -> None:
    class App:
        def __init__(self) -> None:
            self.calls: list[str] = []

        def __getattr__(self, name: str):
            return lambda *args, **kwargs: self.calls.append(name)

    metadata = sphinx_meetup.setup(App())  # type: ignore[arg-type]
    assert metadata["parallel_read_safe"] is True
    assert metadata["parallel_write_safe"] is True
    assert metadata["version"] == sphinx_meetup.__version__


@pytest.mark.parametrize("po", sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")), ids=str)
def test_compiled_catalogs_are_up_to_date(po: Path) -> None:
    assert po.with_suffix(".mo").read_bytes() == compiled(po), (
        "run: python -m sphinx_meetup.locale.compile"
    )


def test_every_label_is_translated() -> None:
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in Path(sphinx_meetup.__file__).parent.rglob("*.py"))
    used = set(re.findall(r'\b_\("((?:[^"\\]|\\.)*)"\)', source))
    po = (LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / "sphinx_meetup.po").read_text(encoding="utf-8")
    translated = set(re.findall(r'^msgid "(.+)"$', po, flags=re.MULTILINE))
    assert used <= translated, f"untranslated: {sorted(used - translated)}"
