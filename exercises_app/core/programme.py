"""A home exercise programme for one patient: who, what, how much, and how often.

Pure model (no file I/O here: see ``programme_file.py``). A programme references library
exercises by id and carries its own dose for each; it turns into the ``Prescription`` snapshot
the adherence store keeps, and into the ``SessionItem``s the guided session runs.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .dose_progression import DoseProgression
from .library import DOSE_LIMITS, Dose, Exercise, Library
from .prescription import PrescribedExercise, Prescription, Side

if TYPE_CHECKING:
    from .session import SessionItem  # the session engine loads when a session is built, not at start-up


@dataclass(frozen=True)
class Clinic:
    """Where the clinician works; everything but the name is optional."""

    name: str = ""
    phone: str = ""
    address: str = ""
    website: str = ""


@dataclass(frozen=True)
class ProgrammeExercise:
    """One exercise of the programme, with the dose set for this patient and a note.

    ``side`` narrows a per-side dose to one side ('left' or 'right'); 'both' does each side.
    ``progression`` bounds the steps the record may propose in the dose (None: the dose stays).
    """

    exercise_id: str
    dose: Dose
    note: str = ""
    side: Side = "both"
    progression: DoseProgression | None = None


@dataclass(frozen=True)
class Wording:
    """A programme's own words in one language; a template carries one per language it is written in.

    ``notes`` maps exercise ids to the note printed with that exercise.
    """

    language: str
    title: str
    advice: str = ""
    rationale: str = ""
    notes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Programme:
    """A patient's programme. ``programme_id`` is stable across edits; ``version`` grows on each save.

    ``advice`` is for the patient and is printed on the handout; ``rationale`` is for the
    physiotherapist (why these exercises, what to watch) and is shown only in the programme editor.
    Both, like the title and the exercise notes, are in ``language``. A template may carry its
    words in several languages (``wordings``): :func:`in_language` picks one.
    """

    programme_id: str
    version: int
    title: str
    language: str  # 'en' or 'fr': the language of the handout
    patient: str = ""
    conditions: tuple[str, ...] = ()  # tags from vocabulary.CONDITIONS
    clinician: str = ""
    clinic: Clinic = field(default_factory=Clinic)
    start_date: dt.date | None = None
    review_date: dt.date | None = None
    next_appointment: dt.datetime | None = None  # printed on page 1 of the handout; minutes, no time zone
    advice: str = ""
    rationale: str = ""
    sessions_per_day: int = 1
    days_per_week: int = 7
    exercises: tuple[ProgrammeExercise, ...] = ()
    wordings: tuple[Wording, ...] = ()
    example: bool = False  # the clinic guide's exercises shown as an example, not prescribed to this person
    own_exercises: tuple[Exercise, ...] = ()  # definitions of the own exercises it prescribes (own_exercises.py)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the programme's own words are written in."""
        return tuple(w.language for w in self.wordings) or (self.language,)

    def wording(self, lang: str) -> Wording | None:
        """The programme's words in ``lang``, or None when it carries none in that language."""
        return next((w for w in self.wordings if w.language == lang), None)

    def entry(self, exercise_id: str) -> ProgrammeExercise | None:
        """The programme's entry for ``exercise_id``, or None."""
        return next((e for e in self.exercises if e.exercise_id == exercise_id), None)

    def entries_for_session(self, slot: int) -> tuple[ProgrammeExercise, ...]:
        """The entries done in session ``slot`` (1-based): an entry done n times a day is in slots 1..n."""
        if not 1 <= slot <= self.sessions_per_day:
            return ()
        return tuple(e for e in self.exercises if min(e.dose.times_per_day, self.sessions_per_day) >= slot)

    def to_prescription(self, library: Library) -> Prescription:
        """The snapshot the adherence store keeps (names from the library, in both languages)."""
        prescribed = []
        for entry in self.exercises:
            exercise = library.get(entry.exercise_id)
            if exercise is None:
                continue
            dose = replace(entry.dose, times_per_day=min(entry.dose.times_per_day, self.sessions_per_day))
            prescribed.append(PrescribedExercise.of(entry.exercise_id, exercise.name, dose, entry.side, entry.note,
                                                    entry.progression))
        return Prescription(self.programme_id, self.version, self.title or self.programme_id,
                            self.sessions_per_day, self.days_per_week, tuple(prescribed), self.advice)

    def session_items(self, slot: int, library: Library) -> list[SessionItem]:
        """The guided-session items for session ``slot``, at this programme's doses."""
        from .session import SessionItem

        items = []
        for entry in self.entries_for_session(slot):
            exercise = library.get(entry.exercise_id)
            if exercise is not None:
                items.append(SessionItem(exercise.id, exercise.name, session_dose(entry)))
        return items


def limit_dose_value(field: str, value: int) -> int:
    """``value`` for the dose field ``field`` ('reps', 'hold_s'...) brought within DOSE_LIMITS."""
    bounds: tuple[int, int] = getattr(DOSE_LIMITS, field)
    return max(bounds[0], min(bounds[1], value))


def session_dose(entry: ProgrammeExercise) -> Dose:
    """The dose the session runs: a per-side dose limited to one side is done once, on that side."""
    if entry.dose.per_side and entry.side != "both":
        return replace(entry.dose, per_side=False)
    return entry.dose


@dataclass(frozen=True)
class Caution:
    """An exercise of the programme that calls for caution with one of its conditions."""

    index: int
    exercise: Exercise
    condition: str


def cautions(programme: Programme, library: Library) -> list[Caution]:
    """Every (exercise, condition) pair where the exercise's caution tags meet the programme's conditions."""
    found = []
    for index, entry in enumerate(programme.exercises):
        exercise = library.get(entry.exercise_id)
        if exercise is None:
            continue
        found += [Caution(index, exercise, c) for c in programme.conditions if c in exercise.caution]
    return found


def in_language(programme: Programme, lang: str) -> Programme:
    """The programme with its title, advice, rationale and exercise notes in ``lang``.

    Uses the wording the programme carries for ``lang``; a programme with none keeps its words
    and only takes the new language (the handout's own headings follow it).
    """
    wording = programme.wording(lang)
    if wording is None:
        return replace(programme, language=lang)
    notes = dict(wording.notes)
    exercises = tuple(replace(e, note=notes.get(e.exercise_id, "")) for e in programme.exercises)
    return replace(programme, language=lang, title=wording.title, advice=wording.advice,
                   rationale=wording.rationale, exercises=exercises)


def programme_regions(programme: Programme, library: Library) -> tuple[str, ...]:
    """The body regions of the programme's exercises, in the order they first appear.

    Empty when no exercise is in the library; ``Safety.signs_for(())`` then gives every sign.
    """
    regions: list[str] = []
    for entry in programme.exercises:
        exercise = library.get(entry.exercise_id)
        if exercise is not None and exercise.region not in regions:
            regions.append(exercise.region)
    return tuple(regions)


