"""Every real page of both shared corpora, built in one Sphinx project.

The corpora are third-party text: they are copied into a temporary project at test time,
never into the repository. No page may break the build; every warning must point at an
event file and line and say what is wrong with that page.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import Page, clean, warning_lines

from sphinx_meetup.reader import read_file
from sphinx_meetup.render.header import when_text
from sphinx_meetup.safety import safe_url

#: how to confirm, from the page itself, that a warning names a real problem of it
_PROOF = {
    # the quoted photo or image is not in the copied site
    "meetup.image": lambda file, line, quoted: not _exists_near(file, quoted),
    # the quoted link is on that line and is not an http(s)/mailto URL
    "meetup.url": lambda file, line, quoted: quoted in _line(file, line)
    and not quoted.startswith(("http://", "https://", "mailto:")),
    # that line really has an HTML tag in it
    "meetup.html": lambda file, line, quoted: re.search(r"</?[a-zA-Z][^>]*>", _line(file, line)),
    # the agenda entry (or the section) the reader could not trust is on that line
    "meetup.programme": lambda file, line, quoted: bool(quoted)
    and quoted in _line(file, line),
}


def _line(file: Path, number: int) -> str:
    return file.read_text(encoding="utf-8").splitlines()[number - 1]


def _exists_near(file: Path, quoted: str) -> bool:
    relative = quoted.lstrip("/")
    site = next((p for p in file.parents if p.name == "content"), file.parent).parent
    return any((base / relative).exists() for base in (file.parent, site / "static"))


@pytest.fixture(scope="module")
def corpus_site(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with one page per corpus event (both schemas), built as a site does."""
    srcdir = tmp_path_factory.mktemp("corpus-site")
    shutil.copytree(shared_dir / "corpus" / "events", srcdir / "events")
    hugo = shared_dir / "corpus-hugoblox"
    for site in sorted(p for p in hugo.iterdir() if p.is_dir()):
        shutil.copytree(site, srcdir / "hugo" / site.name)
    files = sorted(
        path for path in [*srcdir.glob("events/**/*.md"), *srcdir.glob("hugo/**/event/**/*.md")]
        if path.name != "_index.md"
    )
    pages = []
    for number, path in enumerate(files):
        relative = path.relative_to(srcdir).as_posix()
        name = f"event{number:03d}"
        slug = re.sub(r"[^a-z0-9]+", "-", relative.lower().removesuffix(".md"))
        (srcdir / f"{name}.rst").write_text(
            f".. meetup-event:: /{relative}\n   :slug: {slug}\n", encoding="utf-8")
        pages.append((name, relative))
    toctree = "".join(f"   {name}\n" for name, _ in pages)
    (srcdir / "index.rst").write_text(f"Corpus\n======\n\n.. toctree::\n\n{toctree}",
                                      encoding="utf-8")
    (srcdir / "conf.py").write_text(
        'project = "corpus"\nextensions = ["sphinx_meetup"]\n'
        'exclude_patterns = ["events", "hugo"]\nmeetup_today = "2026-01-01"\n',
        encoding="utf-8",
    )
    (srcdir / "pages.txt").write_text(
        "\n".join(f"{name} {relative}" for name, relative in pages), encoding="utf-8")
    return srcdir


def _fold(text: str) -> str:
    """Text as compared here: whitespace collapsed, and quotes and dashes dropped (Sphinx
    curls quotes and turns ``--`` into dashes in every page)."""
    return re.sub("[\"'‘’“”\\-–—]", "", clean(text))


def check_page_shows_what_was_read(page: Page, path: Path) -> None:
    """The page shows the event's name, day, place, talks, speakers and links."""
    event = read_file(path)
    text = _fold(" ".join(e["text"] for e in page.elements if e["tag"] == "body"))
    hrefs = {e["attrs"].get("href") for e in page.elements if e["tag"] == "a"}
    assert _fold(event.title) in text, (path, event.title)
    assert _fold(when_text(event, "en")) in text, (path, event.start)
    for place in (event.location, event.venue):
        assert place is None or _fold(place) in text, (path, place)
    for talk in event.talks:
        assert _fold(talk.title) in text, (path, talk.title)
        for name in talk.speakers:
            assert _fold(name) in text, (path, name)
        for url in (talk.video, talk.slides):
            assert url is None or safe_url(url) is None or url in hrefs, (path, url)
    for speaker in event.speakers:
        assert _fold(speaker.name) in text, (path, speaker.name)
    for url in [*event.replays, *event.slides, *(link.url for link in event.links)]:
        assert safe_url(url) is None or url in hrefs, (path, url)


def test_every_corpus_page_builds_and_warns_only_about_real_problems(
    make_app, corpus_site: Path
) -> None:
    app = make_app("html", srcdir=corpus_site, freshenv=True)
    app.build()
    pages = [line.split(" ", 1) for line in
             (corpus_site / "pages.txt").read_text(encoding="utf-8").splitlines()]
    assert len(pages) >= 60
    for name, relative in pages:
        html = (Path(app.outdir) / f"{name}.html").read_text(encoding="utf-8")
        page = Page(html)
        assert page.by_class("meetup-event"), f"{relative} rendered no event"
        check_page_shows_what_was_read(page, corpus_site / relative)

    subtypes = set()
    for line in warning_lines(app._warning):
        match = re.match(rf"{re.escape(str(corpus_site))}/(?P<file>(?:events|hugo)/[^:]+):"
                         r"(?P<line>\d+): WARNING: (?P<message>.*) \[(?P<type>meetup\.[a-z-]+)\]$",
                         line)
        assert match, f"a warning that does not name an event file and line: {line}"
        quoted = re.search(r"'([^']*)'", match["message"])
        proof = _PROOF.get(match["type"])
        assert proof is not None, f"unexpected kind of warning: {line}"
        assert proof(corpus_site / match["file"], int(match["line"]),
                     quoted[1] if quoted else ""), f"not a real problem of the page: {line}"
        subtypes.add(match["type"])
    # the corpus has missing photos, Hugo-relative links and HTML in bodies: all seen
    assert subtypes == set(_PROOF)
