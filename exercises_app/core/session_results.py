"""What a guided session reports of each exercise: the record keeps it (``core/record/``) without
needing the session engine (``core/session.py``), which loads only when a session is run."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

ResultStatus = Literal["done", "partial", "skipped", "not_reached"]


@dataclass(frozen=True)
class ExerciseResult:
    """What became of one exercise of the session."""

    exercise_id: str
    status: ResultStatus
    sets_done: int
    sets_prescribed: int
    started_at: dt.datetime | None  # when its first movement or hold began; None if it never did
    ended_at: dt.datetime
    reps_done: int = 0  # repetitions finished in all, over every set and side
