"""Reminders in the running app: the service's checks, the tray and the missed dialog.

The context's fake clock is moved (forward only) to local wall times on Tuesday 6 January 2026, so the
tests hold in any time zone; nothing waits for the real timer.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
import recording
from PySide6.QtWidgets import QDialog, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from exercises_app.core.clock import FakeClock
from exercises_app.core.reminders import Reminder
from exercises_app.gui.context import AppContext
from exercises_app.gui.formatting import session_name
from exercises_app.gui.reminders import CHECK_INTERVAL_MS, MissedRemindersDialog, ReminderService
from exercises_app.gui.settings_keys import REMINDERS_LAST_CHECK as LAST_CHECK_KEY

MakeContext = Callable[..., AppContext]
TUESDAY = dt.date(2026, 1, 6)
MONDAY = TUESDAY - dt.timedelta(days=1)


def local(on: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    """A wall time in the machine's zone, as an aware datetime."""
    return dt.datetime(on.year, on.month, on.day, hour, minute, second).astimezone()


def move_to(context: AppContext, when: dt.datetime) -> None:
    clock = context.clock
    assert isinstance(clock, FakeClock)
    seconds = (when - clock.now()).total_seconds()
    assert seconds >= 0, "the fake clock only moves forward"
    clock.advance(seconds)


def set_times(context: AppContext, *times: str) -> None:
    """What the Settings dialog does on OK."""
    context.set_preferences(dataclasses.replace(context.preferences, reminder_times=times))


def name(context: AppContext, slot: int) -> str:
    assert context.prescription is not None
    return session_name(slot, context.prescription.sessions_per_day)


def finish_session(context: AppContext, slot: int, on: dt.date | None = None) -> None:
    assert context.record is not None and context.prescription is not None
    recording.finish(context, on or context.today(), slot)


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    """Reminders on at 08:00 and 19:30, the clock at 07:59:30 on Tuesday, last checked 30 s ago."""
    context = make_context()
    assert context.prescription is not None and context.prescription.sessions_per_day >= 2
    set_times(context, "08:00", "19:30")
    move_to(context, local(TUESDAY, 7, 59, 0))
    context.settings.setValue(LAST_CHECK_KEY, context.clock.now().isoformat())
    move_to(context, local(TUESDAY, 7, 59, 30))
    return context


def make_service(qtbot: QtBot, context: AppContext, tray: bool = False) -> tuple[ReminderService, list]:
    service = ReminderService(context, tray_available=tray)
    fired: list[tuple[int, str]] = []
    service.reminderDue.connect(lambda slot, message: fired.append((slot, message)))
    return service, fired


def advance(context: AppContext, seconds: float) -> None:
    clock = context.clock
    assert isinstance(clock, FakeClock)
    clock.advance(seconds)


def test_a_reminder_fires_once_when_its_time_passes(qtbot: QtBot, context: AppContext) -> None:
    service, fired = make_service(qtbot, context)
    assert service.check() == () and fired == []  # 07:59:30: not yet
    advance(context, 30)
    with qtbot.waitSignal(service.reminderDue) as blocker:
        due = service.check()  # 08:00:00
    assert [r.slot for r in due] == [1]
    assert blocker.args == [1, "Time for your exercises (Morning): not done yet."]
    advance(context, 30)
    assert service.check() == ()  # the next check does not repeat it
    assert len(fired) == 1
    assert service.context.settings.value(LAST_CHECK_KEY) == context.clock.now().isoformat()


def test_the_evening_reminder_follows_later_the_same_day(qtbot: QtBot, context: AppContext) -> None:
    service, fired = make_service(qtbot, context)
    for _ in range(24 * 60 + 1):  # a day and a minute of checks, one a minute: to Wednesday 08:00:30
        advance(context, 60)
        service.check()
    assert [slot for slot, _ in fired] == [1, 2, 1]  # Tuesday morning, evening, Wednesday morning
    assert name(context, 2) in fired[1][1]


def test_no_reminder_when_the_session_is_done(qtbot: QtBot, context: AppContext) -> None:
    finish_session(context, 1)
    service, fired = make_service(qtbot, context)
    advance(context, 60)
    assert service.check() == ()
    move_to(context, local(TUESDAY, 19, 30, 10))
    assert [r.slot for r in service.check()] == [2]  # the evening is still to do
    assert [slot for slot, _ in fired] == [2]


def test_off_by_default_and_nothing_fires(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    assert context.preferences.reminder_times == ()
    service, fired = make_service(qtbot, context, tray=True)
    assert service.start() == ()
    assert not service.enabled and service.tray is None and not service.uses_tray
    advance(context, 24 * 3600)
    assert service.check() == () and fired == []
    # the check time is kept even when off, so turning reminders on later does not fire past times
    assert context.settings.value(LAST_CHECK_KEY) == context.clock.now().isoformat()
    service.stop()


def test_turning_reminders_on_does_not_fire_times_already_past(
    qtbot: QtBot, make_context: MakeContext,
) -> None:
    context = make_context()
    service, fired = make_service(qtbot, context)
    move_to(context, local(TUESDAY, 12))
    service.check()  # reminders off: only the check time is kept
    set_times(context, "08:00", "19:30")
    service.reload()
    advance(context, 30)
    assert service.check() == () and fired == []


def test_the_timer_checks_every_30_seconds(qtbot: QtBot, context: AppContext) -> None:
    service, _ = make_service(qtbot, context)
    assert not service.timer.isActive()
    service.start()
    assert service.timer.isActive() and service.timer.interval() == CHECK_INTERVAL_MS == 30_000
    service.stop()
    assert not service.timer.isActive()


def test_more_times_than_sessions_keeps_the_earliest_and_logs_once(
    qtbot: QtBot, context: AppContext, caplog: pytest.LogCaptureFixture,
) -> None:
    assert context.record is not None
    two_a_day = dataclasses.replace(context.prescription, sessions_per_day=2)
    context.use_prescription(two_a_day)
    set_times(context, "07:00", "12:00", "19:30")
    service, _ = make_service(qtbot, context)
    for _ in range(3):
        assert service.times() == (dt.time(7, 0), dt.time(12, 0))
    assert caplog.text.count("ignoring 19:30") == 1


# -- missed while closed ------------------------------------------------------------------------
def test_missed_yesterday_and_today_are_listed_once_at_start(qtbot: QtBot, context: AppContext) -> None:
    context.settings.setValue(LAST_CHECK_KEY, local(MONDAY, 12).isoformat())  # last ran Monday noon
    move_to(context, local(TUESDAY, 9))
    service, fired = make_service(qtbot, context)
    missed = service.start()
    assert [(r.on, r.slot) for r in missed] == [(MONDAY, 2), (TUESDAY, 1)]
    assert service.missed_on_start() == missed  # computed once
    advance(context, 30)
    assert service.check() == () and fired == []  # not shown again as due
    service.stop()


def test_missed_leaves_out_done_sessions(qtbot: QtBot, context: AppContext) -> None:
    context.settings.setValue(LAST_CHECK_KEY, local(MONDAY, 12).isoformat())
    finish_session(context, 2, MONDAY)
    move_to(context, local(TUESDAY, 9))
    service, _ = make_service(qtbot, context)
    assert [(r.on, r.slot) for r in service.missed_on_start()] == [(TUESDAY, 1)]


def test_nothing_missed_on_a_first_run(qtbot: QtBot, context: AppContext) -> None:
    context.settings.remove(LAST_CHECK_KEY)
    move_to(context, local(TUESDAY, 21))
    service, _ = make_service(qtbot, context)
    assert service.missed_on_start() == ()


def test_the_missed_dialog_lists_them(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch,
) -> None:
    context.settings.setValue(LAST_CHECK_KEY, local(MONDAY, 12).isoformat())
    move_to(context, local(TUESDAY, 9))
    missed = ReminderService(context, tray_available=False).missed_on_start()
    shown: list[MissedRemindersDialog] = []

    def fake_exec(dialog: MissedRemindersDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MissedRemindersDialog, "exec", fake_exec)
    assert MissedRemindersDialog.show_missed(missed, "en", None, today=TUESDAY) == (None, True)
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Missed reminders"
    assert [row.text() for row in dialog.rows] == [
        f"• Yesterday at 7:30\u202fp.m.: {name(context, 2)}", "• Today at 8:00\u202fa.m.: Morning"]


def test_the_missed_dialog_without_today_gives_dates(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    item = Reminder(MONDAY, 1, dt.time(8), local(MONDAY, 8), 1)
    monkeypatch.setattr(MissedRemindersDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert MissedRemindersDialog.show_missed([item], "en") == (None, False)
    dialog = MissedRemindersDialog([item], "en")
    qtbot.addWidget(dialog)
    assert dialog.rows[0].text() == "• Monday, January 5, 2026 at 8:00\u202fa.m.: Today's session"


# -- the system tray ------------------------------------------------------------------------------
def test_with_a_tray_the_reminder_is_a_notification_and_the_menu_works(
    qtbot: QtBot, context: AppContext,
) -> None:
    service, fired = make_service(qtbot, context, tray=True)
    service.start()
    assert service.uses_tray and service.tray is not None
    messages: list[tuple] = []
    service.tray.showMessage = lambda *args: messages.append(args)  # type: ignore[method-assign]
    advance(context, 30)
    service.check()
    assert messages == [("Exercise reminder", "Time for your exercises (Morning): not done yet.",
                         QSystemTrayIcon.MessageIcon.Information)]
    assert [slot for slot, _ in fired] == [1]  # the main window may also show its banner

    with qtbot.waitSignal(service.activateRequested):
        service.tray.messageClicked.emit()
    with qtbot.waitSignal(service.activateRequested):
        service.open_action.trigger()
    finish_session(context, 1)
    with qtbot.waitSignal(service.startSessionRequested) as blocker:
        service.start_action.trigger()
    assert blocker.args == [2]  # the first session not done yet
    with qtbot.waitSignal(service.quitRequested):
        service.quit_action.trigger()
    assert [a.text() for a in service.tray.contextMenu().actions() if not a.isSeparator()] == [
        "Open", "Start session", "Quit"]
    service.stop()
    assert not service.tray.isVisible()


def test_with_a_tray_missed_reminders_are_one_notification(qtbot: QtBot, context: AppContext) -> None:
    context.settings.setValue(LAST_CHECK_KEY, local(MONDAY, 12).isoformat())
    move_to(context, local(TUESDAY, 9))
    service, _ = make_service(qtbot, context, tray=True)
    service.reload()
    assert service.tray is not None
    messages: list[tuple] = []
    service.tray.showMessage = lambda *args: messages.append(args)  # type: ignore[method-assign]
    assert len(service.start()) == 2
    assert len(messages) == 1 and messages[0][0] == "Missed reminders"
    service.stop()


def test_turning_reminders_off_removes_the_tray_icon(qtbot: QtBot, context: AppContext) -> None:
    service, _ = make_service(qtbot, context, tray=True)
    service.start()
    assert service.uses_tray
    set_times(context)
    service.reload()
    assert not service.uses_tray and not service.enabled
    service.stop()


def test_in_french(qtbot: QtBot, make_context: MakeContext, monkeypatch: pytest.MonkeyPatch) -> None:
    context = make_context("fr")
    set_times(context, "08:00", "19:30")
    move_to(context, local(TUESDAY, 9))
    context.settings.setValue(LAST_CHECK_KEY, local(MONDAY, 12).isoformat())
    service = ReminderService(context, tray_available=False)
    missed = service.missed_on_start()
    assert service.message(missed[1]) == "C’est l’heure de vos exercices (Matin) : pas encore faits."
    monkeypatch.setattr(MissedRemindersDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    dialog = MissedRemindersDialog(missed, "fr", None, today=TUESDAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Rappels manqués"
    assert dialog.rows[0].text() == f"• Hier à 19 h 30 : {name(context, 2)}"
