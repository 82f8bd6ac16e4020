"""Shared test set-up: offscreen Qt, and a temporary data folder for every test."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's data folder at a fresh temporary folder, never the user's."""
    data_dir = tmp_path / "data-dir"
    data_dir.mkdir()
    monkeypatch.setenv("EXERCISES_APP_DATA_DIR", str(data_dir))
    return data_dir
