"""Benchmark: opening the History view on ten years of twice-daily sessions, offscreen.

Fills a record through ``RecordService`` (``history_store.fill``: 10 exercises twice a day for 10
years, one transaction per write, each guided session with its start, results, end and report),
then times opening the History view on it: construct (which reads and shows the figures) and grab
the first frame. Beside it, the same on an empty record, the time until the figures over the whole
record (streaks, baseline, warning, read a year per event-loop turn after the first frame) are in,
and a refresh after a new result.
Exits 1 when opening misses the target.

    python benchmarks/history_view.py [--years 10] [--repeats 5]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from history_store import FIRST_DAY, ZONE, fill
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from exercises_app.config import AppPaths
from exercises_app.core.clock import FakeClock
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session_results import ExerciseResult
from exercises_app.gui.context import AppContext
from exercises_app.gui.history_view import HistoryView

OPEN_TARGET_MS = 300.0
SIZE = (1110, 780)  # the view inside a 1280×800 main window


def open_view() -> Callable[[AppContext], HistoryView]:
    def run(context: AppContext) -> HistoryView:
        view = HistoryView(context)
        view.resize(*SIZE)
        view.grab()
        return view
    return run


def wait_until_loaded(view: HistoryView, timeout_s: float = 30.0) -> None:
    """Run the event loop until the whole record is read (no sleeping)."""
    if not view.is_loading():
        return
    loop = QEventLoop()
    view.historyLoaded.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()


def measure(context: AppContext, repeats: int) -> dict[str, float]:
    """Milliseconds: first open (cold), median open, median until everything is in, median refresh."""
    opens, completes, refreshes = [], [], []
    first_open = None
    for _ in range(repeats + 1):
        started = time.perf_counter()
        view = open_view()(context)
        opened = time.perf_counter()
        wait_until_loaded(view)
        complete = time.perf_counter()
        if first_open is None:
            first_open = (opened - started) * 1000
        else:
            opens.append((opened - started) * 1000)
            completes.append((complete - started) * 1000)
        assert context.record is not None
        now = context.clock.now()
        result = ExerciseResult("cat-cow", "done", 1, 1, now, now, 10)
        context.record.record_result(context.today(), 1, None, result)
        started = time.perf_counter()
        view.refresh()
        view.grab()
        refreshes.append((time.perf_counter() - started) * 1000)
        view.deleteLater()
        QApplication.processEvents()
    return {
        "first open (cold)": first_open or 0.0,
        "open: construct + refresh + grab": statistics.median(opens),
        "until streaks and warning are in": statistics.median(completes),
        "refresh after a result (+ grab)": statistics.median(refreshes[1:] or refreshes),
    }


def make_context(folder: Path, today: dt.date) -> AppContext:
    clock = FakeClock(start=dt.datetime.combine(today, dt.time(21), ZONE))
    return AppContext.create(AppPaths(data_dir=folder), "en", clock)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    today = FIRST_DAY + dt.timedelta(days=round(args.years * 365.25) - 1)

    with tempfile.TemporaryDirectory() as root:
        full_dir, empty_dir = Path(root) / "full", Path(root) / "empty"
        full_dir.mkdir()
        empty_dir.mkdir()
        paths = AppPaths(data_dir=full_dir)
        clock = FakeClock(start=dt.datetime.combine(FIRST_DAY, dt.time(7), ZONE))
        service = RecordService(RecordStore.open(paths.adherence_file, clock=clock).store, clock)
        started = time.perf_counter()
        sessions, rows, _ = fill(service, clock, args.years)
        fill_s = time.perf_counter() - started
        service.store.close()

        full = make_context(full_dir, today)
        full_figures = measure(full, args.repeats)
        full.close()
        empty = make_context(empty_dir, today)
        empty_figures = measure(empty, args.repeats)
        empty.close()

    print(f"Filled {sessions:,} sessions, {rows:,} exercise results through RecordService in {fill_s:.1f} s; "
          f"History view at {SIZE[0]}×{SIZE[1]} offscreen, median of {args.repeats} runs after a cold one.")
    print()
    print(f"{'measure (ms)':<36} {'empty':>9} {f'{args.years} years':>9} {'target':>9}  result")
    missed = 0
    for name in full_figures:
        target = OPEN_TARGET_MS if name.startswith("open") else None
        ok = target is None or full_figures[name] <= target
        missed += not ok
        limit = f"<= {target:g}" if target else ""
        verdict = ("ok" if ok else "MISSED") if target else ""
        print(f"{name:<36} {empty_figures[name]:>9.1f} {full_figures[name]:>9.1f} {limit:>9}  {verdict}")
    del app
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
