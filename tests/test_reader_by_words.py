"""``by`` in the languages of the pages: one vocabulary (``reader/by_words.py``) read by
every rule that reads a ``by``, a list that repeats ``Title by Name`` without a talks
heading, and the ``présenté par`` clause of a one-talk page."""

from __future__ import annotations

import pytest
from reader_support import read, talks

LIST = """The {month} night is back at the library, with a few things worth staying for:

1. {first} {by} Ana Ejemplo Ruiz
2. Arquitectura de repositorios {by} Bruno Muestra
3. Kotlin y sus componentes {by} Carla Prueba Díaz
4. La lista del currículum {by} Dora Modelo

## About the venue

Top floor, take the lift.
"""


@pytest.mark.parametrize("by", ["by", "por", "par", "von", "door"])
def test_a_list_repeating_title_by_full_name_is_the_programme(by: str) -> None:
    event = read(LIST.format(month="June", first="Desayuno", by=by), title="June")
    assert talks(event) == [
        ("Desayuno", ["Ana Ejemplo Ruiz"]),
        ("Arquitectura de repositorios", ["Bruno Muestra"]),
        ("Kotlin y sus componentes", ["Carla Prueba Díaz"]),
        ("La lista del currículum", ["Dora Modelo"]),
    ]


def test_two_by_items_are_no_programme() -> None:
    text = "News from the month:\n\n- A new book by Ana Ejemplo\n- A post by Bruno Muestra\n"
    text += "- The conference is in May\n"
    assert talks(read(text, title="March")) == []


def test_by_items_must_be_most_of_the_list() -> None:
    text = "".join(f"- {thing}\n" for thing in [
        "A new book by Ana Ejemplo", "A post by Bruno Muestra", "A video by Carla Prueba",
        "The conference is in May", "Tickets are out", "A hack day in June",
        "The newsletter moved"])
    assert talks(read("Links of the month:\n\n" + text, title="March")) == []


@pytest.mark.parametrize("word", ["sponsored by", "hosted by", "patrocinado por",
                                  "organizado por"])
def test_who_pays_or_hosts_gives_no_talk(word: str) -> None:
    text = "".join(f"- {thing} {word} {person}\n" for thing, person in [
        ("Pizza", "Ana Ejemplo"), ("Drinks", "Bruno Muestra"), ("Room", "Carla Prueba")])
    assert talks(read("Thanks:\n\n" + text, title="March")) == []


PRESENTED = """Le 17.05.22 à la Cantine (aussi en ligne), {clause}.

Une technique pour bâtir des systèmes de design à partir de composants simples, née
chez Exemple en 2013.{again}
"""


def _presented(clause: str, again: str = "") -> str:
    return PRESENTED.format(clause=clause, again=again)


@pytest.mark.parametrize(("clause", "people"), [
    ("présenté par Ana EJEMPLO", ["Ana EJEMPLO"]),  # a surname in capitals: a person
    ("présentée par Ana Ejemplo, fondatrice de Exemple / autrice", ["Ana Ejemplo"]),
    ("présenté par Ana Ejemplo <ana@example.com>", ["Ana Ejemplo"]),
    ("présenté par Ana EJEMPLO & Bruno MUESTRA", ["Ana EJEMPLO", "Bruno MUESTRA"]),
    ("presentado por Ana Ejemplo", ["Ana Ejemplo"]),
    ("präsentiert von Ana Beispiel", ["Ana Beispiel"]),
])
def test_a_presented_by_clause_gives_the_one_talk_page_its_speaker(
    clause: str, people: list[str]
) -> None:
    # a name in mixed case must be named again on the page (a group's is rarely)
    again = "" if people[0].isupper() or people[0].split()[-1].isupper() else (
        f" {people[0]} y a travaillé.")
    event = read(_presented(clause, again), title="Atomic Design")
    assert talks(event) == [("Atomic Design", people)]


@pytest.mark.parametrize("clause", [
    "This evening is proudly presented by Python Ireland",
    "un meetup proposé par Paris Rust",
    "les bières sont proposées par Brasserie Dupont",
    # mixed case, named once, no given name the reader knows: not enough (``Ana
    # Ejemplo``, led by a known given name, is a person - stop 35)
    "présenté par Studio Ejemplo",
])
def test_a_presented_by_clause_naming_a_group_or_once_gives_no_talk(clause: str) -> None:
    assert talks(read(_presented(clause), title="Atomic Design")) == []


@pytest.mark.parametrize("clause", [
    "animé par Ana Ejemplo",  # a host
    "représenté par un membre de la communauté",  # no name after it
    "présenté par la communauté",
])
def test_no_presenter_no_talk(clause: str) -> None:
    assert talks(read(_presented(clause), title="Atomic Design")) == []


def test_two_presenters_in_two_clauses_are_not_one_talk() -> None:
    text = _presented("présenté par Ana EJEMPLO") + (
        "\nLa suite, présentée par Bruno MUESTRA, parle de tests.\n")
    assert talks(read(text, title="Soirée")) == []


def test_pictographs_opening_the_page_title_are_not_the_talk_title() -> None:
    event = read(_presented("présenté par Ana EJEMPLO"), title="🤖 💬 Quelle ergonomie ?")
    assert talks(event) == [("Quelle ergonomie ?", ["Ana EJEMPLO"])]


@pytest.mark.parametrize(("topic", "speaker"), [
    ("Tema", "Ponente"), ("Título", "Conferencista"), ("Titolo", "Relatore"),
    ("Titel", "Vortragende"), ("Tittel", "Foredragsholder"), ("Ämne", "Föreläsare"),
    ("Tema", "Predavatelj"), ("Tema", "Palestrante"),
])
def test_topic_and_speaker_labels_in_more_languages(topic: str, speaker: str) -> None:
    event = read(f"{topic}: Pruebas sin dolor\n\n{speaker}: Ana Ejemplo\n", title="Noche")
    assert talks(event) == [("Pruebas sin dolor", ["Ana Ejemplo"])]


@pytest.mark.parametrize(("when", "where"), [
    ("Hora", "Lugar"), ("Horário", "Local"), ("Ora", "Luogo"), ("Wann", "Wo"),
    ("Wanneer", "Waar"), ("Quand", "Où"), ("Kdy", "Kje"),
])
def test_time_and_venue_labels_in_more_languages(when: str, where: str) -> None:
    event = read(f"- {when}: 18:30\n- {where}: Biblioteca Central, Calle Uno 5\n",
                 title="Noche")
    assert event.venue == "Biblioteca Central, Calle Uno 5"
    assert getattr(event.start, "hour", None) == 18


def test_a_talks_line_in_spanish_announces_the_list() -> None:
    text = ("Las pláticas serán:\n\n1. Pruebas sin dolor por Ana Ejemplo\n"
            "2. Colas al fin por Bruno Muestra\n3. Un editor nuevo\n")
    assert talks(read(text, title="Noche"))[:2] == [
        ("Pruebas sin dolor", ["Ana Ejemplo"]), ("Colas al fin", ["Bruno Muestra"])]


@pytest.mark.parametrize("sentence", [
    "Na naslednjem srečanju nam bo Ana Primer iz podjetja Primerko predstavila osnove.",
    "En esta ocasión Ana Ejemplo presentará su trabajo con Rust.",
    "Nesse encontro Ana Exemplo falará sobre testes.",
    "Questa volta Ana Esempio parlerà di Rust.",
    "Deze keer vertelt Ana Voorbeeld over Rust.",  # verb first: no reading
    "Tym razem Łucja Przykład opowie o testach.",
    "Ana Exempel berättar om Rust och tester.",
])
def test_prose_naming_who_presents_in_more_languages(sentence: str) -> None:
    event = read(sentence + "\n", title="Rust i tester")
    expected = [] if "vertelt Ana" in sentence else [("Rust i tester", [
        next(n for n in ("Ana Primer", "Ana Ejemplo", "Ana Exemplo", "Ana Esempio",
                         "Łucja Przykład", "Ana Exempel") if n in sentence)])]
    assert talks(event) == expected


def test_a_company_presenting_is_no_speaker() -> None:
    event = read("Ejemplo Systems presentará su producto.\n", title="Noche")
    assert talks(event) == []


@pytest.mark.parametrize("rows", [
    ["Git por Baixo dos Panos", "Kubernetes por Trás das Cortinas", "Python por Dentro"],
])
def test_por_opening_a_phrase_names_nobody(rows: list[str]) -> None:
    timed = "".join(f"- {19 + i}:00 {row}\n" for i, row in enumerate(rows))
    headed = "".join(f"### {row}\n\nTexto.\n\n" for row in rows)
    for body in ("## Palestras\n\n" + timed, "## Palestras\n\n" + headed,
                 "Noite:\n\n" + "".join(f"- {row}\n" for row in rows)):
        assert all(not people for _, people in talks(read(body, title="Noite")))


def test_a_reading_list_of_books_by_their_authors_is_no_programme() -> None:
    body = ("## Recommended reading\n\n- Clean Code by Robert Martin\n"
            "- Refactoring by Martin Fowler\n- The Pragmatic Programmer by Andrew Hunt\n")
    assert talks(read(body, title="Night")) == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Ana Ejemplo de Acme presentará su trabajo.", "Ana Ejemplo"),
    ("Python Valencia presentará su nueva web.", None),
])
def test_where_they_work_and_communities_in_prose(sentence: str, speaker: str | None) -> None:
    event = read(sentence + "\n", title="Rust y tests")
    assert talks(event) == ([("Rust y tests", [speaker])] if speaker else [])
