"""benchmarks/merge_rounds.py: rounds merged into one scorable set, split by a fixed rule."""

from __future__ import annotations

import json
from pathlib import Path

from benchmark_support import load_benchmark

merge_rounds = load_benchmark("merge_rounds")


def _round(root: Path, name: str, sites: dict[str, str], prefixed: bool = False) -> Path:
    folder = root / name
    truth = {}
    for site, page in sites.items():
        (folder / "events" / site).mkdir(parents=True)
        (folder / "events" / site / page).write_text("---\ntitle: A\n---\n", encoding="utf-8")
        truth[("events/" if prefixed else "") + f"{site}/{page}"] = {"title": "A", "talks": []}
    (folder / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def test_rounds_merge_under_their_names_and_keys_lose_a_builders_prefix(tmp_path: Path) -> None:
    first = _round(tmp_path, "round71", {"gslug": "a.md", "knoxpy": "b.md"})
    second = _round(tmp_path, "round72", {"gslug": "c.md"}, prefixed=True)
    out = tmp_path / "merged"
    assert merge_rounds.merge(out, [first, second]) == 3
    truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    assert sorted(truth) == ["71-gslug/a.md", "71-knoxpy/b.md", "72-gslug/c.md"]
    for key in truth:
        assert (out / "events" / key).is_file()


def test_a_half_keeps_the_sites_its_rule_gives_it(tmp_path: Path) -> None:
    sites = {f"site{n}": "p.md" for n in range(12)}
    folder = _round(tmp_path, "round90", sites)
    merge_rounds.merge(tmp_path / "dev", [folder], "development")
    merge_rounds.merge(tmp_path / "sealed", [folder], "sealed")
    dev = set(json.loads((tmp_path / "dev" / "truth.json").read_text(encoding="utf-8")))
    sealed = set(json.loads((tmp_path / "sealed" / "truth.json").read_text(encoding="utf-8")))
    assert dev and sealed and not dev & sealed
    assert len(dev | sealed) == 12
    assert all(merge_rounds.half_of(key.split("/")[0][3:]) == "development" for key in dev)
    # the rule is the name's alone: stop 31's split of round 71's sites
    assert merge_rounds.half_of("gslug") == "development"
    assert merge_rounds.half_of("knoxpy") == "sealed"
