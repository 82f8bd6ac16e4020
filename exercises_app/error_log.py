"""Unexpected errors: one line for the user, the details in the data folder's log file.

No traceback reaches the user from a command or at start-up: :func:`report_unexpected` appends the
traceback to ``AppPaths.log_file`` (created only when there is an error to write) and returns the
one line to show, naming the file that was being worked on and the log.
"""
from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from . import __version__
from .config import AppPaths
from .core.printable import printable


def _append(paths: AppPaths, heading: str, details: str) -> Path | None:
    """Append an entry to the log file (made with its folder if needed); None when it cannot be written."""
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        with paths.log_file.open("a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"--- {stamp} exercises-app {__version__}: {heading}\n{details.rstrip()}\n\n")
    except OSError:
        return None
    return paths.log_file


def write_error_log(paths: AppPaths, what: str, error: BaseException) -> Path | None:
    """Append ``error``'s traceback to the log file; the file written, or None when it cannot be."""
    return _append(paths, what, "".join(traceback.format_exception(error)))


def report_unexpected(paths: AppPaths, what: str, error: BaseException,
                      file: Path | str | None = None) -> str:
    """Log ``error`` (met while doing ``what``) and return the one line to show the user."""
    written = write_error_log(paths, what, error)
    where = f"{printable(str(file), one_line=True)}: " if file is not None else ""
    summary = printable(f"{type(error).__name__}: {error}"[:300], one_line=True)
    details = f"details are in {written}" if written is not None else "the details could not be logged"
    return f"exercises-app: {where}unexpected error while {what} ({summary}); {details}"
