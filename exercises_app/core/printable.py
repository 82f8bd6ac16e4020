"""Text from files made safe to write to a terminal: control and invisible characters escaped.

A key or value of a content file, or a file name, can hold an escape sequence (``ESC ] 0;…``
retitles a terminal, ``ESC [ 2 J`` clears it), a bidirectional override that reverses what
follows, or bytes that are not UTF-8. Every command-line message that quotes file content or a
file name goes through :func:`printable`, so the user sees ``\\x1b[2J`` instead of its effect.
"""
from __future__ import annotations

import unicodedata

#: Unicode categories escaped: controls, format characters (bidi overrides, zero-width),
#: surrogates (a file name's undecodable bytes) and the line and paragraph separators.
_ESCAPED_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` with every control or invisible character escaped (``\\x1b``, ``\\u202e``).

    Tab and line feed are kept, unless ``one_line`` (a message that must stay on one line).
    """
    kept = "\t" if one_line else "\t\n"
    if text.isprintable() and not one_line:
        return text
    return "".join(
        char if char in kept or unicodedata.category(char) not in _ESCAPED_CATEGORIES else _escape(char)
        for char in text
    )
