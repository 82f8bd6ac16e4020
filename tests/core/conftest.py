"""Fixtures the core's tests share."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    """The cache folder of a data folder that exists (the cache folder itself does not yet)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    return data_dir / "cache"
