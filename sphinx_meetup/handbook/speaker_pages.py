"""Speaker pages: one HTML page per person, and the speakers index every builder shows.

A site of 1,000 events has some 1,400 speakers. As documents, their pages cost a parse,
the transforms, a pickled doctree and a search entry each (15 ms here) and nearly
doubled the build (issue 5). So, like Sphinx's ``genindex`` and ablog's archives, they
are pages of the HTML builders (``html-collect-pages``): the theme's ``page.html``
around a body made here, about 1 ms each, rendered again only when their text changed.
Builders without such pages (text, LaTeX, ePub, single HTML) show each person's talks
on the speakers index instead, and references to a speaker lead there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import posixpath
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.util.osutil import relative_uri

from ..locale import _
from ..render.speakers import initials
from ..safety import is_remote, safe_url
from .domain import MeetupDomain, get_domain, speaker_anchor
from .listing import format_day
from .people import Appearance, Person
from .rebuild_records import build_stamp, load_record, save_record

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

TEMPLATE = "page.html"


# --- the speakers index (a document: searched, and seen by every builder; its directive
# and placeholder are in .hooks) ---------------------------------------------------------


def speaker_list(domain: MeetupDomain, *, with_talks: bool) -> nodes.bullet_list:
    items = nodes.bullet_list(classes=["meetup-speaker-list"])
    language = domain.env.config.language or "en"
    for person in domain.people():
        line = nodes.paragraph()
        if with_talks:
            line += nodes.target("", "", ids=[speaker_anchor(person)])
            line += nodes.strong(person.name, person.name, classes=["meetup-speaker-name"])
        else:
            line += _xref("speaker", person.slug, person.name)
        if person.aliases:
            line += nodes.Text(f" ({' / '.join(person.aliases)})")
        if person.designation:
            line += nodes.Text(" · " + person.designation)
        count = (_("1 talk") if person.talk_count == 1
                 else _("{count} talks").format(count=person.talk_count))
        line += nodes.Text(" · ")
        line += nodes.inline(count, count, classes=["meetup-talk-count"])
        item = nodes.list_item("", line)
        if with_talks:
            item += _appearance_list(person.appearances, language)
        items += item
    return items


def _appearance_list(appearances: list[Appearance], language: str) -> nodes.bullet_list:
    items = nodes.bullet_list(classes=["meetup-speaker-talks"])
    for appearance in appearances:
        event = appearance.event
        line = nodes.paragraph()
        if event.start:
            text = format_day(dt.date.fromisoformat(event.start[:10]), language)
            line += nodes.inline(text, text, classes=["meetup-date"])
            line += nodes.Text(" · ")
        line += _xref("event", event.slug, event.title_or_slug)
        item = nodes.list_item("", line)
        if appearance.talks:
            talks = nodes.bullet_list()
            for talk in appearance.talks:
                talks += nodes.list_item("", nodes.paragraph(
                    "", "", _xref("talk", f"{event.slug}/{talk.slug}", talk.title)))
            item += talks
        items += item
    return items


def _xref(reftype: str, target: str, text: str) -> addnodes.pending_xref:
    label = nodes.inline(text, text, classes=["xref", "meetup", f"meetup-{reftype}"])
    return addnodes.pending_xref("", label, refdomain="meetup", reftype=reftype,
                                 reftarget=target, refexplicit=True, refwarn=True,
                                 meetup_listed=True)


# --- one HTML page per person -------------------------------------------------------------


def changed_pages(
    app: Sphinx, builder: StandaloneHTMLBuilder, folder: str
) -> Iterator[tuple[str, dict[str, Any], str]]:
    """The speaker pages to render (``html-collect-pages``, from
    :func:`.hooks.collect_speaker_pages`): those whose digest differs from the record's."""
    record_path = Path(app.doctreedir) / f"meetup-speaker-pages.{builder.name}.json"
    record = load_record(record_path)
    stamp = build_stamp(builder)
    known = record.get("pages") if record.get("stamp") == stamp else None
    known = known if isinstance(known, dict) else {}  # none yet, or a damaged record
    digests: dict[str, str] = {}
    domain = get_domain(app.env)
    for person in domain.people():
        pagename = f"{folder}/speakers/{person.slug}"
        if pagename in app.env.found_docs:
            continue
        context = page_context(person, pagename, builder, folder)
        digest = hashlib.sha256(json.dumps(context, sort_keys=True).encode()).hexdigest()
        digests[pagename] = digest
        if known.get(pagename) == digest and Path(builder.get_outfilename(pagename)).is_file():
            continue
        _copy_photo(person, builder)
        yield pagename, context, TEMPLATE
    for pagename in known.keys() - digests.keys() - app.env.found_docs:
        Path(builder.get_outfilename(pagename)).unlink(missing_ok=True)
    save_record(record_path, {"stamp": stamp, "pages": digests})


def page_context(
    person: Person, pagename: str, builder: StandaloneHTMLBuilder, folder: str
) -> dict[str, Any]:
    """What ``page.html`` needs: the title, the body, and the speakers index as parent."""
    index = f"{folder}/speakers/index"
    return {
        "title": escape(person.name),
        "body": page_body(person, pagename, builder),
        "parents": [{"link": builder.get_relative_uri(pagename, index),
                     "title": escape(_("Speakers"))}] if index in builder.env.all_docs else [],
        "display_toc": False,
    }


def page_body(person: Person, pagename: str, builder: StandaloneHTMLBuilder) -> str:
    """The page's HTML; every value from an event file is escaped here."""
    name = escape(person.name)
    html = [f'<section id="{escape(speaker_anchor(person))}">', f"<h1>{name}</h1>",
            '<div class="meetup-speaker-profile docutils container">']
    photo = _photo_src(person, pagename, builder)
    if photo:
        html.append(f'<img alt="{name}" class="meetup-photo" src="{escape(photo)}" />')
    else:
        html.append(f'<p class="meetup-avatar"><span>{escape(initials(person.name))}</span></p>')
    if person.designation:
        html.append(f'<p class="meetup-designation">{escape(person.designation)}</p>')
    if person.aliases:
        text = _("Also known as: ") + " / ".join(person.aliases)
        html.append(f'<p class="meetup-aliases">{escape(text)}</p>')
    html.append("</div>")
    html.append(f'<p class="rubric">{escape(_("Talks"))}</p>')
    html.append('<ul class="meetup-speaker-talks simple">')
    language = builder.config.language or "en"
    for appearance in person.appearances:
        event = appearance.event
        line = ""
        if event.start:
            day = format_day(dt.date.fromisoformat(event.start[:10]), language)
            line = f'<span class="meetup-date">{escape(day)}</span> · '
        line += _link(builder, pagename, event.docname, event.anchor, event.title_or_slug,
                      "event")
        html.append(f"<li><p>{line}</p>")
        if appearance.talks:
            html.append('<ul class="simple">')
            for talk in appearance.talks:
                link = _link(builder, pagename, event.docname, talk.anchor or event.anchor,
                             talk.title, "talk")
                html.append(f"<li><p>{link}</p></li>")
            html.append("</ul>")
        html.append("</li>")
    html.append("</ul>\n</section>")
    return "\n".join(html)


def _link(builder: Builder, pagename: str, docname: str, anchor: str, text: str,
          kind: str) -> str:
    uri = builder.get_relative_uri(pagename, docname) + (f"#{anchor}" if anchor else "")
    return (f'<a class="reference internal" href="{escape(uri)}">'
            f'<span class="xref meetup meetup-{kind}">{escape(text)}</span></a>')


def _photo_src(person: Person, pagename: str, builder: StandaloneHTMLBuilder) -> str | None:
    """A web photo as it is; a local one where the event pages copied it (``_images``)."""
    photo = person.photo
    if not photo:
        return None
    if is_remote(photo):
        return safe_url(photo)
    known = builder.env.images.get(photo.lstrip("/"))
    if known is None:
        return None
    images = relative_uri(builder.get_target_uri(pagename), builder.imagedir)
    return posixpath.join(images, known[1])


def _copy_photo(person: Person, builder: StandaloneHTMLBuilder) -> None:
    """Copy the photo with this build's images, even if no page written now shows it."""
    photo = (person.photo or "").lstrip("/")
    if photo and not is_remote(photo) and photo in builder.env.images:
        builder.images[photo] = builder.env.images[photo][1]
