"""The confidence check: a programme the reader is not sure of is not shown as an agenda.

Each doubt signal has a unit test and a page test; the pages are written for the test
(no corpus text). A doubtful page keeps its body whole and in order, has no agenda and
no speaker card but the front matter's, and one ``meetup.programme`` warning at the
first doubtful line. Lines the reader took but used for nothing stay in the body.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import Page, warning_lines
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sphinx_meetup.model import Event, Talk
from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.confidence import speaker_doubt, talk_doubt
from sphinx_meetup.reader.labels import DEFAULT
from sphinx_meetup.reader.names import key

FRONT = "---\ntitle: Test evening\ndate: 2024-05-02T18:00:00+02:00\n{extra}---\n"


def read(body: str, extra: str = "") -> Event:
    return read_event(FRONT.format(extra=extra) + body)


def body_of(event_text: str) -> str:
    return event_text.split("---\n", 2)[2]


def programme_problems(event: Event) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in event.problems if p.subtype == "programme"]


# --- the signals, one by one ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Initech GmbH", "organisation"),
        ("Northfield University", "organisation"),
        ("北方理工大学", "organisation"),
        ("Staff Engineer at Initech", "role"),
        ("ACME XYZ", "organisation"),
        ("Keywords", "word"),
        ("Topics", "word"),
        ("Stanford", "single word"),
        ("[Ann", "markup"),
        ("Room 101", "digits"),
        ("some friendly people came along today", "phrase"),
    ],
)
def test_a_speaker_that_is_no_person_is_doubted(name: str, why: str) -> None:
    found = speaker_doubt(name, DEFAULT)
    assert found is not None and why in found


@pytest.mark.parametrize(
    "name", ["Ida Quist", "Jan van der Berg", "李云", "张伟", "Anne-Marie Roe"]
)
def test_a_name_shaped_speaker_is_not_doubted(name: str) -> None:
    assert speaker_doubt(name, DEFAULT) is None


def test_a_front_matter_person_or_a_labelled_single_word_is_not_doubted() -> None:
    assert speaker_doubt("Initech GmbH", DEFAULT, {key("Initech GmbH")}) is None
    assert speaker_doubt("Ann", DEFAULT) is not None
    assert speaker_doubt("Ann", DEFAULT, labelled=True) is None


@pytest.mark.parametrize(
    ("talk", "why"),
    [
        (Talk(title=""), "no title"),
        (Talk(title="Ida Quist + Q/A"), "person's name"),
        (Talk(title="Talk: Heaps and stacks (Ida Quist, Example Labs)"), "labels"),
        (Talk(title="Heaps and stacks (Ida Quist, Example Labs)"), "was not read"),
        (Talk(title="「ヒープ入門」 高橋健（例示株式会社）"), "quoted title"),
        (Talk(title="Dear friends, we meet again on the first Thursday of May!"), "prose"),
        (Talk(title="Keynote: [Ida"), "fragment of a link"),
        (Talk(title="Heaps and stacks", speakers=["Ida Quist"],
              evidence={"": "line 3", "Other": "line 4"}), "no label or shape"),
    ],
)
def test_a_misread_talk_is_doubted(talk: Talk, why: str) -> None:
    found = talk_doubt(talk, DEFAULT, (), {key("Ida Quist")})
    assert found is not None and why in found


def test_an_untitled_talk_with_a_labelled_speaker_is_not_doubted() -> None:
    talk = Talk(title="", speakers=["Ida Quist"],
                evidence={"Ida Quist": "line 9: speaker label 'Speaker'"})
    assert talk_doubt(talk, DEFAULT) is None
    assert talk_doubt(Talk(title="Heaps and stacks", speakers=["Ida Quist"]), DEFAULT) is None


# --- doubtful pages: body as written, no agenda, one warning ------------------------------

DOUBTFUL = {
    "an organisation as speaker": (
        "Intro text.\n\n## Agenda\n\n| Time | Talk | Speaker |\n|---|---|---|\n"
        "| 18:30 | Heaps and stacks | Ida Quist |\n"
        "| 19:15 | Merge trees | Northfield Polytechnic University |\n\nOutro text.\n",
        12,
    ),
    "a speaker left in the title": (
        # (``(Ida Quist, Example Labs)`` is read since stop 45: a person and her employer)
        "## Schedule\n\n- 18:30 – Talk: Heaps and stacks (Ida Quist of Example Labs)\n"
        "- 19:15 – Talk: Merge trees (Tom Verhoef)\n",
        7,
    ),
}


@pytest.mark.parametrize("case", sorted(DOUBTFUL))
def test_a_doubtful_page_keeps_its_body_and_has_no_agenda(case: str) -> None:
    body, line = DOUBTFUL[case]
    text = FRONT.format(extra="") + body
    event = read_event(text)
    assert [t for t in event.talks if t.kind == "talk"] == []
    assert event.body_rest.strip("\n") == body.strip("\n")  # whole, as written
    ((where, message),) = programme_problems(event)
    assert where == line  # the file line of the first doubtful talk
    assert "not understood" in message and "`talks:`" in message


def test_a_role_at_an_employer_after_the_name_is_where_they_work() -> None:
    # ``Name, Role at Org`` is a speaker slot (issue 18): one person, not two; it was
    # doubted while the role was read as a second speaker
    event = read("## Heaps and stacks\n\nSpeaker: Ida Quist, SRE at Initech\n\n"
                 "Abstract of the talk.\n\nKeywords: heaps, stacks\n")
    assert [(t.title, t.speakers) for t in event.talks] == [("Heaps and stacks", ["Ida Quist"])]
    assert event.talks[0].affiliations == {"Ida Quist": "SRE at Initech"}
    assert programme_problems(event) == []


def test_front_matter_speakers_keep_their_cards_on_a_doubtful_page() -> None:
    event = read(DOUBTFUL["an organisation as speaker"][0],
                 "speaker:\n  - name: Ida Quist\n")
    assert event.talks == []
    assert [s.name for s in event.all_speakers()] == ["Ida Quist"]


def test_a_solid_page_is_not_doubted() -> None:
    event = read(
        "## Agenda\n\n- 18:00 – Doors open, pizza and drinks\n"
        "- 18:30 – Register allocation — Ida Quist (Example Labs)\n"
        "- 19:30 – Incremental parsing — Tom Verhoef\n"
    )
    assert [(t.title, t.speakers) for t in event.talks if t.kind == "talk"] == [
        ("Register allocation", ["Ida Quist"]), ("Incremental parsing", ["Tom Verhoef"]),
    ]
    assert programme_problems(event) == []


# --- never drop text ----------------------------------------------------------------------


def test_a_moderator_line_the_reader_does_not_use_stays_in_the_body() -> None:
    event = read(
        "## Heaps and stacks\n\nSpeaker: Ida Quist\n\nModerator: Petra Lind\n\n"
        "What the talk is about.\n"
    )
    assert [(t.title, t.speakers) for t in event.talks] == [("Heaps and stacks", ["Ida Quist"])]
    assert "Moderator: Petra Lind" in event.body_rest


_WORD = re.compile(r"[^\W\d_]{2,}")


def _kept_text(event: Event) -> str:
    parts = [event.title, event.location or "", event.venue or ""]
    for talk in event.talks:
        parts += [talk.title, talk.abstract, *talk.speakers, *talk.affiliations.values()]
        parts += [a for aliases in talk.aliases.values() for a in aliases]
    return "\n".join(parts).casefold()


_NAMES = st.sampled_from(["Ida Quist", "Tom Verhoef", "Petra Lind", "Initech GmbH",
                          "Northfield University", "Stanford", "李云", "张伟"])
_TITLES = st.sampled_from(["Heaps and stacks", "Merge trees explained", "Incremental parsing",
                           "Doors open, pizza and drinks", "Kaffeepause", "开场致辞"])
_LINE = st.one_of(
    st.builds(lambda t, n: f"- 18:30 – {t} — {n}", _TITLES, _NAMES),
    st.builds(lambda t, n: f"| 19:00 | {t} | {n} |", _TITLES, _NAMES),
    st.builds(lambda t: f"## {t}", _TITLES),
    st.builds(lambda n: f"Speaker: {n}", _NAMES),
    st.builds(lambda n: f"Moderator: {n}", _NAMES),
    st.builds(lambda n: f"Keywords: {n}, queues", _NAMES),
    st.just("Some words of prose about the evening."),
    st.just("## Agenda"),
    st.just("|---|---|---|"),
    st.just(""),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, min_size=1, max_size=14))
def test_no_body_line_is_lost(lines: list[str]) -> None:
    """Every non-blank body line is in ``body_rest`` where it was, or its words are in
    what the reader kept (a talk, a fact); section headings may leave with their
    section."""
    text = FRONT.format(extra="") + "\n".join(lines) + "\n"
    event = read_event(text)
    rest = event.body_rest.split("\n")
    kept = _kept_text(event)
    first = event.body_rest_line - 1
    talk_lines = {talk.line for talk in event.talks}
    source = text.split("\n")[first:]
    for index, line in enumerate(source):
        header = index + 1 < len(source) and source[index + 1].startswith("|---")
        if header:
            continue  # a table's header row names its columns
        if not line.strip() or (index < len(rest) and rest[index] == line):
            continue
        if first + index + 1 in talk_lines:
            continue  # the line is shown as its talk
        if line.startswith("## Agenda") or line.startswith("|---"):
            continue
        plain = line
        for role in ("speaker", "host", "talk_part"):
            plain = DEFAULT.mention(role).sub(" ", plain)
        words = [w.casefold() for w in _WORD.findall(plain)]
        missing = [w for w in words if w not in kept]
        assert not missing, (line, missing, event.body_rest)


# --- in a Sphinx build ----------------------------------------------------------------


@pytest.mark.sphinx("html", testroot="confidence", freshenv=True)
def test_a_doubtful_page_renders_its_body_in_order_with_one_warning(app, warning) -> None:
    app.build()
    messages = warning_lines(warning)
    programme = [m for m in messages if "meetup.programme" in m]
    assert len(programme) == 1
    assert re.search(r"events/doubtful\.md:15: WARNING: the programme was not understood "
                     r"\(the speaker 'Northfield Polytechnic University'.*`talks:`", programme[0])
    html = (Path(app.outdir) / "doubtful.html").read_text(encoding="utf-8")
    page = Page(html)
    assert page.by_class("meetup-agenda") == []
    assert [n["text"].strip() for n in page.by_class("meetup-name")] == ["Mila Hart"]
    order = ["First paragraph of the evening", "Object stores in practice",
             "Log-structured merge trees", "Northfield Polytechnic University",
             "Drinks and snacks", "Last paragraph, after the programme"]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)

    solid = Page((Path(app.outdir) / "solid.html").read_text(encoding="utf-8"))
    assert solid.by_class("meetup-agenda")
    assert sorted(n["text"].strip() for n in solid.by_class("meetup-name")) == [
        "Ida Quist", "Tom Verhoef",
    ]
    assert "Moderator: Petra Lind" in (Path(app.outdir) / "solid.html").read_text(
        encoding="utf-8"
    )


def test_a_possessive_is_no_name() -> None:
    """``**Storytelling's Brushstrokes: How …**`` read as ``name: title`` made a talk by
    "Storytelling's Brushstrokes" (an HTML page of round 6, once its tags are read): a
    word's possessive before another word is a title's, never a person's."""
    assert speaker_doubt("Storytelling's Brushstrokes", DEFAULT)
    assert speaker_doubt("Rust’s Future", DEFAULT)
    assert speaker_doubt("Conan O'Brien", DEFAULT) is None
    event = read_event("---\ntitle: Meetup\n---\n\n- **Storytelling's Brushstrokes**: How AI "
                       "draws\n- **Ann Example**: Parsers\n")
    assert all("Storytelling's Brushstrokes" not in t.speakers for t in event.talks)


# --- a one-word name in a slot its siblings fill with full names ------------------------

SIBLINGS = ("## Talks\n\n- [Queues in practice](q.pdf), by Ida Quist\n"
            "- [Parsing logs fast](p.pdf), by Bo Lind\n"
            "- [Games in the browser](g.pdf), by Gram\n")


def test_a_one_word_name_in_the_slot_of_full_named_siblings_is_a_speaker() -> None:
    event = read(SIBLINGS)
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Queues in practice", ["Ida Quist"]), ("Parsing logs fast", ["Bo Lind"]),
        ("Games in the browser", ["Gram"])]
    assert programme_problems(event) == []
    assert "sibling" in event.talks[2].evidence["Gram"]


def test_a_one_word_name_beside_one_full_named_sibling_is_still_doubted() -> None:
    event = read("## Talks\n\n- [Queues in practice](q.pdf), by Ida Quist\n"
                 "- [Games in the browser](g.pdf), by Gram\n")
    assert event.talks == [] and len(programme_problems(event)) == 1
