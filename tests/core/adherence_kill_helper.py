"""Subprocess for the kill test: records ticks one by one and prints each one's id after commit.

Usage: python adherence_kill_helper.py DB_PATH
The test kills this process with SIGKILL after some ids were printed, then counts the ticks.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from exercises_app.core.adherence import AdherenceStore
from exercises_app.core.clock import FakeClock

DAY = dt.date(2026, 1, 5)
START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def main(db_path: str) -> None:
    clock = FakeClock(start=START)
    store = AdherenceStore.open(Path(db_path), clock=clock).store
    for i in range(100_000):
        exercise_id = f"ex-{i:05d}"
        store.record_exercise(DAY, 1, exercise_id, "done", 1, 1, clock.now())
        print(exercise_id, flush=True)
        clock.advance(1)


if __name__ == "__main__":
    main(sys.argv[1])
