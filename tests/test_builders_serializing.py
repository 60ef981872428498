"""``-b json`` and ``-b pickle`` on a site with events (issue 13, item 13).

The domain's index names are lazy translations; the JSON builder could not encode them
(``_TranslationProxy is not JSON serializable``) and stopped on any site with an event.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest


@pytest.mark.sphinx("json", testroot="zh", srcdir="zh-json", freshenv=True)
def test_json_build_writes_every_page_with_translated_index_names(app, warning) -> None:
    app.build()
    out = Path(app.outdir)
    page = json.loads((out / "index.fjson").read_text(encoding="utf-8"))
    names = {link[0]: link[1] for link in page["rellinks"]}
    assert names["meetup-speakerindex"] == "讲师索引", names
    assert names["meetup-eventindex"] == "历年活动", names
    assert "meetup-event" in page["body"]
    index = json.loads((out / "meetup-eventindex.fjson").read_text(encoding="utf-8"))
    assert index["indextitle"] == "历年活动"


@pytest.mark.sphinx("pickle", testroot="seed", srcdir="seed-pickle", freshenv=True)
def test_pickle_build_holds_plain_strings(app, warning) -> None:
    app.build()
    with (Path(app.outdir) / "index.fpickle").open("rb") as handle:
        page = pickle.load(handle)  # noqa: S301 - the build's own output
    names = [link[1] for link in page["rellinks"]]
    assert "Speaker Index" in names
    assert all(type(name) is str for name in names), [type(name) for name in names]
