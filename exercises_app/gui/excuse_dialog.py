"""'I can't exercise today': mark today, or a few days from today, as excused, with a reason.

``ExcuseDialog.ask`` shows it and returns ``((reason, last_day) | None, accepted)``; tests patch ``exec``.
The reasons are the record's (``core.record.journal.EXCUSE_REASONS``); an excused day does not count
against the patient in the figures.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.record.service import MAX_EXCUSED_DAYS
from .dialog_buttons import accept_cancel_buttons
from .formatting import locale_for
from .view_fonts import use_large_text
from .widgets.check_indicators import grow_check_indicators


class ExcuseDialog(QDialog):
    """A reason (ill, away, rest day advised by the physiotherapist) and the last day it lasts."""

    def __init__(self, today: dt.date, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A day off your exercises"))
        intro = QLabel(self.tr("Days you mark here do not count against you in your history and your "
                               "physiotherapist's report. Mark them only when you cannot do your exercises."))
        intro.setWordWrap(True)
        self.reasons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for reason, text in (("ill", self.tr("I'm ill")), ("away", self.tr("I'm on holiday or away")),
                             ("rest", self.tr("My physiotherapist advised a rest day"))):
            button = QRadioButton(text)
            button.setProperty("reason", reason)
            self.reasons.addButton(button)
            layout.addWidget(button)
        self.reasons.buttons()[0].setChecked(True)
        self.until = QDateEdit(QDate(today.year, today.month, today.day))
        locale = locale_for(lang)  # 'Monday, November 30, 2026', not the system's short numbers
        self.until.setLocale(locale)
        self.until.setDisplayFormat(locale.dateFormat(QLocale.FormatType.LongFormat))
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        last = today + dt.timedelta(days=MAX_EXCUSED_DAYS - 1)
        self.until.setMaximumDate(QDate(last.year, last.month, last.day))
        self.until.setAccessibleName(self.tr("Last day off"))
        form = QFormLayout()
        form.addRow(self.tr("Until (the last day off):"), self.until)
        layout.addLayout(form)
        buttons = accept_cancel_buttons(self, self.tr("Mark these days"), self.tr("Cancel"))
        layout.addWidget(buttons)
        grow_check_indicators(*self.reasons.buttons())  # follows the font set next
        use_large_text(self, 640)
        self.reasons.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> tuple[str, dt.date]:
        """The reason chosen and the last day off."""
        checked = self.reasons.checkedButton() or self.reasons.buttons()[0]  # one is always checked
        date = self.until.date()
        return str(checked.property("reason")), dt.date(date.year(), date.month(), date.day())

    @classmethod
    def ask(cls, today: dt.date, lang: str, parent: QWidget | None = None) -> tuple[tuple[str, dt.date] | None, bool]:
        """Show the dialog modally; returns ((reason, last day), accepted)."""
        dialog = cls(today, lang, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
