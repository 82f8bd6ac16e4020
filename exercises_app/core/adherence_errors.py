"""The conditions the adherence store reports, each one the UI can name to the user."""
from __future__ import annotations

import sqlite3
from pathlib import Path


class AdherenceStoreError(Exception):
    """Base of every error the adherence store raises on purpose."""


class StoreUnavailableError(AdherenceStoreError):
    """The record cannot be opened for writing (read-only, full or missing folder, locked file).

    The UI should say that nothing is being saved; the file, if any, is left as it was.
    """

    def __init__(self, path: Path, cause: BaseException | str) -> None:
        self.path = path
        self.cause = cause
        super().__init__(
            f"The adherence record {path} cannot be opened for writing ({cause}): nothing is being saved.")


class NewerSchemaError(AdherenceStoreError):
    """The file was written by a newer version of the app; it is refused and left untouched."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"The adherence record {path} has format version {found}, but this version of the app "
            f"reads versions up to {supported}. Update the app; the file was left untouched."
        )


class StoreWriteError(AdherenceStoreError):
    """One user action could not be saved (disk full, read-only, busy, I/O error).

    The action is rolled back as a whole; everything recorded before it is still there.
    """

    def __init__(self, action: str, cause: sqlite3.Error) -> None:
        self.action = action
        self.cause = cause
        super().__init__(f"Could not save ({action}): {cause}")


class StoreReadError(AdherenceStoreError):
    """The record could not be read (I/O error, locked for too long)."""
