"""The app under faults: killed mid-session, damaged or newer record, read-only folder, full disk,
library replaced while running, two copies at once, the clock moved back, broken programme files.

Each test drives the real path (``AppContext.create`` on a temporary data folder, the session
engine with the app's ``SessionRecorder``, the main window where the user is told something) and
its docstring says what it proves. What the store alone already proves is in
``tests/core/record/test_faults.py`` and is not repeated here.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fault_helpers import read_only
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exercises_app.audio import CuePlayer
from exercises_app.config import AppPaths
from exercises_app.core.clock import FakeClock, local_date
from exercises_app.core.errors import ContentError
from exercises_app.core.library import load_library
from exercises_app.core.programme_file import load_programme
from exercises_app.core.record.figures import pain_baseline, streaks, warning, weekly_adherence
from exercises_app.core.record.recorder import SessionRecorder
from exercises_app.core.record.schema import UPGRADES
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session import SessionEngine, SessionState
from exercises_app.core.session_results import ExerciseResult
from exercises_app.gui.context import AppContext
from exercises_app.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
HELPERS = Path(__file__).with_name("fault_helpers")
START = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.UTC)
TIMEOUT_S = 60.0


# -- helpers ------------------------------------------------------------------------------------------------
@pytest.fixture
def paths(isolated_data_dir: Path) -> AppPaths:
    return AppPaths(data_dir=isolated_data_dir)


@pytest.fixture
def open_context(qapp: QApplication) -> Iterator[Callable[..., AppContext]]:
    """``AppContext.create`` as the app calls it at start-up; every context made is closed afterwards."""
    made: list[AppContext] = []

    def create(paths: AppPaths, clock: FakeClock | None = None) -> AppContext:
        context = AppContext.create(paths, "en", clock or FakeClock(start=START))
        made.append(context)
        return context

    yield create
    for context in made:
        context.close()


@pytest.fixture
def open_window(qtbot: QtBot) -> Callable[[AppContext], MainWindow]:
    def create(context: AppContext) -> MainWindow:
        silent = CuePlayer(context.paths.assets_dir / "sounds", which=lambda name: None)
        window = MainWindow(context, cues=silent)
        qtbot.addWidget(window)
        return window

    return create


def run_session(context: AppContext, slot: int, on: dt.date | None = None, step_s: float = 2.0,
                ) -> tuple[SessionEngine, SessionRecorder]:
    """A whole guided session through the engine and the app's recorder, as the session screen runs it."""
    recorder = SessionRecorder(context.record, on or context.today(), slot)
    recorder.start()
    engine = SessionEngine(context.session_items(slot), context.clock, recorder)
    engine.start()
    for _ in range(100_000):
        if engine.state is not SessionState.RUNNING:
            break
        context.clock.advance(step_s)
        engine.tick()
    assert engine.state is SessionState.FINISHED
    recorder.end("finished")
    return engine, recorder


def run_window_session(window: MainWindow, slot: int = 1, step_s: float = 2.0) -> None:
    """A whole session on the session screen, driven by the fake clock."""
    view = window.session_view
    assert view.prepare(slot)
    view.start()
    for _ in range(100_000):
        if view.engine.state is not SessionState.RUNNING:
            break
        window.context.clock.advance(step_s)
        view.tick()
    assert view.engine.state is SessionState.FINISHED


def ticks(record: RecordService | RecordStore | None, on: dt.date, slot: int) -> dict[str, tuple[str, int]]:
    """What the day shows for each exercise of a session: (status, sets done)."""
    assert record is not None
    session = record.day(on).session(slot)
    return {t.exercise_id: (t.status, t.sets_done) for t in session.ticks} if session else {}


def integrity(path: Path) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        checks = db.execute("PRAGMA integrity_check").fetchall()
        return checks + db.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        db.close()


def adherence_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("adherence"))


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (sub-folders included) by relative path, with its content."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- killed during a session --------------------------------------------------------------------------------
def _read_lines(child: subprocess.Popen, wanted: int, deadline: float) -> list[str]:
    """Lines from the child's stdout until ``wanted`` are read (or it ends), never past ``deadline``."""
    buffer = b""
    lines: list[str] = []
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        while len(lines) < wanted:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"the helper printed only {len(lines)} lines in {TIMEOUT_S} s"
            if not selector.select(remaining):
                continue
            chunk = os.read(child.stdout.fileno(), 65536)
            if not chunk:
                break
            buffer += chunk
            *complete, buffer = buffer.split(b"\n")
            lines += [line.decode() for line in complete]
    return lines


@pytest.mark.parametrize("seed", [1, 2])
def test_a_session_killed_mid_way_keeps_every_result_it_reported(tmp_path: Path, seed: int) -> None:
    """SIGKILL during guided sessions (engine + SessionRecorder + the record service): every result and report
    the process saw saved is in the record when it is opened again, and the file is not damaged."""
    path = tmp_path / "data" / "adherence.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    child = subprocess.Popen([sys.executable, str(HELPERS / "session_kill_helper.py"), str(path), str(seed)],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + TIMEOUT_S
    try:
        printed = _read_lines(child, random.Random(seed).randint(80, 200), deadline)
        assert child.poll() is None, f"the helper stopped early: {child.stderr.read().decode()}"
        child.send_signal(signal.SIGKILL)
        printed += _read_lines(child, 10 ** 9, deadline)  # whatever it printed before dying
        child.wait(timeout=TIMEOUT_S)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    reported_ticks: dict[tuple[str, int, str], tuple[str, int]] = {}
    reported_pain: dict[tuple[str, int], int] = {}
    for line in filter(None, printed):
        kind, *fields = line.split()
        if kind == "TICK":
            on, slot, exercise_id, status, sets = fields
            reported_ticks[(on, int(slot), exercise_id)] = (status, int(sets))
        elif kind == "REPORT":
            on, slot, pain = fields
            reported_pain[(on, int(slot))] = int(pain)
        else:
            pytest.fail(f"the helper could not record: {line}")
    assert len(reported_ticks) >= 50 and reported_pain

    opened = RecordStore.open(path, clock=FakeClock(start=START))
    with opened.store as store:
        assert opened.notice is None and opened.moved_to is None
        for (on, slot, exercise_id), expected in reported_ticks.items():
            stored = ticks(store, dt.date.fromisoformat(on), slot)
            assert stored.get(exercise_id) == expected, (on, slot, exercise_id)
        for (on, slot), pain in reported_pain.items():
            assert store.day(dt.date.fromisoformat(on)).session(slot).report.pain == pain
    assert integrity(path) == [("ok",)]


# -- damaged record at start-up -----------------------------------------------------------------------------
def zero_first_page(data: bytes) -> bytes:
    return b"\x00" * 4096 + data[4096:]


def scramble_middle(data: bytes) -> bytes:
    middle = len(data) // 3
    return data[:100] + random.Random(3).randbytes(len(data) - 100)[:middle] + data[100 + middle:]


@pytest.mark.parametrize("damage", [zero_first_page, scramble_middle])
def test_a_damaged_record_at_start_up_is_kept_aside_and_a_new_one_works(
    paths: AppPaths, open_context: Callable[..., AppContext], damage: Callable[[bytes], bytes],
) -> None:
    """At start-up a damaged record is moved aside with its bytes intact, the notice names where it
    went, and the app records into a new one (prescription and a whole session)."""
    first = open_context(paths)
    for day in range(40):  # enough history that the damage hits the tables, not only free pages
        run_session(first, 1, on=first.today() - dt.timedelta(days=day + 1), step_s=6.0)
    first.close()
    damaged = damage(paths.adherence_file.read_bytes())
    paths.adherence_file.write_bytes(damaged)

    context = open_context(paths)
    assert context.record is not None
    moved = [p for p in paths.data_dir.iterdir() if p.name.startswith("adherence.sqlite3.damaged-")]
    assert len(moved) == 1
    assert moved[0].read_bytes() == damaged
    assert context.moved_aside is not None and context.moved_aside.moved_to == moved[0]
    assert context.record.prescription_on(context.today()) is not None
    engine, recorder = run_session(context, 1)
    assert not recorder.failures
    assert set(ticks(context.record, context.today(), 1)) == {item.exercise_id for item in engine.items}
    assert moved[0].read_bytes() == damaged  # and the new record never touched it


# -- record from a newer version ----------------------------------------------------------------------------
def test_a_record_from_a_newer_version_is_refused_untouched_and_the_app_still_runs(
    paths: AppPaths, open_context: Callable[..., AppContext], open_window: Callable[[AppContext], MainWindow],
) -> None:
    """A record written by a newer app (schema version 4) is refused and left byte for byte as it
    was; the app opens with its library and programme, the notice and the Today screen say why
    nothing is saved, and a whole session runs (its results kept as failures, nothing raised)."""

    def version_4(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE journal ADD COLUMN comment TEXT NOT NULL DEFAULT ''")

    clock = FakeClock(start=START)
    opened = RecordStore.open(paths.adherence_file, clock=clock, upgrades={**UPGRADES, 4: version_4})
    newer = RecordService(opened.store, clock)
    newer.record_result(START.date(), 1, None, ExerciseResult("cobra", "done", 1, 1, START, START, 10))
    newer.store.close()
    before, files = paths.adherence_file.read_bytes(), adherence_files(paths.data_dir)

    context = open_context(paths)
    assert context.record is None and context.store_notice is not None
    assert "version 4" in context.store_notice and "untouched" in context.store_notice
    assert context.library_load.library is not None and context.programme is not None
    window = open_window(context)
    assert "Nothing is being saved" in window.today_view.store_banner.text()
    assert "version 4" in window.today_view.store_banner.text()
    run_window_session(window)
    recorder = window.session_view.recorder
    assert recorder.failures == [item.exercise_id for item in context.session_items(1)]
    assert not recorder.recorded
    assert paths.adherence_file.read_bytes() == before
    assert adherence_files(paths.data_dir) == files


# -- read-only data folder ----------------------------------------------------------------------------------
@pytest.fixture
def lock_folder() -> Iterator[Callable[[Path], None]]:
    """Make a folder read-only (``fault_helpers.read_only``); undone after the test."""
    locked: list[Path] = []

    def lock(folder: Path) -> None:
        locked.append(folder)
        read_only.lock_folder(folder)

    yield lock
    for folder in locked:
        read_only.unlock_folder(folder)


@pytest.mark.parametrize("record", ["none", "kept", "damaged"])
def test_a_read_only_data_folder_still_gives_the_library_and_a_session(
    paths: AppPaths, open_context: Callable[..., AppContext], open_window: Callable[[AppContext], MainWindow],
    lock_folder: Callable[[Path], None], record: str,
) -> None:
    """In a data folder where nothing can be written (with no record, a record, or a damaged record)
    the app opens with its library and programme, says that nothing is being saved, runs a whole
    session without crashing, and leaves any record there exactly as it was."""
    if record != "none":
        first = open_context(paths)
        run_session(first, 1, on=first.today() - dt.timedelta(days=1))
        first.close()
        if record == "damaged":
            paths.adherence_file.write_bytes(b"\x00" * 4096 + paths.adherence_file.read_bytes()[4096:])
    files = files_in(paths.data_dir)  # the record, settings, programme and library cache
    lock_folder(paths.data_dir)

    context = open_context(paths)
    assert context.record is None and context.store_notice is not None
    assert "nothing is being saved" in context.store_notice
    assert context.library_load.library is not None and context.programme is not None
    window = open_window(context)
    assert "Nothing is being saved" in window.today_view.store_banner.text()
    run_window_session(window)
    assert window.session_view.recorder.failures and not window.session_view.recorder.recorded
    context.use_programme(context.programme)  # keeping a copy of the programme fails quietly too
    assert context.programme_notice is not None
    assert files_in(paths.data_dir) == files


# -- full disk while recording ------------------------------------------------------------------------------
def test_a_full_disk_while_recording_a_session_raises_nothing_and_keeps_earlier_results(
    paths: AppPaths, open_context: Callable[..., AppContext],
) -> None:
    """With the disk full part-way (SQLite may not grow the file), the sessions go on to the end:
    the failed results are kept in ``recorder.failures``, nothing is raised into the engine, every
    result saved before or between failures is in the record, and no failed one is half there."""
    context = open_context(paths)
    assert context.record is not None
    store = context.record.store
    _, before = run_session(context, 1)
    assert before.recorded and not before.failures
    db = store._db  # the page limit is per connection: set it on the store's own
    assert db is not None
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    recorders = [before]
    for day in range(1, 400):
        _, recorder = run_session(context, 1, on=context.today() + dt.timedelta(days=day), step_s=6.0)
        recorders.append(recorder)
        if recorder.failures:
            break
    assert recorders[-1].failures, "the disk never filled"
    store.close()

    reopened = RecordStore.open(paths.adherence_file, clock=FakeClock(start=START)).store
    try:
        for recorder in recorders:
            stored = ticks(reopened, recorder.on, recorder.slot)
            assert stored == {r.exercise_id: (r.status, r.sets_done) for r in recorder.recorded}
            assert not set(recorder.failures) & set(stored)
    finally:
        reopened.close()
    assert integrity(paths.adherence_file) == [("ok",)]


# -- library replaced while the app runs --------------------------------------------------------------------
def unknown_region(text: str) -> tuple[str, int | None]:
    lines = text.splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if line.strip() == "region: low-back")
    lines[number - 1] = lines[number - 1].replace("low-back", "lower-back")
    return "".join(lines), number


def unreadable_value(text: str) -> tuple[str, int | None]:
    lines = text.splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if line.strip() == "region: low-back")
    lines[number - 1] = lines[number - 1].replace("low-back", "!!timestamp low-back")
    return "".join(lines), number


def half_written(text: str) -> tuple[str, int | None]:
    return text[: len(text) // 2], None


@pytest.mark.parametrize("breakage", [unknown_region, unreadable_value, half_written])
def test_a_library_replaced_by_a_broken_one_while_running_is_reported_at_the_next_start(
    paths: AppPaths, open_context: Callable[..., AppContext], qtbot: QtBot,
    breakage: Callable[[str], tuple[str, int | None]],
) -> None:
    """The user's library overwritten with a broken one after start: the running app keeps the
    library it loaded and its sessions work; the next start reports the problem with file and line
    (also on the Library screen) and uses the bundled library."""
    good = paths.bundled_library.read_text(encoding="utf-8")
    paths.user_library.write_text(good, encoding="utf-8")
    running = open_context(paths)
    library = running.library_load.library
    assert library is not None and library.source == paths.user_library and not running.library_load.problems

    broken, line = breakage(good)
    paths.user_library.write_text(broken, encoding="utf-8")
    assert running.library_load.library is library and library.get("cat-cow") is not None
    engine, recorder = run_session(running, 1)
    assert not recorder.failures and len(recorder.recorded) == len(engine.items)

    restarted = open_context(paths, FakeClock(start=START + dt.timedelta(hours=1)))
    load = restarted.library_load
    assert load.fell_back and load.library is not None and load.library.source == paths.bundled_library
    problem = load.problems[0]
    assert problem.file == str(paths.user_library)
    assert problem.line == line if line is not None else 1 <= problem.line <= len(broken.splitlines()) + 1
    from exercises_app.gui.library_view import LibraryView

    view = LibraryView(restarted)
    qtbot.addWidget(view)
    assert f"{paths.user_library}:{problem.line}" in view.banner.text()


# -- two copies of the app ----------------------------------------------------------------------------------
def test_two_copies_of_the_app_on_one_data_folder_see_each_others_ticks(
    paths: AppPaths, open_context: Callable[..., AppContext],
) -> None:
    """Two AppContexts on the same data folder run sessions 1 and 2 with their ticks interleaved
    write by write, and record the same exercise of session 3 in turn: each copy sees every result
    of both, the best of the repeated results stands (each one kept in the journal), and the file
    is intact."""
    first = open_context(paths, FakeClock(start=START))
    second = open_context(paths, FakeClock(start=START + dt.timedelta(seconds=1)))
    assert first.record is not None and second.record is not None
    assert not first.store_notice and not second.store_notice
    today = first.today()
    sessions = []
    for context, slot in ((first, 1), (second, 2)):
        recorder = SessionRecorder(context.record, today, slot)
        recorder.start()
        engine = SessionEngine(context.session_items(slot), context.clock, recorder)
        engine.start()
        sessions.append((context, engine, recorder))
    while any(engine.state is SessionState.RUNNING for _, engine, _ in sessions):
        for context, engine, _ in sessions:
            context.clock.advance(1.5)
            engine.tick()
    turns = ((first, "done", 1), (second, "skipped", 0), (first, "skipped", 0), (second, "done", 1))
    for turn, status, sets in turns:
        assert turn.record is not None
        now = turn.clock.now()
        result = ExerciseResult("cobra", status, sets, 1, now, now, 10 * sets)
        turn.record.record_result(today, 3, None, result)
    expected = {slot: {r.exercise_id: (r.status, r.sets_done) for r in recorder.recorded}
                for slot, (_, _, recorder) in zip((1, 2), sessions)}
    assert all(not recorder.failures for _, _, recorder in sessions)
    for context in (first, second):
        assert ticks(context.record, today, 1) == expected[1]
        assert ticks(context.record, today, 2) == expected[2]
        assert ticks(context.record, today, 3) == {"cobra": ("done", 1)}
    db = sqlite3.connect(paths.adherence_file)
    try:
        rows = db.execute("SELECT count(*) FROM journal WHERE kind = 'result'").fetchone()[0]
        starts = db.execute("SELECT count(*) FROM journal WHERE kind = 'session_started'").fetchone()[0]
    finally:
        db.close()
    assert rows == len(expected[1]) + len(expected[2]) + len(turns)
    assert starts == 2
    assert integrity(paths.adherence_file) == [("ok",)]


# -- clock moved back ---------------------------------------------------------------------------------------
def test_the_clock_moved_back_a_day_records_on_the_earlier_date_and_loses_nothing(
    paths: AppPaths, open_context: Callable[..., AppContext], open_window: Callable[[AppContext], MainWindow],
) -> None:
    """With the app open, the system clock goes back a day: the next session is recorded on the
    date the clock now says, the day recorded before is unchanged, and the Today and History
    screens and the figures (streaks, weeks, warning, pain baseline) are computed without error."""
    clock = FakeClock(start=START)
    context = open_context(paths, clock)
    window = open_window(context)
    later = context.today()
    run_window_session(window)
    window.session_view.save_report()
    assert context.record is not None
    before = context.record.day(later)
    assert before.session(1).is_done

    clock._now -= dt.timedelta(days=1)  # the wall clock only: the monotonic clock never goes back
    earlier = context.today()
    assert earlier == later - dt.timedelta(days=1)
    assert window.today_view.check_day()
    run_window_session(window)
    recorder = window.session_view.recorder
    assert recorder is not None and recorder.on == earlier and not recorder.failures
    assert set(ticks(context.record, earlier, 1)) == {item.exercise_id for item in context.session_items(1)}
    assert all(local_date(t.at) == earlier for t in context.record.day(earlier).session(1).ticks)
    assert context.record.day(later) == before

    window.history_view.refresh()
    assert window.history_view.current_streak_label.text()
    first = context.record.first_day()
    assert first is not None
    days = context.record.records(first, max(later, earlier))
    for today in (earlier, later):
        streaks(days, today), weekly_adherence(days), warning(days, today), pain_baseline(days)
    assert streaks(days, later).current >= 1 and streaks(days, later).longest >= 1


def test_exporting_the_record_after_the_clock_moved_back_does_not_crash(
    paths: AppPaths, open_context: Callable[..., AppContext], open_window: Callable[[AppContext], MainWindow],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    """Export right after the clock went back (the record starts 'tomorrow'): a file is written and
    nothing is raised out of the menu action (store.records refuses a range that ends before it starts)."""
    from exercises_app.gui import export_dialog

    clock = FakeClock(start=START)
    context = open_context(paths, clock)
    window = open_window(context)
    run_window_session(window)
    clock._now -= dt.timedelta(days=1)
    window.history_view.refresh()
    target = tmp_path / "record.csv"
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(export_dialog.QMessageBox, "information", lambda *args: shown.append("information"))
    monkeypatch.setattr(export_dialog.QMessageBox, "warning", lambda *args: shown.append("warning"))
    path, accepted = export_dialog.export_record_csv(context, window)
    assert accepted and path == target and target.is_file() and shown == ["information"]


# -- broken programme files ---------------------------------------------------------------------------------
def _guide_with(old: str, new: str) -> tuple[str, int]:
    text = (ROOT / "data" / "programmes" / "guide-seven.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if line.startswith(old))
    lines[number - 1] = new + "\n"
    return "".join(lines), number


#: The line changed in the guide-seven template, what replaces it, and words of the problem reported.
BROKEN_PROGRAMMES = {
    "unknown-exercise": ("  - id: cobra", "  - id: cobar", "unknown exercise 'cobar'; did you mean 'cobra'?"),
    "newer-format": ("version: 2", "version: 7", "made by a newer version of the app"),
    "duplicate-key": ("  sessions_per_day:", "  title: Twice", "duplicate key 'title'"),
    "unreadable-tag": ("  language: en", "  language: !!bool maybe", "maybe"),
}


@pytest.mark.parametrize("case", list(BROKEN_PROGRAMMES))
def test_a_broken_programme_in_the_data_folder_falls_back_to_the_default_with_a_notice(
    paths: AppPaths, open_context: Callable[..., AppContext], case: str,
) -> None:
    """A programme file with an unknown exercise, from a newer format version, or otherwise broken is
    a ContentError naming its file and line; as the programme in use at start-up, the app falls back
    to the clinic guide's seven, ``programme_notice`` names the file and line, and the file is kept."""
    old, new, words = BROKEN_PROGRAMMES[case]
    text, line = _guide_with(old, new)
    paths.active_programme_file.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_programme(paths.active_programme_file, load_library(paths.bundled_library, paths.assets_dir))
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == (str(paths.active_programme_file), line)
    assert words in problem.message

    context = open_context(paths)
    assert context.programme is not None and context.programme.programme_id == "guide-seven"
    assert context.programme_notice is not None
    assert context.programme_notice.startswith(f"{paths.active_programme_file}:{line}: ")
    assert context.prescription is not None and context.session_items(1)
    assert paths.active_programme_file.read_text(encoding="utf-8") == text


# -- a clinic library without the guide's seven -------------------------------------------------------------
def _library_with(paths: AppPaths, exercise_ids: set[str]) -> None:
    """Put a clinic library of only ``exercise_ids`` (from the shipped one) in the data folder."""
    import yaml

    data = yaml.safe_load(paths.bundled_library.read_text(encoding="utf-8"))
    data["exercises"] = [exercise for exercise in data["exercises"] if exercise["id"] in exercise_ids]
    for exercise in data["exercises"]:  # links to easier and harder exercises left out go too
        exercise.pop("variations", None)
    paths.user_library.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert [e.id for e in load_library(paths.user_library, paths.assets_dir).exercises]  # `validate` accepts it


def test_a_valid_library_without_the_guides_seven_starts_with_no_programme(
    paths: AppPaths, open_context: Callable[..., AppContext], open_window: Callable[[AppContext], MainWindow],
    tmp_path: Path,
) -> None:
    """A clinic library that `validate` accepts but that has none of the guide's seven: the app starts
    (no ValueError), there is no programme, every view opens, a notice points to File › Open and the
    Programme page, and a programme file of the library's exercises can then be opened and used."""
    _library_with(paths, {"bird-dog", "chin-tuck"})
    context = open_context(paths)
    assert context.library_load.library is not None and not context.library_load.problems
    assert context.programme is None and context.prescription is None and context.session_items(1) == []
    window = open_window(context)
    for key in ("today", "session", "history", "programme", "library"):
        assert window.show_view(key)
    assert any("no programme yet" in notice.text() and "File" in notice.text() for notice in window.notices)

    own = tmp_path / "own.yaml"
    own.write_text(
        "format: exercises-app-programme\nversion: 1\n"
        "programme: {id: own, revision: 1, title: Own, language: en, sessions_per_day: 1, days_per_week: 7}\n"
        "exercises:\n"
        "  - {id: bird-dog, dose: {sets: 1, reps: 8, hold_s: 5, rest_s: 30, per_side: true, times_per_day: 1}}\n",
        encoding="utf-8")
    assert window.open_programme(own, activate=True)
    assert context.programme is not None and [i.exercise_id for i in context.session_items(1)] == ["bird-dog"]


def test_a_library_with_some_of_the_guides_seven_starts_with_those(
    paths: AppPaths, open_context: Callable[..., AppContext], open_window: Callable[[AppContext], MainWindow],
) -> None:
    """A clinic library with three of the seven (and others): the default programme is the guide
    template limited to those three, at the template's doses, and the window opens on it."""
    _library_with(paths, {"cobra", "pelvic-tilt", "glute-bridge", "bird-dog", "chin-tuck"})
    context = open_context(paths)
    assert context.programme is not None and context.programme.programme_id == "guide-seven"
    assert [e.exercise_id for e in context.programme.exercises] == ["pelvic-tilt", "cobra", "glute-bridge"]
    window = open_window(context)
    assert window.show_view("today") and not window.notices
