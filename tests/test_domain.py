"""The ``meetup`` domain: what it holds, references, ``objects.inv`` and its indices."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from handbook_helpers import build, copy_root, listing, page, warnings
from sphinx.util.inventory import InventoryFile

from sphinx_meetup.handbook.summary import EventSummary


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> object:
    return build(copy_root("handbook", tmp_path_factory.mktemp("domain")))


def test_events_are_kept_per_page_as_small_summaries(site: object) -> None:
    domain = site.env.get_domain("meetup")
    assert sorted(domain.events_by_doc) == ["autumn", "old", "secret", "spring", "summer"]
    spring = domain.events_by_doc["spring"][0]
    assert isinstance(spring, EventSummary)
    assert (spring.slug, spring.title, spring.docname) == ("spring-meetup", "Spring Meetup",
                                                           "spring")
    assert spring.start == "2024-03-10T14:00:00+08:00" and spring.topics == ("Kubernetes",)
    assert [s.name for s in spring.speakers] == ["肖涵", "Bob Li"]
    assert spring.speakers[0].aliases == ("涵畅",)
    assert [(t.title, t.speakers) for t in spring.talks] == [
        ("Operators in practice", ("肖涵",)), ("Scaling etcd", ("Bob Li",))]
    assert spring.source == "events/spring-meetup.md"
    assert domain.events_by_doc["secret"][0].draft
    copied = pickle.loads(pickle.dumps(domain.data))  # noqa: S301 - our own data
    assert copied == domain.data, "picklable, comparable"
    assert set(domain.watchers) == {"listings", "more", "refs"}


def test_clear_doc_and_merge(site: object) -> None:
    domain = site.env.get_domain("meetup")
    data = pickle.loads(pickle.dumps(domain.data))  # noqa: S301 - our own data
    domain.clear_doc("spring")
    assert domain.event("spring-meetup") is None
    assert "肖涵" not in [p.name for p in domain.people()]
    domain.merge_domaindata({"spring"}, data)
    assert domain.event("spring-meetup").docname == "spring"
    assert domain.data == data


def test_people_are_merged_by_alias(site: object) -> None:
    domain = site.env.get_domain("meetup")
    xiaohan = domain.person("涵畅")
    assert xiaohan is domain.person("肖涵")
    assert xiaohan.name == "肖涵", "a nickname does not become the name"
    assert [a.event.slug for a in xiaohan.appearances] == ["summer", "spring-meetup"]
    assert xiaohan.designation == "Engineer at Example"
    assert domain.person("Dan Draft") is None, "drafts are left out"


def test_references(site: object) -> None:
    html = page(site, "refs")
    assert 'href="spring.html#meetup-spring-meetup" title="Spring Meetup"><span class="xref ' \
           'meetup meetup-event">Spring Meetup</span></a>' in html, "a slug shows the title"
    assert 'href="summer.html#meetup-summer-meetup" title="Summer Meetup"><span class="xref ' \
           'meetup meetup-event">the summer one</span>' in html, "explicit title; :slug:"
    # a speaker by nickname: their card at their newest event
    assert 'href="summer.html#meetup-summer-meetup-speaker-1" title="肖涵">' in html
    assert 'href="spring.html#meetup-spring-meetup-speaker-2" title="Bob Li">' in html
    # a talk title shared by two events: the newest; a key picks one exactly
    assert 'href="autumn.html#meetup-autumn-meetup-talk-1"' in html
    assert 'href="spring.html#meetup-spring-meetup-talk-2" title="Scaling etcd"' in html
    assert 'href="autumn.html#meetup-autumn-meetup" title="Autumn Meetup"><span class="xref ' \
           'any meetup meetup-event">Autumn Meetup</span></a>' in html, ":any: works too"


def test_anchors_exist_where_references_point(site: object) -> None:
    for docname, anchor in [("spring", "meetup-spring-meetup"),
                            ("summer", "meetup-summer-meetup-speaker-1"),
                            ("spring", "meetup-spring-meetup-talk-2")]:
        assert f'id="{anchor}"' in page(site, docname)


def test_broken_reference_warns_at_its_location(site: object) -> None:
    text = warnings(site)
    refs = Path(site.srcdir, "refs.rst")
    assert f"{refs}:16: WARNING: meetup:event reference: no event with the slug " \
           "'no-such-event' in this site [meetup.ref]" in text
    assert "reference target not found" not in text, "only our warning, once"


def test_objects_inv_for_intersphinx(site: object) -> None:
    data = (Path(site.outdir) / "objects.inv").read_bytes()
    inventory = InventoryFile.loads(data, uri="https://example.org/handbook/").data
    events = inventory["meetup:event"]
    assert set(events) == {"spring-meetup", "summer", "autumn-meetup", "old-meetup"}
    assert events["spring-meetup"].uri == \
        "https://example.org/handbook/spring.html#meetup-spring-meetup"
    assert events["spring-meetup"].display_name == "Spring Meetup"
    speakers = inventory["meetup:speaker"]
    assert {"肖涵", "涵畅", "Bob Li", "Carol Zhang"} <= set(speakers)
    assert "Dan Draft" not in speakers
    talks = inventory["meetup:talk"]
    assert talks["spring-meetup/scaling-etcd"].display_name == "Scaling etcd"
    etcd = talks["spring-meetup/scaling-etcd"]
    assert etcd.uri.endswith("spring.html#meetup-spring-meetup-talk-2")


def test_indices(site: object) -> None:
    speakers = page(site, "meetup-speakerindex")
    for name in ("肖涵", "Bob Li", "Carol Zhang", "Spring Meetup", "Old Meetup"):
        assert name in speakers
    assert "Dan Draft" not in speakers
    events = page(site, "meetup-eventindex")
    events = events[events.index('<table class="indextable'):]
    assert events.index("2024") < events.index("Autumn Meetup") < events.index("Spring Meetup")
    assert events.index("Spring Meetup") < events.index("2023") < events.index("Old Meetup")


def test_duplicate_slug_warns_and_the_first_page_keeps_it(tmp_path: Path) -> None:
    srcdir = copy_root("handbook", tmp_path)
    (srcdir / "zz-copy.rst").write_text(
        ".. meetup-event:: events/old-meetup.md\n   :slug: spring-meetup\n", encoding="utf-8")
    (srcdir / "aa-again.rst").write_text(".. meetup-event:: events/summer-meetup.md\n"
                                         "   :slug: summer\n", encoding="utf-8")
    app = build(srcdir)
    text = warnings(app)
    assert f"{srcdir / 'zz-copy.rst'}: WARNING: event slug 'spring-meetup' is already used " \
           "by 'spring'" in text
    assert "'summer'" not in text, "one event file shown on two pages is no conflict"
    domain = app.env.get_domain("meetup")
    assert domain.event("spring-meetup").docname == "spring"
    assert domain.event("summer").docname == "aa-again", "the first page by name"
    assert listing(page(app, "listings"), "all-events") == [
        "Summer Meetup", "Autumn Meetup", "Spring Meetup", "Old Meetup"], "listed once"
