"""The record: results, ticks and unticks, reports, warning signs, programme changes, two copies at once."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from exercises_app.core.clock import FakeClock, local_date
from exercises_app.core.library import RedFlagSign
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.core.record import store as store_module
from exercises_app.core.record.errors import RecordError, StoreUnavailableError, StoreWriteError
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import NewEntry, RecordStore
from exercises_app.core.text import Text

from .writing import record, result

TORONTO = ZoneInfo("America/Toronto")
MONDAY = dt.date(2026, 1, 5)
AT = dt.datetime(2026, 1, 5, 9, 0, tzinfo=TORONTO)
NUMB = RedFlagSign("saddle-numbness", Text("Numbness in the saddle area", "Engourdissement du périnée"),
                   ("low-back",), "emergency")
FEVER = RedFlagSign("fever", Text("Fever with back pain", "Fièvre avec mal de dos"), ("low-back",), "urgent")


def prescription(version: int = 1, sessions: int = 2, second_session: tuple[str, ...] = ("cat-cow",)) -> Prescription:
    """cat-cow and cobra in session 1; the exercises in ``second_session`` also in session 2."""
    def item(exercise_id: str, en: str, fr: str) -> PrescribedExercise:
        return PrescribedExercise(exercise_id, Text(en, fr), 2, 2 if exercise_id in second_session else 1)
    return Prescription("test", version, "Test", sessions, 7,
                        (item("cat-cow", "Cat–cow", "Chat-vache"), item("cobra", "Cobra", "Cobra")))


def statuses(service: RecordService, on: dt.date, slot: int) -> dict[str, tuple[str, int, int]]:
    session = service.session(on, slot)
    assert session is not None
    return {t.exercise_id: (t.status, t.sets_done, t.sets_prescribed) for t in session.ticks}


def kinds(store: RecordStore) -> list[str]:
    return [entry.kind for entry in store.journal()]


def test_every_status_is_recorded_with_its_sets_repetitions_and_time(service: RecordService) -> None:
    service.use_prescription(prescription(), MONDAY)
    record(service, MONDAY, 1, result("cat-cow", "done", 2, 2, AT, reps_done=20),
           result("cobra", "partial", 1, 2, AT + dt.timedelta(minutes=3), reps_done=13))
    record(service, MONDAY, 2, result("cat-cow", "skipped", 0, 2, AT + dt.timedelta(hours=9)))
    record(service, MONDAY, 3, result("cobra", "not_reached", 0, 2, AT + dt.timedelta(hours=10)))
    assert statuses(service, MONDAY, 1) == {"cat-cow": ("done", 2, 2), "cobra": ("partial", 1, 2)}
    assert statuses(service, MONDAY, 2) == {"cat-cow": ("skipped", 0, 2)}
    assert statuses(service, MONDAY, 3) == {"cobra": ("not_reached", 0, 2)}
    tick = service.session(MONDAY, 1).tick("cobra")
    assert tick is not None and tick.at == AT + dt.timedelta(minutes=3)
    assert tick.at.utcoffset() == dt.timedelta(hours=-5)
    assert (tick.reps_done, tick.by_hand) == (13, False)
    report = service.session(MONDAY, 1).report
    assert report is not None and (report.attempts, report.endings) == (1, ("ended_early",))


def test_a_second_go_never_lowers_an_earlier_result(service: RecordService) -> None:
    record(service, MONDAY, 1, result("cobra", "partial", 1, 2, AT, reps_done=12))
    record(service, MONDAY, 1, result("cobra", "done", 2, 2, AT + dt.timedelta(minutes=5), reps_done=20))
    assert statuses(service, MONDAY, 1) == {"cobra": ("done", 2, 2)}
    # A third go that stops earlier adds its result to the journal; the day still shows the best one.
    record(service, MONDAY, 1, result("cobra", "skipped", 0, 2, AT + dt.timedelta(minutes=9)))
    tick = service.session(MONDAY, 1).tick("cobra")
    assert tick is not None
    assert (tick.status, tick.reps_done, tick.at) == ("done", 20, AT + dt.timedelta(minutes=5))
    assert service.session(MONDAY, 1).report.attempts == 3
    # More repetitions in a part done set is better; an equal later result does not replace the earlier.
    record(service, MONDAY, 2, result("cat-cow", "partial", 0, 2, AT, reps_done=3),
           result("cobra", "skipped", 0, 1, AT))
    record(service, MONDAY, 2, result("cat-cow", "partial", 0, 2, AT + dt.timedelta(minutes=1), reps_done=7),
           result("cobra", "not_reached", 0, 1, AT + dt.timedelta(minutes=1)))
    session = service.session(MONDAY, 2)
    assert (session.tick("cat-cow").reps_done, session.tick("cobra").status) == (7, "skipped")


def test_untick_appends_and_the_day_shows_nothing_for_that_exercise(
        service: RecordService, store: RecordStore) -> None:
    service.use_prescription(prescription(), MONDAY)
    record(service, MONDAY, 1, result("cobra", "done", 2, 2, AT))
    assert service.untick(MONDAY, 1, "cobra") is True
    assert service.untick(MONDAY, 1, "cobra") is False  # nothing stands for it any more: nothing written
    assert service.session(MONDAY, 1).tick("cobra") is None
    assert kinds(store) == ["prescription", "session_started", "result", "session_ended", "untick"]
    # A result from before the untick does not come back; a tick by hand after it stands.
    service.tick(MONDAY, 1, "cobra")
    tick = service.session(MONDAY, 1).tick("cobra")
    assert tick is not None and (tick.status, tick.sets_done, tick.sets_prescribed) == ("done", 2, 2)
    assert tick.by_hand and tick.reps_done is None


def test_an_untick_with_no_prescription_leaves_no_exercise(service: RecordService) -> None:
    record(service, MONDAY, 1, result("cobra", "done", 1, 1, AT))
    assert service.untick(MONDAY, 1, "cobra") is True
    session = service.session(MONDAY, 1)
    assert session is not None and session.ticks == () and not session.is_prescribed


def test_a_tick_by_hand_needs_the_exercise_to_be_prescribed(
        service: RecordService, store: RecordStore) -> None:
    service.use_prescription(prescription(), MONDAY)
    with pytest.raises(ValueError, match="not prescribed"):
        service.tick(MONDAY, 2, "cobra")  # cobra is once a day
    assert kinds(store) == ["prescription"]


def test_several_sessions_a_day_are_kept_apart_and_counted(service: RecordService) -> None:
    service.use_prescription(prescription(sessions=3, second_session=("cat-cow", "cobra")), MONDAY)
    for slot in (1, 2):
        record(service, MONDAY, slot, result("cat-cow", "done", 2, 2, AT), result("cobra", "done", 2, 2, AT))
    record(service, MONDAY, 3, result("cat-cow", "done", 2, 2, AT))  # slot 3 has nothing: twice a day at most
    day = service.day(MONDAY)
    assert [s.slot for s in day.sessions] == [1, 2, 3]
    assert [s.is_done for s in day.sessions] == [True, True, False]
    # A third session of the day with no exercise in it prescribes nothing: 2 of 2, not 2 of 3.
    assert (day.sessions_done, day.sessions_prescribed) == (2, 2)


def test_every_pain_rating_and_note_of_a_session_is_kept(service: RecordService, clock: FakeClock) -> None:
    first = record(service, MONDAY, 1, result("cobra", "done", 1, 1, AT))
    assert service.report_session(MONDAY, 1, first, 6, "Raide le matin, ça passe") is True
    assert service.report_session(MONDAY, 2, None, None, "   ") is False  # nothing to add
    clock.advance(600)
    second = record(service, MONDAY, 1, result("cobra", "done", 1, 1, AT))
    service.report_session(MONDAY, 1, second, 4, "better")
    report = service.session(MONDAY, 1).report
    assert report is not None
    assert (report.pain, report.pains) == (4, (6, 4))
    assert report.note == "Raide le matin, ça passe\nbetter"
    assert [n.text for n in report.notes] == ["Raide le matin, ça passe", "better"]
    assert service.day(MONDAY).pains == (4,)
    # On Today: the same rating again writes nothing; None clears the day's figure, the ratings stay.
    assert service.rate_pain(MONDAY, 1, 4) is False
    assert service.rate_pain(MONDAY, 1, None) is True
    report = service.session(MONDAY, 1).report
    assert (report.pain, report.pains) == (None, (6, 4))


def test_a_note_typed_on_today_is_amended_and_every_version_kept(
        service: RecordService, store: RecordStore) -> None:
    service.report_session(MONDAY, 1, None, None, "from the session")
    assert service.set_today_note(MONDAY, 1, "Genou sensible") is True
    assert service.set_today_note(MONDAY, 1, "Genou sensible ") is False  # unchanged once trimmed
    assert service.set_today_note(MONDAY, 1, "Genou sensible, ça va") is True
    assert service.today_note(MONDAY, 1) == "Genou sensible, ça va"
    assert service.today_note(MONDAY, 2) == ""
    assert service.session(MONDAY, 1).report.note == "from the session\nGenou sensible, ça va"
    assert [e.text for e in store.journal() if e.kind == "note"] == [
        "from the session", "Genou sensible", "Genou sensible, ça va"]


def test_warning_signs_are_kept_by_id_level_and_words_and_a_withdrawal_keeps_the_report(
        service: RecordService, store: RecordStore) -> None:
    record(service, MONDAY, 2, result("cat-cow", "done", 1, 1, AT))
    flag = service.report_red_flag(MONDAY, (FEVER, NUMB), "fr")  # under the latest session with a record
    assert (flag.slot, flag.sign_ids, flag.level, flag.lang) == (
        2, ("fever", "saddle-numbness"), "emergency", "fr")
    assert flag.words == ("Fièvre avec mal de dos", "Engourdissement du périnée") and not flag.legacy
    later = service.report_red_flag(MONDAY, (FEVER,), "en", slot=1)
    assert later.level == "urgent"
    day = service.day(MONDAY)
    assert [f.entry_id for f in day.red_flags] == [later.entry_id, flag.entry_id]  # by slot
    assert day.session(2).report.red_flags == (flag,)
    service.withdraw_red_flag(flag)
    report = service.session(MONDAY, 2).report
    assert report.red_flags == () and report.withdrawn == (flag,) and not report.has_red_flag
    assert service.day(MONDAY).red_flags == (later,)
    assert kinds(store).count("red_flag") == 2 and "red_flag_withdrawn" in kinds(store)
    with pytest.raises(ValueError):
        service.report_red_flag(MONDAY, (), "en")


def test_a_red_flag_on_a_day_without_records_goes_to_the_first_session(service: RecordService) -> None:
    assert service.report_red_flag(MONDAY, (NUMB,), "en").slot == 1


def new_entry(**changes: object) -> NewEntry:
    fields: dict[str, object] = {"on": MONDAY, "kind": "result", "at": AT, "slot": 1, "exercise_id": "cobra",
                                 "status": "done", "sets_done": 1, "sets_prescribed": 1}
    fields.update(changes)
    return NewEntry(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("call", [
    lambda s: s.rate_pain(MONDAY, 1, 11),
    lambda s: s.rate_pain(MONDAY, 1, -1),
    lambda s: s.rate_pain(MONDAY, 1, 5.5),
    lambda s: s.rate_pain(MONDAY, 1, True),
    lambda s: s.report_session(MONDAY, 1, None, 11, "with a note"),
    lambda s: s.record_result(MONDAY, 1, None, result("cobra", "finished", 1, 1, AT)),  # type: ignore[arg-type]
    lambda s: s.record_result(MONDAY, 1, None, result("cobra", "partial", 3, 2, AT)),
    lambda s: s.record_result(MONDAY, 1, None, result("cobra", "done", 0, 0, AT)),
    lambda s: s.record_result(MONDAY, 0, None, result("cobra", "done", 1, 1, AT)),
    lambda s: s.record_result(MONDAY, 1, None, result("cobra", "done", 1, 1, AT.replace(tzinfo=None))),
    lambda s: s.record_result(MONDAY, 1, None, result("cobra", "partial", 0, 1, AT, reps_done=-1)),
    lambda s: s.record_result(AT, 1, None, result("cobra", "done", 1, 1, AT)),  # a datetime is not a date
    lambda s: s.store.append([new_entry(), new_entry(kind="finished")]),  # one bad entry: none of them
    lambda s: s.store.append([new_entry(kind="prescription")]),  # without its prescription
    lambda s: s.records(MONDAY, MONDAY - dt.timedelta(days=1)),
], ids=["pain-11", "pain-neg", "pain-float", "pain-bool", "report-pain-11", "bad-status", "sets-over",
        "no-sets", "slot-0", "naive-time", "reps-neg", "datetime-as-date", "bad-kind-in-batch",
        "prescription-without-snapshot", "reversed-range"])
def test_invalid_input_is_refused_and_nothing_is_written(
        service: RecordService, store: RecordStore, call: Callable[[RecordService], object]) -> None:
    with pytest.raises(ValueError):
        call(service)
    assert store.first_day() is None and kinds(store) == []


def test_a_prescription_change_keeps_history_true(service: RecordService, store: RecordStore) -> None:
    old, new = prescription(version=1), prescription(version=2, sessions=1, second_session=())
    assert old.fingerprint() != new.fingerprint()
    assert service.use_prescription(old, MONDAY) is True
    assert service.use_prescription(old, MONDAY + dt.timedelta(days=1)) is False  # same content: nothing to do
    record(service, MONDAY, 1, result("cat-cow", "done", 2, 2, AT), result("cobra", "done", 2, 2, AT))
    record(service, MONDAY, 2, result("cat-cow", "done", 2, 2, AT))
    wednesday = MONDAY + dt.timedelta(days=2)
    assert service.use_prescription(new, wednesday) is True
    assert service.prescription_on(MONDAY - dt.timedelta(days=1)) is None
    assert service.prescription_on(MONDAY + dt.timedelta(days=1)) == old
    assert service.prescription_on(wednesday + dt.timedelta(days=30)) == new
    monday = service.day(MONDAY)
    assert monday.prescription == old and (monday.sessions_done, monday.sessions_prescribed) == (2, 2)
    assert service.day(wednesday).sessions_prescribed == 1
    # Going back to the old programme the same day adds an entry; the day follows the latest.
    assert service.use_prescription(old, wednesday) is True
    assert service.prescription_on(wednesday) == old
    assert kinds(store).count("prescription") == 3


def test_a_session_started_before_a_programme_change_that_day_keeps_its_prescription(
        service: RecordService, clock: FakeClock) -> None:
    old = prescription(version=1)
    bird_dog = PrescribedExercise("bird-dog", Text("Bird dog", "Chien d'arrêt"), 1, 2)
    new = Prescription("test", 2, "Test", 2, 7, (bird_dog,))
    service.use_prescription(old, MONDAY)
    record(service, MONDAY, 1, result("cat-cow", "done", 2, 2, AT), result("cobra", "done", 2, 2, AT))
    clock.advance(3600)
    service.use_prescription(new, MONDAY)
    day = service.day(MONDAY)
    assert day.prescription == new
    first, second = day.session(1), day.session(2)
    assert first.prescription == old and [e.exercise_id for e in first.prescribed] == ["cat-cow", "cobra"]
    assert first.is_done
    assert second.prescription == new and [e.exercise_id for e in second.prescribed] == ["bird-dog"]
    assert service.day(MONDAY + dt.timedelta(days=1)).session(1).prescription == new


def test_the_snapshot_is_stored_once_whole_with_its_fingerprint(
        service: RecordService, tmp_path: Path) -> None:
    service.use_prescription(prescription(), MONDAY)
    service.use_prescription(prescription(version=2), MONDAY)
    service.use_prescription(prescription(), MONDAY + dt.timedelta(days=1))
    service.store.close()
    db = sqlite3.connect(tmp_path / "adherence.sqlite3")
    rows = db.execute("SELECT programme_id, programme_version, fingerprint, snapshot_json FROM prescription "
                      "ORDER BY id").fetchall()
    db.close()
    assert rows[0] == ("test", 1, prescription().fingerprint(), prescription().to_json())
    assert len(rows) == 2
    assert Prescription.from_json(rows[0][3]) == prescription()


def test_records_cover_every_date_of_the_range_in_order(service: RecordService, store: RecordStore) -> None:
    service.use_prescription(prescription(), MONDAY + dt.timedelta(days=1))
    record(service, MONDAY + dt.timedelta(days=2), 1, result("cobra", "done", 2, 2, AT))
    days = service.records(MONDAY, MONDAY + dt.timedelta(days=3))
    assert [d.on for d in days] == [MONDAY + dt.timedelta(days=i) for i in range(4)]
    assert [d.prescription is not None for d in days] == [False, True, True, True]
    assert service.first_day() == MONDAY + dt.timedelta(days=1)
    assert store.last_day() == MONDAY + dt.timedelta(days=2)
    assert store.impossible_dates() == []


def test_the_store_sets_wal_full_sync_and_foreign_keys(store: RecordStore) -> None:
    db = store._db  # the store's own connection: these settings are per connection
    assert db is not None
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("SELECT version FROM schema_version").fetchone()[0] == 3


def test_the_journal_refuses_changes_and_deletions(service: RecordService, tmp_path: Path) -> None:
    record(service, MONDAY, 1, result("cobra", "done", 1, 1, AT))
    db = sqlite3.connect(tmp_path / "adherence.sqlite3")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE journal SET status = 'skipped'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM journal")
    db.close()
    assert statuses(service, MONDAY, 1) == {"cobra": ("done", 1, 1)}


def test_a_closed_store_says_so(store: RecordStore) -> None:
    store.close()
    store.close()
    with pytest.raises(RecordError, match="closed"):
        store.day(MONDAY)


def test_a_record_opened_for_reading_refuses_to_write(service: RecordService, tmp_path: Path) -> None:
    record(service, MONDAY, 1, result("cobra", "done", 1, 1, AT))
    reader = RecordStore.open_read_only(tmp_path / "adherence.sqlite3")
    with pytest.raises(StoreUnavailableError, match="reading only"):
        RecordService(reader, FakeClock(start=AT)).report_session(MONDAY, 1, None, 3, "")
    assert reader.day(MONDAY).session(1).tick("cobra") is not None
    reader.close()


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
def test_two_copies_on_one_file_see_each_others_interleaved_results(tmp_path: Path) -> None:
    path = tmp_path / "adherence.sqlite3"
    copies = [RecordService(RecordStore.open(path, clock=FakeClock(start=AT)).store, FakeClock(start=AT))
              for _ in range(2)]
    first, second = copies
    first.use_prescription(prescription(), MONDAY)
    assert second.prescription_on(MONDAY) == prescription()
    assert second.use_prescription(prescription(), MONDAY) is False  # the other copy already did
    for i in range(20):
        writer = copies[i % 2]
        writer.record_result(MONDAY, 1, None, result(f"ex-{i:02d}", at=AT + dt.timedelta(seconds=i)))
        seen = [{t.exercise_id for t in c.session(MONDAY, 1).ticks} for c in copies]
        assert seen[0] == seen[1] == {f"ex-{j:02d}" for j in range(i + 1)}
    assert second.untick(MONDAY, 1, "ex-00") is True
    assert first.session(MONDAY, 1).tick("ex-00") is None
    assert first.untick(MONDAY, 1, "ex-00") is False  # it sees the other copy's untick
    for copy in copies:
        copy.store.close()


def test_a_write_blocked_by_the_other_copy_for_too_long_is_a_store_write_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.05)
    path = tmp_path / "adherence.sqlite3"
    clock = FakeClock(start=AT)
    service = RecordService(RecordStore.open(path, clock=clock).store, clock)
    service.record_result(MONDAY, 1, None, result("cobra", at=AT))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the other copy holds the write lock
    with pytest.raises(StoreWriteError) as caught:
        service.record_result(MONDAY, 1, None, result("cat-cow", at=AT))
    assert "locked" in str(caught.value)
    assert service.session(MONDAY, 1).tick("cobra") is not None  # reading still works
    assert service.session(MONDAY, 1).tick("cat-cow") is None
    other.execute("ROLLBACK")
    other.close()
    service.record_result(MONDAY, 1, None, result("cat-cow", at=AT))
    service.store.close()


def test_the_core_modules_import_no_qt() -> None:
    modules = ", ".join(f"exercises_app.core.record.{name}" for name in (
        "store", "service", "days", "figures", "export", "recorder", "schema", "errors"))
    code = (f"import sys; import {modules}, exercises_app.core.prescription, exercises_app.core.red_flags; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken'))))")
    root = Path(__file__).resolve().parents[3]
    completed = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                               check=True)
    assert completed.stdout.strip() == "[]"
