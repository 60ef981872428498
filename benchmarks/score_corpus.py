"""Score the reader against the hand-annotated corpus of real event pages.

Run by hand (not a test): ``python benchmarks/score_corpus.py [CORPUS_DIR] [--speed]``.
``CORPUS_DIR`` defaults to ``../shared/corpus`` next to the repository; it holds
``events/…`` and ``truth.json`` (see its README). Prints, per file and in total:

* talks: precision, recall and F1 - a talk is found when its title equals an
  annotated title after Unicode NFKC, case-folding and removing whitespace and
  punctuation; breaks (``Talk.kind == "break"``) are not talks;
* speakers: on found talks, whether the talk's speakers are the annotated set (each
  name compared the same way; a name matches an annotated name or its alias);
* date: the event's day in its local zone against the annotated day (only where the
  annotation has one);
* replays: the event's recordings - its replay URLs and its talks' videos, one set -
  against the annotated ones (annotations of different rounds give a talk's recording
  to the talk or to the event: the same recording either way), a YouTube video
  compared by its id (an annotated player address ``youtube.com/embed/ID`` is the
  reader's ``youtube.com/watch?v=ID``: the same recording).

Time zones mirror site configuration: files under ``dataworkz-*`` come from a site in
Amsterdam, so they are read with ``timezone="Europe/Amsterdam"`` (what that site's
``meetup_timezone`` would say); every other file with ``timezone=None``. Nothing else
about a file is passed to the reader.

Totals are also given per site (the first folder under ``events/``), since a rule
written while looking at one site must be judged on the others: ``--save FILE`` keeps
the per-site figures as JSON and ``--compare FILE`` prints each site's figures beside
the saved ones (before / after a change, site by site). ``--site NAME`` scores one site.

``--sealed`` prints only what may be seen of a round nobody may read: the totals, the
per-site table, and how many found talks each kind of evidence gave, right and extra
(line numbers, quoted words and non-ASCII letters taken out of the evidence), what
each extra talk is instead (a page with no talk, an annotated title with more around it
- where, and whether that holds a digit, a ``#`` or the talk's speaker - the people of a
missed talk, ...) and, for each wrong day, where the page gives the right one (a
front-matter key and its value's shape as 9s and a's, the file name, the body) - shapes,
never a page's words.

``--speed`` also times the reader over the corpus (files per second, one core).
Exit status is 0 when the targets (talk F1 ≥ 0.97, speakers ≥ 0.95, dates 100%,
precision ≥ 0.98) are met on every site.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

#: score the reader of this checkout, installed or not (a script's folder is on the path,
#: the repository root is not)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
try:  # the reader's own dependencies, which it imports only when it reads a first file
    import frontmatter  # noqa: F401
    import markdown_it  # noqa: F401
    import yaml  # noqa: F401
except ImportError as missing:
    sys.exit(f"score_corpus.py: the reader needs {missing.name!r}, which this Python "
             f"({sys.executable}) lacks: run it with the Python sphinx-meetup is installed "
             "in, or install it there first (python -m pip install -e .)")

from sphinx_meetup.model import Event, Talk
from sphinx_meetup.reader import read_event, read_file

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
TARGETS = {"talk_f1": 0.97, "speakers": 0.95, "dates": 1.0, "precision": 0.98}
#: site time zones, as a site's ``meetup_timezone`` would give them (by folder)
SITE_ZONES = {"dataworkz-": "Europe/Amsterdam"}


def fold(text: str) -> str:
    """NFKC, case-folded, without whitespace or punctuation; an HTML character reference
    is the character it stands for (an annotation may keep ``medlemsm&oslash;te`` as the
    page writes it, where the reader shows ``medlemsmøte``)."""
    text = unicodedata.normalize("NFKC", html.unescape(text or "")).casefold()
    return "".join(
        char
        for char in text
        if not char.isspace() and not unicodedata.category(char).startswith("P")
    )


#: the forms of one YouTube video's address: watch page, short link, player
_YOUTUBE = re.compile(
    r"(?:https?:)?//(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com/(?:watch\?(?:.*&)?v=|embed/|v/|live/)"
    r"|youtu\.be/)([\w-]{11})(?![\w-])"
)


def same_video(url: str | None) -> str | None:
    """``url`` with a YouTube video reduced to its id; any other address without its
    scheme (``http://vimeo.com/1`` and ``https://vimeo.com/1`` are one recording)."""
    match = _YOUTUBE.match(url or "")
    if match:
        return f"youtube:{match.group(1)}"
    return url.split("://", 1)[-1] if url else url


def zone_for(relative: str) -> str | None:
    """The site zone of a corpus file (configuration, by the site's folder)."""
    return next((zone for prefix, zone in SITE_ZONES.items() if relative.startswith(prefix)), None)


@dataclass
class FileScore:
    """How the reader did on one file."""

    path: str
    found: int = 0
    predicted: int = 0
    annotated: int = 0
    speakers_right: int = 0
    date: bool | None = None
    replays: bool = True
    videos_right: int = 0
    misses: list[str] = field(default_factory=list)
    #: per predicted talk: the kind of evidence its title was read from, whether it is an
    #: annotated talk and whether it names anyone (what ``--sealed`` may show of a round
    #: nobody may read)
    kinds: list[tuple[str, bool, bool]] = field(default_factory=list)
    #: invented talks read from the same kind of evidence as a right talk of the page
    #: (an odd entry among right siblings, rather than a wrong reading of the whole page)
    beside_right: int = 0
    #: per invented talk: its evidence kind and what it is instead of a talk of the page
    #: (:func:`extra_cause`) - what ``--sealed`` may show of why a reading was wrong
    extra_causes: list[tuple[str, str]] = field(default_factory=list)
    #: per found talk with wrong speakers: how they are wrong, in shape only
    speaker_misses: list[str] = field(default_factory=list)
    #: per missed talk: where its title is written and where its speakers are, in shape
    #: only (:func:`missed_shape`) - what ``--sealed`` may show of what the reader missed
    missed_shapes: list[str] = field(default_factory=list)
    #: how a wrong day was wrong (no day read, another year, another month, another day)
    date_miss: str = ""
    #: what the page was shown as: ``read`` (a talk), ``warned`` (no talk, the body as
    #: written with a ``meetup.programme`` warning) or ``silent`` (no talk, no word)
    outcome: str = "silent"
    #: a warned page's ``meetup.programme`` warning, in kind only (:func:`warning_kind`)
    warning: str = ""

    @property
    def f1(self) -> float:
        return _f1(self.found, self.predicted, self.annotated)


@dataclass
class Totals:
    """The corpus totals the targets are about."""

    files: list[FileScore] = field(default_factory=list)

    def _sum(self, name: str) -> int:
        return sum(getattr(score, name) for score in self.files)

    @property
    def precision(self) -> float:
        return _ratio(self._sum("found"), self._sum("predicted"))

    @property
    def recall(self) -> float:
        return _ratio(self._sum("found"), self._sum("annotated"))

    @property
    def talk_f1(self) -> float:
        return _f1(self._sum("found"), self._sum("predicted"), self._sum("annotated"))

    @property
    def speakers(self) -> float:
        return _ratio(self._sum("speakers_right"), self._sum("found"))

    @property
    def videos(self) -> float:
        return _ratio(self._sum("videos_right"), self._sum("found"))

    @property
    def dates(self) -> float:
        dated = [score.date for score in self.files if score.date is not None]
        return _ratio(sum(dated), len(dated))

    @property
    def replays(self) -> float:
        return _ratio(sum(score.replays for score in self.files), len(self.files))

    def meets_targets(self) -> bool:
        return (
            self.talk_f1 >= TARGETS["talk_f1"]
            and self.speakers >= TARGETS["speakers"]
            and self.dates >= TARGETS["dates"]
            and self.precision >= TARGETS["precision"]
        )

    def figures(self) -> dict[str, float | int]:
        """The measures as a flat mapping (for ``--save`` / ``--compare``)."""
        return {
            "pages": len(self.files),
            "talks": self._sum("annotated"),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "talk_f1": round(self.talk_f1, 3),
            "speakers": round(self.speakers, 3),
            "dates": round(self.dates, 3),
            "replays": round(self.replays, 3),
        }


def site_of(relative: str) -> str:
    """The site a corpus page belongs to: its first folder, without a ``-hugo-pr40``
    style suffix (``dataworkz-educenter-hugo-pr40`` is the site ``dataworkz``)."""
    folder = relative.split("/", 1)[0]
    return folder.split("-educenter", 1)[0]


def by_site(totals: Totals) -> dict[str, Totals]:
    """The totals of each site, in the order sites first appear."""
    sites: dict[str, Totals] = {}
    for item in totals.files:
        sites.setdefault(site_of(item.path), Totals()).files.append(item)
    return sites


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(found: int, predicted: int, annotated: int) -> float:
    precision, recall = _ratio(found, predicted), _ratio(found, annotated)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_file(relative: str, truth: dict, event: Event) -> FileScore:
    """Compare one event with its annotation."""
    talks = [talk for talk in event.talks if talk.kind == "talk"]
    wanted = truth.get("talks", [])
    result = FileScore(relative, predicted=len(talks), annotated=len(wanted))
    result.outcome = "read" if talks else (
        "warned" if any(p.subtype == "programme" for p in event.problems) else "silent")
    if result.outcome == "warned":
        result.warning = warning_kind(
            next(p.message for p in event.problems if p.subtype == "programme"))
    unused = list(talks)
    missed = []
    for expected in wanted:
        title = fold(expected["title"])
        talk = next((t for t in unused if fold(t.title) == title), None)
        if talk is None:
            result.misses.append(f"missed talk {expected['title']!r}")
            missed.append(expected)
            continue
        unused.remove(talk)
        result.found += 1
        if _same_people(talk.speakers, expected):
            result.speakers_right += 1
        else:
            result.misses.append(f"speakers of {expected['title']!r}: {talk.speakers}")
            result.speaker_misses.append(speaker_miss(talk.speakers, expected))
        if same_video(talk.video) == same_video(expected.get("video")):
            result.videos_right += 1
    result.misses += [f"extra talk {talk.title!r}" for talk in unused]
    result.kinds = [(evidence_kind(talk.evidence.get("", "")), talk not in unused,
                     bool(talk.speakers)) for talk in talks]
    right_kinds = {kind for kind, right, _named in result.kinds if right}
    result.extra_causes = [(evidence_kind(talk.evidence.get("", "")),
                            extra_cause(talk, wanted, missed, truth)) for talk in unused]
    result.beside_right = sum(1 for kind, right, _named in result.kinds
                              if not right and kind in right_kinds)
    if truth.get("date"):
        day = event.start.date() if isinstance(event.start, dt.datetime) else event.start
        result.date = day is not None and day.isoformat() == truth["date"]
        if not result.date:
            result.misses.append(f"date {day} != {truth['date']}")
            wanted_day = dt.date.fromisoformat(truth["date"])
            result.date_miss = (
                "no day read" if day is None
                else "another year" if day.year != wanted_day.year
                else "another month" if day.month != wanted_day.month
                else "another day of the month"
            )
    found = _recordings(event.replays, [talk.video for talk in talks])
    annotated = _recordings(truth.get("replays", []), [talk.get("video") for talk in wanted])
    result.replays = found == annotated
    if not result.replays:
        result.misses.append(f"recordings {sorted(found)} != {sorted(annotated)}")
    return result


def _recordings(replays: list[str], videos: list[str | None]) -> set[str | None]:
    """An event's recordings: its replays and its talks' videos, in one set - a
    recording is the same whether a page (or its annotation) gives it to the event or to
    the talk it records."""
    return {same_video(url) for url in [*replays, *videos] if url}


def extra_cause(talk: Talk, wanted: list[dict], missed: list[dict], truth: dict) -> str:
    """What an invented talk is instead: the people of a talk it missed (a right talk
    under a wrong title), people of the page who give another talk, people who give no
    talk, no one, on a page with no talk at all."""
    if not wanted:
        return "page has no talk"
    title = fold(talk.title)
    for expected in missed:
        wanted_title = fold(expected["title"])
        if title and wanted_title and wanted_title in title:
            return "a missed title and more: " + _residue_shape(talk.title, wanted_title, talk)
    if any(title in fold(expected["title"]) for expected in missed if title):
        return "part of a missed title"
    if any(_same_people(talk.speakers, expected) for expected in missed if talk.speakers):
        return "a missed talk's people"
    if not talk.speakers:
        return "no one"
    people = {fold(person) for expected in wanted for person in expected.get("speakers", [])}
    people |= {fold(person) for person in truth.get("speakers", [])}
    if all(fold(name) in people for name in talk.speakers):
        return "speakers of the page"
    return "no speaker of the page"


def speaker_miss(names: list[str], expected: dict) -> str:
    """How a found talk's speakers differ from the annotated ones, in shape only: none
    read, people the page's talk has not, more or fewer people, a name written another
    way (its words in another order, a part of the other), another person."""
    people = expected.get("speakers", [])
    if not names:
        return "none read"
    if not people:
        return "the talk names no one"
    wanted = [fold(person) for person in people]
    read = [fold(name) for name in names]
    shared = sum(1 for name in read if name in wanted)
    if len(read) != len(wanted):
        return (f"{'more' if len(read) > len(wanted) else 'fewer'} people read, "
                f"{shared} of them right")
    words = [sorted(fold(word) for word in person.split()) for person in people]
    for name in names:
        if fold(name) in wanted:
            continue
        if sorted(fold(word) for word in name.split()) in words:
            return "a name's words in another order"
        if any(fold(name) in other or other in fold(name) for other in wanted):
            return "a name part of the annotated one, or more"
        return "another person"
    return "another person"


def _residue_shape(read: str, wanted: str, talk: Talk) -> str:
    """How a read title is longer than the annotated one, in shape only (no words): where
    the rest is, whether it holds a digit, a ``#``, the talk's speaker, its separator."""
    text = unicodedata.normalize("NFKC", read).casefold()
    kept = [i for i, char in enumerate(text)
            if not char.isspace() and not unicodedata.category(char).startswith("P")]
    start = "".join(text[i] for i in kept).index(wanted)
    before = text[: kept[start]].strip()
    after = text[kept[start + len(wanted) - 1] + 1:].strip()
    parts = []
    for where, rest in (("before", before), ("after", after)):
        if not rest:
            continue
        marks = [where]
        marks += ["digit"] if any(c.isdigit() for c in rest) else []
        marks += ["#"] if "#" in rest else []
        marks += ["speaker"] if any(fold(name) in fold(rest) for name in talk.speakers) else []
        edge = rest[-1] if where == "before" else rest[0]
        marks += [f"sep {edge}"] if not edge.isalnum() else ["no sep"]
        marks += [f"{len(rest.split())}w"]
        parts.append(" ".join(marks))
    return "; ".join(parts)


def _same_people(names: list[str], expected: dict) -> bool:
    """Whether ``names`` are the annotated speakers (by name or annotated alias)."""
    people = expected.get("speakers", [])
    aliases = expected.get("aliases", {}) or {}
    keys = []
    for person in people:
        extra = aliases.get(person, [])
        extra = [extra] if isinstance(extra, str) else list(extra)
        keys.append({fold(person), *(fold(alias) for alias in extra)})
    matched = set()
    for name in names:
        index = next((i for i, known in enumerate(keys) if fold(name) in known), None)
        if index is None or index in matched:
            return False
        matched.add(index)
    return len(matched) == len(people)


def _front_and_body(text: str) -> tuple[str, str]:
    """A page's YAML front matter and its body, roughly (the diagnostics' own split)."""
    head, _, body = text.partition("\n---") if text.startswith("---") else ("", "", text)
    return head, body


_FRONT_KEY = re.compile(r"^(\w[\w-]*):[ \t]*(.*)$", re.MULTILINE)


def day_shape(text: str, relative: str, day: dt.date) -> str:
    """Where a page gives the day the reader missed, in shape only (no words): a
    front-matter key (``date`` or another holding a day, and how it is written), the file
    name, or the body (and how it is written there)."""
    numbers = {f"{day.year}", f"{day.month}", f"{day.month:02d}", f"{day.day}", f"{day.day:02d}"}
    head, body = _front_and_body(text)
    shapes = []
    for name, value in _FRONT_KEY.findall(head):
        found = set(re.findall(r"\d+", value))
        if {f"{day.day}", f"{day.day:02d}"} & found and (
                {f"{day.month}", f"{day.month:02d}"} & found or not found - numbers):
            kind = "key date" if name.lower() == "date" else "another key"
            shape = re.sub(r"\d", "9", re.sub(r"[^\W\d_]+", "a", value.strip()))[:24]
            shapes.append(f"{kind} {shape}")
    if day.isoformat() in relative or day.strftime("%Y%m%d") in relative:
        shapes.append("file name")
    for pattern, label in ((day.isoformat(), "body iso"),
                           (f"{day.day:02d}/{day.month:02d}/{day.year}", "body d/m/y"),
                           (f"{day.month:02d}/{day.day:02d}/{day.year}", "body m/d/y"),
                           (f"{day.month}月{day.day}日", "body m月d日")):
        if pattern in body:
            shapes.append(label)
    from sphinx_meetup.reader import dates

    days = {}
    for line in body.splitlines():
        if any(char.isdigit() for char in line) and (
                found := dates.find_date(line, day.year)) is not None:
            days.setdefault(found, line)
    if day in days:
        shapes.append(f"a body {_line_shape(days[day])} read as that day, "
                      f"{len(days) - 1} other days in the body")
    return ", ".join(shapes) or "nowhere plain"


def title_place(text: str, scored: FileScore, truth: dict) -> str:
    """Where the page writes the titles of the talks missed, in shape only: a front-matter
    line, a body line of some kind (:func:`_line_shape`), or nowhere as written."""
    head, body = _front_and_body(text)
    missed = [fold(expected["title"]) for expected in truth.get("talks", [])
              if f"missed talk {expected['title']!r}" in scored.misses and expected["title"]]
    places = []
    for wanted in missed:
        if any(wanted in fold(line) for line in head.splitlines()):
            places.append("front matter")
        elif (line := next((line for line in body.splitlines() if wanted in fold(line)),
                           None)) is not None:
            places.append("body " + _line_shape(line))
        else:
            places.append("nowhere as written")
    return ", ".join(sorted(set(places))) or "untitled"


def _front_key_kind(head: str, name: str) -> str:
    """What kind of front-matter key names a missed talk's speaker, as a category (never
    the key's words): one the reader reads for speakers, one whose name holds a speaker
    word, an author's key, an item or a nested line, or another key."""
    from sphinx_meetup.reader.fields import ALIASES
    from sphinx_meetup.reader.labels import DEFAULT

    speaker_keys = set(ALIASES["speakers"])
    words = DEFAULT.words("speaker") | {"guest", "guests", "lecturer", "host"}
    for line in head.splitlines():
        if name not in fold(line):
            continue
        stripped = line.strip()
        key = re.split(r"\s*[:=]", stripped, maxsplit=1)[0].strip("-\"' ").casefold()
        if line[:1].isspace() or stripped.startswith("-"):
            return " (a nested line or list item)"
        if key in speaker_keys:
            return " (a speaker key the reader knows)"
        if key in {"author", "authors", "by", "writer"}:
            return " (an author's key)"
        if any(word in key for word in words if len(word) > 3):
            return " (a key holding a speaker word)"
        return " (another key)"
    return ""


def missed_shape(text: str, expected: dict) -> str:
    """Where a page writes a talk the reader missed, in shape only: the title's line
    (front matter, a body line of some kind, nowhere as written) and where the talk's
    first speaker is named from there (on the title's line, in the 3 lines after or
    before it, elsewhere in the body, only in the front matter, nowhere as written)."""
    head, body = _front_and_body(text)
    lines = body.splitlines()
    title = fold(expected.get("title") or "")
    at = next((i for i, line in enumerate(lines) if title and title in fold(line)), None)
    if at is None:
        place = ("front matter" if title and any(title in fold(line) for line in
                                                   head.splitlines()) else "nowhere as written")
    else:
        place = "body " + _line_shape(lines[at])
    people = expected.get("speakers") or []
    if not people:
        return f"{place}; names no one"
    name = fold(people[0])
    named = [i for i, line in enumerate(lines) if name and name in fold(line)]
    if at is not None and at in named:
        where = "speaker on its line"
    elif at is not None and any(at < i <= at + 3 for i in named):
        where = "speaker in the 3 lines after"
    elif at is not None and any(at - 3 <= i < at for i in named):
        where = "speaker in the 3 lines before"
    elif named:
        where = "speaker elsewhere in the body"
    elif name and name in fold(head):
        where = "speaker in the front matter only" + _front_key_kind(head, name)
    else:
        where = "speaker nowhere as written"
    return f"{place}; {where}"


def _line_shape(line: str) -> str:
    """What kind of line a date is on: a heading, a list item, a table row, a label's
    value, bold, or prose."""
    text = line.strip()
    if text.startswith("#"):
        return "heading"
    if text.startswith("|"):
        return "table row"
    if text[:2] in ("- ", "* ", "+ ") or re.match(r"\d+[.)] ", text):
        return "list item"
    if re.match(r"^[*_]*[^\W\d_][^:：\d]{0,24}[:：]", text):
        return "label line"
    if text.startswith(("**", "__", "<")):
        return "bold or HTML line"
    return "prose line"


def score(corpus: Path, site: str | None = None) -> Totals:
    """Read every annotated page of ``corpus`` (of one ``site``, if given) and score it."""
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    totals = Totals()
    for relative, annotation in sorted(truth.items()):
        if site is not None and site_of(relative) != site:
            continue
        event = read_file(corpus / "events" / relative, timezone=zone_for(relative))
        scored = score_file(relative, annotation, event)
        if any(cause == "a missed talk's people" for _kind, cause in scored.extra_causes):
            text = (corpus / "events" / relative).read_text(encoding="utf-8", errors="replace")
            scored.extra_causes = [
                (kind, cause + " (" + title_place(text, scored, annotation) + ")"
                 if cause == "a missed talk's people" else cause)
                for kind, cause in scored.extra_causes]
        if scored.outcome != "read" or scored.found < scored.annotated:
            text = (corpus / "events" / relative).read_text(encoding="utf-8", errors="replace")
            scored.missed_shapes = [
                f"{scored.outcome} page: " + missed_shape(text, expected)
                for expected in annotation.get("talks", [])
                if f"missed talk {expected['title']!r}" in scored.misses]
        if scored.date_miss:
            scored.date_miss += " (" + day_shape(
                (corpus / "events" / relative).read_text(encoding="utf-8", errors="replace"),
                relative, dt.date.fromisoformat(annotation["date"])) + ")"
        totals.files.append(scored)
    return totals


def speed(corpus: Path, seconds: float = 2.0) -> float:
    """Event files read per second (one core), over the corpus pages held in memory."""
    pages = [
        (path.read_bytes(), zone_for(str(path.relative_to(corpus / "events"))))
        for path in sorted((corpus / "events").rglob("*.md"))
        if path.name != "_index.md"
    ]
    count, began = 0, time.perf_counter()
    while time.perf_counter() - began < seconds:
        for data, zone in pages:
            read_event(data, timezone=zone)
        count += len(pages)
    return count / (time.perf_counter() - began)


#: what an evidence text says about one page, not the kind of evidence: line numbers,
#: quoted words, digits and any letter outside ASCII (the pages' own words)
_PAGE_WORDS = re.compile(
    r"line \d+:?\s*|'[^']*'|\"[^\"]*\"|`[^`]*`|«[^»]*»|“[^”]*”|[^\x20-\x7e]|\d+"
)


def evidence_kind(evidence: str) -> str:
    """The kind of evidence a talk's title was read from, without the page's words."""
    return " ".join(_PAGE_WORDS.sub(" ", evidence).split())[:100] or "(none given)"


#: the fixed openings of the reader's ``meetup.programme`` warnings whose rest names the
#: page's own people or words unquoted: only the opening is kept
_WARNING_OPENINGS = ("no talk was read from this page, though it names people",
                     "no talk was read from this page, though it names")


def warning_kind(message: str) -> str:
    """Why a page was shown as written, without the page's words: the warning's reason
    (a doubt's kind, quoted words and digits dropped), not its advice."""
    opening = next((o for o in _WARNING_OPENINGS if message.startswith(o)), None)
    if opening is not None:
        return opening
    reason = message.split(" - give", 1)[0].split("; no agenda", 1)[0]
    return evidence_kind(reason.removeprefix("the programme was not understood"))


def sealed_report(totals: Totals) -> str:
    """What may be shown of a sealed round: the totals, the sites, and how many found
    talks each kind of evidence gave, right and not - no file, no title, no page text."""
    tally: dict[str, list[int]] = {}
    for item in totals.files:
        for kind, right, named in item.kinds:
            counts = tally.setdefault(kind, [0, 0, 0])
            counts[0 if right else 1] += 1
            counts[2] += not right and not named
    rows = [totals_report(totals), "",
            f"{'evidence of a found talk':<90} {'right':>5} {'extra':>5} {'naming no one':>13}"]
    rows += [f"{kind:<90} {right:>5} {extra:>5} {unnamed:>13}"
             for kind, (right, extra, unnamed) in sorted(tally.items(), key=lambda kv: -kv[1][1])]
    extras = sum(kind_counts[1] for kind_counts in tally.values())
    beside = sum(item.beside_right for item in totals.files)
    rows += ["", f"extra talks read beside a right talk of the same kind on their page: "
                 f"{beside} of {extras}"]
    causes: dict[tuple[str, str], int] = {}
    for item in totals.files:
        for kind, cause in item.extra_causes:
            causes[kind[:60], cause] = causes.get((kind[:60], cause), 0) + 1
    speakers: dict[str, int] = {}
    for item in totals.files:
        for miss in item.speaker_misses:
            speakers[miss] = speakers.get(miss, 0) + 1
    if speakers:
        rows += ["", "found talks with wrong speakers: " + ", ".join(
            f"{miss} {count}" for miss, count in sorted(speakers.items()))]
    if causes:
        rows += ["", "extra talks by what they are instead:"]
        rows += [f"  {kind:<60} {cause:<24} {count:>3}"
                 for (kind, cause), count in sorted(causes.items())]
    shapes: dict[str, int] = {}
    for item in totals.files:
        for shape in item.missed_shapes:
            shapes[shape] = shapes.get(shape, 0) + 1
    if shapes:
        rows += ["", "missed talks by where they are written:"]
        rows += [f"  {shape:<80} {count:>3}"
                 for shape, count in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0]))]
    warned: dict[str, list[int]] = {}
    for item in totals.files:
        if item.warning and item.annotated:
            counts = warned.setdefault(item.warning, [0, 0])
            counts[0] += 1
            counts[1] += item.annotated
    if warned:
        rows += ["", "pages with talks shown as written, by their warning's reason "
                     "(pages, talks):"]
        rows += [f"  {kind:<90} {pages:>3} {talks:>4}"
                 for kind, (pages, talks) in sorted(warned.items(), key=lambda kv: -kv[1][1])]
    misses: dict[tuple[str, str], int] = {}
    for item in totals.files:
        if item.date_miss:
            key = (site_of(item.path), item.date_miss)
            misses[key] = misses.get(key, 0) + 1
    if misses:
        rows += ["", "wrong days: " + ", ".join(
            f"{site} {how} {count}" for (site, how), count in sorted(misses.items()))]
    return "\n".join(rows)


def report(totals: Totals) -> str:
    """The per-file table and the totals, as text."""
    rows = [f"{'file':<58} {'P':>5} {'R':>5} {'F1':>5} {'spk':>5} {'date':>4} {'rep':>3}"]
    for item in totals.files:
        date = "-" if item.date is None else "ok" if item.date else "NO"
        rows.append(
            f"{item.path[-58:]:<58} {_ratio(item.found, item.predicted):5.2f} "
            f"{_ratio(item.found, item.annotated):5.2f} {item.f1:5.2f} "
            f"{item.speakers_right:>2}/{item.found:<2} {date:>4} "
            f"{'ok' if item.replays else 'NO':>3}"
        )
        rows += [f"    {miss}" for miss in item.misses]
    return "\n".join([*rows, "", totals_report(totals)])


def totals_report(totals: Totals) -> str:
    """The totals and the per-site table, as text (all a sealed round may show of it)."""
    return "\n".join([
        f"talks: precision {totals.precision:.3f}  recall {totals.recall:.3f}  "
        f"F1 {totals.talk_f1:.3f} (target {TARGETS['talk_f1']})",
        f"speakers on found talks: {totals.speakers:.3f} (target {TARGETS['speakers']})",
        f"dates: {totals.dates:.3f} (target {TARGETS['dates']})",
        f"replays: {totals.replays:.3f}   per-talk videos on found talks: {totals.videos:.3f}",
        outcomes_line(totals),
        "",
        site_table(totals),
    ])


def outcomes_line(totals: Totals) -> str:
    """How pages were shown: of the pages with annotated talks, how many had a talk read,
    how many were shown as written with the ``meetup.programme`` warning, and how many
    said nothing (a silent miss: the organiser is not told); of the pages without,
    how many were warned about all the same."""
    counts: dict[tuple[bool, str], int] = {}
    for item in totals.files:
        key = (item.annotated > 0, item.outcome)
        counts[key] = counts.get(key, 0) + 1
    return (f"pages with talks: {counts.get((True, 'read'), 0)} read, "
            f"{counts.get((True, 'warned'), 0)} shown as written with a warning, "
            f"{counts.get((True, 'silent'), 0)} silent; pages without talks: "
            f"{counts.get((False, 'read'), 0)} read a talk, "
            f"{counts.get((False, 'warned'), 0)} warned")


_COLUMNS = ("precision", "recall", "talk_f1", "speakers", "dates", "replays")


def site_table(totals: Totals, before: dict[str, dict] | None = None) -> str:
    """One row per site; with ``before`` (saved figures), each cell is ``before→now``."""
    head = f"{'site':<22} {'pages':>5} {'talks':>5} " + " ".join(
        f"{name:>{13 if before else 9}}" for name in _COLUMNS
    )
    rows = [head]
    for site, part in by_site(totals).items():
        now = part.figures()
        cells = []
        for name in _COLUMNS:
            old = (before or {}).get(site, {}).get(name)
            cell = f"{now[name]:.3f}" if old is None else f"{old:.3f}→{now[name]:.3f}"
            cells.append(f"{cell:>{13 if before else 9}}")
        rows.append(f"{site:<22} {now['pages']:>5} {now['talks']:>5} " + " ".join(cells))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--speed", action="store_true", help="also time the reader")
    parser.add_argument("--site", help="score only this site (e.g. sofastack)")
    parser.add_argument("--save", type=Path, help="write the per-site figures as JSON")
    parser.add_argument("--compare", type=Path, help="per-site figures beside saved ones")
    parser.add_argument("--sealed", action="store_true",
                        help="a sealed round: totals, sites and evidence kinds only")
    args = parser.parse_args(argv)
    if not (args.corpus / "truth.json").is_file():
        print(f"no truth.json in {args.corpus}", file=sys.stderr)
        return 2
    totals = score(args.corpus, args.site)
    print(sealed_report(totals) if args.sealed else report(totals))
    sites = by_site(totals)
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        print("\nper site, saved → now:")
        print(site_table(totals, before))
    if args.save:
        figures = {site: part.figures() for site, part in sites.items()}
        figures["all"] = totals.figures()
        args.save.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    if args.speed:
        print(f"reader: {speed(args.corpus):,.0f} files/s")
    return 0 if all(part.meets_targets() for part in sites.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
