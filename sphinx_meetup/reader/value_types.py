"""The types the reader asks front-matter values to be (``isinstance``), each made once.

``isinstance(value, str | int | float)`` builds the union ``str | int | float`` again
each time it runs - some 2,500 instructions, three times the question it is for (33 such
questions a corpus page); a union made once, named here, costs what a tuple does.
"""

from __future__ import annotations

import datetime as dt

#: a value written as text or a bare number (a ``bool`` is an ``int``: asked apart)
SCALAR = str | int | float
#: a value a theme writes as text or a bare number, never a fraction (``vimeo: 123``)
STR_OR_INT = str | int
#: a person written as a name or a map of their fields
STR_OR_MAP = str | dict
#: a value that is no text: a flag, a map or a list
NOT_TEXT = bool | dict | list
#: a value a ``draft`` flag is written as (``true``, ``1``)
FLAG = bool | int | float
#: a value a ``draft`` flag may be written as, text too (``"yes"``)
PLAIN = bool | int | float | str
#: scalars the front matter keeps as they are (``null`` aside): no text to clean
BOOL_OR_FLOAT = bool | float
#: a day or a clock time YAML or TOML read (a datetime is a date)
DAY_OR_CLOCK = dt.date | dt.time
#: a day a front-matter date was read as
DATE_VALUE = dt.datetime | dt.date
#: a clock a programme's time was read as
CLOCK_VALUE = dt.datetime | dt.time
#: a list of values (TOML and YAML give lists; tuples too, made by the reader)
SEQUENCE = list | tuple
