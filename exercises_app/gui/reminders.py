"""Daily reminders in the running app: a timer, the system tray, and the 'missed' dialog.

``ReminderService`` checks every ``CHECK_INTERVAL_MS`` whether a reminder time set in the
settings has passed since the last check and its session is still not done (the rules are in
``core.reminders``); it then shows a tray notification where there is a system tray and always
emits ``reminderDue`` (the main window shows a banner). Nothing runs when the app is closed: no
background service or autostart entry is ever written. Reminders that fell due while the app was
closed are listed once at start by ``MissedRemindersDialog`` where there is no tray.

The times come from ``context.preferences.reminder_times`` (edited by the Settings dialog); the
time of the last check is kept in the settings under ``reminders/last_check``.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import local_date
from ..core.record.errors import RecordError
from ..core.reminders import (
    Reminder,
    due_reminders,
    format_last_check,
    missed_reminders,
    parse_last_check,
    parse_reminder_times,
)
from .context import AppContext
from .formatting import locale_for, long_date, session_name
from .settings_keys import REMINDERS_LAST_CHECK
from .view_fonts import large_text, use_font_throughout

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 30_000


def _done_slots(context: AppContext, today: dt.date) -> dict[dt.date, set[int]]:
    """The session slots done yesterday and today; none when the record cannot be read."""
    if context.record is None:
        return {}
    try:
        days = context.record.records(today - dt.timedelta(days=1), today)
    except RecordError as exc:
        log.error("reminders cannot read the adherence record: %s", exc)
        return {}
    return {day.on: {s.slot for s in day.sessions if s.is_done} for day in days}


class ReminderService(QObject):
    """Checks the reminder times on a timer and notifies; owns the tray icon while it is used.

    Create it with the main window as parent, call ``start()`` once the window is shown and
    ``stop()`` when it closes, and ``reload()`` after the reminder settings or the programme
    changed. ``tray_available`` and ``zone`` are for tests (defaults: ask Qt; the machine's zone).
    """

    reminderDue = Signal(int, str)  # slot, message: a reminder fell due (tray or not)
    activateRequested = Signal()  # bring the main window forward (notification or tray clicked)
    startSessionRequested = Signal(int)  # slot: the tray menu's Start session
    quitRequested = Signal()  # the tray menu's Quit

    def __init__(
        self, context: AppContext, parent: QObject | None = None, *,
        tray_available: bool | None = None, zone: dt.tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.zone = zone
        self.tray_available = (QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None
                               else tray_available)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None
        self._parsed: tuple[str, int, tuple[dt.time, ...]] | None = None
        self._missed: tuple[Reminder, ...] | None = None

    # -- state --------------------------------------------------------------------------------
    def sessions_per_day(self) -> int:
        """Sessions a day of the programme in use; 0 when there is none (no reminders then)."""
        prescription = self.context.prescription
        return prescription.sessions_per_day if prescription is not None else 0

    def times(self) -> tuple[dt.time, ...]:
        """The reminder times of the preferences (empty: off), at most one per session of the day.

        A correction (more times than sessions) is logged once per change, not at every check.
        """
        raw = self.context.preferences.reminder_times
        sessions = max(1, self.sessions_per_day())
        key = repr(raw)
        if self._parsed is None or self._parsed[:2] != (key, sessions):
            self._parsed = (key, sessions, parse_reminder_times(raw, sessions))
        return self._parsed[2]

    @property
    def enabled(self) -> bool:
        """True when reminder times are set and there is a programme to remind about."""
        return self.sessions_per_day() > 0 and bool(self.times())

    @property
    def uses_tray(self) -> bool:
        """True when reminders show in the system tray (a tray exists and reminders are on)."""
        return self.tray is not None and self.tray.isVisible()

    def today(self) -> dt.date:
        return local_date(self.context.clock.now(), self.zone)

    def next_slot(self) -> int:
        """The first session of today not done yet (1 when all are done)."""
        done = _done_slots(self.context, self.today()).get(self.today(), set())
        return next((s for s in range(1, self.sessions_per_day() + 1) if s not in done), 1)

    def _last_check(self) -> dt.datetime | None:
        return parse_last_check(self.context.settings.value(REMINDERS_LAST_CHECK))

    def _stamp(self, now: dt.datetime) -> None:
        self.context.settings.setValue(REMINDERS_LAST_CHECK, format_last_check(now))

    # -- running ------------------------------------------------------------------------------
    def start(self) -> tuple[Reminder, ...]:
        """Begin checking; returns the reminders missed while the app was closed (see ``missed_on_start``).

        With a tray, missed ones are shown there in one notification; without, the caller shows
        ``MissedRemindersDialog`` when the list is not empty.
        """
        missed = self.missed_on_start()
        self.reload()
        self.timer.start()
        if missed and self.uses_tray:
            assert self.tray is not None
            self.tray.showMessage(self.tr("Missed reminders"), "\n".join(self.message(r) for r in missed),
                                  QSystemTrayIcon.MessageIcon.Information)
        return missed

    def stop(self) -> None:
        """Stop checking (the app is closing), remember when, and remove the tray icon."""
        self.timer.stop()
        self._stamp(self.context.clock.now())
        if self.tray is not None:
            self.tray.hide()

    @Slot()
    def reload(self) -> None:
        """Follow a change of the preferences or of the programme: shows or hides the tray icon."""
        wanted = self.tray_available and self.enabled
        if wanted and self.tray is None:
            self._make_tray()
        if self.tray is not None:
            self.tray.setVisible(wanted)

    def missed_on_start(self) -> tuple[Reminder, ...]:
        """Reminders of today and yesterday that fell due since the last run, sessions not done.

        Computed once, at the first call (it then records this run's start as the last check,
        so ``check`` does not show them again); later calls return the same list.
        """
        if self._missed is None:
            now = self.context.clock.now()
            last_run = self._last_check()
            self._missed = ()
            if self.enabled and last_run is not None:
                times, sessions = self.times(), self.sessions_per_day()
                if missed_reminders(times, sessions, {}, last_run, now, self.zone):
                    done = _done_slots(self.context, local_date(now, self.zone))
                    self._missed = missed_reminders(times, sessions, done, last_run, now, self.zone)
            self._stamp(now)
        return self._missed

    @Slot()
    def check(self) -> tuple[Reminder, ...]:
        """Notify of each reminder due since the last check whose session is not done; returns them."""
        now = self.context.clock.now()
        last = self._last_check()
        due: tuple[Reminder, ...] = ()
        if self.enabled and last is not None:
            times, sessions = self.times(), self.sessions_per_day()
            if due_reminders(times, sessions, {}, last, now, self.zone):  # only then read the record
                done = _done_slots(self.context, local_date(now, self.zone))
                due = due_reminders(times, sessions, done, last, now, self.zone)
        self._stamp(now)
        for reminder in due:
            self._notify(reminder)
        return due

    def message(self, reminder: Reminder) -> str:
        """A reminder's text in the app's language: 'Time for your exercises (Morning): not done yet.'"""
        name = session_name(reminder.slot, reminder.sessions_per_day)
        return self.tr("Time for your exercises (%1): not done yet.").replace("%1", name)

    def _notify(self, reminder: Reminder) -> None:
        message = self.message(reminder)
        if self.uses_tray:
            assert self.tray is not None
            self.tray.showMessage(self.tr("Exercise reminder"), message,
                                  QSystemTrayIcon.MessageIcon.Information)
        self.reminderDue.emit(reminder.slot, message)

    # -- the tray -----------------------------------------------------------------------------
    def _make_tray(self) -> None:
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.tray = QSystemTrayIcon(QIcon(icon), self)
        self.tray.setToolTip(self.tr("Exercises: daily reminders are on"))
        self._menu = QMenu()
        self.open_action = QAction(self.tr("Open"), self._menu)
        self.open_action.triggered.connect(self.activateRequested)
        self.start_action = QAction(self.tr("Start session"), self._menu)
        self.start_action.triggered.connect(self._on_start_session)
        self.quit_action = QAction(self.tr("Quit"), self._menu)
        self.quit_action.triggered.connect(self.quitRequested)
        for action in (self.open_action, self.start_action):
            self._menu.addAction(action)
        self._menu.addSeparator()
        self._menu.addAction(self.quit_action)
        self.tray.setContextMenu(self._menu)
        self.tray.messageClicked.connect(self.activateRequested)
        self.tray.activated.connect(self._on_tray_activated)

    @Slot()
    def _on_start_session(self) -> None:
        self.startSessionRequested.emit(self.next_slot())

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.activateRequested.emit()


def _time_text(time: dt.time, lang: str) -> str:
    """'7:30 p.m.' in English (Canada), '19 h 30' in French (Canada)."""
    return locale_for(lang).toString(QTime(time.hour, time.minute), QLocale.FormatType.ShortFormat)


class MissedRemindersDialog(QDialog):
    """Lists the reminders that fell due while the app was closed, sessions still not done."""

    def __init__(
        self, items: Sequence[Reminder], lang: str, parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Missed reminders"))
        big = large_text(self.font())
        bold = QFont(big)
        bold.setBold(True)
        title = QLabel(self.tr("While the app was closed, these sessions were due and are not done yet:"))
        title.setWordWrap(True)
        title.setFont(bold)
        self.rows: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        for item in items:
            row = QLabel("• " + self.describe(item, lang, today))
            row.setWordWrap(True)
            row.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.rows.append(row)
            layout.addWidget(row)
        hint = QLabel(self.tr("Open Today to start a session, or to tick what you did without the app."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        use_font_throughout(self, big)
        title.setFont(bold)
        self.resize(620, self.sizeHint().height())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus(Qt.FocusReason.OtherFocusReason)

    def describe(self, item: Reminder, lang: str, today: dt.date | None) -> str:
        """'Yesterday at 19:30: Evening' (a date instead when ``today`` is not given or is far)."""
        if today is not None and item.on == today:
            day = self.tr("Today")
        elif today is not None and item.on == today - dt.timedelta(days=1):
            day = self.tr("Yesterday")
        else:
            day = long_date(item.on, lang)
        name = session_name(item.slot, item.sessions_per_day)
        return (self.tr("%1 at %2: %3").replace("%1", day).replace("%2", _time_text(item.time, lang))
                .replace("%3", name))

    @classmethod
    def show_missed(
        cls, items: Sequence[Reminder], lang: str, parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> tuple[None, bool]:
        """Show the dialog modally; returns (None, accepted). ``today`` words dates as Today/Yesterday."""
        dialog = cls(items, lang, parent, today)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return None, accepted
