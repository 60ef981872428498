"""Instructions the reader spends on a corpus file, counted by cachegrind, per checkout.

Run by hand (not a test): ``python benchmarks/reader_instructions.py [TREE ...]``. For
each checkout (default: this one) it runs a process that reads the corpus once (warm:
imports, compiled patterns, the given-name table), then three more times, and the same
process with no more passes, both under ``valgrind --tool=cachegrind --cache-sim=no``;
the difference divided by 3 × the corpus' pages is the reader's cost of one file,
without the start-up. ``PYTHONHASHSEED=0``, the collector off and no bytecode written,
so a count moves by less than 0.1% from run to run while wall time on a shared machine
moves by 5-20%: count a rule before it lands (stop 32's rules cost +15% before their
gates; docs/performance.md, "Reader speed, stop 32"). About 90 s a checkout.

Needs ``valgrind`` (Debian: ``apt-get install valgrind``) and the venv's Python (the
reader needs python-frontmatter). Each checkout is imported from its own folder
(``PYTHONPATH``), so two trees compare two readers on one corpus.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpus"
#: the passes a count is the difference of
PASSES = 3

#: the process each count runs: read the corpus once, then ``passes`` more times
_CHILD = """
import gc, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from benchmarks.score_corpus import zone_for
from sphinx_meetup.reader import read_event
corpus = Path(sys.argv[2])
pages = [(p.read_bytes(), zone_for(str(p.relative_to(corpus / "events"))))
         for p in sorted((corpus / "events").rglob("*.md")) if p.name != "_index.md"]
gc.disable()
for _ in range(1 + int(sys.argv[1])):
    for data, zone in pages:
        read_event(data, timezone=zone)
print(len(pages))
"""


def count(tree: Path, corpus: Path, passes: int) -> tuple[int, int]:
    """(instructions, pages) of one process reading the corpus ``1 + passes`` times."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONPATH": str(tree)}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "cachegrind.out"
        done = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no",
             f"--cachegrind-out-file={out}", sys.executable, "-c", _CHILD, str(passes),
             str(corpus), str(tree)],
            cwd=tree, env=env, capture_output=True, text=True, check=True)
        summary = re.search(r"^summary:\s+(\d+)", out.read_text(), re.MULTILINE)
    if summary is None:
        raise RuntimeError(f"no cachegrind summary for {tree}")
    return int(summary[1]), int(done.stdout.split()[-1])


def per_file(tree: Path, corpus: Path) -> float:
    """Millions of instructions the reader of ``tree`` spends on one corpus file."""
    base, pages = count(tree, corpus, 0)
    more, _ = count(tree, corpus, PASSES)
    return (more - base) / PASSES / pages / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="*", type=Path, default=[HERE.parent],
                        help="checkouts to count (default: this one)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    for tree in args.trees:
        print(f"{per_file(tree.resolve(), args.corpus.resolve()):.3f} M instructions a "
              f"corpus file  {tree}")


if __name__ == "__main__":
    main()
