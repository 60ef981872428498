"""``benchmarks/swap_titles.py``: titles swapped on read pages, the reading's shape kept.
Pages written for the test."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_support import load_benchmark


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_benchmark("swap_titles")


_PAGE = """---
title: May evening
date: 2024-05-10
---

## Talks

- Parsing logs with care - Wolfgang Example
- Testing the untestable - Agnieszka Example
"""

#: titles another site could write; the second reads as "Two Words: rest"
_OTHERS = ["Building a garden of caches", "Quiet Failures: Why Retries Hide Bugs"]


def _set(root: Path) -> Path:
    (root / "events" / "site").mkdir(parents=True)
    (root / "events" / "site" / "may.md").write_text(_PAGE, encoding="utf-8")
    talks = [{"title": "Parsing logs with care", "speakers": ["Wolfgang Example"]},
             {"title": "Testing the untestable", "speakers": ["Agnieszka Example"]}]
    other = [{"title": title, "speakers": ["Bo Sample"]} for title in _OTHERS]
    (root / "truth.json").write_text(json.dumps({
        "site/may.md": {"title": "May evening", "date": "2024-05-10", "talks": talks},
        "site/june.md": {"title": "June evening", "date": "2024-06-10", "talks": other},
    }), encoding="utf-8")
    (root / "events" / "site" / "june.md").write_text("# June evening\n", encoding="utf-8")
    return root


def test_a_page_read_right_keeps_its_people_under_other_titles(
        tool: ModuleType, tmp_path: Path) -> None:
    pages, pool = tool.load([_set(tmp_path / "set")])
    may = next(page for page in pages if page.path.endswith("may.md"))
    assert sorted(pool.titles["latin"]) == sorted(
        ["Parsing logs with care", "Testing the untestable", *_OTHERS])
    kind, read = tool.outcome(may, pool, random.Random(1))  # noqa: S311 (draws, not keys)
    assert kind == "same"
    assert "Wolfgang Example" in read and "Agnieszka Example" in read


def test_a_page_not_read_right_is_no_candidate(tool: ModuleType, tmp_path: Path) -> None:
    pages, pool = tool.load([_set(tmp_path / "set")])
    june = next(page for page in pages if page.path.endswith("june.md"))
    assert tool.outcome(june, pool, random.Random(1)) is None  # noqa: S311


def test_the_summary_counts_every_swap(
        tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main([str(_set(tmp_path / "set")), "--rounds", "3", "--seed", "4"]) == 0
    assert capsys.readouterr().out.strip() == "swaps: 3 same 3"


def test_people_swapped_for_others_keep_the_titles(tool: ModuleType, tmp_path: Path) -> None:
    pages, pool = tool.load([_set(tmp_path / "set")])
    may = next(page for page in pages if page.path.endswith("may.md"))
    pool.names["latin"] += ["Christian Sample", "Paweł Example"]
    kind, read = tool.outcome(may, pool, random.Random(2), "names")  # noqa: S311
    assert kind == "same"
    assert "Parsing logs with care" in read and "Wolfgang Example" not in read


def test_a_pool_too_small_to_swap_from_makes_no_candidate(
        tool: ModuleType, tmp_path: Path) -> None:
    pages, pool = tool.load([_set(tmp_path / "set")])
    may = next(page for page in pages if page.path.endswith("may.md"))
    pool.names["latin"] = ["Wolfgang Example"]  # only a name the page has already
    assert tool.outcome(may, pool, random.Random(2), "names") is None  # noqa: S311


def test_swapping_the_shared_corpus_titles_invents_no_speaker(
        tool: ModuleType, shared_dir: Path) -> None:
    # the shared corpus's read pages with other annotated titles, six seeded draws of
    # four swaps each: the reader leaning on its pages' words (``Mesa Redonda: …`` read
    # as a person) shows as a speaker who is nobody on the page - 2 at stop 29's end
    pages, pool = tool.load([shared_dir / "corpus"])
    outcomes = []
    for seed in range(6):
        draw = random.Random(seed)  # noqa: S311 (draws, not keys)
        for page in pages:
            for _ in range(4):
                found = tool.outcome(page, pool, draw)
                if found is None:
                    break
                outcomes.append(found)
    assert len(outcomes) > 400
    assert [read for kind, read in outcomes if kind == "INVENTED speaker"] == []
