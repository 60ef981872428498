"""The icon-role XSS of issue 13 (item 2), tried in Debian's headless Chromium.

``{octicon}`alert;1em;x"><img/src='x'/onerror=alert(document.domain)>``` in an event
body wrote a live ``<img onerror>`` into the page, and the script ran. The sandbox test
root is built, served on 127.0.0.1 and opened: no dialog may open, no element may carry
an event handler, and the author's text is on the page as text.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import served

pytestmark = pytest.mark.browser

ROOT = Path(__file__).parent / "roots" / "test-sandbox"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from sphinx.cmd.build import build_main

    base = tmp_path_factory.mktemp("browser-sandbox")
    src, out = base / "src", base / "html"
    shutil.copytree(ROOT, src)
    # the root has refused syntax on purpose: it is built without -W
    assert build_main(["-q", "-b", "html", str(src), str(out)]) == 0
    with served(out) as url:
        yield url


def test_icon_role_payload_does_not_run(site: str, browser) -> None:
    dialogs: list[str] = []
    page = browser.new_page()
    try:
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.route(re.compile(r"^(?!http://127\.0\.0\.1[:/]|data:|about:).*"),
                   lambda route: route.abort())
        page.goto(site + "index.html", wait_until="load")
        page.wait_for_timeout(500)  # an onerror fires once the broken image fails
        handlers = page.evaluate(
            "() => [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
            ".some(a => a.name.startsWith('on'))).map(e => e.outerHTML.slice(0, 120))")
        text = page.evaluate("() => document.body.innerText")
        images = page.evaluate("() => [...document.images].map(i => i.getAttribute('src'))")
    finally:
        page.close()
    assert dialogs == [], f"script ran in the page: {dialogs}"
    assert handlers == [], handlers
    assert "onerror=alert(document.domain)>" in text, "the author's text is shown as text"
    assert all(src and not src.startswith("x") for src in images), images
