"""Files an event names are the project's own (issue 13, items 6-8).

Author profiles are read only inside the project; SVG photos are checked before they are
published; remote photos are not downloaded by builds that would fetch them.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from helpers import warning_lines

from sphinx_meetup.reader import read_file
from sphinx_meetup.svg import svg_problem

BLOX_PAGE = (
    "---\ntitle: A talk\nevent: Outer Meetup\ndate: 2030-01-01T18:00:00\n"
    "date_end: 2030-01-01T20:00:00\nauthors: [evil]\n---\n\nThe abstract.\n"
)


def _profile(folder: Path, name: str) -> None:
    folder.mkdir(parents=True)
    (folder / "_index.md").write_text(f"---\ntitle: {name}\nrole: Read from outside\n---\n",
                                      encoding="utf-8")


def _blox_project(tmp_path: Path) -> Path:
    """A Sphinx project inside a folder named ``content`` whose ``authors`` are not its."""
    outer = tmp_path / "home" / "content"
    _profile(outer / "authors" / "evil", "Person From Above")
    srcdir = outer / "docs"
    (srcdir / "events").mkdir(parents=True)
    (srcdir / "events" / "talk.md").write_text(BLOX_PAGE, encoding="utf-8")
    (srcdir / "conf.py").write_text(
        'extensions = ["sphinx_meetup"]\nexclude_patterns = ["events"]\n'
        'meetup_today = "2020-01-01"\n', encoding="utf-8")
    (srcdir / "index.rst").write_text("Talk\n====\n\n.. meetup-event:: events/talk.md\n",
                                      encoding="utf-8")
    return srcdir


def test_author_profiles_above_the_source_folder_are_not_read(tmp_path: Path, make_app) -> None:
    """Item 8: a ``content`` folder above the Sphinx source folder is not the project's."""
    srcdir = _blox_project(tmp_path)
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert "Person From Above" not in html and "Read from outside" not in html
    assert "evil" in html, "the name stays as written"


def test_a_profile_linked_out_of_the_authors_folder_is_not_read(tmp_path: Path) -> None:
    content = tmp_path / "site" / "content"
    _profile(tmp_path / "elsewhere" / "evil", "Linked Person")
    (content / "authors").mkdir(parents=True)
    (content / "authors" / "evil").symlink_to(tmp_path / "elsewhere" / "evil")
    page = content / "event" / "talk.md"
    page.parent.mkdir(parents=True)
    page.write_text(BLOX_PAGE, encoding="utf-8")
    event = read_file(page, project=tmp_path / "site")
    assert [speaker.name for speaker in event.speakers] == ["evil"]


def test_profiles_inside_the_project_are_still_found(tmp_path: Path) -> None:
    content = tmp_path / "site" / "content"
    _profile(content / "authors" / "evil", "Inside Person")
    page = content / "event" / "talk.md"
    page.parent.mkdir(parents=True)
    page.write_text(BLOX_PAGE, encoding="utf-8")
    event = read_file(page, project=tmp_path / "site")
    assert [speaker.name for speaker in event.speakers] == ["Inside Person"]
    outside = read_file(page, project=content / "event")
    assert [speaker.name for speaker in outside.speakers] == ["evil"]



REFUSED_SVG = {
    4: ("images/event-script.svg", "<foreignobject> element"),
    8: ("images/script.svg", "<script> element"),
    20: ("images/script.svg", "<script> element"),  # the body picture: "image"
    10: ("images/handler.svg", "event handler (onload=)"),
    12: ("images/external.svg", "a reference to 'javascript:alert(1)'"),
    14: ("images/disguised.jpg", "<script> element"),
    16: ("images/stylesheet.svg", "xml-stylesheet"),
}


@pytest.mark.sphinx("html", testroot="svg", freshenv=True)
def test_svg_photos_that_could_run_script_are_not_published(app, warning) -> None:
    """Item 6: ``_images/``, ``_meetup/images/``, ``og:image`` and ``events.json``."""
    app.build()
    lines = warning_lines(warning)
    for line, (path, reason) in REFUSED_SVG.items():
        what = "image" if line == 20 else "photo"
        assert any(f"events/svg.md:{line}: WARNING: {what} {path!r} is an SVG with" in entry
                   and reason in entry and entry.endswith("[meetup.image]")
                   for entry in lines), (line, lines)
    out = Path(app.outdir)
    published = sorted(p.name for p in out.rglob("*") if p.suffix in {".svg", ".jpg"})
    assert published == ["safe.svg"], published
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'src="_images/safe.svg"' in html
    assert "og:image" not in html, "the event image was refused"
    assert "a drawing" in html, "the body picture's description is shown"
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))
    text = json.dumps(events)
    assert "safe.svg" in text
    for path, _ in REFUSED_SVG.values():
        assert path not in text, path


@pytest.mark.parametrize(
    ("svg", "reason"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" '
         'to="javascript:alert(1)"/></svg>', "changes a link"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(https://x.example/a)"'
         '/></svg>', "loads something from elsewhere"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><style>@import "https://x.example/a.css";'
         "</style></svg>", "stylesheet that loads"),
        ('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
         "entity declarations"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://x.example/t.png"/></svg>',
         "a reference to"),
        ("<html><script>alert(1)</script></html>", "root element is not <svg>"),
        ("<svg", "not a well-formed SVG"),
    ],
)
def test_svg_checks(tmp_path: Path, svg: str, reason: str) -> None:
    path = tmp_path / "photo.svg"
    path.write_text(svg, encoding="utf-8")
    problem = svg_problem(path)
    assert problem is not None and reason in problem, problem


class _Photos(BaseHTTPRequestHandler):
    """A photo server on the build machine's own network, logging every request."""

    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        body = PNG
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


#: a 1x1 PNG
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082"
)


@pytest.fixture
def photo_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Photos)
    _Photos.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _remote_project(tmp_path: Path, base: str) -> Path:
    srcdir = tmp_path / "remote"
    (srcdir / "events").mkdir(parents=True)
    (srcdir / "events" / "remote.md").write_text(
        "---\ntitle: Remote photos\ndate: 2030-01-01\nspeaker:\n"
        f"  - name: Ada Lovelace\n    image: {base}/internal-admin/delete?id=1\n---\n\n"
        f"A picture: ![the venue]({base}/venue.png)\n", encoding="utf-8")
    (srcdir / "conf.py").write_text(
        'extensions = ["sphinx_meetup"]\nexclude_patterns = ["events"]\n'
        'meetup_today = "2020-01-01"\n', encoding="utf-8")
    (srcdir / "index.rst").write_text("Remote\n======\n\n.. meetup-event:: events/remote.md\n",
                                      encoding="utf-8")
    return srcdir


@pytest.mark.parametrize("builder", ["latex", "epub", "texinfo"])
def test_print_builders_download_no_photo(tmp_path: Path, make_app, photo_server: str,
                                          builder: str) -> None:
    """Item 7: no request leaves the build; the speaker is shown without the photo."""
    app = make_app(builder, srcdir=_remote_project(tmp_path, photo_server), freshenv=True)
    app.build()
    assert _Photos.requests == []
    status = app._status.getvalue()
    assert status.count("remote photos are not downloaded") == 1, status
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in Path(app.outdir).rglob("*") if p.suffix in {".tex", ".xhtml",
                                                                       ".texi"})
    assert "Ada Lovelace" in text, "the speaker is shown"
    assert photo_server not in text, "without the remote photo (initials, or nothing on paper)"
    assert "the venue" in text, "the body picture's description"


def test_a_site_may_allow_the_download(tmp_path: Path, make_app, photo_server: str) -> None:
    app = make_app("latex", srcdir=_remote_project(tmp_path, photo_server), freshenv=True,
                   confoverrides={"meetup_download_photos": True})
    app.build()
    assert "/internal-admin/delete?id=1" in _Photos.requests


def test_check_reports_the_svg_refusals_the_build_reports(capsys) -> None:
    from sphinx_meetup.cli import main

    event = Path(__file__).parent / "roots" / "test-svg" / "events" / "svg.md"
    main(["check", str(event)])
    out = capsys.readouterr().out
    for line, (path, reason) in REFUSED_SVG.items():
        what = "image" if line == 20 else "photo"
        assert re.search(rf"svg\.md:{line}: warning: {what} {re.escape(repr(path))} is an SVG "
                         rf"with .*{re.escape(reason)}", out), (line, out)
