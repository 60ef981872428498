"""What the programme gates do to blind readings (the table in ``docs/accuracy.md``).

A blind reading is what the reader showed on a set *before* any rule was written for it:
check the old commit out (``git worktree add --detach /tmp/old <sha>``) and, with that
checkout first on the path, write every talk it showed, marked right or invented against
the set's ``truth.json``::

    PYTHONPATH=/tmp/old python benchmarks/blind_readings.py harvest LABEL SET_DIR >> blind.jsonl

(the script never imports this checkout's reader for ``harvest``: the path decides).
Then, with this checkout, apply today's gates (:mod:`sphinx_meetup.reader.confidence`
and :mod:`sphinx_meetup.reader.trust`) to those talks, page by page, all or nothing::

    python benchmarks/blind_readings.py gate blind.jsonl LABEL=SET_DIR ...

It prints, per check, the invented and right talks on the pages it fires on, those no
other check catches, the sites it fires on, the same per set, and per set the blind
precision / recall before and with the gates.
Run by hand (not a test); the sets live outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path


def fold(text: str) -> str:
    """As ``score_corpus.fold``: NFKC, case-folded, no whitespace or punctuation."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(c for c in text
                   if not c.isspace() and not unicodedata.category(c).startswith("P"))


def harvest(label: str, corpus: Path) -> None:
    """One JSON line per talk shown (``status`` right or invented), one per page."""
    from sphinx_meetup.reader import read_file

    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    for relative, annotation in sorted(truth.items()):
        event = read_file(corpus / "events" / relative)
        wanted = [fold(t["title"]) for t in annotation.get("talks", [])]
        shown = [talk for talk in event.talks if talk.kind == "talk"]
        for talk in shown:
            right = fold(talk.title) in wanted
            if right:
                wanted.remove(fold(talk.title))
            print(json.dumps({
                "set": label, "file": relative, "line": talk.line, "title": talk.title,
                "speakers": talk.speakers, "evidence": getattr(talk, "evidence", {}),
                "status": "right" if right else "invented",
            }, ensure_ascii=False))
        print(json.dumps({"set": label, "file": relative, "page": True,
                          "annotated": len(annotation.get("talks", []))}, ensure_ascii=False))


def gate(readings: Path, sets: dict[str, Path]) -> None:
    """Today's gates on the blind talks of ``readings``."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from sphinx_meetup.model import Talk
    from sphinx_meetup.reader import body, confidence, read_file, trust
    from sphinx_meetup.reader.labels import DEFAULT

    pages: dict[tuple[str, str], list[dict]] = defaultdict(list)
    annotated: dict[str, int] = defaultdict(int)
    for line in readings.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("page"):
            # (readings harvested before this script named it ``annotated`` say ``nann``)
            annotated[row["set"]] += row.get("annotated", row.get("nann", 0))
        else:
            pages[(row["set"], row["file"])].append(row)
    per_check: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_set: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    #: check -> set -> invented / right removed, and the sites it fired on
    by_set: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    sites: dict[str, set[str]] = defaultdict(set)
    for (label, relative), rows in sorted(pages.items()):
        path = sets[label] / "events" / relative
        known = body.known_names(read_file(path))
        talks = [Talk(r["title"], list(r["speakers"]), line=r["line"],
                      evidence=dict(r["evidence"])) for r in rows]
        fired = {name for name, _, _ in trust.checks(
            talks, DEFAULT, known, path.read_text(encoding="utf-8"), 1)}
        if confidence.doubt(talks, DEFAULT, known):
            fired.add("confidence")
        invented = sum(r["status"] == "invented" for r in rows)
        right = len(rows) - invented
        for name in fired:
            by_set[name][label][0] += invented
            by_set[name][label][1] += right
            sites[name].add(f"{label}:{relative.split('/', 1)[0]}")
            per_check[name]["invented"] += invented
            per_check[name]["right"] += right
            if len(fired) == 1:
                per_check[name]["alone invented"] += invented
                per_check[name]["alone right"] += right
        counts = per_set[label]
        counts["invented"] += invented
        counts["right"] += right
        if not fired:
            counts["kept invented"] += invented
            counts["kept right"] += right
    print(f"{'check':22} {'invented':>9} {'right':>6} {'alone':>9} {'sites':>5}  "
          "per set (invented/right)")
    for name, counts in sorted(per_check.items()):
        alone = f"{counts['alone invented']}/{counts['alone right']}"
        split = " ".join(f"{label} {inv}/{ok}" for label, (inv, ok) in sorted(by_set[name].items()))
        print(f"{name:22} {counts['invented']:>9} {counts['right']:>6} {alone:>9} "
              f"{len(sites[name]):>5}  {split}")
    print(f"\n{'set':10} {'before P / R':>14} {'with gates P / R':>18}")
    for label, counts in sorted(per_set.items()):
        shown = counts["invented"] + counts["right"]
        kept = counts["kept invented"] + counts["kept right"]
        whole = annotated[label] or 1
        before = f"{counts['right'] / (shown or 1):.3f} / {counts['right'] / whole:.3f}"
        after = f"{counts['kept right'] / (kept or 1):.3f} / {counts['kept right'] / whole:.3f}"
        print(f"{label:10} {before:>14} {after:>18}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("harvest", help="the talks the reader on the path shows")
    take.add_argument("label")
    take.add_argument("corpus", type=Path)
    judge = commands.add_parser("gate", help="today's gates on harvested talks")
    judge.add_argument("readings", type=Path)
    judge.add_argument("sets", nargs="+", help="LABEL=SET_DIR")
    args = parser.parse_args(argv)
    if args.command == "harvest":
        harvest(args.label, args.corpus)
    else:
        gate(args.readings, {k: Path(v) for k, v in (s.split("=", 1) for s in args.sets)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
