"""Shared test set-up: offscreen Qt, and a temporary data folder for every test."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen Qt with a 1920×1080 desktop (the plain offscreen screen is 800×800, which clamps windows).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    """Point the app's data folder at a fresh temporary folder, never the user's.

    The folder is that of someone who chose to start with the clinic guide's example (so the app
    does not ask how to start); a test marked ``first_start`` gets an empty folder instead.
    """
    data_dir = tmp_path / "data-dir"
    data_dir.mkdir()
    if request.node.get_closest_marker("first_start") is None:
        (data_dir / "settings.ini").write_text("[preferences]\nstart=example\n", encoding="utf-8")
    monkeypatch.setenv("EXERCISES_APP_DATA_DIR", str(data_dir))
    return data_dir
