"""Front-matter schemas that meetup sites and their themes share (the stop-23 survey,
`notes/schema-survey.md`): people named by the key of their page, keys written with
capitals, an ``event:`` map of the gathering's facts, venue references, sign-up links.
Pages written for the test, never copied from a site."""

from __future__ import annotations

from sphinx_meetup.reader import read_event


def _page(front: str, body: str = "Text.\n") -> str:
    return f"---\n{front}---\n{body}"


def test_speakers_named_by_their_page_keys_are_read_as_names() -> None:
    for keys in ("[ann-example, bo-sample]", "\n  - ann_example\n  - bo_sample"):
        event = read_event(_page(f"title: Queues\ndate: 2026-03-04\nspeakers: {keys}\n"))
        assert [s.name for s in event.speakers] == ["Ann Example", "Bo Sample"]
        # the key stays the person's other name, so a body or registry naming it matches
        assert event.speakers[0].aliases in (["ann-example"], ["ann_example"])
        assert [t.speakers for t in event.talks] == [["Ann Example", "Bo Sample"]]


def test_a_list_mixing_names_and_keys_is_left_as_written() -> None:
    event = read_event(_page("title: Q\ndate: 2026-03-04\nspeakers: [ann-example, Bo Sample]\n"))
    assert [s.name for s in event.speakers] == ["ann-example", "Bo Sample"]
    # one word is no key that can be read as a name
    event = read_event(_page("title: Q\ndate: 2026-03-04\nspeakers: [annexample]\n"))
    assert [s.name for s in event.speakers] == ["annexample"]


def test_keys_written_with_capitals_are_read_as_hugo_reads_them() -> None:
    page = ('+++\nTalk_date = ""\nTitle = "Budgets in practice"\nType = "talk"\n'
            'Speakers = ["ann-example", "bo-sample"]\n+++\n\nA workshop.\n')
    event = read_event(page)
    assert event.title == "Budgets in practice"
    assert [s.name for s in event.speakers] == ["Ann Example", "Bo Sample"]
    event = read_event("\n---\nTitle: Open evening\nDate: 2019-10-19\n---\nText.\n")
    assert (event.title, str(event.start)) == ("Open evening", "2019-10-19")
    # a key written both ways is two keys: the lower-case one is the page's
    event = read_event("---\nTitle: Shouted\ntitle: Quiet\ndate: 2019-10-19\n---\n")
    assert event.title == "Quiet"
    # a map's keys too (an ``[event]`` table of a theme)
    event = read_event('+++\ntitle = "X"\n[Event]\nStartDate = "2026-05-14T18:00:00"\n+++\n')
    assert str(event.start) == "2026-05-14 18:00:00"


def test_an_event_map_gives_the_place_and_the_end() -> None:
    page = ('+++\ntitle = "Makers evening"\n[event]\nstartDate = "2026-05-14T18:00:00-07:00"\n'
            'endDate = "2026-05-14T20:00:00-07:00"\nlocation = "Central Library"\n+++\n\nText.\n')
    event = read_event(page)
    assert event.location == "Central Library"
    assert (event.start.hour, event.end.hour) == (18, 20)
    event = read_event(_page("title: X\nevent:\n  start_date: 2026-03-25\n"
                             "  location:\n    name: Example Hall\n    city: Vienna\n"))
    assert event.location == "Example Hall, Vienna"
    # the page's own place wins; an end before the start is no end
    event = read_event(_page("title: X\nvenue: Town Hall\nevent:\n  start: 2026-03-25T18:00\n"
                             "  end: 2026-03-25T17:00\n  location: Elsewhere\n"))
    assert (event.location, event.venue, event.end) == (None, "Town Hall", None)


def test_an_event_map_may_say_when_it_begins_in_the_basic_iso_form() -> None:
    # the page's own date is when it was posted; the map's ``begin`` is the evening
    page = ('+++\ntitle = "Evening #7"\ndate = "2026-03-20T10:58:00+03:00"\n[event]\n'
            'begin = "20260402T190000"\nend = "20260402T210000"\n+++\n\nText.\n')
    event = read_event(page)
    assert (str(event.start), str(event.end)) == ("2026-04-02 19:00:00", "2026-04-02 21:00:00")


def test_date_start_and_time_start_as_a_cms_writes_them() -> None:
    event = read_event(_page("title: Evening\ndate_start: '2026-03-11'\ntime_start: '18:00'\n"
                             "time_end: '21:00'\n"))
    assert (str(event.start), str(event.end)) == ("2026-03-11 18:00:00", "2026-03-11 21:00:00")
    assert event.problems == []


def test_a_page_with_no_date_takes_the_one_its_description_states() -> None:
    event = read_event(_page("title: Online evening\ndescription: 'Op 11 maart 2026 om 19:00 "
                             "geeft Ann Example een talk over wachtrijen.'\n"))
    assert str(event.start) == "2026-03-11"
    # the next meeting's day is not this one's
    event = read_event(_page("title: Evening\ndescription: 'The next meetup is on 11 March "
                             "2026.'\n"))
    assert event.start is None


def test_a_record_key_holds_the_recording_and_a_flag_is_no_address() -> None:
    event = read_event(_page("title: X\ndate: 2026-03-04\n"
                             "record: 'https://www.youtube.com/watch?v=abcDEF12345'\n"))
    assert event.replays == ["https://www.youtube.com/watch?v=abcDEF12345"]
    for flag in ("true", "false"):
        event = read_event(_page(f"title: X\ndate: 2026-03-04\nrecord: {flag}\nvideo: {flag}\n"))
        assert (event.replays, event.problems) == ([], [])


def test_a_venue_that_only_points_at_its_record_is_no_place() -> None:
    for venue in ("12345678", "hall.md", "venues/hall.yaml"):
        event = read_event(_page(f"title: X\ndate: 2019-01-03\nvenue: {venue}\n"))
        assert event.venue is None, venue
        assert [p.line for p in event.problems if "record" in p.message] == [4]
    # the body may still say where
    event = read_event(_page("title: X\ndate: 2019-01-03\nvenue: 12345678\n",
                             "- Where: Example Hall, Main Street 1\n"))
    assert event.venue == "Example Hall, Main Street 1"
    for venue in ("Example Hall", "Zone 7", "qlik", "WeWork 42", "42", "c-base"):
        assert read_event(_page(f"title: X\ndate: 2019-01-03\nvenue: {venue}\n")).venue == venue


def test_sign_up_links_under_other_schemas_keys() -> None:
    for front in ("register: https://example.org/tickets\n",
                  "meetupUrl: https://example.org/tickets\n",
                  "meetup: https://example.org/tickets\n",
                  "signup:\n  url: https://example.org/tickets\n  title: Join\n"):
        event = read_event(_page(f"title: X\ndate: 2026-01-01\n{front}"))
        assert event.registration_url == "https://example.org/tickets", front
    # not an address: nothing, and no warning (a flag, a map of the event's facts)
    for front in ("register: true\n", "meetup:\n  date: 2026-01-01\n", "meetup: Example Group\n"):
        event = read_event(_page(f"title: X\ndate: 2026-01-01\n{front}"))
        assert event.registration_url is None and not event.problems, front
    # the page's own registration key wins
    event = read_event(_page("title: X\nrsvp: https://example.org/a\n"
                             "meetup: https://example.org/b\n"))
    assert event.registration_url == "https://example.org/a"


def test_the_events_own_day_takes_its_hours_from_clock_keys() -> None:
    event = read_event(_page('title: X\ndate: 2026-01-02\nevent_date: "2026-05-12"\n'
                             'start_time: "6:15 PM"\nend_time: "8:00 PM"\n'))
    assert (str(event.start), str(event.end)) == ("2026-05-12 18:15:00", "2026-05-12 20:00:00")
    # a talk's own page (devopsdays' schema, keys written with capitals or not)
    page = ('+++\nTalk_date = "2017-11-01"\nTalk_start_time = "12:05"\n'
            'Talk_end_time = "12:25"\nTitle = "A trip to production"\n+++\n\nText.\n')
    event = read_event(page)
    assert (str(event.start), str(event.end)) == ("2017-11-01 12:05:00", "2017-11-01 12:25:00")
    # an end clock beside a ``date`` and a start clock; one before the start is no end
    event = read_event(_page('title: X\ndate: "2026-05-12"\nstart_time: "18:15"\n'
                             'end_time: "20:00"\n'))
    assert str(event.end) == "2026-05-12 20:00:00"
    event = read_event(_page('title: X\ndate: "2026-05-12"\nstart_time: "18:15"\n'
                             'end_time: "17:00"\n'))
    assert event.end is None


def test_a_talk_pages_vimeo_id_and_deck_services() -> None:
    page = ('+++\ntitle = "A trip"\ntalk_date = "2018-05-01"\nyoutube = ""\n'
            'vimeo = "272530001"\nspeakerdeck = "https://speakerdeck.com/ann/a-trip"\n'
            'slideshare = ""\nslides = ""\n+++\n\nText.\n')
    event = read_event(page)
    assert event.replays == ["https://vimeo.com/272530001"]
    assert event.slides == ["https://speakerdeck.com/ann/a-trip"]
    event = read_event(_page("title: X\ndate: 2025-05-28\n"
                             "presentation_url: https://example.org/deck\n"))
    assert event.slides == ["https://example.org/deck"]
    # a name under ``vimeo`` is no recording, and says nothing
    event = read_event(_page("title: X\ndate: 2025-05-28\nvimeo: examplegroup\n"))
    assert event.replays == [] and not event.problems
    # a site's own file under such a key is not linked, and not warned about
    event = read_event(_page("title: X\ndate: 2025-05-28\n"
                             "presentation_url: /assets/deck.pdf\n"))
    assert event.slides == [] and not event.problems


def test_a_page_held_online_says_so_as_its_place() -> None:
    for front in ("online: true\n", "event:\n  attendanceType: virtual\n",
                  "EventLocation: Online\n"):
        event = read_event(_page(f"title: X\ndate: 2021-01-01\n{front}"))
        assert event.location == "Online", front
    # a word is no flag; a hybrid gathering has a place; the page's place wins
    for front in ("online: Zoom\n", "event:\n  attendanceType: hybrid\n",
                  "online: false\n"):
        assert read_event(_page(f"title: X\ndate: 2021-01-01\n{front}")).location is None
    event = read_event(_page("title: X\ndate: 2021-01-01\nonline: true\nvenue: Town Hall\n"))
    assert (event.location, event.venue) == (None, "Town Hall")
    event = read_event(_page("title: X\ndate: 2021-01-01\nevent_location: London\n"))
    assert event.location == "London"


def test_a_duration_beside_a_start_with_hours_gives_the_end() -> None:
    event = read_event(_page("title: X\ndateTime: 2015-08-29 18:00\nduration: 120\n"))
    assert str(event.end) == "2015-08-29 20:00:00"
    event = read_event(_page('title: X\ndate: 2015-08-29T18:00:00\nduration: "1h30m"\n'))
    assert str(event.end) == "2015-08-29 19:30:00"
    # no hours, no unit, a week, a word, an end of its own: no end from it
    for front in ("date: 2015-08-29\nduration: 120\n", "date: 2015-08-29T18:00\nduration: 2\n",
                  "date: 2015-08-29T18:00\nduration: 6 weeks\n",
                  "date: 2015-08-29T18:00\nduration: 3000\n"):
        assert read_event(_page(f"title: X\n{front}")).end is None, front
    event = read_event(_page("title: X\ndate: 2015-08-29T18:00\nend: 2015-08-29T21:00\n"
                             "duration: 60\n"))
    assert str(event.end) == "2015-08-29 21:00:00"


def test_an_end_key_ends_the_gathering_its_start_key_names() -> None:
    event = read_event(_page("title: X\ndate: 2024-01-01\nstart: 2024-03-02 14:00\n"
                             "end: 2024-03-02 17:00\n"))
    assert (str(event.start), str(event.end)) == ("2024-03-02 14:00:00", "2024-03-02 17:00:00")
    # an end on another day, or before the start, ends nothing of it
    for end in ("2024-03-05 17:00", "2024-03-02 13:00"):
        event = read_event(_page(f"title: X\ndate: 2024-01-01\nstart: 2024-03-02 14:00\n"
                                 f"end: {end}\n"))
        assert event.end is None, end


def test_a_speaker_entrys_job_title_and_link() -> None:
    event = read_event(_page("title: Graphs\ndate: 2026-05-12\nspeakers:\n"
                             "  - name: Ann Example\n    title: Data Engineer\n"
                             "    link: https://example.org/ann\n"))
    (ann,) = event.speakers
    assert (ann.designation, [link.url for link in ann.links]) == (
        "Data Engineer", ["https://example.org/ann"])
    assert [t.title for t in event.talks] == ["Graphs"]  # the job is no talk
    # a title that is no job is the speaker's talk (read before), not a designation
    event = read_event(_page("title: Evening\ndate: 2026-05-12\nspeakers:\n"
                             "  - name: Ann Example\n    title: Graphs for everyone\n"))
    assert event.speakers[0].designation is None
    assert [(t.title, t.speakers) for t in event.talks] == [
        ("Graphs for everyone", ["Ann Example"])]
