"""The reader on shapes first met on pages it was not written against (issue 18).

Each rule is general (a separator, a label, a shape backed by evidence) and each test
reads a small page written for it: no third-party text.
"""

from __future__ import annotations

from reader_support import read, talks

from sphinx_meetup.reader import read_event


def test_bold_name_bracket_double_dash_title_lines() -> None:
    """``**名（机构）——标题**``: the double dash after the bracket stands for the colon;
    an enumeration comma in the title never makes its words speakers."""
    event = read(
        "## 讲师与演讲话题\n\n"
        "**郑一鸣（某某科技）——边车代理的十个坑**\n\n摘要：讲讲边车代理。\n\n"
        "**钱二白 （示例网络）——Kubernetes、Service Mesh、CI/CD 实践**\n\n摘要：工程效率。\n"
    )
    assert talks(event) == [
        ("边车代理的十个坑", ["郑一鸣"]),
        ("Kubernetes、Service Mesh、CI/CD 实践", ["钱二白"]),
    ]


def test_double_dash_inside_a_title_without_a_bracket_is_no_speaker_line() -> None:
    event = read("**云原生的明天——从网格到运行时**\n\n一段介绍。\n")
    assert all(not speakers for _, speakers in talks(event))


def test_known_name_then_a_spaced_dash_then_the_title() -> None:
    """``- **Jane Roe** — Title``: a front-matter speaker opens the item, the title
    follows the dash; an unknown name in the same shape is not taken."""
    front = 'speaker:\n  - name: "Ana Example"\n  - name: "Bo Sample"\n'
    event = read(
        "#### Presentations\n\n"
        "*   **Ana Example** — [Reading pages by evidence](https://example.org/a)\n"
        "*   **Bo Sample** — Keys, trust and the web\n\n"
        "#### Discussion\n\n*   Talking points\n",
        front,
    )
    assert talks(event) == [
        ("Reading pages by evidence", ["Ana Example"]),
        ("Keys, trust and the web", ["Bo Sample"]),
    ]
    stranger = read("- **Cy Nobody** — Something else entirely\n", front)
    assert ("Something else entirely", ["Cy Nobody"]) not in talks(stranger)


def test_a_pictograph_before_a_label_is_decoration() -> None:
    """``🔰 Time: …`` (no date in the front matter): the symbol before the label is an
    ornament, the line is still the event's time; a symbol inside a title stays."""
    event = read_event(
        "---\ntitle: A seminar\n---\n\n"
        "Join the seminar.\n\n- Ann Example - host\n    \n    🔰 Time: 11AM - 12.30 PM, "
        "September 9, 2022\n\n    🔰 Free entry\n"
    )
    assert event.start is not None
    assert (event.start.date().isoformat(), event.start.hour) == ("2022-09-09", 11)
    shown = read_event("---\ntitle: x\ndate: 2022-01-01\n---\n\n▶️ 时间：2021年5月3日\n")
    assert shown.start is not None and shown.start.isoformat()[:10] == "2021-05-03"


def test_agenda_entry_closing_with_a_by_bracket() -> None:
    """``**11:00:** Title *(by [Name](…))*.``: the bracket names the speaker, the title
    stops before it; a bracket that is no ``by`` stays in the title (and then names no
    one: beside two rows that name people, a slot of the agenda, not a talk)."""
    schedule = (
        "### Saturday\n\n"
        "* **11:00:** Money and the climate *(by [Ann Example](../authors/ann/))*.\n"
        "* **12:00:** Drinks + shared meal.\n"
        "* **14:00:** Keys on hardware tokens *(par Bo Sample)*\n"
    )
    assert talks(read(schedule)) == [
        ("Money and the climate", ["Ann Example"]),
        ("Keys on hardware tokens", ["Bo Sample"]),
    ]
    event = read(schedule + "* **15:00:** Tooling (beta edition)\n")
    assert len(talks(event)) == 2 and event.problems == []
    assert [t.title for t in event.talks if t.kind == "break"][-1] == "Tooling (beta edition)"


def test_an_agenda_item_wrapped_over_two_lines_is_one_entry() -> None:
    """A list entry whose title goes on, lower-case, on the next line is one line: the
    whole title, the speaker at its end, no abstract made of its second half."""
    event = read(
        "* **14:00:** Stakes of the growth and tax parameters of the\n"
        "  association *(by Ann Example)*.\n"
        "* **15:00:** Next steps *(by Bo Sample)*\n"
        "  Bring your laptop.\n"
    )
    first, second = (t for t in event.talks if t.kind == "talk")
    assert (first.title, first.speakers, first.abstract) == (
        "Stakes of the growth and tax parameters of the association", ["Ann Example"], "",
    )
    assert second.title == "Next steps" and "Bring your laptop." in second.abstract


def test_a_live_photo_gallery_is_not_a_replay() -> None:
    """``现场图片直播`` is photos published live: no recording, though it says 直播."""
    event = read(
        "- 视频回放：<https://video.example.org/c/13>\n"
        "- 现场图片直播：<https://photos.example.org/album/13>\n"
        "- Live photos: <https://photos.example.org/album/14>\n"
    )
    assert event.replays == ["https://video.example.org/c/13"]


def test_a_page_that_speaks_of_several_talks_but_names_none_has_no_talk() -> None:
    """Front-matter people and no programme: one talk made of the event title - unless
    the page says it holds several talks (or that its programme is elsewhere); then
    the people are shown without a talk and the ``programme`` warning says why (as
    many talks as people: one untitled talk each, stop 39's ``counted.py``)."""
    front = ('speaker:\n  - name: "Ann Example"\n  - name: "Bo Sample"\n'
             '  - name: "Carl Other"\n')
    several = read("### About\n\n- Presentations: Two talks (20+10 min each).\n", front)
    assert talks(several) == []
    assert [p.subtype for p in several.problems] == ["programme"]
    assert "Two talks" in several.problems[0].message
    elsewhere = read("A conference.\n\nThe full program is available at:\n\n"
                     "  [https://conf.example.org/program](https://conf.example.org/program)\n",
                     front)
    assert talks(elsewhere) == [] and elsewhere.problems
    single = read("### About\n\nAn evening with our two guests.\n", front)
    assert talks(single) == [("测试活动", ["Ann Example", "Bo Sample", "Carl Other"])]
    counted = read("### About\n\n- Presentations: Three talks (20 min each).\n", front)
    assert talks(counted) == [("", ["Ann Example"]), ("", ["Bo Sample"]), ("", ["Carl Other"])]


def test_a_technology_written_capitalised_is_never_a_speaker() -> None:
    """``Kubernetes、Service Mesh、CI/CD 实践``: the words after the enumeration comma are
    a topic, not a person; a front-matter name of the same shape still counts."""
    for body in (
        "## 议程\n\n- Kubernetes、Service Mesh、CI/CD 实践\n- 云原生、Serverless 与 Kubernetes\n",
        "## 话题\n\n- 云原生实践 - Service Mesh\n",
    ):
        assert not any(speakers for _, speakers in talks(read(body)))
    people = read("## 议程\n\n- 云原生实践 - Ann Example\n",
                  'speaker:\n  - name: "Ann Example"\n')
    assert talks(people) == [("云原生实践", ["Ann Example"])]


def test_a_sentence_saying_where_the_recordings_are_posted_gives_the_replay() -> None:
    """``Talks will be recorded and posted on [site](…)``: no replay label, the sentence
    says it; a sign-up link in the same shape stays none, and a label wins."""
    event = read(
        "The workshop takes place in May. Talks will be recorded and\nposted on\n"
        "[videos.example.org](https://videos.example.org/c/42), see each talk below.\n"
    )
    assert event.replays == ["https://videos.example.org/c/42"]
    signup = read("Sessions are recorded; register and get them posted to "
                  "[your inbox](https://tickets.example.org/r/1).\n")
    assert signup.replays == []
    labelled = read("Recording: [watch](https://videos.example.org/v/7)\n\n"
                    "All meetings are recorded and archived on "
                    "[our channel](https://videos.example.org/c/all).\n")
    assert labelled.replays == ["https://videos.example.org/v/7"]


def test_a_day_month_year_date_is_read_only_when_its_order_is_certain() -> None:
    """``Time: 8AM 27/08/2021`` (no front-matter date): 27 is no month, so the order is
    certain; ``08/09/2021`` could be either and gives no day."""
    page = "---\ntitle: A webinar\n---\n\n{}\n"
    day = read_event(page.format("Time: 8AM 27/08/2021\n8AM 28/08/2021")).start
    assert day is not None and (day.date().isoformat(), day.hour) == ("2021-08-27", 8)
    us = read_event(page.format("Date: 08/27/2021")).start
    assert us is not None and us.isoformat()[:10] == "2021-08-27"
    assert read_event(page.format("Date: 08/09/2021")).start is None


def test_an_agenda_entry_ending_at_its_colon_on_the_last_line_reads_without_failing() -> None:
    """``**Name** (Org): :`` as the page's last entry, among siblings of that shape: its
    title would be on the next line, and there is none - no traceback (hypothesis found
    it in test_reader_siblings), the entry stays as written. The row is then read as a
    timed row naming no one: beside two named rows, a slot of the agenda."""
    entries = (
        "## Programme\n\n- 10:00 - 10:30 **Ann Lee** (Oslo): Gluing\n"
        "- 11:00 - 11:30 **Ann Lee** (Oslo): Gluing\n"
    )
    assert talks(read(entries)) == [("Gluing", ["Ann Lee"]), ("Gluing", ["Ann Lee"])]
    event = read(entries + "- 12:00 - 12:30 **Ann Lee** (Oslo): :\n")
    assert len(talks(event)) == 2 and event.problems == []
    assert [(t.title, t.kind) for t in event.talks][-1] == ("Ann Lee (Oslo)", "break")
