"""What the record's tests write with: a store on a file, the service over it, exercise results."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from exercises_app.core.clock import FakeClock
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session_results import ExerciseResult, ResultStatus

AT = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def open_service(path: Path, clock: FakeClock | None = None) -> RecordService:
    """The app's way in: open (or create) the record at ``path`` and write through the service."""
    clock = clock or FakeClock(start=AT)
    return RecordService(RecordStore.open(path, clock=clock).store, clock)


def result(exercise_id: str, status: ResultStatus = "done", sets_done: int = 1, sets_prescribed: int = 1,
           at: dt.datetime = AT, reps_done: int = 0) -> ExerciseResult:
    """One exercise's result in a guided session, ended at ``at``."""
    started = at if status != "not_reached" else None
    return ExerciseResult(exercise_id, status, sets_done, sets_prescribed, started, at, reps_done)


def record(service: RecordService, on: dt.date, slot: int, *results: ExerciseResult) -> int:
    """A whole go at a session: started, each result, ended (early when one is not done)."""
    attempt = service.start_session(on, slot)
    for one in results:
        service.record_result(on, slot, attempt, one)
    finished = all(r.status == "done" for r in results)
    service.end_session(on, slot, attempt, "finished" if finished else "ended_early")
    return attempt
