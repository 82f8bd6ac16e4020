"""When to propose a step in a dose, from the journal, within the physiotherapist's bounds.

At the start of a session the app asks :func:`proposals` which exercises of it could move. The
rule, for an exercise whose programme entry carries a progression (``core/dose_progression.py``):

- **Down first.** When the latest pain rating, given after the latest step, is ``REGRESS_PAIN_RISE``
  (2) or more points above the programme's first rating, or a spreading symptom was reported since
  the latest step (and within the last week), propose one step down, never below the floor; the
  patient is told to contact their physiotherapist.
- **Up** when all of these hold: the dose is below the limit; ``every_days`` days have passed since
  the latest step (accepted or declined) or since the programme started; over the last seven days
  before today, days off left out, at least ``done_percent`` % of the sessions that prescribed the
  exercise had it done (and there was at least one); the programme's first and latest pain ratings
  are known and the latest is at most ``pain_rise`` above the first; no warning sign and no
  spreading symptom in that week. The step never passes ``up_to``.
- One proposal per exercise a day, whatever the answer; the answer is a 'dose_step' entry
  (``RecordService.answer``), and the dose in force follows the accepted ones (``dose_steps.py``).

Pure functions over values read from the journal: tested with a fake clock and no Qt.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..dose_progression import REGRESS_PAIN_RISE, StepField, value_of
from ..prescription import PrescribedExercise
from ..text import Text
from .days import DayRecord
from .dose_steps import Basis, Direction, DoseStep

LOOKBACK_DAYS = 7  # "the last week's sessions"


@dataclass(frozen=True)
class PainRating:
    """One pain rating from the journal, with when it was given."""

    on: dt.date
    pain: int
    at: dt.datetime


@dataclass(frozen=True)
class Proposal:
    """A step proposed for one exercise: from ``current`` to ``proposed`` (repetitions, seconds
    held or minutes), within the bounds the programme set (``base`` is its own value)."""

    exercise_id: str
    name: Text
    programme_id: str
    field: StepField
    base: int
    current: int
    proposed: int
    limit: int  # up_to for a step up, the floor for a step down
    direction: Direction
    basis: Basis


@dataclass(frozen=True)
class JournalFacts:
    """What the rule reads from the journal besides the days: the programme's start, every pain
    rating since then (oldest first), the spreading symptoms reported (their times) and the steps."""

    programme_start: dt.date
    pains: Sequence[PainRating]
    spreading: Sequence[dt.datetime]
    steps: Sequence[DoseStep]


def proposals(today: dt.date, prescribed: Sequence[PrescribedExercise], programme_id: str,
              days: Sequence[DayRecord], facts: JournalFacts) -> list[Proposal]:
    """The steps to propose at the start of a session of ``today`` whose exercises (at the dose in
    force) are ``prescribed``. ``days`` are the derived days of the week before today, at least."""
    week = [d for d in days if today - dt.timedelta(days=LOOKBACK_DAYS) <= d.on < today]
    start_pains = [p for p in facts.pains if p.on >= facts.programme_start]
    pain_start = start_pains[0].pain if start_pains else None
    latest = start_pains[-1] if start_pains else None
    warned = any(d.red_flags for d in week)
    found = []
    for exercise in prescribed:
        proposal = _proposal(today, exercise, programme_id, week, facts, pain_start, latest, warned)
        if proposal is not None:
            found.append(proposal)
    return found


def _proposal(today: dt.date, exercise: PrescribedExercise, programme_id: str, week: Sequence[DayRecord],
              facts: JournalFacts, pain_start: int | None, latest: PainRating | None,
              warned: bool) -> Proposal | None:
    rule, dose = exercise.progression, exercise.dose
    if rule is None or dose is None:
        return None
    base = value_of(exercise.as_prescribed or dose, rule.field)
    current = value_of(dose, rule.field)
    if base is None or current is None:
        return None
    own = [s for s in facts.steps if s.programme_id == programme_id and s.exercise_id == exercise.exercise_id
           and s.field == rule.field and s.base == base]
    last = max(own, key=lambda s: s.entry_id, default=None)
    if last is not None and last.on >= today:
        return None  # asked today already
    since = last.at if last is not None else None
    changed_on = last.on if last is not None else facts.programme_start
    week_start = today - dt.timedelta(days=LOOKBACK_DAYS)
    spreading = any((since is None or at > since) and at.date() >= week_start for at in facts.spreading)
    done, expected = _done(week, exercise.exercise_id)
    pain_latest = latest.pain if latest is not None else None
    basis = Basis(done, expected, pain_start, pain_latest, spreading)
    pain_up = (latest is not None and pain_start is not None and latest.pain - pain_start >= REGRESS_PAIN_RISE
               and (since is None or latest.at > since))
    if pain_up or spreading:
        lower = rule.step_down(current, base)
        if lower is None:
            return None
        return Proposal(exercise.exercise_id, exercise.name, programme_id, rule.field, base, current, lower,
                        rule.floor(base), "down", basis)
    higher = rule.step_up(current)
    if (higher is None or (today - changed_on).days < rule.every_days or expected == 0
            or done * 100 < rule.done_percent * expected or pain_start is None or pain_latest is None
            or pain_latest - pain_start > rule.pain_rise or warned):
        return None
    return Proposal(exercise.exercise_id, exercise.name, programme_id, rule.field, base, current, higher,
                    rule.up_to, "up", basis)


def _done(week: Sequence[DayRecord], exercise_id: str) -> tuple[int, int]:
    """(sessions with the exercise done, sessions that prescribed it) over ``week``, days off left out."""
    done = expected = 0
    for day in week:
        if day.excused:
            continue
        for session in day.sessions:
            if any(e.exercise_id == exercise_id for e in session.prescribed):
                expected += 1
                tick = session.tick(exercise_id)
                done += tick is not None and tick.status == "done"
    return done, expected
