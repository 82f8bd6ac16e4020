"""Benchmark: ten years of twice-daily sessions in the patient's record (the journal).

Fills a record through ``RecordService``, one transaction per write as the app does (10 exercises
twice a day for 10 years: 7,300 guided sessions, each a start, 10 results, an end and its report,
about 100,000 journal entries), then reports the file size and the time to compute a year's weekly
figures and streaks (deriving the year's days from the journal included), each beside the same on
an empty record. Exits 1 when a target is missed.

    python benchmarks/history_store.py [--years 10] [--keep PATH]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exercises_app.core.clock import FakeClock
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.core.record.figures import streaks, weekly_adherence, weeks_range
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session_results import ExerciseResult, ResultStatus
from exercises_app.core.text import Text

SIZE_TARGET_MB = 15.0
FIGURES_TARGET_MS = 50.0
FIRST_DAY = dt.date(2016, 1, 4)  # a Monday
ZONE = dt.timezone(dt.timedelta(hours=-5))
EXERCISES = (
    "cat-cow", "pelvic-tilt", "cobra", "glute-bridge", "hamstring-stretch", "childs-pose",
    "lumbar-extension", "knee-to-chest", "bird-dog", "chin-tuck",
)


def prescription() -> Prescription:
    return Prescription("benchmark", 1, "Ten exercises twice a day", 2, 7, tuple(
        PrescribedExercise(e, Text(e.replace("-", " ").title(), f"{e} (fr)"), 2, 2) for e in EXERCISES))


def fill(service: RecordService, clock: FakeClock, years: int) -> tuple[int, int, list[float]]:
    """Record ``years`` of guided sessions; return (sessions, exercise results, seconds per result)."""
    chance = random.Random(2026)
    plan = prescription()
    service.use_prescription(plan, FIRST_DAY)
    sessions = rows = 0
    write_times: list[float] = []
    for offset in range(round(years * 365.25)):
        on = FIRST_DAY + dt.timedelta(days=offset)
        for slot, hour in ((1, 8), (2, 19)):
            clock.advance((dt.datetime.combine(on, dt.time(hour), ZONE) - clock.now()).total_seconds())
            attempt = service.start_session(on, slot)
            for exercise in plan.exercises_for_session(slot):
                roll = chance.random()
                status: ResultStatus = "done" if roll < 0.85 else "partial" if roll < 0.93 else "skipped"
                sets_done = {"done": 2, "partial": 1, "skipped": 0}[status]
                started_at = clock.now()
                clock.advance(120)
                result = ExerciseResult(exercise.exercise_id, status, sets_done, 2, started_at, clock.now(),
                                        10 * sets_done)
                started = time.perf_counter()
                service.record_result(on, slot, attempt, result)
                write_times.append(time.perf_counter() - started)
                rows += 1
            service.end_session(on, slot, attempt, "finished")
            note = "Un peu raide ce matin" if slot == 1 else ""
            service.report_session(on, slot, attempt, chance.randint(1, 6), note)
            sessions += 1
    return sessions, rows, write_times


def year_of_figures(store: RecordStore, today: dt.date) -> None:
    """What the History view needs for a year: the days, weekly figures and streaks."""
    days = store.records(*weeks_range(today, 52))
    weekly_adherence(days)
    streaks(days, today)


def best_ms(task: Callable[[], None], repeats: int = 7) -> float:
    """The median of ``repeats`` runs after one warm-up, in milliseconds."""
    task()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        task()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def size_mb(path: Path) -> float:
    files = [path, Path(f"{path}-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1_000_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--keep", type=Path, help="write the filled database here, not in a temporary folder")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        full_path = args.keep or Path(folder) / "adherence.sqlite3"
        empty_path = Path(folder) / "empty.sqlite3"
        if full_path.exists():
            parser.error(f"{full_path} exists already")
        clock = FakeClock(start=dt.datetime.combine(FIRST_DAY, dt.time(7), ZONE))

        service = RecordService(RecordStore.open(full_path, clock=clock).store, clock)
        started = time.perf_counter()
        sessions, rows, tick_times = fill(service, clock, args.years)
        fill_s = time.perf_counter() - started
        entries = sum(1 for _ in service.store.journal())
        service.store.close()
        empty = RecordStore.open(empty_path, clock=clock).store
        empty.close()

        full_mb, empty_mb = size_mb(full_path), size_mb(empty_path)
        store = RecordStore.open(full_path, clock=clock).store
        today = FIRST_DAY + dt.timedelta(days=round(args.years * 365.25) - 1)
        full_ms = best_ms(lambda: year_of_figures(store, today))
        store.close()
        empty = RecordStore.open(empty_path, clock=clock).store
        empty_ms = best_ms(lambda: year_of_figures(empty, today))
        empty.close()

    ticks_ms = sorted(t * 1000 for t in tick_times)
    print(f"Filled {sessions:,} sessions, {rows:,} exercise results ({entries:,} journal entries) through "
          f"RecordService in {fill_s:.1f} s (one transaction per write; a result: "
          f"median {statistics.median(ticks_ms):.2f} ms, "
          f"99th percentile {ticks_ms[int(len(ticks_ms) * 0.99)]:.2f} ms)")
    print()
    table = [
        ("database size (MB)", empty_mb, full_mb, SIZE_TARGET_MB),
        ("a year's weekly figures + streaks (ms)", empty_ms, full_ms, FIGURES_TARGET_MS),
    ]
    print(f"{'measure':<40} {'empty':>9} {f'{args.years} years':>9} {'target':>9}  result")
    missed = 0
    for name, empty_value, full_value, target in table:
        ok = full_value <= target
        missed += not ok
        limit = f"<= {target:g}"
        print(f"{name:<40} {empty_value:>9.2f} {full_value:>9.2f} {limit:>9}  {'ok' if ok else 'MISSED'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
