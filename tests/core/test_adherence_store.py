"""The adherence store: recording, unticking, reports, prescriptions over time, two copies at once."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from exercises_app.core import adherence
from exercises_app.core.adherence import AdherenceStore, StoreWriteError
from exercises_app.core.adherence_records import local_date
from exercises_app.core.clock import FakeClock
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.core.text import Text

TORONTO = ZoneInfo("America/Toronto")
MONDAY = dt.date(2026, 1, 5)
AT = dt.datetime(2026, 1, 5, 9, 0, tzinfo=TORONTO)


def prescription(version: int = 1, sessions: int = 2, second_session: tuple[str, ...] = ("cat-cow",)) -> Prescription:
    """cat-cow and cobra in session 1; the exercises in ``second_session`` also in session 2."""
    def item(exercise_id: str, en: str, fr: str) -> PrescribedExercise:
        return PrescribedExercise(exercise_id, Text(en, fr), 2, 2 if exercise_id in second_session else 1)
    return Prescription("test", version, "Test", sessions, 7,
                        (item("cat-cow", "Cat–cow", "Chat-vache"), item("cobra", "Cobra", "Cobra")))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdherenceStore]:
    opened = AdherenceStore.open(tmp_path / "adherence.sqlite3", clock=FakeClock(start=AT))
    assert opened.notice is None and opened.moved_to is None
    yield opened.store
    opened.store.close()


def statuses(store: AdherenceStore, on: dt.date, slot: int) -> dict[str, tuple[str, int, int]]:
    session = store.day(on).session(slot)
    assert session is not None
    return {t.exercise_id: (t.status, t.sets_done, t.sets_prescribed) for t in session.ticks}


def test_every_status_is_recorded_with_its_sets_and_time(store: AdherenceStore) -> None:
    store.activate(prescription(), MONDAY)
    store.record_exercise(MONDAY, 1, "cat-cow", "done", 2, 2, AT)
    store.record_exercise(MONDAY, 1, "cobra", "partial", 1, 2, AT + dt.timedelta(minutes=3))
    store.record_exercise(MONDAY, 2, "cat-cow", "skipped", 0, 2, AT + dt.timedelta(hours=9))
    assert statuses(store, MONDAY, 1) == {"cat-cow": ("done", 2, 2), "cobra": ("partial", 1, 2)}
    assert statuses(store, MONDAY, 2) == {"cat-cow": ("skipped", 0, 2)}
    tick = store.day(MONDAY).session(1).tick("cobra")
    assert tick is not None and tick.at == AT + dt.timedelta(minutes=3) and tick.at.utcoffset() == dt.timedelta(hours=-5)


def test_the_latest_record_of_an_exercise_wins_and_untick_removes_it(store: AdherenceStore) -> None:
    store.record_exercise(MONDAY, 1, "cobra", "partial", 1, 2, AT)
    store.record_exercise(MONDAY, 1, "cobra", "done", 2, 2, AT + dt.timedelta(minutes=1))
    assert statuses(store, MONDAY, 1) == {"cobra": ("done", 2, 2)}
    assert store.untick(MONDAY, 1, "cobra") is True
    assert store.untick(MONDAY, 1, "cobra") is False
    assert store.day(MONDAY).sessions == ()  # no prescription, nothing left recorded


def test_several_sessions_a_day_are_kept_apart_and_counted(store: AdherenceStore) -> None:
    store.activate(prescription(sessions=3, second_session=("cat-cow", "cobra")), MONDAY)
    for slot in (1, 2):
        store.record_exercise(MONDAY, slot, "cat-cow", "done", 2, 2, AT)
        store.record_exercise(MONDAY, slot, "cobra", "done", 2, 2, AT)
    store.record_exercise(MONDAY, 3, "cat-cow", "done", 2, 2, AT)  # slot 3 prescribes nothing (times_per_day 2)
    day = store.day(MONDAY)
    assert [s.slot for s in day.sessions] == [1, 2, 3]
    assert [s.is_done for s in day.sessions] == [True, True, False]
    assert (day.sessions_done, day.sessions_prescribed) == (2, 3)


def test_session_report_keeps_pain_note_and_red_flag(store: AdherenceStore) -> None:
    store.set_session_report(MONDAY, 1, 6, "Raide le matin, ça passe", None, AT)
    store.set_session_report(MONDAY, 2, None, "", "Numbness in the saddle area", AT)
    store.set_session_report(dt.date(2026, 1, 6), 1, 0, "", "", AT)  # a red flag without detail
    day = store.day(MONDAY)
    first, second = day.session(1).report, day.session(2).report
    assert (first.pain, first.note, first.red_flag, first.has_red_flag) == (6, "Raide le matin, ça passe", None, False)
    assert (second.pain, second.red_flag, second.has_red_flag) == (None, "Numbness in the saddle area", True)
    later = store.day(dt.date(2026, 1, 6)).session(1).report
    assert later.pain == 0 and later.red_flag == "" and later.has_red_flag
    store.set_session_report(MONDAY, 1, 4, "better", None, AT)
    assert store.day(MONDAY).session(1).report.pain == 4


@pytest.mark.parametrize("call", [
    lambda s: s.set_session_report(MONDAY, 1, 11, "", None, AT),
    lambda s: s.set_session_report(MONDAY, 1, -1, "", None, AT),
    lambda s: s.set_session_report(MONDAY, 1, 5.5, "", None, AT),
    lambda s: s.set_session_report(MONDAY, 1, True, "", None, AT),
    lambda s: s.record_exercise(MONDAY, 1, "cobra", "finished", 1, 1, AT),
    lambda s: s.record_exercise(MONDAY, 1, "cobra", "done", 1, 2, AT),
    lambda s: s.record_exercise(MONDAY, 1, "cobra", "partial", 2, 2, AT),
    lambda s: s.record_exercise(MONDAY, 1, "cobra", "skipped", 1, 2, AT),
    lambda s: s.record_exercise(MONDAY, 1, "cobra", "done", 0, 0, AT),
    lambda s: s.record_exercise(MONDAY, 0, "cobra", "done", 1, 1, AT),
    lambda s: s.record_exercise(MONDAY, 1, "cobra", "done", 1, 1, AT.replace(tzinfo=None)),
    lambda s: s.record_exercise(AT, 1, "cobra", "done", 1, 1, AT),  # a datetime is not a date
    lambda s: s.records(MONDAY, MONDAY - dt.timedelta(days=1)),
], ids=["pain-11", "pain-neg", "pain-float", "pain-bool", "bad-status", "done-short", "partial-full",
        "skipped-sets", "no-sets", "slot-0", "naive-time", "datetime-as-date", "reversed-range"])
def test_invalid_input_is_refused_and_nothing_is_written(store: AdherenceStore, call) -> None:
    with pytest.raises(ValueError):
        call(store)
    assert store.first_day() is None


def test_a_prescription_change_keeps_history_true(store: AdherenceStore) -> None:
    old, new = prescription(version=1), prescription(version=2, sessions=1, second_session=())
    assert old.fingerprint() != new.fingerprint()
    assert store.activate(old, MONDAY) is True
    assert store.activate(old, MONDAY + dt.timedelta(days=1)) is False  # same content: nothing to do
    for slot, exercise_id in ((1, "cat-cow"), (1, "cobra"), (2, "cat-cow")):
        store.record_exercise(MONDAY, slot, exercise_id, "done", 2, 2, AT)
    wednesday = MONDAY + dt.timedelta(days=2)
    assert store.activate(new, wednesday) is True
    assert store.active_prescription(MONDAY - dt.timedelta(days=1)) is None
    assert store.active_prescription(MONDAY + dt.timedelta(days=1)) == old
    assert store.active_prescription(wednesday + dt.timedelta(days=30)) == new
    monday = store.day(MONDAY)
    assert monday.prescription == old and (monday.sessions_done, monday.sessions_prescribed) == (2, 2)
    assert store.day(wednesday).sessions_prescribed == 1
    # Activating again on the same date replaces that date's prescription.
    assert store.activate(old, wednesday) is True
    assert store.active_prescription(wednesday) == old


def test_the_snapshot_is_stored_whole_with_its_fingerprint(store: AdherenceStore, tmp_path: Path) -> None:
    store.activate(prescription(), MONDAY)
    store.close()
    db = sqlite3.connect(tmp_path / "adherence.sqlite3")
    row = db.execute("SELECT programme_id, programme_version, fingerprint, snapshot_json FROM prescription").fetchone()
    db.close()
    assert row == ("test", 1, prescription().fingerprint(), prescription().to_json())
    assert Prescription.from_json(row[3]) == prescription()


def test_records_cover_every_date_of_the_range_in_order(store: AdherenceStore) -> None:
    store.activate(prescription(), MONDAY + dt.timedelta(days=1))
    store.record_exercise(MONDAY + dt.timedelta(days=2), 1, "cobra", "done", 2, 2, AT)
    days = store.records(MONDAY, MONDAY + dt.timedelta(days=3))
    assert [d.on for d in days] == [MONDAY + dt.timedelta(days=i) for i in range(4)]
    assert [d.prescription is not None for d in days] == [False, True, True, True]
    assert store.first_day() == MONDAY + dt.timedelta(days=1)


def test_the_store_sets_wal_full_sync_and_foreign_keys(store: AdherenceStore, tmp_path: Path) -> None:
    db = store._db  # the store's own connection: these settings are per connection
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("SELECT version FROM schema_version").fetchone()[0] == 1


def test_a_closed_store_says_so(store: AdherenceStore) -> None:
    store.close()
    store.close()
    with pytest.raises(adherence.AdherenceStoreError, match="closed"):
        store.day(MONDAY)


# -- dates --------------------------------------------------------------------------------------
def test_records_either_side_of_midnight_land_on_different_dates() -> None:
    before = dt.datetime(2026, 1, 5, 23, 59, tzinfo=TORONTO)
    after = before + dt.timedelta(minutes=2)
    assert after.hour == 0 and after.minute == 1
    assert local_date(before, TORONTO) == dt.date(2026, 1, 5)
    assert local_date(after, TORONTO) == dt.date(2026, 1, 6)
    # The same instants seen from UTC are on one date: the zone decides.
    assert local_date(before, dt.UTC) == local_date(after, dt.UTC) == dt.date(2026, 1, 6)


@pytest.mark.parametrize("day, hours", [(dt.date(2026, 3, 8), 23), (dt.date(2026, 11, 1), 25)])
def test_a_daylight_saving_day_is_one_date(day: dt.date, hours: int) -> None:
    utc = dt.UTC
    start = dt.datetime.combine(day, dt.time(0), TORONTO).astimezone(utc)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), TORONTO).astimezone(utc)
    assert end - start == dt.timedelta(hours=hours)
    one_minute = dt.timedelta(minutes=1)
    assert local_date(start - one_minute, TORONTO) == day - dt.timedelta(days=1)
    assert local_date(start + one_minute, TORONTO) == day
    assert local_date(end - one_minute, TORONTO) == day  # 23:59 after the change
    assert local_date(end + one_minute, TORONTO) == day + dt.timedelta(days=1)


def test_local_date_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError):
        local_date(dt.datetime(2026, 1, 5, 9, 0))


# -- two copies of the app ---------------------------------------------------------------------
def test_two_stores_on_one_file_see_each_others_interleaved_ticks(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    first = AdherenceStore.open(path, clock=FakeClock(start=AT)).store
    second = AdherenceStore.open(path, clock=FakeClock(start=AT)).store
    first.activate(prescription(), MONDAY)
    assert second.active_prescription(MONDAY) == prescription()
    for i in range(20):
        writer = first if i % 2 == 0 else second
        writer.record_exercise(MONDAY, 1, f"ex-{i:02d}", "done", 1, 1, AT + dt.timedelta(seconds=i))
        seen = [{t.exercise_id for t in s.day(MONDAY).session(1).ticks} for s in (first, second)]
        assert seen[0] == seen[1] == {f"ex-{j:02d}" for j in range(i + 1)}
    second.untick(MONDAY, 1, "ex-00")
    assert first.day(MONDAY).session(1).tick("ex-00") is None
    first.close()
    second.close()


def test_a_write_blocked_by_the_other_copy_for_too_long_is_a_store_write_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(adherence, "BUSY_TIMEOUT_S", 0.05)
    path = tmp_path / "adherence.sqlite3"
    store = AdherenceStore.open(path, clock=FakeClock(start=AT)).store
    store.record_exercise(MONDAY, 1, "cobra", "done", 1, 1, AT)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the other copy holds the write lock
    with pytest.raises(StoreWriteError) as caught:
        store.record_exercise(MONDAY, 1, "cat-cow", "done", 1, 1, AT)
    assert "locked" in str(caught.value)
    assert store.day(MONDAY).session(1).tick("cobra") is not None  # reading still works
    other.execute("ROLLBACK")
    other.close()
    store.record_exercise(MONDAY, 1, "cat-cow", "done", 1, 1, AT)
    store.close()


def test_the_core_modules_import_no_qt() -> None:
    code = ("import sys; import exercises_app.core.adherence, exercises_app.core.adherence_figures, "
            "exercises_app.core.adherence_export, exercises_app.core.prescription; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken'))))")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
