"""The explicit application context handed to every view: no module-level singletons."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ..config import AppPaths
from ..core.clock import Clock, SystemClock
from ..core.library_source import LibraryLoad, load_active_library


@dataclass
class AppContext:
    """Paths, language, the library in use, persistent settings and the clock."""

    paths: AppPaths
    lang: str
    library_load: LibraryLoad
    settings: QSettings
    clock: Clock

    @classmethod
    def create(cls, paths: AppPaths, lang: str, clock: Clock | None = None) -> "AppContext":
        """Load the library and open the settings file in the data folder."""
        paths.ensure_data_dir()
        settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        library_load = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir)
        return cls(paths, lang, library_load, settings, clock or SystemClock())
