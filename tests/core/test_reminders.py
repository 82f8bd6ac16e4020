"""Daily reminders, without Qt: the settings text, and which reminders are due or were missed."""
from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

import pytest

from exercises_app.core.clock import FakeClock
from exercises_app.core.reminders import (
    LATE_LIMIT,
    Reminder,
    default_times,
    due_reminders,
    format_last_check,
    format_times,
    instant,
    missed_reminders,
    parse_last_check,
    parse_reminder_times,
    parse_time,
    slot_for,
)

TORONTO = ZoneInfo("America/Toronto")
MONDAY = dt.date(2026, 1, 5)
SUNDAY = MONDAY - dt.timedelta(days=1)
MORNING, EVENING = dt.time(8, 0), dt.time(19, 30)
TWICE = (MORNING, EVENING)
NONE_DONE: dict[dt.date, set[int]] = {}


def at(on: dt.date, hour: int, minute: int = 0, second: int = 0, zone: dt.tzinfo = TORONTO) -> dt.datetime:
    return dt.datetime(on.year, on.month, on.day, hour, minute, second, tzinfo=zone)


def utc_clock(start: dt.datetime) -> FakeClock:
    """A fake clock at ``start``, kept in UTC: adding seconds to a time in a zone with daylight
    saving adds wall time (Python's rule), which would repeat or skip an hour of real time."""
    return FakeClock(start.astimezone(dt.UTC))


def run_checks(
    clock: FakeClock, step_s: float, until: dt.datetime, times: tuple[dt.time, ...] = TWICE,
    sessions: int = 2, done: dict[dt.date, set[int]] | None = None, zone: dt.tzinfo = TORONTO,
) -> list[tuple[dt.datetime, Reminder]]:
    """Check every ``step_s`` seconds like the app's timer, from the clock's time to ``until``."""
    fired = []
    last = clock.now()
    assert last.utcoffset() == dt.timedelta(0)
    while clock.now() < until.astimezone(dt.UTC):
        clock.advance(step_s)
        now = clock.now()
        for reminder in due_reminders(times, sessions, done or NONE_DONE, last, now, zone):
            fired.append((now, reminder))
        last = now
    return fired


# -- the settings text ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("08:00,19:30", TWICE),
    ("19:30, 08:00", TWICE),  # put in order: the first is session 1
    ("8:00", (MORNING,)),
    ("7h15;21H05", (dt.time(7, 15), dt.time(21, 5))),
    (["08:00", "19:30"], TWICE),  # QSettings reads a hand-written unquoted a,b as a list
    ("00:00,23:59", (dt.time(0, 0), dt.time(23, 59))),
    ("08:00,", (MORNING,)),
])
def test_good_times_are_read(
    text: object, expected: tuple[dt.time, ...], caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        assert parse_reminder_times(text, 2) == expected
    assert not caplog.records


@pytest.mark.parametrize("text", [None, "", "   ", ",", []])
def test_empty_means_off_and_is_the_default(text: object, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert parse_reminder_times(text, 2) == ()
    assert not caplog.records


@pytest.mark.parametrize(("text", "expected"), [
    ("noon", (MORNING,)),  # bad entry 1 → default 1
    ("07:00,25:00", (dt.time(7, 0), EVENING)),  # out of range → default for its position
    ("07:00,19:60", (dt.time(7, 0), EVENING)),
    ("bad,worse", TWICE),
    ("-1:00,07:00", (dt.time(7, 0), MORNING)),
])
def test_bad_entries_fall_back_to_the_defaults_with_a_log_line(
    text: str, expected: tuple[dt.time, ...], caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="exercises_app.core.reminders"):
        assert parse_reminder_times(text, 2) == tuple(sorted(expected))
    assert caplog.records and "not a time of day" in caplog.text


def test_a_value_that_is_not_text_gives_the_defaults(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert parse_reminder_times(42, 2) == default_times(2) == TWICE
    assert "not text" in caplog.text


def test_duplicates_remind_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert parse_reminder_times("08:00,8:00", 2) == (MORNING,)
    assert "set twice" in caplog.text


def test_at_most_one_reminder_per_session(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert parse_reminder_times("19:30,08:00,12:00", 2) == (MORNING, dt.time(12, 0))
    assert "ignoring 19:30" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert parse_reminder_times("08:00,19:30", 1) == (MORNING,)
    assert caplog.records


def test_times_round_trip_through_the_settings_text() -> None:
    assert format_times(TWICE) == "08:00,19:30"
    assert format_times(()) == ""
    assert parse_reminder_times(format_times(TWICE), 2) == TWICE
    assert parse_time("24:00") is None and parse_time("7:5") is None and parse_time("07:05") == dt.time(7, 5)
    assert [len(default_times(n)) for n in (1, 2, 3, 4, 5, 9)] == [1, 2, 3, 4, 5, 5]


def test_last_check_round_trips_and_rejects_naive_or_bad_values(caplog: pytest.LogCaptureFixture) -> None:
    moment = at(MONDAY, 8, 0, 30)
    assert parse_last_check(format_last_check(moment)) == moment
    assert parse_last_check(None) is None and parse_last_check("") is None
    with caplog.at_level(logging.WARNING):
        assert parse_last_check("2026-01-05T08:00:00") is None  # no zone
        assert parse_last_check("yesterday") is None
    assert len(caplog.records) == 2
    with pytest.raises(ValueError):
        format_last_check(dt.datetime(2026, 1, 5, 8))


def test_reminder_i_is_about_session_i_and_extra_ones_about_the_last() -> None:
    assert [slot_for(i, 2) for i in (1, 2, 3)] == [1, 2, 2]
    assert [slot_for(i, 1) for i in (1, 2)] == [1, 1]


# -- due while running ------------------------------------------------------------------------
def test_each_reminder_fires_once_across_a_day_of_checks() -> None:
    clock = utc_clock(at(MONDAY, 0, 0, 10))
    fired = run_checks(clock, 30, at(MONDAY, 23, 59, 59))
    assert [(r.slot, r.time, r.on) for _, r in fired] == [(1, MORNING, MONDAY), (2, EVENING, MONDAY)]
    (morning_check, morning), (evening_check, evening) = fired
    assert morning.at == at(MONDAY, 8)
    assert dt.timedelta(0) <= morning_check - morning.at < dt.timedelta(seconds=30)
    assert evening.at == at(MONDAY, 19, 30) and evening_check - evening.at < dt.timedelta(seconds=30)


def test_a_check_exactly_at_the_reminder_time_fires_and_the_next_does_not() -> None:
    due = due_reminders(TWICE, 2, NONE_DONE, at(MONDAY, 7, 59, 30), at(MONDAY, 8), TORONTO)
    assert [r.slot for r in due] == [1]
    assert due_reminders(TWICE, 2, NONE_DONE, at(MONDAY, 8), at(MONDAY, 8, 0, 30), TORONTO) == ()


def test_a_session_done_before_its_time_gives_no_reminder() -> None:
    clock = utc_clock(at(MONDAY, 0, 0, 10))
    fired = run_checks(clock, 60, at(MONDAY, 23, 59), done={MONDAY: {1}})
    assert [r.slot for _, r in fired] == [2]
    clock = utc_clock(at(MONDAY, 0, 0, 10))
    assert run_checks(clock, 60, at(MONDAY, 23, 59), done={MONDAY: {1, 2}}) == []


def test_yesterdays_ticks_do_not_silence_today() -> None:
    fired = due_reminders(TWICE, 2, {SUNDAY: {1, 2}}, at(MONDAY, 7, 59, 50), at(MONDAY, 8, 0, 20), TORONTO)
    assert [(r.on, r.slot) for r in fired] == [(MONDAY, 1)]


def test_once_a_day_with_two_times_reminds_the_one_session() -> None:
    clock = utc_clock(at(MONDAY, 0, 0, 10))
    fired = run_checks(clock, 30, at(MONDAY, 23, 59), sessions=1)
    assert [(r.slot, r.time) for _, r in fired] == [(1, MORNING), (1, EVENING)]
    # both in one window (the computer slept): one reminder for the session, the latest
    due = due_reminders(TWICE, 1, NONE_DONE, at(MONDAY, 7), at(MONDAY, 20), TORONTO)
    assert [(r.slot, r.time) for r in due] == [(1, EVENING)]


def test_first_run_and_a_clock_that_went_back_give_nothing() -> None:
    assert due_reminders(TWICE, 2, NONE_DONE, None, at(MONDAY, 9), TORONTO) == ()
    assert due_reminders(TWICE, 2, NONE_DONE, at(MONDAY, 9), at(MONDAY, 7), TORONTO) == ()
    assert due_reminders((), 2, NONE_DONE, at(MONDAY, 7), at(MONDAY, 9), TORONTO) == ()


def test_midnight_a_late_evening_reminder_still_fires_after_the_date_changes() -> None:
    late = (dt.time(23, 59, 0),)
    fired = due_reminders(late, 1, NONE_DONE, at(SUNDAY, 23, 58, 50), at(MONDAY, 0, 0, 20), TORONTO)
    assert [(r.on, r.slot) for r in fired] == [(SUNDAY, 1)]
    # ... and is about Sunday's session: done on Sunday, nothing
    assert due_reminders(late, 1, {SUNDAY: {1}}, at(SUNDAY, 23, 58, 50), at(MONDAY, 0, 0, 20), TORONTO) == ()
    # a reminder at 00:00 belongs to the new day
    midnight = (dt.time(0, 0),)
    fired = due_reminders(midnight, 1, {SUNDAY: {1}}, at(SUNDAY, 23, 59, 50), at(MONDAY, 0, 0, 20), TORONTO)
    assert [r.on for r in fired] == [MONDAY]


def test_after_a_night_asleep_yesterdays_evening_is_not_shown_live() -> None:
    due = due_reminders(TWICE, 2, NONE_DONE, at(SUNDAY, 18), at(MONDAY, 8, 30), TORONTO)
    assert [(r.on, r.slot) for r in due] == [(MONDAY, 1)]
    just_late = at(SUNDAY, 19, 30) + LATE_LIMIT
    due = due_reminders(TWICE, 2, NONE_DONE, at(SUNDAY, 18), just_late, TORONTO)
    assert [(r.on, r.slot) for r in due] == [(SUNDAY, 2)]


def test_spring_forward_a_reminder_in_the_skipped_hour_fires_once() -> None:
    day = dt.date(2026, 3, 8)  # Toronto: 02:00 EST becomes 03:00 EDT
    times = (dt.time(2, 30), dt.time(8, 0))
    clock = utc_clock(at(dt.date(2026, 3, 7), 23, 0, 10))
    fired = run_checks(clock, 30, at(day, 12), times=times)
    assert [(r.on, r.slot, r.time) for _, r in fired] == [(day, 1, dt.time(2, 30)), (day, 2, dt.time(8, 0))]
    skipped = fired[0][1]
    assert skipped.at.astimezone(dt.UTC) == dt.datetime(2026, 3, 8, 7, 30, tzinfo=dt.UTC)
    assert skipped.at.strftime("%H:%M %Z") == "03:30 EDT"  # the instant after the jump
    assert fired[1][1].at.utcoffset() == dt.timedelta(hours=-4)


def test_fall_back_a_repeated_time_fires_once() -> None:
    day = dt.date(2026, 11, 1)  # Toronto: 02:00 EDT becomes 01:00 EST, 01:30 happens twice
    clock = utc_clock(at(day, 0, 0, 10))
    fired = run_checks(clock, 60, at(day, 0) + dt.timedelta(hours=5), times=(dt.time(1, 30),), sessions=1)
    assert len(fired) == 1
    assert fired[0][1].at.utcoffset() == dt.timedelta(hours=-4)  # the first 01:30


def test_a_check_across_the_dst_change_in_another_representation_fires_once() -> None:
    """Now given in UTC, reminders computed in Toronto: instants are compared, not wall times."""
    day = dt.date(2026, 3, 8)
    utc = dt.UTC
    last, now = dt.datetime(2026, 3, 8, 7, 29, tzinfo=utc), dt.datetime(2026, 3, 8, 7, 31, tzinfo=utc)
    due = due_reminders((dt.time(2, 30),), 1, NONE_DONE, last, now, TORONTO)
    assert [r.time for r in due] == [dt.time(2, 30)]
    assert instant(day, dt.time(2, 30), TORONTO) == dt.datetime(2026, 3, 8, 7, 30, tzinfo=utc)


def test_times_must_be_aware() -> None:
    with pytest.raises(ValueError):
        due_reminders(TWICE, 2, NONE_DONE, dt.datetime(2026, 1, 5, 7), at(MONDAY, 9), TORONTO)


# -- missed while the app was closed --------------------------------------------------------
def test_missed_yesterday_evening_and_this_morning() -> None:
    missed = missed_reminders(TWICE, 2, NONE_DONE, at(SUNDAY, 12), at(MONDAY, 10), TORONTO)
    assert [(r.on, r.slot, r.time) for r in missed] == [(SUNDAY, 2, EVENING), (MONDAY, 1, MORNING)]


def test_done_sessions_are_not_missed() -> None:
    done = {SUNDAY: {2}, MONDAY: {1}}
    assert missed_reminders(TWICE, 2, done, at(SUNDAY, 12), at(MONDAY, 10), TORONTO) == ()
    done = {SUNDAY: {1}}  # Sunday morning done does not cover Sunday evening
    missed = missed_reminders(TWICE, 2, done, at(SUNDAY, 12), at(MONDAY, 7), TORONTO)
    assert [(r.on, r.slot) for r in missed] == [(SUNDAY, 2)]


def test_only_today_and_yesterday_are_missed() -> None:
    week_ago = at(MONDAY - dt.timedelta(days=7), 20)
    missed = missed_reminders(TWICE, 2, NONE_DONE, week_ago, at(MONDAY, 9), TORONTO)
    assert [(r.on, r.slot) for r in missed] == [(SUNDAY, 1), (SUNDAY, 2), (MONDAY, 1)]


def test_missed_only_after_the_last_run_and_not_on_the_first() -> None:
    assert missed_reminders(TWICE, 2, NONE_DONE, at(MONDAY, 8, 30), at(MONDAY, 10), TORONTO) == ()
    missed = missed_reminders(TWICE, 2, NONE_DONE, at(MONDAY, 7), at(MONDAY, 20), TORONTO)
    assert [r.slot for r in missed] == [1, 2]
    assert missed_reminders(TWICE, 2, NONE_DONE, None, at(MONDAY, 20), TORONTO) == ()
    assert missed_reminders((), 2, NONE_DONE, at(SUNDAY, 7), at(MONDAY, 20), TORONTO) == ()


def test_the_machine_zone_is_used_when_none_is_given() -> None:
    now = dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC).astimezone()
    today = now.date()
    noon = dt.time(now.hour, now.minute)
    (reminder,) = due_reminders((noon,), 1, NONE_DONE, now - dt.timedelta(seconds=30), now)
    assert reminder.on == today and reminder.at == now
