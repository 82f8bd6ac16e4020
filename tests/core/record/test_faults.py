"""Nothing lost: killed process, damaged or foreign file, newer file, read-only or full folder, upgrades."""
from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fault_helpers.read_only import lock_folder, unlocked_afterwards

from exercises_app.core.clock import FakeClock
from exercises_app.core.record.errors import (
    NewerSchemaError,
    RecordUnreadableError,
    StoreUnavailableError,
    StoreWriteError,
)
from exercises_app.core.record.schema import UPGRADES, latest_version
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore

from .writing import open_service, result

ROOT = Path(__file__).resolve().parents[3]
HELPER = Path(__file__).with_name("kill_helper.py")
DAY = dt.date(2026, 1, 5)
AT = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
MOVED_NAME = "adherence.sqlite3.damaged-20260105-090000"


def clock() -> FakeClock:
    return FakeClock(start=AT)


def tick_ids(path: Path) -> set[str]:
    """The exercises recorded in session 1 of DAY, read without changing anything."""
    with RecordStore.open_read_only(path) as store:
        session = store.day(DAY).session(1)
    return {t.exercise_id for t in session.ticks} if session else set()


def fill(path: Path, count: int) -> None:
    service = open_service(path, clock())
    for i in range(count):
        service.record_result(DAY, 1, None, result(f"ex-{i:05d}", at=AT))
    service.store.close()


def folder_state(folder: Path, side_files: bool = False) -> dict[str, bytes]:
    """Every file of ``folder`` and its bytes (SQLite's -wal/-shm files left out unless ``side_files``)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and (side_files or not p.name.endswith(("-wal", "-shm")))}


# -- killed in the middle of a session -----------------------------------------------------------
def test_a_process_killed_mid_session_keeps_every_tick_it_reported(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(HELPER), str(path)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reported: list[str] = []
    try:
        while len(reported) < 200:
            line = child.stdout.readline()
            assert line, f"the helper stopped early: {child.stderr.read()}"
            reported.append(line.strip())
        child.send_signal(signal.SIGKILL)
        reported.extend(line.strip() for line in child.stdout.read().splitlines() if line.strip())
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    stored = tick_ids(path)
    assert len(stored) >= len(reported) >= 200
    assert set(reported) <= stored


# -- damaged or foreign files -----------------------------------------------------------------
def truncated_database(path: Path) -> None:
    fill(path, 3000)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(8192))


def text_file(path: Path) -> None:
    path.write_text("Mon journal d'exercices : chat-vache ✓, cobra ✓\n" * 50, encoding="utf-8")


def foreign_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO photos (name) VALUES ('plage.jpg')")
    db.commit()
    db.close()


def damaged_with_side_files(path: Path) -> None:
    random_bytes(path)
    Path(f"{path}-wal").write_bytes(b"stale wal")
    Path(f"{path}-shm").write_bytes(b"stale shm")


@pytest.mark.parametrize("make", [truncated_database, random_bytes, text_file, foreign_database,
                                  damaged_with_side_files])
def test_an_unusable_file_is_moved_aside_and_a_new_record_started(tmp_path: Path, make: Callable[[Path], None]) -> None:
    path = tmp_path / "adherence.sqlite3"
    make(path)
    side = {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("-wal", "-shm")
            if Path(f"{path}{suffix}").exists()}
    original = path.read_bytes()
    opened = RecordStore.open(path, clock=clock())
    moved = tmp_path / MOVED_NAME
    assert opened.moved_to == moved
    assert opened.notice is not None and opened.notice.moved_to == moved and opened.notice.path == path
    assert moved.read_bytes() == original
    for suffix, data in side.items():
        assert Path(f"{moved}{suffix}").read_bytes() == data
    assert opened.store.first_day() is None  # a new, empty record
    service = RecordService(opened.store, clock())
    service.record_result(DAY, 1, None, result("cobra", at=AT))
    assert service.session(DAY, 1).tick("cobra") is not None
    opened.store.close()
    assert tick_ids(path) == {"cobra"}
    # Until the patient acknowledges it, every start tells again; then it stops.
    again = RecordStore.open(path, clock=clock())
    assert again.notice == opened.notice and again.moved_to is None
    again.store.acknowledge_notice(AT)
    again.store.close()
    assert RecordStore.open(path, clock=clock()).notice is None


@pytest.mark.parametrize("make", [truncated_database, random_bytes, text_file, foreign_database,
                                  damaged_with_side_files])
def test_reading_an_unusable_file_changes_nothing(tmp_path: Path, make: Callable[[Path], None]) -> None:
    path = tmp_path / "adherence.sqlite3"
    make(path)
    before = folder_state(tmp_path, side_files=True)
    with pytest.raises(RecordUnreadableError) as caught:
        RecordStore.open_read_only(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    assert folder_state(tmp_path, side_files=True) == before  # nothing moved aside, nothing created


def test_reading_a_missing_record_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(RecordUnreadableError, match="no record there yet"):
        RecordStore.open_read_only(folder / "adherence.sqlite3")
    (folder / "empty.sqlite3").write_bytes(b"")
    with pytest.raises(RecordUnreadableError):
        RecordStore.open_read_only(folder / "empty.sqlite3")
    assert [p.name for p in folder.iterdir()] == ["empty.sqlite3"]


def test_reading_a_record_leaves_no_side_files(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    path = folder / "adherence.sqlite3"
    fill(path, 3)
    before = folder_state(folder, side_files=True)
    assert list(before) == ["adherence.sqlite3"]
    assert len(tick_ids(path)) == 3
    assert folder_state(folder, side_files=True) == before


def test_reading_while_the_app_has_the_record_open_sees_its_latest_writes(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    service = open_service(path, clock())
    service.record_result(DAY, 1, None, result("cobra", at=AT))  # in the -wal, not yet in the file
    assert Path(f"{path}-wal").stat().st_size > 0
    assert tick_ids(path) == {"cobra"}
    service.record_result(DAY, 1, None, result("cat-cow", at=AT))
    assert tick_ids(path) == {"cobra", "cat-cow"}
    service.store.close()
    assert tick_ids(path) == {"cobra", "cat-cow"}


def test_a_second_damaged_file_in_the_same_second_does_not_overwrite_the_first(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    text_file(path)
    RecordStore.open(path, clock=clock()).store.close()
    random_bytes(path)
    second = RecordStore.open(path, clock=clock())
    second.store.close()
    assert second.moved_to == tmp_path / f"{MOVED_NAME}-2"
    assert (tmp_path / MOVED_NAME).read_text(encoding="utf-8").startswith("Mon journal")


def test_an_empty_file_becomes_a_new_record(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    path.write_bytes(b"")
    opened = RecordStore.open(path, clock=clock())
    assert opened.moved_to is None
    opened.store.close()


def test_a_missing_folder_is_created(tmp_path: Path) -> None:
    RecordStore.open(tmp_path / "new" / "data" / "adherence.sqlite3", clock=clock()).store.close()
    assert (tmp_path / "new" / "data" / "adherence.sqlite3").is_file()


def test_a_file_in_place_of_the_folder_is_a_clear_condition(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(StoreUnavailableError, match="nothing is being saved"):
        RecordStore.open(tmp_path / "data" / "adherence.sqlite3", clock=clock())


# -- schema versions -------------------------------------------------------------------------------
def add_entry_comment(db: sqlite3.Connection) -> None:
    """A made-up version 4: a comment per journal entry."""
    db.execute("ALTER TABLE journal ADD COLUMN comment TEXT NOT NULL DEFAULT ''")


def test_a_registered_upgrade_runs_once_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    fill(path, 3)
    runs: list[int] = []

    def to_4(db: sqlite3.Connection) -> None:
        runs.append(1)
        add_entry_comment(db)

    upgrades = {**UPGRADES, 4: to_4}
    assert latest_version(upgrades) == 4
    for _ in range(2):
        store = RecordStore.open(path, clock=clock(), upgrades=upgrades).store
        assert len(store.day(DAY).session(1).ticks) == 3
        store.close()
    assert runs == [1]
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(4,)]
    assert db.execute("SELECT count(*) FROM journal WHERE comment = ''").fetchone()[0] == 3
    db.close()
    assert [p.name for p in tmp_path.glob("adherence.sqlite3.before-v4-*")] == [
        "adherence.sqlite3.before-v4-20260105-090000"]  # a copy kept before the upgrade, once


def test_a_failing_upgrade_leaves_the_file_at_its_version(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    fill(path, 3)

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        db.execute("ALTER TABLE no_such_table ADD COLUMN y")

    with pytest.raises(StoreUnavailableError):
        RecordStore.open(path, clock=clock(), upgrades={**UPGRADES, 4: broken})
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(3,)]
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    db.close()
    assert len(tick_ids(path)) == 3


def test_an_upgrade_registry_with_a_gap_is_refused() -> None:
    with pytest.raises(ValueError):
        latest_version({**UPGRADES, 5: add_entry_comment})


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    RecordStore.open(path, clock=clock(), upgrades={**UPGRADES, 4: add_entry_comment}).store.close()
    before = folder_state(tmp_path)
    with pytest.raises(NewerSchemaError) as caught:
        RecordStore.open(path, clock=clock())
    assert (caught.value.found, caught.value.supported) == (4, 3)
    assert "version 4" in str(caught.value)
    assert folder_state(tmp_path, side_files=True) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("adherence")) == ["adherence.sqlite3"]
    with pytest.raises(NewerSchemaError):  # the export and the report refuse it too
        RecordStore.open_read_only(path)
    assert folder_state(tmp_path, side_files=True) == before


# -- read-only or full folder ----------------------------------------------------------------------
@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    with unlocked_afterwards(folder):
        yield folder


def test_a_read_only_folder_is_a_clear_condition_for_a_new_record(locked_folder: Path) -> None:
    lock_folder(locked_folder)
    with pytest.raises(StoreUnavailableError, match="nothing is being saved"):
        RecordStore.open(locked_folder / "adherence.sqlite3", clock=clock())


def test_a_read_only_folder_with_a_record_is_a_clear_condition_and_the_record_stays(locked_folder: Path) -> None:
    path = locked_folder / "adherence.sqlite3"
    fill(path, 5)
    before = path.read_bytes()
    lock_folder(locked_folder)
    with pytest.raises(StoreUnavailableError, match="nothing is being saved"):
        RecordStore.open(path, clock=clock())
    assert path.read_bytes() == before
    assert sorted(p.name for p in locked_folder.iterdir()) == ["adherence.sqlite3"]  # nothing moved
    # Reading it (the export, the report) works and still changes nothing.
    assert len(tick_ids(path)) == 5
    assert path.read_bytes() == before
    assert sorted(p.name for p in locked_folder.iterdir()) == ["adherence.sqlite3"]


def test_a_full_disk_at_open_is_a_clear_condition(tmp_path: Path) -> None:
    """A child process that may not grow any file (RLIMIT_FSIZE 0) stands for a full disk."""
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
        "from exercises_app.core.record.store import RecordStore, StoreUnavailableError\n"
        "try:\n"
        "    RecordStore.open(sys.argv[1])\n"
        "except StoreUnavailableError as error:\n"
        "    print('unavailable:', error)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "adherence.sqlite3")],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("unavailable:") and "nothing is being saved" in result.stdout


def test_a_full_disk_while_recording_raises_store_write_error_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    service = open_service(path, clock())
    for i in range(10):
        service.record_result(DAY, 1, None, result(f"before-{i}", at=AT))
    db = service.store._db  # the limit is per connection: set it on the store's own
    assert db is not None
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    saved = [f"before-{i}" for i in range(10)]
    with pytest.raises(StoreWriteError) as caught:
        for i in range(100_000):
            exercise_id = f"while-full-{i:05d}-" + "x" * 40
            service.record_result(DAY, 1, None, result(exercise_id, at=AT))
            saved.append(exercise_id)
    assert "full" in str(caught.value)
    assert {t.exercise_id for t in service.session(DAY, 1).ticks} == set(saved)
    service.store.close()
    assert tick_ids(path) == set(saved)  # and once reopened (space freed), writing works again
    service = open_service(path, clock())
    service.record_result(DAY, 1, None, result("after", at=AT))
    service.store.close()
