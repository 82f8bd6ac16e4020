"""Start the Qt application: translations, the context and the main window."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..config import APP_NAME, AppPaths, i18n_dir
from ..core.text import normalise_language
from .context import AppContext

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


def choose_language(requested: str | None) -> str:
    """The language asked for on the command line, else the system locale's."""
    return normalise_language(requested or QLocale.system().name())


def run_gui(paths: AppPaths, requested_lang: str | None, programme_file: Path | None = None) -> int:
    """Show the main window and run the event loop until it closes."""
    from .main_window import MainWindow

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Exercises")
    lang = choose_language(requested_lang)
    install_translators(app, lang)
    context = AppContext.create(paths, lang)
    window = MainWindow(context)
    window.show()
    if programme_file is not None:
        window.open_programme(programme_file, activate=True)
    try:
        return app.exec()
    finally:
        context.close()
