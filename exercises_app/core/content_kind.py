"""Which kind of content file a file is, from its ``format:`` line, for ``validate``.

A library starts with ``format: exercises-app-library`` and a programme with ``format:
exercises-app-programme``. A file that is neither (empty, only comments, a list, another format,
or no ``format:`` line) is refused with a message that says what the file is, what was expected
and how the two are told apart, instead of being checked as a library by default.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from .errors import ContentError
from .library import LIBRARY_FORMAT, OWN_FORMAT, PROGRAMME_FORMAT, kind_name
from .yamlsource import LineIndex, read_content_bytes, read_yaml

Kind = Literal["library", "programme", "own-exercises"]

EXPECTED = (f"a library (first line 'format: {LIBRARY_FORMAT}') "
            f"or a programme (first line 'format: {PROGRAMME_FORMAT}')")

#: Top-level keys that only one kind of file has, to name a file whose format line is missing.
_TELLTALE_KEYS: dict[str, Kind] = {"programme": "programme", "safety": "library"}


def read_content_file(path: Path) -> tuple[Kind, Any, LineIndex]:
    """Read ``path`` and tell its kind; raise ContentError saying what the file is when it is neither."""
    data, lines = read_yaml(path)
    return content_kind(data, lines, path), data, lines


def content_kind(data: Any, lines: LineIndex, path: Path) -> Kind:
    """The kind of a parsed file (see the module docstring); ContentError when it is neither."""
    name = str(path)
    if data is None:
        blank = not read_content_bytes(path).strip()
        what = "is empty" if blank else "holds only comments"
        raise ContentError.single(name, 1, f"the file {what}; expected {EXPECTED}")
    if not isinstance(data, dict):
        raise ContentError.single(
            name, lines.line(()),
            f"the file is {kind_name(data)}, not a mapping of keys to values; expected {EXPECTED}")
    if "format" not in data:
        guesses = sorted({kind for key, kind in _TELLTALE_KEYS.items() if key in data})
        if len(guesses) == 1:
            kind = guesses[0]
            key = next(key for key, value in _TELLTALE_KEYS.items() if value == kind and key in data)
            first = PROGRAMME_FORMAT if kind == "programme" else LIBRARY_FORMAT
            raise ContentError.single(
                name, lines.line(()),
                f"the 'format:' line is missing; this looks like a {kind} (it has '{key}:'), so its first "
                f"line should be 'format: {first}' (validate tells a library from a programme by it)")
        raise ContentError.single(name, lines.line(()), f"the 'format:' line is missing; expected {EXPECTED}")
    kind_line = data["format"]
    if kind_line == PROGRAMME_FORMAT:
        return "programme"
    if kind_line == LIBRARY_FORMAT:
        return "library"
    if kind_line == OWN_FORMAT:
        return "own-exercises"
    raise ContentError.single(name, lines.line(("format",)), f"format '{str(kind_line)[:60]}' is neither "
                                                               f"'{LIBRARY_FORMAT}' nor '{PROGRAMME_FORMAT}'")
