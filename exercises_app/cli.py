"""Command line: the GUI by default, and subcommands for headless work.

    exercises-app [--data-dir DIR] [--lang en|fr]            start the app
    exercises-app [--programme FILE]                         start the app with FILE as the programme in use
    exercises-app validate FILE... [--data-dir DIR]          check library and programme files; exit 1 on any error
    exercises-app list [--lang fr]                           print the library as a table
    exercises-app export -o FILE.csv [--from DATE] [--to DATE] [--events]   write the record as CSV
    exercises-app print PROGRAMME.yaml -o OUT.pdf [--lang en|fr] [--paper letter|a4] [--layout standard|compact|large]
    exercises-app report -o OUT.pdf [--from DATE] [--to DATE] [--lang en|fr] [--paper letter|a4]   follow-up report

``--data-dir`` and ``--lang`` are accepted before or after the subcommand. The headless commands
write nothing but their output: ``export`` and ``report`` open the record read-only and never move,
create, upgrade or change it, and no command writes the library cache (only the app does).
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .config import AppPaths, resolve_data_dir
from .core.dose_text import describe_dose
from .core.errors import ContentError, Problem
from .core.library import load_library
from .core.library_source import load_active_library
from .core.preferences import HANDOUT_LAYOUTS
from .core.printable import printable
from .core.text import LANGUAGES, system_language
from .core.vocabulary import POSITIONS, REGIONS
from .error_log import report_unexpected
from .logging_setup import setup_logging

if TYPE_CHECKING:
    from .core.record.store import RecordStore

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse with its messages escaped: they quote the arguments, which may hold control characters."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{printable(self.prog, one_line=True)}: error: {printable(message, one_line=True)}\n")


def _common_options(suppress_defaults: bool) -> _Parser:
    """Options every command accepts; subcommand copies use SUPPRESS so they don't erase earlier values."""
    default = argparse.SUPPRESS if suppress_defaults else None
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=default,
                        help="folder for settings and records (default: the platform's data folder)")
    common.add_argument("--lang", choices=LANGUAGES, default=default,
                        help="language of the interface and content (default: the system's)")
    common.add_argument("--verbose", action="store_true", default=default,
                        help="print details of what the app does on stderr (default: warnings and errors only)")
    return common


def build_parser() -> _Parser:
    """The argument parser for every command."""
    parser = _Parser(
        prog="exercises-app",
        description="Home exercise programmes for back and neck pain.",
        parents=[_common_options(suppress_defaults=False)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--programme", type=Path, metavar="FILE",
                        help="open this programme file and make it the one in use")
    parser.add_argument("--check-startup", action="store_true",
                        help="open the main window, wait for its first paint, print the seconds since start and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common_options(suppress_defaults=True)
    validate = sub.add_parser("validate", parents=[common],
                              help="check library and programme files; print FILE:LINE: message for each problem")
    validate.add_argument("files", nargs="+", metavar="FILE", type=Path)
    sub.add_parser("list", parents=[common], help="print the exercise library as a table")
    export = sub.add_parser("export", parents=[common], help="write the record as CSV (UTF-8, ISO dates)")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv")
    export.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                        help="first date (default: the first recorded day)")
    export.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                        help="last date (default: the last recorded day, or today if later)")
    export.add_argument("--events", action="store_true",
                        help="write the journal itself, one row per entry (--from and --to do not apply)")
    printing = sub.add_parser("print", parents=[common], help="write a programme's printable handout as PDF")
    printing.add_argument("programme", type=Path, metavar="PROGRAMME.yaml")
    printing.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    printing.add_argument("--paper", choices=("letter", "a4"), default="letter", help="paper size (default: letter)")
    printing.add_argument("--layout", choices=HANDOUT_LAYOUTS, default="standard",
                          help="standard (an exercise a page), compact (up to three a page) or large (large print); "
                               "default: standard")
    report = sub.add_parser("report", parents=[common], help="write the physiotherapist's follow-up report as PDF")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                        help="first date (default: the first recorded day)")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                        help="last date (default: the last recorded day, or today if later)")
    report.add_argument("--paper", choices=("letter", "a4"), default="letter", help="paper size (default: letter)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``exercises-app`` and ``python -m exercises_app``."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        paths = AppPaths(data_dir=resolve_data_dir(args.data_dir))
    except (OSError, ValueError, RuntimeError) as exc:  # e.g. a NUL byte, a loop of links
        _say(f"exercises-app: --data-dir {args.data_dir}: this folder cannot be used ({exc})", to_stderr=True)
        return 2
    setup_logging(paths.log_file, verbose=bool(args.verbose))
    try:
        return _run(args, paths)
    except Exception as exc:  # noqa: BLE001 - last resort: one line for the user, the traceback in the log
        what, file = _doing(args)
        print(report_unexpected(paths, what, exc, file), file=sys.stderr)
        return 1


def _doing(args: argparse.Namespace) -> tuple[str, Path | None]:
    """What a command was doing and on which file, for the message of an unexpected error."""
    if args.command == "validate":
        return "checking the files", None  # _validate names the file itself
    if args.command == "print":
        return "printing the programme", args.programme
    if args.command in ("export", "report"):
        return f"writing the {'record' if args.command == 'export' else 'report'}", args.output
    if args.command == "list":
        return "listing the library", None
    return "starting the app", args.programme


def _run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.command == "validate":
        return _validate(args.files, paths)
    if args.command == "list":
        try:
            return _list(paths, args.lang or system_language())
        except BrokenPipeError:  # `exercises-app list | head`: the reader has seen enough
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
            return 0
    if args.command == "print":
        return _print(paths, args.programme, args.output, args.lang, args.paper, args.layout)
    if args.command == "report":
        return _report(paths, args.output, args.start, args.end, args.lang, args.paper)
    if args.command == "export":
        return _export(paths, args.output, args.start, args.end, args.lang or system_language(), args.events)
    if not has_display():
        print(NO_DESKTOP_MESSAGE, file=sys.stderr)
        return 2
    with _collector_paused():  # run_gui resumes it once the window is painted
        from .gui.app import run_gui  # Qt widgets load only for the GUI

        return run_gui(paths, args.lang, args.programme, check_startup=args.check_startup)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The garbage collector paused while the window's modules load and the window is built: start-up
    makes hundreds of thousands of objects and hardly any garbage, and the collections it would run
    cost about 10 ms of it. It runs again at the end, whatever happens."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


NO_DESKTOP_MESSAGE = ("exercises-app: this app needs a desktop screen and none was found; "
                      "start it from your desktop's applications menu.")


def has_display() -> bool:
    """True when a Qt platform can plausibly start: a display, or an explicit platform choice."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def _say(problem: Problem | str, to_stderr: bool = False) -> None:
    """One line quoting a file (its name, its content) with control characters escaped."""
    print(printable(str(problem), one_line=True), file=sys.stderr if to_stderr else sys.stdout)


def _validate(files: list[Path], paths: AppPaths) -> int:
    from .core.content_kind import read_content_file
    from .core.own_exercises import load_own_library, with_user_library
    from .core.programme_file import load_programme

    failed = False
    library = None
    for file in files:
        try:
            kind, _data, _lines = read_content_file(file)
            if kind in ("programme", "own-exercises"):
                if library is None:
                    loaded = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir)
                    if loaded.library is None:
                        raise ContentError(list(loaded.problems))
                    library = loaded.library
                if kind == "programme":
                    load_programme(file, with_user_library(library, paths.own_library, paths.assets_dir))
                else:
                    load_own_library(file, paths.assets_dir, library)
            else:
                load_library(file, paths.assets_dir)
        except ContentError as exc:
            failed = True
            for problem in exc.problems:
                _say(problem)
        except Exception as exc:  # noqa: BLE001 - one line and the log, and the other files are still checked
            failed = True
            print(report_unexpected(paths, "checking the file", exc, file), file=sys.stderr)
        else:
            _say(f"{file}: valid", to_stderr=True)
    return 1 if failed else 0


def _print(paths: AppPaths, programme_file: Path, output: Path, lang: str | None, paper: str,
           layout: str = "standard") -> int:
    """Headless printing: the handout in the programme's language unless --lang is given."""
    from .core.own_exercises import with_user_library
    from .core.programme_file import load_programme

    loaded = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir)
    for problem in loaded.problems:
        _say(problem, to_stderr=True)
    if loaded.library is None:
        return 1
    library = with_user_library(loaded.library, paths.own_library, paths.assets_dir)
    try:
        programme = load_programme(programme_file, library)
    except ContentError as exc:
        for problem in exc.problems:
            _say(problem)
        return 1
    refused = output_problem(output)
    if refused:
        _say(f"exercises-app: {output}: {refused}", to_stderr=True)
        return 1
    _headless_qt()
    from .printing import write_programme_pdf

    try:
        with _qt_messages_to_log():
            pages = write_programme_pdf(programme, library, paths.assets_dir, output, lang=lang,
                                        paper=paper, layout=layout)
    except OSError as exc:
        _say(f"exercises-app: {output}: {exc.strerror or exc}", to_stderr=True)
        return 1
    _say(f"{output}: {pages} pages", to_stderr=True)
    return 0


def output_problem(output: Path) -> str | None:
    """Why a file cannot be written at ``output`` (checked before Qt tries and complains), or None."""
    folder = output.parent
    if output.is_dir():
        return "this is a folder; give the name of the file to write, such as handout.pdf"
    if output.exists() and not output.is_file():  # /dev/null, a pipe: never replaced by a file
        return "this is not a regular file; give the name of the file to write, such as handout.pdf"
    if not folder.is_dir():
        return f"the folder {folder} does not exist" if not folder.exists() else f"{folder} is not a folder"
    if not os.access(folder, os.W_OK):
        return f"cannot write in the folder {folder} (permission denied)"
    if output.exists() and not os.access(output, os.W_OK):
        return "the file exists and cannot be replaced (permission denied)"
    return None


@contextmanager
def _qt_messages_to_log() -> Iterator[None]:
    """Qt's own warnings (``QPainter::begin(): Returned false``) go to the debug log, not the terminal:
    the command prints its own one-line error."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(lambda _mode, _context, message: log.debug("Qt: %s", message))
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _headless_qt() -> None:
    """Printing needs no screen: use Qt's offscreen platform when there is no display."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _CommandError(Exception):
    """A headless command cannot go on; its message is printed and the exit status is 1."""


EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(9999, 1, 1)


def _date_option(text: str, option: str) -> dt.date:
    """A --from/--to date, within the years a record can hold."""
    from .core.record.export import parse_iso_date

    on = parse_iso_date(text, option)
    if not EARLIEST_DATE <= on <= LATEST_DATE:
        raise ValueError(f"{option} must be between {EARLIEST_DATE} and {LATEST_DATE}, not {on}")
    return on


@contextmanager
def _record_for_range(paths: AppPaths, start_text: str | None, end_text: str | None,
                      today: dt.date) -> Iterator[tuple[RecordStore, dt.date, dt.date]]:
    """Open the record read-only and resolve --from (default: the first recorded day) and --to
    (default: the last recorded day, or today if later: a day recorded in a time zone ahead is kept)."""
    from .core.record.errors import RecordError
    from .core.record.store import RecordStore

    try:
        start = _date_option(start_text, "--from") if start_text else None
        end = _date_option(end_text, "--to") if end_text else None
        store = RecordStore.open_read_only(paths.adherence_file)
    except (ValueError, RecordError) as exc:
        raise _CommandError(str(exc)) from exc
    with store:
        try:
            first, last = store.first_day(), store.last_day()
            impossible = store.impossible_dates()
        except RecordError as exc:
            raise _CommandError(str(exc)) from exc
        if impossible:
            print(f"exercises-app: {paths.adherence_file}: {len(impossible)} dates in the record are not real dates "
                  f"and are left out: {', '.join(printable(d, one_line=True) for d in impossible[:5])}",
                  file=sys.stderr)
        end = end or max(last or today, today)
        start = start or min(first or end, end)
        if start > end:
            raise _CommandError(f"--from {start} is after --to {end}")
        yield store, start, end


def _today() -> dt.date:
    from .core.clock import SystemClock, local_date

    return local_date(SystemClock().now())


def _report(paths: AppPaths, output: Path, start_text: str | None, end_text: str | None, lang: str | None,
            paper: str) -> int:
    """The follow-up report as PDF, from the first recorded day (or --from) to today (or --to)."""
    from .core.programme_file import load_programme
    from .core.record.errors import RecordError

    loaded = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir)
    for problem in loaded.problems:
        print(problem, file=sys.stderr)
    if loaded.library is None:
        return 1
    programme = None
    if paths.active_programme_file.exists():
        try:
            programme = load_programme(paths.active_programme_file, loaded.library)
        except ContentError as exc:
            print(f"exercises-app: the programme in use cannot be read ({exc.problems[0]}); "
                  "the report names the record's prescription instead", file=sys.stderr)
    _headless_qt()
    from .printing import build_report, write_report_pdf

    today = _today()
    try:
        with _record_for_range(paths, start_text, end_text, today) as (store, start, end):
            report = build_report(store, start, end, today, programme=programme)
    except _CommandError as exc:
        print(f"exercises-app: {exc}", file=sys.stderr)
        return 1
    except (ValueError, RecordError, OverflowError) as exc:
        print(f"exercises-app: {paths.adherence_file}: {exc}", file=sys.stderr)
        return 1
    try:
        language = lang or (programme.language if programme else system_language())
        pages = write_report_pdf(report, loaded.library, output, lang=language, paper=paper)
    except (ValueError, OSError) as exc:
        print(f"exercises-app: {output}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 1
    print(f"{output}: {pages} pages, {report.start} to {report.as_of}", file=sys.stderr)
    return 0


def _export(paths: AppPaths, output: Path, start_text: str | None, end_text: str | None, lang: str,
            events: bool = False) -> int:
    """The record as CSV, one row per exercise per session (or, with ``events``, one per journal entry)."""
    from .core.record.errors import RecordError
    from .core.record.export import export_csv

    loaded = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir)
    safety = loaded.library.safety if loaded.library is not None else None
    today = _today()
    try:
        with _record_for_range(paths, start_text, end_text, today) as (store, start, end):
            try:
                count = export_csv(store, output, start, end, today, lang, safety, events=events)
            except (RecordError, OverflowError) as exc:
                raise _CommandError(f"{paths.adherence_file}: {exc}") from exc
    except _CommandError as exc:
        print(f"exercises-app: {exc}", file=sys.stderr)
        return 1
    except (ValueError, OSError) as exc:
        print(f"exercises-app: {output}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 1
    what = "journal entries" if events else f"rows from {start} to {end}"
    print(f"{output}: {count} {what}", file=sys.stderr)
    return 0


def _list(paths: AppPaths, lang: str) -> int:
    loaded = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir)
    for problem in loaded.problems:
        _say(problem, to_stderr=True)
    if loaded.library is None:
        return 1
    headers = ("id", "nom" if lang == "fr" else "name", "région" if lang == "fr" else "region",
               "position", "dose")
    rows = [
        tuple(printable(cell, one_line=True) for cell in (
            e.id, e.name.get(lang), REGIONS[e.region].get(lang), POSITIONS[e.position].get(lang),
            describe_dose(e.dose, lang)))
        for e in loaded.library.exercises
    ]
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers) - 1)]
    for row in [headers, tuple("-" * len(h) for h in headers), *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
