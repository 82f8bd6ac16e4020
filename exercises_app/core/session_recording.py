"""Hands each exercise result of a guided session to the adherence store as it happens."""
from __future__ import annotations

import datetime as dt
import logging

from .adherence import AdherenceStore, AdherenceStoreError
from .session import ExerciseResult

log = logging.getLogger(__name__)


class StoreRecorder:
    """A SessionRecorder that writes into the adherence store for one date and session of the day.

    A failed write is logged and kept in ``failures`` (the session goes on; the view tells the
    patient that it could not be saved) instead of stopping the patient mid-exercise.
    """

    def __init__(self, store: AdherenceStore | None, on: dt.date, slot: int) -> None:
        self.store = store
        self.on = on
        self.slot = slot
        self.recorded: list[ExerciseResult] = []
        self.failures: list[str] = []

    def record_exercise(self, result: ExerciseResult) -> None:
        if self.store is None:
            self.failures.append(result.exercise_id)
            return
        try:
            self.store.record_exercise(
                self.on, self.slot, result.exercise_id, result.status,
                result.sets_done, result.sets_prescribed, result.ended_at,
            )
        except (AdherenceStoreError, ValueError) as exc:
            log.error("could not record %s: %s", result.exercise_id, exc)
            self.failures.append(result.exercise_id)
            return
        self.recorded.append(result)
