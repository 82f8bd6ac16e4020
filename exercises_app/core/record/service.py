"""Every change to the patient's record goes through here, with its rules: the views only call it.

The service turns what the patient does into journal entries (``store.py``) and never anything
else: a second go at a session, a new pain rating, a note, a warning sign or a programme change
adds to what was recorded and never replaces it. How a day is read back from those entries is in
``days.py``. No Qt here: the rules are tested without a QApplication.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from ..clock import Clock
from ..library import RedFlagSign
from ..outcomes import PSFS, PsfsAnswer, check_items, psfs_answers, psfs_deciding_since, psfs_due
from ..prescription import Prescription
from ..session_results import ExerciseResult
from .days import DayRecord, RedFlag, SessionRecord, in_force
from .dose_steps import ACCEPTED, DECLINED, dose_steps, step_data
from .journal import (
    DOSE_STEP,
    EXCUSE_REASONS,
    EXCUSE_WITHDRAWN,
    EXCUSED,
    NOTE,
    OUTCOME,
    OUTCOME_DISMISSED,
    PAIN,
    PRESCRIPTION,
    RED_FLAG,
    RED_FLAG_WITHDRAWN,
    RESULT,
    SESSION_ENDED,
    SESSION_STARTED,
    SYMPTOM,
    SYMPTOMS,
    TICK,
    UNTICK,
    Entry,
)
from .store import NewEntry, RecordStore

if TYPE_CHECKING:  # the rule itself is imported when a session starts, not at the app's start
    from .progression import Proposal

Ending = Literal["finished", "ended_early"]
MAX_EXCUSED_DAYS = 60  # a holiday or an illness; a longer break is a matter for the physiotherapist
TODAY_NOTE = "today"  # the source of a note typed on Today (one per session, which later edits amend)
SESSION_NOTE = "session"  # a note given at the end of a guided session (one per go)


class RecordService:
    """The patient's record for the app: writes with their rules, reads derived from the journal."""

    def __init__(self, store: RecordStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # -- reading ------------------------------------------------------------------------------
    def day(self, on: dt.date) -> DayRecord:
        return self.store.day(on)

    def records(self, start: dt.date, end: dt.date) -> tuple[DayRecord, ...]:
        return self.store.records(start, end)

    def first_day(self) -> dt.date | None:
        return self.store.first_day()

    def session(self, on: dt.date, slot: int) -> SessionRecord | None:
        return self.store.day(on).session(slot)

    # -- the prescription -----------------------------------------------------------------------
    def use_prescription(self, prescription: Prescription, on: dt.date) -> bool:
        """Make ``prescription`` the one in force from now on ``on``; False (nothing written) when
        the same content is already in force, so the app may call it at every start.

        Sessions of ``on`` that already have an entry keep what they were done under; the rest of
        the day, and the days after, follow this one (``days.derive_days``).
        """
        current = in_force(self.store.activations(on), on.isoformat())
        # The canonical JSON is what the fingerprint hashes: comparing it needs no OpenSSL at start.
        if current is not None and current.to_json() == prescription.to_json():
            return False
        self.store.append([NewEntry(on, PRESCRIPTION, self.clock.now(), prescription=prescription)],
                          "record the programme change")
        return True

    def prescription_on(self, on: dt.date) -> Prescription | None:
        """The prescription the rest of day ``on`` follows."""
        return in_force(self.store.activations(on), on.isoformat())

    # -- the checklist --------------------------------------------------------------------------
    def tick(self, on: dt.date, slot: int, exercise_id: str) -> None:
        """Tick an exercise of a session by hand: done, at the sets prescribed for that session."""
        sets = self._sets(on, slot, exercise_id)
        self.store.append([NewEntry(on, TICK, self.clock.now(), slot=slot, exercise_id=exercise_id,
                                    status="done", sets_done=sets, sets_prescribed=sets)], f"tick {exercise_id}")

    def untick(self, on: dt.date, slot: int, exercise_id: str) -> bool:
        """Untick by hand: what was recorded for it before stays in the journal; the day shows it
        as not done until it is ticked or done again. False (nothing written) when nothing stands."""
        session = self.session(on, slot)
        if session is None or session.tick(exercise_id) is None:
            return False
        self.store.append([NewEntry(on, UNTICK, self.clock.now(), slot=slot, exercise_id=exercise_id)],
                          f"untick {exercise_id}")
        return True

    # -- a guided session -------------------------------------------------------------------------
    def start_session(self, on: dt.date, slot: int) -> int:
        """A go at session ``slot`` begins; returns the attempt's id (each go is an attempt of its own)."""
        return self.store.append([NewEntry(on, SESSION_STARTED, self.clock.now(), slot=slot)],
                                 "start the session")[0]

    def record_result(self, on: dt.date, slot: int, attempt: int | None, result: ExerciseResult) -> None:
        """One exercise's result in a go, as soon as it is known."""
        self.store.append([NewEntry(
            on, RESULT, result.ended_at, slot=slot, exercise_id=result.exercise_id, attempt=attempt,
            status=result.status, sets_done=result.sets_done, sets_prescribed=result.sets_prescribed,
            reps_done=result.reps_done,
        )], f"record {result.exercise_id}")

    def end_session(self, on: dt.date, slot: int, attempt: int | None, how: Ending) -> None:
        """The go ended: 'finished' or 'ended_early'."""
        self.store.append([NewEntry(on, SESSION_ENDED, self.clock.now(), slot=slot, attempt=attempt, text=how)],
                          "end the session")

    def report_session(self, on: dt.date, slot: int, attempt: int | None, pain: int | None, note: str,
                       symptoms: Sequence[str] = ()) -> bool:
        """The end-of-session answers of one go: a pain rating (if given), a note (if any) and the
        symptoms reported (``journal.SYMPTOMS``: a spreading symptom proposes a smaller dose).

        Adds them to what the session already holds (earlier ratings, notes and warning signs stay).
        Returns False when there was nothing to add.
        """
        unknown = [s for s in symptoms if s not in SYMPTOMS]
        if unknown:
            raise ValueError(f"unknown symptom {unknown[0]!r} (known: {', '.join(SYMPTOMS)})")
        now = self.clock.now()
        entries = [NewEntry(on, SYMPTOM, now, slot=slot, attempt=attempt, text=s) for s in dict.fromkeys(symptoms)]
        if pain is not None:
            entries.append(NewEntry(on, PAIN, now, slot=slot, attempt=attempt, pain=pain))
        if note.strip():
            entries.append(NewEntry(on, NOTE, now, slot=slot, attempt=attempt, text=note.strip(),
                                    data=json.dumps({"source": SESSION_NOTE})))
        if entries:
            self.store.append(entries, "save the session report")
        return bool(entries)

    # -- steps in the dose, within the programme's progression ------------------------------------
    def dose_proposals(self, on: dt.date, slot: int) -> list[Proposal]:
        """The dose steps to propose before a go at session ``slot`` of ``on`` (``progression.py``)."""
        from .progression import LOOKBACK_DAYS, JournalFacts, PainRating, proposals

        days = self.store.records(on - dt.timedelta(days=LOOKBACK_DAYS), on)  # the week before, and today
        session = days[-1].session(slot)
        if session is None or session.prescription is None:
            return []
        programme_id = session.prescription.programme_id
        starts = [a.on for a in self.store.activations(on) if a.prescription.programme_id == programme_id]
        if not starts:
            return []
        entries = [e for e in self.store.entries_of_kind(PAIN, SYMPTOM, DOSE_STEP) if e.on <= on.isoformat()]
        facts = JournalFacts(
            programme_start=dt.date.fromisoformat(starts[0]),
            pains=[PainRating(dt.date.fromisoformat(e.on), e.pain, dt.datetime.fromisoformat(e.at))
                   for e in entries if e.kind == PAIN and e.pain is not None],
            spreading=[dt.datetime.fromisoformat(e.at) for e in entries if e.kind == SYMPTOM],
            steps=dose_steps([e for e in entries if e.kind == DOSE_STEP]))
        return proposals(on, session.prescribed, programme_id, days, facts)

    def answer(self, on: dt.date, slot: int, proposal: Proposal, accepted: bool) -> None:
        """Keep the patient's answer to a proposed step; an accepted one sets the dose from this session on."""
        data = step_data(proposal.programme_id, proposal.field, proposal.base, proposal.current, proposal.proposed,
                         proposal.direction, proposal.basis)
        self.store.append([NewEntry(on, DOSE_STEP, self.clock.now(), slot=slot, exercise_id=proposal.exercise_id,
                                    text=ACCEPTED if accepted else DECLINED, data=data)],
                          "keep the answer about the dose")

    # -- answers given on Today -------------------------------------------------------------------
    def rate_pain(self, on: dt.date, slot: int, pain: int | None) -> bool:
        """A pain rating for the session (None clears the day's figure); False when it is the same
        as the latest. Earlier ratings stay in the journal."""
        session = self.session(on, slot)
        current = session.report.pain if session and session.report else None
        if pain == current:
            return False
        self.store.append([NewEntry(on, PAIN, self.clock.now(), slot=slot, pain=pain)], "save the pain rating")
        return True

    def today_note(self, on: dt.date, slot: int) -> str:
        """The note typed on Today for this session (its latest version), or ''."""
        entry = self._latest_today_note(on, slot)
        return entry[1] if entry else ""

    def set_today_note(self, on: dt.date, slot: int, text: str) -> bool:
        """Save the note typed on Today: the first one is a new note, a later edit a new version of it
        (the journal keeps each version). Notes from guided sessions are not touched. False when unchanged."""
        text = text.strip()
        latest = self._latest_today_note(on, slot)
        if (latest[1] if latest else "") == text:
            return False
        self.store.append([NewEntry(on, NOTE, self.clock.now(), slot=slot, text=text,
                                    refers=latest[0] if latest else None,
                                    data=json.dumps({"source": TODAY_NOTE}))], "save the note")
        return True

    # -- warning signs ----------------------------------------------------------------------------
    def report_red_flag(self, on: dt.date, signs: Sequence[RedFlagSign], lang: str, slot: int | None = None) -> RedFlag:
        """Record the warning signs ticked (ids, the most urgent level, the words shown in ``lang``).

        Filed under ``slot``, else the latest session of the day with anything recorded, else the
        first. Earlier reports are kept; a report is never merged into another.
        """
        if not signs:
            raise ValueError("a warning-sign report needs at least one sign")
        if slot is None:
            slot = self._report_slot(on)
        level = "emergency" if any(s.level == "emergency" for s in signs) else "urgent"
        data = json.dumps({"ids": [s.id for s in signs], "level": level, "words": [s.get(lang) for s in signs],
                           "lang": lang}, ensure_ascii=False)
        now = self.clock.now()
        entry_id = self.store.append([NewEntry(on, RED_FLAG, now, slot=slot, data=data)], "save the warning sign")[0]
        return RedFlag(entry_id, on, slot, tuple(s.id for s in signs), level, tuple(s.get(lang) for s in signs),
                       lang, now)

    def withdraw_red_flag(self, flag: RedFlag, reason: str = "reported by mistake") -> None:
        """Withdraw a report made by mistake: the report stays in the journal, marked withdrawn."""
        self.store.append([NewEntry(flag.on, RED_FLAG_WITHDRAWN, self.clock.now(), slot=flag.slot,
                                    refers=flag.entry_id, text=reason)], "withdraw the warning sign")

    # -- days that do not count against the patient ------------------------------------------------
    def excuse(self, start: dt.date, end: dt.date, reason: str) -> int:
        """Mark ``start``..``end`` as excused ('ill', 'away' or 'rest'): one entry per day, in one
        transaction; returns the number of days. At most ``MAX_EXCUSED_DAYS`` at once."""
        if reason not in EXCUSE_REASONS:
            raise ValueError(f"reason must be one of {', '.join(EXCUSE_REASONS)}, not {reason!r}")
        count = (end - start).days + 1
        if not 1 <= count <= MAX_EXCUSED_DAYS:
            raise ValueError(f"an excused period is 1 to {MAX_EXCUSED_DAYS} days, not {count}")
        now = self.clock.now()
        self.store.append([NewEntry(start + dt.timedelta(days=i), EXCUSED, now, text=reason) for i in range(count)],
                          "mark the days")
        return count

    def withdraw_excuse(self, on: dt.date) -> bool:
        """The day counts again (the excuse stays in the journal, withdrawn); False when it was not excused."""
        latest = None
        withdrawn = set()
        for entry in self.store.entries(on, on):
            if entry.kind == EXCUSED:
                latest = entry.id
            elif entry.kind == EXCUSE_WITHDRAWN:
                withdrawn.add(entry.refers)
        if latest is None or latest in withdrawn:
            return False
        self.store.append([NewEntry(on, EXCUSE_WITHDRAWN, self.clock.now(), refers=latest)], "count the day again")
        return True

    # -- outcomes: the Patient-Specific Functional Scale --------------------------------------------
    def entries_of_kind(self, *kinds: str) -> list[Entry]:
        """Every entry of these kinds, whatever its date (the report reads the outcomes with it)."""
        return self.store.entries_of_kind(*kinds)

    def psfs_answers(self) -> list[PsfsAnswer]:
        """Every PSFS answer, oldest first."""
        return psfs_answers(self.store.entries_of_kind(OUTCOME))

    def psfs_due(self, today: dt.date) -> bool:
        """Whether to ask for the PSFS today (core/outcomes.py); Today asks at every refresh, so only
        the days that can decide it are read, not the whole journal."""
        entries = self.store.entries_of_kind(OUTCOME, OUTCOME_DISMISSED, since=psfs_deciding_since(today))
        dismissed = [dt.date.fromisoformat(e.on) for e in entries if e.kind == OUTCOME_DISMISSED and e.text == PSFS]
        return psfs_due(psfs_answers(entries), dismissed, today)

    def record_psfs(self, on: dt.date, items: list[tuple[str, int]]) -> PsfsAnswer:
        """Keep a PSFS answer (activities named and scored 0-10; ValueError for anything else)."""
        kept = check_items(items)
        data = json.dumps({"items": [list(item) for item in kept]}, ensure_ascii=False)
        self.store.append([NewEntry(on, OUTCOME, self.clock.now(), text=PSFS, data=data)], "save the answers")
        return PsfsAnswer(on, kept)

    def dismiss_psfs(self, on: dt.date) -> None:
        """'Not now': the question waits until another day."""
        self.store.append([NewEntry(on, OUTCOME_DISMISSED, self.clock.now(), text=PSFS)], "put the question off")

    # -- internals ---------------------------------------------------------------------------------
    def _sets(self, on: dt.date, slot: int, exercise_id: str) -> int:
        session = self.session(on, slot)
        prescribed = next((e for e in session.prescribed if e.exercise_id == exercise_id), None) if session else None
        if prescribed is None:
            raise ValueError(f"{exercise_id} is not prescribed in session {slot} on {on}")
        return prescribed.sets

    def _report_slot(self, on: dt.date) -> int:
        recorded = [s.slot for s in self.store.day(on).sessions if s.has_record]
        return max(recorded) if recorded else 1

    def _latest_today_note(self, on: dt.date, slot: int) -> tuple[int, str] | None:
        """(entry id, text) of the latest version of the note typed on Today for this session."""
        latest = None
        for entry in self.store.entries(on, on):
            if entry.kind == NOTE and entry.slot == slot and _source(entry) == TODAY_NOTE:
                latest = (entry.refers or entry.id, entry.text or "")
        return latest


def _source(entry: Entry) -> str:
    """Where a note was typed ('today' or 'session'; '' when not said or not readable)."""
    try:
        data = json.loads(entry.data or "{}")
    except (ValueError, TypeError):
        return ""
    return str(data.get("source", "")) if isinstance(data, dict) else ""
