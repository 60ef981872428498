"""Typed configuration: every ``meetup_*`` value declared once, checked once.

Each field of :class:`MeetupConfig` is registered as the flat Sphinx config value
``meetup_<name>``; it is validated at ``config-inited`` (a bad value is a warning and
the default is used) and read back with :func:`get_config`.
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .sandbox import Sandbox, widened
from .warnings_ import warn

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

    from .reader.labels import Labels

#: the parts of an event, in their default order
PARTS = ("header", "speakers", "agenda", "replay", "body")
#: what the exports write (see docs/exports.md)
EXPORTS = ("ics", "jsonld", "opengraph", "atom", "json")


def _check_today(value: Any) -> None:
    if value is not None:
        dt.date.fromisoformat(str(value))


def _check_timezone(value: Any) -> None:
    if value is not None:
        from .reader.dates import zone  # the reader's dates module: only when a zone is set

        zone(value)


def _check_strings(value: Any) -> None:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise TypeError("expected a list of strings")


def _check_optional_string(value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError("expected a path (a string) or None")


def _check_choices(allowed: tuple[str, ...], what: str) -> Callable[[Any], None]:
    """A check for a list of strings, each one of ``allowed``."""

    def check(value: Any) -> None:
        _check_strings(value)
        unknown = [name for name in value if name not in allowed]
        if unknown:
            raise ValueError(f"unknown {what} {unknown}; choose from {list(allowed)}")

    return check


_check_parts = _check_choices(PARTS, "parts")
_check_exports = _check_choices(EXPORTS, "exports")


def _check_labels(value: Any) -> None:
    if not isinstance(value, dict):
        raise TypeError("expected a dict of role -> list of words")
    if value:
        from .reader.labels import DEFAULT_LABELS  # the roles: only for a site's own words
    for role, words in value.items():
        if role not in DEFAULT_LABELS:
            raise ValueError(f"unknown role {role!r}; choose from {sorted(DEFAULT_LABELS)}")
        _check_strings(words)


def _check_bool(value: Any) -> None:
    if not isinstance(value, bool):
        raise TypeError("expected True or False")


def _check_folder(value: Any) -> None:
    """A folder inside the source folder, written with ``/``: no ``..``, not absolute."""
    if value is None:
        return
    if not isinstance(value, str) or not value.strip("/ "):
        raise TypeError("expected a folder name relative to the source folder")
    parts = Path(value).parts
    if Path(value).is_absolute() or ".." in parts:
        raise ValueError(f"{value!r} must stay inside the source folder (no '..', not absolute)")


# frozen, without a generated ``__eq__`` or ``__repr__`` (nothing compares or prints a
# configuration; Python 3.11 compiles each generated method at import)
@dc.dataclass(frozen=True, eq=False, repr=False)
class MeetupConfig:
    """The configuration of sphinx-meetup (``meetup_*`` in ``conf.py``)."""

    today: str | None = dc.field(
        default=None,
        metadata={
            "check": _check_today,
            "help": "The day builds treat as today (ISO date), deciding what is upcoming. "
            "Default: ``SOURCE_DATE_EPOCH`` if set, else the build day.",
        },
    )
    timezone: str | None = dc.field(
        default=None,
        metadata={
            "check": _check_timezone,
            "help": "The site's IANA time zone (``Asia/Shanghai``), for event times "
            "written without an offset (or in UTC); an event's own ``timezone``, or the "
            "offset its date is written with, is kept, since attendees need the local "
            "time. Default: times as written.",
        },
    )
    image_dirs: list[str] = dc.field(
        default_factory=list,
        metadata={
            "check": _check_strings,
            "help": "Folders (relative to ``conf.py``) where photos are looked up after the "
            "event file's folder, such as a Hugo site's ``static/``.",
        },
    )
    parts: list[str] = dc.field(
        default_factory=lambda: list(PARTS),
        metadata={
            "check": _check_parts,
            "help": "The parts ``meetup-event`` renders, in order, when ``:parts:`` is not "
            "given.",
        },
    )
    labels: dict[str, list[str]] = dc.field(
        default_factory=dict,
        metadata={
            "check": _check_labels,
            "help": "Extra label words per role (``speaker``, ``time``, ``venue``, ``fee``, "
            "``replay``, ``not_replay``, ``slides``, ``talks_section``, ``not_talks_section``, "
            "``break``, ``practical``, ``group``, …), "
            "tried before the built-in Chinese and English words.",
        },
    )

    show_drafts: bool = dc.field(
        default=False,
        metadata={
            "check": _check_bool,
            "help": "List events whose front matter says ``draft: true`` (in ``meetup-events``, "
            "the indices, speaker pages and the pages of ``meetup_events_dir``). Default: "
            "drafts are left out, as Hugo does.",
        },
    )
    events_dir: str | None = dc.field(
        default=None,
        metadata={
            "check": _check_folder,
            "help": "A folder of event files (relative to the source folder), such as a Hugo "
            "``content/event/`` copied as it is: one page per event is generated (``_index.md`` "
            "is skipped) and the folder is excluded from the ordinary pages, so no per-event "
            "page and no ``exclude_patterns`` entry has to be written.",
        },
    )
    pages_dir: str | None = dc.field(
        default=None,
        metadata={
            "check": _check_folder,
            "help": "The folder (relative to the source folder) where sphinx-meetup writes the "
            "pages it generates: an events index, one page per year, per speaker, and per "
            "event of ``meetup_events_dir``. Default: ``meetup`` when ``meetup_events_dir`` "
            "is set, else no pages are generated. Add it to ``.gitignore``.",
        },
    )

    speakers: str | None = dc.field(
        default=None,
        metadata={
            "check": _check_optional_string,
            "help": "A speaker registry (YAML, TOML or JSON, relative to ``conf.py``): "
            "people with ``name``, ``aliases``, ``photo``, ``designation``, ``links``. "
            "Names and aliases join one person across all events of the site (a talk that "
            "calls 靳文祥 by his nickname 贾岛 links to his card); photos are relative to "
            "the registry file.",
        },
    )
    authors_dirs: list[str] = dc.field(
        default_factory=list,
        metadata={
            "check": _check_strings,
            "help": "Hugo Blox author-profile folders (``content/authors``, relative to "
            "``conf.py``) that ``authors:`` in event pages name. Default: found by walking "
            "up from each event page to its ``content/`` folder.",
        },
    )

    exports: list[str] = dc.field(
        default_factory=lambda: list(EXPORTS),
        metadata={
            "check": _check_exports,
            "help": "What HTML builds export: ``ics`` (``events.ics`` and a calendar per "
            "event), ``jsonld`` (schema.org ``Event`` in each event page's head), "
            "``opengraph`` (``og:*`` tags), ``atom`` (``events.atom``, needs "
            "``html_baseurl``), ``json`` (``events.json``). Default: all of them.",
        },
    )
    ics_talks: bool = dc.field(
        default=True,
        metadata={
            "check": _check_bool,
            "help": "Calendars also get one entry per talk whose time the agenda gives, "
            "besides the entry of the event.",
        },
    )

    download_photos: bool = dc.field(
        default=False,
        metadata={
            "check": _check_bool,
            "help": "Let builders that must embed pictures (LaTeX, ePub, Texinfo) download "
            "remote photos event files name, during the build. Default: no network access - "
            "those builders show the speaker without the photo, with one info line.",
        },
    )
    read_cache: bool = dc.field(
        default=True,
        metadata={
            "check": _check_bool,
            "help": "Keep what each event file was read as in ``.meetup-cache`` beside the "
            "output folder (``_build/.meetup-cache``), so a full build reads only the files "
            "that changed; an entry is used only for the same bytes, options and "
            "sphinx-meetup. The calendars' and ``events.json``'s texts are kept there "
            "too (``exports/``). ``False``: every build reads every file (and the texts "
            "are kept beside the doctrees).",
        },
    )
    unsafe_body_allow: list[str] = dc.field(
        default_factory=list,
        metadata={
            "check": _check_strings,
            "help": "UNSAFE: roles, directives and MyST syntax (``math``, ``substitution``, "
            "``eval-rst``, ``front-matter``) the body of an event file may use besides the "
            "allow-list, or ``[\"*\"]`` for all of them. Only for a site whose every event "
            "author may run code on the build machine and write into its pages.",
        },
    )

    #: ``image_dirs`` made absolute against the folder of ``conf.py`` (not a config value)
    image_roots: tuple[Path, ...] = dc.field(default=(), metadata={"internal": True})
    #: ``speakers`` and ``authors_dirs`` made absolute the same way
    speakers_file: Path | None = dc.field(default=None, metadata={"internal": True})
    authors_roots: tuple[Path, ...] = dc.field(default=(), metadata={"internal": True})

    @cached_property
    def reader_labels(self) -> Labels | None:
        """The label words the reader uses, with the site's own first; ``None`` for a
        site without its own (the reader's defaults: a build whose events come from the
        read cache then never imports the label words, nor writes all of them into each
        event's cache key - the reader's code, labels included, is in that key already)."""
        if not self.labels:
            return None
        from .reader.labels import Labels

        return Labels.extended(self.labels)

    @cached_property
    def sandbox(self) -> Sandbox:
        """What the body of an event file may use (the allow-list, widened)."""
        return widened(self.unsafe_body_allow)

    def today_date(self) -> dt.date:
        """The day against which events are upcoming or past."""
        if self.today:
            return dt.date.fromisoformat(self.today)
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if epoch and epoch.strip().isdigit():
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
        return dt.date.today()


_TYPES: dict[type, tuple[type, ...]] = {list: (list, tuple), dict: (dict,), bool: (bool,)}


def setup_config(app: Sphinx) -> None:
    """Register every field as ``meetup_<name>`` and validate them at config-inited."""
    for item in _public_fields():
        default = item.default if item.default is not dc.MISSING else item.default_factory()
        app.add_config_value(
            f"meetup_{item.name}",
            default,
            "env",
            types=_TYPES.get(type(default), (str, type(None))),
            description=item.metadata["help"],
        )
    app.connect("config-inited", _validate)


def _validate(app: Sphinx, config: Config) -> None:
    values: dict[str, Any] = {}
    for item in _public_fields():
        value = getattr(config, f"meetup_{item.name}")
        try:
            item.metadata["check"](value)
        except (TypeError, ValueError) as error:
            warn(f"meetup_{item.name}: {error}; the default is used", None, "config")
            continue
        values[item.name] = value
    image_dirs = values.get("image_dirs", [])
    values["image_roots"] = tuple(Path(app.confdir, folder) for folder in image_dirs)
    values["authors_roots"] = tuple(Path(app.confdir, d) for d in values.get("authors_dirs", []))
    if values.get("speakers"):
        values["speakers_file"] = Path(app.confdir, values["speakers"])
    config._meetup = MeetupConfig(**values)  # type: ignore[attr-defined]


def _public_fields() -> list[dc.Field[Any]]:
    return [item for item in dc.fields(MeetupConfig) if not item.metadata.get("internal")]


def get_config(source: Config | BuildEnvironment) -> MeetupConfig:
    """The validated configuration, from a Sphinx config or environment."""
    config = getattr(source, "config", source)
    return getattr(config, "_meetup", None) or MeetupConfig()
