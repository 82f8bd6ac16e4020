"""The day's most urgent warning sign: the record's reports and one reported in this sitting."""
from __future__ import annotations

import datetime as dt

import pytest

from exercises_app.core.library import EMERGENCY, URGENT
from exercises_app.core.record.days import RedFlag
from exercises_app.core.red_flags import level_in_force, more_urgent


def flag(level: str) -> RedFlag:
    return RedFlag(1, dt.date(2026, 11, 30), 1, ("sign",), level, ("A sign",), "en",
                   dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC))


@pytest.mark.parametrize(("first", "second", "expected"), [
    (None, None, None), (URGENT, None, URGENT), (None, URGENT, URGENT), (URGENT, EMERGENCY, EMERGENCY),
    (EMERGENCY, URGENT, EMERGENCY), (URGENT, URGENT, URGENT),
])
def test_more_urgent_prefers_an_emergency(first: str | None, second: str | None, expected: str | None) -> None:
    assert more_urgent(first, second) == expected


@pytest.mark.parametrize(("recorded", "reported_now", "expected"), [
    ((), None, None),
    ((), URGENT, URGENT),  # reported in this sitting, and the record could not save it
    ((flag(URGENT),), None, URGENT),
    ((flag(URGENT),), EMERGENCY, EMERGENCY),
    ((flag(EMERGENCY),), URGENT, EMERGENCY),  # a later, lesser report never lowers the day's level
    ((flag(URGENT), flag(EMERGENCY)), None, EMERGENCY),
])
def test_the_level_in_force_is_the_most_urgent_of_the_day(recorded: tuple[RedFlag, ...], reported_now: str | None,
                                                          expected: str | None) -> None:
    assert level_in_force(recorded, reported_now, None) == expected
