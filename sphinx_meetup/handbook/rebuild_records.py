"""Small JSON records kept beside the doctrees, so a rebuild redoes only what changed.

Losing one is harmless (the next build makes everything again), so a record that cannot
be read is empty and one that cannot be written is an info line, not a warning.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from sphinx.util import logging

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders.html import StandaloneHTMLBuilder

LOGGER = logging.getLogger(__name__)
#: each builder's :func:`build_stamp` for the build it is in
_STAMPS: WeakKeyDictionary[Any, str] = WeakKeyDictionary()


def load_record(path: Path) -> dict[str, Any]:
    """The record kept at ``path``: JSON, or a pickle for a ``.pickle`` file (records of
    text for every event: at 1,000 events reading the 5.7 MB JSON of ``events.json``'s
    entries took 60 ms, their pickle 2 ms), trusted as Sphinx trusts the pickled
    environment beside them."""
    try:
        if path.suffix == ".pickle":
            with path.open("rb") as handle:
                record = pickle.load(handle)  # noqa: S301 - the build's own file
        else:
            record = json.loads(path.read_text(encoding="utf-8"))
    except Exception:  # missing, damaged, or pickled by another Python: made again
        return {}
    return record if isinstance(record, dict) else {}


def save_record(path: Path, record: dict[str, Any]) -> None:
    try:
        if path.suffix == ".pickle":
            with path.open("wb") as handle:
                pickle.dump(record, handle, protocol=pickle.HIGHEST_PROTOCOL)
        else:
            path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    except OSError as error:
        LOGGER.info("sphinx-meetup: cannot keep %s: %s", path.name, error)


def build_stamp(builder: StandaloneHTMLBuilder) -> str:
    """What every page an HTML builder writes depends on besides its own content: the
    configuration, the tags, the newest template and the output folder (Sphinx's own
    test for writing documents again, with the folder, as doctrees may be shared).

    Worked out once a build (the index pages, the speaker pages and the exports each
    ask; finding the newest template walks every template folder of the theme), and
    again in the next one (:func:`forget_build_stamp`), as templates may change."""
    stamp = _STAMPS.get(builder)
    if stamp is None:
        info = builder.build_info
        templates = builder.templates.newest_template_mtime() if builder.templates else 0
        stamp = _STAMPS[builder] = (
            f"{info.config_hash}:{info.tags_hash}:{templates}:{builder.outdir}")
    return stamp


def forget_build_stamp(app: Sphinx, *args: Any) -> None:
    """At the start of a build (``env-before-read-docs``): its stamp is worked out anew."""
    _STAMPS.pop(app.builder, None)
