"""``benchmarks/compare_readers.py``: two reader checkouts, page by page - and nothing of
a sealed round's pages printed. Pages written for the test."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_support import load_benchmark

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_benchmark("compare_readers")


def _set(root: Path) -> Path:
    """A set of one annotated page with one talk."""
    (root / "events" / "site").mkdir(parents=True)
    (root / "events" / "site" / "may.md").write_text(
        "---\ntitle: May evening\ndate: 2024-05-10\ntalks:\n"
        "  - title: Parsing with care\n    speakers: [Ann Example]\n---\n", encoding="utf-8")
    (root / "truth.json").write_text(json.dumps({"site/may.md": {
        "title": "May evening", "date": "2024-05-10", "speakers": ["Ann Example"],
        "talks": [{"title": "Parsing with care", "speakers": ["Ann Example"]}],
        "replays": []}}), encoding="utf-8")
    return root


def _stub(root: Path, found: int, predicted: int, date: bool) -> Path:
    """A checkout whose scorer reads every page the same way (no reader needed)."""
    (root / "benchmarks").mkdir(parents=True)
    (root / "benchmarks" / "score_corpus.py").write_text(textwrap.dedent(f"""
        from types import SimpleNamespace
        def score(folder):
            page = SimpleNamespace(path="site/may.md", found={found}, predicted={predicted},
                                   speakers_right={found}, date={date}, outcome="read")
            return SimpleNamespace(files=[page])
    """), encoding="utf-8")
    return root


def test_one_checkout_against_itself_changes_no_page(
        tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = _set(tmp_path / "set")
    assert tool.main([str(REPO), str(REPO), str(pages)]) == 0
    assert capsys.readouterr().out.strip() == "pages changed: 0 {}"


def test_a_change_is_counted_and_named_only_outside_a_sealed_round(
        tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = _set(tmp_path / "set")
    before = _stub(tmp_path / "before", found=0, predicted=1, date=False)
    after = _stub(tmp_path / "after", found=1, predicted=1, date=True)
    tool.main([str(before), str(after), str(pages)])
    out = capsys.readouterr().out
    assert "site/may.md" in out
    assert "pages changed: 1 {'right': 1, 'invented': -1, 'speakers': 1, 'day': 1}" in out
    tool.main([str(before), str(after), "--sealed", str(pages)])
    sealed = capsys.readouterr().out
    assert "may" not in sealed
    assert sealed.strip() == (
        "pages changed: 1 {'right': 1, 'invented': -1, 'speakers': 1, 'day': 1}")


def test_by_set_totals_name_the_sets_and_still_no_page(
        tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = _set(tmp_path / "round36"), _set(tmp_path / "round40")
    before = _stub(tmp_path / "before", found=0, predicted=1, date=False)
    after = _stub(tmp_path / "after", found=1, predicted=1, date=True)
    tool.main([str(before), str(after), "--sealed", "--by-set", str(first), str(second)])
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines == [
        "round36: pages changed: 1 {'right': 1, 'invented': -1, 'speakers': 1, 'day': 1}",
        "round40: pages changed: 1 {'right': 1, 'invented': -1, 'speakers': 1, 'day': 1}",
        "pages changed: 2 {'right': 2, 'invented': -2, 'speakers': 2, 'day': 2}"]
    assert not any("may" in line for line in lines)
