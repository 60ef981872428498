"""Reading time grows with the size of a page, never with its square.

Every pattern the reader runs on author text is linear (no two quantifiers sharing a run
of characters, no match tried from every position of a run), and so is what surrounds
them. A page built to make a careless reader quadratic (``Hello`` + 10,000 spaces +
``x`` took 20 s to read, 100 KB of it half an hour) is read here under a budget of CPU
time per size, generous enough for a loaded machine but orders of magnitude below what
quadratic reading takes; a watchdog stops a run that hangs, so the test fails rather
than waits. Where a random page goes over the budget (a slow machine), its growth is
asked instead: a tenth of it must take at least a fortieth of the time.
"""

from __future__ import annotations

import gc
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event

#: CPU seconds a 100 KB page may take (most shapes take under one; 20,000 timed lines,
#: 13.3 G instructions, 1.9-3.3 s on a slow machine)
BUDGET = 2.5
#: wall-clock seconds after which a read is taken for a hang
WATCHDOG = 10
SIZE = 100_000

#: where author text lands: a line, a talk heading, a bold line, a list item, a label
#: line, a table cell, front matter, a Hugo Blox page, a shortcode, a programme
WRAPS: dict[str, Callable[[str], str]] = {
    "line": lambda s: f"---\ntitle: T\n---\n\nHello{s}x\n",
    "heading": lambda s: f"---\ntitle: T\n---\n\n## Talks\n\n### Hello{s}x\n\nSpeaker: Ann Lee\n",
    "bold": lambda s: f"---\ntitle: T\n---\n\n**Hello{s}x**\n",
    "item": lambda s: f"---\ntitle: T\n---\n\n## 话题\n\n- 王小明：Hello{s}x\n",
    "label": lambda s: f"---\ntitle: T\n---\n\n主讲人：Hello{s}x\n\nSpeaker{s}x\n",
    "table": lambda s: f"---\ntitle: T\n---\n\n| 时间 | 讲师 |\n|---|---|\n| 9:00{s}x | 王{s}x |\n",
    "time": lambda s: f"---\ntitle: T\n---\n\n时间：Hello{s}x\n\n9{s}- 10{s}x\n",
    "front matter": lambda s: (
        f"---\ntitle: 'Hello{_quoted(s)}x'\ndate: '2020-01-01T10:00:00{_quoted(s)}+08:00'\n"
        f"speaker:\n  - name: 'Hello{_quoted(s)}x'\nfee: '0{_quoted(s)}x'\n---\n"),
    "hugo blox": lambda s: (
        f"---\ntitle: T\nevent: E\nevent_url: https://example.org\n"
        f"summary: 'a{_quoted(s)}x'\nlocation: 'a{_quoted(s)}x'\n---\n\n{{{{< talk {s} x\n"),
    "programme": lambda s: (
        f"---\ntitle: T\ndate: 2020-01-01\ntalks:\n  - title: 'a{_quoted(s)}x'\n"
        f"    speakers: 'A{_quoted(s)}x'\n---\n"),
}

#: runs that made one of the reader's patterns quadratic before (each a regression)
RUNS = [
    " ",  # headers._WHO_COLON, dates._TIME_RANGE, the label templates, names._JOINERS
    "\u3000",
    "-",  # headers._ORG_SUFFIX
    "_a ",  # the underscore-emphasis pattern
    "<http://",  # the autolink pattern
    "![",  # markdown-it-py's link labels
    "[](",  # link patterns
    "12:00 ",
    "王,",
    "A B ",
    "{{< a >}}",  # Hugo shortcodes paired from every opening tag
    "**a ",
    "(",  # agenda's brackets after break words, scanned from every opening one
    "[",
]


def _quoted(text: str) -> str:
    """``text`` inside a single-quoted YAML scalar."""
    return text.replace("'", "''").replace("\n", " ")


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    def stop(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"reading took longer than {seconds} s: quadratic?")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def cpu_seconds(text: str) -> float:
    """The CPU time of reading ``text``. The objects other tests left alive are frozen
    first (``gc.freeze``), so the collector does not walk their heap during the read:
    inside the whole suite (stop 40) a 100 KB page read in 2.5 s that reads in 1 s
    alone, the budget measuring the suite's heap, not the reader."""
    gc.collect()
    gc.freeze()
    try:
        with watchdog(WATCHDOG):
            began = time.process_time()
            read_event(text).all_speakers()
            return time.process_time() - began
    finally:
        gc.unfreeze()


def page(wrap: str, run: str, size: int = SIZE) -> str:
    return WRAPS[wrap](run * max(1, size // len(run)))


def assert_reads_linearly(wrap: str, run: str) -> None:
    """The 100 KB page reads under the budget - or, over it on a slow machine, its
    growth is asked: a tenth of the page must cost at least a fortieth of the time.

    (The page of 20,000 timed lines costs 13.3 G instructions - cachegrind, stop 42 -
    1.9-3.3 s of CPU on one machine and 2.9 s inside the suite; a 100 KB front matter
    of ``-`` took 2.52 s on the CI machine of stop 43 and 1.4 s here. Linear reading
    costs ten times as much for ten times the text, a quadratic pattern a hundred.)"""
    took = cpu_seconds(page(wrap, run))
    if took >= BUDGET:
        small = min(cpu_seconds(page(wrap, run, SIZE // 10)) for _ in range(2))
        assert took < 40 * max(small, 0.002), (
            f"{run!r} in a {wrap}: {took:.2f} s for 100 KB, {small:.3f} s for 10 KB")


@pytest.mark.parametrize("run", RUNS)
def test_the_runs_that_were_quadratic_read_within_budget_in_every_place(run: str) -> None:
    for wrap in WRAPS:
        assert_reads_linearly(wrap, run)


def test_the_issues_page_reads_in_well_under_a_second() -> None:
    """``Hello`` + 10,000 spaces + ``x``: 20 s before, 77 s with 20,000 spaces."""
    took = cpu_seconds("---\ntitle: T\n---\n\nHello" + " " * 20_000 + "x\n")
    assert took < 0.5, f"{took:.2f} s"


@pytest.mark.parametrize(("wrap", "run"), [("line", " "), ("label", " "), ("table", "-")])
def test_ten_times_the_page_takes_about_ten_times_as_long(wrap: str, run: str) -> None:
    small = min(cpu_seconds(page(wrap, run, 10_000)) for _ in range(3))
    large = min(cpu_seconds(page(wrap, run, SIZE)) for _ in range(2))
    # linear is ~10x, quadratic ~100x; the floor keeps timer noise out of the ratio
    assert large < 40 * max(small, 0.002), f"{small:.4f} s -> {large:.4f} s"


#: characters and pieces that patterns on author text trip over
_PIECES = st.sampled_from([
    " ", "\t", "\u3000", "\u00a0", "\n", "-", "–", "—", "|", ":", "：", ",", "，", "、", ";",
    "(", ")", "（", "）", "[", "]", "《", "》", "<", ">", "*", "**", "_", "`", "#", "!", "\\",
    "{{<", ">}}", "{{%", "%}}", "http://", "a", "A", "Ab", "王", "小明", "1", "9", "12:00",
    "9:0", "下午", "年", "月", "日", "on", "by", "and", "和", "will", "talk", "Talk 1",
    "Speaker", "主讲人", "花名", "Inc", "集团", "pm", "=", '"', "'", "&", "@", ".",
])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit=st.lists(_PIECES, min_size=1, max_size=6).map("".join),
       wrap=st.sampled_from(sorted(WRAPS)))
@example(unit=" ", wrap="line")
@example(unit="_a ", wrap="heading")
@example(unit="12:00,>will—\n", wrap="time")  # one list item of 20,000 timed lines
@example(unit="《", wrap="heading")  # a quote that never closes: 56 s before, 0.2 s
def test_any_repeated_text_reads_within_budget(unit: str, wrap: str) -> None:
    assert_reads_linearly(wrap, unit)


@settings(max_examples=30, deadline=None)
@given(text=st.text(max_size=2_000))
def test_any_text_reads_without_an_exception(text: str) -> None:
    event = read_event(text)
    assert isinstance(event.problems, list)
    read_event(f"---\ntitle: T\n---\n\n{text}")


def test_front_matter_of_many_keys_and_lists_reads_within_budget() -> None:
    """20,000 top-level lists: each list's items find their lines by their key, not by
    a search through every key (which was keys x lists)."""
    front = "".join(f"k{number}:\n  - {number}\n" for number in range(20_000))
    took = cpu_seconds(f"---\ntitle: T\n{front}---\n")
    assert took < BUDGET, f"{took:.2f} s"


def test_a_name_longer_than_any_persons_is_not_made_into_a_pattern() -> None:
    """The page's names are compiled into a pattern for each title they may close or
    open: a 100 KB front-matter "name" took a second to compile (twice), on CI over the
    budget (stop 43); no person's name is 100 characters, so none is sought."""
    from sphinx_meetup.reader.titled import without_leading_speakers, without_speakers

    long = "Ann " + "Example" * 20
    assert without_speakers(f"Parsing with care - {long}", [long]) == f"Parsing with care - {long}"
    assert without_leading_speakers(f"{long}: Parsing", [long]) == f"{long}: Parsing"
    assert without_speakers("Parsing with care - Ann Example", ["Ann Example"]) == (
        "Parsing with care")
