"""What the file dialogs remember in the settings: the last folder used and the recent programme files.

Each key is declared here once, with what a missing or wrong value becomes; the list rules are
in ``core.file_names``.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ..core.file_names import RECENT_LIMIT, updated_recent
from .settings_keys import LAST_FOLDER as LAST_FOLDER_KEY
from .settings_keys import RECENT_PROGRAMMES as RECENT_PROGRAMMES_KEY


def last_folder(settings: QSettings) -> Path:
    """The folder a file dialog opens in: the last one used while it exists, else the home folder."""
    value = settings.value(LAST_FOLDER_KEY, "")
    folder = Path(str(value)) if isinstance(value, str) and value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_folder(settings: QSettings, file: Path) -> None:
    """Remember the folder of ``file``, just opened or saved."""
    settings.setValue(LAST_FOLDER_KEY, str(Path(file).parent))


def recent_programmes(settings: QSettings) -> list[Path]:
    """The recent programme files, newest first (those that no longer exist included)."""
    value = settings.value(RECENT_PROGRAMMES_KEY, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(str(p)) for p in value if isinstance(p, str) and p][:RECENT_LIMIT]


def remember_programme(settings: QSettings, file: Path) -> None:
    """Put ``file`` first in the recent programmes, and remember its folder."""
    settings.setValue(RECENT_PROGRAMMES_KEY, updated_recent((str(p) for p in recent_programmes(settings)), file))
    remember_folder(settings, file)


def forget_programme(settings: QSettings, file: Path | None = None) -> None:
    """Take ``file`` off the recent programmes (every file when None)."""
    kept = [str(p) for p in recent_programmes(settings) if file is not None and p != file]
    settings.setValue(RECENT_PROGRAMMES_KEY, kept)
