"""The Patient-Specific Functional Scale: asked at the start and every two weeks, kept in the journal,
and the change that matters (2 points) found per activity."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from exercises_app.core.clock import FakeClock
from exercises_app.core.outcomes import PSFS_INTERVAL_DAYS, PsfsAnswer, check_items, psfs_changes
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore

MONDAY = dt.date(2026, 1, 5)


@pytest.fixture
def service(tmp_path: Path):
    clock = FakeClock(start=dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC))
    store = RecordStore.open(tmp_path / "adherence.sqlite3", clock=clock).store
    yield RecordService(store, clock)
    store.close()


def test_asked_at_the_start_then_every_two_weeks_and_never_twice_the_day_it_was_put_off(
        service: RecordService) -> None:
    assert service.psfs_due(MONDAY)
    service.dismiss_psfs(MONDAY)
    assert not service.psfs_due(MONDAY) and service.psfs_due(MONDAY + dt.timedelta(days=1))
    service.record_psfs(MONDAY + dt.timedelta(days=1), [("Sitting at my desk", 3), ("Lifting my grandson", 2)])
    later = MONDAY + dt.timedelta(days=1 + PSFS_INTERVAL_DAYS)
    assert not service.psfs_due(later - dt.timedelta(days=1)) and service.psfs_due(later)


def test_answers_are_kept_and_the_change_of_each_activity_is_found(service: RecordService) -> None:
    service.record_psfs(MONDAY, [("Sitting at my desk", 3), ("Lifting my grandson", 2), ("", 9)])
    service.record_psfs(MONDAY + dt.timedelta(days=14), [("sitting at my desk", 6), ("Lifting my grandson", 3),
                                                         ("Gardening", 4)])
    answers = service.psfs_answers()
    assert answers[0].items == (("Sitting at my desk", 3), ("Lifting my grandson", 2))  # the blank row left out
    changes = psfs_changes(answers)
    assert [(c.activity, c.first, c.latest, c.change, c.meaningful) for c in changes] == [
        ("sitting at my desk", 3, 6, 3, True), ("Lifting my grandson", 2, 3, 1, False),
        ("Gardening", None, 4, None, False)]
    assert answers[-1].mean == pytest.approx(13 / 3)


def test_bad_answers_are_refused() -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        check_items([("Walking", 11)])
    with pytest.raises(ValueError, match="1 to 5 activities"):
        check_items([])
    with pytest.raises(ValueError, match="1 to 5 activities"):
        check_items([(f"Activity {i}", 5) for i in range(6)])
    assert PsfsAnswer(MONDAY, ()).mean is None


def test_reading_from_the_deciding_day_answers_as_reading_the_whole_journal(service: RecordService) -> None:
    """Today asks at every refresh; it reads only the days that can decide (an index on the date)."""
    from exercises_app.core.outcomes import psfs_answers, psfs_deciding_since, psfs_due
    from exercises_app.core.record.journal import OUTCOME, OUTCOME_DISMISSED

    days = [MONDAY + dt.timedelta(days=n) for n in range(0, 60, 3)]
    for index, day in enumerate(days):
        if index % 3 == 0:
            service.record_psfs(day, [("Walking to the shop", index % 11)])
        elif index % 3 == 1:
            service.dismiss_psfs(day)

    def due_from(entries: list) -> bool:
        dismissed = [dt.date.fromisoformat(e.on) for e in entries if e.kind == OUTCOME_DISMISSED]
        return psfs_due(psfs_answers(entries), dismissed, today)

    answers = []
    for offset in range(-3, 75):
        today = MONDAY + dt.timedelta(days=offset)
        whole = due_from(service.store.entries_of_kind(OUTCOME, OUTCOME_DISMISSED))
        assert service.psfs_due(today) == whole, today
        window = service.store.entries_of_kind(OUTCOME, OUTCOME_DISMISSED, since=psfs_deciding_since(today))
        assert all(e.on >= psfs_deciding_since(today).isoformat() for e in window)
        answers.append(whole)
    assert True in answers and False in answers  # both answers were met
