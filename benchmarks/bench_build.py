"""Build time and memory of sphinx-meetup against hand-written pages (issue 5).

Run by hand, never as part of the test suite::

    python benchmarks/bench_build.py                      # everything at N = 100, 1000
    python benchmarks/bench_build.py --n 5000 --runs 1 --experiments full
    python benchmarks/bench_build.py --n 1000 --experiments incremental,parallel
    python benchmarks/bench_build.py --report             # tables of stored results

It writes N seeded synthetic events (``bench_sites.py``: 4-8 speakers with photos,
4-6 talks with abstracts, a replay) three ways - ``directive`` (Hugo event files, one
``meetup-event`` page each), ``eventsdir`` (the same files with ``meetup_events_dir``)
and ``baseline`` (the same events as hand-written MyST + sphinx-design pages) - and
builds them in alternation (``directive baseline eventsdir``, again and again: a
warm-up round, then ``--runs`` counted rounds). Each build is a fresh
``python -m sphinx -b html -q`` process (through ``bench_child.py``, which reports the
process's own peak RSS); the wall time is the whole process. Full builds start from an
empty output folder (and, for ``eventsdir``, without the generated pages).

Experiments (``--experiments``, comma-separated):

``full``
    full builds, ``-j 1``, no sidebars (``html_sidebars = {"**": []}``);
``sidebars``
    full builds with the theme's default sidebars (alabaster: a navigation toctree on
    every page) against no sidebars;
``parallel``
    full builds with ``-j 1`` and ``-j 2`` (no sidebars): the speed-up of each side;
``incremental``
    after a full build, edit one event (an abstract in the Hugo file; the same paragraph
    of the hand-written page) and build again;
``reader``
    ``sphinx-meetup check`` over the N event files (one process), and an in-process loop
    over ``read_file`` (one core).

Ratios are per round: ``directive`` and ``eventsdir`` against the ``baseline`` build
of the same round; the table gives their median and range, for wall time and for CPU
time (user and system, of the build and its ``-j`` workers), which other jobs on a
shared machine disturb less. Results are appended to
``WORKDIR/results.jsonl``; ``--report`` prints the tables again (``--markdown`` for
``docs/performance.md``). Sites live in ``WORKDIR/sites-N-seed`` and are reused.
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
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_sites

HERE = Path(__file__).parent
CHILD = HERE / "bench_child.py"
DEFAULT_WORKDIR = Path(tempfile.gettempdir()) / "sphinx-meetup-bench"
EXPERIMENTS = ("full", "sidebars", "parallel", "incremental", "reader")


# --- one build ---------------------------------------------------------------------------------


def build(src: Path, out: Path, *, jobs: int = 1, fresh: bool = True,
          code: Path | None = None) -> dict:
    """One ``sphinx -b html -q`` process: wall seconds, peak RSS (MiB), warnings.

    ``code``: a folder holding another ``sphinx_meetup`` (put first on ``PYTHONPATH``).
    """
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(src / "meetup", ignore_errors=True)  # eventsdir's generated pages
    report = out.parent / f".rss-{out.name}.json"
    report.unlink(missing_ok=True)
    command = [sys.executable, str(CHILD), str(report), "sphinx", "-b", "html", "-q",
               "-j", str(jobs), str(src), str(out)]
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(code), *filter(None, [env.get("PYTHONPATH")])])
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build failed ({done.returncode}): {' '.join(command)}\n"
                         f"{done.stderr[-3000:]}")
    rss = json.loads(report.read_text())
    return {
        "wall": wall,
        "rss_mib": max(rss["self_kib"], rss["children_kib"]) / 1024,
        "cpu": rss["cpu_s"],
        "warnings": done.stderr.count("WARNING"),
    }


# --- experiments -------------------------------------------------------------------------------


def sites(args: argparse.Namespace, n: int) -> tuple[Path, dict]:
    root = args.workdir / f"sites-{n}-{args.seed}"
    started = time.perf_counter()
    facts = bench_sites.write_sites(root, n, args.seed,
                                    people_per_event=args.people_per_event)
    print(f"# N={n}: {facts} (ready in {time.perf_counter() - started:.1f} s)", flush=True)
    return root, facts


RUN = time.strftime("%Y-%m-%d %H:%M:%S")


def record(args: argparse.Namespace, row: dict) -> None:
    row = {"run": RUN, "label": args.label, **row}
    with (args.workdir / "results.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(row) + "\n")
    print(f"  {row['experiment']:<11} N={row['n']:<5} {row['variant']:<28} "
          f"round {row['round']}: {row['wall']:7.2f} s {row['rss_mib']:6.0f} MiB"
          + (f"  ({row['warnings']} warnings)" if row.get("warnings") else ""), flush=True)


def with_code(args: argparse.Namespace, variants: list[tuple]) -> list[tuple]:
    """``variants`` (name, side, sidebars, jobs), each sphinx-meetup side also built with
    every ``--code LABEL=DIR`` (another version of the package, e.g. before a change)."""
    result = []
    for name, side, sidebars, jobs in variants:
        result.append((name, side, sidebars, jobs, None))
        if side != "baseline":
            result += [(f"{name} [{label}]", side, sidebars, jobs, folder)
                       for label, folder in args.code]
    return result


def alternate(args: argparse.Namespace, experiment: str, n: int, root: Path,
              variants: list[tuple[str, str, bool, int]]) -> None:
    """Full builds of ``variants`` (name, side, sidebars, jobs), round after round."""
    variants = with_code(args, variants)
    rounds = [("warm-up", False)] * args.warmup + [(str(i), True) for i in
                                                      range(1, args.runs + 1)]
    for round_name, counted in rounds:
        for name, side, sidebars, jobs, code in variants:
            src = root / side
            bench_sites.set_conf(src, side, sidebars=sidebars)
            result = build(src, root / f"out-{side}", jobs=jobs, code=code)
            if counted:
                record(args, {"experiment": experiment, "n": n, "variant": name,
                              "round": int(round_name), **result})
            else:
                print(f"  (warm-up {name}: {result['wall']:.2f} s)", flush=True)


def full(args: argparse.Namespace, n: int, root: Path) -> None:
    alternate(args, "full", n, root, [(side, side, False, 1) for side in args.sides])


def sidebars(args: argparse.Namespace, n: int, root: Path) -> None:
    variants = []
    for side in args.sides:
        # the hand-written pages with sidebars (minutes each) only to compare `directive`
        if side != "baseline" or "directive" in args.sides:
            variants.append((f"{side} default-sidebars", side, True, 1))
        variants.append((f"{side} no-sidebars", side, False, 1))
    alternate(args, "sidebars", n, root, variants)


def parallel(args: argparse.Namespace, n: int, root: Path) -> None:
    variants = []
    for side in args.sides:
        variants.append((f"{side} -j 1", side, False, 1))
        variants.append((f"{side} -j 2", side, False, 2))
    alternate(args, "parallel", n, root, variants)


def incremental(args: argparse.Namespace, n: int, root: Path) -> None:
    """A full build, then (warm-up +) counted rounds of: edit one event, build again."""
    slug = bench_sites.middle_slug(n, args.seed, args.people_per_event)
    for side in args.sides:
        src = root / side
        bench_sites.set_conf(src, side, sidebars=False)
        first = build(src, root / f"out-{side}")
        print(f"  (full build before editing, {side}: {first['wall']:.2f} s)", flush=True)
    for number in range(-args.warmup + 1, args.runs + 1):
        for side in args.sides:
            src = root / side
            bench_sites.edit_once(bench_sites.edited_file(src, side, slug), number + 1000)
            result = build(src, root / f"out-{side}", fresh=False)
            if number > 0:
                record(args, {"experiment": "incremental", "n": n, "variant": side,
                              "round": number, **result})
            else:
                print(f"  (warm-up {side}: {result['wall']:.2f} s)", flush=True)
    for side in args.sides:  # leave the sites as generated (the stamp says so)
        path = bench_sites.edited_file(root / side, side, slug)
        text = path.read_text(encoding="utf-8").split("\n")
        path.write_text("\n".join(line.split(" (edited)")[0] for line in text),
                        encoding="utf-8")


def reader(args: argparse.Namespace, n: int, root: Path) -> None:
    files = sorted((root / "eventsdir" / "events").glob("*.md"))
    cli = Path(sys.executable).with_name("sphinx-meetup")
    command = [str(cli) if cli.exists() else "sphinx-meetup", "check", *map(str, files)]
    for number in range(-args.warmup + 1, args.runs + 1):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        wall = time.perf_counter() - started
        loop = _read_loop(files)
        if number > 0:
            for variant, seconds in (("sphinx-meetup check", wall), ("read_file loop", loop)):
                record(args, {"experiment": "reader", "n": n, "variant": variant,
                              "round": number, "wall": seconds, "rss_mib": 0,
                              "files_per_s": len(files) / seconds})


def _read_loop(files: list[Path]) -> float:
    """Seconds to read every file in this process (the reader alone, one core)."""
    from sphinx_meetup.reader import read_file

    started = time.perf_counter()
    for path in files:
        read_file(path)
    return time.perf_counter() - started


RUNNERS = {"full": full, "sidebars": sidebars, "parallel": parallel,
           "incremental": incremental, "reader": reader}


# --- tables ------------------------------------------------------------------------------------


def latest(rows: list[dict]) -> list[dict]:
    """Per label, experiment and N, the rows of the latest run that measured them."""
    newest: dict[tuple, str] = {}
    for row in rows:
        group = (row.get("label", ""), row["experiment"], row["n"])
        newest[group] = max(newest.get(group, ""), row["run"])
    return [r for r in rows if r["run"] == newest[(r.get("label", ""), r["experiment"], r["n"])]]


def _fmt(values: list[float], digits: int = 2) -> str:
    if not values:
        return "-"
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def tables(rows: list[dict], *, markdown: bool) -> str:
    """One table per experiment and N: medians (min–max) and per-round ratios."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row.get("label", ""), row["experiment"], row["n"])].append(row)
    out = []
    for (label, experiment, n), found in sorted(groups.items(),
                                                key=lambda g: (g[0][0], EXPERIMENTS.index(g[0][1]),
                                                               g[0][2])):
        by_variant: dict[str, dict[int, dict]] = defaultdict(dict)
        for row in found:
            by_variant[row["variant"]][row["round"]] = row
        title = f"{experiment}, N = {n}" + (f" [{label}]" if label else "")
        rounds = max(len(v) for v in by_variant.values())
        out.append(f"{'#### ' if markdown else '== '}{title} ({rounds} counted round(s))\n")
        if experiment == "reader":
            head = ["variant", "seconds", "files/s"]
            lines = [[v, _fmt([r["wall"] for r in rs.values()], 3),
                      _fmt([r["files_per_s"] for r in rs.values()], 0)]
                     for v, rs in by_variant.items()]
        else:
            head = ["variant", "wall s: median (min–max)", "ratio (same round)",
                    "peak RSS MiB", "RSS ratio", "CPU s", "CPU ratio"]
            fulls = _full_medians(rows, label, n) if experiment == "incremental" else {}
            if fulls:
                head.append("share of the full build")
            lines = []
            for variant, rs in by_variant.items():
                reference = _reference(variant, by_variant, experiment)
                speedup = experiment == "parallel" and variant.endswith("-j 2")
                ratios, rss_ratios, cpu_ratios = [], [], []
                if reference is not None:
                    for number, row in rs.items():
                        if number in by_variant[reference]:
                            other = by_variant[reference][number]
                            ratios.append(other["wall"] / row["wall"] if speedup
                                          else row["wall"] / other["wall"])
                            rss_ratios.append(row["rss_mib"] / other["rss_mib"])
                            if "cpu" in row and "cpu" in other:
                                cpu_ratios.append(row["cpu"] / other["cpu"])
                name = variant
                if reference:
                    name += f" (speed-up over {reference})" if speedup else f" ÷ {reference}"
                warnings = max(r.get("warnings", 0) for r in rs.values())
                walls = [r["wall"] for r in rs.values()]
                line = [name + (f" ({warnings} warnings)" if warnings else ""),
                        _fmt(walls), _fmt(ratios, 3), _fmt([r["rss_mib"] for r in rs.values()], 0),
                        _fmt(rss_ratios, 3),
                        _fmt([r["cpu"] for r in rs.values() if "cpu" in r]), _fmt(cpu_ratios, 3)]
                if fulls:
                    full_median = fulls.get(variant)
                    line.append(f"{statistics.median(walls) / full_median:.1%}"
                                if full_median else "-")
                lines.append(line)
        out.append(_table(head, lines, markdown=markdown))
        out.append("")
    return "\n".join(out)


def _full_medians(rows: list[dict], label: str, n: int) -> dict[str, float]:
    """Median full-build wall time per side (for the incremental builds' share)."""
    walls: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        if row["experiment"] == "full" and row["n"] == n and row.get("label", "") == label:
            walls[row["variant"]].append(row["wall"])
    return {side: statistics.median(values) for side, values in walls.items()}


def _reference(variant: str, by_variant: dict, experiment: str) -> str | None:
    """What a variant is divided by: the baseline built the same way (same round)."""
    plain, _sep, code = variant.partition(" [")  # "[LABEL]": built with --code LABEL
    code = f" [{code}" if code else ""
    side, _sep, rest = plain.partition(" ")
    if experiment == "sidebars" and side == "eventsdir":
        wanted = "baseline no-sidebars"  # the budget: generated pages stay out of navigation
    elif experiment == "parallel" and rest == "-j 2":
        wanted = f"{side} -j 1{code}"  # the speed-up of each side
    elif side == "baseline":
        return None
    else:
        wanted = "baseline" + (f" {rest}" if rest else "")
    return wanted if wanted in by_variant and wanted != variant else None


def _table(head: list[str], lines: list[list[str]], *, markdown: bool) -> str:
    if markdown:
        rows = [head, ["---"] * len(head), *lines]
        return "\n".join("| " + " | ".join(cells) + " |" for cells in rows) + "\n"
    widths = [max(len(str(c)) for c in column) for column in zip(head, *lines, strict=True)]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True))
                     for cells in [head, *lines]) + "\n"


# --- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", default="100,1000", help="numbers of events (comma-separated)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3, help="counted rounds (default 3)")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted rounds first")
    parser.add_argument("--experiments", default="full,sidebars,parallel,incremental,reader")
    parser.add_argument("--sides", default=",".join(bench_sites.SIDES))
    parser.add_argument("--people-per-event", type=float, default=2.0,
                        help="size of the speaker population per event (default 2)")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--label", default="", help="a tag stored with the results")
    parser.add_argument("--code", action="append", default=[], metavar="LABEL=DIR",
                        help="also build the sphinx-meetup sides with the package in DIR "
                        "(e.g. `git archive COMMIT sphinx_meetup | tar -x -C DIR`)")
    parser.add_argument("--report", action="store_true", help="print stored results only")
    parser.add_argument("--markdown", action="store_true", help="tables in Markdown")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    args.sides = [s for s in args.sides.split(",") if s]
    args.code = [(label, Path(folder).resolve()) for label, _sep, folder in
                 (value.partition("=") for value in args.code)]
    results = args.workdir / "results.jsonl"
    if not args.report:
        print(f"# {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; results in {results}")
        for n in (int(v) for v in args.n.split(",")):
            root, _facts = sites(args, n)
            for experiment in args.experiments.split(","):
                print(f"# {experiment}, N={n}", flush=True)
                RUNNERS[experiment](args, n, root)
    rows = [json.loads(line) for line in results.read_text().splitlines()] \
        if results.exists() else []
    if not args.report:
        rows = [row for row in rows if row["run"] == RUN]
    print(tables(latest(rows), markdown=args.markdown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
