"""The report lists a warning sign's day before days with only a pain rise: it never hides among
the days left out for room."""
from __future__ import annotations

import datetime as dt

from exercises_app.printing.report_data import flag_days_shown

DAY = dt.date(2026, 3, 1)


def days(*offsets: int) -> list[dt.date]:
    return [DAY + dt.timedelta(days=n) for n in offsets]


def test_an_old_warning_sign_is_listed_before_later_pain_rises() -> None:
    shown, hidden = flag_days_shown(days(0), days(10, 11, 12, 13, 14, 15, 16), rows=5)
    assert DAY in shown and len(shown) == 5
    assert shown == set(days(0, 13, 14, 15, 16))  # the warning sign, then the newest pain rises
    assert hidden == 3


def test_a_day_with_both_is_counted_once() -> None:
    shown, hidden = flag_days_shown(days(3), days(3, 4), rows=5)
    assert shown == set(days(3, 4)) and hidden == 0


def test_with_more_warning_signs_than_rows_the_newest_are_listed() -> None:
    shown, hidden = flag_days_shown(days(1, 2, 3, 4), days(5, 6), rows=3)
    assert shown == set(days(2, 3, 4)) and hidden == 3
