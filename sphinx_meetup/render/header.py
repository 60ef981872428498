"""The event header: when, where, fee, topics, sponsors, and the one call to action."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from docutils import nodes

from ..locale import _
from ..model import Event, When
from ..safety import safe_url
from . import english_dates
from .compact import CompactNode
from .context import RenderContext

_FREE = re.compile(
    r"^\s*+(?:free|免费|gratis|gratuit|kostenlos|0|0\.0+|¥?0元?)\s*+[.!]?\s*+$", re.I
)


def render_header(context: RenderContext) -> list[nodes.Node]:
    event = context.event
    header = nodes.container(classes=["meetup-header"])
    if event.description:
        header += context.mark(nodes.paragraph(event.description, event.description,
                                               classes=["meetup-description"]))
    facts = event_facts(classes=["meetup-facts"], fact_classes=[])
    when = when_text(event, context.language)
    if when:
        _add_fact(facts, _("Date"), nodes.Text(when), css="meetup-date")
    if event.location:
        _add_fact(facts, _("Location"), nodes.Text(event.location), css="meetup-location",
                  context=context)
    if event.venue:
        _add_fact(facts, _("Venue"), nodes.Text(event.venue), css="meetup-venue",
                  context=context)
    if event.fee:
        free = bool(_FREE.match(event.fee))
        _add_fact(facts, _("Fee"), nodes.Text(_("Free") if free else event.fee),
                  css="meetup-fee", context=None if free else context)
    if event.topics:
        _add_fact(facts, _("Topics"), *_topics(event.topics), css="meetup-topics",
                  context=context)
    sponsors = [_link(s.name, s.url) for s in event.sponsors]
    if sponsors:
        _add_fact(facts, _("Sponsors"), *_joined(sponsors), css="meetup-sponsors",
                  context=context)
    if len(facts):
        header += facts
    action = call_to_action(context)
    if action is not None:
        header += action
    return [header]


def shows_replays(context: RenderContext) -> bool:
    """Whether the header's call to action is the replay (so the replay part leaves it)."""
    return not context.is_upcoming and bool(context.event.replays)


def call_to_action(context: RenderContext) -> nodes.paragraph | None:
    """Register while the event is upcoming; afterwards the replay stands out, one
    button per recording, named by where it is watched."""
    event = context.event
    if context.is_upcoming and (url := safe_url(event.registration_url)):
        return nodes.paragraph(
            "", "", button(_("Register"), url, "meetup-register", primary=True),
            classes=["meetup-actions"],
        )
    if shows_replays(context):
        buttons = replay_buttons(event.replays, "meetup-replay-button")
        if buttons:
            return nodes.paragraph("", "", *_spaced(buttons), classes=["meetup-actions"])
    return None


def replay_buttons(replays: list[str], css: str) -> list[nodes.reference]:
    """A button per safe replay URL, labelled by its host (bilibili, YouTube, …)."""
    safe = [url for raw in replays if (url := safe_url(raw))]
    return [
        button(_("Watch the replay on {host}").format(host=host_label(url)), url, css,
               primary=index == 0)
        for index, url in enumerate(safe)
    ]


#: video and slide hosts by the end of their domain name, as people call them
_HOSTS = {
    "bilibili.com": "bilibili", "b23.tv": "bilibili", "youtube.com": "YouTube",
    "youtu.be": "YouTube", "youtube-nocookie.com": "YouTube", "vimeo.com": "Vimeo",
    "v.qq.com": "腾讯视频", "youku.com": "优酷", "ixigua.com": "西瓜视频",
    "douyin.com": "抖音", "twitch.tv": "Twitch", "zoom.us": "Zoom",
    "slideshare.net": "SlideShare", "speakerdeck.com": "Speaker Deck",
    "github.com": "GitHub", "dailymotion.com": "Dailymotion", "peertube.tv": "PeerTube",
}


def host_label(url: str) -> str:
    """``https://www.bilibili.com/video/BV1…`` → ``bilibili``; an unknown host as its
    name without ``www.`` (``tech.antfin.com``)."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for domain, name in _HOSTS.items():
        if host == domain or host.endswith("." + domain):
            return name
    for prefix in ("www.", "m."):
        host = host.removeprefix(prefix)
    return host or url


def button(label: str, url: str, css: str, *, primary: bool = False) -> nodes.reference:
    """A link drawn as a sphinx-design button (a plain link in other builders)."""
    style = "sd-btn-primary" if primary else "sd-btn-outline-primary"
    return nodes.reference(
        label, label, refuri=url,
        classes=["sd-sphinx-override", "sd-btn", "sd-text-wrap", style, css],
    )


def when_text(event: Event, language: str) -> str:
    """The event's day (and time) in the site's language, via Babel."""
    if event.start is None:
        return ""
    locale = _locale(language)
    start, end = event.start, event.end
    text = full_date(_day(start), locale)
    if isinstance(start, dt.datetime):
        text += " " + clock_time(start, locale)
    if end is not None and _day(end) != _day(start):
        text += " – " + full_date(_day(end), locale)
        if isinstance(end, dt.datetime):
            text += " " + clock_time(end, locale)
    elif isinstance(end, dt.datetime):
        text += "–" + clock_time(end, locale)
    if isinstance(start, dt.datetime) and start.tzinfo is not None:
        text += f" ({utc_offset(start)})"
    return text


def utc_offset(moment: dt.datetime) -> str:
    """``UTC+08:00``: unambiguous, and the same in every language."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def time_text(start: When | None, end: When | None, language: str) -> str:
    """A talk's clock time, ``13:00–13:40``."""
    if not isinstance(start, dt.datetime):
        return ""
    locale = _locale(language)
    text = clock_time(start, locale)
    if isinstance(end, dt.datetime):
        text += "–" + clock_time(end, locale)
    return text


#: CLDR puts a narrow no-break space before "PM" (and thin spaces elsewhere), which
#: pdflatex, the default LaTeX engine for English, cannot set: a plain no-break space
#: looks the same on screen and prints everywhere
_PRINTABLE = str.maketrans({"\u202f": "\u00a0", "\u2009": " ", "\u200a": " "})


def clock_time(moment: dt.datetime, locale: Locale) -> str:
    """``1:00 PM`` / ``13:00``, in the moment's own zone, with spaces every engine sets."""
    if english_dates.is_english(locale):
        text = english_dates.short_time(moment)
    else:
        text = format_time(moment, "short", tzinfo=moment.tzinfo, locale=locale)
    return text.translate(_PRINTABLE)


def full_date(day: dt.date, locale: Locale) -> str:
    """``Wednesday, February 2, 2011``, in the site's language."""
    if english_dates.is_english(locale):
        return english_dates.full_date(day)
    return format_date(day, "full", locale=locale)



def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


def _day(value: When) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


class event_facts(CompactNode):  # noqa: N801 (docutils names nodes so)
    """The header's facts: for each, its label (a text node) and its value (a paragraph)
    in turn, the value's class (``meetup-date``…) in ``fact_classes``. Written as a
    docutils field list, which takes three nodes more a fact."""

    def expand(self) -> nodes.field_list:
        """The field list: a field for each fact, its label the field's name."""
        field_list = nodes.field_list(classes=list(self["classes"]))
        pairs = zip(self.children[::2], self.children[1::2], self["fact_classes"], strict=True)
        for label, value, css in pairs:
            name = nodes.field_name(label.astext(), label.astext())
            name.source, name.line = self.source, self.line
            field_list += nodes.field("", name, nodes.field_body("", value), classes=[css])
        return field_list


def _add_fact(
    facts: event_facts, name: str, *body: nodes.Node, css: str,
    context: RenderContext | None = None,
) -> None:
    """A fact of ``facts``; ``context`` when the value is the event's own text (to mark
    its language)."""
    value = nodes.paragraph("", "", *body)
    if context is not None:
        context.mark(value)
    facts += [nodes.Text(name), value]
    facts["fact_classes"].append(css)


def _topics(topics: list[str]) -> list[nodes.Node]:
    badges = [
        # coloured by sphinx-meetup.css (sd-bg-info is 3:1 with white text)
        nodes.inline(topic, topic, classes=["sd-badge", "meetup-topic"])
        for topic in topics
    ]
    return _spaced(badges)


def _link(name: str, url: str) -> nodes.Node:
    safe = safe_url(url)
    if safe is None:
        return nodes.Text(name)
    return nodes.reference(name, name, refuri=safe)


def _joined(items: list[nodes.Node], separator: str = ", ") -> list[nodes.Node]:
    joined: list[nodes.Node] = []
    for index, item in enumerate(items):
        if index:
            joined.append(nodes.Text(separator))
        joined.append(item)
    return joined


def _spaced(items: list[nodes.Node]) -> list[nodes.Node]:
    return _joined(items, " ")
