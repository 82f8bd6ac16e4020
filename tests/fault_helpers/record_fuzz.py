"""Damaged records for fuzzing: a small real record, and the same file with bytes changed."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from exercises_app.core.clock import FakeClock
from exercises_app.core.library import EMERGENCY, Dose, RedFlagSign
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.core.record.errors import RecordError
from exercises_app.core.record.export import write_csv, write_events
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session_results import ExerciseResult
from exercises_app.core.text import Text

START = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
SIGN = RedFlagSign("saddle-numbness", Text("Numbness in the saddle area.", "Engourdissement du siège."),
                   ("low-back",), EMERGENCY)


def make_record(path: Path, days: int = 6) -> bytes:
    """A record of ``days`` days of two sessions (results, ticks, pain, notes, a warning sign); its bytes."""
    clock = FakeClock(start=START)
    store = RecordStore.open(path, clock=clock).store
    service = RecordService(store, clock)
    dose = Dose(2, 10, 5, None, 30, False, 2)
    prescription = Prescription("fuzz", 1, "Fuzz", 2, 7, (
        PrescribedExercise.of("cat-cow", Text("Cat–cow", "Chat-vache"), dose),
        PrescribedExercise.of("cobra", Text("Cobra", "Cobra"), dose)), notes="Gently.")
    service.use_prescription(prescription, START.date())
    for offset in range(days):
        on = START.date() + dt.timedelta(days=offset)
        for slot in (1, 2):
            attempt = service.start_session(on, slot)
            for exercise_id, status in (("cat-cow", "done"), ("cobra", "partial")):
                done = 2 if status == "done" else 1
                service.record_result(on, slot, attempt, ExerciseResult(exercise_id, status, done, 2, None,  # type: ignore[arg-type]
                                                                        clock.now(), done * 10))
            service.end_session(on, slot, attempt, "finished")
            service.report_session(on, slot, attempt, (offset + slot) % 11, f"note {offset} {slot}")
        service.tick(on, 2, "cobra")
        if offset == 3:
            service.report_red_flag(on, [SIGN], "fr")
        clock.advance(86_400)
    store.close()
    return path.read_bytes()


def damaged(original: bytes, changes: list[tuple[int, int]]) -> bytes:
    """``original`` with byte ``offset % len`` set to ``value`` for each change."""
    data = bytearray(original)
    for offset, value in changes:
        data[offset % len(data)] = value
    return bytes(data)


def read_everything(path: Path) -> str:
    """What the commands that read do with a record: open read-only, derive every day, export both
    ways. Returns 'ok' or 'refused'; anything else raised is a bug."""
    try:
        with RecordStore.open_read_only(path) as store:
            first, last = store.first_day(), store.last_day()
            if first is not None and last is not None and first <= last:
                days = store.records(first, last)
                write_csv(days, io.StringIO(), last, "en")
            write_events(store.journal(), io.StringIO())
    except RecordError:
        return "refused"
    return "ok"


def open_for_the_app(path: Path) -> str:
    """What the app does at start: open (moving a damaged file aside) and read today."""
    try:
        opened = RecordStore.open(path, clock=FakeClock(start=START + dt.timedelta(days=30)))
        with opened.store as store:
            store.day(START.date() + dt.timedelta(days=2))
    except RecordError:
        return "refused"
    return "ok"
