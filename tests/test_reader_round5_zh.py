"""The reader on shapes first met on Chinese pages of the fifth blind round (issue 18):
a university club's weekly meetings, a city developer group's recaps, a cloud
community's live lessons.

Each rule is general (a label, a shape, a vocabulary word, a repeated shape) and each
test reads a small page written for it: no third-party text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reader_support import read, talks

from sphinx_meetup.reader.headers import names_occurrence, without_event_kind


def test_a_name_colon_item_alone_in_its_list_is_a_fact_even_with_another_elsewhere() -> None:
    """``- 文字: 官方博客 …`` among media lines, and ``- 郑老湿:别名 , 全名`` in a list of
    bios: each is the only item of its list read as ``名：标题`` - facts, not two talks
    (the repeated shape is counted per list, not per page)."""
    event = read(
        "资料如下:\n\n- 文字: 官方博客 https://blog.example.org\n- 录音: 云存储\n"
        "- 幻灯: 幻灯片网站\n\n"
        "正文一段。\n\n## 照片\n\n- 郑老湿:Zheng.Example , 郑一鸣.\n- 合影若干\n"
    )
    assert talks(event) == []


def test_name_colon_items_that_repeat_in_one_list_are_the_programme() -> None:
    event = read("- 郑一鸣：边车代理的十个坑\n- 钱二白：函数网关的演进\n")
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["钱二白"])]


def test_a_sentence_that_starts_with_laizi_names_no_speaker() -> None:
    """``来自深圳示例团队的小伙伴，现场分享…`` under a talk heading: 来自 ("from") opens a
    sentence, no ``名 职位`` slot."""
    event = read(
        "## 议程\n\n### 边车代理的十个坑\n\n来自深圳 示例团队的小伙伴,现场分享代理的体验\n"
    )
    assert all("来自深圳" not in speakers for _, speakers in talks(event))


def test_a_dotted_day_glued_to_a_word_is_no_clock_time() -> None:
    """``11.23示例Meetup 上的:幻灯;录音`` starts with a day (month.day), not a time: no
    agenda entry; ``9.30 开场`` and ``19.00签到`` still start with one."""
    event = read("由于时间问题只能附上:\n\n11.23Example 上的:[幻灯](https://e.org/s);[录音](https://e.org/a);\n")
    assert talks(event) == []
    timed = read("## 议程\n\n- 9.30 边车代理的十个坑 - 郑一鸣\n- 19.00签到\n")
    assert [(t.title, t.kind) for t in timed.talks] == [
        ("边车代理的十个坑", "talk"), ("签到", "break")]


def test_a_speaker_labels_link_to_a_file_is_the_persons_resume_not_a_person() -> None:
    """``主讲人：[handle](profile)，[Resume](….jpg)``: the handle speaks; the second link
    goes to a file (a résumé, a photo) and names nobody."""
    event = read(
        "请带电脑。\n\n主讲人：[exampledev](https://github.com/exampledev)，"
        "[Resume](https://img.example.org/cv.jpg)\n",
        title="例会：版本控制入门",
    )
    assert talks(event) == [("版本控制入门", ["exampledev"])]


def test_a_line_that_points_to_the_list_below_is_no_title() -> None:
    """``希望大家先预习以下内容`` over a list, then the speaker label: the line and its
    items announce homework; the one talk is the page's title without the series word
    before its colon (``例会：``)."""
    event = read(
        "希望大家可以先预习以下内容\n\n1. 安装版本控制工具\n2. 注册一个代码托管账号\n\n"
        "主讲人：[exampledev](https://github.com/exampledev)\n\n参考资料如下：\n\n"
        "[入门教程](https://e.org/tutorial)\n",
        title="例会：版本控制入门",
    )
    assert talks(event) == [("版本控制入门", ["exampledev"])]


def test_a_page_title_that_joins_two_parts_is_still_no_talk_title() -> None:
    """``沙龙：迎新会 & 实验平台介绍``: after the series word two things remain - which
    one the labelled speaker gives is not said, so no title is taken."""
    event = read(
        "希望大家可以先预习以下内容\n\n1. 安装工具\n\n主讲人：郑一鸣、钱二白\n",
        title="沙龙：迎新会 & 实验平台介绍",
    )
    assert all(title for title, _ in talks(event))
    assert ("迎新会 & 实验平台介绍", ["郑一鸣", "钱二白"]) not in talks(event)


def test_under_a_heading_that_names_the_meeting_a_topic_label_names_the_talk() -> None:
    """``## 第三次例会`` names one meeting of a series; the ``主题：`` line under it is the
    talk's title (inline code marks dropped), and a promise to upload the recording
    later (``后续…``) is no replay."""
    event = read(
        "## 第三次例会\n\n主题： `make` 与 `cmake` 构建入门\n\n"
        "视频：后续我们会将录播更新在[频道](https://space.bilibili.com/12345/)\n\n"
        "主讲人： [exampledev](https://github.com/exampledev) - "
        "[Resume](https://img.example.org/cv.png)\n",
        title="第三次例会",
    )
    assert talks(event) == [("make 与 cmake 构建入门", ["exampledev"])]
    assert event.replays == []


def test_a_heading_that_is_a_talk_title_keeps_it_over_a_topic_label() -> None:
    event = read("## 边车代理的十个坑\n\n主题：代理\n\n主讲人：郑一鸣\n")
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"])]


@settings(deadline=None)
@given(st.text(alphabet="例会第二次期：: -|沙龙直播课Meetup#3标题 abc", max_size=30))
def test_a_title_without_its_series_words_is_a_nonempty_part_of_it(title: str) -> None:
    """Taking the series words off a page title only ever cuts at its ends, and never
    leaves nothing of a title that had words."""
    rest = without_event_kind(title)
    assert rest in title
    if title.strip():
        assert rest.strip()


@settings(deadline=None)
@given(st.text(max_size=40))
def test_a_title_with_no_colon_bar_or_dash_keeps_its_words(title: str) -> None:
    if not any(mark in title for mark in ":：|｜-–—"):
        assert without_event_kind(title) == title.strip()
    assert isinstance(names_occurrence(title), bool)


def test_numbered_bold_lines_name_handle_colon_quoted_title() -> None:
    """``**1. 名-handle：《标题》**``: the entry's number and the handle after the hyphen
    are no part of the name (the handle is an alias); a line whose bold closes on a
    later line (over its photo and text) reads as its siblings do."""
    event = read(
        "开场先由主持人暖场。\n\n**1. 郑一鸣-zhengdev：《边车代理的十个坑》**\n\n"
        "首先上场的是郑一鸣。\n\n"
        "**2. 钱二白：《函数网关的演进》\n![](https://e.org/p.jpg)\n第二位是钱二白，介绍网关。**\n\n"
        "最后来张合影。\n"
    )
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["钱二白"])]
    assert event.talks[0].aliases == {"郑一鸣": ["zhengdev"]}


def test_speaker_label_values_that_describe_first_or_go_on_in_prose() -> None:
    """``讲师：长期支持社区的名，…`` (a phrase, 的, the name), ``讲师：名（本名）。对，就是…``
    (the first sentence says who), ``讲师：名，示例云办公(https://…)创始人`` (the job after
    a bracketed address) each name one person; ``讲师：这个主题，同样来自…`` names no one
    it can read: the talk stays, the line stays its text, no doubt about the rest."""
    event = read(
        "## 边车代理的十个坑\n\n讲师：长期支持社区的郑一鸣，来自 示例网\n说明：很多坑。\n\n"
        "## 函数网关的演进\n\n讲师：阿白（钱二白）。对，就是阿白，网关达人。\n说明：演进。\n\n"
        "## 全文检索简介\n\n讲师：孙三，示例云办公(https://office.example.org)创始人\n\n"
        "## 古典诗词漫谈\n\n讲师：这个非技术主题，同样来自阿白，从外地来一趟不容易。\n"
    )
    assert talks(event) == [
        ("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["阿白"]),
        ("全文检索简介", ["孙三"]), ("古典诗词漫谈", ["阿白"]),
    ]
    assert "同样来自阿白" in event.talks[3].abstract
    assert not any(p.subtype == "programme" for p in event.problems)


def test_a_label_naming_the_recordings_of_several_talks_is_the_events_replay() -> None:
    """``部分主题录像：…`` below the last talk of a recap: the recordings of several
    talks are the event's replay, not the last talk's video."""
    event = read(
        "**1. 郑一鸣：《边车代理的十个坑》**\n\n介绍。\n\n**2. 钱二白：《函数网关的演进》**\n\n"
        "介绍。\n\n部分主题录像：https://www.youku.com/playlist_show/id_1.html\n其他总结：见博客\n"
    )
    assert [title for title, _ in talks(event)] == ["边车代理的十个坑", "函数网关的演进"]
    assert event.replays == ["https://www.youku.com/playlist_show/id_1.html"]
    assert all(talk.video is None for talk in event.talks)


def test_quoted_title_then_name_lines_are_talks_when_they_repeat() -> None:
    """``《标题》名`` opening a paragraph, its photo below: talks when two lines of the
    page share the shape; one alone (a book and its author in a bio) is none."""
    event = read(
        "## 来自大会的讲者\n\n《边车代理的十个坑》郑一鸣\n![](https://e.org/a.jpg)\n\n"
        "《函数网关的演进》 赖二白 Lai.Dev\n![](https://e.org/b.jpg)\n"
    )
    assert talks(event) == [("边车代理的十个坑", ["郑一鸣"]), ("函数网关的演进", ["赖二白"])]
    alone = read("## 讲者\n\n《代码大全》钱二白\n他翻译过这本书。\n")
    assert talks(alone) == []


def test_a_lesson_page_labels_its_topic_and_teacher() -> None:
    """``**课程主题**：…`` + ``**课程讲师**：名，职位`` under ``## 在线课程介绍`` (a heading
    that introduces what follows, no title): the lesson is the talk, the label its title;
    the labels also read bold with the colon inside, as lines of one paragraph."""
    event = read(
        "## 在线课程介绍\n\n**课程主题**： 函数计算入门实战\n\n"
        "**课程时间**：2月6日（周四）19:00\n\n"
        "**课程讲师**：郑一鸣，示例社区专家\n\n**讲师简介**：参与社区研发工作。\n\n"
        "## 课程大纲\n\n1. 架构演进\n2. 实战\n",
        title="函数计算入门实战 - 直播课",
    )
    assert talks(event) == [("函数计算入门实战", ["郑一鸣"])]
    inline = read(
        "## 在线课程介绍\n\n**课程主题：**函数网关的演进\n**课程时间：**2月19日（周三）19:00\n"
        "**课程讲师：**钱二白，示例云研发工程师\n**讲师简介：**著有《示例之书》。\n"
    )
    assert talks(inline) == [("函数网关的演进", ["钱二白"])]


def test_an_announcement_names_its_role_glued_speakers_with_their_aliases() -> None:
    """``届时将有示例云高级产品经理郑一鸣 (Alfred)、…工程师钱二白 (Wes) 为您分享…``: a page
    with no talk in its text is the one session, given by the people the announcement
    names - each a job glued to a surname-led name, the Latin bracket an alias."""
    event = read(
        "分享会每两周举办一次。第一期即将举办，届时将有示例云高级产品经理郑一鸣 (Alfred)、"
        "示例云高级前端开发工程师钱二白 (Wes) 为您分享函数的最新进展！\n",
        title="示例 Hours 线上分享会第一期",
    )
    assert talks(event) == [("示例 Hours 线上分享会第一期", ["郑一鸣", "钱二白"])]
    assert event.talks[0].aliases == {"郑一鸣": ["Alfred"], "钱二白": ["Wes"]}
    nobody = read("明天晚上将由 示例 布道师给我们分享工具的使用技巧。\n")
    assert talks(nobody) == []


def test_list_items_that_close_with_a_by_bracket_are_talks_when_they_repeat() -> None:
    """``- 标题 (by 名)`` items under a short line: each bracket says who gives it, before
    any colon inside the title does (``Introducing X: Y (by 名)`` is one title); one such
    item alone in its list is no programme."""
    event = read(
        "本次活动内容包括：\n\n演讲分享环节\n\n- 镜像站背后的故事 (by 郑一鸣)\n"
        "- Introducing Example: Portage-powered Things (by 钱二白)\n"
        "- Why Open Source Matters (by Ann Example)\n\n自由讨论环节：你我最关心的事情\n"
    )
    assert talks(event) == [
        ("镜像站背后的故事", ["郑一鸣"]),
        ("Introducing Example: Portage-powered Things", ["钱二白"]),
        ("Why Open Source Matters", ["Ann Example"]),
    ]
    alone = read("资料：\n\n- 一本好书 (by 郑一鸣)\n- 地图\n")
    assert talks(alone) == []


def test_a_speaker_item_among_the_events_facts_gives_the_page_its_one_talk() -> None:
    """``* 主讲人：A、B`` in a list beside ``* 时间：…`` and ``* 地点：…``, A and B also named
    in the page's prose: the event's one session, titled by the page without its
    series' night (``示例之夜：``)."""
    event = read(
        "本周我们邀请了郑一鸣和钱二白同学参与活动。\n\n活动信息：\n\n* 主讲人：郑一鸣、钱二白\n"
        "* 时间：**2021-04-17** 19:00\n* 地点：示例楼 B103\n\n欢迎一起来玩！\n",
        title="示例之夜：技术闲聊",
    )
    assert talks(event) == [("技术闲聊", ["郑一鸣", "钱二白"])]
    listed = read("资料：\n\n* 主讲人：郑一鸣\n\n欢迎！\n", title="示例之夜：技术闲聊")
    assert talks(listed) == []
    unnamed = read("活动信息：\n\n* 主讲人：郑一鸣\n* 地点：示例楼\n", title="示例之夜：技术闲聊")
    assert talks(unnamed) == []  # a facts list alone: who comes, not a talk


def test_bold_guest_lines_with_a_topic_label_below_are_the_programme() -> None:
    """A guest list of bold ``名 职位`` lines, most with a ``议题题目：`` / ``演讲题目：``
    line below: each pair is a talk (the person first, the label names the title); a
    guest with no topic line gives none."""
    event = read(
        "### 演讲嘉宾\n\n**郑一鸣  示例社区项目总监**\n\n个人简介：在数据库领域工作多年。\n\n"
        "**钱二白 示例数据产品总经理**\n\n个人简介：长期从事产品管理。\n\n"
        "**议题题目：携手社区，专注做好数据库。**\n\n议题简介：介绍合作。\n\n"
        "**孙三 示例规划总监**\n\n个人简介：长期从事研发。\n\n**演讲题目：数据库的春天在哪里**\n"
    )
    assert talks(event) == [
        ("携手社区，专注做好数据库", ["钱二白"]), ("数据库的春天在哪里", ["孙三"])]
    one = read("**钱二白 示例数据产品总经理**\n\n**议题题目：携手社区**\n")
    assert all("topic label below" not in t.evidence.get("", "") for t in one.talks)


def test_a_recaps_running_order_names_its_speakers_by_evidence() -> None:
    """``### ~ HH:MM 名(城市) 标题`` headings retell the day: a surname-led name, a word
    with a bracket glued to it, a short word where siblings name people; sign-in, the
    host's routine slot and a photo are entries of the day, not talks."""
    event = read(
        "## 流水\n\n### 13:00 ~ 13:50 签到+暖场\n\n志愿者来晚了。\n\n### ~ 14:05 社区例述\n\n"
        "- 幻灯: [社区](https://e.org/s)\n\n### ~ 15:13 郑老师 奇点与未来\n\n讲得更凝练了。\n\n"
        "#### 奇点与未来\n\n1. 第一页\n2. 第二页\n\n### ~ 15:55 Anna(Lyon) 不务正业的技术宅\n\n"
        "### ~ 16:05 社交时间, 大合照\n\n### ~ 17:35 阿四 再谈文学化编程\n\n"
        "原订的两个主题跳票了。\n"
    )
    assert talks(event) == [
        ("奇点与未来", ["郑老师"]), ("不务正业的技术宅", ["Anna"]), ("再谈文学化编程", ["阿四"]),
    ]
    assert [t.title for t in event.talks if t.kind == "break"] == [
        "签到+暖场", "社区例述", "社交时间, 大合照"]
    assert "第二页" in event.talks[2].abstract


def test_a_running_order_written_without_the_space_after_the_hashes() -> None:
    """``###~ 11:27   名  标题`` is a paragraph in CommonMark but an entry of the running
    order (Jekyll's Markdown reads a heading): a column of spaces sets the name apart; a
    person alone (the host), a screening and lunch are no talks, and a dropped item
    noted in an entry's text (``原定 16:35 …``) is none either."""
    event = read(
        "## 流水\n\n### 08:45 - 09:30   布展\n\n志愿者布置会场。\n\n###~ 10:17   Host.Name  \n\n"
        "开场通报。\n\n###~ 10:55   世界Pythonista 短片联播\n\n两段视频。\n\n"
        "###~ 11:27   赖一鸣 论设计模式\n![](https://e.org/a.png)\n永远潇洒。\n\n"
        "###~ 14:00   午餐+乐队助兴!\n\n###~ 15:37   Martin    移动应用的技术架构\n\n"
        "###~ 18:05   wuvist  推荐引擎的优越性\n\n"
        "原定\n16:35 - 17:15   Host.Name  再谈文学化编程\n\n"
        "果断被挤光了时间。\n\n## 是也乎\n\n整体不错。\n"
    )
    assert talks(event) == [
        ("论设计模式", ["赖一鸣"]), ("移动应用的技术架构", ["Martin"]),
        ("推荐引擎的优越性", ["wuvist"]),
    ]


def test_timed_headings_that_name_no_one_are_no_running_order() -> None:
    """Three timed headings with one name at most are a plain schedule: the running-order
    reading leaves them to the schedule readers (no speaker guessed from a title word)."""
    event = read(
        "## 议程\n\n### 14:00 高可用 架构实践\n\n### 15:00 服务网格 落地经验\n\n"
        "### 16:00 社区 圆桌讨论\n"
    )
    assert all(not speakers for _, speakers in talks(event))
    surnames = read(
        "## 议程\n\n### 14:00 高可用 架构实践\n\n### 15:00 高并发 落地经验\n\n"
        "### 16:00 社区 圆桌讨论\n"
    )
    assert all(not speakers for _, speakers in talks(surnames))


def test_an_episode_page_whose_prose_says_who_brings_it() -> None:
    """``本期是由<job><name>给大家带来的…``: the episode's one talk, given by that person,
    titled by the page without its episode number (``第 66 期``)."""
    event = read(
        "本期读书会是由示例 SIG 核心小组成员欧一鸣给大家带来的经典论文导读。\n\n"
        "## 回看视频\n\nhttps://www.bilibili.com/video/av1/\n",
        title="第 66 期 经典论文导读",
    )
    assert talks(event) == [("经典论文导读", ["欧一鸣"])]
    own = read("本期是由示例团队给大家带来的分享。\n", title="第 67 期 团队分享")
    assert talks(own) == []  # a team, no person: no speaker, no talk


def test_agenda_rows_whose_jobs_the_guest_list_confirms() -> None:
    """Timed rows ``标题 职位 名`` / ``标题<tab>职位名`` over a guest list of bold ``名 职位``
    lines: a row's last column that is part of its person's job in the guest list is
    the job, not the title (two rows so confirmed read their siblings the same way);
    the opening remarks and a founding ceremony are no talks."""
    event = read(
        "### 活动议程\n\n13:30-14:00\t现场签到\n\n"
        "14:00-14:10\t开场致辞 示例数据库项目总监 蔡一鸣\n\n"
        "14:20-14:50\t数据库多核优化内幕\t示例技术委员会周二白\n\n"
        "14:50-15:20\t透明加密原理介绍 示例数据 石三\n\n"
        "15:50-16:20\t鲲鹏多核优化实践\t数据库内核工程师阙四\n\n"
        "16:50-17:10\t示例用户组成立仪式\n\n"
        "### 讲师信息\n\n**蔡一鸣 示例数据库项目总监**\n\n华为十年研发经验。\n\n"
        "**周二白 示例技术委员会成员**\n\n个人简介：从事内核研发。\n\n"
        "**石三 示例数据高级软件研发工程师**\n\n个人简介：五年经验。\n\n"
        "**阙四 数据库内核工程师**\n\n个人简介：调优专家。\n"
    )
    assert talks(event) == [
        ("数据库多核优化内幕", ["周二白"]), ("透明加密原理介绍", ["石三"]),
        ("鲲鹏多核优化实践", ["阙四"]),
    ]


def test_decks_linked_by_their_file_names_under_a_slides_heading() -> None:
    """``## 幻灯:`` with ``[Deck-name.pdf](…/Deck-name.pdf)`` links: each deck is a talk
    titled by its file name without the extension; the one ``@handle`` on its line, or
    in the paragraph right above it, gives it; a person named only in prose gives none."""
    event = read(
        "## 活动:\n\n- 地点: 示例空间\n\n## 幻灯:\n\n"
        "首先, @扫地的小和尚 -> [Example-story.pdf](https://e.org/d/Example-story.pdf)\n\n"
        "然后, 温总介绍了网关以及持续集成经验\n\n"
        "[Gateway-with-TDD.pdf](https://e.org/d/Gateway-with-TDD.pdf)\n\n"
        "最后是工程师 @金一 分享自己的理解:\n\n"
        "[Flutter-meets-cats.pdf](https://e.org/d/Flutter-meets-cats.pdf)\n"
    )
    assert talks(event) == [
        ("Example-story", ["扫地的小和尚"]), ("Gateway-with-TDD", []),
        ("Flutter-meets-cats", ["金一"]),
    ]


def test_a_speaker_sentence_naming_a_sibling_talks_speaker() -> None:
    """``讲师：这个主题，同样来自阿白，…`` (kept as the talk's text): the one person it names
    who gives another talk of the page (by name or alias) gives this one too."""
    event = read(
        "## 函数网关的演进\n\n讲师：阿白（钱二白）。对，就是阿白。\n\n"
        "## 古典诗词漫谈\n\n讲师：这个非技术主题，同样来自阿白，从外地来一趟不容易。\n"
    )
    assert talks(event) == [("函数网关的演进", ["阿白"]), ("古典诗词漫谈", ["阿白"])]


def test_a_video_link_titled_as_the_talk_is_its_recording() -> None:
    """In a talk's text, the one link to a video host whose text is the talk's own title
    is its recording; a video titled otherwise (the whole event's) is not."""
    event = read(
        "## 议程\n\n### 奇点与未来\n\n讲师：郑一鸣\n\n- 录像:\n    - 土豆: [奇点与未来]"
        "(http://www.tudou.com/programs/view/abc/)\n    - YouTube: [Meetup 全程]"
        "(https://www.youtube.com/watch?v=x1)\n"
    )
    assert [(t.title, t.video) for t in event.talks] == [
        ("奇点与未来", "http://www.tudou.com/programs/view/abc/")]


_ENTRY_PARTS = st.sampled_from([
    "### ~ 15:13 ", "###~ 10:00   ", "### 08:45 - 09:30   ", "## ", "",
    "郑老师 ", "Anna(Lyon) ", "Martin  ", "阿四 ", "签到", "午餐+乐队", "高可用 ", "标题",
    "社交时间, 大合照", "\n\n", "text ", "@", "(", "：",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ENTRY_PARTS, max_size=40).map("".join))
def test_running_orders_of_any_text_read_without_error_and_keep_order(body: str) -> None:
    """Whatever the lines, reading a running order never fails, its talks keep the
    order of the page, and each talk it reads has a title and its speaker's evidence."""
    event = read(body)
    lines = [t.line for t in event.talks if t.line is not None]
    assert lines == sorted(lines)
    for talk in event.talks:
        if talk.kind == "talk" and "running order" in talk.evidence.get("", ""):
            assert talk.title
            assert all(name in talk.evidence for name in talk.speakers)


def test_quoted_title_headings_with_the_speaker_in_a_photo_caption() -> None:
    """``### 《标题》`` headings, two or more at one level, are talks; a ``<figcaption>``
    right under one that reads as a name (no job) is its speaker."""
    event = read(
        "## 活动内容\n\n### 《让打包器再次简单！》\n\n<figure>\n{% asset_img a.jpg %}\n"
        "  <figcaption>水一</figcaption>\n</figure>\n\n分析各种打包器的优缺点。\n\n"
        "### 《JS 之 IoT》\n\n<figure>\n  <figcaption>示例科技高级工程师</figcaption>\n"
        "</figure>\n\n介绍物联网。\n"
    )
    assert talks(event) == [("让打包器再次简单！", ["水一"]), ("JS 之 IoT", [])]
    alone = read("## 推荐\n\n### 《一本好书》\n\n<figure>\n  <figcaption>钱二</figcaption>\n"
                 "</figure>\n")
    assert talks(alone) == []


def test_a_recap_sentence_that_says_who_brought_a_quoted_title() -> None:
    """``…。微信资深研发工程师名，为我们带来了《标题》。`` in a recap's prose: the quoted
    title is a talk, the job glued to a surname-led name its speaker; presenters
    described by a topic only give none."""
    event = read(
        "示例云高级架构师卢一鸣，在本次沙龙中也为我们带来 Serverless 实践探索。\n\n"
        "增长过程中首次引入了云开发模式。示例资深研发工程师姚二白，为我们带来了《云开发模式下的"
        "敏捷开发》。\n\n本次我们也邀请到了示例餐饮 CTO 黄三，带来的新餐饮服务上的应用实践。\n"
    )
    assert talks(event) == [("云开发模式下的敏捷开发", ["姚二白"])]
