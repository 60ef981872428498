"""The icon-role XSS of issue 13 (item 2), tried in Debian's headless Chromium.

``{octicon}`alert;1em;x"><img/src='x'/onerror=alert(document.domain)>``` in an event
body wrote a live ``<img onerror>`` into the page, and the script ran. The sandbox test
root is built, served on 127.0.0.1 and opened: no dialog may open, no element may carry
an event handler, and the author's text is on the page as text.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).parent / "roots" / "test-sandbox"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from sphinx.cmd.build import build_main

    if not CHROMIUM.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; CI=true, so browser tests may not be skipped")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    base = tmp_path_factory.mktemp("browser-sandbox")
    src, out = base / "src", base / "html"
    shutil.copytree(ROOT, src)
    # the root has refused syntax on purpose: it is built without -W
    assert build_main(["-q", "-b", "html", str(src), str(out)]) == 0
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Quiet, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_icon_role_payload_does_not_run(served: str) -> None:
    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=ARGS)
        try:
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.route(re.compile(r"^(?!http://127\.0\.0\.1[:/]|data:|about:).*"),
                       lambda route: route.abort())
            page.goto(served + "index.html", wait_until="load")
            page.wait_for_timeout(500)  # an onerror fires once the broken image fails
            handlers = page.evaluate(
                "() => [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                ".some(a => a.name.startsWith('on'))).map(e => e.outerHTML.slice(0, 120))")
            text = page.evaluate("() => document.body.innerText")
            images = page.evaluate("() => [...document.images].map(i => i.getAttribute('src'))")
        finally:
            browser.close()
    assert dialogs == [], f"script ran in the page: {dialogs}"
    assert handlers == [], handlers
    assert "onerror=alert(document.domain)>" in text, "the author's text is shown as text"
    assert all(src and not src.startswith("x") for src in images), images
