"""The one video player a page embeds is its recording (``reader/embeds.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinx_meetup.reader import read_event
from sphinx_meetup.reader.embeds import Player, players, recording

WATCH = "https://www.youtube.com/watch?v=4HhEg4wAjmQ"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("{{< youtube 4HhEg4wAjmQ >}}", [Player(WATCH, False)]),
        ('{{< youtube id="4HhEg4wAjmQ" >}}', [Player(WATCH, False)]),
        ("> Hier das Video vom Livestream:\n> {{< youtube 4HhEg4wAjmQ >}}",
         [Player(WATCH, False)]),
        ('<YouTube id="4HhEg4wAjmQ" title="A talk" />', [Player(WATCH, False)]),
        ('<iframe src="https://www.youtube.com/embed/4HhEg4wAjmQ" allowfullscreen></iframe>',
         [Player(WATCH, False)]),
        ('<iframe src="//player.bilibili.com/player.html?aid=1&bvid=BV1Qe4y177sm&page=1">',
         [Player("https://www.bilibili.com/video/BV1Qe4y177sm", False)]),
        ('<iframe src="http://player.vimeo.com/video/48236917"></iframe>',
         [Player("https://vimeo.com/48236917", False)]),
        ('{{< vimeo 48236917 >}}', [Player("https://vimeo.com/48236917", False)]),
        # a theme's lighter player of the same video (Blowfish's youtubeLite)
        ('{{< youtubeLite id="4HhEg4wAjmQ" label="The stream" >}}', [Player(WATCH, False)]),
        ('{{< lite-youtube 4HhEg4wAjmQ >}}', [Player(WATCH, False)]),
        # an excerpt: it starts part-way
        ('{{< youtube id="D_SHmA1m7R4" start=2344 loading=lazy >}}',
         [Player("https://www.youtube.com/watch?v=D_SHmA1m7R4", True)]),
        # not players: a link, another site's iframe, a shortcode of something else
        (f"[the recording]({WATCH})", []),
        ('<iframe src="https://www.google.com/maps/embed?pb=1"></iframe>', []),
        ("{{< figure src=x.png >}}", []),
        ('{{< youtuber-card id="4HhEg4wAjmQ" >}}', []),
    ],
)
def test_players(body: str, found: list[Player]) -> None:
    assert players(body) == found


def test_the_one_player_is_the_replay() -> None:
    event = read_event("---\ntitle: Webdevel No. 34\ndate: 2019-01-03\n---\n\n"
                       "Hier das Video vom Livestream:\n\n{{< youtube 4HhEg4wAjmQ >}}\n")
    assert event.replays == [WATCH]


@pytest.mark.parametrize(
    "body",
    [
        # several players are the talks' own videos, not one recording
        "{{< youtube 4HhEg4wAjmQ >}}\n\n{{< youtube iXPCwdfD24I >}}",
        # an excerpt of someone else's video
        '{{< youtube id="D_SHmA1m7R4" start=2344 >}}',
    ],
)
def test_no_replay_from_these(body: str) -> None:
    event = read_event(f"---\ntitle: T\ndate: 2019-01-03\n---\n\n{body}\n")
    assert WATCH not in event.replays
    assert len(event.replays) <= 1


def test_a_video_already_known_is_not_added() -> None:
    event = read_event("---\ntitle: T\ndate: 2019-01-03\n---\n\n"
                       "Replay: https://youtu.be/4HhEg4wAjmQ\n\n"
                       '{{< youtube id="4HhEg4wAjmQ" >}}\n')
    assert event.replays == ["https://youtu.be/4HhEg4wAjmQ"], "the page's own link, once"
    assert recording("{{< youtube 4HhEg4wAjmQ >}}", ["https://youtu.be/4HhEg4wAjmQ"]) is None
    assert recording("{{< youtube 4HhEg4wAjmQ >}}", []) == WATCH


@given(st.text(alphabet=st.sampled_from(list('{}<>%"\'= /?&:.-_youtubevimeoiframesrcidBV1xX\n')),
               max_size=400))
def test_any_text_gives_only_addresses_of_video_pages(body: str) -> None:
    for player in players(body):
        assert player.url.startswith(("https://www.youtube.com/watch?v=", "https://vimeo.com/",
                                      "https://www.bilibili.com/video/"))
        assert not set(player.url) & set("\"'<> \n")


def test_a_jekyll_include_of_a_player_template_is_a_player() -> None:
    from sphinx_meetup.reader.embeds import players

    body = ("Intro.\n\n{% include widgets/youtube.html\n   id=\"Ab3dE_gH1jK\"\n%}\n\n"
            "* Video: {% include youtube.md video_id='Zx9yW_vU8tS' %}\n"
            "{% include slides.html url=\"//example.org/deck\" %}\n")
    assert [p.url for p in players(body)] == [
        "https://www.youtube.com/watch?v=Ab3dE_gH1jK",
        "https://www.youtube.com/watch?v=Zx9yW_vU8tS",
    ]


def test_video_and_slides_labels_in_more_languages() -> None:
    page = ("---\ntitle: 52. spotkanie\ndate: 2013-02-19\n---\n\n"
            "#### Algorytmy genetyczne - [Anna Przykład](https://example.org/anna)\n"
            "* Prezentacja: [Algorytmy](https://example.org/algorytmy.pptx)\n"
            "* Wideo: [https://www.youtube.com/watch?v=Ab3dE_gH1jK]"
            "(https://www.youtube.com/watch?v=Ab3dE_gH1jK)\n")
    event = read_event(page)
    assert [(t.title, t.slides) for t in event.talks] == [
        ("Algorytmy genetyczne", "https://example.org/algorytmy.pptx")]
    recordings = [*event.replays, *(t.video for t in event.talks if t.video)]
    assert recordings == ["https://www.youtube.com/watch?v=Ab3dE_gH1jK"]


def test_watch_again_in_french_before_a_video_link_is_the_replay() -> None:
    page = ("---\ntitle: Rétro du meetup\ndate: 2018-11-06\n---\n\nUne belle soirée.\n\n"
            "Que vous pouvez revoir en version longue sur <a href=\"https://www.youtube.com/"
            "watch?v=Ab3dE_gH1jK\">notre chaîne</a>\n")
    assert read_event(page).replays == ["https://www.youtube.com/watch?v=Ab3dE_gH1jK"]


def test_videos_in_portuguese_before_a_playlist_is_the_replay() -> None:
    page = ("---\ntitle: Vídeos do encontro\ndate: 2017-07-31\n---\n\nAlém de fotos, "
            "[gravamos vídeos das\npalestras]"
            "(https://www.youtube.com/playlist?list=PLx0Ab3dE_gH1jK), "
            "que você pode conferir a seguir.\n")
    assert read_event(page).replays == ["https://www.youtube.com/playlist?list=PLx0Ab3dE_gH1jK"]
