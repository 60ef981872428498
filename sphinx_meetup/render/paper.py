"""The print layout as Sphinx is given it: the post-transform, the LaTeX table's nodes.

The work is in :mod:`.print_layout`, imported when a LaTeX, text, Texinfo or manual page
builder writes a page: HTML builds (nearly all of them) never compile it. The table's
nodes and how the LaTeX writer writes them are in :mod:`.paper_table`.
"""

from __future__ import annotations

from typing import Any

from sphinx.transforms.post_transforms import SphinxPostTransform

from .paper_table import (
    depart_print_cell,
    depart_print_row,
    depart_print_table,
    meetup_print_cell,
    meetup_print_row,
    meetup_print_table,
    visit_print_cell,
    visit_print_row,
    visit_print_table,
)

#: the builders laid out for paper or plain text (not HTML, nor linkcheck, xml…)
PRINT_FORMATS = frozenset({"latex", "text", "texinfo", "man"})


class PrintLayout(SphinxPostTransform):
    """Lay events out for the LaTeX, text, Texinfo and manual page builders."""

    default_priority = 200  # after references (10) and listings are resolved

    @property
    def format(self) -> str:
        builder = getattr(self.env, "_builder_cls", None)  # Sphinx 8.1+; before: the app's
        return builder.format if builder is not None else self.app.builder.format

    def is_supported(self) -> bool:
        return self.format in PRINT_FORMATS

    def run(self, **kwargs: Any) -> None:
        from .print_layout import lay_out

        lay_out(self)


def setup_print_layout(app: Any) -> None:
    """The post-transform, and the nodes only the LaTeX writer meets."""
    app.add_post_transform(PrintLayout)
    app.add_node(meetup_print_table, latex=(visit_print_table, depart_print_table))
    app.add_node(meetup_print_row, latex=(visit_print_row, depart_print_row))
    app.add_node(meetup_print_cell, latex=(visit_print_cell, depart_print_cell))
