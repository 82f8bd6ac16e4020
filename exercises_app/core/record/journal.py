"""The journal's rows: the kinds of entry and a row as read. The journal itself is ``store.py``;
how a day is derived from it is ``days.py``; docs/record.md describes every kind."""
from __future__ import annotations

from typing import NamedTuple

# journal entry kinds
PRESCRIPTION = "prescription"
TICK = "tick"
UNTICK = "untick"
SESSION_STARTED = "session_started"
RESULT = "result"
SESSION_ENDED = "session_ended"
PAIN = "pain"
NOTE = "note"
RED_FLAG = "red_flag"
RED_FLAG_WITHDRAWN = "red_flag_withdrawn"
EXCUSED = "excused"  # a day that does not count against the patient, with its reason
EXCUSE_WITHDRAWN = "excuse_withdrawn"
OUTCOME = "outcome"  # a questionnaire answered (core/outcomes.py): its scale in ``text``, its answers in ``data``
OUTCOME_DISMISSED = "outcome_dismissed"  # "not now": asked again another day
DOSE_STEP = "dose_step"  # a step in a dose proposed within the programme's progression: accepted or declined
SYMPTOM = "symptom"  # a symptom reported at the end of a session: its kind in ``text`` (SYMPTOMS)
KINDS: tuple[str, ...] = (PRESCRIPTION, TICK, UNTICK, SESSION_STARTED, RESULT, SESSION_ENDED, PAIN, NOTE,
                          RED_FLAG, RED_FLAG_WITHDRAWN, EXCUSED, EXCUSE_WITHDRAWN, OUTCOME, OUTCOME_DISMISSED,
                          DOSE_STEP, SYMPTOM)
SPREADING = "spreading"  # pain, numbness or tingling spread down the leg or into the arm
SYMPTOMS: tuple[str, ...] = (SPREADING,)
EXCUSE_REASONS: tuple[str, ...] = ("ill", "away", "rest")  # I'm ill; on holiday; rest day advised by my physiotherapist


class Entry(NamedTuple):
    """One journal row, as read (columns that do not apply to its kind are None)."""

    id: int
    on: str  # ISO date
    slot: int | None
    kind: str
    exercise_id: str | None
    attempt: int | None  # the id of the 'session_started' entry it belongs to
    status: str | None
    sets_done: int | None
    sets_prescribed: int | None
    reps_done: int | None
    pain: int | None
    text: str | None
    refers: int | None  # the entry a withdrawal or a note's new version refers to
    prescription_id: int | None
    data: str | None  # JSON for the rarer fields (a warning sign's ids, level, words and language)
    at: str  # ISO time with its offset


ENTRY_COLUMNS = ("id, on_date, slot, kind, exercise_id, attempt, status, sets_done, sets_prescribed, reps_done, "
                 "pain, text, refers, prescription_id, data, recorded_at")
