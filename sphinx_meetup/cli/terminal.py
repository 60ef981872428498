"""What the command line prints of an event file is text, never terminal commands.

A title holding ``\\x1b]0;…\\x07`` would retitle the terminal, ``\\x1b[2J`` clear it,
``\\x1b]8;;…`` plant a hidden link, and a bidi override reorder what is read; ``show``
and ``check`` print titles, names, locations and file names from event files, so every
escape sequence and control character is taken out (plain output) or escaped (JSON).
"""

from __future__ import annotations

import re

#: CSI (``ESC [`` or the 8-bit ``\x9b``) up to its final byte; OSC/DCS/PM/APC strings up
#: to their terminator; any other ``ESC`` with its intermediate and final bytes. Each
#: part is linear: a sequence cannot hold the character that starts the next one.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
#: C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: what JSON leaves raw inside strings (it escapes C0 itself; its newlines are layout)
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[\t\n\r\v\f]")


def plain(text: str) -> str:
    """``text`` for one line of a terminal: escape sequences and controls removed, line
    breaks and tabs as spaces."""
    if text.isprintable():
        return text
    return _CONTROLS.sub("", _SPACES.sub(" ", _ESCAPES.sub("", text)))


def json_text(text: str) -> str:
    """Dumped JSON with what ``json.dumps(ensure_ascii=False)`` leaves raw (DEL, C1
    controls, bidi controls) written as ``\\uXXXX`` escapes: the same data, inert."""
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match[0]):04x}", text)
