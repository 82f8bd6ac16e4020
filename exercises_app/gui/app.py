"""Start the Qt application: translations, the context and the main window."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

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

    value = QSettings(str(paths.settings_file), QSettings.Format.IniFormat).value("preferences/language", "system")
    return None if str(value) not in ("en", "fr") else str(value)


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
    """Quits the event loop right after the watched window's first paint (for --check-startup)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.app.quit)
        return False


def has_display() -> bool:
    """True when a Qt platform can plausibly start: a display, or an explicit platform choice."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def run_gui(paths: AppPaths, requested_lang: str | None, programme_file: Path | None = None,
            check_startup: bool = False) -> int:
    """Show the main window and run the event loop until it closes.

    With ``check_startup`` the app opens the main window on the user's real data, waits for its
    first paint, prints the seconds since the process started and exits 0.
    """
    if not has_display():
        print("exercises-app: no display found (DISPLAY or WAYLAND_DISPLAY is not set); "
              "set QT_QPA_PLATFORM=offscreen to run without a screen", file=sys.stderr)
        return 2
    from .main_window import MainWindow

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("exercises-app")
    app.setWindowIcon(QIcon(str(paths.assets_dir / "icons" / "exercises-app.svg")))
    settings_lang = stored_language(paths)
    lang = choose_language(requested_lang or settings_lang)
    install_translators(app, lang)
    # Qt ends every window title with this name: translated, so French titles end in French.
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Exercises"))
    context = AppContext.create(paths, lang)
    apply_appearance(app, context.preferences.theme, context.preferences.text_scale)
    window = MainWindow(context)
    watcher = None
    if check_startup:
        watcher = FirstPaintWatcher(app)
        window.installEventFilter(watcher)
    window.show()
    if not check_startup:
        QTimer.singleShot(0, window.start_reminders)  # its dialog would hold up the start-up check
    if programme_file is not None:
        window.open_programme(programme_file, activate=True)
    try:
        status = app.exec()
    finally:
        context.close()
    if watcher is not None:
        if not watcher.painted:
            print("exercises-app: the main window was never painted", file=sys.stderr)
            return 1
        elapsed = seconds_since_process_start()
        print(f"{elapsed:.3f}" if elapsed is not None else "unknown")
    return status
