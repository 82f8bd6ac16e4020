"""Hands each exercise result of a guided session to the record as it happens."""
from __future__ import annotations

import datetime as dt
import logging

from ..session_results import ExerciseResult
from .errors import RecordError
from .service import Ending, RecordService

log = logging.getLogger(__name__)


class SessionRecorder:
    """Records one go at session ``slot`` of date ``on``: its start, each result, its end.

    A failed write is logged and kept in ``failures`` (the session goes on; the view tells the
    patient that it could not be saved) instead of stopping the patient mid-exercise. With no
    record (``service`` None) every result is a failure.
    """

    def __init__(self, service: RecordService | None, on: dt.date, slot: int) -> None:
        self.service = service
        self.on = on
        self.slot = slot
        self.attempt: int | None = None
        self.recorded: list[ExerciseResult] = []
        self.failures: list[str] = []

    def start(self) -> None:
        """The go begins: an attempt of its own in the record."""
        if self.service is None:
            return
        try:
            self.attempt = self.service.start_session(self.on, self.slot)
        except (RecordError, ValueError) as exc:
            log.error("could not record the start of the session: %s", exc)
            self.failures.append("start")

    def record_exercise(self, result: ExerciseResult) -> None:
        if self.service is None:
            self.failures.append(result.exercise_id)
            return
        try:
            self.service.record_result(self.on, self.slot, self.attempt, result)
        except (RecordError, ValueError) as exc:
            log.error("could not record %s: %s", result.exercise_id, exc)
            self.failures.append(result.exercise_id)
            return
        self.recorded.append(result)

    def end(self, how: Ending) -> None:
        """The go ended ('finished' or 'ended_early')."""
        if self.service is None or self.attempt is None:
            return
        try:
            self.service.end_session(self.on, self.slot, self.attempt, how)
        except (RecordError, ValueError) as exc:
            log.error("could not record the end of the session: %s", exc)
            self.failures.append("end")
