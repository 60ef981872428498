"""Events in the outputs that are read as a book: LaTeX (the PDF's source), ePub, text.

These check the written files (no TeX needed); ``test_pdf.py`` compiles PDFs.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest


def warnings(app) -> list[str]:
    return [line for line in app._warning.getvalue().splitlines() if "WARNING" in line]

EVENTS = ("Mesh Night", "Kubernetes Day", "Old Meetup", "Bundle Meetup")
OPF = "{http://www.idpf.org/2007/opf}"


def _copy(rootdir: Path, tmp_path: Path, name: str = "eventsdir") -> Path:
    srcdir = tmp_path / name
    shutil.copytree(rootdir / f"test-{name}", srcdir)
    return srcdir


def _tex(app) -> str:
    return next(Path(app.outdir).glob("*.tex")).read_text(encoding="utf-8")


def test_latex_holds_every_event_with_working_links(make_app, rootdir, tmp_path) -> None:
    app = make_app("latex", srcdir=_copy(rootdir, tmp_path))
    app.build()
    tex = _tex(app)
    for title in EVENTS:
        assert title in tex, f"{title} is not in the LaTeX document"
    # each event is a section of its year's chapter, in the year's order
    sections = re.findall(r"\\(?:sub)*section\{([^}]*)\}", tex)
    assert sections.index("2024") < sections.index("Mesh Night") < sections.index(
        "Kubernetes Day") < sections.index("2023") < sections.index("Old Meetup")
    # every link of the document lands on a label (no ?? in the PDF)
    labels = set(re.findall(r"\\label\{\\detokenize\{([^}]*)\}\}", tex))
    links = set(re.findall(r"\\hyperref\[\\detokenize\{([^}]*)\}\]", tex))
    assert links, "no internal links at all"
    assert not links - labels, f"links without a label: {sorted(links - labels)}"
    assert any(":meetup-k8s-day-speaker-" in link for link in links)
    assert any(":meetup-k8s-day-talk-" in link for link in links)
    # the text says what the reference points to, not its slug
    assert re.search(r"the next event is\s*\{\\hyperref\[[^]]*mesh-night:[^]]*\].*Mesh Night", tex)


def test_year_pages_hold_their_events_only_for_books(make_app, rootdir, tmp_path) -> None:
    """HTML keeps event pages out of the sidebar; a book switches them in (and back)."""
    srcdir = _copy(rootdir, tmp_path)
    year = srcdir / "meetup" / "years" / "2024.rst"
    make_app("html", srcdir=srcdir).build()
    assert "toctree" not in year.read_text(encoding="utf-8")
    latex = make_app("latex", srcdir=srcdir)
    latex.build()
    assert "/meetup/events/mesh-night" in year.read_text(encoding="utf-8")
    assert "meetup-events" not in year.read_text(encoding="utf-8")
    html = make_app("html", srcdir=srcdir)
    html.build()
    assert "toctree" not in year.read_text(encoding="utf-8")


def test_epub_reads_every_event_in_order(make_app, rootdir, tmp_path) -> None:
    app = make_app("epub", srcdir=_copy(rootdir, tmp_path),
                   confoverrides={"version": "1.0", "copyright": "2026, tests"})
    app.build()
    book = next(Path(app.outdir).glob("*.epub"))
    with zipfile.ZipFile(book) as archive:
        opf = ElementTree.fromstring(archive.read("content.opf"))  # noqa: S314 (our own file)
        nav = archive.read("nav.xhtml").decode("utf-8")
    manifest = {item.get("id"): item.get("href") for item in opf.iter(f"{OPF}item")}
    spine = [(manifest[ref.get("idref")], ref.get("linear", "yes"))
             for ref in opf.iter(f"{OPF}itemref")]
    order = [href for href, _linear in spine]
    for slug in ("mesh-night", "k8s-day", "old-meetup", "bundle-meetup"):
        href = f"meetup/events/{slug}.xhtml"
        assert href in order, f"{slug} is not in the reading order"
        assert dict(spine)[href] == "yes", f"{slug} is outside the reading order"
        assert href in nav, f"{slug} is not in the ePub's navigation"
    assert order.index("meetup/events/mesh-night.xhtml") < order.index("about.xhtml")
    assert order.index("meetup/years/2024.xhtml") < order.index("meetup/events/mesh-night.xhtml")


def test_latex_prints_speakers_as_a_table_and_links_with_urls(make_app, rootdir, tmp_path) -> None:
    srcdir = _copy(rootdir, tmp_path, "seed")
    app = make_app("latex", srcdir=srcdir, confoverrides={
        "suppress_warnings": ["meetup.image"], "latex_engine": "xelatex",
        "meetup_today": "2019-12-01"})
    app.build()
    tex = _tex(app)
    assert r"\begin{longtable}{@{}m{2.7cm}" in tex
    assert "sd-row-cols" not in tex  # the card grid is gone
    # the register button and the sponsor print their URLs
    assert r"\sphinxurl{https://tech.antfin.com/activities/949}" in tex
    assert r"\sphinxurl{https://www.servicemesher.com}" in tex
    # no initials avatar: 付 alone on a line was the avatar of 付铖
    assert "\n付\n" not in tex
    assert "\u202f" not in tex
    assert not warnings(app)


def test_photos_print_at_a_fixed_width(make_app, rootdir, tmp_path) -> None:
    app = make_app("latex", srcdir=_copy(rootdir, tmp_path))
    app.build()
    tex = _tex(app)
    photos = re.findall(r"\\sphinxincludegraphics(\[[^]]*\])?\{\{xiaohan\}", tex)
    assert photos and all(p == "[width=2.5cm]" for p in photos)


def test_english_times_have_no_narrow_space(make_app, rootdir, tmp_path) -> None:
    """pdflatex cannot set U+202F, which CLDR puts before "PM"."""
    app = make_app("latex", srcdir=_copy(rootdir, tmp_path))
    app.build()
    tex = _tex(app)
    assert "7:00\u00a0PM" in tex
    assert "\u202f" not in tex


def test_cjk_on_pdflatex_is_one_warning_naming_xelatex(make_app, rootdir, tmp_path) -> None:
    app = make_app("latex", srcdir=_copy(rootdir, tmp_path))
    app.build()
    found = [w for w in warnings(app) if "meetup.latex" in w]
    assert len(found) == 1, warnings(app)
    assert 'latex_engine = "xelatex"' in found[0]
    xelatex = make_app("latex", srcdir=_copy(rootdir, tmp_path / "x"),
                       confoverrides={"latex_engine": "xelatex"})
    xelatex.build()
    assert not [w for w in warnings(xelatex) if "meetup.latex" in w]


def test_text_prints_urls_and_no_avatar(make_app, rootdir, tmp_path) -> None:
    srcdir = _copy(rootdir, tmp_path, "seed")
    app = make_app("text", srcdir=srcdir, confoverrides={"suppress_warnings": ["meetup.image"],
                                                         "meetup_today": "2019-12-01"})
    app.build()
    text = (Path(app.outdir) / "index.txt").read_text(encoding="utf-8")
    assert "(https://tech.antfin.com/activities/949)" in text
    assert not re.search(r"^\s*付\s*$", text, re.M)


def test_reference_to_a_page_outside_the_pdf_warns(make_app, rootdir, tmp_path) -> None:
    """An event on an orphan page cannot be linked in LaTeX: its name and a warning."""
    srcdir = _copy(rootdir, tmp_path)
    (srcdir / "lonely.rst").write_text(
        ":orphan:\n\n.. meetup-event:: events/mesh-night.md\n   :slug: lonely\n",
        encoding="utf-8")
    with (srcdir / "about.rst").open("a", encoding="utf-8") as about:
        about.write("\nSee :meetup:event:`lonely`.\n")
    app = make_app("latex", srcdir=srcdir, confoverrides={"latex_engine": "xelatex"})
    app.build()
    orphans = [w for w in warnings(app) if "is not in this latex output" in w]
    assert len(orphans) == 1, warnings(app)
    assert "meetup.ref" in orphans[0] and "about.rst" in orphans[0]
    tex = _tex(app)
    assert re.search(r"See \\DUrole\{xref\}.*\{Mesh Night\}+\.", tex)
    assert "lonely" not in tex


@pytest.mark.parametrize("builder", ["html", "epub"])
def test_web_builders_keep_the_card_grid(make_app, rootdir, tmp_path, builder) -> None:
    app = make_app(builder, srcdir=_copy(rootdir, tmp_path, "seed"),
                   confoverrides={"suppress_warnings": ["meetup.image"], "version": "1"})
    app.build()
    page = "index.html" if builder == "html" else "index.xhtml"
    html = (Path(app.outdir) / page).read_text(encoding="utf-8")
    assert "sd-card" in html and "meetup-url" not in html
    if builder == "epub":  # the ePub shows a link's URL itself (epub_show_urls)
        assert "[https://tech.antfin.com/community/activities/1056]" in html


def test_parallel_rooms_print_as_lists_per_room(make_app, rootdir, tmp_path) -> None:
    app = make_app("latex", srcdir=_copy(rootdir, tmp_path, "programme"),
                   confoverrides={"latex_engine": "xelatex"})
    app.build()
    tex = _tex(app)
    labels = set(re.findall(r"\\label\{\\detokenize\{([^}]*)\}\}", tex))
    links = set(re.findall(r"\\hyperref\[\\detokenize\{([^}]*)\}\]", tex))
    assert not links - labels, f"links without a label: {sorted(links - labels)}"
    talks = re.findall(r"\\item \{\} \s*\\sphinxAtStartPar\s*\\phantomsection\\label\{"
                       r"\\detokenize\{tracks:[^}]*-talk-\d+\}\}", tex)
    assert len(talks) >= 4, "each talk of the tracks page is a list item with its label"
    assert "sd-row-cols" not in tex
