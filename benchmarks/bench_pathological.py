"""Pages built to make a careless reader quadratic: does reading time grow linearly?

Run by hand: ``python benchmarks/bench_pathological.py``. For each shape it reads the
page at n and 4n repetitions (median of 5) and prints the ratio; a linear reader is
near 4x, a quadratic one near 16x.
"""

from __future__ import annotations

import statistics
import time

from sphinx_meetup.reader import read_event

SHAPES = {
    "bold markers": lambda n: "**" * n,
    "open brackets": lambda n: "（" * n + "王小明",
    "name list": lambda n: "王小明、" * n,
    "dashes": lambda n: "a - " * n,
    "open time ranges": lambda n: "9:00 - " * n,
    "empty talk markers": lambda n: "Talk 1:\n\n" * n,
    "speaker lines": lambda n: "Speaker: A\n\n" * n,
    "heading talks": lambda n: "### h\n\n讲师：王小明\n\n" * n,
    "video list": lambda n: "- [t - 王小明](https://b23.tv/x)\n" * n,
    "one long speaker line": lambda n: "### t\n\n讲师：" + "、".join(f"王{i}" for i in range(n)),
}


def seconds(body: str) -> float:
    text = f"---\ntitle: T\ndate: 2020-01-01\n---\n\n{body}"
    runs = []
    for _ in range(5):
        began = time.perf_counter()
        read_event(text).all_speakers()
        runs.append(time.perf_counter() - began)
    return statistics.median(runs)


def main() -> None:
    print(f"{'shape':24} {'n=500':>9} {'n=2000':>9} {'ratio':>6}")
    for name, make in SHAPES.items():
        small, large = seconds(make(500)), seconds(make(2000))
        print(f"{name:24} {small * 1000:8.1f}ms {large * 1000:8.1f}ms {large / small:6.1f}")


if __name__ == "__main__":
    main()
