"""What the adherence store returns: ticks, session reports and days, as plain frozen values.

A day is identified by its local calendar date (``datetime.date``, ISO ``YYYY-MM-DD`` on disk)
and a session by its slot of the day (1..n). The caller decides the date (see ``local_date``):
the store never looks at a clock.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from .prescription import PrescribedExercise, Prescription

Status = Literal["done", "partial", "skipped"]
STATUSES: tuple[str, ...] = ("done", "partial", "skipped")
PAIN_MIN, PAIN_MAX = 0, 10


def local_date(at: dt.datetime, zone: dt.tzinfo | None = None) -> dt.date:
    """The calendar date of an aware time in ``zone`` (default: the machine's local zone).

    A day is a date, whatever its length: on a daylight-saving change the day has 23 or
    25 hours and still maps to one date.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("local_date needs an aware datetime (with a time zone)")
    return (at.astimezone(zone) if zone is not None else at.astimezone()).date()


@dataclass(frozen=True)
class ExerciseRecord:
    """One tick: an exercise done, partly done or skipped in one session."""

    on: dt.date
    slot: int
    exercise_id: str
    status: Status
    sets_done: int
    sets_prescribed: int
    at: dt.datetime


@dataclass(frozen=True)
class SessionReport:
    """Pain (0-10 or not rated), a note and a red flag reported for one session."""

    on: dt.date
    slot: int
    pain: int | None
    note: str
    red_flag: str | None  # None: no red flag; text (possibly empty): which one
    at: dt.datetime

    @property
    def has_red_flag(self) -> bool:
        return self.red_flag is not None


@dataclass(frozen=True)
class SessionRecord:
    """One session of a day: what was prescribed for it and what was recorded."""

    slot: int
    prescribed: tuple[PrescribedExercise, ...]
    ticks: tuple[ExerciseRecord, ...]  # in the order of the prescription, then others by id
    report: SessionReport | None

    def tick(self, exercise_id: str) -> ExerciseRecord | None:
        """The record for one exercise, or None when it has not been ticked."""
        return next((t for t in self.ticks if t.exercise_id == exercise_id), None)

    @property
    def is_prescribed(self) -> bool:
        return bool(self.prescribed)

    @property
    def is_done(self) -> bool:
        """True when every exercise prescribed for this session is 'done'."""
        if not self.prescribed:
            return False
        done = {t.exercise_id for t in self.ticks if t.status == "done"}
        return all(e.exercise_id in done for e in self.prescribed)


@dataclass(frozen=True)
class DayRecord:
    """Everything about one date: the prescription active then and each session's record.

    ``sessions`` holds slots 1..sessions_per_day of the active prescription, followed by any
    other slot that has records (these prescribe nothing and never count as done).
    """

    on: dt.date
    prescription: Prescription | None
    sessions: tuple[SessionRecord, ...]

    def session(self, slot: int) -> SessionRecord | None:
        return next((s for s in self.sessions if s.slot == slot), None)

    @property
    def sessions_prescribed(self) -> int:
        return self.prescription.sessions_per_day if self.prescription else 0

    @property
    def sessions_done(self) -> int:
        return sum(1 for s in self.sessions if s.is_done)

    @property
    def share(self) -> float | None:
        """Done sessions / prescribed sessions (0..1), or None when nothing was prescribed."""
        prescribed = self.sessions_prescribed
        return self.sessions_done / prescribed if prescribed else None

    @property
    def pains(self) -> tuple[int, ...]:
        """The pain ratings of the day, in slot order."""
        reports = (s.report for s in self.sessions if s.report is not None)
        return tuple(r.pain for r in reports if r.pain is not None)

    @property
    def mean_pain(self) -> float | None:
        pains = self.pains
        return sum(pains) / len(pains) if pains else None
