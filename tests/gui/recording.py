"""Writing a record for the GUI tests, through the service the app writes with."""
from __future__ import annotations

import datetime as dt

from exercises_app.core.record.service import RecordService
from exercises_app.core.session_results import ExerciseResult
from exercises_app.gui.context import AppContext


def service(context: AppContext) -> RecordService:
    assert context.record is not None
    return context.record


def result(context: AppContext, on: dt.date, slot: int, exercise_id: str, status: str = "done",
           sets_done: int | None = None) -> None:
    """One exercise's result in a guided session of ``slot`` on ``on`` (all sets when done)."""
    record = service(context)
    session = record.session(on, slot)
    sets = next(e.sets for e in session.prescribed if e.exercise_id == exercise_id) if session else 1
    done = sets if status == "done" else (sets_done or 0)
    now = context.clock.now()
    record.record_result(on, slot, None, ExerciseResult(exercise_id, status, done, sets, None, now))  # type: ignore[arg-type]


def finish(context: AppContext, on: dt.date, slot: int) -> None:
    """Every exercise of session ``slot`` on ``on``, done in a guided session."""
    session = service(context).session(on, slot)
    assert session is not None
    for exercise in session.prescribed:
        result(context, on, slot, exercise.exercise_id)
