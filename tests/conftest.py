"""Shared test set-up: offscreen Qt, and a temporary data folder for every test."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen Qt with a 1920×1080 desktop (the plain offscreen screen is 800×800, which clamps windows).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's data folder at a fresh temporary folder, never the user's."""
    data_dir = tmp_path / "data-dir"
    data_dir.mkdir()
    monkeypatch.setenv("EXERCISES_APP_DATA_DIR", str(data_dir))
    return data_dir
