"""Write sample follow-up reports as PDF, to look at the printed layout.

Usage: python tools/report_sample.py [OUTPUT_DIR]   (default: ./sample-prints)

Marie's scene (PRODUCT.md): six weeks of a two-sessions-a-day sciatica programme, from Monday
3 March 2025, printed for Luc on Monday 14 April 2025. Adherence climbs from 9 to 13 sessions a
week and ends on 11 of 14; pain goes from 6 to 4, with one bad day (8 after gardening) and one red
flag (night pain) in week 3; the nerve glide is the exercise she skips; her notes are in French.
The programme's revision 2 (holds of 20 s) came in at the visit of 17 March, with progressions for the
pelvic tilt (+2 repetitions every 3 days up to 16) and the nerve glide (+1 every 4 days up to 8): the
app proposes steps at the start of her sessions, she accepts most, and the bad day after gardening
brings a step down.

Writes the report in English on Letter and in French on A4 and Letter, plus a stress case (six
months, a note at almost every session) that must still fit on two pages. Turn pages into
pictures with ``pdftoppm -png -r 60 FILE.pdf PREFIX``. Runs offscreen; the record is a temporary
SQLite file in the output folder.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from exercises_app.config import AppPaths
from exercises_app.core.clock import FakeClock
from exercises_app.core.dose_progression import DoseProgression
from exercises_app.core.library import Library, load_library
from exercises_app.core.prescription import PrescribedExercise
from exercises_app.core.programme import Clinic, Programme
from exercises_app.core.programme_file import load_programme
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session_results import ExerciseResult, ResultStatus
from exercises_app.printing.report_data import build_report
from exercises_app.printing.report_pdf import write_report_pdf

MONTREAL = ZoneInfo("America/Montreal")
START = dt.date(2025, 3, 3)
REVISION_2 = dt.date(2025, 3, 17)
END = dt.date(2025, 4, 13)
TODAY = dt.date(2025, 4, 14)

# Sessions done each week (of 14), week by week: she gets into the habit, dips in week 3.
WEEKLY_DONE = (9, 10, 8, 12, 13, 11)
NOTES = {
    (dt.date(2025, 3, 3), 1): "Premier matin. Raideur au réveil, mieux après les bascules du bassin.",
    (dt.date(2025, 3, 5), 2): "Le glissement du nerf tire dans le mollet; j’ai arrêté à 3 répétitions.",
    (dt.date(2025, 3, 9), 1): "Oublié hier soir, souper chez ma sœur.",
    (dt.date(2025, 3, 12), 2): "Fesse droite moins sensible après l’étirement du piriforme.",
    (dt.date(2025, 3, 18), 1): "Tenir 20 s, c’est long pour le genou vers la poitrine, mais ça va.",
    (dt.date(2025, 3, 19), 2): "Réveillée à 3 h par la douleur, elle ne passe pas au repos. J’ai appelé la clinique.",
    (dt.date(2025, 3, 22), 1): "Jardinage hier : grosse journée, dos très raide ce matin. Élancements dans la jambe.",
    (dt.date(2025, 3, 23), 2): "Un peu mieux. Séance courte, j’ai sauté le glissement du nerf.",
    (dt.date(2025, 3, 27), 1): "Vu Luc : pas de signe inquiétant. Je reprends doucement.",
    (dt.date(2025, 4, 1), 2): "Marché 30 minutes sans douleur à la jambe, première fois depuis janvier!",
    (dt.date(2025, 4, 9), 2): "Les exercices sont plus faciles; est-ce qu’on peut ajouter des répétitions?",
    (dt.date(2025, 4, 11), 2): "Douleur à 4 le matin, 3 le soir. Beaucoup mieux qu’au début.",
    (dt.date(2025, 4, 13), 1): "Fin de semaine au chalet, seulement le matin.",
}
RED_FLAG = (dt.date(2025, 3, 19), 2, "Douleur qui empire la nuit ou qui ne se calme pas au repos.")


def marie_programme(library: Library, paths: AppPaths) -> tuple[Programme, Programme]:
    """Revision 1 (as printed on 3 March) and revision 2 (holds of 20 s from 17 March)."""
    template = load_programme(paths.bundled_templates_dir / "sciatica-gentle.yaml", library)
    first = replace(
        template, programme_id="marie-sciatica", version=1, title="Sciatique — départ en douceur", language="fr",
        patient="Marie Tremblay", clinician="Luc Gagnon, pht",
        clinic=Clinic("Clinique de physiothérapie Saint-Laurent", "514 555-0142"),
        start_date=START, review_date=TODAY,
    )
    progressions = {"pelvic-tilt": DoseProgression("reps", by=2, up_to=16, every_days=3),
                    "sciatic-nerve-glide": DoseProgression("reps", by=1, up_to=8, every_days=4)}
    second = replace(first, version=2, exercises=tuple(
        replace(e, dose=replace(e.dose, hold_s=20) if e.exercise_id == "knee-to-chest" else e.dose,
                progression=progressions.get(e.exercise_id))
        for e in first.exercises))
    return first, second


def pain_for(on: dt.date, slot: int, rng: random.Random) -> int:
    """About 6 at first, 4 by the end, one bad day after gardening, evenings a little better."""
    if on == dt.date(2025, 3, 22):
        return 8 if slot == 1 else 7
    if on == dt.date(2025, 3, 23):
        return 7 if slot == 1 else 6
    progress = (on - START).days / (END - START).days
    level = 6.2 - 2.4 * progress - (0.6 if slot == 2 else 0.0) + rng.uniform(-0.7, 0.7)
    return max(0, min(10, round(level)))


def go_at(service: RecordService, at: dt.datetime, on: dt.date, slot: int,
          results: list[tuple[PrescribedExercise, ResultStatus]]) -> int:
    """A guided session at ``at`` as the session screen records it; returns its attempt."""
    clock = service.clock
    assert isinstance(clock, FakeClock)
    clock.advance(max(0.0, (at - clock.now()).total_seconds()))
    attempt = service.start_session(on, slot)
    for exercise, status in results:
        sets = {"done": exercise.sets, "partial": max(0, exercise.sets - 1)}.get(status, 0)
        reps = exercise.dose.reps if exercise.dose else 10
        begun = clock.now() if status != "not_reached" else None
        clock.advance(90)
        service.record_result(on, slot, attempt, ExerciseResult(
            exercise.exercise_id, status, sets, exercise.sets, begun, clock.now(),
            sets * reps + (reps // 2 if status == "partial" else 0)))
    finished = all(status == "done" for _, status in results)
    service.end_session(on, slot, attempt, "finished" if finished else "ended_early")
    return attempt


def record_marie(service: RecordService, library: Library, paths: AppPaths) -> Programme:
    first, second = marie_programme(library, paths)
    service.use_prescription(first.to_prescription(library), START)
    service.use_prescription(second.to_prescription(library), REVISION_2)
    night_pain = next(s for s in library.safety.signs if s.get("fr") == RED_FLAG[2])
    rng = random.Random(14)
    for week, done_count in enumerate(WEEKLY_DONE):
        monday = START + dt.timedelta(days=7 * week)
        slots = [(monday + dt.timedelta(days=d), s) for d in range(7) for s in (1, 2)]
        free = [slot for slot in slots if slot not in NOTES and slot != RED_FLAG[:2]]
        missed = set(rng.sample(free, 14 - done_count))
        if week == 5:  # the weekend at the cottage: no evening session on Saturday and Sunday
            missed = {(dt.date(2025, 4, 12), 2), (dt.date(2025, 4, 13), 2), (dt.date(2025, 4, 8), 1)}
        for on, slot in slots:
            at = dt.datetime.combine(on, dt.time(7, 40) if slot == 1 else dt.time(19, 15), MONTREAL)
            note = NOTES.get((on, slot), "")
            if (on, slot) not in missed:  # the steps proposed at the start: she takes most, and every step down
                clock = service.clock
                assert isinstance(clock, FakeClock)
                clock.advance(max(0.0, (at - dt.timedelta(minutes=1) - clock.now()).total_seconds()))
                for proposal in service.dose_proposals(on, slot):
                    service.answer(on, slot, proposal, proposal.direction == "down" or rng.random() < 0.75)
            exercises = service.session(on, slot).prescribed
            if (on, slot) in missed:
                # Not done. In the morning she often does the rest and leaves out the nerve glide (or cuts
                # it short); in the evening she sometimes stops after the pelvic tilts; else nothing at all.
                if slot == 1 and rng.random() < 0.6:
                    results: list[tuple[PrescribedExercise, ResultStatus]] = [
                        (e, "done" if e.exercise_id != "sciatic-nerve-glide" else (
                            "partial" if rng.random() < 0.3 else "skipped")) for e in exercises]
                    attempt = go_at(service, at, on, slot, results)
                    service.report_session(on, slot, attempt, pain_for(on, slot, rng), note)
                elif slot == 2 and rng.random() < 0.3:
                    stopped = [(exercises[0], "done"), *((e, "skipped") for e in exercises[1:])]
                    go_at(service, at, on, slot, stopped)
                continue
            attempt = go_at(service, at, on, slot, [(e, "done") for e in exercises])
            service.report_session(on, slot, attempt, pain_for(on, slot, rng), note)
            if (on, slot) == RED_FLAG[:2]:
                service.report_red_flag(on, (night_pain,), "fr", slot=slot)
    return second


def record_busy_half_year(service: RecordService, library: Library, paths: AppPaths) -> Programme:
    """Six months, a note at nearly every session: the notes must be cut to keep two pages."""
    _first, programme = marie_programme(library, paths)
    start = dt.date(2024, 10, 7)
    prescription = programme.to_prescription(library)
    service.use_prescription(prescription, start)
    rng = random.Random(3)
    on = start
    while on <= END:
        for slot in (1, 2):
            if rng.random() < 0.2:
                continue
            at = dt.datetime.combine(on, dt.time(8 if slot == 1 else 19), MONTREAL)
            attempt = go_at(service, at, on, slot, [
                (e, "skipped" if e.exercise_id == "piriformis-stretch" and rng.random() < 0.3 else "done")
                for e in prescription.exercises_for_session(slot)])
            note = rng.choice(["Ça va.", "Dos raide au réveil, mieux après.", "Séance écourtée : rendez-vous.",
                               "Douleur à la fesse après l’auto. " * 3, ""])
            service.report_session(on, slot, attempt, rng.randint(2, 6), note)
        on += dt.timedelta(days=1)
    return programme


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="sample-prints", type=Path)
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    paths = AppPaths(data_dir=args.output)
    library = load_library(paths.bundled_library, paths.assets_dir)

    for name, recorder, start in (("marie", record_marie, START), ("busy", record_busy_half_year, None)):
        record = args.output / f"report-{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{record}{suffix}").unlink(missing_ok=True)
        clock = FakeClock(start=dt.datetime.combine(dt.date(2024, 10, 1), dt.time(7), MONTREAL))
        with RecordStore.open(record, clock=clock).store as store:
            service = RecordService(store, clock)
            programme = recorder(service, library, paths)
            report = build_report(service, start or store.first_day(), END, TODAY, programme=programme)
        jobs = [("en", "letter"), ("fr", "a4"), ("fr", "letter")] if name == "marie" else [("fr", "letter")]
        for lang, paper in jobs:
            out = args.output / f"report-{name}-{lang}-{paper}.pdf"
            pages = write_report_pdf(report, library, out, lang=lang, paper=paper)
            print(f"{out}: {pages} pages ({lang}, {paper})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
