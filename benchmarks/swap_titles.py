"""Swap the titles of correctly read pages for other real titles: does the reading hold?

A reader fitted to its development pages can lean on their titles' words without anyone
noticing: ``Mesa Redonda: Tests`` reads as a person and a title, ``Spark, Flink, Spark
Structured Streaming`` as a title and a person. Another site's titles will hold such
words. This check takes every annotated page whose talks are all read right (two or
more, each title written once in the file), replaces each title with one drawn from the
other pages' annotations (same script family: Latin or CJK), reads the page again and
sorts what happened::

    python benchmarks/swap_titles.py SET_DIR ... [--seed N] [--rounds N]

- ``same``: the new titles, the same people, nothing else - what a reader should do;
- ``title altered``: a new title read shorter or longer (``Panel:`` taken off, a ``…``);
- ``a talk lost`` / ``a talk added``: the page's talk count moved;
- ``shown as written``: the page fell back to its body with the programme warning (safe);
- ``INVENTED speaker``: someone who is nobody on the page - the failure that matters.

``--swap names`` swaps the people instead (every place a page names a speaker, for a
person drawn from other pages' annotations): the same titles should be read, with the
new people - a reader that knows its pages' people rather than the shapes they stand in
shows it as talks lost or pages shown as written.

The swapped pages print with ``--examples`` (development sets only: it shows their
words; on a sealed round run it without, for the counts alone). Run by hand; the sets
live outside the repository. A seed gives the same draws.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's reader

from sphinx_meetup.reader import read_event

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: titles drawn: one line, long enough to carry words, short enough to be a title
_SHORTEST, _LONGEST = 8, 70


@dataclass(frozen=True)
class Page:
    """An annotated page: its text, its site's time zone, its talks' titles, where it is."""

    text: str
    zone: str | None
    titles: tuple[str, ...]
    path: str


@dataclass
class Pool:
    """What swaps draw from: the annotated titles and people, by script family."""

    titles: dict[str, list[str]]
    names: dict[str, list[str]]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _family(title: str) -> str:
    return "cjk" if _CJK.search(title) else "latin"


def load(sets: list[Path]) -> tuple[list[Page], Pool]:
    """The pages to swap on, and the titles and people to draw from."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from score_corpus import zone_for

    pages: list[Page] = []
    pool = Pool({"latin": [], "cjk": []}, {"latin": [], "cjk": []})
    for folder in sets:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        for relative, annotation in sorted(truth.items()):
            wanted = [talk["title"] for talk in annotation.get("talks", [])]
            for title in wanted:
                if _SHORTEST <= len(title) <= _LONGEST and "\n" not in title:
                    pool.titles[_family(title)].append(title)
            for talk in annotation.get("talks", []):
                for name in talk.get("speakers", []):
                    if " " in name.strip() or _CJK.search(name):  # full names only
                        pool.names[_family(name)].append(name.strip())
            text = (folder / "events" / relative).read_text(encoding="utf-8", errors="replace")
            pages.append(Page(text, zone_for(relative), tuple(wanted), f"{folder.name}/{relative}"))
    return pages, pool


def outcome(page: Page, pool: Pool, draw: random.Random,
            swap: str = "titles") -> tuple[str, str] | None:
    """What one swap of ``page``'s titles (or people) does, and what was read (``None``:
    the page is no candidate - not all of its talks read right, fewer than two, or a
    title not written exactly once; for people, one written inside a title)."""
    talks = [t for t in read_event(page.text, timezone=page.zone).talks if t.kind == "talk"]
    wanted = {_fold(title) for title in page.titles}
    if len(talks) < 2 or any(
            _fold(talk.title) not in wanted or page.text.count(talk.title) != 1 for talk in talks):
        return None
    if swap == "names":
        swapped = _swap_names(page, talks, pool, draw)
        if swapped is None:
            return None
        text, new_people = swapped
        expected = {talk.title: [new_people[name] for name in talk.speakers] for talk in talks}
        people = set(new_people.values())
    else:
        text, expected = page.text, {}
        for talk in talks:
            choices = sorted({other for other in pool.titles[_family(talk.title)]
                              if _fold(other) not in wanted and other not in page.text
                              and other not in expected})
            if not choices:
                return None
            other = draw.choice(choices)
            text = text.replace(talk.title, other)
            expected[other] = talk.speakers
        people = {name for talk in talks for name in talk.speakers}
    again = [t for t in read_event(text, timezone=page.zone).talks if t.kind == "talk"]
    read = "; ".join(f"{t.title[:50]} / {', '.join(t.speakers)}" for t in again)
    if not again:
        return "shown as written", read
    if any(name not in people for talk in again for name in talk.speakers):
        return "INVENTED speaker", read
    if len(again) != len(talks):
        return ("a talk lost" if len(again) < len(talks) else "a talk added"), read
    titles = {talk.title: talk.speakers for talk in again}
    if any(titles.get(title) != speakers for title, speakers in expected.items()):
        return ("title altered" if any(title not in titles for title in expected)
                else "speakers moved"), read
    return "same", read


def _swap_names(page: Page, talks: list, pool: Pool,
                draw: random.Random) -> tuple[str, dict[str, str]] | None:
    """``page``'s text with every speaker written as read replaced by someone else, and
    who replaced whom; ``None`` when a name is not written as read or stands in a title."""
    names = {name for talk in talks for name in talk.speakers}
    if not names or any(name not in page.text or any(name in t.title for t in talks)
                        for name in names):
        return None
    new: dict[str, str] = {}
    for name in sorted(names, key=len, reverse=True):  # (a longer name holds a shorter)
        choices = sorted({other for other in pool.names[_family(name)]
                          if other not in page.text and other not in new.values()})
        if not choices:
            return None
        new[name] = draw.choice(choices)
    text = page.text
    for name in sorted(new, key=len, reverse=True):
        text = text.replace(name, new[name])
    return text, new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="folders with events/ and truth.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=2, help="swaps of each page")
    parser.add_argument("--swap", choices=("titles", "names"), default="titles",
                        help="what is swapped: the talks' titles or their people")
    parser.add_argument("--examples", action="store_true",
                        help="print each page that invented a speaker (its words show)")
    args = parser.parse_args(argv)
    pages, pool = load(args.sets)
    draw = random.Random(args.seed)
    counts: Counter[str] = Counter()
    for page in pages:
        for _ in range(args.rounds):
            found = outcome(page, pool, draw, args.swap)
            if found is None:
                break
            counts[found[0]] += 1
            if args.examples and found[0] == "INVENTED speaker":
                print(f"{page.path}: {found[1]}")
    total = sum(counts.values())
    print(f"swaps: {total}", ", ".join(f"{kind} {n}" for kind, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
