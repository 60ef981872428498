"""What one reader changes against another, page by page, on annotated sets.

A reader rule is judged against its parent commit on pages nobody wrote it for: check
both out (``git worktree add --detach /tmp/before <sha>``) and compare::

    python benchmarks/compare_readers.py /tmp/before /tmp/after SET_DIR ...
    python benchmarks/compare_readers.py /tmp/before /tmp/after --sealed ROUND_DIR ...

Each checkout reads the sets with its own reader and scorer, in a process of its own (so
two versions of the package never meet in one interpreter). Printed: every page whose
figures changed - talks found right, talks invented, found talks with the right
speakers, the day, and what the page was shown as (read, shown as written with a
warning, silent) - and the totals. ``--sealed`` prints the totals only: no file name and
no word of a page nobody may read. ``--by-set`` adds a totals line for each set that
changed (its folder's name, as ``round36: pages changed: 1 {…}``): which of many sealed
rounds a rule moves, still without a page. Run by hand (not a test); the sets live
outside the repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

#: run in each checkout's own process: its scorer, its reader (the checkout first on
#: the path), one line of JSON per page
_READ = """
import json, sys, importlib.util
from pathlib import Path
sys.path.insert(0, sys.argv[1])
scorer = Path(sys.argv[1], "benchmarks", "score_corpus.py")
spec = importlib.util.spec_from_file_location("sc", scorer)
sc = importlib.util.module_from_spec(spec); sys.modules["sc"] = sc; spec.loader.exec_module(sc)
for folder in sys.argv[2:]:
    for page in sc.score(Path(folder)).files:
        print(json.dumps({"page": folder + "::" + page.path, "found": page.found,
                          "predicted": page.predicted, "speakers": page.speakers_right,
                          "date": page.date, "outcome": page.outcome}))
"""


def readings(checkout: Path, sets: list[str]) -> dict[str, dict]:
    """Each page's figures as ``checkout`` reads it."""
    done = subprocess.run([sys.executable, "-c", _READ, str(checkout), *sets],
                          capture_output=True, text=True, check=True)
    return {row["page"]: row for row in map(json.loads, done.stdout.splitlines())}


def changes(before: dict, after: dict) -> dict[str, int | str]:
    """How a page's figures moved: talks right, talks invented, speakers right, the day
    (+1 made right, -1 made wrong) and the outcome, if it changed."""
    def invented(row: dict) -> int:
        return row["predicted"] - row["found"]

    return {
        "right": after["found"] - before["found"],
        "invented": invented(after) - invented(before),
        "speakers": after["speakers"] - before["speakers"],
        "day": (after["date"] is True) - (before["date"] is True),
        "outcome": (f"{before['outcome']} -> {after['outcome']}"
                    if before["outcome"] != after["outcome"] else ""),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="checkout of the reader before")
    parser.add_argument("after", type=Path, help="checkout of the reader after")
    parser.add_argument("sets", nargs="+", help="folders with events/ and truth.json")
    parser.add_argument("--sealed", action="store_true",
                        help="totals only: no page named (rounds nobody may read)")
    parser.add_argument("--by-set", action="store_true",
                        help="also a totals line for each set that changed")
    args = parser.parse_args(argv)
    old, new = readings(args.before, args.sets), readings(args.after, args.sets)
    totals: Counter[str] = Counter()
    by_set: dict[str, Counter[str]] = {}
    for page, row in old.items():
        if page not in new or new[page] == row:
            continue
        moved = changes(row, new[page])
        folder, _, path = page.partition("::")
        for counts in (totals, by_set.setdefault(folder, Counter())):
            _add(counts, moved)
        if not args.sealed:
            print(path, {key: value for key, value in moved.items() if value})
    if args.by_set:
        for folder, counts in by_set.items():
            print(f"{Path(folder).name}: pages changed:", counts.pop("pages", 0), dict(counts))
    print("pages changed:", totals.pop("pages", 0), dict(totals))
    return 0


def _add(counts: Counter[str], moved: dict[str, int | str]) -> None:
    counts["pages"] += 1
    for name in ("right", "invented", "speakers", "day"):
        counts[name] += int(moved[name])
    if moved["outcome"]:
        counts[str(moved["outcome"])] += 1


if __name__ == "__main__":
    sys.exit(main())
