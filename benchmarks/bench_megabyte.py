"""A 1 MB event body, ordinary and hostile: how long does the reader take?

Run by hand: ``python benchmarks/bench_megabyte.py [--runs N]``. Each body is about
1 MB (the file cap is 4 MiB); the table gives the median and the range of CPU seconds
per read and what that is per 100 KB. Every shape is linear (see
``tests/test_reader_linear.py``), so the per-100 KB figure holds at any size; a shape
that went quadratic would show here as minutes.
"""

from __future__ import annotations

import argparse
import statistics
import time

from sphinx_meetup.reader import read_event

MB = 1_000_000
FRONT = "---\ntitle: A megabyte\ndate: 2024-05-01\nspeaker:\n  - name: Ann Lee\n---\n\n"
TALK = (
    "### 服务网格的落地实践 {n}\n\n主讲人：王小明（蚂蚁集团）\n\n"
    "本次分享介绍 Service Mesh 在生产环境中的落地经验，包括流量治理、可观测性与安全。"
    "Speaker: Ann Lee. Slides: https://example.org/slides/{n}.pdf\n\n"
    "- 9:00 - 9:30 **Opening** by Ann Lee\n- [Recording](https://www.bilibili.com/video/{n})\n\n"
)
PROSE = (
    "Join us on June 30th for an evening of talks about cloud native computing, with "
    "food, drinks and plenty of time to meet the community. Maarten will describe how "
    "his team moved to Kubernetes; 张三将为大家分享服务网格。 "
)
SHAPES = {
    "talk sections": lambda: "## Talks\n\n" + _fill(lambda n: TALK.format(n=n)),
    "one paragraph of prose": lambda: _fill(lambda _n: PROSE),
    "Hello + spaces + x": lambda: "Hello" + " " * MB + "x",
    "spaces in a table cell": lambda: "| a | b |\n|---|---|\n| " + " " * MB + "x | y |",
    "a run of dashes": lambda: "## Talks\n\n### x " + "-" * MB,
    "_a repeated": lambda: "_a " * (MB // 3),
    "![ repeated": lambda: "![" * (MB // 2),
    "<http:// repeated": lambda: "<http://" * (MB // 8),
    "{{< a >}} repeated": lambda: "{{< a >}}" * (MB // 9),
    "names and commas": lambda: "主讲人：" + "王," * (MB // 2),
}


def _fill(piece: object) -> str:
    parts, size, number = [], 0, 0
    while size < MB:
        text = piece(number)  # type: ignore[operator]
        parts.append(text)
        size += len(text.encode())
        number += 1
    return "".join(parts)


def seconds(text: str, runs: int) -> list[float]:
    found = []
    for _ in range(runs):
        began = time.process_time()
        read_event(text).all_speakers()
        found.append(time.process_time() - began)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'body (about 1 MB)':28} {'median':>8} {'min-max':>15} {'per 100 KB':>11}")
    for name, make in SHAPES.items():
        text = FRONT + make()
        size = len(text.encode())
        runs = seconds(text, args.runs)
        median = statistics.median(runs)
        print(f"{name:28} {median:7.2f}s {min(runs):6.2f}-{max(runs):.2f}s "
              f"{median * 100_000 / size:10.3f}s", flush=True)


if __name__ == "__main__":
    main()
