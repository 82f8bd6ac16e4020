"""A realistic data folder for benchmarks: a year of twice-daily sessions and a 10-exercise programme.

``make_realistic_data_dir(path)`` fills ``path`` (created if needed, must not hold a record yet) with

* ``programme.yaml``: the clinic guide's seven (``data/programmes/guide-seven.yaml``) plus three
  common additions (knee-to-chest, bird-dog, chin-tuck), every exercise twice a day, two sets of
  pelvic tilts, glute bridges and bird-dogs, written with ``save_programme``;
* ``adherence.sqlite3``: that programme activated 365 days before today, then every day up to
  yesterday two sessions (08:00 and 19:00 local time). About 1 session in 10 is missed (nothing
  recorded); of the others about 5 in 6 are done in full and the rest in part (1 to 3 exercises
  skipped, or one set of two done, or ended early with the rest not reached); most sessions have a
  pain rating (drifting down from about 5 to about 2 over the year) and a few have a note; now and
  then an exercise of a missed session is ticked by hand, and once, a third of the way through,
  a warning sign of the library is reported. Written through ``RecordService`` as the app writes
  (``use_prescription``, ``start_session``, ``record_result``, ``end_session``, ``report_session``,
  ``tick``, ``report_red_flag``), seeded, so two folders made on the same day are the same;
* ``settings.ini``: what the app keeps after a normal close (view 'today', library selection,
  sound on), without a saved window geometry, so the app opens at its default 1280×800.

The app, started on this folder, finds the same prescription already in force and writes nothing
but its 'last opened' stamp. The service has one transaction per call (as the app does: one per
result), so the year's ~10,000 journal entries are not batched into one transaction.

    python benchmarks/realistic_data.py DIR      # make a folder to look at or start the app on
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exercises_app.config import AppPaths
from exercises_app.core.clock import FakeClock, local_date
from exercises_app.core.errors import ContentError
from exercises_app.core.library import Library
from exercises_app.core.library_source import load_active_library
from exercises_app.core.prescription import PrescribedExercise
from exercises_app.core.programme import Programme, ProgrammeExercise
from exercises_app.core.programme_file import default_programme, save_programme
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session_results import ExerciseResult, ResultStatus

DAYS = 365
SESSION_HOURS = {1: 8, 2: 19}  # slot -> local hour
EXTRA_EXERCISES = ("knee-to-chest", "bird-dog", "chin-tuck")  # beside the guide's seven: ten in all
TWO_SETS = ("pelvic-tilt", "glute-bridge", "bird-dog")  # so some sessions can be partly done
MISSED_SESSION = 0.10  # chance a whole session is not done at all (nothing recorded)
CUT_SHORT = 0.15  # chance a session is done in part: 1 to 3 exercises skipped or, with 2 sets, partial
ENDED_EARLY = 0.03  # chance a session is ended part-way: the exercise under way partial, the rest not reached
TICKED_BY_HAND = 0.3  # chance a missed session has one exercise ticked by hand (done away from the app)
NO_PAIN_RATING = 0.15
NOTE_CHANCE = 0.04
NOTES = (
    "Stiff this morning, easier after the cat-cow.",
    "Long day at the desk; neck sore.",
    "Felt good, walked 30 minutes after.",
    "Back twinged on the bird-dog, went gently.",
    "Un peu raide ce matin",
    "Short on time, did what I could.",
)
SETTINGS_INI = "[library]\nexercise=cat-cow\n\n[session]\nmuted=false\n\n[window]\nview=today\n"


def realistic_programme(library: Library, start: dt.date) -> Programme:
    """The guide's seven plus three at the library's doses (two sets of three), twice a day."""
    guide = default_programme(library, AppPaths(data_dir=Path()).bundled_templates_dir)
    entries = list(guide.exercises)
    for exercise_id in EXTRA_EXERCISES:
        exercise = library.get(exercise_id)
        if exercise is None:
            raise LookupError(f"the library has no exercise '{exercise_id}'")
        entries.append(ProgrammeExercise(exercise_id, exercise.dose))
    entries = [
        replace(
            e, dose=replace(e.dose, times_per_day=2, sets=2 if e.exercise_id in TWO_SETS else e.dose.sets)
        )
        for e in entries
    ]
    return replace(
        guide,
        programme_id="benchmark-year",
        version=3,
        title="Low back: daily routine",
        patient="A. Patient",
        clinician="J. Physio",
        start_date=start,
        advice="Twice a day, morning and evening. Stop and call the clinic if pain spreads down a leg.",
        review_date=start + dt.timedelta(days=DAYS + 30),
        sessions_per_day=2,
        days_per_week=7,
        exercises=tuple(entries),
    )


def record_session(service: RecordService, clock: FakeClock, chance: random.Random, on: dt.date, slot: int,
                   exercises: tuple[PrescribedExercise, ...]) -> None:
    """One guided session as the session screen records it: its start, each result as it ends, its end."""
    attempt = service.start_session(on, slot)
    left_out: set[str] = set()
    if chance.random() < CUT_SHORT:
        left_out = {e.exercise_id for e in chance.sample(exercises, chance.randint(1, 3))}
    ended_at = len(exercises) + 1
    if chance.random() < ENDED_EARLY:
        ended_at = chance.randrange(1, len(exercises))
    for index, exercise in enumerate(exercises):
        sets = exercise.sets
        reps = exercise.dose.reps if exercise.dose else 10
        status: ResultStatus = "done"
        if index > ended_at:
            status = "not_reached"
        elif index == ended_at:
            status = "partial" if sets > 1 else "not_reached"
        elif exercise.exercise_id in left_out:
            status = "partial" if sets > 1 and chance.random() < 0.5 else "skipped"
        done = {"done": sets, "partial": sets - 1, "skipped": 0, "not_reached": 0}[status]
        started_at = clock.now() if status != "not_reached" else None
        if status != "not_reached":
            clock.advance(60 * chance.randint(1, 3))
        service.record_result(on, slot, attempt, ExerciseResult(
            exercise.exercise_id, status, done, sets, started_at, clock.now(), done * reps))
    service.end_session(on, slot, attempt, "ended_early" if ended_at < len(exercises) else "finished")


def make_realistic_data_dir(
    path: Path | str, *, days: int = DAYS, seed: int = 2026, today: dt.date | None = None
) -> Path:
    """Fill ``path`` with a programme in use, ``days`` days of history before ``today`` and settings.

    Returns the folder. Raises FileExistsError when it already holds an adherence record.
    """
    paths = AppPaths(data_dir=Path(path))
    if paths.adherence_file.exists():
        raise FileExistsError(f"{paths.adherence_file} exists already")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    loaded = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir)
    if loaded.library is None:
        raise ContentError(list(loaded.problems))
    library = loaded.library
    today = today or local_date(dt.datetime.now().astimezone())
    start = today - dt.timedelta(days=days)
    programme = realistic_programme(library, start)
    save_programme(programme, paths.active_programme_file)
    paths.settings_file.write_text(SETTINGS_INI, encoding="utf-8")

    prescription = programme.to_prescription(library)
    chance = random.Random(seed)
    clock = FakeClock(start=dt.datetime.combine(start, dt.time(7)).astimezone())
    flag_day = start + dt.timedelta(days=days // 3)
    with RecordStore.open(paths.adherence_file, clock=clock).store as store:
        service = RecordService(store, clock)
        service.use_prescription(prescription, start)
        for offset in range(days):
            on = start + dt.timedelta(days=offset)
            progress = offset / max(1, days - 1)
            for slot, hour in SESSION_HOURS.items():
                at = dt.datetime.combine(on, dt.time(hour, chance.randrange(0, 45))).astimezone()
                clock.advance(max(0.0, (at - clock.now()).total_seconds()))
                exercises = prescription.exercises_for_session(slot)
                if chance.random() < MISSED_SESSION:
                    if chance.random() < TICKED_BY_HAND:
                        service.tick(on, slot, chance.choice(exercises).exercise_id)
                    continue
                record_session(service, clock, chance, on, slot, exercises)
                pain = (
                    None
                    if chance.random() < NO_PAIN_RATING
                    else max(0, min(10, round(5 - 3 * progress + chance.gauss(0, 1.2))))
                )
                note = chance.choice(NOTES) if chance.random() < NOTE_CHANCE else ""
                service.report_session(on, slot, None, pain, note)
                if on == flag_day and slot == 2:
                    sign = library.safety.urgent[0] if library.safety.urgent else library.safety.signs[0]
                    service.report_red_flag(on, (sign,), "en", slot=slot)
    return paths.data_dir


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python benchmarks/realistic_data.py DIR", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        folder = make_realistic_data_dir(args[0])
    except FileExistsError as exc:
        print(f"realistic_data: {exc}; give an empty or new folder", file=sys.stderr)
        return 1
    print(f"{folder}: a year of history and a 10-exercise programme in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
