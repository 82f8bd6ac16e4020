"""Baseline for the start-up benchmark: an empty QMainWindow of the app's size, nothing else.

Shows an empty 1280×800 ``QMainWindow``, waits for its first paint, quits the event loop, then
prints (as ``python -m exercises_app --check-startup`` does) the seconds from the process's start
to that paint on the first line, and its peak resident memory on the second:

    0.214
    peak RSS: 61.3 MiB

    QT_QPA_PLATFORM=offscreen python benchmarks/bare_qt_window.py

It imports only PySide6 (QtCore, QtGui, QtWidgets: what any widget app loads) and the standard
library, so that the difference with the app is the app's own cost.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

WIDTH, HEIGHT = 1280, 800  # the main window's default size (MainWindow._restore_state)


# Copied from exercises_app.gui.app.seconds_since_process_start: importing exercises_app here
# would add its import cost to the baseline. Keep the two in step.
def seconds_since_process_start() -> float | None:
    """Elapsed wall time since this process started (Linux /proc), or None where unknown."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of stat: start time in clock ticks after boot
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class FirstPaintWatcher(QObject):
    """Prints the seconds since the process started once the window's first paint is done, then
    quits (as the app's watcher does)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.painted = False
        self.seconds: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._on_painted)  # runs once this paint has been handled
        return False

    def _on_painted(self) -> None:
        self.seconds = seconds_since_process_start()
        # Printed now, so that a parent timing this process reads it at the paint, not at the exit.
        print(f"{self.seconds:.3f}" if self.seconds is not None else "unknown", flush=True)
        self.app.quit()


def show_until_painted(app: QApplication, window: QMainWindow, name: str) -> int:
    """Show ``window``, print the seconds to its first paint, run until then, and print the peak RSS;
    1 if it was never painted (``qt_first_screen_window.py`` shows its window the same way)."""
    watcher = FirstPaintWatcher(app)
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    if not watcher.painted:
        print(f"{name}: the window was never painted", file=sys.stderr)
        return 1
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB")  # KiB on Linux
    return 0


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(WIDTH, HEIGHT)
    return show_until_painted(app, window, "bare_qt_window")


if __name__ == "__main__":
    sys.exit(main())
