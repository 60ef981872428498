"""Documentation of sphinx-meetup, built with sphinx-meetup itself (and ``-W``)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

from sphinx_meetup import __version__

project = "sphinx-meetup"
author = "sphinx-meetup contributors"
copyright = "2026, sphinx-meetup contributors"
# ePub requires a version (Read the Docs builds the ePub with fail_on_warning)
release = __version__
version = ".".join(__version__.split(".")[:2])

extensions = ["sphinx_meetup", "config_reference"]
exclude_patterns = ["_build", "events"]
html_theme = "alabaster"
html_theme_options = {"page_width": "1100px", "sidebar_width": "220px"}
html_title = "sphinx-meetup"
# absolute URLs for the calendar, the feed and structured data (Read the Docs sets its own)
html_baseurl = "https://sphinx-meetup.readthedocs.io/en/latest/"
myst_enable_extensions = ["colon_fence"]
meetup_speakers = "speakers.yaml"
meetup_pages_dir = "meetup"  # generated: the archive, years and speaker pages
latex_engine = "xelatex"
latex_elements = {
    "fontpkg": r"\usepackage{xeCJK}\setCJKmainfont{Noto Serif CJK SC}"
    # ≤ and ≥ (the performance figures) are not in Latin Modern: set them in Noto
    r'\xeCJKDeclareCharClass{CJK}{"2264,"2265}',
}
