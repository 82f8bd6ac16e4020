"""Building the main window for a GUI test (shared by the GUI tests)."""
from __future__ import annotations

from pytestqt.qtbot import QtBot

from exercises_app.audio import CuePlayer
from exercises_app.gui.context import AppContext
from exercises_app.gui.main_window import MainWindow


def silent_cues(context: AppContext) -> CuePlayer:
    """A cue player that finds no sound player: nothing is played."""
    return CuePlayer(context.paths.assets_dir / "sounds", which=lambda _name: None)


def build_window(qtbot: QtBot, context: AppContext, cues: CuePlayer | None = None) -> MainWindow:
    """The main window on ``context``, not shown yet, closed by qtbot after the test."""
    window = MainWindow(context, cues)
    qtbot.addWidget(window)
    return window


def open_window(qtbot: QtBot, context: AppContext, cues: CuePlayer | None = None,
                size: tuple[int, int] | None = None) -> MainWindow:
    """The main window on ``context`` (at ``size``), shown and exposed, closed by qtbot after the test."""
    window = build_window(qtbot, context, cues)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
