"""Helpers for the handbook tests: build a copy of a test root, read what it produced."""

from __future__ import annotations

import re
import shutil
from io import StringIO
from pathlib import Path

from sphinx.testing.util import SphinxTestApp

ROOTS = Path(__file__).parent / "roots"


def copy_root(name: str, where: Path) -> Path:
    """A private copy of ``roots/test-<name>``: builds write generated pages into it."""
    srcdir = where / name
    shutil.copytree(ROOTS / f"test-{name}", srcdir)
    return srcdir


def build(srcdir: Path, **kwargs: object) -> SphinxTestApp:
    """Build ``srcdir`` (HTML unless ``buildername`` says otherwise) and return the app."""
    kwargs.setdefault("status", StringIO())
    kwargs.setdefault("warning", StringIO())
    app = SphinxTestApp(kwargs.pop("buildername", "html"), srcdir=srcdir, **kwargs)
    try:
        app.build()
    finally:
        app.cleanup()
    return app


def warnings(app: SphinxTestApp) -> str:
    return app.warning.getvalue()  # type: ignore[attr-defined]


def status(app: SphinxTestApp) -> str:
    return app.status.getvalue()  # type: ignore[attr-defined]


def page(app: SphinxTestApp, docname: str) -> str:
    return (Path(app.outdir) / f"{docname}.html").read_text(encoding="utf-8")


def listing(html: str, css: str) -> list[str]:
    """The event titles of the ``meetup-events`` listing with class ``css``, in order."""
    starts = [m.start() for m in re.finditer(r'<div class="meetup-events ', html)]
    for index, start in enumerate(starts):
        tag = html[start:html.index(">", start)]
        if css in tag.split('"')[1].split():
            end = starts[index + 1] if index + 1 < len(starts) else len(html)
            return re.findall(r'class="[^"]*meetup-event-link">([^<]*)<', html[start:end])
    raise AssertionError(f"no listing with class {css!r}")


def listing_html(html: str, css: str) -> str:
    start = html.index(f"{css} docutils container")
    following = html.find('<div class="meetup-events ', start)
    return html[start:following if following != -1 else len(html)]


def body(html: str) -> str:
    """The page's main text, tags removed, whitespace collapsed."""
    main = html[html.index('<div class="body"'):]
    main = main[:main.find('<div class="sphinxsidebar"')]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)).strip()
