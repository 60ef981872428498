"""Run ``python -m MODULE ARGS`` in this process, then write its peak memory to a file.

``python benchmarks/bench_child.py REPORT.json sphinx -b html -q SRC OUT`` is the same
process as ``python -m sphinx -b html -q SRC OUT``, plus one ``atexit`` hook: the peak
resident set size of this process (``RUSAGE_SELF``) and of the worker processes it
waited for (``RUSAGE_CHILDREN``, the ``-j N`` readers and writers), in KiB, and the CPU
seconds (user and system) of both. Used by ``bench_build.py`` so each build's memory is
its own, not a running maximum; CPU time is what a busy shared machine disturbs least.
"""

from __future__ import annotations

import atexit
import json
import resource
import runpy
import sys
from pathlib import Path


def _report(path: Path) -> None:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    path.write_text(json.dumps({"self_kib": own.ru_maxrss, "children_kib": children.ru_maxrss,
                                "cpu_s": cpu}))


def main() -> None:
    report, module, *arguments = sys.argv[1:]
    atexit.register(_report, Path(report))
    sys.argv = [module, *arguments]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
