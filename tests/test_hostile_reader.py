"""Hostile front matter and registries: every parser failure a located problem.

The YAML, TOML and JSON layers throw more than their own errors: ``ValueError`` for a
date no calendar has or a number too long to print, ``RecursionError`` for deep
nesting, ``AttributeError`` for ``!!timestamp yesterday``; JSON hands over lone
surrogates that no encoder takes. Each of these stopped a build (or ``check``/``show``)
with a traceback; here each is a warning at its line and the rest of the site builds.
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

import pytest
from helpers import warning_lines

from sphinx_meetup.cli import main
from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.speaker_registry import read_registry

BODY = "\n## Talks\n\n### Kept\n\nSpeaker: Ann Lee\n"


def site(tmp_path: Path, events: dict[str, str | bytes], **conf: object) -> Path:
    """A project of ``events/<name>`` files (each with its generated page)."""
    (tmp_path / "events").mkdir(parents=True)
    for name, content in events.items():
        path = tmp_path / "events" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    settings = {"project": "hostile", "extensions": ["sphinx_meetup"],
                "meetup_events_dir": "events", "meetup_today": "2024-06-01", **conf}
    (tmp_path / "conf.py").write_text(
        "".join(f"{key} = {value!r}\n" for key, value in settings.items()), encoding="utf-8")
    (tmp_path / "index.rst").write_text(
        "Hostile\n=======\n\n.. toctree::\n\n   meetup/index\n\n.. meetup-events::\n",
        encoding="utf-8")
    return tmp_path


def inventory(outdir: Path) -> str:
    """The names ``objects.inv`` lists (it is zlib-compressed after four header lines)."""
    data = (outdir / "objects.inv").read_bytes()
    body = data.split(b"\n", 4)[4]
    return zlib.decompress(body).decode("utf-8")


# --- item 10: impossible dates in any key -------------------------------------------

INVALID_DATES = {
    "month-13.md": "---\ntitle: Month thirteen\ndate: 2024-13-40\n---\n",
    "feb-30.md": "---\ntitle: February thirtieth\ndate: 2024-05-01\nlastmod: 2024-02-30\n---\n",
    "year-zero.md": "---\ntitle: Year zero\ndate: 2024-05-01\npublishDate: 0000-00-00\n---\n",
    "hour-25.md": "---\ntitle: Hour twenty-five\ndate: 2024-05-01T25:00:00\n---\n",
    "offset-25.md": "---\ntitle: Offset\ndate: 2024-05-01T10:00:00+25:00\n---\n",
    "nested.md": "---\ntitle: Nested\ndate: 2024-05-01\nspeaker:\n  - name: Ann Lee\n"
                 "    born: 1999-99-99\n---\n",
}


@pytest.mark.parametrize("name", sorted(INVALID_DATES))
def test_an_impossible_yaml_date_in_any_key_is_not_an_exception(name: str) -> None:
    event = read_event(INVALID_DATES[name] + BODY)
    assert event.title, "the rest of the front matter is kept"
    assert [talk.title for talk in event.talks] == ["Kept"]
    for problem in event.problems:
        assert problem.line is not None


def test_an_impossible_date_in_the_date_key_is_a_date_warning_at_its_line() -> None:
    for name, line in (("month-13.md", 3), ("hour-25.md", 3), ("offset-25.md", 3)):
        event = read_event(INVALID_DATES[name])
        (problem,) = event.problems
        assert (problem.line, problem.subtype) == (line, "date"), name
        assert "is not a date" in problem.message
        assert event.start is None


def test_a_key_nobody_reads_may_hold_an_impossible_date() -> None:
    event = read_event(INVALID_DATES["feb-30.md"])
    assert event.problems == [] and str(event.start) == "2024-05-01"


# --- item 11: numbers too long, nesting too deep, tags that do not fit, surrogates ---

LONG = "9" * 5000
DEEP = "[" * 3000 + "]" * 3000
CASES = [
    # (front matter, line, a piece of the message)
    ("+++\ntitle = 'T'\nn = " + LONG + "\n+++\n", 3, "malformed TOML front matter"),
    ("+++\ntitle = 'T'\nn = 0x" + "f" * 5000 + "\n+++\n", 3, "more than 4,300 digits"),
    ("+++\ntitle = 'T'\nn = " + DEEP + "\n+++\n", 3, "nested too deeply"),
    ('{\n"title": "T",\n"n": ' + LONG + "\n}\n", 3, "malformed JSON front matter"),
    ('{\n"title": "T",\n"n": ' + DEEP + "\n}\n", 3, "nested too deeply"),
    ("---\ntitle: T\nn: " + LONG + "\n---\n", None, None),
    ("---\ntitle: T\nn: !!int abc\n---\n", 3, "'abc' is not a whole number"),
    ("---\ntitle: T\nn: !!float abc\n---\n", 3, "'abc' is not a number"),
    ("---\ntitle: T\nn: !!bool maybe\n---\n", 3, "'maybe' is not true or false"),
    ("---\ntitle: T\nn: !!timestamp yesterday\n---\n", 3, "'yesterday' is not a date"),
    ("---\ntitle: T\nn: " + "[" * 40 + "]" * 40 + "\n---\n", 3, "nested more than 32 deep"),
    ('{\n"title": "T",\n"n": "x\\ud800y"\n}\n', 3, "lone UTF-16 surrogate"),
]


@pytest.mark.parametrize(("front_matter", "line", "message"), CASES)
def test_what_a_parser_throws_or_should_not_give_is_a_located_problem(
    front_matter: str, line: int | None, message: str | None
) -> None:
    event = read_event(front_matter + BODY)
    assert [talk.title for talk in event.talks] == ["Kept"], "the body still renders"
    json.dumps(event.to_json()).encode("utf-8")  # every value printable and encodable
    if message is None:
        assert event.title == "T" and event.problems == []
        return
    assert any(p.line == line and message in p.message for p in event.problems), event.problems


def test_a_yaml_number_too_long_to_print_is_kept_as_the_text_written() -> None:
    event = read_event("---\ntitle: 0x" + "f" * 5000 + "\n---\n")
    assert event.title == "0x" + "f" * 5000 and event.problems == []


def test_a_lone_surrogate_is_replaced_where_json_front_matter_has_it() -> None:
    event = read_event('{\n"title": "Ha\\udc00lf",\n"date": "2024-05-01"\n}\n')
    assert event.title == "Ha\ufffdlf"
    event.title.encode("utf-8")


# --- item 17: duplicate keys and values that are no text ---------------------------


def test_a_duplicate_yaml_key_is_told_at_the_duplicate_with_the_value_that_wins() -> None:
    event = read_event("---\ntitle: First\ndate: 2024-05-01\ntitle: Second\n---\n")
    assert event.title == "Second"
    (problem,) = event.problems
    assert problem.line == 4
    assert "first on line 2" in problem.message and "line 4 is used" in problem.message
    assert event.line_of("title") == 4, "the title's line is the one whose value is used"


def test_a_duplicate_key_inside_a_speaker_is_told_too() -> None:
    event = read_event("---\ntitle: T\nspeaker:\n  - name: Ann Lee\n    name: Bo Chen\n---\n")
    assert [s.name for s in event.speakers] == ["Bo Chen"]
    assert [p.line for p in event.problems] == [5]


def test_a_duplicate_json_key_is_told_at_the_duplicate() -> None:
    event = read_event('{\n"title": "First",\n"fee": "0",\n"title": "Second"\n}\n')
    assert event.title == "Second"
    (problem,) = event.problems
    assert problem.line == 4 and "first on line 2" in problem.message


@pytest.mark.parametrize("value", ["!!set {a, b, c}", "!!binary aGVsbG8=", "!!binary a"])
def test_sets_and_bytes_are_problems_not_python_reprs(value: str) -> None:
    event = read_event(f"---\ntitle: {value}\ndescription: {value}\n---\n")
    assert event.title == "" and event.description == ""
    assert [p.line for p in event.problems if "YAML" in p.message] == [2, 3]
    assert "{'" not in json.dumps(event.to_json()) and "b'" not in json.dumps(event.to_json())


# --- the speaker registry reads the same way ---------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "line"),
    [
        ("- name: Ann Lee\n  born: 2024-13-40\n- name: Bo Chen\n", "yaml", None),
        ("- name: Ann Lee\n  n: !!int abc\n- name: Bo Chen\n", "yaml", 2),
        ("- name: Ann Lee\n- name: Bo Chen\n  photo: !!binary aGVsbG8=\n", "yaml", 3),
        ('[{"name": "Ann Lee", "n": ' + LONG + '},\n {"name": "Bo Chen"}]', "json", 1),
        ('[{"name": "Ann Lee", "n": ' + DEEP + "}]", "json", 1),
        ('[{"name": "Ann Lee\\ud800"}, {"name": "Bo Chen"}]', "json", 1),
        ("[[people]]\nname = 'Ann Lee'\nn = " + LONG + "\n", "toml", 3),
        ("[[people]]\nname = 'Ann Lee'\nn = " + DEEP + "\n", "toml", 3),
    ],
)
def test_a_hostile_registry_is_problems_not_an_exception(
    text: str, kind: str, line: int | None
) -> None:
    people, problems = read_registry(text, kind)
    for person in people:
        person.name.encode("utf-8")
    if line is None:
        assert [p.name for p in people] == ["Ann Lee", "Bo Chen"] and problems == []
    else:
        assert any(p.line == line and p.subtype == "speaker" for p in problems), problems


# --- a whole build, and the command line -------------------------------------------

HOSTILE_REGISTRY = "- name: Ann Lee\n  aliases: [Ann]\n  joined: 2024-02-30\n  n: !!int abc\n"


def test_a_site_of_hostile_files_builds_with_warnings_at_their_lines(
    make_app, tmp_path, capsys
) -> None:
    events = {
        **INVALID_DATES,
        "long-toml.md": "+++\ntitle = 'Long TOML'\nn = " + LONG + "\n+++\n" + BODY,
        "deep-json.md": '{\n"title": "Deep JSON",\n"n": ' + DEEP + "\n}\n" + BODY,
        "surrogate.md": '{\n"title": "Sur\\ud800rogate",\n"date": "2024-05-01"\n}\n' + BODY,
        "tags.md": "---\ntitle: !!set {a, b}\nn: !!timestamp yesterday\n---\n" + BODY,
    }
    srcdir = site(tmp_path / "site", events, meetup_speakers="speakers.yaml",
                  exclude_patterns=["speakers.yaml"])
    (srcdir / "speakers.yaml").write_text(HOSTILE_REGISTRY, encoding="utf-8")
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()  # raised ValueError / RecursionError / UnicodeEncodeError before
    assert app.statuscode == 0
    out = Path(app.outdir)
    text = "\n".join(warning_lines(app._warning))
    assert re.search(r"events/month-13\.md:3: WARNING: date: '2024-13-40' is not a date.*"
                     r"\[meetup\.date\]", text), text
    assert re.search(r"events/long-toml\.md:3: WARNING: malformed TOML front matter", text)
    assert re.search(r"events/deep-json\.md:3: WARNING: malformed JSON front matter: values "
                     r"nested too deeply", text)
    assert re.search(r"events/surrogate\.md:2: WARNING: .*lone UTF-16 surrogate", text)
    assert re.search(r"events/tags\.md:2: WARNING: a YAML set", text)
    assert re.search(r"speakers\.yaml:4: WARNING: 'abc' is not a whole number.*"
                     r"\[meetup\.speaker\]", text), text
    for slug in ("month-13", "feb-30", "hour-25", "nested", "surrogate", "tags"):
        page = (out / "meetup" / "events" / f"{slug}.html").read_text(encoding="utf-8")
        assert "Kept" in page or slug not in ("surrogate", "tags"), slug
    assert "Sur\ufffdrogate" in (out / "meetup" / "events" / "surrogate.html").read_text("utf-8")
    assert "Sur\ufffdrogate" in inventory(out), "objects.inv is written, with the text"

    # the command line reads the same files without a traceback
    for path in sorted((srcdir / "events").iterdir()):
        assert main(["check", str(path)]) in (0, 1)
        assert main(["show", str(path)]) in (0, 1)
        assert main(["show", "--json", str(path)]) in (0, 1)
    output = capsys.readouterr().out
    assert "Traceback" not in output and "is not a date" in output


def test_a_registry_that_is_a_folder_is_a_warning_not_a_traceback(make_app, tmp_path) -> None:
    srcdir = site(tmp_path / "site", {"a.md": "---\ntitle: A\ndate: 2024-05-01\n---\n" + BODY},
                  meetup_speakers="people.yaml")
    (srcdir / "people.yaml").mkdir()
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()  # IsADirectoryError before
    assert "people.yaml is not a file" in app._warning.getvalue()
    assert (Path(app.outdir) / "meetup" / "events" / "a.html").is_file()


# --- item 9: the command line prints no terminal controls --------------------------

EVIL = (
    '---\ntitle: "Evil \\e]0;retitled\\a\\e[2J\\e[31mRed\\e[0m \\u202eoot \\x9b31m"\n'
    'location: "Here\\e]8;;https://evil.example/\\e\\\\link\\e]8;;\\e\\\\"\n'
    'speaker:\n  - name: "Ann \\e[1mLee"\ndate: 2024-05-01\nx: 1\nx: "\\e[5mtwice"\n---\n\n'
    "## Talks\n\n### A \x1b[31mtitle\x7f\n\nSpeaker: Ann Lee\n"
)
_TERMINAL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_show_and_check_print_no_escape_sequences(tmp_path: Path, capsys) -> None:
    path = tmp_path / "evil\x1b[31m.md"
    path.write_text(EVIL, encoding="utf-8")
    main(["show", str(path)])
    main(["check", str(path)])
    main(["show", "--explain", str(path)])
    out = capsys.readouterr()
    for text in (out.out, out.err):
        assert not _TERMINAL.search(text), repr(_TERMINAL.search(text))
    assert "Evil Red oot" in out.out and "Ann Lee" in out.out and "Herelink" in out.out
    assert "is given twice" in out.out, "problems are still told"


def test_show_json_escapes_what_json_leaves_raw_and_keeps_the_data(tmp_path, capsys) -> None:
    path = tmp_path / "evil.md"
    path.write_text(EVIL, encoding="utf-8")
    main(["show", "--json", str(path)])
    text = capsys.readouterr().out
    assert not _TERMINAL.search(text), repr(_TERMINAL.search(text))
    data = json.loads(text)
    assert data["title"] == read_event(EVIL).title, "the same data, only escaped"
    assert "\x1b]0;retitled" in data["title"]


@pytest.mark.parametrize("line", ["Join us on ſeptember 12, 2020", "ſep 12", "12 ſept 2020"])
def test_a_month_with_a_long_s_is_read_not_a_traceback(line: str) -> None:
    # the month pattern matches case-insensitively, where ſ is s; lower() kept the ſ and
    # the month table had no such key (KeyError)
    event = read_event(f"---\ntitle: T\n---\n\n{line}\n")
    assert event.title == "T"
