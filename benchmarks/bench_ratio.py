"""The headline figure: sphinx-meetup against the same events written by hand (issue 16).

Run by hand, never as part of the test suite::

    python benchmarks/bench_ratio.py 10 50 200 1000 --runs 3
    python benchmarks/bench_ratio.py 200 --code before=/tmp/meetup-before   # A/B, same rounds

It measures what ``../shared/bench/ratio.py`` (the yardstick the performance budget is
stated in) measures, the same way: the sites come from that folder's ``gen_events.py``
(imported from there, not copied: it is not this repository's), each build is a fresh
``python -m sphinx -q -E -b html`` process into an emptied output folder, the sides are
built in alternation after one warm-up round, and the ratio is taken between builds of
the same round (median and min-max). Beside wall time it reports the CPU seconds of each
build (user and system, from ``bench_child.py``), which other jobs on a shared machine
disturb less, and peak RSS.

``--code LABEL=DIR`` builds the sphinx-meetup side a second time per round with another
copy of the package (``git archive COMMIT sphinx_meetup | tar -x -C DIR``), so a change
is measured against its parent in the same rounds. ``--fixed-baseline`` also builds the
hand-written site with ``myst_enable_extensions = ["colon_fence"]``: without it the
generated pages' ``:::{grid-item-card}`` blocks are not parsed as cards (they come out
as paragraphs), so the yardstick's baseline has no speaker cards and no photos.

The package is byte-compiled first (``compileall``), as ``pip install`` does: with
``PYTHONDONTWRITEBYTECODE`` set (as on the team's machine) a source checkout is otherwise
compiled again by every build, about 0.06 s of CPU that no installed copy pays;
``--no-compile`` leaves that in.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = HERE / "bench_child.py"
SHARED = HERE.parent.parent / "shared" / "bench"
#: the side built with an empty read cache (``--cold``)
COLD = "extension, cold cache"


def load_generator(folder: Path):  # returns the shared generator's `generate`
    if not (folder / "gen_events.py").is_file():
        raise SystemExit(f"the yardstick's generator is not at {folder}/gen_events.py "
                         "(pass --shared DIR)")
    sys.path.insert(0, str(folder))
    from gen_events import generate  # type: ignore[import-not-found]

    return generate


def build(src: Path, out: Path, code: Path | None = None, *, cold: bool = False
          ) -> dict[str, float]:
    """One full build in a fresh process: wall and CPU seconds, peak RSS in MiB.

    ``cold``: into a folder of its own, whose read cache (``.meetup-cache`` beside the
    output) is emptied first, as on Read the Docs, where every build is a fresh clone.
    """
    if cold:
        out = out.parent / "cold" / out.name
        shutil.rmtree(out.parent, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    report = out.with_name(out.name + ".json")
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(code), *filter(None, [env.get("PYTHONPATH")])])
    command = [sys.executable, str(CHILD), str(report), "sphinx", "-q", "-E", "-b", "html",
               str(src), str(out)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    wall = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{src} build failed:\n{done.stderr[-2000:]}")
    usage = json.loads(report.read_text())
    return {"wall": wall, "cpu": usage["cpu_s"],
            "rss": max(usage["self_kib"], usage["children_kib"]) / 1024}


def summary(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 50, 200, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=SHARED,
                        help="folder of the yardstick's gen_events.py")
    parser.add_argument("--code", action="append", default=[], metavar="LABEL=DIR",
                        help="also build the sphinx-meetup side with the package in DIR")
    parser.add_argument("--fixed-baseline", action="store_true",
                        help="also build the hand-written pages with colon_fence on")
    parser.add_argument("--cold", action="store_true",
                        help="also build the sphinx-meetup side with an empty read cache")
    parser.add_argument("--keep", action="store_true", help="keep the generated sites")
    parser.add_argument("--no-compile", action="store_true",
                        help="do not byte-compile the package first (see the module's text)")
    args = parser.parse_args()
    generate = load_generator(args.shared)
    codes = [(label, Path(folder).resolve()) for label, folder in
             (item.split("=", 1) for item in args.code)]
    if not args.no_compile:
        import sphinx_meetup

        packages = [Path(sphinx_meetup.__file__).parent, *(f / "sphinx_meetup" for _, f in codes)]
        for folder in packages:
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder)], check=True)
    for n in args.sizes:
        root = Path(tempfile.mkdtemp(prefix=f"meetup-bench-{n}-"))
        ext, base = generate(root, n)
        sides: list[tuple[str, Path, Path | None]] = [("extension", ext, None)]
        sides += [(f"extension [{label}]", ext, folder) for label, folder in codes]
        if args.cold:
            sides.append((COLD, ext, None))
        sides.append(("hand-written", base, None))
        if args.fixed_baseline:
            fixed = root / "base-fixed"
            shutil.copytree(base, fixed)
            conf = fixed / "conf.py"
            conf.write_text(conf.read_text() + 'myst_enable_extensions = ["colon_fence"]\n')
            sides.append(("hand-written, cards parsed", fixed, None))
        for name, src, code in sides:  # warm-up round
            build(src, root / "out", code, cold=name == COLD)
        results: dict[str, list[dict[str, float]]] = {name: [] for name, _, _ in sides}
        for _ in range(args.runs):
            for name, src, code in sides:
                results[name].append(build(src, root / "out", code, cold=name == COLD))
        print(f"N={n} ({args.runs} rounds after a warm-up; ratios within a round)")
        baseline = results["hand-written"]
        for name, rows in results.items():
            line = (f"  {name:<28} wall {summary([r['wall'] for r in rows])} s  "
                    f"cpu {summary([r['cpu'] for r in rows])} s  "
                    f"rss {statistics.median(r['rss'] for r in rows):.0f} MiB")
            if name != "hand-written":
                pairs = list(zip(rows, baseline, strict=True))
                wall = summary([r['wall'] / b['wall'] for r, b in pairs])
                line += (f"\n  {'':<28} ratio wall {wall}"
                         f"  cpu {summary([r['cpu'] / b['cpu'] for r, b in pairs])}"
                         f"  rss {statistics.median(r['rss'] / b['rss'] for r, b in pairs):.2f}")
            print(line, flush=True)
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
