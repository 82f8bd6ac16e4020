"""Start the Qt application: translations, the context and the main window."""
from __future__ import annotations

import gc
import linecache
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from ..config import APP_NAME, AppPaths, i18n_dir
from ..core.text import normalise_language
from .context import AppContext
from .theme import apply_appearance

log = logging.getLogger(__name__)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load the app's and Qt's own catalogues for ``lang``; English needs none."""
    translators: list[QTranslator] = []
    if lang == "en":
        return translators
    sources = [
        (f"exercises_app_{lang}", str(i18n_dir())),
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("no translation %s in %s", name, folder)
    return translators


def stored_language(paths: AppPaths) -> str | None:
    """The language chosen in Settings, or None to follow the system."""
    from PySide6.QtCore import QSettings

    from .context import read_preferences

    language = read_preferences(QSettings(str(paths.settings_file), QSettings.Format.IniFormat)).language
    return None if language == "system" else language


def choose_language(requested: str | None) -> str:
    """The language asked for on the command line, else the system locale's."""
    return normalise_language(requested or QLocale.system().name())


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
    """Prints the seconds since the process started once the watched window's first paint is done,
    then quits (for --check-startup).

    The time is taken and printed before quitting: closing the window (saving its settings) and
    the record come after the first paint and are not part of it.
    """

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


class AfterFirstPaint(QObject):
    """Runs ``work`` once, when the first paint of ``window`` has been handled: start-up work that
    the first screen does not show waits until it is on screen. A window that is not painted
    within ``latest_ms`` (shown minimised, say) does not hold it up longer than that."""

    def __init__(self, window: QWidget, work: Callable[[], None], latest_ms: int = 3000) -> None:
        super().__init__(window)
        self._work: Callable[[], None] | None = work
        self._window = window
        window.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and self._work is not None:
            QTimer.singleShot(0, self, self._run)  # runs once this paint has been handled
        return False

    def _run(self) -> None:
        if self._work is not None:
            work, self._work = self._work, None
            self._window.removeEventFilter(self)
            work()


def set_window_icon(app: QApplication, paths: AppPaths) -> None:
    """The app's window icon, from the PNG rendering of its SVG (``tools/make_icon_png.py``): an SVG
    icon would load Qt's SVG icon engine and QtSvg, about 1.3 MiB."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.assets_dir / "icons" / "exercises-app.png")))


def install_error_hook(paths: AppPaths) -> None:
    """An error raised in a slot while the app runs: one line on stderr and the details in the log
    (PySide6 would print the traceback and carry on)."""
    from ..error_log import report_unexpected

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, error.__traceback__)
            return
        print(report_unexpected(paths, "running the app", error), file=sys.stderr)

    sys.excepthook = hook


def run_gui(paths: AppPaths, requested_lang: str | None, programme_file: Path | None = None,
            check_startup: bool = False) -> int:
    """Show the main window and run the event loop until it closes.

    What the first screen does not need waits for its first paint (``AfterFirstPaint``): the
    window icon, and the garbage collector, paused by the command line while the window's modules
    load and it is built (start-up makes many objects and little garbage).

    With ``check_startup`` the app opens the main window on the user's real data, waits for its
    first paint, prints the seconds since the process started and exits 0.
    """
    from .main_window import MainWindow

    # PySide6 reads the source of every module imported after it (looking for "PySide6" in it) and
    # keeps it in linecache: MiB of lines that nothing needs, freed before the window is built.
    linecache.clearcache()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("exercises-app")
    install_error_hook(paths)
    settings_lang = stored_language(paths)
    lang = choose_language(requested_lang or settings_lang)
    install_translators(app, lang)
    # Qt ends every window title with this name: translated, so French titles end in French.
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Exercises"))
    context = AppContext.create(paths, lang)
    apply_appearance(app, context.preferences.theme, context.preferences.text_scale)
    window = MainWindow(context)
    linecache.clearcache()  # again: the first view's modules were imported while building the window

    def after_first_paint() -> None:
        set_window_icon(app, paths)
        gc.enable()  # paused by the command line while the window's modules loaded and it was built

    AfterFirstPaint(window, after_first_paint)
    watcher = None
    if check_startup:
        watcher = FirstPaintWatcher(app)
        window.installEventFilter(watcher)
    window.show()
    if not check_startup:
        QTimer.singleShot(0, window.start_reminders)  # its dialog would hold up the start-up check
    if programme_file is not None:
        window.open_programme(programme_file, activate=True)
    elif not check_startup:
        QTimer.singleShot(0, window.ask_how_to_start)  # a first start: how do you want to start?
    try:
        status = app.exec()
    finally:
        context.close()
    if watcher is not None and not watcher.painted:
        print("exercises-app: the main window was never painted", file=sys.stderr)
        return 1
    return status
