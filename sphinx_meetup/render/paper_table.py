"""The speakers on paper as the LaTeX writer meets them: a table's nodes (see
:func:`.print_layout.speaker_table`), registered by :mod:`.paper`."""

from __future__ import annotations

from typing import Any

from docutils import nodes

#: two speakers a row: photo, text, photo, text (the text columns share the rest); the
#: text is centred on the photo's height
_TEXT = r"m{\dimexpr 0.5\linewidth-2.7cm-3\tabcolsep\relax}"
SPEAKER_COLUMNS = f"m{{2.7cm}}{_TEXT}m{{2.7cm}}{_TEXT}"


class meetup_print_table(nodes.General, nodes.Element):  # noqa: N801 (docutils' style)
    """The speakers on paper: a ``longtable`` (it breaks across pages) written here, not
    by Sphinx's table machinery, whose cell boxes ignore the column widths given."""


class meetup_print_row(nodes.Element):  # noqa: N801
    """Two speakers."""


class meetup_print_cell(nodes.Element):  # noqa: N801
    """A photo, or a speaker's name, other names and designation."""


def visit_print_table(self: Any, node: meetup_print_table) -> None:
    self.body.append(f"\n\\begin{{longtable}}{{@{{}}{SPEAKER_COLUMNS}@{{}}}}\n")


def depart_print_table(self: Any, node: meetup_print_table) -> None:
    self.body.append("\\end{longtable}\n")


def visit_print_row(self: Any, node: meetup_print_row) -> None:
    pass


def depart_print_row(self: Any, node: meetup_print_row) -> None:
    self.body.append("\\tabularnewline[1ex]\n")


def visit_print_cell(self: Any, node: meetup_print_cell) -> None:
    if node.parent.index(node):
        self.body.append("&")


def depart_print_cell(self: Any, node: meetup_print_cell) -> None:
    self.body.append("%\n")
