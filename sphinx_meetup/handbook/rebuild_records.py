"""Small JSON records kept beside the doctrees, so a rebuild redoes only what changed.

Losing one is harmless (the next build makes everything again), so a record that cannot
be read is empty and one that cannot be written is an info line, not a warning.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sphinx.util import logging

LOGGER = logging.getLogger(__name__)


def load_record(path: Path) -> dict[str, Any]:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def save_record(path: Path, record: dict[str, Any]) -> None:
    try:
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    except OSError as error:
        LOGGER.info("sphinx-meetup: cannot keep %s: %s", path.name, error)
