"""Real-browser checks of the seed event page in Debian's headless Chromium.

The HTML is built once per module into a temporary folder and served over
``http.server`` on 127.0.0.1; Playwright drives ``/usr/bin/chromium`` (no browser
is ever downloaded). Full-page screenshots land in ``tests/_screenshots/``.
Without Chromium the tests are skipped, except under ``CI=true``, where they fail.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import SCREENSHOTS, served

pytestmark = pytest.mark.browser

HERE = Path(__file__).parent
REPO = HERE.parent
DOCS = REPO / "docs"
SEED_ROOT = HERE / "roots" / "test-seed"
WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
#: the event page's title: the h1 of the event's own section
TITLE = "section.meetup-event > h1"
CJK = re.compile(r"[\u3400-\u9fff]")
#: families that actually hold CJK glyphs (what fonts-noto-cjk and friends install)
CJK_FAMILY = re.compile(r"CJK|Source Han|WenQuanYi|Droid Sans Fallback|AR PL", re.IGNORECASE)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Build the docs (or, until the docs have the seed page, the seed test root)."""
    from sphinx.cmd.build import build_main

    out = tmp_path_factory.mktemp("browser") / "html"
    strict: list[str] = []
    if (DOCS / "conf.py").is_file() and (DOCS / "examples" / "seed.md").is_file():
        # the docs build warning-free (CI builds them with -W too); the test root
        # has missing photos on purpose, so it is built without -W
        src, page, strict = DOCS, "examples/seed.html", ["-W", "--keep-going"]
    else:
        assert SEED_ROOT.is_dir(), f"neither docs/examples/seed.md nor {SEED_ROOT} exists"
        src = tmp_path_factory.getbasetemp() / "seed-src"
        shutil.copytree(SEED_ROOT, src, dirs_exist_ok=True)
        page = "index.html"
    status = build_main(
        ["-q", *strict, "-b", "html", "-d", str(out.parent / "doctrees"), str(src), str(out)]
    )
    assert status == 0, f"sphinx-build of {src} failed with status {status}"
    assert (out / page).is_file(), f"{page} was not built from {src}"
    return out, page


@pytest.fixture(scope="module")
def base_url(site: tuple[Path, str]) -> Iterator[str]:
    with served(site[0]) as url:
        yield url


@pytest.fixture
def open_seed(browser, base_url: str, site: tuple[Path, str]):
    """Open the seed page at a viewport; only 127.0.0.1 is reachable."""
    pages = []

    def _open(viewport: dict[str, int], path: str | None = None):
        page = browser.new_page(viewport=viewport)
        page.set_default_timeout(10_000)
        page.route(
            re.compile(r"^(?!http://127\.0\.0\.1[:/]|data:|blob:|about:).*"),
            lambda route: route.abort(),
        )
        page.goto(base_url + (path or site[1]), wait_until="load")
        # load lazy images too, then wait for every image to settle
        page.evaluate("""async () => {
            for (const img of document.images) img.loading = "eager";
            await Promise.all([...document.images].map(
                (img) => img.decode().catch(() => null)));
            await document.fonts.ready;
        }""")
        pages.append(page)
        return page

    yield _open
    for page in pages:
        page.close()


def _card_boxes(page) -> list[dict[str, float]]:
    boxes = page.eval_on_selector_all(
        ".meetup-speaker",
        "cards => cards.map(c => { const r = c.getBoundingClientRect();"
        " return {x: Math.round(r.x), y: Math.round(r.y + scrollY), w: r.width}; })",
    )
    assert boxes, "no .meetup-speaker cards on the page"
    return boxes


def _screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def _broken_images(page) -> list[str]:
    return page.evaluate(
        "() => [...document.images]"
        ".filter(img => !img.complete || img.naturalWidth === 0)"
        ".map(img => img.currentSrc || img.src || img.outerHTML)"
    )


def test_wide_four_columns(open_seed) -> None:
    page = open_seed(WIDE)
    _screenshot(page, "seed-1280.png")
    boxes = _card_boxes(page)
    top = min(b["y"] for b in boxes)
    first_row = {b["x"] for b in boxes if abs(b["y"] - top) <= 2}
    assert len(boxes) >= 4, f"the seed has at least 4 speakers, got {len(boxes)} cards"
    assert len(first_row) == 4, f"first row at 1280px has columns at x={sorted(first_row)}"
    assert len({b["x"] for b in boxes}) == 4, "every row lines up on the same 4 columns"
    assert _broken_images(page) == []


def test_phone_one_column_no_scroll(open_seed) -> None:
    page = open_seed(PHONE)
    _screenshot(page, "seed-375.png")
    xs = {b["x"] for b in _card_boxes(page)}
    assert len(xs) == 1, f"cards at 375px are not one column: x={sorted(xs)}"
    overflow = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert overflow[0] <= overflow[1] + 1, f"horizontal scroll at 375px: {overflow}"
    assert _broken_images(page) == []


def test_chinese_title_uses_a_cjk_font(open_seed) -> None:
    """Ask Chromium which platform fonts drew the title: one must hold CJK glyphs."""
    page = open_seed(WIDE)
    title = page.locator(TITLE)
    assert title.count() == 1, f"no page title {TITLE!r}"
    text = title.inner_text()
    assert CJK.search(text), f"the seed title has no Chinese: {text!r}"
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": TITLE})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    families = [f["familyName"] for f in fonts]
    assert any(CJK_FAMILY.search(f) for f in families), (
        f"the title {text!r} is drawn with {families}: no CJK font (install fonts-noto-cjk)"
    )


def test_speaker_link_targets_the_card(open_seed) -> None:
    page = open_seed(PHONE)
    link = page.locator("a.meetup-speaker-link").first
    assert link.count() == 1, "no .meetup-speaker-link in the agenda"
    href = link.get_attribute("href") or ""
    assert href.startswith("#"), f"speaker link is not in-page: {href!r}"
    link.click()
    page.wait_for_function("h => location.hash === h", arg=href)
    card = page.locator(f"[id='{href[1:]}']")
    assert card.count() == 1, f"no element with id {href[1:]!r}"
    assert "meetup-speaker" in (card.get_attribute("class") or "").split()
    assert page.evaluate("() => document.querySelector(':target')?.id") == href[1:]
    in_view = card.evaluate(
        "c => { const r = c.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }"
    )
    assert in_view, "the targeted card was not scrolled into view"


def test_a_speaker_page(open_seed, site: tuple[Path, str]) -> None:
    """A generated speaker page: a round photo, talk links that lead to the agenda."""
    if site[1] != "examples/seed.html":
        pytest.skip("the speaker pages are those of the docs")
    page = open_seed(PHONE, "meetup/speakers/%E4%BB%98%E9%93%96.html")  # 付铖
    _screenshot(page, "speaker-375.png")
    assert page.locator("section > h1").inner_text() == "付铖"
    assert _broken_images(page) == []
    photo = page.locator(".meetup-speaker-profile img.meetup-photo")
    size = photo.evaluate("i => [i.getBoundingClientRect().width, i.height,"
                          " getComputedStyle(i).borderRadius]")
    assert size == [160, 160, "50%"], f"photo drawn as {size}"
    links = page.locator(".meetup-speaker-talks a:has(.meetup-talk)")
    assert links.count() == 2, "付铖 gives two talks at the seed event"
    border = links.first.locator("span").evaluate("s => getComputedStyle(s).borderLeftWidth")
    assert border == "0px", "a talk reference is not styled as an agenda entry"
    href = links.first.get_attribute("href") or ""
    links.first.click()
    page.wait_for_url(re.compile(r"/examples/seed\.html#meetup-.*-talk-\d+$"))
    page.wait_for_load_state("load")
    target = page.evaluate("() => document.querySelector(':target')?.className")
    assert "meetup-talk" in (target or "").split(), f"{href} leads to {target!r}"


def _column_boxes(page) -> list[dict[str, float]]:
    return page.eval_on_selector_all(
        ".meetup-room-column",
        "cols => cols.map(c => { const r = c.getBoundingClientRect();"
        " return {x: Math.round(r.x), y: Math.round(r.y + scrollY), w: r.width}; })",
    )


def test_parallel_rooms_side_by_side(open_seed) -> None:
    """A structured programme's two rooms: side by side when wide, stacked on a phone."""
    page = open_seed(WIDE, "examples/utrecht.html")
    _screenshot(page, "utrecht-1280.png")
    wide = _column_boxes(page)
    assert len(wide) == 2, f"the example has two rooms, got {len(wide)} columns"
    assert wide[0]["y"] == wide[1]["y"] and wide[0]["x"] < wide[1]["x"], wide
    phone = _column_boxes(open_seed(PHONE, "examples/utrecht.html"))
    assert phone[0]["x"] == phone[1]["x"] and phone[0]["y"] < phone[1]["y"], phone
