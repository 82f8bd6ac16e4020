"""Time as an injectable dependency: the real clock in the app, a settable one in tests."""
from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    """Monotonic seconds for timers and the local wall time for 'today'."""

    def monotonic(self) -> float: ...

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The machine's clocks."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to, for tests."""

    def __init__(self, start: dt.datetime | None = None, monotonic_start: float = 1000.0) -> None:
        self._now = start or dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
        self._monotonic = monotonic_start

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move both clocks forward."""
        self._monotonic += seconds
        self._now += dt.timedelta(seconds=seconds)


def local_date(at: dt.datetime, zone: dt.tzinfo | None = None) -> dt.date:
    """The calendar date of an aware time in ``zone`` (default: the machine's local zone).

    A day is a date, whatever its length: on a daylight-saving change the day has 23 or
    25 hours and still maps to one date.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("local_date needs an aware datetime (with a time zone)")
    return (at.astimezone(zone) if zone is not None else at.astimezone()).date()
