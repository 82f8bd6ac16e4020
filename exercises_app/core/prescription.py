"""A prescription snapshot: what the patient was asked to do, frozen so history stays true.

The adherence store keeps every snapshot (as JSON, with its fingerprint) beside the date it
became active; figures for a past day are computed from the snapshot active on that day, not
from whatever programme is open today.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from .library import Library
from .text import Text

GUIDE_SEVEN: tuple[str, ...] = (
    "cat-cow", "pelvic-tilt", "cobra", "glute-bridge", "hamstring-stretch", "childs-pose", "lumbar-extension",
)
GUIDE_PROGRAMME_ID = "guide-seven"
SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class PrescribedExercise:
    """One exercise of a prescription, with what the checklist needs of its dose."""

    exercise_id: str
    name: Text
    sets: int
    times_per_day: int

    def __post_init__(self) -> None:
        if not self.exercise_id:
            raise ValueError("a prescribed exercise needs an id")
        if self.sets < 1 or self.times_per_day < 1:
            raise ValueError(f"{self.exercise_id}: sets and times_per_day must be at least 1")


@dataclass(frozen=True)
class Prescription:
    """The exercises, sessions per day and days per week that were prescribed."""

    programme_id: str
    programme_version: int
    title: str
    sessions_per_day: int
    days_per_week: int
    exercises: tuple[PrescribedExercise, ...]

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

    def to_json(self) -> str:
        """The whole snapshot as canonical JSON (sorted keys, no spaces): stored and hashed."""
        data: dict[str, Any] = {
            "format": SNAPSHOT_FORMAT,
            "programme_id": self.programme_id,
            "programme_version": self.programme_version,
            "title": self.title,
            "sessions_per_day": self.sessions_per_day,
            "days_per_week": self.days_per_week,
            "exercises": [
                {"exercise_id": e.exercise_id, "name": {"en": e.name.en, "fr": e.name.fr},
                 "sets": e.sets, "times_per_day": e.times_per_day}
                for e in self.exercises
            ],
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Prescription:
        """Rebuild a snapshot written by ``to_json``."""
        data = json.loads(text)
        return cls(
            programme_id=data["programme_id"],
            programme_version=int(data["programme_version"]),
            title=data["title"],
            sessions_per_day=int(data["sessions_per_day"]),
            days_per_week=int(data["days_per_week"]),
            exercises=tuple(
                PrescribedExercise(e["exercise_id"], Text(e["name"]["en"], e["name"]["fr"]),
                                   int(e["sets"]), int(e["times_per_day"]))
                for e in data["exercises"]
            ),
        )

    def fingerprint(self) -> str:
        """SHA-256 of the canonical JSON: equal content gives an equal fingerprint, on any machine."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()


def default_prescription(library: Library) -> Prescription:
    """"The clinic guide's seven" at the library's default doses, every day of the week."""
    from .programme import guide_seven  # programme.py builds on this module

    return guide_seven(library).to_prescription(library)
