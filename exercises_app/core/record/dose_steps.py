"""Dose steps: a change in one exercise's dose, proposed within the programme's progression and
accepted or declined by the patient. Each is a 'dose_step' journal entry; this module reads them
and works out the dose in force from them. Nothing here writes.

A step says which programme and exercise it is for, which part of the dose (repetitions, seconds
held or minutes), the value the programme prescribed then (``base``), the value before and the
value proposed, whether it goes up or down, and what the proposal was based on. An accepted step
holds from its session on, for as long as the programme prescribes the same ``base``: a new
revision that changes that part of the dose starts again from the physiotherapist's value.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..dose_progression import STEP_FIELDS, value_of, with_value
from ..prescription import PrescribedExercise
from .journal import DOSE_STEP, Entry

Direction = Literal["up", "down"]
ACCEPTED, DECLINED = "accepted", "declined"


@dataclass(frozen=True)
class Basis:
    """What a proposal was based on: sessions done of those prescribed over the last week (days
    off left out), the programme's first pain rating and the latest, and a spreading symptom."""

    done: int
    expected: int
    pain_start: int | None
    pain_latest: int | None
    spreading: bool = False

    def to_data(self) -> dict[str, object]:
        return {"done": self.done, "expected": self.expected, "pain_start": self.pain_start,
                "pain_latest": self.pain_latest, "spreading": self.spreading}


@dataclass(frozen=True)
class DoseStep:
    """One 'dose_step' entry, read."""

    entry_id: int
    on: dt.date
    slot: int
    exercise_id: str
    programme_id: str
    field: str
    base: int
    before: int
    after: int
    direction: Direction
    accepted: bool
    basis: Basis
    at: dt.datetime

    def applies_to(self, exercise: PrescribedExercise, programme_id: str) -> bool:
        """True when this step is about ``exercise`` as the programme ``programme_id`` prescribes it now."""
        rule = exercise.progression
        if rule is None or exercise.dose is None or not self.accepted:
            return False
        return (self.programme_id == programme_id and self.exercise_id == exercise.exercise_id
                and self.field == rule.field and value_of(exercise.dose, rule.field) == self.base)


def step_data(programme_id: str, field: str, base: int, before: int, after: int, direction: Direction,
              basis: Basis) -> str:
    """The JSON a 'dose_step' entry keeps in ``data``."""
    return json.dumps({"programme_id": programme_id, "field": field, "base": base, "before": before,
                       "after": after, "direction": direction, "basis": basis.to_data()}, sort_keys=True)


def dose_step_of(entry: Entry) -> DoseStep | None:
    """A 'dose_step' entry read, or None when it is not one or cannot be read (a damaged entry is
    left out: the dose then stays the programme's, which is the safe side)."""
    if entry.kind != DOSE_STEP or entry.exercise_id is None:
        return None
    try:
        data = json.loads(entry.data or "")
        basis = data.get("basis") or {}
        step = DoseStep(
            entry.id, dt.date.fromisoformat(entry.on), entry.slot or 1, entry.exercise_id, str(data["programme_id"]),
            str(data["field"]), int(data["base"]), int(data["before"]), int(data["after"]), data["direction"],
            entry.text == ACCEPTED,
            Basis(int(basis.get("done", 0)), int(basis.get("expected", 0)), _pain(basis.get("pain_start")),
                  _pain(basis.get("pain_latest")), bool(basis.get("spreading", False))),
            dt.datetime.fromisoformat(entry.at))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    if step.field not in STEP_FIELDS or step.direction not in ("up", "down"):
        return None
    return step


def dose_steps(entries: Sequence[Entry]) -> tuple[DoseStep, ...]:
    """The readable 'dose_step' entries among ``entries``, in journal order."""
    return tuple(step for entry in entries if (step := dose_step_of(entry)) is not None)


def stepped(exercise: PrescribedExercise, programme_id: str, steps: Sequence[DoseStep]) -> PrescribedExercise:
    """``exercise`` at the dose in force after ``steps`` (those made up to its session): the latest
    accepted step for it, kept within the progression's current bounds."""
    rule, dose = exercise.progression, exercise.dose
    if rule is None or dose is None:
        return exercise
    latest = max((s for s in steps if s.applies_to(exercise, programme_id)), key=lambda s: s.entry_id, default=None)
    if latest is None:
        return exercise
    base = value_of(dose, rule.field)
    assert base is not None  # applies_to compared it with the step's base
    value = rule.within(latest.after, base)
    if value == base:
        return exercise
    return replace(exercise, dose=with_value(dose, rule.field, value), as_prescribed=dose)


def _pain(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"a pain rating is a whole number, not {value!r}")
    return value
