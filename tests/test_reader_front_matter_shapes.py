"""Front-matter shapes of Jekyll meetup themes: a subtitle or tagline heading a page
without a title, one speaker field naming several people, media lists of described
links. Pages written for the test, never copied from a site."""

from __future__ import annotations

from sphinx_meetup.reader import read_event


def test_a_page_without_a_title_is_headed_by_its_subtitle_or_tagline() -> None:
    for key in ("subtitle", "tagline"):
        event = read_event(f"---\n{key}: Graphs at scale\ndate: 2021-05-01\n---\nText.\n")
        assert event.title == "Graphs at scale"
        assert not [p for p in event.problems if "no title" in p.message]
    event = read_event("---\ntitle: Spring meetup\nsubtitle: Graphs\ndate: 2021-05-01\n---\n")
    assert event.title == "Spring meetup"


def test_one_speaker_field_naming_several_people_is_several_speakers() -> None:
    page = ("---\ntitle: Node o Go\ndate: 2019-02-28\nspeaker:\n"
            "  name: Ana Ejemplo y Luis de la Prueba\n---\nUna charla.\n")
    event = read_event(page)
    assert [s.name for s in event.speakers] == ["Ana Ejemplo", "Luis de la Prueba"]
    assert [t.speakers for t in event.talks] == [["Ana Ejemplo", "Luis de la Prueba"]]
    page = ("---\ntitle: Cortas\ndate: 2020-02-27\nspeaker:\n  name: Eva Muestra (@evam), "
            "Raul Test (@rtest) y Sara Demo (@sdemo)\n---\n## Charlas\n\n### Primera charla\n\n"
            "***Eva Muestra (@evam)***\n\nTexto.\n\n### Segunda charla\n\n"
            "***Raul Test (@rtest)***\n\nTexto.\n\n### Tercera charla\n\n"
            "***Sara Demo (@sdemo)***\n\nTexto.\n")
    event = read_event(page)
    assert [s.name for s in event.speakers] == ["Eva Muestra", "Raul Test", "Sara Demo"]
    assert event.speakers[0].aliases == ["@evam"]
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Primera charla", ["Eva Muestra"]), ("Segunda charla", ["Raul Test"]),
        ("Tercera charla", ["Sara Demo"]),
    ]


def test_a_name_then_an_employer_stays_one_speaker() -> None:
    page = "---\ntitle: X\ndate: 2020-01-01\nspeaker:\n  name: Ann Example, Acme Corp\n---\n"
    assert [s.name for s in read_event(page).speakers] == ["Ann Example"]
    # more than the name said of the entry: one person's entry
    page = ("---\ntitle: X\ndate: 2020-01-01\nspeaker:\n  name: Tom and Jerry Example\n"
            "  image: /img/tj.png\n---\n")
    assert [s.name for s in read_event(page).speakers] == ["Tom and Jerry Example"]


def test_described_entries_of_a_media_list_are_its_addresses() -> None:
    page = ("---\ntitle: X\ndate: 2020-01-16\nvideos:\n    - description: Stream of the talk\n"
            "      url: https://youtu.be/aaaaaaaaaaa\nslides:\n    - description: The deck\n"
            "      url: https://slides.example.org/deck\n---\n")
    event = read_event(page)
    assert event.replays == ["https://youtu.be/aaaaaaaaaaa"]
    assert event.slides == ["https://slides.example.org/deck"]
    assert not [p for p in event.problems if p.subtype == "url"]


def test_prose_saying_who_the_speaker_is_names_the_pages_talk() -> None:
    page = ("---\ntitle: Shells for everyone - Mar. 3rd, 5:30pm\ndate: 2017-02-27\n---\n"
            "This week our treasurer Nora Beispiel is our speaker for the meeting.\n")
    assert [(t.title, t.speakers) for t in read_event(page).talks] == [
        ("Shells for everyone", ["Nora Beispiel"])]
    page = ("---\ntagline: Contributing to the handbook\n---\n"
            "Our speakers this month are Nora Beispiel, Olaf Muster and Pia Probe.\n")
    assert [(t.title, t.speakers) for t in read_event(page).talks] == [
        ("Contributing to the handbook", ["Nora Beispiel", "Olaf Muster", "Pia Probe"])]
    # a role that is not a person's name is nobody
    page = ("---\ntitle: Shells\ndate: 2017-02-27\n---\n"
            "Our speaker this month is to be announced soon.\n")
    assert [t for t in read_event(page).talks if t.speakers] == []


def test_a_company_in_the_speaker_key_gives_no_talk() -> None:
    page = ("---\ntitle: Go night\ndate: 2017-04-28\nspeaker:\n  name: Beispiel GmbH\n"
            "  url: https://example.org\n---\nWir laden ein.\n\n**Schedule:**\n\n"
            "19 Uhr – Snacks und Getränke\n\n20:30 Uhr – Diskussion und Networking\n")
    event = read_event(page)
    assert [t for t in event.talks if t.kind == "talk"] == []
    page = "---\ntitle: Go night\ndate: 2017-04-28\nspeaker:\n  name: Beispiel GmbH\n---\nText.\n"
    assert [t for t in read_event(page).talks if t.kind == "talk"] == []
    # a person in the same key still gives the page's one talk
    page = "---\ntitle: Go night\ndate: 2017-04-28\nspeaker:\n  name: Nora Beispiel\n---\nText.\n"
    assert [(t.title, t.speakers) for t in read_event(page).talks] == [
        ("Go night", ["Nora Beispiel"])]


def _record(**extra: str) -> str:
    keys = {"title": '"Graph Night #31"', "date": "2021-04-01", "speaker": '"Ann Example"',
            "description": '"Profiling with pictures"',
            "abstract": '"How to read a flame graph.<br/>\n  And why it burns."', **extra}
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in keys.items() if v) + "---\n"


def test_a_front_matter_talk_record_is_the_pages_one_talk() -> None:
    # ``speaker`` + ``abstract`` + a one-line ``description`` under a numbered evening
    event = read_event(_record(address='"Via Esempio 4"', map="https://maps.example/x"))
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Profiling with pictures", ["Ann Example"])]
    assert event.talks[0].abstract.startswith("How to read a flame graph.")
    assert event.description == ""  # it was the talk's title
    assert event.venue == "Via Esempio 4"
    assert not [p for p in event.problems if p.subtype == "programme"]
    event = read_event(_record(title='"Our group at Devfest 2018"', abstract='""',
                               speaker='"Ann Example e Bo Sample"'))
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Profiling with pictures", ["Ann Example", "Bo Sample"])]


def test_a_description_that_is_a_summary_or_an_issue_titles_no_talk() -> None:
    # a sentence is a summary; ``Night #00`` numbers the evening; no abstract: no record
    for extra in ({"description": '"An evening of profiling with pictures."'},
                  {"description": '"Graph Night #00"'}, {"abstract": ""}):
        event = read_event(_record(**extra))
        assert event.talks == [], extra
        assert [p.subtype for p in event.problems if p.subtype == "programme"]


def test_a_line_of_address_and_an_abstract_are_not_hugo_blox() -> None:
    from sphinx_meetup.reader.hugoblox import looks_like_hugoblox

    assert not looks_like_hugoblox({"abstract": "A", "address": "Via Esempio 4"})
    assert not looks_like_hugoblox({"abstract": "A", "address": None})
    assert looks_like_hugoblox({"abstract": "A", "address": {"city": "Stanford"}})
    assert looks_like_hugoblox({"abstract": "A", "event_url": "https://example.org"})


def test_a_front_matter_never_closed_is_read_when_the_rest_is_one_mapping() -> None:
    page = ("---\ntitle: 'Meetup #50'\ndate: 2020-05-19\ntalks:\n  -\n    id: 'a1'\n"
            "    title: 'Containers d&#x27;abord &amp; ensuite'\n"
            "    video: 'Ab3dE_gH1jK?t=813'\n    speakers:\n      - name: 'Ann Example'\n")
    event = read_event(page)
    assert event.title == "Meetup #50"
    assert [(t.title, t.speakers, t.video) for t in event.talks] == [
        ("Containers d'abord & ensuite", ["Ann Example"],
         "https://www.youtube.com/watch?v=Ab3dE_gH1jK&t=813")]
    assert [p.message for p in event.problems] == [
        "front matter is opened but never closed; the rest of the file is read as front "
        "matter (close it with ---)"]
    # not one mapping: the file is the body, as written
    event = read_event("---\ntitle: Notes\nSome words: and more: here\n- a list\n")
    assert event.title == ""
    assert "Some words" in event.body_rest
    assert event.problems[0].message == "front matter is opened but never closed"


def test_a_speaker_shortcode_alone_on_its_line_names_the_talks_speaker() -> None:
    page = ("---\ntitle: 'Meetup #57'\ndate: 2025-03-26\n---\n## Prelekcje\n\n"
            "### Detektyw w świecie Pythona\n{{< speaker speaker_id=\"kamil-przyklad\" >}}\n"
            "Wcielimy się w rolę detektywów.\n\n### Drugi temat\n{{< speaker \"ann-example\" >}}\n"
            "Tekst.\n\n### Trzeci temat\n{{< speaker >}}\nTekst.\n")
    event = read_event(page)
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Detektyw w świecie Pythona", ["Kamil Przyklad"]), ("Drugi temat", ["Ann Example"]),
        ("Trzeci temat", [])]


def test_a_person_shortcode_naming_no_one_stays_as_written() -> None:
    from sphinx_meetup.reader.shortcodes import headings

    text = '{{< speaker name="<b>x</b>" >}}\n{{< speaker >}}\n'
    assert headings(text) == text


def test_an_online_evenings_ticket_that_is_one_video_is_its_recording() -> None:
    page = ("---\ntitle: 'Meetup #50'\ndate: 2020-05-19\n"
            "ticketsUrl: https://youtu.be/Ab3dE_gH1jK\n---\n")
    event = read_event(page)
    assert event.registration_url == "https://youtu.be/Ab3dE_gH1jK"
    assert event.replays == ["https://youtu.be/Ab3dE_gH1jK"]
    page = ("---\ntitle: 'Meetup #40'\ndate: 2019-05-19\n"
            "ticketsUrl: https://tickets.example.org/e/40\n---\n")
    event = read_event(page)
    assert (event.registration_url, event.replays) == ("https://tickets.example.org/e/40", [])


def test_speaker_entries_that_give_their_talk_or_topic_are_the_programme() -> None:
    page = ("---\ntitle: Meetup\ndate: 2020-01-01\nspeakers:\n  - name: Ann Example\n"
            "    title: CTO\n    talk: Fast builds\n  - name: Bo Sample\n"
            "    topic: Graphs at scale\n---\n")
    event = read_event(page)
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Fast builds", ["Ann Example"]), ("Graphs at scale", ["Bo Sample"])]
