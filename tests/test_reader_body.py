"""Talks in event bodies, one test per way pages write them, and the reader's promises
(never raising, lines inside the file, only safe URLs) on any input.

Every page here is a small string written for the test: no corpus text.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re

import pytest
import tomli_w
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reader_support import breaks, read, talks

from sphinx_meetup.model import Event, Talk
from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.labels import DEFAULT_LABELS
from sphinx_meetup.safety import safe_url

SPEAKERS = """speaker:
  - name: "王小明"
  - name: "李小红"
  - name: "赵新（于雨）"
"""


# --- one test per talk style -------------------------------------------------------


def test_heading_then_speaker_line_in_either_colon() -> None:
    event = read(
        "## 关于本次活动\n\n时间：2021年5月22日\n\n"
        "### 服务网格的明天\n\n主讲人: 王小明\n\n一段摘要。\n\n"
        "### 可观察性实践\n\n主讲人：李小红（某某科技）\n\n"
        "### Cloud Native Storage\n\nSpeakers: Ann Lee and Bob Ray\n"
    )
    assert talks(event) == [
        ("服务网格的明天", ["王小明"]),
        ("可观察性实践", ["李小红"]),
        ("Cloud Native Storage", ["Ann Lee", "Bob Ray"]),
    ]
    assert event.talks[0].abstract == "一段摘要。"
    assert event.talks[1].affiliations == {"李小红": "某某科技"}
    assert "服务网格的明天" not in event.body_rest


def test_heading_then_a_bio_that_starts_with_the_name() -> None:
    event = read(
        "## 讲师与演讲话题\n\n#### 网关的演进\n\n王小明 某某集团高级技术专家，十年经验\n\n"
        "李小红 某某公司架构师\n\n#### 边车的未来\n\n介绍通过 Envoy 实现证书管理的方案。\n"
    )
    assert talks(event) == [("网关的演进", ["王小明", "李小红"]), ("边车的未来", [])]


def test_heading_talks_keep_a_bracketed_nickname_as_alias() -> None:
    event = read("## 议程\n\n### 调度系统\n\n主讲人：肖一（涵二） 、王小明\n")
    talk = event.talks[0]
    assert talk.speakers == ["肖一", "王小明"]
    assert talk.aliases == {"肖一": ["涵二"]}


def test_bold_name_colon_title_lines() -> None:
    event = read(
        "本次分享了以下主题。\n\n**王小明（某某集团）：大规模微服务的探索之路**\n\n王小明，资深码农。\n\n"
        "------\n\n**李小红（新浪，搜索架构师）：搜索服务化实践 - SearchMesh**\n\n简介。\n",
        SPEAKERS,
    )
    assert talks(event) == [
        ("大规模微服务的探索之路", ["王小明"]),
        ("搜索服务化实践 - SearchMesh", ["李小红"]),
    ]
    assert event.talks[0].affiliations == {"王小明": "某某集团"}
    assert event.talks[0].abstract == "王小明，资深码农。"


def test_link_list_items_give_each_talk_its_video() -> None:
    event = read(
        "## 讲师分享\n\n"
        "- [本期开场 - 王小明](https://www.bilibili.com/video/BV1)\n"
        "- [容器安全实践 - 李小红](https://www.bilibili.com/video/BV2)\n"
        "- [开发和调试-张三，李四](https://www.bilibili.com/video/BV3)\n"
        "- [存储的未来，王五](https://www.youtube.com/watch?v=x)\n"
        "- [网关新篇章](https://b23.tv/abc)，赵六（卓一），某某集团高级技术专家\n"
    )
    assert talks(event) == [
        ("容器安全实践", ["李小红"]),
        ("开发和调试", ["张三", "李四"]),
        ("存储的未来", ["王五"]),
        ("网关新篇章", ["赵六"]),
    ]
    assert breaks(event) == ["本期开场"]
    assert [t.video for t in event.talks if t.kind == "talk"] == [
        "https://www.bilibili.com/video/BV2",
        "https://www.bilibili.com/video/BV3",
        "https://www.youtube.com/watch?v=x",
        "https://b23.tv/abc",
    ]
    assert event.replays == []
    assert event.talks[-1].aliases == {"赵六": ["卓一"]}


def test_name_colon_title_list_items_in_a_talks_section() -> None:
    event = read(
        "## 关于本次活动\n\n- 时间：2020年11月22日（星期日）\n- 地点：某某大厦 1 层\n\n"
        "## 议题介绍\n\n- 王小明：云原生及社区介绍——开源社区的发展\n- 李小红：容器应用与实践\n"
    )
    assert talks(event) == [
        ("云原生及社区介绍——开源社区的发展", ["王小明"]),
        ("容器应用与实践", ["李小红"]),
    ]
    assert event.venue == "某某大厦 1 层"
    assert event.start == dt.date(2020, 11, 22)


def test_timed_agenda_lines_with_breaks_and_by_name() -> None:
    event = read(
        "- 日期：2019年6月24日\n\n### 活动详情\n\n"
        "**9:00 - 9:20 开场演讲 平台介绍 by 余一**\n\n"
        "**9:20 - 10:10 使用框架快速构建微服务 by 玄一**\n\n摘要一。\n\n"
        "**12:00 - 13:00 午餐时间**\n\n**13:00 - 13:30 探索与实践 by 首一**\n",
        timezone="Asia/Shanghai",
    )
    assert talks(event) == [
        ("开场演讲 平台介绍", ["余一"]),
        ("使用框架快速构建微服务", ["玄一"]),
        ("探索与实践", ["首一"]),
    ]
    assert breaks(event) == ["午餐时间"]
    second = event.talks[1]
    assert (second.start.hour, second.start.minute, second.end.hour) == (9, 20, 10)
    assert second.start.date() == dt.date(2019, 6, 24)
    assert second.abstract == "摘要一。"


def test_english_talk_markers_speaker_lines_and_an_agenda() -> None:
    event = read(
        "Program:\n\n18:00 food\n\n18:30 talk 1\n\n19:30 short break\n\n19:45 talk 2\n\n"
        "20:45 drinks\n\nTalk 1: Pandas and other Fauna  \nSpeaker: Luuk Visser\n\n"
        "Abstract one.\n\nTalk 2:\n\nSpeaker: Tim Vos\n\nCompany: Initech\n\n"
        "Scaling up generative models\n\nAbstract two.\n\nTalk 3:\n\nAbstract three.\n\n"
        "_Speakers: Ann Lee and Bob Ray_\n",
        timezone="UTC",
    )
    assert talks(event) == [
        ("Pandas and other Fauna", ["Luuk Visser"]),
        ("Scaling up generative models", ["Tim Vos"]),
        ("", ["Ann Lee", "Bob Ray"]),
    ]
    assert breaks(event) == ["food", "short break", "drinks"]
    # each described talk stands where the agenda names it
    assert [t.title for t in event.talks] == [
        "food", "Pandas and other Fauna", "short break", "Scaling up generative models",
        "drinks", "",
    ]
    first = event.talks[1]
    assert (first.start.hour, first.start.minute, first.end.hour) == (18, 30, 19)
    assert event.talks[3].affiliations == {"Tim Vos": "Initech"}


def test_talk_marker_naming_a_known_speaker_is_not_a_title() -> None:
    event = read(
        "Talk 1: Olaf Jansen\n\nA long abstract, about learning.\n",
        "speaker:\n  - name: Olaf Jansen\n",
    )
    assert talks(event) == [("", ["Olaf Jansen"])]


def test_agenda_entries_lend_their_times_and_titles_to_described_talks() -> None:
    event = read(
        "Agenda\n\n17:30 Walk in\n\n18:30 Talk 1 War stories\n\n19:30 Break\n\n"
        "19:45 Talk 2 Microservices at the police\n\n20:45 Drinks\n\nTalks\n\nTalk 1:\n\n"
        "I have worked with many clusters and like to tell about the failures.\n\n"
        "Speaker 1: Arno Beek\n\nTalk 2:\n\nMicroservices? Definitely!\n\n"
        "Speaker 2: Bert Jan Vos\n",
        timezone="UTC",
    )
    assert talks(event) == [
        ("War stories", ["Arno Beek"]),
        ("Microservices? Definitely!", ["Bert Jan Vos"]),
    ]
    # a described talk stands where its agenda line is: the agenda's order
    assert [t.title for t in event.talks] == [
        "Walk in", "War stories", "Break", "Microservices? Definitely!", "Drinks",
    ]
    assert event.talks[1].end.hour == 19


def test_title_dash_name_org_lines_and_an_agenda_matched_by_title() -> None:
    event = read(
        "An intro to the evening.\n\nBeyond the Identity Server - Lena Eik (Dataworkz)\n\n"
        "Keystroke dynamics explained.\n\nHow to manage secrets - Nico Corra (Hashicorp)\n\n"
        "Secrets in the cloud.\n\nPROGRAM\n\n18:30 Talk 1: Beyond the Identity Server\n\n"
        "19:30 Talk 2: How to manage secrets\n",
        timezone="UTC",
    )
    assert talks(event) == [
        ("Beyond the Identity Server", ["Lena Eik"]),
        ("How to manage secrets", ["Nico Corra"]),
    ]
    assert event.talks[0].start.hour == 18
    assert event.talks[1].affiliations == {"Nico Corra": "Hashicorp"}


def test_speaker_lines_without_headers_cut_the_text_into_talks() -> None:
    event = read(
        "Join us for two talks.\n\nProgram:\n\n18:30 food\n\n19:00 talks\n\n"
        "Introduction to Dash\n\nAs a data scientist you make graphs all the time.\n\n"
        "Speaker: Maarten Duin\n\nDash at the utility\n\nWe steer batteries.\n\n"
        "Speaker: Olaf Leeuw\n"
    )
    assert talks(event) == [
        ("Introduction to Dash", ["Maarten Duin"]),
        ("Dash at the utility", ["Olaf Leeuw"]),
    ]


def test_bold_timed_talk_with_an_italic_speaker_line() -> None:
    event = read("**18:30 Talk 1: Argo**\n\nWorkflows on Kubernetes.  \n_Speaker: Lena Eik_\n")
    assert talks(event) == [("Argo", ["Lena Eik"])]


def test_a_prose_only_page_is_one_talk_by_its_front_matter_speakers() -> None:
    event = read("Lorem ipsum dolor sit amet.\n\n### About Event\n\nMore prose.\n", SPEAKERS)
    assert talks(event) == [("测试活动", ["王小明", "李小红", "赵新"])]
    assert event.talks[0].aliases == {"赵新": ["于雨"]}


def test_a_prose_only_page_names_its_speaker_in_prose() -> None:
    event = read("Assets are hard.\n\nMaarten Duin will describe his experience with CD4ML.\n")
    assert talks(event) == [("测试活动", ["Maarten Duin"])]


def test_one_silent_talk_gets_the_one_unused_front_matter_speaker() -> None:
    event = read(
        "Talk 1: Ethics in practice\n\nRobert de Snoo is founder of an institute.\n\n"
        "Talk 2: Trust in models\n\nModels ought to be trusted.\n",
        "speaker:\n  - name: Bert Wassen\n",
    )
    assert talks(event) == [
        ("Ethics in practice", ["Robert de Snoo"]),
        ("Trust in models", ["Bert Wassen"]),
    ]


def test_opening_remarks_and_breaks_are_not_talks() -> None:
    event = read(
        "### 开场致辞\n\n讲师：王小明\n\n### 服务网格实践\n\n讲师：李小红\n\n"
        "### 合影、中场休息、签售\n\n中场休息时有签售。\n"
    )
    assert talks(event) == [("服务网格实践", ["李小红"])]
    assert breaks(event) == ["开场致辞"]
    assert "合影" in event.body_rest  # a heading with no speaker stays text


def test_sections_that_are_not_talks() -> None:
    event = read(
        "### 服务网格实践\n\n讲师：李小红\n\n### 幻灯片下载\n\n已归档，[点击下载](https://github.com/o/r)。\n\n"
        "### 视频回看\n\n见 [Bilibili](https://space.bilibili.com/1)。\n\n"
        "### 关于社区\n\n- 王小明：社区介绍\n\n### Sponsors\n\n- Jane Doe: Our sponsor\n"
    )
    assert talks(event) == [("服务网格实践", ["李小红"])]
    assert event.replays == ["https://space.bilibili.com/1"]
    assert event.slides == ["https://github.com/o/r"]


def test_a_recordings_list_matched_by_title_gives_per_talk_videos() -> None:
    event = read(
        "### 开场致辞\n\n讲师：甲一\n\n### 有了网关，为什么还需要新网关？\n\n讲师：王小明\n\n"
        "### 研发效能\n\n讲师：李小红\n\n### 视频回看\n\n- [开场演讲 - 甲一](https://b23.tv/a)\n"
        "- [为什么还需要新网关？王小明](https://b23.tv/b)\n- [研发效能 - 李晓红](https://b23.tv/c)\n"
    )
    assert [(t.title, t.video) for t in event.talks if t.kind == "talk"] == [
        ("有了网关，为什么还需要新网关？", "https://b23.tv/b"),
        ("研发效能", "https://b23.tv/c"),
    ]
    assert event.replays == []  # the list was per talk; the opening video stays text
    assert "https://b23.tv/a" in event.body_rest


def test_event_level_replay_and_slides_lines() -> None:
    event = read(
        "视频回放：<https://example.org/replay>\n\nPPT下载：https://github.com/o/slides\n\n"
        "- 本次活动的 PPT 见：[GitHub](https://github.com/o/more)\n"
        "- 活动回顾视频见：[Bilibili](https://space.bilibili.com/2)\n"
        "- Create slides using a [Slides](https://docs.example.org/slides) feature and more\n"
    )
    assert event.replays == ["https://example.org/replay", "https://space.bilibili.com/2"]
    assert event.slides == ["https://github.com/o/slides", "https://github.com/o/more"]


def test_talk_video_and_slides_lines_inside_a_talk() -> None:
    event = read(
        "### 服务网格实践\n\n讲师：李小红\n\n视频：https://www.bilibili.com/video/BV9\n\n"
        "Slides: [deck](https://speakerdeck.com/x/y)\n\n视频回放：javascript:alert(1)\n"
    )
    talk = event.talks[0]
    assert (talk.video, talk.slides) == ("https://www.bilibili.com/video/BV9", "https://speakerdeck.com/x/y")
    assert event.replays == []


def test_a_host_line_is_a_roundtable_speaker_only_inside_a_talk() -> None:
    event = read(
        "- 主持人：甲一（社区成员）\n\n## 讲师与演讲话题\n\n#### Roundtable：回顾与展望\n\n"
        "主持人：宋一，某某社区联合创始人\n"
    )
    assert talks(event) == [("Roundtable：回顾与展望", ["宋一"])]
    assert event.talks[0].affiliations == {"宋一": "某某社区联合创始人"}


def test_an_org_suffix_on_a_heading_is_dropped_from_the_title() -> None:
    event = read("## 议程\n\n### 网络代理 MOSN 架构助推器-某某集团\n\n主讲人：肖一（涵二）\n")
    assert talks(event) == [("网络代理 MOSN 架构助推器", ["肖一"])]
    event = read("## 议程\n\n### 集群优化实践 —ETCD on OceanBase\n\n主讲人：王小明\n")
    assert talks(event) == [("集群优化实践 —ETCD on OceanBase", ["王小明"])]


def test_committee_lists_are_not_talks() -> None:
    event = read(
        "### Scientific Committee\n\n * Guill Carl _(Centre de Recherche, Université X, France)_\n"
        " * Wil Gang _(Department of Mathematics, Y)_\n"
    )
    assert talks(event) == []


def test_agenda_table_with_header_words() -> None:
    event = read(
        "## 活动议程\n\n| 时间 | 议题 | 讲师 |\n| --- | --- | --- |\n| 13:30-14:00 | 签到 | |\n"
        "| 14:00-14:40 | 多集群管理 | 张三（腾讯） |\n"
        "| 14:40-15:20 | [服务网格落地](https://www.bilibili.com/video/BV1) | 李四 |\n",
        timezone="Asia/Shanghai",
    )
    assert talks(event) == [("多集群管理", ["张三"]), ("服务网格落地", ["李四"])]
    assert breaks(event) == ["签到"]
    assert event.talks[1].affiliations == {"张三": "腾讯"}
    assert event.talks[2].video == "https://www.bilibili.com/video/BV1"
    assert (event.talks[2].start.hour, event.talks[2].end.hour) == (14, 15)
    assert "| 时间 |" not in event.body_rest


def test_an_activity_cell_opening_with_linked_profiles_names_the_speakers() -> None:
    event = read(
        "## Agenda\n\n| Time | Activity |\n| --- | --- |\n| 18:00 | Doors open |\n"
        "| 18:30 | [Ann Example](https://www.linkedin.com/in/ann-example/) - Queues in practice |\n"
        "| 19:00 | [Bo Sample](https://x.com/bosample) / [Cy Dee](https://www.linkedin.com/in/cy/)"
        " - [Parsing logs](https://example.org/deck.pdf) |\n"
        "| 19:30 | Welcome + **Example Corp** sponsor talk |\n"
    )
    assert talks(event) == [("Queues in practice", ["Ann Example"]),
                            ("Parsing logs", ["Bo Sample", "Cy Dee"])]
    # a row that names no one beside them is a slot
    assert breaks(event) == ["Doors open", "Welcome + Example Corp sponsor talk"]
    # a link to a company's site is no person's page
    event = read("| Time | Activity |\n| --- | --- |\n"
                 "| 18:30 | [Example Corp](https://example.org/) - Queues in practice |\n")
    assert [t.speakers for t in event.talks] == [[]]


def test_agenda_table_without_header_row() -> None:
    event = read(
        "| 14:00 | Deep dive into eBPF by Jane Doe |\n| 15:00 | Drinks |\n", timezone="UTC"
    )
    assert talks(event) == [("Deep dive into eBPF", ["Jane Doe"])]
    assert breaks(event) == ["Drinks"]
    assert event.talks[0].end.hour == 15


@pytest.mark.parametrize(
    ("line", "title", "speakers"),
    [
        ("- 14:00-14:40 《多集群管理》 张三（某某科技）", "多集群管理", ["张三"]),
        ("- 14:40-15:20 服务网格落地实践 讲师：李四", "服务网格落地实践", ["李四"]),
        ("- 15:20-16:00 王五：可观测性的未来", "可观测性的未来", ["王五"]),
        ("- 16:00-16:40 Serverless 实践 赵六", "Serverless 实践", ["赵六"]),
        ("- 16:40-17:20 Deep Dive into eBPF (Speaker: Jane Doe)", "Deep Dive into eBPF",
         ["Jane Doe"]),
        ("- 17:20-17:50 Talk 3 - Scaling - Ann Lee (Initech)", "Scaling", ["Ann Lee"]),
    ],
)
def test_timed_list_lines_in_many_shapes(line: str, title: str, speakers: list[str]) -> None:
    assert talks(read(f"## 议程\n\n{line}\n")) == [(title, speakers)]


def test_a_heading_that_only_names_a_speaker_is_a_card_unless_a_topic_follows() -> None:
    event = read(
        "## Speakers\n\n### Jane Doe\n\nJane is a data scientist at Initech.\n\n"
        "### John Roe\n\nTopic: Scaling Postgres\n\nJohn works on databases.\n",
        "speaker:\n  - name: Jane Doe\n  - name: John Roe\n",
    )
    assert talks(event) == [("Scaling Postgres", ["John Roe"])]
    assert "Jane is a data scientist" in event.body_rest


def test_a_label_alone_on_its_line_names_the_people_on_the_next() -> None:
    event = read("### Scaling Postgres\n\nSpeakers:\nAnn Lee, Bob Ray\n\nAbstract.\n")
    assert talks(event) == [("Scaling Postgres", ["Ann Lee", "Bob Ray"])]
    assert event.talks[0].abstract == "Abstract."


def test_a_speaker_card_with_a_bold_title_line() -> None:
    event = read(
        "## Speakers\n\n### Jane Doe\n\n**Forecasting at scale**\n\nJane is a data scientist.\n"
        "\n### John Roe\n\nCTO at Initech\n",
        "speaker:\n  - name: Jane Doe\n  - name: John Roe\n",
    )
    assert talks(event) == [("Forecasting at scale", ["Jane Doe"])]


def test_a_heading_with_a_known_name_and_a_title() -> None:
    event = read("## 议程\n\n### 张三：多集群管理\n\n简介。\n", 'speaker:\n  - name: "张三"\n')
    assert talks(event) == [("多集群管理", ["张三"])]


def test_media_links_on_a_talk_line_are_its_video_and_slides() -> None:
    event = read(
        "## 议题\n\n- 张三：多集群管理 [视频](https://www.bilibili.com/video/BV1) "
        "[PPT](https://example.org/a.pdf)\n- 李四：服务网格 | [回放](https://b23.tv/x)\n"
    )
    assert [(t.title, t.video, t.slides) for t in event.talks] == [
        ("多集群管理", "https://www.bilibili.com/video/BV1", "https://example.org/a.pdf"),
        ("服务网格", "https://b23.tv/x", None),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Welcome & Intro", "break"),
        ("Opening and introductions", "break"),
        ("Opening keynote: the future of X", "talk"),
        ("Introduction to Dash", "talk"),
        ("某某社区第八期开场", "break"),
        ("开场演讲：欢迎来到成都", "talk"),
    ],
)
def test_opening_words_alone_are_remarks(text: str, kind: str) -> None:
    event = read(f"## 议程\n\n### {text}\n\n主讲人：王小明\n")
    assert event.talks[0].kind == kind


def test_bracketed_labels_and_space_separated_names() -> None:
    event = read(
        "### 多集群管理\n\n【讲师】张三 李四\n\n### 服务网格\n\n讲师：吴一 某某集团技术专家\n"
    )
    assert talks(event) == [("多集群管理", ["张三", "李四"]), ("服务网格", ["吴一"])]
    assert event.talks[1].affiliations == {"吴一": "某某集团技术专家"}


# --- speakers of the page ----------------------------------------------------------


def test_all_speakers_front_matter_first_then_body_only_people() -> None:
    event = read(
        "## 议程\n\n### 一\n\n主讲人：肖一（涵二）\n\n### 圆桌\n\n主讲人: 涵二 、王小明 、丙三\n\n"
        "### 二\n\n主讲人：于雨\n",
        SPEAKERS,
    )
    people = event.all_speakers()
    assert [p.name for p in people] == ["王小明", "李小红", "赵新", "肖一", "丙三"]
    assert people[3].aliases == ["涵二"] and people[3].line == event.talks[0].line
    for talk in event.talks:
        for name in talk.speakers:
            found = event.speaker_for(talk, name)
            assert found is not None
            assert sum(person is found for person in people) == 1
    panel = event.talks[1]
    assert event.speaker_for(panel, "涵二") is people[3]
    assert event.speaker_for(event.talks[2], "于雨") is people[2]  # a front-matter alias


def test_a_front_matter_nickname_matches_a_talk_alias() -> None:
    event = read("## 议程\n\n### 一\n\n主讲人：肖一（涵二）\n", 'speaker:\n  - name: "涵二"\n')
    assert [p.name for p in event.all_speakers()] == ["涵二"]
    assert event.speaker_for(event.talks[0], "肖一") is event.speakers[0]


def test_guest_speaker_and_a_shortened_first_name_are_one_person() -> None:
    event = read(
        "How to manage secrets - Nico Corra (Hashicorp)\n\nText.\n",
        'speaker:\n  - name: "guest speaker: Nicolas Corra, Hashicorp"\n',
    )
    assert event.speakers[0].name == "Nicolas Corra"
    assert event.speakers[0].affiliation == "Hashicorp"
    assert [p.name for p in event.all_speakers()] == ["Nicolas Corra"]
    assert event.speaker_for(event.talks[0], "Nico Corra") is event.speakers[0]


def test_a_break_is_left_out_of_json() -> None:
    event = read("### 开场致辞\n\n讲师：王小明\n")
    assert event.talks[0].kind == "break"
    assert event.to_json()["talks"] == []


# --- the reader's promises on any input ---------------------------------------------

LABEL_WORDS = sorted({word for words in DEFAULT_LABELS.values() for word in words})
FRAGMENTS = [
    "\n", "\n\n", "# ", "## ", "### ", "#### ", "- ", "* ", "1. ", "**", "_", "`", "> ",
    "---\n", "------\n", "：", ":", "，", ",", "、", "（", "）", "(", ")", "[", "]", "<", ">",
    "Talk 1:", "Speaker 2:", " by ", " - ", " and ", "9:00 - 9:20 ", "下午 1:00 - 5:30",
    "2019年12月28日", "June 30th", "on 11th of february", "王小明", "Ann Lee", "肖一（涵二）",
    "https://example.org/a", "http://", "javascript:alert(1)", "[x](javascript:alert(1))",
    "[v](https://www.bilibili.com/video/BV1)", "<https://b23.tv/x>", "![i](../../etc/passwd)",
    "[a](//evil.example)", "data:text/html,x", "\u3000", "\ufeff", "\r\n", "\t",
    "| ", " | ", "|---|---|\n", "《", "》", "【讲师】", "Topic: ", "Speakers:\n", "(Speaker: ",
    "Welcome & Intro", "Robert (Bob) Smith", "<b>", "</b>",
    *LABEL_WORDS,
]
bodies = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60
).map("".join)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**40), 2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(FRAGMENTS),
    st.dates(),
    st.datetimes(timezones=st.sampled_from([None, dt.UTC])),
)
KEYS = [
    "title", "date", "end", "timezone", "location", "venue", "fee", "topic", "sponsor",
    "apply_url", "image", "speaker", "speakers", "replay", "video", "slides", "links",
    "draft", "description", "name", "designation", "url",
]
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=4),
    ),
    max_leaves=12,
)
front_matters = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=10), values, max_size=8)
zones = st.sampled_from([None, "Europe/Amsterdam", "Asia/Shanghai", "UTC", "Not/AZone"])


def _dump(front: dict, kind: str) -> str | None:
    try:
        if kind == "yaml":
            return f"---\n{yaml.safe_dump(front, allow_unicode=True)}---\n"
        if kind == "json":
            return json.dumps(front, default=str, ensure_ascii=False) + "\n"
        return f"+++\n{tomli_w.dumps(_no_none(front))}+++\n"
    except (ValueError, TypeError, yaml.YAMLError):
        return None


def _no_none(value: object) -> object:
    """TOML has no null: drop ``None`` (and keys that are not strings)."""
    if isinstance(value, dict):
        return {str(k): _no_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_no_none(v) for v in value if v is not None]
    return value


def check(event: Event, text: str) -> None:
    """The promises: problems on lines of the file, and only safe URLs. A line ends at
    a line feed, a carriage return or both (CommonMark's line endings: ``\r|0|`` after
    the front matter is the file's fifth line)."""
    last = len(re.split(r"\r\n|\r|\n", text))
    for problem in event.problems:
        assert problem.line is None or 1 <= problem.line <= last, problem
    urls = [*event.replays, *event.slides, event.registration_url]
    urls += [link.url for link in [*event.sponsors, *event.links]]
    urls += [url for talk in event.talks for url in (talk.video, talk.slides)]
    for url in urls:
        if url:
            assert safe_url(url) == url, url
    assert all(isinstance(talk, Talk) for talk in event.talks)
    json.dumps(event.to_json(), default=str)
    for talk in event.talks:
        for name in talk.speakers:
            assert event.speaker_for(talk, name) in event.all_speakers()


SETTINGS = settings(
    max_examples=int(os.environ.get("READER_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@SETTINGS
@given(front=front_matters, kind=st.sampled_from(["yaml", "toml", "json"]), body=bodies,
       timezone=zones)
# a carriage return alone ends a line (the problem of ``|0|`` is on the file's 5th line)
@example(front={}, kind="yaml", body="\r|0|", timezone=None)
# (a value holding U+0085: TOML keys after it were placed a line too far)
@example(front={"title": "\x85", "\x85": [], "date": {"\x85": False}}, kind="toml", body="",
         timezone=None)
def test_any_front_matter_and_body_never_raise(
    front: dict, kind: str, body: str, timezone: str | None
) -> None:
    head = _dump(front, kind)
    if head is None:
        return
    text = head + body
    check(read_event(text, timezone=timezone), text)
    check(read_event(text.encode("utf-8"), timezone=timezone), text)


@SETTINGS
@given(body=bodies, timezone=zones)
def test_any_markdownish_body_never_raises(body: str, timezone: str | None) -> None:
    text = f"---\ntitle: T\ndate: 2021-05-22T13:00:00+08:00\n---\n{body}"
    check(read_event(text, timezone=timezone), text)


@SETTINGS
@given(data=st.binary(max_size=600))
def test_any_bytes_never_raise(data: bytes) -> None:
    event = read_event(data)
    text = data.decode("utf-8", errors="replace")
    check(event, text)


@SETTINGS
@given(text=st.text(max_size=400))
def test_any_text_never_raises(text: str) -> None:
    check(read_event(text), text)


@pytest.mark.parametrize(
    "body",
    [
        "**" * 5000,
        "（" * 5000 + "王小明",
        "王小明、" * 3000,
        "a - " * 5000,
        "9:00 - " * 3000,
        "Talk 1:\n\n" * 2000,
        "Speaker: A\n\n" * 2000,
        "### h\n\n讲师：王小明\n\n" * 500,
        "- [t - 王小明](https://b23.tv/x)\n" * 2000,
        "".join(f"### 题目{i}\n\n讲师：王{i}\n\n" for i in range(1500))
        + "### 视频回看\n\n"
        + "".join(f"- [题目{i} - 王{i}](https://b23.tv/{i})\n" for i in range(1500)),
        "### t\n\n讲师：" + "、".join(f"王{i}" for i in range(5000)),
        "9:00 Talk 1 x\n\n" * 2000 + "Talk 1:\n\nSpeaker: A\n\n" * 2000,
    ],
)
def test_pathological_bodies_are_read(body: str) -> None:
    """Inputs built to make a careless reader quadratic are read to the end (their speed
    is measured by ``benchmarks/bench_pathological.py``, not here: no timed tests)."""
    event = read(body)
    assert isinstance(event.all_speakers(), list)
    assert event.problems == [] or all(p.line is not None for p in event.problems)


def test_a_heading_that_starts_with_a_time_range_gives_the_talk_its_times() -> None:
    event = read_event(
        "---\ntitle: x\ndate: 2020-01-01\n---\n\n## Agenda\n\n### 14:00 - 14:40 Title here\n\n"
        "Speaker: Ann\n\n### 14:40 - 15:00 Second\n\nSpeaker: Bob\n"
    )
    assert [(t.title, t.start.time().isoformat(), t.end.time().isoformat(), t.speakers)
            for t in event.talks] == [
        ("Title here", "14:00:00", "14:40:00", ["Ann"]),
        ("Second", "14:40:00", "15:00:00", ["Bob"]),
    ]


def test_a_fully_timed_agenda_keeps_the_order_it_is_written_in() -> None:
    # two days under day headings: sorting by clock time would mix the days
    event = read(
        "## Agenda\n\n### Day 1\n\n- 14:00 Parsing logs at scale - Ann Lee\n"
        "- 15:00 Coffee\n\n### Day 2\n\n- 10:00 Sharding without tears - Bob Ray\n"
        "- 11:00 Lunch\n",
        timezone="UTC",
    )
    assert [t.title for t in event.talks] == [
        "Parsing logs at scale", "Coffee", "Sharding without tears", "Lunch",
    ]


def test_a_twelve_hour_agenda_without_pm_reads_afternoon_times() -> None:
    event = read(
        "## Schedule\n\n- 10:30 - 11:30 Parsing logs at scale - Ann Lee\n"
        "- 11:30-1:00 Lunch\n- 2:30 - 3:20 Sharding without tears - Bob Ray\n"
        "- 3:25 - 4:15 Fuzzing parsers - Cleo Park\n",
        timezone="UTC",
    )
    hours = [(t.start.hour, t.end.hour) for t in event.talks]
    assert hours == [(10, 11), (11, 13), (14, 15), (15, 16)]


def test_a_24_hour_agenda_over_two_days_keeps_its_morning() -> None:
    event = read(
        "## Schedule\n\n- 16:00 - 17:00 Parsing logs at scale - Ann Lee\n\n"
        "Second day:\n\n- 9:00 - 10:00 Sharding without tears - Bob Ray\n",
        timezone="UTC",
    )
    assert [t.start.hour for t in event.talks] == [16, 9]


def test_day_headings_put_the_agenda_entries_on_their_days() -> None:
    event = read(
        "## Programme\n\n### Day 1\n\n- 16:00 - 17:00 Parsing logs at scale - Ann Lee\n\n"
        "### Day 2\n\n- 9:00 - 10:00 Sharding without tears - Bob Ray\n\n"
        "**Monday, 24 May**\n\n- 9:00 - 10:00 Fuzzing parsers - Cleo Park\n",
        front="date_end: 2021-05-25\n",
        timezone="UTC",
    )
    assert [(t.start.day, t.start.hour) for t in event.talks] == [(22, 16), (23, 9), (24, 9)]


def test_a_day_heading_outside_the_events_days_is_not_followed() -> None:
    event = read(
        "## Programme\n\n### Day 5\n\n- 16:00 - 17:00 Parsing logs at scale - Ann Lee\n",
        front="date_end: 2021-05-23\n",
        timezone="UTC",
    )
    assert event.talks[0].start.day == 22


def test_a_replay_section_gives_recordings_not_pictures_nor_asides() -> None:
    """Under a heading with a replay word: a video host's link is the replay; a picture
    (a screenshot) never is; a single link elsewhere still is (``见 [our site](…)``), but
    of several such links none is picked (they are the section's asides: API docs)."""
    shots = read_event(
        "---\ntitle: t\ndate: 2024-01-01\n---\n\n## Video notes and API changes\n\n"
        "![](https://example.org/shot-1.png)\n\n"
        "- [Get content](https://docs.example.org/api#get-content)\n"
        "- [Upload image](https://docs.example.org/api#upload)\n\n"
        "[Watch](https://www.youtube.com/watch?v=abcdefghijk)\n"
    )
    assert shots.replays == ["https://www.youtube.com/watch?v=abcdefghijk"]
    one = read_event("---\ntitle: t\ndate: 2024-01-01\n---\n\n## 视频回放\n\n"
                     "见 [our site](https://media.example.org/meetup-3)\n")
    assert one.replays == ["https://media.example.org/meetup-3"]
    asides = read_event(
        "---\ntitle: t\ndate: 2024-01-01\n---\n\n## Video notes and API changes\n\n"
        "- [Get content](https://docs.example.org/api#get-content)\n"
        "- [Upload image](https://docs.example.org/api#upload)\n"
    )
    assert asides.replays == []
