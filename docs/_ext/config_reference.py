"""``meetup-config-reference``: the config reference, generated from ``MeetupConfig``.

Generated so the documentation cannot drift from the code: every ``meetup_*`` value
with its default and help text.
"""

from __future__ import annotations

import dataclasses as dc

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from sphinx_meetup.config import MeetupConfig


class ConfigReference(SphinxDirective):
    def run(self) -> list[nodes.Node]:
        items = nodes.definition_list()
        for field in dc.fields(MeetupConfig):
            if field.metadata.get("internal"):
                continue
            default = field.default if field.default is not dc.MISSING else field.default_factory()
            term = nodes.term()
            term += nodes.literal(f"meetup_{field.name}", f"meetup_{field.name}")
            term += nodes.Text(f"  (default: {default!r})")
            definition = nodes.definition()
            self.state.nested_parse(
                self._lines(field.metadata["help"]), self.content_offset, definition
            )
            items += nodes.definition_list_item("", term, definition)
        return [items]

    @staticmethod
    def _lines(text: str):
        from docutils.statemachine import StringList

        return StringList([text], source="sphinx_meetup/config.py")


def setup(app):
    app.add_directive("meetup-config-reference", ConfigReference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
