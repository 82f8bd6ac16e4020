"""Fuzzing the command line: argument lists for ``validate``, ``list`` and ``print``.

The rule (:func:`check_argv`): ``cli.main(argv)`` returns or exits with 0, 1 or 2; nothing it
writes holds a traceback or a raw control character (file names and content are escaped). The
GUI is never started (``run_gui`` is replaced): the subject is argument and file handling.

The arguments mix real options, their values and files of every kind: the shipped library and
templates, broken and hostile files, a folder, a named pipe, devices, missing paths, paths in a
missing folder, names with control characters or undecodable bytes, and random text.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from exercises_app import cli
from exercises_app.config import AppPaths

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ("validate", "list", "print")
OPTIONS = ("--data-dir", "--lang", "-o", "--output", "--paper", "--programme", "--from", "--to", "-h",
           "--version",
           "--check-startup", "--", "-", "--lang=fr", "--paper=a4", "--data-dir=")
#: What the process may print: anything but C0/C1 controls (tab and line feed are fine).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Files:
    """The files and folders the fuzzing passes as arguments."""

    folder: Path
    paths: tuple[str, ...]
    data_dirs: tuple[str, ...]
    outputs: tuple[str, ...]


def prepare(folder: Path) -> Files:
    """Lay out files of every kind in ``folder`` (called once per run)."""
    # copies: print -o may name any of these files, and must never overwrite the shipped ones
    bundled = folder / "exercises.yaml"
    bundled.write_bytes(AppPaths(data_dir=folder).bundled_library.read_bytes())
    guide = folder / "guide-seven.yaml"
    guide.write_bytes((ROOT / "data" / "programmes" / "guide-seven.yaml").read_bytes())
    broken = folder / "broken.yaml"
    broken.write_text("format: exercises-app-programme\nversion: 1\nprogramme: [\n", encoding="utf-8")
    sneaky = folder / "sneaky\x1b[2J.yaml"
    sneaky.write_text('"\\e]0;pwned\\a": 1\nformat: exercises-app-library\n', encoding="utf-8")
    empty = folder / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    raw_control = folder / "raw.yaml"
    raw_control.write_bytes(guide.read_bytes().replace(b"title: ", b"title: \x1b[31m\x07", 1))
    huge_title = folder / "huge-title.yaml"
    huge_title.write_text(guide.read_text(encoding="utf-8").replace("title: ", "title: " + "T" * 5000, 1),
                          encoding="utf-8")
    pipe = folder / "pipe.yaml"
    if hasattr(os, "mkfifo") and not pipe.exists():
        os.mkfifo(pipe)
    user_data = folder / "data"
    user_data.mkdir(exist_ok=True)
    (user_data / "exercises.yaml").write_text("format: [\n", encoding="utf-8")  # a broken clinic library
    paths = [str(p) for p in (bundled, guide, broken, sneaky, empty, raw_control, huge_title, pipe, folder)]
    paths += ["/dev/zero", "/dev/null", str(folder / "missing.yaml"), str(folder / "no" / "such" / "out.pdf"),
              str(folder / "out.pdf"), str(folder / "out"), "", "-", os.fsdecode(b"\xff\xfe.yaml"),
              str(folder / "bad\x00name.yaml")]
    data_dirs = [str(folder / "fresh-data"), str(user_data), str(folder / "out.pdf"), "/dev/null", "",
                 str(folder / "x\x00y")]
    outputs = [str(folder / "out.pdf"), str(folder / "out"), str(folder / "no" / "such" / "out.pdf"),
               str(folder), str(pipe), "/dev/null", "/dev/zero", "", "-", str(folder / "bad\x1b[2J.pdf"),
               os.fsdecode(b"\xff.pdf")]
    return Files(folder, tuple(paths), tuple(data_dirs), tuple(outputs))


def arguments(files: Files) -> st.SearchStrategy[list[str]]:
    """Argument lists: mostly well-formed commands on files of every kind (so the commands run),
    some a command among options, file names and random text in any order (argparse's errors)."""
    return st.one_of(well_formed(files), well_formed(files), well_formed(files), chaotic(files))


def well_formed(files: Files) -> st.SearchStrategy[list[str]]:
    """``validate FILE...``, ``list`` and ``print FILE -o OUT`` with common options, in order."""
    path = st.sampled_from(files.paths) | st.text(max_size=20)
    common = st.tuples(
        st.none() | st.sampled_from(files.data_dirs), st.none() | st.sampled_from(("en", "fr")),
    ).map(lambda t: [*(["--data-dir", t[0]] if t[0] is not None else []),
                     *(["--lang", t[1]] if t[1] else [])])
    validate = st.tuples(st.lists(path, min_size=1, max_size=4), common).map(
        lambda t: ["validate", *t[0], *t[1]])
    listing = common.map(lambda options: ["list", *options])
    output = st.sampled_from(files.outputs) | st.text(max_size=20)
    paper = st.sampled_from(([], ["--paper", "a4"], ["--paper", "letter"]))
    printing = st.tuples(path, output, paper, common).map(lambda t: ["print", t[0], "-o", t[1], *t[2], *t[3]])
    return st.one_of(validate, listing, printing)


def chaotic(files: Files) -> st.SearchStrategy[list[str]]:
    """A command among options, file names and random text, in any order."""
    text = st.text(max_size=30)
    token = st.one_of(
        st.sampled_from(files.paths), st.sampled_from(files.data_dirs), st.sampled_from(OPTIONS),
        st.sampled_from(("en", "fr", "es", "letter", "a4", "2026-01-01", "2026-02-30")), text,
    )
    pair = st.one_of(
        st.tuples(st.just("--data-dir"), st.sampled_from(files.data_dirs) | text),
        st.tuples(st.sampled_from(("-o", "--output")), st.sampled_from(files.paths) | text),
        st.tuples(st.just("--lang"), st.sampled_from(("en", "fr")) | text),
        st.tuples(st.just("--paper"), st.sampled_from(("letter", "a4")) | text),
    ).map(list)
    before = st.lists(pair, max_size=2).map(lambda pairs: [t for p in pairs for t in p])
    after = st.lists(st.one_of(token.map(lambda t: [t]), pair), max_size=5).map(
        lambda parts: [t for p in parts for t in p])
    return st.tuples(before, st.sampled_from(COMMANDS), after).map(lambda t: [*t[0], t[1], *t[2]])


@contextlib.contextmanager
def no_gui() -> Iterator[None]:
    """Replace the GUI start (the subject is the headless commands)."""
    from exercises_app.gui import app

    original = app.run_gui
    app.run_gui = lambda *args, **kwargs: 0  # type: ignore[assignment]
    try:
        yield
    finally:
        app.run_gui = original  # type: ignore[assignment]


def check_argv(argv: Sequence[str], folder: Path) -> str:
    """Run the CLI on ``argv``; return 'exit N'; raise AssertionError when the rule is broken."""
    out, err = io.StringIO(), io.StringIO()
    previous = os.getcwd()
    os.chdir(folder)  # relative names (a bare 'out.pdf') land in the fuzzing folder
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), no_gui():
            try:
                status = cli.main(list(argv))
            except SystemExit as exit_:  # argparse: usage errors (2), --help and --version (0)
                status = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    finally:
        os.chdir(previous)
    printed = out.getvalue() + err.getvalue()
    assert status in (0, 1, 2), f"exit status {status} for {list(argv)!r}"
    assert "Traceback" not in printed, printed
    assert not RAW_CONTROL.search(printed), f"raw control character written for {list(argv)!r}: {printed!r}"
    printed.encode("utf-8")  # no lone surrogate (an undecodable file name) reaches the terminal
    return f"exit {status}"
