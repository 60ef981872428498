"""Hugo Blox (Wowchemy) event pages, read page by page as a person reads them.

The pages are real ones, in ``../shared/corpus-hugoblox`` beside the repository (never
copied here); the expected values were written by reading each page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sphinx_meetup.model import Event
from sphinx_meetup.reader import authors as profiles
from sphinx_meetup.reader import read_event, read_file
from sphinx_meetup.reader.frontmatter import split
from sphinx_meetup.reader.hugoblox import looks_like_hugoblox

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus-hugoblox"
SEED_CORPUS = CORPUS.parent / "corpus" / "events"
UTC = dt.UTC


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def page(path: str, **kwargs: object) -> Event:
    """Read one corpus page (``site/slug``), skipping when the corpus is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: the Hugo Blox corpus lives beside the repository")
    site, slug = path.split("/")
    return read_file(CORPUS / site / "content" / "event" / slug / "index.md", **kwargs)


def links(event: Event) -> list[tuple[str, str]]:
    return [(link.name, link.url) for link in event.links]


def speakers(event: Event) -> list[str]:
    return [speaker.name for speaker in event.speakers]


def titles(event: Event) -> list[str]:
    return [talk.title for talk in event.talks]


#: pages whose body programme the confidence check rejects, with the first doubtful line
PROGRAMME_IN_DOUBT: dict[str, int] = {}


def assert_programme_in_doubt(event: Event, line: int) -> None:
    """One ``meetup.programme`` problem at ``line`` pointing to ``talks:``, and the
    body kept as written (nothing blanked out of the programme's lines)."""
    problems = [(p.subtype, p.line) for p in event.problems]
    assert problems == [("programme", line)]
    assert "`talks:`" in event.problems[0].message
    assert event.body_rest.split("\n")[line - event.body_rest_line].strip()


def assert_no_garbage_talks(event: Event) -> None:
    """Shortcodes, schedule days and section headings are not talks."""
    for title in titles(event):
        assert "{{" not in title and "}}" not in title
        assert not title.lower().startswith(("day ", "monday", "tuesday", "wednesday",
                                             "thursday", "friday", "saturday", "registration"))
    assert "{{<" not in event.body_rest


# --- GrokCV: a lab's seminar talks, one talk per page, `…Z` times, no speakers named ---

GROK = "GrokCV__website"
SPACE = "https://space.bilibili.com/833564"


def test_grokcv_oriented_rcnn() -> None:
    event = page(f"{GROK}/2023-08-26-oriented-rcnn")
    assert event.title == "GrokCV Seminar"
    assert titles(event) == ["【文献分享】Oriented R-CNN"]
    assert event.draft is True
    assert event.start == dt.datetime(2023, 8, 26, 22, 14, tzinfo=UTC)
    assert event.end == dt.datetime(2023, 8, 26, 23, 14, tzinfo=UTC)
    assert event.location == "Tencent Meeting"
    assert event.venue is None  # the address is commented out line by line
    assert speakers(event) == []
    assert event.description == (
        "关于稀疏表示优化求解的文献梳理，从传统的迭代求解到基于神经网络的深度展开."
    )
    assert event.talks[0].abstract.endswith("具体方法包括：ISTA、FISTA、LISTA、ISTA-Net。")
    assert event.replays == [
        "https://www.bilibili.com/video/BV1o14y1C7qM/?share_source=copy_web"
        "&vd_source=0cff7c155de885f3bea907819b93a04e"
    ]
    assert event.slides == [
        "https://github.com/GrokCV/Slides/blob/master/Yimian/2024-01-15-Deep-Unfolding.pdf"
    ]
    assert event.talks[0].video == event.replays[0]
    assert event.talks[0].slides == event.slides[0]
    # the "Follow" link goes where event_url goes: listed once
    assert links(event) == [
        ("GrokCV Seminar", SPACE),
        ("PDF", "https://arxiv.org/pdf/2108.05699"),
        ("Code", "https://github.com/jianzhangcs/ISTA-Net-PyTorch"),
    ]
    assert event.published == dt.datetime(2023, 8, 26, 22, 14, tzinfo=UTC)
    assert event.problems == []


def test_grokcv_hadar() -> None:
    event = page(f"{GROK}/2023-11-04-hadar")
    assert event.title == "GrokCV Seminar"
    assert titles(event) == [
        "【文献分享 | Nature 封面文章】Heat-Assisted Detection And Ranging - Part I"
    ]
    assert event.draft is False
    # the folder says 11-04 and publishDate is 11-04: the talk is on 11-03 as written
    assert event.start == dt.datetime(2023, 11, 3, 19, 0, tzinfo=UTC)
    assert event.end == dt.datetime(2023, 11, 3, 20, 0, tzinfo=UTC)
    assert event.replays == ["https://www.bilibili.com/video/BV1nG411X7kF/"]
    assert event.slides == [
        "https://github.com/GrokCV/Slides/blob/master/Yimian/2023-11-03-HADAR-Slides.pdf"
    ]
    assert links(event) == [
        ("GrokCV Seminar", SPACE),
        ("PDF", "https://www.nature.com/articles/s41586-023-06174-6"),
        ("Code", "https://github.com/FanglinBao/HADAR"),
    ]
    assert event.talks[0].abstract.startswith("介绍一下对于 2023 年 7 月 Nature 封面文章")
    assert event.problems == []


def test_grokcv_hadar_in_the_site_time_zone_is_converted() -> None:
    event = page(f"{GROK}/2023-11-04-hadar", timezone="Asia/Shanghai")
    assert event.timezone == "Asia/Shanghai"
    assert event.start.isoformat() == "2023-11-04T03:00:00+08:00"
    assert event.end.isoformat() == "2023-11-04T04:00:00+08:00"


def test_grokcv_offer() -> None:
    event = page(f"{GROK}/2023-12-22-offer")
    assert titles(event) == ["【求职经验】双非本科拿下腾讯算法岗位的攻略与心得"]
    assert event.start == dt.datetime(2023, 12, 22, 23, 0, tzinfo=UTC)
    assert event.end == dt.datetime(2023, 12, 23, 0, 0, tzinfo=UTC)
    assert event.location == "Tencent Meeting"
    # url_pdf is commented out
    assert links(event) == [
        ("GrokCV Seminar", SPACE),
        ("Code", "https://github.com/jianzhangcs/ISTA-Net-PyTorch"),
    ]
    assert event.problems == []


def test_grokcv_acm_at_wacv() -> None:
    event = page(f"{GROK}/2024-01-05-acm")
    assert event.title == "WACV 2021"
    assert titles(event) == [
        "【WACV 2021 Oral】Asymmetric Contextual Modulation for Infrared Small Target Detection"
    ]
    assert event.start == dt.datetime(2021, 1, 5, 19, 0, tzinfo=UTC)
    assert event.end == dt.datetime(2021, 1, 8, 20, 0, tzinfo=UTC)
    assert event.location == "Virtual"
    assert event.description == (
        "Oral Presentation on Asymmetric Contextual Modulation Network (ACM-Net)."
    )
    assert event.replays == ["https://www.youtube.com/watch?v=UVi6aXNeXL8"]
    # event_url and the "Follow" link are the replay itself: not repeated as links
    assert links(event) == [
        ("PDF", "https://openaccess.thecvf.com/content/WACV2021/papers/Dai_Asymmetric_"
                "Contextual_Modulation_for_Infrared_Small_Target_Detection_WACV_2021_paper.pdf"),
        ("Code", "https://github.com/YimianDai/open-acm"),
    ]
    assert event.problems == []


def test_grokcv_agent_has_no_summary() -> None:
    event = page(f"{GROK}/2024-07-13-agent")
    assert titles(event) == ["【新芽（大一）结业汇报】变化检测：从特征融合到 Agent 智能体"]
    assert event.draft is True
    assert event.start == dt.datetime(2024, 7, 13, 18, 32, tzinfo=UTC)
    assert event.end == dt.datetime(2024, 7, 13, 19, 0, tzinfo=UTC)
    assert event.location == "Virtual"
    assert event.description == ""
    assert event.talks[0].abstract == ""
    assert event.replays == [
        "https://www.bilibili.com/video/BV1Gf421z7Ed/?share_source=copy_web"
        "&vd_source=0cff7c155de885f3bea907819b93a04e"
    ]
    assert links(event) == [
        ("GrokCV Seminar", SPACE),
        ("Follow", "https://www.bilibili.com/video/BV1kr421M7wx/"),
        ("PDF", "https://arxiv.org/pdf/2401.15583"),
        ("Code", "https://github.com/xdFai"),
    ]
    assert event.problems == []


def test_grokcv_prcv() -> None:
    event = page(f"{GROK}/2024-07-20-prcv2024irstd")
    assert titles(event) == ["【比赛分享】PRCV 2024 广域红外小目标检测挑战赛优胜方案"]
    assert event.start == dt.datetime(2024, 7, 19, 20, 0, tzinfo=UTC)
    assert event.end == dt.datetime(2024, 7, 19, 21, 0, tzinfo=UTC)
    assert event.description == (
        "PRCV 2024、ICPR 2024 Track 1、ICPR 2024 Track 2 三项红外弱小目标检测比赛优胜方案"
    )
    assert event.replays == ["https://www.bilibili.com/video/BV1QM4m127ZD/"]
    assert event.slides == ["https://github.com/GrokCV/Slides/blob/master/Chenxu/PRCV2024.pdf"]
    assert links(event) == [
        ("GrokCV Seminar", SPACE),
        ("PDF", "https://arxiv.org/pdf/2401.15583"),
        ("Code", "https://github.com/xdFai"),
    ]
    assert event.problems == []


def test_grokcv_distanet_without_end() -> None:
    event = page(f"{GROK}/2025-08-11-distanet")
    assert titles(event) == ["【工作分享】【ICCV 2025】DISTA-Net：动态空间邻近红外小目标解混"]
    assert event.start == dt.datetime(2025, 8, 6, 20, 0, tzinfo=UTC)
    assert event.end is None  # date_end is commented out
    assert event.location == "Tencent Meeting"
    assert event.replays == [
        "https://www.bilibili.com/video/BV1d8tPzxESh/?spm_id_from=333.337.search-card.all.click"
    ]
    assert links(event) == [
        ("GrokCV Seminar", "https://www.bilibili.com/video/BV1d8tPzxESh"),
        ("PDF", "https://arxiv.org/abs/2505.19148"),
        ("Code", "https://github.com/GrokCV/GrokCSO"),
    ]
    assert event.problems == []


# --- catrincm: workshops and conferences; no `event`, all-day date-only values ---

TRUTH = "catrincm__truthandsemantics-website"


@pytest.mark.parametrize(
    ("slug", "title", "start", "end", "location"),
    [
        ("exprtruth", "Truth in Expressively Rich Languages", dt.date(2021, 4, 30), None,
         "Online Workshop via Zoom"),
        ("fotr", "Working with Truth", dt.date(2023, 9, 9), dt.date(2023, 9, 10),
         "Room 2.04, Fry Building, Bristol"),
        ("kickoff", "Kick-Off Workshop & Bristol Logic Meeting", dt.date(2019, 5, 3),
         dt.date(2019, 5, 4), "Reception Room, Wills Memorial Building, University of Bristol"),
        ("truthmaking", "Truthmaking, Semantical Grounding, and Paradoxes",
         dt.date(2022, 8, 22), dt.date(2022, 8, 23),
         "Hepple Lecture Theatre, University of Bristol"),
        ("truthnat", "The Meaning(s) of ‘True’ Conference", dt.date(2022, 9, 5),
         dt.date(2022, 9, 6), "Goldney Hall, University of Bristol"),
        ("truthvag", "Truth, Vagueness, and Indeterminacy", dt.date(2023, 6, 28),
         dt.date(2023, 6, 29), "Engineers House, Bristol"),
    ],
)
def test_truth_and_semantics_workshops(
    slug: str, title: str, start: dt.date, end: dt.date | None, location: str
) -> None:
    event = page(f"{TRUTH}/{slug}")
    assert event.title == title
    assert event.start == start
    assert event.end == end
    assert event.location == location
    assert event.venue is None
    assert speakers(event) == []  # the speakers are listed in the body only
    assert event.description
    if slug in PROGRAMME_IN_DOUBT:
        # a label word read as a speaker: no agenda, the body whole, one warning there
        assert event.talks == []
        assert_programme_in_doubt(event, PROGRAMME_IN_DOUBT[slug])
        return
    if slug == "kickoff":
        # no `event` key: the page is the workshop, not a talk; its body lists people
        # and no talk, so nothing is a talk (issue 18: never invent one), and the
        # warning says the speakers section gave no talk
        assert event.talks == []
        assert [(p.subtype, p.line) for p in event.problems] == [("programme", 21)]
        return
    assert event.talks  # the programme's talks
    assert_no_garbage_talks(event)
    assert event.problems == []


def test_truth_and_semantics_agenda_read_in_its_siblings_shape() -> None:
    # `**Name** (Org): Title` entries: "… by Topics (online)" is no speaker "Topics",
    # and a title on the entry's next line is its title (issue 18)
    event = page(f"{TRUTH}/truthmaking")
    talks = [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]
    assert len(talks) == 8
    assert ("Traps Set by Topics (online)", ["Steve Yablo"]) in talks
    assert talks[-1] == ("Truth-makers in formal theories of truth", ["Michael Glanzberg"])
    # a "Confirmed Speakers" heading over a list of people is no talk; a cancelled
    # entry keeps its marker after its title, not as its title
    assert "Confirmed Speakers" not in titles(page(f"{TRUTH}/truthvag"))
    assert "‘True’: Paradox and Context (CANCELLED)" in titles(page(f"{TRUTH}/truthnat"))


def test_truth_and_semantics_links() -> None:
    # a Markdown link in `location` is a map link; `links[]` may name a bundle file
    assert links(page(f"{TRUTH}/fotr")) == [
        ("Fry Building", "https://goo.gl/maps/pCSjYPxmnPUWUdtPA")
    ]
    assert links(page(f"{TRUTH}/truthvag")) == [
        ("Engineers House", "https://goo.gl/maps/R7Vw9DqjU9ej8GL4A")
    ]
    assert links(page(f"{TRUTH}/kickoff")) == [("Programme", "programme_kick-off.pdf")]
    assert links(page(f"{TRUTH}/exprtruth")) == []  # commented out


def test_truth_and_semantics_publishdate_is_not_the_event_date() -> None:
    event = page(f"{TRUTH}/exprtruth")
    assert event.published == dt.date(2021, 3, 21)
    assert event.start == dt.date(2021, 4, 30)


# --- kantorovich: seminars with a `speaker:` map, retreats, workshops, a course ---

KI = "kantorovich__kantorovich-site"
MAILING_LIST = (
    "https://math.us8.list-manage.com/subscribe/post?u=c9cc3beec9fa57d7299ac161c&id=845fe9abdc"
)


def test_ki_seminar_bodhisattva() -> None:
    event = page(f"{KI}/KI-Seminar-Bodhisattva")
    assert event.title == "KI Seminar"
    assert titles(event) == [
        "Multivariate Symmetry: Distribution-Free Testing via Optimal Transport"
    ]
    talk = event.talks[0]
    assert talk.speakers == ["Bodhisattva Sen"]
    assert talk.abstract.startswith("The sign test (Arbuthnott, 1710) and the Wilcoxon")
    assert talk.abstract.endswith("This is joint work with Zhen Huang at Columbia University.")
    (speaker,) = event.speakers
    assert speaker.affiliation == "Columbia University"
    assert [link.url for link in speaker.links] == [
        "http://www.stat.columbia.edu/~bodhi/Bodhi/Welcome.html"
    ]
    assert event.start == dt.datetime(2023, 4, 13, 10, 0, tzinfo=tz(-7))
    assert event.end is None
    assert event.published == dt.datetime(2022, 9, 21, 0, 0, tzinfo=tz(-7))
    assert event.location == "Online (zoom)"
    assert event.registration_url == MAILING_LIST
    assert event.topics == ["seminar"]
    assert event.replays == [
        "https://mathtube.org/lecture/video/"
        "multivariate-symmetry-distribution-free-testing-optimal-transport"
    ]
    assert event.slides == ["Kantorovich-Talk-Bodhisattva-Apr-2023.pdf"]  # a bundle file
    assert event.problems == []


def test_ki_retreat_talks_are_abstract_shortcodes() -> None:
    event = page(f"{KI}/KI-retreat-2023")
    assert event.title == "IFML+KI retreat 2023"
    assert event.start == dt.datetime(2023, 2, 2, 9, 30, tzinfo=tz(-8))
    assert event.end == dt.datetime(2023, 2, 2, 18, 10, tzinfo=tz(-8))
    assert event.location == "Zillow Commons, 4th floor, Gates Center"
    assert links(event) == [("Gates Center", "https://goo.gl/maps/qYR5pYtDso7KgYJN9")]
    assert event.description.startswith(
        "The second Kantorovich Initiative Retreat will take place on Thursday February 2nd"
    )
    # the page's author (soumik) is listed under "Organizers": not a speaker
    assert speakers(event) == []
    # the schedule links each entry to its abstract shortcode (`[Name](#its-title)`):
    # the entry is that talk, in the schedule's order and with its times (issue 18)
    shortcode_talks = [
        ("Towards Instance-Optimal Algorithms for Reinforcement Learning", ["Kevin Jamieson"]),
        ("Towards a Mathematical Theory of Development", ["Geoff Schiebinger"]),
        ("Overparametrization in machine learning: insights from linear models",
         ["Andrea Montanari"]),
        ("Git Re Basin Merging Models modulo Permutation Symmetries", ["Jon Hayase"]),
        # the schedule names a second speaker beside the linked one
        ("Scaling limit of SGD over large networks", ["Raghav Tripathi", "Raghav Somani"]),
        ("Developmental trajectory inference in the presence of a growth-induced bias in "
         "clonal data", ["Becca Bonham-Carder"]),
    ]
    found = [(talk.title, talk.speakers) for talk in event.talks if talk.kind == "talk"]
    assert found == shortcode_talks
    montanari = event.talks[titles(event).index(shortcode_talks[2][0])]
    assert montanari.abstract.startswith("Deep learning models are often trained")
    assert montanari.line == 74
    assert montanari.start == dt.datetime(2023, 2, 2, 11, 30, tzinfo=tz(-8))
    # 12-hour clock: the afternoon entries are p.m.
    assert event.talks[4].start == dt.datetime(2023, 2, 2, 14, 30, tzinfo=tz(-8))
    assert "IFML+KI retreat 2023" not in titles(event)  # the retreat is no talk of its own
    assert_no_garbage_talks(event)
    assert "Deep learning models are often trained" not in event.body_rest
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_ki_seminar_cuturi_with_empty_urls() -> None:
    event = page(f"{KI}/KI-seminar-cuturi")
    assert event.title == "KI Seminar"
    assert titles(event) == ["On Parameterizing Optimal Transport with Elastic Costs"]
    assert event.talks[0].speakers == ["Marco Cuturi"]
    assert event.speakers[0].affiliation == "Apple ML Research, Paris"
    assert event.start == dt.datetime(2024, 12, 9, 14, 45, tzinfo=tz(-8))
    assert event.replays == [] and event.slides == []  # `url_video:` left empty
    assert event.description.startswith("I will introduce our recent work")
    assert event.problems == []


def test_ki_seminar_mccann_speaker_map_beats_authors() -> None:
    event = page(f"{KI}/KI-seminar-mccann")
    assert titles(event) == [
        "Trading linearity for elliptiicity: a nonsmooth approach to Einstein's theory of "
        "gravity and the Lorentzian splitting theorems"
    ]
    # `authors: [soumik]` posted the page; the `speaker:` map names who speaks
    assert speakers(event) == ["Robert McCann"]
    assert event.talks[0].speakers == ["Robert McCann"]
    assert event.location == "PIMSUBC - ESB4133 & Online (zoom)"
    assert event.start == dt.datetime(2024, 7, 23, 14, 0, tzinfo=tz(-7))
    assert event.replays == [
        "https://www.mathtube.org/lecture/video/"
        "trading-linearity-ellipticity-nonsmooth-approach-einsteins-theory-gravity-and"
    ]
    assert event.slides == []
    assert event.problems == []


def test_ki_graduate_course_authors_from_profiles() -> None:
    event = page(f"{KI}/OT-gradient-flows")
    assert event.title == "PIMS online graduate course on Optimal Transport + Gradient Flows"
    # all_day with clock times: the days only
    assert event.start == dt.date(2023, 8, 29)
    assert event.end == dt.date(2023, 12, 7)
    assert event.location == "University of Washington, Seattle & Online"
    assert event.topics == ["event", "graduate course"]
    # `event` is the title: the page is the course, not a talk, and its authors are its
    # writers - no talk and no speaker card without evidence (issue 18)
    assert event.talks == [] and speakers(event) == []
    assert_no_garbage_talks(event)
    assert event.problems == []
    # the profiles `authors` names are read all the same (a talk naming them uses them)
    path = CORPUS / KI / "content" / "event" / "OT-gradient-flows" / "index.md"
    dirs = profiles.find_authors_dirs(path)
    soumik, kim = (profiles.find(name, dirs)[1] for name in ("soumik", "yhkim"))
    assert (soumik.name, soumik.designation) == ("Soumik Pal", "Professor")
    assert soumik.affiliation == "Department of Mathematics, University of Washington"
    assert [(link.name, link.url) for link in soumik.links] == [
        ("Website", "https://sites.math.washington.edu/~soumik/")
    ]
    assert (kim.name, kim.affiliation) == (
        "Young-Heon Kim", "Department of Mathematics, University of British Columbia"
    )


def test_ki_cancelled_symposium() -> None:
    event = page(f"{KI}/aub-cams-pims-symposium")
    assert event.title == "(CANCELLED) CAMS-PIMS Symposium on Optimal Transport and Applications"
    # an empty `event`: the page is the event; its talks are the mini courses, or (when
    # the body reader does not see them) the symposium itself - never a committee member
    mini_courses = {
        "Introductory course on Optimal Transport", "Numerical methods in Optimal Transport",
        "Stochastic Optimal Transport and Finance", "Optimal Transport in Physics and Cosmology",
    }
    # bold items, each with its teacher nested under it (issue 18)
    assert {" ".join(title.split()) for title in titles(event)} == mini_courses
    # `+0300` offsets with no colon
    assert event.start == dt.datetime(2023, 11, 6, 9, 0, tzinfo=tz(3))
    assert event.end == dt.datetime(2023, 11, 10, 17, 0, tzinfo=tz(3))
    assert event.published == dt.datetime(2023, 8, 30, 9, 0)
    assert event.location == "American University of Beirut"
    assert links(event) == [(
        event.title,
        "https://www.aub.edu.lb/cams/Pages/"
        "CAMS-PIMS-Symposium-on-Optimal-Transport-and-Applications.aspx",
    )]
    # soumik sits on the Scientific Committee; Brendan Pass teaches a mini course
    assert speakers(event) == ["Brendan Pass"]
    assert event.speakers[0].designation == "Associate Professor"
    assert event.description.startswith(
        "Unfortunately this event has been cancelled. When it is rescheduled"
    )
    assert "{{" not in event.description
    assert_no_garbage_talks(event)
    assert "Unfortunately this event has been cancelled" in event.body_rest
    assert event.problems == []


def test_ki_entropic_regularization_workshop() -> None:
    event = page(f"{KI}/entropic-regularization")
    assert event.title == "Entropic Regularization of Optimal Transport and Applications (Online)"
    assert event.start == dt.date(2021, 6, 20)
    assert event.end == dt.date(2021, 6, 25)
    assert event.location == "online/BIRS"
    # `event_url` ends in a stray `)`; the location links to the same page
    assert links(event) == [
        (event.title, "https://www.birs.ca/events/2021/5-day-workshops/21w5120")
    ]
    assert speakers(event) == []  # both authors are the organisers
    assert event.problems == []


def test_ki_kickoff() -> None:
    event = page(f"{KI}/kickoff")
    assert event.title == "Kickoff event for the PIHOT CRG"
    # the front matter's date is its publishDate's day (a template's date left as it
    # was): the body's "will take place Jan 29-30, 2021" gives the day, and the
    # front matter's end, three weeks before it, is dropped with it
    assert event.start == dt.date(2021, 1, 29)
    assert event.end is None
    assert event.location == "Online (zoom)"
    # the page's only author, named by no talk of its programme: its writer
    assert speakers(event) == []
    assert_no_garbage_talks(event)
    # `[Title](…), Name, Organisation` entries: the link's text is the title, the
    # person follows it, and "UBC ECE" is where they work (issue 18); the page's own
    # title is the event's, its body giving a programme of talks with speakers
    talks = [(t.title, t.speakers) for t in event.talks if t.kind == "talk"]
    assert len(talks) == 7 and "PIHOT Kickoff Event" not in titles(event)
    assert talks[2] == ("Bandit learning of Nash equilibria in monotone games",
                        ["Maryam Kamgarpour"])
    bandit = next(t for t in event.talks if t.title.startswith("Bandit"))
    assert bandit.affiliations == {"Maryam Kamgarpour": "UBC ECE"}
    # entries with no speaker and no link among linked ones: slots of the day
    assert "Introduction of the team members" not in [title for title, _ in talks]
    assert not [p for p in event.problems if p.subtype == "programme"]


def test_ki_kickoff_peyre() -> None:
    event = page(f"{KI}/kickoff_Peyre")
    assert event.title == "PIHOT Kickoff"
    assert titles(event) == ["Scaling Optimal Transport for High dimensional Learning"]
    assert event.talks[0].speakers == ["Gabirel Peyré"]  # spelt as the page spells it
    assert event.speakers[0].affiliation == "CNRS and ENS, France"
    assert event.start == dt.datetime(2021, 1, 29, 9, 0, tzinfo=tz(-8))
    assert event.replays == [
        "https://mathtube.org/lecture/video/scaling-optimal-transport-high-dimensional-learning"
    ]
    assert event.slides == []
    assert links(event) == [("PIHOT Kickoff", "/event/kickoff/")]  # a page of the site
    assert event.registration_url == MAILING_LIST
    assert event.body_rest.strip() == ""  # only a shortcode
    assert event.problems == []


def test_ki_ot_stochastics_workshop() -> None:
    event = page(f"{KI}/ot-stochastics-projections-applications")
    assert event.title == "Optimal transport: stochastics projections and applications"
    assert event.start == dt.datetime(2025, 11, 5, 9, 0, tzinfo=tz(-5))
    assert event.end is None
    assert event.location == "Fields Institute, Room 230"
    assert event.registration_url == "https://www.pims.math.ca/events/251105-otspaa"
    assert speakers(event) == []  # yhkim is listed under "Organizers"
    assert event.replays == [] and event.slides == []  # commented out
    assert_no_garbage_talks(event)
    # the speakers are nested items (``* Name, Organisation``) under the timed entries:
    # read by the shape most of them share, the others alike (issue 18)
    talks = [t for t in event.talks if t.kind == "talk"]
    assert len(talks) == 21
    assert (talks[0].title, talks[0].speakers) == (
        "Wasserstein projections in the convex order", ["Benjamin Jourdain"])
    by_title = {t.title: t.speakers for t in talks}
    assert by_title["On Optimal Transport Projections: Analysis, Applications and "
                    "Extensions"] == ["Jose H. Blanchet"]
    assert by_title["On the adapted Bures-Wasserstein geometry"] == ["Songyan Hou"]
    assert by_title["Introduction to adapted optimal transport and applications"] == [
        "Mathias Beiglboeck"]
    assert "Group Photos" not in by_title and "Open Problem Session" not in by_title
    assert not [p for p in event.problems if p.subtype == "programme"]


# --- the theme's stock example page, copied unchanged by many sites ---


def test_wowchemy_example_event() -> None:
    event = page("wowchemy__starter-hugo-research-group/example")
    assert event.title == "Wowchemy Conference"
    assert titles(event) == ["Example Event"]
    assert event.start == dt.datetime(2030, 6, 1, 13, 0, tzinfo=UTC)
    assert event.end == dt.datetime(2030, 6, 1, 15, 0, tzinfo=UTC)
    assert event.published == dt.datetime(2017, 1, 1, 0, 0, tzinfo=UTC)
    assert event.location == "Wowchemy HQ"
    assert event.venue == "450 Serra Mall, Stanford, CA 94305, United States"
    assert event.description == "An example event."
    assert event.talks[0].abstract.startswith("Lorem ipsum dolor sit amet")
    assert speakers(event) == []
    assert links(event) == [("Wowchemy Conference", "https://example.org")]
    assert event.replays == [] and event.slides == []  # url_* written as ''
    assert event.problems == []


# --- the schema is told apart per file ---


def test_every_corpus_page_is_hugoblox_and_no_seed_corpus_page_is() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    blox = sorted(CORPUS.glob("*/content/event/*/index.md"))
    assert len(blox) == 24
    for path in blox:
        assert looks_like_hugoblox(split(path.read_text(encoding="utf-8")).data), path
    for path in sorted(SEED_CORPUS.rglob("*.md")) if SEED_CORPUS.is_dir() else []:
        data = split(path.read_bytes().decode("utf-8", errors="replace")).data
        assert not looks_like_hugoblox(data), path


# --- dates as people write them, and the ones that cannot be ---

TALK = """---
title: A talk
event: A seminar
{dates}
---
"""


def read_dates(dates: str, **kwargs: object) -> Event:
    return read_event(TALK.format(dates=dates), **kwargs)


def test_end_years_before_the_start_is_a_problem_on_the_end_line() -> None:
    event = read_dates("date: 2023-11-06T09:00:00+0300\ndate_end: 2015-11-06T17:00:00+0300")
    assert event.start == dt.datetime(2023, 11, 6, 9, 0, tzinfo=tz(3))
    assert event.end is None
    (problem,) = event.problems
    assert (problem.line, problem.subtype) == (5, "date")
    assert "before" in problem.message


def test_all_day_end_before_start_is_a_problem_too() -> None:
    event = read_dates('date: "2019-05-04"\ndate_end: "2019-05-03"\nall_day: true')
    assert (event.start, event.end) == (dt.date(2019, 5, 4), None)
    assert [(p.line, p.subtype) for p in event.problems] == [(5, "date")]


def test_a_date_that_is_not_one_is_a_problem_on_its_line() -> None:
    event = read_dates("date: next friday\ndate_end: '2023-13-45'")
    assert event.start is None and event.end is None
    assert [(p.line, p.subtype) for p in event.problems] == [(4, "date"), (5, "date")]


def test_dates_as_people_write_them() -> None:
    assert read_dates("date: '2030-06-01T13:00:00Z'").start == dt.datetime(
        2030, 6, 1, 13, 0, tzinfo=UTC
    )
    assert read_dates("date: 2023-11-06T09:00:00+0300").start.utcoffset() == dt.timedelta(
        hours=3
    )
    assert read_dates('date: "2019-05-03"').start == dt.date(2019, 5, 3)
    assert read_dates("date: 2021-04-30").start == dt.date(2021, 4, 30)
    # an end written without its zone is in the start's zone (and compares with it)
    event = read_dates("date: 2023-11-06T09:00:00+03:00\ndate_end: 2023-11-06T08:00:00")
    assert event.end is None and event.problems[0].line == 5


def test_publish_date_is_never_the_event_date() -> None:
    event = read_dates("publishDate: 2023-01-10T10:00:00-08:00\nall_day: false")
    assert event.start is None
    assert event.published == dt.datetime(2023, 1, 10, 10, 0, tzinfo=tz(-8))


def test_times_are_shown_in_the_events_own_zone() -> None:
    dates = "date: 2023-02-02T09:30:00-08:00"
    assert read_dates(dates).start.isoformat() == "2023-02-02T09:30:00-08:00"
    # attendees need the local time: the site's zone does not move an event's own offset
    site = read_dates(dates, timezone="Europe/Amsterdam")
    assert site.start.isoformat() == "2023-02-02T09:30:00-08:00"
    own = read_dates(dates + "\ntimezone: Asia/Tokyo", timezone="Europe/Amsterdam")
    assert (own.timezone, own.start.isoformat()) == ("Asia/Tokyo", "2023-02-03T02:30:00+09:00")


def test_an_unknown_event_time_zone_is_a_problem() -> None:
    event = read_dates("date: 2023-02-02T09:30:00-08:00\ntimezone: Mars/Olympus")
    assert [(p.line, p.subtype) for p in event.problems] == [(5, "date")]
    assert event.start.isoformat() == "2023-02-02T09:30:00-08:00"


# --- shortcodes, bundles and author profiles ---


def test_shortcodes_are_never_talk_titles() -> None:
    event = read_event(
        "---\ntitle: Meetup\nevent: ''\ndate_end: 2024-01-01\n---\n"
        "{{< callout >}}\nDoors open at six.\n{{< /callout >}}\n\n"
        "## Agenda\n\n### Day 1\n\nBring a laptop.\n\n### {{< icon name=\"clock\" >}}\n\n"
        "{{% talk title=\"Rust in production\" speaker=\"Ann Lee, Bo Chen\" %}}\n"
        "Why we moved.\n{{% /talk %}}\n"
    )
    assert titles(event) == ["Rust in production"]
    assert event.talks[0].speakers == ["Ann Lee", "Bo Chen"]
    assert event.talks[0].abstract == "Why we moved."
    assert event.talks[0].line == 18
    assert "Doors open at six." in event.body_rest
    assert "{{" not in event.body_rest


def test_author_profiles_from_the_language_folder_then_the_site(tmp_path: Path) -> None:
    content = tmp_path / "site" / "content"
    _profile(content / "authors" / "jane-doe", "Jane Doe", avatar="avatar.png")
    _profile(content / "fr" / "authors" / "jean", "Jean Dupont", avatar="avatar.jpg")
    bundle = content / "fr" / "event" / "rencontre"
    bundle.mkdir(parents=True)
    (bundle / "featured.jpg").write_bytes(b"jpg")
    (bundle / "index.md").write_text(
        "---\ntitle: Causerie\nevent: Rencontre\nauthors: [jean, Jane Doe, Someone Else]\n---\n",
        encoding="utf-8",
    )
    event = read_file(bundle / "index.md")
    assert speakers(event) == ["Jean Dupont", "Jane Doe", "Someone Else"]
    jean, jane, other = event.speakers
    assert jean.image == "../../authors/jean/avatar.jpg"
    assert (bundle / jean.image).is_file()
    assert jane.image == "../../../authors/jane-doe/avatar.png"  # Hugo's urlize of the name
    assert jean.designation == "Chercheur" and jean.affiliation == "Université"
    assert other.image is None
    assert [speaker.line for speaker in event.speakers] == [4, 4, 4]
    assert event.image == "featured.jpg"
    # an explicit list of profile folders replaces the discovery
    only = read_file(bundle / "index.md", authors_dirs=[content / "authors"])
    assert speakers(only) == ["jean", "Jane Doe", "Someone Else"]


def _profile(folder: Path, name: str, avatar: str) -> None:
    folder.mkdir(parents=True)
    (folder / avatar).write_bytes(b"img")
    (folder / "_index.md").write_text(
        f"---\ntitle: {name}\nrole: Chercheur\norganizations:\n- name: Université\n"
        "social:\n- icon: envelope\n  link: '#contact'\n---\n",
        encoding="utf-8",
    )
