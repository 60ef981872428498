"""Merge held-out rounds into one set ``score_corpus.py`` and ``compare_readers.py`` read.

Run by hand (not a test)::

    python benchmarks/merge_rounds.py OUT ROUND_DIR... [--half development|sealed]

Each round is a folder with ``events/<site>/…`` and ``truth.json`` (keys relative to
``events/``, as the shared corpus writes them; a builder's ``events/``-prefixed keys are
read too). ``OUT/events/<round>-<site>`` links to each site's folder and ``OUT/truth.json``
holds every annotation under the same names, so the per-site table keeps the rounds
apart. ``--half`` keeps the sites of one half of a split fixed before any page is seen:
a site is ``development`` when the SHA-1 of its folder's name is even, else ``sealed``
(stop 31's rule). Nothing is copied: the pages stay where the rounds keep them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path


def half_of(site: str) -> str:
    """``development`` or ``sealed``: the half a site falls in, by its name alone."""
    digest = hashlib.sha1(site.encode(), usedforsecurity=False).hexdigest()
    return "development" if int(digest, 16) % 2 == 0 else "sealed"


def merge(out: Path, rounds: list[Path], half: str | None = None) -> int:
    """Link the rounds' sites into ``out`` and write their annotations; the page count."""
    (out / "events").mkdir(parents=True, exist_ok=True)
    merged: dict[str, dict] = {}
    for folder in rounds:
        name = folder.name.removeprefix("round")
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        for key, annotation in truth.items():
            site, _, rest = key.removeprefix("events/").partition("/")
            if half is not None and half_of(site) != half:
                continue
            link = out / "events" / f"{name}-{site}"
            if not link.exists():
                link.symlink_to((folder / "events" / site).resolve(), target_is_directory=True)
            merged[f"{name}-{site}/{rest}"] = annotation
    (out / "truth.json").write_text(json.dumps(merged, ensure_ascii=False, indent=1),
                                    encoding="utf-8")
    return len(merged)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the merged set's folder (made if absent)")
    parser.add_argument("rounds", type=Path, nargs="+", help="round folders")
    parser.add_argument("--half", choices=("development", "sealed"),
                        help="only the sites of one half of the split")
    args = parser.parse_args(argv)
    print(merge(args.out, args.rounds, args.half), "pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
