"""Whether the record is unchanged since the app last closed it, so that a start need not check
every row of it again.

Opening the record for the app checks the whole file (``PRAGMA quick_check``, ``schema.inspect``):
its structure, and every row against the schema's constraints; on a year's record the rows are most
of that time (about 12 ms of 13). When the app has closed the record, the file holds only rows that
passed those constraints (checked when it was opened, and SQLite checks each write as it is made),
so the app notes the file's name, size and CRC-32 in the data folder's cache folder.

At the next start, a file with that size and CRC-32 (about 1 ms to compute on a year's record), and
no write-ahead log beside it (writes not yet folded back into the file), holds exactly what the app
left: its structure is checked, its rows are not checked again. Anything else (no note, another
size or content, an unreadable note) means the whole check, as before. The content, not the
modification time, is compared: two writes within one tick of the file system's clock leave the
same time. The note is a cache: deleting it costs one whole check.
"""
from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path

NOTE_FORMAT = "exercises-app-record-verified"


def note_file_for(record: Path, cache_dir: Path) -> Path:
    """Where the note about ``record`` is kept."""
    return cache_dir / f"{record.name}.verified.json"


def _size(record: Path) -> int:
    return os.stat(record).st_size


def _crc32(record: Path) -> int:
    """The CRC-32 of the whole file, read 64 KiB at a time (small reads: no large block for the allocator to keep)."""
    crc = 0
    with record.open("rb") as file:
        while chunk := file.read(1 << 16):
            crc = zlib.crc32(chunk, crc)
    return crc


def unchanged_since_verified(record: Path, cache_dir: Path) -> bool:
    """True when ``record`` is as the app left it when it last closed it (see the module docstring)."""
    try:
        if Path(f"{record}-wal").exists():
            return False
        note = json.loads(note_file_for(record, cache_dir).read_bytes())
        if not isinstance(note, dict) or note.get("format") != NOTE_FORMAT or note.get("record") != record.name:
            return False
        return bool(note.get("size") == _size(record) and note.get("crc32") == _crc32(record))
    except (OSError, ValueError, RecursionError):
        return False


def remember_verified(record: Path, cache_dir: Path) -> None:
    """Note ``record``'s size and time once the app has closed it; only when the data folder exists;
    never raises (without a note the next start checks every row)."""
    note_file = note_file_for(record, cache_dir)
    if not cache_dir.parent.is_dir():
        return
    temporary = note_file.with_name(f"{note_file.name}.{os.getpid()}.tmp")
    try:
        if not record.is_file() or Path(f"{record}-wal").exists():
            note_file.unlink(missing_ok=True)  # another copy of the app still has it open
            return
        cache_dir.mkdir(exist_ok=True)
        note = {"format": NOTE_FORMAT, "record": record.name, "size": _size(record), "crc32": _crc32(record)}
        temporary.write_text(json.dumps(note), encoding="utf-8")
        os.replace(temporary, note_file)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
