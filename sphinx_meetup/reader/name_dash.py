"""Sibling lines ``Ann Example - Title`` with no markup, read by their shared shape.

A spaced dash between a name and a title says nothing by itself: ``Title - Name`` is as
common as ``Name - Title``, and a dash is as often inside a title. What decides is the
run: consecutive one-line paragraphs (a list written without bullets), two or more,
*every one* of which opens with a person's full name, then a spaced dash, then words
that open as a title does (a capital, not a lower-case definition) and read as no name
and no job. Then the names are the speakers and the rest the titles. Lists are left to
the rules that want markup or a talks heading (a list of ``Term - definition`` reads
the same way: ``Object Detection - finding …``). Never in sections that hold no talks,
never a run another rule has read.

Pure: units and headers in, headers out.
"""

from __future__ import annotations

from collections.abc import Collection

from .blocks import Unit
from .confidence import SIBLING_SLOT
from .given_names import vouched_for
from .headers import Header, tidy_title
from .labels import Labels
from .names import is_organisation, looks_like_name, split_names
from .patterns import LazyPattern
from .slots import is_job

#: a name of two to four words, a spaced dash, the rest
_NAME_DASH = LazyPattern(
    r"^(?P<who>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){1,3})\s+[-–—]{1,2}\s+(?P<title>\S.*)$"
)
#: besides capitals, caseless letters and digits, what may open a title
_TITLE_MARKS = "\"'“‘«[(¿¡"
#: label roles whose words name a kind of session or section, never a person
_NOT_NAMES = ("talks_section", "not_talks_section", "event_section", "break", "talk_part")
#: a run of sibling lines: at least this many
_MIN_RUN = 2


def read(
    units: list[Unit], heads: list[Header], regions: list[str], known: Collection[str],
    labels: Labels,
) -> list[Header]:
    """Headers for the runs of sibling lines that all read ``Full Name - Title``."""
    read_at = {head.index for head in heads}
    added: list[Header] = []
    for run in _paragraph_runs(units, regions):
        if any(index in read_at for index in run):
            continue
        # every line must read so: the first that does not ends the run's reading (the
        # lines after it are not split for nothing)
        split: list[tuple[str, list]] = []
        for index in run:
            if (line := split_line(units[index].text, known, labels)) is None:
                break
            split.append(line)
        if len(split) < len(run):
            continue
        for index, found in zip(run, split, strict=True):
            title, names = found  # type: ignore[misc]
            why = (f"line {units[index].line}: full name, a dash, the title; "
                   f"{SIBLING_SLOT} ({len(run)} of {len(run)} lines)")
            added.append(Header(index, "line", title=title, own_only=True,
                                slot=(index, names, why)))
    return added


def split_line(text: str, known: Collection[str], labels: Labels) -> tuple[str, list] | None:
    """The title and the one person of a ``Full Name - Title`` line, else ``None``
    (a table's rows are read so too: :func:`.tables.table_rows`)."""
    match = _NAME_DASH.match(text)
    if match is None or not _opens_as_title(match["title"]):
        return None  # (``Object Detection - finding the boundaries``: a term, defined)
    names = split_names(match["who"], known)
    title = tidy_title(match["title"])
    if (len(names) != 1 or not title or is_organisation(names[0].name)
            or not looks_like_name(names[0].name, known, strict=True)
            or vouched_for(title, known) or is_job(title)):
        return None
    if looks_like_name(title, known) and not vouched_for(names[0].name, known):
        return None  # ``Cloud Native - Kubernetes Operators``: which side is who? neither
    # (asked last: the label words' pattern is compiled when a page first needs it)
    if labels.any_role("mention", _NOT_NAMES).search(match["who"]):
        return None  # ``Lightning Talks - Part 1``: the kind of a session, no one
    return title, names


def _opens_as_title(text: str) -> bool:
    """A title opens with a capital (or a letter of a script without case), a digit, a
    quote or a bracket; a definition goes on in lower case."""
    first = text[:1]
    return first.isdigit() or (first.isalpha() and not first.islower()) or (
        bool(first) and first in _TITLE_MARKS)


def _paragraph_runs(units: list[Unit], regions: list[str]) -> list[list[int]]:
    """Runs of consecutive paragraphs of one line each that have the shape (a list
    written without its bullets, one entry a paragraph; an image or a player between
    two of them ends the run), outside sections that hold no talks."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index, unit in enumerate(units):
        text = unit.text
        # (the shape needs a dash: substring tests before the pattern, which walks the
        # words of every paragraph that opens with a letter)
        alone = (unit.kind == "paragraph" and unit.first and regions[index] not in {
            "other", "inside"} and (index + 1 == len(units) or units[index + 1].block
                                    is not unit.block)
                 and ("-" in text or "–" in text or "—" in text)
                 and _NAME_DASH.match(text) is not None)
        if alone and (not run or run[-1] == index - 1):
            run.append(index)
            continue
        if len(run) >= _MIN_RUN:
            runs.append(run)
        run = [index] if alone else []
    if len(run) >= _MIN_RUN:
        runs.append(run)
    return runs
