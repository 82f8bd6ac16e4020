"""Fuzz inputs for the content loaders, and the one rule every input must obey.

Inputs start from the files the app ships (``data/exercises.yaml``, ``data/programmes/*.yaml``)
and are damaged the way real files get damaged or attacked: lines deleted, duplicated, swapped
or re-indented; values replaced by other types, huge or odd numbers, YAML tags (``!!python/...``,
``!!binary``, ``!!set``, ``!!timestamp 2026-02-30``), anchors and aliases (billion laughs), deep
nesting, very long strings and odd Unicode; then encoded with a BOM, CRLF, UTF-16 or broken
bytes. A second family edits the parsed document (replace, delete, add or wrap a value anywhere)
and dumps it again, which reaches the checks behind the parser.

The rule (:func:`check_load`): the loader returns, or raises ``ContentError`` whose problems
name the file and a line inside it, within ``TIME_LIMIT_S``. Anything else escapes to the
caller as a failure. A programme that loads must also write back and load again unchanged
(the app saves a copy of every programme it opens).

Used by ``tests/test_fuzz_loaders.py`` (a small, derandomized run) and
``benchmarks/fuzz_loaders.py`` (the long run).
"""
from __future__ import annotations

import copy
import datetime as dt
import random
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from exercises_app.config import bundled_assets_dir
from exercises_app.core.errors import ContentError
from exercises_app.core.library import Library, load_library
from exercises_app.core.programme import Programme
from exercises_app.core.programme_file import dump_programme, load_programme, parse_programme

ROOT = Path(__file__).resolve().parents[2]
LIBRARY_FILE = ROOT / "data" / "exercises.yaml"
TEMPLATE_FILES = tuple(sorted((ROOT / "data" / "programmes").glob("*.yaml")))
ASSETS_DIR = bundled_assets_dir()

#: What the ``!!python/object/apply:os.system`` values below would create if a tag ever ran.
PWNED_MARKER = Path("/tmp/exercises-app-fuzz-pwned")

#: A load of a content file takes about 10 ms; 200 times that is a hang, not a slow disk.
TIME_LIMIT_S = 2.0

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# -- seeds ------------------------------------------------------------------------------------------
@cache
def library_seeds() -> tuple[str, ...]:
    """The shipped library, and a small one cut from it (safety and the first two exercises)."""
    full = LIBRARY_FILE.read_text(encoding="utf-8")
    lines = full.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("  - id: ")]
    return full, "".join(lines[: starts[2]])


@cache
def programme_seeds() -> tuple[str, ...]:
    """Every shipped programme template."""
    return tuple(path.read_text(encoding="utf-8") for path in TEMPLATE_FILES)


@cache
def bundled_library() -> Library:
    return load_library(LIBRARY_FILE, ASSETS_DIR)


# -- damage -----------------------------------------------------------------------------------------
BILLION_LAUGHS = (
    'lol0: &l0 "lol"\n'
    + "".join(f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 10))
)

#: YAML source text put where a value was.
EVIL_VALUES: tuple[str, ...] = (
    # numbers: huge, negative, special, and integers too long to print (hex is not length-limited)
    "1" + "0" * 100, "-1", "0", "-0", "1e308", "-1e308", "1e309", "2.5", ".nan", ".NaN", ".inf", "-.inf",
    "0x" + "f" * 4000, "0b" + "1" * 15000, ":".join(["59"] * 2500), "1_000", "0o777", "0777", "190:20:30",
    "9" * 5000,
    # other types
    "~", "null", "", "true", "False", "yes", "no", "on", "''", '""', "' '", "[]", "{}", "[1, [2, [3]]]",
    "{a: {b: {c: 1}}}", "[en, fr]", "{en: x}", "{en: x, fr: y, de: z}", "{en: 1, fr: [2]}",
    # nesting, near and past the parser's limit
    "[" * 300 + "]" * 300, "[" * 990 + "]" * 990, "[" * 5000 + "]" * 5000, "{a: " * 400 + "1" + "}" * 400,
    # tags
    f"!!python/object/apply:os.system ['echo pwned > {PWNED_MARKER}']",
    "!!python/name:os.system", "!!python/object:collections.OrderedDict {}", "!!python/tuple [1, 2]",
    "!!binary aGVsbG8=", "!!binary '!!!'", "!!set {a, b}", "!!set x", "!!omap [a: 1, b: 2]", "!!pairs [a: 1]",
    "!!omap x", "!!timestamp 2026-02-30", "!!timestamp 2026-01-05T09:00:00Z", "!!timestamp hello",
    "!!timestamp ''", "2026-02-30", "2026-01-05 09:00:00", "2026-01-05T09:00", "0000-01-01",
    "!!bool maybe", "!!bool ''", "!!int ''", "!!int '-'", "!!int abc", "!!float ''", "!!float abc",
    "!!float '-'", "!!str 12", "!!null x", "!!map x", "!!seq x", "!!str {a: 1}", "!<tag:yaml.org,2002:int> 3",
    "!custom x", "!!merge x", "!!value x", "!!int 0x" + "f" * 4000,
    # anchors and aliases
    "&anchor value", "*anchor", "*undefined", "&a [*a]", "*l9",
    # odd text
    '"\\0"', '"\\x00"', '"\\ud800"', '"\\udfff"', '"\\U0010FFFF"', '"\\U00110000"', '"\u202e\u200fabc"',
    "😀🙂", '"\u2028"', "a\u2028b", '"\\L\\P\\N"', "\ufeffx", "\x85", "\t", "'tab\tinside'", "\x00", "\ud800",
    "x" * 100_000, "'" + "é" * 20_000 + "'", "|\n  a block\n  of text", ">-\n  folded",
    # structure that does not fit
    "? complex\n: key", "- a\n- b", "a: b", "{a, b}", "[a, b", "'unterminated", '"unterminated',
    "%", "@reserved", "`reserved", "- - -", "--- x", "...", "<<: {a: 1}", "{<<: {a: 1}}",
)

#: Characters put anywhere in the text.
ODD_CHARS: tuple[str, ...] = (
    "\x00", "\x01", "\x07", "\x7f", "\x85", "\u2028", "\u2029", "\u200f", "\u202e", "\ufeff", "\ufffe",
    "\uffff", "😀", "\U0001F468\u200d\U0001F469", "\t", "\r", "\r\n", "\n", "\\", '"', "'", ":", ": ", "#",
    "- ", "&", "*",
    "!", "|", ">", "%", "@", "`", "{", "}", "[", "]", ",", "?", " ", "é", "\ud800", "\udfff",
)

UNKNOWN_KEYS = ("unknown", "notes", "Id", "id", "ID ", "format", "version", "ex\u00e9rcises", "<<", "1",
                "null", "true")


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _set_value(line: str, value: str, rnd: random.Random) -> str:
    """Replace one value on this line: of ``key: value``, of a key in ``{a: 1, b: 2}``, or of ``- value``."""
    body = line.rstrip("\r\n")
    end = line[len(body):] or "\n"
    colons = [i for i in range(len(body)) if body.startswith(": ", i)]
    if colons:
        at = rnd.choice(colons) + 2
        if "{" in body[:at]:  # inside a flow mapping: the value runs to the next ',' or '}'
            stops = [i for i in (body.find(",", at), body.find("}", at)) if i >= 0]
            return body[:at] + value + body[min(stops):] + end if stops else body[:at] + value + end
        return body[:at] + value + end
    if body.endswith(":"):
        return body + " " + value + end
    stripped = body.lstrip(" ")
    if stripped.startswith("- "):
        return body[: len(body) - len(stripped)] + "- " + value + end
    return body + ": " + value + end


_LINE_DAMAGES = (
    "delete", "delete-block", "duplicate", "duplicate-block", "swap", "move", "value", "value", "value",
    "value",
    "unknown-key", "indent", "dedent", "tab", "char", "char", "truncate-line", "split-line", "join-lines",
)


def damage_lines(lines: list[str], rnd: random.Random) -> list[str]:
    """One damage to a list of lines (with their line ends)."""
    if not lines:
        return [rnd.choice(EVIL_VALUES) + "\n"]
    n = len(lines)
    i = rnd.randrange(n)
    kind = rnd.choice(_LINE_DAMAGES)
    if kind == "delete":
        del lines[i]
    elif kind == "delete-block":
        del lines[i: i + rnd.randint(2, 30)]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "duplicate-block":
        lines[i:i] = lines[i: i + rnd.randint(2, 30)]
    elif kind == "swap":
        j = rnd.randrange(n)
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "move":
        lines.insert(rnd.randrange(n), lines.pop(i))
    elif kind == "value":
        lines[i] = _set_value(lines[i], rnd.choice(EVIL_VALUES), rnd)
    elif kind == "unknown-key":
        lines.insert(i, f"{_indent(lines[i])}{rnd.choice(UNKNOWN_KEYS)}: {rnd.choice(EVIL_VALUES[:40])}\n")
    elif kind == "indent":
        lines[i] = " " * rnd.randint(1, 4) + lines[i]
    elif kind == "dedent":
        lines[i] = lines[i][min(len(_indent(lines[i])), rnd.randint(1, 4)):]
    elif kind == "tab":
        lines[i] = "\t" + lines[i].lstrip(" ")
    elif kind == "char":
        at = rnd.randint(0, len(lines[i]))
        lines[i] = lines[i][:at] + rnd.choice(ODD_CHARS) + lines[i][at:]
    elif kind == "truncate-line":
        lines[i] = lines[i][: rnd.randint(0, len(lines[i]))]
    elif kind == "split-line":
        at = rnd.randint(0, len(lines[i]))
        lines[i] = lines[i][:at] + "\n" + lines[i][at:]
    elif kind == "join-lines" and i + 1 < n:
        lines[i] = lines[i].rstrip("\r\n") + " " + lines.pop(i + 1)
    return lines


_DOCUMENT_DAMAGES = (
    "none", "none", "none", "none", "none", "none", "truncate", "billion-laughs", "billion-laughs-used",
    "second-document", "directive", "tag-directive", "garbage-tail", "crlf", "cr", "nel", "empty",
    "only-comments",
)


def damage_document(text: str, rnd: random.Random) -> str:
    """Damage to the whole text (usually none): truncation, prefixes and suffixes, documents, line ends."""
    kind = rnd.choice(_DOCUMENT_DAMAGES)
    if kind == "truncate":
        return text[: rnd.randint(0, len(text))]
    if kind == "billion-laughs":
        return BILLION_LAUGHS + text
    if kind == "billion-laughs-used":
        return BILLION_LAUGHS + text.replace("version: 1", "version: *l9", 1)
    if kind == "second-document":
        return text + "\n---\n" + text
    if kind == "directive":
        return "%YAML 1.1\n---\n" + text
    if kind == "tag-directive":
        return "%TAG !e! tag:yaml.org,2002:python/object/apply:\n---\nformat: !e!os.system [id]\n" + text
    if kind == "garbage-tail":
        return text + rnd.choice(EVIL_VALUES)
    if kind == "crlf":
        return text.replace("\n", "\r\n")
    if kind == "cr":
        return text.replace("\n", "\r")
    if kind == "nel":
        return text.replace("\n", "\x85")
    if kind == "empty":
        return rnd.choice(("", " ", "\n", "---", "---\n...\n", "~", "[]", "{}", "# only a comment\n"))
    if kind == "only-comments":
        return "".join("# " + line for line in text.splitlines(keepends=True))
    return text


#: Each example draws one seed and makes its choices with random.Random: uniform over the
#: damages and values (Hypothesis' own draws favour the first entries of a list).
_randoms = st.integers(0, 2 ** 64 - 1).map(random.Random)


@st.composite
def damaged_text(draw: st.DrawFn, seeds: Sequence[str]) -> str:
    """A shipped file with one to five line damages and maybe a whole-document damage."""
    rnd = draw(_randoms)
    lines = rnd.choice(seeds).splitlines(keepends=True)
    for _ in range(rnd.choice((1, 1, 1, 2, 2, 3, 5))):  # mostly one or two, so more files get past the parser
        lines = damage_lines(lines, rnd)
    return damage_document("".join(lines), rnd)


# -- edits of the parsed document -------------------------------------------------------------------
_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(10 ** 120), max_value=10 ** 120),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(ODD_CHARS[:-2]).map(lambda c: f"a{c}b"),  # no lone surrogates: the dumper escapes those
    st.dates(), st.datetimes(timezones=st.just(dt.UTC)),
    st.sampled_from(("en", "fr", "both", "left", "right", "mat", "neck", "sitting", "low-back-pain",
                     "cat-cow", "cobra", "guide-seven", "exercises-app-programme", "exercises-app-library",
                     "2026-02-30",
                     "2026-13-01", "2026-01-05 10:00", "", " ", "x.svg", "../x.svg", "/etc/passwd.svg",
                     "illustrations/" + "a" * 300 + ".svg", "illustrations/nope.svg")),
    st.binary(max_size=8),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


@st.composite
def _edit_tree(draw: st.DrawFn, document: Any, rnd: random.Random) -> Any:
    """Walk to a random place in the document and replace, delete, add or wrap something there."""
    root = {"": document}
    parent: Any = root
    key: Any = ""
    while True:
        node = parent[key]
        if isinstance(node, dict):
            children = list(node)
        elif isinstance(node, list):
            children = list(range(len(node)))
        else:
            children = []
        if not children or rnd.random() < 0.2:
            break
        parent, key = node, rnd.choice(children)
    action = rnd.choice(("replace", "replace", "delete", "add", "wrap", "duplicate", "empty", "mangle-text"))
    node = parent[key]
    if action == "mangle-text" and isinstance(node, str):
        parent[key] = rnd.choice((
            node.replace("/", "_") * 12,  # one path component longer than a file name may be
            node * 40, "/" + node, "../" + node, node.upper(), f" {node} ", node + rnd.choice(ODD_CHARS[:-2]),
        ))
    elif action == "replace":
        parent[key] = draw(_values)
    elif action == "delete" and parent is not root:
        del parent[key]
    elif action == "add" and isinstance(node, dict):
        node[rnd.choice(UNKNOWN_KEYS + ("en", "fr", "hold_s", "tempo_s", "side", "note"))] = draw(_values)
    elif action == "add" and isinstance(node, list):
        node.insert(rnd.randint(0, len(node)), draw(_values))
    elif action == "wrap":
        parent[key] = [node] if rnd.random() < 0.5 else {"value": node}
    elif action == "duplicate" and isinstance(node, list) and node:
        node.append(copy.deepcopy(rnd.choice(node)))
    elif action == "empty":
        parent[key] = type(node)() if isinstance(node, (list, dict, str)) else None
    return root[""]


@cache
def _parsed(text: str) -> Any:
    return yaml.safe_load(text)


@st.composite
def edited_text(draw: st.DrawFn, seeds: Sequence[str]) -> str:
    """A shipped file, parsed, edited in one to four places and written back as YAML."""
    rnd = draw(_randoms)
    document = copy.deepcopy(_parsed(rnd.choice(seeds)))
    for _ in range(rnd.choice((1, 1, 2, 4))):
        document = draw(_edit_tree(document, rnd))
    return yaml.dump(document, Dumper=_Dumper, allow_unicode=rnd.random() < 0.5, sort_keys=False,
                     default_flow_style=rnd.choice((False, None)))


def random_yaml() -> st.SearchStrategy[str]:
    """YAML that has nothing to do with our files: dumped random data, or random text."""
    return st.one_of(
        _values.map(lambda v: yaml.dump(v, Dumper=_Dumper, allow_unicode=True)),
        st.text(alphabet=st.sampled_from("abcfmorstv :-[]{},#&*!|>'\"\n\t0123456789.?%@`~"), max_size=200),
        st.text(max_size=200),
    )


def content_text(seeds: Sequence[str]) -> st.SearchStrategy[str]:
    """The text of a content file to try: mostly damaged shipped files."""
    return st.one_of(damaged_text(seeds), damaged_text(seeds), damaged_text(seeds), edited_text(seeds),
                     random_yaml())


_ENCODINGS = ("utf-8",) * 10 + ("bom", "utf-16", "latin-1", "broken", "cut-char", "nul")


def encode(text: str, rnd: random.Random) -> bytes:
    """The file's bytes: mostly UTF-8, sometimes with a BOM, in another encoding, or with broken bytes."""
    kind = rnd.choice(_ENCODINGS)
    data = text.encode("utf-8", errors="surrogatepass")  # a lone surrogate becomes bytes that are not UTF-8
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    if kind == "utf-16":
        return text.encode("utf-16", errors="surrogatepass")
    if kind == "latin-1":
        return text.encode("latin-1", errors="replace")
    if kind == "broken":
        at = rnd.randint(0, len(data))
        return data[:at] + rnd.choice((b"\xff", b"\xfe\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
                                       b"\xc0\xaf", b"\x80")) + data[at:]
    if kind == "cut-char":
        multibyte = [i for i, byte in enumerate(data) if byte >= 0xC0]
        if multibyte:
            return data[: rnd.choice(multibyte) + 1]
    if kind == "nul":
        at = rnd.randint(0, len(data))
        return data[:at] + b"\x00" + data[at:]
    return data


@st.composite
def content_file(draw: st.DrawFn, seeds: Sequence[str]) -> bytes:
    """The bytes of a content file to try."""
    return encode(draw(content_text(seeds)), draw(_randoms))


# -- the rule -----------------------------------------------------------------------------------------
class TooSlow(AssertionError):
    """A load took longer than TIME_LIMIT_S."""


class BadProblem(AssertionError):
    """A ContentError whose problems do not name the file and a line inside it."""


class NoRoundTrip(AssertionError):
    """A programme that loaded does not write back and load again unchanged."""


def _max_line(source: str | bytes) -> int:
    text = source.decode("utf-8", errors="replace") if isinstance(source, bytes) else source
    return len(text.splitlines()) + 1  # splitlines knows every line break YAML knows, and more


#: How the YAML reader (yamlsource.py) words its problems; any other problem comes from the checks.
READER_PROBLEMS = ("cannot read the file", "file is too large", "the file is not valid UTF-8", "YAML",
                   "the file is nested too deeply", "a value cannot be read", "anchors and aliases",
                   "a key must be plain text", "merge keys", "duplicate key", "the text")


def check_load(load: Callable[[], Any], name: str, source: str | bytes) -> str:
    """Run ``load``; return how it ended, or raise what went wrong.

    'loaded'; 'refused by the reader' (not YAML we read: syntax, encoding, tags, aliases...);
    'refused by the checks' (YAML, but not a valid file: the fuzzing reached the checkers).
    """
    start = time.perf_counter()
    try:
        load()
        outcome = "loaded"
    except ContentError as error:
        first = error.problems[0].message
        outcome = "refused by the reader" if first.startswith(READER_PROBLEMS) else "refused by the checks"
        highest = _max_line(source)
        for problem in error.problems:
            if problem.file != name or not isinstance(problem.line, int) or not 1 <= problem.line <= highest:
                raise BadProblem(f"problem {problem!r} does not point into {name} (lines 1 to {highest})") \
                    from error
        str(error)
    elapsed = time.perf_counter() - start
    if elapsed > TIME_LIMIT_S:
        raise TooSlow(f"loading took {elapsed:.2f} s (limit {TIME_LIMIT_S} s)")
    return outcome


def check_round_trip(programme: Programme, library: Library | None) -> None:
    """A programme the app accepted can be saved and read back unchanged."""
    try:
        again = parse_programme(dump_programme(programme, "<saved>"), library, "<saved>")
    except ContentError as error:
        raise NoRoundTrip(f"a loaded programme cannot be saved: {error}") from error
    if again != programme:
        raise NoRoundTrip(f"a loaded programme changed when saved and read back:\n{programme}\n{again}")


def check_library_file(path: Path, data: bytes) -> str:
    """Write ``data`` to ``path`` and load it as a library."""
    path.write_bytes(data)
    return check_load(lambda: load_library(path, ASSETS_DIR), str(path), data)


def check_programme_file(path: Path, data: bytes) -> str:
    """Write ``data`` to ``path``, load it as a programme against the shipped library, and save it back."""
    path.write_bytes(data)
    library = bundled_library()
    loaded: list[Programme] = []
    outcome = check_load(lambda: loaded.append(load_programme(path, library)), str(path), data)
    if loaded:
        check_round_trip(loaded[0], library)
    return outcome


def check_programme_text(text: str, with_library: bool) -> str:
    """Parse ``text`` as a programme (with or without the library to check ids), and save it back."""
    library = bundled_library() if with_library else None
    loaded: list[Programme] = []
    outcome = check_load(lambda: loaded.append(parse_programme(text, library, "<fuzz>")), "<fuzz>", text)
    if loaded:
        check_round_trip(loaded[0], library)
    return outcome
