"""The two directives behind generated speaker pages (internal: written by ``pages``).

Their content is JSON that already carries everything the page shows, so the page is
built when it is read (its photo is collected like any image) and needs writing again
only when that JSON changes - which ``pages`` notices. Links they make are *pinned*
references: they do not make the page a watcher of every event.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from .domain import PINNED
from .listing import format_day
from .locale import _
from .render.speakers import initials
from .safety import is_remote, safe_url


def _pinned(reftype: str, target: str, text: str) -> addnodes.pending_xref:
    label = nodes.inline(text, text, classes=["xref", "meetup", f"meetup-{reftype}"])
    ref = addnodes.pending_xref("", label, refdomain="meetup",
                                reftype=reftype, reftarget=target, refexplicit=True,
                                refwarn=True)
    ref[PINNED] = True
    return ref


class _JSONDirective(SphinxDirective):
    has_content = True

    def data(self) -> Any:
        try:
            return json.loads("\n".join(self.content))
        except json.JSONDecodeError as error:
            raise self.error(f"{self.name}: generated content is not JSON ({error})") from None


class SpeakerPageDirective(_JSONDirective):
    """One speaker: photo, designation, aliases, and every talk across events."""

    def run(self) -> list[nodes.Node]:
        person = self.data()
        name = person["name"]
        section = nodes.section(ids=[nodes.make_id(f"speaker-{name}") or "speaker"])
        section += nodes.title(name, name)
        card = nodes.container(classes=["meetup-speaker-profile"])
        photo = person.get("photo")
        if photo and (not is_remote(photo) or safe_url(photo)):
            card += nodes.image(uri=photo, alt=name, classes=["meetup-photo"])
        else:
            card += nodes.paragraph("", "", nodes.inline(initials(name), initials(name)),
                                    classes=["meetup-avatar"])
        if person.get("designation"):
            text = person["designation"]
            card += nodes.paragraph(text, text, classes=["meetup-designation"])
        if person.get("aliases"):
            text = _("Also known as: ") + " / ".join(person["aliases"])
            card += nodes.paragraph(text, text, classes=["meetup-aliases"])
        section += card
        section += nodes.rubric(_("Talks"), _("Talks"))
        section += self._appearances(person["appearances"])
        self.state.document.note_implicit_target(section, section)
        return [section]

    def _appearances(self, appearances: list[dict[str, Any]]) -> nodes.bullet_list:
        language = self.config.language or "en"
        items = nodes.bullet_list(classes=["meetup-speaker-talks"])
        for appearance in appearances:
            line = nodes.paragraph()
            if appearance.get("start"):
                day = dt.date.fromisoformat(appearance["start"][:10])
                text = format_day(day, language)
                line += nodes.inline(text, text, classes=["meetup-date"])
                line += nodes.Text(" · ")
            line += _pinned("event", appearance["slug"], appearance["title"])
            item = nodes.list_item("", line)
            talks = nodes.bullet_list()
            for talk in appearance["talks"]:
                talks += nodes.list_item("", nodes.paragraph(
                    "", "", _pinned("talk", talk["key"], talk["title"])))
            if len(talks):
                item += talks
            items += item
        return items


class SpeakerListDirective(_JSONDirective):
    """Every speaker, linked to their page, with how many talks they gave."""

    def run(self) -> list[nodes.Node]:
        items = nodes.bullet_list(classes=["meetup-speaker-list"])
        for person in self.data():
            line = nodes.paragraph()
            line += _pinned("speaker", person["slug"], person["name"])
            if person.get("aliases"):
                line += nodes.Text(f" ({' / '.join(person['aliases'])})")
            if person.get("designation"):
                line += nodes.Text(" · " + person["designation"])
            count = (_("1 talk") if person["talks"] == 1
                     else _("{count} talks").format(count=person["talks"]))
            line += nodes.Text(" · ")
            line += nodes.inline(count, count, classes=["meetup-talk-count"])
            items += nodes.list_item("", line)
        return [items]
