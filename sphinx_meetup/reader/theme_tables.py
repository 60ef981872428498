"""A theme's own fields kept in Hugo's ``[params]`` table (Hugo's documented place for
any key of a theme's, ``params.event.name`` read by the template as ``.Params.event``).

A page of such a site writes ``[params.event] name = …, date = …`` where another writes
``event: {name, date}`` at the top; the reader reads them as if written there, unless
the top level names the same key (it wins). Zola's ``[extra]`` is read where it is
looked for (:func:`.fields` one level down, :func:`.programme.lift_extra`).
"""

from __future__ import annotations

from typing import Any

#: Hugo's table of a page's own parameters
TABLE = "params"


def lift(data: dict[str, Any], lines: dict[str, int]) -> None:
    """Copy each key of ``params`` to the top level of ``data`` where the top level lacks
    it, with the line the table gives it (or the table's own line)."""
    fields = data.get(TABLE)
    if not isinstance(fields, dict):
        return
    for key, value in fields.items():
        if not isinstance(key, str) or key in data or key == TABLE:
            continue
        data[key] = value
        line = lines.get(f"{TABLE}.{key}", lines.get(TABLE))
        if line is not None:
            lines.setdefault(key, line)
