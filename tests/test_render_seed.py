"""The seed event rendered by real Sphinx builds: rST and MyST give the same page."""

from __future__ import annotations

import shutil

import pytest
from helpers import Page, clean, warning_lines

SEED = "events/service-mesh-meetup-09-hangzhou.md"
TALKS = [
    "蚂蚁集团 API Gateway Mesh 的思考与实践",
    "酷家乐的 Istio 与 Knative 踩坑实录",
    "云原生开放智能网络代理 MOSN 金融级云原生架构助推器",  # "-蚂蚁集团" is an affiliation
    "圆桌环节：Service Mesh 落地的务实与创新",
    "蚂蚁集团 Service Mesh 技术风险思考和实践",
    "网易严选的 Service Mesh 实践",
]
FRONT_MATTER_SPEAKERS = ["靳文祥", "付铖", "黄家琦", "王国云"]


def check_seed_page(html: str) -> None:
    page = Page(html)
    assert "<title>Service Mesh Meetup #9 杭州站" in html
    h1 = [e for e in page.elements if e["tag"] == "h1"]
    assert clean(h1[0]["text"]).startswith("Service Mesh Meetup #9 杭州站")

    header = page.one("meetup-header")
    assert "Saturday, December 28, 2019" in header["text"]
    for value in ("中国杭州", "杭州西溪谷 G 座（滴滴）", "Free", "Service Mesh", "ServiceMesher"):
        assert value in header["text"]
    sponsor = [e for e in page.elements if e["attrs"].get("href") == "https://www.servicemesher.com"]
    assert sponsor and sponsor[0]["text"] == "ServiceMesher"
    register = page.one("meetup-register")
    assert register["attrs"]["href"] == "https://tech.antfin.com/activities/949"
    assert "sd-btn" in register["classes"]

    cards = page.by_class("meetup-speaker")
    names = [clean(e["text"]) for e in page.by_class("meetup-name")]
    assert names[:4] == FRONT_MATTER_SPEAKERS, "front-matter speakers first, in order"
    # people the body names who are not in the front matter are shown too
    for body_only in ("贾岛", "嘉祁", "鲁直", "张超盟"):
        assert body_only in names
    assert len(cards) == len(names)
    assert "酷家乐技术专家" in cards[1]["text"]
    assert all(card["attrs"].get("id") for card in cards)
    card_ids = {card["attrs"]["id"]: clean(card["text"]) for card in cards}

    talks = page.by_class("meetup-talk")
    assert [clean(t["text"]).split(" ")[0] for t in talks] == [t.split(" ")[0] for t in TALKS]
    titles = [clean(e["text"]).rstrip("¶") for e in page.by_class("meetup-talk-title")]
    assert titles == TALKS
    # the event owns the page: a section per part (h2), one per talk (h3), and the
    # body's own heading where the file has it, before the speakers and the agenda
    body = Page(html[html.index("<section"):html.rindex("</section>")])
    headings = [(e["tag"], clean(e["text"]).rstrip("¶")) for e in body.elements
                if e["tag"] in {"h1", "h2", "h3", "h4"}]
    assert headings == [("h1", "Service Mesh Meetup #9 杭州站"), ("h2", "关于本次活动"),
                        ("h2", "Speakers"), ("h2", "Agenda"), *(("h3", t) for t in TALKS),
                        ("h2", "Replay")]
    assert not page.by_class("rubric")
    # Chinese text on an English site says so, so browsers pick a Chinese font
    for element in (h1[0], page.one("meetup-description"), *page.by_class("meetup-name"),
                    *page.by_class("meetup-talk-title"), *page.by_class("meetup-talk-speakers")):
        assert element["attrs"].get("lang") == "zh-CN", element
    assert all("lang" not in e["attrs"] for e in page.by_class("meetup-date"))
    abstracts = page.by_class("meetup-abstract")
    assert len(abstracts) == 4, "the MOSN talk and the panel have no abstract"
    speaker_lines = [clean(e["text"]) for e in page.by_class("meetup-talk-speakers")]
    assert speaker_lines[3].count(",") == 4, "the panel has five speakers"
    links = page.by_class("meetup-speaker-link")
    fucheng = [link for link in links if link["text"] == "付铖"]
    assert fucheng, "talk speakers link to their cards"
    for link in fucheng:
        target = link["attrs"]["href"].lstrip("#")
        assert "付铖 酷家乐技术专家" in card_ids[target]
    # every talk speaker, body-only people included, links to the card of that name
    for link in links:
        assert link["text"] in card_ids[link["attrs"]["href"].lstrip("#")], link

    # before the event the header calls to register; the replay (linked in advance)
    # is in the Replay section, once, named by its host
    replay = page.one("meetup-replay-link")
    assert replay["attrs"]["href"] == "https://tech.antfin.com/community/activities/1056"
    assert replay["text"] == "Watch the replay on tech.antfin.com"
    assert html.count('href="https://tech.antfin.com/community/activities/1056"') == 1
    assert page.one("meetup-replay")
    # the rest of the body, once: the description paragraph, not the fact lines
    assert html.count("ServiceMesher 社区主办") == 1
    assert "时间：2019年12月28日" not in html


@pytest.mark.sphinx("html", testroot="seed")
def test_seed_in_rst(app, warning) -> None:
    app.build()
    check_seed_page((app.outdir / "index.html").read_text(encoding="utf-8"))
    check_photo_warnings(warning_lines(warning))


@pytest.mark.sphinx("html", testroot="seed-myst")
def test_seed_in_myst_matches_rst(app, warning) -> None:
    app.build()
    check_seed_page((app.outdir / "index.html").read_text(encoding="utf-8"))
    check_photo_warnings(warning_lines(warning))


def check_photo_warnings(lines: list[str]) -> None:
    """Missing photos are the seed's only problems, each at its line in the event file."""
    assert len(lines) == 4, lines
    for line, number in zip(lines, (22, 27, 32, 37), strict=True):
        assert f"{SEED}:{number}: WARNING: photo" in line
        assert line.endswith("[meetup.image]")


@pytest.mark.sphinx("html", testroot="zh")
def test_zh_cn_labels_and_date_after_the_event(app, warning) -> None:
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    page = Page(html)
    for label in ("讲师", "议程", "免费", "城市", "地点"):
        assert label in html
    assert "2019年12月28日星期六" in page.one("meetup-header")["text"]
    # after the event: no registration button, the replay stands out instead
    assert not page.by_class("meetup-register")
    assert page.one("meetup-replay-button")["text"] == "在 tech.antfin.com 观看回放"
    # a Chinese site: Chinese text needs no lang of its own
    assert 'lang="zh-CN"' not in html.split("<body", 1)[1]
    assert warning.getvalue() == ""


@pytest.mark.parametrize(
    ("builder", "output"),
    [
        ("dirhtml", "index.html"),
        ("singlehtml", "index.html"),
        ("text", "index.txt"),
        ("latex", "sphinx-meetuptests.tex"),
        ("epub", "index.xhtml"),
    ],
)
def test_every_builder_shows_the_event(make_app, rootdir, tmp_path, builder, output) -> None:
    srcdir = tmp_path / "seed"
    shutil.copytree(rootdir / "test-seed", srcdir)
    # Chinese text needs a LaTeX engine that sets it (pdflatex is a meetup.latex warning)
    overrides = {"suppress_warnings": ["meetup.image"], "latex_engine": "xelatex"}
    app = make_app(builder, srcdir=srcdir, confoverrides=overrides)
    app.build()
    text = (app.outdir / output).read_text(encoding="utf-8")
    for expected in (*TALKS[:2], "付铖", "酷家乐技术专家", "杭州西溪谷"):
        assert expected in text.replace("\\-", "-"), f"{expected} missing from {builder}"
    if builder == "text":
        assert "Agenda" in text and "Speakers" in text
        assert "Service Mesh Meetup #9 杭州站" in text
    assert app._warncount == 0, app._warning.getvalue()


@pytest.mark.sphinx(
    "gettext",
    testroot="seed",
    srcdir="seed-gettext",
    confoverrides={"suppress_warnings": ["meetup.image"]},
)
def test_gettext_extracts_event_text(app) -> None:
    app.build()
    pot = (app.outdir / "index.pot").read_text(encoding="utf-8")
    assert 'msgid "Service Mesh Meetup #9 杭州站"' in pot
