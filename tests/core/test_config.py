"""Paths resolve from the command line, then the environment, then the platform default."""
from __future__ import annotations

from pathlib import Path

from exercises_app.config import AppPaths, resolve_data_dir, standard_data_dir
from exercises_app.core.text import normalise_language, system_language


def test_command_line_wins_over_environment(tmp_path: Path) -> None:
    env = {"EXERCISES_APP_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "cli"), env) == (tmp_path / "cli").resolve()
    assert resolve_data_dir(None, env) == (tmp_path / "env").resolve()
    assert resolve_data_dir(None, {}) == standard_data_dir()


def test_bundled_files_exist_and_user_files_live_in_the_data_dir(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path)
    assert paths.bundled_library.is_file()
    assert (paths.assets_dir / "illustrations").is_dir()
    assert paths.user_library.parent == paths.settings_file.parent == tmp_path


def test_language_from_locale_names() -> None:
    assert normalise_language("fr_CA.UTF-8") == "fr"
    assert normalise_language("en-US") == "en"
    assert normalise_language("de_DE") == "en"
    assert system_language({"LANG": "fr_CA.UTF-8"}) == "fr"
    assert system_language({"LC_ALL": "en_CA", "LANG": "fr_CA"}) == "en"
    assert system_language({}) == "en"
