"""Write ``sphinx_meetup/reader/data/given_names.txt`` from Faker's person data.

The reader tells a person's name from a title's words partly by knowledge: a Western name
is led by a given name (``Wolfgang Schell``, not ``Object Detection``). Faker (MIT
licence, https://github.com/joke2k/faker) keeps given names of some eighty locales; this
script folds them (case, accents) into one sorted word a line, once, by hand::

    pip install faker && python tools/given_names.py

Only names of letters in a cased script are kept (Han and kana names are told by their
surnames, see ``reader/names.py``); a name that is also a common word of talk titles is
kept too - the rules that use the table want the whole shape, never the word alone.
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


def main() -> None:
    import faker

    names = sorted(given_names())
    header = (f"# given names folded (case, accents), one a line: {len(names)} names from\n"
              f"# the first-name lists of Faker {faker.VERSION} (MIT licence, (c) Daniele\n"
              "# Faraglia and contributors, https://github.com/joke2k/faker);\n"
              "# made by tools/given_names.py; the licence: LICENSE.faker.txt beside this file\n")
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
