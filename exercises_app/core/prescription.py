"""A prescription snapshot: what the patient was asked to do, frozen so history stays true.

The record keeps every snapshot (as JSON, with its fingerprint) and a journal entry for each time
one was made active; Today, the session, History, the export and the report read each day's dose
from the snapshot in force then, not from whatever programme is open today. Only instructions and
drawings come from the library.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Literal

from .dose_progression import DoseProgression
from .library import Dose, Library
from .text import Text

if TYPE_CHECKING:
    from .session import SessionItem  # the session engine loads when a session is built, not at start-up

GUIDE_PROGRAMME_ID = "guide-seven"
SNAPSHOT_FORMAT = 2  # 1: sets and times a day only; 2: the whole dose, side, note and programme notes
Side = Literal["both", "left", "right"]
SIDES: tuple[Side, ...] = ("both", "left", "right")
_DOSE_FIELDS = tuple(f.name for f in fields(Dose))


@dataclass(frozen=True)
class PrescribedExercise:
    """One exercise of a prescription, with the whole dose prescribed for it.

    ``dose`` is the full dose (sets, reps, hold, tempo, rest, per side, times a day capped by the
    programme's sessions a day); it is None only in snapshots recorded before the record kept it,
    which knew the sets and times a day alone. ``side`` narrows a per-side dose to one side.
    ``progression`` holds the physiotherapist's bounds for steps in the dose, when they set some.
    The record may have stepped the dose within them (``core/record/dose_steps.py``): then
    ``as_prescribed`` is the dose the programme gave, which is never written back to the snapshot.
    """

    exercise_id: str
    name: Text
    sets: int
    times_per_day: int
    dose: Dose | None = None
    side: Side = "both"
    note: str = ""
    progression: DoseProgression | None = None
    as_prescribed: Dose | None = None  # set only on a dose stepped within the progression's bounds

    def __post_init__(self) -> None:
        if not self.exercise_id:
            raise ValueError("a prescribed exercise needs an id")
        if self.sets < 1 or self.times_per_day < 1:
            raise ValueError(f"{self.exercise_id}: sets and times_per_day must be at least 1")
        if self.dose is not None and (self.dose.sets, self.dose.times_per_day) != (self.sets, self.times_per_day):
            raise ValueError(f"{self.exercise_id}: the dose's sets and times a day disagree with the prescription's")
        if self.side not in SIDES:
            raise ValueError(f"{self.exercise_id}: side must be one of {', '.join(SIDES)}, not {self.side!r}")

    @classmethod
    def of(cls, exercise_id: str, name: Text, dose: Dose, side: Side = "both", note: str = "",
           progression: DoseProgression | None = None) -> PrescribedExercise:
        """A prescribed exercise at ``dose`` (whose times_per_day is already capped by the programme)."""
        return cls(exercise_id, name, dose.sets, dose.times_per_day, dose, side, note, progression)

    @property
    def stepped(self) -> bool:
        """True when the dose is not the programme's own but a step within its progression."""
        return self.as_prescribed is not None and self.as_prescribed != self.dose

    @property
    def session_dose(self) -> Dose | None:
        """The dose a session runs: a per-side dose limited to one side is done once, on that side."""
        if self.dose is not None and self.dose.per_side and self.side != "both":
            return replace(self.dose, per_side=False)
        return self.dose

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"exercise_id": self.exercise_id, "name": {"en": self.name.en, "fr": self.name.fr},
                                "sets": self.sets, "times_per_day": self.times_per_day}
        dose = self.as_prescribed or self.dose  # the snapshot keeps the programme's dose, never a step
        if dose is not None:
            # A dose in repetitions is stored without "minutes", as before doses in minutes existed,
            # so that its fingerprint stays the same.
            data["dose"] = {k: v for k, v in asdict(dose).items() if k != "minutes" or v is not None}
            data["side"] = self.side
            data["note"] = self.note
        if self.progression is not None:  # only then, so snapshots without one keep their fingerprint
            data["progression"] = self.progression.to_data()
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> PrescribedExercise:
        dose = (Dose(**{key: data["dose"][key] for key in _DOSE_FIELDS if key in data["dose"]})
                if "dose" in data else None)
        progression = DoseProgression.from_data(data["progression"]) if "progression" in data else None
        return cls(data["exercise_id"], Text(data["name"]["en"], data["name"]["fr"]), int(data["sets"]),
                   int(data["times_per_day"]), dose, data.get("side", "both"), data.get("note", ""), progression)


@dataclass(frozen=True)
class Prescription:
    """The exercises, sessions per day and days per week that were prescribed, with the programme's notes."""

    programme_id: str
    programme_version: int
    title: str
    sessions_per_day: int
    days_per_week: int
    exercises: tuple[PrescribedExercise, ...]
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.programme_id:
            raise ValueError("a prescription needs a programme id")
        if self.sessions_per_day < 1:
            raise ValueError("sessions_per_day must be at least 1")
        if not 1 <= self.days_per_week <= 7:
            raise ValueError("days_per_week must be between 1 and 7")
        ids = [e.exercise_id for e in self.exercises]
        if len(set(ids)) != len(ids):
            raise ValueError(f"an exercise appears twice in prescription {self.programme_id}")

    def exercises_for_session(self, slot: int) -> tuple[PrescribedExercise, ...]:
        """Exercises of session ``slot`` (1-based): those done at least ``slot`` times a day.

        An exercise's times_per_day is capped by sessions_per_day; a slot outside
        1..sessions_per_day prescribes nothing.
        """
        if not 1 <= slot <= self.sessions_per_day:
            return ()
        return tuple(e for e in self.exercises if slot <= min(e.times_per_day, self.sessions_per_day))

    def exercise(self, exercise_id: str) -> PrescribedExercise | None:
        """The prescribed exercise with this id, or None."""
        return next((e for e in self.exercises if e.exercise_id == exercise_id), None)

    def to_json(self) -> str:
        """The whole snapshot as canonical JSON (sorted keys, no spaces): stored and hashed."""
        data: dict[str, Any] = {
            "format": SNAPSHOT_FORMAT,
            "programme_id": self.programme_id,
            "programme_version": self.programme_version,
            "title": self.title,
            "sessions_per_day": self.sessions_per_day,
            "days_per_week": self.days_per_week,
            "notes": self.notes,
            "exercises": [e.to_data() for e in self.exercises],
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Prescription:
        """Rebuild a snapshot written by ``to_json`` (format 1, sets and times a day only, or 2)."""
        try:
            data = json.loads(text)
            return cls(
                programme_id=data["programme_id"],
                programme_version=int(data["programme_version"]),
                title=data["title"],
                sessions_per_day=int(data["sessions_per_day"]),
                days_per_week=int(data["days_per_week"]),
                exercises=tuple(PrescribedExercise.from_data(e) for e in data["exercises"]),
                notes=data.get("notes", ""),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"a prescription kept in the record cannot be read ({error})") from error

    def fingerprint(self) -> str:
        """SHA-256 of the canonical JSON: equal content gives an equal fingerprint, on any machine."""
        import hashlib  # only when a prescription is recorded: keeps OpenSSL out of start-up

        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()


def session_items(exercises: Sequence[PrescribedExercise], library: Library) -> list[SessionItem]:
    """The guided-session items of a session's prescribed exercises, at their doses (exercises the
    library lacks are left out: their instructions and drawings come from it). A snapshot recorded
    before the whole dose was kept runs the library's dose at the prescribed sets."""
    from .session import SessionItem

    items = []
    for prescribed in exercises:
        exercise = library.get(prescribed.exercise_id)
        if exercise is None:
            continue
        dose = prescribed.session_dose or replace(exercise.dose, sets=prescribed.sets,
                                                  times_per_day=prescribed.times_per_day)
        items.append(SessionItem(exercise.id, prescribed.name, dose))
    return items
