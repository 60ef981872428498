"""Message catalogs of sphinx-meetup (``sphinx_meetup.po``/``.mo`` per language)."""

from __future__ import annotations

from pathlib import Path

from sphinx.locale import get_translation

CATALOG = "sphinx_meetup"
LOCALE_DIR = Path(__file__).parent

#: translate a label at render time, in the project's ``language``
_ = get_translation(CATALOG)
