"""One warning type for the project, a documented subtype per kind of problem.

Every warning is ``meetup.<subtype>``: ``-W`` turns them into errors and
``suppress_warnings = ["meetup.image"]`` silences one kind.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from sphinx.util import logging

from .model import Problem

LOGGER = logging.getLogger(__name__)
WARNING_TYPE = "meetup"


class Subtype(StrEnum):
    """The kinds of problems, as documented in the reference."""

    FRONTMATTER = "frontmatter"
    DATE = "date"
    URL = "url"
    IMAGE = "image"
    ENCODING = "encoding"
    FILE = "file"
    PATH = "path"
    CONFIG = "config"
    STRAY_PAGE = "stray-page"
    HTML = "html"
    BODY = "body"
    REF = "ref"
    SPEAKER = "speaker"
    TALK = "talk"
    PROGRAMME = "programme"
    LATEX = "latex"


def warn(message: str, location: str | tuple[str, int | None] | None, subtype: str) -> None:
    """Log ``message`` as a ``meetup.<subtype>`` warning at ``location``."""
    LOGGER.warning(message, location=location, type=WARNING_TYPE, subtype=subtype)


def file_location(path: str | Path, line: int | None) -> str:
    """A location that names the event file itself (not the page that includes it).

    Always with a line: Sphinx takes a location without ``:`` for a docname.
    """
    return f"{path}:{line or 1}"


def report(problems: list[Problem], path: str | Path) -> None:
    """Log the reader's problems of the file at ``path``."""
    for problem in problems:
        warn(problem.message, file_location(path, problem.line), problem.subtype)
