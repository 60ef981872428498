"""The speaker and event indices are written when they change, as documents are.

Sphinx's HTML builders write every domain index on every build; documents are written
only when outdated. An incremental build of a 1,000-event site spent 0.6 s rendering an
unchanged speaker index of 6,000 people again. So an index of the ``meetup`` domain is
written, like a document, when its file is missing, or when a digest of what it shows -
its entries, the context every page shares (its links to the indices, "last updated")
and what the speaker pages' record also stamps (configuration, tags, newest template,
output folder) - differs from the one this builder kept when it wrote it. Other
domains' indices are Sphinx's business and are written as always.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder

from ..version import __version__
from .domain import MeetupDomain
from .rebuild_records import build_stamp, load_record, save_record

#: the digest of each index as the builder last wrote it, beside the doctrees (not
#: published; one per builder, as ``html`` and ``dirhtml`` may share the doctrees)
RECORD = "meetup-indices.{builder}.json"


def setup_index_pages(app: Sphinx) -> None:
    app.connect("builder-inited", _write_changed_indices_only)


def _write_changed_indices_only(app: Sphinx) -> None:
    builder = app.builder
    if not isinstance(builder, StandaloneHTMLBuilder):
        return
    write_every_index = builder.write_domain_indices
    record = Path(app.doctreedir) / RECORD.format(builder=builder.name)

    def write_domain_indices() -> None:
        kept = load_record(record)
        digests: dict[str, str] = {}
        every_index = builder.domain_indices
        wanted = []
        shared = None
        for entry in every_index:
            name = entry[0]
            if not name.startswith(f"{MeetupDomain.name}-"):
                wanted.append(entry)
                continue
            if shared is None:  # once for both indices
                shared = _shared(builder)
            digests[name] = _digest(entry, shared)
            if kept.get(name) != digests[name] or not _written(builder, name):
                wanted.append(entry)
        builder.domain_indices = wanted
        try:
            write_every_index()
        finally:
            builder.domain_indices = every_index
        save_record(record, digests)

    builder.write_domain_indices = write_domain_indices  # type: ignore[method-assign]


def _shared(builder: StandaloneHTMLBuilder) -> str:
    """What both indices depend on besides their entries, as text: the context every
    page shares and the :func:`build_stamp`."""
    shared = {key: value for key, value in builder.globalcontext.items()
              if isinstance(value, str | int | float | bool | list | tuple | dict | None)}
    return _text([__version__, build_stamp(builder), shared])


def _digest(entry: tuple[Any, ...], shared: str) -> str:
    name, index_cls, content, collapse = entry
    text = _text([name, str(index_cls.localname), content, collapse])
    return hashlib.sha256(f"{shared}\n{text}".encode()).hexdigest()


def _text(value: Any) -> str:
    # ``str``: Sphinx's CSS and script entries say what they hold; an object that shows
    # only its address makes every digest new, and the index is written each build
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def _written(builder: StandaloneHTMLBuilder, name: str) -> bool:
    return Path(builder.get_outfilename(name)).is_file()
