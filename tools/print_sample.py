"""Write sample programme handouts as PDF, to look at the printed layout.

Usage: python tools/print_sample.py [OUTPUT_DIR]   (default: ./sample-prints)

Writes the clinic guide's seven exercises in English on Letter and in French on A4, the compact
(French, Letter) and large-print (English, Letter) handouts of the same, and a long ten-exercise
programme with long notes (French, Letter) to test pagination. Turn pages
into pictures with ``pdftoppm -png -r 60 FILE.pdf PREFIX``. Runs offscreen.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from exercises_app.config import AppPaths
from exercises_app.core.library import Library, load_library
from exercises_app.core.programme import Clinic, Programme, ProgrammeExercise
from exercises_app.printing import write_programme_pdf

GUIDE = ("cat-cow", "pelvic-tilt", "cobra", "glute-bridge", "hamstring-stretch", "childs-pose", "lumbar-extension")
MORE = ("knee-to-chest", "bird-dog", "dead-bug")


def guide_programme(library: Library, lang: str) -> Programme:
    """The guide's seven exercises at the library's doses, for a francophone patient."""
    entries = []
    for exercise_id in GUIDE:
        exercise = library.get(exercise_id)
        assert exercise is not None, exercise_id
        note, side = "", "both"
        if exercise_id == "glute-bridge":
            dose = replace(exercise.dose, hold_s=20)
            note = ("Tenez 20 secondes. Gardez le bassin à niveau." if lang == "fr"
                    else "Hold for 20 seconds. Keep your pelvis level.")
        else:
            dose = exercise.dose
        if exercise_id == "hamstring-stretch":
            side = "left"
            note = ("Côté gauche seulement pour l’instant; on ajoutera le côté droit au prochain rendez-vous."
                    if lang == "fr" else "Left side only for now; we will add the right side at your next visit.")
        entries.append(ProgrammeExercise(exercise_id, dose, note, side))
    french = lang == "fr"
    return Programme(
        programme_id="sample-guide", version=3,
        title="Programme pour le bas du dos" if french else "Low back programme",
        language=lang,
        patient="Élise Côté-Bérubé" if french else "Marie Tremblay",
        conditions=("low-back-pain", "disc-herniation"),
        clinician="Luc Gagnon, pht",
        clinic=Clinic("Clinique de physiothérapie Saint-Laurent", "514 555-0142",
                      "1234, rue Sainte-Catherine Est\nMontréal (Québec) H2L 2H2"),
        start_date=dt.date(2025, 3, 3), review_date=dt.date(2025, 3, 31),
        advice=("Faites les exercices le matin et le soir, lentement, sans forcer. Une légère gêne qui "
               "disparaît vite est normale; une douleur qui descend dans la jambe ne l’est pas : arrêtez et "
               "appelez-moi." if french else
               "Do the exercises morning and evening, slowly and without forcing. Mild discomfort that settles "
               "quickly is normal; pain that travels down your leg is not: stop and call me."),
        sessions_per_day=2, days_per_week=7, exercises=tuple(entries),
    )


def long_programme(library: Library, lang: str) -> Programme:
    """Ten exercises, three sessions a day, long notes everywhere: a stress test for pagination."""
    base = guide_programme(library, lang)
    long_note = " ".join(["Prenez votre temps et respirez calmement pendant tout l’exercice, sans bloquer."] * 8)
    entries = [replace(e, note=long_note) for e in base.exercises]
    for exercise_id in MORE:
        exercise = library.get(exercise_id)
        assert exercise is not None
        entries.append(ProgrammeExercise(exercise_id, exercise.dose, long_note))
    return replace(base, programme_id="sample-long", title=base.title + " (version longue)",
                   advice="\n".join([base.advice] * 6), sessions_per_day=3, days_per_week=5,
                   exercises=tuple(entries))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="sample-prints", type=Path)
    args = parser.parse_args(argv)
    paths = AppPaths(data_dir=args.output)
    library = load_library(paths.bundled_library, paths.assets_dir)
    args.output.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("programme-en-letter.pdf", guide_programme(library, "en"), "en", "letter"),
        ("programme-fr-a4.pdf", guide_programme(library, "fr"), "fr", "a4"),
        ("programme-fr-letter.pdf", guide_programme(library, "fr"), "fr", "letter"),
        ("programme-long-fr-letter.pdf", long_programme(library, "fr"), "fr", "letter"),
        ("programme-compact-fr-letter.pdf", guide_programme(library, "fr"), "fr", "letter", "compact"),
        ("programme-large-en-letter.pdf", guide_programme(library, "en"), "en", "letter", "large"),
    ]
    for name, programme, lang, paper, *layout in jobs:
        out = args.output / name
        pages = write_programme_pdf(programme, library, paths.assets_dir, out, lang=lang, paper=paper,
                                    layout=layout[0] if layout else "standard")
        print(f"{out}: {pages} pages ({lang}, {paper}{', ' + layout[0] if layout else ''})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
