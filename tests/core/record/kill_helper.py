"""Subprocess for the kill test: records results one by one and prints each one's id after commit.

Usage: python kill_helper.py DB_PATH
The test kills this process with SIGKILL after some ids were printed, then counts the results.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from exercises_app.core.clock import FakeClock
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session_results import ExerciseResult

DAY = dt.date(2026, 1, 5)
START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def main(db_path: str) -> None:
    clock = FakeClock(start=START)
    service = RecordService(RecordStore.open(Path(db_path), clock=clock).store, clock)
    attempt = service.start_session(DAY, 1)
    for i in range(100_000):
        exercise_id = f"ex-{i:05d}"
        now = clock.now()
        service.record_result(DAY, 1, attempt, ExerciseResult(exercise_id, "done", 1, 1, now, now, 10))
        print(exercise_id, flush=True)
        clock.advance(1)


if __name__ == "__main__":
    main(sys.argv[1])
