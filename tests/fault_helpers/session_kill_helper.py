"""Subprocess for the kill test of tests/test_faults.py: guided sessions on a real store, day after day.

Usage: python session_kill_helper.py DB_PATH [SEED]

Runs the programme in use at first start (the clinic guide's seven, from the shipped template and
library) through the real session path: ``SessionEngine`` driven by a ``FakeClock`` advanced in a
loop, results handed to ``SessionRecorder`` over the ``RecordService`` of a record opened on
DB_PATH, then the session report saved, as the session screen does. Sessions 1 and 2 of each day, day after
day
from 2026-01-05; a fixed seed makes the patient skip an exercise or end a session early now and
then, so 'partial' and 'skipped' results are recorded too.

After each write returns it prints one line, flushed:

    TICK <date> <slot> <exercise id> <status> <sets done>
    REPORT <date> <slot> <pain>

The test kills this process with SIGKILL at an arbitrary point and checks every printed line
is in the store. Anything else on stdout (a failed write) makes the test fail.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from exercises_app.config import AppPaths
from exercises_app.core.clock import FakeClock
from exercises_app.core.library import load_library
from exercises_app.core.programme_file import default_programme
from exercises_app.core.record.recorder import SessionRecorder
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session import SessionEngine, SessionState
from exercises_app.core.session_results import ExerciseResult

FIRST_DAY = dt.date(2026, 1, 5)


class PrintingRecorder(SessionRecorder):
    """The app's recorder, saying on stdout what reached the store."""

    def record_exercise(self, result: ExerciseResult) -> None:
        failures = len(self.failures)
        super().record_exercise(result)
        if len(self.failures) != failures:
            print(f"FAILED {self.on.isoformat()} {self.slot} {result.exercise_id}", flush=True)
            return
        print(f"TICK {self.on.isoformat()} {self.slot} {result.exercise_id} {result.status} "
              f"{result.sets_done}", flush=True)


def main(db_path: str, seed: int) -> None:
    rnd = random.Random(seed)
    paths = AppPaths(data_dir=Path(db_path).parent)
    library = load_library(paths.bundled_library, paths.assets_dir)
    programme = default_programme(library, paths.bundled_templates_dir)
    prescription = programme.to_prescription(library)
    clock = FakeClock(start=dt.datetime.combine(FIRST_DAY, dt.time(8, 0), dt.UTC))
    morning = clock.now()
    service = RecordService(RecordStore.open(Path(db_path), clock=clock).store, clock)
    for day in range(10_000):
        on = FIRST_DAY + dt.timedelta(days=day)
        service.use_prescription(prescription, on)  # writes only the first time: the same content after
        for slot in (1, 2):
            recorder = PrintingRecorder(service, on, slot)
            recorder.start()
            engine = SessionEngine(programme.session_items(slot, library), clock, recorder)
            engine.start()
            while engine.state is SessionState.RUNNING:
                clock.advance(rnd.choice((0.25, 1.0, 2.5, 6.0)))
                engine.tick()
                action = rnd.random()
                if action < 0.004:
                    engine.skip_exercise()
                elif action < 0.005:
                    engine.end_early()
            recorder.end("finished" if engine.state is SessionState.FINISHED else "ended_early")
            pain = rnd.randint(0, 10)
            service.report_session(on, slot, recorder.attempt, pain, f"day {day} session {slot}")
            print(f"REPORT {on.isoformat()} {slot} {pain}", flush=True)
        morning += dt.timedelta(days=1)
        clock.advance((morning - clock.now()).total_seconds())  # to 8:00 the next day


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1)
