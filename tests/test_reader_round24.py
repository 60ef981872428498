"""Rules written on round 24 (unsealed at stop 24): lists written as lines, a topic label
whose value closes with who gives the talk. Pages written for the test, never copied
from a site."""

from __future__ import annotations

from reader_support import talks

from sphinx_meetup.reader import read_event


def read(body: str) -> object:
    return read_event("---\ntitle: Evening\ndate: 2026-04-02\n---\n" + body)


def test_a_paragraph_of_lines_after_a_talks_label_is_a_list_without_bullets() -> None:
    for label in ("Our talks:", "Tematy dnia:", "Themen:"):
        event = read(f"{label}\n\nQueues in practice (Ann Example)\nParsing logs (Bo Lind)\n\n"
                     "We meet every month.\n")
        assert talks(event) == [("Queues in practice", ["Ann Example"]),
                                ("Parsing logs", ["Bo Lind"])], label
    # the same lines without a label that says they are the talks: a bracket says too much
    # (of names whose given name the reader does not know - knowing it is evidence, stop 29)
    assert talks(read("Queues in practice (Zorblat Example)\nParsing logs (Quorra Lind)\n")
                 ) == []


def test_a_paragraph_of_prose_lines_under_a_talks_heading_is_no_list() -> None:
    event = read("## Talks\n\nThis month we look at queues (Ann Example asked for it)\n"
                 "and at parsing, which is (as always) harder than it looks.\n")
    assert talks(event) == []


def test_a_topic_label_whose_value_closes_with_full_names() -> None:
    event = read('Temat dnia: "Driving toy cars with k8s (and a Pi)" (Ann Example)\n\n'
                 "Nasze spotkania są online.\n")
    assert talks(event) == [("Driving toy cars with k8s (and a Pi)", ["Ann Example"])]
    event = read("Topic: Workshop for beginners (Ann Example, Bo Lind, Cy Dee)\n")
    assert talks(event) == [("Workshop for beginners", ["Ann Example", "Bo Lind", "Cy Dee"])]
    # what a talk's bracket says of itself, or a company, is no speaker
    for value in ("Queues in practice (Part 2)", "Queues (Example Corp)", "Queues (online)"):
        assert talks(read(f"Topic: {value}\n")) == [], value


def test_an_html_comment_is_no_title() -> None:
    # ``<!--more-->``: a blog's excerpt mark, which a cut at a speaker label took for the
    # title of the page's one talk
    event = read_event("---\ntitle: 'Tuna night: Consensus in practice'\ndate: 2026-04-02\n---\n"
                       "We invited a guest to explain consensus.\n\n<!--more-->\n\n"
                       "* 时间：2026/04/02 19:00\n* 主讲人：陈康\n")
    assert [t.title for t in event.talks] != ["<!--more-->"]
    assert all("<!--" not in t.title for t in event.talks)


def test_a_list_of_by_brackets_names_its_handles_and_bare_brackets_too() -> None:
    event = read("This time:\n\n- Queues in practice (by Ann Example)\n"
                 "- Consensus for beginners (by tonghu)\n- Parsing logs (by Bo Lind)\n"
                 "- Encrypting the web (Cy Dee)\n")
    assert talks(event) == [("Queues in practice", ["Ann Example"]),
                            ("Consensus for beginners", ["tonghu"]),
                            ("Parsing logs", ["Bo Lind"]), ("Encrypting the web", ["Cy Dee"])]
    # one full-named sibling is no repeated shape: the handle stays as written
    event = read("This time:\n\n- Queues in practice (by Ann Example)\n"
                 "- Consensus for beginners (by tonghu)\n- Encrypting the web (Cy Dee)\n")
    assert ("Consensus for beginners", ["tonghu"]) not in talks(event)


def test_a_table_of_facts_without_outer_pipes_gives_the_day_and_place() -> None:
    event = read_event("Share | https://example.org/7\n----- | -----\n"
                       "When  | Friday 23 January 2015 @ 19:00 - 21:00\n"
                       "Where | Example Hall, 5th floor\n")
    assert (str(event.start), event.venue) == ("2015-01-23 19:00:00", "Example Hall, 5th floor")
    assert [t for t in event.talks if t.kind == "talk"] == []


def test_a_labelled_day_whose_weekday_is_the_pages_day_s_is_a_copied_slip() -> None:
    # 25 October 2014 was a Saturday; the page's own day, 25 November, a Tuesday
    event = read_event("---\ntitle: Evening 32\ndate: 2014-11-25\n---\n\n"
                       "When: Tuesday 25 October 2014 @ 19:00 - 21:00\n")
    assert str(event.start)[:10] == "2014-11-25"
    # a weekday that fits the labelled day keeps it
    event = read_event("---\ntitle: Evening 32\ndate: 2014-11-25\n---\n\n"
                       "When: Saturday 25 October 2014 @ 19:00 - 21:00\n")
    assert str(event.start)[:10] == "2014-10-25"


def test_a_series_name_with_its_number_or_day_before_the_pages_one_talk() -> None:
    from sphinx_meetup.reader.body import page_talk_title

    assert page_talk_title("Example Lecture Series - Money 101") == "Money 101"
    assert page_talk_title("Hacking Night VI – Lockpicking for all") == "Lockpicking for all"
    assert page_talk_title("#11, March 16: Segregated data") == "Segregated data"
    # a title that only opens with such a word keeps it
    for title in ("Series of tubes: how the net works", "Lecture notes: what I learnt",
                  "Meetup VIII"):
        assert page_talk_title(title) == title


def test_a_page_dated_to_the_second_was_dated_when_posted() -> None:
    page = ("---\ntitle: Software Freedom Day\ndate: \"2018-09-26 18:56:58 +0800\"\n---\n\n"
            "2018 年 9 月 15 日下午，软件自由日活动在西区教室举办。\n")
    assert str(read_event(page).start) == "2018-09-15"
    # on the minute, the page's date is the event's: prose only mends it by a week
    assert str(read_event(page.replace("18:56:58", "18:56:00")).start)[:10] == "2018-09-26"


def test_a_heading_naming_a_language_version_is_no_talk() -> None:
    page = ("---\ntitle: Robots in continuous delivery\ndate: 2018-11-29\n---\n\n"
            "An evening with two speakers.\n\n## Version française\n\nCe talk présente l'outil.\n\n"
            "__Présenté par Ann Example & Bo Lind__\n\n**Ann Example** Développeuse.\n\n"
            "**Bo Lind** Conseiller DevOps.\n\n## English version\n\n"
            "This talk introduces the tool.\n\n__Presented by: Ann Example & Bo Lind__\n\n"
            "**Ann Example** Full-stack developer.\n\n**Bo Lind** DevOps consultant.\n")
    event = read_event(page)
    assert [(t.title, t.speakers) for t in event.talks if t.kind == "talk"] == [
        ("Robots in continuous delivery", ["Ann Example", "Bo Lind"])]


def test_a_phrase_with_a_titles_joining_words_is_no_name() -> None:
    from sphinx_meetup.reader.names import looks_like_name

    for phrase in ("Service-Meshed Java Enterprise With Istio", "Rust For Beginners Today",
                   "The Art Of Computer Programming"):
        assert not looks_like_name(phrase), phrase
    for name in ("Ann van der Berg", "Jean de La Fontaine", "Mohamed bin Salem"):
        assert looks_like_name(name), name


def test_bilingual_speaker_labels_and_language_remarks() -> None:
    event = read("__1. Queues in practice (in English / en Anglais)__\n\n"
                 "How queues work.\n\n__Présenté par / Presented by: Ann Example__\n\n"
                 "__2. Analyse des journaux (en Français / in French)__\n\n"
                 "Comment lire les journaux.\n\n__Présenté par / Presented by: Bo Lind__\n")
    assert talks(event) == [("Queues in practice", ["Ann Example"]),
                            ("Analyse des journaux", ["Bo Lind"])]


def test_a_date_with_hours_of_its_own_is_the_events_day() -> None:
    page = ("---\ntitle: Release party\ndate: 2018-03-17\ntime: 14:00-16:30\n---\n\n"
            "3月14日，新版本发布了。借此机会，我们举办了 Release Party。\n")
    event = read_event(page)
    assert (str(event.start), str(event.end)) == ("2018-03-17 14:00:00", "2018-03-17 16:30:00")
    # without hours the page's date is a post's, which a near day in prose may mend
    assert str(read_event(page.replace("time: 14:00-16:30\n", "")).start) == "2018-03-14"
