"""Write ``sphinx_meetup/reader/data/given_names.txt`` from Faker's person data.

The reader tells a person's name from a title's words partly by knowledge: a Western name
is led by a given name (``Wolfgang Schell``, not ``Object Detection``). Faker (MIT
licence, https://github.com/joke2k/faker) keeps given names of some eighty locales; this
script folds them (case, accents) into one sorted word a line, once, by hand.

Only names of letters in a cased script are kept (Han and kana names are told by their
surnames, see ``reader/names.py``); a name that is also a common word of talk titles is
kept too - the rules that use the table want the whole shape, never the word alone.

Faker's lists are thin outside Europe and the Americas (``Avinash``, ``Okan``, ``Kirill``
in Latin letters are not in them). ``nomquamgender`` (MIT licence, Ian Van Buskirk,
https://github.com/ianvanbuskirk/nomquamgender) joins 36 name-gender sources; its names
that at least :data:`NQG_SOURCES` sources attest, :data:`NQG_COUNTS` times, of four letters
or more, are added - less every word a dictionary of the languages of the pages writes in
lower case (``the``, ``deep``, ``cloud``, ``vishal`` - a Dutch fish hall - are words of
titles as often as names). The dictionaries are Debian's word lists::

    pip install faker nomquamgender
    apt-get install wamerican wbrazilian wcatalan wdanish wdutch wfrench witalian \
        wngerman wnorwegian wportuguese wspanish wswedish
    python tools/given_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

from sphinx_meetup.reader.given_names import fold

OUT = Path(__file__).resolve().parents[1] / "sphinx_meetup" / "reader" / "data" / "given_names.txt"
_LETTERS = re.compile(r"^[^\W\d_]{2,}$")


def given_names() -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in dir(provider):
            if not attribute.startswith("first_names"):
                continue
            value = getattr(provider, attribute)
            if isinstance(value, dict | list | tuple | set | frozenset):
                names.update(value)
    return {fold(name) for name in names
            if _LETTERS.match(name) and any(char.isupper() for char in name)}


#: how many of nomquamgender's sources must attest a name, and how often in all
NQG_SOURCES, NQG_COUNTS = 8, 100
#: Debian's word lists of the languages the pages write in (``/usr/share/dict``)
DICTIONARIES = ("american-english", "brazilian", "catalan", "danish", "dutch", "french",
                "italian", "ngerman", "bokmaal", "nynorsk", "portuguese", "spanish", "swedish")
_LONG_LETTERS = re.compile(r"^[^\W\d_]{4,}$")


def common_words() -> set[str]:
    """Every word the dictionaries write in lower case, folded."""
    words: set[str] = set()
    for name in DICTIONARIES:
        with Path("/usr/share/dict", name).open(encoding="utf-8", errors="replace") as lines:
            words.update(fold(word.strip()) for word in lines if word[:1].islower())
    return words


def attested_names() -> set[str]:
    """nomquamgender's names that enough sources attest, no dictionary's words."""
    import json
    from importlib.metadata import distribution

    # (the file, not the package: importing it imports pandas)
    table = distribution("nomquamgender").locate_file("nomquamgender/name_data.json")
    data = json.loads(Path(str(table)).read_text("utf-8"))
    names = {fold(name) for name, (sources, counts, *_rest) in data.items()
             if sources >= NQG_SOURCES and counts >= NQG_COUNTS and _LONG_LETTERS.match(name)}
    return names - common_words()


def main() -> None:
    from importlib.metadata import version

    import faker

    names = sorted(given_names() | attested_names())
    header = (f"# given names folded (case, accents), one a line: {len(names)} names from\n"
              f"# the first-name lists of Faker {faker.VERSION} (MIT licence, (c) Daniele\n"
              "# Faraglia and contributors, https://github.com/joke2k/faker) and of\n"
              f"# nomquamgender {version('nomquamgender')} (MIT licence, (c) 2022 Ian Van "
              "Buskirk);\n"
              "# made by tools/given_names.py; the licences: LICENSE.faker.txt and\n"
              "# LICENSE.nomquamgender.txt beside this file\n")
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
