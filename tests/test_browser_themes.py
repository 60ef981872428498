"""Event pages in five Sphinx themes, in Debian's headless Chromium, on a phone and a
desktop, light and dark (where the theme has a dark mode).

One project (``tests/roots/test-themes`` plus the docs' event files and photos) is built
once per theme; each test opens its pages at one viewport and colour scheme and checks
what a reader meets: no sideways scroll, Chinese marked as Chinese, real headings, the
extension's own colours readable (WCAG AA, from computed styles), the Register button on
the first screen of a phone, alt text on every image, nothing fetched from elsewhere.
Without Chromium (or a theme) the tests are skipped, except under ``CI=true``.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from browser_support import SCREENSHOTS, served, unavailable

pytestmark = pytest.mark.browser

HERE = Path(__file__).parent
ROOT = HERE / "roots" / "test-themes"
DOCS_EVENTS = HERE.parent / "docs" / "events"
#: theme -> whether it has a dark mode that follows the system's
THEMES = {
    "alabaster": False,
    "furo": True,
    "pydata_sphinx_theme": True,
    "sphinx_book_theme": True,
    "sphinx_rtd_theme": False,
}
PHONE = {"width": 375, "height": 812}
WIDE = {"width": 1280, "height": 900}
EVENT_PAGES = ("seed.html", "amsterdam.html", "london.html")
CASES = [
    pytest.param((theme, name, viewport, scheme), id=f"{theme}-{name}-{scheme}")
    for theme, dark in THEMES.items()
    for name, viewport in (("375", PHONE), ("1280", WIDE))
    for scheme in (("light", "dark") if dark else ("light",))
]
#: the first screen of a phone, below the theme's own bar
FIRST_SCREEN = PHONE["height"]


@functools.cache
def _build(theme: str, out: Path) -> Path:
    """The test project in ``theme``, built once per session."""
    from sphinx.cmd.build import build_main

    src = out / "src"
    shutil.copytree(ROOT, src)
    shutil.copytree(DOCS_EVENTS, src / "events", dirs_exist_ok=True)
    html = out / "html"
    status = build_main(["-q", "-W", "--keep-going", "-b", "html", "-D", f"html_theme={theme}",
                         "-d", str(out / "doctrees"), str(src), str(html)])
    assert status == 0, f"the build in {theme} failed (status {status})"
    return html


@pytest.fixture(scope="session")
def themes_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("themes")


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """The base URL of a built site, one server per folder, all shut down at the end of
    the session (while their threads still run: a server left to the interpreter's exit
    waits forever in ``shutdown()``)."""
    with contextlib.ExitStack() as servers:
        urls: dict[Path, str] = {}

        def url(directory: Path) -> str:
            if directory not in urls:
                urls[directory] = servers.enter_context(served(directory))
            return urls[directory]

        yield url


class Visit:
    """The pages of one theme at one viewport and colour scheme; requests recorded."""

    def __init__(self, browser, base: str, viewport: dict[str, int], scheme: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport=viewport, color_scheme=scheme)
        self.requests: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/]|data:|blob:|about:).*"),
                           lambda route: route.abort())

    def open(self, path: str):
        page = self.context.new_page()
        page.set_default_timeout(15_000)
        page.goto(self.base + path, wait_until="load")
        page.evaluate("""async () => {
            for (const img of document.images) img.loading = "eager";
            await Promise.all([...document.images].map(i => i.decode().catch(() => null)));
            await document.fonts.ready;
        }""")
        page.wait_for_timeout(50)  # themes set data-theme from the colour scheme on load
        return page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(request, browser, serve, themes_dir: Path) -> Iterator[Visit]:
    theme, _name, viewport, scheme = request.param
    if importlib.util.find_spec(theme) is None and theme != "alabaster":
        unavailable(f"the {theme} theme is not installed (pip install -e '.[test]')")
    html = _build(theme, themes_dir / theme)
    opened = Visit(browser, serve(html), viewport, scheme)
    yield opened
    opened.close()


#: colours: the contrast of an element's text with what is behind it, from computed
#: styles (backgrounds blended up the tree, opacity applied to the text)
CONTRAST_JS = """(el) => {
  const parse = (c) => { const m = c.match(/[\\d.]+/g) || [0, 0, 0, 0];
    return [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1]; };
  const over = (top, under) => { const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]); };
  let layers = [], opacity = 1;
  for (let n = el; n; n = n.parentElement) {
    const s = getComputedStyle(n);
    opacity *= +s.opacity;
    const bg = parse(s.backgroundColor);
    if (bg[3] > 0) layers.push(bg);
  }
  let back = [255, 255, 255, 1];
  for (const layer of layers.reverse()) back = over(layer, back);
  const fg = parse(getComputedStyle(el).color);
  const text = over([fg[0], fg[1], fg[2], fg[3] * opacity], back);
  const lum = (c) => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const [hi, lo] = [lum(text), lum(back)].sort((a, b) => b - a);
  return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}"""


class Problems(list):
    """Everything wrong on the pages of one case, reported together."""

    def check(self, ok: object, message: str) -> None:
        if not ok:
            self.append(message)


#: a heading's text without the theme's permalink (¶, #, an icon font's glyph)
HEADING_TEXT = """hs => hs.map(h => [...h.childNodes]
    .filter(n => !(n.classList && n.classList.contains('headerlink')))
    .map(n => n.textContent).join('').trim())"""


def _no_sideways_scroll(page, problems: Problems) -> None:
    widths = page.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    problems.check(widths[0] <= widths[1] + 1, f"{page.url}: sideways scroll {widths}")


def _images_have_alt(page, problems: Problems) -> None:
    missing = page.evaluate(
        "() => [...document.images].filter(i => !i.hasAttribute('alt')).map(i => i.src)")
    problems.check(missing == [], f"{page.url}: images without alt: {missing}")


def _cjk_is_marked(page, problems: Problems, root: str = ".meetup-event") -> None:
    unmarked = page.evaluate(r"""(root) => {
      const out = [];
      const walker = document.createTreeWalker(document.querySelector(root),
                                               NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (!/[\u4e00-\u9fff]/.test(t.data)) continue;
        const lang = t.parentElement.closest('[lang]').getAttribute('lang');
        if (!lang.startsWith('zh')) out.push([t.data.trim().slice(0, 20), lang]);
      }
      return out;
    }""", root)
    problems.check(unmarked == [], f"{page.url}: Chinese text without lang=zh: {unmarked}")


def _contrast(page, selector: str) -> list[tuple[str, float]]:
    return [(el.inner_text()[:20], el.evaluate(CONTRAST_JS))
            for el in page.locator(selector).all() if el.is_visible()]


def _boxes(page, selector: str) -> list[dict[str, float]]:
    return page.eval_on_selector_all(selector, """els => els.map(e => {
        const r = e.getBoundingClientRect();
        return {top: r.top + scrollY, height: r.height, text: e.innerText.slice(0, 20)}; })""")


@pytest.mark.parametrize("visit", CASES, indirect=True)
def test_event_pages(visit: Visit, request) -> None:
    theme, name, viewport, scheme = request.node.callspec.params["visit"]
    phone = viewport is PHONE
    problems = Problems()
    for path in EVENT_PAGES:
        page = visit.open(path)
        if (path == "seed.html" and scheme == "light") or path == "london.html":
            SCREENSHOTS.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"{theme}-{path[:-5]}-{name}-{scheme}.png"),
                            full_page=True)
        _check_event_page(page, path, theme, phone, scheme, problems)
        page.close()
    # the listing table fits: every column visible at 1280 px
    page = visit.open("listing.html")
    _no_sideways_scroll(page, problems)
    _cjk_is_marked(page, problems, ".meetup-events")
    if not phone:
        cut = page.locator("table.meetup-events-table").evaluate_all("""ts => ts.map(t => {
            let n = t.parentElement;
            while (n && getComputedStyle(n).overflowX === 'visible') n = n.parentElement;
            const box = (n || document.documentElement).getBoundingClientRect();
            const right = Math.min(box.right, innerWidth);
            const last = [...t.querySelectorAll('th')].pop().getBoundingClientRect();
            return last.right - right; })""")
        problems.check(cut and max(cut) <= 1, f"listing: the Speakers column is cut by {cut}px")
    page.close()
    outside = [u for u in visit.requests if not u.startswith(visit.base)
               and not u.startswith(("data:", "blob:", "about:"))]
    problems.check(outside == [], f"requests to other sites on load: {sorted(set(outside))[:5]}")
    assert not problems, "\n".join(problems)


def _check_event_page(page, path: str, theme: str, phone: bool, scheme: str,
                      problems: Problems) -> None:
    _no_sideways_scroll(page, problems)
    _images_have_alt(page, problems)
    # headings: the event is the page (h1), its parts sections (h2), talks h3
    h2 = set(page.locator("section.meetup-event h2").evaluate_all(HEADING_TEXT))
    problems.check({"Speakers", "Agenda"} <= h2, f"{path}: h2 are {h2}")
    talks = page.locator("section.meetup-talk > h3").count()
    problems.check(talks == page.locator(".meetup-talk").count() > 0,
                   f"{path}: {talks} talk headings")
    problems.check(page.locator(".meetup-event p.rubric").count() == 0, f"{path}: rubrics")
    # tap targets: buttons and speaker links at least 44 px tall
    small = [b for b in _boxes(page, ".meetup-event .sd-btn, .meetup-speaker-link")
             if b["height"] < 44 - 0.5]
    problems.check(small == [], f"{path}: tap targets under 44 px: {small[:3]}")
    # the speaker grid: round photos (on a phone), no band behind the card text
    bands = page.evaluate("""() => [...document.querySelectorAll(
          '.meetup-speaker .sd-card-body')].filter(b => {
          const own = getComputedStyle(b).backgroundColor;
          const card = getComputedStyle(b.closest('.meetup-speaker')).backgroundColor;
          return !(own === 'rgba(0, 0, 0, 0)' || own === 'transparent' || own === card);
        }).length""")
    problems.check(bands == 0, f"{path}: the card body has a background of its own")
    if phone:
        radii = page.locator(".meetup-speaker img.meetup-photo").evaluate_all(
            "imgs => imgs.map(i => getComputedStyle(i).borderRadius)")
        problems.check(all(r == "50%" for r in radii), f"{path}: square photos {radii}")
    # the agenda keeps its inset whatever the theme does to divs and sections
    insets = page.locator(".meetup-talk").evaluate_all(
        "ts => ts.map(t => parseFloat(getComputedStyle(t).paddingLeft))")
    problems.check(min(insets) >= 8, f"{path}: agenda entries lost their padding {insets}")
    problems.check(page.locator(".meetup-actions li, .meetup-links li").count() == 0,
                   f"{path}: list bullets among the buttons")
    # the extension's own colours: AA for small text
    for selector in (".meetup-topic", ".meetup-time", ".meetup-break .meetup-time",
                     ".meetup-aliases", ".meetup-designation"):
        low = [(t, c) for t, c in _contrast(page, selector) if c < 4.5]
        problems.check(low == [], f"{path}: {selector} below 4.5:1 in {scheme}: {low}")
    if path == "seed.html":
        _cjk_is_marked(page, problems)
    if path in {"amsterdam.html", "london.html"} and phone:
        register = page.locator(".meetup-register").bounding_box()
        problems.check(
            register is not None and register["y"] + register["height"] <= FIRST_SCREEN,
            f"{path}: the Register button ends at {register} on a {FIRST_SCREEN}px screen")
        facts = page.evaluate("""() => [...document.querySelectorAll(
            '.meetup-facts > dt')].map(dt => [dt.getBoundingClientRect().top,
            dt.nextElementSibling.getBoundingClientRect().top])""")
        problems.check(all(abs(a - b) < 8 for a, b in facts), f"{path}: facts stacked")
    if theme in {"pydata_sphinx_theme", "sphinx_book_theme"} and not phone:
        toc = page.locator(".bd-toc-nav, #pst-page-toc-nav").first.inner_text()
        problems.check("Agenda" in toc, f"{path}: the 'On this page' sidebar is {toc!r}")
