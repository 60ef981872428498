"""schema.org Event JSON-LD and Open Graph tags in the head of event pages."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from export_helpers import (
    BASE,
    HOSTILE_TITLE,
    SCHEMA,
    check_google_event,
    head,
    no_script_injection,
)

IMAGE = BASE + "_meetup/images/"


@pytest.mark.sphinx("html", testroot="export")
def test_event_pages_carry_google_event_data(app) -> None:
    app.build()
    outdir = Path(app.outdir)
    for page in ("shanghai", "amsterdam", "allday", "hostile"):
        found = head(outdir, page).ld_json()
        assert len(found) == 1, page
        check_google_event(found[0])
    for page in ("index", "undated", "genindex"):
        assert head(outdir, page).ld_json() == [], f"{page}: a listing or an undated event"


@pytest.mark.sphinx("html", testroot="export")
def test_event_data_values(app) -> None:
    app.build()
    outdir = Path(app.outdir)
    [shanghai] = head(outdir, "shanghai").ld_json()
    assert shanghai["name"] == "Cloud Native Night Shanghai"
    assert shanghai["startDate"] == "2027-01-16T14:00:00+08:00"
    assert shanghai["endDate"] == "2027-01-16T17:30:00+08:00"
    assert shanghai["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"
    assert shanghai["location"]["address"]["addressLocality"] == "上海"
    assert shanghai["location"]["name"] == "徐汇区云锦路 500 号"
    assert shanghai["offers"]["price"] == 0
    assert shanghai["offers"]["url"] == "https://example.com/register/shanghai"
    assert shanghai["organizer"] == [{"@type": "Organization", "name": "CNCF",
                                      "url": "https://www.cncf.io"}]
    assert [p["name"] for p in shanghai["performer"]] == ["Alice Wang", "Bob Li"]
    assert shanghai["url"] == BASE + "shanghai.html"
    [image] = shanghai["image"]
    assert image.startswith(IMAGE) and image.endswith(".png")
    assert (outdir / image[len(BASE):]).read_bytes().startswith(b"\x89PNG")
    talks = shanghai["subEvent"]
    assert [t["name"] for t in talks] == ["Operators in practice", "Mesh at scale"]
    assert talks[1]["startDate"] == "2027-01-16T14:40:00+08:00"
    assert talks[1]["performer"] == [{"@type": "Person", "name": "Bob Li"}]

    [amsterdam] = head(outdir, "amsterdam").ld_json()
    assert amsterdam["startDate"] == "2027-03-27T10:00:00+01:00"
    assert amsterdam["endDate"] == "2027-03-28T16:00:00+02:00", "the offset after the change"
    assert amsterdam["eventAttendanceMode"] == SCHEMA + "MixedEventAttendanceMode"
    place, virtual = amsterdam["location"]
    assert place["name"] == "Science Park 123"
    assert place["address"]["addressLocality"] == "Amsterdam"
    assert virtual == {"@type": "VirtualLocation", "url": "https://example.com/register/amsterdam"}
    assert amsterdam["offers"]["price"] == 15 and amsterdam["offers"]["priceCurrency"] == "EUR"

    [allday] = head(outdir, "allday").ld_json()
    assert (allday["startDate"], allday["endDate"]) == ("2027-05-01", "2027-05-02")
    assert allday["offers"] == {"@type": "Offer", "price": 50, "priceCurrency": "CNY",
                                "validFrom": "2027-05-01"}


@pytest.mark.sphinx("html", testroot="export")
def test_hostile_values_cannot_leave_the_script(app) -> None:
    app.build()
    outdir = Path(app.outdir)
    html = (outdir / "hostile.html").read_text(encoding="utf-8")
    no_script_injection(html)
    parsed = head(outdir, "hostile")
    [data] = parsed.ld_json()
    assert data["name"] == HOSTILE_TITLE, "the title survives, as text"
    assert "<!-- comment --> & more" in data["description"]
    assert data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": BASE + "hostile.html"}
    assert "offers" not in data, "a javascript: registration link is no offer"
    assert "organizer" not in data or all("url" not in o for o in data["organizer"])
    scripts = [attrs.get("src") or attrs.get("type") for attrs, _text in parsed.scripts]
    shanghai = [a.get("src") or a.get("type") for a, _t in head(outdir, "shanghai").scripts]
    assert scripts == shanghai, "no script more than on any other event page"
    assert dict(parsed.og())["og:title"] == HOSTILE_TITLE


@pytest.mark.sphinx("html", testroot="export")
def test_open_graph_tags(app) -> None:
    app.build()
    outdir = Path(app.outdir)
    tags = head(outdir, "shanghai").og()
    assert all(count == 1 for count in Counter(k for k, _v in tags).values()), tags
    og = dict(tags)
    assert og["og:title"] == "Cloud Native Night Shanghai"
    assert og["og:description"] == "Two talks on operators and service meshes, then drinks."
    assert og["og:url"] == BASE + "shanghai.html"
    assert og["og:image"].startswith(IMAGE)
    assert og["og:type"] == "website"
    # without a description: when and where
    assert dict(head(outdir, "allday").og())["og:description"] == "2027-05-01 · Hangzhou"
    assert head(outdir, "index").og() == [], "listings get no event tags"


@pytest.mark.sphinx(
    "html", testroot="export", srcdir="export-ogp",
    confoverrides={"extensions": ["sphinx_meetup", "sphinxext.opengraph"],
                   "ogp_site_url": "https://meetup.example.org/docs/"},
)
def test_sphinxext_opengraph_is_fed_not_duplicated(app) -> None:
    pytest.importorskip("sphinxext.opengraph")
    app.build()
    outdir = Path(app.outdir)
    tags = head(outdir, "shanghai").og()
    counts = Counter(k for k, _v in tags)
    assert counts["og:title"] == 1 and all(c == 1 for c in counts.values()), tags
    og = dict(tags)
    assert og["og:title"] == "Cloud Native Night Shanghai"
    assert og["og:description"] == "Two talks on operators and service meshes, then drinks."
    assert og["og:image"].startswith(IMAGE)
    assert og["og:url"] == BASE + "shanghai.html"
    assert og["og:site_name"] == "Example Meetups", "the extension's own tags stay"
    # the page's metadata in the environment is not changed for other builders
    assert "og:title" not in (app.env.metadata.get("shanghai") or {})
    # pages without events are the extension's alone
    assert dict(head(outdir, "index").og())["og:title"] == "Example Meetups"


def test_script_text_escapes_what_could_end_the_script() -> None:
    """Values the reader keeps as they are, escaped one by one."""
    from sphinx_meetup.export.jsonld import script_text

    data = {"name": "</script><script>alert(1)</script>", "x": "a\u2028b\u2029c <!-- & -->"}
    text = script_text(data)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == data
