"""``python -m sphinx_meetup.cli``: the ``sphinx-meetup`` command without its script."""

from __future__ import annotations

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
