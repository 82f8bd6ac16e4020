"""The conditions the record reports, each one the UI or the command line can name to the user."""
from __future__ import annotations

import sqlite3
from pathlib import Path


class RecordError(Exception):
    """Base of every error the record raises on purpose."""


class StoreUnavailableError(RecordError):
    """The record cannot be opened for writing (read-only, full or missing folder, locked file).

    The UI should say that nothing is being saved; the file, if any, is left as it was.
    """

    def __init__(self, path: Path, cause: BaseException | str) -> None:
        self.path = path
        self.cause = cause
        super().__init__(
            f"The record {path} cannot be opened for writing ({cause}): nothing is being saved.")


class NewerSchemaError(RecordError):
    """The file was written by a newer version of the app; it is refused and left untouched."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"The record {path} has format version {found}, but this version of the app "
            f"reads versions up to {supported}. Update the app; the file was left untouched."
        )


class StoreWriteError(RecordError):
    """One user action could not be saved (disk full, read-only, busy, I/O error).

    The action is rolled back as a whole; everything recorded before it is still there.
    """

    def __init__(self, action: str, cause: sqlite3.Error) -> None:
        self.action = action
        self.cause = cause
        super().__init__(f"Could not save ({action}): {cause}")


class StoreReadError(RecordError):
    """The record could not be read (I/O error, locked for too long)."""


class RecordUnreadableError(RecordError):
    """A command that only reads found no usable record (missing, damaged, foreign, unreadable).

    Nothing was moved or written; the message names the file in one line.
    """

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: the record of exercises cannot be read: {reason}.")
