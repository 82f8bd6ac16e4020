"""One place that resolves every path the app uses, with overrides for tests and packagers.

Order for the data folder: ``--data-dir`` on the command line, then the environment variable
``EXERCISES_APP_DATA_DIR``, then the platform's standard location (QStandardPaths).
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "exercises-app"
DATA_DIR_ENV = "EXERCISES_APP_DATA_DIR"
CACHE_DIR_NAME = "cache"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """A folder shipped with the app: inside the package when installed from a wheel,
    at the top of the repository when run from a checkout."""
    inside = _PACKAGE_DIR / name
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / name


def bundled_assets_dir() -> Path:
    """The assets shipped with the app (illustrations, pose data, sounds)."""
    return _bundled("assets")


def standard_data_dir() -> Path:
    """The platform's folder for this app's data (e.g. ~/.local/share/exercises-app)."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home() / ".local" / "share") / APP_NAME


def cache_dir_of(data_dir: Path) -> Path:
    """The folder in ``data_dir`` for files the app can rebuild at any time (the parsed library)."""
    return data_dir / CACHE_DIR_NAME


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """The data folder from the command line, the environment, or the platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if environ.get(DATA_DIR_ENV):
        return Path(environ[DATA_DIR_ENV]).expanduser().resolve()
    return standard_data_dir()


@dataclass(frozen=True)
class AppPaths:
    """Every file and folder the app reads or writes."""

    data_dir: Path
    assets_dir: Path = _bundled("assets")  # noqa: RUF009 - a Path is immutable
    bundled_data_dir: Path = _bundled("data")  # noqa: RUF009 - a Path is immutable

    @property
    def bundled_library(self) -> Path:
        """The library shipped with the app."""
        return self.bundled_data_dir / "exercises.yaml"

    @property
    def user_library(self) -> Path:
        """An optional library the user or clinic puts in the data folder to replace the bundled one."""
        return self.data_dir / "exercises.yaml"

    @property
    def own_library(self) -> Path:
        """The physiotherapist's own exercises, made in the app (``core/own_exercises.py``)."""
        return self.data_dir / "my-exercises.yaml"

    @property
    def settings_file(self) -> Path:
        """Window state and preferences (INI format)."""
        return self.data_dir / "settings.ini"

    @property
    def bundled_templates_dir(self) -> Path:
        """Programme templates shipped with the app."""
        return self.bundled_data_dir / "programmes"

    @property
    def active_programme_file(self) -> Path:
        """A copy of the programme in use, so it survives the original file being moved."""
        return self.data_dir / "programme.yaml"

    @property
    def adherence_file(self) -> Path:
        """The SQLite record of what was done."""
        return self.data_dir / "adherence.sqlite3"

    @property
    def cache_dir(self) -> Path:
        """Files rebuilt when missing or out of date (safe to delete)."""
        return cache_dir_of(self.data_dir)

    @property
    def log_file(self) -> Path:
        return self.data_dir / "exercises-app.log"

    def ensure_data_dir(self) -> bool:
        """Create the data folder if needed; False when it cannot be created."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return True


def i18n_dir() -> Path:
    """The compiled translations shipped with the package."""
    return _PACKAGE_DIR / "i18n"
