"""The note that the record is as the app left it: a start then checks the file's structure, not
every row again; any other writer, a log not folded back or a missing note means the whole check."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from exercises_app.core.clock import FakeClock
from exercises_app.core.record.store import RecordStore
from exercises_app.core.record.verified import note_file_for, remember_verified, unchanged_since_verified

from .writing import AT, open_service, result


@pytest.fixture
def record(tmp_path: Path) -> Path:
    """A closed record with a few entries, in a data folder whose cache folder does not exist yet."""
    path = tmp_path / "data" / "adherence.sqlite3"
    service = open_service(path)
    attempt = service.start_session(AT.date(), 1)
    service.record_result(AT.date(), 1, attempt, result("cat-cow"))
    service.store.close()
    return path


def cache(record: Path) -> Path:
    return record.parent / "cache"


def test_a_record_closed_by_the_app_is_known_unchanged_until_written_again(record: Path) -> None:
    assert not unchanged_since_verified(record, cache(record))  # no note yet
    remember_verified(record, cache(record))
    assert unchanged_since_verified(record, cache(record))
    later = FakeClock(start=AT + dt.timedelta(hours=1))
    opened = RecordStore.open(record, clock=later, check_rows=False)  # it writes when it was opened
    assert not unchanged_since_verified(record, cache(record))  # open: a log beside it
    opened.store.close()
    assert not unchanged_since_verified(record, cache(record))  # written since
    remember_verified(record, cache(record))
    assert unchanged_since_verified(record, cache(record))


def test_a_copy_of_the_whole_data_folder_keeps_its_note(record: Path, tmp_path: Path) -> None:
    remember_verified(record, cache(record))
    shutil.copytree(record.parent, tmp_path / "copy")  # keeps the modification times
    copied = tmp_path / "copy" / record.name
    assert unchanged_since_verified(copied, cache(copied))


def test_a_note_for_other_content_or_a_damaged_note_means_the_whole_check(record: Path) -> None:
    remember_verified(record, cache(record))
    note = note_file_for(record, cache(record))
    stat = record.stat()
    content = bytearray(record.read_bytes())
    content[-1] ^= 1  # same size and time, another content
    record.write_bytes(bytes(content))
    os.utime(record, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert not unchanged_since_verified(record, cache(record))
    remember_verified(record, cache(record))
    note.write_text("{not json", encoding="utf-8")
    assert not unchanged_since_verified(record, cache(record))
    note.unlink()
    assert not unchanged_since_verified(record, cache(record))


def test_rows_another_program_wrote_against_the_constraints_are_still_found(record: Path) -> None:
    remember_verified(record, cache(record))
    db = sqlite3.connect(record)
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("INSERT INTO journal (on_date, kind, recorded_at) VALUES ('someday', 'tick', 'now')")
    db.commit()
    db.close()
    assert not unchanged_since_verified(record, cache(record))
    opened = RecordStore.open(record, clock=FakeClock(start=AT))
    assert opened.moved_to is not None and "CHECK constraint failed" in opened.notice.reason  # type: ignore[union-attr]
    opened.store.close()


def test_no_note_is_written_without_a_data_folder_or_while_another_copy_has_the_record_open(
    record: Path, tmp_path: Path
) -> None:
    remember_verified(record, tmp_path / "no-such-folder" / "cache")
    assert not (tmp_path / "no-such-folder").exists()
    remember_verified(record, cache(record))
    other = RecordStore.open(record, clock=FakeClock(start=AT))  # another copy of the app
    remember_verified(record, cache(record))
    assert not note_file_for(record, cache(record)).exists()
    other.store.close()
