"""A record written by the release before the journal (schema 1) upgrades without losing anything.

``tests/core/data/record-schema1.sqlite3`` was written by that release through its own store: three
days of two sessions, ticks of every status, pain ratings, notes, a warning sign in English and two
in French in one report, and a change of programme on the third day.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from exercises_app.core.clock import FakeClock
from exercises_app.core.record.store import RecordStore

SCHEMA1 = Path(__file__).resolve().parent.parent / "data" / "record-schema1.sqlite3"
DAY1, DAY2, DAY3 = dt.date(2026, 3, 2), dt.date(2026, 3, 3), dt.date(2026, 3, 4)
NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def old_record(tmp_path: Path) -> Path:
    path = tmp_path / "adherence.sqlite3"
    shutil.copyfile(SCHEMA1, path)
    return path


def test_the_upgrade_keeps_every_row_pain_note_and_warning_sign(old_record: Path) -> None:
    opened = RecordStore.open(old_record, clock=FakeClock(start=NOW))
    with opened.store as store:
        day1, day2, day3 = store.records(DAY1, DAY3)
        morning, evening = day1.session(1), day1.session(2)
        assert all(t.status == "done" for t in morning.ticks) and len(morning.ticks) == 7
        assert morning.report.pain == 4 and morning.report.note == "Stiff in the morning"
        assert [(t.status, t.sets_done) for t in evening.ticks] == [("partial", 0), ("skipped", 0)]
        assert evening.report.pain == 5
        assert day2.session(1).report.pain == 6 and day2.session(1).report.note == "Pain down my leg; stopped"
        flags = [f for s in day2.sessions for f in (s.report.red_flags if s.report else ())]
        assert [f.words for f in flags] == [
            ("Fever together with back pain.",),
            (("Engourdissement ou perte de sensation autour des organes génitaux, des fesses ou de l’intérieur des "
              "cuisses (la zone qui toucherait une selle de vélo)."), "Fièvre accompagnée de mal de dos."),
        ]
        assert all(f.legacy for f in flags)  # schema 1 kept no ids or level: read from the words
        assert day2.prescription.programme_id == "guide-seven"
        assert day3.prescription.programme_id == "neck"
        assert [(t.exercise_id, t.status) for t in day3.session(1).ticks] == [("chin-tuck", "done")]
        assert day3.session(1).report.note == "Better"
        assert store.first_day() == DAY1


def test_a_byte_for_byte_copy_is_kept_before_the_upgrade(old_record: Path) -> None:
    original = old_record.read_bytes()
    opened = RecordStore.open(old_record, clock=FakeClock(start=NOW))
    opened.store.close()
    assert opened.backup is not None and opened.backup.name == "adherence.sqlite3.before-v3-20260310-090000"
    assert opened.backup.read_bytes() == original == SCHEMA1.read_bytes()
    again = RecordStore.open(old_record, clock=FakeClock(start=NOW))  # already upgraded: no second copy
    again.store.close()
    assert again.backup is None


def test_reading_an_old_record_upgrades_a_copy_in_memory_and_leaves_the_file_as_it_is(old_record: Path) -> None:
    before = sorted((p.name, p.read_bytes()) for p in old_record.parent.iterdir() if p.is_file())
    with RecordStore.open_read_only(old_record) as store:
        assert store.day(DAY1).session(1).report.pain == 4
    assert sorted((p.name, p.read_bytes()) for p in old_record.parent.iterdir() if p.is_file()) == before


def test_the_upgrade_to_3_keeps_every_journal_entry_and_its_rules(tmp_path: Path) -> None:
    """Version 3 rebuilds the journal to take 'dose_step' entries: every entry keeps its id and its
    columns, the journal stays append-only, and the new kind is accepted only after the upgrade."""
    import sqlite3

    from exercises_app.core.record.schema import UPGRADES

    path = tmp_path / "adherence.sqlite3"
    shutil.copyfile(SCHEMA1, path)
    RecordStore.open(path, clock=FakeClock(start=NOW), upgrades={1: UPGRADES[1], 2: UPGRADES[2]}).store.close()
    with sqlite3.connect(path) as db:
        before = db.execute("SELECT * FROM journal ORDER BY id").fetchall()
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO journal (on_date, kind, recorded_at) VALUES ('2026-03-05', 'dose_step', 'x')")
    db.close()
    opened = RecordStore.open(path, clock=FakeClock(start=NOW))
    opened.store.close()
    assert opened.backup is not None and opened.backup.name.startswith("adherence.sqlite3.before-v3-")
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT * FROM journal ORDER BY id").fetchall() == before and len(before) > 20
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(3,)]
        db.execute("INSERT INTO journal (on_date, kind, recorded_at) VALUES ('2026-03-05', 'dose_step', 'x')")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("UPDATE journal SET text = 'changed'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("DELETE FROM journal")
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert {"journal_by_date", "journal_prescriptions", "journal_dose_steps"} <= names and "journal_v3" not in names
        plan = db.execute("EXPLAIN QUERY PLAN SELECT id FROM journal WHERE kind = ? AND on_date <= ? ORDER BY id",
                          ("dose_step", "2026-03-05")).fetchall()
        assert "journal_dose_steps" in str(plan)  # a day read finds its dose steps without a scan
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.rollback()
        db.close()
