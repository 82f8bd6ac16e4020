"""Bad input from outside: special files, oversized text, control characters, markup, wrong kinds of
file and bad output paths. The rule everywhere: a clear message naming the file and line, no traceback,
and bounded work. ``docs/faults.md`` lists each case with the test that shows it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fault_helpers.largest_files import largest_library_text, largest_programme

from exercises_app.cli import main
from exercises_app.config import AppPaths
from exercises_app.core import limits
from exercises_app.core.errors import ContentError
from exercises_app.core.library import load_library
from exercises_app.core.programme_file import load_programme, save_programme
from exercises_app.core.yamlsource import MAX_FILE_BYTES, read_yaml

ROOT = Path(__file__).resolve().parents[1]
PATHS = AppPaths(data_dir=Path("unused"))
# The guide's seven in one language, as the app saves it (the shipped template carries two).
GUIDE = ROOT / "tests" / "fault_helpers" / "guide-seven-en.yaml"


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The CLI in its own process (a hang fails the test instead of stopping the suite)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "exercises_app", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


# -- special files ------------------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_by_validate(tmp_path: Path) -> None:
    """`validate` on a named pipe with no writer returns at once with a message; it used to block forever."""
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    done = run_cli("validate", str(fifo), "--data-dir", str(tmp_path / "data"), timeout=30)
    assert done.returncode == 1
    assert done.stdout.strip() == f"{fifo}:1: this is not a regular file (it is a named pipe); give a .yaml file"
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_without_reading_it(special: str) -> None:
    """/dev/zero used to be read until memory ran out: a device is refused before any byte is read."""
    if not os.path.exists(special):
        pytest.skip(f"no {special}")
    with pytest.raises(ContentError) as caught:
        read_yaml(Path(special))
    assert str(caught.value) == f"{special}:1: this is not a regular file (it is a device); give a .yaml file"


def test_a_folder_is_refused_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path, PATHS.assets_dir)
    assert str(caught.value) == f"{tmp_path}:1: this is not a regular file (it is a folder); give a .yaml file"


def test_an_oversized_file_is_refused_from_its_size_without_being_read(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The size is checked before reading; a file that grows while read is still cut at the limit plus one."""
    big = tmp_path / "big.yaml"
    with big.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(ContentError) as caught:
        read_yaml(big)
    assert f"{big}:1: the file is too large ({MAX_FILE_BYTES + 1} bytes; at most {MAX_FILE_BYTES})" == str(caught.value)


def test_programmes_and_libraries_share_one_reader(tmp_path: Path) -> None:
    """The same special-file message for both formats (one reading helper)."""
    with pytest.raises(ContentError) as library:
        load_library(tmp_path, PATHS.assets_dir)
    with pytest.raises(ContentError) as programme:
        load_programme(tmp_path, load_library(PATHS.bundled_library, PATHS.assets_dir))
    assert str(library.value) == str(programme.value)


# -- text too long, lists too long ---------------------------------------------------------------------------
def guide_with(old: str, new: str) -> tuple[str, int]:
    """The guide-seven template with the line starting with ``old`` replaced by ``new``, and its number."""
    lines = GUIDE.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if line.startswith(old))
    lines[number - 1] = new + "\n"
    return "".join(lines), number


def guide_without_notes() -> str:
    """The guide-seven programme without its advice and rationale."""
    lines = GUIDE.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(n for n, line in enumerate(lines) if line.startswith("  advice:"))
    end = next(n for n, line in enumerate(lines) if line.startswith("exercises:"))
    return "".join(lines[:start] + lines[end:])


def guide_with_notes(notes: str) -> tuple[str, int]:
    """The guide-seven programme with its advice given as ``notes`` (YAML), and the line of the advice."""
    text = guide_without_notes().replace("exercises:\n", f"  advice: {notes}\nexercises:\n", 1)
    return text, text.splitlines().index(f"  advice: {notes}") + 1


def library_with(old: str, new: str) -> tuple[str, int]:
    """The shipped library with the first line starting with ``old`` (stripped) replaced by ``new``."""
    lines = PATHS.bundled_library.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if line.strip().startswith(old))
    indent = lines[number - 1][: len(lines[number - 1]) - len(lines[number - 1].lstrip())]
    lines[number - 1] = indent + new + "\n"
    return "".join(lines), number


def problems_of_programme(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    path = tmp_path / "programme.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_programme(path, load_library(PATHS.bundled_library, PATHS.assets_dir))
    assert all(p.file == str(path) for p in caught.value.problems)
    return [(p.line, p.message) for p in caught.value.problems]


def problems_of_library(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    path = tmp_path / "exercises.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_library(path, PATHS.assets_dir)
    assert all(p.file == str(path) for p in caught.value.problems)
    return [(p.line, p.message) for p in caught.value.problems]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("  title:", "  title: " + "T" * 121, "title is too long (121 characters; at most 120)"),
    ("  title:", "  title: " + "T" * 200_000, "title is too long (200000 characters; at most 120)"),
    ("  title:", '  title: "two\\nlines"', "title must be on one line"),
    ("  language:", "  language: en\n  patient: " + "P" * 121,
     "patient is too long (121 characters; at most 120)"),
    ("  language:", "  language: en\n  clinician: " + "C" * 121,
     "clinician is too long (121 characters; at most 120)"),
    ("  language:", "  language: en\n  clinic: {phone: '" + "5" * 41 + "'}",
     "clinic phone is too long (41 characters; at most 40)"),
    ("  - id: cobra", "  - id: cobra\n    note: " + "x" * 401,
     "note of exercise 'cobra' is too long (401 characters; at most 400)"),
], ids=["title", "huge-title", "title-lines", "patient", "clinician", "phone", "note"])
def test_programme_text_over_its_limit_is_refused_on_its_line(tmp_path: Path, old: str, new: str,
                                                               message: str) -> None:
    text, line = guide_with(old, new)
    if old == "  - id: cobra":
        line += 1
    elif old == "  language:":
        line += 1 + new.count("\n") - 1
    assert problems_of_programme(tmp_path, text) == [(line, message)]


@pytest.mark.parametrize(("notes", "message"), [
    ("n" * 4001, "advice is too long (4001 characters; at most 4000)"),
    ('"' + "line\\n" * 61 + '"', "advice has too many lines (61; at most 60)"),
], ids=["chars", "lines"])
def test_notes_over_their_limit_are_refused_on_their_line(tmp_path: Path, notes: str, message: str) -> None:
    text, line = guide_with_notes(notes)
    assert problems_of_programme(tmp_path, text) == [(line, message)]


def test_text_at_its_limit_is_accepted(tmp_path: Path) -> None:
    text, _ = guide_with_notes('"' + ("n" * 60 + "\\n") * 59 + "n" * 401 + '"')
    text = text.replace("  title: The clinic guide's seven", "  title: " + "T" * 120)
    path = tmp_path / "programme.yaml"
    path.write_text(text, encoding="utf-8")
    programme = load_programme(path, load_library(PATHS.bundled_library, PATHS.assets_dir))
    assert len(programme.title) == 120 and len(programme.advice) == 4000


def test_a_programme_of_more_than_40_exercises_is_refused_at_its_list(tmp_path: Path) -> None:
    text = GUIDE.read_text(encoding="utf-8")
    head, _, _ = text.partition("exercises:\n")
    dose = "{sets: 1, reps: 10, hold_s: 2, rest_s: 30, per_side: false, times_per_day: 1}"
    entries = "".join(f"  - id: cobra{i}\n    dose: {dose}\n" for i in range(41))
    line = head.count("\n") + 1
    assert problems_of_programme(tmp_path, head + "exercises:\n" + entries) == [
        (line, "the programme's exercises has too many items (41; at most 40)")]


CAT_COW_NAME = 'name: {en: "Cat–cow"'


@pytest.mark.parametrize(("old", "new", "message"), [
    (CAT_COW_NAME, "name: {en: " + "N" * 2_000_000 + ", fr: Chat-vache}",
     "name of exercise 'cat-cow' (en) is too long (2000000 characters; at most 120)"),
    (CAT_COW_NAME, "name: {en: " + "N" * 121 + ", fr: Chat-vache}",
     "name of exercise 'cat-cow' (en) is too long (121 characters; at most 120)"),
], ids=["huge-name", "long-name"])
def test_library_text_over_its_limit_is_refused_on_its_line(tmp_path: Path, old: str, new: str,
                                                            message: str) -> None:
    text, line = library_with(old, new)
    assert problems_of_library(tmp_path, text) == [(line, message)]


def test_a_list_of_more_than_5_cues_is_refused_at_its_key(tmp_path: Path) -> None:
    text, line = library_with("cues:", "cues:\n" + "".join(
        f"      - {{en: Cue {i}, fr: Indice {i}}}" + ("\n" if i < 5 else "") for i in range(6)))
    assert problems_of_library(tmp_path, text) == [
        (line, "cues of exercise 'cat-cow' has too many items (9; at most 5)")]


# -- control characters --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("new", "character"), [
    ("  title: The \x1b[31mred\x1b[0m title", "U+001B (ESCAPE)"),
    ("  title: Ring \x07 ring", "U+0007 (BELL)"),
    ('  title: "The \\e[31mred title"', "U+001B (ESCAPE)"),
    ('  title: "A \\x9b CSI"', "U+009B"),
    ('  title: "\\0 null"', "U+0000"),
], ids=["raw-escape", "raw-bell", "escaped-escape", "escaped-c1", "escaped-null"])
def test_a_control_character_is_refused_on_its_own_line(tmp_path: Path, new: str, character: str) -> None:
    """Raw control characters used to be reported on line 1, escaped ones printed as boxes."""
    text, line = guide_with("  title:", new)
    problems = problems_of_programme(tmp_path, text)
    assert [number for number, _ in problems] == [line]
    assert f"control character {character}" in problems[0][1]


def test_a_control_character_in_block_notes_is_reported_on_its_line(tmp_path: Path) -> None:
    text = GUIDE.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if "This is a general starting point" in line)
    lines[number - 1] = lines[number - 1].replace("general", "gen\x08eral")
    assert [n for n, _ in problems_of_programme(tmp_path, "".join(lines))] == [number]


def test_tabs_and_line_breaks_are_allowed(tmp_path: Path) -> None:
    text, _ = guide_with("  title:", '  title: "Tab\\there"')
    path = tmp_path / "programme.yaml"
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    assert load_programme(path, load_library(PATHS.bundled_library, PATHS.assets_dir)).title == "Tab\there"


# -- the largest valid files print in bounded pages ----------------------------------------------------------
def test_the_largest_valid_programme_prints_in_bounded_pages(tmp_path: Path) -> None:
    """Every text field and list at its limit (the notes that printed 1,100 pages, the title that
    printed 322): the programme is valid, and its handout has a bounded number of pages."""
    from exercises_app.printing import write_programme_pdf

    library = load_library(PATHS.bundled_library, PATHS.assets_dir)
    programme = largest_programme(library)
    path = tmp_path / "largest.yaml"
    save_programme(programme, path)
    assert load_programme(path, library) == programme
    pages = write_programme_pdf(programme, library, PATHS.assets_dir, tmp_path / "largest.pdf")
    # 42 for the first 18 exercises, 66 for 31, with drawings at least 6 cm wide and the 911 box on page 1
    assert pages <= 6 + 2 * len(programme.exercises), pages


def test_a_library_at_every_limit_is_valid_and_prints_the_largest_programme_in_bounded_pages(
    tmp_path: Path,
) -> None:
    """A clinic library whose texts and lists are all at their limits (40 exercises: the most a programme
    holds) is valid, and the largest programme of it prints in bounded pages (260)."""
    from exercises_app.printing import write_programme_pdf

    bundled = PATHS.bundled_library.read_text(encoding="utf-8")
    text = largest_library_text(bundled, limits.MAX_PROGRAMME_EXERCISES)
    path = tmp_path / "exercises.yaml"
    path.write_text(text, encoding="utf-8")
    library = load_library(path, PATHS.assets_dir)
    assert len(library.exercises) == limits.MAX_PROGRAMME_EXERCISES
    programme = largest_programme(library)
    pages = write_programme_pdf(programme, library, PATHS.assets_dir, tmp_path / "largest.pdf")
    assert pages <= 300, pages  # 260, printed in about 3 s (benchmarks/largest_files.py)


# -- nothing from a file reaches the terminal raw ------------------------------------------------------------
def test_validate_escapes_what_it_quotes_from_a_file(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A key holding an escape sequence used to be written to the terminal as is (it could recolour or
    retitle the terminal): every message that quotes file content shows control characters escaped."""
    text, line = guide_with("  title:", '  "\\e]0;pwned\\a\\e[31mtitle": Red')
    path = tmp_path / "sneaky.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path), "--data-dir", str(tmp_path / "data")]) == 1
    captured = capsys.readouterr()
    assert not limits.CONTROL_CHARACTERS.search(captured.out + captured.err)
    assert captured.out.startswith(f"{path}:{line}: ")


def test_validate_escapes_a_file_name_with_control_characters(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad\x1b[2Jname.yaml"
    path.write_text("format: [\n", encoding="utf-8")
    assert main(["validate", str(path), "--data-dir", str(tmp_path / "data")]) == 1
    captured = capsys.readouterr()
    assert not limits.CONTROL_CHARACTERS.search(captured.out + captured.err)
    assert "bad\\x1b[2Jname.yaml:2: YAML syntax" in captured.out


def test_printable_escapes_control_characters_and_keeps_other_text() -> None:
    from exercises_app.core.printable import printable

    assert printable("Chat–vache «é» \t ok\n") == "Chat–vache «é» \t ok\n"
    assert printable("\x1b[31m\x07\x9b\x00\x7f") == "\\x1b[31m\\x07\\x9b\\x00\\x7f"
    assert printable("\u202eevil\u200b") == "\\u202eevil\\u200b"  # bidi override and zero-width: escaped too


# -- messages that say what the file is ----------------------------------------------------------------------
KINDS = ("a library (first line 'format: exercises-app-library') or a programme "
         "(first line 'format: exercises-app-programme')")


@pytest.mark.parametrize(("text", "line", "message"), [
    ("", 1, f"the file is empty; expected {KINDS}"),
    ("# only a comment\n\n", 1, f"the file holds only comments; expected {KINDS}"),
    ("- a list\n", 1, f"the file is a list, not a mapping of keys to values; expected {KINDS}"),
    ("format: something-else\nversion: 1\n", 1,
     "format 'something-else' is neither 'exercises-app-library' nor 'exercises-app-programme'"),
], ids=["empty", "comment", "list", "other-format"])
def test_validate_says_what_a_file_is_not(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str,
                                          line: int, message: str) -> None:
    """Empty, comment-only or foreign files were answered about 'the library file'."""
    path = tmp_path / "unknown.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path), "--data-dir", str(tmp_path / "data")]) == 1
    assert capsys.readouterr().out.splitlines() == [f"{path}:{line}: {message}"]


def test_a_programme_without_its_format_line_is_named_a_programme(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "no-format.yaml"
    path.write_text(GUIDE.read_text(encoding="utf-8").replace("format: exercises-app-programme\n", ""),
                    encoding="utf-8")
    assert main(["validate", str(path), "--data-dir", str(tmp_path / "data")]) == 1
    assert capsys.readouterr().out.splitlines() == [(
        f"{path}:3: the 'format:' line is missing; this looks like a programme (it has 'programme:'), so its "
        "first line should be 'format: exercises-app-programme' "
        "(validate tells a library from a programme by it)")]


def test_a_library_given_as_a_programme_and_a_programme_as_a_library_are_named(tmp_path: Path) -> None:
    library = load_library(PATHS.bundled_library, PATHS.assets_dir)
    with pytest.raises(ContentError) as as_programme:
        load_programme(PATHS.bundled_library, library)
    assert [p.message for p in as_programme.value.problems] == [
        "this is an exercise library file, not a programme file"]
    with pytest.raises(ContentError) as as_library:
        load_library(GUIDE, PATHS.assets_dir)
    assert [(p.line, p.message) for p in as_library.value.problems] == [
        (3, "this is a programme file, not an exercise library file")]


# -- output paths --------------------------------------------------------------------------------------------
def test_print_to_a_missing_folder_says_so_in_one_line(tmp_path: Path) -> None:
    """Qt's 'QPainter::begin(): Returned false' used to come before the clean error."""
    out = tmp_path / "missing" / "dir" / "x.pdf"
    done = run_cli("print", str(GUIDE), "-o", str(out), "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"exercises-app: {out}: the folder {out.parent} does not exist"]
    assert done.stdout == ""


def test_print_to_a_folder_says_so_in_one_line(tmp_path: Path) -> None:
    done = run_cli("print", str(GUIDE), "-o", str(tmp_path), "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [(
        f"exercises-app: {tmp_path}: this is a folder; give the name of the file to write, "
        "such as handout.pdf")]


def test_when_qt_cannot_write_only_the_clean_error_shows(tmp_path: Path) -> None:
    """The folder is fine but Qt cannot open its file (here its temporary name is taken by a folder):
    Qt's own warning goes to the log, the user sees one line."""
    out = tmp_path / "x.pdf"
    (tmp_path / "x.pdf.part").mkdir()
    done = run_cli("print", str(GUIDE), "-o", str(out), "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"exercises-app: {out}: ")
    assert "QPainter" not in done.stderr


# -- no traceback reaches the user ---------------------------------------------------------------------------
def test_an_unexpected_error_in_validate_is_one_line_and_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from exercises_app.core import content_kind

    data = tmp_path / "data"
    paths = AppPaths(data_dir=data)
    assert main(["validate", str(GUIDE), "--data-dir", str(data)]) == 0
    assert not paths.log_file.exists()  # created only when there is an error to write

    def broken(path: Path) -> None:
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(content_kind, "read_content_file", broken)
    capsys.readouterr()
    assert main(["validate", str(GUIDE), str(PATHS.bundled_library), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all("Traceback" not in line for line in err)
    assert err[0] == (f"exercises-app: {GUIDE}: unexpected error while checking the file "
                      f"(RuntimeError: something nobody foresaw); details are in {paths.log_file}")
    assert err[1].startswith(f"exercises-app: {PATHS.bundled_library}: ")
    log = paths.log_file.read_text(encoding="utf-8")
    assert log.count("Traceback (most recent call last)") == 2 and "something nobody foresaw" in log


def test_an_unexpected_error_while_printing_is_one_line_and_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    import exercises_app.printing as printing

    def broken(*args: object, **kwargs: object) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(printing, "write_programme_pdf", broken)
    data = tmp_path / "data"
    assert main(["print", str(GUIDE), "-o", str(tmp_path / "x.pdf"), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [(
        f"exercises-app: {GUIDE}: unexpected error while printing the programme "
        f"(ZeroDivisionError: division by zero); details are in {AppPaths(data_dir=data).log_file}")]


def test_an_unexpected_error_at_start_is_one_line_and_a_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from exercises_app.gui import context

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("settings")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own: put it back afterwards
    monkeypatch.setattr(context.AppContext, "create", broken)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.splitlines()[-1] == (
        "exercises-app: unexpected error while starting the app (KeyError: 'settings'); "
        f"details are in {AppPaths(data_dir=data).log_file}")
    assert "KeyError: 'settings'" in AppPaths(data_dir=data).log_file.read_text(encoding="utf-8")


def test_an_error_in_a_window_action_is_one_line_and_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """PySide6 prints the traceback of an error raised in a slot and carries on: the app's hook turns it
    into one line on stderr and puts the traceback in the log."""
    from exercises_app.gui.app import install_error_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    paths = AppPaths(data_dir=tmp_path / "data")
    install_error_hook(paths)
    try:
        raise LookupError("no such row")
    except LookupError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    err = capsys.readouterr().err
    assert err.splitlines() == [(
        "exercises-app: unexpected error while running the app (LookupError: no such row); "
        f"details are in {paths.log_file}")]
    assert 'raise LookupError("no such row")' in paths.log_file.read_text(encoding="utf-8")
