"""Nothing lost: killed process, damaged or foreign file, newer file, read-only or full folder, upgrades."""
from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from exercises_app.core.adherence import (
    AdherenceStore,
    NewerSchemaError,
    StoreUnavailableError,
    StoreWriteError,
)
from exercises_app.core.adherence_schema import UPGRADES, latest_version
from exercises_app.core.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]
HELPER = Path(__file__).with_name("adherence_kill_helper.py")
DAY = dt.date(2026, 1, 5)
AT = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
MOVED_NAME = "adherence.sqlite3.damaged-20260105-090000"


def clock() -> FakeClock:
    return FakeClock(start=AT)


def tick_ids(path: Path) -> set[str]:
    store = AdherenceStore.open(path, clock=clock()).store
    session = store.day(DAY).session(1)
    store.close()
    return {t.exercise_id for t in session.ticks} if session else set()


def fill(path: Path, count: int) -> None:
    store = AdherenceStore.open(path, clock=clock()).store
    for i in range(count):
        store.record_exercise(DAY, 1, f"ex-{i:05d}", "done", 1, 1, AT)
    store.close()


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
    side = {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("-wal", "-shm") if Path(f"{path}{suffix}").exists()}
    original = path.read_bytes()
    opened = AdherenceStore.open(path, clock=clock())
    moved = tmp_path / MOVED_NAME
    assert opened.moved_to == moved
    assert opened.notice is not None and str(moved) in opened.notice
    assert moved.read_bytes() == original
    for suffix, data in side.items():
        assert Path(f"{moved}{suffix}").read_bytes() == data
    opened.store.record_exercise(DAY, 1, "cobra", "done", 1, 1, AT)
    assert opened.store.day(DAY).session(1).tick("cobra") is not None
    opened.store.close()
    assert tick_ids(path) == {"cobra"}


def test_a_second_damaged_file_in_the_same_second_does_not_overwrite_the_first(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    text_file(path)
    AdherenceStore.open(path, clock=clock()).store.close()
    random_bytes(path)
    second = AdherenceStore.open(path, clock=clock())
    second.store.close()
    assert second.moved_to == tmp_path / f"{MOVED_NAME}-2"
    assert (tmp_path / MOVED_NAME).read_text(encoding="utf-8").startswith("Mon journal")


def test_an_empty_file_becomes_a_new_record(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    path.write_bytes(b"")
    opened = AdherenceStore.open(path, clock=clock())
    assert opened.moved_to is None
    opened.store.close()


def test_a_missing_folder_is_created(tmp_path: Path) -> None:
    AdherenceStore.open(tmp_path / "new" / "data" / "adherence.sqlite3", clock=clock()).store.close()
    assert (tmp_path / "new" / "data" / "adherence.sqlite3").is_file()


def test_a_file_in_place_of_the_folder_is_a_clear_condition(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(StoreUnavailableError, match="nothing is being saved"):
        AdherenceStore.open(tmp_path / "data" / "adherence.sqlite3", clock=clock())


# -- schema versions -------------------------------------------------------------------------------
def add_exercise_comment(db: sqlite3.Connection) -> None:
    """A made-up version 2: a comment per tick."""
    db.execute("ALTER TABLE exercise_record ADD COLUMN comment TEXT NOT NULL DEFAULT ''")


def test_a_registered_upgrade_runs_once_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    fill(path, 3)
    runs: list[int] = []

    def to_2(db: sqlite3.Connection) -> None:
        runs.append(1)
        add_exercise_comment(db)

    upgrades = {**UPGRADES, 2: to_2}
    assert latest_version(upgrades) == 2
    for _ in range(2):
        store = AdherenceStore.open(path, clock=clock(), upgrades=upgrades).store
        assert len(store.day(DAY).session(1).ticks) == 3
        store.close()
    assert runs == [1]
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(2,)]
    assert db.execute("SELECT count(*) FROM exercise_record WHERE comment = ''").fetchone()[0] == 3
    db.close()


def test_a_failing_upgrade_leaves_the_file_at_its_version(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    fill(path, 3)

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        db.execute("ALTER TABLE no_such_table ADD COLUMN y")

    with pytest.raises(StoreUnavailableError):
        AdherenceStore.open(path, clock=clock(), upgrades={**UPGRADES, 2: broken})
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    db.close()
    assert len(tick_ids(path)) == 3


def test_an_upgrade_registry_with_a_gap_is_refused() -> None:
    with pytest.raises(ValueError):
        latest_version({**UPGRADES, 3: add_exercise_comment})


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    AdherenceStore.open(path, clock=clock(), upgrades={**UPGRADES, 2: add_exercise_comment}).store.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError) as caught:
        AdherenceStore.open(path, clock=clock())
    assert (caught.value.found, caught.value.supported) == (2, 1)
    assert "version 2" in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("adherence")) == ["adherence.sqlite3"]


# -- read-only or full folder ----------------------------------------------------------------------
def lock_folder(folder: Path) -> None:
    """Make ``folder`` read-only: chmod for a user, the immutable attribute for root (who ignores modes)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
    else:
        if shutil.which("chattr") is None:
            pytest.skip("root ignores folder modes and chattr is not installed")
        result = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"cannot make a folder read-only as root here: {result.stderr.strip()}")
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return
    (folder / "probe").unlink()
    pytest.skip("this file system lets us write into a read-only folder")


@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    yield folder
    if os.geteuid() != 0:
        folder.chmod(0o755)
    elif shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)


def test_a_read_only_folder_is_a_clear_condition_for_a_new_record(locked_folder: Path) -> None:
    lock_folder(locked_folder)
    with pytest.raises(StoreUnavailableError, match="nothing is being saved"):
        AdherenceStore.open(locked_folder / "adherence.sqlite3", clock=clock())


def test_a_read_only_folder_with_a_record_is_a_clear_condition_and_the_record_stays(locked_folder: Path) -> None:
    path = locked_folder / "adherence.sqlite3"
    fill(path, 5)
    before = path.read_bytes()
    lock_folder(locked_folder)
    with pytest.raises(StoreUnavailableError, match="nothing is being saved"):
        AdherenceStore.open(path, clock=clock())
    assert path.read_bytes() == before
    assert sorted(p.name for p in locked_folder.iterdir()) == ["adherence.sqlite3"]  # nothing moved


def test_a_full_disk_at_open_is_a_clear_condition(tmp_path: Path) -> None:
    """A child process that may not grow any file (RLIMIT_FSIZE 0) stands for a full disk."""
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
        "from exercises_app.core.adherence import AdherenceStore, StoreUnavailableError\n"
        "try:\n"
        "    AdherenceStore.open(sys.argv[1])\n"
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
    store = AdherenceStore.open(path, clock=clock()).store
    for i in range(10):
        store.record_exercise(DAY, 1, f"before-{i}", "done", 1, 1, AT)
    db = store._db  # the limit is per connection: set it on the store's own
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    saved = [f"before-{i}" for i in range(10)]
    with pytest.raises(StoreWriteError) as caught:
        for i in range(100_000):
            exercise_id = f"while-full-{i:05d}-" + "x" * 40
            store.record_exercise(DAY, 1, exercise_id, "done", 1, 1, AT)
            saved.append(exercise_id)
    assert "full" in str(caught.value)
    assert {t.exercise_id for t in store.day(DAY).session(1).ticks} == set(saved)
    store.close()
    assert tick_ids(path) == set(saved)  # and once reopened (space freed), writing works again
    store = AdherenceStore.open(path, clock=clock()).store
    store.record_exercise(DAY, 1, "after", "done", 1, 1, AT)
    store.close()
