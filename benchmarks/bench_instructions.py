"""Instructions, not seconds: the yardstick's two builds counted by cachegrind.

Run by hand (not a test): ``python benchmarks/bench_instructions.py [N ...]``. For each N
the shared yardstick's generator (``../shared/bench/gen_events.py``) writes the N events
twice (sphinx-meetup and hand-written MyST + sphinx-design); the package is
byte-compiled (as ``pip install`` leaves it); each side is built once to warm up (the
read cache), then once under ``valgrind --tool=cachegrind``, which counts the
instructions the build executes. On a shared machine wall and CPU time move by 5-20%
from run to run; the instruction count of the same build moves by less than 0.1%
(``PYTHONHASHSEED`` is fixed), so a change of 1% is seen in one run. It is a proxy:
memory stalls and file writes are not in it, so the yardstick's wall-time ratio
(``ratio.py``) stays the figure the budget is judged by.

Needs ``valgrind`` (Debian: ``apt-get install valgrind``); a build takes about 25 times
as long as without it (N = 200: about 90 s a side).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def build_command(src: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "sphinx", "-q", "-E", "-b", "html", str(src), str(out)]


def instructions(src: Path, out: Path, env: dict[str, str]) -> int:
    """The instructions one full build of ``src`` executes (cachegrind's ``Ir``)."""
    with tempfile.NamedTemporaryFile(suffix=".cg") as counts:
        subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                        f"--cachegrind-out-file={counts.name}", *build_command(src, out)],
                       env=env, check=True, capture_output=True)
        for line in Path(counts.name).read_text().splitlines():
            if line.startswith("summary:"):
                return int(line.split()[1])
    raise RuntimeError("cachegrind wrote no summary")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 50, 200])
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench_instructions.py needs valgrind (apt-get install valgrind)")
    sys.path.insert(0, str(SHARED_BENCH))
    from gen_events import generate  # the yardstick's own generator, not a copy

    env = {**os.environ, "PYTHONHASHSEED": "0"}
    # byte-compiled, as ``pip install`` leaves it (this machine may not write bytecode)
    import sphinx_meetup

    compile_env = {key: value for key, value in env.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    str(Path(sphinx_meetup.__file__).parent)], env=compile_env, check=True)
    for n in args.sizes:
        root = Path(tempfile.mkdtemp(prefix=f"meetup-instructions-{n}-"))
        try:
            ext, base = generate(root, n)
            counts = {}
            for name, src in (("extension", ext), ("hand-written", base)):
                out = root / f"out-{name}"
                subprocess.run(build_command(src, out), env=env, check=True)  # warm-up
                counts[name] = instructions(src, out, env)
            ratio = counts["extension"] / counts["hand-written"]
            print(f"N={n}: extension {counts['extension'] / 1e6:,.0f} M, hand-written "
                  f"{counts['hand-written'] / 1e6:,.0f} M instructions, ratio {ratio:.3f}",
                  flush=True)
        finally:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
