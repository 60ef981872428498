"""``sphinx-meetup show`` and ``check``: the seed as the issue states it, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sphinx_meetup.cli import main

ROOTS = Path(__file__).parent / "roots"
SEED = ROOTS / "test-seed" / "events" / "service-mesh-meetup-09-hangzhou.md"
JSON_KEYS = [
    "title", "description", "start", "end", "timezone", "location", "venue", "fee", "topics",
    "sponsors", "registration_url", "image", "speakers", "talks", "replays", "slides", "links",
    "draft", "problems",
]


def show_json(capsys, *args: str) -> dict:
    assert main(["show", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_show_json_gives_the_seed_as_a_person_reads_it(capsys) -> None:
    data = show_json(capsys, str(SEED))
    assert list(data) == JSON_KEYS
    assert data["title"] == "Service Mesh Meetup #9 杭州站"
    assert data["start"] == "2019-12-28"  # the body's date wins over the page's 12-24
    assert data["end"] is None and data["timezone"] is None
    assert data["location"] == "中国杭州"
    assert data["venue"] == "杭州西溪谷 G 座（滴滴）"
    assert data["fee"] == "免费"
    assert data["topics"] == ["Service Mesh"]
    assert data["sponsors"] == [{"name": "ServiceMesher", "url": "https://www.servicemesher.com"}]
    assert data["registration_url"] == "https://tech.antfin.com/activities/949"
    assert [s["name"] for s in data["speakers"]] == ["靳文祥", "付铖", "黄家琦", "王国云"]
    assert data["speakers"][1] == {
        "name": "付铖",
        "image": "images/event-speakers/fucheng.jpg",
        "designation": "酷家乐技术专家",
    }
    talks = data["talks"]
    assert len(talks) == 6
    panel = ["鲁直", "涵畅", "张超盟", "付铖", "王国云"]
    assert [t["speakers"] for t in talks] == [
        ["贾岛"], ["付铖"], ["肖涵"], panel, ["嘉祁"], ["王国云"]]
    assert talks[2]["title"].startswith("云原生开放智能网络代理 MOSN")
    assert talks[2]["abstract"] == "" and talks[3]["abstract"] == ""
    assert talks[0]["abstract"].startswith("在 Service Mesh 微服务架构中")
    assert set(talks[0]) == {
        "title", "speakers", "abstract", "start", "end", "video", "slides", "room"}
    assert talks[0]["room"] is None
    assert data["replays"] == ["https://tech.antfin.com/community/activities/1056"]
    assert data["slides"] == [] and data["links"] == []
    assert data["draft"] is False
    assert data["problems"] == []


def test_show_timezone_gives_times_in_the_site_zone(tmp_path, capsys) -> None:
    event = tmp_path / "e.md"
    event.write_text("---\ntitle: T\ndate: 2020-06-29T22:00:00Z\n---\n", encoding="utf-8")
    assert show_json(capsys, str(event))["start"] == "2020-06-29T22:00:00+00:00"
    data = show_json(capsys, str(event), "--timezone", "Europe/Amsterdam")
    assert data["start"] == "2020-06-30T00:00:00+02:00"
    assert data["timezone"] == "Europe/Amsterdam"


def test_show_without_json_is_a_readable_summary(capsys) -> None:
    assert main(["show", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Service Mesh Meetup #9 杭州站\n")
    assert "  When: 2019-12-28" in out
    assert "by 鲁直, 涵畅, 张超盟, 付铖, 王国云" in out


def test_check_reports_file_and_line_and_fails_on_errors(tmp_path, capsys) -> None:
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: Fine\ndate: 2020-01-01\n---\n", encoding="utf-8")
    warned = tmp_path / "warned.md"
    warned.write_text("---\ntitle: Odd\ndate: soon\n---\n", encoding="utf-8")
    broken = tmp_path / "broken.md"
    broken.write_text('---\ntitle: "unclosed\n---\nbody\n', encoding="utf-8")

    assert main(["check", str(good)]) == 0
    assert capsys.readouterr().out == "1 file, no problems\n"
    assert main(["check", str(good), str(warned)]) == 0, "warnings alone do not fail"
    assert f"{warned}:3: warning: date: 'soon' is not a date" in capsys.readouterr().out
    assert main(["check", "--strict", str(warned)]) == 1
    capsys.readouterr()
    assert main(["check", str(good), str(broken)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{broken}:")
    assert "error: malformed YAML front matter" in out and "[frontmatter]" in out


def test_check_names_a_missing_file(tmp_path, capsys) -> None:
    assert main(["check", str(tmp_path / "nope.md")]) == 1
    assert "cannot read the file" in capsys.readouterr().out


def test_console_script_runs_without_sphinx_imported() -> None:
    code = (
        "import sys; from sphinx_meetup.cli import main; "
        f"rc = main(['show', {str(SEED)!r}]); "
        "assert 'sphinx' not in sys.modules and 'docutils' not in sys.modules, "
        "sorted(m for m in sys.modules if m.startswith(('sphinx', 'docutils')));"
        "sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("argv", [[], ["--version"]])
def test_help_and_version(argv, capsys) -> None:
    if argv:
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 0
        assert "sphinx-meetup" in capsys.readouterr().out
    else:
        assert main(argv) == 2


def test_show_explain_names_the_line_and_shape_of_each_talk_and_speaker(
    tmp_path, capsys
) -> None:
    page = tmp_path / "event.md"
    page.write_text(
        "---\ntitle: 示例沙龙\ndate: 2021-05-22\n---\n\n## 议程\n\n"
        "### 缓存的边界\n\n讲师：阿福\n\n### 调度器二三事\n\n冯小岚，示例云架构师\n",
        encoding="utf-8",
    )
    assert main(["show", "--explain", str(page)]) == 0
    out = capsys.readouterr().out
    assert "talk: line 8: heading" in out
    assert "阿福: line 10: speaker label '讲师'" in out
    assert "冯小岚: line 14: speaker slot" in out
    assert main(["show", "--explain", "--json", str(page)]) == 0
    talks = json.loads(capsys.readouterr().out)["talks"]
    assert talks[1]["evidence"]["冯小岚"].startswith("line 14:")
    assert main(["show", "--json", str(page)]) == 0
    assert "evidence" not in json.loads(capsys.readouterr().out)["talks"][0]


def test_show_explain_says_when_no_talk_was_read(tmp_path, capsys) -> None:
    page = tmp_path / "event.md"
    page.write_text("---\ntitle: Spring evening\ndate: 2021-05-22\n---\n\n"
                    "Ann tells us what she learnt about queues this winter.\n", encoding="utf-8")
    assert main(["show", "--explain", str(page)]) == 0
    assert "no talk was read" in capsys.readouterr().out
    assert main(["show", str(page)]) == 0
    assert "no talk was read" not in capsys.readouterr().out
