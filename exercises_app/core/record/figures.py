"""Adherence figures: pure functions over the days the store returns (``RecordStore.records``).

Nothing here reads a clock: "today" and the range are arguments. Give each function the days it
needs (``weeks_range`` for whole weeks, ``RecordStore.first_day`` for streaks and baseline).

Definitions (also in docs for the clinician's report):
- a session counts as done when every exercise prescribed for its slot is 'done';
- a day's share = done sessions / sessions prescribed that day (the sessions of the prescription in
  force at its end, and any session started under an earlier programme that day);
- a week (Monday to Sunday) prescribes the day's sessions on each of its first days_per_week days
  that have a prescription in force (7-day programmes: every day); days before the first
  activation prescribe nothing. Weekly share = done / prescribed, at most 100%;
- a streak is a run of consecutive dates with at least one done session; the current streak
  counts back from today, or from yesterday while today has no done session yet;
- an excused day (ill, away, a rest day advised by the physiotherapist) prescribes nothing in its
  week, and with nothing done it neither adds to a streak nor breaks it; what is done on it counts;
- pain baseline = median of all ratings of the first 7 dates that have a rating; the pain warning
  fires when the mean of the last 3 ratings is at least 2 points above it (the clinically
  important change on the 0-10 scale); a red flag reported in the last 14 days also warns.
"""
from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..dose_progression import value_of
from ..text import Text
from .days import DayRecord, RedFlag
from .dose_steps import DoseStep

PAIN_RISE_POINTS = 2
RECENT_RATINGS = 3
BASELINE_DAYS = 7
RED_FLAG_DAYS = 14
PAIN_TREND_WEEKS = 8
PAIN_LINE_GAP_DAYS = 7  # a pain chart's line is broken across a gap longer than this between ratings


def monday_of(on: dt.date) -> dt.date:
    """The Monday that starts the ISO week of ``on``."""
    return on - dt.timedelta(days=on.weekday())


def weeks_range(last_day: dt.date, weeks: int) -> tuple[dt.date, dt.date]:
    """Monday of the week ``weeks - 1`` weeks before ``last_day``'s, and the Sunday of ``last_day``'s week."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    end = monday_of(last_day) + dt.timedelta(days=6)
    return end - dt.timedelta(days=7 * weeks - 1), end


# -- per day ----------------------------------------------------------------------------------
def day_shares(days: Iterable[DayRecord]) -> dict[dt.date, float | None]:
    """Share of the day's prescribed sessions that were done (None: nothing prescribed), for the calendar."""
    return {day.on: day.share for day in days}


# -- per week ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class WeekFigure:
    """Sessions done against sessions prescribed in one ISO week."""

    monday: dt.date
    done: int
    prescribed: int

    @property
    def iso_week(self) -> tuple[int, int]:
        """(ISO year, ISO week number)."""
        year, week, _ = self.monday.isocalendar()
        return year, week

    @property
    def share(self) -> float | None:
        """done / prescribed, capped at 1.0 (extra sessions do not make up for missed ones elsewhere)."""
        return min(1.0, self.done / self.prescribed) if self.prescribed else None


def weekly_adherence(days: Iterable[DayRecord]) -> list[WeekFigure]:
    """One figure per ISO week present in ``days``, oldest first. Pass whole weeks (``weeks_range``)."""
    by_week: dict[dt.date, list[DayRecord]] = {}
    for day in days:
        by_week.setdefault(monday_of(day.on), []).append(day)
    figures = []
    for monday in sorted(by_week):
        done = prescribed = covered = 0
        for day in sorted(by_week[monday], key=lambda d: d.on):
            done += day.sessions_done
            if day.prescription is None or day.excused:  # an excused day prescribes nothing that week
                continue
            covered += 1
            if covered <= day.prescription.days_per_week:
                prescribed += day.sessions_prescribed
        figures.append(WeekFigure(monday, done, prescribed))
    return figures


# -- streaks ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Streaks:
    current: int
    longest: int


def streaks(days: Iterable[DayRecord], today: dt.date) -> Streaks:
    """Current and longest runs of dates with a done session, up to ``today``. An excused day with
    nothing done neither adds to a run nor breaks it."""
    past = [day for day in days if day.on <= today]
    active = sorted(day.on for day in past if day.sessions_done > 0)
    excused = {day.on for day in past if day.excused and day.sessions_done == 0}
    one = dt.timedelta(days=1)

    def joined(earlier: dt.date, later: dt.date) -> bool:
        gap = (later - earlier).days
        return all(earlier + one * k in excused for k in range(1, gap))

    longest = run = 0
    previous: dt.date | None = None
    for on in active:
        run = run + 1 if previous is not None and joined(previous, on) else 1
        longest = max(longest, run)
        previous = on
    active_set = set(active)
    cursor = today if today in active_set or today in excused else today - one
    current = 0
    while cursor in active_set or cursor in excused:
        current += cursor in active_set
        cursor -= one
    return Streaks(current, longest)


# -- pain -------------------------------------------------------------------------------------
def pain_trend(
    days: Iterable[DayRecord], today: dt.date, weeks: int = PAIN_TREND_WEEKS,
) -> list[tuple[dt.date, float]]:
    """(date, mean pain of that date) for rated dates in the ``weeks`` weeks ending ``today``."""
    since = today - dt.timedelta(days=7 * weeks - 1)
    return [(day.on, mean) for day in sorted(days, key=lambda d: d.on)
            if since <= day.on <= today and (mean := day.mean_pain) is not None]


def pain_line_runs(points: Iterable[tuple[dt.date, float]]) -> list[list[tuple[dt.date, float]]]:
    """The pain points in date order, split into the runs a chart joins with a line: a gap of more
    than ``PAIN_LINE_GAP_DAYS`` days between two ratings starts a new run (so the screen and the
    printed report never draw a line across a month without ratings)."""
    runs: list[list[tuple[dt.date, float]]] = []
    for on, value in sorted(points):
        if not runs or (on - runs[-1][-1][0]).days > PAIN_LINE_GAP_DAYS:
            runs.append([])
        runs[-1].append((on, value))
    return runs


def pain_baseline(days: Iterable[DayRecord]) -> float | None:
    """Median of every rating of the first 7 dates that have a rating; None without ratings."""
    rated = [day for day in sorted(days, key=lambda d: d.on) if day.pains][:BASELINE_DAYS]
    ratings = [pain for day in rated for pain in day.pains]
    return float(statistics.median(ratings)) if ratings else None


@dataclass(frozen=True)
class PainRise:
    baseline: float
    recent: float  # mean of the latest ratings
    ratings: tuple[int, ...]  # those latest ratings, oldest first


@dataclass(frozen=True)
class CareWarning:
    """Why the patient should contact their physiotherapist: a pain rise, red flags, or both."""

    pain_rise: PainRise | None
    red_flags: tuple[RedFlag, ...]  # reported in the last 14 days and not withdrawn

    def describe(self) -> str:
        """A plain English summary (the UI words its own, translated, from the fields)."""
        parts = []
        rise = self.pain_rise
        if rise:
            parts.append(f"pain has risen to {rise.recent:.1f}/10 on average over the last "
                         f"{len(rise.ratings)} ratings, from a baseline of {rise.baseline:.1f}/10")
        if self.red_flags:
            latest = self.red_flags[-1]
            which = f" ({latest.which})" if latest.which else ""
            parts.append(f"a red flag was reported on {latest.on.isoformat()}{which}")
        return "Contact your physiotherapist: " + "; ".join(parts) + "."


def warning(days: Sequence[DayRecord], today: dt.date) -> CareWarning | None:
    """A warning when recent pain is 2+ points above baseline or a red flag came in the last 14 days.

    ``days`` should start at the beginning of the record (for the baseline) and reach ``today``.
    """
    past = sorted((day for day in days if day.on <= today), key=lambda d: d.on)
    rise = None
    baseline = pain_baseline(past)
    ratings = [pain for day in past for pain in day.pains]
    if baseline is not None and ratings:
        latest = tuple(ratings[-RECENT_RATINGS:])
        recent = sum(latest) / len(latest)
        if recent - baseline >= PAIN_RISE_POINTS:
            rise = PainRise(baseline, recent, latest)
    since = today - dt.timedelta(days=RED_FLAG_DAYS - 1)
    flags = tuple(flag for day in past if day.on >= since for flag in day.red_flags)
    return CareWarning(rise, flags) if rise or flags else None


# -- dose over time ---------------------------------------------------------------------------
@dataclass(frozen=True)
class DosePoint:
    """One day of an exercise whose dose may step: the programme's value and the value in force."""

    on: dt.date
    prescribed: int
    in_force: int


@dataclass(frozen=True)
class DoseLine:
    """An exercise's dose over a period, for the exercises whose programme entry has a progression:
    every day it was prescribed, and every step proposed (accepted or declined) in the period."""

    exercise_id: str
    name: Text
    field: str  # 'reps', 'hold_s' or 'minutes'
    limit: int  # the latest up_to
    points: tuple[DosePoint, ...]
    steps: tuple[DoseStep, ...]


def dose_lines(days: Iterable[DayRecord], steps: Sequence[DoseStep]) -> list[DoseLine]:
    """The dose-over-time lines of ``days`` (in programme order of first appearance). A day's value
    in force is that of its last session prescribing the exercise."""
    points: dict[str, dict[dt.date, DosePoint]] = {}
    about: dict[str, tuple[Text, str, int]] = {}
    first_on: dt.date | None = None
    last_on: dt.date | None = None
    for day in sorted(days, key=lambda d: d.on):
        first_on, last_on = first_on or day.on, day.on
        for session in day.sessions:
            for exercise in session.prescribed:
                rule, dose = exercise.progression, exercise.dose
                if rule is None or dose is None:
                    continue
                prescribed = value_of(exercise.as_prescribed or dose, rule.field)
                in_force = value_of(dose, rule.field)
                if prescribed is None or in_force is None:
                    continue
                points.setdefault(exercise.exercise_id, {})[day.on] = DosePoint(day.on, prescribed, in_force)
                about[exercise.exercise_id] = (exercise.name, rule.field, rule.up_to)
    lines = []
    for exercise_id, by_day in points.items():
        name, field, limit = about[exercise_id]
        own = tuple(s for s in steps if s.exercise_id == exercise_id and s.field == field
                    and first_on is not None and last_on is not None and first_on <= s.on <= last_on)
        lines.append(DoseLine(exercise_id, name, field, limit, tuple(by_day.values()), own))
    return lines
