"""How far and how fast the physiotherapist lets one exercise's dose move: the programme's bounds.

A programme entry may carry a progression (``progression:`` in the programme file): which part of
the dose grows (repetitions, seconds held, or minutes), by how much, how often at most, up to what
limit, down to what floor, and on what condition. The record proposes steps within these bounds
(``core/record/progression.py``); this module holds the rule itself and its arithmetic. The
defaults follow CLINICAL-FACTS ("add 1-2 repetitions every few days if comfortable and symptoms
settle"; regress when pain stays 2 or more points up).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from .library import DOSE_LIMITS, Dose

StepField = Literal["reps", "hold_s", "minutes"]
STEP_FIELDS: tuple[StepField, ...] = get_args(StepField)
DEFAULT_STEP: dict[str, int] = {"reps": 2, "hold_s": 5, "minutes": 5}
DEFAULT_EVERY_DAYS = 3  # "every few days"
DEFAULT_DONE_PERCENT = 80  # of the last week's sessions of the exercise, days off left out
DEFAULT_PAIN_RISE = 1  # the latest pain at most this far above the programme's first rating
REGRESS_PAIN_RISE = 2  # pain 2 or more points up: propose the smaller dose (CLINICAL-FACTS)
EVERY_DAYS_LIMITS = (1, 28)


@dataclass(frozen=True)
class DoseProgression:
    """The bounds of one exercise's progression. ``down_to`` None: half the prescribed value, rounded up."""

    field: StepField
    by: int
    up_to: int
    every_days: int = DEFAULT_EVERY_DAYS
    down_to: int | None = None
    done_percent: int = DEFAULT_DONE_PERCENT
    pain_rise: int = DEFAULT_PAIN_RISE

    def __post_init__(self) -> None:
        if problem := self.problem():
            raise ValueError(problem)

    def problem(self, prescribed: Dose | None = None) -> str:
        """What is wrong with these bounds (with the prescribed dose, when given), or ''."""
        if self.field not in STEP_FIELDS:
            return f"a progression adds to one of {', '.join(STEP_FIELDS)}, not {self.field!r}"
        low, high = getattr(DOSE_LIMITS, self.field)
        if not 1 <= self.by <= high:
            return f"by must be between 1 and {high}, not {self.by}"
        if not low <= self.up_to <= high:
            return f"up_to must be between {low} and {high} {_unit(self.field)}, not {self.up_to}"
        fewest, most = EVERY_DAYS_LIMITS
        if not fewest <= self.every_days <= most:
            return f"every_days must be between {fewest} and {most}, not {self.every_days}"
        if self.down_to is not None and not low <= self.down_to <= high:
            return f"down_to must be between {low} and {high} {_unit(self.field)}, not {self.down_to}"
        if not 0 <= self.done_percent <= 100:
            return f"done_percent must be between 0 and 100, not {self.done_percent}"
        if not 0 <= self.pain_rise <= 10:
            return f"pain_rise must be between 0 and 10, not {self.pain_rise}"
        if prescribed is None:
            return ""
        value = value_of(prescribed, self.field)
        if value is None:
            kind = "minutes" if prescribed.minutes is not None else "repetitions"
            return f"the dose has no {self.field} to add to (it is a dose in {kind})"
        if self.up_to < value:
            return f"up_to {self.up_to} is below the prescribed {value} {_unit(self.field)}"
        if self.down_to is not None and self.down_to > value:
            return f"down_to {self.down_to} is above the prescribed {value} {_unit(self.field)}"
        return ""

    def floor(self, prescribed_value: int) -> int:
        """The smallest value a step down may reach from ``prescribed_value``."""
        if self.down_to is not None:
            return min(self.down_to, prescribed_value)
        low: int = getattr(DOSE_LIMITS, self.field)[0]
        return max(low, (prescribed_value + 1) // 2)

    def step_up(self, value: int) -> int | None:
        """The next value up, never past ``up_to``; None at the limit."""
        return min(self.up_to, value + self.by) if value < self.up_to else None

    def step_down(self, value: int, prescribed_value: int) -> int | None:
        """The next value down, never below the floor; None at the floor."""
        floor = self.floor(prescribed_value)
        return max(floor, value - self.by) if value > floor else None

    def within(self, value: int, prescribed_value: int) -> int:
        """``value`` brought between the floor and the limit (a later programme may narrow them)."""
        return max(self.floor(prescribed_value), min(self.up_to, value))

    def fitted(self, dose: Dose) -> DoseProgression | None:
        """These bounds around a changed prescribed dose: the limit raised and the floor lowered to
        its value when it passed them; None when the dose no longer has the part they step."""
        value = value_of(dose, self.field)
        if value is None:
            return None
        down_to = None if self.down_to is None else min(self.down_to, value)
        return replace(self, up_to=max(self.up_to, value), down_to=down_to)

    def to_data(self) -> dict[str, Any]:
        """The bounds as plain data (the programme file's keys; defaults left out)."""
        data: dict[str, Any] = {"add": self.field, "by": self.by, "every_days": self.every_days, "up_to": self.up_to}
        if self.down_to is not None:
            data["down_to"] = self.down_to
        if self.done_percent != DEFAULT_DONE_PERCENT:
            data["done_percent"] = self.done_percent
        if self.pain_rise != DEFAULT_PAIN_RISE:
            data["pain_rise"] = self.pain_rise
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> DoseProgression:
        """Read what ``to_data`` wrote (ValueError or KeyError when it is not that)."""
        return cls(field=data["add"], by=int(data["by"]), up_to=int(data["up_to"]),
                   every_days=int(data.get("every_days", DEFAULT_EVERY_DAYS)),
                   down_to=None if data.get("down_to") is None else int(data["down_to"]),
                   done_percent=int(data.get("done_percent", DEFAULT_DONE_PERCENT)),
                   pain_rise=int(data.get("pain_rise", DEFAULT_PAIN_RISE)))


def value_of(dose: Dose, field: str) -> int | None:
    """The dose's value for a step field, or None when the dose has no such part."""
    if field == "minutes":
        return dose.minutes
    if dose.minutes is not None:
        return None
    if field == "reps":
        return dose.reps
    if field == "hold_s":
        return dose.hold_s
    return None


def with_value(dose: Dose, field: StepField, value: int) -> Dose:
    """``dose`` with its repetitions, seconds held or minutes set to ``value``."""
    if field == "reps":
        return replace(dose, reps=value)
    if field == "hold_s":
        return replace(dose, hold_s=value)
    return replace(dose, minutes=value)


def default_progression(dose: Dose, field: StepField | None = None) -> DoseProgression:
    """The bounds offered when the physiotherapist turns progression on for a dose: ``field`` (by
    default repetitions, or minutes for an activity) by the usual step, every few days, up to half
    as much again."""
    chosen: StepField = field or ("minutes" if dose.minutes is not None else "reps")
    value = value_of(dose, chosen) or 1
    high: int = getattr(DOSE_LIMITS, chosen)[1]
    step = DEFAULT_STEP[chosen]
    return DoseProgression(chosen, step, min(high, max(value + step, (value * 3 + 1) // 2)))


def _unit(field: str) -> str:
    return {"reps": "repetitions", "hold_s": "seconds", "minutes": "minutes"}[field]
