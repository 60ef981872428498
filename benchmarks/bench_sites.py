"""Synthetic sites for ``bench_build.py``: N events, written three ways.

One seeded description of N events (``random.Random(seed)``: the same N and seed give
the same bytes) is written as

* ``directive``: Hugo event files in ``events/`` plus one page per event holding a
  ``meetup-event`` directive, all pages in the index's toctree (as a hand-written site
  would have them);
* ``eventsdir``: the same Hugo event files with ``meetup_events_dir`` (zero-directive
  mode: sphinx-meetup generates the event, year, speaker and index pages);
* ``baseline``: the same events as hand-written MyST + sphinx-design pages (headings,
  a field list, a grid of cards with photos, the agenda, the replay link, the body
  text), in the index's toctree like ``directive``.

Each event has 4 to 8 speakers (each with a photo and a designation), 4 to 6 talks
with abstracts, a replay link and a few paragraphs. Photos are small real PNG files
written with ``zlib`` and ``struct`` (no Pillow needed), one per person, shared by the
three sites through hard links. Everything else (theme, ``myst_enable_extensions``,
``html_sidebars``) is the same ``conf.py`` on every side.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

SIDES = ("directive", "eventsdir", "baseline")

FIRST = ["Alice", "Bob", "Carla", "Deepak", "Elena", "Farid", "Grace", "Hiro", "Ines",
         "Jonas", "Kemal", "Lena", "Marco", "Nadia", "Oskar", "Priya", "Quentin", "Rosa",
         "Sven", "Tamar", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Anton", "Bea",
         "Chen", "Dara", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Julia", "Kai", "Lior"]
LAST = ["Smith", "Garcia", "Nakamura", "Okafor", "Jansen", "Kowalski", "Rossi", "Müller",
        "Haddad", "Svensson", "Novak", "Ferreira", "Dubois", "Ivanova", "Kim", "Patel",
        "Schrijver", "Lindqvist", "Moreau", "Horvat", "Tanaka", "Costa", "Weber", "Zhang",
        "Li", "Oliveira", "Bakker", "Nguyen", "Yilmaz", "Popescu", "Fischer", "Silva"]
CHINESE = ["靳文祥", "宋净超", "黄家琦", "王国云", "付铖", "肖涵", "张超盟", "鲁直", "罗广明",
           "马若飞", "刘晓敏", "陈鹏", "赵化冰", "杨文", "周礼赞", "孙海洲"]
ROLES = ["Staff Engineer", "Software Engineer", "Principal Engineer", "Engineering Manager",
         "Developer Advocate", "SRE", "Architect", "CTO", "Researcher", "Maintainer"]
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Corp",
             "Tyrell", "Cyberdyne", "Soylent", "Aperture", "Black Mesa", "Vandelay"]
CITIES = ["Berlin", "Amsterdam", "Hangzhou", "Shanghai", "Beijing", "Paris", "Lisbon",
          "Warsaw", "Tokyo", "Seoul", "Madrid", "Prague", "Vienna", "Zurich", "Oslo"]
VENUES = ["Hall A", "The Loft", "Innovation Hub", "Room 101", "Main Auditorium", "Garage",
          "Library Annex", "Tech Campus B2", "Co-working Space 7", "Old Factory"]
TOPICS = ["Kubernetes", "Service Mesh", "Observability", "Rust", "Python", "Databases",
          "Security", "Machine Learning", "Edge Computing", "Serverless", "WebAssembly"]
SERIES = ["Cloud Native Meetup", "Service Mesh Meetup", "Data Engineering Night",
          "Python User Group", "Rust Evening", "DevOps Days Mini", "SRE Breakfast"]
_WORDS_TEXT = ("the of and to in a is that for it as with was on be by this are from at or an "
         "service mesh cluster latency traffic proxy control plane data sidecar gateway "
         "scaling observability tracing metrics logs storage queue stream batch pipeline "
         "deployment rollout canary failure recovery consistency replication partition "
         "network kernel runtime memory allocation garbage compiler type system module "
         "interface protocol message schema migration cost budget team practice lesson "
         "production incident review journey design tradeoff performance benchmark "
         "lessons learned open source community governance release testing contract "
         "we show how our platform handled growth while keeping operations simple "
         "attendees will learn patterns pitfalls tools real world examples")
WORDS = tuple(_WORDS_TEXT.split())
TITLE_WORDS = ["Scaling", "Debugging", "Securing", "Observing", "Migrating", "Testing",
               "Building", "Operating", "Rethinking", "Taming", "Profiling", "Shipping"]
TITLE_THINGS = ["a Service Mesh", "Kubernetes Operators", "Distributed Tracing",
                "Event Streams", "Postgres at Scale", "WebAssembly Plugins", "gRPC Gateways",
                "Edge Caches", "Feature Flags", "CI Pipelines", "Data Lakes", "Rust Services"]
TITLE_TAILS = ["in Production", "the Hard Way", "without Tears", "at 10x Traffic",
               "for Small Teams", "Lessons Learned", "from Scratch", "on a Budget"]


# --- photos: real PNG files without Pillow ------------------------------------------------

#: distinct images; every person still has a file of their own (as on a real site)
PHOTO_POOL = 97


def png_bytes(width: int, height: int, rng: random.Random) -> bytes:
    """A small RGB PNG (a gradient with noise, so it does not compress to nothing)."""
    red, green, blue = (rng.randrange(256) for _ in range(3))
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            noise = rng.randrange(24)
            rows += bytes(((red + x * 2 + noise) % 256, (green + y * 2 + noise) % 256,
                           (blue + (x + y) + noise) % 256))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b""))


# --- the events ----------------------------------------------------------------------------


@dataclass
class Person:
    slug: str
    name: str
    designation: str

    @property
    def photo(self) -> str:
        """The photo's path under ``static/`` (what a Hugo site's speaker ``image`` says)."""
        return f"images/speakers/{self.slug}.png"


@dataclass
class Talk:
    title: str
    speakers: list[Person]
    abstract: str


@dataclass
class Event:
    slug: str
    title: str
    start: dt.datetime
    city: str
    venue: str
    topic: str
    description: str
    speakers: list[Person]
    talks: list[Talk]
    replay: str
    register: str
    about: list[str] = field(default_factory=list)


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, 8, 18) for _ in range(sentences))


def people(count: int, rng: random.Random) -> list[Person]:
    """``count`` distinct people (one in eight with a Chinese name)."""
    found: list[Person] = []
    taken: set[str] = set()
    while len(found) < count:
        if rng.random() < 0.125:
            name = rng.choice(CHINESE) + ("" if rng.random() < 0.5 else rng.choice("一二三四五"))
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in taken:
            name = f"{name} {rng.choice('ABCDEFGHJKLMNPRSTVW')}."
        if name in taken:
            continue
        taken.add(name)
        designation = f"{rng.choice(ROLES)}, {rng.choice(COMPANIES)}"
        found.append(Person(f"p{len(found):05d}", name, designation))
    return found


def events(n: int, seed: int, people_per_event: float = 2.0) -> tuple[list[Event], list[Person]]:
    """N events drawn from a population of ``people_per_event * N`` people.

    Speakers are drawn with Zipf-like weights, so some people speak often and most once
    or twice (the annotated corpus has 73 people for 85 appearances at 16 events).
    """
    rng = random.Random(seed)
    population = people(max(40, int(people_per_event * n)), rng)
    weights = [1.0 / (rank + 8) for rank in range(len(population))]
    result = []
    for number in range(n):
        count = rng.randint(4, 8)
        chosen: list[Person] = []
        while len(chosen) < count:
            person = rng.choices(population, weights)[0]
            if person not in chosen:
                chosen.append(person)
        talk_count = min(rng.randint(4, 6), count)
        talks = []
        for index in range(talk_count):
            # every speaker talks: the extra speakers join the last talks (panels)
            speakers = [chosen[index], *chosen[talk_count + index :: talk_count]]
            title = (f"{rng.choice(TITLE_WORDS)} {rng.choice(TITLE_THINGS)} "
                     f"{rng.choice(TITLE_TAILS)}")
            talks.append(Talk(title, speakers, _paragraph(rng, rng.randint(2, 5))))
        series = rng.choice(SERIES)
        city = rng.choice(CITIES)
        start = dt.datetime(2015 + number * 12 // max(n, 1), rng.randint(1, 12),
                            rng.randint(1, 28), rng.choice([13, 14, 18]),
                            rng.choice([0, 30]))
        slug = f"{series.lower().replace(' ', '-')}-{number:05d}-{city.lower()}"
        result.append(Event(
            slug=slug,
            title=f"{series} #{number + 1} {city}",
            start=start,
            city=city,
            venue=f"{rng.choice(VENUES)}, {city}",
            topic=rng.choice(TOPICS),
            description=_sentence(rng, 10, 20),
            speakers=chosen,
            talks=talks,
            replay=f"https://video.example.org/{slug}",
            register=f"https://tickets.example.org/{slug}",
            about=[_paragraph(rng, rng.randint(3, 6)) for _ in range(rng.randint(1, 3))],
        ))
    return result, population


# --- writing ---------------------------------------------------------------------------------


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hugo_file(event: Event) -> str:
    """The event as a Hugo event page (the Meetup theme's front matter, a Markdown body)."""
    lines = [
        "---",
        f"title: {_quote(event.title)}",
        f"date: {event.start.isoformat()}+08:00",
        "draft: false",
        f"description: {_quote(event.description)}",
        f"location: {_quote(event.city)}",
        'fee: "Free"',
        f"topic: {_quote(event.topic)}",
        f"apply_url: {_quote(event.register)}",
        "speaker:",
    ]
    for person in event.speakers:
        lines += [f"  - name: {_quote(person.name)}",
                  f"    image: {_quote(person.photo)}",
                  f"    designation: {_quote(person.designation)}"]
    lines += ['type: "event"', "---", "", "## About this event", "",
              f"Venue: {event.venue}", "", f"Replay: {event.replay}", ""]
    for paragraph in event.about:
        lines += [paragraph, ""]
    lines += ["## Talks", ""]
    for talk in event.talks:
        names = ", ".join(p.name for p in talk.speakers)
        lines += [f"### {talk.title}", "", f"Speaker: {names}", "", talk.abstract, ""]
    return "\n".join(lines)


def _when(event: Event) -> str:
    start = event.start
    hour = start.strftime("%I").lstrip("0")
    return (f"{start:%A, %B} {start.day}, {start.year} {hour}:{start:%M %p} (UTC+08:00)")


def baseline_page(event: Event, today: dt.date) -> str:
    """The same event written by hand in MyST with sphinx-design: what a site does today."""
    out = [f"# {event.title}", "", event.description, "",
           f":Date: {_when(event)}", f":Location: {event.city}", f":Venue: {event.venue}",
           ":Fee: Free", f":Topics: {{bdg-info}}`{event.topic}`", ""]
    upcoming = event.start.date() >= today
    url, label = (event.register, "Register") if upcoming else (event.replay, "Watch the replay")
    out += [f"```{{button-link}} {url}", ":color: primary", "", label, "```", ""]
    out += ["## Speakers", "", "::::{grid} 1 1 2 3", ":gutter: 3", ""]
    for number, person in enumerate(event.speakers, start=1):
        out += [f":::{{grid-item-card}} {person.name}",
                f":img-top: /static/{person.photo}",
                ":shadow: sm",
                "", f"({event.slug}-speaker-{number})=", person.designation, ":::", ""]
    out += ["::::", "", "## Agenda", ""]
    for talk in event.talks:
        names = ", ".join(
            f"[{p.name}](#{event.slug}-speaker-{event.speakers.index(p) + 1})"
            for p in talk.speakers)
        out += [f"**{talk.title}**", "", names, "", talk.abstract, ""]
    out += ["## Replay", "", f"- [Replay]({event.replay})", "", "## About this event", "",
            f"Venue: {event.venue}", ""]
    for paragraph in event.about:
        out += [paragraph, ""]
    return "\n".join(out)


def directive_page(event: Event) -> str:
    return f"```{{meetup-event}} /events/{event.slug}.md\n```\n"


CONF = '''\
# generated by benchmarks/bench_sites.py
project = "bench"
extensions = {extensions!r}
exclude_patterns = ["_build"{exclude}]
myst_enable_extensions = ["colon_fence", "fieldlist"]
html_theme = "alabaster"
meetup_today = "{today}"
meetup_image_dirs = ["static"]
{extra}'''

INDEX_TOCTREE = """\
# Events

```{toctree}
:maxdepth: 1
:glob:

pages/*
```
"""

INDEX_EVENTSDIR = """\
# Events

```{toctree}
:maxdepth: 1

meetup/index
```
"""

TODAY = dt.date(2024, 6, 1)


def conf(side: str, *, sidebars: bool) -> str:
    extra = "" if sidebars else 'html_sidebars = {"**": []}\n'
    if side == "eventsdir":
        extra += 'meetup_events_dir = "events"\n'
    extensions = ["myst_parser", "sphinx_design"] if side == "baseline" else ["sphinx_meetup"]
    exclude = ', "events"' if side == "directive" else ""
    return CONF.format(extensions=extensions, exclude=exclude, today=TODAY.isoformat(),
                       extra=extra)


def _link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def write_sites(root: Path, n: int, seed: int, *, people_per_event: float = 2.0) -> dict:
    """Write (once: reused when the stamp matches) the three sites under ``root``.

    Returns facts about them: events, speakers, photos, appearances.
    """
    stamp = f"n={n} seed={seed} people={people_per_event} v=1"
    stamp_file = root / "STAMP"
    all_events, _population = events(n, seed, people_per_event)
    used = {p.slug: p for e in all_events for p in e.speakers}
    facts = {"events": n, "people": len(used),
             "appearances": sum(len(e.speakers) for e in all_events),
             "talks": sum(len(e.talks) for e in all_events)}
    if stamp_file.is_file() and stamp_file.read_text() == stamp:
        return facts
    if root.exists():
        shutil.rmtree(root)
    photos = root / "photos"
    photos.mkdir(parents=True)
    rng = random.Random(seed + 1)
    pool = [png_bytes(64, 64, rng) for _ in range(PHOTO_POOL)]
    for number, person in enumerate(used.values()):
        (photos / f"{person.slug}.png").write_bytes(pool[number % PHOTO_POOL])
    for side in SIDES:
        src = root / side
        for person in used.values():
            _link_or_copy(photos / f"{person.slug}.png", src / "static" / person.photo)
        if side == "eventsdir":
            (src / "index.md").write_text(INDEX_EVENTSDIR, encoding="utf-8")
        else:
            (src / "index.md").write_text(INDEX_TOCTREE, encoding="utf-8")
            (src / "pages").mkdir()
        if side != "baseline":
            (src / "events").mkdir()
        for event in all_events:
            if side != "baseline":
                (src / "events" / f"{event.slug}.md").write_text(hugo_file(event),
                                                                  encoding="utf-8")
            if side == "directive":
                (src / "pages" / f"{event.slug}.md").write_text(directive_page(event),
                                                                 encoding="utf-8")
            elif side == "baseline":
                (src / "pages" / f"{event.slug}.md").write_text(
                    baseline_page(event, TODAY), encoding="utf-8")
    stamp_file.write_text(stamp)
    return facts


def set_conf(src: Path, side: str, *, sidebars: bool) -> None:
    (src / "conf.py").write_text(conf(side, sidebars=sidebars), encoding="utf-8")


def edited_file(src: Path, side: str, slug: str) -> Path:
    """The file a person edits to change one event on ``side``."""
    if side == "baseline":
        return src / "pages" / f"{slug}.md"
    return src / "events" / f"{slug}.md"


def middle_slug(n: int, seed: int, people_per_event: float = 2.0) -> str:
    """The event the incremental builds edit: one in the middle of the site."""
    return events(n, seed, people_per_event)[0][n // 2].slug


def edit_once(path: Path, round_number: int) -> None:
    """Change one abstract's wording (a typo fixed): a different text every round."""
    text = path.read_text(encoding="utf-8")
    marker = " (edited)"
    lines = text.split("\n")
    # the last paragraph of the file is an abstract (Hugo file) or a body paragraph
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip():
            base = lines[index].split(marker)[0]
            lines[index] = base + marker + f" {round_number}"
            break
    path.write_text("\n".join(lines), encoding="utf-8")
