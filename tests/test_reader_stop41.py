"""Stop 41: shapes found on pages of sites the reader had not seen, written again here
for the test (never copied from a site), and what must stay unread beside them.
"""

from __future__ import annotations

import pytest
from reader_support import fell_back, read, talks

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.headers import timed_rest, trailing_handles

_PEOPLE = [("annexample", "Scaling Postgres in anger"),
           ("bob-sample", "Rust for the rest of us"),
           ("carl.other", "Typing Python at scale")]


# ------------------------------------------------ numbered agenda headings closing with @handles

@pytest.mark.parametrize("marker", ["议程 {n}：", "议程{n}：", "议程 {n} ：", "Talk {n}: ",
                                    "议题 {n}：", "Session {n}: "])
def test_a_numbered_heading_closing_with_handles_is_a_talk_by_them(marker: str) -> None:
    body = "\n\n".join(
        f"### {marker.format(n=n)}{title} @{who}\n\n1. 地址：github.com/example/{n}\n2. 说明文字。"
        for n, (who, title) in enumerate(_PEOPLE, start=1))
    assert talks(read(body, title="社区会议 9.8")) == [(t, [w]) for w, t in _PEOPLE]


def test_a_numbered_heading_names_several_handles() -> None:
    body = ("### 议程 1：Kitex & Hertz 对接方案介绍 @annexample @bob-sample\n\n说明。\n\n"
            "### 议程 2：代码生成工具的讨论 @carl.other\n\n说明。")
    assert talks(read(body)) == [("Kitex & Hertz 对接方案介绍", ["annexample", "bob-sample"]),
                                 ("代码生成工具的讨论", ["carl.other"])]


def test_a_round_of_self_introductions_is_no_talk() -> None:
    body = ("### 议程 1：新人自我介绍\n\n新同学介绍自己。\n\n"
            "### 议程 2：Hertz 扩展介绍 @annexample\n\n说明。")
    assert talks(read(body)) == [("Hertz 扩展介绍", ["annexample"])]


def test_headings_closing_with_handles_under_a_talks_section() -> None:
    body = "## Talks\n\n" + "\n\n".join(f"### {title} @{who}\n\nSome words."
                                        for who, title in _PEOPLE)
    assert talks(read(body, title="May meetup")) == [(t, [w]) for w, t in _PEOPLE]


@pytest.mark.parametrize(("text", "expected"), [
    ("Title @ann", ("Title", ["ann"])),
    ("Title @ann @bo-b", ("Title", ["ann", "bo-b"])),
    ("Title @ann, @bo", ("Title", ["ann", "bo"])),
    ("Talk @ Acme", None),  # a place, written with a space
    ("@ann", None),  # no title
    ("Mail ann@example.org", None),
    ("Title @ann then more", None),
])
def test_trailing_handles(text: str, expected: tuple[str, list[str]] | None) -> None:
    found = trailing_handles(text)
    assert (None if found is None else (found[0], [n.name for n in found[1]])) == expected


def test_a_numbered_heading_naming_no_one_stays_unread_beside_a_timed_agenda() -> None:
    body = ("### Agenda\n\n* **10:30 AM - 11:00 AM** - Welcome & Registration\n"
            "* **11:00 AM - 12:00 PM** - Session 1: Agents in Action\n"
            "* **12:00 PM - 1:00 PM** - Session 2: Protocols for Agents\n"
            "* **1:30 PM - 2:00 PM** - Networking\n\n"
            "### Session 1: Agents in Action\n\nWords.\n\n"
            "### Session 2: Protocols for Agents\n\nWords.")
    assert [title for title, _ in talks(read(body, title="Afterparty"))] == [
        "Agents in Action", "Protocols for Agents"]


# ------------------------------------------------ a version or a dotted day is no clock

@pytest.mark.parametrize("line", ["0.10.1 RC1", "0.9.5 Release", "7.02.2019 spotkanie",
                                  "1.10.3 Released"])
def test_a_version_or_a_dotted_day_opens_no_timed_row(line: str) -> None:
    body = ("Presentations:\n\nAnn Example - Scalability\n\nBob Sample - Factom\n\n"
            f"Topics:\n\n{line}")
    assert talks(read(body, title="Seminar 41")) == [
        ("Scalability", ["Ann Example"]), ("Factom", ["Bob Sample"])]


def test_a_dotted_clock_still_opens_a_timed_row() -> None:
    assert timed_rest("18.30 Doors open") == "Doors open"
    assert timed_rest("0.10.1 RC1") is None


# ------------------------------------------------ tables of people, not of talks

@pytest.mark.parametrize("header", [
    "| Name | Institution | GitHub Handle | What's your favorite snack? |",
    "| Name | Affiliation | Handle | Notes |",
    "| Naam | Organisatie | Twitter | Eten |",
])
def test_a_sign_in_table_of_people_and_employers_is_no_programme(header: str) -> None:
    rows = ("| Ann Example | Acme | @annexample | dark chocolate |\n"
            "| Bob Sample | Initech | @bobsample | tiny apples |\n"
            "| Carl Other | Globex | @carlother | |")
    body = f"Sign in below.\n\n{header}\n| --- | --- | --- | --- |\n{rows}"
    assert talks(read(body, title="February Community Call")) == []


def test_a_programme_table_with_an_employer_column_still_reads() -> None:
    body = ("| Time | Speaker | Company | Talk |\n| --- | --- | --- | --- |\n"
            "| 19:00 | Ann Example | Acme | Scaling Postgres in anger |\n"
            "| 19:40 | Bob Sample | Initech | Rust for the rest of us |")
    assert talks(read(body, title="May meetup")) == [
        ("Scaling Postgres in anger", ["Ann Example"]), ("Rust for the rest of us", ["Bob Sample"])]


# ------------------------------------------------ attribution lines

@pytest.mark.parametrize("label", ["Credit", "Credits", "Source", "H/T"])
def test_an_attribution_line_is_no_talk(label: str) -> None:
    body = ("## Ordinals\n\n<https://example.org/a>\n\n"
            f"**{label}:** Ann Example, Bob Sample (sourcing)\n\n## Funding\n\n<https://example.org/b>\n\n"
            f"**{label}:** Carl Other")
    event = read(body, title="Socratic Seminar 39")
    assert talks(event) == []


# ------------------------------------------------ page titles that only say when

@pytest.mark.parametrize("title", ["Agile Talks - Março de 2012", "Agile Talks de Novembro de 2011",
                                   "Treffen im März 2020", "Rencontre de mars 2018",
                                   "Python Meetup May 2019"])
def test_a_title_of_a_series_and_its_month_titles_no_talk(title: str) -> None:
    body = ("Terceiro encontro. Aconteceu no centro.\n\nUma palestra sobre os princípios lean "
            "apresentados por Ann EXAMPLE, seguidos de uma conversa.")
    assert talks(read(body, title=title)) == []


def test_a_title_naming_a_topic_beside_a_month_word_still_titles_the_talk() -> None:
    body = "Uma palestra apresentada por Ann EXAMPLE, seguida de uma conversa."
    assert talks(read(body, title="Marching into 2020")) == [
        ("Marching into 2020", ["Ann EXAMPLE"])]


# ------------------------------------------------ a block's indicator with its text on its line

def test_a_folded_block_with_its_text_on_its_line_keeps_the_front_matter() -> None:
    event = read_event("---\nlayout: post\ntitle: 'Agile Talks de Novembro de 2011'\n"
                       "excerpt:    > Missão, Visão, Valores\nauthor: Ann Example\n---\n\nText.\n")
    assert event.title == "Agile Talks de Novembro de 2011"
    assert [p.subtype for p in event.problems] == ["frontmatter"]
    assert "'excerpt'" in event.problems[0].message


def test_a_valid_folded_block_reads_without_a_problem() -> None:
    event = read_event("---\ntitle: Meetup\nexcerpt: >\n  Missão, Visão\n---\n\nText.\n")
    assert event.title == "Meetup"
    assert not [p for p in event.problems if p.subtype == "frontmatter"]


# ------------------------------------------------ a Polish presenter label

def test_a_polish_presenter_heading_is_a_speaker_label() -> None:
    body = ("## Płytkie sieci neuronowe\n\nOpis.\n\n## Prezentujący: Ann Example\n\nBio.\n\n"
            "## Czas i miejsce spotkania\n\nWrocław.")
    event = read(body, title="STWUR #10: Płytkie sieci neuronowe")
    assert talks(event) or fell_back(event)


# ------------------------------------------------ a recap's past: who gave the talk

@pytest.mark.parametrize("sentence", [
    "En nuestra reunión de Febrero, Ann Example, científica de datos en Acme, nos hizo una "
    "excelente introducción a los cuadros de mandos.",
    "En nuestra última reunión, Ann Example nos habló sobre depuración de datos geográficos.",
    "En nuestra reunión de Abril, Ann Example, Data Scientist en Acme, hizo una espléndida "
    "presentación de distintas estrategias.",
    "Ann Example gave us a crash course on how to think about proofs.",
    "Last month Ann Example, a developer at Acme, gave a great talk about her work.",
    "No último encontro, Ann Example apresentou o seu trabalho com dados.",
])
def test_a_recap_naming_who_gave_the_talk_reads_the_page_as_their_talk(sentence: str) -> None:
    body = f"{sentence}\n\n[Slides](https://example.org/deck.pdf)"
    assert talks(read(body, title="Cuadros de mando con Shiny")) == [
        ("Cuadros de mando con Shiny", ["Ann Example"])]


@pytest.mark.parametrize("sentence", [
    "Ann Example gave us pizza and drinks after the meetup.",
    "The Python Software Foundation gave a grant to the group.",
    "Ann Example, our host tonight and a dear friend of the group since its early days and "
    "beyond all expectations, gave a talk.",
    "Kubernetes Operators, a pattern we love, gave us a workshop.",
])
def test_a_recap_naming_no_talk_giver_reads_no_talk(sentence: str) -> None:
    assert talks(read(sentence, title="Cuadros de mando con Shiny")) == []


# ------------------------------------------------ a by-line written as a list's item

@pytest.mark.parametrize("by", ["Por", "By", "Par", "Von"])
def test_a_by_line_item_under_a_bold_title_is_never_a_title(by: str) -> None:
    body = ("## Palestras\n\n**Palestra: Fundamentos da Agilidade**\n"
            f"- {by} Ann Example, Rio Agile/Acme.com\n\n**Agile Testing e DDD**\n"
            f"- {by} Bob Sample, Crafters Software Studio\n\nNascido empreendedor.")
    assert not any(title.startswith(by) for title, _ in talks(read(body, title="Agile Talks")))


# ------------------------------------------------ a heading of a place and its day

@pytest.mark.parametrize("heading", ["## Toronto - June 3, 2015", "## Los Angeles – June 3, 2015",
                                     "### Berlin, 3. Juni 2015", "## June 3, 2015 | Toronto"])
def test_a_heading_of_a_place_and_a_day_gives_the_day_and_no_talk(heading: str) -> None:
    body = (f"{heading}\n\n**Ann Example** on Raft\n\n* **Paper:** [pdf](https://example.org/r.pdf)"
            "\n\nAnn Example reads the paper with us.")
    event = read(body, title="Ann Example on Raft", date="2015-06-25")
    assert event.start is not None and event.start.isoformat()[:10] == "2015-06-03"
    assert not any("2015" in title for title, _ in talks(event))


@pytest.mark.parametrize("heading", ["## Python 3 - June 2015", "## Meetup #4 - June 3, 2015",
                                     "## Scaling Postgres, 2015"])
def test_a_heading_of_other_words_and_a_date_is_no_place_and_day(heading: str) -> None:
    from sphinx_meetup.reader.dates import place_and_day
    assert place_and_day(heading.lstrip("# ")) is None


# ------------------------------------------------ a page title 'Full Name on Title'

def test_a_page_titled_name_on_title_is_their_talk_when_the_body_names_them() -> None:
    body = "**Ann Example** on Raft\n\n* **Meetup:** [link](https://example.org/e)"
    assert talks(read(body, title="Ann Example on Raft")) == [("Raft", ["Ann Example"])]


@pytest.mark.parametrize(("title", "body"), [
    ("General Meeting on February 9 2019", "* **Topic:** General discussion and problem solving."),
    ("Ann Example on Raft", "We read the Raft paper together."),  # not named again
    ("Python Workshop on Docker", "Bring a laptop: Python Workshop notes follow."),
])
def test_a_page_title_with_on_names_no_one_without_a_full_name_named_again(
        title: str, body: str) -> None:
    assert not any(speakers for _, speakers in talks(read(body, title=title)))


# ------------------------------------------------ a work presented 'by' its author

def test_the_author_of_a_work_presented_is_not_its_speaker() -> None:
    body = ('At this meetup we had Ann Example present "Architectural Styles and the Design '
            'of Network-based Software" by Roy Fielding. The talk focused on chapter 5.')
    assert not any("Roy Fielding" in speakers
                   for _, speakers in talks(read(body, title="Ann Example on REST")))


# ------------------------------------------------ the day stated in Polish and Dutch prose

@pytest.mark.parametrize("sentence", [
    "Czerwcowe spotkanie odbędzie się **25 czerwca 2011, o godzinie 17:00** w klubie.",
    "De meetup vindt plaats op 25 juni 2011 in Utrecht.",
])
def test_a_day_stated_in_prose_beats_the_front_matter_date(sentence: str) -> None:
    event = read(sentence, title="Czerwcowe Spotkanie", date="2011-05-30")
    assert event.start is not None and event.start.isoformat()[:10] == "2011-06-25"


# ------------------------------------------------ a one-talk page's title, its format words

@pytest.mark.parametrize(("title", "talk"), [
    ("Foxhound summary & discussion", "Foxhound summary & discussion"),
    ("Warsztaty: jak rozwiązać problem pod Linuksem?", "jak rozwiązać problem pod Linuksem?"),
    ("Taller: Git para principiantes", "Git para principiantes"),
    ("Seminario: Git para principiantes", "Git para principiantes"),
])
def test_a_presenter_label_under_a_one_talk_page_takes_the_page_title(
        title: str, talk: str) -> None:
    body = ("Foxhound presents a distributed tracing system that extends to the network, "
            "with two kinds of annotations.\n\nPresenter: Ann Example")
    assert talks(read(body, title=title)) == [(talk, ["Ann Example"])]


def test_an_ampersand_between_two_things_still_titles_no_one_talk() -> None:
    body = ("Foxhound presents a distributed tracing system that extends to the network, "
            "with two kinds of annotations.\n\nPresenter: Ann Example")
    assert talks(read(body, title="Welcome & Lightning Talks")) != [
        ("Welcome & Lightning Talks", ["Ann Example"])]


# ------------------------------------------------ weekdays in brackets, discussions

def test_a_weekday_in_the_bracket_closing_an_item_is_no_person() -> None:
    body = ("For some lightning talk examples see:\n\n"
            "*   [Docs Conf 2016 - Day 1 Lightning Talks (Monday)](https://www.youtube.com/watch?v=a1)\n"
            "*   [Docs Conf 2016 - Day 2 Lightning Talks (Tuesday)](https://www.youtube.com/watch?v=b2)")
    assert not any(speakers for _, speakers in talks(read(body, title="Lightning Talks")))


@pytest.mark.parametrize("title", ["Roundtable: New to the field!", "Round table: docs metrics",
                                   "Mesa redonda: documentación", "Panel discussion: careers"])
def test_a_discussion_is_not_the_page_s_one_talk(title: str) -> None:
    body = ("In this talk-free evening we discuss how to start. Join the discussion and bring "
            "your questions; our talk this month is a conversation.")
    assert talks(read(body, title=title)) == []


# ------------------------------------------------ more ways of writing the day

def test_a_front_matter_date_closed_by_a_zone_name_is_read_in_that_zone() -> None:
    event = read_event("---\ntitle: Demo Night\ndate: 2025-08-13 18:00:00 America/New_York\n"
                       "---\n\nShow your game.\n")
    assert event.start is not None and event.start.isoformat() == "2025-08-13T18:00:00-04:00"
    assert not [p for p in event.problems if p.subtype == "frontmatter"]


def test_a_front_matter_date_closed_by_an_unknown_zone_is_a_located_problem() -> None:
    event = read_event("---\ntitle: Demo Night\ndate: 2025-08-13 18:00:00 Mars/Olympus_Mons\n"
                       "---\n\nShow your game.\n")
    assert any(p.line == 3 and "Mars/Olympus_Mons" in p.message for p in event.problems)


@pytest.mark.parametrize("line", ["🗓️ **Terça, 24 de outubro de 2023**",
                                  "Quinta, 24 de outubro de 2023",
                                  "The first meetup in 2023 is scheduled for `Tuesday, 24. "
                                  "October` at `19.00`."])
def test_a_day_written_so_is_the_event_s(line: str) -> None:
    event = read(f"{line}\n\nMore words about the evening.", title="Workshop", date="2023-09-01")
    assert event.start is not None and event.start.isoformat()[:10] == "2023-10-24"


# ------------------------------------------------ 'Full Name - Title', a title shaped as a name

def test_name_dash_lines_read_when_a_title_has_a_name_s_shape() -> None:
    body = ("Presentations:\n\n**Matthieu Example** - Building A Scalable Full Node\n\n"
            "**Michael Sample** - BlockCypher Block Explorer\n\nTopics:\n\nStuff")
    assert talks(read(body, title="Seminar 43")) == [
        ("Building A Scalable Full Node", ["Matthieu Example"]),
        ("BlockCypher Block Explorer", ["Michael Sample"])]


@pytest.mark.parametrize("lines", [
    ("Cloud Native - Kubernetes Operators", "Service Mesh - Envoy Proxy Internals"),
    ("Ann Example - Bob Sample", "Carl Other - Dana Person"),
])
def test_name_dash_lines_of_two_names_or_two_things_stay_unread(
        lines: tuple[str, str]) -> None:
    body = "Presentations:\n\n" + "\n\n".join(lines) + "\n\nTopics:\n\nStuff"
    assert talks(read(body, title="Seminar 43")) == []


# ------------------------------------------------ a table of facts, its labels spaced out

def test_a_two_column_table_of_facts_is_no_programme() -> None:
    body = ("# 【第203回例会のお知らせ】\n\n"
            "|日　時|4月23日（土）13:00-16:00（午後12時半より受付開始）|\n"
            "|場　所|[東京大学　柏図書館](https://example.org/)　コンファレンスルーム|\n"
            "|共　催|日本地図学会（地図史料専門部会、地図用語専門部会）|\n"
            "|参加費|無料、定員：先着40名|\n"
            "|申込方法|氏名・所属などを記入の上、E-mailで事前に申し込みください|\n\n"
            "**プログラム概要**\n\n(1) 地図アーカイブの概要説明")
    event = read(body, title="第203回例会のお知らせ", date="2016-04-01")
    assert talks(event) == []
    assert event.start is not None and event.start.isoformat()[:10] == "2016-04-23"


# ------------------------------------------------ speakers keyed by their slots

def test_front_matter_speakers_keyed_by_slot_are_the_speakers() -> None:
    front = ("talk_speakers:\n  speaker1:\n    name: Ann Example\n"
             "  speaker2:\n    name: Bob Sample\n")
    event = read("Seit jeher fasziniert uns der Sternenhimmel.", front, title="Milchstraße")
    assert [speaker.name for speaker in event.speakers] == ["Ann Example", "Bob Sample"]
    assert not [p for p in event.problems if p.subtype == "frontmatter"]


# ------------------------------------------------ a heading naming the kind of talk

@pytest.mark.parametrize("kind", ["Regular Presentation", "Short Presentation", "Keynote",
                                  "Main talk"])
def test_a_heading_of_the_talk_s_kind_is_titled_by_the_bold_line_below(kind: str) -> None:
    body = (f"#### {kind}\n"
            "**Lend us your ear: auditory morphology of camels.** [Abstract](/abs/robson.pdf)\n"
            "Speaker: Ann Example, PhD Candidate at the University of Calgary\n\n"
            "#### Short Presentation\n"
            "**More than Monsters** [Abstract](</abs/Bob Sample Abstract.pdf>)\n"
            "Speaker: Bob Sample")
    assert talks(read(body, title="Monthly Meeting: September 2023")) == [
        ("Lend us your ear: auditory morphology of camels", ["Ann Example"]),
        ("More than Monsters", ["Bob Sample"])]


# ------------------------------------------------ Cobalt's front matter, publication days

_COBALT = ("title: 2018 September Meetup\ndescription: TBD\n"
           "published_date: 2018-09-21 09:47:00 -0600\nlayout: meetup.liquid\ndata:\n"
           "  agenda:\n    - presenter: Ann Example\n      title: Welcome!\n"
           "    - presenter: Bob Sample\n      title: \"Designing Rust: The RFC Process\"\n"
           "---\nCome and hack.\n")


def test_cobalt_front_matter_opens_the_file_without_a_rule() -> None:
    event = read_event(_COBALT)
    assert event.title == "2018 September Meetup"
    assert talks(event) == [("Designing Rust: The RFC Process", ["Bob Sample"])]
    assert [t.title for t in event.talks if t.kind == "break"] == ["Welcome!"]
    assert event.body_rest.strip() == "Come and hack."


def test_cobalt_published_date_is_the_publication_not_the_event_day() -> None:
    # (Cobalt's own date; a page's day is its file name's or its body's - stop 18's rule:
    # the publication day is no event day)
    event = read_event(_COBALT)
    assert event.start is None and event.published is not None


@pytest.mark.parametrize("text", [
    "Note: this page moved.\n\n---\n\nSee the new one.",  # a body's first line and a rule
    "title: Not YAML: really\n---\nText.",  # no clean mapping
    "Hello world\n---\nText.",
])
def test_a_body_opening_with_a_colon_line_is_no_cobalt_front_matter(text: str) -> None:
    from sphinx_meetup.reader.frontmatter import split
    found = split(text)
    assert found.data == {} and found.body == text


def test_a_front_matter_entry_that_only_welcomes_is_no_talk() -> None:
    front = ("agenda:\n  - presenter: Ann Example\n    title: Welcome\n"
             "  - presenter: Bob Sample\n    title: Rust for CLIs\n")
    assert talks(read("Text.", front, title="Meetup")) == [("Rust for CLIs", ["Bob Sample"])]



# ------------------------------------------------ a 'title by name' line that goes on as prose

def test_a_by_line_whose_sentence_goes_on_is_no_talk() -> None:
    body = ("## F2pool mining invalid blocks\n\n"
            "Explaination by Ann Example, too many sigops for a block due to counterparty txs\n\n"
            "<https://example.org/status/1>\n\n## Other news\n\nSome text here.")
    assert talks(read(body, title="Socratic Seminar 42")) == []


@pytest.mark.parametrize("line", ["Scaling Postgres by Ann Example, engineer at Acme",
                                  "Scaling Postgres by Ann Example"])
def test_a_by_line_closed_by_who_someone_is_still_reads(line: str) -> None:
    body = f"## Talks\n\n{line}\n\nRust for the rest of us by Bob Sample"
    assert [speakers for _, speakers in talks(read(body, title="May meetup"))][:1] == [
        ["Ann Example"]]


def test_lower_case_words_after_a_comma_in_the_title_keep_a_by_line() -> None:
    body = ("## Talks\n\nWhy, oh why do we test by Ann Example\n\n"
            "Rust for the rest of us by Bob Sample")
    assert talks(read(body, title="May meetup"))[:1] == [
        ("Why, oh why do we test", ["Ann Example"])]
