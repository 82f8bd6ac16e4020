"""What the physiotherapist's follow-up report says, gathered once from the adherence record.

Pure Python (no Qt): ``build_report`` reads the store, ``gather_report`` works on days already
read (``RecordService.records``). The command line, the menu and the tests share them, and every
figure comes from ``core.record.figures``, the functions the History view uses, so the report
and the screen agree:

- weeks: ``weekly_adherence`` over the days of the period up to ``as_of`` (the earlier of the
  period's end and today). A period that starts on a Monday, or on the first day of the record
  (the default), gives the History view's weeks exactly; a period cut mid-week gives that week's
  days only, and the week is labelled with the dates it covers;
- overall: the weeks' done sessions (each capped at that week's prescribed, like ``WeekFigure.share``)
  over their prescribed sessions;
- streaks, pain baseline and the warning: over the whole record, from its first day to ``as_of``
  (``streaks``, ``pain_baseline``, ``warning``), as on screen;
- pain trend: ``pain_trend`` over the period;
- per exercise, week by week with the weekly rule: *prescribed* counts the exercise's sessions on
  the days the week prescribes (its first ``days_per_week`` days with a prescription in force);
  done, partial and skipped count its ticks in prescribed sessions (done capped at prescribed);
  *not recorded* is the rest. For an every-day programme these are exactly the session slots;
- flagged days: days of the period with a rating 2 points or more above the baseline, and every
  red flag reported in the period (the on-screen warning only looks back 14 days);
- dose over time: ``dose_lines`` over the period, for the exercises whose programme entry has a
  progression: the programme's value and the value in force each day, and each step proposed.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..core.outcomes import PsfsChange, psfs_answers, psfs_changes
from ..core.prescription import Prescription
from ..core.programme import Programme
from ..core.record.days import DayRecord, RedFlag
from ..core.record.dose_steps import dose_steps
from ..core.record.figures import (
    PAIN_RISE_POINTS,
    RECENT_RATINGS,
    CareWarning,
    DoseLine,
    Streaks,
    WeekFigure,
    dose_lines,
    monday_of,
    pain_baseline,
    pain_trend,
    streaks,
    warning,
    weekly_adherence,
)
from ..core.record.journal import DOSE_STEP, OUTCOME
from ..core.text import Text


@dataclass(frozen=True)
class WeekRow:
    """One week of the period: its figure and the dates of the period it covers."""

    figure: WeekFigure
    first: dt.date
    last: dt.date
    so_far: bool  # the week contains ``as_of`` and goes on after it


@dataclass
class ExerciseAdherence:
    """One exercise over the period: its sessions, as prescribed and as recorded."""

    exercise_id: str
    name: Text
    prescribed: int = 0
    done: int = 0
    partial: int = 0
    skipped: int = 0  # the patient's choice (skipped in a session)
    not_reached: int = 0  # the session was ended before it: not counted as skipped

    @property
    def not_recorded(self) -> int:
        """Prescribed sessions where it was not done, partly done or skipped (not reached, or nothing recorded)."""
        return max(0, self.prescribed - self.done - self.partial - self.skipped)

    @property
    def share(self) -> float | None:
        return self.done / self.prescribed if self.prescribed else None


@dataclass(frozen=True)
class PainFlag:
    """A day with a rating 2 points or more above the baseline."""

    on: dt.date
    ratings: tuple[tuple[int, int], ...]  # (slot, pain) of every rating of the day
    highest: int
    sessions_per_day: int


@dataclass(frozen=True)
class RedFlagEntry:
    on: dt.date
    slot: int
    flag: RedFlag  # the signs' ids, level and the words shown then
    sessions_per_day: int


@dataclass(frozen=True)
class NoteEntry:
    on: dt.date
    slot: int
    pain: int | None
    note: str
    sessions_per_day: int


@dataclass(frozen=True)
class PrescriptionChange:
    """A prescription that came into force during the period (or was in force when it began)."""

    since: dt.date
    prescription: Prescription


@dataclass
class ReportData:
    """Everything the report shows, in no particular language."""

    start: dt.date
    end: dt.date
    today: dt.date
    as_of: dt.date
    patient: str
    programme: Programme | None
    prescription: Prescription | None  # in force on as_of (or the last one of the period)
    prescriptions: list[PrescriptionChange]
    first_day: dt.date | None  # of the whole record
    weeks: list[WeekRow]
    streaks: Streaks
    exercises: list[ExerciseAdherence]
    pain_points: list[tuple[dt.date, float]]
    baseline: float | None
    recent_ratings: tuple[int, ...]  # the latest ratings up to as_of, oldest first (as the warning takes them)
    warning: CareWarning | None
    pain_flags: list[PainFlag]
    red_flags: list[RedFlagEntry]
    notes: list[NoteEntry] = field(default_factory=list)  # most recent first
    days_off: list[tuple[dt.date, str]] = field(default_factory=list)  # (date, reason) of excused days, oldest first
    psfs: list[PsfsChange] = field(default_factory=list)  # each activity of the latest check-in, with its first score
    doses: list[DoseLine] = field(default_factory=list)  # exercises with a progression: their dose over the period

    # -- derived figures ----------------------------------------------------------------------
    @property
    def sessions_done(self) -> int:
        return sum(min(w.figure.done, w.figure.prescribed) for w in self.weeks)

    @property
    def sessions_prescribed(self) -> int:
        return sum(w.figure.prescribed for w in self.weeks)

    @property
    def overall_share(self) -> float | None:
        prescribed = self.sessions_prescribed
        return self.sessions_done / prescribed if prescribed else None

    @property
    def latest_pain(self) -> tuple[dt.date, float] | None:
        return self.pain_points[-1] if self.pain_points else None

    @property
    def recent_mean(self) -> float | None:
        ratings = self.recent_ratings
        return sum(ratings) / len(ratings) if ratings else None

    def most_skipped(self, limit: int = 2) -> list[ExerciseAdherence]:
        """The exercises skipped most often (ties: more often partial first), at most ``limit``; none never skipped."""
        ranked = sorted((e for e in self.exercises if e.skipped),
                        key=lambda e: (-e.skipped, -e.partial, e.exercise_id))
        return ranked[:limit]


# -- gathering -------------------------------------------------------------------------------------
def build_report(store, start: dt.date, end: dt.date, today: dt.date, *, programme: Programme | None = None,
                 patient: str | None = None) -> ReportData:
    """Read what the report needs from an open ``RecordService`` and gather it (see the module docstring)."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    as_of = min(end, today)
    if as_of < start:
        raise ValueError(f"the period starts ({start}) after today ({today})")
    first = store.first_day()
    read_from = min(start, first) if first is not None else start
    days = store.records(read_from, as_of)
    report = gather_report(days, start, end, today, programme=programme, patient=patient, first_day=first)
    answers = [a for a in psfs_answers(store.entries_of_kind(OUTCOME)) if a.on <= as_of]
    steps = dose_steps(store.entries_of_kind(DOSE_STEP))
    period = [d for d in days if start <= d.on <= as_of]
    return replace(report, psfs=psfs_changes(answers), doses=dose_lines(period, steps))


def gather_report(days: Sequence[DayRecord], start: dt.date, end: dt.date, today: dt.date, *,
                  programme: Programme | None = None, patient: str | None = None,
                  first_day: dt.date | None = None) -> ReportData:
    """The report from ``days``: they should run from the record's first day (for the baseline,
    streaks and warning) through the period; days after ``min(end, today)`` are left out."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    as_of = min(end, today)
    if as_of < start:
        raise ValueError(f"the period starts ({start}) after today ({today})")
    history = sorted((d for d in days if d.on <= as_of), key=lambda d: d.on)
    period = [d for d in history if d.on >= start]
    if first_day is None:
        first_day = next((d.on for d in history if d.prescription is not None or any(
            s.ticks or s.report for s in d.sessions)), None)

    weeks = _weeks(period, as_of)
    baseline = pain_baseline(history)
    span_weeks = max(1, math.ceil(((as_of - start).days + 1) / 7))
    points = [p for p in pain_trend(period, as_of, span_weeks) if p[0] >= start] if period else []
    ratings = [pain for day in history for pain in day.pains]

    changes: list[PrescriptionChange] = []
    for day in period:
        if day.prescription is not None and (not changes or changes[-1].prescription != day.prescription):
            changes.append(PrescriptionChange(day.on, day.prescription))
    prescription = period[-1].prescription if period and period[-1].prescription else (
        changes[-1].prescription if changes else None)

    return ReportData(
        start=start, end=end, today=today, as_of=as_of,
        patient=(patient if patient is not None else (programme.patient if programme else "")).strip(),
        programme=programme, prescription=prescription, prescriptions=changes, first_day=first_day,
        weeks=weeks,
        streaks=streaks(history, as_of),
        exercises=_exercises(period, programme),
        pain_points=points,
        baseline=baseline,
        recent_ratings=tuple(ratings[-RECENT_RATINGS:]),
        warning=warning(history, as_of) if history else None,
        pain_flags=_pain_flags(period, baseline),
        red_flags=_red_flags(period),
        notes=_notes(period),
        days_off=[(day.on, day.excused) for day in period if day.excused],
    )


def _weeks(period: list[DayRecord], as_of: dt.date) -> list[WeekRow]:
    rows = []
    by_monday: dict[dt.date, list[DayRecord]] = {}
    for day in period:
        by_monday.setdefault(monday_of(day.on), []).append(day)
    for figure in weekly_adherence(period):
        if not figure.prescribed:
            continue
        covered = by_monday[figure.monday]
        first, last = covered[0].on, covered[-1].on
        sunday = figure.monday + dt.timedelta(days=6)
        rows.append(WeekRow(figure, first, last, so_far=last == as_of and as_of < sunday))
    return rows


def _exercises(period: list[DayRecord], programme: Programme | None) -> list[ExerciseAdherence]:
    """Per-exercise counts, in the programme's order, then any other exercise prescribed in the period."""
    found: dict[str, ExerciseAdherence] = {}
    if programme is not None:
        for entry in programme.exercises:
            found[entry.exercise_id] = ExerciseAdherence(entry.exercise_id, Text(entry.exercise_id, entry.exercise_id))
    by_monday: dict[dt.date, list[DayRecord]] = {}
    for day in period:
        by_monday.setdefault(monday_of(day.on), []).append(day)
    for monday in sorted(by_monday):
        week: dict[str, ExerciseAdherence] = {}
        covered = 0
        for day in by_monday[monday]:
            if day.prescription is None:
                continue
            covered += 1
            prescribing = covered <= day.prescription.days_per_week
            for session in day.sessions:
                for exercise in session.prescribed:
                    counts = week.setdefault(exercise.exercise_id,
                                             ExerciseAdherence(exercise.exercise_id, exercise.name))
                    counts.name = exercise.name
                    if prescribing:
                        counts.prescribed += 1
                    tick = session.tick(exercise.exercise_id)
                    if tick is None:
                        continue
                    if tick.status == "done":
                        counts.done += 1
                    elif tick.status == "partial":
                        counts.partial += 1
                    elif tick.status == "skipped":
                        counts.skipped += 1
                    else:
                        counts.not_reached += 1
        for exercise_id, counts in week.items():
            total = found.setdefault(exercise_id, ExerciseAdherence(exercise_id, counts.name))
            total.name = counts.name
            total.prescribed += counts.prescribed
            total.done += min(counts.done, counts.prescribed)
            total.partial += counts.partial
            total.skipped += counts.skipped
            total.not_reached += counts.not_reached
    return list(found.values())


def _pain_flags(period: list[DayRecord], baseline: float | None) -> list[PainFlag]:
    if baseline is None:
        return []
    flags = []
    for day in period:
        ratings = tuple((s.slot, s.report.pain) for s in day.sessions
                        if s.report is not None and s.report.pain is not None)
        if ratings and max(p for _, p in ratings) - baseline >= PAIN_RISE_POINTS:
            flags.append(PainFlag(day.on, ratings, max(p for _, p in ratings), day.sessions_prescribed))
    flags.reverse()
    return flags


def _red_flags(period: list[DayRecord]) -> list[RedFlagEntry]:
    entries = [RedFlagEntry(day.on, s.slot, flag, day.sessions_prescribed)
               for day in period for s in day.sessions if s.report is not None for flag in s.report.red_flags]
    entries.reverse()
    return entries


def _notes(period: list[DayRecord]) -> list[NoteEntry]:
    entries = [NoteEntry(day.on, s.slot, s.report.pain, note.text.strip(), day.sessions_prescribed)
               for day in period for s in day.sessions if s.report is not None
               for note in s.report.notes if note.text.strip()]
    entries.reverse()
    return entries


# -- red flags in the report's language --------------------------------------------------------------
__all__ = [
    "ExerciseAdherence", "NoteEntry", "PainFlag", "PrescriptionChange", "RedFlagEntry", "ReportData", "WeekRow",
    "build_report", "gather_report",
]


def flag_days_shown(red_flag_days: Sequence[dt.date], pain_rise_days: Sequence[dt.date],
                    rows: int) -> tuple[set[dt.date], int]:
    """Which flagged days the report has room to list (``rows`` days), and how many are left out.

    A day with a warning sign is always listed before a day with only a pain rise, newest first, so a
    warning sign never hides among "earlier flagged days" behind later pain rises.
    """
    red = sorted(set(red_flag_days), reverse=True)
    pains = sorted(set(pain_rise_days) - set(red), reverse=True)
    shown = set(red[:rows])
    shown.update(pains[:max(0, rows - len(shown))])
    return shown, len(red) + len(pains) - len(shown)
