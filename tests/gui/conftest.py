"""Fixtures for GUI tests: a real context on a temporary data folder."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from exercises_app.config import AppPaths
from exercises_app.core.clock import FakeClock
from exercises_app.gui.app import install_translators
from exercises_app.gui.context import AppContext


@pytest.fixture
def make_context(isolated_data_dir: Path, qapp: QApplication) -> Callable[..., AppContext]:
    """Build an AppContext on the test's data folder, in the given language."""
    installed = []

    def make(lang: str = "en") -> AppContext:
        for translator in installed:
            qapp.removeTranslator(translator)
        installed[:] = install_translators(qapp, lang)
        return AppContext.create(AppPaths(data_dir=isolated_data_dir), lang, FakeClock())

    yield make
    for translator in installed:
        qapp.removeTranslator(translator)
