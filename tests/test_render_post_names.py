"""A Jekyll post that gives its day only in its file name is shown on that day."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import Page, clean


@pytest.mark.sphinx("html", testroot="postname", freshenv=True)
def test_the_file_names_day_is_the_events_day_in_html(app, warning) -> None:
    app.build()
    assert warning.getvalue() == ""
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    header = clean(Page(html).one("meetup-header")["text"].replace("\u202f", " "))
    assert "Saturday, April 17, 2021 6:30 PM" in header
