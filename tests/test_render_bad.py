"""Bad input never breaks a build: warnings with file and line, nothing injected."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import Page, warning_lines


def warnings_of(warning) -> list[str]:
    return warning_lines(warning)


def hrefs(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="([^"]*)"', html)


@pytest.mark.sphinx("html", testroot="bad", freshenv=True)
def test_bad_events_warn_and_the_site_still_builds(app, warning) -> None:
    app.build()
    messages = warnings_of(warning)
    text = "\n".join(messages)
    out = Path(app.outdir)
    for page in ("index", "malformed", "hostile", "types", "shapes", "misuse"):
        assert (out / f"{page}.html").is_file(), f"{page} was not written"

    # malformed YAML: a located frontmatter warning, and the body still renders
    assert re.search(r"events/malformed\.md:\d+: WARNING: malformed YAML front matter.*"
                     r"\[meetup\.frontmatter\]", text)
    malformed = (out / "malformed.html").read_text(encoding="utf-8")
    assert "The talk that still renders" in malformed
    assert "An abstract that must survive the broken front matter." in malformed

    # front matter that is a list: told, ignored, body kept
    assert re.search(r"events/list\.md:1: WARNING: front matter must be a mapping", text)
    assert "A talk under list front matter" in (out / "shapes.html").read_text(encoding="utf-8")

    # wrong types each have their line
    assert re.search(r"events/types\.md:3: WARNING: date: '20200501' is not a date.*"
                     r"\[meetup\.date\]", text)
    assert re.search(r"events/types\.md:5: WARNING: speaker should be a list", text)
    assert re.search(r"events/types\.md:8: WARNING: unknown time zone 'Mars/Olympus'", text)
    types = Page((out / "types.html").read_text(encoding="utf-8"))
    assert [n["text"] for n in types.by_class("meetup-name")] == ["Ada Lovelace", "Grace Hopper"]

    # misuse of the directive is a directive error, and the page goes on
    misuse = (out / "misuse.html").read_text(encoding="utf-8")
    assert "After the misuse the page goes on." in misuse
    assert re.search(r"misuse\.rst:4: (ERROR|WARNING).*does-not-exist\.md' not found", text)
    assert re.search(r"misuse\.rst:6: (ERROR|WARNING).*outside\.md' not found", text)
    assert re.search(r"misuse\.rst:8: ERROR: Error in \"meetup-event\" directive:\n"
                     r"invalid option value.*\nunknown parts \['nonsense'\]",
                     "\n".join(warning_lines(warning, all_lines=True)))
    assert re.search(r"misuse\.rst:11: (ERROR|WARNING).*not both", text)


@pytest.mark.sphinx("html", testroot="bad", freshenv=True)
def test_hostile_values_are_text_and_unsafe_urls_are_not_links(app, warning) -> None:
    app.build()
    html = (Path(app.outdir) / "hostile.html").read_text(encoding="utf-8")
    body = html[html.index('<div class="body"'):] if '<div class="body"' in html else html
    # every value is escaped: no element the page author wrote reaches the output
    for tag in ("<script>alert", "<img src=x", "<b>Amsterdam", "<svg", "<iframe", "<div onclick"):
        assert tag not in body, tag
    assert re.search(r"<h1>&lt;script&gt;alert\(.title.\)&lt;/script&gt; Meetup", body)
    # no link or image uses a dangerous scheme or leaves for another host silently
    for url in hrefs(body):
        lowered = url.lower().replace("\t", "")
        assert not lowered.startswith(("javascript:", "vbscript:", "data:", "//")), url
    assert "/etc/passwd" not in body and "etc/hostname" not in body
    text = "\n".join(warnings_of(warning))
    for field_name in ("sponsor", "apply_url", "replay", "slides", "links"):
        assert re.search(rf"events/hostile\.md:\d+: WARNING: {field_name}: .* is not an http, "
                         r"https or mailto URL; it is not linked \[meetup\.url\]", text), field_name
    assert re.search(r"hostile\.md:16: WARNING: photo .javascript:alert\('photo'\). is not an "
                     r"http\(s\) URL", text)
    assert re.search(r"hostile\.md:19: WARNING: photo '\.\./\.\./.*passwd' not found", text)
    assert re.search(r"hostile\.md:21: WARNING: photo '/etc/hostname' not found", text)
    # (the ``<div onclick>`` block is HTML structure: shown as the Markdown it stands for)
    assert re.search(r"hostile\.md:39: WARNING: raw HTML in the event body is shown as the "
                     r"Markdown it stands for", text)
    assert "raw html block" in body
    # the talk, its abstract and the escaped HTML are still there as text
    page = Page(html)
    assert "Talk" in page.one("meetup-talk-title")["text"]
    assert "a bad link" in page.one("meetup-abstract")["text"]


@pytest.mark.sphinx("html", testroot="photos", freshenv=True)
def test_photos_resolve_inside_the_project_only(app, warning) -> None:
    escape = Path(app.srcdir) / "events" / "images" / "escape.png"
    escape.symlink_to("/etc/passwd")
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    images = re.findall(r'<img [^>]*src="([^"]*)"', html)
    assert images == ["_images/ada.png", "_images/grace.png", "https://example.org/remote.png",
                      "_images/ada.png", "https://example.org/venue.png"]
    assert "a secret" in html, "a refused body image leaves its description"
    assert (Path(app.outdir) / "_images" / "ada.png").is_file()
    assert (Path(app.outdir) / "_images" / "grace.png").is_file()
    assert not (Path(app.outdir) / "_images" / "escape.png").exists()
    page = Page(html)
    avatars = [a["text"] for a in page.by_class("meetup-avatar")]
    assert avatars == ["MP", "SP", "LP"], "missing and refused photos get initials avatars"
    text = "\n".join(warnings_of(warning))
    assert re.search(r"photos\.md:13: WARNING: photo 'images/missing\.png' not found", text)
    assert re.search(r"photos\.md:15: WARNING: photo '\.\./\.\./conf\.py' not found", text)
    assert re.search(r"photos\.md:17: WARNING: photo 'images/escape\.png' not found", text)
    assert re.search(r"photos\.md:23: WARNING: image '\.\./\.\./\.\./etc/passwd' not found.*"
                     r"its description is shown \[meetup\.image\]", text)
    assert len(warnings_of(warning)) == 4, text


@pytest.mark.sphinx("html", testroot="photos", srcdir="photos-no-insertion", freshenv=True)
def test_file_insertion_disabled_is_honoured(app, warning) -> None:
    app.env.settings["file_insertion_enabled"] = False
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert "meetup-speaker" not in html
    assert re.search(r"index\.rst:4: WARNING: meetup-event: reading files is disabled",
                     warning.getvalue())
