"""Instructions, not seconds: the yardstick's two builds counted by cachegrind.

Run by hand (not a test): ``python benchmarks/bench_instructions.py [N ...]``. For each N
the shared yardstick's generator (``../shared/bench/gen_events.py``) writes the N events
twice (sphinx-meetup and hand-written MyST + sphinx-design); the package is
byte-compiled (as ``pip install`` leaves it); each side is built once to warm up (the
read cache), then once more into an emptied output folder, as ``ratio.py`` builds, under
``valgrind --tool=cachegrind``, which counts the instructions the build executes. The
builds run in the generated site's folder, so the package is the one ``PYTHONPATH`` (or
the install) gives, not a ``sphinx_meetup`` folder in the current directory
(``python -m`` puts the current directory first on ``sys.path``). On a shared machine
wall and CPU time move by 5-20% from run to run; the instruction count of the same build
moves by less than 0.1% (``PYTHONHASHSEED`` is fixed), so a change of 1% is seen in one
run. It is a proxy: memory stalls, cache misses and the kernel's work (system calls, page
faults) are not in it, so the yardstick's wall-time ratio (``ratio.py``) stays the figure
the budget is judged by.

``--source`` counts the build as ``ratio.py`` runs it from a checkout on a machine that
sets ``PYTHONDONTWRITEBYTECODE`` (as the team's does): the package is not byte-compiled
first, and a copy of it without bytecode is put first on ``PYTHONPATH``, so every build
compiles the modules it imports again (about 330 M instructions at N = 10, 8% of the
build: see docs/performance.md, "Seventeenth round").

Needs ``valgrind`` (Debian: ``apt-get install valgrind``); a build takes about 25 times
as long as without it (N = 10: about 12 s a side; N = 200: about 90 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SHARED_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def build_command(src: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "sphinx", "-q", "-E", "-b", "html", str(src), str(out)]


def instructions(src: Path, out: Path, env: dict[str, str]) -> int:
    """The instructions one full build of ``src`` executes (cachegrind's ``Ir``), into an
    emptied output folder as ``ratio.py`` builds (the read cache beside it is kept)."""
    shutil.rmtree(out, ignore_errors=True)
    with tempfile.NamedTemporaryFile(suffix=".cg") as counts:
        subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                        f"--cachegrind-out-file={counts.name}", *build_command(src, out)],
                       env=env, check=True, capture_output=True, cwd=out.parent)
        for line in Path(counts.name).read_text().splitlines():
            if line.startswith("summary:"):
                return int(line.split()[1])
    raise RuntimeError("cachegrind wrote no summary")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 50, 200])
    parser.add_argument("--source", action="store_true",
                        help="build with a copy of the package that has no bytecode, as a "
                             "checkout with PYTHONDONTWRITEBYTECODE set is run")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench_instructions.py needs valgrind (apt-get install valgrind)")
    sys.path.insert(0, str(SHARED_BENCH))
    from gen_events import generate  # the yardstick's own generator, not a copy

    env = {**os.environ, "PYTHONHASHSEED": "0"}
    import sphinx_meetup

    package = Path(sphinx_meetup.__file__).parent
    source_copy = None
    if args.source:
        # a copy without __pycache__, first on the path, never byte-compiled
        source_copy = Path(tempfile.mkdtemp(prefix="meetup-source-"))
        shutil.copytree(package, source_copy / package.name,
                        ignore=shutil.ignore_patterns("__pycache__"))
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPATH"] = os.pathsep.join([str(source_copy),
                                             *filter(None, [env.get("PYTHONPATH")])])
    else:
        # byte-compiled, as ``pip install`` leaves it (this machine may not write bytecode)
        compile_env = {key: value for key, value in env.items()
                       if key != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)],
                       env=compile_env, check=True)
    try:
        count(args.sizes, env, generate)
    finally:
        if source_copy is not None:
            shutil.rmtree(source_copy, ignore_errors=True)


def count(sizes: list[int], env: dict[str, str],
          generate: Callable[[Path, int], tuple[Path, Path]]) -> None:
    """Count each size's two builds and print them with their ratio."""
    for n in sizes:
        root = Path(tempfile.mkdtemp(prefix=f"meetup-instructions-{n}-"))
        try:
            ext, base = generate(root, n)
            counts = {}
            for name, src in (("extension", ext), ("hand-written", base)):
                out = root / f"out-{name}"
                subprocess.run(build_command(src, out), env=env, check=True,
                               cwd=root)  # warm-up
                counts[name] = instructions(src, out, env)
            ratio = counts["extension"] / counts["hand-written"]
            print(f"N={n}: extension {counts['extension'] / 1e6:,.0f} M, hand-written "
                  f"{counts['hand-written'] / 1e6:,.0f} M instructions, ratio {ratio:.3f}",
                  flush=True)
        finally:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
