"""Fixtures of the record's tests: a fresh record on a temporary file and the service that writes it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exercises_app.core.clock import FakeClock
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore

from .writing import AT


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=AT)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[RecordStore]:
    opened = RecordStore.open(tmp_path / "adherence.sqlite3", clock=clock)
    assert opened.notice is None and opened.moved_to is None
    yield opened.store
    opened.store.close()


@pytest.fixture
def service(store: RecordStore, clock: FakeClock) -> RecordService:
    return RecordService(store, clock)
