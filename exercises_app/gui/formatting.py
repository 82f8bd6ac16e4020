"""Words and dates on screen in the interface's language: the locale, long dates, session names,
quotation marks.

Shared by Today, History and the reminders (printing has its own, ``printing/strings.py``).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def locale_for(lang: str) -> QLocale:
    """The Canadian locale of the chosen language (dates and numbers)."""
    return QLocale("fr_CA" if lang == "fr" else "en_CA")


def long_date(on: dt.date, lang: str) -> str:
    """'Monday, January 5, 2026' / 'Lundi 5 janvier 2026'."""
    text = locale_for(lang).toString(QDate(on.year, on.month, on.day), QLocale.FormatType.LongFormat)
    return text[:1].upper() + text[1:]


def session_name(slot: int, sessions_per_day: int) -> str:
    """The name of session ``slot`` of the day: Morning/Midday/Evening when there are 2 or 3."""
    translate = QCoreApplication.translate  # literal calls below, so that lupdate finds the strings
    if sessions_per_day == 1 and slot == 1:
        return translate("TodayView", "Today's session")
    if sessions_per_day in (2, 3) and slot == 1:
        return translate("TodayView", "Morning")
    if sessions_per_day == 3 and slot == 2:
        return translate("TodayView", "Midday")
    if sessions_per_day == slot and slot in (2, 3):
        return translate("TodayView", "Evening")
    return translate("TodayView", "Session %1").replace("%1", str(slot))


def quoted(text: str) -> str:
    """``text`` in the language's quotation marks: “a note” / « une note »."""
    return QCoreApplication.translate("Formatting", "“%1”").replace("%1", text)
