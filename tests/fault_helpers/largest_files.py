"""The largest valid library and programme: every text and list at its limit (``core/limits.py``).

Used by the test that bounds the pages of the largest valid handout and by
``benchmarks/largest_files.py``, which times loading, start-up and printing on them.
"""
from __future__ import annotations

import copy
from typing import Any

import yaml

from exercises_app.core import limits
from exercises_app.core.library import Dose, Library
from exercises_app.core.programme import Clinic, Programme, ProgrammeExercise
from exercises_app.core.vocabulary import CONDITIONS


def filled(limit: limits.TextLimit, word: str = "wordy ") -> str:
    """Text of (about) ``limit.chars`` characters on ``limit.lines`` lines (words, so lines wrap)."""
    per_line = limit.chars // limit.lines
    lines = [(word * per_line)[: per_line - 1].strip() or "w" for _ in range(limit.lines)]
    text = "\n".join(lines)
    return (text + "x" * limit.chars)[: limit.chars] if limit.lines == 1 else text


def largest_programme(library: Library) -> Programme:
    """A programme at every limit: each exercise of ``library`` (up to the most a programme holds),
    with the longest note, title, names and notes."""
    dose = Dose(10, 50, 300, 20, 600, True, 5)
    entries = tuple(ProgrammeExercise(exercise.id, dose, filled(limits.NOTE))
                    for exercise in library.exercises[: limits.MAX_PROGRAMME_EXERCISES])
    return Programme(
        programme_id="largest", version=1, title=filled(limits.NAME), language="fr",
        patient=filled(limits.NAME), conditions=tuple(CONDITIONS), clinician=filled(limits.NAME),
        clinic=Clinic(filled(limits.NAME), filled(limits.PHONE), filled(limits.ADDRESS)),
        advice=filled(limits.NOTES), sessions_per_day=5, days_per_week=7, exercises=entries,
    )


def _both(limit: limits.TextLimit) -> dict[str, str]:
    return {"en": filled(limit), "fr": filled(limit, "motsx ")}


def largest_library_text(bundled: str, exercises: int) -> str:
    """The shipped library (its text ``bundled``) with ``exercises`` exercises, every text and list at
    its limit (the frames and tags of its first exercise)."""
    document: dict[str, Any] = yaml.safe_load(bundled)
    base = document["exercises"][0]
    made = []
    for number in range(exercises):
        exercise = copy.deepcopy(base)
        exercise.update(
            id=f"exercise-{number}", name=_both(limits.NAME), summary=_both(limits.SUMMARY),
            start=_both(limits.START), steps=[_both(limits.ITEM) for _ in range(limits.MAX_STEPS)],
            illustration=[dict(frame, caption=_both(limits.CAPTION))
                          for frame in (base["illustration"] * limits.MAX_FRAMES)[: limits.MAX_FRAMES]],
        )
        for key in ("cues", "mistakes", "precautions", "stop_if"):
            exercise[key] = [_both(limits.ITEM) for _ in range(limits.MAX_LIST_ITEMS)]
        made.append(exercise)
    document["exercises"] = made
    safety = document["safety"]
    safety["stop_rules"] = [_both(limits.ITEM) for _ in range(limits.MAX_SAFETY_ITEMS)]
    safety["red_flags"] = {level: [_both(limits.ITEM) for _ in range(limits.MAX_SAFETY_ITEMS)]
                           for level in ("emergency", "urgent")}
    safety["disclaimer"] = _both(limits.DISCLAIMER)
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100_000)
