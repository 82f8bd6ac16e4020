"""Read YAML safely while remembering the line of every value, for precise error messages.

Only the constructs of ``yaml.safe_load`` are accepted (the same SafeLoader does the work);
anchors/aliases, duplicate keys and oversized files are refused because content files never
need them and they hide mistakes.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, Problem
from .limits import CONTROL_CHARACTERS, control_character_problem

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


# The base is chosen at run time (the C loader when PyYAML was built with it), so mypy cannot see it.
class ContentLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader that keeps dates as text: the content checkers parse them and report bad ones
    with their line (PyYAML raises a bare ValueError, with no position, for 2026-02-30)."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML's own class attribute, never mutated
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }

#: No number in a content file needs more than a few digits; 4096 bits is about 1,200 digits
#: (Python will not print an integer of more than 4,300 digits, and hexadecimal ones are read without limit).
MAX_INT_BITS = 4096


def _checked_scalar(construct: Any) -> Any:
    """Wrap a PyYAML scalar constructor so that a value it cannot read is a YAML error on its line.

    PyYAML's own constructors raise a bare KeyError (``!!bool maybe``), IndexError (``!!int ''``),
    AttributeError (``!!timestamp hello``) or ValueError, with no position.
    """

    def construct_checked(loader: Any, node: yaml.Node) -> Any:
        kind = node.tag.rsplit(":", 1)[-1]
        try:
            value = construct(loader, node)
        except (ValueError, KeyError, IndexError, AttributeError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"'{str(node.value)[:40]}' is not a valid {kind}", node.start_mark) from exc
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
            raise yaml.constructor.ConstructorError(
                None, None, f"the number {str(node.value)[:20]}... is far too large", node.start_mark)
        return value

    return construct_checked


for _kind in ("bool", "int", "float", "timestamp"):
    ContentLoader.add_constructor(f"tag:yaml.org,2002:{_kind}",
                                  _checked_scalar(getattr(yaml.constructor.SafeConstructor, f"construct_yaml_{_kind}")))

#: Content files are a few hundred kilobytes; anything far larger is not one of ours.
MAX_FILE_BYTES = 5 * 1024 * 1024

PathKey = tuple[str | int, ...]


class LineIndex:
    """Maps a path inside the document, such as ``("exercises", 2, "dose")``, to its line."""

    def __init__(self) -> None:
        self._lines: dict[PathKey, int] = {}
        self._key_lines: dict[PathKey, int] = {}

    def record(self, path: PathKey, line: int, key_line: int | None = None) -> None:
        self._lines[path] = line
        if key_line is not None:
            self._key_lines[path] = key_line

    def line(self, path: PathKey) -> int:
        """Line of the value at ``path``, or of the nearest enclosing value that exists."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return self._lines.get((), 1)

    def key_line(self, path: PathKey) -> int:
        """Line of the mapping key that introduces ``path`` (falls back to the value's line)."""
        return self._key_lines.get(path, self.line(path))


def read_yaml(path: Path) -> tuple[Any, LineIndex]:
    """Load a YAML file with ``SafeLoader`` and index its lines; raise ContentError on any problem."""
    raw = read_content_bytes(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError.single(str(path), line, "the file is not valid UTF-8 text") from exc
    return parse_yaml(text, str(path))


def _special_kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in plain words (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def read_content_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a content file (library or programme), refusing anything but a regular file of
    at most ``limit`` bytes; raise ContentError (line 1) otherwise.

    A named pipe, a device or a folder is refused from its ``stat`` before it is opened (opening a
    pipe with no writer would block, and ``/dev/zero`` never ends); the size is checked before
    reading, and no more than ``limit + 1`` bytes are read in case the file grows meanwhile.
    """
    name = str(path)

    def refuse(message: str) -> ContentError:
        return ContentError.single(name, 1, message)

    try:
        kind = _special_kind(os.stat(path).st_mode)
        if kind is not None:
            raise refuse(f"this is not a regular file (it is {kind}); give a .yaml file")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise refuse(f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        kind = _special_kind(info.st_mode)  # replaced between stat and open
        if kind is not None:
            raise refuse(f"this is not a regular file (it is {kind}); give a .yaml file")
        if info.st_size > limit:
            raise refuse(f"the file is too large ({info.st_size} bytes; at most {limit})")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise refuse(f"cannot read the file: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if size > limit:
        raise refuse(f"the file is too large (more than {limit} bytes)")
    return b"".join(chunks)


def parse_yaml(text: str, name: str) -> tuple[Any, LineIndex]:
    """Parse YAML text (see ``read_yaml``); ``name`` is used in error messages."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: text no file could hold
        line = text.count("\n", 0, exc.start) + 1
        raise ContentError.single(name, line, "the text contains a character that is not valid Unicode") from exc
    raw_problems = _raw_control_characters(text, name)
    if raw_problems:
        raise ContentError(raw_problems)
    loader = ContentLoader(text)
    try:
        node = loader.get_single_node()
        index = LineIndex()
        if node is not None:
            problems: list[Problem] = []
            _index_node(node, (), index, name, problems, set())
            if problems:
                raise ContentError(problems)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        message = " ".join(part for part in (exc.context, exc.problem) if part) or "invalid YAML"
        raise ContentError.single(name, line, f"YAML syntax: {message}") from exc
    except yaml.YAMLError as exc:
        raise ContentError.single(name, 1, f"YAML: {exc}") from exc
    except RecursionError as exc:
        raise ContentError.single(name, 1, "the file is nested too deeply") from exc
    except (ValueError, OverflowError) as exc:  # e.g. an explicit !!timestamp that is not a real date
        raise ContentError.single(name, 1, f"a value cannot be read: {exc}") from exc
    finally:
        loader.dispose()
    return data, index


#: Control characters reported before the file is given up (each line once).
_MAX_REPORTED_LINES = 20


def _raw_control_characters(text: str, name: str) -> list[Problem]:
    """A control character typed into the file itself, reported on its own line (YAML's reader
    would refuse it with no line). Tab, line feed and carriage return are allowed."""
    problems: list[Problem] = []
    for found in CONTROL_CHARACTERS.finditer(text):
        line = text.count("\n", 0, found.start()) + 1
        if problems and problems[-1].line == line:
            continue
        problems.append(Problem(name, line, control_character_problem(found.group()) or ""))
        if len(problems) >= _MAX_REPORTED_LINES:
            break
    return problems


def _check_scalar(node: yaml.Node, name: str, problems: list[Problem]) -> None:
    """A control character written as an escape (``"\\e"``, ``"\\x9b"``) in a key or a value."""
    if not isinstance(node, yaml.ScalarNode) or not isinstance(node.value, str):
        return
    found = CONTROL_CHARACTERS.search(node.value)
    if found is None:
        return
    line = node.start_mark.line + 1
    if node.style in ("|", ">"):  # a block: its text starts on the next line
        line += 1 + node.value.count("\n", 0, found.start())
    problems.append(Problem(name, line, control_character_problem(found.group()) or ""))


def _index_node(
    node: yaml.Node, path: PathKey, index: LineIndex, name: str, problems: list[Problem], seen: set[int]
) -> None:
    """Record the line of ``node`` and its children; report aliases and duplicate keys."""
    if id(node) in seen:
        problems.append(Problem(name, node.start_mark.line + 1, "anchors and aliases (&, *) are not supported"))
        return
    seen.add(id(node))
    if not path:
        index.record((), node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        keys_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(name, key_node.start_mark.line + 1, "a key must be plain text"))
                continue
            key = key_node.value
            key_line = key_node.start_mark.line + 1
            if CONTROL_CHARACTERS.search(key):
                _check_scalar(key_node, name, problems)
                continue
            if key == "<<":
                problems.append(Problem(name, key_line, "merge keys (<<) are not supported"))
                continue
            if key in keys_seen:
                problems.append(
                    Problem(name, key_line, f"duplicate key '{key}' (first given on line {keys_seen[key]})")
                )
                continue
            keys_seen[key] = key_line
            child = path + (key,)
            index.record(child, value_node.start_mark.line + 1, key_line)
            _index_node(value_node, child, index, name, problems, seen)
    elif isinstance(node, yaml.ScalarNode):
        _check_scalar(node, name, problems)
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            child = path + (position,)
            index.record(child, item.start_mark.line + 1)
            _index_node(item, child, index, name, problems, seen)
