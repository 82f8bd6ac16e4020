"""The adherence figures, each checked against numbers worked out by hand in the test."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from exercises_app.core.clock import FakeClock, local_date
from exercises_app.core.library import RedFlagSign
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.core.record.figures import (
    day_shares,
    monday_of,
    pain_baseline,
    pain_line_runs,
    pain_trend,
    streaks,
    warning,
    weekly_adherence,
    weeks_range,
)
from exercises_app.core.record.service import RecordService
from exercises_app.core.session_results import ResultStatus
from exercises_app.core.text import Text

from .writing import record, result

TORONTO = ZoneInfo("America/Toronto")
UTC = dt.UTC
AT = dt.datetime(2026, 1, 5, 9, 0, tzinfo=TORONTO)


def d(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


def twice_a_day() -> Prescription:
    """Session 1: stretch and bridge; session 2: stretch only."""
    return Prescription("twice", 1, "Twice a day", 2, 7, (
        PrescribedExercise("stretch", Text("Hamstring stretch", "Étirement des ischio-jambiers"), 2, 2),
        PrescribedExercise("bridge", Text("Glute bridge", "Pont fessier"), 1, 1),
    ))


def once_a_day(days_per_week: int = 7) -> Prescription:
    return Prescription("once", 1, "Once a day", 1, days_per_week,
                        (PrescribedExercise("tilt", Text("Pelvic tilt", "Bascule du bassin"), 1, 1),))


NUMB = RedFlagSign("numb-legs", Text("Numbness in both legs", "Engourdissement des deux jambes"),
                   ("low-back",), "emergency")


def do_session(service: RecordService, on: dt.date, slot: int, at: dt.datetime = AT) -> None:
    """A guided session with every exercise prescribed for it done."""
    prescription = service.prescription_on(on)
    assert prescription is not None
    record(service, on, slot, *(result(e.exercise_id, "done", e.sets, e.sets, at)
                              for e in prescription.exercises_for_session(slot)))


def exercise(service: RecordService, on: dt.date, slot: int, exercise_id: str, status: ResultStatus,
             sets_done: int, sets_prescribed: int) -> None:
    """One exercise's result on its own."""
    service.record_result(on, slot, None, result(exercise_id, status, sets_done, sets_prescribed, AT))


@pytest.fixture
def two_weeks(service: RecordService) -> RecordService:
    """Twice a day from Wednesday 7 January 2026:

    week of Mon 5 Jan (Wed-Sun prescribed = 10): Wed 2, Thu 1 (bridge only partial in session 1),
    Fri 0, Sat 1, Sun 2 -> 6 of 10.
    week of Mon 12 Jan (14 prescribed): Mon-Thu 2 each, Fri all skipped, Sat 1, Sun none -> 9 of 14.
    """
    service.use_prescription(twice_a_day(), d(1, 7))
    for on in (d(1, 7), d(1, 11), d(1, 12), d(1, 13), d(1, 14), d(1, 15)):
        do_session(service, on, 1)
        do_session(service, on, 2)
    exercise(service, d(1, 8), 1, "stretch", "done", 2, 2)
    exercise(service, d(1, 8), 1, "bridge", "partial", 0, 1)
    do_session(service, d(1, 8), 2)
    do_session(service, d(1, 10), 1)
    exercise(service, d(1, 16), 1, "stretch", "skipped", 0, 2)
    exercise(service, d(1, 16), 1, "bridge", "skipped", 0, 1)
    exercise(service, d(1, 16), 2, "stretch", "skipped", 0, 2)
    do_session(service, d(1, 17), 1)
    return service


def test_weeks_are_monday_based() -> None:
    assert monday_of(d(1, 11)) == d(1, 5) and monday_of(d(1, 12)) == d(1, 12)
    assert weeks_range(d(1, 14), 2) == (d(1, 5), d(1, 18))


def test_weekly_adherence_counts_done_sessions_against_prescribed_ones(two_weeks: RecordService) -> None:
    start, end = weeks_range(d(1, 18), 3)
    figures = weekly_adherence(two_weeks.records(start, end))
    assert [(f.monday, f.done, f.prescribed) for f in figures] == [
        (dt.date(2025, 12, 29), 0, 0), (d(1, 5), 6, 10), (d(1, 12), 9, 14)]
    assert figures[0].share is None  # before the first activation nothing was prescribed
    assert figures[1].share == pytest.approx(0.6)
    assert figures[2].share == pytest.approx(9 / 14)  # 64.3 %
    assert figures[2].iso_week == (2026, 3)


def test_day_shares_colour_the_calendar(two_weeks: RecordService) -> None:
    shares = day_shares(two_weeks.records(d(1, 6), d(1, 10)))
    assert shares == {d(1, 6): None, d(1, 7): 1.0, d(1, 8): 0.5, d(1, 9): 0.0, d(1, 10): 0.5}


@pytest.mark.parametrize("today, current, longest", [
    (d(1, 18), 1, 6),   # Sat 17 done, Fri 16 not: 1; the longest is Sat 10 to Thu 15
    (d(1, 17), 1, 6),   # today done
    (d(1, 16), 6, 6),   # nothing yet today: counts from yesterday, 10-15
    (d(1, 15), 6, 6),
    (d(1, 19), 0, 6),   # yesterday (18) not done either
    (d(1, 8), 2, 2),    # days after today are not looked at
])
def test_streaks(two_weeks: RecordService, today: dt.date, current: int, longest: int) -> None:
    days = two_weeks.records(d(1, 1), d(1, 31))
    result = streaks(days, today)
    assert (result.current, result.longest) == (current, longest)


def test_a_programme_of_five_days_a_week_prescribes_five_days_of_sessions(service: RecordService) -> None:
    service.use_prescription(once_a_day(days_per_week=5), d(1, 8))  # a Thursday
    for offset in range(11):  # Thu 8 to Sun 18, every day
        do_session(service, d(1, 8) + dt.timedelta(days=offset), 1)
    figures = weekly_adherence(service.records(*weeks_range(d(1, 18), 2)))
    # week 1: 4 days with a prescription, all within the 5 days: 4 of 4.
    # week 2: 5 days prescribed, 7 done: 100 %, not 140 %.
    assert [(f.done, f.prescribed, f.share) for f in figures] == [(4, 4, 1.0), (7, 5, 1.0)]


def test_a_prescription_change_mid_week_counts_each_day_by_its_own(service: RecordService) -> None:
    service.use_prescription(twice_a_day(), d(1, 5))
    do_session(service, d(1, 5), 1)
    do_session(service, d(1, 5), 2)
    service.use_prescription(once_a_day(), d(1, 7))
    do_session(service, d(1, 7), 1)
    days = service.records(*weeks_range(d(1, 5), 1))
    assert weekly_adherence(days)[0].prescribed == 2 + 2 + 5 * 1
    assert weekly_adherence(days)[0].done == 3
    assert day_shares(days)[d(1, 5)] == 1.0  # Monday is still judged by the twice-a-day programme
    assert days[0].prescription == twice_a_day()


@pytest.mark.parametrize("change_day, hours", [(d(3, 8), 23), (d(11, 1), 25)])
def test_streaks_and_weeks_are_right_across_a_daylight_saving_change(
        service: RecordService, change_day: dt.date, hours: int) -> None:
    first = change_day - dt.timedelta(days=2)
    service.use_prescription(twice_a_day(), monday_of(first))
    # The clock runs in real seconds; each record's date is its local date in Toronto.
    clock = FakeClock(start=dt.datetime.combine(first, dt.time(0, 1), TORONTO).astimezone(UTC))
    for offset in range(5):
        on = first + dt.timedelta(days=offset)
        midnight_after = dt.datetime.combine(on + dt.timedelta(days=1), dt.time(0), TORONTO).astimezone(UTC)
        if on == change_day:
            midnight = dt.datetime.combine(on, dt.time(0), TORONTO).astimezone(UTC)
            assert midnight_after - midnight == dt.timedelta(hours=hours)
        assert local_date(clock.now(), TORONTO) == on  # 00:01
        do_session(service, local_date(clock.now(), TORONTO), 1, clock.now())
        clock.advance((midnight_after - clock.now()).total_seconds() - 60)  # to 23:59 the same date
        assert local_date(clock.now(), TORONTO) == on
        do_session(service, local_date(clock.now(), TORONTO), 2, clock.now())
        clock.advance(120)  # 00:01 the next date
    last = first + dt.timedelta(days=4)
    days = service.records(monday_of(first), last + dt.timedelta(days=6 - last.weekday()))
    assert [day.sessions_done for day in days if first <= day.on <= last] == [2, 2, 2, 2, 2]
    assert streaks(days, last) == streaks(days, last + dt.timedelta(days=1))
    assert (streaks(days, last).current, streaks(days, last).longest) == (5, 5)
    # The change is on a Sunday: Fri-Sun in its week, Mon-Tue in the next.
    assert [(f.done, f.prescribed) for f in weekly_adherence(days)] == [(6, 14), (4, 14)]


# -- pain ---------------------------------------------------------------------------------------
def rate(service: RecordService, on: dt.date, *pains: int) -> None:
    """A pain rating for each session in turn, as given at the end of a session."""
    for slot, pain in enumerate(pains, start=1):
        service.report_session(on, slot, None, pain, "")


def test_pain_baseline_is_the_median_of_the_first_seven_rated_days(service: RecordService) -> None:
    for offset, pain in enumerate((3, 4, 3, 5, 3, 4, 3, 9, 9)):
        rate(service, d(1, 1) + dt.timedelta(days=2 * offset), pain)  # every other day: unrated days are skipped
    # first seven ratings sorted: 3 3 3 3 4 4 5 -> 3
    assert pain_baseline(service.records(d(1, 1), d(1, 31))) == 3.0
    rate(service, d(1, 1), 3, 8)  # a second rating on day one: 3 3 3 3 4 4 5 8 -> (3 + 4) / 2
    assert pain_baseline(service.records(d(1, 1), d(1, 31))) == 3.5
    assert pain_baseline(service.records(d(2, 1), d(2, 2))) is None


def test_pain_warning_fires_at_a_rise_of_two_points(service: RecordService) -> None:
    for offset, pain in enumerate((3, 4, 3, 5, 3, 4, 3)):
        rate(service, d(1, 1) + dt.timedelta(days=offset), pain)  # baseline 3
    rate(service, d(1, 8), 4)
    rate(service, d(1, 9), 5)
    rate(service, d(1, 10), 5)
    assert warning(service.records(d(1, 1), d(1, 10)), d(1, 10)) is None  # (4 + 5 + 5) / 3 = 4.67: +1.67
    rate(service, d(1, 11), 5)
    result = warning(service.records(d(1, 1), d(1, 11)), d(1, 11))  # (5 + 5 + 5) / 3 = 5: +2
    assert result is not None and result.pain_rise is not None and not result.red_flags
    assert (result.pain_rise.baseline, result.pain_rise.recent, result.pain_rise.ratings) == (3.0, 5.0, (5, 5, 5))
    assert "physiotherapist" in result.describe() and "3.0/10" in result.describe()
    # Looking back from the 10th, the rating of the 11th does not count.
    assert warning(service.records(d(1, 1), d(1, 11)), d(1, 10)) is None


def test_pain_going_down_gives_no_warning(service: RecordService) -> None:
    for offset in range(14):
        rate(service, d(1, 1) + dt.timedelta(days=offset), 6 if offset < 7 else 2)
    assert warning(service.records(d(1, 1), d(1, 14)), d(1, 14)) is None


@pytest.mark.parametrize("flag_day, warns", [(d(1, 7), True), (d(1, 6), False), (d(1, 21), False)])
def test_a_red_flag_in_the_last_fourteen_days_warns(service: RecordService, flag_day: dt.date, warns: bool) -> None:
    today = d(1, 20)  # the last 14 days are 7 to 20 January
    service.report_session(flag_day, 2, None, 4, "")
    service.report_red_flag(flag_day, (NUMB,), "en")
    result = warning(service.records(d(1, 1), d(1, 31)), today)
    assert (result is not None) == warns
    if warns:
        assert [(f.on, f.slot, f.which) for f in result.red_flags] == [(flag_day, 2, "Numbness in both legs")]
        assert result.pain_rise is None and "red flag" in result.describe()


def test_pain_trend_is_the_daily_mean_of_the_last_eight_weeks(service: RecordService) -> None:
    today = d(3, 1)  # eight weeks back: 5 January to 1 March
    rate(service, d(1, 4), 9)
    rate(service, d(1, 5), 3, 6)
    rate(service, d(2, 10), 4)
    rate(service, today, 2)
    rate(service, d(3, 2), 8)
    assert pain_trend(service.records(d(1, 1), d(3, 31)), today) == [(d(1, 5), 4.5), (d(2, 10), 4.0), (today, 2.0)]


def test_a_second_go_never_lowers_the_figures_and_an_untick_does(service: RecordService) -> None:
    service.use_prescription(once_a_day(), d(1, 5))
    do_session(service, d(1, 5), 1)
    record(service, d(1, 5), 1, result("tilt", "skipped", 0, 1, AT))  # a second go, stopped at once
    days = service.records(d(1, 5), d(1, 5))
    assert day_shares(days) == {d(1, 5): 1.0} and streaks(days, d(1, 5)).current == 1
    assert service.untick(d(1, 5), 1, "tilt") is True
    days = service.records(d(1, 5), d(1, 5))
    assert day_shares(days) == {d(1, 5): 0.0} and streaks(days, d(1, 5)).current == 0


def test_a_pain_line_breaks_across_a_gap_of_more_than_a_week() -> None:
    """The History chart and the printed report join the same points: a week apart still joins."""
    day = dt.date(2026, 3, 2)
    points = [(day + dt.timedelta(days=n), float(n % 10)) for n in (20, 0, 1, 8, 16, 30)]
    runs = pain_line_runs(points)
    assert [[(on - day).days for on, _ in run] for run in runs] == [[0, 1, 8], [16, 20], [30]]
    assert pain_line_runs([]) == []
