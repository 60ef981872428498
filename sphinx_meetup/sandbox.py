"""What the body of an event file may use: an explicit allow-list.

Event files come from copied sites and from contributors' pull requests, so their body
is rendered with a fixed, small part of MyST - not with everything ``conf.py`` enables
for the site's own pages. Allowed are the roles and directives that only lay out text
and pictures: none of them runs code, writes raw output, reaches the page head, prints
raw TeX, reads a file or adds to the site (navigation, indices, ``objects.inv``).
Everything else is refused where it stands: the author's text is shown as text and a
``meetup.body`` warning names its line. ``meetup_unsafe_body_allow`` widens the list for
a site that trusts its authors (see ``docs/reference.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: directives that lay out text and pictures, and nothing else (images and links they
#: make are checked like every other image and link of the body)
ALLOWED_DIRECTIVES = frozenset({
    # admonitions and text blocks (docutils, Sphinx)
    "admonition", "attention", "caution", "danger", "error", "hint", "important", "note",
    "tip", "warning", "seealso", "topic", "sidebar", "rubric", "epigraph", "highlights",
    "pull-quote", "compound", "container", "line-block", "parsed-literal", "centered",
    "hlist",
    # code, pictures, tables (csv-table without :file: or :url:)
    "code", "code-block", "sourcecode", "image", "figure", "table", "list-table",
    "csv-table",
    # sphinx-design layout (button-link's URL is checked like any link)
    "grid", "grid-item", "grid-item-card", "card", "card-header", "card-footer",
    "card-carousel", "tab-set", "tab-item", "tab-set-code", "dropdown", "button-link",
    "div", "accordion", "aside", "steps", "step",
})

#: roles that style a few words (``rfc``/``pep`` and link badges make checked links)
ALLOWED_ROLES = frozenset({
    "emphasis", "strong", "literal", "code", "subscript", "sub", "superscript", "sup",
    "title-reference", "title", "t", "abbreviation", "ab", "acronym", "ac", "abbr",
    "command", "dfn", "file", "guilabel", "kbd", "mailheader", "makevar", "menuselection",
    "mimetype", "newsgroup", "program", "regexp", "samp", "rfc", "pep",
    # sphinx-design icons that are CSS classes only
    "fa", "fas", "fab", "far",
})

#: sphinx-design badges: ``bdg-<colour>``, ``bdg-<colour>-line``, ``bdg-link-<colour>``
#: (``bdg-ref-*`` refers into the site, and is refused like every cross-reference)
_BADGE = re.compile(r"^bdg-(?:link-)?[a-z]+(?:-line)?$")

#: icon roles that write an SVG into the page: allowed only with arguments checked here,
#: as sphinx-design writes the third field (classes) into the SVG unescaped
ICON_ROLES = frozenset({
    "octicon", "material-regular", "material-outlined", "material-round", "material-sharp",
    "material-twotone",
})
_ICON_ARGUMENT = re.compile(
    r"^[a-z0-9][a-z0-9_-]{0,60}(?:;(?:\d{1,4}(?:\.\d{1,3})?(?:px|em|rem))?"
    r"(?:;[A-Za-z0-9_ -]{0,120})?)?$"
)

#: never allowed, whatever ``meetup_unsafe_body_allow`` says: they write the author's
#: text into the output unescaped or read files (nothing from an event file becomes
#: ``nodes.raw``; every path an event names stays in the project)
NEVER = frozenset({"raw", "include", "literalinclude"})

#: MyST syntax refused besides roles and directives: ``eval-rst`` fences, ``{{ }}``
#: substitutions (a template engine), ``$``-math and ``amsmath`` (raw TeX), front matter
#: inside the body (``html_meta``, substitutions)
SYNTAX = frozenset({"eval-rst", "substitution", "math", "front-matter"})


@dataclass(frozen=True, eq=False, repr=False)  # nothing compares or prints one
class Sandbox:
    """The allow-list a body is rendered with: the defaults plus ``widened``."""

    #: names from ``meetup_unsafe_body_allow`` (``"*"``: all but :data:`NEVER`)
    widened: frozenset[str] = frozenset()

    @property
    def everything(self) -> bool:
        return "*" in self.widened

    def directive(self, name: str) -> bool:
        """Whether the directive ``name`` may run in a body."""
        name = name.strip().lower()
        if name in NEVER:
            return False
        return name in ALLOWED_DIRECTIVES or name in self.widened or self.everything

    def role(self, name: str, text: str) -> str | None:
        """Why the role ``name`` with ``text`` may not run, or ``None`` if it may."""
        name = name.strip().lower()
        if name in NEVER:
            return f"the {name!r} role is never allowed in an event body"
        if name in self.widened or self.everything:
            return None
        if name in ICON_ROLES:
            if _ICON_ARGUMENT.match(text.strip()):
                return None
            return (f"the {name!r} role takes 'name;height;classes' (letters, digits, '-', "
                    "'_' and spaces only) in an event body")
        if name in ALLOWED_ROLES or (_BADGE.match(name) and not name.startswith("bdg-ref")):
            return None
        return f"the {name!r} role is not allowed in an event body"

    def syntax(self, name: str) -> bool:
        """Whether the MyST syntax ``name`` (one of :data:`SYNTAX`) may be used."""
        return name in self.widened or self.everything


def widened(names: list[str] | tuple[str, ...]) -> Sandbox:
    """The sandbox of a site that allows ``names`` too."""
    return Sandbox(frozenset(name.strip().lower() for name in names))
