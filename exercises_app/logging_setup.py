"""Where the app's log messages go: one function, called once at start by the command line.

Quiet by default: warnings and errors on stderr. ``--verbose`` adds the details (INFO and DEBUG).
Errors are also appended to ``AppPaths.log_file`` in the data folder, which is created only when
there is an error to write, so a patient's folder holds no empty log.
"""
from __future__ import annotations

import logging
from pathlib import Path

STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _LazyFileHandler(logging.FileHandler):
    """Appends to a file created (with its folder) on the first record; silent when that fails."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.path = path

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (Qt name)
        """A log file that cannot be written must not print a traceback; stderr has the message already."""


def setup_logging(log_file: Path | None, verbose: bool = False) -> None:
    """Send warnings and errors (everything with ``verbose``) to stderr, and errors to ``log_file``."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "exercises_app", False):
            root.removeHandler(handler)
            handler.close()
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter(STDERR_FORMAT))
    handlers: list[logging.Handler] = [console]
    if log_file is not None:
        to_file = _LazyFileHandler(log_file)
        to_file.setLevel(logging.ERROR)
        to_file.setFormatter(logging.Formatter(FILE_FORMAT))
        handlers.append(to_file)
    for handler in handlers:
        # A marker of our own on a stdlib handler, so the next setup finds and replaces it.
        handler.exercises_app = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
