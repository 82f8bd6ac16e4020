"""Opening the main window for a GUI test (shared by the GUI tests)."""
from __future__ import annotations

from pytestqt.qtbot import QtBot

from exercises_app.gui.context import AppContext
from exercises_app.gui.main_window import MainWindow


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The main window on ``context``, shown and exposed, closed by qtbot after the test."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
