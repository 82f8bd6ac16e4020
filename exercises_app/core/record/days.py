"""The state of each day, derived from the journal by one function (``derive_days``).

The journal (see ``store.py`` and docs/record.md) only grows: every tick, untick, session started,
exercise result, session end, pain rating, note, warning sign, withdrawal and programme change is
an entry with its time. Nothing here writes; the values returned are plain frozen dataclasses.

The rules, in one place:
- **Prescription of a session.** A day follows the prescription in force at its end (the latest
  'prescription' entry dated on or before it). A session that already had an entry before a
  programme change made that day keeps the prescription it was done under; the other sessions of
  the day follow the new one.
- **An exercise's status** in a session is the best of the results recorded for it since its
  latest untick: done > partial (more sets, then more repetitions) > skipped > not reached. A tick
  by hand is 'done'. A second go at a session adds its results and never lowers an earlier one.
- **Pain**: every rating is kept (``pains``); the latest is the session's figure.
- **Notes**: every note is kept; a note edited on Today amends that note (the journal keeps each
  version; the day shows the latest version of each note).
- **Warning signs**: every report is kept with the sign ids, its level and the words shown then;
  one withdrawn as "reported by mistake" stays in the journal and leaves the day's warnings.
- **Excused days**: a day marked "I'm ill", "on holiday" or "rest day advised by my physiotherapist"
  (the latest such entry of the day that was not withdrawn) does not count against the patient: the
  figures leave it out (``figures.py``); what was done on it still counts.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, get_args

from ..prescription import PrescribedExercise, Prescription
from ..session_results import ResultStatus as Status
from .dose_steps import DoseStep, stepped
from .journal import (
    EXCUSE_WITHDRAWN,
    EXCUSED,
    NOTE,
    PAIN,
    RED_FLAG,
    RED_FLAG_WITHDRAWN,
    RESULT,
    SESSION_ENDED,
    SESSION_STARTED,
    TICK,
    UNTICK,
    Entry,
)

STATUSES: tuple[str, ...] = get_args(Status)  # an exercise's result, as the session engine reports it
PAIN_MIN, PAIN_MAX = 0, 10
_RANK = {"not_reached": 0, "skipped": 1, "partial": 2, "done": 3}

class ExerciseRecord(NamedTuple):
    """What the day shows for one exercise of one session (the best result since its latest untick).

    A named tuple rather than a frozen dataclass: a year of History builds thousands of them."""

    on: dt.date
    slot: int
    exercise_id: str
    status: Status
    sets_done: int
    sets_prescribed: int
    at: dt.datetime
    reps_done: int | None = None  # None for a tick by hand (how many was not said)
    by_hand: bool = False


@dataclass(frozen=True)
class Note:
    """A note, in its latest version."""

    entry_id: int
    text: str
    at: dt.datetime


@dataclass(frozen=True)
class RedFlag:
    """A warning sign reported: the sign ids, the level and the words shown when it was reported.

    ``level`` is None only for reports carried over from a record written before sign ids were
    kept (``legacy``): their level is recognised from the words (``red_flags.red_flag_signs``).
    """

    entry_id: int
    on: dt.date
    slot: int
    sign_ids: tuple[str, ...]
    level: str | None
    words: tuple[str, ...]
    lang: str
    at: dt.datetime

    @property
    def legacy(self) -> bool:
        return self.level is None

    @property
    def which(self) -> str:
        """The words shown, joined: what the export and the report print."""
        return "; ".join(self.words)


@dataclass(frozen=True)
class SessionReport:
    """Everything reported for one session, from every go at it."""

    on: dt.date
    slot: int
    pain: int | None  # the latest rating (None: not rated, or the rating was cleared)
    pains: tuple[int, ...]  # every rating given, oldest first
    notes: tuple[Note, ...]
    red_flags: tuple[RedFlag, ...]  # reported and not withdrawn
    withdrawn: tuple[RedFlag, ...]  # withdrawn as reported by mistake (kept)
    attempts: int  # guided sessions started
    endings: tuple[str, ...]  # how each ended: 'finished' or 'ended_early'
    at: dt.datetime  # the latest entry

    @property
    def note(self) -> str:
        """Every note, oldest first, on one line each."""
        return "\n".join(n.text for n in self.notes)

    @property
    def has_red_flag(self) -> bool:
        return bool(self.red_flags)


@dataclass(frozen=True)
class SessionRecord:
    """One session of a day: what was prescribed for it and what was recorded."""

    slot: int
    prescribed: tuple[PrescribedExercise, ...]
    ticks: tuple[ExerciseRecord, ...]  # in the order of the prescription, then others by id
    report: SessionReport | None
    prescription: Prescription | None = None  # the one this session follows

    def tick(self, exercise_id: str) -> ExerciseRecord | None:
        """The record for one exercise, or None when nothing stands for it."""
        return next((t for t in self.ticks if t.exercise_id == exercise_id), None)

    @property
    def is_prescribed(self) -> bool:
        return bool(self.prescribed)

    @property
    def done_ids(self) -> frozenset[str]:
        """The exercises recorded as 'done' in this session (ticked, or finished in a guided go)."""
        return frozenset(t.exercise_id for t in self.ticks if t.status == "done")

    @property
    def is_done(self) -> bool:
        """True when every exercise prescribed for this session is 'done'."""
        if not self.prescribed:
            return False
        done = self.done_ids
        return all(e.exercise_id in done for e in self.prescribed)

    @property
    def has_record(self) -> bool:
        return bool(self.ticks) or self.report is not None


@dataclass(frozen=True)
class DayRecord:
    """Everything about one date: the prescription in force at its end and each session's record.

    ``sessions`` holds slots 1..sessions_per_day of that prescription, a session started under an
    earlier programme that day, then any other slot with records (which prescribes nothing).
    """

    on: dt.date
    prescription: Prescription | None
    sessions: tuple[SessionRecord, ...]
    excused: str | None = None  # the reason (EXCUSE_REASONS) when the day does not count against the patient

    def session(self, slot: int) -> SessionRecord | None:
        return next((s for s in self.sessions if s.slot == slot), None)

    @property
    def sessions_prescribed(self) -> int:
        return sum(1 for s in self.sessions if s.prescribed)

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
        """The day's pain figures: each session's latest rating, in slot order."""
        reports = (s.report for s in self.sessions if s.report is not None)
        return tuple(r.pain for r in reports if r.pain is not None)

    @property
    def mean_pain(self) -> float | None:
        pains = self.pains
        return sum(pains) / len(pains) if pains else None

    @property
    def red_flags(self) -> tuple[RedFlag, ...]:
        return tuple(flag for s in self.sessions if s.report for flag in s.report.red_flags)


# -- deriving ---------------------------------------------------------------------------------------
class Activation(NamedTuple):
    """A 'prescription' entry: from which date and journal position a prescription is in force."""

    on: str
    entry_id: int
    prescription: Prescription


def in_force(activations: Sequence[Activation], on: str, before_entry: int | None = None) -> Prescription | None:
    """The prescription in force on ISO date ``on`` (at its end, or just before entry ``before_entry``)."""
    found = None
    for activation in activations:  # sorted by (date, entry id)
        if activation.on < on or (activation.on == on and (before_entry is None or activation.entry_id < before_entry)):
            found = activation.prescription
        elif activation.on > on:
            break
    return found


def derive_days(
    start: dt.date, end: dt.date, activations: Sequence[Activation], entries: Iterable[Entry],
    steps: Sequence[DoseStep] = (),
) -> tuple[DayRecord, ...]:
    """Every date from ``start`` to ``end`` inclusive, derived from the journal (see the module docstring).

    ``activations`` are every 'prescription' entry up to ``end``, sorted by (date, entry id);
    ``entries`` are the other entries of the range, in journal order; ``steps`` every dose step
    dated up to ``end`` (``dose_steps.py``), whatever their order.
    """
    steps = sorted(steps, key=lambda s: (s.on, s.slot, s.entry_id))
    step_keys = [(s.on, s.slot) for s in steps]
    by_day: dict[str, dict[int, list[Entry]]] = {}  # date -> slot -> entries, in journal order
    for entry in entries:
        by_day.setdefault(entry.on, {}).setdefault(entry.slot or 0, []).append(entry)
    changed_on = {a.on for a in activations}
    days = []
    plans: dict[tuple[int, int, int], tuple[PrescribedExercise, ...]] = {}
    for offset in range((end - start).days + 1):  # no date past ``end`` is computed (9999-12-31 ends the calendar)
        on = start + dt.timedelta(days=offset)
        text = on.isoformat()
        final = in_force(activations, text)
        day_entries = by_day.get(text, {})
        first_of_slot = {slot: slot_entries[0].id for slot, slot_entries in day_entries.items() if slot}
        changed_today = text in changed_on
        planned = final.sessions_per_day if final else 0
        slot_prescription: dict[int, Prescription | None] = {}
        for slot in range(1, planned + 1):
            slot_prescription[slot] = final
        for slot, first in sorted(first_of_slot.items()):
            earlier = in_force(activations, text, first) if changed_today else final
            if earlier is not None and earlier is not final and earlier.exercises_for_session(slot):
                slot_prescription[slot] = earlier  # started before today's change: keeps what it was done under
            else:
                slot_prescription.setdefault(slot, final if slot <= planned else None)
        sessions = []
        for slot in sorted(slot_prescription):
            prescription = slot_prescription[slot]
            made = bisect.bisect_right(step_keys, (on, slot))  # the steps made up to this session
            key = (id(prescription), slot, made)
            if key not in plans:
                plans[key] = _plan(prescription, slot, steps[:made])
            sessions.append(_session(on, slot, plans[key], prescription, day_entries.get(slot, [])))
        days.append(DayRecord(on, final, tuple(sessions), _excuse(day_entries.get(0, []))))
    return tuple(days)


def _plan(prescription: Prescription | None, slot: int, steps: Sequence[DoseStep]) -> tuple[PrescribedExercise, ...]:
    """The exercises of session ``slot`` of ``prescription`` at the dose in force after ``steps``."""
    if prescription is None:
        return ()
    exercises = prescription.exercises_for_session(slot)
    if not steps:
        return exercises
    return tuple(stepped(e, prescription.programme_id, steps) for e in exercises)


def _excuse(entries: list[Entry]) -> str | None:
    """The reason a day is excused: its latest 'excused' entry that was not withdrawn."""
    withdrawn = {e.refers for e in entries if e.kind == EXCUSE_WITHDRAWN}
    reasons = [e.text for e in entries if e.kind == EXCUSED and e.id not in withdrawn]
    return reasons[-1] if reasons else None


def red_flag_of(entry: Entry, on: dt.date) -> RedFlag:
    """A 'red_flag' entry read: its JSON holds the sign ids, level, words and language."""
    try:
        data = json.loads(entry.data or "{}")
    except (ValueError, TypeError):
        data = {}  # damaged: a warning sign whose words cannot be read is still a warning sign
    if not isinstance(data, dict):
        data = {}
    return RedFlag(entry.id, on, entry.slot or 1, tuple(data.get("ids", ())), data.get("level"),
                   tuple(data.get("words", ())), data.get("lang", "en"), dt.datetime.fromisoformat(entry.at))


def _session(
    on: dt.date, slot: int, prescribed: tuple[PrescribedExercise, ...], prescription: Prescription | None,
    entries: list[Entry],
) -> SessionRecord:
    best: dict[str, tuple[tuple[int, int, int], Entry]] = {}  # exercise -> (rank, the entry that shows most)
    pains: list[int] = []
    pain: int | None = None
    notes: dict[int, Entry] = {}  # a note's first version's id -> its latest version
    flags: dict[int, Entry] = {}
    withdrawn: set[int] = set()
    attempts = 0
    endings: list[str] = []
    for entry in entries:
        kind = entry.kind
        if kind in (RESULT, TICK):
            exercise_id = entry.exercise_id or ""
            rank = (_RANK.get(entry.status or "done", 0), entry.sets_done or 0, entry.reps_done or 0)
            current = best.get(exercise_id)
            if current is None or rank > current[0]:  # a later equal result does not replace the earlier
                best[exercise_id] = (rank, entry)
        elif kind == UNTICK:
            best.pop(entry.exercise_id or "", None)
        elif kind == PAIN:
            pain = entry.pain
            if entry.pain is not None:
                pains.append(entry.pain)
        elif kind == NOTE:
            notes[entry.refers if entry.refers in notes else entry.id] = entry
        elif kind == RED_FLAG:
            flags[entry.id] = entry
        elif kind == RED_FLAG_WITHDRAWN and entry.refers is not None:
            withdrawn.add(entry.refers)
        elif kind == SESSION_STARTED:
            attempts += 1
        elif kind == SESSION_ENDED:
            endings.append(entry.text or "")
    records = [
        # the status is one of Status: the journal only stores what this app wrote
        ExerciseRecord(on, slot, exercise_id, entry.status or "done",  # type: ignore[arg-type]
                       entry.sets_done or 0, entry.sets_prescribed or 1, dt.datetime.fromisoformat(entry.at),
                       entry.reps_done, entry.kind == TICK)
        for exercise_id, (_, entry) in best.items()
    ]
    report = None
    if pains or pain is not None or notes or flags or attempts or endings:
        report = SessionReport(
            on, slot, pain, tuple(pains),
            tuple(Note(e.id, e.text or "", dt.datetime.fromisoformat(e.at)) for e in notes.values() if e.text),
            tuple(red_flag_of(e, on) for i, e in flags.items() if i not in withdrawn),
            tuple(red_flag_of(e, on) for i, e in flags.items() if i in withdrawn), attempts, tuple(endings),
            dt.datetime.fromisoformat(entries[-1].at))
    return SessionRecord(slot, prescribed, _ordered(records, prescribed), report, prescription)


def _ordered(ticks: list[ExerciseRecord], prescribed: tuple[PrescribedExercise, ...]) -> tuple[ExerciseRecord, ...]:
    """Records in the order of the prescription, then any others by exercise id."""
    if not ticks:
        return ()
    by_id = {t.exercise_id: t for t in ticks}
    ordered = [by_id.pop(e.exercise_id) for e in prescribed if e.exercise_id in by_id]
    return (*ordered, *(by_id[k] for k in sorted(by_id)))


Checklist = tuple[tuple[int, tuple[PrescribedExercise, ...]], ...]


def checklist(day: DayRecord | None, fallback: Prescription | None) -> Checklist:
    """(slot, exercises prescribed for it) of each session of the day that prescribes something, as
    the record has it; from ``fallback`` when there is no record (nothing can be saved)."""
    if day is not None and day.prescription is not None:
        return tuple((s.slot, s.prescribed) for s in day.sessions if s.prescribed)
    if fallback is None:
        return ()
    return tuple((slot, fallback.exercises_for_session(slot)) for slot in range(1, fallback.sessions_per_day + 1))
